# Shared by the bench/ scripts (sourced, not run).
#
# A store per run: bolt in a temporary directory, or, when DIPGRAPH_BENCH_PG
# holds a server URL without a database (postgres://user@host:port), a fresh
# database dipgraph_bench created on that server with psql.

machine() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/ {print $2}') GB, $(go version | cut -d' ' -f3), load $(cut -d' ' -f1-3 /proc/loadavg)"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# backend_flags prints the dipgraph flags of a fresh store for run $1 under $work.
backend_flags() {
  if [ -n "${DIPGRAPH_BENCH_PG:-}" ]; then
    psql -q "$DIPGRAPH_BENCH_PG/postgres" -c 'DROP DATABASE IF EXISTS dipgraph_bench' -c 'CREATE DATABASE dipgraph_bench' >/dev/null
    echo "--backend postgres --db $DIPGRAPH_BENCH_PG/dipgraph_bench?sslmode=disable"
  else
    echo "--db $work/db$1"
  fi
}

backend_name() { if [ -n "${DIPGRAPH_BENCH_PG:-}" ]; then echo "postgres ($(psql -tA "$DIPGRAPH_BENCH_PG/postgres" -c 'SHOW server_version'))"; else echo bolt; fi; }

# timed runs dipgraph with the given arguments, stdout to $work/out and
# "seconds peak-KB" to $work/time; exit status 3 (some inputs rejected) is
# not a failure here.
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$work/dipgraph" "$@" >"$work/out" 2>"$work/err" || [ $? -eq 3 ] || { cat "$work/err" >&2; exit 1; }
  tail -n 1 "$work/time" >"$work/time.last"
}
