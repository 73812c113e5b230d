#!/usr/bin/env bash
# Downloads the Debian source packages compiled to wasm (ICU, libxml2) into
# build/deps/src and unpacks them. The versions are those of the native
# -dev packages, so both targets run the same library code and data.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=build/deps/src
mkdir -p "$src"

native_version() { dpkg-query -W -f='${Version}' "$1"; }

# apt-get source needs a deb-src entry; derive it from the system's deb one.
ensure_deb_src() {
  if grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ || grep -qs '^deb-src' /etc/apt/sources.list; then
    return
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "setup: apt has no deb-src entry; add one (as root) or run setup as root" >&2
    exit 1
  fi
  local deb=/etc/apt/sources.list.d/debian.sources
  if [ -f "$deb" ]; then
    sed 's/^Types: deb$/Types: deb-src/' "$deb" > /etc/apt/sources.list.d/wiredesk-src.sources
  elif [ -f /etc/apt/sources.list ]; then
    grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > /etc/apt/sources.list.d/wiredesk-src.list
  else
    echo "setup: cannot find the apt sources to derive a deb-src entry from" >&2
    exit 1
  fi
  apt-get update -qq
}

fetch() {  # fetch SOURCE_PACKAGE BINARY_PACKAGE UNPACKED_DIR
  local source=$1 binary=$2 dir=$3
  local version
  version=$(native_version "$binary")
  local upstream=${version#*:}
  upstream=${upstream%-*}
  [ -d "$src/$dir" ] && [ -f "$src/$dir.version" ] && [ "$(cat "$src/$dir.version")" = "$version" ] && return
  ensure_deb_src
  echo "setup: downloading the $source $version source package"
  rm -rf "$src/$dir" "$src/$source"_*
  # apt warns when it downloads as root outside its sandbox; nothing to act on.
  (cd "$src" && apt-get source --download-only -qq "$source=$version" 2>&1 >/dev/null \
     | grep -v "unsandboxed as root" >&2 || true)
  local tarball
  tarball=$(ls "$src/${source}_${upstream}"*.orig.tar.* 2>/dev/null | head -1)
  if [ -z "$tarball" ]; then
    echo "setup: apt-get source $source=$version gave no .orig tarball" >&2
    exit 1
  fi
  mkdir -p "$src/$dir"
  tar -xf "$tarball" -C "$src/$dir" --strip-components=1
  echo "$version" > "$src/$dir.version"
}

fetch icu libicu-dev icu
fetch libxml2 libxml2-dev libxml2
