# shellcheck shell=bash
# Sourced by scripts/fuzz and scripts/test: a native build with Debian's
# clang-14 under AddressSanitizer and UndefinedBehaviorSanitizer, into its own
# folder. Any sanitizer report ends the program with an error (no recovery),
# so a test or a fuzz run fails on it.

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# sanitized_build DIR EXTRA_FLAGS TARGET...
#   EXTRA_FLAGS go to every compile (scripts/fuzz adds fuzzer-no-link
#   instrumentation and -DWIREDESK_FUZZ=ON goes with it); TARGETs are built.
sanitized_build() {
  local dir=$1 extra=$2
  shift 2
  command -v clang++-14 >/dev/null \
    || { echo "error: clang++-14 is missing: run scripts/setup" >&2; return 1; }
  local flags="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all $extra"
  local options=()
  [[ $extra == *fuzzer* ]] && options+=(-DWIREDESK_FUZZ=ON)
  mkdir -p "$dir"
  # An unnamed build type: the flags above are all the optimisation there is.
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Sanitized \
    -DWIREDESK_WERROR="${WIREDESK_WERROR:-ON}" "-DCMAKE_CXX_FLAGS=$flags" \
    "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" "${options[@]}" \
    >"$dir/configure.log" 2>&1 || { cat "$dir/configure.log" >&2; return 1; }
  cmake --build "$dir" --target "$@"
}
