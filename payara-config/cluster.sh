#!/usr/bin/env bash
# Scale-out on one machine: a Payara domain whose DAS manages a deployment group of two instances running Switchboard
# on PostgreSQL, with HAProxy in front (README, "Scale-out"). asadmin only: no domain.xml edits.
#
#   cluster.sh up                  create if missing, start DAS + group, (re)deploy to the group, start the balancer
#   cluster.sh down                stop the balancer, the group and the DAS
#   cluster.sh status              what runs, each instance's readiness, the balancer
#   cluster.sh kill-instance N     kill -9 instance N (1 or 2): a crash, nothing stopped cleanly
#   cluster.sh restart-instance N  a rolling restart's step: instance N out of the balancer (maintenance), its
#                                  requests finished, stopped, started, ready, back in (a stopped or killed instance
#                                  is started)
#   cluster.sh stop-instance N     instance N out of the balancer, then stopped cleanly
#   cluster.sh start-instance N    start instance N, wait until it serves the application, back in the balancer
#   cluster.sh lb                  (re)write the balancer's configuration and (re)start it
#   cluster.sh env                 the ports and URLs as shell variables (eval "$(cluster.sh env)")
#
# Environment (ear/pom.xml's -Pcluster sets the first ones; every one has a default for scripts):
#   PAYARA_HOME  EAR  PG_DRIVER_JAR
#   CLUSTER_DIR          where the domain lives (default ear/target/cluster: `clean` removes it with the server; the
#                        instances live in the node localhost-CLUSTER_DOMAIN, under PAYARA_HOME/glassfish/nodes)
#   CLUSTER_DOMAIN       domain name (switchboard-cluster); the data grid's cluster name too
#   CLUSTER_PORT_BASE    24000: DAS admin +48, DAS HTTP +80, DAS data grid member +90; instance N's port base is
#                        +N*100 (HTTP +N*100+80, e.g. 24180 and 24280; data grid member +N*100+90)
#   CLUSTER_LB_PORT      8090: HAProxy's one port; CLUSTER_LB_STATS_PORT (base+99) its statistics page
#   CLUSTER_FRESH=true   delete the domain and reset the database schemas first
#   DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD   PostgreSQL (127.0.0.1 5432 test postgres "")
#   DB_SCHEMA            switchboard_cluster (the application); the batch job repository is DB_SCHEMA_batch
#   ADMIN_PASSWORD_FILE  tests: choose the application admin's password (first start on an empty schema) and write
#                        it there
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
PAYARA_HOME="${PAYARA_HOME:-$root/ear/target/payara6}"
EAR="${EAR:-$root/ear/target/switchboard.ear}"
PG_DRIVER_JAR="${PG_DRIVER_JAR:-$root/ear/target/server-lib/postgresql.jar}"
CLUSTER_DIR="${CLUSTER_DIR:-$root/ear/target/cluster}"
CLUSTER_DOMAIN="${CLUSTER_DOMAIN:-switchboard-cluster}"
base="${CLUSTER_PORT_BASE:-24000}"
lb_port="${CLUSTER_LB_PORT:-8090}"
lb_stats_port="${CLUSTER_LB_STATS_PORT:-$((base + 99))}"
DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-5432}" DB_NAME="${DB_NAME:-test}" DB_USER="${DB_USER:-postgres}"
DB_PASSWORD="${DB_PASSWORD:-}"
DB_SCHEMA="${DB_SCHEMA:-switchboard_cluster}"
batch_schema="${DB_SCHEMA}_batch"

asadmin="$PAYARA_HOME/bin/asadmin"
domain="$CLUSTER_DIR/$CLUSTER_DOMAIN"
admin_port=$((base + 48))
das_http_port=$((base + 80))
grid_das_port=$((base + 90))
grid_start_port=$((base + 91))
group=switchboard-group
config=switchboard-config
node="localhost-$CLUSTER_DOMAIN"
instances=(switchboard-1 switchboard-2)
password_file="$CLUSTER_DIR/$CLUSTER_DOMAIN-admin-password"
lb_dir="$CLUSTER_DIR/haproxy"
lb_socket="$lb_dir/haproxy.sock"
# A static page of the application: answered only once the application is deployed and started.
app_probe=/switchboard/index.html
remote=("$asadmin" --interactive=false --host 127.0.0.1 --port "$admin_port" --user admin --passwordfile "$password_file")

