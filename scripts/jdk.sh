# Sourced by ./golive and ./mvnw: points JAVA_HOME at a JDK 21 or newer.
# Order: JAVA_HOME if it is >= 21, else `java` on PATH if >= 21, else the
# newest JDK >= 21 in the system's usual JDK directories (and SDKMAN's and IntelliJ's).

golive_jdk_major() {
  # The major version of the JDK at $1, read from its `release` file when it
  # has one (no JVM start), else from `java -version`.
  _home=$1
  if [ -r "$_home/release" ]; then
    _v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$_home/release" | head -n 1)
  else
    _v=$("$_home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  case $_v in 1.*) _v=${_v#1.} ;; esac
  _v=${_v%%[!0-9]*}
  echo "${_v:-0}"
}

golive_usable_jdk() {
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ "$(golive_jdk_major "$1")" -ge 21 ]
}

golive_find_jdk() {
  if golive_usable_jdk "${JAVA_HOME:-}"; then
    echo "$JAVA_HOME"
    return 0
  fi
  _java=$(command -v java 2>/dev/null || true)
  if [ -n "$_java" ]; then
    _home=$(dirname "$(dirname "$(readlink -f "$_java" 2>/dev/null || echo "$_java")")")
    if golive_usable_jdk "$_home"; then
      echo "$_home"
      return 0
    fi
  fi
  _best= _best_major=0
  for _home in /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
    "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/*; do
    [ -x "$_home/bin/java" ] || continue
    [ -L "$_home" ] && continue
    _major=$(golive_jdk_major "$_home")
    if [ "$_major" -ge 21 ] && [ "$_major" -gt "$_best_major" ]; then
      _best=$_home _best_major=$_major
    fi
  done
  [ -n "$_best" ] || return 1
  echo "$_best"
}

if _golive_jdk=$(golive_find_jdk); then
  JAVA_HOME=$_golive_jdk
  export JAVA_HOME
else
  echo "golive needs a JDK 21 or newer: install one (for example 'apt install openjdk-21-jdk-headless') or set JAVA_HOME to it" >&2
  exit 2
fi
