"""What makes the page safe to leave running on a classroom machine.

* **Size limits**: a request body over ``max_body`` bytes is refused with 413 and a page saying the
  limit, whether it announces its length (Content-Length) or streams it; the body is counted as it
  arrives, never read past the limit.
* **CSRF**: a double-submit token. Every page with a form sets a random per-browser token in a cookie
  (HttpOnly, SameSite=Strict) and in a hidden field; a POST whose field does not match its cookie is
  refused (403), and so is a POST whose Origin is another site.
* **Content-Security-Policy** as an HTTP header: the policy of the page's own ``<meta>`` (the reports'
  policy: no script, no outside resource), plus ``frame-ancestors 'none'``, ``form-action 'self'`` and
  ``base-uri 'none'``, which only a header can carry or which the pages need said once.
* **Hosts**: only requests addressed to the host the server was started on (or 127.0.0.1 and
  localhost) are answered, so that a web page elsewhere cannot reach the server by DNS rebinding.
"""
from __future__ import annotations

import hmac
import re
import secrets
from typing import Any, Awaitable, Callable

CSRF_COOKIE = "framing_csrf"
CSRF_FIELD = "csrf"
DRAIN_FACTOR = 4  # a refused body up to 4 times the limit is read and dropped, so the browser shows the answer
TOO_LARGE = "framing.too_large"  # set in the scope when the body went past the limit
DEFAULT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
HEADER_EXTRA = "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
_META_CSP = re.compile(rb'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', re.I)

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_ok(cookie: str | None, field: Any) -> bool:
    """True when the form's hidden field matches the cookie (compared in constant time)."""
    if not cookie or not isinstance(field, str) or not field:
        return False
    return hmac.compare_digest(cookie.encode("utf-8", "replace"), field.encode("utf-8", "replace"))


def header_csp(body_head: bytes) -> str:
    """The Content-Security-Policy header for a page: its own meta policy (or the reports' default)
    plus what only a header can say."""
    m = _META_CSP.search(body_head)
    policy = m.group(1).decode("ascii", "replace").replace("&#39;", "'") if m else DEFAULT_CSP
    return f"{policy}; {HEADER_EXTRA}"


def too_large_page(limit: int) -> bytes:
    mb = limit / 1_000_000
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too large</title></head>"
            "<body><main><h1>That is too much text at once</h1><p>framing serve takes at most "
            f"{mb:.1f} MB in one request (all the articles and files together). Send fewer or shorter "
            "articles, or run <code>framing compare</code> on the files from a terminal.</p>"
            "<p><a href=\"/\">Back to the start</a></p></main></body></html>").encode()


class Guard:
    """ASGI middleware: allowed hosts, the body size limit, and the security headers of every answer."""

    def __init__(self, app: App, max_body: int, hosts: set[str]) -> None:
        self.app = app
        self.max_body = max_body
        self.hosts = {h.lower() for h in hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        host = headers.get(b"host", b"").decode("latin-1").lower()
        name = host.rsplit(":", 1)[0] if not host.startswith("[") else host.split("]")[0] + "]"
        if "*" not in self.hosts and name not in self.hosts:
            await _plain(send, 400, b"This server answers only requests addressed to this computer.")
            return
        length = headers.get(b"content-length")
        if length is not None:
            try:
                announced = int(length)
            except ValueError:
                await _plain(send, 400, b"Bad Content-Length.")
                return
            if announced > self.max_body:
                if announced <= DRAIN_FACTOR * self.max_body:  # read it (unkept) so the browser sees the answer
                    await _drain(receive, DRAIN_FACTOR * self.max_body)
                await _drain_refused(send, self.max_body)
                return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:  # the app sees the client gone; the rest is read unkept
                    scope[TOO_LARGE] = True
                    if message.get("more_body"):
                        await _drain(receive, DRAIN_FACTOR * self.max_body)
                    return {"type": "http.disconnect"}
            return message

        held: list[Message] = []  # an HTML page's start, held until its head is seen (for the CSP)

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                hdrs = list(message.get("headers", [])) + [
                    (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"),
                    (b"cache-control", b"no-store")]
                if dict(hdrs).get(b"content-type", b"").startswith(b"text/html"):
                    held.append({**message, "headers": hdrs})
                    return
                message = {**message, "headers": hdrs + [(b"content-security-policy",
                                                          f"{DEFAULT_CSP}; {HEADER_EXTRA}".encode())]}
            elif message["type"] == "http.response.body" and held:
                start = held.pop()
                policy = header_csp(message.get("body", b"")[:4096])
                await send({**start, "headers": start["headers"] + [(b"content-security-policy", policy.encode())]})
            await send(message)

        await self.app(scope, counted, secured)


async def _drain(receive: Receive, budget: int) -> None:
    """Read and drop the rest of a refused body, up to ``budget`` bytes (then the connection is closed)."""
    while budget > 0:
        message = await receive()
        if message["type"] != "http.request":
            return
        budget -= len(message.get("body", b""))
        if not message.get("more_body"):
            return


async def _plain(send: Send, status: int, text: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(text)).encode()),
                            (b"x-content-type-options", b"nosniff")]})
    await send({"type": "http.response.body", "body": text})


async def _drain_refused(send: Send, limit: int) -> None:
    body = too_large_page(limit)
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close"), (b"x-content-type-options", b"nosniff"),
                            (b"content-security-policy", f"{DEFAULT_CSP}; {HEADER_EXTRA}".encode())]})
    await send({"type": "http.response.body", "body": body})
