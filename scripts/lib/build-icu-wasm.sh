#!/usr/bin/env bash
# Compiles ICU's common library to wasm: build/deps/wasm/icu/lib/libicuuc.a
# with its headers in build/deps/wasm/icu/include/unicode. That library holds
# what Wiredesk uses: break iterators, normalisation, case folding, character
# properties, converters. i18n/ (collation, transliteration, formatting) is
# left out. ICU's data is not compiled in (stubdata): the program hands it the
# file that icu-data.sh cuts, with udata_setCommonData.
# About 2 minutes on 2 cores, then cached until the source or the flags change.
# shellcheck source=scripts/lib/common.sh
source "$(dirname "$0")/common.sh"
lock_deps
"$(dirname "$0")/source-packages.sh" icu
use_emscripten

source_dir=$deps/src/icu/source
out=$deps/wasm/icu
work=$deps/wasm/icu.work
# -w: ICU is not our code; its warnings are noise here.
flags="-O2 -w -std=c++17 -DU_STATIC_IMPLEMENTATION -DU_CHARSET_IS_UTF8=1"
common_flags="-DU_COMMON_IMPLEMENTATION"   # common/*.cpp only, not stubdata
key="ICU $(tr '\n' ' ' < "$deps/src/icu.version")| $(first_version_line em++) | common/*.cpp $common_flags $flags + stubdata/stubdata.cpp $flags"
if stamp_matches "$out/.stamp" "$key" && [ -f "$out/lib/libicuuc.a" ] && [ -f "$out/include/unicode/brkiter.h" ]; then
  exit 0
fi

say "compiling ICU's common library to wasm on $(nproc) cores (about 2 minutes)"
rm -rf "$work"
mkdir -p "$work/out/lib" "$work/out/include"
# A Makefile, so that make -j compiles on every core and stops at the first error.
{
  echo "objects := \$(patsubst $source_dir/%.cpp,$work/%.o,\$(wildcard $source_dir/common/*.cpp) $source_dir/stubdata/stubdata.cpp)"
  echo "all: \$(objects)"
  echo "$work/common/%.o: $source_dir/common/%.cpp"
  echo "	@mkdir -p \$(@D) && em++ $flags $common_flags -I$source_dir/common -c \$< -o \$@"
  echo "$work/stubdata/%.o: $source_dir/stubdata/%.cpp"
  echo "	@mkdir -p \$(@D) && em++ $flags -I$source_dir/common -c \$< -o \$@"
} > "$work/Makefile"
make -s -f "$work/Makefile" -j"$(nproc)" || die "compiling ICU to wasm failed (see the em++ errors above)"
count=$(find "$work/common" -name "*.o" | wc -l)
emar rcs "$work/out/lib/libicuuc.a" "$work"/common/*.o "$work"/stubdata/*.o || die "emar failed on ICU's objects"
cp -r "$source_dir/common/unicode" "$work/out/include/"
echo "$key" > "$work/out/.stamp"
# Replace the old result only now, so an interrupted build leaves no half library.
rm -rf "$out"
mv "$work/out" "$out"
rm -rf "$work"
say "ICU: $count files of common/ + stubdata -> $out/lib/libicuuc.a ($(du -k "$out/lib/libicuuc.a" | cut -f1) KB, ${SECONDS} s)"
