#!/usr/bin/env bash
# Runs Switchboard on Payara Server: creates and configures the domain (asadmin only, no domain.xml edits),
# starts it, points jdbc/switchboard at the chosen database, deploys the EAR and waits until it answers.
#
#   server.sh up     create if missing, start, configure the database, (re)deploy, wait, print the URLs
#   server.sh down   stop the domain
#
# ear/pom.xml sets the environment: PAYARA_HOME DOMAIN_DIR DOMAIN_NAME EAR, and optionally PORT_BASE (otherwise
# 4848/8080), FRESH=true (delete the domain first), DB=h2|postgresql with DB_HOST DB_PORT DB_NAME DB_USER
# DB_PASSWORD DB_SCHEMA, PG_DRIVER_JAR, ADMIN_PASSWORD_FILE (tests: choose the admin's password and write it there),
# PAYARA_PASSWORD_FILE (where the Payara admin console's password is kept; default beside the domain).
#
# The Payara admin console (and asadmin) needs the user admin and a password generated when the domain is created,
# printed once and kept owner-only in PAYARA_PASSWORD_FILE in asadmin's format (AS_ADMIN_PASSWORD=...), so that
# this script, -Pstop and redeploys never prompt. A domain created before that (no file yet) gets one at its next up.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${PAYARA_HOME:?}" "${DOMAIN_DIR:?}" "${DOMAIN_NAME:?}"
asadmin="$PAYARA_HOME/bin/asadmin"
domain="$DOMAIN_DIR/$DOMAIN_NAME"
if [[ -n "${PORT_BASE:-}" ]]; then
  admin_port=$((PORT_BASE + 48)); http_port=$((PORT_BASE + 80))
else
  admin_port=4848; http_port=8080
fi
password_file="${PAYARA_PASSWORD_FILE:-$DOMAIN_DIR/$DOMAIN_NAME-admin-password}"
remote=("$asadmin" --interactive=false --host 127.0.0.1 --port "$admin_port" --user admin --passwordfile "$password_file")
new_console_password=""

log() { printf '[switchboard] %s\n' "$*"; }

is_running() {
  "$asadmin" list-domains --domaindir "$DOMAIN_DIR" 2>/dev/null | grep -q "^$DOMAIN_NAME running"
}

stop_domain() {
  if [[ -d "$domain" ]] && [[ -x "$asadmin" ]] && is_running; then
    log "Stopping domain $DOMAIN_NAME"
    "$asadmin" stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN_NAME" >/dev/null
  fi
}

# Writes the console password in asadmin's password-file format, readable by this user only.
write_password_file() {
  mkdir -p "$(dirname "$password_file")"
  (umask 077; rm -f "$password_file"; printf 'AS_ADMIN_PASSWORD=%s\n' "$1" > "$password_file")
  chmod 600 "$password_file"
  new_console_password="$1"
}

create_domain() {
  log "Creating domain $DOMAIN_NAME in $DOMAIN_DIR"
  mkdir -p "$DOMAIN_DIR"
  local ports=()
  [[ -n "${PORT_BASE:-}" ]] && ports=(--portbase "$PORT_BASE")
  write_password_file "$(java "$here/tools/RandomPassword.java")"
  "$asadmin" --interactive=false --user admin --passwordfile "$password_file" create-domain \
    --domaindir "$DOMAIN_DIR" "${ports[@]}" "$DOMAIN_NAME" >/dev/null
}

# A domain created without a console password (before this script set one) gets one now; it must be running.
secure_console() {
  [[ -f "$password_file" ]] && return
  log "Setting a password for the Payara admin console of the existing domain"
  local password change
  password="$(java "$here/tools/RandomPassword.java")"
  change="$(umask 077; mktemp)"
  printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$password" > "$change"
  if ! "$asadmin" --interactive=false --host 127.0.0.1 --port "$admin_port" --user admin --passwordfile "$change" \
    change-admin-password >/dev/null; then
    rm -f "$change"
    log "WARNING: could not set a console password; the console stays open on loopback until the domain is recreated"
    remote=("$asadmin" --interactive=false --host 127.0.0.1 --port "$admin_port")
    return
  fi
  rm -f "$change"
  write_password_file "$password"
}

start_domain() {
  local preboot=()
  [[ "${1:-}" == first ]] && preboot=(--prebootcommandfile "$here/preboot.asadmin")
  log "Starting domain $DOMAIN_NAME"
  # The server inherits this environment: SWITCHBOARD_ADMIN_PASSWORD reaches MicroProfile Config.
  "$asadmin" start-domain --domaindir "$DOMAIN_DIR" "${preboot[@]}" "$DOMAIN_NAME" >/dev/null
}

