#!/usr/bin/env bash
# First visits: what an overseer browsing many agencies waits for. Starts `./ita serve` on a published
# database, picks N agencies at random (fixed seed), requests each page once — never asked before, so
# never in the answer cache: the DuckDB queries are timed — then once more (the baseline: a repeat,
# served from the cache), and prints p50/p95/max of both, the ratio, every status seen and the RSS.
# Usage: dashboard/bench/first-visit.sh --db FILE [--agencies 60] [--heap "-Xmx96m -XX:+UseSerialGC"]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
db=""; agencies=60; heap="${ITA_SERVER_HEAP:-}"  # empty: the launcher's default
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --agencies) agencies="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    -h|--help) sed -n 2,6p "$0"; exit 0 ;;
    *) echo "first-visit.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
[[ -f "$db" ]] || { echo "first-visit.sh: --db FILE (a published database) is required" >&2; exit 2; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ITA_SERVER_HEAP="$heap" "$ROOT/ita" serve --db "$db" --port "$port" > /tmp/ita-first-visit.log 2>&1 &
launcher=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 240); do curl -sf "$base/health" >/dev/null 2>&1 && break; sleep 0.5; done
pid=$(pgrep -f "ServeCli.*--port $port" | head -1)
trap 'kill $pid 2>/dev/null || true' EXIT
ids=$(curl -sf "$base/api/agencies" | python3 -c "import json,sys,random; r=sorted(a['agency_id'] for a in json.load(sys.stdin)); random.seed(8); print(' '.join(random.sample(r, min($agencies, len(r)))))")
echo "db: $db; $(wc -w <<< "$ids") agencies at random; heap: $heap; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
times() { # $1 = path template with %s; prints "status seconds" per agency
  for id in $ids; do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$base$(printf "$1" "$id")"; done
}
curl -s -o /dev/null "$base/agency/$(cut -d' ' -f1 <<< "$ids")"   # one warm-up request: JIT, DuckDB's first open
for path in "/agency/%s" "/api/agencies/%s" "/api/agencies/%s/scores" "/api/agencies/%s/weak-items"; do
  first=$(times "$path"); again=$(times "$path")
  python3 - "$path" "$first" "$again" <<'PY'
import sys
def stats(text):
    rows = [l.split() for l in text.splitlines() if l.strip()]
    t = sorted(float(s) * 1000 for _, s in rows)
    return {c for c, _ in rows}, t[len(t) // 2], t[min(len(t) - 1, int(len(t) * 0.95))], t[-1]
c1, p50, p95, mx = stats(sys.argv[2]); c2, r50, r95, rmx = stats(sys.argv[3])
print(f"{sys.argv[1]:<30} first p50 {p50:7.1f} p95 {p95:7.1f} max {mx:7.1f} ms | repeat p50 {r50:5.1f} p95 {r95:5.1f} ms "
      f"| first/repeat p95 {p95 / max(r95, 0.001):5.1f}x | status {sorted(c1 | c2)}")
PY
done
echo "server RSS $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/"$pid"/status), peak $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/"$pid"/status)"
kill "$pid"; wait "$launcher" 2>/dev/null || true
