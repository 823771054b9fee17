"""``sightline bench syslog`` for 2 seconds a case against the suite's broker: every message sent is counted back.

The bench starts its own ingestor child (``sightline ingest``) on the
broker the suite runs, sends over TCP (both formats) and paced UDP, and
reads each case's records back from the raw logs topic.  Over TCP every
message must arrive exactly once; over UDP each must arrive once or be
among the drops the kernel or the receiver counted.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from pipeline.bench import syslog as bench
from pipeline.bench.common import Progress
from pipeline.embedded import EmbeddedBroker

pytestmark = pytest.mark.integration


async def test_every_message_sent_arrives_once_on_the_raw_topic(broker: EmbeddedBroker, tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    args = parser.parse_args(["--duration", "2", "--warmup", "0", "--connections", "2", "--messages", "2000",
                              "--udp-rate", "3000", "--drain-timeout", "30"])
    lines: list[str] = []
    result = await bench.measure(args, broker, str(tmp_path), Progress("bench syslog", enabled=False), lines.append)

    assert [c["case"] for c in result["cases"]] == ["tcp-5424", "tcp-3164", "udp-5424"]
    for case in result["cases"]:
        assert case["sender_errors"] == [], case
        assert case["sent"] > 1000, case  # the load ran
        assert case["duplicated"] == 0 and case["unknown"] == 0 and case["malformed"] == 0, (case["unknown_texts"], case)
        assert case["records_per_s"] > 0 and case["cpu_us_per_record"] > 0, case
        if case["transport"] == "tcp":
            assert case["missing"] == 0, case
            assert case["arrived"] == case["sent"] == case["acknowledged"], case
        else:
            assert case["arrived"] == case["acknowledged"], case
            assert case["missing"] == case["dropped_receiver"] + case["dropped_kernel"], case  # every loss counted
        assert not bench.failed(case)
    print("\n".join(lines))
    assert any(line.startswith("udp-5424 ") and "records/s into Kafka" in line for line in lines), lines
