"""TLS on both ingest listeners, from ingest.http.tls and ingest.grpc.tls (certificates made with openssl)."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from pathlib import Path

import aiohttp
import grpc
import pytest
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceResponse

from tests.integration.test_ingest_otlp import PROTO, Start, _one_log, raw_messages, start_ingest

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command"),
]
__all__ = ["start_ingest"]


def _self_signed(directory: Path) -> tuple[Path, Path]:
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return cert, key


async def test_https_and_grpc_over_tls(start_ingest: Start, tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    tls = {"cert_file": str(cert), "key_file": str(key)}
    cfg, ingest, _ = await start_ingest(**{"ingest.http.tls": tls, "ingest.grpc.tls": tls})
    context = ssl.create_default_context(cafile=str(cert))
    async with aiohttp.ClientSession() as http:
        async with http.post(f"https://127.0.0.1:{ingest.http_port}/v1/logs", data=_one_log("tls", "over https"),
                             headers=PROTO, ssl=context) as resp:
            assert resp.status == 200
        with pytest.raises(aiohttp.ClientError):  # plain HTTP is not served
            async with http.post(f"http://127.0.0.1:{ingest.http_port}/v1/logs", data=b"", headers=PROTO):
                pass
    credentials = grpc.ssl_channel_credentials(root_certificates=cert.read_bytes())
    async with grpc.aio.secure_channel(f"127.0.0.1:{ingest.grpc_port}", credentials,
                                       options=[("grpc.ssl_target_name_override", "localhost")]) as channel:
        export = channel.unary_unary("/opentelemetry.proto.collector.logs.v1.LogsService/Export")
        ExportLogsServiceResponse.FromString(await export(_one_log("tls", "over grpcs")))
    bodies = {r.resource_logs[0].scope_logs[0].log_records[0].body.string_value for *_, r in await raw_messages(cfg, "logs", 2)}
    assert bodies == {"over https", "over grpcs"}
