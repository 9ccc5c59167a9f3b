#!/usr/bin/env bash
# Stops PostgreSQL in the middle of load, then starts it again. A throwaway PostgreSQL on loopback
# (started and stopped here), the app jar against it, and for DURATION seconds: visitors POSTing
# recommendations with varied answers and reading pages, an editor saving edits of one matrix
# cell, a health probe (bench/faults/FaultLoad.java). At STOP_AT seconds PostgreSQL is stopped
# (pg_ctl -m STOP_MODE) for DOWN_FOR seconds while the load goes on, then started again.
#
# Checks: while it is down, pages not in the page cache answer the app's 503 page, the API a 503
# problem detail with Retry-After, no request takes longer than MAX_LATENCY_MS, health is DOWN;
# no 5xx other than 503 and no request without an answer in the whole run; once PostgreSQL
# accepts connections again the app recovers by itself (first 201 and health UP within
# RECOVERY_S); every confirmed write (each 201, each saved edit) is in PostgreSQL (psql), and
# every confirmed recommendation answers through the API. Prints the figures and PASS (exit 0)
# or FAIL (exit 1); exit 2 when something needed is missing.
#
#   bench/faults.sh [path/to/app.jar]
#
# Environment:
#   DURATION=60 STOP_AT=20 DOWN_FOR=15 (seconds)  STOP_MODE=immediate (or fast)
#   CLIENTS=16 THINK_MS=20 EDIT_PAUSE_MS=200       the load (see FaultLoad.java)
#   MAX_LATENCY_MS=5000 RECOVERY_S=10             the bounds that pass
#   PG_PORT=18410 APP_PORT=18411 JAVA=java JAVA_OPTS="@jvm.options" KEEP=1 (keep logs and data)
set -euo pipefail

DURATION=${DURATION:-60}
STOP_AT=${STOP_AT:-20}
DOWN_FOR=${DOWN_FOR:-15}
STOP_MODE=${STOP_MODE:-immediate}
MAX_LATENCY_MS=${MAX_LATENCY_MS:-5000}
RECOVERY_S=${RECOVERY_S:-10}
PG_PORT=${PG_PORT:-18410}
APP_PORT=${APP_PORT:-18411}
JAVA=${JAVA:-java}
TOPIC=python-web-frameworks
export CELL=${CELL:-fastapi/simplicity}

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib/common.sh
source bench/lib/common.sh

[[ $STOP_MODE == immediate || $STOP_MODE == fast ]] || { echo "STOP_MODE must be immediate or fast" >&2; exit 2; }
((STOP_AT + DOWN_FOR + 10 <= DURATION)) || { echo "DURATION must leave at least 10 s after STOP_AT + DOWN_FOR" >&2; exit 2; }
bench_require curl awk sort comm "$JAVA" javac
bench_find_pg
JAR=$(bench_jar "${1:-}")

bench_begin faults bench/faults/FaultLoad.java

echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $work/pg) …"
bench_pg_init "$PG_PORT"
echo "The app on port $APP_PORT ($(basename "$JAR")) against it …"
bench_app_start app "$APP_PORT"
app_pid=$APP_PID
started=$(now_ms)
bench_app_wait app "$APP_PORT" "$app_pid"
echo "  healthy after $(( ($(now_ms) - started) / 1000 )) s"
base="http://127.0.0.1:$APP_PORT"

echo "Load for ${DURATION}s (${CLIENTS:-16} visitors, 1 editor on $CELL, 1 health probe); PostgreSQL stopped (-m $STOP_MODE) at ${STOP_AT}s for ${DOWN_FOR}s …"
load=$work/load
"$JAVA" -cp "$work/classes" FaultLoad "$base" "$DURATION" "$load" &
load_pid=$!
BENCH_PIDS+=("$load_pid")
while [[ ! -s $load/started ]]; do
	kill -0 "$load_pid" 2>/dev/null || { echo "The load program exited before starting" >&2; exit 1; }
	sleep 0.1
done
t0=$(<"$load/started")
sleep_until() { local wait_ms=$(($1 - $(now_ms))); ((wait_ms > 0)) && sleep "$(awk -v m="$wait_ms" 'BEGIN {printf "%.3f", m / 1000}')"; return 0; }

