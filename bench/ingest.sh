#!/usr/bin/env bash
# Ingest throughput and memory: the whole Reuters-21578 corpus into a fresh
# bolt store (first run), then the same corpus again (nothing changed).
# Prints each run and the medians, with the machine it ran on.
#
# usage: bench/ingest.sh [RUNS] [CORPUS]    (defaults: 3, ../shared/corpus/reuters21578.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
corpus=${2:-../shared/corpus/reuters21578.jsonl}
[ -f "$corpus" ] || { echo "bench/ingest.sh: corpus $corpus not found" >&2; exit 1; }

work=$(mktemp -d /tmp/dipgraph-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
go build -o "$work/dipgraph" ./cmd/dipgraph
articles=$(grep -c . "$corpus")

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(go version | cut -d' ' -f3)"
echo "corpus:  $corpus ($articles articles)"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

: >"$work/first"; : >"$work/second"; : >"$work/rss"
for i in $(seq "$runs"); do
  db="$work/db$i"
  # Exit status 3 only means some stories were rejected (Reuters has stories
  # without a body); they are counted in the summary, not fatal here.
  /usr/bin/time -f "%e %M" -o "$work/t1" "$work/dipgraph" --db "$db" ingest --date-field date "$corpus" >"$work/out1" 2>"$work/err1" || [ $? -eq 3 ] || { cat "$work/err1" >&2; exit 1; }
  read -r secs rss < <(tail -n 1 "$work/t1")
  /usr/bin/time -f "%e %M" -o "$work/t2" "$work/dipgraph" --db "$db" ingest --date-field date "$corpus" >"$work/out2" 2>"$work/err2" || [ $? -eq 3 ] || { cat "$work/err2" >&2; exit 1; }
  read -r secs2 _ < <(tail -n 1 "$work/t2")
  quads=$(awk '/^quads written:/ {print $3}' "$work/out1")
  a1=$(awk -v n="$articles" -v s="$secs" 'BEGIN {printf "%.0f", n/s}')
  a2=$(awk -v n="$articles" -v s="$secs2" 'BEGIN {printf "%.0f", n/s}')
  echo "run $i: first ${secs}s = $a1 articles/s, peak RSS $((rss / 1024)) MB, $quads quads; second ${secs2}s = $a2 articles/s"
  echo "$a1" >>"$work/first"; echo "$a2" >>"$work/second"; echo "$((rss / 1024))" >>"$work/rss"
  rm -rf "$db"
done
echo "median: first run $(median <"$work/first") articles/s, peak RSS $(median <"$work/rss") MB; second run $(median <"$work/second") articles/s"
