#!/usr/bin/env bash
# Compiles CLD2 (Compact Language Detector 2, the detector Chromium shipped)
# to wasm: build/deps/wasm/cld2/lib/libcld2.a with its public headers in
# build/deps/wasm/cld2/include/cld2/public. The files are those of upstream's
# libcld2 (internal/compile_libs.sh), which is what Debian's native libcld2.so
# is built from: the same code and the same "chrome" tables (about 83
# languages), so both targets detect alike.
# About a minute on 2 cores (one table file is 7.6 MB of source), then cached
# until the source or the flags change.
# shellcheck source=scripts/lib/common.sh
source "$(dirname "$0")/common.sh"
lock_deps
"$(dirname "$0")/source-packages.sh" cld2
use_emscripten

source_dir=$deps/src/cld2
out=$deps/wasm/cld2
work=$deps/wasm/cld2.work
files="cldutil.cc cldutil_shared.cc compact_lang_det.cc compact_lang_det_hint_code.cc
  compact_lang_det_impl.cc debug.cc fixunicodevalue.cc generated_entities.cc
  generated_language.cc generated_ulscript.cc getonescriptspan.cc lang_script.cc
  offsetmap.cc scoreonescriptspan.cc tote.cc utf8statetable.cc
  cld_generated_cjk_uni_prop_80.cc cld2_generated_cjk_compatible.cc
  cld_generated_cjk_delta_bi_4.cc generated_distinct_bi_0.cc
  cld2_generated_quadchrome_2.cc cld2_generated_deltaoctachrome.cc
  cld2_generated_distinctoctachrome.cc cld_generated_score_quad_octa_2.cc"
# -w: CLD2 is not our code. Its generated tables narrow int constants into
# chars, which C++11 calls an error; CLD2 was written for C++98.
flags="-O2 -w -std=c++98"
key="CLD2 $(tr '\n' ' ' < "$deps/src/cld2.version")| $(first_version_line em++) | $(echo $files) | $flags"
if stamp_matches "$out/.stamp" "$key" && [ -f "$out/lib/libcld2.a" ] \
   && [ -f "$out/include/cld2/public/compact_lang_det.h" ] \
   && [ -f "$out/include/cld2/internal/lang_script.h" ]; then
  exit 0
fi

say "compiling CLD2 to wasm on $(nproc) cores (about a minute)"
rm -rf "$work"
mkdir -p "$work/obj" "$work/out/lib" "$work/out/include/cld2"
# A Makefile, so that make -j compiles on every core and stops at the first error.
{
  echo "objects := $(for f in $files; do printf '%s ' "$work/obj/${f%.cc}.o"; done)"
  echo "all: \$(objects)"
  echo "$work/obj/%.o: $source_dir/internal/%.cc"
  echo "	@em++ $flags -c \$< -o \$@"
} > "$work/Makefile"
make -s -f "$work/Makefile" -j"$(nproc)" || die "compiling CLD2 to wasm failed (see the em++ errors above)"
emar rcs "$work/out/lib/libcld2.a" "$work"/obj/*.o || die "emar failed on CLD2's objects"
# The headers where Debian's libcld2-dev puts them: <cld2/public/...>, which
# reaches for its types in ../internal.
mkdir -p "$work/out/include/cld2/internal"
cp -r "$source_dir/public" "$work/out/include/cld2/"
cp "$source_dir"/internal/*.h "$work/out/include/cld2/internal/"
echo "$key" > "$work/out/.stamp"
# Replace the old result only now, so an interrupted build leaves no half library.
rm -rf "$out"
mv "$work/out" "$out"
rm -rf "$work"
say "CLD2 -> $out/lib/libcld2.a ($(du -k "$out/lib/libcld2.a" | cut -f1) KB, ${SECONDS} s)"
