"""Faults: a batch killed at any point resumes to the same outputs, signals end a run with one line and
no orphaned worker, outputs are written through links, FIFOs and devices, and a write that fails names
the file. These run framing as users do, in a separate process."""
from __future__ import annotations

import csv
import errno
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import framing
from framing.atomic import remove_stale_temporaries, write_atomic
from framing.cli import main
from framing.corpus.batch import run_batch
from framing.corpus.tables import csv_cell

from conftest import PL, ROOT, VOV, store_contents

ENV = {**os.environ, "PYTHONHASHSEED": "0"}


def _as_in_a_terminal() -> None:
    """Ctrl-C and SIGTERM reach the command as they do in a terminal: a test run started in the
    background of a non-interactive shell (``make test &``) inherits SIGINT ignored, and Python then
    never raises KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _framing(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "framing", *args], cwd=ROOT, env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_as_in_a_terminal, **kw)


def _corpus(path: Path, n: int = 160) -> Path:
    """``n`` articles made from the two seeds: their paragraphs shuffled with a fixed seed."""
    rng = random.Random(7)
    seeds = [framing.load_article(p) for p in (VOV, PL)]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            base = seeds[i % 2]
            paragraphs = base.text.split("\n\n")
            rng.shuffle(paragraphs)
            fh.write(json.dumps({"id": f"a{i}", "title": f"{base.title} ({i})", "text": "\n\n".join(paragraphs),
                                 "source": ["wire", "site", "blog"][i % 3]}) + "\n")
    return path


def _outputs(out: Path) -> dict[str, object]:
    """Every output file of a batch by name: the store by its content (its file header counts writes),
    the others by their bytes."""
    return {p.relative_to(out).as_posix(): store_contents(p) if p.name == "framing.sqlite" else p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


def _workers_of(marker: str) -> list[int]:
    """Processes whose command line holds ``marker`` (a batch's output folder)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if marker in cmd and int(entry.name) != os.getpid():
                pids.append(int(entry.name))
    return pids


def _gone(marker: str, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _workers_of(marker):
            return True
        time.sleep(0.1)
    return False


def _count_cache(out: Path) -> int:
    """Articles analysed into the batch's store so far (read beside the running batch)."""
    import sqlite3

    if not (out / "framing.sqlite").is_file():
        return 0
    try:
        con = sqlite3.connect(f"file:{out / 'framing.sqlite'}?mode=ro", uri=True, timeout=0.2)
        try:
            return con.execute("SELECT count(*) FROM analyses").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError:  # not created yet, or locked for a moment
        return 0


needs_proc = pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc (Linux)")


@needs_proc
def test_a_batch_killed_at_any_point_resumes_to_the_same_outputs(tmp_path):
    corpus = _corpus(tmp_path / "corpus.jsonl")
    clean = tmp_path / "clean"
    assert _framing("batch", str(corpus), "--out", str(clean), "--jobs", "2", "--quiet").wait(timeout=300) == 0
    reference = _outputs(clean)
    assert len([k for k in reference if k.startswith("articles/")]) == 160
    out = tmp_path / "killed"
    # kill points: while starting, after some analyses, after most of them, and after the tables
    for point in (0, 20, 120, "tables"):
        proc = _framing("batch", str(corpus), "--out", str(out), "--jobs", "2", "--quiet")
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if point == "tables" and (out / "features.csv").exists() and (out / "stories").exists():
                break
            if point != "tables" and _count_cache(out) >= point:
                break
            time.sleep(0.02)
        proc.kill()
        proc.wait()
        assert _gone(str(out)), f"workers outlived the batch killed at {point}"
    assert _framing("batch", str(corpus), "--out", str(out), "--jobs", "2", "--quiet").wait(timeout=300) == 0
    assert _outputs(out) == reference
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


@needs_proc
@pytest.mark.parametrize("how", ["SIGTERM", "SIGINT to the group"])
def test_a_signal_ends_a_batch_with_one_line_and_no_orphan(tmp_path, how):
    corpus = _corpus(tmp_path / "corpus.jsonl", n=400)
    out = tmp_path / "out"
    proc = _framing("batch", str(corpus), "--out", str(out), "--jobs", "2", "--quiet", start_new_session=True)
    deadline = time.monotonic() + 120
    while _count_cache(out) < 10 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, "the batch ended before it could be signalled"
    if how == "SIGTERM":
        proc.send_signal(signal.SIGTERM)
    else:
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: every process of the group gets it
    _, err = proc.communicate(timeout=60)
    text = err.decode()
    assert "Traceback" not in text, text
    assert text.strip().splitlines() == (["framing: terminated"] if how == "SIGTERM" else ["framing: interrupted"])
    assert proc.returncode == (143 if how == "SIGTERM" else 130)
    assert _gone(str(out))
    assert not (out / "features.csv").exists()  # an interrupted run leaves no half tables
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


# ------------------------------------------------------------------ where outputs go

def test_output_is_written_through_a_symbolic_link(tmp_path):
    target = tmp_path / "real.html"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    assert main(["compare", str(VOV), str(PL), "-o", str(link)]) == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8").lower().startswith("<!doctype html>")


def test_output_is_written_into_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    assert main(["analyze", str(VOV), "--format", "json", "-o", str(fifo)]) == 0
    reader.join(timeout=30)
    assert json.loads(got[0])[0]["id"] == VOV.stem
    assert fifo.exists() and not fifo.is_file()  # still a FIFO, not replaced by a file


@pytest.mark.parametrize("target", ["-", "/dev/stdout"])
def test_output_to_standard_output(target):
    proc = _framing("compare", str(VOV), str(PL), "-o", target)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert out.lower().startswith(b"<!doctype html>") and b"</html>" in out
    assert Path("/dev/stdout").exists()


def test_a_full_disk_names_the_file():
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    proc = _framing("analyze", str(VOV), "-o", "/dev/full")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert err.decode().splitlines() == ["framing: error: /dev/full: No space left on device"]


def test_a_failed_write_names_the_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    real = Path.write_bytes

    def full(self, data):
        real(self, data[:10])
        raise OSError(errno.ENOSPC, "No space left on device")  # as write() raises it: no file name

    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(OSError) as info:
        write_atomic(tmp_path / "report.html", "x" * 100)
    assert info.value.filename == str(tmp_path / "report.html")
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_output_folder_is_one_line_naming_it(tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: make the folder a file's child instead
        blocker = tmp_path / "a-file"
        blocker.write_text("x", encoding="utf-8")
        out = blocker / "out"
    else:
        folder.chmod(0o500)
        out = folder / "out"
    err = tmp_path / "err.txt"
    with err.open("w", encoding="utf-8") as stream:
        code = main(["batch", str(VOV), "--out", str(out), "--quiet"], stderr=stream)
    line = err.read_text(encoding="utf-8")
    assert code == 1 and line.count("\n") == 1 and line.startswith("framing: error: ") and str(tmp_path) in line


def test_stale_temporaries_of_dead_runs_are_removed(tmp_path):
    (tmp_path / "articles").mkdir()
    dead = tmp_path / "articles" / ".page.html.999999999.tmp"
    mine = tmp_path / f".features.csv.{os.getpid()}.tmp"
    dead.write_text("half", encoding="utf-8")
    mine.write_text("in use", encoding="utf-8")
    assert remove_stale_temporaries(tmp_path) == 1
    assert not dead.exists() and mine.exists()


# ------------------------------------------------------------------ one failure, not the run's end

def test_an_article_that_fails_to_analyse_is_one_error_row(tmp_path, monkeypatch):
    import framing.corpus.batch as batch

    real = batch.analyze

    def flaky(article):
        if article.id == "a3":
            raise RecursionError("maximum recursion depth exceeded")
        return real(article)

    monkeypatch.setattr(batch, "analyze", flaky)
    result = run_batch([_corpus(tmp_path / "c.jsonl", n=6)], tmp_path / "out", jobs=1, quiet=True)
    assert result.n_articles == 5
    assert [e["input"] for e in result.errors] == [f"{tmp_path / 'c.jsonl'} (id a3)"]
    assert "RecursionError" in result.errors[0]["error"]
    rows = list(csv.DictReader((tmp_path / "out" / "features.csv").open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["a0", "a1", "a2", "a4", "a5"]


def test_sigterm_during_an_article_ends_the_batch_instead_of_becoming_its_error_row(tmp_path, monkeypatch):
    """The SIGTERM handler raises Terminated wherever the main process is; inside one article's analysis
    it must end the run, not be recorded as that article's failure while the batch goes on."""
    import framing.corpus.batch as batch
    from framing.cli import Terminated

    real = batch.analyze

    def signalled(article):
        if article.id == "a2":
            raise Terminated()
        return real(article)

    monkeypatch.setattr(batch, "analyze", signalled)
    with pytest.raises(Terminated):
        run_batch([_corpus(tmp_path / "c.jsonl", n=5)], tmp_path / "out", jobs=1, quiet=True)
    assert not (tmp_path / "out" / "features.csv").exists()


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path):
    pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed")
    import pyarrow.parquet as pq

    hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)"]  # (loaders strip blanks)
    assert [csv_cell(v) for v in ("\tcmd", "\rcmd", "plain", -0.5, None)] == ["'\tcmd", "'\rcmd", "plain", -0.5, ""]
    body = framing.load_article(VOV).text
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": h, "title": h, "text": body, "source": h, "url": h, "date": h})
                              + "\n" for h in hostile), encoding="utf-8")
    out = tmp_path / "out"
    run_batch([corpus], out, jobs=1, quiet=True, parquet=True)
    rows = list(csv.DictReader((out / "features.csv").open(encoding="utf-8", newline="")))
    for row, h in zip(rows, hostile):
        for column in ("id", "title", "source", "url", "date"):
            assert row[column] == "'" + h, (column, row[column])
        assert float(row["sentiment"]) < 0 or row["sentiment"][0].isdigit()  # numbers stay numbers
    jsonl = [json.loads(line) for line in (out / "features.jsonl").open(encoding="utf-8")]
    assert [r["title"] for r in jsonl] == hostile
    assert pq.read_table(out / "features.parquet").column("title").to_pylist() == hostile


def test_a_batch_never_reads_its_own_outputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in (VOV, PL):
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    err = tmp_path / "err.txt"
    with err.open("w", encoding="utf-8") as stream:
        assert main(["batch", str(folder), "--out", str(folder), "--quiet"], stderr=stream) == 1
    assert "the output folder is the input folder" in err.read_text(encoding="utf-8")
    inside = folder / "out"
    for _ in range(2):  # the second run must not read the first run's outputs
        result = run_batch([folder], inside, jobs=1, quiet=True)
        assert result.n_articles == 2 and result.errors == []


def test_the_article_size_limit_is_an_option(tmp_path, capsys):
    err = tmp_path / "err.txt"
    with err.open("w", encoding="utf-8") as stream:
        assert main(["analyze", str(VOV), "--max-article-size", "1000"], stderr=stream) == 1
    line = err.read_text(encoding="utf-8")
    assert line.count("\n") == 1 and "--max-article-size" in line and str(VOV) in line
    assert main(["analyze", str(VOV), "--max-article-size", "0"]) == 0
