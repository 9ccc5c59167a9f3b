# shellcheck shell=bash
# Shared by bench/faults.sh and bench/cluster.sh (sourced, not run): a throwaway PostgreSQL on
# loopback that the script starts and stops itself, app instances started from the jar, and one
# cleanup that stops everything they started (on success, failure and Ctrl-C alike).
#
# The caller sets `work` (a mktemp directory) before calling bench_pg_init / bench_app_start and
# installs the traps with bench_traps. Everything lives under $work; KEEP=1 keeps it afterwards.

BENCH_PIDS=()      # processes started in the background (apps, load programs): TERMed on exit
PG_BIN=${PG_BIN:-}
PG_DATA=
PG_OWNER=${PG_OWNER:-} # as root: the user that runs initdb and postgres (default postgres, else nobody)
PG_PORT=${PG_PORT:-}
PG_DB=advisor
PG_SUPERUSER=advisor
PG_PASSWORD=

now_ms() { date +%s%3N; }

# The JVM settings of the app (jvm.options, as it ships) unless JAVA_OPTS says otherwise, and glibc
# with two malloc arenas, as in the Docker image.
JAVA_OPTS=${JAVA_OPTS:-@$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/jvm.options}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# bench_java_program SOURCE: compiles a benchmark program (a single class in the default package)
# together with the shared bench/lib/java classes into $work/classes; run it with
# "$JAVA" -cp "$work/classes" <Name>.
bench_java_program() {
	mkdir -p "$work/classes"
	"${JAVAC:-javac}" -nowarn -d "$work/classes" bench/lib/java/*.java "$1"
}

# The jar: the argument, else the single target/*.jar (run from the repository root).
bench_jar() {
	local jar=${1:-}
	if [[ -z "$jar" ]]; then
		shopt -s nullglob
		local jars=(target/*.jar)
		shopt -u nullglob
		[[ ${#jars[@]} -eq 1 ]] || { echo "Build first: ./mvnw -DskipTests package (or pass the jar)" >&2; exit 2; }
		jar=${jars[0]}
	fi
	[[ -f "$jar" ]] || { echo "No such jar: $jar" >&2; exit 2; }
	realpath "$jar"
}

# Tools every script needs; exits 2 with what to install.
bench_require() {
	local tool
	for tool in "$@"; do
		command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y $(bench_package_of "$tool")" >&2; exit 2; }
	done
}

bench_package_of() {
	case $1 in
	java) echo openjdk-17-jdk-headless ;;
	runuser) echo util-linux ;;
	*) echo "$1" ;;
	esac
}

# PostgreSQL server binaries (15 or newer; Debian puts them in /usr/lib/postgresql/<major>/bin).
bench_find_pg() {
	local dir
	if [[ -z "$PG_BIN" ]]; then
		for dir in /usr/lib/postgresql/{15,16,17,18}/bin; do
			[[ -x $dir/initdb && -x $dir/pg_ctl && -x $dir/postgres && -x $dir/psql ]] && PG_BIN=$dir
		done
	fi
	if [[ -z "$PG_BIN" || ! -x $PG_BIN/initdb || ! -x $PG_BIN/pg_ctl || ! -x $PG_BIN/postgres ]]; then
		echo "PostgreSQL server binaries (initdb, pg_ctl, postgres, psql; 15 or newer) not found." >&2
		echo "Install them:  apt-get install -y postgresql   (or set PG_BIN to their directory)" >&2
		exit 2
	fi
	if [[ $EUID -eq 0 ]]; then
		bench_require runuser
		# initdb and postgres refuse to run as root: they run as this user, on a directory it owns.
		PG_OWNER=${PG_OWNER:-$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)}
	fi
	[[ $EUID -eq 0 ]] || PG_OWNER=
}

# Runs a PostgreSQL binary as the owner of the data directory.
pg_as_owner() {
	if [[ -n "$PG_OWNER" ]]; then
		runuser -u "$PG_OWNER" -- "$@"
	else
		"$@"
	fi
}

# bench_pg_init PORT: a new cluster in $work/pg, listening on 127.0.0.1:PORT only, with a random
# password (scram) for the superuser $PG_SUPERUSER, and an empty database $PG_DB. Started.
bench_pg_init() {
	PG_PORT=$1
	local dir=$work/pg
	mkdir -p "$dir"
	PG_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
	printf '%s\n' "$PG_PASSWORD" >"$dir/pwfile"
	if [[ -n "$PG_OWNER" ]]; then
		chmod 711 "$work" # the owner must reach $work/pg; nothing else under $work is opened to it
		chown -R "$PG_OWNER" "$dir"
	fi
	PG_DATA=$dir/data
	pg_as_owner "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_SUPERUSER" --pwfile="$dir/pwfile" \
		--auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; return 1; }
	rm -f "$dir/pwfile"
	cat >>"$PG_DATA/postgresql.conf" <<-CONF
		listen_addresses = '127.0.0.1'
		port = $PG_PORT
		unix_socket_directories = '$dir'
		max_connections = 60
		fsync = on
		synchronous_commit = on
		log_line_prefix = '%m [%p] '
	CONF
	pg_start
	PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_SUPERUSER" -d postgres \
		-qAt -v ON_ERROR_STOP=1 -c "create database $PG_DB" >/dev/null
	export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB"
	export SPRING_DATASOURCE_USERNAME=$PG_SUPERUSER
	export SPRING_DATASOURCE_PASSWORD=$PG_PASSWORD
}

# Starts the cluster in $PG_DATA and waits until it accepts connections.
pg_start() {
	pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$work/pg/postgres.log" -w -t 60 start >/dev/null ||
		{ tail -20 "$work/pg/postgres.log" >&2; return 1; }
}

# pg_stop MODE: fast (disconnect clients, clean shutdown) or immediate (abort every process: a
# crash, with recovery from the WAL at the next start).
pg_stop() {
	pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m "$1" -w -t 60 stop >/dev/null
}

pg_running() {
	[[ -n "$PG_DATA" && -f "$PG_DATA/postmaster.pid" ]] && kill -0 "$(head -1 "$PG_DATA/postmaster.pid")" 2>/dev/null
}

# psql on the throwaway database: pg_sql "select …" prints unaligned, tuples only.
pg_sql() {
	PGPASSWORD=$PG_PASSWORD "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_SUPERUSER" -d "$PG_DB" \
		-qAt -v ON_ERROR_STOP=1 -c "$1"
}

# bench_app_start NAME PORT [app arguments…]: the jar in the background with the datasource
# exported above; log in $work/NAME.log; its PID in APP_PID (and registered for cleanup).
bench_app_start() {
	local name=$1 port=$2
	shift 2
	# shellcheck disable=SC2086
	"$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$port" --advisor.data-dir="$work/$name-data" \
		--advisor.admin.password="$ADMIN_PASSWORD" "$@" >"$work/$name.log" 2>&1 &
	APP_PID=$!
	BENCH_PIDS+=("$APP_PID")
}

# bench_app_wait NAME PORT PID [TIMEOUT_S]: until /actuator/health says UP; 1 if the app exited
# or the timeout passed (the end of its log is printed).
bench_app_wait() {
	local name=$1 port=$2 pid=$3 timeout=${4:-180}
	local deadline=$((SECONDS + timeout))
	while ((SECONDS < deadline)); do
		curl -fs --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "$name exited during start-up; the end of $work/$name.log:" >&2
			tail -30 "$work/$name.log" >&2
			return 1
		fi
		sleep 0.2
	done
	echo "$name did not become healthy within ${timeout}s; the end of its log:" >&2
	tail -30 "$work/$name.log" >&2
	return 1
}

# bench_app_stop PID: SIGTERM (graceful shutdown) and wait, at most 30 s, then SIGKILL.
bench_app_stop() {
	local pid=$1 waited=0
	kill -TERM "$pid" 2>/dev/null || return 0
	while kill -0 "$pid" 2>/dev/null && ((waited < 300)); do
		sleep 0.1
		waited=$((waited + 1))
	done
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

# Stops what this script started: background processes (TERM, then KILL after 30 s), then
# PostgreSQL (immediate: nothing in it is kept), then removes $work unless KEEP=1.
bench_cleanup() {
	local pid
	trap - INT TERM
	for pid in "${BENCH_PIDS[@]}"; do
		kill -TERM "$pid" 2>/dev/null || true # all at once: they shut down in parallel
	done
	for pid in "${BENCH_PIDS[@]}"; do
		bench_app_stop "$pid"
	done
	if pg_running; then
		local pg_pid
		pg_pid=$(head -1 "$PG_DATA/postmaster.pid")
		pg_stop immediate 2>/dev/null || kill -KILL "$pg_pid" 2>/dev/null || true
	fi
	if [[ -n "${work:-}" && -d "$work" ]]; then
		if [[ "${KEEP:-0}" == 1 ]]; then
			echo "Kept $work (logs: *.log, PostgreSQL: pg/)" >&2
		else
			rm -rf "$work"
		fi
	fi
}

# bench_begin NAME PROGRAM: what a benchmark with its own PostgreSQL and a Java program sets up
# first: a fresh $work directory (removed on exit unless KEEP=1), the traps, PROGRAM compiled
# (bench_java_program), and, exported for the program, a random password for the app's first
# administrator (ADMIN_PASSWORD) and an id for this run (RUN_ID).
bench_begin() {
	work=$(mktemp -d "${TMPDIR:-/tmp}/advisor-$1.XXXXXX")
	bench_traps
	bench_java_program "$2"
	ADMIN_PASSWORD=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
	RUN_ID=$(date +%s)
	export ADMIN_PASSWORD RUN_ID
}

# EXIT runs the cleanup and keeps the exit code; Ctrl-C and TERM exit through it.
bench_traps() {
	trap 'rc=$?; bench_cleanup; exit $rc' EXIT
	trap 'echo "Interrupted." >&2; exit 130' INT
	trap 'exit 143' TERM
}