sleep_until $((t0 + STOP_AT * 1000))
stop_begin=$(now_ms)
pg_stop "$STOP_MODE"
stop_done=$(now_ms)
echo "  PostgreSQL stopped at $(( (stop_begin - t0) / 1000 )) s (pg_ctl stop -m $STOP_MODE took $((stop_done - stop_begin)) ms)"
sleep_until $((stop_done + DOWN_FOR * 1000))
start_begin=$(now_ms)
pg_start
start_ready=$(now_ms)
echo "  PostgreSQL started again at $(( (start_begin - t0) / 1000 )) s (accepting connections after $((start_ready - start_begin)) ms)"
wait "$load_pid" || { echo "The load program failed" >&2; exit 1; }
app_alive=$(kill -0 "$app_pid" 2>/dev/null && echo yes || echo no)

# ---- the record of the run ----------------------------------------------------------------------
# From here on a report: a pipeline cut short by head is no reason to stop.
set +o pipefail
# requests.tsv: start end latency client label status shape (epoch ms; status 0: no answer)
req=$load/requests.tsv
# kind of a request: page (public HTML), api, post (the API POST), health, admin
classify='function kind(label, who) {
	if (who == "editor") return "admin"
	if (label ~ /^POST \/api/) return "post"
	if (label ~ /actuator\/health/) return "health"
	if (label ~ /^GET \/api/) return "api"
	return "page"
}'

echo
echo "== Requests =="
awk -F'\t' '{n++; s[$6]++} END {printf "  %d in all; by status:", n; for (k in s) printf " %s: %d,", (k == 0 ? "no answer" : k), s[k]; print ""}' "$req" | sed 's/,$//'

echo
echo "== While PostgreSQL was down ($(( (start_begin - stop_done) )) ms, requests started after the stop and answered before the start) =="
awk -F'\t' -v a="$stop_done" -v b="$start_begin" "$classify"'
	$1 >= a && $2 <= b {
		k = kind($5, $4); key = k " " $6 " " $7; c[key]++; n++
		if ($3 > max) { max = $3; maxl = $5 }
	}
	END {
		for (key in c) { split(key, p, " "); printf "  %-6s %s %-8s %d\n", p[1], p[2], p[3], c[key] | "sort" }
		close("sort")
		printf "  %d requests; slowest %d ms (%s)\n", n, max, maxl
	}' "$req"
awk -F'\t' -v a="$stop_done" -v b="$start_begin" '$1 >= a && $2 <= b {print $3}' "$req" | sort -n |
	awk '{v[NR] = $1} END {if (NR) printf "  latency p50 %d ms, p99 %d ms, max %d ms\n", v[int((NR - 1) * 0.5) + 1], v[int((NR - 1) * 0.99) + 1], v[NR]}'
echo "  (columns: kind, status, shape: page = the app's 503 page, problem = application/problem+json with Retry-After, DOWN/UP = health)"
awk -F'\t' -v a="$stop_done" -v b="$start_begin" -v bound="$MAX_LATENCY_MS" '$1 >= a && $2 <= b && $3 > bound {
	n++; if (n <= 10) printf "    over %d ms: %s %s -> %s after %d ms, sent %.2f s after the stop\n", bound, $4, $5, $6, $3, ($1 - a) / 1000 }
	END { if (n > 10) printf "    … %d in all\n", n }' "$req"

