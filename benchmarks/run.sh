#!/usr/bin/env bash
# All of Switchboard's performance figures in one command (README, "Measurements", "One command"):
#
#   benchmarks/run.sh [--quick] [--no-deadlines] [--no-build] [--inbound-only] [--bulk-only] [--heap-only]
#
# 1. installs what is missing (wrk, gnuplot-nox, the PostgreSQL client with pgbench: Debian packages, as root or
#    through sudo); PostgreSQL itself must be running (DB_HOST:DB_PORT, default 127.0.0.1:5432, user postgres)
# 2. builds (-Pbenchmarks verify) and, in the same Maven run, the durable-deadline benchmark on a test domain of
#    its own (DEADLINE_PORT_BASE, default 39200) with its lateness histograms
# 3. starts a throwaway server (benchmarks/server.sh: PORT_BASE, default 39000; schema DB_SCHEMA, default
#    switchboard_bench, recreated) and stops it on exit
# 4. bulk assignment: BULK_CONVERSATIONS waiting, then BULK_AGENTS agents Available at once (REST, in parallel),
#    after a round not counted (BULK_WARMUP_CONVERSATIONS onto BULK_WARMUP_AGENTS: 2,000 onto 100; --quick 500 onto 25)
# 5. pgbench -N (database pgbench_switchboard, -i -s 10) and, with wrk, each inbound path at 1, 4, 16, 64
#    connections: (a) new conversation routed and assigned, (c) a message appended to an open conversation,
#    (b) new conversation routed, nobody available; SQL checks after each
# 6. heap after a full GC (jcmd) after the conversations so far, and again after HEAP_MORE more
# 7. the JMH suites (ChooseAgentBenchmark, RouteEvaluationBenchmark, WorkflowEvaluationBenchmark), server stopped
# 8. benchmarks/report/: report.md, PNG plots, raw/ (every tool's own output)
#
# Before the first measured point the server gets path (a), not counted, for at least JIT_WARMUP_SECONDS (90 s;
# --quick 20 s; --inbound-only INBOUND_JIT_WARMUP_SECONDS, default 60) and then until the JIT compilers are quiet (less
# than 2 s of compiling in 20 s), at most JIT_WARMUP_MAX_SECONDS (360 s; --quick 60 s): on 2 cores C2 works for
# minutes after a start, and a point measured meanwhile measures it too.
#
# --quick: each measured part for 20 s rather than a minute (each point, pgbench, the heap step's traffic; warm-ups
# 5 s), 1,000 bulk conversations onto 50 agents, 10,000 pending deadlines, a 10,000-conversation heap step, short
# JMH settings: about 13 minutes. --no-deadlines: no deadline benchmark. --no-build: reuse what the last run built
# (implies --no-deadlines, which runs inside the Maven build), for iterating on this script. --bulk-only: steps 1-4
# only (no deadlines, pgbench, paths, heap, JMH or report), the bulk line last; BULK_CONVERSATIONS and BULK_AGENTS
# override the mode's sizes, and BULK_JFR=file.jfr records the bulk run with JDK Flight Recorder. --heap-only:
# steps 1-3 and 6 only: HEAP_FIRST (10,000) conversations, heap, HEAP_MORE more, heap (HEAP_HISTOGRAMS=1 also
# keeps jcmd's class histograms in raw/). Both: the bulk step, then the heap step (its first measurement after
# the bulk step's conversations), on one server.
# --inbound-only: only pgbench -N and the inbound paths (a), (c), (b), at 16 connections (INBOUND_SECONDS, default
# 30, each; INBOUND_WARMUP_SECONDS, default 10), (a) and (c) also paced at about half their saturated rate
# (PACED_ASSIGNED_MS, PACED_APPENDED_MS: each connection's pause before a request), with pg_stat_statements per path where the extension is installed; no deadlines, bulk,
# heap, JMH or report; path (a) runs under JDK Flight Recorder (raw/assigned.jfr): the raw outputs go to REPORT_DIR (default benchmarks/target/inbound-report), never to
# benchmarks/report/. For profiling the engine quickly. SENTIMENT=on (or off, the default) switches sentiment scoring
# on (off) first (README, "Sentiment").
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mode=full
deadlines=true
build=true
inbound_only=false
bulk_only=false
heap_only=false
for arg in "$@"; do
  case "$arg" in
    --quick) mode=quick ;;
    --no-deadlines) deadlines=false ;;
    --no-build) build=false deadlines=false ;;
    --inbound-only) inbound_only=true deadlines=false ;;
    --bulk-only) bulk_only=true deadlines=false ;;
    --heap-only) heap_only=true deadlines=false ;;
    -h|--help) sed -n '2,33p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

CONCURRENCIES=(1 4 16 64)
if [[ $mode == quick ]]; then
  POINT_SECONDS=20 WARMUP_SECONDS=5 PGBENCH_SECONDS=20 BULK_WAIT_SECONDS=120 JIT_WARMUP_SECONDS=20
  JIT_WARMUP_MAX_SECONDS="${JIT_WARMUP_MAX_SECONDS:-60}"
  BULK_CONVERSATIONS="${BULK_CONVERSATIONS:-1000}" BULK_AGENTS="${BULK_AGENTS:-50}"
  BULK_WARMUP_CONVERSATIONS="${BULK_WARMUP_CONVERSATIONS:-500}" BULK_WARMUP_AGENTS="${BULK_WARMUP_AGENTS:-25}"
  DEADLINES_PENDING=10000 DEADLINES_DUE=20000 TIMERS_PENDING=""
  HEAP_MORE="${HEAP_MORE:-10000}" HEAP_TRAFFIC_SECONDS=20 HEAP_FIRST="${HEAP_FIRST:-10000}"
  JMH_OPTIONS=(-wi 1 -w 1 -i 2 -r 1 -f 1)
else
  POINT_SECONDS=60 WARMUP_SECONDS=30 PGBENCH_SECONDS=60 BULK_WAIT_SECONDS=600 JIT_WARMUP_SECONDS=90
  JIT_WARMUP_MAX_SECONDS="${JIT_WARMUP_MAX_SECONDS:-360}"
  BULK_CONVERSATIONS="${BULK_CONVERSATIONS:-10000}" BULK_AGENTS="${BULK_AGENTS:-500}"
  BULK_WARMUP_CONVERSATIONS="${BULK_WARMUP_CONVERSATIONS:-2000}" BULK_WARMUP_AGENTS="${BULK_WARMUP_AGENTS:-100}"
  DEADLINES_PENDING=10000,100000,1000000 DEADLINES_DUE=60000 TIMERS_PENDING=10000,100000
  HEAP_MORE="${HEAP_MORE:-1000000}" HEAP_TRAFFIC_SECONDS=60 HEAP_FIRST="${HEAP_FIRST:-10000}"
  JMH_OPTIONS=(-f 1)
