"""The OTLP/JSON receiver's plain checks of histogram points answer as protobuf's parser does.

A histogram or exponential histogram point whose fields are all plain (numbers, decimal strings,
plain attributes) is accepted without ``json_format.ParseDict`` (about 60-120 us a point); any
other goes to the parser and ``point_problem``.  The property: for any point, the receiver's
verdict equals the parser's, so the plain checks never accept what the parser would refuse.
The points are drawn from the OTLP JSON mapping's field names (camelCase and snake_case) with
values of every JSON kind, valid or not.
"""

from __future__ import annotations

from typing import Any
from unittest.mock import patch

import orjson
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.ingest.limits import Limits
from pipeline.ingest.otlp import codec_json
from pipeline.ingest.otlp.codec_json import _parsed_point_problem, _point_problem

COUNTS = st.one_of(
    st.integers(0, 2**64 - 1), st.integers(-5, -1), st.integers(2**64, 2**64 + 5),
    st.integers(0, 10**6).map(str), st.sampled_from(["", "1e3", " 7", "-1", "18446744073709551616", "0x10", "3.0"]),
    st.floats(0, 100), st.none(), st.booleans(),
)
DOUBLES = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True), st.integers(-(2**60), 2**60),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1.5", "x"]), st.none(), st.booleans(),
)
TIMES = st.one_of(st.integers(0, 2**63 - 1), st.integers(2**63, 2**64), st.integers(0, 2**63 - 1).map(str), st.just(-1))
ATTRIBUTES = st.one_of(
    st.lists(st.fixed_dictionaries({"key": st.text(max_size=5), "value": st.one_of(
        st.fixed_dictionaries({"stringValue": st.text(max_size=5)}),
        st.fixed_dictionaries({"intValue": st.one_of(st.integers(-(2**64), 2**64), st.integers().map(str))}),
        st.fixed_dictionaries({"doubleValue": DOUBLES}),
        st.fixed_dictionaries({"boolValue": st.one_of(st.booleans(), st.integers(0, 1))}),
        st.fixed_dictionaries({"arrayValue": st.fixed_dictionaries({"values": st.just([])})}),
    )}), max_size=3),
    st.just("not a list"),
)
BOUNDS = st.one_of(
    st.lists(st.floats(-1e6, 1e6), max_size=6).map(sorted),  # increasing, or equal neighbours
    st.lists(DOUBLES, max_size=4),
)
BUCKETS = st.one_of(
    st.fixed_dictionaries({}, optional={"offset": st.one_of(st.integers(-(2**32), 2**32), st.text(max_size=2)),
                                        "bucketCounts": st.lists(COUNTS, max_size=5),
                                        "bucket_counts": st.lists(COUNTS, max_size=2),
                                        "count": COUNTS}),
    st.just([1, 2]), st.none(),
)
COMMON = {
    "attributes": ATTRIBUTES, "startTimeUnixNano": TIMES, "timeUnixNano": TIMES, "time_unix_nano": TIMES,
    "flags": st.one_of(st.integers(0, 2**32), st.just(-1)), "count": COUNTS, "sum": DOUBLES, "min": DOUBLES,
    "max": DOUBLES, "exemplars": st.one_of(st.just([]), st.just([{"asDouble": 1.0}]), st.just({})),
    "unknownField": st.integers(), "stringValue": st.text(max_size=2),
}
HISTOGRAM = st.fixed_dictionaries({}, optional={
    **COMMON, "bucketCounts": st.lists(COUNTS, max_size=7), "bucket_counts": st.lists(COUNTS, max_size=3),
    "explicitBounds": BOUNDS, "explicit_bounds": BOUNDS,
})
EXPONENTIAL = st.fixed_dictionaries({}, optional={
    **COMMON, "scale": st.one_of(st.integers(-(2**32), 2**32), st.just("3")), "zeroCount": COUNTS,
    "zero_count": COUNTS, "zeroThreshold": DOUBLES, "positive": BUCKETS, "negative": BUCKETS,
})
# points as the OpenTelemetry JS SDK's JSON exporter writes them (tests/integration/test_node_otel.py):
# 64-bit counts and times as decimal strings, doubles as numbers (whole ones without a point)
REAL_HISTOGRAM = st.lists(st.integers(0, 100), min_size=1, max_size=16).flatmap(lambda counts: st.builds(
    lambda total, low: {
        "attributes": [{"key": "http.route", "value": {"stringValue": "/r"}}],
        "startTimeUnixNano": "1700000000000000000", "timeUnixNano": "1700000060000000000",
        "count": str(sum(counts)), "sum": total, "min": low, "max": 9,
        "bucketCounts": [str(c) for c in counts], "explicitBounds": [0.005 * 2**i for i in range(len(counts) - 1)],
        "exemplars": [], "flags": 0,
    },
    st.floats(0, 1e6), st.one_of(st.floats(0, 1), st.just(0)),
))

