"""A scraped exposition → a remote-write ``WriteRequest``.  Pure.

The text is parsed by prometheus_client's parsers (text format 0.0.4, or
OpenMetrics when the target answered ``application/openmetrics-text``), then
every sample becomes one series carrying the target's labels, with its
family's metadata (type, help, unit), as Prometheus itself would
remote-write it.  The ingestor then checks and splits it as it does a
request to ``/api/v1/write`` (:mod:`pipeline.ingest.promremote.codec`), and
the processor reads both the same way (:mod:`schemas.prometheus`).

Each scrape also yields Prometheus's report series for the target: ``up``
(1 when the scrape succeeded), ``scrape_duration_seconds`` and
``scrape_samples_scraped``.
"""

from __future__ import annotations

import glob
import json
import math
import os
import re
from dataclasses import dataclass
from typing import Any

import yaml
from prometheus_client.openmetrics.parser import (
    text_string_to_metric_families as openmetrics_families,
)
from prometheus_client.parser import text_string_to_metric_families as text_families

from schemas.prometheus import COUNTER, GAUGE, WriteRequest

__all__ = [
    "ACCEPT",
    "DEFAULT_PROTOCOLS",
    "PROTOCOLS",
    "Target",
    "TargetGroup",
    "accept_header",
    "add_report",
    "exposition_request",
    "parse_exposition",
    "read_target_files",
    "target_labels",
]

# Prometheus's names for the exposition formats (scrape_protocols) and what each asks for.
PROTOCOLS = {
    "PrometheusText0.0.4": "text/plain;version=0.0.4",
    "OpenMetricsText0.0.1": "application/openmetrics-text;version=0.0.1",
    "OpenMetricsText1.0.0": "application/openmetrics-text;version=1.0.0",
}
# Text 0.0.4 first by default: its parser is about twice as fast as the OpenMetrics one (see the
# README); OpenMetrics first when exemplars, units or _created start times matter.
DEFAULT_PROTOCOLS = ("PrometheusText0.0.4", "OpenMetricsText1.0.0")


def accept_header(protocols: Any = DEFAULT_PROTOCOLS) -> str:
    """The ``Accept`` header of a scrape preferring ``protocols`` in that order.

    >>> accept_header(["OpenMetricsText1.0.0", "PrometheusText0.0.4"])
    'application/openmetrics-text;version=1.0.0;q=1.0,text/plain;version=0.0.4;q=0.9,*/*;q=0.1'
    """
    parts = [f"{PROTOCOLS[p]};q={1 - i / 10:.1f}" for i, p in enumerate(protocols)]
    return ",".join([*parts, "*/*;q=0.1"])


ACCEPT = accept_header()
_TYPES = {
    "counter": COUNTER,
    "gauge": GAUGE,
    "histogram": 3,
    "gaugehistogram": 4,
    "summary": 5,
    "info": 6,
    "stateset": 7,
}


@dataclass(frozen=True, slots=True)
class TargetGroup:
    """Targets and the labels they share (a ``static_configs`` entry or one group of a file)."""

    targets: tuple[str, ...]
    labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Target:
    """One endpoint to scrape: its URL and the labels its series carry (``job``, ``instance``, ...)."""

    job: str
    url: str
    labels: tuple[tuple[str, str], ...]

    @property
    def instance(self) -> str:
        return dict(self.labels).get("instance", "")


def target_labels(job: str, address: str, group_labels: Any = ()) -> tuple[tuple[str, str], ...]:
    """The labels of a target's series: the group's labels, ``job`` and ``instance``.

    Labels starting with ``__`` are dropped, as after Prometheus's relabelling.

    >>> target_labels("api", "h:9", {"env": "prod", "__meta_x": "y"})
    (('env', 'prod'), ('instance', 'h:9'), ('job', 'api'))
    """
    labels = {k: v for k, v in dict(group_labels).items() if not k.startswith("__")}
    labels.setdefault("job", job)
    labels.setdefault("instance", address)
    return tuple(sorted(labels.items()))


