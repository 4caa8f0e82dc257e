#!/usr/bin/env bash
# Faults, measured (README, "Faults"): a throwaway server on PostgreSQL under load while things break, then SQL
# checks that nothing acknowledged was lost or doubled and that durable deadlines and the outbox kept their promises.
#
#   benchmarks/faults.sh [--quick] [--cluster] [--only PHASES] [--no-build]
#
# --cluster: two instances behind the load balancer (payara-config/cluster.sh from the scale-out work: CLUSTER_PORT_BASE
# 24000, the balancer on CLUSTER_LB_PORT 8090, schema switchboard_faults_cluster), the load through the balancer;
# kill9 kills instance 1 and starts it again, and the phase rolling restarts instance 1, then instance 2, under
# load (the client must see no 5xx: the balancer retries). Without --cluster: one server (benchmarks/server.sh).
#
# Phases (all by default, in this order; --only takes a comma-separated list):
#   kill9       kill -9 of the server under load, then a restart: every 2xx message stored exactly once, the
#               deadlines due during the outage fire exactly once afterwards, every outbox entry delivered
#   pg-restart  PostgreSQL stopped for PG_DOWN_SECONDS (10) under load, then started: the server answers 503
#               application/problem+json with Retry-After meanwhile, serves again within 10 s of the database's
#               return, and loses nothing it acknowledged. Stops and starts the local cluster with pg_ctlcluster,
#               so it needs root and a PostgreSQL of this machine (DB_HOST 127.0.0.1); otherwise it is skipped with
#               a message. PostgreSQL is started again whatever happens. NEVER on a PostgreSQL others are using.
#   rolling     (--cluster only) restart-instance 1, then 2, under load: nothing acknowledged lost, no 5xx seen
#   idle        a session idle in transaction (begin; select txid_current(); then nothing) for IDLE_SECONDS
#               (30 minutes; 45 s with --quick) under a steady load: deadline lateness stays under 5 s (p99) and
#               the outbox keeps delivering
#
# What it drives: io.switchboard.benchmarks.FaultLoad (benchmarks module): each message from a new customer, under
# its own Idempotency-Key, retried with the same key on a lost connection or a 5xx, every acknowledged key written
# down; a loopback channel gateway that counts deliveries per idempotency key. Each new conversation gets a welcome
# at once and, from a durable deadline one strategy minute later (WAIT_MINUTE_SECONDS, 20 s), one announcement (the
# sender's waiting strategy); both go out through the outbox to that gateway.
#
# Prints per phase: requests, acknowledged, stored, duplicates, 503s, fired (announcements), their lateness
# p50/p99/max, outbox entries delivered, deliveries received (and redeliveries, which the gateway dedupes). Exits 1
# on any loss, duplicate or broken promise. --quick: about four minutes in all; .ci/run runs it (README "Faults").
# --no-build: reuse the EAR the last build made (ear/target/switchboard.ear).
#
# Environment: PORT_BASE (25500; admin +48, HTTP +80, the gateway +90), DB_SCHEMA (switchboard_faults, recreated),
# DB_HOST DB_PORT DB_NAME DB_USER (127.0.0.1 5432 test postgres), PG_DOWN_SECONDS, IDLE_SECONDS, REPORT (a file the
# figures are appended to; default benchmarks/report/faults.txt).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mode=full build=true phases="" cluster=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) mode=quick ;;
    --no-build) build=false ;;
    --only) phases="$2"; shift ;;
    --cluster) cluster=true ;;
    -h|--help) sed -n '2,41p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

# --quick is what .ci/run runs: short phases and a strategy minute of 10 s, so that the three phases, the server's
# start and its restart after kill -9 fit in about four minutes on a 2-core machine.
if [[ $mode == quick ]]; then
  KILL_LOAD_SECONDS=25 KILL_AT=15 PG_LOAD_SECONDS=25 PG_AT=6 IDLE_SECONDS="${IDLE_SECONDS:-45}"
  WAIT_MINUTE_SECONDS="${WAIT_MINUTE_SECONDS:-10}" LEASE_SECONDS="${LEASE_SECONDS:-30}"
