"""Count the document frequencies behind topic similarity (``framing/compare/document_frequencies.txt``).

Topic similarity (:mod:`framing.compare.similarity`) weighs words by how rare they are in news in
general, not in the two or three articles being compared, so that its values mean the same for a
comparison of two articles as for a corpus of thousands. This counts, over the news articles of the
annotated corpora's training splits (PolNeAR train, the Propaganda Techniques Corpus train split and
the SemEval-2019 hyperpartisan articles: about 1,650 articles of dozens of outlets), in how many
articles each word occurs, with the tokenizer and English stop words of scikit-learn's vectorizers.
Words in fewer than two articles are left out (they get the highest weight anyway). AllSides is not
used: it is where the similarity scale is calibrated (``scripts/calibrate_similarity.py``).

Run: ``python -m framing.train document_frequencies``.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FILES = ("polnear/articles.train.jsonl", "ptc/articles.train.jsonl", "hyperpartisan/articles.shared.jsonl")
# the key of the line holding the number of articles: not a token CountVectorizer can make (the word
# "documents" has a line of its own)
TOTAL_KEY = "<documents>"
MIN_DF = 2
NAME = "document_frequencies.txt"
DEFAULT_OUT = Path(__file__).resolve().parents[2] / "compare"


def train(corpora: Path, out: Path) -> dict[str, Any]:
    """Count the document frequencies and write ``out/document_frequencies.txt``; returns a summary."""
    from sklearn.feature_extraction.text import CountVectorizer

    docs: list[str] = []
    for name in FILES:
        with (corpora / name).open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    record = json.loads(line)
                    docs.append(f"{record.get('title') or ''}\n{record['text']}")
    vectorizer = CountVectorizer(stop_words="english", binary=True, min_df=MIN_DF)
    counts = vectorizer.fit_transform(docs)
    df = counts.sum(axis=0).A1
    terms = vectorizer.get_feature_names_out()
    lines = ["# Document frequencies of words in news articles, for topic similarity (framing/compare/similarity.py).",
             f"# Counted by framing/learn/training/document_frequencies.py over: {', '.join(FILES)}.",
             f"# Tokens and English stop words of scikit-learn's CountVectorizer; words in fewer than {MIN_DF} "
             "articles are left out.",
             f"{TOTAL_KEY}\t{len(docs)}"]
    lines += [f"{term}\t{int(n)}" for term, n in sorted(zip(terms, df))]
    out.mkdir(parents=True, exist_ok=True)
    (out / NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"written": str(out / NAME), "documents": len(docs), "terms": len(terms), "min_df": MIN_DF}
