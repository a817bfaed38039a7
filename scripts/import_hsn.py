#!/usr/bin/env python3
"""Derive knowledge/hs/hsn.csv from the GST portal's HSN/SAC master.

Usage: scripts/import_hsn.py [../shared/data/hsn/hsn_master.csv] > knowledge/hs/hsn.csv

Cleaning, so the validator accepts every line:
- codes that lost their leading zero in the spreadsheet (5 or 7 digits) get it back;
  spaces inside a code are dropped ("2307 00" -> "230700");
- a description written as a path ("CHAPTER~Heading~Own text") keeps its own (last) part;
  spreadsheet line-break escapes (_x000D_) and doubled spaces are removed;
- a code listed twice keeps its first (official) description and the second as a short alias
  after " | ".
"""
import csv
import re
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/hsn/hsn_master.csv"
rows = {}
order = []
with open(src, encoding="utf-8") as f:
    for row in csv.DictReader(f):
        code = row["code"].replace(" ", "").strip()
        if len(code) in (5, 7):
            code = "0" + code
        if not code.isdigit() or len(code) not in (2, 4, 6, 8):
            print(f"skipped malformed code {row['code']!r}", file=sys.stderr)
            continue
        desc = row["description"].replace("_x000D_", " ")
        desc = desc.split("~")[-1]
        desc = re.sub(r"\s+", " ", desc).strip()
        if code in rows:
            if desc.lower() != rows[code].lower():
                rows[code] += " | " + desc
            continue
        rows[code] = desc
        order.append(code)

out = csv.writer(sys.stdout, lineterminator="\n")
print("# HSN/SAC master: GSTN (GST portal HSN_SAC.xlsx), Government open data (NDSAP / GODL-India).")
print("# Derived by scripts/import_hsn.py; see knowledge/SOURCES.md.")
out.writerow(["code", "description"])
for code in sorted(order):
    out.writerow([code, rows[code]])