fi
if [[ $inbound_only == true ]]; then
  CONCURRENCIES=(16) POINT_SECONDS="${INBOUND_SECONDS:-30}" WARMUP_SECONDS="${INBOUND_WARMUP_SECONDS:-10}"
  JIT_WARMUP_SECONDS="${INBOUND_JIT_WARMUP_SECONDS:-60}" JIT_WARMUP_MAX_SECONDS="${JIT_WARMUP_MAX_SECONDS:-360}"
  PGBENCH_SECONDS="${INBOUND_SECONDS:-30}"
  # The paced points' pause per connection: 16 x 1000 / (pause + latency) is about half the saturated rate of each
  # path on the 2-core project machine (about 100 and 270 messages/s).
  PACED_ASSIGNED_MS="${PACED_ASSIGNED_MS:-250}" PACED_APPENDED_MS="${PACED_APPENDED_MS:-90}"
fi
AGENTS=8 AGENT_API_CAPACITY=1000 AGENT_CAPACITY=1000000 APPEND_POOL=256

export PORT_BASE="${PORT_BASE:-39000}" DB_SCHEMA="${DB_SCHEMA:-switchboard_bench}"
export DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-5432}" DB_NAME="${DB_NAME:-test}" DB_USER="${DB_USER:-postgres}"
export PGPASSWORD="${DB_PASSWORD:-}"
DEADLINE_PORT_BASE="${DEADLINE_PORT_BASE:-39200}"
PGBENCH_DB="${PGBENCH_DB:-pgbench_switchboard}"
APP="http://127.0.0.1:$((PORT_BASE + 80))/switchboard"
DOMAIN="$root/ear/target/bench-domains/switchboard-bench-$PORT_BASE"

report="${REPORT_DIR:-$root/benchmarks/report}"
[[ $inbound_only == true && -z "${REPORT_DIR:-}" ]] && report="$root/benchmarks/target/inbound-report"
# A partial run leaves the committed report alone.
[[ ($bulk_only == true || $heap_only == true) && -z "${REPORT_DIR:-}" ]] && report="$root/benchmarks/target/partial-report"
raw="$report/raw"
started_at=$SECONDS

field() { grep -oP "(^| )$2=\K[^ ]+" "$1"; }
say() { printf '\n[bench %s] %s\n' "$(date -u +%T)" "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }
sql() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -v ON_ERROR_STOP=1 -qAt \
  -c "set search_path to $DB_SCHEMA" -c "$1"; }

