#!/usr/bin/env bash
# Whole-corpus measurements of newsgraph, printed as a table (the README's performance
# section comes from it):
#   - extraction (segment + extract + resolve, JSON Lines to /dev/null, no store) in words/s
#     per core and MB/s, on 1 and 2 threads, and spaCy en_core_web_sm on the same articles
#     in the same run when a Python with spaCy and the model is given;
#   - `newsgraph build` of generated corpora (10,000 and 100,000 articles by default) into a
#     new persistent store: articles/s, triples/s, peak resident memory;
#   - Oxigraph's own bulk loader (pyoxigraph) on the same corpus's N-Quads, and the ratio;
#   - adding one article to the largest store, and removing it again (the store must come
#     back to the same quad count);
#   - every bundled query on the largest store.
#
# Usage: tests/benches/corpus.sh [SOURCE_DIR ...]      (default: the PolNeAR train and dev
#        articles in ../shared/eval)
# Environment: NG_BENCH_DIR (work directory, default /tmp/newsgraph-bench; corpora and stores
#   go there, never into the repository), NG_BENCH_SIZES (default "10000 100000"),
#   NG_BENCH_PYTHON (a Python with spaCy, the en_core_web_sm model and pyoxigraph; the peers
#   are skipped without it), NG_BENCH_SEED (default 1), NG_BENCH_EXTRACT=0 (skip the
#   extraction rows, spaCy's too), NG_BENCH_BIN (a newsgraph binary to use instead of
#   building one),
#   NG_BENCH_QUERY_LIMIT (seconds one query may take before it is stopped and reported as
#   over the limit, default 600, so that one slow query does not stop the others),
#   NG_BENCH_QUERIES=0 (skip the query rows), NG_BENCH_KEEP_STORES=0 (remove newsgraph's
#   stores before Oxigraph's is made, for a disk that cannot hold both), CARGO_TARGET_DIR as
#   for cargo. zstd must be installed for the Oxigraph peer.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work=${NG_BENCH_DIR:-/tmp/newsgraph-bench}
sizes=${NG_BENCH_SIZES:-10000 100000}
seed=${NG_BENCH_SEED:-1}
query_limit=${NG_BENCH_QUERY_LIMIT:-600}
python=${NG_BENCH_PYTHON:-}
if [ $# -gt 0 ]; then
    sources=("$@")
else
    sources=("$root/../shared/eval/polnear-train/text" "$root/../shared/eval/polnear-dev/text")
fi
mkdir -p "$work"

if [ -n "${NG_BENCH_BIN:-}" ]; then
    bin=$NG_BENCH_BIN
else
    (cd "$root" && cargo build --release --quiet)
    bin=${CARGO_TARGET_DIR:-$root/target}/release/newsgraph
fi

rows=()
row() { rows+=("$(printf '| %s | %s |' "$1" "$2")"); echo "$1: $2" >&2; }

# Runs a command, keeping its wall time (s) and peak resident memory (MB) in $wall and $rss.
measure() {  # returns the command's status (time writes a status line first on failure)
    local status=0
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" || status=$?
    read -r wall rss_kb < <(tail -1 "$work/time")
    rss=$((rss_kb / 1024))
    return "$status"
}

words_and_bytes() {  # of the article texts of a JSON Lines file
    python3 -c '
import json, sys
words = size = 0
for line in open(sys.argv[1], encoding="utf-8"):
    text = json.loads(line)["text"]
    words += len(text.split())
    size += len(text.encode("utf-8"))
print(words, size)' "$1"
}

rate() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):,.0f}')" "$@"; }
megabytes_per_s() { python3 -c "import sys; print(f'{float(sys.argv[1]) / 1e6 / float(sys.argv[2]):.2f}')" "$@"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$@"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(free -g | awk '/Mem:/ {print $2}') GB; load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%F)" >&2

# The source articles once as they are, for the peer comparison.
"$bin" generate --articles "$(find "${sources[@]}" -name '*.txt' | wc -l)" --seed "$seed" \
    "${sources[@]}" -o "$work/sources.jsonl"
for size in $sizes; do
    [ -s "$work/corpus-$size.jsonl" ] ||
        "$bin" generate --articles "$size" --seed "$seed" "${sources[@]}" -o "$work/corpus-$size.jsonl"
done
first=${sizes%% *}
last=${sizes##* }

# Extraction, no store.
read -r words bytes < <(words_and_bytes "$work/corpus-$first.jsonl")
for threads in $([ "${NG_BENCH_EXTRACT:-1}" = 1 ] && echo 1 2); do
    measure env RAYON_NUM_THREADS=$threads "$bin" extract --format jsonl "$work/corpus-$first.jsonl" > /dev/null
    eval "extract_$threads=$wall"
    row "extraction, $first articles ($words words), $threads thread(s)" \
        "$wall s: $(rate "$words" "$wall") words/s, $(megabytes_per_s "$bytes" "$wall") MB/s, ${rss} MB peak"
done
[ -z "${extract_2:-}" ] || row "extraction speed-up 1 -> 2 threads" "$(ratio "$extract_1" "$extract_2")x"

if [ -n "$python" ] && [ "${NG_BENCH_EXTRACT:-1}" = 1 ]; then
    read -r peer_words _ < <(words_and_bytes "$work/sources.jsonl")
    measure env RAYON_NUM_THREADS=1 "$bin" extract --format jsonl "$work/sources.jsonl" > /dev/null
    ours=$wall
    # spaCy's time is its pipeline's alone (printed by the script, model loading left out);
    # newsgraph's is the whole process.
    OMP_NUM_THREADS=1 "$python" "$root/tests/benches/spacy_words.py" "$work/sources.jsonl" > "$work/spacy.txt"
    spacy=$(awk '{print $5}' "$work/spacy.txt")
    row "spaCy en_core_web_sm vs newsgraph, $peer_words words, 1 thread" \
        "$spacy s vs $ours s: $(rate "$peer_words" "$spacy") vs $(rate "$peer_words" "$ours") words/s, newsgraph $(ratio "$spacy" "$ours")x faster"
fi

# End to end into a new persistent store.
for size in $sizes; do
    rm -rf "$work/store-$size"
    measure "$bin" --store "$work/store-$size" build "$work/corpus-$size.jsonl" 2> "$work/build-$size.log"
    triples=$(grep -o '[0-9]* triples' "$work/build-$size.log" | tail -1 | cut -d' ' -f1)
    linking=$(grep -o 'linking across articles [0-9.]*' "$work/build-$size.log" | tail -1 | awk '{print $4}')
    flushing=$(grep -o 'flushing the store [0-9.]*' "$work/build-$size.log" | tail -1 | awk '{print $4}')
    eval "build_$size=$wall"
    eval "flush_$size=$flushing"
    row "build, $size articles ($triples triples)" \
        "$wall s: $(rate "$size" "$wall") articles/s, $(rate "$triples" "$wall") triples/s, ${rss} MB peak; linking across articles ${linking} s and the final flush of the store ${flushing} s of it"
done

# One article in and out of the largest store.
store="$work/store-$last"
quads_before=$("$bin" --store "$store" stats | awk '/^quads/ {print $2}')
head -1 "$work/sources.jsonl" | sed 's/"id":"\([^"]*\)"/"id":"\1-added"/' > "$work/one.jsonl"
added=$(head -1 "$work/one.jsonl" | sed 's/^{"id":"\([^"]*\)".*/\1/')
measure "$bin" --store "$store" build "$work/one.jsonl" 2> /dev/null
row "add one article to the $last-article store" "$wall s, ${rss} MB peak"
measure "$bin" --store "$store" remove "$added" 2> /dev/null
quads_after=$("$bin" --store "$store" stats | awk '/^quads/ {print $2}')
row "remove it again" "$wall s; quads before $quads_before, after $quads_after"

# Every bundled query on the largest store.
if [ "${NG_BENCH_QUERIES:-1}" = 1 ]; then
    doc=$(head -1 "$work/corpus-$last.jsonl" | sed 's/^{"id":"\([^"]*\)".*/\1/')
    speaker=$("$bin" --store "$store" query speakers --format csv --limit 1 | sed -n 2p | cut -d, -f1)
    for query in $("$bin" query --list | cut -d' ' -f1); do
        params=()
        case $query in
            article) params=(--param "doc=$doc") ;;
            entity-profile) params=(--param "name=$speaker") ;;
        esac
        if measure timeout "$query_limit" "$bin" --store "$store" query "$query" "${params[@]}" \
            --format tsv > "$work/query.tsv"; then
            row "query $query on the $last-article store" "$wall s, $(($(wc -l < "$work/query.tsv") - 1)) rows"
        else
            row "query $query on the $last-article store" "stopped after $query_limit s"
        fi
    done
