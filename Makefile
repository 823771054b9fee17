# The two set-up commands: `make run` and `make test`. Each creates .venv if
# missing and installs what it needs (Debian packages with apt-get where tests need them).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
PYTEST_ARGS ?=

.PHONY: run demo test unit integration lint docs system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[embedded,dev,bench]'
	rm -f $(VENV)/.installed-*
	touch $@

# Prometheus, promtool, Alertmanager and amtool for the integration tests; Chromium for the
# console's browser tests (driven by Playwright, which downloads no browser of its own);
# rsyslog (with its TLS driver) and syslog-ng for tests/integration/test_real_shippers.py and
# test_syslog_receiver.py. Those two are unpacked
# under $(SHIPPERS) rather than installed: as packages they conflict with each other, and
# installing either would replace the machine's own logger (and start it as a service).
# Only their libraries are installed. Without apt-get or root the shipper tests are skipped.
# Prometheus's node_exporter (the Debian package prometheus-node-exporter, a static binary) is
# unpacked there too, for tests/integration/test_scrape_node_exporter.py: installed, the package
# would start it as a service on :9100. That test also takes one on the PATH, and skips without.
SHIPPERS := $(VENV)/shippers
SHIPPER_DEBS := rsyslog rsyslog-elasticsearch rsyslog-gnutls syslog-ng-core syslog-ng-mod-http syslog-ng-scl
SHIPPER_LIBS := libcurl4 libestr0 libfastjson4 liblognorm5 libivykis0 libnet1 libjson-c5 libwrap0 libglib2.0-0 libpcre3 libcap2 libgnutls30
NODE_EXPORTER := $(SHIPPERS)/usr/bin/prometheus-node-exporter
system-deps:
	@if ! command -v promtool >/dev/null 2>&1 || ! command -v prometheus-alertmanager >/dev/null 2>&1; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "installing prometheus and prometheus-alertmanager (Debian packages)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus prometheus-alertmanager >/dev/null; \
	  else \
	    echo "tests need prometheus and prometheus-alertmanager: run as root or install them with your package manager" >&2; exit 1; \
	  fi; \
	fi
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "installing chromium (Debian package)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "tests need chromium: run as root or install it with your package manager" >&2; exit 1; \
	  fi; \
	fi
	@if [ ! -x $(SHIPPERS)/usr/sbin/rsyslogd ] || [ ! -x $(SHIPPERS)/usr/sbin/syslog-ng ] \
	    || ! ls $(SHIPPERS)/usr/lib/*/rsyslog/lmnsd_gtls.so >/dev/null 2>&1; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "unpacking rsyslog and syslog-ng (Debian packages) into $(SHIPPERS); no service is installed"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(SHIPPER_LIBS) >/dev/null \
	    && debs=$$(mktemp -d) && { chown _apt $$debs 2>/dev/null || true; } \
	    && (cd $$debs && apt-get download -qq $(SHIPPER_DEBS)) \
	    && mkdir -p $(SHIPPERS) && for deb in $$debs/*.deb; do dpkg-deb -x $$deb $(SHIPPERS) || exit 1; done \
	    && rm -rf $$debs; \
	  else \
	    echo "rsyslog and syslog-ng are not unpacked (needs apt-get and root): tests/integration/test_real_shippers.py will skip" >&2; \
	  fi; \
	fi
	@if [ ! -x $(NODE_EXPORTER) ]; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "unpacking prometheus-node-exporter (Debian package) into $(SHIPPERS); no service is installed"; \
	    debs=$$(mktemp -d); chown _apt $$debs 2>/dev/null; \
	    if (cd $$debs && apt-get download -qq prometheus-node-exporter) \
	        || { apt-get update -qq && (cd $$debs && apt-get download -qq prometheus-node-exporter); }; then \
	      mkdir -p $(SHIPPERS) && dpkg-deb -x $$debs/prometheus-node-exporter_*.deb $(SHIPPERS); \
	    else \
	      echo "prometheus-node-exporter could not be downloaded: tests/integration/test_scrape_node_exporter.py takes one on the PATH or skips" >&2; \
	    fi; \
	    rm -rf $$debs; \
	  elif ! command -v prometheus-node-exporter >/dev/null 2>&1 && ! command -v node_exporter >/dev/null 2>&1; then \
	    echo "node_exporter is not unpacked (needs apt-get and root) nor on the PATH: tests/integration/test_scrape_node_exporter.py will skip" >&2; \
	  fi; \
	fi

run: $(STAMP)
	$(BIN)/sightline up $(ARGS)

demo: $(STAMP)
	$(BIN)/sightline up --demo $(ARGS)

# Two pytest processes side by side: the integration tests (mostly waiting on the broker,
# store and Prometheus) and everything else (CPU-bound), the latter at a lower priority
# (nice) so the integration tests and their servers keep the timing they have alone. The
# integration tests' output is kept in .integration.log and printed after the other's; the
# status fails if either fails. A command the shell starts with & has SIGINT ignored, and
# programs inherit that (Python then never raises KeyboardInterrupt): the integration tests
# send Ctrl-C to what they start, so the background pytest first gets SIGINT back.
test: $(STAMP) system-deps
	@rm -f .integration.log; \
	$(BIN)/python -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])' \
	  $(BIN)/pytest tests/integration $(PYTEST_ARGS) >.integration.log 2>&1 & integration=$$!; \
	nice -n 10 $(BIN)/pytest --ignore=tests/integration $(PYTEST_ARGS); others=$$?; \
	wait $$integration; integration=$$?; \
	echo "==== tests/integration (.integration.log) ===="; cat .integration.log; \
	echo "==== exit status: tests/integration $$integration, the rest $$others ===="; \
	[ $$others -eq 0 ] && [ $$integration -eq 0 ]

unit: $(STAMP)
	$(BIN)/pytest tests/unit detectors pipeline schemas $(PYTEST_ARGS)

integration: $(STAMP) system-deps
	$(BIN)/pytest tests/integration $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check pipeline detectors schemas tests
	$(BIN)/mypy

docs: $(STAMP)
	$(BIN)/python -m tests.readme
	$(BIN)/python -m pipeline.process.findings

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
