#!/usr/bin/env bash
# Compiles libxml2 (the HTML parser behind lxml, and so behind trafilatura and
# readability-lxml) to wasm: build/deps/wasm/libxml2/{lib/libxml2.a,include}.
# Only the parser and tree: no threads, network, compression, iconv or ICU
# (pages reach it as UTF-8). About 30 s, then cached.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NODE_PATH=/usr/share/nodejs

source_dir=build/deps/src/libxml2
out=build/deps/wasm/libxml2
work=build/deps/wasm/libxml2-build
options=(
  -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF
  -DLIBXML2_WITH_THREADS=OFF -DLIBXML2_WITH_HTTP=OFF -DLIBXML2_WITH_FTP=OFF
  -DLIBXML2_WITH_ZLIB=OFF -DLIBXML2_WITH_LZMA=OFF -DLIBXML2_WITH_ICONV=OFF
  -DLIBXML2_WITH_ICU=OFF -DLIBXML2_WITH_MODULES=OFF -DLIBXML2_WITH_PROGRAMS=OFF
  -DLIBXML2_WITH_TESTS=OFF -DLIBXML2_WITH_CATALOG=OFF -DLIBXML2_WITH_DEBUG=OFF
  -DLIBXML2_WITH_PYTHON=OFF -DLIBXML2_WITH_LEGACY=OFF
  # wasm has no threads here: pthread.h must stay undetected, or threads.c
  # is compiled against it and fails on xmlOnceInit.
  -DHAVE_PTHREAD_H=
)
key="$(cat build/deps/src/libxml2.version) $(emcc --version | head -1) ${options[*]}"
stamp="$out/.stamp"
[ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ] && exit 0

echo "setup: compiling libxml2 to wasm"
rm -rf "$out" "$work"
emcmake cmake -S "$source_dir" -B "$work" -G Ninja "${options[@]}" \
  -DCMAKE_INSTALL_PREFIX="$PWD/$out" -DCMAKE_C_FLAGS="-w" >"$work.log" 2>&1 \
  || { cat "$work.log" >&2; exit 1; }
if grep -q '^#define HAVE_PTHREAD_H' "$work/config.h"; then
  echo "setup: libxml2's configure found pthread.h; the wasm build would fail" >&2
  exit 1
fi
cmake --build "$work" >>"$work.log" 2>&1 || { tail -40 "$work.log" >&2; exit 1; }
cmake --install "$work" >>"$work.log" 2>&1 || { tail -20 "$work.log" >&2; exit 1; }
rm -rf "$work" "$work.log"
echo "$key" > "$stamp"
