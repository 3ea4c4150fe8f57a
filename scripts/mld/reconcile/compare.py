"""Each reported count against the records for the same definition: the database value, the
difference, which way it goes and its likely reason, or why the export cannot be compared."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from mld import vocab
from mld.reconcile.records import FIELDS, Records


@dataclass
class NotComparable:
    key: str                     # vocabulary.json text key, rec_why_...
    params: dict[str, str]


def _values(dimension: str, code: str) -> tuple[list[str], bool] | None:
    """The export values making up `code`, and whether they are excluded rather than included (a
    code with no values of its own but one sibling that has them: not recorded as Indigenous)."""
    own = vocab.record_values(dimension, code)
    if own:
        return own, False
    top = vocab.top_code(dimension)
    siblings = [c for c in vocab.children(dimension, top) if c != code]
    if code in vocab.children(dimension, top) and len(siblings) == 1 and vocab.record_values(dimension, siblings[0]):
        return vocab.record_values(dimension, siblings[0]), True
    return None


def mask(rec: Records, row: dict) -> pd.Series | NotComparable:
    """Records matching one count's definition, or why the export cannot express it."""
    f = rec.frame
    m = (f["year"] >= int(row["period_start"])) & (f["year"] <= int(row["period_end"]))
    if row["country"] == vocab.world():
        if len(rec.countries()) < 2:
            return NotComparable("rec_why_world", {})
    elif row["country"] not in rec.countries():
        return NotComparable("rec_why_country", {"country": str(row["country"])})
    else:
        m &= f["country"] == row["country"]
    if row["outcome"] != vocab.top_code("outcome"):
        if rec.fmt == "2022":
            return NotComparable("rec_why_outcome", {})
        m &= f["outcome"] == row["outcome"]
    for d in vocab.dimensions():
        code = str(row[d])
        if d == "outcome" or code == vocab.top_code(d):
            continue
        found = _values(d, code) if d in FIELDS else None
        if found is None:
            return NotComparable("rec_why_category", {"dimension": d, "code": code})
        values, exclude = found
        hit = f[FIELDS[d]].isin(values)
        m &= ~hit if exclude else hit
    return m


def restricted(row: dict) -> list[str]:
    """The dimensions (other than outcome) a count is restricted on."""
    return [d for d in vocab.dimensions() if d != "outcome" and row[d] != vocab.top_code(d)]


def compare(rec: Records, counts: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, NotComparable]]:
    """One row per reported count (codes kept, for machines), and why each not-comparable one is."""
    rows, why = [], {}
    for r in counts.to_dict("records"):
        m = mask(rec, r)
        base = {"count_id": r["id"], "source_id": r["source_id"],
                **{k: r[k] for k in ("country", "period_start", "period_end", *vocab.dimensions())},
                "reported_value": int(r["value"]), "qualifier": r["qualifier"]}
        if isinstance(m, NotComparable):
            why[str(r["id"])] = m
            rows.append({**base, "database_value": "", "difference": "", "status": "not_comparable",
                         "direction": "", "reason": ""})
            continue
        db = int(rec.frame.loc[m, "victims"].sum())
        diff = db - int(r["value"])
        direction = "same" if diff == 0 else ("fewer" if diff < 0 else "more")
        # the export keeps one category per victim, so a restricted count may differ by definition
        reason = "" if diff == 0 else ("definition" if restricted(r) else "revision")
        rows.append({**base, "database_value": db, "difference": diff,
                     "status": "match" if diff == 0 else "differs", "direction": direction, "reason": reason})
    cols = ["count_id", "source_id", "country", "period_start", "period_end", *vocab.dimensions(), "reported_value",
            "qualifier", "database_value", "difference", "status", "direction", "reason"]
    return pd.DataFrame(rows, columns=cols), why
