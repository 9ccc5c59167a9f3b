#!/usr/bin/env bash
# Throughput and latency of the app's pages against nginx serving saved copies of the very same
# pages on the same machine, measured in the same run and interleaved (app, nginx, app, nginx …),
# so that a noisy shared machine affects both alike. Reports medians over the rounds and the
# ratio app/nginx. Needs wrk and nginx (Debian packages "wrk" and "nginx-light"). See bench/README.md.
#
#   bench/http.sh [path/to/app.jar]
#
# Environment:
#   ROUNDS=3 DURATION=10s CONNECTIONS=50 THREADS=2
#   APP_PORT=18180 NGINX_PORT=18181
#   JAVA=java JAVA_OPTS="@jvm.options"   (the settings the app ships with)
#   RESULTS=bench/results/<date>-http.md   where to write the markdown table (RESULTS= to skip)
#   ONLY=           a regular expression: measure only the pages (and "POST") it matches, e.g. ONLY='^/r/'
set -euo pipefail

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-18180}
NGINX_PORT=${NGINX_PORT:-18181}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-@$(cd "$(dirname "$0")/.." && pwd)/jvm.options}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# POST is measured after this much warm-up: the JIT compiles the request path late
POST_WARMUP=${POST_WARMUP:-30s}
TOPIC=python-web-frameworks

cd "$(dirname "$0")/.."
RESULTS=${RESULTS-bench/results/$(date -u +%Y-%m-%d)-http.md}

for tool in wrk nginx curl; do
	command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk nginx-light curl" >&2; exit 2; }
done

jar=${1:-}
if [[ -z "$jar" ]]; then
	shopt -s nullglob
	jars=(target/*.jar)
	shopt -u nullglob
	[[ ${#jars[@]} -eq 1 ]] || { echo "Build first: ./mvnw -DskipTests package (or pass the jar)" >&2; exit 2; }
	jar=${jars[0]}
fi
jar=$(realpath "$jar")

work=$(mktemp -d "${TMPDIR:-/tmp}/advisor-http.XXXXXX")
app_pid=
nginx_pid=
cleanup() {
	[[ -n "$app_pid" ]] && kill -TERM "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
	[[ -n "$nginx_pid" ]] && kill -QUIT "$nginx_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

echo "Starting the app (data in $work/data) …"
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$jar" --server.port="$APP_PORT" --advisor.data-dir="$work/data" \
	--logging.level.root=WARN >"$work/app.log" 2>&1 &
app_pid=$!
base="http://127.0.0.1:$APP_PORT"
for _ in $(seq 1 600); do
	curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"' && break
	kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
	sleep 0.2
done

answers='{"answers":{"service_kind":"ai_backend","io_profile":"external_waits","concurrency":"high","deployment":"containers","admin_needs":"none","auth_model":"api_tokens","realtime":"streaming","api_contract":"openapi_required","domain_complexity":"simple","team":"small_senior","existing_stack":"none","memory_budget":"normal"}}'
location=$(curl -fs -o /dev/null -D - -H 'Content-Type: application/json' -d "$answers" \
	"$base/api/v1/topics/$TOPIC/recommendations" | tr -d '\r' | awk 'tolower($1)=="location:" {print $2}')
rid=${location##*/}
slug=$(curl -fs "$base/api/v1/topics/$TOPIC/datasets" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4)
[[ -n "$rid" && -n "$slug" ]] || { echo "Could not create a recommendation or find a dataset" >&2; exit 1; }

pages=()
for page in "/" "/wizard" "/r/$rid" "/evidence/$slug" "/matrix"; do
	[[ -z "${ONLY:-}" || "$page" =~ $ONLY ]] && pages+=("$page")
done
measure_post=$([[ -z "${ONLY:-}" || "POST" =~ $ONLY ]] && echo yes || echo no)
mkdir -p "$work/www" "$work/nginx/logs"
locations=""
i=0
for page in "${pages[@]}"; do
	curl -fs "$base$page" >"$work/www/page$i.html"
	locations+="location = $page { default_type text/html; try_files /page$i.html =404; }"$'\n'
	i=$((i + 1))
done
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
	access_log off;
	sendfile on;
	keepalive_requests 100000;
	server {
		listen 127.0.0.1:$NGINX_PORT;
		root $work/www;
		$locations
	}
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 0.5

# a different answer set for every POST
cp bench/lib/answers.lua "$work/post.lua"

# to_ms, run_wrk (reads THREADS, CONNECTIONS, DURATION) and median
# shellcheck source=bench/lib/wrk.sh
. bench/lib/wrk.sh
# shellcheck source=bench/lib/jvm.sh
. bench/lib/jvm.sh

# Warm-up: JIT and caches, not measured.
for page in "${pages[@]}"; do
	wrk -t1 -c10 -d3s "$base$page" >/dev/null
done
if [[ $measure_post == yes ]]; then
	wrk -t2 -c50 -d"$POST_WARMUP" -s "$work/post.lua" "$base/api/v1/topics/$TOPIC/recommendations" >/dev/null
fi

declare -A samples
for round in $(seq 1 "$ROUNDS"); do
	echo "Round $round of $ROUNDS …"
	for page in "${pages[@]}"; do
		samples["app $page"]+="$(run_wrk "$base$page")"$'\n'
		samples["nginx $page"]+="$(run_wrk "http://127.0.0.1:$NGINX_PORT$page")"$'\n'
	done
	if [[ $measure_post == yes ]]; then
		samples["app POST"]+="$(run_wrk "$base/api/v1/topics/$TOPIC/recommendations" "$work/post.lua")"$'\n'
	fi
done

rss_kb=$(ps -o rss= -p "$app_pid" | tr -d ' ')
col() { awk -v c="$2" 'NF {print $c}' <<<"${samples[$1]}" | median; }

{
	echo "# HTTP benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
	echo
	echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load before start: $(cut -d' ' -f1-3 /proc/loadavg)."
	echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS interleaved rounds, medians shown; app JVM: $("$JAVA" -version 2>&1 | head -1), $(jvm_flags)."
	echo
	echo "| page | app req/s | nginx req/s | app/nginx | app p50 ms | app p99 ms | nginx p99 ms | app errors |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	for page in "${pages[@]}"; do
		label=$page
		[[ $page == /r/* ]] && label="/r/{id}"
		[[ $page == /evidence/* ]] && label="/evidence/{slug}"
		app_rps=$(col "app $page" 1)
		nginx_rps=$(col "nginx $page" 1)
		ratio=$(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN {printf "%.1f%%", 100 * a / n}')
		echo "| \`$label\` | $app_rps | $nginx_rps | $ratio | $(col "app $page" 2) | $(col "app $page" 3) | $(col "nginx $page" 3) | $(col "app $page" 4) |"
	done
	if [[ $measure_post == yes ]]; then
		echo "| \`POST /api/v1/topics/{topic}/recommendations\` (random answers) | $(col "app POST" 1) | – | – | $(col "app POST" 2) | $(col "app POST" 3) | – | $(col "app POST" 4) |"
	fi
	echo
	echo "App RSS after the run: $((rss_kb / 1024)) MB."
} | tee "$work/results.md"

if [[ -n "$RESULTS" ]]; then
	mkdir -p "$(dirname "$RESULTS")"
	cp "$work/results.md" "$RESULTS"
	echo "Written to $RESULTS"
fi
