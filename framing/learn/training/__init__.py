"""Training scripts for framing's small models (``python -m framing.train``).

Each trainer module defines ``train(corpora: Path, out: Path) -> dict`` that
fits one model from ``../shared/corpora`` with fixed seeds, reports
cross-validated figures, and writes ``framing/analysis/models/NAME.json``.
"""
