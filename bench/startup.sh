#!/usr/bin/env bash
# Start-up time of the packaged app: wall time from process launch until
# GET /actuator/health answers {"status":"UP"}. Builds nothing; see bench/README.md.
#
#   bench/startup.sh [path/to/app.jar]
#
# Environment:
#   RUNS=5              warm runs per mode (the median is reported)
#   MODES="reference jar jar-c1 cds cds-c1"
#                       reference the smallest Spring Boot app with /actuator/health (bench/reference,
#                                 built here when missing): the framework's own start-up on this machine
#                       jar       java -jar on the packaged jar: the zero-setup path
#                       jar-c1    the same with -XX:TieredStopAtLevel=1 (C1 JIT only)
#                       extracted java -jar on the extracted layout (application jar + lib/)
#                       cds       extracted layout + a CDS archive trained beforehand
#                       cds-c1    cds with C1 only: what the Docker image runs
#   JAVA=java           the java binary
#   JAVA_OPTS="@jvm.options"   JVM flags for every run (default: the settings the app ships with)
#   PORT=18080          HTTP port used by the runs
#   NICE=               e.g. -10: run the app (and its PostgreSQL) at that niceness, which
#                       approximates an idle machine on a shared one (negative needs root)
#   KEEP=1              keep the work directory (logs, data dir, archive)
set -euo pipefail

RUNS=${RUNS:-5}
MODES=${MODES:-reference jar jar-c1 cds cds-c1}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS-@$(cd "$(dirname "$0")/.." && pwd)/jvm.options}
PORT=${PORT:-18080}
NICE=${NICE:-}
POLL_SECONDS=0.05
TIMEOUT_SECONDS=120

cd "$(dirname "$0")/.."