# --- 1. tools ------------------------------------------------------------------------------------------------
as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"
  else die "'$*' needs root (or sudo without a password): install wrk, gnuplot-nox and postgresql-client by hand"
  fi
}
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v gnuplot >/dev/null || missing+=(gnuplot-nox)
command -v pgbench >/dev/null && command -v psql >/dev/null || missing+=(postgresql-client)
if ((${#missing[@]})); then
  say "Installing ${missing[*]} (Debian packages)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v jcmd >/dev/null || die "jcmd not found: a JDK 17 (not only a JRE) must be on the PATH"
psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -qAtc 'select 1' >/dev/null \
  || die "PostgreSQL does not answer at $DB_HOST:$DB_PORT (database $DB_NAME, user $DB_USER): start it first"

rm -rf "$report"
mkdir -p "$raw"
{
  echo "mode=$mode started=$(date -u +%FT%TZ) commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "cpus=$(nproc) load_average=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java=$(java -version 2>&1 | head -1)"
  echo "postgresql=$(psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -qAtc 'show server_version')"
  echo "wrk=$(wrk -v 2>&1 | head -1)"
} > "$raw/environment.txt"

# --- 2. build, and the deadline benchmark in the same Maven run ---------------------------------------------
say "Building (-Pbenchmarks verify)$([[ $deadlines == true ]] && echo ', then the durable-deadline benchmark')"
rm -f ear/target/deadline-benchmark.txt ear/target/deadline-lateness-*.txt
mvn_args=(-B -Pbenchmarks -DskipUnitTests -Dspotless.check.skip=true -Ddb=postgresql
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test)
if [[ $deadlines == true ]]; then
  mvn_args+=(-Dit.test=DeadlineBenchmark -Dit.port.base="$DEADLINE_PORT_BASE"
    -Dit.http.port=$((DEADLINE_PORT_BASE + 80)) -Dit.admin.port=$((DEADLINE_PORT_BASE + 48))
    -Dit.db.schema=switchboard_bench_deadlines -Dbench.deadlines.pending="$DEADLINES_PENDING"
    -Dbench.timers.pending="$TIMERS_PENDING" -Dbench.due="$DEADLINES_DUE")
else
  mvn_args+=(-DskipITs)
fi
if [[ $build == true ]]; then
  ./mvnw "${mvn_args[@]}" verify dependency:build-classpath > "$raw/build.log" 2>&1 \
    || { tail -40 "$raw/build.log"; die "build failed: $raw/build.log"; }
fi
[[ -f benchmarks/target/bench-classpath.txt && -f ear/target/switchboard.ear ]] || die "nothing built: run without --no-build"
if [[ ! -x ear/target/payara6/bin/asadmin || ! -f ear/target/server-lib/postgresql.jar ]]; then
  # Without the deadline benchmark (-DskipITs) the build does not unpack the server: README, "Benchmarks".
  ./mvnw -B -q -pl ear dependency:unpack dependency:copy >> "$raw/build.log" 2>&1 || die "no Payara Server: $raw/build.log"
fi
if [[ $deadlines == true ]]; then
  cp ear/target/deadline-benchmark.txt ear/target/deadline-lateness-*.txt "$raw/"
  sed 's/^/  /' "$raw/deadline-benchmark.txt"
fi
bench_cp="benchmarks/target/classes:$(cat benchmarks/target/bench-classpath.txt)"
client() { java -cp "$bench_cp" io.switchboard.benchmarks.BenchClient "$@"; }

# --- 3. the throwaway server -----------------------------------------------------------------------------------
cleanup() {
  local rc=$?
  if [[ -n "${server_started:-}" ]]; then
    say "Stopping the benchmark server"
    benchmarks/server.sh down >/dev/null 2>&1 || true
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM
say "Starting the benchmark server on 127.0.0.1:$((PORT_BASE + 80)), schema $DB_SCHEMA"
server_started=yes
benchmarks/server.sh up > "$raw/server-up.log" 2>&1 || { tail -20 "$raw/server-up.log"; die "server did not start"; }
server_pid="$(cat "$DOMAIN/config/pid")"
setup_vars="$(client setup "$APP" "$(cat ear/target/bench-admin-password)" "$AGENTS" "$AGENT_API_CAPACITY")"
eval "$setup_vars"
# The API takes capacities up to 1,000; the paths below open more conversations than 8 x 1,000 in a full run, and
# they must never find the agents full, so the database gets the large capacity directly (nothing caches it).
sql "update agent_state set capacity_live_messaging = $AGENT_CAPACITY where agent_id in (${AGENT_IDS// /,})" > /dev/null

# Correctness after a run: conversations whose customer's address starts with $1 are each assigned (exactly one
# assignment decision with an agent) or, with $2 = waiting, none is; no agent anywhere holds more than its capacity.
check() {
  local prefix="$1" expect="$2" name="$3" result
  result="$(sql "
    with mine as (select c.id, c.assignee_id, c.status from conversation c
                  join person_contact pc on pc.person_id = c.person_id and pc.channel = 'SMS'
                  where pc.address like '$prefix%'),
         decided as (select conversation_id, count(*) n from assignment_decision
                     where agent_id is not null and conversation_id in (select id from mine) group by 1),
         held as (select c.assignee_id, count(*) n from conversation c
                  where c.assignee_id is not null and c.status <> 'CLOSED' group by 1),
         over as (select h.assignee_id from held h join agent_state s on s.agent_id = h.assignee_id
                  where h.n > coalesce(s.capacity_live_messaging,
                        (select cast(val as integer) from setting where name = 'capacity.LIVE_MESSAGING')))
    select (select count(*) from mine),
           (select count(*) from mine where assignee_id is null),
           (select count(*) from mine m left join decided d on d.conversation_id = m.id where coalesce(d.n, 0) <> 1),
           (select count(*) from over)")"
  local total unassigned not_once over verdict=ok
  IFS='|' read -r total unassigned not_once over <<< "$result"
  if [[ $expect == assigned ]]; then
    ((unassigned == 0 && not_once == 0 && over == 0)) || verdict=FAILED
    echo "$name: $total conversations, $unassigned unassigned, $not_once not assigned exactly once, $over agents above capacity: $verdict"
  else
    ((unassigned == total && over == 0)) || verdict=FAILED
    echo "$name: $total conversations, $((total - unassigned)) assigned (none expected), $over agents above capacity: $verdict"
  fi | tee -a "$raw/checks.txt"
}

if [[ $inbound_only == true ]]; then
  sentiment_on=false
  [[ ${SENTIMENT:-off} == on ]] && sentiment_on=true
  client call "$APP" "$MANAGER_KEY" PUT /settings "{\"shortIdEnabled\": false, \"sentimentEnabled\": $sentiment_on}" \
    | grep -q "\"sentimentEnabled\":$sentiment_on" || die "sentiment not switched ${SENTIMENT:-off}"
  say "Sentiment scoring ${SENTIMENT:-off}"
fi
# CPU time so far (clock ticks, user + system) of the server's JVM, and of each PostgreSQL process ("pid ticks"): a
# point's database CPU is what the processes alive at its end spent during it (the pool's connections live through
# a point; one that ended meanwhile is left out rather than counted negative).
server_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
postgres_ticks() { for p in $(pgrep -u postgres); do awk -v p="$p" '{print p, $14 + $15}' "/proc/$p/stat" 2>/dev/null; done; }
ticks_per_second=$(getconf CLK_TCK)
# server_thread_ticks: the server's CPU ticks so far by kind of thread ("kind ticks"), the thread's name with its
# numbers dropped (GC Thread#0 and GC Thread#1 are one kind). Flight Recorder's execution samples see only Java
# threads; this also shows what garbage collection, the JIT compilers and the data grid cost per request.
server_thread_ticks() {
  for f in /proc/"$server_pid"/task/*/stat; do cat "$f" 2>/dev/null; echo; done \
    | awk 'NF { name = substr($0, index($0, "(") + 1); rest = substr(name, match(name, /\) [A-Za-z] /) + 2);
           name = substr(name, 1, RSTART - 1); gsub(/[0-9]+/, "", name); split(rest, f, " ");
           t[name] += f[12] + f[13] } END { for (n in t) printf "%s\t%d\n", n, t[n] }'
}
# machine_ticks: the whole machine's busy CPU ticks so far (every core; idle, I/O wait and steal left out). Per
# request or transaction, what wrk, the server, PostgreSQL, pgbench and the kernel spend together: pgbench -N's figure
# against a path's is the share the issue asks for as the machine's CPU sees it, whatever fsync did to the rates.
machine_ticks() { awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
machine_ms() { awk -v t="$1" -v hz="$ticks_per_second" -v n="$2" 'BEGIN {printf "%.3f", t * 1000 / hz / n}'; }
# thread_spent BEFORE N: the milliseconds per answered request (N) of each kind of thread since BEFORE, largest first.
thread_spent() { { echo "$1" | sed 's/^/before\t/'; server_thread_ticks; } | awk -F'\t' -v hz="$ticks_per_second" -v n="$2" \
  '$1 == "before" {b[$2] = $3; next} {d = $2 - b[$1]; if (d > 0) printf "%.3f\t%s\n", d * 1000 / hz / n, $1}' \
  | sort -rn; }
# postgres_spent BEFORE: the PostgreSQL ticks since postgres_ticks printed BEFORE.
postgres_spent() { { echo "$1" | sed 's/^/before /'; postgres_ticks; } \
  | awk '$1 == "before" {b[$2] = $3; next} {s += $2 - ($1 in b ? b[$1] : 0)} END {print s + 0}'; }
# stat_statements SQL: a pg_stat_statements statement, in the profiling modes (--inbound-only, --bulk-only) only and
# where the extension is installed.
stat_statements() { [[ $inbound_only == true || $bulk_only == true ]] && sql "$1" 2>/dev/null || true; }
# --- 4. bulk assignment ----------------------------------------------------------------------------------------
if [[ $inbound_only != true ]] && [[ $heap_only != true || $bulk_only == true ]]; then
# bulk_round PREFIX CONVERSATIONS AGENTS NAME [JFR]: CONVERSATIONS waiting (customers' addresses starting with
# PREFIX), then AGENTS new agents named "NAME i" Available at once; sets round_line (the figures), round_agents (their
# ids). JFR: a Flight Recording of the timed part only, to that file.
bulk_round() {
  local prefix="$1" conversations="$2" agents="$3" name="$4" jfr="${5:-}" capacity first_id polled status_ms started deadline
  local elapsed_ms server_before postgres_before server_ms postgres_ms left spread
  client post "$APP" "$GATEWAY_KEY" "$SENDER" "$prefix" "$conversations" 16 > /dev/null
  capacity=$(( 2 * ((conversations + agents - 1) / agents) ))
  read -r -a round_agents <<< "$(client agents "$APP" "$MANAGER_KEY" "$agents" "$capacity" "$name")"
  # The timed wait polls by primary key: a join on the customers' addresses takes most of a second a time on
  # 10,000 conversations, and polled back to back it kept one of the machine's two cores busy while the run it
  # measured needed it (16.5 s then, 12.0 s without it).
  first_id="$(sql "select min(c.id) from conversation c join person_contact pc on pc.person_id = c.person_id
    where pc.address like '$prefix%'")"
  polled="select count(*) from conversation where id >= $first_id and assignee_id is null"
  stat_statements "select public.pg_stat_statements_reset()" > /dev/null
  [[ -n "$jfr" ]] && jcmd "$server_pid" JFR.start name=bulk settings=profile > /dev/null
  server_before=$(server_ticks) postgres_before=$(postgres_ticks)
  started=$(date +%s%N)
  status_ms="$(client status "$APP" "$MANAGER_KEY" "$AVAILABLE_ID" "${round_agents[@]}")"
  deadline=$((SECONDS + BULK_WAIT_SECONDS))
  while (( $(sql "$polled") > 0 )) && ((SECONDS < deadline)); do sleep 0.1; done
  elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  server_ms=$(( ($(server_ticks) - server_before) * 1000 / ticks_per_second ))
  postgres_ms=$(( $(postgres_spent "$postgres_before") * 1000 / ticks_per_second ))
  round_load="$(cut -d' ' -f1 /proc/loadavg)"
  [[ -n "$jfr" ]] && jcmd "$server_pid" JFR.stop name=bulk filename="$(realpath -m "$jfr")" > /dev/null
  stat_statements "select calls, round(total_exec_time::numeric, 1) as ms, left(regexp_replace(query, '\s+', ' ', 'g'), 160)
    from public.pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
    order by calls desc limit 60" > "$raw/statements-bulk-$prefix.txt"
  left="$(sql "$polled")"
  spread="$(sql "select max(n) - min(n), min(n), max(n) from (select s.agent_id, count(c.id) n from agent_state s
    join agent a on a.id = s.agent_id left join conversation c on c.assignee_id = s.agent_id and c.status <> 'CLOSED'
    where a.name like '$name %' group by 1) per_agent")"
  IFS='|' read -r round_spread round_min round_max <<< "$spread"
  round_capacity=$capacity round_status_ms=$status_ms round_ms=$elapsed_ms round_left=$left
  round_line="conversations=$conversations agents=$agents capacity=$capacity status_requests_ms=$status_ms"
  round_line+=" all_assigned_ms=$elapsed_ms left_unassigned=$left spread=$round_spread min=$round_min max=$round_max"
  round_line+=" load_average=$round_load server_cpu_ms=$server_ms postgres_cpu_ms=$postgres_ms"
}
# A round not counted first, as every inbound path gets a warm-up: the server was just started, and on 2 cores its
# JIT compilers took most of a core through the first round (a Flight Recording: 10 s of compiling in 17 s).
say "Bulk assignment, warm-up (not counted): $BULK_WARMUP_CONVERSATIONS waiting conversations, then" \
  "$BULK_WARMUP_AGENTS agents Available at once"
bulk_round +14000000 "$BULK_WARMUP_CONVERSATIONS" "$BULK_WARMUP_AGENTS" "Warm-up"
echo "warm-up: $round_line" | tee "$raw/bulk-warmup.txt"
# Out of the way: Busy keeps what they hold and takes nothing new.
client status "$APP" "$MANAGER_KEY" "$BUSY_ID" "${round_agents[@]}" > /dev/null
say "Bulk assignment: $BULK_CONVERSATIONS waiting conversations, then $BULK_AGENTS agents Available at once"
bulk_round +16000000 "$BULK_CONVERSATIONS" "$BULK_AGENTS" "Bulk" "${BULK_JFR:-}"
bulk_agents=("${round_agents[@]}")
bulk_capacity=$round_capacity status_ms=$round_status_ms bulk_ms=$round_ms left=$round_left
bulk_spread=$round_spread bulk_min=$round_min bulk_max=$round_max
echo "$round_line" | tee "$raw/bulk.txt"
check +16000000 assigned "bulk assignment"
if [[ $bulk_only == true ]]; then
  client status "$APP" "$MANAGER_KEY" "$OFFLINE_ID" "${bulk_agents[@]}" > /dev/null
  if [[ $heap_only != true ]]; then
    say "Bulk only: done in $(((SECONDS - started_at) / 60)) min $(((SECONDS - started_at) % 60)) s"
    cat "$raw/bulk.txt"
    exit 0
  fi
fi
# Out of the way of the paths below: Busy keeps what they hold and takes nothing new.
client status "$APP" "$MANAGER_KEY" "$BUSY_ID" "${bulk_agents[@]}" > /dev/null

fi # step 4

# --- 5. pgbench and the inbound paths -------------------------------------------------------------------------
if [[ $heap_only != true && $bulk_only != true ]]; then
say "pgbench -N (database $PGBENCH_DB, scale 10), ${PGBENCH_SECONDS} s per concurrency"
pg=(-h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER")
psql "${pg[@]}" -d "$DB_NAME" -qAtc "select 1 from pg_database where datname = '$PGBENCH_DB'" | grep -q 1 \
  || createdb "${pg[@]}" "$PGBENCH_DB"
pgbench "${pg[@]}" -i -s 10 -q "$PGBENCH_DB" > "$raw/pgbench-init.log" 2>&1
declare -A pgbench_tps pgbench_machine_ms
for c in "${CONCURRENCIES[@]}"; do
  machine_before=$(machine_ticks)
  pgbench "${pg[@]}" -N -n -c "$c" -j $((c < 2 ? c : 2)) -T "$PGBENCH_SECONDS" "$PGBENCH_DB" > "$raw/pgbench-c$c.txt" 2>&1
  pgbench_tps[$c]="$(grep -oP 'tps = \K[0-9.]+' "$raw/pgbench-c$c.txt" | tail -1)"
  pgbench_machine_ms[$c]=$(machine_ms $(( $(machine_ticks) - machine_before )) \
    "$(grep -oP 'number of transactions actually processed: \K[0-9]+' "$raw/pgbench-c$c.txt")")
  echo "  pgbench -N, $c clients: ${pgbench_tps[$c]} tps, machine CPU per transaction ${pgbench_machine_ms[$c]} ms"
done

# wrk_point PATH SCRIPT CONCURRENCY SECONDS PREFIX [out]: one wrk run; its done() writes a key=value line, to which
# the CPU milliseconds per answered request of the server and of PostgreSQL are added: unlike the rate, they hardly
# move with what else the machine does, so they tell two versions apart where the rates' noise would not.
wrk_point() {
  local path="$1" script="$2" c="$3" seconds="$4" prefix="$5" out="${6:-$raw/wrk-$1-c$3.txt}"
  local server_before postgres_before threads_before machine_before answered
  server_before=$(server_ticks) postgres_before=$(postgres_ticks) threads_before=$(server_thread_ticks)
  machine_before=$(machine_ticks)
  SB_KEY="$GATEWAY_KEY" SB_TO="$SENDER" SB_PREFIX="$prefix" SB_POOL="$APPEND_POOL" SB_OUT="$out.line" \
    SB_DELAY_MS="${SB_DELAY_MS:-0}" wrk -t $((c < 2 ? c : 2)) -c "$c" -d "${seconds}s" --timeout 30s --latency \
    -s "$root/benchmarks/wrk/$script" "http://127.0.0.1:$((PORT_BASE + 80))" > "$out" 2>&1 \
    || die "wrk failed: $out"
  answered=$(( $(field "$out.line" requests) - $(field "$out.line" failed) ))
  if ((answered > 0)); then
    local server_spent postgres_spent machine_spent line
    machine_spent=$(( $(machine_ticks) - machine_before ))
    server_spent=$(( $(server_ticks) - server_before ))
    postgres_spent=$(postgres_spent "$postgres_before")
    line=$(head -1 "$out.line")
    awk -v l="$line" -v s="$server_spent" -v p="$postgres_spent" -v n="$answered" -v hz="$ticks_per_second" \
      -v m="$(machine_ms "$machine_spent" "$answered")" \
      'BEGIN {printf "%s server_cpu_ms=%.3f postgres_cpu_ms=%.3f machine_cpu_ms=%s\n", l, s * 1000 / hz / n,
        p * 1000 / hz / n, m}' > "$out.line"
    thread_spent "$threads_before" "$answered" > "$out.threads"
  fi
  return 0
}
# run_path NAME SCRIPT DIGIT [PREFIX]: a warm-up at 16 connections (not counted), then each concurrency; new
# customers' addresses start with DIGIT and the run's number (warm-up 0), or all with PREFIX (the append pool).
# Table accesses of the bench schema so far (pg_stat_user_tables: scans, rows inserted, rows updated), for the
# per-message figures of --inbound-only where pg_stat_statements is not installed.
table_accesses() { sql "select sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), sum(n_tup_ins), sum(n_tup_upd)
  from pg_stat_user_tables where schemaname = '$DB_SCHEMA'" | tr '|' ' '; }
run_path() {
  local name="$1" script="$2" digit="$3" fixed="${4:-}" i=1
  wrk_point "$name" "$script" 16 "$WARMUP_SECONDS" "${fixed:-${digit}0}" "$raw/wrk-$name-warmup.txt"
  stat_statements "select public.pg_stat_statements_reset()" > /dev/null
  local before; before="$(table_accesses)"; sleep 1; before="$(table_accesses)"
  for c in "${CONCURRENCIES[@]}"; do
    wrk_point "$name" "$script" "$c" "$POINT_SECONDS" "${fixed:-$digit$i}"
    echo "  $name, $c connections: $(cat "$raw/wrk-$name-c$c.txt.line")"
    i=$((i + 1))
  done
  stat_statements "select calls, round(total_exec_time::numeric, 1) as ms, left(regexp_replace(query, '\s+', ' ', 'g'), 160)
    from public.pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
    order by calls desc limit 60" > "$raw/statements-$name.txt"
  sleep 1
  echo "before: $before after: $(table_accesses) (scans inserts updates)" >> "$raw/statements-$name.txt"
}

say "(a) new conversation, routed and assigned: $AGENTS agents Available, ${POINT_SECONDS} s per concurrency"
client status "$APP" "$MANAGER_KEY" "$AVAILABLE_ID" $AGENT_IDS > /dev/null
# The server's first traffic: the JIT compilers are still busy for a minute or more after start (a Flight Recording
# of a 10 s warm-up showed them at a fifth of the machine during the measured point), so every path is measured warm.
# At least JIT_WARMUP_SECONDS, then on until the compilers are quiet: a chunk of 20 s in which they compiled for less
# than a tenth of it (jstat's total compile time), at most JIT_WARMUP_MAX_SECONDS. A Flight Recording after a fixed
# 60 s warm-up still found C2 compiling for 24 s in a 40 s point (a third of this 2-core machine): such a point
# measures the compilers' work as much as the server's.
jit_seconds() { jstat -compiler "$server_pid" | awk 'NR == 2 {print $4}'; }
echo "  warming the server up: path (a) at 16 connections, not counted, at least ${JIT_WARMUP_SECONDS} s and until the" \
  "JIT compilers are quiet (at most ${JIT_WARMUP_MAX_SECONDS} s)"
warm_started=$SECONDS warm_chunk=0 compiled_before=$(jit_seconds)
while :; do
  wrk_point assigned new-conversation.lua 16 20 "28$(printf %02d $warm_chunk)" "$raw/wrk-jit-warmup.txt"
  compiled_now=$(jit_seconds) warm_chunk=$((warm_chunk + 1))
  compiling=$(awk -v a="$compiled_before" -v b="$compiled_now" 'BEGIN {printf "%.1f", b - a}')
  compiled_before=$compiled_now
  if ((SECONDS - warm_started >= JIT_WARMUP_MAX_SECONDS || warm_chunk >= 99)); then
    echo "  warm-up: $((SECONDS - warm_started)) s, the compilers still busy (${compiling} s in the last 20 s)"
    break
  fi
  if ((SECONDS - warm_started >= JIT_WARMUP_SECONDS)) && awk -v c="$compiling" 'BEGIN {exit !(c < 2)}'; then
    echo "  warm-up: $((SECONDS - warm_started)) s; the compilers worked ${compiling} s in its last 20 s"
    break
  fi
done
jit_warmup_done=$((SECONDS - warm_started))
[[ $inbound_only == true ]] && jcmd "$server_pid" JFR.start name=inbound settings=profile \
  filename="$raw/assigned.jfr" > /dev/null 2>&1 || true
run_path assigned new-conversation.lua 2
[[ $inbound_only == true ]] && jcmd "$server_pid" JFR.stop name=inbound > /dev/null 2>&1 || true
# Paced (--inbound-only): 16 connections each waiting PACED_ASSIGNED_MS before each request, about half of what the
# path takes at saturation, so that latency shows what a load below saturation meets (README "Sentiment").
if [[ $inbound_only == true ]]; then
  SB_DELAY_MS="$PACED_ASSIGNED_MS" wrk_point assigned new-conversation.lua 16 "$POINT_SECONDS" 29 "$raw/wrk-assigned-paced.txt"
  echo "  assigned, paced ($PACED_ASSIGNED_MS ms between a connection's requests): $(cat "$raw/wrk-assigned-paced.txt.line")"
fi
check +12 assigned "(a) new conversation, routed and assigned"

say "(c) a message appended to an open conversation ($APPEND_POOL customers' open conversations)"
client post "$APP" "$GATEWAY_KEY" "$SENDER" +15000000 "$APPEND_POOL" 16 > /dev/null
[[ $inbound_only == true ]] && jcmd "$server_pid" JFR.start name=appended settings=profile \
  filename="$raw/appended.jfr" > /dev/null 2>&1 || true
run_path appended append.lua 5 5000000
[[ $inbound_only == true ]] && jcmd "$server_pid" JFR.stop name=appended > /dev/null 2>&1 || true
if [[ $inbound_only == true ]]; then
  SB_DELAY_MS="$PACED_APPENDED_MS" wrk_point appended append.lua 16 "$POINT_SECONDS" 5000000 "$raw/wrk-appended-paced.txt"
  echo "  appended, paced ($PACED_APPENDED_MS ms between a connection's requests): $(cat "$raw/wrk-appended-paced.txt.line")"
fi
check +15000000 assigned "(c) appended: the customers' conversations"
IFS='|' read -r appended_conversations appended_messages <<< "$(sql "select count(distinct c.id), count(m.id)
  from conversation c join person_contact pc on pc.person_id = c.person_id join message m on m.conversation_id = c.id
  where pc.address like '+15000000%' and m.direction = 'INBOUND'")"
# wrk counts the answers it got before its time was up; the requests then in flight (at most one per connection)
# are still stored by the server.
appended_sent=$APPEND_POOL in_flight=16
for c in "${CONCURRENCIES[@]}"; do in_flight=$((in_flight + c)); done
[[ $inbound_only == true ]] && in_flight=$((in_flight + 16))
for f in "$raw"/wrk-appended-*.txt.line; do
  appended_sent=$((appended_sent + $(field "$f" requests) - $(field "$f" failed)))
done
echo "(c) appended: $appended_conversations conversations for $APPEND_POOL customers (no new ones opened)," \
  "$appended_messages customers' messages stored in them, $appended_sent answered by the end of each wrk run" \
  "(+ at most $in_flight then in flight):" \
  "$( ((appended_conversations == APPEND_POOL && appended_messages >= appended_sent
       && appended_messages <= appended_sent + in_flight)) && echo ok || echo FAILED)" | tee -a "$raw/checks.txt"

say "(b) new conversation, routed, nobody available"
client status "$APP" "$MANAGER_KEY" "$OFFLINE_ID" $AGENT_IDS > /dev/null
run_path waiting new-conversation.lua 3
check +13 waiting "(b) new conversation, nobody available"
# The floor (--inbound-only): an authenticated API request that does no work (GET /me with the gateway's key: the
# key from its cache, no transaction, no database), what the HTTP server, JAX-RS and security cost per request before
# any message is stored.
if [[ $inbound_only == true ]]; then
  say "(f) the floor: GET /me, authenticated, no work"
  wrk_point floor me.lua 16 "$WARMUP_SECONDS" 0 "$raw/wrk-floor-warmup.txt"
  wrk_point floor me.lua 16 "$POINT_SECONDS" 0
  echo "  floor, 16 connections: $(cat "$raw/wrk-floor-c16.txt.line")"
fi
if [[ $inbound_only == true ]]; then
  for path in assigned appended waiting floor; do
    echo "$path: $(cat "$raw/wrk-$path-c16.txt.line") pgbench_tps=${pgbench_tps[16]}" \
      "pgbench_machine_cpu_ms=${pgbench_machine_ms[16]}"
  done | tee "$raw/inbound.txt"
  for path in assigned appended; do
    echo "$path-paced: $(cat "$raw/wrk-$path-paced.txt.line")"
  done | tee -a "$raw/inbound.txt"
  echo "sentiment=${SENTIMENT:-off} scored_messages=$(sql "select count(*) from message_sentiment")" \
    "load_average=$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$raw/inbound.txt"
  exit 0
fi

fi # step 5

# --- 6. heap ---------------------------------------------------------------------------------------------------
heap_mb() {
  # GC.class_histogram forces a full collection even where System.gc() (jcmd GC.run) is disabled.
  jcmd "$server_pid" GC.run > /dev/null
  jcmd "$server_pid" GC.class_histogram > /dev/null
  jcmd "$server_pid" GC.heap_info | grep -oP 'used \K[0-9]+(?=K)' | head -1 | awk '{printf "%.0f", $1 / 1024}'
}
conversations_now() { sql "select count(*) from conversation"; }
# heap_insert COUNT OFFSET: closed conversations of COUNT new customers (+18 and 9 digits from OFFSET on), as the
# engine would leave them; ids from the tables' own sequences (EclipseLink takes blocks below each value it reads,
# so the rows never collide).
heap_insert() {
  local sender_id
  sender_id="$(sql "select id from sender where address = '$SENDER'")"
  sql "insert into person (id, created_at, version)
         select nextval('person_seq'), now(), 1 from generate_series(1, $1);
       create temporary table heap_people as
         select id, row_number() over (order by id) - 1 + $2 as n from person
         where id > (select coalesce(max(person_id), 0) from person_contact);
       insert into person_contact (id, person_id, channel, address)
         select nextval('person_contact_seq'), id, 'SMS', '+18' || lpad(n::text, 9, '0') from heap_people;
       insert into conversation (id, short_id, status, priority, direction, channel, person_id, sender_id, queue_id,
                                 created_at, updated_at, closed_at, version)
         select nextval('conversation_seq'), nextval('conversation_short_id_seq'), 'CLOSED', 'NORMAL', 'INBOUND', 'SMS',
                id, $sender_id, $QUEUE_ID, now(), now(), now(), 1 from heap_people;
       analyze person; analyze person_contact; analyze conversation;" > /dev/null
}
# heap_traffic POOL NAME: customers picked across the first POOL inserted ones write again: the server finds each
# one among the inserted rows.
heap_traffic() {
  SB_KEY="$GATEWAY_KEY" SB_TO="$SENDER" SB_PREFIX=8000 SB_POOL="$1" SB_OUT="$raw/$2.txt.line" \
    wrk -t 2 -c 16 -d "${HEAP_TRAFFIC_SECONDS}s" --timeout 30s --latency -s "$root/benchmarks/wrk/append.lua" \
    "http://127.0.0.1:$((PORT_BASE + 80))" > "$raw/$2.txt" 2>&1
}
heap_offset=0
if [[ $heap_only == true && $bulk_only != true ]]; then
  # Nothing ran before: the first measurement comes after HEAP_FIRST conversations made the same way.
  say "Heap: first $HEAP_FIRST conversations (bulk SQL insert, then ${HEAP_TRAFFIC_SECONDS} s of traffic)"
  heap_insert "$HEAP_FIRST" 0
  heap_traffic "$HEAP_FIRST" wrk-heap-first-traffic
  heap_offset=$HEAP_FIRST
fi
say "Heap after a full GC, then $HEAP_MORE more conversations (bulk SQL insert, then ${HEAP_TRAFFIC_SECONDS} s of traffic from their customers)"
heap1_conversations="$(conversations_now)"
heap1="$(heap_mb)"
[[ -n "${HEAP_HISTOGRAMS:-}" ]] && jcmd "$server_pid" GC.class_histogram > "$raw/heap-histogram-1.txt"
heap_insert "$HEAP_MORE" "$heap_offset"
heap_traffic $((heap_offset + HEAP_MORE)) wrk-heap-traffic
heap2_conversations="$(conversations_now)"
heap2="$(heap_mb)"
[[ -n "${HEAP_HISTOGRAMS:-}" ]] && jcmd "$server_pid" GC.class_histogram > "$raw/heap-histogram-2.txt"
echo "conversations1=$heap1_conversations heap1_mb=$heap1 conversations2=$heap2_conversations heap2_mb=$heap2" \
  "inserted=$HEAP_MORE traffic=$(cat "$raw/wrk-heap-traffic.txt.line")" | tee "$raw/heap.txt"
if [[ $heap_only == true ]]; then
  [[ $bulk_only == true ]] && cat "$raw/bulk.txt"
  say "Heap only: done in $(((SECONDS - started_at) / 60)) min $(((SECONDS - started_at) % 60)) s"
  cat "$raw/heap.txt"
  exit 0
fi

say "Stopping the benchmark server"
benchmarks/server.sh down > /dev/null 2>&1 || true
server_started=

# --- 7. JMH ----------------------------------------------------------------------------------------------------
say "JMH: ChooseAgentBenchmark, RouteEvaluationBenchmark, WorkflowEvaluationBenchmark (${JMH_OPTIONS[*]})"
java -cp "$bench_cp" org.openjdk.jmh.Main ChooseAgentBenchmark "${JMH_OPTIONS[@]}" -rf csv \
  -rff "$raw/jmh-choose-agent.csv" > "$raw/jmh-choose-agent.txt" 2>&1 || die "JMH failed: $raw/jmh-choose-agent.txt"
java -cp "ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/bench-classpath.txt)" org.openjdk.jmh.Main \
  RouteEvaluationBenchmark "${JMH_OPTIONS[@]}" -rf csv -rff "$raw/jmh-route-evaluation.csv" \
  > "$raw/jmh-route-evaluation.txt" 2>&1 || die "JMH failed: $raw/jmh-route-evaluation.txt"
java -cp "ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/bench-classpath.txt)" org.openjdk.jmh.Main \
  WorkflowEvaluationBenchmark "${JMH_OPTIONS[@]}" -rf csv -rff "$raw/jmh-workflow-evaluation.csv" \
  > "$raw/jmh-workflow-evaluation.txt" 2>&1 || die "JMH failed: $raw/jmh-workflow-evaluation.txt"

# --- 8. report -------------------------------------------------------------------------------------------------
say "Writing $report"
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
declare -A titles=([assigned]="(a) new conversation, routed and assigned" [appended]="(c) message appended to an open conversation"
  [waiting]="(b) new conversation, routed, nobody available")
paths=(assigned appended waiting)
for path in "${paths[@]}"; do
  for c in "${CONCURRENCIES[@]}"; do
    line="$raw/wrk-$path-c$c.txt.line"
    printf '%s %s %s %s %s %s %s %s\n' "$c" "$(field "$line" per_second)" "$(ms "$(field "$line" p50_us)")" \
      "$(ms "$(field "$line" p75_us)")" "$(ms "$(field "$line" p90_us)")" "$(ms "$(field "$line" p99_us)")" \
      "${pgbench_tps[$c]}" "$(field "$line" failed)"
  done > "$raw/$path.dat"
done
printf '%s %s\n' $(for c in "${CONCURRENCIES[@]}"; do echo "$c ${pgbench_tps[$c]}"; done) > "$raw/pgbench.dat"

gnuplot <<PLOT
set terminal pngcairo size 900,560 noenhanced
set grid
set logscale x 2
set xtics (1, 4, 16, 64)
set xrange [0.8:80]
set key top left
set output "$report/throughput.png"
set title "Inbound throughput by concurrency ($mode run)"
set xlabel "connections"; set ylabel "messages/s (pgbench -N: transactions/s / 10)"
plot "$raw/assigned.dat" using 1:2 with linespoints title "(a) routed and assigned", \
     "$raw/appended.dat" using 1:2 with linespoints title "(c) appended", \
     "$raw/waiting.dat" using 1:2 with linespoints title "(b) nobody available", \
     "$raw/pgbench.dat" using 1:(\$2/10) with linespoints dashtype 2 title "pgbench -N / 10"
set logscale y
set ylabel "latency (ms)"
PLOT
for path in "${paths[@]}"; do
  gnuplot <<PLOT
set terminal pngcairo size 900,560 noenhanced
set grid
set logscale xy
set xtics (1, 4, 16, 64)
set xrange [0.8:80]
set key top left
set output "$report/latency-$path.png"
set title "${titles[$path]}: latency percentiles ($mode run)"
set xlabel "connections"; set ylabel "latency (ms)"
plot "$raw/$path.dat" using 1:3 with linespoints title "p50", "" using 1:4 with linespoints title "p75", \
     "" using 1:5 with linespoints title "p90", "" using 1:6 with linespoints title "p99"
PLOT
done
histograms=("$raw"/deadline-lateness-*.txt)
if [[ -e "${histograms[0]}" ]]; then
  plots=()
  for h in "${histograms[@]}"; do
    t="$(basename "$h" .txt)"; t="${t#deadline-lateness-}"
    # 10 ms bins, as a share of the firings, so that runs of any size compare.
    awk '{ b = int($1 / 10) * 10; n[b] += $2; total += $2 } END { for (b in n) print b, n[b] / total * 100 }' "$h" \
      | sort -n > "$h.bins"
    plots+=("\"$h.bins\" using 1:2 with steps title \"${t/-/, } pending\"")
  done
  gnuplot <<PLOT
set terminal pngcairo size 900,560 noenhanced
set grid
set logscale y
set output "$report/deadline-lateness.png"
set title "Durable deadlines: how late they fire (10 ms bins; $mode run)"
set xlabel "lateness (ms)"; set ylabel "share of firings (%)"
plot $(IFS=,; echo "${plots[*]}")
PLOT
fi

row() { # path-title c
  local line="$raw/wrk-$1-c$2.txt.line" rate tps cpu
  rate="$(field "$line" per_second)"; tps="${pgbench_tps[$2]}"; cpu="$(field "$line" machine_cpu_ms)"
  printf '| %s | %s | %.0f | %s | %s | %s | %.0f | %.1f%% | %s / %s | %.1f%% | %s |\n' "${titles[$1]}" "$2" "$rate" \
    "$(ms "$(field "$line" p50_us)")" "$(ms "$(field "$line" p90_us)")" "$(ms "$(field "$line" p99_us)")" "$tps" \
    "$(awk -v a="$rate" -v b="$tps" 'BEGIN { printf "%.1f", a / b * 100 }')" "$cpu" "${pgbench_machine_ms[$2]}" \
    "$(awk -v a="${pgbench_machine_ms[$2]}" -v b="$cpu" 'BEGIN { printf "%.1f", a / b * 100 }')" "$(field "$line" failed)"
}
elapsed=$((SECONDS - started_at))
{
  echo "# Switchboard benchmarks ($mode run)"
  echo
  echo "Written by \`benchmarks/run.sh$([[ $mode == quick ]] && echo ' --quick')\` in $((elapsed / 60)) min $((elapsed % 60)) s."
  echo "Machine and versions: \`raw/environment.txt\`. One server (Payara Server 6, \`-Xmx1g\`) on PostgreSQL,"
  echo "wrk and pgbench on the same machine. Each point: $POINT_SECONDS s after a $WARMUP_SECONDS s warm-up per path"
  echo "(16 connections, not counted); pgbench -N ran $PGBENCH_SECONDS s at each concurrency in the same run. Before the"
  echo "first point the server got $jit_warmup_done s of path (a) at 16 connections, not counted (JIT warm-up: at least $JIT_WARMUP_SECONDS s, then until the compilers were quiet)."
  echo
  echo "## Inbound paths"
  echo
  echo "| path | connections | msg/s | p50 ms | p90 ms | p99 ms | pgbench -N tps | ratio | machine CPU ms: per message / per pgbench transaction | CPU ratio | failed |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  for path in "${paths[@]}"; do for c in "${CONCURRENCIES[@]}"; do row "$path" "$c"; done; done
  echo
  echo "(a): each request a message from a new customer to one SMS sender, Default queue on ANY_AVAILABLE_AGENT,"
  echo "$AGENTS agents Available with Live Messaging capacity $AGENT_CAPACITY (set by SQL: the API stops at 1,000). (c): messages from $APPEND_POOL customers"
  echo "whose conversations are open and assigned. (b): as (a) with every agent Offline. msg/s counts 2xx answers"
  echo "only; ratio = msg/s ÷ pgbench -N tps at the same concurrency. Machine CPU: every core's busy time (wrk, the"
  echo "server, PostgreSQL, pgbench, the kernel) during the point ÷ answered requests, and during pgbench -N ÷ its"
  echo "transactions; CPU ratio = the second ÷ the first, the share as the machine's CPU sees it (the rates move with"
  echo "what else the machine does, pgbench's the most: it waits on fsync). Plots: \`throughput.png\`,"
  echo "\`latency-assigned.png\`, \`latency-appended.png\`, \`latency-waiting.png\`; wrk's output: \`raw/wrk-*\`; the"
  echo "server's CPU per request by kind of thread (request threads, GC, JIT, data grid): \`raw/wrk-*.txt.threads\`."
  echo
  echo "## Bulk assignment"
  echo
  echo "| waiting | agents | capacity each | status requests answered | all assigned after | left | spread (max − min) |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  echo "| $BULK_CONVERSATIONS | $BULK_AGENTS | $bulk_capacity | $status_ms ms | $bulk_ms ms | $left | $bulk_spread ($bulk_min–$bulk_max) |"
  echo
  echo "The conversations wait in the Default queue (nobody available), then every agent is put Available at once"
  echo "(64 parallel REST calls); the time runs from the first call until SQL sees none of them unassigned."
  echo "Capacity is twice the fair share, so the spread shows how evenly the engine hands out work."
  echo
  echo "## Heap after a full GC"
  echo
  echo "| conversations in the database | heap used after full GC |"
  echo "| --- | --- |"
  echo "| $heap1_conversations | $heap1 MB |"
  echo "| $heap2_conversations | $heap2 MB |"
  echo
  echo "Between the two: $HEAP_MORE closed conversations of as many new customers were inserted by SQL (person,"
  echo "contact, conversation; creating them through the API would take hours at the rates above), then"
  echo "$HEAP_TRAFFIC_SECONDS s of traffic through the API (16 connections) from customers picked across all of them,"
  echo "so that the server looks them up and opens new conversations for them ($(field "$raw/wrk-heap-traffic.txt.line" requests) requests)."
  echo "Heap: \`jcmd GC.run\`, \`jcmd GC.class_histogram\` (a full collection), then \`jcmd GC.heap_info\`."
  echo
  echo "## Correctness checks (SQL, after each run)"
  echo
  sed 's/^/- /' "$raw/checks.txt"
  echo
  if [[ -f "$raw/deadline-benchmark.txt" ]]; then
    echo "## Durable deadlines"
    echo
    echo "DeadlineBenchmark (\`-Pbenchmarks\`, its own test domain on PostgreSQL), pending $DEADLINES_PENDING,"
    echo "$DEADLINES_DUE falling due at 2,000/s; lateness histogram: \`deadline-lateness.png\`."
    echo
    echo '```'
    cat "$raw/deadline-benchmark.txt"
    echo '```'
    echo
  fi
  echo "## JMH (${JMH_OPTIONS[*]}; sample time)"
  echo
  echo '```'
  grep -hE '^Benchmark +\(|p0\.(50|99) ' "$raw/jmh-choose-agent.txt" "$raw/jmh-route-evaluation.txt" "$raw/jmh-workflow-evaluation.txt" || true
  echo '```'
} > "$report/report.md"

line16="$raw/wrk-assigned-c16.txt.line"
rate16="$(field "$line16" per_second)"
summary="$(printf 'inbound-to-assigned: %.0f msg/s, pgbench -N: %.0f tps, ratio %s, p99 %s ms' "$rate16" \
  "${pgbench_tps[16]}" "$(awk -v a="$rate16" -v b="${pgbench_tps[16]}" 'BEGIN { printf "%.3f", a / b }')" \
  "$(ms "$(field "$line16" p99_us)")")"
printf '\n%s\n' "$summary" >> "$report/report.md"
if grep -q FAILED "$raw/checks.txt"; then
  echo "[bench] WARNING: a correctness check failed (see $report/report.md)" >&2
fi
say "Done in $((elapsed / 60)) min $((elapsed % 60)) s: $report/report.md"
echo "$summary"