fi

# Oxigraph's own bulk loader on the N-Quads of the first size, last: at 100,000 articles the
# N-Quads are about 46 GB and each store about as much, so the N-Quads are kept compressed
# (zstd, decompressed into the loader through a pipe, which costs the loader a little CPU)
# and, with NG_BENCH_KEEP_STORES=0, newsgraph's stores are removed before Oxigraph's is made.
if [ -n "$python" ]; then
    "$bin" extract "$work/corpus-$first.jsonl" | zstd -q -1 -f -o "$work/corpus-$first.nq.zst"
    quads=$(zstd -dc "$work/corpus-$first.nq.zst" | wc -l)
    [ "${NG_BENCH_KEEP_STORES:-1}" = 1 ] || rm -rf "$work"/store-*
    rm -rf "$work/oxigraph-$first"
    zstd -dc "$work/corpus-$first.nq.zst" |
        "$python" "$root/tests/benches/oxigraph_load.py" /dev/stdin "$work/oxigraph-$first" > "$work/oxigraph.txt"
    oxigraph=$(awk '{print $3}' "$work/oxigraph.txt")
    oxigraph_flush=$(grep -o 'flush [0-9.]*' "$work/oxigraph.txt" | awk '{print $2}')
    eval "wall=\$build_$first"
    eval "flushing=\$flush_$first"
    # Like with like: the loader's time against the build's before its final flush, and both
    # with their flushes (after a bulk load the flush can take longer than the link pass).
    unflushed=$(awk -v w="$wall" -v f="$flushing" 'BEGIN { printf "%.2f", w - f }')
    flushed=$(awk -v o="$oxigraph" -v f="$oxigraph_flush" 'BEGIN { printf "%.2f", o + f }')
    row "Oxigraph bulk load of the $quads extracted quads of $first articles (pyoxigraph)" \
        "$oxigraph s and a flush of $oxigraph_flush s: $(rate "$quads" "$oxigraph") quads/s; newsgraph build of the same articles $unflushed s before its flush, $(ratio "$oxigraph" "$unflushed") of Oxigraph's rate; both with their flushes $wall s against $flushed s, $(ratio "$flushed" "$wall")"
    rm -rf "$work/oxigraph-$first" "$work/corpus-$first.nq.zst"
fi

echo
echo "| measurement | result |"
echo "| --- | --- |"
printf '%s\n' "${rows[@]}"
