"""Config of the Sentry receiver: ``ingest.sentry``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from pipeline.ingest.contract import ReceiverSection

if TYPE_CHECKING:
    from pipeline.ingest.contract import Endpoints, ReceiverContext

__all__ = ["SentryConfig"]


class SentryConfig(ReceiverSection):
    """Sentry SDKs in: ``POST /api/{project}/envelope/`` and ``/api/{project}/store/`` on the HTTP port."""

    enabled: bool = Field(True, description="serve the Sentry envelope and store endpoints on the HTTP port")
    projects: dict[str, str] = Field(
        default_factory=dict,
        description="Sentry project id → service.name, `{\"42\": checkout}`; unlisted projects are `sentry-<id>`",
    )
    max_items: int = Field(1000, ge=1, description="items read from one envelope at most; the rest are refused")

    def service(self, project: str) -> str:
        """The service a project's events belong to."""
        return self.projects.get(project, f"sentry-{project}")

    def endpoints(self, ctx: ReceiverContext) -> Endpoints:
        from pipeline.ingest.sentry.routes import endpoints

        return endpoints(self, ctx)
