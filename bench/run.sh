#!/usr/bin/env bash
# Every benchmark, one after the other (they must not share the machine), each on the packaged
# jar, each writing its dated results file under bench/results/. See bench/README.md.
#
#   ./mvnw -DskipTests package && bench/run.sh            # all of them, about 45 minutes
#   bench/run.sh http startup                             # just these
#
# Needs: wrk and nginx (http, soak, scale), PostgreSQL's server binaries (faults, cluster):
#   apt-get install -y wrk nginx-light postgresql
# Prints one line per benchmark at the end, PASS/FAIL for those that judge, and exits 1 if any
# of them failed.
set -uo pipefail

cd "$(dirname "$0")/.."
ALL=(startup http scale soak faults cluster)
selected=("$@")
((${#selected[@]} > 0)) || selected=("${ALL[@]}")
day=$(date -u +%Y-%m-%d)
mkdir -p bench/results

summary=()
failed=0
for name in "${selected[@]}"; do
	[[ -x bench/$name.sh ]] || { echo "No benchmark bench/$name.sh (have: ${ALL[*]})" >&2; exit 2; }
	log=bench/results/$day-$name.txt
	echo "=== bench/$name.sh ($(date -u +%H:%M) UTC, output also in $log)"
	bench/"$name".sh | tee "$log"
	status=${PIPESTATUS[0]}
	verdict=$(grep -Eo '^(PASS|FAIL)' "$log" | tail -1)
	summary+=("$(printf '%-8s exit %d %s' "$name" "$status" "${verdict:-}")")
	((status == 0)) || failed=1
done

echo
echo "=== Summary"
printf '%s\n' "${summary[@]}"
exit $failed
