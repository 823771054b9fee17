"""OTLP requests → one payload per service, validated.  Pure: no socket, no Kafka.

The ingestor does not decode OTLP record by record into canonical records
(the processors do).  It checks what it receives, applies the limits and
splits the request by ``service.name``:

- **protobuf** (``application/x-protobuf`` and gRPC): the request is parsed
  once with the upb-backed ``protobuf`` runtime (the parse is the
  validation: wire format, UTF-8 of strings), resources are grouped by
  ``service.name``, and each group's payload is the byte ranges of its
  ``Resource*`` fields cut out of the request as received.  Only a resource
  that had to change (a record refused, attributes over the limit, a
  service name filled in) is serialized again.  A request of one unchanged
  resource, the common case, is forwarded as it came.
- **JSON** (``application/json``, the OTLP JSON mapping): parsed with
  orjson, resources grouped the same way and dumped again, one document a
  service.

Per-record checks, kept to what costs little in C-backed objects: trace and
span ids of the right length, spans with both ids, metrics with a name and
data; attributes over ``max_attributes`` are dropped and counted in the
item's ``dropped_attributes_count`` as the OTel SDK does.  String values
over ``max_attribute_value_length`` are truncated (off by default, as in the
SDK); an item's attributes are only looked at when its serialized size says a
value could be that long, so the limit costs one ``ByteSize()`` per record.
"""

from __future__ import annotations

from pipeline.ingest.limits import Limits
from pipeline.ingest.otlp.codec_common import SIGNALS, Split, export_response, join_batches
from pipeline.ingest.otlp.codec_json import split_json
from pipeline.ingest.otlp.codec_proto import split_proto, top_level_ranges
from schemas.raw import Signal

__all__ = [
    "SIGNALS",
    "Limits",
    "Signal",
    "Split",
    "export_response",
    "join_batches",
    "split_json",
    "split_proto",
    "top_level_ranges",
]
