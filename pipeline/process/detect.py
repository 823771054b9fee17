"""Detectors and the alert engine, fed by the processor's rolling statistics.  Pure: no Kafka.

:class:`Detection` subscribes to every batch's :class:`~pipeline.process.stats.StatsUpdate`
list (error counts, evidence) and to the batch's records (error messages for
the template miner), and is evaluated every ``alerts.evaluation_interval_s``:

- **error spikes** per service and per (service, error type): errors counted
  in ``detectors.error_spike.window_seconds`` windows against their own
  baseline (Poisson tail, minimum count);
- **metric anomalies** for every tracked operation (p95 latency, request rate,
  error ratio over the shortest window) and OTLP metric series (mean value, or
  rate for sums), one detector per series fed once a minute, with the
  expected band;
- **new error types and regressions** from the streaming template miner over
  error logs and exception events (a new template is reported once its text
  has been stable for ``templates.confirm_seconds``: see
  :class:`~detectors.templates.detectors.NewErrorType`); the templates that
  changed are handed out as documents for the store
  (:meth:`Detection.take_template_docs`);
- **threshold rules** (``alerts.rules``) over the rolling statistics.

Every finding becomes a :class:`~pipeline.alerts.engine.Condition`; the
:class:`~pipeline.alerts.engine.AlertEngine` turns them into firing and
resolved events.  All state is picklable per service (:meth:`Detection.state_of`
/ :meth:`Detection.restore`), so it moves with the service's partition.
"""

from __future__ import annotations

import copy
import math
import pickle
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from detectors.base import Detector
from detectors.spike import ErrorSpikeTracker
from detectors.templates import TemplateMiner
from detectors.templates.detectors import Finding, NewErrorType, Regression
from pipeline.alerts.engine import AlertEngine, Condition, evaluate_rules, fingerprint
from pipeline.config import Config
from pipeline.process.stats import OTHER, RollingStats, StatsUpdate
from pipeline.templates.document import merged_document, template_document
from schemas.records import TemplateDoc

__all__ = ["Detection", "DetectionCollector", "ServiceState", "service_of"]

_EVIDENCE = 10


_SEP = "\x1f"


def _key(service: str, *parts: str) -> bytes:
    return _SEP.join((service, *parts)).encode()


def service_of(raw_key: bytes) -> str:
    """The service a detection-state key belongs to."""
    return raw_key.decode().split(_SEP, 1)[0]


@dataclass
class ServiceState:
    """Everything the detectors remember about one service (pickled as a unit)."""

    spikes: ErrorSpikeTracker
    miner: TemplateMiner
    new_types: NewErrorType
    regressions: Regression
    metric: dict[tuple[str, str, str], Detector] = field(default_factory=dict)
    last_fed: dict[tuple[str, str, str], float] = field(default_factory=dict)
    fed_since_persist: set[tuple[str, str, str]] = field(default_factory=set)
    last_seen: float = 0.0
    evidence: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    unpublished: set[str] = field(default_factory=set)  # template ids changed since the last publish
    retired: dict[str, tuple[str, float | None]] = field(default_factory=dict)  # merged id → (survivor, when)

    def __setstate__(self, state: dict[str, Any]) -> None:
        # state pickled before templates were published
        state.setdefault("unpublished", set())
        state.setdefault("retired", {})
        self.__dict__.update(state)

    def samples(self, error_type: str | None) -> tuple[list[str], list[str]]:
        """Recent error record ids and trace ids: of one error type, or of all (``None``)."""
        if error_type is not None:
            return self.evidence.get(error_type, ([], []))
        ids = [i for pair in self.evidence.values() for i in pair[0]][-_EVIDENCE:]
        traces = [t for pair in self.evidence.values() for t in pair[1]][-_EVIDENCE:]
        return ids, traces


@dataclass
class _Core:
    """A service's state apart from its metric detectors (those are persisted one by one)."""

    state: ServiceState
    alerts: dict[str, Any]

    def __getstate__(self) -> dict[str, Any]:
        # metric detectors travel in their own entries
        core = copy.copy(self.state)
        core.metric, core.last_fed, core.fed_since_persist = {}, {}, set()
        return {"state": core, "alerts": self.alerts}

    def __setstate__(self, data: dict[str, Any]) -> None:
        self.state, self.alerts = data["state"], data["alerts"]


