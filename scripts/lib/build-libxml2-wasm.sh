#!/usr/bin/env bash
# Compiles libxml2 (the HTML parser behind lxml, and so behind trafilatura and
# readability-lxml) to wasm: build/deps/wasm/libxml2/lib/libxml2.a with its
# headers in build/deps/wasm/libxml2/include/libxml2/libxml. Only the parsers
# and the tree: no threads, network, compression, iconv or ICU (pages reach it
# as UTF-8). About 30 s on 2 cores, then cached until the source or the
# options change.
# shellcheck source=scripts/lib/common.sh
source "$(dirname "$0")/common.sh"
lock_deps
"$(dirname "$0")/source-packages.sh" libxml2
use_emscripten

source_dir=$deps/src/libxml2
out=$deps/wasm/libxml2
work=$deps/wasm/libxml2.work
options=(
  -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF
  -DLIBXML2_WITH_THREADS=OFF -DLIBXML2_WITH_HTTP=OFF -DLIBXML2_WITH_FTP=OFF
  -DLIBXML2_WITH_ZLIB=OFF -DLIBXML2_WITH_LZMA=OFF -DLIBXML2_WITH_ICONV=OFF
  -DLIBXML2_WITH_ICU=OFF -DLIBXML2_WITH_MODULES=OFF -DLIBXML2_WITH_PROGRAMS=OFF
  -DLIBXML2_WITH_TESTS=OFF -DLIBXML2_WITH_CATALOG=OFF -DLIBXML2_WITH_DEBUG=OFF
  -DLIBXML2_WITH_PYTHON=OFF -DLIBXML2_WITH_LEGACY=OFF
  # wasm has no threads here: pthread.h must stay undetected (an empty cache
  # entry skips the check), or threads.c is compiled against it and fails on
  # xmlOnceInit.
  -DHAVE_PTHREAD_H=
  -DCMAKE_C_FLAGS=-w   # libxml2 is not our code
)
key="libxml2 $(tr '\n' ' ' < "$deps/src/libxml2.version")| $(first_version_line emcc) | ${options[*]}"
if stamp_matches "$out/.stamp" "$key" && [ -f "$out/lib/libxml2.a" ] && [ -f "$out/include/libxml2/libxml/HTMLparser.h" ]; then
  exit 0
fi

say "compiling libxml2 to wasm (about 30 s)"
rm -rf "$work"
mkdir -p "$work"
log=$work/build.log
emcmake cmake -S "$source_dir" -B "$work/build" "${options[@]}" \
  -DCMAKE_INSTALL_PREFIX="$PWD/$out" >"$log" 2>&1 \
  || { tail -40 "$log" >&2; die "configuring libxml2 for wasm failed (log: $log)"; }
if grep -q '^#define HAVE_PTHREAD_H' "$work/build/config.h"; then
  die "libxml2's configure found pthread.h: the wasm build would fail on xmlOnceInit"
fi
cmake --build "$work/build" >>"$log" 2>&1 || { tail -40 "$log" >&2; die "compiling libxml2 to wasm failed (log: $log)"; }
# Installed beside the old result first (its .pc and xml2-config name $out).
cmake --install "$work/build" --prefix "$work/out" >>"$log" 2>&1 || { tail -20 "$log" >&2; die "installing libxml2 failed (log: $log)"; }
echo "$key" > "$work/out/.stamp"
# Replace the old result only now, so an interrupted build leaves no half library.
rm -rf "$out"
mv "$work/out" "$out"
rm -rf "$work"
say "libxml2 -> $out/lib/libxml2.a ($(du -k "$out/lib/libxml2.a" | cut -f1) KB, ${SECONDS} s)"
