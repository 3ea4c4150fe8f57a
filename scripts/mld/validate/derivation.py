"""Derived figures are what the counts give: the validator derives them again from the counts of the
copy, with the build's own rules (mld.build.derive), and requires exactly those rows. A derived
row the counts give that is missing, or one they do not give, is a failure: a copy cannot drop the
row that would contradict an edited count, nor keep one its counts no longer support. (Each row's
value, formula and dimensions are checked against its inputs by rules.derived_rule.)"""

from __future__ import annotations

import pandas as pd

from mld import vocab
from mld.build.derive import derive
from mld.validate import report

REBUILD = "; derived_counts.csv is generated: rebuild it with `make data`"


def required(file: str, derived: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    cols = ["id", *vocab.key_columns(), "value", "qualifier"]
    # (records built from the columns: DataFrame.to_dict is slow on a large table)
    records = [dict(zip(cols, values)) for values in zip(*(counts[c].tolist() for c in cols))]
    want = {r["id"]: r for r in derive(records)}
    have = dict(zip(derived["id"], derived["formula"].astype(str)))
    out = []
    for i, r in want.items():
        if i not in have:
            out.append((i, "id", f"the counts give this derived figure ({r['method']}: {r['formula']} = {r['value']}, "
                                  f"{_definition(r)}), and the file has no such row" + REBUILD))
        elif have[i] != r["formula"]:
            out.append((i, "formula", f"the counts give it as {r['formula']}, not {have[i]}" + REBUILD))
    for i in have:
        if i not in want:
            out.append((i, "id", "the counts give no such derived figure (no complement or sum of parts of them "
                                 "has this definition)" + REBUILD))
    if not out:
        return report.empty()
    return pd.DataFrame([{"file": file, "row": i, "field": f, "rule": "derived", "message": m, "quote": ""}
                         for i, f, m in out], columns=report.COLUMNS)


def _definition(r: dict) -> str:
    dims = [f"{d}={r[d]}" for d in vocab.dimensions() if r[d] != vocab.top_code(d)]
    return f"{r['country']} {r['period_start']}-{r['period_end']}" + (", " + ", ".join(dims) if dims else "")
