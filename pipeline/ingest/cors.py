"""Cross-origin requests from browsers (Sentry's browser SDK, OpenTelemetry's web exporters).

Off by default: with ``ingest.cors.allowed_origins`` empty no CORS header is
ever sent, and a browser refuses to post from another origin.  With origins
listed (``["https://shop.example.com"]``, or ``["*"]`` for any), every HTTP
listener of the ingestor answers the preflight (``OPTIONS`` with
``Access-Control-Request-Method``) itself, before authentication (browsers
send no credentials on a preflight), and adds ``Access-Control-Allow-Origin``
to the answers of allowed origins.  A preflight from an origin not listed is
answered 403 without CORS headers.
"""

from __future__ import annotations

from pydantic import Field

from pipeline.configbase import Section

__all__ = ["CorsConfig", "cors_headers"]

_ALLOWED_HEADERS = (
    "content-type, content-encoding, authorization, x-api-key, x-sentry-auth, sentry-trace, baggage, traceparent, tracestate"
)
_EXPOSED_HEADERS = "retry-after, x-sentry-rate-limits"


class CorsConfig(Section):
    """Which browser origins may post to the ingestor."""

    allowed_origins: list[str] = Field(
        default_factory=list,
        description='origins allowed to post from a browser, e.g. ["https://shop.example.com"]; ["*"] any; empty: CORS off',
    )
    max_age_s: int = Field(86400, ge=0, description="how long a browser may cache a preflight answer")

    def allows(self, origin: str) -> bool:
        """Whether ``origin`` may post.

        >>> CorsConfig(allowed_origins=["https://a.example"]).allows("https://a.example")
        True
        >>> CorsConfig().allows("https://a.example"), CorsConfig(allowed_origins=["*"]).allows("https://b.example")
        (False, True)
        """
        return bool(origin) and ("*" in self.allowed_origins or origin in self.allowed_origins)


def cors_headers(cfg: CorsConfig, origin: str, preflight: bool) -> dict[str, str]:
    """The headers an allowed origin's answer carries (the caller checked :meth:`CorsConfig.allows`)."""
    headers = {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
    if preflight:
        headers.update({
            "Access-Control-Allow-Methods": "POST, PUT, GET, HEAD, OPTIONS",
            "Access-Control-Allow-Headers": _ALLOWED_HEADERS,
            "Access-Control-Max-Age": str(cfg.max_age_s),
        })
    else:
        headers["Access-Control-Expose-Headers"] = _EXPOSED_HEADERS
    return headers