# jdbc/switchboard: embedded H2 (in the domain, kept across restarts) or a PostgreSQL pool.
configure_database() {
  local stamp_file="$domain/switchboard-database" wanted
  # The leading tag changes when the pool's settings do, so that an existing domain gets the new pool.
  # Both pools: no SQL trace listener. Payara's default one (SilentSqlTraceListener) records nothing, but it makes the
  # pool hand out proxies that trace every JDBC call: about 3% of the server's CPU on an inbound message. "null" is
  # the value the pool reads as none (an empty value still installs the tracing).
  wanted="pool-3|${DB:-h2}|${DB_HOST:-}|${DB_PORT:-}|${DB_NAME:-}|${DB_USER:-}|${DB_PASSWORD:-}|${DB_SCHEMA:-}"
  if [[ -f "$stamp_file" && "$(cat "$stamp_file")" == "$wanted" ]]; then
    return
  fi
  log "Pointing jdbc/switchboard at ${DB:-h2}"
  if "${remote[@]}" list-applications 2>/dev/null | grep -q '^switchboard '; then
    "${remote[@]}" undeploy switchboard >/dev/null
  fi
  "${remote[@]}" delete-jdbc-resource jdbc/switchboard >/dev/null 2>&1 || true
  "${remote[@]}" delete-jdbc-connection-pool switchboard-pool >/dev/null 2>&1 || true
  case "${DB:-h2}" in
    h2)
      # Payara's own H2, in PostgreSQL mode so that one set of migrations serves both databases.
      "${remote[@]}" create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource \
        --restype javax.sql.DataSource --sqltracelisteners null \
        --property 'URL=jdbc\:h2\:${com.sun.aas.instanceRoot}/lib/databases/switchboard;MODE\=PostgreSQL;DATABASE_TO_LOWER\=TRUE;DEFAULT_NULL_ORDERING\=HIGH;LOCK_TIMEOUT\=10000' \
        switchboard-pool >/dev/null
      ;;
    postgresql)
      : "${PG_DRIVER_JAR:?}"
      if ! "${remote[@]}" list-libraries 2>/dev/null | grep -q 'postgresql.jar'; then
        log "Installing the PostgreSQL driver"
        "${remote[@]}" add-library "$PG_DRIVER_JAR" >/dev/null
      fi
      if [[ -n "${DB_SCHEMA:-}" ]]; then
        log "Resetting schema $DB_SCHEMA"
        java -cp "$PG_DRIVER_JAR" "$here/tools/ResetSchema.java" \
          "jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" "$DB_USER" "${DB_PASSWORD:-}" "$DB_SCHEMA"
      fi
      local props="serverName=$DB_HOST:portNumber=$DB_PORT:databaseName=$DB_NAME:user=$DB_USER"
      # Payara wants a password property even for trust authentication; "()" is its empty string.
      props="$props:password=${DB_PASSWORD:-()}"
      [[ -n "${DB_SCHEMA:-}" ]] && props="$props:currentSchema=$DB_SCHEMA"
      "${remote[@]}" create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
        --restype javax.sql.DataSource --sqltracelisteners null \
        --isconnectvalidatereq=true --validationmethod=custom-validation \
        --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation --failconnection=true \
        --validateatmostonceperiod=1 --property "$props" switchboard-pool >/dev/null
      ;;
    *) echo "Unknown database '$DB': use h2 or postgresql" >&2; exit 2 ;;
  esac
  "${remote[@]}" create-jdbc-resource --connectionpoolid switchboard-pool jdbc/switchboard >/dev/null
  "${remote[@]}" ping-connection-pool switchboard-pool >/dev/null
  echo "$wanted" > "$stamp_file"
}

# mail/switchboard: the SMTP server workflow emails go through (README, "Configuration"), from SWITCHBOARD_MAIL_HOST,
# _PORT (or _PORT_OFFSET from PORT_BASE: the test domain), _TLS (starttls, ssl or none) and _USER. The password is
# not written here: the application reads SWITCHBOARD_MAIL_PASSWORD itself. Recreated when a setting changes.
configure_mail() {
  local stamp_file="$domain/switchboard-mail" host="${SWITCHBOARD_MAIL_HOST:-localhost}"
  local port="${SWITCHBOARD_MAIL_PORT:-25}" tls="${SWITCHBOARD_MAIL_TLS:-starttls}" user="${SWITCHBOARD_MAIL_USER:-}"
  if [[ -n "${SWITCHBOARD_MAIL_PORT_OFFSET:-}" && -n "${PORT_BASE:-}" ]]; then
    port=$((PORT_BASE + SWITCHBOARD_MAIL_PORT_OFFSET))
  fi
  local wanted="$host|$port|$tls|$user"
  if [[ -f "$stamp_file" && "$(cat "$stamp_file")" == "$wanted" ]]; then
    return
  fi
  log "Pointing mail/switchboard at $host:$port ($tls)"
  local props="mail.smtp.port=$port:mail.smtp.connectiontimeout=5000:mail.smtp.timeout=15000"
  props="$props:mail.smtp.writetimeout=15000"
  case "$tls" in
    starttls) props="$props:mail.smtp.starttls.enable=true:mail.smtp.starttls.required=true" ;;
    ssl) props="$props:mail.smtp.ssl.enable=true:mail.smtp.ssl.checkserveridentity=true" ;;
    none) ;;
    *) echo "Unknown SWITCHBOARD_MAIL_TLS '$tls': use starttls, ssl or none" >&2; exit 2 ;;
  esac
  [[ -n "$user" ]] && props="$props:mail.smtp.auth=true:mail.smtp.user=$user"
  "${remote[@]}" delete-javamail-resource mail/switchboard >/dev/null 2>&1 || true
  "${remote[@]}" create-javamail-resource --mailhost "$host" --mailuser "${user:-switchboard}" \
    --fromaddress "switchboard@$host" --property "$props" mail/switchboard >/dev/null
  echo "$wanted" > "$stamp_file"
}

