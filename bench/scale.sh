#!/usr/bin/env bash
# How the figures scale as the data grows. For each data size, on a fresh app (packaged jar,
# fresh temporary data directory, embedded PostgreSQL): sign in, import generated synthetic data
# through the real admin import endpoints, publish a new matrix version through the real publish
# endpoint, then measure the public pages and POST recommendations with wrk (like bench/http.sh),
# the import and publish times, page and API response sizes, uncached rendering times and the RSS.
# Writes a markdown table. Needs java, wrk and curl (Debian: openjdk-17-jdk-headless, wrk, curl);
# psql (postgresql-client) is optional, for the database figures. See bench/README.md.
#
#   bench/scale.sh [path/to/app.jar]
#
# Sizes (SIZES, in this order by default):
#   seed    the seeded topic as it is (the reference; publishing an unchanged draft is timed)
#   x10     the seeded topic with 9 synthetic copies of its sources added: 10x the seeded datasets,
#           measurements and claims
#   x100    the same with 99 copies: 100x
#   t50x40  a generated topic with 50 candidates x 40 criteria (see bench/scale/ScaleData.java)
#
# Environment:
#   SIZES="seed x10 x100 t50x40"  ROUNDS=3  DURATION=5s  CONNECTIONS=50  THREADS=2
#   RENDERS=3        uncached renderings per page (median reported)
#   DB_STATS=1       after the wrk rounds, restart the app with pg_stat_statements loaded into its
#                    embedded PostgreSQL and count the SQL statements per uncached rendering and per
#                    POST; read the sizes of the snapshot, stored results and database. Needs psql
#                    (postgresql-client). 0 to skip.
#   APP_PORT=18600   JAVA=java  JAVA_OPTS="@jvm.options"
#   RESULTS=bench/results/<date>-scale.md   where to write the table (RESULTS= to skip)
#   KEEP=1           keep the work directory (generated data, logs, saved pages)
set -euo pipefail

SIZES=${SIZES:-seed x10 x100 t50x40}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-5s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
RENDERS=${RENDERS:-3}
DB_STATS=${DB_STATS:-1}
APP_PORT=${APP_PORT:-18600}
JAVA=${JAVA:-java}
SEED_TOPIC=python-web-frameworks

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib/common.sh
. bench/lib/common.sh
# shellcheck source=bench/lib/wrk.sh
. bench/lib/wrk.sh
RESULTS=${RESULTS-bench/results/$(date -u +%Y-%m-%d)-scale.md}

bench_require "$JAVA" wrk curl
if [[ $DB_STATS == 1 ]] && ! command -v psql >/dev/null; then
	echo "psql not found (apt-get install -y postgresql-client): no database figures." >&2
	DB_STATS=0
fi
JAR=$(bench_jar "${1:-}")
work=$(mktemp -d "${TMPDIR:-/tmp}/advisor-scale.XXXXXX")
ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
bench_traps
# On any exit: stop the app of the current size and its PostgreSQL first, then the common cleanup.
APP_PID=
size=
trap 'rc=$?; [[ -n $APP_PID ]] && scale_app_stop; bench_cleanup; exit $rc' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
base="http://127.0.0.1:$APP_PORT"

# ------------------------------------------------------------------ generated data

generate() {
	local size=$1 out=$work/gen/$1
	[[ -f $out/manifest.txt ]] && return
	case $size in
	seed) "$JAVA" bench/scale/ScaleData.java copies "$out" 0 >/dev/null ;;
	x10) "$JAVA" bench/scale/ScaleData.java copies "$out" 9 >/dev/null ;;
	x100) "$JAVA" bench/scale/ScaleData.java copies "$out" 99 >/dev/null ;;
	t50x40) "$JAVA" bench/scale/ScaleData.java topic "$out" 50 40 >/dev/null ;;
	*) echo "Unknown size '$size' (seed, x10, x100, t50x40)" >&2; exit 2 ;;
	esac
}

# manifest SIZE KEY → the value of KEY in the generator's manifest for SIZE
manifest() { awk -F= -v k="$2" '$1 == k {print $2}' "$work/gen/$1/manifest.txt"; }

