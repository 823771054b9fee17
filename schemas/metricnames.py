"""One naming rule for metric series, whatever their source.

Metric points reach Sightline over OTLP (``http.server.request.duration``,
unit ``s``, attribute ``http.route``) and from Prometheus (remote write,
scraping: ``http_server_request_duration_seconds{http_route=...}``).  So that
an alert rule, a dashboard or a search sees one series either way, every
metric point is stored under its Prometheus-style name and label keys:

- Prometheus names and labels are kept as they are (they already match);
- OTLP names and attribute keys are translated the way the OpenTelemetry
  specification's *Prometheus and OpenMetrics Compatibility* section says for
  OTLP metric points to Prometheus:

  * characters outside ``[a-zA-Z0-9_:]`` (label keys: ``[a-zA-Z0-9_]``) become
    ``_``, runs of ``_`` become one, a leading digit gets a ``_`` (label keys:
    ``key_``) prefix;
  * the unit is translated to words (``s`` → ``seconds``, ``By`` → ``bytes``,
    ``1`` → ``ratio``, ``foo/s`` → ``foo_per_second``), portions in braces
    (``{request}``) are dropped, and the result is appended unless the name
    already contains it;
  * a monotonic sum gets ``_total`` unless its name already ends so;
  * label keys that collide after translation keep the values joined with
    ``;`` in the order of the original keys.

>>> otlp_metric_name("http.server.request.duration", "s", "histogram")
'http_server_request_duration_seconds'
>>> otlp_metric_name("http.server.active_requests", "{request}", "sum")
'http_server_active_requests'
>>> otlp_metric_name("system.network.io", "By", "sum", monotonic=True)
'system_network_io_bytes_total'
>>> label_name("http.response.status_code")
'http_response_status_code'
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "UNIT_WORDS",
    "is_valid_label_name",
    "is_valid_metric_name",
    "label_name",
    "metric_labels",
    "otlp_metric_name",
    "prometheus_unit",
]

# UCUM units as OpenTelemetry uses them → the word Prometheus names carry.
UNIT_WORDS: dict[str, str] = {
    # time
    "d": "days",
    "h": "hours",
    "min": "minutes",
    "s": "seconds",
    "ms": "milliseconds",
    "us": "microseconds",
    "ns": "nanoseconds",
    # bytes
    "By": "bytes",
    "KiBy": "kibibytes",
    "MiBy": "mebibytes",
    "GiBy": "gibibytes",
    "TiBy": "tebibytes",
    "KBy": "kilobytes",
    "MBy": "megabytes",
    "GBy": "gigabytes",
    "TBy": "terabytes",
    # SI
    "m": "meters",
    "V": "volts",
    "A": "amperes",
    "J": "joules",
    "W": "watts",
    "g": "grams",
    # other
    "Cel": "celsius",
    "Hz": "hertz",
    "1": "ratio",
    "%": "percent",
}
# The denominator of "foo/bar" units, singular.
_PER_UNIT: dict[str, str] = {
    "s": "second",
    "m": "minute",
    "h": "hour",
    "d": "day",
    "w": "week",
    "mo": "month",
    "y": "year",
}

_METRIC_INVALID = re.compile(r"[^a-zA-Z0-9_:]+")
_LABEL_INVALID = re.compile(r"[^a-zA-Z0-9_]+")
_UNDERSCORES = re.compile(r"__+")
_BRACES = re.compile(r"\{[^}]*\}")
_METRIC_NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")
_LABEL_NAME = re.compile(r"[a-zA-Z_][a-zA-Z0-9_]*")


def is_valid_metric_name(name: str) -> bool:
    """Whether ``name`` is a valid Prometheus metric name.

    >>> is_valid_metric_name("up"), is_valid_metric_name("http.requests"), is_valid_metric_name("1x")
    (True, False, False)
    """
    return _METRIC_NAME.fullmatch(name) is not None


def is_valid_label_name(name: str) -> bool:
    """Whether ``name`` is a valid Prometheus label name (``__name__`` included).

    >>> is_valid_label_name("le"), is_valid_label_name("a-b"), is_valid_label_name("")
    (True, False, False)
    """
    return _LABEL_NAME.fullmatch(name) is not None


def _sanitize(text: str, invalid: re.Pattern[str]) -> str:
    return _UNDERSCORES.sub("_", invalid.sub("_", text))


def label_name(key: str) -> str:
    """An OTLP attribute key as a Prometheus label name.

    >>> label_name("k8s.pod.name"), label_name("9lives"), label_name("a..b"), label_name("ok_key")
    ('k8s_pod_name', 'key_9lives', 'a_b', 'ok_key')
    """
    if _LABEL_NAME.fullmatch(key) and "__" not in key:
        return key
    out = _sanitize(key, _LABEL_INVALID)
    if not out:
        return "_"
    if out[0].isdigit():
        out = "key_" + out
    return out


def metric_labels(attributes: dict[str, Any]) -> dict[str, Any]:
    """OTLP point attributes with their keys as Prometheus label names.

    Keys that collide after translation keep their values joined with ``;``
    in the lexicographic order of the original keys (non-string values
    become text then).  Returns the same dict when nothing changes.

    >>> metric_labels({"http.route": "/a", "method": "GET"})
    {'http_route': '/a', 'method': 'GET'}
    >>> metric_labels({"a.b": "x", "a_b": "y"})
    {'a_b': 'x;y'}
    >>> d = {"ok": 1}
    >>> metric_labels(d) is d
    True
    """
    if all(_LABEL_NAME.fullmatch(k) and "__" not in k for k in attributes):
        return attributes
    out: dict[str, Any] = {}
    origin: dict[str, list[str]] = {}
    for key in attributes:
        origin.setdefault(label_name(key), []).append(key)
    for name, keys in origin.items():
        if len(keys) == 1:
            out[name] = attributes[keys[0]]
        else:
            out[name] = ";".join(str(attributes[k]) for k in sorted(keys))
    return out


def prometheus_unit(unit: str) -> str:
    """The unit word(s) a Prometheus name carries for an OTLP (UCUM) unit; ``""`` for none.

    >>> prometheus_unit("ms"), prometheus_unit("{packet}"), prometheus_unit("By/s"), prometheus_unit("1")
    ('milliseconds', '', 'bytes_per_second', 'ratio')
    >>> prometheus_unit("{request}/s"), prometheus_unit("packets")
    ('per_second', 'packets')
    """
    unit = _BRACES.sub("", unit).strip()
    if not unit:
        return ""
    main, _, per = unit.partition("/")
    main_word = UNIT_WORDS.get(main, main)
    words = [_sanitize(main_word, _LABEL_INVALID).strip("_")] if main_word else []
    if per:
        per_word = _PER_UNIT.get(per, per)
        per_word = _sanitize(per_word, _LABEL_INVALID).strip("_")
        if per_word:
            words.append("per_" + per_word)
    return "_".join(w for w in words if w)


def otlp_metric_name(name: str, unit: str = "", kind: str = "gauge", monotonic: bool = False) -> str:
    """The Prometheus-style name of an OTLP metric.

    Parameters
    ----------
    name
        The OTLP metric name.
    unit
        Its UCUM unit as sent (may be empty).
    kind
        The point type (one of ``schemas.records.METRIC_TYPES``).
    monotonic
        For sums: whether the sum is monotonic (a counter: ``_total``).

    Examples
    --------
    >>> otlp_metric_name("process.cpu.time", "s", "sum", monotonic=True)
    'process_cpu_time_seconds_total'
    >>> otlp_metric_name("jvm.memory.used", "By", "sum")
    'jvm_memory_used_bytes'
    >>> otlp_metric_name("requests_total", "", "sum", monotonic=True)
    'requests_total'
    >>> otlp_metric_name("queue_latency_seconds", "s", "histogram")
    'queue_latency_seconds'
    >>> otlp_metric_name("cpu.utilization", "1", "gauge")
    'cpu_utilization_ratio'
    >>> otlp_metric_name("2xx.responses")
    '_2xx_responses'
    """
    out = _sanitize(name, _METRIC_INVALID)
    if not out:
        out = "_"
    elif out[0].isdigit():
        out = "_" + out
    suffix = prometheus_unit(unit)
    if suffix:
        tokens = out.split("_")
        unit_tokens = suffix.split("_")
        n = len(unit_tokens)
        contains = any(tokens[i : i + n] == unit_tokens for i in range(len(tokens) - n + 1))
        if not contains:
            out = f"{out}_{suffix}"
    if kind == "sum" and monotonic and not out.endswith("_total"):
        out += "_total"
    return _UNDERSCORES.sub("_", out)