else
  KILL_LOAD_SECONDS=180 KILL_AT=90 PG_LOAD_SECONDS=90 PG_AT=30 IDLE_SECONDS="${IDLE_SECONDS:-1800}"
fi
PG_DOWN_SECONDS="${PG_DOWN_SECONDS:-10}"
# The rolling phase's load runs until both restarts are done and 20 s more (each restart took 4 to 5 minutes on a
# busy 2-core machine), at most this long.
ROLL_LOAD_SECONDS=1500
if [[ -z $phases ]]; then
  phases="kill9,pg-restart,idle"
  [[ $cluster == true ]] && phases="kill9,rolling,pg-restart,idle"
fi
CONCURRENCY=8 IDLE_RATE=10

# Below Linux's ephemeral ports (32768 and up), where an outgoing connection could hold one for a moment and make
# create-domain --checkports refuse.
export PORT_BASE="${PORT_BASE:-25500}"
if [[ $cluster == true ]]; then
  export DB_SCHEMA="${DB_SCHEMA:-switchboard_faults_cluster}" CLUSTER_PORT_BASE="${CLUSTER_PORT_BASE:-24000}"
  export CLUSTER_LB_PORT="${CLUSTER_LB_PORT:-8090}" CLUSTER_FRESH=true
  export ADMIN_PASSWORD_FILE="$root/ear/target/faults-cluster-admin-password"
else
  export DB_SCHEMA="${DB_SCHEMA:-switchboard_faults}"
fi
export DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-5432}" DB_NAME="${DB_NAME:-test}" DB_USER="${DB_USER:-postgres}"
export PGPASSWORD="${DB_PASSWORD:-}"
# The gateway is on loopback: the server must be allowed to call it (README, "Configuration").
export SWITCHBOARD_OUTBOUND_ALLOW_PRIVATE_ADDRESSES=true SWITCHBOARD_OUTBOUND_BACKOFF_BASE=PT2S
# A waiting strategy's minute lasts WAIT_MINUTE_SECONDS (20; 10 with --quick): the announcement is due that long
# after a conversation opens.
WAIT_MINUTE_SECONDS="${WAIT_MINUTE_SECONDS:-20}"
export SWITCHBOARD_WAITING_MINUTE="PT${WAIT_MINUTE_SECONDS}S"
# The deadlines' lease (120 s, the server's default; 30 s with --quick): a deadline claimed when the server died comes
# due again when its lease lapses, so kill9 allows lateness up to the longer of the outage and the lease.
LEASE_SECONDS="${LEASE_SECONDS:-120}"
export SWITCHBOARD_DEADLINES_LEASE_SECONDS="$LEASE_SECONDS"
# The outbox's lease likewise (2 minutes by default, never under 30 s): an entry claimed when the server died is
# delivered again once it lapses (at least once; the gateway dedupes by idempotency key).
export SWITCHBOARD_OUTBOUND_LEASE="PT${LEASE_SECONDS}S"
if [[ $cluster == true ]]; then
  APP="http://127.0.0.1:$CLUSTER_LB_PORT/switchboard" READY_URL="http://127.0.0.1:$CLUSTER_LB_PORT/health/ready"
else
  APP="http://127.0.0.1:$((PORT_BASE + 80))/switchboard" READY_URL="http://127.0.0.1:$((PORT_BASE + 80))/health/ready"
fi
RECEIVER_PORT=$((PORT_BASE + 90))
DOMAIN_DIR="$root/ear/target/bench-domains" DOMAIN_NAME="switchboard-bench-$PORT_BASE"
ASADMIN="$root/ear/target/payara6/bin/asadmin"
work="${FAULTS_WORK:-$root/benchmarks/target/faults}"
REPORT="${REPORT:-$root/benchmarks/report/faults.txt}"
mkdir -p "$work" "$(dirname "$REPORT")"

failures=0
say() { printf '[faults %s] %s\n' "$(date -u +%T)" "$*"; }
figure() { printf '[faults %s]   %s\n' "$(date -u +%T)" "$*" | tee -a "$REPORT"; }
fail() { printf '[faults] FAILED: %s\n' "$*" | tee -a "$REPORT" >&2; failures=$((failures + 1)); }
die() { printf '[faults] ERROR: %s\n' "$*" >&2; exit 2; }
sql() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -v ON_ERROR_STOP=1 -qAt \
  -c "set search_path to $DB_SCHEMA" -c "$1"; }
