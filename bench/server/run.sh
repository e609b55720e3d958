#!/usr/bin/env bash
# Load test of golive serve: fills a store with a year of daily audits of 100 projects, starts the
# real server (./golive serve) on 127.0.0.1, signs in and makes an API token, then puts each of the
# dashboard's pages and API routes under wrk's load (100 connections by default) and reports the
# latency percentiles, requests per second and errors of each. See bench/README.md, "Server under
# load".
#
#   bench/server/run.sh                   on an SQLite store
#   DB=postgres bench/server/run.sh       on PostgreSQL, started from the test kit's binaries
#
# Environment:
#   DB=sqlite                    the store: sqlite, or postgres
#   PROJECTS=100 AUDITS=365 ITEMS=60      its size: projects, daily audits each, items each
#   CONNECTIONS=100 THREADS=2 DURATION=30s   wrk's -c, -t and -d on each endpoint
#   WARMUP=10s                   untimed load on each endpoint first, so that the JIT has compiled it
#   THINK_MS=0                   a pause of each connection between an answer and its next request,
#                                as people reading a page take (0: none, each connection is a client
#                                that asks again at once, so the server runs flat out)
#   ENDPOINTS=dashboard,project,audit,tv,api-projects,api-audits,api-audit   which to load
#   API_RATE=1000000             golive serve --api-rate: the API's limiter stays on the path but
#                                refuses nothing; any 429 would be counted as an error
#   KEEP_STORE=1                 reuse the SQLite store of the last run when it has this size
#                                (the fill takes about 3 minutes)
#   PROFILE=1                    record the server with JFR into bench/target/server/serve.jfr
#   TIME_LIMIT=45m               everything is stopped after this long, whatever happens
# wrk is installed with apt-get when missing. The report goes to stdout and to
# bench/target/server/report.txt; the raw wrk output, the server's log and the store stay beside it.
set -euo pipefail
export LC_ALL=C

root=$(cd "$(dirname "$0")/../.." && pwd)

. "$root/bench/common.sh"
bench_no_arguments "$0" "$@"

# 1. wrk, the load generator, from the distribution.
if ! command -v wrk >/dev/null 2>&1; then
  installer=()
  if [ "$(id -u)" = 0 ]; then
    installer=(env DEBIAN_FRONTEND=noninteractive)
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    installer=(sudo -n env DEBIAN_FRONTEND=noninteractive)
  fi
  if [ ${#installer[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "run.sh: wrk is missing; installing it with apt-get (Debian's package 'wrk') ..." >&2
    "${installer[@]}" apt-get install -y -q wrk >&2 ||
      { "${installer[@]}" apt-get update -q >&2 && "${installer[@]}" apt-get install -y -q wrk >&2; } ||
      true
  fi
  if ! command -v wrk >/dev/null 2>&1; then
    echo "run.sh: wrk is missing and could not be installed here; install it (on Debian or Ubuntu:" >&2
    echo "        apt-get install wrk, as root) and run again" >&2
    exit 2
  fi
fi

. "$root/scripts/jdk.sh"
java="$JAVA_HOME/bin/java"

db_kind=${DB:-sqlite}
case $db_kind in sqlite | postgres) ;; *)
  echo "run.sh: DB is sqlite or postgres, not '$db_kind'" >&2
  exit 2
  ;;
esac
case ${THINK_MS:-0} in '' | *[!0-9]*)
  echo "run.sh: THINK_MS must be a whole number of milliseconds, not '$THINK_MS'" >&2
  exit 2
  ;;
esac
think=${THINK_MS:-0}
bench_whole_numbers --positive PROJECTS AUDITS ITEMS CONNECTIONS THREADS
projects=${PROJECTS:-100} audits=${AUDITS:-365} items=${ITEMS:-60}
connections=${CONNECTIONS:-100} threads=${THREADS:-2}
duration=${DURATION:-30s} warmup=${WARMUP:-10s}
api_rate=${API_RATE:-1000000}
wanted=${ENDPOINTS:-dashboard,project,audit,tv,api-projects,api-audits,api-audit}

seconds() {
  case $1 in
    *h) echo $((${1%h} * 3600)) ;;
    *m) echo $((${1%m} * 60)) ;;
    *s) echo "${1%s}" ;;
    *) echo "$1" ;;
  esac
}
limit=$(seconds "${TIME_LIMIT:-45m}")

out="$root/bench/target/server"
mkdir -p "$out"
rm -f "$out"/report.txt "$out"/wrk-*.txt "$out"/session.env "$out"/serve.out "$out"/serve.log

