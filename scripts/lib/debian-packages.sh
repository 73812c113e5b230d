#!/usr/bin/env bash
# Installs the Debian packages Wiredesk builds and tests with, if missing.
# node and npm are not Debian's on our machines (Debian's nodejs is too old for
# the tests): they are only checked for.
# shellcheck source=scripts/lib/common.sh
source "$(dirname "$0")/common.sh"

packages=(
  g++ make cmake ninja-build pkg-config   # native build
  clang-format shellcheck                 # scripts/lint
  emscripten                              # wasm build
  clang-14 libclang-rt-14-dev    # sanitized tests and libFuzzer (scripts/fuzz)
  libicu-dev icu-devtools libxml2-dev nlohmann-json3-dev catch2
  dpkg-dev                       # dpkg-source: Debian's patched source trees
  chromium                       # browser tests
  w3m                            # plain-text renderings of pages
  python3-distributed python3-dask python3-pandas  # scripts/archive (Dask distributed, dataframes)
)

for tool in node npm; do
  command -v "$tool" >/dev/null \
    || die "$tool is missing: install Node.js 20 or newer (not Debian's nodejs, which is too old)"
done

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ]; then
  die "missing Debian packages: ${missing[*]}
  install them as root:  apt-get update && apt-get install -y ${missing[*]}"
fi
say "installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq || die "apt-get update failed"
# emscripten depends on nodejs; a node installed from a .deb (NodeSource)
# satisfies that, any other would get Debian's old nodejs installed beside it.
if apt-get install -s --no-install-recommends "${missing[@]}" 2>/dev/null | grep -Eq '^Inst (nodejs|npm) '; then
  say "note: apt will also install Debian's nodejs (a dependency of emscripten);" \
      "check that 'node' is still version 20 or newer afterwards"
fi
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || die "apt-get install ${missing[*]} failed"
