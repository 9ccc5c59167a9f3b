#!/usr/bin/env bash
# Two instances of the app on one PostgreSQL (profile cluster). A throwaway PostgreSQL on loopback
# (started and stopped here); instances A and B of the same jar started at the same moment, so they
# race on the migrations, the seed and the first administrator. Checks, with psql: every Flyway
# migration ran exactly once, the seed was loaded once (seed_import, and the content tables hold
# what a single install holds: a third instance is started afterwards on a database of its own as
# the reference), exactly one user. Then over HTTP (bench/cluster/ClusterCheck.java): a sign-in
# on A is valid on B and a sign-out on B ends it on A; a share link made on A opens on B; after an
# edit and a publish on A (ROUNDS times, while B is read all along), B shows the new version (its
# /matrix page, the matrixVersion of a new recommendation, the notice on the old share link) within
# BOUND_MS, and never an older one after.
# Prints the figures and PASS (exit 0) or FAIL (exit 1); exit 2 when something needed is missing.
#
#   bench/cluster.sh [path/to/app.jar]
#
# Environment:
#   BOUND_MS=2000        how soon B must show a version published on A (the app looks the latest
#                        version and the content revision up at most once a second)
#   STALE_CHECKS=10      rounds of reads on B after that, none of which may be stale
#   ROUNDS=3             edits and publishes on A, each measured on B
#   WARMUP=20 POLL_MS=50 rounds of reads on B first; pause between two reads of one kind
#   REFERENCE=1          start the single-install reference (0: skip the content comparison)
#   PG_PORT=18420 A_PORT=18421 B_PORT=18422 REF_PORT=18423 JAVA=java JAVA_OPTS="@jvm.options" KEEP=1
set -euo pipefail

BOUND_MS=${BOUND_MS:-2000}
REFERENCE=${REFERENCE:-1}
PG_PORT=${PG_PORT:-18420}
A_PORT=${A_PORT:-18421}
B_PORT=${B_PORT:-18422}
REF_PORT=${REF_PORT:-18423}
JAVA=${JAVA:-java}
export BOUND_MS

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib/common.sh
source bench/lib/common.sh

bench_require curl awk sort "$JAVA" javac
bench_find_pg
JAR=$(bench_jar "${1:-}")

bench_begin cluster bench/cluster/ClusterCheck.java

fail=()
check() { # check CONDITION-STATUS MESSAGE: prints ok/FAIL and remembers failures
	if [[ $1 == 0 ]]; then echo "  ok    $2"; else echo "  FAIL  $2"; fail+=("$2"); fi
}

echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $work/pg) …"
bench_pg_init "$PG_PORT"

echo "Instances A (port $A_PORT) and B (port $B_PORT) of $(basename "$JAR"), started together, profile cluster …"
started=$(now_ms)
SPRING_PROFILES_ACTIVE=cluster bench_app_start a "$A_PORT"
a_pid=$APP_PID
SPRING_PROFILES_ACTIVE=cluster bench_app_start b "$B_PORT"
b_pid=$APP_PID
bench_app_wait A "$A_PORT" "$a_pid" || exit 1
a_ready=$(now_ms)
bench_app_wait B "$B_PORT" "$b_pid" || exit 1
b_ready=$(now_ms)
echo "  healthy: A after $(( (a_ready - started) / 1000 )) s, B by $(( (b_ready - started) / 1000 )) s"

# The content tables, counted: the same query on the reference database later.
count_sql="select string_agg(t || '=' || n, ' ' order by t) from (
	select 'topic' t, count(*) n from topic union all select 'candidate', count(*) from candidate
	union all select 'criterion', count(*) from criterion union all select 'metric', count(*) from metric
	union all select 'criterion_metric', count(*) from criterion_metric union all select 'source', count(*) from source
	union all select 'dataset', count(*) from dataset union all select 'measurement', count(*) from measurement
	union all select 'claim', count(*) from claim union all select 'claim_candidate', count(*) from claim_candidate
	union all select 'score', count(*) from score union all select 'score_evidence', count(*) from score_evidence
	union all select 'question', count(*) from question union all select 'answer_option', count(*) from answer_option
	union all select 'option_weight', count(*) from option_weight union all select 'option_must_have', count(*) from option_must_have
	union all select 'matrix_version', count(*) from matrix_version union all select 'seed_import', count(*) from seed_import
	union all select 'audit_event', count(*) from audit_event union all select 'app_user', count(*) from app_user) c"
cluster_counts=$(pg_sql "$count_sql")