field() { grep -oP "(^| )$2=\K[^ ]+" <<<"$1" || true; }
now_ms() { date +%s%3N; }

pg_cluster() { ls /etc/postgresql 2>/dev/null | sort -V | tail -1; }
as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo -n "$@"; fi; }
# Daemons started here (PostgreSQL again, the Payara domain after kill -9) must not inherit a descriptor this script
# was given, such as a lock the caller holds (/work/wt/it-run.sh's slots): they would hold it after the script ends.
detached() {
  (
    local fd
    for fd in $(ls "/proc/$BASHPID/fd"); do
      (( fd > 2 )) && eval "exec $fd>&-"
    done
    "$@"
  )
}
pg_ctl() { detached as_root pg_ctlcluster --skip-systemctl-redirect "$(pg_cluster)" main "$@"; }
pg_start() { pg_ctl start 2>/dev/null || true; }
pg_can_restart() {
  { [[ $EUID -eq 0 ]] || sudo -n true 2>/dev/null; } && command -v pg_ctlcluster >/dev/null \
    && [[ -n "$(pg_cluster)" ]] && [[ $DB_HOST == 127.0.0.1 || $DB_HOST == localhost ]]
}

# --- build ------------------------------------------------------------------------------------------------------
if [[ $build == true ]]; then
  say "Building the EAR (package, no tests)"
  ./mvnw -B -ntp -pl ear -am -DskipTests -DskipUnitTests -DskipITs -Dspotless.check.skip=true package > "$work/build.log" 2>&1 \
    || { tail -30 "$work/build.log"; die "build failed: $work/build.log"; }
fi
if [[ ! -x "$ASADMIN" || ! -f ear/target/server-lib/postgresql.jar ]]; then
  ./mvnw -B -q -pl ear dependency:unpack dependency:copy >> "$work/build.log" 2>&1 || die "no Payara Server: $work/build.log"
fi
[[ -f ear/target/switchboard.ear ]] || die "no EAR: run without --no-build"
# The load generator and gateway need nothing but the JDK: compiled here, not by the benchmarks module.
mkdir -p "$work/classes"
javac -d "$work/classes" benchmarks/src/main/java/io/switchboard/benchmarks/FaultLoad.java
psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -qAtc 'select 1' >/dev/null \
  || die "PostgreSQL does not answer at $DB_HOST:$DB_PORT"
# Always called in a subshell (in the background or inside $(...)): exec makes the subshell's pid the JVM's own, so
# that cleanup's kill reaches the receiver and the load rather than leaving them running.
faultload() { exec java -cp "$work/classes" io.switchboard.benchmarks.FaultLoad "$@"; }

