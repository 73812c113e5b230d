#!/usr/bin/env bash
# Compiles CLD2 (Compact Language Detector 2, the detector Chromium shipped)
# to wasm, its scoring tables kept apart in a data file:
#   build/deps/wasm/cld2/lib/libcld2.a        the code, in CLD2's "dynamic
#                                             mode" (tables loaded at run time)
#   build/deps/wasm/cld2/include/cld2/...     its headers, laid out as Debian's
#   build/deps/cld2-data/cld2.dat             the tables (1.5 MB, 1.2 MB gzip)
# The tables are the "chrome" set of upstream's libcld2 (internal/
# compile_libs.sh), which is what Debian's native libcld2.so is built from, so
# both targets detect alike: the data file is dumped and verified by CLD2's own
# cld2_dynamic_data_tool, compiled natively from the same files. Kept apart,
# the tables stay out of the page's first download: the worker fetches them
# when the first document arrives.
# Measured and not used: upstream's smaller quadgram table
# (cld2_generated_quadchrome_16.cc, 32K buckets against 64K) gives a data file
# of 1.0 MB (840 KB gzip against 1.2 MB) that labels every document of the
# development sets (Vietnamese clusters, English summaries and extraction
# pages) as the shipped one does, also on their first 40, 100 and 200
# characters (where at 40 it calls 29 of 1,168 texts unreliable against
# the shipped table's 16; at 100 and 200 the same); but
# Debian's native libcld2 carries the larger table compiled in, and both
# targets must detect alike.
# About a minute on 2 cores (one table file is 7.6 MB of source), then cached
# until the source or the flags change.
# shellcheck source=scripts/lib/common.sh
source "$(dirname "$0")/common.sh"
lock_deps
"$(dirname "$0")/source-packages.sh" cld2
use_emscripten

source_dir=$deps/src/cld2
out=$deps/wasm/cld2
data_out=$deps/cld2-data
work=$deps/wasm/cld2.work
code="cldutil.cc cldutil_shared.cc compact_lang_det.cc compact_lang_det_hint_code.cc
  compact_lang_det_impl.cc debug.cc fixunicodevalue.cc generated_entities.cc
  generated_language.cc generated_ulscript.cc getonescriptspan.cc lang_script.cc
  offsetmap.cc scoreonescriptspan.cc tote.cc utf8statetable.cc
  cld2_dynamic_data.cc cld2_dynamic_data_loader.cc"
tables="cld_generated_cjk_uni_prop_80.cc cld2_generated_cjk_compatible.cc
  cld_generated_cjk_delta_bi_4.cc generated_distinct_bi_0.cc
  cld2_generated_quadchrome_2.cc cld2_generated_deltaoctachrome.cc
  cld2_generated_distinctoctachrome.cc cld_generated_score_quad_octa_2.cc"
# -w: CLD2 is not our code. Its generated tables narrow int constants into
# chars, which C++11 calls an error; CLD2 was written for C++98.
flags="-O2 -w -std=c++98"
wasm_flags="$flags -DCLD2_DYNAMIC_MODE"
# The lists are squeezed to one line each (unquoted echo) so the key is one line.
# shellcheck disable=SC2086,SC2116
key="CLD2 $(tr '\n' ' ' < "$deps/src/cld2.version")| $(first_version_line em++) | $(echo $code) | $wasm_flags | tables: $(echo $tables) | $(first_version_line g++) $flags"
if stamp_matches "$out/.stamp" "$key" && [ -f "$out/lib/libcld2.a" ] \
   && [ -f "$out/include/cld2/public/compact_lang_det.h" ] \
   && [ -f "$out/include/cld2/internal/lang_script.h" ] \
   && stamp_matches "$data_out/.stamp" "$key" && [ -f "$data_out/cld2.dat" ]; then
  exit 0
fi

say "compiling CLD2 to wasm, and its tables into a data file, on $(nproc) cores (about a minute)"
rm -rf "$work"
mkdir -p "$work/obj" "$work/native" "$work/out/lib" "$work/out/include/cld2" "$work/data"
# A Makefile, so that make -j compiles on every core and stops at the first error.
{
  echo "objects := $(for f in $code; do printf '%s ' "$work/obj/${f%.cc}.o"; done)"
  echo "native := $(for f in $code $tables cld2_dynamic_data_extractor.cc cld2_dynamic_data_tool.cc; do printf '%s ' "$work/native/${f%.cc}.o"; done)"
  echo "all: \$(objects) $work/cld2_dynamic_data_tool"
  echo "$work/obj/%.o: $source_dir/internal/%.cc"
  echo "	@em++ $wasm_flags -c \$< -o \$@"
  echo "$work/native/%.o: $source_dir/internal/%.cc"
  echo "	@g++ $flags -c \$< -o \$@"
  echo "$work/cld2_dynamic_data_tool: \$(native)"
  echo "	@g++ \$^ -o \$@"
} > "$work/Makefile"
make -s -f "$work/Makefile" -j"$(nproc)" || die "compiling CLD2 failed (see the compiler's errors above)"
emar rcs "$work/out/lib/libcld2.a" "$work"/obj/*.o || die "emar failed on CLD2's objects"
"$work/cld2_dynamic_data_tool" --dump "$work/data/cld2.dat" >"$work/dump.log" 2>&1 \
  || { cat "$work/dump.log" >&2; die "dumping CLD2's tables failed"; }
"$work/cld2_dynamic_data_tool" --verify "$work/data/cld2.dat" >"$work/verify.log" 2>&1 \
  || { cat "$work/verify.log" >&2; die "CLD2's data file does not match its tables"; }
# The headers where Debian's libcld2-dev puts them: <cld2/public/...>, which
# reaches for its types in ../internal.
mkdir -p "$work/out/include/cld2/internal"
cp -r "$source_dir/public" "$work/out/include/cld2/"
cp "$source_dir"/internal/*.h "$work/out/include/cld2/internal/"
echo "$key" > "$work/out/.stamp"
echo "$key" > "$work/data/.stamp"
# Replace the old results only now, so an interrupted build leaves no half library.
rm -rf "$out" "$data_out"
mv "$work/out" "$out"
mv "$work/data" "$data_out"
rm -rf "$work"
say "CLD2 -> $out/lib/libcld2.a ($(du -k "$out/lib/libcld2.a" | cut -f1) KB) and $data_out/cld2.dat ($(du -k "$data_out/cld2.dat" | cut -f1) KB, ${SECONDS} s)"
