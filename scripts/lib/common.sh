# shellcheck shell=bash
# Sourced by scripts/setup and the scripts beside this file: strict mode, the
# repository root as working directory, messages, and one lock so that two
# setup runs in the same tree (two terminals, scripts/test beside scripts/run)
# never build into build/deps at the same time.
set -Eeuo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

say() { echo "setup: $*"; }
die() { echo "setup: error: $*" >&2; exit 1; }
# Any command that fails without a message of ours still says where it was.
trap 'echo "setup: error: ${0##*/} failed at line $LINENO: $BASH_COMMAND" >&2' ERR

deps=build/deps

lock_deps() {
  [ -n "${WIREDESK_DEPS_LOCKED:-}" ] && return 0  # held by the script that ran us
  mkdir -p "$deps"
  exec 9>"$deps/.lock"
  if ! flock -n 9; then
    say "waiting for another setup run in this tree to finish"
    flock 9
  fi
  export WIREDESK_DEPS_LOCKED=1
}

# The stamp of a cached build holds the key it was made with.
stamp_matches() {  # stamp_matches STAMP_FILE KEY
  [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]
}

# The first line of `COMMAND --version`, for cache keys. Read whole, not
# through `head -1`: emcc dies of a broken pipe when head closes it early,
# which pipefail turned into a failed setup once in a while.
first_version_line() {  # first_version_line COMMAND
  local version
  version=$("$1" --version)
  echo "${version%%$'\n'*}"
}

# emcc's JS optimiser needs acorn, which Debian ships in /usr/share/nodejs; the
# machine's node does not look there by itself.
use_emscripten() {
  export NODE_PATH=/usr/share/nodejs
  if ! command -v em++ >/dev/null || ! command -v emar >/dev/null; then
    die "em++/emar not found: install Debian's emscripten package (scripts/lib/debian-packages.sh)"
  fi
}
