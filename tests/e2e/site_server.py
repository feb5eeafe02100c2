"""HTTPS server that plays facebook.com (also as web. and business.), linkedin.com and
instagram.com for the browser tests.

Chromium's --host-resolver-rules sends those hosts here, and a throwaway self-signed certificate
(made at test time) covers them, so the extension runs unchanged, content scripts and all.
Routes: /pages/<file> from tests/e2e/pages (HTML gets the import map of the editor libraries);
/vendor/<package>/<file> from tests/e2e/node_modules. Firefox, which has no host-resolver rules,
gets there through SiteProxy.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import mimetypes
import socket
import ssl
import threading
from functools import cache
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

E2E_DIR = Path(__file__).resolve().parent
PAGES_DIR = E2E_DIR / "pages"
NODE_MODULES = E2E_DIR / "node_modules"
SITE_HOSTS = (
    "www.facebook.com",
    "web.facebook.com",
    "business.facebook.com",
    "www.linkedin.com",
    "www.instagram.com",
)
IMPORT_MAP_PLACEHOLDER = "<!-- import map -->"
# ES-module packages the Lexical and TipTap pages import by bare name (neither ships a UMD build).
MODULE_PACKAGE_GLOBS = (
    "lexical",
    "@lexical/*",
    "@preact/signals-core",
    "@tiptap/*",
    "prosemirror-*",
    "orderedmap",
    "rope-sequence",
    "w3c-keyname",
)
EXPORT_CONDITIONS = ("development", "browser", "import", "default")


def write_self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "garde-fou e2e")])
    now = datetime.datetime.now(datetime.UTC)
    alt_names = [x509.DNSName(host) for host in SITE_HOSTS] + [
        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))
    ]
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "site-cert.pem", directory / "site-key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def _resolve_export(target: str | dict) -> str | None:
    if isinstance(target, str):
        return target
    for condition in EXPORT_CONDITIONS:
        if condition in target:
            return _resolve_export(target[condition])
    return None


def _subpath_exports(manifest: dict) -> dict:
    """A package's exports as {subpath: target}, also when it gives only conditions for "."
    (`{"import": …, "require": …}`), a single file, or no exports (its "module" or "main")."""
    exports = manifest.get("exports") or manifest.get("module") or manifest.get("main")
    if isinstance(exports, dict) and all(key.startswith(".") for key in exports):
        return exports
    return {".": exports}


@cache
def import_map() -> str:
    """Maps every bare specifier the Lexical and TipTap packages use to its file under /vendor/."""
    imports = {}
    for pattern in MODULE_PACKAGE_GLOBS:
        for package_dir in sorted(NODE_MODULES.glob(pattern)):
            manifest = json.loads((package_dir / "package.json").read_text())
            package = manifest["name"]
            for subpath, target in _subpath_exports(manifest).items():
                file = _resolve_export(target)
                if file and file.endswith((".js", ".mjs")):
                    specifier = (
                        package if subpath == "." else f"{package}/{subpath.removeprefix('./')}"
                    )
                    imports[specifier] = f"/vendor/{package}/{file.removeprefix('./')}"
    return f'<script type="importmap">{json.dumps({"imports": imports})}</script>'


class SiteHandler(SimpleHTTPRequestHandler):
    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path.startswith("/pages/"):
            root, file = PAGES_DIR, PAGES_DIR / path.removeprefix("/pages/")
        elif path.startswith("/vendor/"):
            root, file = NODE_MODULES, NODE_MODULES / path.removeprefix("/vendor/")
        else:
            root = file = None
        # Within its folder, which may be a link (a node_modules shared between checkouts).
        if file is None or not file.resolve().is_relative_to(root.resolve()) or not file.is_file():
            self.send_error(404)
            return
        body = file.read_bytes()
        content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if file.suffix in (".js", ".mjs"):
            content_type = "text/javascript"
        if file.suffix == ".html":
            body = body.replace(IMPORT_MAP_PLACEHOLDER.encode(), import_map().encode())
        self.send_response(200)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _QuietTLSServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Chromium drops connections on the unknown certificate before it trusts it."""


class SiteServer:
    """Serves on 127.0.0.1:<free port> over TLS in a background thread."""

    def __init__(self, certificate_dir: Path) -> None:
        cert_path, key_path = write_self_signed_certificate(certificate_dir)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_path, key_path)
        self.httpd = _QuietTLSServer(("127.0.0.1", 0), SiteHandler)
        self.httpd.socket = context.wrap_socket(
            self.httpd.socket, server_side=True, do_handshake_on_connect=False
        )
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class SiteProxy:
    """An HTTPS proxy (CONNECT only) that sends the sites to the site server: Firefox, which
    has no host-resolver rules, reaches the stand-in sites through it."""

    def __init__(self, site_port: int) -> None:
        self.site_port = site_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._tunnel, args=(client,), daemon=True).start()

    def _tunnel(self, client: socket.socket) -> None:
        with client:
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = client.recv(4096)
                if not chunk:
                    return
                request += chunk
            target = request.split(b" ", 2)[1].decode()
            if not request.startswith(b"CONNECT ") or target.rsplit(":", 1)[0] not in SITE_HOSTS:
                client.sendall(b"HTTP/1.1 403 Forbidden\r\n\r\n")
                return
            with socket.create_connection(("127.0.0.1", self.site_port)) as site:
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                pump = threading.Thread(target=_pipe, args=(site, client), daemon=True)
                pump.start()
                _pipe(client, site)
                pump.join()

    def __enter__(self) -> SiteProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.listener.close()


def _pipe(source: socket.socket, destination: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            destination.sendall(data)
        destination.shutdown(socket.SHUT_WR)
    except OSError:
        pass