# Whatever happens — an error, Ctrl-C, the time limit — the server, PostgreSQL and wrk are stopped.
child='' server='' postgres='' watchdog=''
stop() {
  local pid=$1 name=$2 i
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  echo "run.sh: $name did not stop within 30 s; killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  trap - EXIT INT TERM
  stop "$child" "the current step"
  stop "$server" "golive serve"
  stop "$postgres" "PostgreSQL's launcher"
  [ -n "$watchdog" ] && kill "$watchdog" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'echo "run.sh: interrupted" >&2; exit 130' INT
trap 'echo "run.sh: stopped" >&2; exit 143' TERM
(
  trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
  sleep "$limit" &
  sleeper=$!
  wait "$sleeper"
  echo "run.sh: the time limit (${TIME_LIMIT:-45m}) is up" >&2
  kill -TERM $$
) &
watchdog=$!

# Runs a step in the background and waits for it, so that a signal stops it at once.
step() {
  "$@" &
  child=$!
  local rc=0
  wait "$child" || rc=$?
  child=''
  return $rc
}

# 2. golive and the bench jar (LoadSetup fills the store and signs in).
echo "run.sh: building golive and the bench with $JAVA_HOME ..." >&2
log="$out/build.log"
if ! step "$root/mvnw" -q -B -f "$root/pom.xml" -DskipTests -pl golive-cli,bench -am package >"$log" 2>&1; then
  echo "run.sh: the build failed; see $log" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
setup=("$java" -Xmx2g --enable-native-access=ALL-UNNAMED -cp "$root/bench/target/benchmarks.jar"
  dev.golive.bench.server.LoadSetup)
size=(--projects "$projects" --audits "$audits" --items "$items")

# 3. The store, filled as a team's would be after a year.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$db_kind" = sqlite ]; then
  store="$out/golive.db"
  stamp="$store.size"
  if [ "${KEEP_STORE:-}" = 1 ] && [ -f "$store" ] && [ -f "$store.version" ] &&
    [ "$(cat "$stamp" 2>/dev/null)" = "$projects $audits $items" ]; then
    echo "run.sh: reusing $store (KEEP_STORE=1)" >&2
  else
    rm -f "$stamp"
    echo "run.sh: filling $store: $projects projects x $audits daily audits x $items items ..." >&2
    step "${setup[@]}" sqlite --file "$store" "${size[@]}"
    echo "$projects $audits $items" >"$stamp"
  fi
  db_url=$store
  db_shown=$(cat "$store.version")
else
  rm -f "$out/postgres.env"
  echo "run.sh: starting PostgreSQL and filling it: $projects projects x $audits daily audits x $items items ..." >&2
  "${setup[@]}" postgres --dir "$out" "${size[@]}" --parent $$ &
  postgres=$!
  while [ ! -f "$out/postgres.env" ]; do
    if ! kill -0 "$postgres" 2>/dev/null; then
      echo "run.sh: PostgreSQL could not be started or filled (see above)" >&2
      exit 1
    fi
    sleep 2
  done
  . "$out/postgres.env"
  export GOLIVE_BENCH_PG_PASSWORD
  db_url=$PG_URL
  db_shown="PostgreSQL $PG_VERSION"
fi

# 4. The real server, through ./golive as people start it, on a free port of 127.0.0.1.
admin=load@golive.test
password=load-test-password
serve_opts=()
if [ "${PROFILE:-}" = 1 ]; then
  serve_opts=("-XX:StartFlightRecording=filename=$out/serve.jfr,settings=profile" "-XX:FlightRecorderOptions=stackdepth=256")
fi
echo "run.sh: starting golive serve on $db_shown ..." >&2
JDK_JAVA_OPTIONS="${serve_opts[*]:-}" GOLIVE_ADMIN_EMAIL=$admin GOLIVE_ADMIN_PASSWORD=$password \
  "$root/golive" serve --bind 127.0.0.1 --port 0 --db "$db_url" --api-rate "$api_rate" \
  >"$out/serve.out" 2>"$out/serve.log" &
server=$!
url=
for i in $(seq 1 240); do
  url=$(sed -n 's/^golive serve: \(http[^ ]*\)$/\1/p' "$out/serve.out" 2>/dev/null | head -n 1)
  [ -n "$url" ] && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "run.sh: golive serve did not start; its log:" >&2
    tail -n 20 "$out/serve.log" >&2
    exit 1
  fi
  sleep 0.5
done
if [ -z "$url" ]; then
  echo "run.sh: golive serve printed no URL within 2 minutes; see $out/serve.log" >&2
  exit 1
fi
url=${url%/}
echo "run.sh: golive serve at $url (pid $server)" >&2

# 5. A browser's session, signed in through the form, and an API token made through the API.
step "${setup[@]}" session --url "$url" --email "$admin" --password "$password" \
  --project $((projects / 2)) --out "$out/session.env"
. "$out/session.env"

all=(
  "dashboard cookie /"
  "project cookie /projects/$BENCH_PROJECT"
  "audit cookie /audits/$BENCH_AUDIT"
  "tv cookie /tv"
  "api-projects token /api/v1/projects"
  "api-audits token /api/v1/projects/$BENCH_PROJECT/audits"
  "api-audit token /api/v1/audits/$BENCH_AUDIT"
)
endpoints=()
for e in "${all[@]}"; do
  case ",$wanted," in *",${e%% *},"*) endpoints+=("$e") ;; esac
