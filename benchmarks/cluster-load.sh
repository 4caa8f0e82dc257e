#!/usr/bin/env bash
# Scale-out under load (README, "Scale-out"): on two instances behind the balancer (payara-config/cluster.sh),
#
#   benchmarks/cluster-load.sh [--quick] [--attempts N] [--concurrency C] [--only assign|throughput] [--keep]
#
# assign      N assignment attempts (100,000; --quick 5,000) through the balancer from C connections (64): new
#             customers' conversations, closes and solves that free capacity (Solved does not occupy in this run),
#             transfers to another queue, agents' status changes to Available or Away (io.switchboard.benchmarks.
#             ClusterLoad: 24 agents of capacity 4 in three queues). Every second SQL samples every agent: occupancy
#             (conversations assigned in an occupying status, counted) above capacity, and the occupancy counters
#             (agent_state, V56) differing from that count (what a conversation given to two agents would leave).
#             At the end: the same, no conversation given to an agent while another held it (its assignment
#             decisions, in order), every acknowledged message stored exactly once, every acknowledged close
#             closed. Exits 1 on any violation.
# throughput  the inbound path (a) of benchmarks/run.sh (a new customer's conversation, routed and assigned: 8
#             agents Available, capacity set large by SQL), wrk at 16 connections for THROUGHPUT_SECONDS (30; 10 s
#             warm-up each) against instance 1 alone, then pgbench -N (16 clients, same time), then through the
#             balancer over both instances; prints msg/s, p50/p99 and each one's ratio to pgbench -N.
#
# The cluster: payara-config/cluster.sh's defaults (CLUSTER_PORT_BASE 24000: instances 24180 and 24280; balancer
# 8090), started fresh (new domain, schema switchboard_cluster emptied) and stopped on exit unless --keep.
# CLUSTER_REUSE=true: use the cluster that is up (ADMIN_PASSWORD_FILE names its admin password file; nothing is
# started or stopped). Needs the EAR and Payara that ./mvnw -Pcluster builds (ear/target), psql, wrk, pgbench.
# Figures are appended to REPORT (default benchmarks/target/cluster-load/report.txt).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

attempts=100000 concurrency=64 only="" keep=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) attempts=5000 ;;
    --attempts) attempts="$2"; shift ;;
    --concurrency) concurrency="$2"; shift ;;
    --only) only="$2"; shift ;;
    --keep) keep=true ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
AGENTS=24 CAPACITY=4 THROUGHPUT_SECONDS="${THROUGHPUT_SECONDS:-30}" WARMUP_SECONDS="${WARMUP_SECONDS:-10}"

reuse="${CLUSTER_REUSE:-false}"
export ADMIN_PASSWORD_FILE="${ADMIN_PASSWORD_FILE:-$root/ear/target/cluster-load-admin-password}"
[[ $reuse == true ]] || export CLUSTER_FRESH=true
export DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-5432}" DB_NAME="${DB_NAME:-test}" DB_USER="${DB_USER:-postgres}"
export PGPASSWORD="${DB_PASSWORD:-}"
cluster=("$root/payara-config/cluster.sh")
eval "$("${cluster[@]}" env)"
SCHEMA="$CLUSTER_DB_SCHEMA"
work="$root/benchmarks/target/cluster-load"
REPORT="${REPORT:-$work/report.txt}"
mkdir -p "$work/classes"

say() { printf '[cluster-load %s] %s\n' "$(date -u +%T)" "$*"; }
figure() { printf '[cluster-load %s]   %s\n' "$(date -u +%T)" "$*" | tee -a "$REPORT"; }
failures=0
fail() { printf '[cluster-load] FAILED: %s\n' "$*" | tee -a "$REPORT" >&2; failures=$((failures + 1)); }
die() { printf '[cluster-load] ERROR: %s\n' "$*" >&2; exit 2; }
sql() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -v ON_ERROR_STOP=1 -qAt \
  -c "set search_path to $SCHEMA" -c "$1"; }
field() { grep -oP "(^| )$2=\K[^ ]+" <<<"$1" || true; }

