# Sourced by the bench scripts that take their settings from the environment.

# --help prints the calling script's header comment; any other argument is refused.
# Usage: bench_no_arguments "$0" "$@"
bench_no_arguments() {
  local script=$1
  shift
  case ${1:-} in
    -h | --help)
      awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$script"
      exit 0
      ;;
    '') ;;
    *)
      echo "run.sh: no arguments are taken, settings come from the environment (see --help)" >&2
      exit 2
      ;;
  esac
}

# Each variable named, when set, must be a whole number (above 0 with --positive).
# Usage: bench_whole_numbers [--positive] NAME...
bench_whole_numbers() {
  local positive=''
  if [ "${1:-}" = --positive ]; then
    positive=1
    shift
  fi
  local v
  for v in "$@"; do
    case ${!v:-1} in
      '' | *[!0-9]*)
        echo "run.sh: $v must be a whole number${positive:+ above 0}, not '${!v}'" >&2
        exit 2
        ;;
      0)
        if [ -n "$positive" ]; then
          echo "run.sh: $v must be a whole number above 0, not '${!v}'" >&2
          exit 2
        fi
        ;;
    esac
  done
}