LIMITS = Limits()


def _received(point: dict[str, Any]) -> dict[str, Any]:
    """The point as the receiver has it: JSON text read by orjson (a number past 64 bits is a float)."""
    try:
        return orjson.loads(orjson.dumps(point))
    except TypeError:  # an integer orjson cannot write: no request body holds it as an integer
        assume(False)
        raise


def _verdicts(kind: str, point: dict[str, Any]) -> tuple[Any, Any]:
    point = _received(point)
    return _point_problem(kind, point, LIMITS), _parsed_point_problem(kind, point, LIMITS)


@settings(max_examples=600, derandomize=True, deadline=None)
@given(HISTOGRAM)
def test_histogram_points_get_the_parsers_verdict(point: dict[str, Any]) -> None:
    fast, parsed = _verdicts("histogram", point)
    assert fast == parsed


@settings(max_examples=600, derandomize=True, deadline=None)
@given(EXPONENTIAL)
def test_exponential_histogram_points_get_the_parsers_verdict(point: dict[str, Any]) -> None:
    fast, parsed = _verdicts("exponentialHistogram", point)
    assert fast == parsed


@settings(max_examples=100, derandomize=True, deadline=None)
@given(REAL_HISTOGRAM)
def test_an_exporters_histogram_point_is_accepted_without_the_parser(point: dict[str, Any]) -> None:
    assert _parsed_point_problem("histogram", point, LIMITS) is None
    with patch.object(codec_json, "_parse", side_effect=AssertionError("the parser was asked")):
        assert _point_problem("histogram", point, LIMITS) is None


def test_an_exporters_exponential_histogram_point_is_accepted_without_the_parser() -> None:
    point = {"attributes": [], "startTimeUnixNano": "1700000000000000000", "timeUnixNano": "1700000060000000000",
             "count": "30", "sum": 3.5, "scale": 3, "zeroCount": "1", "zeroThreshold": 0,
             "positive": {"offset": -5, "bucketCounts": ["1", "2", "3", "24"]}, "negative": {}, "min": 0.01, "max": 2}
    assert _parsed_point_problem("exponentialHistogram", point, LIMITS) is None
    with patch.object(codec_json, "_parse", side_effect=AssertionError("the parser was asked")):
        assert _point_problem("exponentialHistogram", point, LIMITS) is None


def test_refusals_the_plain_checks_must_leave_to_the_parser() -> None:
    base = {"timeUnixNano": "1700000000000000000", "count": "3", "sum": 1.5,
            "bucketCounts": ["1", "1", "1"], "explicitBounds": [0.1, 1.0]}
    assert _point_problem("histogram", base, LIMITS) is None
    bad = {
        "bounds that do not increase": {**base, "explicitBounds": [1.0, 0.1]},
        "counts that do not match the bounds": {**base, "bucketCounts": ["1", "1"]},
        "a NaN sum": {**base, "sum": "NaN"},
        "a count past 2^64": {**base, "count": str(2**64)},
        "a time past 2^63": {**base, "timeUnixNano": str(2**63)},
    }
    for what, point in bad.items():
        assert _point_problem("histogram", point, LIMITS) is not None, what
        assert _point_problem("histogram", point, LIMITS) == _parsed_point_problem("histogram", point, LIMITS), what
    # a point whose JSON is under the size limit but whose protobuf form (8 bytes a fixed64 count, 8 a
    # double bound) is over it: the parser's size rule answers
    small = Limits(max_record_bytes=1200)
    many = {"timeUnixNano": "1", "bucketCounts": [0] * 100, "explicitBounds": list(range(1, 100))}
    assert len(orjson.dumps(many)) < 600
    assert _parsed_point_problem("histogram", many, small) is not None
    assert _point_problem("histogram", many, small) == _parsed_point_problem("histogram", many, small)