instance_port_base() { echo $((base + $1 * 100)); }
instance_http_port() { echo $((base + $1 * 100 + 80)); }
instance_name() { echo "${instances[$(($1 - 1))]}"; }

log() { printf '[cluster] %s\n' "$*"; }

das_running() {
  [[ -x "$asadmin" ]] && "$asadmin" list-domains --domaindir "$CLUSTER_DIR" 2>/dev/null | grep -q "^$CLUSTER_DOMAIN running"
}

# The java process of instance N (its JVM runs with -Dcom.sun.aas.instanceRoot=<node dir>/<instance>).
instance_pid() {
  local name
  name="$(instance_name "$1")"
  pgrep -f -- "-Dcom.sun.aas.instanceRoot=[^ ]*/nodes/$node/$name( |$)" 2>/dev/null | tr '\n' ' ' | sed 's/ $//' || true
}

# Ready, and serving the application: an instance's /health/ready answers 200 before its applications are loaded
# (no readiness check is registered yet), and the application's paths answer 404 meanwhile.
await_ready() {
  java "$here/tools/AwaitReady.java" "http://127.0.0.1:$(instance_http_port "$1")/health/ready" "${2:-180}"
  java "$here/tools/AwaitReady.java" "http://127.0.0.1:$(instance_http_port "$1")$app_probe" "${2:-180}"
}

create_domain() {
  log "Creating domain $CLUSTER_DOMAIN in $CLUSTER_DIR (port base $base)"
  mkdir -p "$CLUSTER_DIR"
  (umask 077; rm -f "$password_file"
    printf 'AS_ADMIN_PASSWORD=%s\n' "$(java "$here/tools/RandomPassword.java")" > "$password_file")
  "$asadmin" --interactive=false --user admin --passwordfile "$password_file" create-domain \
    --domaindir "$CLUSTER_DIR" --portbase "$base" "$CLUSTER_DOMAIN" >/dev/null
}

start_das() {
  local preboot=()
  if [[ "${1:-}" == first ]]; then
    # preboot.asadmin, and the DAS's data grid member on loopback from its very first start.
    { cat "$here/preboot.asadmin"
      echo "set hazelcast-runtime-configuration.interface=127.0.0.1"
      echo "set hazelcast-runtime-configuration.das-bind-address=127.0.0.1"
      echo "set hazelcast-runtime-configuration.das-port=$grid_das_port"
      echo "set hazelcast-runtime-configuration.cluster-group-name=$CLUSTER_DOMAIN"
    } > "$CLUSTER_DIR/preboot.asadmin"
    preboot=(--prebootcommandfile "$CLUSTER_DIR/preboot.asadmin")
  fi
  log "Starting the DAS of $CLUSTER_DOMAIN"
  # A session of its own: the DAS (and the instances it starts) outlive the caller's process group.
  setsid "$asadmin" start-domain --domaindir "$CLUSTER_DIR" "${preboot[@]}" "$CLUSTER_DOMAIN" >/dev/null
}

reset_schemas() {
  local url="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" schema
  for schema in "$DB_SCHEMA" "$batch_schema"; do
    log "Resetting schema $schema"
    java -cp "$PG_DRIVER_JAR" "$here/tools/ResetSchema.java" "$url" "$DB_USER" "$DB_PASSWORD" "$schema"
  done
}

# No SQL trace listener: see server.sh's configure_database.
pg_pool() {
  local name="$1" schema="$2"
  local props="serverName=$DB_HOST:portNumber=$DB_PORT:databaseName=$DB_NAME:user=$DB_USER"
  props="$props:password=${DB_PASSWORD:-()}:currentSchema=$schema"
  "${remote[@]}" create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
    --restype javax.sql.DataSource --sqltracelisteners null --isconnectvalidatereq=true --validationmethod=meta-data \
    --validateatmostonceperiod=1 --property "$props" "$name" >/dev/null
}

