#!/usr/bin/env bash
# Cuts the ICU data that Wiredesk's wasm build uses out of ICU's full data
# file (31 MB): the sentence, word and character break rules with their
# locale index, the NFKC and NFKC_Casefold normalisation tables, emoji
# properties, and the converters of the common single-byte charsets with
# their alias table (windows-125x, ISO 8859, KOI8), about 290 KB. Locale
# bundles, line breaking, multi-byte legacy charsets and the CJK, Thai, Khmer,
# Lao and Burmese dictionaries (3+ MB) are left out. Add items here
# when code in src/text/ starts using more of ICU; the unit tests, run in wasm,
# fail when an item is missing. The result must be named icudt72l.dat: ICU
# looks items up by that package name.
set -euo pipefail
cd "$(dirname "$0")/../.."

full=build/deps/src/icu/source/data/in/icudt72l.dat
out=build/deps/icu-data
items=(
  brkitr/res_index.res brkitr/root.res brkitr/en.res brkitr/en_US.res
  brkitr/char.brk brkitr/word.brk brkitr/sent.brk
  nfkc.nrm nfkc_cf.nrm uemoji.icu
  cnvalias.icu
  ibm-5346_P100-1998.cnv ibm-5347_P100-1998.cnv ibm-5348_P100-1997.cnv ibm-5349_P100-1998.cnv
  ibm-5350_P100-1998.cnv ibm-9447_P100-2002.cnv ibm-9448_X100-2005.cnv ibm-9449_P100-2002.cnv
  ibm-5354_P100-1998.cnv ibm-912_P100-1995.cnv ibm-913_P100-2000.cnv ibm-914_P100-1995.cnv
  ibm-915_P100-1995.cnv ibm-1089_P100-1995.cnv ibm-9005_X110-2007.cnv ibm-916_P100-1995.cnv
  ibm-920_P100-1995.cnv ibm-923_P100-1998.cnv ibm-878_P100-1996.cnv ibm-1168_P100-2002.cnv
  ibm-874_P100-1995.cnv
)
key="$(sha256sum "$full" | cut -c1-16) ${items[*]}"
[ -f "$out/.stamp" ] && [ "$(cat "$out/.stamp")" = "$key" ] && [ -f "$out/icudt72l.dat" ] && exit 0

echo "setup: cutting ICU's data"
rm -rf "$out"
mkdir -p "$out/items"
printf '%s\n' "${items[@]}" > "$out/items.txt"
icupkg -x "$out/items.txt" -d "$out/items" "$full"
(cd "$out" && icupkg -a items.txt -s items --ignore-deps new icudt72l.dat)
rm -rf "$out/items"
echo "$key" > "$out/.stamp"
