#!/usr/bin/env python3
"""Builds assets/names/ (demo and test names) from ../shared/testdata/vietnamese-names.

Keeps the MIT notice of the data set. Output is NFC, one entry per line:
families.txt  "Nguyễn<TAB>2746" (family name and how often it occurs, for weighted picks)
boy.txt, girl.txt  middle + given names by gender.
"""
import collections, json, os, shutil, sys, unicodedata

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '../../shared/testdata/vietnamese-names')
out = os.path.join(os.path.dirname(__file__), '../assets/names')
# NFC, and the Icelandic eth (U+00D0/U+00F0) some entries use for Đ/đ mapped to the Vietnamese letters.
nfc = lambda s: unicodedata.normalize('NFC', s).strip().replace('\u00d0', '\u0110').replace('\u00f0', '\u0111')
people = json.load(open(os.path.join(src, 'uit_member.json'), encoding='utf-8'))
# A few entries of the data set were typed in the VNI-Windows encoding or are not names;
# checked with vn.RepairLegacy / vn.IsVietnameseWord and mapped here by hand.
VNI_FIXES = {'Buøi': 'Bùi', 'Döông': 'Dương', 'Ñoã': 'Đỗ', 'Huøynh': 'Huỳnh', 'Hùynh': 'Huỳnh',
             'Ñinh': 'Đinh', 'Laâm': 'Lâm', 'Ngoâ': 'Ngô', 'Vuõ': 'Vũ', 'Le': 'Lê'}
NOT_NAMES = {'Student', 'BĂši'}
fam = collections.Counter()
for p in people:
    name = nfc(p['last_name_group'])
    name = VNI_FIXES.get(name, name)
    if name and name not in NOT_NAMES:
        fam[name] += 1
with open(os.path.join(out, 'families.txt'), 'w', encoding='utf-8') as f:
    for name, n in sorted(fam.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= 2 and name.isalpha():
            f.write(f'{name}\t{n}\n')
for g in ('boy', 'girl'):
    lines = [nfc(l) for l in open(os.path.join(src, g + '.txt'), encoding='utf-8') if l.strip()]
    with open(os.path.join(out, g + '.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(sorted(set(lines))) + '\n')
shutil.copy(os.path.join(src, 'LICENSE'), os.path.join(out, 'LICENSE'))
