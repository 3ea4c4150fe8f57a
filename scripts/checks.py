"""Consistency and provenance rules over whole tables (vectorised; no list of row ids).

Every rule follows from the rows' dimensions (country, period, outcome, Indigenous, gender,
perpetrator, sector) and the vocabulary's "which code lies inside which":

- subset: a count A lies inside count B when they share source and country, A's period lies
  within B's, and on every dimension B's code contains A's. Then A <= B. Identical sets must
  agree. Counts from different sources are not compared: Global Witness revises past years,
  so each figure belongs to the source it was quoted in.
- disjoint_parts: counts inside one B that cannot overlap (sibling codes on one dimension, or
  periods that do not overlap) add up to no more than B.
- parent: parent_id names a count that contains this one in the sense above.
- provenance: the quote is the seed's text at its offsets, the seed's hash is the one in
  sources.csv, and the value is written in the quote (digits or words).
- period_order, formula_injection, derived_formula, country_code.

Each rule returns a DataFrame of failures: file, row, field, rule, message, quote.
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pycountry

import vocab
from lattice import Lattice
from textnum import values_in

FAILURE_COLUMNS = ["file", "row", "field", "rule", "message", "quote"]
DIMS = list(vocab.DIMENSIONS)
KEY = ["source_id", "country", "period_start", "period_end", *DIMS]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULA_BYTES = np.frombuffer("".join(FORMULA_START).encode(), dtype=np.uint8)


@functools.lru_cache(maxsize=4096)
def _plain_digits(value: int) -> re.Pattern[str]:
    """`value` written as plain digits, not part of a longer number ("1,910", "20 000", "2.5"):
    a match means values_in would find it too."""
    return re.compile(rf"(?<![\w.,]){value}(?![.,\u00a0 ]?\d)")


def failures(file: str, rows, field: str, rule: str, messages, quotes="") -> pd.DataFrame:
    n = len(rows)
    df = pd.DataFrame({
        "file": [file] * n, "row": list(rows), "field": [field] * n, "rule": [rule] * n,
        "message": list(messages) if not isinstance(messages, str) else [messages] * n,
        "quote": list(quotes) if not isinstance(quotes, str) else [quotes] * n,
    })
    return df[FAILURE_COLUMNS]


def empty() -> pd.DataFrame:
    return pd.DataFrame(columns=FAILURE_COLUMNS)


def describe(row) -> str:
    dims = [f"{d}={row[d]}" for d in DIMS if row[d] != vocab.top_code(d)]
    return (f"{row['id']} = {row['value']} ({row['country']} {row['period_start']}-{row['period_end']}"
            + (", " + ", ".join(dims) if dims else "") + ")")


# ----------------------------------------------------------------------------- containment

def generalisations(dimension: str) -> pd.DataFrame:
    """Pairs (code, wider) where `wider` contains `code` (each code contains itself)."""
    rows = [(c, w) for c in vocab.codes(dimension) for w in vocab.broader_chain(dimension, c)]
    return pd.DataFrame(rows, columns=[dimension, f"{dimension}__wider"])


def containing_pairs(sets: pd.DataFrame, a_sets: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every (A-key, B-key) pair where the set B contains the set A (equal keys included), A
    taken from `a_sets` (default: all). Used for the few keys that break a rule: over all keys it
    would grow with the number of pairs; lattice.py finds the failing keys near-linearly.

    Returns columns KEY (A's), the same with suffix `__b`, and `vmax` (largest value of A's key)
    and `vmin__b` (smallest value of B's key).
    """
    agg = sets.groupby(KEY, sort=False, observed=True)["value"].agg(vmax="max", vmin="min").reset_index()
    a = agg[KEY + ["vmax"]] if a_sets is None else \
        a_sets.groupby(KEY, sort=False, observed=True)["value"].agg(vmax="max").reset_index()
    for d in DIMS:
        a = a.merge(generalisations(d), on=d, how="left")
    b = agg[KEY + ["vmin"]].rename(columns={c: f"{c}__b" for c in KEY + ["vmin"]})
    on_a = ["source_id", "country"] + [f"{d}__wider" for d in DIMS]
    on_b = ["source_id__b", "country__b"] + [f"{d}__b" for d in DIMS]
    pairs = a.merge(b, left_on=on_a, right_on=on_b, how="inner")
    inside = (pairs["period_start__b"] <= pairs["period_start"]) & (pairs["period_end__b"] >= pairs["period_end"])
    pairs = pairs[inside]
    return pairs.drop(columns=[f"{d}__wider" for d in DIMS])