done
if [ ${#endpoints[@]} -eq 0 ]; then
  echo "run.sh: ENDPOINTS names none of: dashboard,project,audit,tv,api-projects,api-audits,api-audit" >&2
  exit 2
fi

# Runs wrk against one endpoint with the session or the token, pausing $5 ms between an answer and
# the next request; its output goes to $2.
load() {
  local auth=$1 file=$2 path=$3 dur=$4 pause=$5 cookie='' token=''
  if [ "$auth" = cookie ]; then cookie=$BENCH_COOKIE; else token=$BENCH_TOKEN; fi
  BENCH_COOKIE=$cookie BENCH_TOKEN=$token BENCH_THINK_MS=$pause step wrk -c "$connections" -t "$threads" -d "$dur" \
    --latency -s "$root/bench/server/load.lua" "$url$path" >"$file" 2>&1
}

# CPU time of the server, and on PostgreSQL of its server processes too (the postmaster, with what
# its ended children used, and its backends): SQLite runs inside golive's own process.
cpu_ticks() {
  local pids=$server
  if [ -n "${PG_PID:-}" ] && [ "$PG_PID" != 0 ]; then
    pids="$pids $PG_PID $(ps -o pid= --ppid "$PG_PID" | tr '\n' ' ')"
  fi
  local total=0 p t
  for p in $pids; do
    t=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$p/stat" 2>/dev/null || echo 0)
    total=$((total + t))
  done
  echo "$total"
}
ticks_per_second=$(getconf CLK_TCK)

# 6. Warm-up on every endpoint, then the timed runs.
if [ "$(seconds "$warmup")" != 0 ]; then
  echo "run.sh: warming up, $warmup on each endpoint ..." >&2
  for e in "${endpoints[@]}"; do
    read -r name auth path <<<"$e"
    load "$auth" "$out/warmup-$name.txt" "$path" "$warmup" 0 || true
  done
fi

{
  echo "golive serve under load: wrk -c $connections -t $threads -d $duration --latency, one endpoint at a time,"
  echo "after $warmup of untimed load on each; gzip accepted; any answer but 2xx counts as an error;"
  if [ "$think" = 0 ]; then
    echo "each connection asks again as soon as it is answered"
  else
    echo "each connection pauses ${think} ms between an answer and its next request"
  fi
  echo "store: $db_shown, $projects projects x $audits daily audits x $items items; --api-rate $api_rate"
  echo "golive $(git -C "$root" describe --always --dirty 2>/dev/null || echo '?'), $("$java" -version 2>&1 | head -n 1)"
  echo "machine: $(nproc) cores; load average before the run: $load_before"
  echo
  printf '%-13s %-26s %8s %7s %7s %7s %7s %7s %7s %9s %6s\n' endpoint path req/s p50-ms p90-ms \
    p99-ms max-ms errors KB/ans cpu-ms/req load1
} | tee "$out/report.txt"

met=0 total=0
for e in "${endpoints[@]}"; do
  read -r name auth path <<<"$e"
  before=$(cpu_ticks)
  if ! load "$auth" "$out/wrk-$name.txt" "$path" "$duration" "$think"; then
    echo "run.sh: wrk failed on $path:" >&2
    cat "$out/wrk-$name.txt" >&2
    exit 1
  fi
  after=$(cpu_ticks)
  load1=$(cut -d' ' -f1 /proc/loadavg)
  line=$(grep '^RESULT ' "$out/wrk-$name.txt" || true)
  if [ -z "$line" ]; then
    echo "run.sh: wrk printed no result for $path; see $out/wrk-$name.txt" >&2
    exit 1
  fi
  # shellcheck disable=SC2086
  declare $(echo "${line#RESULT }")
  errors=$((socket_errors + non2xx))
  total=$((total + 1))
  if [ "$errors" = 0 ] && [ "$p99_us" -lt 50000 ]; then met=$((met + 1)); fi
  awk -v n="$name" -v p="$path" -v r="$requests" -v d="$duration_us" -v b="$bytes" \
    -v p50="$p50_us" -v p90="$p90_us" -v p99="$p99_us" -v mx="$max_us" -v err="$errors" \
    -v first="$first_non2xx" -v cpu=$((after - before)) -v hz="$ticks_per_second" -v l="$load1" \
    'BEGIN {
       if (length(p) > 26) p = substr(p, 1, 23) "...";
       printf "%-13s %-26s %8.0f %7.1f %7.1f %7.1f %7.1f %7s %7.1f %9.2f %6s\n", n, p,
         r / (d / 1e6), p50 / 1000, p90 / 1000, p99 / 1000, mx / 1000,
         err (first != "-" ? " (" first ")" : ""), r ? b / r / 1024 : 0,
         r ? cpu * 1000 / hz / r : 0, l
     }' | tee -a "$out/report.txt"
done
{
  echo
  echo "goal: p99 under 50 ms with no errors: met on $met of $total endpoints"
  echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "(cpu-ms/req: CPU time per request of golive serve, and of PostgreSQL's processes on PostgreSQL;"
  echo " load1: the 1-minute load average at the end of each run, wrk and the server included)"
} | tee -a "$out/report.txt"
