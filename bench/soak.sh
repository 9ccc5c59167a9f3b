#!/usr/bin/env bash
# Soak: USERS concurrent users walk landing → wizard → a wizard step → POST a recommendation
# (random answers) → open its share link, over and over, for DURATION seconds, each pausing
# THINK_MIN..THINK_MAX ms between two steps as a person would (THINK_MAX=0: no pause, every
# connection sends its next request at once, a stress test that saturates). Prints the
# figures and PASS when no request failed and the JVM's memory is flat: RSS at the end within
# GROWTH_PCT of RSS at WARMUP (minute 2), sampled every SAMPLE seconds in between.
# Needs wrk (Debian package "wrk"). See bench/README.md.
#
#   bench/soak.sh [path/to/app.jar]
#
# Environment: USERS=500 DURATION=600 WARMUP=120 SAMPLE=60 (seconds) GROWTH_PCT=5
#   THINK_MIN=500 THINK_MAX=1500 (ms)
#   APP_PORT=18280 JAVA=java JAVA_OPTS="@jvm.options" TIMEOUT=10s (wrk's per-request timeout)
#   NMT=1: also track the JVM's native memory (-XX:NativeMemoryTracking=summary) and report, at
#   the end, what the committed memory is made of (jcmd VM.native_memory)
#   RESULTS=bench/results/<date>-soak.md   (RESULTS= to skip)
set -euo pipefail

USERS=${USERS:-500}
DURATION=${DURATION:-600}
WARMUP=${WARMUP:-120}
SAMPLE=${SAMPLE:-60}
GROWTH_PCT=${GROWTH_PCT:-5}
APP_PORT=${APP_PORT:-18280}
JAVA=${JAVA:-java}
TIMEOUT=${TIMEOUT:-10s}
THINK_MIN=${THINK_MIN:-500}
THINK_MAX=${THINK_MAX:-1500}

cd "$(dirname "$0")/.."
JAVA_OPTS=${JAVA_OPTS:-@$PWD/jvm.options}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
RESULTS=${RESULTS-bench/results/$(date -u +%Y-%m-%d)-soak.md}
if [[ ${NMT:-} == 1 ]]; then
	command -v jcmd >/dev/null || { echo "NMT=1 needs jcmd (a JDK, not a JRE)" >&2; exit 2; }
	JAVA_OPTS="$JAVA_OPTS -XX:NativeMemoryTracking=summary"
fi
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
jar=${1:-$(ls target/*.jar 2>/dev/null | head -1)}
[[ -n "$jar" && -f "$jar" ]] || { echo "Build first: ./mvnw -DskipTests package (or pass the jar)" >&2; exit 2; }
(( WARMUP < DURATION )) || { echo "WARMUP ($WARMUP s) must be shorter than DURATION ($DURATION s)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/advisor-soak.XXXXXX")
app_pid=
wrk_pid=
cleanup() {
	[[ -n "$wrk_pid" ]] && kill "$wrk_pid" 2>/dev/null || true
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

# The journey: bench/lib/answers.lua gives answers_body(); each connection is one user, and the
# share link it opens is the one its own POST just created (the Location header).
{
	cat bench/lib/answers.lua
	echo "local think_min, think_max = $THINK_MIN, $THINK_MAX"
	cat <<'LUA'
delay = function()
	if think_max <= 0 then return 0 end
	return math.random(think_min, think_max)
end
local steps = { "/", "/wizard", "/wizard?step=3&service_kind=ai_backend&deployment=serverless", "POST", "SHARE" }
local step = 0
local share = "/"
request = function()
	step = step % #steps + 1
	local s = steps[step]
	if s == "POST" then
		return wrk.format("POST", "/api/v1/topics/python-web-frameworks/recommendations",
			{ ["Content-Type"] = "application/json" }, answers_body())
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
} >"$work/walk.lua"

# shellcheck source=bench/lib/jvm.sh
. bench/lib/jvm.sh

rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$app_pid/status"; }
echo "Soak: $USERS users for ${DURATION}s against $base; JVM: $("$JAVA" -version 2>&1 | head -1), $JAVA_OPTS"
start=$(date +%s)
wrk -t2 -c"$USERS" -d"${DURATION}s" --timeout "$TIMEOUT" --latency -s "$work/walk.lua" "$base" >"$work/wrk.txt" &
wrk_pid=$!
samples=()
rss_warm=
while kill -0 "$wrk_pid" 2>/dev/null; do
	sleep 1
	elapsed=$(($(date +%s) - start))
	if (( elapsed >= WARMUP )) && [[ -z "$rss_warm" ]]; then
		rss_warm=$(rss_mb)
		samples+=("${elapsed}s:${rss_warm}")
		echo "  ${elapsed}s RSS ${rss_warm} MB (baseline)"
	elif (( elapsed % SAMPLE == 0 )); then
		samples+=("${elapsed}s:$(rss_mb)")
		echo "  ${elapsed}s RSS $(rss_mb) MB"
	fi
done
wait "$wrk_pid" || true
wrk_pid=
rss_end=$(rss_mb)
samples+=("end:$rss_end")
# What the JVM's committed memory is made of, largest first: "category | committed MB".
nmt_table=
if [[ ${NMT:-} == 1 ]]; then
	jcmd "$app_pid" VM.native_memory summary scale=MB >"$work/nmt.txt"
	nmt_table=$(awk '
		/^Total:/ { match($0, /committed=[0-9]+/); total = substr($0, RSTART + 10, RLENGTH - 10) }
		/^-/ && /committed=/ {
			line = $0; sub(/^- */, "", line); name = line; sub(/ *\(.*/, "", name)
			match(line, /committed=[0-9]+/); print substr(line, RSTART + 10, RLENGTH - 10) "\t" name
		}
		END { print total "\tTotal committed (NMT)" > "/dev/stderr" }' "$work/nmt.txt" 2>"$work/nmt-total.txt" |
		sort -rn | awk -F'\t' '$1 > 0 {printf "| %s | %s |\n", $2, $1}')
