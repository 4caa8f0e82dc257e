#!/usr/bin/env bash
# Proves the scale-out (README, "Scale-out") on a throwaway cluster of its own, and stops it on exit:
#
#   benchmarks/cluster-check.sh [--keep]
#
# 1. cluster up (payara-config/cluster.sh, CLUSTER_FRESH: new domain, new schemas; ports from CHECK_PORT_BASE,
#    default 26000, below Linux's ephemeral ports: instances 26180 and 26280, balancer 26070)
# 2. signs in to the admin through the balancer (form, session cookie and the balancer's route cookie)
# 3. creates a queue on instance 1 directly and reads it on instance 2 directly
# 4. changes a setting on instance 1 and polls instance 2 until it shows it (must be within 1 s)
# 5. a new API key made on instance 1 works on instance 2; revoked on 1, refused on 2 within 1 s
# 6. starts a batch job (reply index rebuild) on instance 1 and finds that execution on instance 2
# 7. kill -9 of the instance that holds the admin session: the balancer keeps answering, the session is still
#    signed in (on the other instance)
# Needs the EAR and the Payara Server that ./mvnw -Pcluster builds (ear/target). Exits non-zero on any failure.
# --keep: leave the cluster running (stop it with the same environment and payara-config/cluster.sh down).
# CHECK_REUSE=true: check a cluster that is already up, as the caller's CLUSTER_* variables and ADMIN_PASSWORD_FILE
# describe it (nothing started, nothing stopped but the instance killed).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
keep=false
[[ "${1:-}" == --keep ]] && keep=true

reuse="${CHECK_REUSE:-false}"
if [[ $reuse != true ]]; then
  export CLUSTER_PORT_BASE="${CHECK_PORT_BASE:-26000}"
  export CLUSTER_LB_PORT="${CHECK_LB_PORT:-$((CLUSTER_PORT_BASE + 70))}"
  export CLUSTER_LB_STATS_PORT=$((CLUSTER_PORT_BASE + 99))
  export CLUSTER_DIR="$root/ear/target/cluster-check"
  export CLUSTER_DOMAIN=switchboard-cluster-check
  export DB_SCHEMA="${CHECK_DB_SCHEMA:-switchboard_cluster_check}"
  export CLUSTER_FRESH=true
  export ADMIN_PASSWORD_FILE="$root/ear/target/cluster-check-admin-password"
else
  keep=true
fi
cluster=("$root/payara-config/cluster.sh")
eval "$("${cluster[@]}" env)"
LB="$CLUSTER_LB_URL" A="$CLUSTER_INSTANCE1_URL" B="$CLUSTER_INSTANCE2_URL"
work="$(mktemp -d)"
failures=0

say() { printf '\n== %s\n' "$*"; }
ok() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

cleanup() {
  local rc=$?
  if [[ $keep == false ]]; then
    say "Cluster down"
    "${cluster[@]}" down || true
  fi
  rm -rf "$work"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ $reuse != true ]]; then
  say "Cluster up (port base $CLUSTER_PORT_BASE, balancer $LB, schema $DB_SCHEMA)"
  started=$SECONDS
  echo "  load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  "${cluster[@]}" up
  echo "  up in $((SECONDS - started)) s (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
fi
password="$(cat "$ADMIN_PASSWORD_FILE")"
api=(curl -sS -u "admin:$password" -H 'Content-Type: application/json' -H 'Accept: application/json')

say "Sign in to the admin through the balancer"
jar="$work/cookies"
login="$(curl -sS -c "$jar" -b "$jar" "$LB/switchboard/admin/login.xhtml")"
view_state="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$login" | head -1 | sed 's/.*value="//; s/"$//')"
[[ -n "$view_state" ]] || { fail "no login form"; exit 1; }
curl -sS -o /dev/null -c "$jar" -b "$jar" "$LB/switchboard/admin/login.xhtml" \
  --data-urlencode "login=login" --data-urlencode "login:next=" --data-urlencode "login:username=admin" \
  --data-urlencode "login:password=$password" --data-urlencode "login:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$view_state"
route="$(awk '$6 == "SWITCHBOARD_ROUTE" {print $7}' "$jar")"
admin_page() { curl -sS -o "$work/page" -w '%{http_code} %{redirect_url}' -b "$jar" -c "$jar" "$LB/switchboard/admin/index.xhtml"; }
answer="$(admin_page)"
if [[ "$answer" == "200 " ]] && ! grep -q 'Sign in to the admin' "$work/page"; then
  ok "signed in through the balancer, pinned to ${route:-?} (i1 = instance 1, i2 = instance 2)"
else
  fail "admin page after sign-in answered $answer"
fi

say "Created on instance 1, read on instance 2"
queue_name="Cluster check $(date +%s%N)"
created="$("${api[@]}" -X POST "$A/switchboard/api/v1/queues" -d "{\"name\":\"$queue_name\"}")"
queue_id="$(grep -o '"id":[0-9]*' <<< "$created" | head -1 | cut -d: -f2)"
if [[ -n "$queue_id" ]] && "${api[@]}" "$B/switchboard/api/v1/queues/$queue_id" | grep -q "\"$queue_name\""; then
  ok "queue $queue_id made on instance 1 is read on instance 2"
