"""A real HTTP server on 127.0.0.1 for crawl tests, with ETags and fault behaviours.

A site is a dict {path_with_sorted_query: Resource} plus optional dynamic handlers. Absolute
links are written with the placeholder ORIGIN and filled with the server's own origin, so the
same site can run on any port.
"""

from __future__ import annotations

import gzip
import hashlib
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import parse_qsl, urlencode, urlsplit

ORIGIN = "{{ORIGIN}}"


@dataclass
class Resource:
    body: bytes | str = b""
    ctype: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict = field(default_factory=dict)
    fault: str | None = None  # slow | reset | gzip | huge | None
    delay: float = 0.0


def route_key(path_qs: str) -> str:
    p = urlsplit(path_qs)
    if not p.query:
        return p.path or "/"
    return (p.path or "/") + "?" + urlencode(sorted(parse_qsl(p.query, keep_blank_values=True)))


@dataclass
class Site:
    routes: dict[str, Resource]
    dynamic: list[tuple[str, Callable[[str], Resource | None]]] = field(default_factory=list)
    name: str = "site"
    relevant: set[str] = field(default_factory=set)  # paths of relevant articles
    irrelevant: set[str] = field(default_factory=set)


class SiteServer:
    def __init__(self, site: Site, port: int = 0):
        self.site = site
        self.hits: Counter[str] = Counter()
        # (start, end, path) of every request, monotonic seconds: politeness tests read the gaps and overlaps
        self.timeline: list[tuple[float, float, str]] = []
        self.agents: Counter[str] = Counter()  # User-Agent headers seen
        self.lock = threading.Lock()
        srv = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):  # quiet
                pass

            def setup(self):
                super().setup()
                # headers and body go out in two writes: without this, Nagle + delayed ACK add
                # ~40 ms to every keep-alive response
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_GET(self):
                key = route_key(self.path)
                with srv.lock:
                    srv.hits[key] += 1
                    srv.agents[self.headers.get("User-Agent", "")] += 1
                res = srv.site.routes.get(key)
                if res is None:
                    for prefix, fn in srv.site.dynamic:
                        if key.startswith(prefix):
                            res = fn(key)
                            break
                if res is None:
                    res = Resource("<html><body><h1>404</h1></body></html>", status=404)
                t0 = time.monotonic()
                try:
                    srv._serve(self, res)
                finally:
                    with srv.lock:
                        srv.timeline.append((t0, time.monotonic(), key))

        class QuietServer(ThreadingHTTPServer):
            request_queue_size = 256  # the default backlog of 5 drops SYNs of a 32-connection crawler

            def handle_error(self, request, client_address):  # clients hanging up are expected here
                pass

        self.httpd = QuietServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.origin = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def _serve(self, h, res: Resource):
        body = res.body.encode("utf-8") if isinstance(res.body, str) else res.body
        body = body.replace(ORIGIN.encode(), self.origin.encode())
        if res.delay:
            time.sleep(res.delay)
        if res.fault == "reset":
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            h.connection.close()
            h.close_connection = True
            return
        if res.fault == "huge":
            size = 50 * 1024 * 1024
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", str(size))
            h.end_headers()
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            try:
                sent = 0
                while sent < size:
                    h.wfile.write(chunk[: min(len(chunk), size - sent)])
                    sent += len(chunk)
            except OSError:
                pass
            h.close_connection = True
            return
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if res.status == 200 and h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        if res.fault == "gzip":
            body = gzip.compress(body)
        h.send_response(res.status)
        h.send_header("Content-Type", res.ctype)
        if res.status == 200:
            h.send_header("ETag", etag)
        if res.fault == "gzip":
            h.send_header("Content-Encoding", "gzip")
        for k, v in res.headers.items():
            h.send_header(k, v.replace(ORIGIN, self.origin))
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        try:
            h.wfile.write(body)
        except OSError:
            pass

    def start(self) -> "SiteServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def url_of(self, path: str) -> str:
        return self.origin + path

    def max_in_flight(self) -> int:
        """The most requests this server was answering at one moment."""
        events = sorted(
            [(t0, 1) for t0, _t1, _k in self.timeline] + [(t1, -1) for _t0, t1, _k in self.timeline],
            key=lambda e: (e[0], e[1]),
        )
        most = now = 0
        for _t, step in events:
            now += step
            most = max(most, now)
        return most

    def start_gaps(self) -> list[float]:
        """Seconds between the starts of consecutive requests."""
        starts = sorted(t0 for t0, _t1, _k in self.timeline)
        return [b - a for a, b in zip(starts, starts[1:])]

    def article_hits(self, paths) -> dict[str, int]:
        return {p: self.hits.get(route_key(p), 0) for p in paths}
