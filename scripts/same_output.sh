#!/usr/bin/env bash
# Does this checkout give the same output, byte for byte, as an earlier commit?
#
#   scripts/same_output.sh REF_COMMIT [--models]
#
# Builds REF_COMMIT in a folder of its own (once: kept in ${FRAMING_REF_DIR:-/tmp/framing-ref-SHA},
# with its own .venv and compiled core), then runs scripts/output_digest.py (the analysis JSON of the
# seeds, of PolNeAR dev and AllSides dev, the seeds report, a batch of 300 articles) with both
# framings, compiled and pure (FRAMING_PURE=1), and compares the digests. With --models it also
# retrains the three packaged models from ../shared/corpora with both framings (into a temporary
# folder, never over framing/models) and compares the files. Exit status 0 when everything is the same.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
[ $# -ge 1 ] || { echo "usage: scripts/same_output.sh REF_COMMIT [--models]" >&2; exit 2; }
REF="$(git -C "$ROOT" rev-parse --verify "$1^{commit}")"
MODELS="${2:-}"
WORK="${FRAMING_REF_DIR:-/tmp/framing-ref-$REF}"
PYTHON="${PYTHON:-python3}"

if [ ! -f "$WORK/.built" ]; then
    echo "building $REF in $WORK" >&2
    rm -rf "$WORK" && mkdir -p "$WORK"
    git -C "$ROOT" archive "$REF" | tar -x -C "$WORK"
    "$PYTHON" -m venv "$WORK/.venv"
    "$WORK/.venv/bin/python" -m pip install --quiet --upgrade pip
    "$WORK/.venv/bin/python" -m pip install --quiet -e "$WORK" > "$WORK/install.log" 2>&1
    touch "$WORK/.built"
fi
make -C "$ROOT" --no-print-directory install >/dev/null

status=0
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
for mode in compiled pure; do
    flag=""; [ "$mode" = pure ] && flag="--pure"
    "$WORK/.venv/bin/python" "$ROOT/scripts/output_digest.py" --cwd "$WORK" $flag > "$TMP/ref-$mode.json"
    "$ROOT/.venv/bin/python" "$ROOT/scripts/output_digest.py" --cwd "$ROOT" $flag > "$TMP/now-$mode.json"
    if diff -u "$TMP/ref-$mode.json" "$TMP/now-$mode.json"; then
        echo "same output ($mode core) as ${REF:0:10}:"
        sed -e 's/^/    /' "$TMP/now-$mode.json"
    else
        echo "DIFFERENT output ($mode core) from ${REF:0:10}" >&2
        status=1
    fi
done

if [ "$MODELS" = "--models" ]; then
    # both framings retrain here, with the same libraries: a model file trained elsewhere (another
    # scikit-learn) can differ in the last digits of its weights, so the two retrained files are compared
    for name in cues hedges alarmist; do  # cues first: the hedges trainer uses the sourcing feature
        (cd "$WORK" && .venv/bin/python -m framing.train "$name" --corpora "$ROOT/../shared/corpora" \
            --out "$TMP/ref-models" > "$TMP/ref-train-$name.log")
        "$ROOT/.venv/bin/python" -m framing.train "$name" --out "$TMP/models" > "$TMP/train-$name.log"
        digest="$(sha256sum < "$TMP/models/$name.json" | cut -c1-16)"
        if cmp -s "$TMP/models/$name.json" "$TMP/ref-models/$name.json"; then
            packaged="differs from"; cmp -s "$TMP/models/$name.json" "$ROOT/framing/models/$name.json" && packaged="is"
            echo "model $name retrains byte-identical to ${REF:0:10}'s ($digest; $packaged the packaged file)"
        else
            echo "model $name retrains DIFFERENT from ${REF:0:10}'s" >&2
            status=1
        fi
    done
fi
exit $status
