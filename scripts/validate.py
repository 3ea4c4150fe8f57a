"""Validate a copy of the package: Table Schema, consistency rules and provenance.

Usage: python scripts/validate.py [datapackage.json]

Reads the tables only through the descriptor it is given, so it checks any copy. Exit 0 when
valid; otherwise exit 1 with one line per failure:
    FILE: row ROW: field FIELD: rule RULE: message | quote: "..."
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import checks
import schema
import vocab


def validate(descriptor_path: Path) -> pd.DataFrame:
    desc = schema.load_descriptor(descriptor_path)
    base = descriptor_path.resolve().parent
    tables = {r["name"]: schema.read_table(base, r) for r in desc.get("resources", [])}
    out = [t.failures for t in tables.values()]
    out.append(schema.foreign_keys(tables))
    counts = tables.get("counts")
    if counts is None:
        return checks.failures(str(descriptor_path), [""], "resources", "descriptor",
                               "the descriptor has no `counts` resource")
    frame = {name: t.frame for name, t in tables.items()}
    seeds: dict[str, str] = {}
    if frame.get("sources") is not None:
        seed_fails, seeds = checks.seed_rule(frame["sources"], base)
        out.append(seed_fails)
    c = frame["counts"]
    d = frame.get("derived_counts")
    if c is not None:
        out += [checks.period_rule(counts.file, c), checks.country_rule(counts.file, c),
                checks.parent_rule(c)]
        if d is not None:
            out += [checks.period_rule(tables["derived_counts"].file, d), checks.derived_rule(d, c)]
        sets = checks.sets_table(c, d)
        pairs = checks.containing_pairs(sets)
        out += [checks.subset_rule(sets, pairs), checks.disjoint_parts_rule(sets, pairs)]
        if frame.get("sources") is not None:
            out.append(checks.provenance_rule(counts.file, c[c["source_id"].isin(seeds)],
                                              frame["sources"], seeds, "value"))
    s = frame.get("population_shares")
    if s is not None and frame.get("sources") is not None:
        out.append(checks.provenance_rule(tables["population_shares"].file, s[s["source_id"].isin(seeds)],
                                          frame["sources"], seeds, "share_percent"))
    out = [o for o in out if o is not None and len(o)]
    if not out:
        return checks.empty()
    return pd.concat(out, ignore_index=True).drop_duplicates().sort_values(["file", "row", "rule"])


def format_failure(r) -> str:
    quote = str(r.quote or "")
    quote = quote if len(quote) <= 160 else quote[:157] + "..."
    row = f"row {r.row}" if r.row else "file"
    return (f"{r.file}: {row}: field {r.field or '-'}: rule {r.rule}: {r.message}"
            + (f' | quote: "{quote}"' if quote else ""))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else vocab.ROOT / "datapackage.json"
    fails = validate(path)
    if len(fails):
        for r in fails.itertuples():
            print(format_failure(r))
        print(f"validate: {len(fails)} failure(s) in {path}", file=sys.stderr)
        return 1
    print(f"validate: {path} is valid (Table Schema, consistency and provenance rules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
