#!/usr/bin/env bash
# Soak: many concurrent users walk landing → wizard → a wizard step → POST a recommendation →
# open its share link, for a long time. Passes when there is no error and the JVM's memory is
# flat (RSS at the end within GROWTH_PCT of RSS after the warm-up minute). Needs wrk (Debian).
#
#   bench/soak.sh [path/to/app.jar]
#
# Environment: USERS=500 DURATION=600 (seconds) WARMUP=120 (seconds, RSS baseline taken then)
#   GROWTH_PCT=10 APP_PORT=18280 JAVA=java JAVA_OPTS="-Xmx256m"
set -euo pipefail

USERS=${USERS:-500}
DURATION=${DURATION:-600}
WARMUP=${WARMUP:-120}
GROWTH_PCT=${GROWTH_PCT:-10}
APP_PORT=${APP_PORT:-18280}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}

cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
jar=${1:-$(ls target/*.jar 2>/dev/null | head -1)}
[[ -n "$jar" && -f "$jar" ]] || { echo "Build first: ./mvnw -DskipTests package (or pass the jar)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/advisor-soak.XXXXXX")
app_pid=
cleanup() {
	[[ -n "$app_pid" ]] && kill -TERM "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$jar" --server.port="$APP_PORT" --advisor.data-dir="$work/data" \
	--advisor.admin.password=soak-test-password --logging.level.root=WARN >"$work/app.log" 2>&1 &
app_pid=$!
base="http://127.0.0.1:$APP_PORT"
for _ in $(seq 1 600); do
	curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"' && break
	kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
	sleep 0.2
done

cat >"$work/walk.lua" <<'LUA'
-- Each connection is a user walking the journey over and over; the share link it opens is the
-- one its own POST just created (Location header).
local steps = { "/", "/wizard", "/wizard?step=3&service_kind=ai_backend&deployment=serverless", "POST", "SHARE" }
local body = '{"answers":{"service_kind":"ai_backend","deployment":"serverless","realtime":"streaming"}}'
local step = 0
local share = "/"
request = function()
	step = step % #steps + 1
	local s = steps[step]
	if s == "POST" then
		return wrk.format("POST", "/api/v1/topics/python-web-frameworks/recommendations",
			{ ["Content-Type"] = "application/json" }, body)
	elseif s == "SHARE" then
		return wrk.format("GET", share)
	end
	return wrk.format("GET", s)
end
response = function(status, headers, body)
	local location = headers["Location"] or headers["location"]
	if location then share = location end
end
LUA

rss() { ps -o rss= -p "$app_pid" | tr -d ' '; }
echo "Soak: $USERS users for ${DURATION}s against $base (RSS baseline after ${WARMUP}s) …"
wrk -t2 -c"$USERS" -d"${DURATION}s" --timeout 10s --latency -s "$work/walk.lua" "$base" >"$work/wrk.txt" &
wrk_pid=$!
sleep "$WARMUP"
rss_start=$(rss)
wait "$wrk_pid"
rss_end=$(rss)

requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
non2xx=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$work/wrk.txt")
socket=$(awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10}' "$work/wrk.txt")
errors=$(( ${non2xx:-0} + ${socket:-0} ))
growth=$(awk -v a="$rss_start" -v b="$rss_end" 'BEGIN {printf "%.1f", 100 * (b - a) / a}')

echo "requests: $requests ($rps req/s), p99 $p99, errors $errors (non-2xx/3xx ${non2xx:-0}, socket ${socket:-0})"
echo "RSS: $((rss_start / 1024)) MB after ${WARMUP}s, $((rss_end / 1024)) MB at the end ($growth%)"
if (( errors == 0 )) && awk -v g="$growth" -v max="$GROWTH_PCT" 'BEGIN {exit !(g <= max)}'; then
	echo "PASS"
else
	echo "FAIL"
	exit 1
fi