def parse_exposition(text: str, content_type: str = "text/plain") -> list[Any]:
    """Metric families of an exposition (text 0.0.4 or OpenMetrics, by ``content_type``).

    Raises ``ValueError`` naming the problem when the text is not a valid exposition.

    >>> [(f.name, f.type) for f in parse_exposition("# TYPE a_total counter\\na_total 1\\n")]
    [('a_total', 'counter')]
    """
    openmetrics = "openmetrics" in content_type
    parse = openmetrics_families if openmetrics else text_families
    try:
        families = list(parse(text))
    except ValueError:
        raise
    except Exception as exc:  # the parsers raise assorted types on malformed input
        raise ValueError(f"{type(exc).__name__}: {exc}") from None
    if not openmetrics:
        _restore_counter_names(families, text)
    return families


# A text 0.0.4 TYPE comment declaring a counter (names in quotes, newer than 0.0.4, are left as
# parsed). Without a "^" the search runs from the literal "#", three times faster: a match counts
# only when nothing but blanks precedes it on its line (see _counter_declarations).
_COUNTER_TYPE = re.compile(r"#[ \t]+TYPE[ \t]+([a-zA-Z_:][a-zA-Z0-9_:]*)[ \t]+counter[ \t\r]*$", re.MULTILINE)


def _counter_declarations(text: str) -> list[str]:
    """The names of the text's ``# TYPE <name> counter`` lines, in order."""
    names = []
    for match in _COUNTER_TYPE.finditer(text):
        start = match.start()
        if text[text.rfind("\n", 0, start) + 1 : start].strip(" \t") == "":
            names.append(match.group(1))
    return names


def _restore_counter_names(families: list[Any], text: str) -> None:
    """Give text 0.0.4 counters back the names of their ``TYPE`` lines and samples.

    prometheus_client's text parser reshapes counters as OpenMetrics names
    them: family ``x_total`` becomes ``x``, and the samples of a family ``x``
    become ``x_total``.  In text 0.0.4 a sample is named as written and the
    ``TYPE`` line names its family (Prometheus files metadata under that
    name); without this a gauge ``x`` beside a counter ``x_total`` (Go's
    ``go_memstats_alloc_bytes``) would share one metadata name and one of
    them be typed as the other.  Families are matched to the declarations in
    order, so ``x`` and ``x_total`` declared side by side keep theirs.

    >>> [(f.name, [s.name for s in f.samples]) for f in parse_exposition("# TYPE a counter\\na 1\\n")]
    [('a', ['a'])]
    >>> [(f.name, [s.name for s in f.samples]) for f in parse_exposition("# TYPE a_total counter\\na_total 1\\n")]
    [('a_total', ['a_total'])]
    """
    if "counter" not in text:
        return
    declared: dict[str, list[str]] = {}  # the parser's family name → the TYPE lines' names, in order
    for name in _counter_declarations(text):
        declared.setdefault(name[:-6] if name.endswith("_total") else name, []).append(name)
    for family in families:
        if family.type != "counter":
            continue
        names = declared.get(family.name)
        if not names:
            continue
        exposed = names.pop(0) if len(names) > 1 else names[0]
        if exposed == family.name:  # the parser added _total to samples written without it
            renamed = family.name + "_total"
            family.samples = [s._replace(name=family.name) if s.name == renamed else s for s in family.samples]
        else:
            family.name = exposed


def _ms(timestamp: Any) -> int | None:
    if timestamp is None:
        return None
    try:
        value = float(timestamp)
    except (TypeError, ValueError):
        return None
    return int(value * 1000) if math.isfinite(value) else None


