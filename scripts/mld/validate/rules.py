"""Rules across rows, from the rows' dimensions (never from ids):

- subset: within one source, a count A inside a count B (country inside B's, the world containing
  every country; period within; every dimension's code inside B's) has a lower bound no larger
  than B's upper bound. Two figures of one definition must therefore agree.
- disjoint_parts: counts inside B that cannot overlap (sibling codes on one axis, or periods that do
  not overlap) have lower bounds that add up to no more than B's upper bound.
- parent: parent_id names a count that contains the row.
- derived: a derived row's formula uses only its method's operator and ids, `input_ids` are the ids
  of the formula in its order, the value is what the formula gives, and the row's dimensions are
  what the method gives for those inputs.
- keys: foreign keys; period_start <= period_end; country codes.
Each rule returns failures (file, row, field, rule, message, quote).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

import numpy as np
import pandas as pd
import pycountry

from mld import dates, vocab
from mld.build.corrections import path_for
from mld.build.derive import method_dimensions
from mld.validate import report
from mld.validate.lattice import NONE, Lattice, bounds

HOW_TO_CORRECT = "if the extractor misread one of them, drop or fix it in {file} (README: Correcting a figure)"


def corrections_files(sources: pd.DataFrame | None) -> dict[str, str]:
    """Each source's corrections file, where the build reads it (named after the seed file)."""
    if sources is None or "seed_path" not in sources:
        return {}
    return {str(sid): path_for(PurePosixPath(str(p))).as_posix()
            for sid, p in zip(sources["source_id"], sources["seed_path"]) if str(p).endswith(".txt")}


def how_to_correct(source_id: str, files: dict[str, str]) -> str:
    return HOW_TO_CORRECT.format(file=files.get(source_id, "seeds/NAME.corrections.csv (NAME: the seed file's name)"))


def sets_table(counts: pd.DataFrame, derived: pd.DataFrame | None, files: dict[str, str]) -> pd.DataFrame:
    cols = ["id", *vocab.key_columns(), "value"]
    parts = [counts[cols + ["qualifier", "quote"]].assign(file=files["counts"])]
    if derived is not None and len(derived):
        parts.append(derived[cols].assign(qualifier="exact", quote="", file=files["derived_counts"]))
    sets = pd.concat(parts, ignore_index=True)
    for c in vocab.key_columns():
        sets[c] = sets[c].astype(str)
    sets["period_start"] = sets["period_start"].astype(np.int64)
    sets["period_end"] = sets["period_end"].astype(np.int64)
    sets["value"] = sets["value"].astype(np.int64)
    sets["lower"], sets["upper"] = bounds(sets["value"].to_numpy(), sets["qualifier"])
    return sets


def describe(row) -> str:
    dims = [f"{d}={row[d]}" for d in vocab.dimensions() if row[d] != vocab.top_code(d)]
    q = "" if row.get("qualifier", "exact") in ("exact", "at_least", None) else f"{row['qualifier']} "
    return (f"{row['id']} = {q}{row['value']} ({row['country']} {row['period_start']}-{row['period_end']}"
            + (", " + ", ".join(dims) if dims else "") + ")")


def _containing(sets: pd.DataFrame, a_idx: np.ndarray) -> list[tuple[int, np.ndarray]]:
    """For each row the lattice flagged, the rows that contain it and whose upper bound is below its
    lower bound, smallest upper bound first: column arrays of its source only, so a package with
    thousands of nested periods costs one pass per flagged row, never a list of every pair."""
    world = vocab.world()
    dims = vocab.dimensions()
    col = {c: sets[c].to_numpy() for c in ("source_id", "country", "period_start", "period_end", "lower", "upper",
                                            *dims)}
    by_source = pd.Series(np.arange(len(sets))).groupby(col["source_id"]).indices
    out = []
    for i in a_idx.tolist():
        rows = by_source[col["source_id"][i]]
        ok = (col["period_start"][rows] <= col["period_start"][i]) & (col["period_end"][rows] >= col["period_end"][i]) \
            & ((col["country"][rows] == col["country"][i]) | (col["country"][rows] == world)) \
            & (col["upper"][rows] < col["lower"][i]) & (rows != i)
        for d in dims:
            ok &= np.isin(col[d][rows], vocab.broader_chain(d, col[d][i]))
        js = rows[ok]
        if len(js):
            out.append((i, js[np.lexsort((sets["id"].to_numpy()[js], col["upper"][js]))]))
    return out


