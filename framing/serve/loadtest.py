"""A bounded load test of a running ``framing serve``, from another process on 127.0.0.1.

:func:`run_load` sends ``n`` requests, ``concurrency`` at a time (threads, each with its own
keep-alive connection), cycling through a mix: the start page, a review of a short draft, a
comparison of two short articles, and the store's pages when the server has a store. It reports the
count of errors (any status other than 200, or a failed connection), the median and 95th-percentile
latency, and the server's resident memory (from ``/proc``, on Linux) after a warm-up and at the end.
The tests run it with 1,000 requests; ``python -m framing.bench --serve`` runs a heavier one.
"""
from __future__ import annotations

import http.client
import re
import statistics
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any, Callable, Sequence

ARTICLE_A = ("Council delays vote on river plan\n\nThe city council postponed its vote on the river "
             "restoration plan on Tuesday, officials said. \"We need another month to read the engineers' "
             "report,\" said council member Ana Ruiz. Critics argue the delay could cost the city a state "
             "grant, according to a letter from the state water agency.\n")
ARTICLE_B = ("River plan SHELVED as council caves\n\nIn a stunning blow, the council slammed the brakes on the "
             "river plan, a disastrous move that will surely doom the grant. Sources say members panicked. "
             "Everyone knows the plan was the city's last chance to save the river.\n")
DRAFT = ("Mayor's plan will certainly fail\n\nExperts say the mayor's budget is a catastrophe. The plan may "
         "possibly perhaps raise taxes. Officials claimed the numbers were fine.\n")


class Client:
    """One keep-alive connection to the server, with the CSRF cookie and token of its start page."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.conn = http.client.HTTPConnection(host, port, timeout=60)
        self.cookie = ""
        self.token = ""

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        hdrs = dict(headers or {})
        if self.cookie:
            hdrs["Cookie"] = self.cookie
        for attempt in (0, 1):  # a keep-alive connection the server closed is opened again once
            try:
                self.conn.request(method, path, body=body, headers=hdrs)
                r = self.conn.getresponse()
                data = r.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
                if attempt:
                    raise
        cookie = r.getheader("set-cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        return r.status, data

    def start(self) -> None:
        status, page = self.request("GET", "/")
        m = re.search(rb'name="csrf" value="([^"]+)"', page)
        if status != 200 or m is None:
            raise RuntimeError(f"the start page answered {status} without a form token")
        self.token = m.group(1).decode()

    def post(self, path: str, fields: dict[str, str]) -> tuple[int, bytes]:
        body = urllib.parse.urlencode({"csrf": self.token, **fields}).encode()
        return self.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})


def default_mix(store_paths: Sequence[str] = ()) -> list[Callable[[Client], tuple[int, bytes]]]:
    mix: list[Callable[[Client], tuple[int, bytes]]] = [
        lambda c: c.request("GET", "/"),
        lambda c: c.post("/review", {"draft": DRAFT}),
        lambda c: c.post("/compare", {"text_1": ARTICLE_A, "text_2": ARTICLE_B, "view": "comparison"}),
        lambda c: c.request("GET", "/review"),
    ]
    for p in store_paths:
        mix.append(lambda c, p=p: c.request("GET", p))
    return mix


def rss_kb(pid: int) -> int | None:
    """Resident memory of process ``pid`` in KB (Linux), or None."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def run_load(port: int, n: int = 1000, concurrency: int = 8, store_paths: Sequence[str] = (),
             server_pid: int | None = None, warmup: int = 100, host: str = "127.0.0.1") -> dict[str, Any]:
    """Send ``warmup`` then ``n`` requests of the mix, ``concurrency`` at a time; the figures."""
    mix = default_mix(store_paths)
    lock = threading.Lock()
    errors: list[str] = []

    def batch(count: int, latencies: list[float]) -> None:
        next_i = iter(range(count))

        def worker() -> None:
            c = Client(host, port)
            try:
                c.start()
                while True:
                    with lock:
                        i = next(next_i, None)
                    if i is None:
                        return
                    t0 = time.perf_counter()
                    try:
                        status, _ = mix[i % len(mix)](c)
                    except OSError as exc:
                        status, exc_text = 0, f"{type(exc).__name__}: {exc}"
                    else:
                        exc_text = ""
                    dt = time.perf_counter() - t0
                    with lock:
                        latencies.append(dt)
                        if status != 200:
                            errors.append(f"request {i} ({i % len(mix)}): {status or exc_text}")
            finally:
                c.conn.close()

        threads = [threading.Thread(target=worker) for _ in range(concurrency)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    batch(warmup, [])
    rss_before = rss_kb(server_pid) if server_pid else None
    latencies: list[float] = []
    t0 = time.perf_counter()
    batch(n, latencies)
    wall = time.perf_counter() - t0
    rss_after = rss_kb(server_pid) if server_pid else None
    ordered = sorted(latencies)
    return {"requests": len(latencies), "concurrency": concurrency, "errors": errors, "wall_s": round(wall, 2),
            "median_ms": round(statistics.median(ordered) * 1000, 1),
            "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000, 1),
            "requests_per_s": round(len(latencies) / wall, 1),
            "rss_before_kb": rss_before, "rss_after_kb": rss_after}
