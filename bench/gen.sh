#!/usr/bin/env bash
# Write throughput without extraction: `dipgraph gen` writes synthetic
# articles (about 150 quads each) into a fresh store, then again (nothing
# changed). Prints each run and the medians, with the machine it ran on.
#
# usage: bench/gen.sh [RUNS] [QUADS]    (defaults: 3, 1000000)
# PostgreSQL: DIPGRAPH_BENCH_PG=postgres://postgres@127.0.0.1:54330 bench/gen.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-3}
quads=${2:-1000000}

work=$(mktemp -d /tmp/dipgraph-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
go build -o "$work/dipgraph" ./cmd/dipgraph

machine
echo "backend: $(backend_name)"
for i in $(seq "$runs"); do
  read -ra store <<<"$(backend_flags "$i")"
  timed "${store[@]}" gen --quads "$quads"
  read -r secs rss <"$work/time.last"
  n=$(awk '/^quads written:/ {print $3}' "$work/out")
  arts=$(awk '/^articles generated:/ {print $3}' "$work/out")
  timed "${store[@]}" gen --quads "$quads"
  read -r secs2 _ <"$work/time.last"
  q=$(awk -v n="$n" -v s="$secs" 'BEGIN {printf "%.0f", n/s}')
  a=$(awk -v n="$arts" -v s="$secs" 'BEGIN {printf "%.0f", n/s}')
  a2=$(awk -v n="$arts" -v s="$secs2" 'BEGIN {printf "%.0f", n/s}')
  echo "run $i: $n quads ($arts articles) in ${secs}s = $q quads/s, $a articles/s, peak RSS $((rss / 1024)) MB; again (unchanged) ${secs2}s = $a2 articles/s"
  echo "$q" >>"$work/q"; echo "$a" >>"$work/a"; echo "$a2" >>"$work/a2"; echo "$((rss / 1024))" >>"$work/rss"
  rm -rf "$work/db$i"
done
echo "median of $runs: $(median <"$work/q") quads/s, $(median <"$work/a") articles/s, peak RSS $(median <"$work/rss") MB; unchanged $(median <"$work/a2") articles/s"
