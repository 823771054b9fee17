"""A stand-in for the ingestor's Kafka producer whose broker acknowledges what a script says.

A real broker cannot be made to acknowledge some messages of one send and not others on demand;
the tests that need that (the syslog buffer's retry, the bulk API's partial answers) replace the
producer alone and keep the receiver, the buffer and the id function real.
"""

from __future__ import annotations

from typing import Any

import orjson

from pipeline.ingest.producer import NotAcknowledged
from schemas.records import encode_lines

__all__ = ["Scripted", "Sent", "ids_of"]

Sent = tuple[str, bytes, str | None, int]  # service, payload, origin, message number


class Scripted:
    """A connected producer whose broker acknowledges what each send's script says (then everything)."""

    refused = None
    connected = True
    bootstrap_servers = "stub:9092"

    def __init__(self, *acks: list[bool]) -> None:
        self.acks = list(acks)
        self.sends: list[list[Sent]] = []

    async def send(self, topic: str, messages: list[tuple[str, bytes]], envelope: Any, origin: str | None = None,
                   numbers: list[int] | None = None) -> None:
        numbers = list(range(len(messages))) if numbers is None else numbers
        self.sends.append([(service, payload, origin, n) for (service, payload), n in zip(messages, numbers, strict=True)])
        if self.acks:
            acked = self.acks.pop(0)[: len(messages)]
            if not all(acked):
                raise NotAcknowledged("kafka did not acknowledge: stub", acked)


def ids_of(sent: Sent) -> list[str]:
    """The ids a processor gives the records of one Kafka message (its ``sightline-request`` origin)."""
    _service, payload, origin, number = sent
    records = orjson.loads(payload)
    encode_lines(records, f"{origin}.{number}")
    return [r["id"] for r in records]