# --- server, gateway, set-up ------------------------------------------------------------------------------------
receiver_pid="" idle_pid="" load_pid="" monitor_pid=""
cleanup() {
  [[ -n "$monitor_pid" ]] && kill "$monitor_pid" 2>/dev/null || true
  [[ -n "$load_pid" ]] && kill "$load_pid" 2>/dev/null || true
  [[ -n "$idle_pid" ]] && kill "$idle_pid" 2>/dev/null || true
  [[ -n "$receiver_pid" ]] && kill "$receiver_pid" 2>/dev/null || true
  if [[ ${pg_stopped:-false} == true ]]; then pg_start; fi
  if [[ $cluster == true ]]; then
    payara-config/cluster.sh down >/dev/null 2>&1 || true
  else
    benchmarks/server.sh down >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "Run $(date -u +%FT%TZ), mode $mode, phases $phases" | tee -a "$REPORT"
faultload receiver "$RECEIVER_PORT" "$work/received.txt" > "$work/receiver.log" 2>&1 &
receiver_pid=$!
# A gateway that could not take its port (held by another process) would make every delivery fail: stop at once.
for _ in $(seq 1 50); do
  curl -s -o /dev/null "http://127.0.0.1:$RECEIVER_PORT/stats" && break
  kill -0 "$receiver_pid" 2>/dev/null || { cat "$work/receiver.log"; die "the gateway did not start on port $RECEIVER_PORT"; }
  sleep 0.2
done
if [[ $cluster == true ]]; then
  [[ -x payara-config/cluster.sh ]] || die "--cluster needs payara-config/cluster.sh (the scale-out work)"
  say "Starting two instances and the balancer (payara-config/cluster.sh up: $CLUSTER_PORT_BASE, LB $CLUSTER_LB_PORT)"
  payara-config/cluster.sh up > "$work/server-up.log" 2>&1 || { tail -20 "$work/server-up.log"; die "cluster did not come up"; }
  admin_password="$(cat "$ADMIN_PASSWORD_FILE")"
else
  say "Starting the server (benchmarks/server.sh up: PORT_BASE $PORT_BASE, schema $DB_SCHEMA)"
  benchmarks/server.sh up > "$work/server-up.log" 2>&1 || { tail -20 "$work/server-up.log"; die "server did not come up"; }
  admin_password="$(cat ear/target/bench-admin-password)"
fi
eval "$(faultload setup "$APP" "$admin_password" "http://127.0.0.1:$RECEIVER_PORT/outbound")"
SENDER_ID_DB="$SENDER_ID"

server_pid() { cat "$DOMAIN_DIR/$DOMAIN_NAME/config/pid" 2>/dev/null; }
await_ready() { # seconds to wait; prints the seconds it took
  local limit=$1 start=$SECONDS
  until [[ "$(curl -s -m 20 -o /dev/null -w '%{http_code}' "$READY_URL")" == 200 ]]; do
    (( SECONDS - start > limit )) && return 1
    sleep 0.5
  done
  # Ready means the database answers; the application may still be loading.
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$APP/index.html")" == 200 ]]; do
    (( SECONDS - start > limit )) && return 1
    sleep 0.5
  done
  echo $((SECONDS - start))
}

# Every conversation of the phase has had its announcement's deadline come due and the outbox is drained.
await_drain() {
  local tag=$1 limit=$2 start=$SECONDS
  while (( SECONDS - start < limit )); do
    local left
    left="$(sql "select (select count(*) from deadline d where d.gave_up_at is null and d.subject_id in
        (select m.conversation_id from message m where m.idempotency_key like '$tag-%'))
      + (select count(*) from outbox_entry o where o.status = 'PENDING' and o.sender_id = $SENDER_ID_DB)")"
    [[ $left == 0 ]] && return 0
    sleep 2
  done
  return 1
}

# Every 10 s until killed, into $work/$1-monitor.log: the deadlines due and not yet run, the oldest one's age, the
# outbox entries due and pending, the dead row versions of both tables and the oldest open transaction: where a
# stalled phase stalls.
monitor() {
  local tag=$1
  while true; do
    sql "select to_char(now(), 'HH24:MI:SS')
      || ' deadlines_due=' || (select count(*) from deadline where due_at <= now() and gave_up_at is null)
      || ' oldest_due_s=' || coalesce((select round(extract(epoch from now() - min(due_at))::numeric, 1) from deadline
           where due_at <= now() and gave_up_at is null), 0)
      || ' leased=' || (select count(*) from deadline where claimed_until > now())
      || ' outbox_due=' || (select count(*) from outbox_entry where status = 'PENDING' and next_attempt_at <= now())
      || ' dead_deadline=' || coalesce((select n_dead_tup from pg_stat_user_tables where schemaname = '$DB_SCHEMA'
           and relname = 'deadline'), 0)
      || ' dead_outbox=' || coalesce((select n_dead_tup from pg_stat_user_tables where schemaname = '$DB_SCHEMA'
           and relname = 'outbox_entry'), 0)
      || ' oldest_xact_s=' || coalesce((select round(extract(epoch from now() - min(xact_start))::numeric) from
           pg_stat_activity where state like 'idle in transaction%'), 0)" >> "$work/$tag-monitor.log" 2>&1 || true
    sleep 10
  done
}

