#!/usr/bin/env bash
# Batch end-to-end benchmark (issue 8, benchmark 1): our pipeline (./ita run: Spark ingest → analytics →
# DuckDB publish) against the same derived tables (all but weak_share, run_note and agency) computed by
# plain DuckDB SQL in a JVM (DuckDbBaseline) and by pandas (pandas_baseline.py), back to back on the same
# input, so the ratios come from the same machine conditions. Prints time per phase, wall and CPU time,
# peak RSS, the ratios, and the equality check of all three (BenchCompare); exits 1 when they differ.
# --rounds N runs the three N times, interleaved (ours, DuckDB, pandas, then again), and prints each round's
# ratios and their median: on a shared host one run's wall time moves by ±10 %.
#
#   analytics/bench/batch-bench.sh --input /tmp/bench-national [--work DIR] [--rounds N] [--skip-build]
#
# Needs Debian python3-pandas (apt-get install -y python3-pandas) and /usr/bin/time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
INPUT="" WORK="" BUILD=1 ROUNDS=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --input) INPUT="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "batch-bench: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "batch-bench: --rounds takes a whole number ≥ 1" >&2; exit 2; }
[[ -n "$INPUT" && -d "$INPUT" ]] || { echo "batch-bench: --input DIR (e.g. from ./ita generate) is required" >&2; exit 2; }
INPUT="$(cd "$INPUT" && pwd)"
WORK="${WORK:-$(mktemp -d /tmp/batch-bench.XXXXXX)}"
mkdir -p "$WORK"
# The pyenv shims may shadow Debian's python3, which is the one with pandas.
PYTHON=/usr/bin/python3
"$PYTHON" -c 'import pandas' 2>/dev/null || { echo "batch-bench: needs Debian python3-pandas" >&2; exit 2; }

cd "$ROOT"
if [[ $BUILD -eq 1 ]]; then
  echo "batch-bench: building (mvn -q -o install -DskipTests)…" >&2
  mvn -q -B -o install -DskipTests >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
  touch "$ROOT/analytics/target/.ita-built"
fi
SPARK_FLAGS="$(tr '\n' ' ' < "$ROOT/.mvn/jvm.config")"
CP="$ROOT/analytics/target/test-classes:$ROOT/analytics/target/classes:$ROOT/analytics/target/lib/*"

# shellcheck disable=SC2086
java $SPARK_FLAGS -cp "$CP" th.ita.insight.analytics.publish.BenchReference "$WORK/ref"

# timed NAME COMMAND…: runs it under /usr/bin/time -v; its stderr (phase lines) goes to $WORK/NAME.err.
timed() {
  local name="$1"; shift
  echo "batch-bench: running $name…" >&2
  local rc=0
  /usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || rc=$?
  # ./ita run exits 3 when it quarantined rejects, which the national set has on purpose.
  if [[ $rc -ne 0 && ! ( "$name" == ours.* && $rc -eq 3 ) ]]; then
    echo "batch-bench: $name failed (exit $rc):" >&2; tail -20 "$WORK/$name.err" >&2; exit 1
  fi
}
for r in $(seq 1 "$ROUNDS"); do
  rm -rf "$WORK/ours.duckdb"* "$WORK/duckdb.duckdb" "$WORK/pandas"
  timed "ours.$r" ./ita run --input "$INPUT" --db "$WORK/ours.duckdb" --fresh --lang en
  # shellcheck disable=SC2086
  timed "duckdb.$r" java -Xmx3g -cp "$CP" th.ita.insight.analytics.bench.DuckDbBaseline "$INPUT" "$WORK/ref" "$WORK/duckdb.duckdb"
  timed "pandas.$r" "$PYTHON" "$ROOT/analytics/bench/pandas_baseline.py" "$INPUT" "$WORK/ref" "$WORK/pandas"
done
# From /usr/bin/time -v: wall seconds, CPU seconds (user + system), peak RSS in MB.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$WORK/$1.time"; }
cpu() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$WORK/$1.time"; }
rss() { awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$WORK/$1.time"; }
phase() { awk -v p="$2" '$2 == "phase" && $3 == p { print $4 }' "$WORK/$1.err"; }

echo
echo "input: $INPUT ($(du -sh "$INPUT" | cut -f1), $(cat "$INPUT"/*.csv | wc -l) lines); work: $WORK"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %8s %8s %8s %8s %8s | %8s %8s %8s\n' engine start ingest analytics publish phases wall cpu rss_MB
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
to_duckdb=() to_pandas=()
for r in $(seq 1 "$ROUNDS"); do
  for e in ours duckdb pandas; do
    n="$e.$r"
    start=$(phase "$n" spark); [[ -n "$start" ]] || start=$(phase "$n" start)
    printf '%-10s %8s %8s %8s %8s %8s | %8s %8s %8s\n' "$n" "$start" "$(phase "$n" ingest)" "$(phase "$n" analytics)" \
      "$(phase "$n" publish)" "$(phase "$n" total)" "$(wall "$n")" "$(cpu "$n")" "$(rss "$n")"
  done
  echo "round $r ratio wall ours/duckdb $(ratio "$(wall ours.$r)" "$(wall duckdb.$r)") (target ≤ 3)  ours/pandas $(ratio "$(wall ours.$r)" "$(wall pandas.$r)") (target < 1)"
  echo "round $r ratio cpu  ours/duckdb $(ratio "$(cpu ours.$r)" "$(cpu duckdb.$r)")  ours/pandas $(ratio "$(cpu ours.$r)" "$(cpu pandas.$r)")"
  echo "round $r ratio rss  ours/duckdb $(ratio "$(rss ours.$r)" "$(rss duckdb.$r)")  ours/pandas $(ratio "$(rss ours.$r)" "$(rss pandas.$r)")"
  to_duckdb+=("$(ratio "$(wall ours.$r)" "$(wall duckdb.$r)")")
  to_pandas+=("$(ratio "$(wall ours.$r)" "$(wall pandas.$r)")")
done
if [[ $ROUNDS -gt 1 ]]; then
  echo "median of $ROUNDS rounds: ratio wall ours/duckdb $(echo "${to_duckdb[*]}" | median) (target ≤ 3)  ours/pandas $(echo "${to_pandas[*]}" | median) (target < 1)"
fi
echo
java -cp "$CP" th.ita.insight.analytics.bench.BenchCompare "$WORK/ours.duckdb" "$WORK/duckdb.duckdb" "$WORK/pandas"
