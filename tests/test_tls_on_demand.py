"""The SDK's own client sets TLS up on the first https request, and verifies certificates exactly as before:
an unknown authority or a wrong host name is refused; a certificate the environment trusts is accepted."""

from __future__ import annotations

import json
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from posthog_rest import APIConnectionError, PostHog
from posthog_rest._tls import AsyncTLSOnDemand, TLSOnDemand
from posthog_rest.testing import LocalPostHog


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for ``localhost`` only (not for 127.0.0.1), and its key."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make a certificate")
    where = tmp_path_factory.mktemp("tls")
    cert, key = where / "cert.pem", where / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        + ["-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=localhost"]
        + ["-addext", "subjectAltName=DNS:localhost"],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture(scope="module")
def me_body(local_posthog_server: LocalPostHog) -> bytes:
    """A real ``GET /api/users/@me/`` answer, from the stand-in, to serve over TLS."""
    headers = {"Authorization": f"Bearer {local_posthog_server.api_key}"}
    return httpx.get(f"{local_posthog_server.url}/api/users/@me/", headers=headers).content


@pytest.fixture(scope="module")
def tls_port(cert: tuple[Path, Path], me_body: bytes) -> Iterator[int]:
    """An https server on 127.0.0.1 answering every GET with ``me_body``."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(me_body)))
            self.end_headers()
            self.wfile.write(me_body)

        def log_message(self, *args: Any) -> None:
            pass

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert[0]), str(cert[1]))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


def test_plain_http_loads_no_certificate_authorities(local_posthog_server: LocalPostHog) -> None:
    transport = TLSOnDemand()
    with httpx.Client(transport=transport) as client:
        assert client.get(f"{local_posthog_server.url}/api/schema/").status_code == 200
    assert transport._secure is None


def test_unknown_authority_is_refused(tls_port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with httpx.Client(transport=TLSOnDemand()) as client, pytest.raises(httpx.ConnectError, match="CERTIFICATE"):
        client.get(f"https://localhost:{tls_port}/")
    with (
        PostHog(api_key="phx_" + "a" * 40, host=f"https://localhost:{tls_port}", project=1, max_retries=0) as ph,
        pytest.raises(APIConnectionError),
    ):
        ph.me()


def test_trusted_certificate_is_accepted_and_checked_against_the_host(
    cert: tuple[Path, Path], tls_port: int, me_body: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(cert[0]))  # trusted the way httpx.HTTPTransport() trusts it
    with PostHog(api_key="phx_" + "a" * 40, host=f"https://localhost:{tls_port}", project=1, max_retries=0) as ph:
        assert ph.me().email == json.loads(me_body)["email"]
    # The certificate names localhost only: the same server at 127.0.0.1 is refused.
    with httpx.Client(transport=TLSOnDemand()) as client, pytest.raises(httpx.ConnectError, match="CERTIFICATE"):
        client.get(f"https://127.0.0.1:{tls_port}/")


async def test_async_twin_refuses_an_unknown_authority_and_skips_tls_for_http(
    tls_port: int, local_posthog_server: LocalPostHog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    transport = AsyncTLSOnDemand()
    async with httpx.AsyncClient(transport=transport) as client:
        assert (await client.get(f"{local_posthog_server.url}/api/schema/")).status_code == 200
        assert transport._secure is None
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE"):
            await client.get(f"https://localhost:{tls_port}/")
