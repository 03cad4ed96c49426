"""python -m framing.train NAME [--corpora DIR]: (re)train a packaged model reproducibly."""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

# model name -> trainer module in framing.learn.training
TRAINERS: dict[str, str] = {
    "hedges": "hedges",        # framing/learn/training/hedges.py -> models/hedges.json (WikiWeasel)
    "alarmist": "alarmist",    # framing/learn/training/alarmist.py -> models/alarmist.json (PTC)
    "cues": "cues",            # framing/learn/training/cues.py -> models/cues.json (PolNeAR)
    # -> framing/compare/document_frequencies.txt (PolNeAR, PTC, hyperpartisan)
    "document_frequencies": "document_frequencies",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m framing.train")
    parser.add_argument("name", choices=sorted(TRAINERS) or ["(none)"], help="the model to train")
    parser.add_argument("--corpora", default=str(Path(__file__).resolve().parent.parent.parent / "shared"
                                                 / "corpora"), help="folder of the annotated corpora")
    parser.add_argument("--out", default=None, help="folder to write the model to (default: where framing "
                        "reads it: framing/analysis/models, or the trainer's own DEFAULT_OUT)")
    args = parser.parse_args(argv)
    corpora = Path(args.corpora)
    if not corpora.is_dir():
        print(f"framing.train: error: {corpora}: no such folder (the annotated corpora)", file=sys.stderr)
        return 1
    module = importlib.import_module(f"framing.learn.training.{TRAINERS[args.name]}")
    default = getattr(module, "DEFAULT_OUT", Path(__file__).resolve().parent / "analysis" / "models")
    report = module.train(corpora, Path(args.out) if args.out else default)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
