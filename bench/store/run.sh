#!/usr/bin/env bash
# Measures the history store: fills an SQLite file and a PostgreSQL database with a year of daily
# audits of many projects, then times the dashboard's and history's queries. See bench/README.md,
# "History store".
#
#   bench/store/run.sh
#
# Environment:
#   ENGINES=sqlite,postgres     which stores to fill and query
#   PROJECTS=100 AUDITS=365 ITEMS=60   the store's size: projects, daily audits each, items each
#   ROUNDS=200 WARMUP=20        timed and untimed runs of each query
#   DIR=bench/target/store      where the SQLite file is kept (made anew each run)
#   TIME_LIMIT=60m              the run is stopped after this long, whatever happens
# The report goes to stdout and to bench/target/store/report.txt.
set -euo pipefail
export LC_ALL=C

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/jdk.sh"
java="$JAVA_HOME/bin/java"

. "$root/bench/common.sh"
bench_no_arguments "$0" "$@"
bench_whole_numbers --positive PROJECTS AUDITS ITEMS ROUNDS WARMUP

out="${DIR:-$root/bench/target/store}"
mkdir -p "$out"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "run.sh: building the bench with $JAVA_HOME ..." >&2
  log="$out/build.log"
  if ! "$root/mvnw" -q -B -f "$root/pom.xml" -DskipTests -pl bench -am package >"$log" 2>&1; then
    echo "run.sh: the build failed; see $log" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
fi

stopper=()
if command -v timeout >/dev/null 2>&1; then
  stopper=(timeout --kill-after=30s "${TIME_LIMIT:-60m}")
fi
"${stopper[@]}" "$java" -Xmx2g --enable-native-access=ALL-UNNAMED \
  -cp "$root/bench/target/benchmarks.jar" dev.golive.bench.store.StoreSpeed --dir "$out" \
  --engines "${ENGINES:-sqlite,postgres}" --projects "${PROJECTS:-100}" \
  --audits "${AUDITS:-365}" --items "${ITEMS:-60}" --rounds "${ROUNDS:-200}" \
  --warmup "${WARMUP:-20}" | tee "$out/report.txt"
