#!/usr/bin/env bash
# Builds CLD2 (Compact Language Detector 2, the detector Chromium shipped)
# from Debian's source package for both targets, with the same tables:
#   build/deps/native/cld2/lib/libcld2.a      g++, the tables compiled in
#   build/deps/wasm/cld2/lib/libcld2.a        em++, in CLD2's "dynamic mode"
#                                             (tables loaded at run time)
#   build/deps/{native,wasm}/cld2/include/cld2/...   headers, laid out as
#                                             Debian's libcld2-dev lays them
#   build/deps/cld2-data/cld2.dat             the tables for the wasm build
#                                             (1.0 MB, 837 KB gzip)
# The data file is dumped and verified by CLD2's own cld2_dynamic_data_tool,
# linked from the very objects that make the native library, so both targets
# score with the same numbers. Kept apart, the tables stay out of the wasm
# module: the worker fetches them when the first document arrives.
# The tables are upstream's "chrome" set (internal/compile_libs.sh, which is
# what Debian's libcld2.so is built from) with its smaller quadgram table,
# cld2_generated_quadchrome_16.cc (32K buckets against 64K): a data file of
# 1.0 MB, 837 KB gzip, against 1.5 MB, 1.2 MB gzip. Measured against Debian's
# libcld2 on the texts of the development sets (1,167 with text: Vietnamese
# clusters, English summaries, both extraction sets): the same label for
# 1,166 whole texts (one Vietnamese text full of English product names goes
# from vi to und), and for all of them cut to their first 100 and 200
# characters; cut to 40, 7 more are und (99 against 92).
# About two minutes on 2 cores (one table file is 4.9 MB of source), then
# cached until the source, the tables or the flags change.
# shellcheck source=scripts/lib/common.sh
source "$(dirname "$0")/common.sh"
lock_deps
"$(dirname "$0")/source-packages.sh" cld2
use_emscripten

source_dir=$deps/src/cld2
native_out=$deps/native/cld2
wasm_out=$deps/wasm/cld2
data_out=$deps/cld2-data
work=$deps/cld2.work
code="cldutil.cc cldutil_shared.cc compact_lang_det.cc compact_lang_det_hint_code.cc
  compact_lang_det_impl.cc debug.cc fixunicodevalue.cc generated_entities.cc
  generated_language.cc generated_ulscript.cc getonescriptspan.cc lang_script.cc
  offsetmap.cc scoreonescriptspan.cc tote.cc utf8statetable.cc"
# The dynamic mode's loader (wasm) and what the data tool needs besides (native).
loader="cld2_dynamic_data.cc cld2_dynamic_data_loader.cc"
tool="cld2_dynamic_data_extractor.cc cld2_dynamic_data_tool.cc"
tables="cld_generated_cjk_uni_prop_80.cc cld2_generated_cjk_compatible.cc
  cld_generated_cjk_delta_bi_4.cc generated_distinct_bi_0.cc
  cld2_generated_quadchrome_16.cc cld2_generated_deltaoctachrome.cc
  cld2_generated_distinctoctachrome.cc cld_generated_score_quad_octa_2.cc"
# -w: CLD2 is not our code. Its generated tables narrow int constants into
# chars, which C++11 calls an error; CLD2 was written for C++98.
flags="-O2 -w -std=c++98"
wasm_flags="$flags -DCLD2_DYNAMIC_MODE"
# The lists are squeezed to one line each (unquoted echo) so the key is one line.
# shellcheck disable=SC2086,SC2116
key="CLD2 $(tr '\n' ' ' < "$deps/src/cld2.version")| $(first_version_line em++) | $(echo $code $loader) | $wasm_flags | tables: $(echo $tables) | $(first_version_line g++) $flags"
built() {  # built OUT_DIR: a library and headers made with this key
  stamp_matches "$1/.stamp" "$key" && [ -f "$1/lib/libcld2.a" ] \
    && [ -f "$1/include/cld2/public/compact_lang_det.h" ] \
    && [ -f "$1/include/cld2/internal/lang_script.h" ]
}
if built "$native_out" && built "$wasm_out" \
   && stamp_matches "$data_out/.stamp" "$key" && [ -f "$data_out/cld2.dat" ]; then
  exit 0
fi

