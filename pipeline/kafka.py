"""Kafka clients built from config: producer, consumer, topic creation, reachability probe."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable
from typing import Any

from aiokafka import AIOKafkaClient, AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import BrokerResponseError, KafkaError, KafkaTimeoutError

from pipeline.config import KafkaConfig
from pipeline.errors import RetryableError
from pipeline.log import get_logger

__all__ = [
    "BrokerRefused",
    "KafkaHealth",
    "all_topics",
    "client_options",
    "close_producer",
    "ensure_topics",
    "kafka_reachable",
    "make_consumer",
    "make_producer",
    "paused_wait",
    "producer_start_error",
]

log = get_logger("kafka")
_TOPIC_EXISTS = 36


def client_options(cfg: KafkaConfig) -> dict[str, Any]:
    """Connection options shared by every aiokafka client."""
    opts: dict[str, Any] = {
        "bootstrap_servers": cfg.bootstrap_servers,
        "client_id": cfg.client_id,
        "security_protocol": cfg.security_protocol,
        "request_timeout_ms": int(cfg.request_timeout_s * 1000),
    }
    if cfg.security_protocol in ("SSL", "SASL_SSL"):
        opts["ssl_context"] = ssl.create_default_context(cafile=cfg.ssl_cafile)
    if cfg.sasl_mechanism:
        opts["sasl_mechanism"] = cfg.sasl_mechanism
        opts["sasl_plain_username"] = cfg.sasl_username
        opts["sasl_plain_password"] = (
            cfg.sasl_password.get_secret_value() if cfg.sasl_password else None
        )
    return opts


def make_producer(cfg: KafkaConfig, **extra: Any) -> AIOKafkaProducer:
    """``acks=all``, compressed, idempotent unless the broker cannot do it."""
    opts = client_options(cfg)
    opts.update(
        acks="all",
        enable_idempotence=cfg.idempotent,
        compression_type=None if cfg.compression == "none" else cfg.compression,
        max_request_size=cfg.max_message_bytes,
        linger_ms=cfg.linger_ms,
    )
    opts.update(extra)
    return AIOKafkaProducer(**opts)


class BrokerRefused(RetryableError):
    """The broker answers but refuses what we ask of it; the message names the setting to change.

    Retryable (the broker may be reconfigured), but not "unreachable": an
    operator reading "Kafka unreachable" would look at the network.
    """


async def producer_start_error(cfg: KafkaConfig, exc: KafkaError) -> RetryableError:
    """Why a producer's ``start()`` failed, as an error that says what to do.

    An idempotent producer asks the broker for a producer id
    (InitProducerId) as it starts; a broker without it (the embedded Tansu)
    answers with an error code.  When the bootstrap servers answer a plain
    client, that answer is a :class:`BrokerRefused` naming
    ``kafka.idempotent``; anything else is "unreachable".
    """
    if cfg.idempotent and isinstance(exc, BrokerResponseError):
        client = AIOKafkaClient(**client_options(cfg))
        try:
            await client.bootstrap()
        except KafkaError:
            pass  # not reachable after all: say so below
        else:
            return BrokerRefused(
                f"kafka at {cfg.bootstrap_servers} is reachable but refused the idempotent producer's "
                f"InitProducerId ({type(exc).__name__}); for a broker without idempotent producers set "
                "kafka.idempotent: false (SIGHTLINE_KAFKA__IDEMPOTENT=false)"
            )
        finally:
            await client.close()
    return RetryableError(f"kafka at {cfg.bootstrap_servers} unreachable: {exc}")


def make_consumer(cfg: KafkaConfig, *topics: str, group_id: str | None, **extra: Any) -> AIOKafkaConsumer:
    """A consumer in ``group_id`` that commits only when told to (``None``: in no group, every partition)."""
    opts = client_options(cfg)
    opts.update(
        group_id=group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        rebalance_timeout_ms=int(cfg.rebalance_timeout_s * 1000),
        session_timeout_ms=int(cfg.session_timeout_s * 1000),
        heartbeat_interval_ms=int(cfg.heartbeat_interval_s * 1000),
        max_partition_fetch_bytes=max(cfg.max_message_bytes, 1_048_576),
        fetch_max_bytes=max(cfg.max_message_bytes * 4, 52_428_800),
    )
    opts.update(extra)
    return AIOKafkaConsumer(*topics, **opts)


def all_topics(cfg: KafkaConfig) -> list[str]:
    """Every topic name Sightline uses."""
    return list(cfg.topics.model_dump().values())


async def ensure_topics(cfg: KafkaConfig, topics: list[str] | None = None) -> list[str]:
    """Create missing topics with the configured partitions; returns those created.

    Raises
    ------
    RetryableError
        When the broker cannot be reached.
    """
    names = topics if topics is not None else all_topics(cfg)
    admin = AIOKafkaAdminClient(**client_options(cfg))
    try:
        await admin.start()
        existing = set(await admin.list_topics())
        missing = [t for t in names if t not in existing]
        if not missing:
            return []
        resp = await admin.create_topics(
            [NewTopic(t, cfg.partitions, cfg.replication_factor) for t in missing]
        )
        created = []
        for topic, code, message in resp.topic_errors:
            if code == 0:
                created.append(topic)
            elif code != _TOPIC_EXISTS:
                raise RetryableError(f"kafka: cannot create topic {topic}: {message} (code {code})")
        if created:
            log.info("created topics", extra={"topics": ",".join(created), "partitions": cfg.partitions})
        return created
    except KafkaError as exc:
        raise RetryableError(f"kafka at {cfg.bootstrap_servers} unreachable: {exc}") from exc
    finally:
        await admin.close()


async def kafka_reachable(producer: AIOKafkaProducer, timeout: float = 5.0) -> None:
    """Raise unless the cluster answers a metadata request within ``timeout``."""
    ok = await asyncio.wait_for(producer.client.fetch_all_metadata(), timeout)
    if ok is None or not ok.brokers():
        raise RetryableError("kafka: no broker answered the metadata request")


async def close_producer(producer: AIOKafkaProducer, timeout: float) -> bool:
    """Flush what the producer holds for at most ``timeout`` seconds, then close it; False if some was not sent.

    aiokafka's ``stop`` waits for every pending batch without a bound, so with
    the broker gone it never returns (aio-libs/aiokafka#1101) and a component
    stopping then hangs.  Past ``timeout`` the pending batches are failed (their
    senders get the error, as they would from a send that timed out) and the
    connections closed.  Nothing acknowledged is lost: what was pending had not
    been acknowledged to anyone.
    """
    stopping = asyncio.ensure_future(producer.stop())
    done, _ = await asyncio.wait({stopping}, timeout=timeout)
    if done:
        await stopping
        return True
    # failing the pending batches is the one way to end aiokafka's flush
    producer._message_accumulator.fail_all(
        KafkaTimeoutError(f"producer closed with messages unsent after {timeout:g} s"))
    try:
        await stopping
    except (asyncio.CancelledError, Exception) as exc:
        # the sender, cancelled in the middle of a retry, ends with its cancellation or an error of its
        # bookkeeping of the batches just failed, and stop leaves the connections open
        task = asyncio.current_task()
        if isinstance(exc, asyncio.CancelledError) and task is not None and task.cancelling():
            raise
        log.debug("kafka producer's sender ended with an error on close", extra={"error": repr(exc)})
        await producer.client.close()
    log.warning("kafka producer closed with messages it could not send", extra={"timeout_s": timeout})
    return False


class KafkaHealth:
    """A bare client that answers "is the cluster reachable?" for components without a producer."""

    def __init__(self, cfg: KafkaConfig) -> None:
        self.cfg = cfg
        self._client: AIOKafkaClient | None = None

    async def start(self) -> None:
        return None

    async def check(self) -> None:
        if self._client is None:
            client = AIOKafkaClient(**client_options(self.cfg))
            try:
                await client.bootstrap()
            except Exception:
                await client.close()
                raise
            self._client = client
        ok = await self._client.fetch_all_metadata()
        if ok is None or not ok.brokers():
            raise RetryableError("kafka: no broker answered the metadata request")

    async def stop(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None


async def paused_wait(
    consumer: AIOKafkaConsumer | None, delay: float, resume: Callable[[], bool] = lambda: True
) -> None:
    """Wait ``delay`` seconds without losing the group: poll with every partition paused.

    A consumer that stops polling for ``max_poll_interval`` is dropped from its
    group; one that polls with its partitions paused keeps them and fetches
    nothing, so a sink waiting for its target holds only the batch in hand.
    The poll drains only the partitions it paused: one assigned by a rebalance
    during the wait is left to the caller's own polling, never read and
    dropped here.  ``resume`` says, when the wait is over, whether to resume
    them (no, while another waiter still needs them paused).
    """
    if consumer is None:
        await asyncio.sleep(delay)
        return
    held = consumer.assignment()
    consumer.pause(*held)
    try:
        if held:
            await consumer.getmany(*held, timeout_ms=int(delay * 1000))
        else:
            await asyncio.sleep(delay)  # nothing assigned: nothing to hold, nothing to read
    finally:
        if resume():
            consumer.resume(*consumer.assignment())
