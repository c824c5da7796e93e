#!/usr/bin/env python3
"""Mechanical derivations of shipped reference files from ../shared/data (run from the project root).

- reference/gcm/gcm-objectives.csv: objective number and title from gcms_short.md, titles put in sentence case;
  objective 20, wrong in the source file (a copy of objective 2), is replaced by its title in A/RES/73/195.
- reference/sdg/sdg-10-7-2-domains.csv: the six SDG 10.7.2 policy domains, from the Armstat by-domain file labels.
"""
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "main" / "resources" / "reference"

OBJECTIVE_20 = "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants"


def sentence_case(title: str) -> str:
    words = title.split()
    return " ".join([words[0]] + [w.lower() for w in words[1:]])


def gcm():
    text = (SHARED / "gcm-objectives" / "gcms_short.md").read_text(encoding="utf-8")
    rows = []
    for number, title in re.findall(r"# Objective (\d+)\n## Title: (.+)", text):
        n = int(number)
        rows.append((n, OBJECTIVE_20 if n == 20 else sentence_case(title.strip())))
    assert [r[0] for r in rows] == list(range(1, 24)), rows
    with open(OUT / "gcm" / "gcm-objectives.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["objective", "title"])
        w.writerows(rows)


def sdg_domains():
    rows = []
    with open(SHARED / "sdg-10-7-2-migration-policies" / "armenia_indicator_10-7-2_by_domain.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            m = re.match(r"Domain (\d)\.\s*(.+)", row["Policy area"])
            entry = (int(m.group(1)), m.group(2).strip())
            if entry not in rows:
                rows.append(entry)
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5, 6], rows
    (OUT / "sdg").mkdir(exist_ok=True)
    with open(OUT / "sdg" / "sdg-10-7-2-domains.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["domain", "name"])
        w.writerows(rows)


if __name__ == "__main__":
    gcm()
    sdg_domains()
