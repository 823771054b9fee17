"""New-error-type and regression detectors: each event fires once."""

from __future__ import annotations

import copy
import pickle

from detectors.templates import TemplateMiner
from detectors.templates.config import TemplatesConfig
from detectors.templates.detectors import NewErrorType, Regression


def event(miner: TemplateMiner, message: str, i: int) -> dict[str, str]:
    match = miner.add(message)
    return {
        "service": "checkout",
        "template_id": match.template_id,
        "template": miner.template(match.template_id).text,
        "record_id": f"rec-{i}",
        "trace_id": f"trace-{i}",
    }


def test_new_template_after_warmup_fires_once() -> None:
    # confirm=0: reported on its first record (test_confirm.py covers the delay)
    miner, det = TemplateMiner(), NewErrorType(warmup=300.0, confirm=0.0)
    findings = []
    stream = [(0.0, "GET /cart 200 in 12ms")] + [
        (10.0 * i, f"GET /cart/{i} 200 in {i}ms") for i in range(1, 40)
    ]
    stream += [(200.0, "payment provider timeout after 30s")]  # new, but during warm-up
    stream += [
        (600.0 + i, f"card declined for order {1000 + i}: insufficient funds") for i in range(5)
    ]
    for i, (t, message) in enumerate(stream):
        x = event(miner, message, i)
        before = copy.deepcopy(x)
        finding = det.update(x, t=t)
        assert x == before  # does not mutate its input
        if finding is not None:
            findings.append(finding)
    assert len(findings) == 1
    f = findings[0]
    assert f.kind == "new_error_type" and f.service == "checkout"
    assert f.template == "card declined for order <NUM>: insufficient funds"
    assert f.sample_record_ids == ("rec-41",) and f.sample_trace_ids == ("trace-41",)
    assert f.first_seen == f.last_seen == 600.0


def test_regression_after_quiet_period_fires_once() -> None:
    miner, det = TemplateMiner(), Regression(quiet=3600.0)
    times = [0.0, 60.0, 120.0, 7200.0, 7210.0, 7300.0]
    findings = [
        det.update(event(miner, f"disk /dev/sd{c} is 97% full", i), t=t)
        for i, (t, c) in enumerate(zip(times, "abcdef", strict=True))
    ]
    fired = [f for f in findings if f is not None]
    assert len(fired) == 1 and findings[3] is fired[0]
    assert fired[0].kind == "regression" and fired[0].quiet_for == 7080.0
    assert fired[0].sample_record_ids[0] == "rec-3" and fired[0].first_seen == 0.0


def test_detectors_pickle_clone_and_are_deterministic() -> None:
    for det in (NewErrorType(warmup=5.0), Regression(quiet=5.0)):
        xs = [{"service": "s", "template_id": f"T{i % 3}", "template": "x"} for i in range(20)]
        scores = []
        for i, x in enumerate(xs):
            scores.append(det.score_one(x, t=float(i * 2)))
            det.learn_one(x, t=float(i * 2))
        restored = pickle.loads(pickle.dumps(det))
        assert repr(restored) == repr(det)
        probe = {"service": "s", "template_id": "T9", "template": "y"}
        assert restored.score_one(probe, t=100.0) == det.score_one(probe, t=100.0)
        fresh = det.clone()
        replay = []
        for i, x in enumerate(xs):
            replay.append(fresh.score_one(x, t=float(i * 2)))
            fresh.learn_one(x, t=float(i * 2))
        assert replay == scores
        assert all(0.0 <= s <= 1.0 for s in scores)


def test_config_builds_components() -> None:
    cfg = TemplatesConfig(warmup_seconds=60.0, quiet_seconds=600.0, family_size=3)
    assert cfg.new_error_type().warmup == 60.0
    assert cfg.new_error_type().confirm == 30.0
    assert TemplatesConfig(confirm_seconds=5).new_error_type().confirm == 5.0
    assert cfg.regression().quiet == 600.0
    assert cfg.miner().family_size == 3