SHOWN = 3  # containing figures named in one line; the others are counted


def subset_rule(sets: pd.DataFrame, lat: Lattice, fix_files: dict[str, str] | None = None) -> pd.DataFrame:
    """One line per figure larger than a figure that contains it (naming the tightest few, and how
    many more), never one per pair."""
    bad_keys = lat.larger_than_a_superset()
    if not len(bad_keys):
        return report.empty()
    a_idx = np.flatnonzero(np.isin(lat.key, bad_keys))
    rows = []
    for i, js in _containing(sets, a_idx):
        a, b = sets.iloc[i], sets.iloc[js[0]]
        same = all(a[k] == b[k] for k in vocab.key_columns())
        msg = (f"{describe(a)} and {describe(b)} are the same figure with different values in one source"
               if same else f"{describe(a)} is inside {describe(b)} but larger")
        if len(js) > 1:
            more = [str(sets.iloc[j]["id"]) for j in js[1:SHOWN]]
            msg += (f"; it is also larger than {len(js) - 1} other figure(s) that contain it ({', '.join(more)}"
                    + (f" and {len(js) - SHOWN} more" if len(js) > SHOWN else "") + ")")
        if b["quote"]:
            msg += f'; the other figure is in: "{str(b["quote"])[:100]}"'
        if a["file"].endswith("counts.csv") and not a["file"].endswith("derived_counts.csv"):
            msg += "; " + how_to_correct(str(a["source_id"]), fix_files or {})
        rows.append({"file": a["file"], "row": a["id"], "field": "value", "rule": "subset", "message": msg,
                     "quote": a["quote"]})
    return pd.DataFrame(rows, columns=report.COLUMNS) if rows else report.empty()


def disjoint_parts_rule(sets: pd.DataFrame, lat: Lattice, fix_files: dict[str, str] | None = None) -> pd.DataFrame:
    found = lat.overfull()
    if not found:
        return report.empty()
    rows = []
    for i, key, total in found:
        name = lat.names[i]
        sup = lat.supersets_of(key)
        cand = sets[np.isin(lat.key, sup)]
        cand = cand[cand["upper"] < NONE]
        if cand.empty:
            continue
        b = cand.loc[cand["upper"].idxmin()]
        rows.append({"file": b["file"], "row": b["id"], "field": "value", "rule": "disjoint_parts",
                     "message": f"figures that cannot overlap on {name} add up to at least {total}, more than "
                                f"{describe(b)} that contains them; "
                                + how_to_correct(str(b["source_id"]), fix_files or {}),
                     "quote": b["quote"]})
    return pd.DataFrame(rows, columns=report.COLUMNS).drop_duplicates(["row", "message"]) if rows else report.empty()


def parent_rule(file: str, counts: pd.DataFrame) -> pd.DataFrame:
    child = counts[counts["parent_id"].notna() & (counts["parent_id"] != "")]
    if child.empty:
        return report.empty()
    parent = counts.set_index("id")
    world = vocab.world()
    rows, msgs, quotes = [], [], []
    for r in child.to_dict("records"):
        p = parent.loc[r["parent_id"]] if r["parent_id"] in parent.index else None
        if p is None:
            continue  # the foreign key rule names it
        ok = r["id"] != r["parent_id"] and p["source_id"] == r["source_id"] \
            and p["country"] in (r["country"], world) \
            and p["period_start"] <= r["period_start"] and p["period_end"] >= r["period_end"] \
            and all(vocab.contains(d, str(p[d]), str(r[d])) for d in vocab.dimensions())
        if not ok:
            rows.append(r["id"])
            msgs.append(f"parent {describe({**p.to_dict(), 'id': r['parent_id']})} does not contain {describe(r)}")
            quotes.append(r["quote"])
    return report.failures(file, rows, "parent_id", "parent", msgs, quotes)


FORMULA = {"complement": re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*) - ([A-Za-z0-9][A-Za-z0-9._-]*)$"),
           "sum_of_parts": re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?: \+ ([A-Za-z0-9][A-Za-z0-9._-]*))+$")}


