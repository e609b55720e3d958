#!/usr/bin/env bash
# Measures golive: how fast it reads checklists (JMH, MB/s) and how fast it starts (wall time),
# each against a baseline measured in the same run. See bench/README.md for what the numbers mean.
#
#   bench/run.sh                     both parts
#   bench/run.sh throughput [OPTS]   the JMH benchmark only; JMH options may follow: -wi 5 -i 10 -f 2
#   bench/run.sh startup             the start-up comparison only
#
# Environment:
#   RUNS=10                 start-up rounds; each round runs every command once, in rotating order
#   JMH_OPTS="-wi 2 -i 3 -f 1"   JMH's iterations and forks (options after 'throughput' are added)
#   BENCH_TIMER=auto|loop|hyperfine   how one start is timed: hyperfine when installed, else the
#                           shell's clock
# Raw results stay in bench/target/run/: jmh.log, jmh.json, startup.csv.
set -euo pipefail
export LC_ALL=C

root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/jdk.sh"
java="$JAVA_HOME/bin/java"
major=$(golive_jdk_major "$JAVA_HOME")

part=${1:-all}
case $part in
  all | startup) if [ $# -gt 0 ]; then shift; fi ;;
  throughput) shift ;;
  -h | --help)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit 0
    ;;
  *)
    echo "run.sh: unknown part '$part': use all, throughput or startup (see bench/run.sh --help)" >&2
    exit 2
    ;;
esac
runs=${RUNS:-10}
case $runs in '' | *[!0-9]* | 0)
  echo "run.sh: RUNS must be a whole number of rounds above 0, not '$runs'" >&2
  exit 2
  ;;
esac

out="$root/bench/target/run"
jar="$root/golive-cli/target/golive.jar"
checklist="$root/bench/STARTUP_CHECKLIST.md"

build() {
  echo "run.sh: building golive and the benchmarks with $JAVA_HOME (JDK $major) ..." >&2
  mkdir -p "$root/bench/target"
  log="$root/bench/target/build.log"
  if ! "$root/mvnw" -q -B -f "$root/pom.xml" -DskipTests -pl golive-cli,bench -am package >"$log" 2>&1; then
    echo "run.sh: the build failed; see $log" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  rm -rf "$out"
  mkdir -p "$out"
}

# --- Reading throughput ----------------------------------------------------------------------

throughput() {
  local host_opts=()
  # JMH 1.37 reaches for sun.misc.Unsafe, which JDK 23 and newer warn about on every start.
  if [ "$major" -ge 23 ]; then host_opts+=(--sun-misc-unsafe-memory-access=allow); fi
  # shellcheck disable=SC2206 # JMH_OPTS is a list of options, split on purpose
  local jmh_opts=(${JMH_OPTS:--wi 2 -i 3 -f 1})
  echo "run.sh: reading throughput, JMH ${jmh_opts[*]} $* (progress in ${out#"$root"/}/jmh.log) ..." >&2
  if ! "$java" "${host_opts[@]}" -Dstdout.encoding=UTF-8 -cp "$root/bench/target/benchmarks.jar" dev.golive.bench.ThroughputReport \
    "${jmh_opts[@]}" "$@" -o "$out/jmh.log" -rf json -rff "$out/jmh.json" >"$out/throughput.txt"; then
    echo "run.sh: the benchmark failed; the end of ${out#"$root"/}/jmh.log:" >&2
    tail -n 30 "$out/jmh.log" >&2
    exit 1
  fi
  echo
  echo "Reading throughput (ChecklistReader.read, and CommonMark alone, on bytes in memory; MB = 10^6 bytes;"
  echo "± is JMH's 99.9% interval; x CommonMark = golive's time per read / CommonMark's, same run)"
  cat "$out/throughput.txt"
}

# --- Start-up ------------------------------------------------------------------------------

ids=()
labels=()
commands=()

declare -A codes

# add ID LABEL CODES COMMAND...: a command to time; CODES are its accepted exit codes ("0 1").
add() {
  ids+=("$1")
  labels+=("$2")
  codes["$1"]=$3
  shift 3
  commands+=("$(printf '%q ' "$@")")
}

timer=${BENCH_TIMER:-auto}
if [ "$timer" = auto ]; then
  if command -v hyperfine >/dev/null 2>&1; then timer=hyperfine; else timer=loop; fi
fi

