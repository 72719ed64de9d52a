#!/usr/bin/env bash
# Exports at national size: multiplies the sample's FY2566 agencies (ScaleSample.java) to ~8,300,
# serves the copy with a small heap and times the national XLSX and one o42 PDF; prints size, time,
# the server's peak RSS. Usage: dashboard/bench/export-scale.sh [--copies 137] [--heap -Xmx192m]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
copies=137; heap="-Xmx192m"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --copies) copies="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    *) echo "export-scale.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
src="$ROOT/analytics/target/fixtures/sample.duckdb"
[[ -f "$src" ]] || { echo "export-scale.sh: $src missing: run mvn -B verify first" >&2; exit 2; }
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
java -cp "$ROOT/dashboard/target/lib/*" "$ROOT/dashboard/bench/ScaleSample.java" "$src" "$work/national.duckdb" "$copies" 2566
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ITA_SERVER_HEAP="$heap" "$ROOT/ita" serve --db "$work/national.duckdb" --port "$port" --cache-mb 0 > "$work/serve.log" 2>&1 &
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -sf "$base/health" >/dev/null 2>&1 && break; sleep 0.5; done
pid=$(pgrep -f "ServeCli.*--port $port" | head -1)
id=$(curl -sf "$base/api/agencies?q=%E0%B8%99%E0%B8%B2%E0%B8%97%E0%B8%AD%E0%B8%99" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["agency_id"])')
echo "heap $heap"
for i in 1 2; do
  curl -s -o "$work/national.xlsx" -w "national XLSX (run $i): %{http_code} %{size_download} B %{time_total} s\n" "$base/group/national/all/export.xlsx?year=2566"
  curl -s -o "$work/o42.pdf" -w "o42 PDF นาทอน (run $i): %{http_code} %{size_download} B %{time_total} s\n" "$base/agency/$id/o42.pdf?year=2566"
done
echo "server peak RSS: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/"$pid"/status)"