read -r outage_n outage_bad outage_page503 outage_problem503 outage_max health_down health_up_in_outage < <(
	awk -F'\t' -v a="$stop_done" -v b="$start_begin" "$classify"'
	$1 >= a && $2 <= b {
		n++; k = kind($5, $4)
		if ($3 > max) max = $3
		if (k == "health") { if ($6 == 503 && $7 == "DOWN") down++; else if ($7 == "UP") up++; else bad++; next }
		if ($6 >= 200 && $6 < 400) next
		if ($6 == 503 && (k == "page" || k == "admin") && $7 == "page") { page++; next }
		if ($6 == 503 && (k == "api" || k == "post") && $7 == "problem") { problem++; next }
		bad++
	}
	END { print n + 0, bad + 0, page + 0, problem + 0, max + 0, down + 0, up + 0 }' "$req")

echo
echo "== The whole run =="
read -r other_5xx no_answer other_4xx < <(awk -F'\t' '
	$6 >= 500 && $6 != 503 { f++ } $6 == 0 { z++ } $6 >= 400 && $6 < 500 { q++ }
	END { print f + 0, z + 0, q + 0 }' "$req")
echo "  5xx other than 503: $other_5xx; no answer (timeout or connection error): $no_answer; 4xx: $other_4xx"
awk -F'\t' -v a="$stop_begin" '($6 >= 500 && $6 != 503) || $6 == 0 || ($6 >= 400 && $6 < 500) {
	printf "    %s %s: %s after %d ms, sent %+.2f s from the stop\n", $4, $5, ($6 == 0 ? $7 : $6), $3, ($1 - a) / 1000 }' "$req" | head -10
max_all=$(awk -F'\t' '$3 > m {m = $3; l = $5} END {print m + 0 " ms (" l ")"}' "$req")
echo "  slowest request of the run: $max_all"

# Health and recovery
first_down=$(awk -F'\t' -v a="$stop_begin" '$1 >= a && $5 ~ /health/ && $7 == "DOWN" {print $2 - a; exit}' "$req")
first_up=$(awk -F'\t' -v b="$start_begin" '$1 >= b && $5 ~ /health/ && $7 == "UP" {print $2 - b; exit}' "$req")
first_201=$(sort -t$'\t' -k2,2n "$req" | awk -F'\t' -v b="$start_begin" '$1 >= b && $6 == 201 {print $2 - b; exit}')
last_201_before=$(awk -F'\t' -v a="$stop_begin" '$2 <= a && $6 == 201 {n++} END {print n + 0}' "$req")
fmt_s() { [[ -n "$1" ]] && awk -v m="$1" 'BEGIN {printf "%.2f s", m / 1000}' || echo "never"; }
echo
echo "== Health and recovery =="
echo "  health DOWN $(fmt_s "$first_down") after the stop began; $health_down probes DOWN and $health_up_in_outage UP while it was down"
pg_recovery=$((start_ready - start_begin))
# The app's part of the recovery: from the moment PostgreSQL accepted connections again.
up_after_ready=${first_up:+$((first_up - pg_recovery))}
created_after_ready=${first_201:+$((first_201 - pg_recovery))}
echo "  PostgreSQL accepted connections $(fmt_s $pg_recovery) after pg_ctl start (stopped with -m $STOP_MODE)"
echo "  health UP again $(fmt_s "$first_up") after pg_ctl start, $(fmt_s "$up_after_ready") after PostgreSQL accepted connections"
echo "  first 201 $(fmt_s "$first_201") after pg_ctl start, $(fmt_s "$created_after_ready") after PostgreSQL accepted connections; the app was not restarted (still running: $app_alive)"

# ---- what was confirmed is there ------------------------------------------------------------
echo
echo "== Confirmed writes =="
sort -u "$load/confirmed-recommendations.txt" >"$work/confirmed-ids"
pg_sql "select id from recommendation" | sort -u >"$work/db-ids"
recs=$(wc -l <"$work/confirmed-ids")
recs_missing_db=$(comm -23 "$work/confirmed-ids" "$work/db-ids" | wc -l)
awk -v b="$base" '{printf "url = \"%s/api/v1/recommendations/%s\"\noutput = \"/dev/null\"\n", b, $1}' "$work/confirmed-ids" >"$work/api-urls"
recs_api_ok=0
if ((recs > 0)); then
	recs_api_ok=$(curl -s --no-progress-meter --parallel --parallel-max 4 -K "$work/api-urls" \
		-H 'Accept: application/json' -w '%{http_code}\n' 2>/dev/null | grep -c '^200$' || true)
fi
recs_missing_api=$((recs - recs_api_ok))
echo "  recommendations confirmed (201): $recs ($last_201_before before the stop); in PostgreSQL: $((recs - recs_missing_db)), missing $recs_missing_db; through GET /api/v1/recommendations/{id}: $recs_api_ok, missing $recs_missing_api"
comm -23 "$work/confirmed-ids" "$work/db-ids" | head -5 | sed 's/^/    missing: /'

sort -u "$load/confirmed-edits.txt" >"$work/confirmed-markers"
pg_sql "select after::text from audit_event where entity_type = 'score' and entity_id = '$TOPIC/$CELL'" |
	grep -o "\[bench-faults $RUN_ID-[0-9]*\]" | sort -u >"$work/db-markers" || true
edits=$(wc -l <"$work/confirmed-markers")
edits_missing=$(comm -23 "$work/confirmed-markers" "$work/db-markers" | wc -l)
# Stored although not confirmed (a 503 or no answer while the commit went through): not a loss, shown for information.
unconfirmed_stored=$(awk -F'\t' '$3 == "not-confirmed" {print $1}' "$load/attempted-edits.tsv" | sort -u | comm -12 - "$work/db-markers" | wc -l)
current=$(pg_sql "select s.rationale from score s join candidate c on c.id = s.candidate_id join criterion k on k.id = s.criterion_id
	join topic t on t.id = c.topic_id where t.key = '$TOPIC' and c.key = '${CELL%/*}' and k.key = '${CELL#*/}'" | grep -o '\[bench-faults [^]]*\]' || echo none)
echo "  edits confirmed (redirect after save): $edits; in the audit log: $((edits - edits_missing)), missing $edits_missing; the cell now says $current"
echo "  edits not confirmed but stored anyway: $unconfirmed_stored (of $(awk -F'\t' '$3 == "not-confirmed"' "$load/attempted-edits.tsv" | wc -l) not confirmed)"
comm -23 "$work/confirmed-markers" "$work/db-markers" | head -5 | sed 's/^/    missing: /'

errors_in_log=$(grep -c ' ERROR ' "$work/app.log" || true)
echo
echo "App log: $errors_in_log ERROR lines, $(grep -c 'Database unavailable for' "$work/app.log" || true) 'Database unavailable' warnings"
# What the 500s were: the exceptions that reached the servlet container, counted.
grep -o 'threw exception \[Request processing failed: [^]]*\]' "$work/app.log" | sed 's/^threw exception \[Request processing failed: //; s/\]$//' |
	sort | uniq -c | sed 's/^ */    /; s/^\(    [0-9]*\) /\1 × /'

# ---- verdict ----------------------------------------------------------------------------------
fail=()
((recs > 0 && last_201_before > 0)) || fail+=("no recommendation was confirmed before the stop")
((recs_missing_db == 0)) || fail+=("$recs_missing_db confirmed recommendations missing in PostgreSQL")
((recs_missing_api == 0)) || fail+=("$recs_missing_api confirmed recommendations not answered by the API")
((edits > 0)) || fail+=("no edit was confirmed")
((edits_missing == 0)) || fail+=("$edits_missing confirmed edits missing in the audit log")
((outage_n > 0)) || fail+=("no request completed while PostgreSQL was down")
((outage_bad == 0)) || fail+=("$outage_bad responses during the outage were neither 2xx/3xx nor the expected 503")
((outage_page503 > 0)) || fail+=("no page answered the 503 page during the outage")
((outage_problem503 > 0)) || fail+=("the API never answered a 503 problem detail during the outage")
((outage_max <= MAX_LATENCY_MS)) || fail+=("a request took $outage_max ms during the outage (bound $MAX_LATENCY_MS ms)")
((other_5xx == 0)) || fail+=("$other_5xx responses with a 5xx other than 503")
((no_answer == 0)) || fail+=("$no_answer requests without an answer (timeout or connection error)")
((other_4xx == 0)) || fail+=("$other_4xx unexpected 4xx responses")
((health_down > 0 && health_up_in_outage == 0)) || fail+=("health was not DOWN throughout the outage")
[[ -n "$up_after_ready" ]] && ((up_after_ready <= RECOVERY_S * 1000)) || fail+=("health not UP within ${RECOVERY_S}s of PostgreSQL accepting connections")
[[ -n "$created_after_ready" ]] && ((created_after_ready <= RECOVERY_S * 1000)) || fail+=("no 201 within ${RECOVERY_S}s of PostgreSQL accepting connections")
[[ $app_alive == yes ]] || fail+=("the app is no longer running")

echo
if ((${#fail[@]} == 0)); then
	echo "PASS: nothing confirmed was lost ($recs recommendations, $edits edits); during the ${DOWN_FOR}s outage only 503s (max latency $outage_max ms ≤ $MAX_LATENCY_MS), health DOWN then UP, recovered $(fmt_s "$created_after_ready") (first 201) / $(fmt_s "$up_after_ready") (health UP) after PostgreSQL was back, ≤ ${RECOVERY_S}s, stop mode $STOP_MODE"
	exit 0
fi
printf 'FAIL: %s\n' "${fail[@]}"
exit 1