# Once, on a new domain: the DAS configured like -Prun's, the data grid on loopback in domain discovery mode, the
# instances' shared configuration, the pools, the group and its two instances.
configure_domain() {
  log "Configuring the DAS from payara-config/domain.asadmin"
  "${remote[@]}" multimode --file "$here/domain.asadmin" >/dev/null
  # Members listed (TCP/IP discovery): no multicast, loopback only, own ports and name. Payara's domain discovery
  # cannot serve here: an instance told that the DAS is on 127.0.0.1 looks for it on the machine's network address
  # instead (DomainDiscoveryStrategy), where nothing of this cluster listens.
  "${remote[@]}" set-hazelcast-configuration --enabled=true --dynamic=false --clustermode=tcpip \
    --tcpipmembers="127.0.0.1:$grid_das_port,127.0.0.1:$((base + 190)),127.0.0.1:$((base + 290))" \
    --clustername="$CLUSTER_DOMAIN" --dasbindaddress=127.0.0.1 --daspublicaddress=127.0.0.1 \
    --dasport="$grid_das_port" --startport="$grid_start_port" --interfaces=127.0.0.1 >/dev/null
  log "Creating configuration $config, deployment group $group, instances ${instances[*]}"
  "${remote[@]}" copy-config default-config "$config" >/dev/null
  sed "s/@CONFIG@/$config/g" "$here/cluster.asadmin" > "$CLUSTER_DIR/cluster-config.asadmin"
  "${remote[@]}" multimode --file "$CLUSTER_DIR/cluster-config.asadmin" >/dev/null
  "${remote[@]}" create-deployment-group "$group" >/dev/null
  local n
  for n in 1 2; do
    # Its data grid member on its own port (otherwise the configuration's 5900 and up, shared by every domain).
    "${remote[@]}" create-instance --node "$node" --config "$config" --portbase "$(instance_port_base "$n")" \
      --checkports=true --systemproperties "HZ_LISTENER_PORT=$(($(instance_port_base "$n") + 90))" \
      "$(instance_name "$n")" >/dev/null
    "${remote[@]}" add-instance-to-deployment-group --instance "$(instance_name "$n")" --deploymentgroup "$group" \
      >/dev/null
  done
  log "PostgreSQL: jdbc/switchboard on $DB_SCHEMA, jdbc/switchboard-batch (batch job repository) on $batch_schema"
  "${remote[@]}" add-library "$PG_DRIVER_JAR" >/dev/null
  pg_pool switchboard-pool "$DB_SCHEMA"
  pg_pool switchboard-batch-pool "$batch_schema"
  "${remote[@]}" create-jdbc-resource --connectionpoolid switchboard-pool --target "$group" jdbc/switchboard >/dev/null
  "${remote[@]}" create-jdbc-resource --connectionpoolid switchboard-batch-pool --target "$group" \
    jdbc/switchboard-batch >/dev/null
  "${remote[@]}" set-batch-runtime-configuration --target "$config" --datasourcelookupname jdbc/switchboard-batch \
    >/dev/null
  log "Restarting the DAS (data grid settings)"
  setsid "$asadmin" restart-domain --domaindir "$CLUSTER_DIR" "$CLUSTER_DOMAIN" >/dev/null
}

# An answer the balancer gives itself (no instance ready, e.g. while the database is gone and every /health/ready
# says 503; or an instance failing after the retries) in the application's own shape: problem+json, Retry-After.
write_lb_error() {
  local code="$1" reason="$2" detail="$3"
  local body="{\"detail\":\"$detail\",\"status\":$code,\"title\":\"$reason\",\"type\":\"about:blank\"}"
  printf 'HTTP/1.1 %s %s\r\nContent-Type: application/problem+json;charset=UTF-8\r\nRetry-After: 5\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\nContent-Length: %s\r\n\r\n%s' \
    "$code" "$reason" "${#body}" "$body" > "$lb_dir/$code.http"
}