# The figures and checks of one phase. $1 tag, $2 the load's line, $3 the acknowledged file, $4 max p99 lateness
# in seconds, $5 max lateness of any deadline in seconds (empty: not checked).
check_phase() {
  local tag=$1 line=$2 ack=$3 max_p99=${4:-} max_late=${5:-}
  curl -s "http://127.0.0.1:$RECEIVER_PORT/dump" >/dev/null
  local received="$work/received.txt"
  local out
  out="$(psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -v ON_ERROR_STOP=1 -qAt <<SQL
set search_path to $DB_SCHEMA;
create temp table ack (key varchar(200), message_id bigint, conversation_id bigint);
\copy ack from '$ack'
create temp table received (key varchar(64));
\copy received from '$received'
create temp table phase_conversation as
  select distinct m.conversation_id as id from message m where m.idempotency_key like '$tag-%';
create temp table announcement as
  select m.conversation_id, m.created_at, c.created_at + interval '$WAIT_MINUTE_SECONDS seconds' as due_at
  from message m join conversation c on c.id = m.conversation_id
  where m.conversation_id in (select id from phase_conversation) and m.text = 'faults announcement';
select 'acknowledged=' || (select count(*) from ack)
  || ' stored=' || (select count(*) from ack a where exists (select 1 from message m where m.idempotency_key = a.key))
  || ' lost=' || (select count(*) from ack a where not exists (select 1 from message m where m.idempotency_key = a.key))
  || ' duplicates=' || (select count(*) from (select idempotency_key from message
       where idempotency_key like '$tag-%' group by idempotency_key having count(*) > 1) d)
  || ' stored_unacknowledged=' || (select count(*) from message m where m.idempotency_key like '$tag-%'
       and not exists (select 1 from ack a where a.key = m.idempotency_key))
  || ' conversations=' || (select count(*) from phase_conversation)
  || ' fired=' || (select count(*) from announcement)
  || ' fired_twice=' || (select count(*) from (select conversation_id from announcement group by conversation_id
       having count(*) > 1) d)
  || ' not_fired=' || (select count(*) from phase_conversation p where not exists
       (select 1 from announcement a where a.conversation_id = p.id))
  || ' lateness_p50_s=' || coalesce((select round(extract(epoch from percentile_cont(0.5) within group
       (order by created_at - due_at))::numeric, 2) from announcement), 0)
  || ' lateness_p99_s=' || coalesce((select round(extract(epoch from percentile_cont(0.99) within group
       (order by created_at - due_at))::numeric, 2) from announcement), 0)
  || ' lateness_max_s=' || coalesce((select round(extract(epoch from max(created_at - due_at))::numeric, 2)
       from announcement), 0)
  || ' outbox=' || (select count(*) from outbox_entry o join message m on m.id = o.message_id
       where m.conversation_id in (select id from phase_conversation))
  || ' delivered=' || (select count(*) from outbox_entry o join message m on m.id = o.message_id
       where m.conversation_id in (select id from phase_conversation) and o.status = 'DELIVERED')
  || ' outbox_delay_p50_s=' || coalesce((select round(extract(epoch from percentile_cont(0.5) within group
       (order by o.delivered_at - o.created_at))::numeric, 2) from outbox_entry o join message m on m.id = o.message_id
       where m.conversation_id in (select id from phase_conversation) and o.status = 'DELIVERED'), 0)
  || ' outbox_delay_p99_s=' || coalesce((select round(extract(epoch from percentile_cont(0.99) within group
       (order by o.delivered_at - o.created_at))::numeric, 2) from outbox_entry o join message m on m.id = o.message_id
       where m.conversation_id in (select id from phase_conversation) and o.status = 'DELIVERED'), 0)
  || ' outbox_not_received=' || (select count(*) from outbox_entry o join message m on m.id = o.message_id
       where m.conversation_id in (select id from phase_conversation)
       and not exists (select 1 from received r where r.key = o.idempotency_key));
SQL
)" 2> "$work/$tag-check.err" || { cat "$work/$tag-check.err" >&2; fail "$tag: the checks' SQL failed ($work/$tag-check.err)"; }
  figure "$tag load: $line"
  figure "$tag checks: $out"
  local v
  for check in lost duplicates fired_twice not_fired outbox_not_received; do
    v="$(field "$out" $check)"
    [[ $v == 0 ]] || fail "$tag: $check=$v"
  done
  [[ "$(field "$line" gave_up)" == 0 ]] || fail "$tag: the load gave up on $(field "$line" gave_up) messages"
  [[ "$(field "$line" refused_4xx)" == 0 ]] || fail "$tag: $(field "$line" refused_4xx) messages refused (4xx)"
  # not_ready (a bare 404/503 of the container before the application is deployed) is retried and allowed; any
  # other error answer that is not problem+json is not.
  [[ "$(field "$line" not_problem_json)" == 0 ]] \
    || fail "$tag: $(field "$line" not_problem_json) error answers were not problem+json ($work/$tag.err)"
  [[ "$(field "$out" outbox)" == "$(field "$out" delivered)" ]] || fail "$tag: outbox entries not all delivered"
  if [[ -n $max_p99 ]]; then
    awk -v p="$(field "$out" lateness_p99_s)" -v m="$max_p99" 'BEGIN { exit !(p < m) }' \
      || fail "$tag: deadline lateness p99 $(field "$out" lateness_p99_s) s, not under $max_p99 s"
  fi
  if [[ -n $max_late ]]; then
    awk -v l="$(field "$out" lateness_max_s)" -v m="$max_late" 'BEGIN { exit !(l <= m) }' \
      || fail "$tag: a deadline fired $(field "$out" lateness_max_s) s late, more than $max_late s"
  fi
  figure "$tag receiver: $(curl -s "http://127.0.0.1:$RECEIVER_PORT/stats")"
  [[ -n "$monitor_pid" ]] && kill "$monitor_pid" 2>/dev/null || true
  monitor_pid=""
}

