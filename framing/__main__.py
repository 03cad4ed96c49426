"""``python -m framing``."""
from .cli import run

run()