else
  fail "queue made on instance 1 ($created) not read on instance 2"
fi

# poll URL PATTERN: milliseconds until URL's answer matches PATTERN (gives up after 5 s: prints 5000+)
poll() {
  local url="$1" pattern="$2" start
  start=$(now_ms)
  while (($(now_ms) - start < 5000)); do
    if "${api[@]}" "$url" | grep -q "$pattern"; then echo $(($(now_ms) - start)); return; fi
    sleep 0.05
  done
  echo "5000+"
}

say "A setting changed on instance 1, seen on instance 2"
for zone in Europe/Paris America/New_York; do
  "${api[@]}" "$B/switchboard/api/v1/settings" > /dev/null # instance 2 has the old value cached
  # PUT replaces every setting: instance 1's current ones with the time zone changed.
  body="$("${api[@]}" "$A/switchboard/api/v1/settings" | sed "s|\"timeZone\":\"[^\"]*\"|\"timeZone\":\"$zone\"|")"
  code="$("${api[@]}" -o /dev/null -w '%{http_code}' -X PUT "$A/switchboard/api/v1/settings" -d "$body")"
  [[ "$code" == 200 ]] || fail "settings PUT on instance 1 answered $code"
  ms="$(poll "$B/switchboard/api/v1/settings" "\"timeZone\":\"$zone\"")"
  if [[ "$ms" != *+ ]] && ((ms <= 1000)); then ok "time zone $zone on instance 2 after $ms ms"; else fail "time zone $zone on instance 2 after $ms ms"; fi
done

say "An API key made on instance 1 works on instance 2; revoked on 1, refused on 2"
key_json="$("${api[@]}" -X POST "$A/switchboard/api/v1/api-keys" -d "{\"name\":\"cluster check $(date +%s%N)\",\"roles\":[\"MANAGER\"]}")"
key_id="$(grep -o '"id":[0-9]*' <<< "$key_json" | head -1 | cut -d: -f2)"
token="$(grep -o '"token":"[^"]*"' <<< "$key_json" | head -1 | cut -d'"' -f4)"
if [[ -n "$token" ]]; then
  code="$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$B/switchboard/api/v1/queues")"
  [[ "$code" == 200 ]] && ok "new key accepted on instance 2" || fail "new key answered $code on instance 2"
  "${api[@]}" -X DELETE "$A/switchboard/api/v1/api-keys/$key_id" > /dev/null
  start=$(now_ms) refused=""
  while (($(now_ms) - start < 5000)); do
    code="$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$B/switchboard/api/v1/queues")"
    [[ "$code" == 401 ]] && { refused=$(($(now_ms) - start)); break; }
    sleep 0.05
  done
  if [[ -n "$refused" ]] && ((refused <= 1000)); then ok "revoked key refused on instance 2 after $refused ms"; else fail "revoked key still accepted on instance 2 after ${refused:-5000+} ms"; fi
else
  fail "no API key made: $key_json"
fi

say "A batch job started on instance 1, seen on instance 2"
execution="$("${api[@]}" -X POST -D - -o /dev/null "$A/switchboard/api/v1/companion/reply-index/rebuild" \
  | grep -i '^X-Job-Execution:' | tr -dc '0-9')"
if [[ -n "$execution" ]]; then
  ms="$(poll "$B/switchboard/api/v1/companion/reply-index" "\"executionId\":$execution[,}]")"
  if [[ "$ms" != *+ ]]; then
    ok "execution $execution (instance 1) read on instance 2: $("${api[@]}" "$B/switchboard/api/v1/companion/reply-index")"
  else
    fail "execution $execution not seen on instance 2: $("${api[@]}" "$B/switchboard/api/v1/companion/reply-index")"
  fi
else
  fail "no batch job started on instance 1"
fi

say "kill -9 of the instance holding the admin session"
victim=1
[[ "$route" == i2 ]] && victim=2
"${cluster[@]}" kill-instance "$victim"
start=$(now_ms) answered=0 errors=0
for _ in $(seq 1 40); do
  code="$(curl -sS -o /dev/null -w '%{http_code}' "$LB/health/ready" || true)"
  if [[ "$code" == 200 ]]; then answered=$((answered + 1)); else errors=$((errors + 1)); fi
  sleep 0.1
done
if ((errors == 0)); then ok "balancer answered $answered of 40 readiness requests over 4 s after the kill, none failed"; else fail "$errors of 40 requests to the balancer failed after the kill"; fi
answer="$(admin_page)"
if [[ "$answer" == "200 " ]] && ! grep -q 'Sign in to the admin' "$work/page"; then
  ok "the admin session is still signed in, now on instance $((3 - victim))"
else
  fail "admin page after the kill answered $answer (signed out?)"
fi
"${cluster[@]}" status

say "$( ((failures == 0)) && echo "All checks passed" || echo "$failures checks FAILED")"
exit $((failures == 0 ? 0 : 1))
