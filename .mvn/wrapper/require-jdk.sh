# Sourced by ./mvnw before Maven starts. MigraCap builds and runs on a JDK 21 or newer; Maven itself may run on an
# older one, and the toolchains plugin then finds the newer JDK (docs/adr/0003-jdk-discovery-with-toolchains.md).
# When the machine has no JDK 21 or newer at all, say in one sentence what to install instead of failing later.
# Scripts that run the built jar source this file too and use $MIGRACAP_JDK/bin/java.
mvnw_suitable_jdk() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] \
    && "$1/bin/java" -version 2>&1 | head -n 1 | grep -qE 'version "(2[1-9]|[3-9][0-9]|[1-9][0-9][0-9])' \
    && MIGRACAP_JDK="$1"
}

mvnw_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && mvnw_suitable_jdk "$JAVA_HOME"; then return 0; fi
  mvnw_java="$(command -v java 2>/dev/null || :)"
  if [ -n "$mvnw_java" ]; then
    mvnw_java="$(readlink -f "$mvnw_java" 2>/dev/null || printf %s "$mvnw_java")"
    if mvnw_suitable_jdk "${mvnw_java%/bin/java}"; then return 0; fi
  fi
  for mvnw_var in $(env | sed -n 's/^\(JAVA[0-9]*_HOME\)=.*/\1/p'); do
    eval "mvnw_dir=\${$mvnw_var}"
    if mvnw_suitable_jdk "$mvnw_dir"; then return 0; fi
  done
  set +f
  for mvnw_dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "${HOME-}"/.sdkman/candidates/java/* \
    "${HOME-}"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if mvnw_suitable_jdk "$mvnw_dir"; then set -f; return 0; fi
  done
  set -f
  return 1
}

if ! mvnw_find_jdk; then
  echo "MigraCap needs a JDK 21 or newer and this machine has none: install one (Eclipse Temurin 21 or 25, or your system's openjdk-21-jdk or newer) and run ./mvnw again." >&2
  exit 1
fi
