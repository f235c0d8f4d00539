#!/usr/bin/env bash
# Query latency at one million quads: runs graph's Benchmark1M (who-met,
# visits and timeline of a busy and an ordinary actor, gatherings and events
# in one month, a path, name resolution) RUNS times and prints each query's
# p50/p95 in ms, the median over the runs, with the machine it ran on. The
# 1M-quad store is built on first use (about a minute on bolt) and kept in
# $TMPDIR/dipgraph-bench-1m (DIPGRAPH_BENCH_DIR to move it).
#
# usage: bench/queries.sh [RUNS] [ITERATIONS]    (defaults: 3, 200)
# PostgreSQL: DIPGRAPH_BENCH_PG=postgres://postgres@127.0.0.1:54330 bench/queries.sh
#   (builds into database dipgraph_bench1m on that server, created if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-3}
iters=${2:-200}
export DIPGRAPH_BENCH_1M=1
backend=bolt
if [ -n "${DIPGRAPH_BENCH_PG:-}" ]; then
  backend="postgres ($(psql -tA "$DIPGRAPH_BENCH_PG/postgres" -c 'SHOW server_version'))"
  if ! psql -tA "$DIPGRAPH_BENCH_PG/postgres" -c "SELECT 1 FROM pg_database WHERE datname = 'dipgraph_bench1m'" | grep -q 1; then
    psql -q "$DIPGRAPH_BENCH_PG/postgres" -c 'CREATE DATABASE dipgraph_bench1m'
    rm -f "${TMPDIR:-/tmp}"/dipgraph-bench-1m-postgres-*.json
  fi
  export DIPGRAPH_BENCH_POSTGRES="$DIPGRAPH_BENCH_PG/dipgraph_bench1m?sslmode=disable"
fi
machine
echo "backend: $backend"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
go test ./graph/ -run '^$' -bench '^Benchmark1M$' -benchtime "${iters}x" -count "$runs" -timeout 30m | tee "$out" | grep -E '^(Benchmark|ok|FAIL)' || true
echo "median of $runs runs (ms):"
awk '/^Benchmark1M\// {
  name = $1; sub(/-[0-9]+$/, "", name); sub(/^Benchmark1M\//, "", name)
  for (i = 1; i <= NF; i++) { if ($(i+1) == "p50-ms") p50[name] = p50[name] " " $i; if ($(i+1) == "p95-ms") p95[name] = p95[name] " " $i }
  if (!(name in seen)) { seen[name] = 1; order[++n] = name }
}
function med(s,   a, k, i, j, t) { k = split(s, a, " "); for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }; return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
END { for (i = 1; i <= n; i++) printf "  %-22s p50 %8.3f   p95 %8.3f\n", order[i], med(p50[order[i]]), med(p95[order[i]]) }' "$out"
