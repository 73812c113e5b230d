#!/usr/bin/env bash
# Cuts the ICU data that Wiredesk's wasm build hands to ICU (udata_setCommonData)
# out of ICU's full data file (31 MB) with Debian's icupkg (icu-devtools, the
# same 72.1): build/deps/icu-data/icudt72l.dat, about 330 KB (about 140 KB
# gzipped). The name must stay icudt72l.dat: ICU looks items up by that
# package name, and another name gives U_MISSING_RESOURCE_ERROR.
#
# Checked item by item against Debian's full data (same results, statuses and
# valid locales, natively and in wasm, on English and Vietnamese text):
#   - brkitr/root.res: which rules each break type uses (missing: every
#     BreakIterator fails); brkitr/en.res, en_US.res: English's own entries and
#     the en@ss=standard sentence suppressions ("Mr."); brkitr/res_index.res:
#     the list of break locales (getAvailableLocales).
#   - brkitr/char.brk, word.brk, sent.brk, line.brk: createCharacterInstance,
#     createWordInstance, createSentenceInstance, createLineInstance (for any
#     locale; there is no Vietnamese break data, vi falls back to root, as it
#     does natively).
#   - nfkc.nrm: NFKC and NFKD; nfkc_cf.nrm: NFKC_Casefold. NFC/NFD, case
#     folding and mapping (foldCase, toLower) and u_charType's properties are
#     compiled into libicuuc and need no data.
#   - uemoji.icu: the emoji properties (u_hasBinaryProperty UCHAR_EMOJI,
#     EXTENDED_PICTOGRAPHIC...). The compiled break rules carry their own sets.
#   - cnvalias.icu and the single-byte converters (windows-125x, ISO 8859,
#     KOI8) used to decode pages by their declared charset (src/text/charset.cc).
# Left out: the locale bundles (root/en/vi.res, pool.res: 290 KB that none of
# the calls above reads), the line-break variants (loose/strict/CJ), word_POSIX,
# title, collation, and the CJK, Thai, Khmer, Lao and Burmese dictionaries
# (3+ MB; brkitr/root.res names them, hence --ignore-deps). Add items here
# when the code starts using more of ICU: the wasm unit tests fail when one
# is missing.
# shellcheck source=scripts/lib/common.sh
source "$(dirname "$0")/common.sh"
lock_deps
"$(dirname "$0")/source-packages.sh" icu

full=$deps/src/icu/source/data/in/icudt72l.dat
out=$deps/icu-data
work=$deps/icu-data.work
items=(
  brkitr/res_index.res brkitr/root.res brkitr/en.res brkitr/en_US.res
  brkitr/char.brk brkitr/word.brk brkitr/sent.brk brkitr/line.brk
  nfkc.nrm nfkc_cf.nrm
  uemoji.icu
  cnvalias.icu
  ibm-5346_P100-1998.cnv ibm-5347_P100-1998.cnv ibm-5348_P100-1997.cnv ibm-5349_P100-1998.cnv
  ibm-5350_P100-1998.cnv ibm-9447_P100-2002.cnv ibm-9448_X100-2005.cnv ibm-9449_P100-2002.cnv
  ibm-5354_P100-1998.cnv ibm-912_P100-1995.cnv ibm-913_P100-2000.cnv ibm-914_P100-1995.cnv
  ibm-915_P100-1995.cnv ibm-1089_P100-1995.cnv ibm-9005_X110-2007.cnv ibm-916_P100-1995.cnv
  ibm-920_P100-1995.cnv ibm-923_P100-1998.cnv ibm-878_P100-1996.cnv ibm-1168_P100-2002.cnv
  ibm-874_P100-1995.cnv
)
key="ICU $(tr '\n' ' ' < "$deps/src/icu.version")| icupkg $(dpkg-query -W -f='${Version}' icu-devtools 2>/dev/null || true) | ${items[*]}"
if stamp_matches "$out/.stamp" "$key" && [ -f "$out/icudt72l.dat" ]; then
  exit 0
fi

[ -f "$full" ] || die "$full is missing: the ICU source package should ship it"
command -v icupkg >/dev/null || die "icupkg not found: install icu-devtools"
say "cutting ICU's data (${#items[@]} items)"
rm -rf "$work"
mkdir -p "$work/items" "$work/out"
printf '%s\n' "${items[@]}" > "$work/out/items.txt"
icupkg -x "$work/out/items.txt" -d "$work/items" "$full" || die "icupkg could not extract the items from $full"
(cd "$work" && icupkg -a out/items.txt -s items --ignore-deps new out/icudt72l.dat) >/dev/null \
  || die "icupkg could not build icudt72l.dat"
echo "$key" > "$work/out/.stamp"
rm -rf "$out"
mv "$work/out" "$out"
rm -rf "$work"
say "ICU data -> $out/icudt72l.dat ($(du -k "$out/icudt72l.dat" | cut -f1) KB)"
