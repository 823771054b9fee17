"""The lifecycle contract, over every long-running component (as the detector contract suite does for detectors).

Every :class:`~pipeline.component.Component` must: let ``stop()`` be called
before ``start()`` and twice; start again after a stop (on port 0: a fresh
port each time); work as ``async with``; and leave no task of its own running
once stopped.  Components that talk to Kafka or the search store run against
the real embedded broker and store.

Which components: every registered sink (:data:`pipeline.sinks.SINKS`) plus
:data:`FACTORIES` below; :func:`test_every_component_class_is_covered` imports
all of ``pipeline`` and fails for any concrete ``Component`` subclass that is
in neither, so a new component cannot miss the suite.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

import pipeline
from pipeline.component import Component
from pipeline.config import Config
from pipeline.errors import StartupError
from pipeline.sinks import SINKS, sink_class

pytestmark = pytest.mark.integration

Factory = Callable[[Config, CollectorRegistry], Component]


def _admin(cfg: Config, registry: CollectorRegistry) -> Component:
    from pipeline.admin import AdminServer

    return AdminServer(cfg.admin.host, cfg.admin.port, registry)


def _probe(cfg: Config, registry: CollectorRegistry) -> Component:
    from pipeline.component import Probe
    from pipeline.kafka import KafkaHealth

    health = KafkaHealth(cfg.kafka)

    class KafkaProbe(Probe):  # the probe owns no client; close the one it checks with
        async def _stop(self) -> None:
            await health.stop()

    return KafkaProbe("kafka", health.check, interval=0.2)


def _ingestor(cfg: Config, registry: CollectorRegistry) -> Component:
    from pipeline.ingest import Ingestor

    return Ingestor(cfg, registry)


def _processor(cfg: Config, registry: CollectorRegistry) -> Component:
    from pipeline.process import Processor

    return Processor(cfg, registry)


def _forwarder(cfg: Config, registry: CollectorRegistry) -> Component:
    from pipeline.alerts.forward import AlertForwarder

    # with a target configured, so that it really consumes (unconfigured, it stays idle)
    webhook = cfg.alerts.webhook.model_copy(update={"urls": ["http://127.0.0.1:9/nowhere"]})
    alerts = cfg.alerts.model_copy(update={"webhook": webhook})
    return AlertForwarder(cfg.model_copy(update={"alerts": alerts}), registry, group_id=cfg.sink.group_id + "-fwd")


def _demo(cfg: Config, registry: CollectorRegistry) -> Component:
    from pipeline.demo import DemoTraffic

    return DemoTraffic(cfg, endpoint=lambda: "http://127.0.0.1:9", warmup_s=0)


def _console(cfg: Config, registry: CollectorRegistry) -> Component:
    from pipeline.console.server import Console

    return Console(cfg, registry)


def _alert_feed(cfg: Config, registry: CollectorRegistry) -> Component:
    from pipeline.console.live import AlertFeed

    return AlertFeed(cfg.kafka, queue_size=10, max_subscribers=2)


def _processor_pool(cfg: Config, registry: CollectorRegistry) -> Component:
    from pipeline.supervisor import ProcessorPool

    return ProcessorPool(cfg, 1, registry, stop_timeout=10)


def _broker_keeper(cfg: Config, registry: CollectorRegistry) -> Component:
    from pipeline.embedded import BrokerKeeper

    class _SessionBroker:  # the suite's broker: already running, owned by the session fixture
        running = True
        bootstrap = cfg.kafka.bootstrap_servers

    return BrokerKeeper(_SessionBroker(), cfg.kafka, interval=0.5)  # type: ignore[arg-type]


# Class name → how to build one.  Sinks come from their own registry.
FACTORIES: dict[str, Factory] = {
    "AdminServer": _admin,
    "Probe": _probe,
    "Ingestor": _ingestor,
    "Processor": _processor,
    "AlertForwarder": _forwarder,
    "DemoTraffic": _demo,
    "Console": _console,
    "AlertFeed": _alert_feed,
    "ProcessorPool": _processor_pool,
    "BrokerKeeper": _broker_keeper,
}

# Components that listen: the config key of their port, for the "port taken" case.
PORT_KEYS: dict[str, str] = {"AdminServer": "admin.port", "Ingestor": "ingest.http.port", "Console": "console.port"}


def _config(make_config: Any, **overrides: Any) -> Config:
    if "console" in Config.model_fields:
        overrides.setdefault("console.port", 0)
    cfg: Config = make_config(**overrides)
    return cfg


def _sink_factory(name: str) -> Factory:
    def build(cfg: Config, registry: CollectorRegistry) -> Component:
        return sink_class(name)(cfg, registry)

    return build


ALL: dict[str, Factory] = {**FACTORIES, **{f"sink:{name}": _sink_factory(name) for name in SINKS}}


def _component_classes() -> Iterator[type[Component]]:
    for info in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
        importlib.import_module(info.name)
    seen: set[type[Component]] = set()
    todo = list(Component.__subclasses__())
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("pipeline.") and not inspect.isabstract(cls):
            yield cls


def test_every_component_class_is_covered() -> None:
    covered = set(FACTORIES) | {sink_class(name).__name__ for name in SINKS}  # type: ignore[attr-defined]
    missing = sorted(f"{c.__module__}.{c.__qualname__}" for c in _component_classes() if c.__name__ not in covered)
    assert missing == [], f"add these to FACTORIES in {__file__} (or register them as sinks): {missing}"


def _own_tasks(component: Component) -> list[asyncio.Task[Any]]:
    return [t for t in asyncio.all_tasks() if not t.done() and t.get_name().startswith(f"{component.name}:")]


@pytest.fixture(params=sorted(ALL))
def build(request: pytest.FixtureRequest, make_config: Any) -> Callable[[], Component]:
    factory = ALL[request.param]

    def make() -> Component:
        return factory(_config(make_config), CollectorRegistry())

    return make


async def test_stop_before_start_and_twice(build: Callable[[], Component]) -> None:
    component = build()
    await component.stop()
    await component.stop()
    assert not component.started
    assert isinstance(component.failing(), dict)


async def test_start_stop_start_again(build: Callable[[], Component]) -> None:
    component = build()
    for _ in range(2):
        await asyncio.wait_for(component.start(), timeout=30)  # start returns quickly: the work is in the background
        assert component.started
        await asyncio.sleep(0.3)  # let background work get going
        await asyncio.wait_for(component.stop(), timeout=30)
        assert not component.started
        assert _own_tasks(component) == []
        await component.stop()  # twice after a start, too


async def test_async_with(build: Callable[[], Component]) -> None:
    component = build()
    async with component as entered:
        assert entered is component and component.started
    assert not component.started and _own_tasks(component) == []


@pytest.mark.parametrize("kind", sorted(PORT_KEYS))
async def test_a_start_that_fails_leaves_nothing_behind_and_may_be_retried(kind: str, make_config: Any) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        component = FACTORIES[kind](_config(make_config, **{PORT_KEYS[kind]: port}), CollectorRegistry())
        before = asyncio.all_tasks()
        with pytest.raises(StartupError, match=str(port)):
            await component.start()
        assert not component.started
        await asyncio.sleep(0.1)
        assert [t for t in asyncio.all_tasks() - before if not t.done()] == []
        await component.stop()
    # the port is free again: the same component starts
    async with component:
        assert component.started
