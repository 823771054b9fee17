"""Why a request is refused, with the answer each transport gives.

One class per answer, so a transport maps the error to its status without
string matching: HTTP status, gRPC status code, whether the sender should
retry (``Retry-After`` / ``google.rpc.RetryInfo``) and the ``outcome`` label
the request is counted under.
"""

from __future__ import annotations

__all__ = [
    "IngestError",
    "InvalidRequest",
    "PayloadTooLarge",
    "Throttled",
    "TooManyRecords",
    "Unauthenticated",
    "Unavailable",
    "UnsupportedMediaType",
]


class IngestError(Exception):
    """A request that cannot be accepted (as a whole).

    Attributes
    ----------
    status
        The HTTP status to answer.
    grpc_code
        The name of the ``grpc.StatusCode`` to answer.
    outcome
        The ``outcome`` label of ``sightline_ingest_requests_total``.
    retry_after
        Seconds the sender should wait before retrying; ``None`` means the
        same request will fail again (do not retry).
    """

    status = 400
    grpc_code = "INVALID_ARGUMENT"
    outcome = "invalid"

    def __init__(self, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


class InvalidRequest(IngestError):
    """The body cannot be decoded or has the wrong shape (400, INVALID_ARGUMENT)."""


class PayloadTooLarge(IngestError):
    """The body is over a size limit, as sent or once decompressed (413)."""

    status = 413
    outcome = "too_large"


class TooManyRecords(PayloadTooLarge):
    """More records in one request than ``ingest.max_records_per_request`` (413, INVALID_ARGUMENT)."""


class UnsupportedMediaType(IngestError):
    """A Content-Type or Content-Encoding we do not decode (415)."""

    status = 415
    outcome = "unsupported"


class Unauthenticated(IngestError):
    """No valid API key or bearer token (401, UNAUTHENTICATED)."""

    status = 401
    grpc_code = "UNAUTHENTICATED"
    outcome = "unauthenticated"


class Throttled(IngestError):
    """At the in-flight limit: retry later (429, RESOURCE_EXHAUSTED with RetryInfo)."""

    status = 429
    grpc_code = "RESOURCE_EXHAUSTED"
    outcome = "throttled"


class Unavailable(IngestError):
    """Kafka is unreachable or did not acknowledge: retry later (503, UNAVAILABLE with RetryInfo).

    ``acked`` lists, batch by batch, which of the request's batches Kafka did
    acknowledge before the others failed (empty: none was sent), so a
    receiver that answers item by item (bulk) accepts those items and asks
    again only for the rest.  A whole-request answer stays retryable: the
    same request sent again gives its records the same ids
    (``sightline-request``), so what was produced twice is stored once.
    """

    status = 503
    grpc_code = "UNAVAILABLE"
    outcome = "unavailable"

    def __init__(self, message: str, retry_after: int | None = None, acked: list[bool] | None = None) -> None:
        super().__init__(message, retry_after)
        self.acked = acked or []
        self.produced: set[int] = set()  # items of the acknowledged batches (Receiver.produce_items)
