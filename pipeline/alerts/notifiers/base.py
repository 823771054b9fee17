"""The notifier contract: one method, one of three answers.

A notifier sends a group of alert events to one target and answers with an
:class:`Outcome`: delivered, retry (after how long, if the target said), or
refused (permanent: the target will never take these events).  It never
sleeps or loops itself: the forwarder owns retries (the one
:class:`~pipeline.retry.Backoff`, partitions paused meanwhile) and dead-letters
what is refused, so every target behaves alike.

HTTP targets share :class:`HttpClient`, which maps an answer to an outcome
the way Alertmanager's own notifiers do: 2xx delivered; 429, 5xx or no answer
at all retry (honouring ``Retry-After``); any other 4xx refused.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pipeline.configbase import Section
from schemas.records import Alert

if TYPE_CHECKING:
    import aiohttp

__all__ = [
    "HttpClient",
    "Notifier",
    "NotifierSection",
    "Outcome",
    "annotations_of",
    "parse_retry_after",
]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a target answered: ``delivered``, ``retry`` (``retry_after`` seconds if it said) or ``refused``.

    >>> Outcome.retry("HTTP 503", after=2.0).retriable, Outcome.refused("HTTP 400").retriable
    (True, False)
    """

    status: Literal["delivered", "retry", "refused"]
    reason: str = ""
    retry_after: float | None = None

    @classmethod
    def delivered(cls) -> Outcome:
        return cls("delivered")

    @classmethod
    def retry(cls, reason: str, after: float | None = None) -> Outcome:
        return cls("retry", reason, after)

    @classmethod
    def refused(cls, reason: str) -> Outcome:
        return cls("refused", reason)

    @property
    def retriable(self) -> bool:
        return self.status == "retry"


class Notifier:
    """One target.  Subclasses set :attr:`kind` and implement :meth:`notify`.

    Attributes
    ----------
    kind
        The target's type, the ``target`` label of the forwarder's metrics
        (``alertmanager``, ``webhook``).
    target
        Where this instance sends (its URL), for logs and dead letters.
    resend_s
        When set, the forwarder re-sends every still-firing alert this often
        (Alertmanager expects it; see :mod:`pipeline.alerts.notifiers.alertmanager`).
    """

    kind: ClassVar[str] = "notifier"
    resend_s: float | None = None

    def __init__(self, target: str) -> None:
        self.target = target

    async def notify(self, events: Sequence[Alert]) -> Outcome:  # pragma: no cover - overridden
        """Send ``events`` (one poll's, in topic order) and say how it went; never raises for a target's failure."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.target!r})"


class NotifierSection(Section):
    """Base of a notifier's config section; a subclass builds its notifiers with :meth:`build`.

    A section registers its notifier by being a field of
    :class:`~pipeline.alerts.config.AlertsConfig`: the forwarder builds a
    notifier from every such field.
    """

    def build(self, http: HttpClient, external_url: str) -> list[Notifier]:  # pragma: no cover - overridden
        """The notifiers this section configures (none when it is off).

        Parameters
        ----------
        http
            The forwarder's HTTP client, shared by every target.
        external_url
            ``alerts.generator_url``: where a receiver can look further.
        """
        raise NotImplementedError


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delay-seconds or an HTTP date), if valid.

    >>> parse_retry_after("120"), parse_retry_after(None), parse_retry_after("soon")
    (120.0, None, None)
    >>> parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now=1445412480.0)
    30.0
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class HttpClient:
    """One aiohttp session for every HTTP target, opened on first use, mapping answers to outcomes."""

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None

    async def post_json(
        self, url: str, body: bytes, timeout_s: float, headers: dict[str, str] | None = None
    ) -> Outcome:
        """POST a JSON body: 2xx delivered; 429, 5xx or no answer retry; any other 4xx refused."""
        import aiohttp  # here, not at import: the config loader imports notifier sections

        if self._session is None:
            self._session = aiohttp.ClientSession()
        try:
            async with self._session.post(
                url,
                data=body,
                headers={"Content-Type": "application/json", **(headers or {})},
                timeout=aiohttp.ClientTimeout(total=timeout_s),
            ) as resp:
                if 200 <= resp.status < 300:
                    return Outcome.delivered()
                reason = f"HTTP {resp.status}: {(await resp.text())[:200]}"
                if 400 <= resp.status < 500 and resp.status != 429:
                    return Outcome.refused(reason)
                return Outcome.retry(reason, parse_retry_after(resp.headers.get("Retry-After")))
        except (aiohttp.ClientError, TimeoutError) as exc:
            return Outcome.retry(f"{type(exc).__name__}: {exc}")

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


def annotations_of(event: Alert) -> dict[str, str]:
    """The annotations a receiver shows: summary, description, values, evidence; empty ones left out.

    >>> annotations_of({"summary": "errors up", "observed": 300.0, "expected": 5.0,
    ...                 "evidence": {"trace_ids": ["a", "b"]}})
    {'summary': 'errors up', 'observed': '300', 'expected': '5', 'trace_ids': 'a,b'}
    """
    out: dict[str, Any] = {"summary": event.get("summary") or "", "description": event.get("description") or ""}
    for key in ("observed", "expected", "score"):
        value = event.get(key)
        if value is not None:
            out[key] = f"{value:.6g}"
    band = event.get("expected_band")
    if band:
        out["expected_band"] = f"{band['lower']:.6g} .. {band['upper']:.6g}"
    evidence = event.get("evidence") or {}
    if evidence.get("query"):
        out["query"] = evidence["query"]
    if evidence.get("trace_ids"):
        out["trace_ids"] = ",".join(evidence["trace_ids"][:5])
    if evidence.get("template"):
        out["template"] = str(evidence["template"])
    return {k: v for k, v in out.items() if v}