run_load() { # tag seconds concurrency rate: starts the load in the background, its figures in $work/$tag.load
  # 7>&-: neither may hold the idle session's pipe open (psql would never see its end, and the phase never end).
  faultload load "$APP" "$GATEWAY_KEY" "$SENDER" "$2" "$3" "$4" "$work/$1.ack" "$1" > "$work/$1.load" 2> "$work/$1.err" 7>&- &
  load_pid=$!
  rm -f "$work/$1-monitor.log"
  monitor "$1" 7>&- &
  monitor_pid=$!
}
# Waits for the load to end and puts its line of figures in $line. Never inside $(...): a subshell cannot wait for
# the script's own background job (wait returns at once), so the figures would be read while the load still runs.
finish_load() { wait "$load_pid" || true; load_pid=""; line="$(tail -1 "$work/$1.load")"; }

# --- kill -9 ----------------------------------------------------------------------------------------------------
phase_kill9() {
  say "kill9: load for $KILL_LOAD_SECONDS s at concurrency $CONCURRENCY; kill -9 of the server at $KILL_AT s"
  run_load kill9 "$KILL_LOAD_SECONDS" "$CONCURRENCY" 0
  sleep "$KILL_AT"
  if [[ $cluster == true ]]; then
    payara-config/cluster.sh kill-instance 1 > "$work/kill9-kill.log" 2>&1 || die "kill-instance 1 failed"
    local killed_ms; killed_ms=$(now_ms)
    sleep 5
    payara-config/cluster.sh restart-instance 1 > "$work/kill9-restart.log" 2>&1 \
      || die "instance 1 did not start again: $work/kill9-restart.log"
    figure "kill9: instance 1 ready again $(( ($(now_ms) - killed_ms) / 1000 )) s after kill -9"
    local line; finish_load kill9
    await_drain kill9 300 || fail "kill9: deadlines or outbox not drained within 300 s"
    check_phase kill9 "$line" "$work/kill9.ack"
    [[ "$(field "$line" other_5xx)" == 0 ]] || fail "kill9: the client saw $(field "$line" other_5xx) 5xx answers"
    return
  fi
  local pid; pid="$(server_pid)"
  [[ -n $pid ]] || die "no server pid in $DOMAIN_DIR/$DOMAIN_NAME/config/pid"
  kill -9 "$pid"
  local killed_ms; killed_ms=$(now_ms)
  say "kill9: killed $pid; starting the domain again"
  detached "$ASADMIN" start-domain --domaindir "$DOMAIN_DIR" "$DOMAIN_NAME" > "$work/kill9-restart.log" 2>&1 \
    || die "the domain did not start again: $work/kill9-restart.log"
  await_ready 180 >/dev/null || die "not ready 180 s after the restart"
  local outage=$(( ($(now_ms) - killed_ms) / 1000 ))
  figure "kill9: serving again $outage s after kill -9"
  local line; finish_load kill9
  say "kill9: waiting for every deadline to fire and the outbox to drain"
  await_drain kill9 300 || fail "kill9: deadlines or outbox not drained within 300 s"
  # Due during the outage: fired once it is back; claimed when it died: due again when the lease lapses. Either way
  # no later than the longer of the two, plus 15 s for the backlog and the ticks.
  check_phase kill9 "$line" "$work/kill9.ack" "" $(( (outage > LEASE_SECONDS ? outage : LEASE_SECONDS) + 15 ))
}

