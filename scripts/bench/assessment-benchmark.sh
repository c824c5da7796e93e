#!/usr/bin/env bash
# Assessment benchmark (issue 3): generates 195 countries x 10 published cycles x 60 indicators in a PostgreSQL
# database, starts MigraCap on it, and measures the country profile and the comparison heatmap under load with wrk
# (32 concurrent connections), for the public and for a signed-in coordinator. Prints p50/p95/p99 per scenario, after
# warming every scenario up, and two reference scenarios (the health probe and the smallest page) for the ceiling.
# Not part of ./mvnw verify. Needs a JDK 21+, PostgreSQL, wrk (apt-get install wrk) and psql.
#
#   scripts/bench/assessment-benchmark.sh                 # generate, start, measure
#   SKIP_GENERATE=1 scripts/bench/assessment-benchmark.sh # reuse the data of a previous run
set -euo pipefail
cd "$(dirname "$0")/../.."

DB_HOST=${BENCH_DB_HOST:-localhost}
DB_NAME=${BENCH_DB_NAME:-migracap_bench_assessment}
DB_USER=${BENCH_DB_USER:-migracap}
DB_PASSWORD=${BENCH_DB_PASSWORD:-migracap}
PORT=${BENCH_PORT:-8101}
DURATION=${BENCH_DURATION:-30s}
WARMUP=${BENCH_WARMUP:-15s}
JIT_WARMUP=${BENCH_JIT_WARMUP:-60s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
BASE=http://localhost:$PORT

./mvnw -B -q -ntp -DskipTests test-compile
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench-test-classpath.txt -Dmdep.includeScope=test
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench-runtime-classpath.txt -Dmdep.includeScope=runtime
. .mvn/wrapper/require-jdk.sh
JAVA="$MIGRACAP_JDK/bin/java --enable-native-access=ALL-UNNAMED -XX:+EnableDynamicAgentLoading"
SPRING="--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://$DB_HOST:5432/$DB_NAME
  --spring.datasource.username=$DB_USER --spring.datasource.password=$DB_PASSWORD --migracap.demo.enabled=true"

if [ "${SKIP_GENERATE:-}" != "1" ]; then
  $JAVA -cp "target/classes:target/test-classes:$(cat target/bench-test-classpath.txt)" \
    org.migracap.assessment.bench.BenchmarkData $SPRING --logging.level.root=WARN
fi

$JAVA -Xmx1g -cp "target/classes:$(cat target/bench-runtime-classpath.txt)" org.migracap.MigraCapApplication \
  $SPRING --server.port=$PORT --logging.level.root=WARN > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 180); do curl -fs -o /dev/null "$BASE/actuator/health" && break; sleep 1; done

PGPASSWORD=$DB_PASSWORD psql -h "$DB_HOST" -U "$DB_USER" -d "$DB_NAME" -At -c \
  "select distinct '/profiles/' || iso3 from assessment.cycle where created_by = 'benchmark' order by 1" \
  > target/bench-profile-paths.txt
echo "/compare" > target/bench-heatmap-paths.txt
echo "data: $(wc -l < target/bench-profile-paths.txt) countries; $(PGPASSWORD=$DB_PASSWORD psql -h "$DB_HOST" -U "$DB_USER" \
  -d "$DB_NAME" -At -c "select count(*) || ' cycles, ' || (select count(*) from assessment.response) || ' answers, ' ||
  (select count(*) from assessment.area_score) || ' area scores' from assessment.cycle")"

session() { # the cookies a browser would keep: anonymous, or signed in as $1
  local jar; jar=$(mktemp)
  if [ -n "${1:-}" ]; then
    local token
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
    curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=migracap-demo&_csrf=$token" "$BASE/login"
  else
    curl -s -c "$jar" -b "$jar" -o /dev/null "$BASE/"
  fi
  # every cookie the browser would now send (the CSRF cookie; the session cookie once signed in)
  awk 'NF >= 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar"
  rm -f "$jar"
}

run() { # name, paths file, cookie
  echo "== $1 ($CONNECTIONS connections; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  PATHS=$2 COOKIE=$3 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s -s scripts/bench/percentiles.lua "$BASE/" > /dev/null
  PATHS=$2 COOKIE=$3 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s -s scripts/bench/percentiles.lua "$BASE/" | tail -1
  echo "   one connection (service time without queueing):"
  PATHS=$2 COOKIE=$3 wrk -t1 -c1 -d10s --timeout 30s -s scripts/bench/percentiles.lua "$BASE/" | tail -1
}

PUBLIC=$(session)
COORDINATOR=$(session coordinator)
echo "/actuator/health" > target/bench-health-paths.txt
echo "/about" > target/bench-about-paths.txt
# Warm the JIT on every page measured below before the first measurement (a server in production has run for days).
# Under full load the compiler threads get little of the two cores, so this takes about a minute per page.
for paths in target/bench-profile-paths.txt target/bench-heatmap-paths.txt; do
  for cookie in "$PUBLIC" "$COORDINATOR"; do
    PATHS=$paths COOKIE=$cookie wrk -t"$THREADS" -c"$CONNECTIONS" -d"$JIT_WARMUP" --timeout 30s -s scripts/bench/percentiles.lua "$BASE/" > /dev/null
  done
done
# Reference scenarios: what this machine serves with no page at all (health probe) and with the smallest page.
run "health probe (reference, no page)" target/bench-health-paths.txt ""
run "about page (reference, smallest page)" target/bench-about-paths.txt "$PUBLIC"
run "country profile, public" target/bench-profile-paths.txt "$PUBLIC"
run "heatmap, public" target/bench-heatmap-paths.txt "$PUBLIC"
run "country profile, coordinator" target/bench-profile-paths.txt "$COORDINATOR"
run "heatmap, coordinator" target/bench-heatmap-paths.txt "$COORDINATOR"