# The HTTP clients need nothing but the JDK: compiled here, as faults.sh compiles FaultLoad.
javac -d "$work/classes" benchmarks/src/main/java/io/switchboard/benchmarks/BenchClient.java \
  benchmarks/src/main/java/io/switchboard/benchmarks/ClusterLoad.java
load() { java -cp "$work/classes" io.switchboard.benchmarks.ClusterLoad "$@"; }
client() { java -cp "$work/classes" io.switchboard.benchmarks.BenchClient "$@"; }

sampler_pid=""
cleanup() {
  local rc=$?
  [[ -n "$sampler_pid" ]] && kill "$sampler_pid" 2>/dev/null || true
  if [[ $reuse != true && $keep != true ]]; then
    say "Cluster down"
    "${cluster[@]}" down > "$work/down.log" 2>&1 || true
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "Run $(date -u +%FT%TZ): attempts $attempts, concurrency $concurrency, ${only:-assign and throughput}" | tee -a "$REPORT"
if [[ $reuse != true ]]; then
  say "Cluster up (payara-config/cluster.sh up: fresh domain, schema $SCHEMA, balancer $CLUSTER_LB_URL)"
  started=$SECONDS
  "${cluster[@]}" up > "$work/up.log" 2>&1 || { tail -20 "$work/up.log"; die "cluster did not come up: $work/up.log"; }
  figure "cluster up in $((SECONDS - started)) s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
fi
APP="$CLUSTER_LB_URL/switchboard"
eval "$(load setup "$APP" "$(cat "$ADMIN_PASSWORD_FILE")" "$AGENTS" "$CAPACITY")"
export MANAGER GATEWAY_KEY SENDER QUEUE_IDS AVAILABLE_ID AWAY_ID AGENT_IDS

# Every agent and channel group: the conversations assigned in each status (counted) beside the agent's counters
# and capacity. One statement, so one snapshot: a decision is in it whole or not at all.
LM="'SMS','WHATSAPP','VIBER','TELEGRAM','GOOGLE_BUSINESS_MESSAGES','APPLE_MESSAGES_FOR_BUSINESS','MESSENGER'"
OCCUPANCY_SQL="
with s as (select coalesce((select val from setting where name = 'occupancy.WAITING'), 'true')::boolean as waiting,
                  coalesce((select val from setting where name = 'occupancy.SOLVED'), 'true')::boolean as solved,
                  (select val::integer from setting where name = 'capacity.LIVE_MESSAGING') as cap_lm,
                  (select val::integer from setting where name = 'capacity.LIVE_CHAT') as cap_lc,
                  (select val::integer from setting where name = 'capacity.EMAIL') as cap_em),
held as (select c.assignee_id as agent_id,
                case when c.channel in ($LM) then 'lm' when c.channel = 'LIVE_CHAT' then 'lc'
                     when c.channel = 'EMAIL' then 'em' else 'call' end as g,
                count(*) filter (where c.status = 'OPEN') as o, count(*) filter (where c.status = 'WAITING') as w,
                count(*) filter (where c.status = 'SOLVED') as so
         from conversation c where c.assignee_id is not null group by 1, 2),
per as (select st.agent_id, coalesce(h.o, 0) as o, coalesce(h.w, 0) as w, coalesce(h.so, 0) as so,
               case g.g when 'lm' then st.occ_open_live_messaging when 'lc' then st.occ_open_live_chat else st.occ_open_email end as co,
               case g.g when 'lm' then st.occ_waiting_live_messaging when 'lc' then st.occ_waiting_live_chat else st.occ_waiting_email end as cw,
               case g.g when 'lm' then st.occ_solved_live_messaging when 'lc' then st.occ_solved_live_chat else st.occ_solved_email end as cs,
               case g.g when 'lm' then coalesce(st.capacity_live_messaging, s.cap_lm)
                        when 'lc' then coalesce(st.capacity_live_chat, s.cap_lc)
                        else coalesce(st.capacity_email, s.cap_em) end as cap
        from agent_state st cross join (values ('lm'), ('lc'), ('em')) as g(g) cross join s
        left join held h on h.agent_id = st.agent_id and h.g = g.g),
occ as (select per.*, o + case when s.waiting then w else 0 end + case when s.solved then so else 0 end as n
        from per cross join s)
select 'above_capacity=' || count(*) filter (where n > cap)
    || ' counters_differ=' || count(*) filter (where o <> co or w <> cw or so <> cs)
    || ' max_occupancy=' || coalesce(max(n), 0)
    || ' occupied_slots=' || coalesce(sum(n), 0)
    || ' waiting=' || (select count(*) from conversation where assignee_id is null and status in ('OPEN', 'WAITING'))
from occ"

# --- assign ------------------------------------------------------------------------------------------------------
phase_assign() {
  local tag="cl$(date +%s)" out="$work/assign"
  rm -rf "$out"; mkdir -p "$out"
  say "assign: $attempts attempts from $concurrency connections through $CLUSTER_LB_URL; SQL samples every second"
  sql "$OCCUPANCY_SQL" > /dev/null || die "the occupancy query failed"
  local decisions_before; decisions_before="$(sql "select count(*) from assignment_decision")"
  ( while true; do echo "$(date +%s) $(sql "$OCCUPANCY_SQL" 2>&1 | tr '\n' ' ')"; sleep 1; done ) > "$out/samples.txt" &
  sampler_pid=$!
  local started=$SECONDS
  load run "$APP" "$attempts" "$concurrency" "$out" "$tag" > "$out/load.txt" 2> >(tee "$out/load.err" >&2) \
    || die "the load failed: $out/load.err"
  local took=$((SECONDS - started))
  # Assignments the last attempts caused (bulk runs after a close) finish within moments.
  sleep 5
  kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""
  local line; line="$(tail -1 "$out/load.txt")"
  local samples bad_samples max_above max_differ
  samples="$(grep -c above_capacity= "$out/samples.txt" || true)"
  bad_samples="$(grep -vc above_capacity= "$out/samples.txt" || true)"
  max_above="$(grep -oP 'above_capacity=\K[0-9]+' "$out/samples.txt" | sort -n | tail -1)"
  max_differ="$(grep -oP 'counters_differ=\K[0-9]+' "$out/samples.txt" | sort -n | tail -1)"
  local final; final="$(sql "$OCCUPANCY_SQL")"
  local checks
  checks="$(psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -v ON_ERROR_STOP=1 -qAt <<SQL
set search_path to $SCHEMA;
create temp table ack (key varchar(200), message_id bigint, conversation_id bigint);
\copy ack from '$out/ack.tsv'
create temp table closed (conversation_id bigint);
\copy closed from '$out/closed.txt'
-- An agent decision is a double assignment when the conversation's latest earlier decision that either gave it to
-- an agent or followed its unassignment (a queue change, an unassignment) gave it to an agent: it was still held.
create temp table double_assigned as
  select d.conversation_id, d.id from (
    select d.*, (select p.agent_id is not null from assignment_decision p
                  where p.conversation_id = d.conversation_id
                    and (p.decided_at, p.id) < (d.decided_at, d.id)
                    and (p.agent_id is not null or p.trigger_kind in ('QUEUE_CHANGE', 'UNASSIGNED'))
                  order by p.decided_at desc, p.id desc limit 1) as held
    from assignment_decision d
    where d.agent_id is not null and d.trigger_kind not in ('QUEUE_CHANGE', 'UNASSIGNED')) d
  where d.held;
select 'acknowledged_messages=' || (select count(*) from ack)
  || ' lost=' || (select count(*) from ack a where not exists (select 1 from message m where m.idempotency_key = a.key))
  || ' duplicates=' || (select count(*) from (select idempotency_key from message where idempotency_key like '$tag-%'
       group by idempotency_key having count(*) > 1) d)
  || ' in_other_conversation=' || (select count(*) from ack a join message m on m.idempotency_key = a.key
       where m.conversation_id <> a.conversation_id)
  || ' acknowledged_closes=' || (select count(*) from closed)
  || ' closes_lost=' || (select count(*) from closed c join conversation v on v.id = c.conversation_id
       where v.status <> 'CLOSED')
  || ' double_assigned=' || (select count(*) from double_assigned)
  || ' decisions=' || ((select count(*) from assignment_decision) - $decisions_before)
  || ' conversations=' || (select count(distinct conversation_id) from ack);
SQL
)" || die "the final checks failed"
  local with_agent
  with_agent="$(sql "select count(*) from assignment_decision d where d.agent_id is not null
    and d.conversation_id in (select m.conversation_id from message m where m.idempotency_key like '$tag-%')")"
  local by_trigger
  by_trigger="$(sql "select string_agg(t || ':' || n, ',' order by t) from (select trigger_kind || '/' ||
      case when agent_id is null then 'none' else 'agent' end as t, count(*) as n from assignment_decision d
      where d.conversation_id in (select m.conversation_id from message m where m.idempotency_key like '$tag-%')
      group by 1) x")"
  figure "assign load: $line"
  figure "assign: $took s for $attempts attempts ($(awk -v n="$attempts" -v s="$took" 'BEGIN { printf "%.0f", n / s }')/s)," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
  figure "assign samples: $samples taken (one a second; $bad_samples failed), max above_capacity ${max_above:-?}," \
    "max counters_differ ${max_differ:-?}"
  figure "assign end: $final"
  figure "assign checks: $checks agent_decisions=$with_agent"
  figure "assign decisions by trigger: $by_trigger"
  [[ "${max_above:-x}" == 0 ]] || fail "assign: an agent above capacity in a sample (max ${max_above:-?})"
  [[ "${max_differ:-x}" == 0 ]] || fail "assign: occupancy counters differed from the conversations (max ${max_differ:-?})"
  [[ "$bad_samples" == 0 ]] || fail "assign: $bad_samples samples failed ($out/samples.txt)"
  [[ "$(field "$final" above_capacity)" == 0 ]] || fail "assign: above capacity at the end"
  [[ "$(field "$final" counters_differ)" == 0 ]] || fail "assign: counters differ at the end"
  local v
  for v in lost duplicates in_other_conversation closes_lost double_assigned; do
    [[ "$(field "$checks" $v)" == 0 ]] || fail "assign: $v=$(field "$checks" $v)"
  done
  for v in refused_4xx gave_up; do
    [[ "$(field "$line" $v)" == 0 ]] || fail "assign: $v=$(field "$line" $v) ($out/load.err)"
  done
}

