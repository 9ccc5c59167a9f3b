# shellcheck shell=bash
# Sourced by the benchmarks that report the JVM settings they ran the app with.

# The JVM flags, with an argument file (@file) spelled out.
jvm_flags() {
	local opt
	for opt in $JAVA_OPTS; do
		if [[ $opt == @* ]]; then grep -v '^#' "${opt#@}" | tr '\n' ' '; else printf '%s ' "$opt"; fi
	done
}
