#!/usr/bin/env bash
# A throwaway Switchboard server for load runs, on ports and a database schema of its own (never 4848/8080, never
# the -Prun or test servers' data): payara-config/server.sh with a fresh domain each `up`.
#
#   benchmarks/server.sh up     fresh domain switchboard-bench-$PORT_BASE in ear/target/bench-domains, deploy, wait
#   benchmarks/server.sh down   stop it
#
# Needs ear/target/switchboard.ear and the unpacked Payara Server (README, "Benchmarks"). Environment: PORT_BASE
# (admin +48, HTTP +80; default 29000), DB (postgresql, default, or h2), DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD
# (default 127.0.0.1 5432 test postgres, empty), DB_SCHEMA (default switchboard_bench, dropped and recreated).
# The admin's password is written to ear/target/bench-admin-password.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PORT_BASE="${PORT_BASE:-29000}"
export PAYARA_HOME="$root/ear/target/payara6"
export DOMAIN_DIR="$root/ear/target/bench-domains"
export DOMAIN_NAME="switchboard-bench-$PORT_BASE"
export EAR="$root/ear/target/switchboard.ear"
export PG_DRIVER_JAR="$root/ear/target/server-lib/postgresql.jar"
export DB="${DB:-postgresql}" DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-5432}" DB_NAME="${DB_NAME:-test}"
export DB_USER="${DB_USER:-postgres}" DB_PASSWORD="${DB_PASSWORD:-}" DB_SCHEMA="${DB_SCHEMA:-switchboard_bench}"
export FRESH=true ADMIN_PASSWORD_FILE="$root/ear/target/bench-admin-password"
# Flight Recorder keeps 64 frames of a stack by default: a request through Grizzly, Jersey, Weld, the EJB container
# and EclipseLink is deeper, and the frames that tell whose work it is were cut off.
export EXTRA_JVM_OPTIONS="${EXTRA_JVM_OPTIONS:--XX:FlightRecorderOptions=stackdepth=256}"

case "${1:-}" in
  up)
    [[ -x "$PAYARA_HOME/bin/asadmin" ]] || { echo "No Payara Server in $PAYARA_HOME: see README, Benchmarks" >&2; exit 2; }
    exec "$root/payara-config/server.sh" up ;;
  down) exec "$root/payara-config/server.sh" down ;;
  *) echo "usage: $0 up|down" >&2; exit 2 ;;
esac