# --- rolling restart (--cluster) ----------------------------------------------------------------------------------
phase_rolling() {
  if [[ $cluster != true ]]; then
    say "rolling: SKIPPED: needs two instances (--cluster)" | tee -a "$REPORT"
    return
  fi
  say "rolling: load until both restarts are done (at most $ROLL_LOAD_SECONDS s); restart-instance 1, then 2"
  rm -f "$work/rolling.stop"
  LOAD_STOP_FILE="$work/rolling.stop" run_load rolling "$ROLL_LOAD_SECONDS" "$CONCURRENCY" 0
  sleep 20
  local n start
  for n in 1 2; do
    start=$SECONDS
    # cluster.sh: out of the balancer, in-flight requests finished, stopped, started, serving, back in.
    payara-config/cluster.sh restart-instance "$n" > "$work/rolling-$n.log" 2>&1 || die "restart-instance $n failed"
    figure "rolling: instance $n restarted and back in the balancer in $((SECONDS - start)) s" \
      "($(grep -o 'in-flight requests finished after [0-9]* s' "$work/rolling-$n.log" || echo 'was not running'))"
    sleep 10
  done
  kill -0 "$load_pid" 2>/dev/null || fail "rolling: the load ended before both restarts were done (ROLL_LOAD_SECONDS)"
  sleep 10
  touch "$work/rolling.stop"
  local line; finish_load rolling
  await_drain rolling 300 || fail "rolling: deadlines or outbox not drained within 300 s"
  check_phase rolling "$line" "$work/rolling.ack"
  for v in other_5xx unavailable_503; do
    [[ "$(field "$line" $v)" == 0 ]] || fail "rolling: the client saw $v=$(field "$line" $v)"
  done
}