def derived_rule(file: str, derived: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    if derived.empty:
        return report.empty()
    by_id = {r["id"]: r for r in counts.to_dict("records")}
    out = []
    for r in derived.to_dict("records"):
        formula, method = str(r["formula"]), str(r["method"])
        rx = FORMULA.get(method)
        if rx is None or not rx.match(formula):
            op = "A - B" if method == "complement" else "A + B [+ C ...]"
            out.append((r["id"], "formula", f"formula '{formula}' is not of the form {op} (ids only) that "
                                            f"method {method} uses"))
            continue
        terms = re.split(r" [-+] ", formula)
        if str(r["input_ids"]).split() != terms:
            out.append((r["id"], "input_ids", f"input_ids '{r['input_ids']}' are not the ids of the formula, in order"))
            continue
        unknown = [t for t in terms if t not in by_id]
        if unknown:
            out.append((r["id"], "formula", f"formula uses {', '.join(unknown)}, not a row of counts"))
            continue
        inputs = [by_id[t] for t in terms]
        if any(i["source_id"] != r["source_id"] for i in inputs):
            out.append((r["id"], "formula", "a derived figure combines counts of one source only"))
            continue
        vals = [int(i["value"]) for i in inputs]
        total = vals[0] - vals[1] if method == "complement" else sum(vals)
        if total != int(r["value"]):
            out.append((r["id"], "value", f"formula {formula} gives {total}, not {r['value']}"))
        want = method_dimensions(method, inputs)
        if isinstance(want, str):
            out.append((r["id"], "method", want))
            continue
        wrong = [k for k in vocab.key_columns() if str(want[k]) != str(r[k])]
        if wrong:
            out.append((r["id"], wrong[0], "a " + method + " of these inputs is " +
                        ", ".join(f"{k}={want[k]}" for k in wrong) + "; the row says " +
                        ", ".join(f"{k}={r[k]}" for k in wrong)))
    if not out:
        return report.empty()
    return pd.DataFrame([{"file": file, "row": i, "field": f, "rule": "derived", "message": m, "quote": ""}
                         for i, f, m in out], columns=report.COLUMNS)


def date_rule(file: str, df: pd.DataFrame, fields: list[str]) -> pd.DataFrame:
    """Every date field holds a real calendar date ('2026-02-30' matches the pattern but is no day)."""
    key = "id" if "id" in df else df.columns[0]
    out = []
    for f in (f for f in fields if f in df):
        bad = [(rid, dates.problem(v)) for rid, v in zip(df[key], df[f]) if isinstance(v, str) and v and dates.problem(v)]
        out.append(report.failures(file, [b[0] for b in bad], f, "date", [b[1] for b in bad]))
    return report.concat(out)


def period_rule(file: str, df: pd.DataFrame) -> pd.DataFrame:
    bad = df[df["period_start"] > df["period_end"]]
    return report.failures(file, bad["id"], "period_start", "period_order",
                           [f"period_start {r.period_start} is after period_end {r.period_end}" for r in bad.itertuples()],
                           bad["quote"] if "quote" in bad else "")


def country_rule(file: str, df: pd.DataFrame) -> pd.DataFrame:
    known = {c.alpha_3 for c in pycountry.countries} | {vocab.world()}
    bad = df[~df["country"].astype(str).isin(known)]
    return report.failures(file, bad["id"], "country", "country_code",
                           [f"'{c}' is not an ISO 3166-1 alpha-3 code nor {vocab.world()}" for c in bad["country"]],
                           bad["quote"] if "quote" in bad else "")


def foreign_keys(tables: dict, schemas: dict[str, dict], labels: dict[str, str]) -> pd.DataFrame:
    out = []
    for name, t in tables.items():
        if t.frame is None:
            continue
        pk = schemas[name].get("primaryKey") or [schemas[name]["fields"][0]["name"]]
        for fk in schemas[name].get("foreignKeys", []):
            target = fk["reference"].get("resource") or name
            ref = tables.get(target)
            (col,), (ref_col,) = fk["fields"], fk["reference"]["fields"]
            s = t.frame[col]
            if ref is None or ref.frame is None:
                continue
            # a key written in the other table counts even if its row failed there (named there once)
            known = set(ref.frame[ref_col].to_numpy(dtype=object).tolist()) | (set(ref.keys) if ref_col == (schemas[target].get("primaryKey") or [""])[0] else set())
            bad = t.frame[s.notna() & ~s.isin(known)]
            if not bad.empty:
                out.append(report.failures(labels[name], bad[pk].astype(str).agg(" ".join, axis=1), col, "foreign_key",
                                           [f"{col} '{v}' is not a {ref_col} in {labels[target]}" for v in bad[col]],
                                           bad["quote"] if "quote" in bad else ""))
    return report.concat(out)
