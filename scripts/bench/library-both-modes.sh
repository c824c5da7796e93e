#!/usr/bin/env bash
# The library search benchmark in both modes on one corpus (issue 12): the embedded Lucene default, then the
# clustered mode (Hibernate Search's Elasticsearch backend on one OpenSearch node, ADR library-03), one after the
# other on the same PostgreSQL data, with `uptime` before and after each. Loopback only; bounded by the request counts.
# Needs the built jar and test classes (./mvnw package -DskipTests), PostgreSQL on localhost:5432 with the migracap
# role. Not run by ./mvnw verify (docs/benchmarks.md, "Library search in the clustered mode").
#   DOCS (5000) documents generated, REQUESTS (1000) measured requests per run, PORT (8106), DB (migracap_bench_library2)
set -euo pipefail
cd "$(dirname "$0")/../.."
DOCS=${DOCS:-5000}; REQUESTS=${REQUESTS:-1000}; PORT=${PORT:-8106}; DB=${DB:-migracap_bench_library2}
WORK=$(mktemp -d /tmp/migracap-library-bench.XXXX)
source .mvn/wrapper/require-jdk.sh
set +f  # require-jdk.sh may leave globbing off
JAVA="$MIGRACAP_JDK/bin/java"
JAR=$(ls target/migracap-*.jar | grep -v plain | head -1)
[ -f target/reliability-classpath.txt ] || ./mvnw -B -ntp -q dependency:build-classpath \
  -Dmdep.outputFile=target/reliability-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/reliability-classpath.txt)"
OS_CP_FILE=$(pwd)/target/opensearch-node.classpath
[ -f "$OS_CP_FILE" ] || ./mvnw -B -ntp -q -f src/test/opensearch-node/pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$OS_CP_FILE"
OS_JAVA=$(ls -d /usr/lib/jvm/*-17-*/bin/java /usr/lib/jvm/*-21-*/bin/java 2>/dev/null | head -1 || true)
[ -n "$OS_JAVA" ] || OS_JAVA=$JAVA
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

export SPRING_PROFILES_ACTIVE=postgres MIGRACAP_DEMO=true MIGRACAP_INDEX_DIR=$WORK/index \
  SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$DB SPRING_DATASOURCE_USERNAME=migracap \
  SPRING_DATASOURCE_PASSWORD=migracap

start_app() { # $1 log name, rest: extra arguments
  local log=$WORK/$1.log; shift
  "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx2g -jar "$JAR" --server.port="$PORT" \
    "$@" > "$log" 2>&1 &
  app=$!; pids+=("$app")
  for _ in $(seq 400); do curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null && return 0; sleep 1; done
  echo "the application did not start: $log"; tail -30 "$log"; exit 1
}
wait_indexed() { # until the index holds the generated corpus
  for i in $(seq 900); do
    n=$(curl -s "http://localhost:$PORT/api/library/documents?size=1" | sed -n 's/.*"totalElements":\([0-9]*\).*/\1/p')
    # anonymous searches see the public ones: about 90 % of the generated corpus (10 % are confidential)
    [ "${n:-0}" -ge $(( DOCS * 85 / 100 )) ] && { echo "indexed: $n public documents found after ~${i} s"; return 0; }; sleep 1
  done
  echo "index not complete"; exit 1
}
stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; }

if [ "${ONLY_CLUSTERED:-}" != 1 ]; then  # ONLY_CLUSTERED=1: the corpus of a previous run, clustered mode only
runuser -u postgres -- dropdb --if-exists "$DB"
runuser -u postgres -- createdb -O migracap "$DB"
echo "== schema and demo data"; start_app schema; stop_app
echo "== generate $DOCS documents"
"$JAVA" -cp "$CP" org.migracap.library.benchmark.LibrarySearchBenchmark generate \
  "jdbc:postgresql://localhost:5432/$DB" migracap migracap "$DOCS"

echo "== embedded Lucene ($(uptime))"
start_app lucene; wait_indexed
"$JAVA" -cp "$CP" org.migracap.library.benchmark.LibrarySearchBenchmark load "http://localhost:$PORT" "$REQUESTS" 1
"$JAVA" -cp "$CP" org.migracap.library.benchmark.LibrarySearchBenchmark load "http://localhost:$PORT" "$REQUESTS" 1
echo "   after: $(uptime)"; stop_app
fi

echo "== OpenSearch node"
"$OS_JAVA" -Xms512m -Xmx512m -cp "$(cat "$OS_CP_FILE")" org.codelibs.opensearch.runner.OpenSearchRunner \
  -basePath "$WORK/opensearch" -numOfNode 1 -baseHttpPort 9240 -clusterName migracap-bench -printOnFailure \
  > "$WORK/opensearch.log" 2>&1 &
pids+=($!)
for _ in $(seq 300); do OS_PORT=$(sed -n 's/^HTTP Port: *\([0-9][0-9]*\).*/\1/p' "$WORK/opensearch.log" | head -1)
  [ -n "$OS_PORT" ] && curl -sf "http://127.0.0.1:$OS_PORT/_cluster/health" >/dev/null && break; sleep 1; done
echo "node on $OS_PORT"
echo "== clustered, OpenSearch ($(uptime))"
MIGRACAP_OPENSEARCH_HOSTS=127.0.0.1:$OS_PORT start_app clustered --spring.profiles.active=postgres,clustered
wait_indexed
"$JAVA" -cp "$CP" org.migracap.library.benchmark.LibrarySearchBenchmark load "http://localhost:$PORT" "$REQUESTS" 1
"$JAVA" -cp "$CP" org.migracap.library.benchmark.LibrarySearchBenchmark load "http://localhost:$PORT" "$REQUESTS" 1
echo "   after: $(uptime)"; stop_app
echo "logs in $WORK"
