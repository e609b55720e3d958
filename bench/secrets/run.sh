#!/usr/bin/env bash
# Measures how fast repo.secrets scans a repository, in MB/s, beside a baseline that reads the same
# bytes without scanning them, in the same run. See bench/README.md, "Secret scanning speed".
#
#   bench/secrets/run.sh
#
# Environment:
#   REPO=bench/target/secrets/repo   where the generated repository is kept (made when missing or
#                       made with other settings; about a minute)
#   FILES=2000 COMMITS=1500 CHANGES=4 BRANCHES=3   its size: files at the start, commits on main,
#                       files changed per commit, side branches of 20 commits never merged
#   ROUNDS=7 WARMUP=2   timed and untimed rounds; each round runs every part once, one further on
#   TIME_LIMIT=30m      the run is stopped after this long, whatever happens
# The report goes to stdout and to bench/target/secrets/report.txt.
set -euo pipefail
export LC_ALL=C

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/jdk.sh"
java="$JAVA_HOME/bin/java"

. "$root/bench/common.sh"
bench_no_arguments "$0" "$@"
bench_whole_numbers FILES COMMITS CHANGES BRANCHES ROUNDS WARMUP

out="$root/bench/target/secrets"
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
  stopper=(timeout --kill-after=30s "${TIME_LIMIT:-30m}")
fi
"${stopper[@]}" "$java" -Xmx4g -cp "$root/bench/target/benchmarks.jar" \
  dev.golive.bench.secrets.SecretsSpeed --repo "${REPO:-$out/repo}" \
  --files "${FILES:-2000}" --commits "${COMMITS:-1500}" --changes "${CHANGES:-4}" \
  --branches "${BRANCHES:-3}" --rounds "${ROUNDS:-7}" --warmup "${WARMUP:-2}" | tee "$out/report.txt"
