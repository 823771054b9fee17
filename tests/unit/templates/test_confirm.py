"""A new template is reported once its text has settled, with that text; merges never page.

The clock is injected: each record carries its time and ``flush`` / ``evaluate``
take the time to judge at.
"""

from __future__ import annotations

import pickle
from typing import Any

from detectors.templates import TemplateMiner
from detectors.templates.detectors import Finding, NewErrorType, Regression
from pipeline.config import load_config
from pipeline.process.findings import Findings, Settings
from pipeline.process.stats import RollingStats

WARM = "GET /cart 200 in 12ms"


class Feed:
    """A miner and both detectors, fed the way the processor feeds them."""

    def __init__(self, confirm: float = 30.0, **miner: Any) -> None:
        self.miner = TemplateMiner(**miner)
        self.new = NewErrorType(warmup=60.0, confirm=confirm)
        self.regressions = Regression(quiet=3600.0)
        self.found: list[Finding] = []
        self.n = 0

    def send(self, message: str, t: float) -> None:
        self.n += 1
        match = self.miner.add(message, t=t, record_id=f"r{self.n}", trace_id=f"t{self.n}")
        x = {
            "service": "api",
            "template_id": match.template_id,
            "template": self.miner.template(match.template_id).text,
            "record_id": f"r{self.n}",
            "trace_id": f"t{self.n}",
            "merged": match.merged,
        }
        for det in (self.new, self.regressions):
            finding = det.update(x, t)
            if finding is not None:
                self.found.append(finding)

    def flush(self, t: float) -> list[Finding]:
        out = self.new.flush(t)
        self.found += out
        return out


def test_two_variants_seconds_apart_give_one_finding_with_the_generalised_template() -> None:
    feed = Feed()
    feed.send(WARM, 0.0)
    feed.send("job build-7a failed on runner-3", 100.0)
    feed.send("job build-9c failed on runner-12", 105.0)
    assert feed.flush(120.0) == []  # 15 s after the text last changed
    [finding] = feed.flush(135.0)
    assert finding.kind == "new_error_type"
    assert finding.template == "job <*> failed on runner-<NUM>"
    assert finding.sample_record_ids == ("r2", "r3") and finding.sample_trace_ids == ("t2", "t3")
    assert (finding.first_seen, finding.last_seen) == (100.0, 105.0)
    feed.send("job build-3f failed on runner-1", 200.0)
    assert feed.flush(300.0) == [] and feed.found == [finding]  # once


def test_without_the_delay_the_first_text_is_reported() -> None:
    # what the delay is for: on its first record the template still names one job
    feed = Feed(confirm=0.0)
    feed.send(WARM, 0.0)
    feed.send("job build-7a failed on runner-3", 100.0)
    feed.send("job build-9c failed on runner-12", 105.0)
    assert [f.template for f in feed.found] == ["job build-7a failed on runner-<NUM>"]


def test_a_record_after_the_delay_reports_its_template_without_a_flush() -> None:
    feed = Feed()
    feed.send(WARM, 0.0)
    feed.send("disk /var/lib/db is 97% full", 100.0)
    feed.send("disk /var/lib/db is 98% full", 131.0)
    assert [f.template for f in feed.found] == ["disk <PATH> is <NUM> full"]


USERS = ["alice", "bob", "carol", "dave", "erin", "frank"]


def test_siblings_that_merge_while_held_give_one_finding_with_the_merged_template() -> None:
    feed = Feed()  # family_size=5: the fifth user name makes the word a variable
    feed.send(WARM, 0.0)
    for i, user in enumerate(USERS):
        feed.send(f"user {user} logged in from a locked account", 100.0 + 2 * i)
    [finding] = feed.flush(140.0)
    assert finding.template == "user <*> logged in from a locked account"
    assert finding.first_seen == 100.0 and finding.sample_record_ids == ("r2", "r3", "r4", "r5", "r6")
    assert feed.flush(1000.0) == []
    # without the delay the same stream pages four times (alice to dave) before the family merges
    eager = Feed(confirm=0.0)
    eager.send(WARM, 0.0)
    for i, user in enumerate(USERS):
        eager.send(f"user {user} logged in from a locked account", 100.0 + 2 * i)
    assert len(eager.found) == 4


def test_a_variant_that_merges_into_a_known_template_never_fires() -> None:
    feed = Feed(family_size=3)
    feed.send(WARM, 0.0)
    feed.send("user alice logged in from a locked account", 10.0)  # known: seen during warm-up
    for i, user in enumerate(["bob", "carol"]):
        feed.send(f"user {user} logged in from a locked account", 100.0 + i)
    assert feed.flush(200.0) == [] and feed.found == []
    assert [t.text for t in feed.miner.templates()][-1] == "user <*> logged in from a locked account"


def test_regression_does_not_fire_for_a_template_that_just_merged() -> None:
    feed = Feed(family_size=3)
    for i, user in enumerate(["alice", "bob"]):
        feed.send(f"user {user} logged in from a locked account", float(i))
    # two days later a third name merges the family into the (quiet) first template
    feed.send("user carol logged in from a locked account", 172_800.0)
    assert [f.kind for f in feed.found] == []
    # the merged template coming back after its own quiet period is a regression
    feed.send("user dave logged in from a locked account", 172_800.0 + 7200)
    assert [(f.kind, f.template) for f in feed.found] == [
        ("regression", "user <*> logged in from a locked account")
    ]


def test_held_templates_survive_pickling_and_old_state_loads() -> None:
    feed = Feed()
    feed.send(WARM, 0.0)
    feed.send("job build-7a failed on runner-3", 100.0)
    restored = pickle.loads(pickle.dumps(feed.new))
    [finding] = restored.flush(131.0)
    assert finding.template == "job build-7a failed on runner-<NUM>"
    # a detector pickled before the delay existed reports at once, as it used to
    old = NewErrorType.__new__(NewErrorType)
    state = dict(NewErrorType(warmup=60.0).__dict__)
    del state["confirm"], state["_pending"]
    old.__setstate__(state)
    assert old.confirm == 0.0 and old.flush(0.0) == [] and repr(old).startswith("NewErrorType(warmup=60.0")


def test_the_processors_detection_step_reports_the_settled_template_at_evaluation() -> None:
    cfg = load_config(environ={"SIGHTLINE_TEMPLATES__WARMUP_SECONDS": "60", "SIGHTLINE_TEMPLATES__CONFIRM_SECONDS": "30"})
    det = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), RollingStats(cfg.process.stats))
    t0 = 1_795_428_000

    def log(seconds: float, message: str, severity: int = 17) -> dict[str, Any]:
        return {"service.name": "ci", "severity_number": severity, "message": message, "attributes": {},
                "time_unix_nano": int((t0 + seconds) * 1e9), "id": f"id{seconds}", "trace_id": f"{int(seconds):032x}"}

    det.on_records("logs", [log(0, "build queue drained", severity=9)])
    det.on_records("logs", [log(100, "job build-7a failed on runner-3")])
    det.on_records("logs", [log(104, "job build-9c failed on runner-12")])
    assert det.evaluate(t0 + 110) == []
    events = det.evaluate(t0 + 140)
    assert [(e["alertname"], e["status"]) for e in events] == [("NewErrorType", "firing")]
    assert events[0]["evidence"]["template"] == "job <*> failed on runner-<NUM>"
    assert events[0]["evidence"]["record_ids"] == ["id100", "id104"]
    assert [e for e in det.evaluate(t0 + 200) if e["kind"] == "new_error_type"] == []
