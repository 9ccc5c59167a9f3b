# shellcheck shell=bash
# wrk helpers shared by the HTTP benchmarks (bench/http.sh, bench/scale.sh). Source it:
#
#   . bench/lib/wrk.sh
#
# run_wrk reads THREADS, CONNECTIONS and DURATION (wrk's -t, -c, -d) from the caller.

# Converts wrk's "1.23ms" / "850.00us" / "1.02s" to milliseconds.
to_ms() {
	awk -v v="$1" 'BEGIN {
		if (v ~ /us$/) { sub(/us$/, "", v); printf "%.3f", v / 1000 }
		else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.3f", v }
		else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.3f", v * 1000 }
		else print v }'
}

# run_wrk URL [script] → "rps p50 p99 errors" (errors: non-2xx/3xx responses plus socket errors)
run_wrk() {
	local out
	if [[ -n "${2:-}" ]]; then
		out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$2" "$1")
	else
		out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1")
	fi
	local rps p50 p99 errors
	rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
	p50=$(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")")
	p99=$(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")
	errors=$(awk '/Non-2xx or 3xx responses/ {e+=$5} /Socket errors/ {gsub(",", ""); e+=$4+$6+$8+$10} END {print e+0}' <<<"$out")
	echo "$rps $p50 $p99 ${errors:-0}"
}

# Median of the numbers on stdin, one per line.
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
