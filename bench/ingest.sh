#!/usr/bin/env bash
# Ingest throughput and memory: the whole Reuters-21578 corpus into a fresh
# store (first run), then the same corpus again (nothing changed). Prints
# each run and the medians (articles/s counts every story read, rejected ones
# included), with the machine it ran on.
#
# usage: bench/ingest.sh [RUNS] [CORPUS]    (defaults: 3, ../shared/corpus/reuters21578.jsonl)
# PostgreSQL: DIPGRAPH_BENCH_PG=postgres://postgres@127.0.0.1:54330 bench/ingest.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-3}
corpus=${2:-../shared/corpus/reuters21578.jsonl}
[ -f "$corpus" ] || { echo "bench/ingest.sh: corpus $corpus not found" >&2; exit 1; }

work=$(mktemp -d /tmp/dipgraph-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
go build -o "$work/dipgraph" ./cmd/dipgraph
articles=$(grep -c . "$corpus")

machine
echo "backend: $(backend_name)"
echo "corpus:  $corpus ($articles articles)"
for i in $(seq "$runs"); do
  read -ra store <<<"$(backend_flags "$i")"
  timed "${store[@]}" ingest --date-field date "$corpus"
  read -r secs rss <"$work/time.last"
  quads=$(awk '/^quads written:/ {print $3}' "$work/out")
  timed "${store[@]}" ingest --date-field date "$corpus"
  read -r secs2 _ <"$work/time.last"
  a1=$(awk -v n="$articles" -v s="$secs" 'BEGIN {printf "%.0f", n/s}')
  q1=$(awk -v n="$quads" -v s="$secs" 'BEGIN {printf "%.0f", n/s}')
  a2=$(awk -v n="$articles" -v s="$secs2" 'BEGIN {printf "%.0f", n/s}')
  echo "run $i: first ${secs}s = $a1 articles/s, $q1 quads/s ($quads quads), peak RSS $((rss / 1024)) MB; second ${secs2}s = $a2 articles/s"
  echo "$a1" >>"$work/first"; echo "$q1" >>"$work/quads"; echo "$a2" >>"$work/second"; echo "$((rss / 1024))" >>"$work/rss"
  rm -rf "$work/db$i"
done
echo "median of $runs: first run $(median <"$work/first") articles/s, $(median <"$work/quads") quads/s, peak RSS $(median <"$work/rss") MB; second run $(median <"$work/second") articles/s"