up() {
  : "${EAR:?}"
  [[ -f "$EAR" ]] || { echo "No EAR at $EAR: build it first" >&2; exit 2; }
  if [[ "${FRESH:-false}" == true ]]; then
    stop_domain
    rm -rf "$domain"
    # A throwaway (test) server that failed to come up is not left running.
    trap 'stop_domain' ERR
  fi
  if [[ -n "${ADMIN_PASSWORD_FILE:-}" ]]; then
    SWITCHBOARD_ADMIN_PASSWORD="$(java "$here/tools/RandomPassword.java")"
    export SWITCHBOARD_ADMIN_PASSWORD
    printf '%s' "$SWITCHBOARD_ADMIN_PASSWORD" > "$ADMIN_PASSWORD_FILE"
  fi
  local started=$SECONDS
  if [[ ! -d "$domain" ]]; then
    create_domain
    start_domain first
    log "Configuring the new domain from payara-config/domain.asadmin"
    "${remote[@]}" multimode --file "$here/domain.asadmin" >/dev/null
    # Its own data-grid name: the test server and the -Prun server never form one cluster.
    "${remote[@]}" set "hazelcast-runtime-configuration.cluster-group-name=$DOMAIN_NAME" >/dev/null
    # EXTRA_JVM_OPTIONS (space-separated): this domain's own, such as the benchmark's deeper Flight Recorder stacks;
    # asadmin splits options at ':', so each is escaped.
    for option in ${EXTRA_JVM_OPTIONS:-}; do
      "${remote[@]}" create-jvm-options "${option//:/\\:}" >/dev/null
    done
    "$asadmin" restart-domain --domaindir "$DOMAIN_DIR" "$DOMAIN_NAME" >/dev/null
  elif ! is_running; then
    start_domain
    # The server loads the deployed EAR after start-domain returns; redeploying meanwhile breaks both loads.
    if "${remote[@]}" list-applications 2>/dev/null | grep -q '^switchboard '; then
      java "$here/tools/AwaitReady.java" "http://127.0.0.1:$http_port/switchboard/index.html" 120 \
        || log "The deployed EAR did not come up at start; deploying the new one anyway"
    fi
  fi
  log "Domain up in $((SECONDS - started)) s"
  secure_console
  configure_database
  configure_mail
  local deploying=$SECONDS log_size=0
  [[ -f "$domain/logs/server.log" ]] && log_size=$(stat -c %s "$domain/logs/server.log")
  log "Deploying $EAR"
  "${remote[@]}" deploy --force=true --name switchboard "$EAR" >/dev/null
  java "$here/tools/AwaitReady.java" "http://127.0.0.1:$http_port/health/ready" 120
  log "Deployed in $((SECONDS - deploying)) s"
  local base="http://localhost:$http_port"
  cat <<URLS

  Switchboard is running (domain $DOMAIN_NAME, database ${DB:-h2})
    Admin     $base/switchboard/admin/
    API       $base/switchboard/api/v1
    OpenAPI   $base/openapi
    Health    $base/health
    Metrics   $base/metrics
    Server    http://localhost:$admin_port (Payara admin console: user admin, password in $password_file)
    Log       $domain/logs/server.log
URLS
  if [[ -n "$new_console_password" ]]; then
    echo "    Payara admin console: user admin, password $new_console_password (generated now, shown once)"
  fi
  local generated
  # Only a password generated by this deployment (the first start on an empty database) is shown.
  generated="$(tail -c +$((log_size + 1)) "$domain/logs/server.log" 2>/dev/null \
    | grep -o 'Created user admin with the generated password: [^ ]*' | tail -1 || true)"
  if [[ -n "$generated" ]]; then
    echo "    Sign in as admin with the password ${generated##*: } (generated now, shown once)"
  fi
  echo
}

case "${1:-}" in
  up) up ;;
  down) stop_domain ;;
  *) echo "usage: $0 up|down" >&2; exit 2 ;;
esac