# --- PostgreSQL restart -----------------------------------------------------------------------------------------
phase_pg_restart() {
  if ! pg_can_restart; then
    say "pg-restart: SKIPPED: stopping PostgreSQL needs root, pg_ctlcluster and a local cluster (DB_HOST $DB_HOST)" \
      | tee -a "$REPORT"
    return
  fi
  say "pg-restart: load for $PG_LOAD_SECONDS s; PostgreSQL stopped at $PG_AT s for $PG_DOWN_SECONDS s"
  run_load pg "$PG_LOAD_SECONDS" "$CONCURRENCY" 0
  sleep "$PG_AT"
  pg_stopped=true
  pg_ctl stop -m fast
  local stopped_ms; stopped_ms=$(now_ms)
  sleep 3
  # The probes run beside the outage's clock, so that PostgreSQL is down for PG_DOWN_SECONDS however long they take.
  (
    curl -s -m 20 -o /dev/null -w '%{http_code} %{time_total}' "$READY_URL" > "$work/pg-probe.ready" || true
  ) 7>&- &
  local ready_probe=$!
  (
    curl -s -m 20 -D "$work/pg-probe.headers" -o "$work/pg-probe.body" -w '%{http_code} %{time_total} %{content_type}' \
      -X POST -H "Authorization: Bearer $GATEWAY_KEY" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: pg-probe-$$" \
      -d "{\"channel\":\"SMS\",\"from\":\"+16669990000\",\"to\":\"$SENDER\",\"text\":\"probe\"}" \
      "$APP/api/v1/messages" > "$work/pg-probe.post" || true
  ) 7>&- &
  local post_probe=$!
  sleep $((PG_DOWN_SECONDS > 3 ? PG_DOWN_SECONDS - 3 : 0))
  pg_start
  pg_stopped=false
  local started_ms; started_ms=$(now_ms)
  wait "$ready_probe" "$post_probe" || true
  local ready status post_s type retry_after
  read -r ready ready_s < "$work/pg-probe.ready" || true
  read -r status post_s type < "$work/pg-probe.post" || true
  retry_after="$(grep -i '^Retry-After:' "$work/pg-probe.headers" 2>/dev/null | tr -d '\r' | awk '{print $2}' || true)"
  figure "pg-restart: while the database is gone: POST /messages answers $status $type in ${post_s:-?} s, Retry-After ${retry_after:-none}; /health/ready $ready in ${ready_s:-?} s"
  [[ $status == 503 && $type == application/problem+json* && -n $retry_after ]] \
    || fail "pg-restart: answered $status $type (Retry-After ${retry_after:-none}), not 503 problem+json with Retry-After"
  [[ $ready == 503 ]] || fail "pg-restart: /health/ready answered $ready while the database was gone"
  local took; took="$(await_ready 60)" || fail "pg-restart: not ready 60 s after PostgreSQL came back"
  figure "pg-restart: PostgreSQL down $(( (started_ms - stopped_ms) / 1000 )) s; /health/ready UP ${took:-?} s after it returned"
  local line; finish_load pg
  local last; last="$(field "$line" last_failure_ms)"
  local recovery=$(( ${last:-0} > started_ms ? (${last:-0} - started_ms) / 1000 : 0 ))
  figure "pg-restart: the load's last failed attempt ${recovery} s after PostgreSQL returned"
  (( recovery <= 10 )) || fail "pg-restart: failures went on ${recovery} s after the database returned (limit 10 s)"
  await_drain pg 240 || fail "pg-restart: deadlines or outbox not drained within 240 s"
  check_phase pg "$line" "$work/pg.ack"
}

# --- a session idle in transaction ------------------------------------------------------------------------------
phase_idle() {
  say "idle: a session idle in transaction for $IDLE_SECONDS s under $IDLE_RATE messages/s"
  # psql reads the session's statements from a pipe the script holds open: the transaction stays open, idle,
  # until the script writes commit and closes the pipe (or the script ends and psql with it).
  rm -f "$work/idle.fifo"; mkfifo "$work/idle.fifo"
  psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -qAt < "$work/idle.fifo" > "$work/idle-session.log" 2>&1 &
  idle_pid=$!
  exec 7> "$work/idle.fifo"
  echo "begin; select txid_current();" >&7
  sleep 1
  figure "idle: $(psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -qAtc \
    "select 'sessions idle in transaction: ' || count(*) from pg_stat_activity where state = 'idle in transaction'")"
  run_load idle "$IDLE_SECONDS" 2 "$IDLE_RATE"
  local line; finish_load idle
  # The announcements of the last minute's conversations come due while the session is still open.
  sleep 5
  figure "idle: $(psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -qAtc \
    "select 'oldest open transaction: ' || coalesce(max(now() - xact_start)::text, 'none') from pg_stat_activity where state = 'idle in transaction'")"
  await_drain idle 120 || fail "idle: deadlines or outbox not drained within 120 s"
  echo "commit;" >&7
  exec 7>&-
  wait "$idle_pid" 2>/dev/null || true
  idle_pid=""
  check_phase idle "$line" "$work/idle.ack" 5
}

for phase in ${phases//,/ }; do
  case "$phase" in
    kill9) phase_kill9 ;;
    pg-restart) phase_pg_restart ;;
    rolling) phase_rolling ;;
    idle) phase_idle ;;
    *) die "unknown phase $phase" ;;
  esac
done

if (( failures > 0 )); then
  say "$failures check(s) FAILED ($SECONDS s in all)" | tee -a "$REPORT"
  exit 1
fi
say "all checks passed ($SECONDS s in all)" | tee -a "$REPORT"
