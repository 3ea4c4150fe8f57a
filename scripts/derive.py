"""Derive the figures the reported counts imply, and label them as derived.

Two general rules over the dimensions, applied within one source:
- complement: a reported count T and a reported part P that differ only on one dimension,
  where P's code has exactly one sibling code under T's code (Indigenous `yes` -> `no`,
  `killed` -> `disappeared`), give the sibling = T - P, unless the sibling is reported.
- sum_of_parts: reported counts that cover every code under a wider code and differ on
  nothing else (18 killed + 1 disappeared) give the wider count, unless it is reported.

Usage: python scripts/derive.py [--data DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

import tables
import vocab

KEY = ["source_id", "country", "period_start", "period_end", *vocab.DIMENSIONS]


def children(dimension: str, code: str) -> list[str]:
    """Codes directly inside `code` (for `all`, the codes with no other broader code)."""
    return [c for c in vocab.codes(dimension)
            if c != code and vocab.broader_chain(dimension, c)[1:2] == [code]]


def derive(counts: pd.DataFrame) -> list[dict]:
    reported = {tuple(r[k] for k in KEY): r for r in counts.to_dict("records")}
    found: dict[tuple, dict] = {}
    for key, row in reported.items():
        for i, d in enumerate(vocab.DIMENSIONS):
            pos = 4 + i
            # complement: this row is a part; its wider code is reported as a total
            code = key[pos]
            chain = vocab.broader_chain(d, code)
            if len(chain) > 1:
                wider = chain[1]
                siblings = [c for c in children(d, wider) if c != code]
                total = reported.get(key[:pos] + (wider,) + key[pos + 1:])
                if total is not None and len(siblings) == 1:
                    sib_key = key[:pos] + (siblings[0],) + key[pos + 1:]
                    if sib_key not in reported and sib_key not in found:
                        found[sib_key] = {
                            "method": "complement", "value": int(total["value"]) - int(row["value"]),
                            "formula": f"{total['id']} - {row['id']}",
                            "input_ids": f"{total['id']} {row['id']}",
                        }
    # sum_of_parts: look from the parts' side, for wider codes that are not reported
    for key in reported:
        for i, d in enumerate(vocab.DIMENSIONS):
            pos = 4 + i
            chain = vocab.broader_chain(d, key[pos])
            if len(chain) < 2:
                continue
            wider = chain[1]
            wide_key = key[:pos] + (wider,) + key[pos + 1:]
            if wide_key in reported or wide_key in found:
                continue
            part_rows = [reported.get(key[:pos] + (p,) + key[pos + 1:]) for p in children(d, wider)]
            if len(part_rows) >= 2 and all(r is not None for r in part_rows):
                ids = [r["id"] for r in part_rows if r is not None]
                found[wide_key] = {
                    "method": "sum_of_parts",
                    "value": sum(int(r["value"]) for r in part_rows if r is not None),
                    "formula": " + ".join(ids), "input_ids": " ".join(ids),
                }
    rows: list[dict] = []
    per_source: dict[str, int] = {}
    for key, info in sorted(found.items(), key=lambda kv: (kv[0][0], kv[1]["input_ids"])):
        per_source[key[0]] = per_source.get(key[0], 0) + 1
        rows.append({"id": f"{key[0]}-d{per_source[key[0]]:02d}", **dict(zip(KEY, key)), **info})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=vocab.ROOT / "data")
    args = ap.parse_args(argv)
    counts = pd.read_csv(tables.path(args.data, "counts"), dtype=str, keep_default_na=False)
    rows = derive(counts)
    tables.write_all(args.data, {"derived_counts": rows})
    print(f"derive: {len(rows)} derived figures in {tables.path(args.data, 'derived_counts')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