def exposition_request(
    families: list[Any], target: Target, now_ms: int, honor_labels: bool = False, honor_timestamps: bool = True,
) -> tuple[Any, int]:
    """The ``WriteRequest`` of one scrape and its number of samples.

    On a clash between a scraped label and a target label, ``honor_labels``
    keeps the scraped value; otherwise the scraped one is kept as
    ``exported_<name>`` (Prometheus's rule).

    >>> fams = parse_exposition('# TYPE req counter\\nreq_total{code="200",job="x"} 3\\n')
    >>> req, n = exposition_request(fams, Target("api", "http://h:9/metrics", target_labels("api", "h:9")), 1000)
    >>> n, [(lb.name, lb.value) for lb in req.timeseries[0].labels]
    (1, [('__name__', 'req_total'), ('code', '200'), ('exported_job', 'x'), ('instance', 'h:9'), ('job', 'api')])
    >>> req.metadata[0].metric_family_name, req.metadata[0].type
    ('req', 1)
    """
    request = WriteRequest()
    own = dict(target.labels)
    samples = 0
    for family in families:
        kind = _TYPES.get(family.type, 0)
        md = request.metadata.add(type=kind, metric_family_name=family.name, help=family.documentation or "")
        if getattr(family, "unit", ""):
            md.unit = family.unit
        if family.type == "info":
            request.metadata.add(type=kind, metric_family_name=family.name + "_info", help=family.documentation or "")
        for sample in family.samples:
            labels = dict(own)
            for key, value in sample.labels.items():
                if key in own and not honor_labels:
                    labels["exported_" + key] = value
                else:
                    labels[key] = value
            ts = request.timeseries.add()
            ts.labels.add(name="__name__", value=sample.name)
            for key in sorted(labels):
                value = labels[key]
                if value != "":  # an empty label is no label
                    ts.labels.add(name=key, value=value)
            when = _ms(sample.timestamp) if honor_timestamps else None
            ts.samples.add(value=float(sample.value), timestamp=when if when is not None else now_ms)
            exemplar = getattr(sample, "exemplar", None)
            if exemplar is not None:
                ex = ts.exemplars.add(value=float(exemplar.value), timestamp=_ms(exemplar.timestamp) or now_ms)
                for key, value in sorted(exemplar.labels.items()):
                    ex.labels.add(name=key, value=value)
            samples += 1
    return request, samples


def add_report(request: Any, target: Target, now_ms: int, up: bool, duration_s: float, samples: int) -> None:
    """Add ``up``, ``scrape_duration_seconds`` and ``scrape_samples_scraped`` for the target.

    >>> req = WriteRequest()
    >>> add_report(req, Target("api", "u", (("instance", "h:9"), ("job", "api"))), 5, False, 0.25, 0)
    >>> [(ts.labels[0].value, ts.samples[0].value) for ts in req.timeseries]
    [('up', 0.0), ('scrape_duration_seconds', 0.25), ('scrape_samples_scraped', 0.0)]
    """
    for name, value, help_text in (
        ("up", 1.0 if up else 0.0, "1 if the target's last scrape succeeded, else 0."),
        ("scrape_duration_seconds", duration_s, "How long the target's last scrape took."),
        ("scrape_samples_scraped", float(samples), "Samples the target's last scrape exposed."),
    ):
        request.metadata.add(type=GAUGE, metric_family_name=name, help=help_text)
        ts = request.timeseries.add()
        ts.labels.add(name="__name__", value=name)
        for key, label in target.labels:
            ts.labels.add(name=key, value=label)
        ts.samples.add(value=value, timestamp=now_ms)


def read_target_files(patterns: list[str]) -> tuple[dict[str, list[TargetGroup]], dict[str, str]]:
    """Target groups from ``file_sd_configs`` files (JSON or YAML lists of ``{targets, labels}``).

    Returns the groups by file and the problems by file (a file that cannot
    be read or has the wrong shape contributes nothing and is named there).
    """
    groups: dict[str, list[TargetGroup]] = {}
    problems: dict[str, str] = {}
    for pattern in patterns:
        for path in sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]:
            try:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
                data = json.loads(text) if path.endswith(".json") else yaml.safe_load(text)
                groups[path] = _groups(data)
            except (OSError, ValueError, yaml.YAMLError) as exc:
                problems[path] = f"{type(exc).__name__}: {exc}"
    return groups, problems


def _groups(data: Any) -> list[TargetGroup]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise ValueError("expected a list of {targets, labels} groups")
    out = []
    for item in data:
        if not isinstance(item, dict) or not isinstance(item.get("targets", []), list):
            raise ValueError("each group must be a mapping with a list of targets")
        labels = item.get("labels") or {}
        if not isinstance(labels, dict):
            raise ValueError("labels must be a mapping of strings")
        out.append(TargetGroup(tuple(str(t) for t in item.get("targets", [])), tuple(sorted((str(k), str(v)) for k, v in labels.items()))))
    return out


def file_state(patterns: list[str]) -> tuple[tuple[str, float, int], ...]:
    """What the files behind ``patterns`` look like now (path, mtime, size): re-read when it changes."""
    out = []
    for pattern in patterns:
        for path in sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]:
            try:
                st = os.stat(path)
            except OSError:
                continue
            out.append((path, st.st_mtime, st.st_size))
    return tuple(out)
