"""The batch store's pages (filled in below once the store's schema lands)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import FramingError


def check_store(folder: Path) -> Path:
    raise FramingError(f"{folder}: browsing a store is not built yet")


def store_routes(folder: Path) -> list[Any]:
    return []
