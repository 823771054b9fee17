"""Config of the scraper: ``ingest.scrape``, with Prometheus's own names for a scrape job.

A ``scrape_configs`` entry of a ``prometheus.yml`` can be copied here as it
is, as long as it uses the keys below (relabelling and service discovery
other than ``static_configs`` and ``file_sd_configs`` are not supported, and
refused as unknown keys rather than ignored):

.. code-block:: yaml

    ingest:
      scrape:
        scrape_interval: 30s
        scrape_configs:
          - job_name: checkout
            metrics_path: /metrics
            static_configs:
              - targets: ["checkout-1:9100", "checkout-2:9100"]
                labels: {env: prod}
            file_sd_configs:
              - files: ["/etc/sightline/targets/*.json"]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, SecretStr, field_validator, model_validator

from pipeline.alerts.config import parse_duration
from pipeline.configbase import Section
from pipeline.ingest.contract import Endpoints, ReceiverSection

if TYPE_CHECKING:
    from pipeline.ingest.contract import ReceiverContext

__all__ = [
    "AuthorizationConfig",
    "BasicAuthConfig",
    "FileSdConfig",
    "ScrapeConfig",
    "ScrapeJobConfig",
    "ScrapeTlsConfig",
    "StaticConfig",
]


ScrapeProtocol = Literal["PrometheusText0.0.4", "OpenMetricsText0.0.1", "OpenMetricsText1.0.0"]
_DEFAULT_PROTOCOLS: tuple[ScrapeProtocol, ...] = ("PrometheusText0.0.4", "OpenMetricsText1.0.0")


def _seconds(value: Any) -> Any:
    return None if value is None else parse_duration(value)


class StaticConfig(Section):
    """A group of targets with the labels they share."""

    targets: list[str] = Field(default_factory=list, description="host:port of each target")
    labels: dict[str, str] = Field(default_factory=dict, description="labels added to every series of these targets")


class FileSdConfig(Section):
    """Targets from JSON or YAML files (a list of ``{targets, labels}``), re-read when they change."""

    files: list[str] = Field(min_length=1, description="file paths; globs (*.json) allowed in the last element")
    refresh_interval: float = Field(300.0, gt=0, description="duration: re-read even without a change this often")

    _dur = field_validator("refresh_interval", mode="before")(lambda cls, v: _seconds(v))


class BasicAuthConfig(Section):
    """HTTP basic authentication towards the targets."""

    username: str = ""
    password: SecretStr | None = None
    password_file: str | None = Field(None, description="read the password from this file at each scrape")


class AuthorizationConfig(Section):
    """An ``Authorization`` header towards the targets (``Bearer`` by default)."""

    type: str = Field("Bearer", description="the scheme, e.g. Bearer")
    credentials: SecretStr | None = None
    credentials_file: str | None = Field(None, description="read the credentials from this file at each scrape")


class ScrapeTlsConfig(Section):
    """TLS towards ``https`` targets."""

    ca_file: str | None = Field(None, description="PEM CA bundle to verify targets with; default: the system's")
    cert_file: str | None = Field(None, description="client certificate (PEM), with key_file")
    key_file: str | None = None
    server_name: str | None = Field(None, description="name to verify the target's certificate against")
    insecure_skip_verify: bool = Field(False, description="do not verify the target's certificate")

    @model_validator(mode="after")
    def _both_or_neither(self) -> ScrapeTlsConfig:
        if bool(self.cert_file) != bool(self.key_file):
            raise ValueError("cert_file and key_file go together: set both or neither")
        return self


class ScrapeJobConfig(Section):
    """One scrape job: Prometheus's ``scrape_config`` keys and meanings."""

    job_name: str = Field(min_length=1, description="the job label, and the service.name of its series")
    scrape_interval: float | None = Field(None, gt=0, description="duration; default: ingest.scrape.scrape_interval")
    scrape_timeout: float | None = Field(None, gt=0, description="duration; default: ingest.scrape.scrape_timeout")
    metrics_path: str = Field("/metrics", description="HTTP path of the exposition")
    scheme: Literal["http", "https"] = "http"
    params: dict[str, list[str]] = Field(default_factory=dict, description="URL query parameters")
    honor_labels: bool = Field(
        False, description="on a clash with a target label keep the scraped one; else it becomes exported_<name>"
    )
    honor_timestamps: bool = Field(True, description="keep the timestamps the target exposes")
    scrape_protocols: list[ScrapeProtocol] = Field(
        default_factory=lambda: list(_DEFAULT_PROTOCOLS), min_length=1,
        description="exposition formats asked for, preferred first; OpenMetrics first for exemplars and units",
    )
    sample_limit: int = Field(0, ge=0, description="a scrape with more samples fails (up 0); 0 = no limit")
    body_size_limit: int = Field(0, ge=0, description="bytes of exposition read at most (a larger one fails); 0 = ingest.max_decompressed_bytes")
    static_configs: list[StaticConfig] = Field(default_factory=list, description="targets listed here")
    file_sd_configs: list[FileSdConfig] = Field(default_factory=list, description="targets listed in files")
    basic_auth: BasicAuthConfig | None = Field(
        None, description="{username, password or password_file}: HTTP basic authentication"
    )
    authorization: AuthorizationConfig | None = Field(
        None, description="{type (Bearer), credentials or credentials_file}: an Authorization header"
    )
    tls_config: ScrapeTlsConfig = Field(default_factory=ScrapeTlsConfig)

    _dur = field_validator("scrape_interval", "scrape_timeout", mode="before")(lambda cls, v: _seconds(v))

    @model_validator(mode="after")
    def _one_auth(self) -> ScrapeJobConfig:
        if self.basic_auth is not None and self.authorization is not None:
            raise ValueError("basic_auth and authorization cannot both be set")
        if not self.metrics_path.startswith("/"):
            raise ValueError(f"metrics_path {self.metrics_path!r} must start with /")
        return self


class ScrapeConfig(ReceiverSection):
    """Scraping of Prometheus ``/metrics`` targets by the ingestor (text format 0.0.4 and OpenMetrics)."""

    enabled: bool = Field(True, description="scrape the targets of scrape_configs (none by default)")
    scrape_interval: float = Field(60.0, gt=0, description="duration: default time between two scrapes of a target")
    scrape_timeout: float = Field(10.0, gt=0, description="duration: default time a scrape may take")
    max_concurrent_scrapes: int = Field(16, ge=1, description="scrapes in progress at once, over all jobs")
    scrape_configs: list[ScrapeJobConfig] = Field(default_factory=list, description="the scrape jobs")

    _dur = field_validator("scrape_interval", "scrape_timeout", mode="before")(lambda cls, v: _seconds(v))

    @model_validator(mode="after")
    def _unique_jobs(self) -> ScrapeConfig:
        names = [job.job_name for job in self.scrape_configs]
        duplicate = next((n for n in names if names.count(n) > 1), None)
        if duplicate is not None:
            raise ValueError(f"job_name {duplicate!r} appears twice in scrape_configs")
        for job in self.scrape_configs:
            interval = job.scrape_interval or self.scrape_interval
            timeout = job.scrape_timeout or min(self.scrape_timeout, interval)
            if timeout > interval:
                raise ValueError(f"job {job.job_name!r}: scrape_timeout ({timeout:g}s) is longer than scrape_interval ({interval:g}s)")
        return self

    def endpoints(self, ctx: ReceiverContext) -> Endpoints:
        if not self.scrape_configs:
            return Endpoints()
        from pipeline.ingest.scrape.scraper import Scraper

        return Endpoints(tasks=[Scraper(self, ctx)])