# ----------------------------------------------------------------------------- rules

def subset_rule(sets: pd.DataFrame, lat: Lattice) -> pd.DataFrame:
    bad_keys = lat.larger_than_a_superset()
    if not len(bad_keys):
        return empty()
    a_sets = sets[np.isin(lat.key, bad_keys)]
    pairs = containing_pairs(sets, a_sets)
    bad = pairs[pairs["vmax"] > pairs["vmin__b"]]
    # back from keys to rows: each A row larger than the smallest B row of that key
    b_rows = sets.rename(columns={c: f"{c}__b" for c in sets.columns})
    out = bad.merge(a_sets, on=KEY).merge(b_rows, on=[f"{c}__b" for c in KEY])
    out = out[(out["value"] > out["value__b"]) & (out["id"] != out["id__b"])]
    msgs = [f"{describe(_side(r, ''))} is inside {describe(_side(r, '__b'))} but larger"
            for r in out.to_dict("records")]
    return pd.DataFrame({"file": out["file"].to_numpy(), "row": out["id"].to_numpy(), "field": "value",
                         "rule": "subset", "message": msgs, "quote": out["quote"].to_numpy()})


def _side(rec: dict, suffix: str) -> dict:
    return {k: rec[f"{k}{suffix}"] for k in ["id", "value", *KEY]}


def _antichain_best(dimension: str, values: dict[str, int]) -> tuple[int, list[str]]:
    """Largest total over pairwise disjoint codes (none inside another): at each code, take
    the code itself or the best of the present codes nested inside it."""
    def nearest_present_ancestor(c: str) -> str | None:
        return next((w for w in vocab.broader_chain(dimension, c)[1:] if w in values), None)

    kids: dict[str | None, list[str]] = {}
    for c in values:
        kids.setdefault(nearest_present_ancestor(c), []).append(c)

    def best(code: str) -> tuple[int, list[str]]:
        below = [best(k) for k in kids.get(code, [])]
        below_total = sum(t for t, _ in below)
        if values[code] > below_total:  # on a tie, show the parts
            return values[code], [code]
        return below_total, [c for _, cs in below for c in cs]

    total, chosen = 0, []
    for root in kids.get(None, []):
        t, cs = best(root)
        total += t
        chosen += cs
    return total, chosen


def _interval_best(periods: list[tuple[int, int, int]]) -> tuple[int, list[tuple[int, int]]]:
    """Weighted interval scheduling: largest total over non-overlapping periods."""
    ps = sorted(periods, key=lambda p: p[1])
    best: list[tuple[int, list]] = [(0, [])]
    for i, (s, e, v) in enumerate(ps):
        j = max((k + 1 for k in range(i) if ps[k][1] < s), default=0)
        take = (best[j][0] + v, best[j][1] + [(s, e)])
        best.append(max(best[-1], take, key=lambda t: t[0]))
    return best[-1]


def disjoint_parts_rule(sets: pd.DataFrame, lat: Lattice) -> pd.DataFrame:
    found = lat.overfull()
    if not found:
        return empty()
    rows = []
    for i, key, total in found:
        d = lat.names[i]
        # the smallest count that contains the parts: the one they overflow
        sup = lat.supersets_of(key)
        cand = sets[np.isin(lat.key, sup)]
        b = cand.loc[cand["value"].idxmin()]
        # the parts themselves, for the message: same coordinates but on dimension d
        coord = lat.coord(lat.key, i)
        w = int(lat.coord(np.array([key]), i)[0])  # the code (or period) that holds the parts
        same_rest = (lat.key - coord * lat.stride[i]) == key - w * lat.stride[i]
        if d == "period":
            ws, we = lat.p_start[w], lat.p_end[w]
            inside = same_rest & (lat.p_start[coord] >= ws) & (lat.p_end[coord] <= we) & (coord != w)
            parts = sets[inside]
            _, periods = _interval_best(list(zip(parts["period_start"], parts["period_end"], parts["value"])))
            label = ", ".join(f"{s}-{e}" for s, e in periods)
        else:
            code = vocab.codes(d)[w]
            under = np.isin(coord, [j for j, c in enumerate(vocab.codes(d))
                                    if c != code and vocab.contains(d, code, c)])
            parts = sets[same_rest & under]
            _, chosen = _antichain_best(d, parts.groupby(d)["value"].max().to_dict())
            label = ", ".join(chosen)
        rows.append({"file": b["file"], "row": b["id"], "field": "value", "rule": "disjoint_parts",
                     "message": f"parts that cannot overlap on {d} ({label}) add up to {total}, more "
                                f"than the {describe(b)} that contains them",
                     "quote": b["quote"]})
    return pd.DataFrame(rows, columns=FAILURE_COLUMNS).drop_duplicates(["row", "message"])