echo
echo "== One database, two instances started together =="
jar_files=$(jar tf "$JAR" 2>/dev/null || unzip -Z1 "$JAR" 2>/dev/null || true) # to count migrations and seed files
in_jar() { [[ -n "$jar_files" ]] && { grep -c "$1" <<<"$jar_files" || true; } || echo "?"; }
migrations_in_jar=$(in_jar '^BOOT-INF/classes/db/migration/V.*\.sql$')
read -r fw_rows fw_versions fw_failed < <(pg_sql "select count(*), count(distinct version), count(*) filter (where not success)
	from flyway_schema_history where version is not null" | tr '|' ' ')
echo "  flyway_schema_history: $(pg_sql "select string_agg('V' || version || '×' || n, ' ' order by version::int) from (select version, count(*) n from flyway_schema_history where version is not null group by version) v")"
check "$( ((fw_rows == fw_versions && fw_failed == 0)) && [[ $migrations_in_jar == "?" || $migrations_in_jar == "$fw_versions" ]] && echo 0 || echo 1)" \
	"each migration applied exactly once: $fw_rows rows, $fw_versions versions, $fw_failed failed, $migrations_in_jar migrations in the jar"
seeds_in_jar=$(in_jar '^BOOT-INF/classes/db/seed/.*\.json$')
seed_rows=$(pg_sql "select count(*) from seed_import")
seeded_a=$(grep -c 'Seeded ' "$work/a.log" || true)
seeded_b=$(grep -c 'Seeded ' "$work/b.log" || true)
check "$([[ $seeds_in_jar == "?" || $seeds_in_jar == "$seed_rows" ]] && echo 0 || echo 1)" \
	"seed loaded once: seed_import has $seed_rows rows ($seeds_in_jar seed files in the jar); 'Seeded' log lines: A $seeded_a, B $seeded_b"
users=$(pg_sql "select count(*) from app_user")
created_a=$(grep -c 'Created the first administrator' "$work/a.log" || true)
created_b=$(grep -c 'Created the first administrator' "$work/b.log" || true)
check "$( ((users == 1 && created_a + created_b == 1)) && echo 0 || echo 1)" \
	"one first administrator: $users row(s) in app_user; created by A: $created_a, by B: $created_b"
echo "  content after the start: $cluster_counts"

echo
echo "== Sessions, share links and publishing across A and B (bound ${BOUND_MS} ms) =="
set +e
"$JAVA" -cp "$work/classes" ClusterCheck "http://127.0.0.1:$A_PORT" "http://127.0.0.1:$B_PORT" |
	tee "$work/check.out" | grep -v -e '^FAIL-CHECK: ' -e '^DELAY_MS='
check_rc=${PIPESTATUS[0]}
set -e
delay=$(awk -F= '/^DELAY_MS=/ {print $2}' "$work/check.out")
while IFS= read -r line; do fail+=("${line#FAIL-CHECK: }"); done < <(grep '^FAIL-CHECK: ' "$work/check.out" || true)
((check_rc == 0)) || grep -q '^FAIL-CHECK: ' "$work/check.out" || fail+=("ClusterCheck.java exited with $check_rc")

app_errors=$(cat "$work/a.log" "$work/b.log" | grep -c ' ERROR ' || true)
check "$( ((app_errors == 0)) && echo 0 || echo 1)" "ERROR lines in the logs of A and B: $app_errors"
cat "$work/a.log" "$work/b.log" | grep ' ERROR ' | head -5 | cut -c1-300 | sed 's/^/        /' || true

if [[ $REFERENCE == 1 ]]; then
	echo
	echo "== Reference: a single install on a database of its own =="
	bench_app_stop "$a_pid"
	bench_app_stop "$b_pid"
	PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_SUPERUSER" -d postgres -qAt \
		-v ON_ERROR_STOP=1 -c "create database reference" >/dev/null
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/reference" bench_app_start reference "$REF_PORT"
	ref_pid=$APP_PID
	bench_app_wait reference "$REF_PORT" "$ref_pid"
	reference_counts=$(PG_DB=reference pg_sql "$count_sql")
	bench_app_stop "$ref_pid"
	echo "  reference: $reference_counts"
	seeded_ref=$(grep -c 'Seeded ' "$work/reference.log" || true)
	check "$([[ $cluster_counts == "$reference_counts" ]] && ((seeded_a + seeded_b == seeded_ref)) && echo 0 || echo 1)" \
		"the two instances' database holds exactly what a single install holds; 'Seeded' log lines: A+B $((seeded_a + seeded_b)), single install $seeded_ref"
	if [[ $cluster_counts != "$reference_counts" ]]; then
		diff <(tr ' ' '\n' <<<"$cluster_counts") <(tr ' ' '\n' <<<"$reference_counts") | sed 's/^/        /' || true
	fi
fi

echo
if ((${#fail[@]} == 0)); then
	echo "PASS: migrations, seed and first admin once; sessions shared; share link on both; publishes on A shown by B within ${delay} ms (bound ${BOUND_MS} ms), never stale after"
	exit 0
fi
printf 'FAIL: %s\n' "${fail[@]}"
exit 1
