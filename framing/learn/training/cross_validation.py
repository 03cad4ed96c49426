"""``framing evaluate TASK --cross-validate``: a task's learned model retrained and scored on folds."""
from __future__ import annotations

import importlib
import os
import tempfile
from pathlib import Path
from typing import Any

from ...errors import InputError, UsageError
from ...evaluation import TASKS

# the trainer (framing/learn/training/<name>.py) whose cross-validation scores each task's learned decisions
TRAINERS = {"attribution": "cues", "hedging": "hedges", "alarmist": "alarmist"}


def cross_validate(task: str, articles_path: str, labels_path: str) -> dict[str, Any]:
    """The 5-fold cross-validated figures of ``task``'s model retrained on these files
    (``framing evaluate TASK --cross-validate``).

    The task's trainer runs as ``python -m framing.train`` runs it, on the given files instead of the
    corpus's train split, and writes its model to a temporary folder (never the installed package):
    the figures are those of models that never saw the articles they are scored on. On the train
    splits in ``../shared/corpora`` this reproduces the cross-validated figures of the README.
    """
    if task not in TRAINERS:
        raise UsageError(f"unknown task {task!r}; choose from {', '.join(TASKS)}")
    for path in (articles_path, labels_path):
        if not os.path.isfile(path):
            raise InputError(path, "no such file")
    trainer = importlib.import_module(f"framing.learn.training.{TRAINERS[task]}")
    with tempfile.TemporaryDirectory() as tmp:
        report = trainer.train(None, Path(tmp), articles_path, labels_path)
    if task == "attribution":
        cv, rules, measure = report["cv_cue_exact"], None, "cue_exact"
    elif task == "hedging":
        cv, rules, measure = report["cv_5fold"]["model"], report["cv_5fold"]["rules_only"], "uncertain"
    else:
        cv, rules, measure = report["cv"], report["rules_only"], "semeval_si_4_techniques"
    out: dict[str, Any] = {"task": task, "model": TRAINERS[task], "folds": 5, "measure": measure,
                           "cross_validated": {k: cv[k] for k in ("precision", "recall", "f1")}}
    if rules is not None:
        out["rules_only"] = {k: rules[k] for k in ("precision", "recall", "f1")}
    if task == "hedging" and "reader_definition" in report["cv_5fold"]:
        # the same model, without the bare vague quantities a reader does not take as hedges
        out["reader_definition"] = {k: report["cv_5fold"]["reader_definition"][k]
                                    for k in ("precision", "recall", "f1")}
    return out


def format_cross_validation(cv: dict[str, Any]) -> str:
    lines = [f"task: {cv['task']}  (model {cv['model']}, {cv['folds']}-fold cross-validation)"]
    for name in ("cross_validated", "rules_only", "reader_definition"):
        if name in cv:
            v = cv[name]
            lines.append(f"  {cv['measure'] + ' ' + name:<42} P {v['precision']:.3f}  R {v['recall']:.3f}  "
                         f"F1 {v['f1']:.3f}")
    return "\n".join(lines) + "\n"
