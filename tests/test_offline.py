"""Nothing touches the network: analysis and rendering run with sockets blocked.

Runs in a fresh interpreter so that nothing is already cached: the CMU
dictionary, the VADER lexicon and the lexicons are all loaded under the block,
and NLTK's downloader raises if anything calls it.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from conftest import PL, VOV

SCRIPT = textwrap.dedent("""
    import socket, sys
    def refuse(*args, **kwargs):
        raise RuntimeError("network access attempted")
    class NoNetwork(socket.socket):
        connect = connect_ex = sendto = sendmsg = refuse
    socket.socket = NoNetwork
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    import nltk
    nltk.download = refuse
    import framing
    profiles = [framing.analyze(framing.load_article(p)) for p in sys.argv[1:3]]
    html = framing.render_comparison(framing.compare(profiles))
    assert profiles[0].features["readability"].value is not None
    assert "war drums" in html
    print("ok", len(html))
""")


def test_analysis_and_report_run_with_sockets_blocked(tmp_path):
    nltk_data = tmp_path / "empty_nltk_data"  # make sure no NLTK corpus is found on this machine
    nltk_data.mkdir()
    env = {"NLTK_DATA": str(nltk_data), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(VOV), str(PL)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_language_data_is_frozen_out_of_the_garbage_collectors_view():
    code = ("import gc, framing\n"
            "framing.analyze(framing.Article(id='x', title='t', text='Officials said it may rain.'))\n"
            "print(gc.get_freeze_count())")
    frozen = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # the lexicons, models, textstat and NumPy (about 49,000 objects; NLTK, SciPy and scikit-learn are no
    # longer imported to analyse an article)
    assert int(frozen.stdout) > 30_000
    env = {**os.environ, "FRAMING_NO_GC_FREEZE": "1"}
    plain = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert int(plain.stdout) == 0
