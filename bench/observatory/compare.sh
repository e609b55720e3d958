#!/usr/bin/env bash
# Compares golive's http checks with MDN HTTP Observatory over local targets and prints a
# per-check agreement table (Markdown) on stdout. See bench/README.md, "golive and Observatory".
#
#   bench/observatory/compare.sh           the fixed targets, random CSPs, then random sites
#   bench/observatory/compare.sh fixed     the fixed targets and random CSPs only
#   bench/observatory/compare.sh random    the random sites only
#
# Environment:
#   OBSERVATORY_DIR=/tmp/obs   where @mdn/mdn-http-observatory is installed (npm, with
#                              --ignore-scripts); installed there when missing
#   NODE=node                  the Node.js to run it with (20 or newer)
#   SITES=300 SEED=20261124    how many random sites, drawn from which seed
# Both tools' answers for every random site go to bench/target/observatory/random-sites.json.
set -euo pipefail
export LC_ALL=C

part=${1:-all}
case "$part" in
  all | fixed | random) ;;
  *)
    echo "usage: compare.sh [all|fixed|random]" >&2
    exit 2
    ;;
esac

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/jdk.sh"
java="$JAVA_HOME/bin/java"
. "$root/bench/observatory/install.sh"
observatory_install compare.sh || exit 2

echo "compare.sh: building golive's checks and the bench with $JAVA_HOME ..." >&2
mkdir -p "$root/bench/target"
log="$root/bench/target/observatory-build.log"
if ! "$root/mvnw" -q -B -f "$root/pom.xml" -DskipTests -pl bench -am package >"$log" 2>&1; then
  echo "compare.sh: the build failed; see $log" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
echo "compare.sh: running both over the local targets ..." >&2
OBS_OUT="$root/bench/target/observatory" "$java" -cp "$root/bench/target/benchmarks.jar" \
  dev.golive.bench.observatory.ObservatoryComparison "$root/bench/observatory" "$part"