def parent_rule(counts: pd.DataFrame) -> pd.DataFrame:
    child = counts[counts["parent_id"].notna() & (counts["parent_id"] != "")]
    if child.empty:
        return empty()
    parent = counts.rename(columns={c: f"{c}__p" for c in counts.columns})
    m = child.merge(parent, left_on="parent_id", right_on="id__p", how="left")
    missing = m["id__p"].isna()
    ok = ~missing & (m["id"] != m["parent_id"]) & (m["source_id"] == m["source_id__p"]) \
        & (m["country"] == m["country__p"]) & (m["period_start__p"] <= m["period_start"]) \
        & (m["period_end__p"] >= m["period_end"])
    for d in DIMS:
        g = generalisations(d).rename(columns={d: "__in", f"{d}__wider": "__out"})
        hit = m[[d, f"{d}__p"]].merge(g, left_on=[d, f"{d}__p"], right_on=["__in", "__out"], how="left")
        ok &= hit["__in"].notna().to_numpy()
    bad = m[~ok]
    msgs = [f"parent_id {r['parent_id']} does not exist in counts" if pd.isna(r["id__p"]) else
            f"parent {describe(_side(r, '__p'))} does not contain {describe(_side(r, ''))}"
            for r in bad.to_dict("records")]
    return failures("data/counts.csv", bad["id"], "parent_id", "parent", msgs, bad["quote"])


def period_rule(file: str, df: pd.DataFrame) -> pd.DataFrame:
    bad = df[df["period_start"] > df["period_end"]]
    return failures(file, bad["id"], "period_start", "period_order",
                    [f"period_start {r.period_start} is after period_end {r.period_end}"
                     for r in bad.itertuples()], bad.get("quote", ""))


def country_rule(file: str, df: pd.DataFrame) -> pd.DataFrame:
    known = {c.alpha_3 for c in pycountry.countries} | set(vocab.vocabulary()["places"])
    bad = df[~df["country"].isin(known)]
    return failures(file, bad["id"], "country", "country_code",
                    [f"'{c}' is not an ISO 3166-1 alpha-3 code nor a listed place" for c in bad["country"]],
                    bad.get("quote", ""))


def _may_start_a_cell_with_formula(raw: bytes) -> bool:
    """False when no cell of the CSV text can start with a formula character: every cell starts
    the file or follows a comma or newline, perhaps after a double quote (numpy, memory speed)."""
    b = np.frombuffer(b"\n" + raw + b"\n\n", dtype=np.uint8)
    at = np.flatnonzero((b[:-2] == ord(",")) | (b[:-2] == ord("\n")))
    first = b[at + 1]
    first = np.where(first == ord('"'), b[at + 2], first)
    return bool(np.isin(first, FORMULA_BYTES).any())


def formula_injection_rule(file: str, df: pd.DataFrame, id_col: str, raw: bytes | None = None,
                           columns: list[str] | None = None) -> pd.DataFrame:
    """Cells starting with = + - @ or a tab. `raw`, the file's text, lets a clean file pass at C
    speed: no cell can start with those characters unless one follows a line start or a comma."""
    if raw is not None and not _may_start_a_cell_with_formula(raw):
        return empty()
    out = []
    for col in (df.columns if columns is None else [c for c in columns if c in df.columns]):
        s = df[col]
        if not (pd.api.types.is_string_dtype(s) or s.dtype == object):
            continue
        hit = s.astype("string").str.startswith(FORMULA_START).fillna(False).astype(bool)
        if hit.any():
            bad = df[hit]
            out.append(failures(file, bad[id_col] if id_col in bad else bad.index + 2, col,
                                "formula_injection",
                                "cell starts with = + - @ (or a tab): a spreadsheet would run it as a formula",
                                bad["quote"] if "quote" in bad else ""))
    return pd.concat(out, ignore_index=True) if out else empty()