say "compiling CLD2 natively and to wasm, its tables into a data file, on $(nproc) cores (about two minutes)"
rm -rf "$work"
mkdir -p "$work/wasm" "$work/native" "$work/data"
objects() {  # objects DIR FILE... -> DIR/FILE.o for each FILE.cc
  local dir=$1 f
  shift
  for f in "$@"; do printf '%s ' "$dir/${f%.cc}.o"; done
}
# cld2_dynamic_data_tool reads the lengths of the quadgram tables' indirect
# arrays from two exported constants that cld2_generated_quadchrome_2.cc
# defines and cld2_generated_quadchrome_16.cc does not (it keeps them static):
# the table is compiled through a wrapper that exports them.
cat > "$work/quadchrome_16.cc" <<'EOF'
#include "cld2_generated_quadchrome_16.cc"
namespace CLD2 {
extern const uint32 kQuadChromeIndSize = kQuadChrome1015_16SizeOne;
extern const uint32 kQuadChrome2IndSize = kQuadChrome1015_16_2SizeOne;
}  // namespace CLD2
EOF
# A Makefile, so that make -j compiles on every core and stops at the first error.
# shellcheck disable=SC2086
{
  echo "wasm := $(objects "$work/wasm" $code $loader)"
  echo "native := $(objects "$work/native" $code $tables)"
  echo "tool := $(objects "$work/native" $loader $tool)"
  echo "all: \$(wasm) $work/cld2_dynamic_data_tool"
  echo "$work/wasm/%.o: $source_dir/internal/%.cc"
  echo "	@em++ $wasm_flags -c \$< -o \$@"
  echo "$work/native/%.o: $source_dir/internal/%.cc"
  echo "	@g++ $flags -c \$< -o \$@"
  echo "$work/native/cld2_generated_quadchrome_16.o: $work/quadchrome_16.cc"
  echo "	@g++ $flags -I$source_dir/internal -c \$< -o \$@"
  echo "$work/cld2_dynamic_data_tool: \$(native) \$(tool)"
  echo "	@g++ \$^ -o \$@"
} > "$work/Makefile"
make -s -f "$work/Makefile" -j"$(nproc)" || die "compiling CLD2 failed (see the compiler's errors above)"
"$work/cld2_dynamic_data_tool" --dump "$work/data/cld2.dat" >"$work/dump.log" 2>&1 \
  || { cat "$work/dump.log" >&2; die "dumping CLD2's tables failed"; }
"$work/cld2_dynamic_data_tool" --verify "$work/data/cld2.dat" >"$work/verify.log" 2>&1 \
  || { cat "$work/verify.log" >&2; die "CLD2's data file does not match its tables"; }
echo "$key" > "$work/data/.stamp"
for target in native wasm; do
  mkdir -p "$work/out-$target/lib" "$work/out-$target/include/cld2/internal"
  # The headers where Debian's libcld2-dev puts them: <cld2/public/...>, which
  # reaches for its types in ../internal.
  cp -r "$source_dir/public" "$work/out-$target/include/cld2/"
  cp "$source_dir"/internal/*.h "$work/out-$target/include/cld2/internal/"
  echo "$key" > "$work/out-$target/.stamp"
done
# shellcheck disable=SC2046,SC2086
ar rcs "$work/out-native/lib/libcld2.a" $(objects "$work/native" $code $tables) \
  || die "ar failed on CLD2's native objects"
# shellcheck disable=SC2046,SC2086
emar rcs "$work/out-wasm/lib/libcld2.a" $(objects "$work/wasm" $code $loader) \
  || die "emar failed on CLD2's wasm objects"
# Replace the old results only now, so an interrupted build leaves no half library.
rm -rf "$native_out" "$wasm_out" "$data_out"
mkdir -p "$deps/native" "$deps/wasm"
mv "$work/out-native" "$native_out"
mv "$work/out-wasm" "$wasm_out"
mv "$work/data" "$data_out"
rm -rf "$work"
say "CLD2 -> $native_out/lib/libcld2.a ($(du -k "$native_out/lib/libcld2.a" | cut -f1) KB), $wasm_out/lib/libcld2.a ($(du -k "$wasm_out/lib/libcld2.a" | cut -f1) KB) and $data_out/cld2.dat ($(du -k "$data_out/cld2.dat" | cut -f1) KB, ${SECONDS} s)"
