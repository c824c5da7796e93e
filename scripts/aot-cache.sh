#!/usr/bin/env bash
# Makes a JDK 25 AOT cache (JEP 483/514) for a faster start: extracts the built jar to target/app (an AOT cache needs
# plain jars on the class path, not the nested jars of the executable jar) and runs the application once up to the end
# of its context refresh on a scratch ./data, recording the classes it loads and links into target/app/migracap.aot.
# Build first (./mvnw -DskipTests package); make the cache again after each build and with the same JDK and options.
#
#   scripts/aot-cache.sh
#   cd <where ./data should be> && java --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xmx384m \
#       -XX:AOTCache=<repo>/target/app/migracap.aot -jar <repo>/target/app/migracap-<version>.jar
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
OPTIONS=${MIGRACAP_JVM_OPTIONS:---enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xmx384m}
jar=$(ls target/migracap-*.jar | grep -v -- '-plain' | head -1)
rm -rf target/app
$JAVA -Djarmode=tools -jar "$jar" extract --destination target/app > /dev/null
app=$PWD/target/app/$(basename "$jar")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root=$PWD
(cd "$scratch" && $JAVA $OPTIONS -XX:AOTCacheOutput="$root/target/app/migracap.aot" -Dspring.context.exit=onRefresh \
  -jar "$app" > training.log 2>&1) || { echo "The training run failed; its log:" >&2; cat "$scratch/training.log" >&2; exit 1; }
echo "AOT cache written: target/app/migracap.aot. Start with:"
echo "  java $OPTIONS -XX:AOTCache=$PWD/target/app/migracap.aot -jar $app"