# time_once ID COMMAND: runs COMMAND once, appends its wall time in microseconds to ID's samples
# and fails when its exit code is not one the command may answer with.
time_once() {
  local id=$1 cmd=$2 rc us
  if [ "$timer" = hyperfine ]; then
    hyperfine -N --runs 1 --style none -i --export-json "$out/one.json" -- "$cmd" >/dev/null 2>&1
    local json
    json=$(tr -d ' \n' <"$out/one.json")
    us=$(printf '%s' "$json" | sed -n 's/.*"times":\[\([^],]*\).*/\1/p')
    us=$(awk -v s="$us" 'BEGIN { printf "%d", s * 1000000 }')
    rc=$(printf '%s' "$json" | sed -n 's/.*"exit_codes":\[\([^],]*\).*/\1/p')
  else
    local start
    now_us
    start=$_now
    set +e
    eval "$cmd" >/dev/null 2>&1
    rc=$?
    set -e
    now_us
    us=$((_now - start))
  fi
  case " ${codes[$id]} " in
    *" $rc "*) ;;
    *)
      echo "run.sh: '$cmd' exited $rc, expected ${codes[$id]}; run it by hand to see why" >&2
      exit 1
      ;;
  esac
  echo "$us" >>"$out/samples.$id"
}

# now_us: sets _now to the wall clock in microseconds; bash 5 reads it without starting a process.
now_us() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    _now=${EPOCHREALTIME/[.,]/}
  else
    _now=$(($(date +%s%N) / 1000))
  fi
}

# stats ID: "median p90 min" in milliseconds; p90 is the nearest-rank 90th percentile.
stats() {
  sort -n "$out/samples.$1" | awk '
    { v[NR] = $1 }
    END {
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      r = int(0.9 * NR); if (r < 0.9 * NR) r++
      printf "%.1f %.1f %.1f\n", m / 1000, v[r] / 1000, v[1] / 1000
    }'
}