def provenance_rule(file: str, df: pd.DataFrame, sources: pd.DataFrame, seeds: dict[str, str],
                    value_col: str) -> pd.DataFrame:
    """Quote = seed text at its offsets; the value is written in the quote."""
    out = []
    lang = dict(zip(sources["source_id"], sources["language"]))
    texts = df["source_id"].map(seeds)
    # the quote is the seed's text at its offsets: right length, and the seed has it there
    bad_quote = pd.Series([not (isinstance(t, str) and e - s == len(q) and t.startswith(q, s))
                           for t, s, e, q in zip(texts, df["quote_start"].tolist(), df["quote_end"].tolist(),
                                                 df["quote"].tolist())], index=df.index, dtype=bool)
    no_seed = texts.isna()
    if bad_quote.any():
        bad = df[bad_quote & ~no_seed]
        out.append(failures(file, bad["id"], "quote", "provenance",
                            [f"quote is not the seed's text at {r.quote_start}-{r.quote_end} "
                             + ("(it is nowhere in the seed)" if r.quote not in seeds[r.source_id]
                                else "(it is in the seed, at other offsets)")
                             for r in bad.itertuples()], bad["quote"]))
    if "context_quote" in df:
        ctx = df[df["context_quote"].fillna("") != ""]
        missing = pd.Series([c not in seeds.get(s, "") for c, s in zip(ctx["context_quote"], ctx["source_id"])],
                            index=ctx.index, dtype=bool)
        bad = ctx[missing]
        out.append(failures(file, bad["id"], "context_quote", "provenance",
                            "context_quote is not in the seed text", bad["context_quote"]))
    # the value must be written in the quote; parse each distinct quote once
    cache: dict[tuple[str, str], set[int]] = {}

    def numbers(q: str, src: str) -> set[int]:
        k = (q, lang.get(src, "en"))
        if k not in cache:
            cache[k] = values_in(q, k[1])
        return cache[k]

    vals = df[value_col]
    # fast path: the value written as plain digits; only the rest is parsed in full (words,
    # thousands separators), which gives the same answer for those rows
    whole = vals.notna() & (vals == vals.round())
    plain = pd.Series([w and _plain_digits(int(v)).search(q) is not None
                       for w, v, q in zip(whole, vals, df["quote"])], index=df.index, dtype=bool)
    rest = df[~plain]
    slow = pd.Series([not (v == int(v) and int(v) in numbers(q, s)) if pd.notna(v) else True
                      for v, q, s in zip(rest[value_col], rest["quote"], rest["source_id"])],
                     index=rest.index, dtype=bool)
    absent = slow.reindex(df.index, fill_value=False)
    bad = df[absent]
    out.append(failures(file, bad["id"], value_col, "provenance",
                        [f"{value_col} {v:g} is not written in the quote (as digits or words)"
                         for v in bad[value_col]], bad["quote"]))
    return pd.concat(out, ignore_index=True)


def seed_rule(sources: pd.DataFrame, base: Path) -> tuple[pd.DataFrame, dict[str, str]]:
    """Read each seed once; check it exists and its SHA-256 is the recorded one."""
    out = []
    seeds: dict[str, str] = {}
    for r in sources.itertuples():
        path = base / str(r.seed_path)
        if not path.is_file():
            out.append((r.source_id, "seed_path", f"seed file {r.seed_path} does not exist"))
            continue
        raw = path.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        if digest != r.sha256:
            out.append((r.source_id, "sha256", f"seed {r.seed_path} has SHA-256 {digest[:12]}..., "
                        f"sources.csv records {str(r.sha256)[:12]}...: the seed was edited"))
            continue
        seeds[r.source_id] = raw.decode("utf-8", errors="replace")
    if not out:
        return empty(), seeds
    rows, fields, msgs = zip(*out)
    return failures("data/sources.csv", rows, "", "seed_hash", msgs).assign(field=list(fields)), seeds


def derived_rule(derived: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    if derived.empty:
        return empty()
    values = dict(zip(counts["id"], counts["value"]))
    rows, msgs = [], []
    for r in derived.itertuples():
        terms = re.findall(r"([+-]?)\s*([A-Za-z0-9][A-Za-z0-9._-]*)", str(r.formula))
        unknown = [t for _, t in terms if t not in values]
        if unknown:
            rows.append(r.id)
            msgs.append(f"formula uses {', '.join(unknown)}, not a valid row of counts")
            continue
        total = sum(-values[t] if sign == "-" else values[t] for sign, t in terms)
        if total != r.value:
            rows.append(r.id)
            msgs.append(f"formula {r.formula} gives {total}, not {r.value}")
    return failures("data/derived_counts.csv", rows, "value", "derived_formula", msgs)


def sets_table(counts: pd.DataFrame, derived: pd.DataFrame | None) -> pd.DataFrame:
    parts = [counts[["id", *KEY, "value", "quote"]].assign(file="data/counts.csv")]
    if derived is not None and len(derived):
        parts.append(derived[["id", *KEY, "value"]].assign(quote="", file="data/derived_counts.csv"))
    return pd.concat(parts, ignore_index=True)
