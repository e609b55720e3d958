#!/usr/bin/env bash
# Holds golive's config checks against Django's own `check --deploy` (Debian's python3-django):
# writes, per scenario, a settings module that reads the environment and the same values as a
# .env file, plus a project whose settings hold those values as literals; Django checks both, golive
# judges the .env alone, the .env with the project, and the literal project. Prints a Markdown
# report of where they agree. See "The config checks against Django" in bench/README.md.
#
#   bench/django/compare.sh                        every scenario (about a minute on 2 cores)
#   bench/django/compare.sh hosts-star key-short   only these scenarios
#
# Environment:
#   PYTHON=/usr/bin/python3   a Python that imports django (default: the first of /usr/bin/python3
#                             and python3 that does); python3-django is installed with apt-get
#                             when none does and this runs as root
#   SKIP_BUILD=1              use bench/target/benchmarks.jar as it is
# Results stay in bench/target/django/: report.md, and per scenario the two projects, Django's
# output and golive's findings.
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

has_django() { "$1" -c 'import django' >/dev/null 2>&1; }
find_python() {
  local p
  for p in ${PYTHON:-} /usr/bin/python3 "$(command -v python3 || true)"; do
    if [ -n "$p" ] && has_django "$p"; then
      echo "$p"
      return 0
    fi
  done
  return 1
}
python=$(find_python || true)
if [ -z "$python" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "compare.sh: installing python3-django with apt-get ..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-django >&2 ||
      { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-django >&2; }
    python=$(find_python || true)
  fi
fi
if [ -z "$python" ]; then
  echo "compare.sh: no Python with Django; on Debian or Ubuntu: apt-get install python3-django" >&2
  echo "            (or set PYTHON to one that imports django)" >&2
  exit 2
fi

out="$root/bench/target/django"
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
exec "$java" -Dstdout.encoding=UTF-8 -cp "$jar" dev.golive.bench.django.DjangoComparison \
  "$out" "$python" "$@"
