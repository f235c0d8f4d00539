#!/usr/bin/env bash
# Load test of `dipgraph serve` at one million quads: runs cmd/dipgraph's
# BenchmarkServe1M RUNS times. Each run starts the API on a loopback port
# (httptest, 127.0.0.1) over a 1M-quad bolt store opened read-only, and 8
# concurrent clients send REQUESTS requests per endpoint (who-met and
# timeline of a busy and an ordinary person, the first 300 events of the
# busy person's country), then stop. Prints each endpoint's p50/p95 latency
# (ms) and requests/s, and the median over the runs, with the machine it ran
# on. The store is written once with `dipgraph gen --quads 1000000` into
# $TMPDIR/dipgraph-bench-serve-1m (DIPGRAPH_BENCH_DIR to move it).
#
# usage: bench/serve.sh [RUNS] [REQUESTS]    (defaults: 3, 400)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-3}
reqs=${2:-400}
export DIPGRAPH_BENCH_1M=1
machine
echo "backend: bolt; 8 clients on loopback"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
go test ./cmd/dipgraph/ -run '^$' -bench '^BenchmarkServe1M$' -benchtime "${reqs}x" -count "$runs" -timeout 30m | tee "$out" | grep -E '^(Benchmark|ok|FAIL)' || true
echo "median of $runs runs:"
awk '/^BenchmarkServe1M\// {
  name = $1; sub(/-[0-9]+$/, "", name); sub(/^BenchmarkServe1M\//, "", name)
  for (i = 1; i <= NF; i++) {
    if ($(i+1) == "p50-ms") p50[name] = p50[name] " " $i
    if ($(i+1) == "p95-ms") p95[name] = p95[name] " " $i
    if ($(i+1) == "req/s") rps[name] = rps[name] " " $i
  }
  if (!(name in seen)) { seen[name] = 1; order[++n] = name }
}
function med(s,   a, k, i, j, t) { k = split(s, a, " "); for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }; return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
END { for (i = 1; i <= n; i++) printf "  %-22s p50 %8.2f ms   p95 %8.2f ms   %8.1f req/s\n", order[i], med(p50[order[i]]), med(p95[order[i]]), med(rps[order[i]]) }' "$out"