# --- throughput ----------------------------------------------------------------------------------------------------
# wrk_point NAME URL PREFIX SECONDS: path (a) at 16 connections; prints its key=value line.
wrk_point() {
  local name="$1" url="$2" prefix="$3" seconds="$4" out="$work/throughput/wrk-$1.txt"
  SB_KEY="$GATEWAY_KEY" SB_TO="$SENDER" SB_PREFIX="$prefix" SB_POOL=1 SB_OUT="$out.line" \
    wrk -t 2 -c 16 -d "${seconds}s" --timeout 30s --latency -s "$root/benchmarks/wrk/new-conversation.lua" "$url" \
    > "$out" 2>&1 || die "wrk failed: $out"
  cat "$out.line"
}
# assigned PREFIX: how many of the path's conversations (customers +1PREFIX...) are unassigned, and agents' excess.
assigned_check() {
  sql "select 'conversations=' || count(*) || ' unassigned=' || count(*) filter (where c.assignee_id is null)
    from conversation c join person_contact pc on pc.person_id = c.person_id and pc.channel = 'SMS'
    where pc.address like '+1$1%'"
}

phase_throughput() {
  mkdir -p "$work/throughput"
  say "throughput: path (a) at 16 connections, ${THROUGHPUT_SECONDS} s each (warm-up ${WARMUP_SECONDS} s): instance 1, pgbench -N, balancer"
  # The assign phase's agents leave the Default queue's choice to 8 agents with room for everything, as in run.sh.
  read -r -a load_agents <<< "$AGENT_IDS"
  local key="${MANAGER#Bearer }"
  client status "$APP" "$key" "$OFFLINE_ID" "${load_agents[@]}" > /dev/null
  read -r -a tput_agents <<< "$(client agents "$APP" "$key" 8 1000 Throughput)"
  sql "update agent_state set capacity_live_messaging = 1000000 where agent_id in ($(IFS=,; echo "${tput_agents[*]}"))" > /dev/null
  client status "$APP" "$key" "$AVAILABLE_ID" "${tput_agents[@]}" > /dev/null
  local one pg two pgbench_tps
  wrk_point warmup-1 "$CLUSTER_INSTANCE1_URL" 30 "$WARMUP_SECONDS" > /dev/null
  one="$(wrk_point instance-1 "$CLUSTER_INSTANCE1_URL" 31 "$THROUGHPUT_SECONDS")"
  local pgdb=pgbench_switchboard pg=(-h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER")
  psql "${pg[@]}" -d "$DB_NAME" -qAtc "select 1 from pg_database where datname = '$pgdb'" | grep -q 1 \
    || createdb "${pg[@]}" "$pgdb"
  pgbench "${pg[@]}" -i -s 10 -q "$pgdb" > "$work/throughput/pgbench-init.log" 2>&1
  pgbench "${pg[@]}" -N -n -c 16 -j 2 -T "$THROUGHPUT_SECONDS" "$pgdb" > "$work/throughput/pgbench.txt" 2>&1
  pgbench_tps="$(grep -oP 'tps = \K[0-9.]+' "$work/throughput/pgbench.txt" | tail -1)"
  wrk_point warmup-lb "$CLUSTER_LB_URL" 32 "$WARMUP_SECONDS" > /dev/null
  two="$(wrk_point balancer "$CLUSTER_LB_URL" 33 "$THROUGHPUT_SECONDS")"
  local r1 r2
  r1="$(field "$one" per_second)" r2="$(field "$two" per_second)"
  ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
  figure "throughput instance 1 alone: $(printf '%.1f' "$r1") msg/s, p50 $(ms "$(field "$one" p50_us)") ms," \
    "p99 $(ms "$(field "$one" p99_us)") ms, failed $(field "$one" failed), ratio to pgbench -N" \
    "$(awk -v a="$r1" -v b="$pgbench_tps" 'BEGIN { printf "%.3f", a / b }')"
  figure "throughput pgbench -N, 16 clients: $pgbench_tps tps"
  figure "throughput balancer, both instances: $(printf '%.1f' "$r2") msg/s, p50 $(ms "$(field "$two" p50_us)") ms," \
    "p99 $(ms "$(field "$two" p99_us)") ms, failed $(field "$two" failed), ratio to pgbench -N" \
    "$(awk -v a="$r2" -v b="$pgbench_tps" 'BEGIN { printf "%.3f", a / b }'); two ÷ one" \
    "$(awk -v a="$r2" -v b="$r1" 'BEGIN { printf "%.2f", a / b }') (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  local c1 c2
  c1="$(assigned_check 31)" c2="$(assigned_check 33)"
  figure "throughput checks: instance 1 $c1; balancer $c2; agents $(sql "$OCCUPANCY_SQL")"
  [[ "$(field "$c1" unassigned)" == 0 && "$(field "$c2" unassigned)" == 0 ]] || fail "throughput: conversations left unassigned"
  [[ "$(field "$one" failed)" == 0 && "$(field "$two" failed)" == 0 ]] || fail "throughput: wrk saw failed requests"
}

case "$only" in
  "") phase_assign; phase_throughput ;;
  assign) phase_assign ;;
  throughput) phase_throughput ;;
  *) die "--only assign or throughput" ;;
esac

if (( failures > 0 )); then
  say "$failures check(s) FAILED" | tee -a "$REPORT"
  exit 1
fi
say "all checks passed" | tee -a "$REPORT"
