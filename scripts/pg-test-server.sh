#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (a CTest fixture: tests/store/CMakeLists.txt).
#   scripts/pg-test-server.sh start STATE   initdb into a new folder under /tmp, start it on a free local port with its
#                                           unix socket in that folder, and write STATE (a shell file: PGHOST, PGPORT,
#                                           PGUSER, PGPASSWORD, DIR). Without PostgreSQL it writes UNAVAILABLE=reason
#                                           instead and succeeds, so the tests can skip saying why.
#   scripts/pg-test-server.sh stop STATE    stop the server and remove its folder (also after failed tests: CTest runs
#                                           fixture cleanups whatever the tests did).
# The server runs as the current user, or, for root (CI), as the unprivileged account funnelscope-pg, created when
# missing: PostgreSQL refuses to run as root.
set -euo pipefail
action=${1:-}
state=${2:-}
if [[ -z $action || -z $state ]]; then
    echo "usage: scripts/pg-test-server.sh start|stop STATE_FILE" >&2
    exit 2
fi

bindir=""
for candidate in "${FUNNELSCOPE_PG_BINDIR:-}" /usr/lib/postgresql/*/bin; do
    if [[ -n $candidate && -x $candidate/initdb && -x $candidate/pg_ctl ]]; then bindir=$candidate; fi
done
if [[ -z $bindir ]] && command -v initdb > /dev/null && command -v pg_ctl > /dev/null; then
    bindir=$(dirname "$(command -v initdb)")
fi

# as_server COMMAND...: runs a command as the account the server runs as.
server_user=""
if [[ $(id -u) -eq 0 ]]; then server_user=funnelscope-pg; fi
as_server() {
    if [[ -n $server_user ]]; then
        runuser -u "$server_user" -- "$@"
    else
        "$@"
    fi
}

stop() {
    [[ -f $state ]] || return 0
    local DIR="" UNAVAILABLE=""
    # shellcheck disable=SC1090
    source "$state"
    if [[ -n $DIR && -d $DIR ]]; then
        if [[ -n $bindir && -f $DIR/data/postmaster.pid ]]; then
            as_server "$bindir/pg_ctl" -D "$DIR/data" -m immediate -w -t 30 stop > /dev/null 2>&1 || true
        fi
        rm -rf "$DIR"
    fi
    rm -f "$state"
}

unavailable() {
    printf 'UNAVAILABLE=%q\n' "$1" > "$state"
    echo "pg-test-server: $1" >&2
    exit 0
}

case $action in
stop)
    stop
    exit 0
    ;;
start) ;;
*)
    echo "usage: scripts/pg-test-server.sh start|stop STATE_FILE" >&2
    exit 2
    ;;
esac

stop # a server an earlier run left behind
mkdir -p "$(dirname "$state")"
if [[ -z $bindir ]]; then
    unavailable "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or on PATH; install Debian's postgresql (scripts/install-deps.sh)"
fi
if [[ -n $server_user ]] && ! id "$server_user" > /dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$server_user" ||
        unavailable "running as root, and cannot create the unprivileged account $server_user to run PostgreSQL"
fi

dir=$(mktemp -d /tmp/funnelscope-pg.XXXXXX)
chmod 700 "$dir"
# The folder is written before the server starts, so that stop removes it whatever happens next.
printf 'DIR=%q\n' "$dir" > "$state"
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" > "$dir/pwfile"
if [[ -n $server_user ]]; then chown -R "$server_user" "$dir"; fi
if ! as_server "$bindir/initdb" -D "$dir/data" -U funnelscope -E UTF8 --locale=C --no-sync \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/pwfile" > "$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    stop
    echo "pg-test-server: initdb failed" >&2
    exit 1
fi
rm -f "$dir/pwfile"

# A free port: a random one in the dynamic range, another when it is taken (other builds may run servers too).
for _ in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 30000))
    if as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start > /dev/null 2>&1; then
        {
            printf 'DIR=%q\n' "$dir"
            printf 'PGHOST=127.0.0.1\nPGPORT=%s\nPGUSER=funnelscope\n' "$port"
            printf 'PGPASSWORD=%q\n' "$password"
            printf 'PGSOCKET=%q\n' "$dir"
        } > "$state"
        echo "pg-test-server: $("$bindir/postgres" --version) on 127.0.0.1:$port ($dir)"
        exit 0
    fi
done
cat "$dir/server.log" >&2 || true
stop
echo "pg-test-server: the server did not start on any of 10 ports" >&2
exit 1
