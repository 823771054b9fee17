"""The ``sightline`` command.

Errors a user can fix (bad config, port taken, a binary or dependency missing)
print one line and exit non-zero; ``--debug`` adds the traceback.

A subcommand's module is imported only when that subcommand runs (or its
``--help`` is asked for): ``sightline --help`` loads neither the config
models nor any pipeline component.  A module that fails to import is an
error naming it, never a silently missing command.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from pipeline.errors import SightlineError

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry

    from pipeline.config import Config

__all__ = ["build_parser", "main"]

# Commands that live with the code they drive: (module, description).
_BENCHES: dict[str, tuple[str, str]] = {
    "nab": ("pipeline.bench.nab", "score a detector on a NAB-format corpus"),
    "templates": ("pipeline.bench.templates", "grouping accuracy of the template miner"),
    "redact": ("pipeline.bench.redact", "redaction throughput"),
    "process": ("pipeline.bench.process", "records/s through decode, redaction, statistics and bulk encoding"),
    "ingest": ("pipeline.bench.ingest", "OTLP/HTTP records/s into Kafka against one ingestor, with the straight-to-Kafka ceiling"),
    "remote-write": ("pipeline.bench.remote_write", "Prometheus remote-write samples/s into Kafka against one ingestor, with the straight-to-Kafka ceiling"),
    "syslog": ("pipeline.bench.syslog", "syslog messages/s into Kafka over TCP (RFC 5424, RFC 3164) and UDP against one ingestor, CPU per message, every message counted back"),
    "memory": ("pipeline.bench.memory", "resident memory of a real processor or sink under load"),
    "drain": ("pipeline.bench.drain", "records per CPU-second of a real processor draining a backlog of raw messages from the broker"),
    "e2e": ("pipeline.bench.e2e", "export → searchable latency (p50/p99) and the highest sustained rate of a whole stack, and what limits it"),
    "store": ("pipeline.bench.store", "CPU and memory per log document of the embedded search store, by bulk size, mapping and shape"),
    "demo": ("pipeline.bench.demo", "play the demo and check each incident's alert, its delay and its resolution"),
}


def _config(args: argparse.Namespace, overrides: dict[str, Any] | None = None) -> Config:
    from pipeline.config import load_config

    return load_config(args.config, overrides=overrides)


def _setup(cfg: Config, args: argparse.Namespace) -> None:
    from pipeline.log import configure_logging

    configure_logging("debug" if args.debug else cfg.log.level, cfg.log.format)


# -- long-running commands ---------------------------------------------------------------
def _run_components(cfg: Config, build: Callable[[Config, CollectorRegistry], list[Any]]) -> int:
    import asyncio

    from prometheus_client import CollectorRegistry

    from pipeline.runner import run_until_signal

    registry = CollectorRegistry()
    components = build(cfg, registry)
    asyncio.run(run_until_signal(cfg, registry, components))
    # a component that stopped the process because it cannot go on says why (and the exit status is 1)
    fatal = [reason for c in components if (reason := getattr(c, "fatal", ""))]
    for reason in fatal:
        print(f"sightline: {reason}", file=sys.stderr)
    return 1 if fatal else 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from pipeline.ingest import Ingestor

    cfg = _config(args)
    _setup(cfg, args)
    return _run_components(cfg, lambda c, r: [Ingestor(c, r)])


def cmd_process(args: argparse.Namespace) -> int:
    from pipeline.process import Processor

    cfg = _config(args)
    _setup(cfg, args)
    return _run_components(cfg, lambda c, r: [Processor(c, r)])


def cmd_sink(args: argparse.Namespace) -> int:
    from pipeline.sinks import build_sinks

    cfg = _config(args)
    _setup(cfg, args)
    return _run_components(cfg, build_sinks)  # every registered sink the config enables


def cmd_console(args: argparse.Namespace) -> int:
    from pipeline.console import Console

    cfg = _config(args, {"console.port": args.port} if args.port is not None else None)
    _setup(cfg, args)
    return _run_components(cfg, lambda c, r: [Console(c)])


def cmd_up(args: argparse.Namespace) -> int:
    from pipeline.up import run_up

    cfg = _config(args)
    _setup(cfg, args)
    return run_up(cfg, demo=args.demo, processors=args.processors)


def _positive_int(text: str) -> int:
    """An argparse type: an integer of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, got {value}")
    return value


# -- config ----------------------------------------------------------------------------
def cmd_config_check(args: argparse.Namespace) -> int:
    from pipeline.config import load_config

    load_config(args.file)
    print(f"{args.file}: ok")
    return 0