write_haproxy_config() {
  mkdir -p "$lb_dir"
  write_lb_error 503 "Service Unavailable" "No instance can serve this request right now; nothing was stored, retry shortly"
  write_lb_error 502 "Bad Gateway" "The instance serving this request failed; retry shortly"
  write_lb_error 504 "Gateway Timeout" "The instance serving this request did not answer in time; retry shortly"
  cat > "$lb_dir/haproxy.cfg" <<CFG
# Generated by payara-config/cluster.sh: do not edit (the next up rewrites it).
global
    pidfile $lb_dir/haproxy.pid
    maxconn 4096
    # The runtime API: cluster.sh takes an instance out (maintenance) before stopping it, and puts it back.
    stats socket $lb_socket mode 600 level admin

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # Server-sent events (live screens) hold a response open.
    timeout tunnel 1h
    # A request whose instance died under it (refused, reset, closed without an answer, a gateway error) is sent
    # again, to the other instance (redispatch). Safe for this API: a customer's message carries its
    # Idempotency-Key (a repeat is answered from the first result), every other write puts a state.
    retries 3
    retry-on conn-failure empty-response junk-response response-timeout 502 504
    option redispatch 1
    option http-server-close
    errorfile 503 $lb_dir/503.http
    errorfile 502 $lb_dir/502.http
    errorfile 504 $lb_dir/504.http

frontend switchboard
    bind 127.0.0.1:$lb_port
    default_backend instances

backend instances
    balance roundrobin
    # Sticky: the instance that served a client first is named in an inserted cookie; if it dies, the client moves
    # to the other instance, where the replicated session is found.
    cookie SWITCHBOARD_ROUTE insert indirect nocache httponly
    # Ready (the database answers) and serving the application (deployed and started).
    option httpchk
    http-check connect
    http-check send meth GET uri /health/ready
    http-check expect status 200
    http-check connect
    http-check send meth GET uri $app_probe
    http-check expect status 200
    # A check waits for its answer up to 5 s: under load an instance's requests queue behind each other, and a
    # 1 s check timeout took both instances out at once (HAProxy then answered 503 itself). A dead instance refuses
    # the connection at once: out after 3 failed checks, about 3 s (its requests meanwhile retried on the other).
    timeout check 5s
    default-server inter 1s fall 3 rise 2
CFG
  local n
  for n in 1 2; do
    printf '    server %s 127.0.0.1:%s check cookie i%s\n' "$(instance_name "$n")" "$(instance_http_port "$n")" "$n" \
      >> "$lb_dir/haproxy.cfg"
  done
  cat >> "$lb_dir/haproxy.cfg" <<CFG

listen stats
    bind 127.0.0.1:$lb_stats_port
    stats enable
    stats uri /
CFG
}

haproxy_bin() {
  if [[ -x /usr/sbin/haproxy ]]; then echo /usr/sbin/haproxy; return; fi
  if command -v haproxy >/dev/null; then command -v haproxy; return; fi
  log "Installing HAProxy from Debian's packages"
  local sudo=()
  [[ "$(id -u)" != 0 ]] && sudo=(sudo)
  "${sudo[@]}" apt-get install -y haproxy >/dev/null
  echo /usr/sbin/haproxy
}

lb_pid() {
  [[ -f "$lb_dir/haproxy.pid" ]] && kill -0 "$(cat "$lb_dir/haproxy.pid")" 2>/dev/null && cat "$lb_dir/haproxy.pid"
  return 0
}

start_lb() {
  local bin pid
  bin="$(haproxy_bin)"
  write_haproxy_config
  "$bin" -c -q -f "$lb_dir/haproxy.cfg"
  pid="$(lb_pid)"
  if [[ -n "$pid" ]]; then
    log "Reloading HAProxy"
    "$bin" -D -f "$lb_dir/haproxy.cfg" -sf "$pid"
  else
    log "Starting HAProxy on 127.0.0.1:$lb_port"
    "$bin" -D -f "$lb_dir/haproxy.cfg"
  fi
}

lb_command() {
  [[ -S "$lb_socket" && -n "$(lb_pid)" ]] || return 1
  echo "$1" | socat stdio "unix-connect:$lb_socket"
}

