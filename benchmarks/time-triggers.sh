#!/usr/bin/env bash
# Issue 16's figures on a deployed server with PostgreSQL (README, "Measurements", "Workflows on the server"):
#
#   benchmarks/time-triggers.sh [--quick] [--no-build]
#
# 1. heap and armed time-based triggers: one workflow "Agent reply pending for 1 day" (AGENT_REPLY_PENDING, P1D);
#    the server's heap after a full GC (jcmd GC.run, GC.class_histogram, GC.heap_info) with none armed, after
#    API_ARMED customers' messages armed it through the API (one deadline row each, written by the engine), and
#    after the rest up to ARMED were added by SQL in the same shape (conversations open for new customers, and a
#    deadline row each copied from one the engine wrote: kind, payload, due a day later); then API_ARMED more
#    messages through the API, so that the engine arms and reads triggers beside the 100,000, and the heap again
# 2. one event with 200 enabled workflows end to end: POST /messages (a new customer each, one after the other;
#    the answer comes after the workflow pass, which runs on the request's thread after the commit) timed with only
#    the time-based workflow, then with 200 more workflows waiting for customer messages, each with three conditions
#    of which the third fails in all but the last (so 200 are evaluated, 199 skips are recorded, one runs)
#
# --quick: 200 through the API, 10,000 in all, 100 messages per latency point. --no-build: reuse the last build.
# --no-heap: part 2 only.
# Environment: PORT_BASE (default 39300: HTTP 39380, admin 39348), DB_SCHEMA (default switchboard_bench_triggers,
# recreated), DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD (default 127.0.0.1 5432 test postgres, empty), MVN_FLAGS
# (e.g. -o). Results: stdout and ear/target/time-triggers.txt. Not part of CI.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

API_ARMED=1000 ARMED=100000 LATENCY_MESSAGES=300 WORKFLOWS=200
build=true
heap=true
for arg in "$@"; do
  case "$arg" in
    --quick) API_ARMED=200 ARMED=10000 LATENCY_MESSAGES=100 ;;
    --no-build) build=false ;;
    --no-heap) heap=false ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

export PORT_BASE="${PORT_BASE:-39300}" DB_SCHEMA="${DB_SCHEMA:-switchboard_bench_triggers}"
export DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-5432}" DB_NAME="${DB_NAME:-test}" DB_USER="${DB_USER:-postgres}"
export PGPASSWORD="${DB_PASSWORD:-}"
APP="http://127.0.0.1:$((PORT_BASE + 80))/switchboard"
DOMAIN="$root/ear/target/bench-domains/switchboard-bench-$PORT_BASE"
out="$root/ear/target/time-triggers.txt"

say() { printf '\n[triggers %s] %s\n' "$(date -u +%T)" "$*"; }
die() { printf '[triggers] ERROR: %s\n' "$*" >&2; exit 1; }
sql() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -v ON_ERROR_STOP=1 -qAt \
  -c "set search_path to $DB_SCHEMA" -c "$1"; }
note() { echo "$*" | tee -a "$out"; }

command -v jcmd >/dev/null || die "jcmd not found: a JDK 17 must be on the PATH"
command -v psql >/dev/null || die "psql not found: install postgresql-client"

if [[ $build == true ]]; then
  say "Building (-Pbenchmarks package)"
  # shellcheck disable=SC2086
  ./mvnw -B -q ${MVN_FLAGS:-} -Pbenchmarks package -DskipTests -Dspotless.check.skip=true \
    || die "build failed"
fi
if [[ ! -x ear/target/payara6/bin/asadmin || ! -f ear/target/server-lib/postgresql.jar ]]; then
  # shellcheck disable=SC2086
  ./mvnw -B -q ${MVN_FLAGS:-} -pl ear dependency:unpack dependency:copy || die "no Payara Server"
fi
[[ -f ear/target/switchboard.ear && -d benchmarks/target/classes ]] || die "nothing built: run without --no-build"
client() { java -cp benchmarks/target/classes io.switchboard.benchmarks.BenchClient "$@"; }

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

