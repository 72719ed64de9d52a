#!/usr/bin/env bash
# Dashboard latency on loopback: starts the server on a published database, loads a few endpoints with
# wrk (Debian package `wrk`) and prints p50/p95/p99, requests/s, errors and the server's RSS.
# Usage: dashboard/bench/latency.sh [--db FILE] [--seconds N] [--connections "16 64"] [--heap "-Xmx96m -XX:+UseSerialGC"]
# Each endpoint is measured three times in this run: with the server's answer cache as wrk asks by default
# (no Accept-Encoding: the plain bytes, label "cached"), as a browser asks ("Accept-Encoding: gzip, deflate,
# br": the answer gzipped once when cached, label "cached+gz"), and with --cache-mb 0 (every request queries
# DuckDB: the baseline, "queried"); the p95 ratio baseline/cached is printed.
# Without --db it uses var/demo/ita.duckdb (made by ./ita demo) or the test fixture of the sample.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
db=""; seconds=10; connections="16 64"; heap="${ITA_SERVER_HEAP:-}"  # empty: the launcher's default
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    -h|--help) sed -n 2,7p "$0"; exit 0 ;;
    *) echo "latency.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "latency.sh: needs wrk (apt-get install -y wrk)" >&2; exit 2; }
if [[ -z "$db" ]]; then
  for candidate in "$ROOT/var/demo/ita.duckdb" "$ROOT/analytics/target/fixtures/sample.duckdb"; do
    [[ -f "$candidate" ]] && { db="$candidate"; break; }
  done
fi
[[ -f "$db" ]] || { echo "latency.sh: no database; run ./ita demo first or pass --db" >&2; exit 2; }

start_server() { # $1 = cache MB; sets base, pid
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  ITA_SERVER_HEAP="$heap" "$ROOT/ita" serve --db "$db" --port "$port" --cache-mb "$1" > /tmp/ita-bench-serve.log 2>&1 &
  launcher=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 120); do curl -sf "$base/health" >/dev/null 2>&1 && break; sleep 0.5; done
  pid=$(pgrep -f "ServeCli.*--port $port" | head -1)
}
stop_server() {
  echo "server RSS ($1): $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/"$pid"/status), peak $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/"$pid"/status)"
  kill "$pid" 2>/dev/null || true
  wait "$launcher" 2>/dev/null || true
}
trap 'kill $pid 2>/dev/null || true' EXIT

run() { # $1 = label, $2 = extra wrk arguments (a header), if any
  for path in "/api/agencies/$id/scores" "/api/agencies/$id" "/agency/$id" "/api/agencies/$id/weak-items" "/api/peer-groups/national/all/stats"; do
    wrk -t2 -c16 -d2s ${2:+-H "$2"} "$base$path" >/dev/null 2>&1   # warm-up: JIT and DuckDB caches
    for c in $connections; do
      line=$(wrk -t2 -c"$c" -d"${seconds}s" ${2:+-H "$2"} -s "$ROOT/dashboard/bench/percentiles.lua" "$base$path" | grep '^RESULT' | cut -c8-)
      printf '%-9s %-40s %5s %s\n' "$1" "${path/$id/{id\}}" "$c" "$line"
      echo "$1 $path $c $line" >> "$results"
    done
  done
}

results=$(mktemp)
start_server 32
# One agency with question scores in its latest year: the heaviest overview.
id=$(curl -sf "$base/api/agencies" | python3 -c 'import json,sys; r=[a for a in json.load(sys.stdin) if a["origin"]=="computed"]; print(r[0]["agency_id"])')
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); db: $db; agency: $id; heap: ${heap:-launcher default}; ${seconds}s per run"
plain_bytes=$(curl -s -o /dev/null -w '%{size_download}' "$base/api/agencies/$id/scores")
gz_bytes=$(curl -s -H 'Accept-Encoding: gzip, deflate, br' -o /dev/null -w '%{size_download}' "$base/api/agencies/$id/scores")
echo "scores answer: $plain_bytes bytes plain, $gz_bytes bytes gzipped"
printf '%-9s %-40s %5s %s\n' server endpoint conns result
run cached
run cached+gz "Accept-Encoding: gzip, deflate, br"
stop_server cached
start_server 0
run queried
stop_server "queried"
echo "p95 ratio queried/cached (how much the answer cache saves):"
python3 - "$results" <<'PY'
import re, sys
rows = {}
for line in open(sys.argv[1]):
    mode, path, conns, rest = line.split(' ', 3)
    rows[(mode, path, conns)] = float(re.search(r'p95_ms=([0-9.]+)', rest).group(1))
for (mode, path, conns), p95 in rows.items():
    if mode == 'cached' and ('queried', path, conns) in rows:
        print(f"  {path:60s} {conns:>4} conns: {rows[('queried', path, conns)] / p95:6.1f}x")
PY
