#!/usr/bin/env bash
# Measures how fast golive audits, in process through the engine, with ratios measured side by
# side in one run. See bench/README.md, "Audit speed".
#
#   bench/audit/run.sh            both parts
#   bench/audit/run.sh one        a full audit of one target against each of its checks alone
#   bench/audit/run.sh many       many targets in one audit against MDN HTTP Observatory
#
# Environment:
#   ROUNDS=9            timed rounds of part one (each runs the full audit and every check alone)
#   WARMUP=50           untimed full audits before part one, and untimed audits of all targets
#                       before part two (at least 1), so that the JIT has compiled what is timed
#   TARGETS=200         sites of part two (each an HTTPS and a plain-HTTP server on 127.0.0.1)
#   MANY_ROUNDS=5       timed rounds of part two
#   OBS_SAMPLE=0        sites Observatory scans one after another (0: all of them)
#   LATENCY=0           ms every answer of the sample shops waits before it leaves, as from a
#                       server a region away (0: at once, so that the times are all CPU)
#   OBSERVATORY_DIR=/tmp/obs, NODE=node   where Observatory is installed (installed when missing)
#                       and the Node.js that runs it; without Node.js part two times golive alone
#   TIME_LIMIT=45m      the run is stopped after this long, whatever happens
# Raw results stay in bench/target/audit/: report.txt, one-target.csv, many-targets.csv and the
# checklists that were audited.
set -euo pipefail
export LC_ALL=C

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/jdk.sh"
java="$JAVA_HOME/bin/java"

part=${1:-all}
case $part in
  all | one | many) ;;
  -h | --help)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit 0
    ;;
  *)
    echo "run.sh: unknown part '$part': use all, one or many (see bench/audit/run.sh --help)" >&2
    exit 2
    ;;
esac
for v in ROUNDS WARMUP TARGETS MANY_ROUNDS OBS_SAMPLE LATENCY; do
  case ${!v:-1} in '' | *[!0-9]*)
    echo "run.sh: $v must be a whole number, not '${!v}'" >&2
    exit 2
    ;;
  esac
done

out="$root/bench/target/audit"
echo "run.sh: building golive and the bench with $JAVA_HOME ..." >&2
mkdir -p "$root/bench/target"
log="$root/bench/target/audit-build.log"
if ! "$root/mvnw" -q -B -f "$root/pom.xml" -DskipTests -pl bench -am package >"$log" 2>&1; then
  echo "run.sh: the build failed; see $log" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
rm -rf "$out"
mkdir -p "$out"

if [ "$part" != one ]; then
  . "$root/bench/observatory/install.sh"
  observatory_install run.sh || echo "run.sh: part two will time golive alone" >&2
fi

# Two servers per target and a connection per request in flight: more file descriptors than the
# usual soft limit of 1024.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

stopper=()
if command -v timeout >/dev/null 2>&1; then
  stopper=(timeout --kill-after=30s "${TIME_LIMIT:-45m}")
fi
echo "run.sh: measuring (progress on stderr, the report on stdout and in ${out#"$root"/}/report.txt) ..." >&2
"${stopper[@]}" "$java" -cp "$root/bench/target/benchmarks.jar" \
  dev.golive.bench.audit.AuditSpeed "$part" \
  --rounds "${ROUNDS:-9}" --warmup "${WARMUP:-50}" --targets "${TARGETS:-200}" \
  --many-rounds "${MANY_ROUNDS:-5}" --observatory-sample "${OBS_SAMPLE:-0}" \
  --latency "${LATENCY:-0}" \
  --scripts "$root/bench/observatory" --out "$out" | tee "$out/report.txt"
