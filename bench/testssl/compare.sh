#!/usr/bin/env bash
# Holds golive's tls checks against testssl.sh: stands up local TLS servers with known faults
# (expired, self-signed, wrong host, weak key, SHA-1, old versions, weak suites, a plain-HTTP
# port), lets both judge each one, and prints a Markdown table of where they agree.
# See the testssl.sh section of bench/README.md.
#
#   bench/testssl/compare.sh                  every scenario (about 4 minutes on 2 cores)
#   bench/testssl/compare.sh sound rc4 3des   only these scenarios
#
# Environment:
#   TESTSSL=testssl      the testssl.sh command (default: testssl, else testssl.sh on PATH)
#   PARALLEL=2           scenarios scanned at once
#   SKIP_BUILD=1         use bench/target/benchmarks.jar as it is
# Results stay in bench/target/testssl/: report.md, and per scenario testssl.sh's JSON and log.
set -euo pipefail
export LC_ALL=C

root=$(cd "$(dirname "$0")/../.." && pwd)
case ${1:-} in
  -h | --help)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit 0
    ;;
esac
. "$root/scripts/jdk.sh"
java="$JAVA_HOME/bin/java"

testssl=${TESTSSL:-}
if [ -z "$testssl" ]; then
  testssl=$(command -v testssl || command -v testssl.sh || true)
fi
if [ -z "$testssl" ] || ! command -v "$testssl" >/dev/null 2>&1; then
  echo "compare.sh: testssl.sh is not installed; on Debian or Ubuntu: apt-get install testssl.sh" >&2
  echo "            (or set TESTSSL to its path)" >&2
  exit 2
fi
parallel=${PARALLEL:-2}
case $parallel in '' | *[!0-9]* | 0)
  echo "compare.sh: PARALLEL must be a whole number above 0, not '$parallel'" >&2
  exit 2
  ;;
esac

out="$root/bench/target/testssl"
jar="$root/bench/target/benchmarks.jar"
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$jar" ]; then
  echo "compare.sh: building golive and the bench module with $JAVA_HOME ..." >&2
  mkdir -p "$root/bench/target"
  log="$root/bench/target/build.log"
  if ! "$root/mvnw" -q -B -f "$root/pom.xml" -DskipTests -pl bench -am package >"$log" 2>&1; then
    echo "compare.sh: the build failed; see $log" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
fi
rm -rf "$out"
mkdir -p "$out"
echo "compare.sh: $("$testssl" --version 2>/dev/null | sed -n 's/^ *testssl *\([0-9][^ ]*\).*/testssl.sh \1/p' | head -n 1) with $(openssl version 2>/dev/null | cut -d' ' -f1-2), $parallel at a time ..." >&2
exec "$java" -Dstdout.encoding=UTF-8 -cp "$jar" dev.golive.bench.tls.TestsslComparison \
  "$out" "$testssl" "$parallel" "$@"