def cmd_config_show(args: argparse.Namespace) -> int:
    import orjson
    import yaml

    from pipeline.config import dump_effective, load_config

    cfg = load_config(args.file or args.config)
    data = dump_effective(cfg)
    if args.json:
        print(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
    else:
        print(yaml.safe_dump(data, sort_keys=False), end="")
    return 0


# -- alerts ----------------------------------------------------------------------------
def cmd_alerts_tail(args: argparse.Namespace) -> int:
    import asyncio

    from pipeline.alerts.tail import tail
    from pipeline.log import configure_logging

    cfg = _config(args)
    configure_logging("debug" if args.debug else "warning", cfg.log.format)
    return asyncio.run(tail(cfg, from_beginning=args.from_beginning, as_json=args.json))


def cmd_alerts_forward(args: argparse.Namespace) -> int:
    from pipeline.alerts.forward import AlertForwarder

    cfg = _config(args)
    _setup(cfg, args)
    return _run_components(cfg, lambda c, r: [AlertForwarder(c, r)])


# -- delegated subcommands -------------------------------------------------------------
def _command_words(argv: Sequence[str]) -> list[str]:
    """The positional words of ``argv`` (the subcommand path), global options skipped.

    >>> _command_words(["-c", "x.yaml", "--debug", "bench", "ingest", "--clients", "4"])
    ['bench', 'ingest', '--clients', '4']
    """
    words = list(argv)
    while words and words[0].startswith("-"):
        option = words.pop(0)
        if option in ("-c", "--config") and words:
            words.pop(0)
    return words


def _delegate(module_name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        module = importlib.import_module(module_name)
        return int(module.run(args))

    return run


def _add_delegated(
    sub: Any, path: list[str], module_name: str, help_text: str, words: Sequence[str]
) -> None:
    """Add ``path[-1]`` to ``sub``; its module (and its options) are loaded only when ``words`` select it."""
    parser = sub.add_parser(path[-1], help=help_text, description=help_text)
    parser.set_defaults(func=_delegate(module_name))
    if list(words[: len(path)]) == path:
        importlib.import_module(module_name).add_arguments(parser)


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The argument parser; only the subcommand that ``argv`` selects has its module loaded.

    Raises
    ------
    ImportError
        The selected subcommand's module cannot be imported.
    """
    words = _command_words(argv)
    parser = argparse.ArgumentParser(
        prog="sightline",
        description="Streaming telemetry pipeline and anomaly detector.",
    )
    parser.add_argument("--config", "-c", metavar="FILE", help="YAML config file (default: $SIGHTLINE_CONFIG, else built-in defaults)")
    parser.add_argument("--debug", action="store_true", help="debug logs and tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    up = sub.add_parser("up", help="run the whole pipeline on this machine with the embedded broker and store")
    up.add_argument("--demo", action="store_true", help="also play demo services with injected incidents")
    up.add_argument(
        "--processors", type=_positive_int, metavar="N",
        help="processor processes in one consumer group (default: the cores, at most kafka.partitions); "
        "1 runs the processor inside the up process, more run as supervised children",
    )
    up.set_defaults(func=cmd_up)
    sub.add_parser("ingest", help="run the ingestor (OTLP and JSON logs → Kafka)").set_defaults(func=cmd_ingest)
    sub.add_parser("process", help="run a stream processor (scale by running more)").set_defaults(func=cmd_process)
    sub.add_parser("sink", help="run the Elasticsearch sink").set_defaults(func=cmd_sink)
    console = sub.add_parser(
        "console", help="serve the web console (services, alerts, logs, traces) against a running deployment"
    )
    console.add_argument("--port", type=int, metavar="PORT", help="listen port (default: console.port, 8080)")
    console.set_defaults(func=cmd_console)

    config = sub.add_parser("config", help="check or show configuration")
    config_sub = config.add_subparsers(dest="config_command", metavar="ACTION")
    config_sub.required = True
    check = config_sub.add_parser("check", help="validate a config file (with SIGHTLINE_* overrides)")
    check.add_argument("file")
    check.set_defaults(func=cmd_config_check)
    show = config_sub.add_parser("show", help="print the effective config, secrets masked")
    show.add_argument("file", nargs="?")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_config_show)

    alerts = sub.add_parser("alerts", help="read the alert topic")
    alerts_sub = alerts.add_subparsers(dest="alerts_command", metavar="ACTION")
    alerts_sub.required = True
    tail = alerts_sub.add_parser("tail", help="print alerts as they arrive")
    tail.add_argument("--from-beginning", action="store_true", help="start at the oldest alert kept")
    tail.add_argument("--json", action="store_true", help="JSON lines even on a terminal")
    tail.set_defaults(func=cmd_alerts_tail)
    forward = alerts_sub.add_parser("forward", help="forward alert events to Alertmanager and webhooks")
    forward.set_defaults(func=cmd_alerts_forward)

    _add_delegated(sub, ["redact"], "pipeline.redact.cli", "redact lines or JSON records from stdin", words)
    _add_delegated(
        sub, ["templates"], "pipeline.templates.cli",
        "list the log templates the processors mined (read from Elasticsearch)", words,
    )

    bench = sub.add_parser("bench", help="benchmarks that print figures")
    bench_sub = bench.add_subparsers(dest="bench_command", metavar="BENCH")
    bench_sub.required = True
    for name, (module_name, help_text) in _BENCHES.items():
        _add_delegated(bench_sub, ["bench", name], module_name, help_text, words)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        parser = build_parser(argv)
    except ImportError as exc:  # a subcommand's module or one of its dependencies
        if "--debug" in argv:
            traceback.print_exc()
        command = " ".join(word for word in _command_words(argv)[:2] if not word.startswith("-"))
        print(f"sightline: error: cannot load the {command!r} command: {exc}", file=sys.stderr)
        return 2
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except SightlineError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"sightline: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