# ------------------------------------------------------------------ the admin side, over HTTP

cookies=
csrf_of() { grep -o -m1 'name="_csrf" value="[^"]*"' "$1" | sed -n '1s/.*value="//; 1s/"$//p'; }

admin_login() {
	cookies=$work/$size.cookies
	rm -f "$cookies"
	curl -fsS -c "$cookies" -b "$cookies" -o "$work/login.html" "$base/login"
	local answer
	answer=$(curl -sS -c "$cookies" -b "$cookies" -o /dev/null -w '%{http_code} %{redirect_url}' \
		--data-urlencode username=admin --data-urlencode "password=$ADMIN_PASSWORD" \
		--data-urlencode "_csrf=$(csrf_of "$work/login.html")" "$base/login")
	[[ $answer == "302 $base/admin" ]] || { echo "Sign-in failed: $answer" >&2; exit 1; }
}

# A CSRF token of the signed-in session, from a form page.
admin_csrf() {
	curl -fsS -c "$cookies" -b "$cookies" -o "$work/form.html" "$base$1"
	csrf_of "$work/form.html"
}

# upload URL FILE TOKEN → "http_code seconds"; the answer page is kept in $work/upload.html
upload() {
	curl -sS -c "$cookies" -b "$cookies" -o "$work/upload.html" -w '%{http_code} %{time_total}' \
		-F "_csrf=$3" -F "file=@$2;type=application/json" "$base$1"
}

# The problems of a rejected import, as text, from the page in $work/upload.html.
rejection() {
	sed 's/<[^>]*>/ /g' "$work/upload.html" | tr -s ' \t' ' ' | grep -iE 'line [0-9]|limit|problem|not valid' | sed -n 1,5p
}

