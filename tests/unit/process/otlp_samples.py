"""OTLP export requests built with opentelemetry-proto, as the ingestor writes them."""

from __future__ import annotations

import base64
from typing import Any

import orjson
from google.protobuf import json_format
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue, KeyValueList

TRACE = bytes.fromhex("4bf92f3577b34da6a3ce929d0e0e4736")
SPAN = bytes.fromhex("00f067aa0ba902b7")
PARENT = bytes.fromhex("1111111111111111")
T0 = 1_795_428_000_000_000_000


def kv(key: str, value: Any) -> KeyValue:
    if isinstance(value, bool):
        return KeyValue(key=key, value=AnyValue(bool_value=value))
    if isinstance(value, int):
        return KeyValue(key=key, value=AnyValue(int_value=value))
    if isinstance(value, float):
        return KeyValue(key=key, value=AnyValue(double_value=value))
    if isinstance(value, dict):
        return KeyValue(key=key, value=AnyValue(kvlist_value=KeyValueList(values=[kv(k, v) for k, v in value.items()])))
    return KeyValue(key=key, value=AnyValue(string_value=str(value)))


def resource(service: str) -> list[KeyValue]:
    return [kv("service.name", service), kv("k8s", {"pod": {"name": "api-7d9"}}), kv("host.name", "node-1")]


def spans_request(service: str = "checkout", n: int = 1, t0: int = T0, error_every: int = 0, route: str = "/users/{id}") -> ExportTraceServiceRequest:
    req = ExportTraceServiceRequest()
    rs = req.resource_spans.add()
    rs.resource.attributes.extend(resource(service))
    ss = rs.scope_spans.add()
    ss.scope.name = "io.opentelemetry.flask"
    ss.scope.version = "0.45b0"
    for i in range(n):
        sp = ss.spans.add()
        sp.trace_id = TRACE
        sp.span_id = (int.from_bytes(SPAN, "big") + i).to_bytes(8, "big")
        sp.parent_span_id = PARENT
        sp.name = f"GET /users/{1000 + i}"
        sp.kind = 2
        sp.start_time_unix_nano = t0 + i
        sp.end_time_unix_nano = t0 + i + (i % 100 + 1) * 1_000_000
        failed = bool(error_every) and i % error_every == 0
        sp.attributes.extend([kv("http.request.method", "GET"), kv("url.path", f"/users/{1000 + i}"),
                              kv("http.response.status_code", 500 if failed else 200)])
        if route:
            sp.attributes.append(kv("http.route", route))
        if failed:
            sp.status.code = 2
            sp.status.message = "boom"
            ev = sp.events.add()
            ev.name = "exception"
            ev.time_unix_nano = t0 + i
            ev.attributes.extend([kv("exception.type", "KeyError"), kv("exception.message", "'sku'")])
        link = sp.links.add()
        link.trace_id = TRACE
        link.span_id = PARENT
    return req


def logs_request(service: str = "checkout", n: int = 1, t0: int = T0) -> ExportLogsServiceRequest:
    req = ExportLogsServiceRequest()
    rl = req.resource_logs.add()
    rl.resource.attributes.extend(resource(service))
    sl = rl.scope_logs.add()
    for i in range(n):
        lr = sl.log_records.add()
        lr.time_unix_nano = t0 + i
        lr.severity_number = 17 if i % 2 else 9
        lr.severity_text = "ERROR" if i % 2 else "INFO"
        lr.body.string_value = f"payment {i} failed" if i % 2 else f"payment {i} ok"
        lr.trace_id = TRACE
        lr.span_id = SPAN
        lr.attributes.extend([kv("exception.type", "PaymentDeclined")] if i % 2 else [kv("order.id", i)])
    return req


def metrics_request(service: str = "checkout", t0: int = T0, cumulative: int = 100) -> ExportMetricsServiceRequest:
    req = ExportMetricsServiceRequest()
    rm = req.resource_metrics.add()
    rm.resource.attributes.extend(resource(service))
    sm = rm.scope_metrics.add()
    g = sm.metrics.add(name="queue.depth", unit="{item}")
    g.gauge.data_points.add(time_unix_nano=t0, as_int=7).attributes.append(kv("queue", "orders"))
    s = sm.metrics.add(name="http.server.requests", unit="{request}")
    s.sum.is_monotonic = True
    s.sum.aggregation_temporality = 2
    s.sum.data_points.add(time_unix_nano=t0, start_time_unix_nano=T0 - 10**9, as_int=cumulative)
    h = sm.metrics.add(name="http.server.request.duration", unit="ms")
    h.histogram.aggregation_temporality = 1
    hp = h.histogram.data_points.add(time_unix_nano=t0, count=10, sum=300.0, min=5.0, max=90.0)
    hp.explicit_bounds.extend([10.0, 50.0, 100.0])
    hp.bucket_counts.extend([2, 5, 3, 0])
    e = sm.metrics.add(name="rpc.duration", unit="ms")
    e.exponential_histogram.aggregation_temporality = 1
    ep = e.exponential_histogram.data_points.add(time_unix_nano=t0, count=4, sum=40.0, scale=2, zero_count=0)
    ep.positive.offset = 13
    ep.positive.bucket_counts.extend([1, 2, 1])
    sm_ = sm.metrics.add(name="gc.pause", unit="ms")
    sp = sm_.summary.data_points.add(time_unix_nano=t0, count=3, sum=9.0)
    sp.quantile_values.add(quantile=0.5, value=2.5)
    sp.quantile_values.add(quantile=0.99, value=4.0)
    return req


def to_otlp_json(request: Any) -> bytes:
    """The OTLP JSON mapping: camelCase, hex trace and span ids."""
    data = json_format.MessageToDict(request)

    def fix(node: Any) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("traceId", "spanId", "parentSpanId") and isinstance(v, str):
                    node[k] = base64.b64decode(v).hex()
                else:
                    fix(v)
        elif isinstance(node, list):
            for v in node:
                fix(v)

    fix(data)
    return orjson.dumps(data)