# Instance N out of the balancer: no new request reaches it (clients pinned to it by the cookie go to the other
# one), then up to 30 s for the requests it is serving to finish.
lb_disable() {
  local name waited=0
  name="$(instance_name "$1")"
  lb_command "set server instances/$name state maint" > /dev/null || return 0
  while (( waited < 300 )); do
    # show stat: the backend's line for the server; field 5 is its current sessions.
    [[ "$(lb_command "show stat" | awk -F, -v s="$name" '$1 == "instances" && $2 == s { print $5 }')" == 0 ]] && break
    sleep 0.1
    waited=$((waited + 1))
  done
  log "$name out of the balancer (in-flight requests finished after $((waited / 10)) s)"
}

lb_enable() {
  lb_command "set server instances/$(instance_name "$1") state ready" > /dev/null || true
}

stop_lb() {
  local pid
  pid="$(lb_pid)"
  if [[ -n "$pid" ]]; then
    log "Stopping HAProxy"
    kill "$pid"
    rm -f "$lb_dir/haproxy.pid"
  fi
}

up() {
  [[ -f "$EAR" ]] || { echo "No EAR at $EAR: build it first" >&2; exit 2; }
  [[ -x "$asadmin" ]] || { echo "No Payara at $PAYARA_HOME: build with -Pcluster first" >&2; exit 2; }
  local started=$SECONDS fresh=false
  if [[ "${CLUSTER_FRESH:-false}" == true ]]; then
    down
    rm -rf "$domain" "$PAYARA_HOME/glassfish/nodes/$node"
  fi
  if [[ -n "${ADMIN_PASSWORD_FILE:-}" ]]; then
    SWITCHBOARD_ADMIN_PASSWORD="$(java "$here/tools/RandomPassword.java")"
    export SWITCHBOARD_ADMIN_PASSWORD
    printf '%s' "$SWITCHBOARD_ADMIN_PASSWORD" > "$ADMIN_PASSWORD_FILE"
  fi
  if [[ ! -d "$domain" ]]; then
    fresh=true
    reset_schemas
    create_domain
    start_das first
    configure_domain
  elif ! das_running; then
    start_das
  fi
  log "Starting deployment group $group"
  "${remote[@]}" start-deployment-group "$group" >/dev/null || true
  log "DAS and group up in $((SECONDS - started)) s"
  local deploying=$SECONDS
  log "Deploying $EAR to $group"
  "${remote[@]}" deploy --force=true --name switchboard --target "$group" --availabilityenabled=true "$EAR" >/dev/null
  local n
  for n in 1 2; do await_ready "$n"; done
  log "Deployed and ready in $((SECONDS - deploying)) s"
  start_lb
  java "$here/tools/AwaitReady.java" "http://127.0.0.1:$lb_port/health/ready" 30
  print_urls "$fresh"
}

