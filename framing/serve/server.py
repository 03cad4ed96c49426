"""Run the app with uvicorn on 127.0.0.1 (by default), with its own temporary folder.

The temporary folder (``framing-serve-*`` in the system's) is the only place the server writes: the
form parser's spooled uploads and the PDFs being printed go there (``tempfile.tempdir`` points at it
for the server's process), and it is removed when the server stops.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from ..errors import FramingError


def serve(store_dir: str | None = None, host: str = "127.0.0.1", port: int = 8000, quiet: bool = False) -> None:
    try:
        import uvicorn
        from .app import Settings, create_app
    except ImportError as exc:
        raise FramingError(f"framing serve needs Starlette and uvicorn: pip install 'framing[serve]' "
                           f"({exc.name} is missing)") from None
    from ..review.config import ConfigError, load_config

    store = None
    if store_dir is not None:
        from .browse import check_store
        store = check_store(Path(store_dir))
    try:
        config = load_config(None)
    except ConfigError as exc:
        raise FramingError(str(exc)) from None
    tmp = tempfile.mkdtemp(prefix="framing-serve-")
    tempfile.tempdir = tmp
    # bound to every interface on purpose: any name reaches it; else only this computer's names
    named = f"[{host.lower()}]" if ":" in host else host.lower()  # an IPv6 address is bracketed in Host
    hosts = ("*",) if host in ("0.0.0.0", "::") else ("127.0.0.1", "localhost", "[::1]", named)
    settings = Settings(store_dir=store, hosts=hosts, review_config=config, tmp_dir=tmp)
    shown = f"[{host}]" if ":" in host else host
    if not quiet:
        print(f"framing serve: open http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/ "
              "in a browser (Ctrl-C stops it)", file=sys.stderr, flush=True)
    try:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", access_log=False,
                    server_header=False, timeout_keep_alive=5, limit_concurrency=64)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