median() { stats "$1" | cut -d' ' -f1; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# paired A B: the median over rounds of A's time / B's time in the same round. Both ran within
# a second of each other, so a burst of load from elsewhere slows both: steadier than the ratio
# of the two medians on a shared machine.
paired() {
  paste -d' ' "$out/samples.$1" "$out/samples.$2" | awk '{ print $1 / $2 }' | sort -n | awk '
    { v[NR] = $1 }
    END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# summary WHAT A B: one line of the comparison table, A against B.
summary() {
  local a b
  a=$(median "$2")
  b=$(median "$3")
  printf '%-46s %6s %7s %9s\n' "$1" "$(paired "$2" "$3")" "$(ratio "$a" "$b")" \
    "$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%+.1f", a - b }')"
}

startup() {
  local flags=(-XX:TieredStopAtLevel=1 -Xshare:auto -Xlog:disable -Xlog:all=off)
  # -XX:AOTCache refuses to start beside any -Xshare option.
  local aot_flags=(-XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=off)
  local jsa="$out/golive.jsa" aot="$out/golive.aot"

  add jvm "java, empty main (JDK's CDS)" 0 \
    "$java" "${flags[@]}" -cp "$root/bench/target/classes" dev.golive.bench.EmptyMain
  add version "./golive --version" 0 "$root/golive" --version
  add status "./golive status" "0 1" "$root/golive" status "$checklist"
  add off "java -jar: status, -Xshare:off" "0 1" \
    "$java" -XX:TieredStopAtLevel=1 -Xshare:off -Xlog:disable -Xlog:all=off -jar "$jar" status "$checklist"
  add cds "java -jar: status, JDK's CDS only" "0 1" \
    "$java" "${flags[@]}" -jar "$jar" status "$checklist"
  add dyn "java -jar: status, dynamic archive" "0 1" \
    "$java" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$jsa" "${flags[@]}" -jar "$jar" status "$checklist"
  add dynv "java -jar: --version, dynamic archive" 0 \
    "$java" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$jsa" "${flags[@]}" -jar "$jar" --version
  add first "java -jar: status, archive of a --version" "0 1" \
    "$java" -XX:SharedArchiveFile="$out/first-version.jsa" "${flags[@]}" -jar "$jar" status "$checklist"

  # A dynamic archive holds the classes of the run that wrote it, the first one: every archive
  # here is written by a status run, ./golive's own too (the build left it stale, so it goes),
  # except one written by --version, to show what a first run of --version leaves behind. On JDK 25
  # ./golive makes its AOT cache instead, in a training run of its own.
  rm -f "$root/golive-cli/target/golive.jsa"
  "$root/golive" status "$checklist" >/dev/null 2>&1 || true
  "$java" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$jsa" "${flags[@]}" -jar "$jar" status "$checklist" \
    >/dev/null 2>&1 || true
  "$java" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$out/first-version.jsa" "${flags[@]}" \
    -jar "$jar" --version >/dev/null 2>&1 || true
  local archives=("$jsa" "$out/first-version.jsa")
  if [ "$major" -lt 25 ]; then archives+=("$root/golive-cli/target/golive.jsa"); fi
  for f in "${archives[@]}"; do
    # -Xshare:on refuses to start without the archive: proof that the timed runs really map it.
    if ! "$java" -XX:SharedArchiveFile="$f" -Xshare:on -Xlog:disable -Xlog:all=off -jar "$jar" --version >/dev/null 2>&1; then
      echo "run.sh: the dynamic archive $f does not map (-Xshare:on fails); its rows measure no archive" >&2
    fi
  done

  # JDK 25's AOT cache (JEP 483, made in one training run by JEP 514), trained on the same command.
  local have_aot=no
  if [ "$major" -ge 25 ]; then
    "$java" -XX:AOTCacheOutput="$aot" "${aot_flags[@]}" -jar "$jar" status "$checklist" >"$out/aot-training.log" 2>&1 || true
    # AOTMode=on refuses to start without the cache: proof that the timed runs really use it.
    if "$java" -XX:AOTCache="$aot" -XX:AOTMode=on -Xlog:disable -jar "$jar" --version >/dev/null 2>&1; then
      have_aot=yes
      add aot "java -jar: status, AOT cache" "0 1" \
        "$java" -XX:AOTCache="$aot" "${aot_flags[@]}" -jar "$jar" status "$checklist"
      add aotv "java -jar: --version, AOT cache" 0 \
        "$java" -XX:AOTCache="$aot" "${aot_flags[@]}" -jar "$jar" --version
    else
      echo "run.sh: the AOT cache could not be made or used; see ${out#"$root"/}/aot-training.log" >&2
    fi
  fi

  local n=${#ids[@]} i k
  echo "run.sh: start-up, $runs rounds of ${n} commands, timed by $timer ..." >&2
  rm -f "$out"/samples.*
  for i in "${!ids[@]}"; do # one untimed start each: page cache, ./golive's own archive
    eval "${commands[$i]}" >/dev/null 2>&1 || true
  done
  for ((round = 0; round < runs; round++)); do
    for ((k = 0; k < n; k++)); do
      i=$(((round + k) % n)) # rotate, so that no command always follows the same one
      time_once "${ids[$i]}" "${commands[$i]}"
    done
  done

  {
    echo "id,label,run,us"
    for i in "${!ids[@]}"; do
      awk -v id="${ids[$i]}" -v l="${labels[$i]}" '{ printf "%s,\"%s\",%d,%s\n", id, l, NR, $1 }' "$out/samples.${ids[$i]}"
    done
  } >"$out/startup.csv"

  local jvm_median m p lo
  jvm_median=$(median jvm)
  echo
  echo "Start-up, JDK $major, $runs interleaved runs each (wall time in ms; x jvm = median / empty main's median)"
  printf '%-44s %8s %8s %8s %7s\n' "command" "median" "p90" "min" "x jvm"
  for i in "${!ids[@]}"; do
    read -r m p lo <<<"$(stats "${ids[$i]}")"
    printf '%-44s %8s %8s %8s %7s\n' "${labels[$i]}" "$m" "$p" "$lo" "$(ratio "$m" "$jvm_median")"
  done

  echo
  echo "A / B (below 1: A is faster; paired = median of the per-round ratios, medians = ratio of the medians)"
  printf '%-46s %6s %7s %9s\n' "A / B" "paired" "medians" "A - B ms"
  summary "./golive --version / empty main" version jvm
  summary "./golive status / empty main" status jvm
  summary "status: dynamic archive / -Xshare:off" dyn off
  summary "status: dynamic archive / JDK's CDS only" dyn cds
  summary "status: archive of a --version / of a status" first dyn
  if [ "$have_aot" = yes ]; then
    summary "status: ./golive / java -jar, AOT cache" status aot
    summary "status: AOT cache / dynamic archive" aot dyn
    summary "--version: AOT cache / dynamic archive" aotv dynv
  else
    summary "status: ./golive / java -jar, same flags" status dyn
    if [ "$major" -lt 25 ]; then
      echo "AOT cache: not measured (JDK $major; the one-step AOT cache needs JDK 25)"
    fi
  fi
}

build
case $part in
  all)
    throughput "$@"
    startup
    ;;
  throughput) throughput "$@" ;;
  startup) startup ;;
esac
