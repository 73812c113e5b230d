#!/usr/bin/env bash
# Compiles ICU's common library (break iterators, normalisation, case
# folding, properties) to wasm: build/deps/wasm/icu/{lib/libicuuc.a,include}.
# ICU's data is not compiled in; see icu-data.sh. About 2 minutes on 2 cores,
# then cached until the ICU version or the flags change.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NODE_PATH=/usr/share/nodejs

source_dir=build/deps/src/icu/source
out=build/deps/wasm/icu
work=build/deps/wasm/icu-objects
# -w: ICU is not our code; its deprecation warnings are noise here.
flags="-O2 -w -std=c++17 -DU_STATIC_IMPLEMENTATION -DU_CHARSET_IS_UTF8=1"
key="$(cat build/deps/src/icu.version) $(em++ --version | head -1) $flags"
stamp="$out/.stamp"
[ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ] && exit 0

echo "setup: compiling ICU to wasm (about 2 minutes)"
rm -rf "$out" "$work"
mkdir -p "$out/lib" "$out/include" "$work"
cp -r "$source_dir/common/unicode" "$out/include/"

# A Makefile so that make -j compiles on every core and stops on the first error.
{
  echo "objects := \$(patsubst $source_dir/%.cpp,$work/%.o,\$(wildcard $source_dir/common/*.cpp) $source_dir/stubdata/stubdata.cpp)"
  echo "all: \$(objects)"
  echo "$work/common/%.o: $source_dir/common/%.cpp"
  echo "	@mkdir -p \$(@D) && em++ $flags -DU_COMMON_IMPLEMENTATION -I$source_dir/common -c \$< -o \$@"
  echo "$work/stubdata/%.o: $source_dir/stubdata/%.cpp"
  echo "	@mkdir -p \$(@D) && em++ $flags -I$source_dir/common -c \$< -o \$@"
} > "$work/Makefile"
make -s -f "$work/Makefile" -j"$(nproc)"
emar rcs "$out/lib/libicuuc.a" "$work"/common/*.o "$work"/stubdata/*.o
rm -rf "$work"
echo "$key" > "$stamp"