mkdir -p "$(dirname "$out")"
: > "$out"
note "started=$(date -u +%FT%TZ) commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?') cpus=$(nproc)" \
  "load_average=$(cut -d' ' -f1-3 /proc/loadavg) api_armed=$API_ARMED armed=$ARMED"
say "Starting the benchmark server on 127.0.0.1:$((PORT_BASE + 80)), schema $DB_SCHEMA"
server_started=yes
benchmarks/server.sh up > "$root/ear/target/time-triggers-server.log" 2>&1 \
  || { tail -20 "$root/ear/target/time-triggers-server.log"; die "server did not start"; }
server_pid="$(cat "$DOMAIN/config/pid")"
eval "$(client setup "$APP" "$(cat ear/target/bench-admin-password)" 2 10)"
call() { # METHOD PATH [BODY]: one API call with the supervisor's key (curl: 200 workflows without 200 JVM starts)
  curl -sS --fail-with-body -X "$1" -H "Authorization: Bearer $MANAGER_KEY" -H 'Content-Type: application/json' \
    ${3:+--data "$3"} "$APP/api/v1$2" || die "$1 $2 failed"
}

heap_mb() {
  # GC.class_histogram forces a full collection even where System.gc() (jcmd GC.run) is disabled.
  jcmd "$server_pid" GC.run > /dev/null
  jcmd "$server_pid" GC.class_histogram > /dev/null
  jcmd "$server_pid" GC.heap_info | grep -oP 'used \K[0-9]+(?=K)' | head -1 | awk '{printf "%.1f", $1 / 1024}'
}
armed() { sql "select count(*) from deadline where kind = 'workflow.time-trigger'"; }
heap_point() { # label
  local a h
  sleep 2
  a="$(armed)"; h="$(heap_mb)"
  note "heap: $1: armed=$a conversations=$(sql 'select count(*) from conversation') heap_after_full_gc_mb=$h"
}

# --- 1. heap and armed triggers ----------------------------------------------------------------------------------
call POST /tags '{"name": "waited-a-day"}' > /dev/null
call POST /workflows '{"name": "Agent reply pending for 1 day", "triggers": [{"type": "AGENT_REPLY_PENDING", "after": "P1D"}],
  "actions": [{"type": "ADD_TAGS", "tags": ["waited-a-day"]}]}' > /dev/null
sender_id="$(sql "select id from sender where address = '$SENDER'")"
if [[ $heap == true ]]; then
say "Heap with armed time-based triggers: $API_ARMED armed through the API, then up to $ARMED"
# Warm the server up (not counted: they are answered before the first heap point and arm triggers of their own).
client post "$APP" "$GATEWAY_KEY" "$SENDER" +17000000 200 8 > /dev/null
heap_point "after warm-up"
rate="$(client post "$APP" "$GATEWAY_KEY" "$SENDER" +17100000 "$API_ARMED" 8)"
note "armed through the API: $API_ARMED customers' messages at $rate msg/s"
heap_point "armed by the engine"
template="$(sql "select count(*) from deadline where kind = 'workflow.time-trigger' and payload like 'AGENT_REPLY_PENDING %'")"
[[ $template -gt 0 ]] || die "the engine armed no trigger: nothing to copy"
seed=$((ARMED - $(armed)))
sql "insert into person (id, created_at, version)
       select nextval('person_seq'), now(), 1 from generate_series(1, $seed);
     create temporary table seeded_people as
       select id, row_number() over (order by id) - 1 as n from person
       where id > (select coalesce(max(person_id), 0) from person_contact);
     insert into person_contact (id, person_id, channel, address)
       select nextval('person_contact_seq'), id, 'SMS', '+19' || lpad(n::text, 9, '0') from seeded_people;
     create temporary table seeded_conversations as
       select nextval('conversation_seq') as id, id as person_id from seeded_people;
     insert into conversation (id, short_id, status, priority, direction, channel, person_id, sender_id, queue_id,
                               created_at, updated_at, open_key, version)
       select id, nextval('conversation_short_id_seq'), 'OPEN', 'NORMAL', 'INBOUND', 'SMS', person_id, $sender_id,
              $QUEUE_ID, now(), now(), person_id || ':' || $sender_id, 1 from seeded_conversations;
     insert into deadline (id, kind, subject_id, due_at, payload, attempts, created_at)
       select nextval('deadline_seq'), t.kind, c.id, now() + interval '1 day', t.payload, 0, now()
       from seeded_conversations c,
            (select kind, payload from deadline where kind = 'workflow.time-trigger' order by id limit 1) t;
     analyze person; analyze person_contact; analyze conversation; analyze deadline;" > /dev/null