class Detection:
    """The processor's detection step.

    Parameters
    ----------
    cfg
        The whole config: ``detectors``, ``templates``, ``alerts`` and ``process.stats``.
    stats
        The processor's rolling statistics (read at evaluation time).
    """

    def __init__(self, cfg: Config, stats: RollingStats) -> None:
        self.cfg = cfg
        self.stats = stats
        self.engine = AlertEngine(cfg.alerts, cfg.elasticsearch.index_prefix)
        self.services: dict[str, ServiceState] = {}
        self.findings: list[Condition] = []
        self.short_window = stats.spec.names[int(min(range(len(stats.spec.seconds)), key=lambda i: stats.spec.seconds[i]))]
        self.scores: dict[tuple[str, str, str, str], float] = {}  # (kind, service, name, series) → last score
        self._template_alerts: dict[tuple[str, str], Condition] = {}
        self._anomaly_direction: dict[str, int] = {}  # fingerprint → +1 above / -1 below the band
        self.dirty: set[str] = set()  # services whose state changed since take_dirty()

    # -- per service state ----------------------------------------------------------------
    def _service(self, name: str) -> ServiceState:
        state = self.services.get(name)
        if state is None:
            t = self.cfg.templates
            state = ServiceState(
                spikes=self.cfg.detectors.error_spike_tracker(),
                miner=t.miner(),
                new_types=t.new_error_type(),
                regressions=t.regression(),
            )
            self.services[name] = state
        return state

    def state_of(self, service: str) -> ServiceState | None:
        return self.services.get(service)

    # -- persistence: one changelog entry for a service's core state, one per metric detector --
    def take_dirty(self) -> list[tuple[str, bytes, bytes]]:
        """``(service, key, blob)`` for state changed since the last call (zlib-compressed pickles)."""
        out = []
        for service in sorted(self.dirty):
            state = self.services.get(service)
            if state is None:
                continue
            alerts = {fp: st for fp, st in self.engine.states.items() if st.condition.service == service}
            core = _Core(state, alerts)
            out.append((service, _key(service, "core"), zlib.compress(pickle.dumps(core, protocol=5), 1)))
            for dkey in state.fed_since_persist:
                detector = state.metric.get(dkey)
                if detector is not None:
                    blob = zlib.compress(pickle.dumps((dkey, detector, state.last_fed.get(dkey, 0.0)), protocol=5), 1)
                    out.append((service, _key(service, "metric", *dkey), blob))
            state.fed_since_persist = set()
        self.dirty.clear()
        return out

    def load(self, raw_key: bytes, blob: bytes) -> bool:
        """Adopt state written by :meth:`take_dirty` (a partition taken over); ``False`` if unusable."""
        try:
            parts = raw_key.decode().split(_SEP)
            value = pickle.loads(zlib.decompress(blob))
        except Exception:
            return False
        service, what = parts[0], parts[1]
        if what == "core" and isinstance(value, _Core):
            metric = self.services[service].metric if service in self.services else {}
            last_fed = self.services[service].last_fed if service in self.services else {}
            value.state.metric.update(metric)
            value.state.last_fed.update(last_fed)
            self.services[service] = value.state
            self.engine.states.update(value.alerts)
            return True
        if what == "metric":
            dkey, detector, fed = value
            state = self._service(service)
            state.metric[dkey] = detector
            state.last_fed[dkey] = fed
            return True
        return False

    def forget(self, services: Iterable[str]) -> None:
        """Drop the state of services whose partitions moved to another processor."""
        for service in set(services):
            self.services.pop(service, None)
            self.dirty.discard(service)
            for fp in [fp for fp, st in self.engine.states.items() if st.condition.service == service]:
                del self.engine.states[fp]

    # -- hooks (called per batch) -------------------------------------------------------------
    def on_stats(self, updates: Sequence[StatsUpdate]) -> None:
        """Count errors for the spike detectors and keep evidence; note who is alive."""
        for update in updates:
            key = update.key
            if key.service == OTHER:
                continue
            state = self._service(key.service)
            self.dirty.add(key.service)
            t = update.time_ns / 1e9
            state.last_seen = max(state.last_seen, t)
            if key.kind == "err" and update.errors > 0:
                for spike_key in ((key.service,), (key.service, key.name)):
                    for skey, result in state.spikes.add(spike_key, t, update.errors):
                        self._spike_finding(state, skey, result)
                ids, traces = state.evidence.get(key.name, ([], []))
                state.evidence[key.name] = (
                    (ids + update.record_ids)[-_EVIDENCE:],
                    (traces + update.trace_ids)[-_EVIDENCE:],
                )

    def on_records(self, signal: str, records: Sequence[dict[str, Any]]) -> None:
        """Mine templates from error logs and exception events (records are already redacted)."""
        if not self.cfg.templates.enabled:
            return
        observed: set[str] = set()
        for record in records:
            service = record.get("service.name", "")
            if service not in observed:
                # warm-up counts from the service's first record of any kind (once a batch is enough)
                t = (record.get("time_unix_nano") or record.get("start_time_unix_nano") or 0) / 1e9
                if t:
                    observed.add(service)
                    self._service(service).new_types.observe_service(service, t)
            if signal == "logs":
                if record.get("severity_number", 0) < 17 or not record.get("message"):
                    continue
                self._mine(service, str(record["message"]), record)
            elif signal == "spans":
                for event in record.get("events") or ():
                    attrs = event.get("attributes") or {}
                    if event.get("name") == "exception" and attrs.get("exception.message"):
                        text = f"{attrs.get('exception.type', '')}: {attrs['exception.message']}".lstrip(": ")
                        self._mine(service, text, record)

    def _mine(self, service: str, text: str, record: dict[str, Any]) -> None:
        state = self._service(service)
        self.dirty.add(service)
        t = record.get("time_unix_nano", 0) / 1e9 or None
        match = state.miner.add(text, t=t, record_id=record.get("id"), trace_id=record.get("trace_id"))
        template = state.miner.template(match.template_id)
        state.unpublished.add(template.id)
        for gone in match.merged:
            state.unpublished.discard(gone)
            state.retired[gone] = (template.id, t)
        x = {
            "service": service,
            "template_id": template.id,
            "template": template.text,
            "record_id": record.get("id"),
            "trace_id": record.get("trace_id"),
            "merged": match.merged,
        }
        ongoing = self._template_alerts.get((service, template.id))
        if ongoing is not None:
            # The error keeps happening: keep its alert firing until it stops.
            self.findings.append(ongoing)
        for detector in (state.new_types, state.regressions):
            finding = detector.update(x, t)
            if finding is not None:
                self._template_finding(service, finding)

    def _template_finding(self, service: str, finding: Finding) -> None:
        kind = finding.kind
        policy = self.cfg.alerts.detectors[kind]
        if not policy.enabled or finding.score < policy.min_score:
            return
        name = "NewErrorType" if kind == "new_error_type" else "ErrorRegression"
        condition = Condition(
            kind=kind,
            alertname=name,
            service=service,
            active=True,
            severity=policy.severity,
            labels={"template_id": finding.template_id},
            score=finding.score,
            summary=(
                f"{service}: new error type: {finding.template}"
                if kind == "new_error_type"
                else f"{service}: error back after {finding.quiet_for or 0:.0f} s quiet: {finding.template}"
            ),
            description=f"Template {finding.template_id} first seen {finding.first_seen}.",
            evidence={
                "template": finding.template,
                "template_id": finding.template_id,
                "record_ids": list(finding.sample_record_ids),
                "trace_ids": [x for x in finding.sample_trace_ids if x],
            },
            series={"statistic": "template", "labels": {"service": service, "template_id": finding.template_id}},
            clear_after_s=policy.clear_after,
        )
        self.findings.append(condition)
        self._template_alerts[(service, finding.template_id)] = condition

    # -- templates for the store ---------------------------------------------------------
    def take_template_docs(self, now: float) -> list[tuple[str, list[TemplateDoc]]]:
        """Documents of the templates that changed since the last call, per service.

        Live templates get their full document, merged ones a ``status:
        merged`` document.  They count as published once taken; hand them back
        with :meth:`requeue_templates` if they could not be sent.
        """
        published_ns = int(now * 1e9)
        window = self.cfg.templates.window_seconds
        out: list[tuple[str, list[TemplateDoc]]] = []
        for service, state in sorted(self.services.items()):
            if not state.unpublished and not state.retired:
                continue
            miner = state.miner
            docs = [
                merged_document(service, tid, miner.resolve(survivor), when, published_ns)
                for tid, (survivor, when) in sorted(state.retired.items())
            ]
            for tid in sorted({miner.resolve(tid) for tid in state.unpublished} - set(state.retired)):
                try:
                    docs.append(template_document(service, miner.template(tid), published_ns, window))
                except KeyError:  # not a template of this miner (state restored from elsewhere)
                    continue
            state.unpublished, state.retired = set(), {}
            self.dirty.add(service)
            if docs:
                out.append((service, docs))
        return out

    def requeue_templates(self, service: str, docs: Sequence[TemplateDoc]) -> None:
        """Mark ``docs`` (from :meth:`take_template_docs`) as not published: they go out next time."""
        state = self.services.get(service)
        if state is None:
            return
        for doc in docs:
            if doc["status"] == "merged":
                state.retired.setdefault(doc["template_id"], (doc["merged_into"], None))
            else:
                state.unpublished.add(doc["template_id"])
        self.dirty.add(service)

    def _spike_finding(self, state: ServiceState, key: Any, result: Any) -> None:
        service = key[0]
        error_type = key[1] if len(key) > 1 else None
        self.scores[("error_spike", service, error_type or "", "")] = result.score
        policy = self.cfg.alerts.detectors["error_spike"]
        if not policy.enabled or result.score < policy.min_score:
            return
        ids, traces = state.samples(error_type)
        labels = {"error_type": error_type} if error_type else {}
        what = f"{error_type} errors" if error_type else "errors"
        self.findings.append(
            Condition(
                kind="error_spike",
                alertname="ErrorSpike",
                service=service,
                active=True,
                severity=policy.severity,
                labels=labels,
                observed=float(result.observed),
                expected=float(result.expected),
                band=(float(result.lower), float(result.upper)),
                score=float(result.score),
                summary=f"{service}: {result.observed:.0f} {what} in {result.window_end - result.window_start:.0f} s, "
                f"{result.expected:.1f} expected",
                description=f"Error count of {service} far above its baseline (p = {result.p_value:.2g}).",
                evidence={"record_ids": ids, "trace_ids": traces},
                series={"statistic": "error_count", "labels": {"service": service, **labels}},
                # never shorter than a window (plus an evaluation): a spike lasting several
                # windows is found at most once a window and must not resolve in between
                clear_after_s=max(policy.clear_after, self.cfg.detectors.error_spike.window_seconds
                                  + self.cfg.alerts.evaluation_interval_s),
            )
        )

    # -- periodic evaluation --------------------------------------------------------------
    def evaluate(self, now: float) -> list[dict[str, Any]]:
        """Run rules and metric detectors, close spike windows, advance the engine; returns alert events."""
        now_ns = int(now * 1e9)
        conditions: list[Condition] = []
        for service, state in self.services.items():
            for key, result in state.spikes.flush(now):
                self._spike_finding(state, key, result)
            for finding in state.new_types.flush(now):
                # new templates whose text stayed unchanged for templates.confirm_seconds
                self._template_finding(service, finding)
                self.dirty.add(service)
        conditions.extend(self.findings)
        self.findings = []
        for condition in evaluate_rules(self.cfg.alerts.rules, self._rule_rows(now_ns)):
            self._attach_evidence(condition)
            conditions.append(condition)
        conditions.extend(self._metric_anomalies(now))
        events = []
        for condition in conditions:
            events.extend(self.engine.observe(condition, now))
        events.extend(self.engine.tick(now))
        self.dirty.update(c.service for c in conditions if c.active)
        self.dirty.update(e["service.name"] for e in events)
        live = {fp.condition.identity().get("template_id") for fp in self.engine.states.values()}
        self._template_alerts = {k: v for k, v in self._template_alerts.items() if k[1] in live}
        return events

    def _attach_evidence(self, condition: Condition) -> None:
        """Sample error records and traces behind a threshold alert (by its error type if it has one)."""
        state = self.services.get(condition.service)
        if state is None or not condition.active or condition.kind != "threshold":
            return
        ids, traces = state.samples(condition.labels.get("error_type"))
        condition.evidence = {"record_ids": list(ids), "trace_ids": list(traces)}

    def _rule_rows(self, now_ns: int) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        windows = sorted({r.window for r in self.cfg.alerts.rules} & set(self.stats.spec.names))
        for key in list(self.stats.series):
            if key.service == OTHER:
                continue
            for window in windows:
                view = self.stats.read(key, window, now_ns)
                row: dict[str, Any] = {"service": key.service, "window": window}
                if key.kind == "op":
                    q = self.stats.latency(key, window, now_ns)
                    row.update(
                        operation=key.name,
                        request_count=view.count,
                        request_rate=view.rate,
                        error_count=view.errors,
                        error_ratio=view.error_ratio,
                    )
                    for quantile, value in zip(self.stats.cfg.quantiles, q, strict=False):
                        name = {0.5: "latency_p50_ms", 0.95: "latency_p95_ms", 0.99: "latency_p99_ms"}.get(quantile)
                        if name and not math.isnan(float(value)):
                            row[name] = float(value)
                elif key.kind == "log":
                    row.update(operation=f"log {key.name}", log_count=view.count)
                elif key.kind == "err":
                    row.update(error_type=key.name, error_type_count=view.errors)
                else:
                    continue
                rows.append(row)
        for service, state in self.services.items():
            if state.last_seen:
                rows.append({"service": service, "absent_s": max(0.0, now_ns / 1e9 - state.last_seen)})
        return rows

    def _metric_anomalies(self, now: float) -> list[Condition]:
        """Feed each tracked series' detector once per minute; a finding per anomalous series."""
        out: list[Condition] = []
        policy = self.cfg.alerts.detectors["anomaly"]
        now_ns = int(now * 1e9)
        window = self.short_window
        for key in list(self.stats.series):
            if key.service == OTHER or key.kind not in ("op", "metric"):
                continue
            state = self._service(key.service)
            view = self.stats.read(key, window, now_ns)
            if view.count <= 0:
                continue
            signals: list[tuple[str, str, float]] = []
            if key.kind == "op":
                q = self.stats.latency(key, window, now_ns)
                p95 = float(q[min(1, len(q) - 1)]) if len(q) else float("nan")
                if not math.isnan(p95):
                    signals.append(("LatencyAnomaly", "latency_p95_ms", p95))
                signals.append(("RequestRateAnomaly", "request_rate", view.rate))
                if view.errors >= self.cfg.detectors.error_spike.min_count:
                    # a ratio of a handful of errors is noise; error spikes cover low counts
                    signals.append(("ErrorRatioAnomaly", "error_ratio", view.error_ratio))
            else:
                value = view.mean if not math.isnan(view.mean) else view.total_rate
                signals.append(("MetricAnomaly", "value", float(value)))
            for alertname, statistic, value in signals:
                dkey = (key.kind + ":" + key.name + ":" + key.series, statistic, alertname)
                if now - state.last_fed.get(dkey, 0.0) < self.cfg.detectors.feed_interval_s:
                    continue
                detector = state.metric.get(dkey)
                if detector is None:
                    if len(state.metric) >= self.cfg.detectors.max_series_per_service:
                        continue
                    detector = self.cfg.detectors.metric_detector()
                    state.metric[dkey] = detector
                state.last_fed[dkey] = now
                state.fed_since_persist.add(dkey)
                self.dirty.add(key.service)
                result = detector.update(value, now)
                self.scores[("anomaly", key.service, key.name, statistic)] = result.score
                labels = {"operation": key.name} if key.kind == "op" else {"metric": key.name, "series": key.series}
                # A page needs both a high score and a value outside the expected band;
                # once firing, it holds while the value stays outside (detectors report
                # an incident once, then rest).
                direction = 0 if result.lower is None else (1 if value > result.upper else -1 if value < result.lower else 0)
                fp = fingerprint({"alertname": alertname, "service": key.service, **labels})
                ongoing = fp in self.engine.states and self._anomaly_direction.get(fp) == direction
                if not (policy.enabled and direction != 0 and (ongoing or result.score >= policy.min_score)):
                    continue
                if not ongoing and not _large_enough(statistic, value, result, policy):
                    continue
                self._anomaly_direction[fp] = direction
                what = statistic.replace("_", " ")
                out.append(
                    Condition(
                        kind="anomaly",
                        alertname=alertname,
                        service=key.service,
                        active=True,
                        severity=policy.severity,
                        labels=labels,
                        observed=float(value),
                        expected=float(result.expected) if result.expected is not None else None,
                        band=(float(result.lower), float(result.upper)) if result.lower is not None else None,
                        score=float(result.score),
                        summary=f"{key.service} {key.name}: {what} {value:.4g}, expected "
                        f"{result.lower:.4g} .. {result.upper:.4g}",
                        description=f"{what} of {key.service} {key.name} over {window} is outside its expected band.",
                        series={"statistic": statistic, "window": window, "labels": {"service": key.service, **labels}},
                        clear_after_s=policy.clear_after,
                    )
                )
        return out


