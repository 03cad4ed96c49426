"""Which language an article is written in, so that English lexicons are only read on English text.

The identifier is py3langid (Adrien Barbaresi's maintained fork of langid.py, Lui & Baldwin 2012): a
naive Bayes model over byte n-grams of 97 languages, shipped inside the package (no download, ever),
loaded once per process and then a few milliseconds for a 4 KB article. The package ships the model
LZMA-compressed (0.35 s to unpack); framing unpacks it once into the cache folder
(:mod:`.data_cache`) and loads it from there in a few milliseconds.

What is classified is the title and the body together; of a body longer than three windows of
:data:`WINDOW` characters, its start, its middle and its end, so a megabyte costs what 6 KB does and
an article whose first paragraphs are a foreign quotation is still read as a whole.

* Too short to tell (fewer than :data:`MIN_LETTERS` letters, as "😀" or a one-line body): ``None``,
  treated as English and nothing said.
* Another language only when the model is sure of it (:data:`MIN_CONFIDENCE`): an English article
  quoting a Spanish phrase stays English, as does English text full of foreign names, where the
  model hesitates.
"""
from __future__ import annotations

from typing import Any

from .data_cache import cached_file, rebuild

ENGLISH = "en"
WINDOW = 2_000           # characters of each sampled window of a long body
MIN_LETTERS = 40         # fewer letters than this: too short to tell
MIN_CONFIDENCE = 0.9     # the model's probability (normalised over its 97 languages) for another language

_IDENTIFIER: list[Any] = []  # the loaded model, once per process


def _unpacked_model() -> bytes:
    """py3langid's model as an uncompressed ``.npz`` (the arrays its LZMA file holds)."""
    import lzma
    from pathlib import Path

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return lzma.decompress((Path(MODEL_DIR) / MODEL_FILE).read_bytes())


def _unsigned(values: Any) -> Any:
    """A NumPy array of unsigned integers as a standard-library ``array`` of the same width."""
    from array import array

    import numpy as np

    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out


def _identifier() -> Any:
    if not _IDENTIFIER:
        import io
        from importlib import metadata

        import numpy as np
        from py3langid.langid import LanguageIdentifier

        name = f"py3langid-{metadata.version('py3langid')}-model.npz"

        def load(model: Any) -> Any:
            with np.load(model if not isinstance(model, bytes) else io.BytesIO(model), allow_pickle=False) as data:
                # the arrays, in the types and order py3langid's own loader (``modelio.load_model``) gives them
                return LanguageIdentifier(
                    data["ptc"], data["pc"], data["classes"].tolist(), _unsigned(data["nextmove"]),
                    data["out_feat"].tolist(), norm_probs=True, tk_row=_unsigned(data["nextmove_row"]))
        try:
            identifier = load(cached_file(name, _unpacked_model))
        except (OSError, ValueError, KeyError, EOFError):  # a damaged cache file
            identifier = load(rebuild(name, _unpacked_model))
        _IDENTIFIER.append(identifier)
    return _IDENTIFIER[0]


def sample(title: str, text: str) -> str:
    """What is classified: the title and the body, or the body's start, middle and end windows."""
    if len(text) > 3 * WINDOW:
        middle = (len(text) - WINDOW) // 2
        text = "\n".join((text[:WINDOW], text[middle:middle + WINDOW], text[-WINDOW:]))
    return f"{title}\n{text}"


def identify(title: str, text: str) -> str | None:
    """The ISO 639-1 code of the article's language: "en" for English (and for text the model is not
    sure of), another code when the model is sure, ``None`` when the text is too short to tell."""
    chosen = sample(title, text)
    letters = 0
    for c in chosen:
        if c.isalpha():
            letters += 1
            if letters >= MIN_LETTERS:
                break
    if letters < MIN_LETTERS:
        return None
    # lone surrogates (from JSON escapes) cannot be encoded for the model: they carry no language
    cleaned = chosen.encode("utf-8", "replace").decode("utf-8")
    language, confidence = _identifier().classify(cleaned)
    if language != ENGLISH and float(confidence) < MIN_CONFIDENCE:
        return ENGLISH
    return str(language)
