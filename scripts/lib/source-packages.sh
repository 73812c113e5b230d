#!/usr/bin/env bash
# Downloads the Debian source packages that are compiled to wasm (ICU,
# libxml2, CLD2) into build/deps/src and unpacks them with Debian's patches
# applied (dpkg-source -x), so that the wasm libraries are the same code as the
# native -dev packages: same version, same security fixes. CLD2 has no -dev
# package among ours: both targets are built from its source, the archive's
# current version (scripts/lib/build-cld2.sh).
#   scripts/lib/source-packages.sh [icu] [libxml2] [cld2]     (default: all)
# Skips the download when the files are there and the unpacking when the tree
# is. Fails when a source's upstream version differs from the native one.
# shellcheck source=scripts/lib/common.sh
source "$(dirname "$0")/common.sh"
lock_deps
src=$deps/src
mkdir -p "$src"

# apt-get source needs a deb-src entry: a stanza like the deb ones of
# debian.sources (same URIs, suites, components and key), in a file of ours.
ensure_deb_src() {
  local ours=/etc/apt/sources.list.d/wiredesk-src.sources
  local deb822=/etc/apt/sources.list.d/debian.sources
  [ -f "$ours" ] && return 0
  if grep -Eqs '^Types:.*deb-src' /etc/apt/sources.list.d/*.sources \
     || grep -Eqs '^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list; then
    return 0
  fi
  [ "$(id -u)" = 0 ] || die "apt has no deb-src entry, so apt-get source cannot work;
  as root, add one for the suites in $deb822 (or run scripts/setup as root)"
  [ -f "$deb822" ] || die "cannot derive a deb-src entry: $deb822 is missing"
  say "adding a deb-src entry ($ours) and updating apt's lists"
  # Keep each stanza's URIs/Suites/Components/Signed-By, change only its type.
  sed -E 's/^Types:.*/Types: deb-src/' "$deb822" > "$ours.tmp"
  grep -q '^Types: deb-src' "$ours.tmp" || { rm -f "$ours.tmp"; die "no stanza found in $deb822"; }
  mv "$ours.tmp" "$ours"
  apt-get update -qq || die "apt-get update failed after adding $ours"
  updated=1
}
updated=0

# apt-get source, quiet but for real errors (apt warns about downloading
# unsandboxed as root, which is nothing to act on).
apt_source() {  # apt_source SPEC...
  local log=$src/apt-source.log
  if (cd "$src" && apt-get source --download-only -q "$@") >"$log" 2>&1; then
    rm -f "$log"
    return 0
  fi
  return 1
}

# The files a .dsc names (the .dsc itself included) are all present.
dsc_complete() {  # dsc_complete DSC
  [ -f "$1" ] || return 1
  local name
  while read -r name; do
    [ -f "$src/$name" ] || return 1
  done < <(awk '/^Files:/ {on=1; next} /^[^ ]/ {on=0} on {print $3}' "$1")
}