print_urls() {
  local lb="http://localhost:$lb_port"
  cat <<URLS

  Switchboard is running on two instances (domain $CLUSTER_DOMAIN, deployment group $group, PostgreSQL schema $DB_SCHEMA)
    Admin     $lb/switchboard/admin/
    API       $lb/switchboard/api/v1
    Health    $lb/health
    Balancer  $lb (HAProxy; statistics http://localhost:$lb_stats_port/)
    Instance  $(instance_name 1) http://localhost:$(instance_http_port 1)   $(instance_name 2) http://localhost:$(instance_http_port 2)
    Server    http://localhost:$admin_port (Payara admin console: user admin, password in $password_file)
    Logs      $PAYARA_HOME/glassfish/nodes/$node/<instance>/logs/server.log
URLS
  local generated
  generated="$(cat "$PAYARA_HOME"/glassfish/nodes/"$node"/*/logs/server.log 2>/dev/null \
    | grep -o 'Created user admin with the generated password: [^ ]*' | tail -1 || true)"
  if [[ "$1" == true && -n "$generated" ]]; then
    echo "    Sign in as admin with the password ${generated##*: } (generated now, shown once)"
    # The instances did not see SWITCHBOARD_ADMIN_PASSWORD (their environment is the DAS's node agent's): the file
    # gets the password they generated instead.
    [[ -n "${ADMIN_PASSWORD_FILE:-}" ]] && printf '%s' "${generated##*: }" > "$ADMIN_PASSWORD_FILE"
  fi
  echo
}

down() {
  stop_lb
  if das_running; then
    # Each running instance on its own: stop-deployment-group waits minutes for an instance killed with -9.
    local n
    for n in 1 2; do
      if [[ -n "$(instance_pid "$n")" ]]; then
        log "Stopping instance $(instance_name "$n")"
        timeout 120 "${remote[@]}" stop-instance "$(instance_name "$n")" >/dev/null 2>&1 || true
      fi
    done
    log "Stopping the DAS of $CLUSTER_DOMAIN"
    "$asadmin" stop-domain --domaindir "$CLUSTER_DIR" "$CLUSTER_DOMAIN" >/dev/null
  fi
  # Instances the DAS could not stop (it was down, say) are killed.
  local n pid
  for n in 1 2; do
    pid="$(instance_pid "$n")"
    if [[ -n "$pid" ]]; then
      log "Killing instance $(instance_name "$n") (pid $pid)"
      kill -9 $pid 2>/dev/null || true
    fi
  done
}

status() {
  if das_running; then echo "DAS $CLUSTER_DOMAIN: running (admin port $admin_port)"; else echo "DAS $CLUSTER_DOMAIN: stopped"; fi
  local n pid ready
  for n in 1 2; do
    pid="$(instance_pid "$n")"
    ready="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(instance_http_port "$n")/health/ready" || true)"
    echo "instance $n $(instance_name "$n"): pid ${pid:-none}, http $(instance_http_port "$n"), /health/ready $ready"
  done
  pid="$(lb_pid)"
  echo "haproxy: pid ${pid:-none}, http $lb_port, stats $lb_stats_port"
}

env_vars() {
  cat <<VARS
CLUSTER_LB_URL=http://127.0.0.1:$lb_port
CLUSTER_INSTANCE1_URL=http://127.0.0.1:$(instance_http_port 1)
CLUSTER_INSTANCE2_URL=http://127.0.0.1:$(instance_http_port 2)
CLUSTER_ADMIN_PORT=$admin_port
CLUSTER_LB_STATS_URL=http://127.0.0.1:$lb_stats_port
CLUSTER_DB_SCHEMA=$DB_SCHEMA
CLUSTER_PAYARA_PASSWORD_FILE=$password_file
VARS
}

instance_arg() {
  [[ "${1:-}" == 1 || "${1:-}" == 2 ]] || { echo "instance number: 1 or 2" >&2; exit 2; }
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  env) env_vars ;;
  lb) start_lb ;;
  kill-instance)
    instance_arg "${2:-}"
    pid="$(instance_pid "$2")"
    [[ -n "$pid" ]] || { echo "instance $2 is not running" >&2; exit 1; }
    log "kill -9 $(instance_name "$2") (pid $pid)"
    kill -9 $pid
    ;;
  stop-instance)
    instance_arg "${2:-}"
    lb_disable "$2"
    "${remote[@]}" stop-instance "$(instance_name "$2")" >/dev/null
    ;;
  start-instance | restart-instance)
    instance_arg "${2:-}"
    if [[ "$1" == restart-instance && -n "$(instance_pid "$2")" ]]; then
      # Stopped only once the balancer sends it nothing and its requests are answered: nothing is cut off.
      lb_disable "$2"
      "${remote[@]}" stop-instance "$(instance_name "$2")" >/dev/null
    fi
    # After a kill -9 the DAS may still count the instance as running: start it all the same. Under load a start
    # took 125 s on this 2-core machine, past start-instance's default 120 s: it waits up to 10 minutes.
    "${remote[@]}" start-instance --timeout 600 "$(instance_name "$2")" >/dev/null
    await_ready "$2"
    lb_enable "$2"
    log "$(instance_name "$2") ready and back in the balancer"
    ;;
  *) echo "usage: $0 up|down|status|env|lb|kill-instance N|stop-instance N|start-instance N|restart-instance N" >&2; exit 2 ;;
esac