note "seeded by SQL: $seed conversations with one armed trigger each, copied from the engine's row:" \
  "$(sql "select kind || ' / ' || payload from deadline where kind = 'workflow.time-trigger' order by id limit 1")"
heap_point "armed by the engine + seeded"
rate="$(client post "$APP" "$GATEWAY_KEY" "$SENDER" +17200000 "$API_ARMED" 8)"
note "armed through the API beside them: $API_ARMED more at $rate msg/s"
heap_point "after $API_ARMED more through the API"
fi

# --- 2. one event with 200 workflows, end to end ------------------------------------------------------------------
say "One customer message with $WORKFLOWS workflows waiting for it, end to end ($LATENCY_MESSAGES messages per point)"
client latency "$APP" "$GATEWAY_KEY" "$SENDER" +17300000 100 > /dev/null
note "latency: POST /messages, new customer, time-based workflow only: $(client latency "$APP" "$GATEWAY_KEY" "$SENDER" +17400000 "$LATENCY_MESSAGES")"
other="$(call POST /senders '{"channel": "SMS", "address": "+14445550199", "name": "other line"}' | grep -oP '"id"\s*:\s*\K[0-9]+' | head -1)"
call POST /tags '{"name": "pass-matched"}' > /dev/null
for i in $(seq 1 "$WORKFLOWS"); do
  to=$([[ $i -eq $WORKFLOWS ]] && echo "$sender_id" || echo "$other")
  call POST /workflows "{\"name\": \"Event workflow $i\", \"triggers\": [{\"type\": \"INBOUND_MESSAGE_RECEIVED\"}],
    \"conditions\": {\"join\": \"AND\", \"conditions\": [
      {\"attribute\": \"conversation.content\", \"operator\": \"IS_NOT\", \"value\": \"word $i\"},
      {\"attribute\": \"conversation.status\", \"operator\": \"IN_LIST\", \"value\": \"OPEN\"},
      {\"attribute\": \"conversation.to\", \"operator\": \"IS\", \"value\": \"$to\"}]},
    \"actions\": [{\"type\": \"ADD_TAGS\", \"tags\": [\"pass-matched\"]}]}" > /dev/null
done
client latency "$APP" "$GATEWAY_KEY" "$SENDER" +17500000 100 > /dev/null
note "latency: POST /messages, new customer, $WORKFLOWS event workflows + the time-based one: $(client latency "$APP" "$GATEWAY_KEY" "$SENDER" +17600000 "$LATENCY_MESSAGES")"
note "check: $(sql "select count(*) from workflow_run r join conversation c on c.id = r.conversation_id
  join person_contact pc on pc.person_id = c.person_id where pc.address like '+17600000%' and r.outcome = 'RAN'
  and r.trigger_type = 'INBOUND_MESSAGE_RECEIVED'") runs and $(sql "select count(*) from workflow_run r
  join conversation c on c.id = r.conversation_id join person_contact pc on pc.person_id = c.person_id
  where pc.address like '+17600000%' and r.outcome = 'SKIPPED'") skips recorded for $LATENCY_MESSAGES messages" \
  "(expected $LATENCY_MESSAGES and $((LATENCY_MESSAGES * (WORKFLOWS - 1))))"
say "Done: $out"