# import_sources TOPIC DIR: every DIR/*.json through /admin/topics/TOPIC/import/json, one by one.
# Sets imported, rejected, import_s (total), import_first_ms / import_last_ms (mean of the first
# and the last 10 files: does an import slow down as the data grows?).
import_sources() {
	local topic=$1 dir=$2 token file answer code secs
	local -a times=()
	token=$(admin_csrf "/admin/topics/$topic/import")
	imported=0
	rejected=0
	for file in "$dir"/*.json; do
		[[ -e $file ]] || continue
		answer=$(upload "/admin/topics/$topic/import/json" "$file" "$token")
		code=${answer% *}
		secs=${answer#* }
		times+=("$secs")
		if [[ $code == 302 ]]; then
			imported=$((imported + 1))
		else
			rejected=$((rejected + 1))
			echo "  import of $(basename "$file") answered $code: $(rejection)" | tee -a "$work/findings.txt" >&2
		fi
	done
	import_s=$(printf '%s\n' "${times[@]}" "${import_extra_s:-0}" | awk '{s += $1} END {printf "%.1f", s}')
	import_first_ms=$(printf '%s\n' "${times[@]}" | awk 'NR <= 10' | awk '{s += $1; n++} END {if (n) printf "%.0f", 1000 * s / n; else print "–"}')
	import_last_ms=$(printf '%s\n' "${times[@]}" | tail -10 | awk '{s += $1; n++} END {if (n) printf "%.0f", 1000 * s / n; else print "–"}')
}

# publish TOPIC: the draft page (timed: it computes the diff and which share links change), then
# POST publish with its basedOn and CSRF token (timed). Sets draft_s, publish_s.
publish() {
	local topic=$1 based_on answer
	draft_s=$(curl -sS -c "$cookies" -b "$cookies" -o "$work/draft.html" -w '%{time_total}' "$base/admin/topics/$topic/draft")
	based_on=$(grep -o -m1 'name="basedOn" value="[0-9]*"' "$work/draft.html" | sed -n '1s/.*value="\([0-9]*\)"/\1/p')
	[[ -n $based_on ]] || { echo "No publish form on the draft page of $topic" >&2; sed 's/<[^>]*>/ /g' "$work/draft.html" | tr -s ' ' | head -c 500 >&2; exit 1; }
	answer=$(curl -sS -c "$cookies" -b "$cookies" -o "$work/publish.html" -w '%{http_code} %{time_total}' \
		--data-urlencode "note=Scaling benchmark: synthetic data ($size)" --data-urlencode "basedOn=$based_on" \
		--data-urlencode "_csrf=$(csrf_of "$work/draft.html")" "$base/admin/topics/$topic/publish")
	[[ ${answer% *} == 302 ]] || { echo "Publishing $topic answered ${answer% *}" >&2; exit 1; }
	publish_s=${answer#* }
	published=$((based_on + 1))
}

# ------------------------------------------------------------------ SQL statements (optional)

pg_port() { sed -n 4p "$work/app-$size-data/postgres/postmaster.pid" 2>/dev/null; }
db() { psql -h 127.0.0.1 -p "$(pg_port)" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 -c "$1"; }

# Statements the app ran since the last pg_stat_statements_reset(), divided by $1 (requests):
# "total (N× what)", N the statement run most often when it ran more than once per request;
# without BEGIN/COMMIT and without this script's own queries.
statements_per() {
	local n=$1 total top
	total=$(db "select coalesce(sum(calls), 0) from pg_stat_statements
		where query !~* '^\s*(begin|commit|rollback)' and query !~ 'pg_stat_statements'")
	top=$(db "select calls, regexp_replace(query, '\s+', ' ', 'g') from pg_stat_statements
		where query !~* '^\s*(begin|commit|rollback)' and query !~ 'pg_stat_statements' order by calls desc, query limit 1")
	awk -v t="$total" -v n="$n" -v top="$top" 'BEGIN {
		split(top, p, "|"); q = p[2]; what = "";
		if (match(q, /^insert into [a-z_]+/)) what = substr(q, RSTART, RLENGTH);
		else if (match(q, / from [a-z_]+/)) what = "from" substr(q, RSTART + 5, RLENGTH - 5);
		printf "%g", t / n; if (p[1] > n) printf " (%g× %s)", p[1] / n, what }'
}

# Restarts the app on the same data directory with pg_stat_statements loaded, then counts the
# SQL statements of one uncached rendering of each page and of one POST (each done twice, after a
# first one that warms the caches of the new process), and reads sizes from the database.
count_statements() {
	db "alter system set shared_preload_libraries = 'pg_stat_statements'" >/dev/null
	scale_app_stop
	mv "$work/app-$size.log" "$work/app-$size-measured.log"
	bench_app_start "app-$size" "$APP_PORT" --server.servlet.session.cookie.secure=false --logging.level.root=WARN
	bench_app_wait "app-$size" "$APP_PORT" "$APP_PID" 600
	db "create extension if not exists pg_stat_statements" >/dev/null
	local page i
	for page in "${pages[@]}"; do
		curl -s -o /dev/null -H "Host: sql-warm.scale.invalid:$APP_PORT" "$base$page"
		db "select pg_stat_statements_reset()" >/dev/null
		for i in 1 2; do
			curl -s -o /dev/null -H "Host: sql-$i.scale.invalid:$APP_PORT" "$base$page"
		done
		fig[$size $(page_label "$page") sql]=$(statements_per 2)
	done
	post 2 >/dev/null
	db "select pg_stat_statements_reset()" >/dev/null
	post 3 >/dev/null
	post 4 >/dev/null
	fig[$size POST sql]=$(statements_per 2)
	fig[$size snapshot_kb]=$(db "select (octet_length(v.snapshot::text) + 1023) / 1024 from matrix_version v
		join topic t on t.id = v.topic_id where t.key = '$topic' order by v.number desc limit 1")
	fig[$size stored_kb]=$(db "select round(avg(octet_length(r.result::text)) / 1024) from recommendation r
		join topic t on t.id = r.topic_id where t.key = '$topic'")
	fig[$size db_mb]=$(db "select pg_database_size('postgres') / 1048576")
}

# ------------------------------------------------------------------ measuring one size

declare -A fig # "size key" → value
declare -A samples

# post N → "http_code seconds bytes winner" of POST recommendations with answer set N of bodies.txt
post() {
	local answer
	answer=$(curl -sS -o "$work/post.json" -w '%{http_code} %{time_total} %{size_download}' -H 'Content-Type: application/json' \
		--data-binary "$(sed -n "$1p" "$work/gen/$size/bodies.txt")" "$base/api/v1/topics/$topic/recommendations")
	echo "$answer $(grep -o '"winner":"[^"]*"' "$work/post.json" | sed -n 1p | cut -d'"' -f4)"
}

# The wrk script for POST recommendations: cycles through the generated answer sets, each
# thread from another place.
post_lua() {
	cat >"$work/post-$size.lua" <<LUA
local bodies = {}
for line in io.lines("$work/gen/$size/bodies.txt") do bodies[#bodies + 1] = line end
local next_start = 0
local i = 0
setup = function(thread) thread:set("start", next_start); next_start = next_start + 97 end
init = function(args) i = tonumber(start) or 0 end
request = function()
	i = i % #bodies + 1
	return wrk.format("POST", "/api/v1/topics/$topic/recommendations", { ["Content-Type"] = "application/json" }, bodies[i])
end
LUA
}

page_label() {
	case $1 in
	/r/*) echo "/r/{id}" ;;
	/evidence/topics/*) echo "/evidence/topics/{topic}/metrics/{metric}" ;;
	/evidence/*) echo "/evidence/{slug}" ;;
	*) echo "${1%%\?*}" ;;
	esac
}

rss_mb() { echo $(($(ps -o rss= -p "$APP_PID" | tr -d ' ') / 1024)); }
# median of the second field ("code seconds" lines) in milliseconds; non-200/201 lines are findings
median_ms() { awk '{printf "%.0f\n", $2 * 1000}' | median; }

measure() {
	size=$1
	echo "== $size" >&2
	generate "$size"
	local t0 i
	t0=$(now_ms)
	bench_app_start "app-$size" "$APP_PORT" --server.servlet.session.cookie.secure=false --logging.level.root=WARN
	bench_app_wait "app-$size" "$APP_PORT" "$APP_PID" 600
	fig[$size start_s]=$(awk -v ms=$(($(now_ms) - t0)) 'BEGIN {printf "%.1f", ms / 1000}')
	admin_login

	# Import (timed) and publish (timed).
	topic=$SEED_TOPIC
	imported=0 rejected=0 import_s=– import_first_ms=– import_last_ms=– import_extra_s=0
	case $size in
	x10 | x100)
		import_sources "$topic" "$work/gen/$size/sources"
		;;
	t50x40)
		topic=$(manifest "$size" topic)
		local token answer
		token=$(admin_csrf /admin/import)
		answer=$(upload /admin/import "$work/gen/$size/topic-export.json" "$token")
		[[ ${answer% *} == 302 ]] || { echo "The topic import answered ${answer% *}: $(rejection)" >&2; exit 1; }
		import_extra_s=${answer#* }
		fig[$size topic_import_s]=$(printf %.1f "$import_extra_s")
		import_sources "$topic" "$work/gen/$size/sources"
		imported=$((imported + 1))
		;;
	esac
	fig[$size topic]=$topic
	fig[$size imported]=$imported
	fig[$size rejected]=$rejected
	fig[$size import_s]=$import_s
	fig[$size import_first_ms]=$import_first_ms
	fig[$size import_last_ms]=$import_last_ms
	publish "$topic"
	fig[$size draft_s]=$(printf %.2f "$draft_s")
	fig[$size publish_s]=$(printf %.2f "$publish_s")
	fig[$size rss_loaded_mb]=$(rss_mb)

	# One recommendation (the first answer set answers every question): its share link, and the
	# size of the API's answer, as it is and gzipped.
	local location query=""
	[[ $topic != "$SEED_TOPIC" ]] && query="?topic=$topic"
	location=$(curl -sS -o "$work/$size-recommendation.json" -D - -H 'Content-Type: application/json' \
		--data-binary "$(head -1 "$work/gen/$size/bodies.txt")" "$base/api/v1/topics/$topic/recommendations" |
		tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
	[[ -n $location ]] || { echo "No recommendation for $topic:" >&2; head -c 500 "$work/$size-recommendation.json" >&2; exit 1; }
	fig[$size POST bytes]=$(wc -c <"$work/$size-recommendation.json")
	fig[$size POST gzip]=$(curl -sS --compressed -o /dev/null -w '%{size_download}' -H 'Content-Type: application/json' \
		--data-binary "$(head -1 "$work/gen/$size/bodies.txt")" "$base/api/v1/topics/$topic/recommendations")
	pages=("/" "/wizard$query" "$location" "/evidence" "/evidence/$(manifest "$size" slug)"
		"/evidence/topics/$topic/metrics/$(manifest "$size" metric)" "/matrix$query" "/compare$query")
	fig[$size pages]="${pages[*]}"
	local page label url
	for page in "${pages[@]}"; do
		label=$(page_label "$page")
		url=$base$page
		# The first request after publishing (renders and fills the page cache), the page's size
		# as wrk gets it and gzipped as a browser gets it.
		fig[$size $label first_ms]=$(curl -sS -o "$work/$size-page.html" -w '200 %{time_total}' "$url" | median_ms)
		fig[$size $label bytes]=$(wc -c <"$work/$size-page.html")
		fig[$size $label gzip]=$(curl -sS --compressed -o /dev/null -w '%{size_download}' "$url")
	done

	# wrk: a short warm-up (not measured), then the rounds.
	post_lua
	for page in "${pages[@]}"; do
		wrk -t1 -c10 -d2s "$base$page" >/dev/null
	done
	wrk -t1 -c10 -d3s -s "$work/post-$size.lua" "$base/api/v1/topics/$topic/recommendations" >/dev/null
	local round
	for round in $(seq 1 "$ROUNDS"); do
		echo "  round $round of $ROUNDS" >&2
		for page in "${pages[@]}"; do
			samples["$size $(page_label "$page")"]+="$(run_wrk "$base$page")"$'\n'
		done
		samples["$size POST"]+="$(run_wrk "$base/api/v1/topics/$topic/recommendations" "$work/post-$size.lua")"$'\n'
	done
	fig[$size rss_mb]=$(rss_mb)
	fig[$size pool_timeouts]=$(grep -c 'Connection is not available' "$work/app-$size.log" || true)

	# One request at a time, nothing else running, on the warmed-up app: uncached renderings of
	# each page (the cache key holds the host name, so each gets a new one; the first two are not
	# counted) and recommendations for different answer sets.
	local -a times
	for page in "${pages[@]}"; do
		times=()
		for i in $(seq -1 "$RENDERS"); do
			times+=("$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -H "Host: render$i.scale.invalid:$APP_PORT" "$base$page")")
		done
		[[ $(printf '%s\n' "${times[@]}" | awk '$1 != 200' | wc -l) -eq 0 ]] ||
			echo "  uncached $page: $(printf '%s; ' "${times[@]}")" | tee -a "$work/findings.txt" >&2
		fig[$size $(page_label "$page") alone_ms]=$(printf '%s\n' "${times[@]:2}" | median_ms)
	done
	times=()
	for i in $(seq 2 $((RENDERS * 3 + 1))); do
		times+=("$(post "$i")")
	done
	[[ $(printf '%s\n' "${times[@]}" | awk '$1 != 201' | wc -l) -eq 0 ]] ||
		echo "  POST one at a time: $(printf '%s; ' "${times[@]}")" | tee -a "$work/findings.txt" >&2
	fig[$size POST alone_ms]=$(printf '%s\n' "${times[@]}" | median_ms)
	fig[$size POST bytes_median]=$(printf '%s\n' "${times[@]}" | awk '{print $3}' | median)
	fig[$size POST bytes_max]=$(printf '%s\n' "${times[@]}" | awk '$3 > m {m = $3} END {print m}')
	fig[$size winners]=$(printf '%s\n' "${times[@]}" | awk '{print $4}' | sort -u | grep -c .)

	[[ $DB_STATS == 1 ]] && count_statements
	scale_app_stop
}

# Stops the app of this size (and forgets it, for the cleanup at exit): TERM, KILL after 60 s;
# then its embedded PostgreSQL, should the app not have stopped it.
scale_app_stop() {
	local waited=0 pg
	kill -TERM "$APP_PID" 2>/dev/null || true
	while kill -0 "$APP_PID" 2>/dev/null && ((waited < 600)); do
		sleep 0.1
		waited=$((waited + 1))
	done
	kill -KILL "$APP_PID" 2>/dev/null || true
	wait "$APP_PID" 2>/dev/null || true
	pg=$(head -1 "$work/app-$size-data/postgres/postmaster.pid" 2>/dev/null || true)
	if [[ -n $pg ]] && kill -0 "$pg" 2>/dev/null; then
		kill -INT "$pg" 2>/dev/null || true
		waited=0
		while kill -0 "$pg" 2>/dev/null && ((waited < 300)); do
			sleep 0.1
			waited=$((waited + 1))
		done
	fi
	local pids=() pid
	for pid in "${BENCH_PIDS[@]}"; do
		[[ $pid != "$APP_PID" ]] && pids+=("$pid")
	done
	BENCH_PIDS=("${pids[@]}")
	APP_PID=
}

for size in $SIZES; do
	measure "$size"
done

# ------------------------------------------------------------------ the tables

col() { awk -v c="$2" 'NF {print $c}' <<<"${samples[$1]:-}" | median; }
label_of() {
	case $1 in
	seed) echo "seeded" ;;
	x10) echo "10x datasets" ;;
	x100) echo "100x datasets" ;;
	t50x40) echo "50 × 40 topic" ;;
	esac
}
# What the measured topic holds: the seeded topic plus what was added, or the generated topic.
total() {
	if [[ $1 == t50x40 ]]; then
		manifest "$1" "$2"
	else
		echo $(($(manifest "$1" "base_$2") + $(manifest "$1" "$2")))
	fi
}
ref=$(awk '{print $1}' <<<"$SIZES")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0 && a != "") printf "%.0f%%", 100 * a / b; else print "–"}'; }
times_of() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0 && a != "") printf "%.1f×", a / b; else print "–"}'; }
mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1048576}'; }

{
	echo "# Scaling with the data $(date -u +%Y-%m-%dT%H:%MZ)"
	echo
	echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load before start: $load_before, at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
	echo "App: $(basename "$JAR"), $("$JAVA" -version 2>&1 | head -1), \`$JAVA_OPTS\`, embedded PostgreSQL, a fresh data directory per size."
	echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a short warm-up, $ROUNDS round(s), medians. Data: bench/scale/ScaleData.java (synthetic), imported through \`/admin/…/import\`, published through \`/admin/topics/{topic}/publish\`."
	echo
	echo "## Data, import and publish"
	echo
	echo "| data | topic | sources | datasets | measurements | claims | files imported (MB) | rejected | import s | ms per file, first 10 → last 10 | draft page s | publish s | snapshot KB | stored result KB | database MB | different winners | RSS MB loaded → after wrk | pool timeouts |"
	echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |"
	for size in $SIZES; do
		files="${fig[$size imported]} ($(mb "$(manifest "$size" bytes)"))"
		[[ $size == seed ]] && files="–"
		import="${fig[$size import_s]}"
		[[ -n ${fig[$size topic_import_s]:-} ]] && import+=" (topic file ${fig[$size topic_import_s]})"
		echo "| $(label_of "$size") | \`${fig[$size topic]}\` | $(total "$size" sources) | $(total "$size" datasets) | $(total "$size" measurements) | $(total "$size" claims) | $files | ${fig[$size rejected]} | $import | ${fig[$size import_first_ms]} → ${fig[$size import_last_ms]} | ${fig[$size draft_s]} | ${fig[$size publish_s]} | ${fig[$size snapshot_kb]:-–} | ${fig[$size stored_kb]:-–} | ${fig[$size db_mb]:-–} | ${fig[$size winners]} of $((RENDERS * 3)) | ${fig[$size rss_loaded_mb]} → ${fig[$size rss_mb]} | ${fig[$size pool_timeouts]} |"
	done
	echo
	echo "Import: every generated file through the admin import (one source per file), import s the sum of the requests. Draft page: \`/admin/topics/{topic}/draft\` before publishing (the diff against the published version). Snapshot: the published version's JSON, from which the topic's pages and recommendations are computed (the app keeps each version it used in memory). Stored result: the average recommendation row after the run. Different winners: among the answer sets posted one at a time. Pool timeouts: requests that waited more than 2 s for a database connection during wrk (warm-up and rounds; each answered 503)."
	echo
	echo "## Pages and the API"
	echo
	echo "req/s, p50, p99, errors: wrk, pages served from the page cache as visitors get them (errors: non-2xx/3xx answers and socket errors, wrk's timeout is 2 s)."
	echo "\"alone ms\": one request with nothing else running (median): for a page an uncached rendering ($RENDERS, each with another Host name so that the page cache misses), for POST one recommendation ($((RENDERS * 3)) answer sets). \"first ms\": the first request of the page after publishing."
	echo "Bytes: as wrk gets it and gzipped (as browsers get it); for POST the API's answer: median and largest over the $((RENDERS * 3)) answer sets, gzipped for the first answer set (which answers every question)."
	[[ $DB_STATS == 1 ]] && echo "SQL: statements per uncached rendering or per POST (pg_stat_statements, without BEGIN/COMMIT), and the one run most often."
	echo
	header="| page | data | req/s | vs $(label_of "$ref") | p50 ms | p99 ms | errors | alone ms | first ms | bytes | vs $(label_of "$ref") | gzip bytes |"
	rule="| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	if [[ $DB_STATS == 1 ]]; then
		header+=" SQL |"
		rule+=" --- |"
	fi
	echo "$header"
	echo "$rule"
	for label in "/" "/wizard" "/r/{id}" "/evidence" "/evidence/{slug}" "/evidence/topics/{topic}/metrics/{metric}" "/matrix" "/compare" "POST"; do
		for size in $SIZES; do
			rps=$(col "$size $label" 1)
			name=$label
			[[ $label == POST ]] && name="POST /api/v1/topics/{topic}/recommendations"
			row="| \`$name\` | $(label_of "$size") | $rps | $(ratio "$rps" "$(col "$ref $label" 1)") | $(col "$size $label" 2) | $(col "$size $label" 3) | $(col "$size $label" 4)"
			bytes=${fig[$size $label bytes]:-}
			ref_bytes=${fig[$ref $label bytes]:-}
			cell=$bytes
			if [[ $label == POST ]]; then
				bytes=${fig[$size POST bytes_median]}
				ref_bytes=${fig[$ref POST bytes_median]}
				cell="$bytes (max ${fig[$size POST bytes_max]})"
			fi
			row+=" | ${fig[$size $label alone_ms]} | ${fig[$size $label first_ms]:-–} | $cell | $(times_of "$bytes" "$ref_bytes") | ${fig[$size $label gzip]} |"
			[[ $DB_STATS == 1 ]] && row+=" ${fig[$size $label sql]} |"
			echo "$row"
		done
	done
	echo
	echo "Pages measured:"
	echo
	for size in $SIZES; do
		echo "- $(label_of "$size"): \`${fig[$size pages]// /\` \`}\`"
	done
	if [[ -s $work/findings.txt ]]; then
		echo
		echo "Problems seen during the run:"
		echo
		sed 's/^ */- /' "$work/findings.txt"
	fi
} | tee "$work/results.md"

if [[ -n "$RESULTS" ]]; then
	mkdir -p "$(dirname "$RESULTS")"
	cp "$work/results.md" "$RESULTS"
	echo "Written to $RESULTS"
fi
