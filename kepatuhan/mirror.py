"""A tiny static server for the bundled offline news mirror (and for test sites built like it).

Each site directory holds a `routes.json` (request URL -> file) written by
`corpus/demo_sites/build.py`; every site is served on its own port of 127.0.0.1 so the crawler
sees separate hosts, exactly as it would see separate outlets. Text bodies have `{{ORIGIN}}`
replaced by the server's own origin (sitemaps and feeds need absolute URLs, the port is random).
Entry pages carry ETag and Last-Modified and answer conditional GETs with 304, like real sites.

Only the standard library: `make demo` must work offline right after the install.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

MIRROR_DIR = Path(__file__).resolve().parent.parent / "corpus" / "demo_sites" / "site"
# a fixed date for Last-Modified: the mirror is static content
_LAST_MODIFIED = formatdate(1733900000, usegmt=True)
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
}


def route_key(url: str) -> str:
    """Path plus query with sorted parameters: the same normalisation build.py writes routes with."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if not parts.query:
        return path
    return path + "?" + urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))


class MirrorServer(ThreadingHTTPServer):
    """The server of one site, with the site's routes (request key -> file name)."""

    routes: dict[str, str]


@dataclass
class SiteServer:
    name: str
    root: Path
    server: MirrorServer
    thread: threading.Thread
    requests: list[tuple[str, int]] = field(default_factory=list)  # (route, status) in arrival order

    @property
    def origin(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def start_url(self) -> str:
        return self.origin + "/"


def _handler_for(site_ref: list) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "KepatuhanMirror/1.0"
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):  # quiet: the request log is kept in `requests`
            pass

        def do_HEAD(self):
            self._serve(head=True)

        def do_GET(self):
            self._serve(head=False)

        def _serve(self, head: bool) -> None:
            site: SiteServer = site_ref[0]
            key = route_key(self.path)
            routes = site.server.routes
            fname = routes.get(key)
            status = 200
            if fname is None:
                status, fname = 404, routes.get("/404")
            path = site.root / fname if fname else None
            body = path.read_bytes() if path and path.is_file() else b"not found"
            ctype = _TYPES.get(path.suffix if path else "", "application/octet-stream")
            if ctype.startswith(("text/", "application/xml")):
                body = body.replace(b"{{ORIGIN}}", site.origin.encode())
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                status = 304
            site.requests.append((key, status))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", _LAST_MODIFIED)
            if status == 304:
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head:
                self.wfile.write(body)

    return Handler


def serve_site(root: Path, name: str | None = None, host: str = "127.0.0.1", port: int = 0) -> SiteServer:
    """Serve one site directory (with its routes.json) on a free port; returns at once."""
    root = Path(root)
    routes_file = root / "routes.json"
    if not routes_file.is_file():
        raise FileNotFoundError(f"{routes_file}: not a mirror site (no routes.json); run corpus/demo_sites/build.py")
    ref: list = []
    server = MirrorServer((host, port), _handler_for(ref))
    server.daemon_threads = True
    server.routes = json.loads(routes_file.read_text(encoding="utf-8"))
    thread = threading.Thread(target=server.serve_forever, name=f"mirror-{name or root.name}", daemon=True)
    site = SiteServer(name or root.name, root, server, thread)
    ref.append(site)
    thread.start()
    return site


class Mirror:
    """All sites of a mirror directory, each on its own port. Use as a context manager."""

    def __init__(self, root: Path = MIRROR_DIR, ports: tuple[int, ...] = ()):
        self.root = Path(root)
        self.ports = ports  # preferred ports, one per site in name order; busy or missing -> random
        self.sites: dict[str, SiteServer] = {}

    def __enter__(self) -> "Mirror":
        dirs = sorted(d for d in self.root.iterdir() if (d / "routes.json").is_file())
        if not dirs:
            raise FileNotFoundError(f"{self.root}: no mirror sites found (run corpus/demo_sites/build.py)")
        for i, d in enumerate(dirs):
            port = self.ports[i] if i < len(self.ports) else 0
            try:
                self.sites[d.name] = serve_site(d, d.name, port=port)
            except OSError:  # preferred port busy
                self.sites[d.name] = serve_site(d, d.name)
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for s in self.sites.values():
            s.server.shutdown()
            s.server.server_close()
        self.sites.clear()

    @property
    def start_urls(self) -> list[str]:
        return [s.start_url for s in self.sites.values()]

    def site_of(self, url: str) -> SiteServer | None:
        for s in self.sites.values():
            if url.startswith(s.origin + "/") or url == s.origin:
                return s
        return None
