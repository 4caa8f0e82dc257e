#!/usr/bin/env bash
# Issue 18's "aggregates stay fast" figures (README, "Conversations report", docs/reports-query-plans.md):
#
#   benchmarks/reports-1m.sh [--keep | --reuse]
#
# Starts a throwaway server (benchmarks/server.sh: its own ports and schema, recreated), seeds 1,000,000
# conversations over the last 366 days into its tables with docs/reports-seed.sql, lets the engine's rollup build
# report_hour and report_day (calling the report, which rolls up to 500 hours before answering, until the rollup
# mark reaches the current hour), then times each report endpoint with curl over 7, 30, 90 and 366 days: the first
# call of each span ("cold": first use of its queries since the server started) and the median of the next three
# ("warm"). Finally the report's queries under EXPLAIN (ANALYZE, BUFFERS) for 366 days
# (docs/reports-query-plans.sql). Run it alone on the machine: /work/wt/it-run.sh --exclusive benchmarks/reports-1m.sh
# --keep: leave the server up (stop it with PORT_BASE=... benchmarks/server.sh down). --reuse: time the server a
# --keep run left up (no start, seed or rollup) and stop it; so that only the timing needs the machine to itself:
#   benchmarks/reports-1m.sh --keep && /work/wt/it-run.sh --exclusive benchmarks/reports-1m.sh --reuse
# Environment: PORT_BASE (default 42000: HTTP 42080, admin 42048), DB_SCHEMA (default switchboard_rep1m_bench,
# recreated), DB_HOST DB_PORT DB_NAME DB_USER (default 127.0.0.1 5432 test postgres). Needs ear/target/switchboard.ear
# (./mvnw -o package -pl ear -am -DskipTests). Results: stdout and ear/target/reports-1m.txt.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
keep=false reuse=false
[[ "${1:-}" == --keep ]] && keep=true
[[ "${1:-}" == --reuse ]] && reuse=true

export PORT_BASE="${PORT_BASE:-42000}" DB_SCHEMA="${DB_SCHEMA:-switchboard_rep1m_bench}"
export DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-5432}" DB_NAME="${DB_NAME:-test}" DB_USER="${DB_USER:-postgres}"
API="http://127.0.0.1:$((PORT_BASE + 80))/switchboard/api/v1"
out="$root/ear/target/reports-1m.txt"

say() { printf '[reports-1m %s] %s\n' "$(date -u +%T)" "$*" >&2; }
note() { echo "$*" | tee -a "$out"; }
sql() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -v ON_ERROR_STOP=1 -qAt \
  -c "set search_path to $DB_SCHEMA" -c "$1"; }

get() { # PATH: prints the seconds the answer took, fails on an error status
  curl -sS -o /dev/null --fail -w '%{time_total}' -H "Authorization: Bearer $key" "$API/$1"
}
today="$(date -u +%F)"

cleanup() {
  local rc=$?
  if [[ $keep == false && -n "${server_started:-}" ]]; then
    say "Stopping the server"
    benchmarks/server.sh down >/dev/null 2>&1 || true
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ $reuse == true ]]; then
  server_started=yes
  key="$(cat ear/target/reports-1m-key)"
  note "started=$(date -u +%FT%TZ) (reusing the server) commit=$(git rev-parse --short HEAD) cpus=$(nproc) load_average=$(cut -d' ' -f1-3 /proc/loadavg)"
else
: > "$out"
note "started=$(date -u +%FT%TZ) commit=$(git rev-parse --short HEAD) cpus=$(nproc) load_average=$(cut -d' ' -f1-3 /proc/loadavg)"
say "Starting the server on $API, schema $DB_SCHEMA"
server_started=yes
benchmarks/server.sh up > "$root/ear/target/reports-1m-server.log" 2>&1 \
  || { tail -20 "$root/ear/target/reports-1m-server.log"; exit 1; }
admin="admin:$(cat ear/target/bench-admin-password)"
key="$(curl -sS --fail-with-body -u "$admin" -H 'Content-Type: application/json' -X POST "$API/api-keys" \
  -d '{"name": "reports-1m", "roles": ["ACCOUNT_MANAGER"]}' | sed -E 's/.*"token" *: *"([^"]+)".*/\1/')"
(umask 077; echo "$key" > ear/target/reports-1m-key)

say "Seeding 1,000,000 conversations"
t0=$(date +%s)
psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -q -v schema="$DB_SCHEMA" -f docs/reports-seed.sql | tee -a "$out"
note "seed_seconds=$(( $(date +%s) - t0 ))"

say "Rolling up (the engine's ReportRollup, 500 hours per call)"
t0=$(date +%s)
while :; do
  get "reports/conversations?from=$today&to=$today" >/dev/null
  behind="$(sql "select count(*) from report_rollup where rolled_until is null or rolled_until < date_trunc('hour', now()) - interval '1 hour' or day_zone is null")"
  [[ "$behind" == 0 ]] && break
  say "  rolled until $(sql 'select rolled_until from report_rollup')"
done
note "rollup_seconds=$(( $(date +%s) - t0 ))"
sql "analyze report_hour" && sql "analyze report_day"
note "report_hour_rows=$(sql 'select count(*) from report_hour') report_day_rows=$(sql 'select count(*) from report_day')"
fi

note "endpoint days cold_s warm_median_s load_average"
for days in 7 30 90 366; do
  from="$(date -u -d "$today - $((days - 1)) days" +%F)"
  for path in "reports/conversations?from=$from&to=$today" "reports/voice?from=$from&to=$today" "dashboard"; do
    [[ $path == dashboard && $days != 7 ]] && continue
    cold="$(get "$path")"
    warm="$(for _ in 1 2 3; do get "$path"; echo; done | sort -n | sed -n 2p)"
    note "${path%%\?*} $days $cold $warm $(cut -d' ' -f1 /proc/loadavg)"
  done
done

say "Query plans over 366 days"
from366="$(date -u -d "$today - 365 days" +%F)"
psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -v schema="$DB_SCHEMA" \
  -v from="'$from366'" -v to="'$today'" -f docs/reports-query-plans.sql > ear/target/reports-1m-plans.txt 2>&1 || true
note "finished=$(date -u +%FT%TZ) load_average=$(cut -d' ' -f1-3 /proc/loadavg) plans=ear/target/reports-1m-plans.txt"