jar=${1:-}
if [[ -z "$jar" ]]; then
	shopt -s nullglob
	jars=(target/*.jar)
	shopt -u nullglob
	if [[ ${#jars[@]} -ne 1 ]]; then
		echo "Expected exactly one target/*.jar (found ${#jars[@]}); build with ./mvnw -DskipTests package or pass the jar." >&2
		exit 2
	fi
	jar=${jars[0]}
fi
jar=$(realpath "$jar")

work=$(mktemp -d "${TMPDIR:-/tmp}/advisor-startup.XXXXXX")
app_pid=
elapsed_ms=
cpu_ms=

stop_app() {
	if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
		kill -TERM "$app_pid"
		wait "$app_pid" 2>/dev/null || true
	fi
	app_pid=
}

# A CDS training run ends with the JVM halting (spring.context.exit=onRefresh), which skips
# the shutdown hooks, so the embedded PostgreSQL it started keeps running: stop it by hand.
stop_orphan_postgres() {
	local pidfile=$1/postgres/postmaster.pid
	[[ -f "$pidfile" ]] || return 0
	local pg_pid
	pg_pid=$(head -n 1 "$pidfile")
	kill -INT "$pg_pid" 2>/dev/null || return 0
	for _ in $(seq 1 600); do
		kill -0 "$pg_pid" 2>/dev/null || return 0
		sleep 0.05
	done
	kill -KILL "$pg_pid" 2>/dev/null || true
}

cleanup() {
	stop_app
	# A run killed while it was still starting may leave its PostgreSQL behind too.
	stop_orphan_postgres "$work/data"
	stop_orphan_postgres "$work/train"
	if [[ "${KEEP:-}" == 1 ]]; then
		echo "Work directory kept: $work"
	else
		rm -rf "$work"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
	echo "Port $PORT is already in use; set PORT=..." >&2
	exit 2
fi

now_ms() {
	date +%s%3N
}

# Launches the app with the given java arguments, waits for health UP, sets elapsed_ms and
# cpu_ms, and leaves the app running (stop_app stops it). Returns 1 if the app never got
# healthy. Not called in $(...): the subshell would lose app_pid.
start_and_wait() {
	local log=$1
	shift
	local started
	started=$(now_ms)
	local launcher=()
	if [[ -n "$NICE" ]]; then
		launcher=(nice -n "$NICE")
	fi
	# JAVA_OPTS is a list of flags: word splitting is intended.
	# shellcheck disable=SC2086
	"${launcher[@]}" "$JAVA" $JAVA_OPTS "$@" --server.port="$PORT" --advisor.data-dir="$work/data" </dev/null >"$log" 2>&1 &
	app_pid=$!
	local deadline=$((started + TIMEOUT_SECONDS * 1000))
	until curl -fsS --max-time 1 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
		if ! kill -0 "$app_pid" 2>/dev/null || (($(now_ms) > deadline)); then
			echo "Not healthy (exited, or not within ${TIMEOUT_SECONDS}s); from $log:" >&2
			grep -E -A2 'Description:|FATAL' "$log" | tail -n 12 >&2 || tail -n 12 "$log" >&2
			stop_app
			return 1
		fi
		sleep "$POLL_SECONDS"
	done
	elapsed_ms=$(($(now_ms) - started))
	# CPU time the JVM used to get there (user + system): unlike the wall time it hardly
	# moves when other processes compete for the cores, so it compares runs on a busy box.
	cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$app_pid/stat")
}

# One measured start. A failed start is retried once and reported: on a machine where
# many processes start embedded PostgreSQL servers, zonky's free-port pick can lose a race
# ("could not bind ... Address already in use"), which says nothing about start-up time.
measure() {
	local log=$1
	shift
	if ! start_and_wait "$log" "$@"; then
		echo "(retrying once after the failed start above)" >&2
		start_and_wait "${log%.log}-retry.log" "$@" || exit 1
	fi
	stop_app
}

median() {
	sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

seconds() {
	awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'
}

# Binaries are extracted by zonky into this directory; a fresh one makes the cold run
# honest (it includes the extraction) and keeps other processes' /tmp/embedded-pg out of it.
zonky=(-Dot.epg.working-dir="$work/embedded-pg")
extracted_jar="$work/app/$(basename "$jar")"

echo "Framework Advisor start-up: launch -> /actuator/health UP (poll every ${POLL_SECONDS}s)"
echo "jar:     $jar ($(du -h "$jar" | cut -f1))"
echo "java:    $("$JAVA" -version 2>&1 | head -n 1)  JAVA_OPTS=${JAVA_OPTS:-(none)}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)${NICE:+, app niceness $NICE}"
echo

if [[ " $MODES " == *" extracted "* || " $MODES " == *" cds"* ]]; then
	"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
fi

measure "$work/cold.log" "${zonky[@]}" -jar "$jar"
cold=$elapsed_ms
cold_cpu=$cpu_ms
echo "cold (new data dir: extract PostgreSQL, initdb, migrate, seed; java -jar): $(seconds "$cold") (JVM CPU $(seconds "$cold_cpu"))"

if [[ " $MODES " == *" cds"* ]]; then
	# Training as the Boot docs describe it (and as the Dockerfile does), on a throwaway
	# data dir of its own.
	# shellcheck disable=SC2086
	"$JAVA" $JAVA_OPTS -XX:ArchiveClassesAtExit="$work/app/application.jsa" -Dspring.context.exit=onRefresh \
		"${zonky[@]}" -jar "$extracted_jar" --server.port="$PORT" --advisor.data-dir="$work/train" \
		</dev/null >"$work/train.log" 2>&1 || true
	stop_orphan_postgres "$work/train"
	if [[ ! -s "$work/app/application.jsa" ]]; then
		echo "CDS training produced no archive; last lines of $work/train.log:" >&2
		tail -n 30 "$work/train.log" >&2
		exit 1
	fi
fi

if [[ " $MODES " == *" reference "* ]]; then
	reference_jar=bench/reference/target/startup-reference-1.jar
	if [[ ! -f $reference_jar ]]; then
		./mvnw -q -B -f bench/reference/pom.xml -DskipTests package >"$work/reference-build.log" 2>&1 ||
			{ tail -n 30 "$work/reference-build.log" >&2; exit 1; }
	fi
	reference_jar=$(realpath "$reference_jar")
fi

# The modes take turns (run 1 of every mode, then run 2 …), so that a change in the machine's
# load hits them alike. -Xshare:on in the CDS modes: a run that cannot use the archive fails
# instead of being measured as a CDS run.
declare -A times cpus
for run in $(seq 1 "$RUNS"); do
	for mode in $MODES; do
		case $mode in
		reference) args=(-jar "$reference_jar") ;;
		jar) args=(-jar "$jar") ;;
		jar-c1) args=(-XX:TieredStopAtLevel=1 -jar "$jar") ;;
		extracted) args=(-jar "$extracted_jar") ;;
		cds) args=(-Xshare:on -XX:SharedArchiveFile="$work/app/application.jsa" -jar "$extracted_jar") ;;
		cds-c1) args=(-Xshare:on -XX:SharedArchiveFile="$work/app/application.jsa" -XX:TieredStopAtLevel=1 -jar "$extracted_jar") ;;
		*)
			echo "Unknown mode $mode" >&2
			exit 2
			;;
		esac
		measure "$work/$mode-$run.log" "${zonky[@]}" "${args[@]}"
		times[$mode]+="$elapsed_ms"$'\n'
		cpus[$mode]+="$cpu_ms"$'\n'
		echo "warm $mode run $run: $(seconds "$elapsed_ms") (JVM CPU $(seconds "$cpu_ms"), load $(cut -d' ' -f1 /proc/loadavg))"
	done
done

summary=()
reference_ms=
[[ " $MODES " == *" reference "* ]] && reference_ms=$(printf '%s' "${times[reference]}" | median)
for mode in $MODES; do
	wall=$(printf '%s' "${times[$mode]}" | median)
	ratio=
	if [[ -n "$reference_ms" && $mode != reference ]]; then
		ratio=$(awk -v a="$wall" -v r="$reference_ms" 'BEGIN { printf ", %.1f x the reference", a / r }')
	fi
	summary+=("warm $mode median of $RUNS: $(seconds "$wall") (JVM CPU $(seconds "$(printf '%s' "${cpus[$mode]}" | median)")$ratio)")
done

echo
echo "cold: $(seconds "$cold") (JVM CPU $(seconds "$cold_cpu"))"
printf '%s\n' "${summary[@]}"
