#!/usr/bin/env bash
# Start-up and memory benchmark (issue 13). For each jar given (default: target/migracap-*.jar), in one run and
# interleaved so that the jars share the machine's conditions:
#   cold  - first start on an empty ./data (reference, migration and demo data loaded): time until the readiness
#           probe (/actuator/health/readiness, polled every 100 ms) answers UP, and the CPU time the JVM used by then;
#   warm  - a later start on the same ./data;
#   aot   - a later start with a JDK 25 AOT cache (JEP 483/514) made by a training run of the extracted jar;
#   rss   - resident memory (VmRSS of /proc/<pid>/status) after a walk of the main pages, as the public and as the
#           demo coordinator, with any page that does not answer 200 reported.
# Each jar runs with the JVM options given after it (JAR=OPTIONS, ';'-separated list); medians of RUNS repeats.
# Not part of ./mvnw verify. Needs a JDK 25 (JAVA_HOME or java on the PATH), curl and a free port.
#
#   scripts/bench/startup-benchmark.sh                                   # this build, shipped options
#   RUNS=5 scripts/bench/startup-benchmark.sh "/work/startup-base/target/migracap-0.1.0-SNAPSHOT.jar=" \
#       "target/migracap-0.1.0-SNAPSHOT.jar=-XX:+UseSerialGC -Xmx384m"
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
RUNS=${RUNS:-3}
PORT=${BENCH_PORT:-8113}
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
WORK=${BENCH_WORK:-$(mktemp -d /tmp/migracap-startup.XXXXXX)}
SHIPPED="-XX:+UseSerialGC -Xmx384m"
if [ $# -eq 0 ]; then set -- "$(ls "$ROOT"/target/migracap-*.jar | head -1)=$SHIPPED"; fi
PAGES_PUBLIC="/ /countries /countries/KEN /focus-areas /frameworks /profiles/KEN /profiles/KEN/pdf /compare /map
  /overview /corridors /corridors?country=KEN /routes /chain /corridors/sources /cooperation/common-ground
  /cooperation/objectives /agreements /library /library?q=border /library/peers /programmes
  /programmes/iati.xml /v3/api-docs"
PAGES_SIGNED_IN="/workshops /assessments /planning /planning/catalogue /requests /requests/triage /recurrent /notifications"

APP=""
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null || true; }
trap cleanup EXIT

# start <dir> <java options...>: sets APP and RESULT="<ms to ready> <cpu ms by then>"
start() {
  local dir=$1; shift
  cd "$dir"
  local t0; t0=$(date +%s%N)
  $JAVA "$@" --server.port=$PORT > app.log 2>&1 &
  APP=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health/readiness"; do
    kill -0 "$APP" 2>/dev/null || { echo "the application died, see $dir/app.log" >&2; exit 1; }
    sleep 0.1
  done
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local tick; tick=$(getconf CLK_TCK)
  local cpu; cpu=$(awk -v t="$tick" '{print int(($14 + $15) * 1000 / t)}' /proc/$APP/stat)
  cd "$ROOT"
  RESULT="$ms $cpu"
}

stop() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; }

walk() {
  local base=http://localhost:$PORT bad="" jar; jar=$(mktemp)
  for p in $PAGES_PUBLIC; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$base$p"); [ "$code" = 200 ] || bad="$bad $p:$code"
  done
  local token; token=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=coordinator" \
    --data-urlencode "password=migracap-demo" --data-urlencode "_csrf=$token" "$base/login"
  for p in $PAGES_PUBLIC $PAGES_SIGNED_IN; do
    code=$(curl -s -o /dev/null -b "$jar" -w '%{http_code}' "$base$p"); [ "$code" = 200 ] || bad="$bad $p:$code(signed-in)"
  done
  rm -f "$jar"
  echo "${bad:- none}"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/{print int($2/1024)}' /proc/meminfo) MB, load $(cut -d' ' -f1-3 /proc/loadavg); $($JAVA -version 2>&1 | head -1)"
i=0
for spec in "$@"; do
  i=$((i+1)); jar=${spec%%=*}; opts=${spec#*=}; [ "$opts" = "$spec" ] && opts=""
  dir=$WORK/jar$i; mkdir -p "$dir"; cp "$jar" "$dir/app.jar"
  # AOT: extract the jar (an AOT cache needs plain jars on the class path), train once on a scratch database.
  (cd "$dir" && rm -rf extracted && $JAVA -Djarmode=tools -jar app.jar extract --destination extracted > /dev/null)
  train=$(mktemp -d "$WORK/train.XXXXXX")
  (cd "$train" && $JAVA $opts --enable-native-access=ALL-UNNAMED -XX:AOTCacheOutput="$dir/app.aot" \
    -Dspring.context.exit=onRefresh -jar "$dir/extracted/app.jar" > training.log 2>&1) || true
done
for run in $(seq "$RUNS"); do
  i=0
  for spec in "$@"; do
    i=$((i+1)); opts=${spec#*=}; [ "$opts" = "$spec" ] && opts=""; dir=$WORK/jar$i
    rm -rf "$dir/data"
    start "$dir" $opts --enable-native-access=ALL-UNNAMED -jar app.jar; echo "$RESULT" >> "$dir/cold"; stop
    start "$dir" $opts --enable-native-access=ALL-UNNAMED -jar app.jar; echo "$RESULT" >> "$dir/warm"; stop
    if [ -f "$dir/app.aot" ]; then
      (cd "$dir" && ln -sfn ../data extracted/data 2>/dev/null || true)
      start "$dir/extracted" $opts --enable-native-access=ALL-UNNAMED -XX:AOTCache="$dir/app.aot" -jar app.jar
      echo "$RESULT" >> "$dir/aot"; stop
    fi
    start "$dir" $opts --enable-native-access=ALL-UNNAMED -jar app.jar
    failed=$(walk)
    echo "$(awk '/VmRSS/{print int($2/1024)}' /proc/$APP/status) $failed" >> "$dir/rss"; stop
  done
done
printf '\n| jar | options | cold ready ms (CPU ms) | warm ready ms (CPU ms) | AOT ready ms (CPU ms) | RSS MB after walk | pages not 200 |\n|---|---|---|---|---|---|---|\n'
i=0
for spec in "$@"; do
  i=$((i+1)); jar=${spec%%=*}; opts=${spec#*=}; [ "$opts" = "$spec" ] && opts=""; dir=$WORK/jar$i
  col() { [ -f "$dir/$1" ] && echo "$(cut -d' ' -f1 "$dir/$1" | median) ($(cut -d' ' -f2 "$dir/$1" | median))" || echo "-"; }
  printf '| %s | `%s` | %s | %s | %s | %s | %s |\n' "$(basename "$(dirname "$(dirname "$jar")")")/$(basename "$jar")" \
    "${opts:-none}" "$(col cold)" "$(col warm)" "$(col aot)" "$(cut -d' ' -f1 "$dir/rss" | median)" \
    "$(cut -d' ' -f2- "$dir/rss" | sort -u | tr '\n' ';')"
done
echo
echo "raw runs (ms cpu) in $WORK/jar*/{cold,warm,aot,rss}"
