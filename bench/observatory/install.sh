# Sourced by bench/observatory/compare.sh and bench/audit/run.sh: installs MDN HTTP Observatory
# into $OBSERVATORY_DIR (default /tmp/obs) when it is not there, outside the repository.
#
#   observatory_install NAME   NAME prefixes the messages; returns 1 when Node.js is missing
#
# npm installs @mdn/mdn-http-observatory with --ignore-scripts: its postinstall would download the
# HSTS preload list and the TLD list, and empty ones do for local targets.

observatory_install() {
  local name=$1
  OBSERVATORY_DIR=${OBSERVATORY_DIR:-/tmp/obs}
  export OBSERVATORY_DIR
  NODE=${NODE:-node}
  export NODE
  if ! command -v "$NODE" >/dev/null 2>&1; then
    echo "$name: Node.js is needed to run Observatory; install it (20 or newer) or set NODE" >&2
    return 1
  fi
  local pkg="$OBSERVATORY_DIR/node_modules/@mdn/mdn-http-observatory"
  if [ ! -d "$pkg" ]; then
    echo "$name: installing @mdn/mdn-http-observatory into $OBSERVATORY_DIR ..." >&2
    mkdir -p "$OBSERVATORY_DIR"
    (cd "$OBSERVATORY_DIR" && npm install --no-audit --no-fund --ignore-scripts @mdn/mdn-http-observatory >&2)
  fi
  [ -f "$pkg/conf/hsts-preload.json" ] || echo '{}' >"$pkg/conf/hsts-preload.json"
  [ -f "$pkg/conf/tld-list.json" ] || echo '[]' >"$pkg/conf/tld-list.json"
}