def _large_enough(statistic: str, value: float, result: Any, policy: Any) -> bool:
    """Whether an anomaly is big enough to page: unusual is not enough, it must also matter.

    >>> from types import SimpleNamespace as N
    >>> policy = N(min_change=0.2, min_ratio_change=0.02)
    >>> _large_enough("error_ratio", 0.025, N(expected=0.014, lower=0.005, upper=0.023), policy)
    False
    >>> _large_enough("latency_p95_ms", 441.5, N(expected=197.0, lower=181.0, upper=213.0), policy)
    True
    """
    expected = result.expected
    if expected is None or (isinstance(expected, float) and math.isnan(expected)):
        expected = (result.lower + result.upper) / 2
    change = abs(value - expected)
    if statistic == "error_ratio":
        return bool(change >= policy.min_ratio_change)
    return bool(change >= policy.min_change * abs(expected))


class DetectionCollector:
    """Detector scores, template counts and firing alerts, read at scrape time."""

    def __init__(self, detection: Detection) -> None:
        self.detection = detection

    def describe(self) -> list[Any]:
        return []

    def collect(self) -> Iterable[Any]:
        from prometheus_client.core import GaugeMetricFamily

        d = self.detection
        anomaly = GaugeMetricFamily(
            "sightline_anomaly_score",
            "Latest anomaly score (0..1) of a tracked series, by service, series name and statistic.",
            labels=["service", "name", "statistic"],
        )
        spike = GaugeMetricFamily(
            "sightline_error_spike_score",
            "Latest error spike score (0..1) per service and error type (empty: all errors).",
            labels=["service", "error_type"],
        )
        for (kind, service, name, statistic), score in sorted(d.scores.items()):
            if kind == "anomaly":
                anomaly.add_metric([service, name, statistic], score)
            else:
                spike.add_metric([service, name], score)
        known = GaugeMetricFamily("sightline_templates_known", "Log templates known per service.", labels=["service"])
        new = GaugeMetricFamily(
            "sightline_templates_new_last_hour", "Templates first seen in the last hour, per service.", labels=["service"]
        )
        now = max((s.last_seen for s in d.services.values()), default=0.0)
        for service, state in sorted(d.services.items()):
            templates = list(state.miner.templates())
            known.add_metric([service], len(templates))
            new.add_metric([service], sum(1 for t in templates if t.first_seen is not None and now - t.first_seen <= 3600))
        firing = GaugeMetricFamily(
            "sightline_alerts_firing", "Alerts firing now, by service, alert name and severity.",
            labels=["service", "alertname", "severity"],
        )
        counts: dict[tuple[str, str, str], int] = {}
        for st in d.engine.states.values():
            if st.status == "firing":
                c = st.condition
                k = (c.service, c.alertname, c.severity)
                counts[k] = counts.get(k, 0) + 1
        for labels, n in sorted(counts.items()):
            firing.add_metric(list(labels), n)
        return [anomaly, spike, known, new, firing]
