"""The processors' config sections: ``process`` and its ``process.stats``.

Beside the code they configure; :mod:`pipeline.config` assembles them into the
root config (and re-exports them).
"""

from __future__ import annotations

from pydantic import Field, field_validator

from schemas.configbase import Section

__all__ = ["ProcessConfig", "StatsConfig"]


class StatsConfig(Section):
    """Rolling statistics the processors keep (state in faust tables with changelog topics)."""

    enabled: bool = Field(True, description="keep rolling statistics and serve them on /metrics")
    windows: list[str] = Field(
        default_factory=lambda: ["1m", "5m", "1h"], min_length=1, description="sliding windows: a number and s, m, h or d"
    )
    slots: int = Field(6, ge=2, le=120, description="sub-buckets per window: a window slides by window/slots")
    relative_accuracy: float = Field(0.01, gt=0, lt=0.5, description="latency quantiles are within this fraction of the true value")
    quantiles: list[float] = Field(default_factory=lambda: [0.5, 0.95, 0.99], min_length=1, description="latency quantiles served on /metrics")
    histogram_bucket_pieces: int = Field(
        4, ge=1, le=64, description="sketch values a histogram bucket's count is spread over, through the bucket's range "
        "clamped to the point's min and max (points that carry both); 1: one value, the clamped range's (geometric) middle"
    )
    log_error_wait_s: float = Field(
        15.0, ge=0, le=3600, description="how long an error log written inside a span waits for that span before it is "
        "counted by error type on its own: a failed span that arrives in time counts the failure once, under its own exception "
        "or error type, else the log's, else HTTP 5xx / span_status_error; 0: counted at once under the type of whichever "
        "arrives first"
    )
    max_services: int = Field(500, ge=1, description="services tracked per processor; more go to service=other")
    max_operations_per_service: int = Field(200, ge=1, description="operations per service; more go to operation=other")
    max_series_per_service: int = Field(1000, ge=1, description="OTLP metric series per service; more go to series=other")
    max_error_types_per_service: int = Field(100, ge=1, description="error types per service; more go to error_type=other")

    @field_validator("windows")
    @classmethod
    def _windows_parse(cls, windows: list[str]) -> list[str]:
        for name in windows:
            if len(name) < 2 or name[-1] not in "smhd" or not name[:-1].replace(".", "", 1).isdigit() or float(name[:-1]) <= 0:
                raise ValueError(f"window {name!r} is not a positive number followed by s, m, h or d")
        return windows

    @field_validator("quantiles")
    @classmethod
    def _quantiles_in_range(cls, quantiles: list[float]) -> list[float]:
        for q in quantiles:
            if not 0 <= q <= 1:
                raise ValueError(f"quantile {q} is not between 0 and 1")
        return quantiles


class ProcessConfig(Section):
    """The stream processors (faust workers in one consumer group)."""

    group_id: str = Field("sightline-process", description="the processors' consumer group (and faust app id)")
    commit_interval_s: float = Field(1.0, gt=0, description="how often consumed offsets are committed")
    data_dir: str | None = Field(
        None, description="faust's working directory; default: a temporary directory removed at stop"
    )
    max_unacked_messages: int = Field(
        1,
        ge=1,
        description=(
            "raw messages a processor may have handed on whose clean output the broker has not acknowledged"
            " yet (nor, with process.state_interval_s 0, its statistics' changelog entries); a message's offset is"
            " committed only once it has (and the statistics write holding its changes is delivered), and a"
            " clean send that fails stops the processor so it replays from its last commit. 1, with"
            " process.max_group_messages 1: each message waits for its acknowledgement before the next is read,"
            " so small messages go at about one broker round trip each; 32 drained 10-record messages 1.3 to 1.9"
            " times faster. Raised to process.max_group_messages when that is higher"
        ),
    )
    max_group_messages: int = Field(
        32,
        ge=1,
        description=(
            "raw messages of one signal (from any of its partitions) a processor takes together when they arrive together"
            " (each within process.group_linger_s of the one before, up to process.group_max_wait_s): decoded and given ids one by one, then redacted,"
            " counted, mined and packed as one batch (one clean message per key), so many small messages cost"
            " about what one large one does; each is acknowledged once the broker has acknowledged the group's"
            " clean output and changelog entries, and process.max_unacked_messages is raised to at least this"
            " many. 1: one message at a time, each awaited. bench process --batch 10: 13,300 records per"
            " CPU-second one at a time, 34,000 with 32"
        ),
    )
    max_group_bytes: int = Field(
        64 * 1024,
        ge=1,
        description=(
            "a group (process.max_group_messages) closes once its raw messages hold this many bytes, so only"
            " small messages are grouped: a message of a few hundred records is a batch already (bench process"
            " --batch 500: 61,400 records per CPU-second at this size, 58,900 at 1 MiB, 63,100-66,700 one"
            " message at a time)"
        ),
    )
    group_linger_s: float = Field(
        0.005,
        ge=0,
        description=(
            "how long a group (process.max_group_messages) stays open for a next message after its latest one;"
            " while a backlog drains messages keep coming (faust hands them over one event-loop turn apart) and"
            " the group fills, when traffic is light it closes this long after its last message"
        ),
    )
    group_max_wait_s: float = Field(
        0.05,
        ge=0,
        description=(
            "longest a group stays open after its first message, however closely messages follow (the most"
            " grouping adds to a record's latency). bench drain, 10-record messages: closing 5 ms after the"
            " first message made groups of 2.7 messages on average (half of them one message), 50 ms of 21"
        ),
    )
    state_interval_s: float = Field(
        1.0,
        ge=0,
        description=(
            "how often a processor writes the statistics state its messages changed to the changelog (each"
            " changed series once): a message is acknowledged, so its offset may be committed, only once the"
            " write holding its changes is delivered, so a processor that takes its partitions over adopts"
            " that state and replays the messages after it (about this long plus process.commit_interval_s"
            " of messages after a crash). 0: a write after every message or group, which with 10-record"
            " messages is one changelog entry for every 4 records (bench process --batch 10 --group 32)."
            " Used when acks are manual (process.max_unacked_messages or process.max_group_messages above 1)"
        ),
    )
    state_max_waiting_bytes: int = Field(
        64 * 1024 * 1024,
        ge=1,
        description=(
            "raw bytes of messages held for the next statistics write (process.state_interval_s) at which it"
            " is written early, so memory stays bounded under a burst; the next message waits meanwhile"
        ),
    )
    gc_threshold: int = Field(
        10_000,
        ge=0,
        description=(
            "allocations between collections of Python's youngest garbage generation in a processor"
            " (Python's default is 700; at 700 the collector took about 1 us of every record); the objects"
            " present at start are frozen out of collection; 0 keeps Python's settings"
        ),
    )
    stats: StatsConfig = Field(default_factory=StatsConfig)