fi

requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
non2xx=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$work/wrk.txt")
socket=$(awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10}' "$work/wrk.txt")
errors=$((${non2xx:-0} + ${socket:-0}))
max_rss=$(printf '%s\n' "${samples[@]}" | cut -d: -f2 | sort -n | tail -1)
growth=$(awk -v a="$rss_warm" -v b="$rss_end" 'BEGIN {printf "%.1f", 100 * (b - a) / a}')
verdict=FAIL
if (( errors == 0 )) && awk -v g="$growth" -v max="$GROWTH_PCT" 'BEGIN {exit !(g <= max)}'; then
	verdict=PASS
fi

{
	echo "# Soak $(date -u +%Y-%m-%dT%H:%MZ)"
	echo
	echo "$USERS users (wrk -t2 -c$USERS, timeout $TIMEOUT) for ${DURATION}s, each pausing ${THINK_MIN}–${THINK_MAX} ms between steps:"
	echo "landing → /wizard → a wizard step → POST a recommendation with random answers → its share link."
	echo "$(nproc) cores; JVM: $("$JAVA" -version 2>&1 | head -1), $(jvm_flags)."

	echo
	echo "| requests | req/s | p50 | p99 | errors (non-2xx/3xx, socket) | RSS at ${WARMUP}s | RSS at the end | growth | max RSS |"
	echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	echo "| $requests | $rps | $p50 | $p99 | $errors (${non2xx:-0}, ${socket:-0}) | $rss_warm MB | $rss_end MB | $growth% | $max_rss MB |"
	echo
	echo "RSS samples (MB): ${samples[*]}"
	echo
	if [[ -n "$nmt_table" ]]; then
		echo "Native memory tracking at the end (jcmd VM.native_memory summary, committed; categories under 1 MB left out):"
		echo
		echo "| part of the JVM | MB |"
		echo "| --- | ---: |"
		echo "$nmt_table"
		awk -F'\t' '{printf "| **%s** | **%s** |\n", $2, $1}' "$work/nmt-total.txt"
		echo
	fi
	echo "$verdict (no errors, RSS growth after ${WARMUP}s at most ${GROWTH_PCT}%)"
} | tee "$work/result.md"
if [[ -n "$RESULTS" ]]; then
	mkdir -p "$(dirname "$RESULTS")"
	cp "$work/result.md" "$RESULTS"
	echo "Written to $RESULTS"
fi
[[ $verdict == PASS ]]
