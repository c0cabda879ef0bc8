#!/usr/bin/env bash
# Install Virtuoso Open Source (Debian package) and start/stop a private, throw-away instance
# for kg's backend tests. Nothing here touches the system-wide Virtuoso service.
#
#   scripts/install-virtuoso.sh install            apt-get install virtuoso-opensource (root)
#   scripts/install-virtuoso.sh start DIR HTTPPORT [SQLPORT]
#                                                   new database in DIR, HTTP on 127.0.0.1:HTTPPORT,
#                                                   SPARQL update granted to the SPARQL user
#   scripts/install-virtuoso.sh stop DIR            stop the instance started in DIR
#   scripts/install-virtuoso.sh version             print the server version
#
# The tests (tests/fixtures_backends.py) call `start`/`stop` themselves when virtuoso-t exists.
set -euo pipefail

VIRTUOSO_T="${VIRTUOSO_T:-$(command -v virtuoso-t || true)}"
ISQL="${ISQL:-$(command -v isql-vt || command -v isql || true)}"

die() { echo "install-virtuoso.sh: $*" >&2; exit 1; }

cmd_install() {
    if [ -n "$VIRTUOSO_T" ]; then echo "virtuoso-t already installed: $VIRTUOSO_T"; return; fi
    [ "$(id -u)" = 0 ] || die "run as root (apt-get needs it), or install virtuoso-opensource yourself"
    export DEBIAN_FRONTEND=noninteractive
    # The package asks for a DBA password through debconf; pre-seed it so the install is unattended.
    # It only protects the system-wide database, which the tests never use.
    echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba" | debconf-set-selections || true
    echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba" | debconf-set-selections || true
    apt-get update -q
    apt-get install -y -q --no-install-recommends virtuoso-opensource
    # The tests start their own instance; keep the system service from holding ports 1111/8890.
    if command -v service >/dev/null; then service virtuoso-opensource-7 stop >/dev/null 2>&1 || true; fi
    command -v virtuoso-t >/dev/null || die "virtuoso-t missing after the install"
    virtuoso-t -? 2>&1 | head -2 || true
}

cmd_version() {
    [ -n "$VIRTUOSO_T" ] || die "virtuoso-t not installed (run: $0 install)"
    "$VIRTUOSO_T" -? 2>&1 | grep -m1 -i version || true
}

cmd_start() {
    local dir="${1:?DIR}" http="${2:?HTTPPORT}" sql="${3:-}"
    [ -n "$VIRTUOSO_T" ] || die "virtuoso-t not installed (run: $0 install)"
    [ -n "$ISQL" ] || die "isql-vt not installed (part of virtuoso-opensource)"
    if [ -z "$sql" ]; then sql=$((http + 1)); fi
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile    = $dir/virtuoso.db
ErrorLogFile    = $dir/virtuoso.log
LockFile        = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel   = 7
FileExtend      = 200
MaxCheckpointRemap = 2000
Striping        = 0
TempStorage     = TempDatabase

[TempDatabase]
DatabaseFile    = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping        = 0

[Parameters]
ServerPort      = 127.0.0.1:$sql
LiteMode        = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
DirsAllowed     = ., $dir
ThreadCleanupInterval = 0
ResourcesCleanupInterval = 0
SchedulerInterval = 10
ServerThreads   = 10

[HTTPServer]
ServerPort      = 127.0.0.1:$http
ServerRoot      = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 5
ServerThreads   = 5
EnabledDavVSP   = 0
HTTPProxyEnabled = 0

[Client]
SQL_PREFETCH_ROWS = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
DefaultQuery    = select distinct ?Concept where {[] a ?Concept} LIMIT 100
DeferInferenceRulesInit = 0
MaxSortedTopRows = 10000
INI
    (cd "$dir" && exec "$VIRTUOSO_T" +configfile "$dir/virtuoso.ini" +foreground \
        > "$dir/stdout.log" 2>&1 < /dev/null) &
    echo $! > "$dir/virtuoso.pid"
    # Wait (bounded) until the SQL port answers, then allow SPARQL updates for the SPARQL user.
    local i
    for i in $(seq 1 120); do
        if "$ISQL" "127.0.0.1:$sql" dba dba exec="status();" >/dev/null 2>&1; then break; fi
        if ! kill -0 "$(cat "$dir/virtuoso.pid")" 2>/dev/null; then
            cat "$dir/stdout.log" "$dir/virtuoso.log" >&2 2>/dev/null || true
            die "virtuoso-t exited during start-up"
        fi
        sleep 0.5
    done
    "$ISQL" "127.0.0.1:$sql" dba dba exec="GRANT SPARQL_UPDATE TO \"SPARQL\"; GRANT EXECUTE ON DB.DBA.SPARQL_INSERT_DICT_CONTENT TO \"SPARQL\"; GRANT EXECUTE ON DB.DBA.SPARQL_DELETE_DICT_CONTENT TO \"SPARQL\"; GRANT EXECUTE ON DB.DBA.L_O_LOOK TO \"SPARQL\"; GRANT EXECUTE ON DB.DBA.SPARUL_RUN TO \"SPARQL\"; GRANT EXECUTE ON DB.DBA.SPARQL_CONSTRUCT_ACC TO \"SPARQL\"; GRANT EXECUTE ON DB.DBA.SPARQL_CONSTRUCT_FIN TO \"SPARQL\"; GRANT EXECUTE ON DB.DBA.SPARQL_CONSTRUCT_INIT TO \"SPARQL\";" >/dev/null \
        || die "could not grant SPARQL_UPDATE (see $dir/virtuoso.log)"
    echo "virtuoso up: http://127.0.0.1:$http/sparql (pid $(cat "$dir/virtuoso.pid"), dir $dir)"
}

cmd_stop() {
    local dir="${1:?DIR}"
    [ -f "$dir/virtuoso.pid" ] || { echo "no instance in $dir"; return; }
    local pid; pid="$(cat "$dir/virtuoso.pid")"
    kill "$pid" 2>/dev/null || true
    local i
    for i in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$dir/virtuoso.pid"
}

case "${1:-}" in
    install) cmd_install ;;
    start) shift; cmd_start "$@" ;;
    stop) shift; cmd_stop "$@" ;;
    version) cmd_version ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
esac