# The upstream tarball a .dsc names, when it is present and matches the
# .dsc's SHA-256 (the .dsc itself came through apt, from the signed archive).
verified_orig() {  # verified_orig DSC -> prints the tarball's path
  [ -f "$1" ] || return 1
  local sum name
  read -r sum name < <(awk '/^Checksums-Sha256:/ {on=1; next} /^[^ ]/ {on=0}
    on && $3 ~ /\.orig\.tar\./ {print $1, $3}' "$1") || return 1
  [ -f "$src/$name" ] && echo "$sum  $src/$name" | sha256sum --quiet -c - >/dev/null 2>&1 || return 1
  echo "$src/$name"
}

upstream_of() { local v=${1#*:}; v=${v%-*}; echo "${v%%[+~]*}"; }  # 1:2.9.14+dfsg-1 -> 2.9.14

# The Debian version of the source package an installed binary package came from.
installed_source_version() {  # installed_source_version BINARY_PACKAGE
  dpkg-query -W -f='${source:Version}' "$1" 2>/dev/null \
    || die "$1 is not installed (run scripts/lib/debian-packages.sh)"
}

# The newest version of a source package in apt's lists ("" when none).
newest_source_in_apt() {  # newest_source_in_apt SOURCE_PACKAGE
  local newest="" v
  while read -r v; do
    if [ -z "$newest" ] || dpkg --compare-versions "$v" gt "$newest"; then newest=$v; fi
  done < <(apt-cache showsrc --only-source "$1" 2>/dev/null | sed -n 's/^Version: //p')
  echo "$newest"
}

# The newest version of a source package that apt offers; when apt cannot
# tell and cannot be taught (no deb-src entry, not root), the one unpacked.
candidate_source_version() {  # candidate_source_version SOURCE_PACKAGE
  local newest
  newest=$(newest_source_in_apt "$1")
  if [ -z "$newest" ] && [ -f "$src/$1.version" ] && [ "$(id -u)" != 0 ]; then
    sed -n 's/^native //p' "$src/$1.version"
    return 0
  fi
  if [ -z "$newest" ]; then  # no deb-src entry yet, or lists older than it
    ensure_deb_src >&2
    apt-get update -qq >&2 || die "apt-get update failed"
    newest=$(newest_source_in_apt "$1")
  fi
  [ -n "$newest" ] || die "apt knows no source package $1"
  echo "$newest"
}

# SOURCE_PACKAGE at VERSION (a Debian version), whose upstream version must be
# NATIVE_UPSTREAM_VERSION, the one the native build links.
fetch() {  # fetch SOURCE_PACKAGE VERSION NATIVE_UPSTREAM_VERSION
  local source=$1 version=$2 native=$3
  # The marker says what the unpacked tree is; the wasm builds key on it.
  local dir=$src/$source marker=$src/$source.version
  if [ -d "$dir" ] && [ -f "$marker" ] && grep -qxF "native $version" "$marker"; then
    return 0
  fi

  local dsc=$src/${source}_${version#*:}.dsc
  if ! dsc_complete "$dsc" && ! verified_orig "$dsc" >/dev/null; then
    ensure_deb_src
    say "downloading the $source $version source package"
    rm -f "$src/${source}"_*
    if ! apt_source "$source=$version" && ! verified_orig "$dsc" >/dev/null; then
      if [ "$updated" = 0 ]; then  # lists older than the deb-src entry, or stale
        apt-get update -qq || die "apt-get update failed"
        updated=1
      fi
      if ! apt_source "$source=$version" && ! verified_orig "$dsc" >/dev/null; then
        # The archive may have moved on from the installed version; the
        # candidate is fine while its upstream version matches (checked below).
        say "$source $version is no longer in the archive; trying the current one"
        apt_source "$source" || { cat "$src/apt-source.log" >&2; die "apt-get source $source failed"; }
      fi
    fi
    # The newest .dsc: Debian's file names hold no blanks or newlines.
    # shellcheck disable=SC2012
    dsc=$(ls -t "$src/${source}"_*.dsc 2>/dev/null | head -1)
    [ -n "$dsc" ] || die "apt-get source $source gave no .dsc in $src"
  fi
  local got
  got=$(sed -n 's/^Version: //p' "$dsc")
  [ "$(upstream_of "$got")" = "$native" ] || die "the $source source package is $got, but the native build's is $native:
  the wasm and native builds must use the same version"

  rm -rf "$dir" "$marker"
  if dsc_complete "$dsc"; then
    say "unpacking $source $got with Debian's patches"
    # --no-check: apt already checked the files against the signed archive.
    dpkg-source --no-check -x "$dsc" "$dir" >"$src/dpkg-source.log" 2>&1 \
      || { cat "$src/dpkg-source.log" >&2; die "dpkg-source -x $dsc failed"; }
    rm -f "$src/dpkg-source.log"
    printf 'native %s\nsource %s\nDebian patches applied\n' "$version" "$got" > "$marker"
    return 0
  fi
  # The archive has lost the Debian part of some old packages (cld2's
  # .debian.tar.xz answers 404) while it still serves the upstream tarball:
  # that tarball, checked against the .dsc, is the same upstream code.
  local orig
  orig=$(verified_orig "$dsc") || die "apt-get source $source gave no complete source package in $src"
  say "unpacking $source $got: upstream tarball only (Debian's part is not in the archive)"
  rm -f "$src/apt-source.log"
  mkdir -p "$dir"
  tar -xf "$orig" -C "$dir" --strip-components=1 || die "unpacking $orig failed"
  printf 'native %s\nsource %s\nupstream tarball, without Debian patches\n' "$version" "$got" > "$marker"
}

native_icu=$(pkg-config --modversion icu-uc 2>/dev/null) || die "pkg-config icu-uc failed: is libicu-dev installed?"
native_xml=$(pkg-config --modversion libxml-2.0 2>/dev/null) || die "pkg-config libxml-2.0 failed: is libxml2-dev installed?"

[ $# -gt 0 ] || set -- icu libxml2 cld2
for name in "$@"; do
  case $name in
    icu)
      version=$(installed_source_version libicu-dev)
      fetch icu "$version" "$native_icu"
      # The version ICU itself declares, not just the package's.
      icu_src=$(sed -n 's/^#define U_ICU_VERSION "\(.*\)"$/\1/p' "$src/icu/source/common/unicode/uvernum.h")
      [ "$icu_src" = "$native_icu" ] \
        || die "ICU source is $icu_src but the native libicu-dev is $native_icu: they must match"
      ;;
    libxml2)
      version=$(installed_source_version libxml2-dev)
      fetch libxml2 "$version" "$native_xml"
      ;;
    cld2)
      # Both targets build CLD2 from this source (scripts/lib/build-cld2.sh),
      # so the version is the archive's. CLD2 has no release numbers:
      # Debian's version names the upstream commit's date.
      cld2_version=$(candidate_source_version cld2)
      fetch cld2 "$cld2_version" "$(upstream_of "$cld2_version")"
      ;;
    *) die "unknown source package $name (known: icu libxml2 cld2)" ;;
  esac
done
