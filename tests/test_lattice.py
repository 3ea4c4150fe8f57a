"""The one engine for containment (lattice.py) against brute-force oracles written from the rules'
definitions, over generated packages: every pair for the subset rule, every set of parts for the
disjoint-parts rule."""

from __future__ import annotations

import itertools
import re

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mld import vocab
from mld.validate import rules
from mld.validate.lattice import NONE, Lattice, bounds

WORLD = vocab.world()


@st.composite
def sets_tables(draw) -> pd.DataFrame:
    """Counts around one base definition: each changes one or two coordinates of it (a sibling or a
    wider code, a sub-period, the world), so that containment and disjoint parts actually occur."""
    base = {"source_id": "s1", "country": "MEX", "period_start": 2012, "period_end": 2014,
            **{d: vocab.top_code(d) for d in vocab.dimensions()}}
    n = draw(st.integers(1, 10))
    rows = []
    for _ in range(n):
        r = dict(base)
        for axis in draw(st.lists(st.sampled_from(["source_id", "country", "period", *vocab.dimensions()]),
                                  max_size=2, unique=True)):
            if axis == "source_id":
                r[axis] = "s2"
            elif axis == "country":
                r[axis] = draw(st.sampled_from(["COL", WORLD]))
            elif axis == "period":
                a = draw(st.integers(2011, 2015))
                r["period_start"], r["period_end"] = a, draw(st.integers(a, 2015))
            else:
                r[axis] = draw(st.sampled_from(vocab.codes(axis)))
        r["value"] = draw(st.integers(0, 30))
        r["qualifier"] = draw(st.sampled_from(vocab.codes("qualifier")))
        rows.append(r)
    df = pd.DataFrame(rows)
    df["lower"], df["upper"] = bounds(df["value"].to_numpy(), df["qualifier"])
    return df


@st.composite
def parts_tables(draw) -> pd.DataFrame:
    """A total and parts of it on one axis (codes inside its code, or years inside its period), with
    values that often add up to more than the total; plus some general counts around them."""
    axis = draw(st.sampled_from(["country", "period", *vocab.dimensions()]))
    base = {"source_id": "s1", "country": WORLD if axis == "country" else "MEX", "period_start": 2012,
            "period_end": 2015, **{d: vocab.top_code(d) for d in vocab.dimensions()}}
    rows = [dict(base, value=draw(st.integers(0, 20)), qualifier="exact")]
    for _ in range(draw(st.integers(2, 5))):
        r = dict(base)
        if axis == "country":
            r["country"] = draw(st.sampled_from(["MEX", "COL"]))
        elif axis == "period":
            a = draw(st.integers(2012, 2015))
            r["period_start"], r["period_end"] = a, draw(st.integers(a, 2015))
        else:
            r[axis] = draw(st.sampled_from(vocab.codes(axis)))
        r["value"] = draw(st.integers(0, 15))
        r["qualifier"] = draw(st.sampled_from(["exact", "at_least", "more_than", "approximately"]))
        rows.append(r)
    df = pd.concat([pd.DataFrame(rows), draw(sets_tables()).drop(columns=["lower", "upper"])], ignore_index=True)
    df["lower"], df["upper"] = bounds(df["value"].to_numpy(), df["qualifier"])
    return df


def contains(b: pd.Series, a: pd.Series) -> bool:
    """B contains A, by the definition in the README: same source; B's country is A's or the world;
    B's period holds A's; on every dimension B's code contains A's."""
    return (b["source_id"] == a["source_id"] and b["country"] in (a["country"], WORLD)
            and b["period_start"] <= a["period_start"] and a["period_end"] <= b["period_end"]
            and all(vocab.contains(d, b[d], a[d]) for d in vocab.dimensions()))


def brute_subset(df: pd.DataFrame) -> set[int]:
    """Rows whose lower bound exceeds the upper bound of some row containing them."""
    return {i for i, a in df.iterrows() for j, b in df.iterrows() if i != j and contains(b, a) and a["lower"] > b["upper"]}


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=40)
@given(sets_tables())
def test_subset_rule_equals_the_brute_force_pairs(df):
    lat = Lattice(df)
    flagged_keys = set(lat.larger_than_a_superset().tolist())
    by_lattice = {i for i, k in enumerate(lat.key) if int(k) in flagged_keys
                  and df.at[i, "lower"] > min([df.at[j, "upper"] for j in range(len(df))
                                               if contains(df.iloc[j], df.iloc[i])] or [NONE])}
    # rows of a flagged key that are themselves not too large are not findings; compare the findings
    assert by_lattice == brute_subset(df)
    # and every flagged key holds at least one brute-force finding
    assert all(any(int(lat.key[i]) == k for i in brute_subset(df)) for k in flagged_keys)


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=40)
@given(sets_tables())
def test_subset_rule_names_each_row_once_with_every_figure_that_contains_it(df):
    """One line per row that is larger than a figure containing it (never one per pair), counting
    every such figure: the tightest named, then up to two more, then how many others."""
    df = df.assign(id=[f"r{i:02d}" for i in range(len(df))], quote="", file="data/counts.csv")
    got = rules.subset_rule(df, Lattice(df))
    assert sorted(got["row"]) == sorted(df.at[i, "id"] for i in brute_subset(df))
    for r in got.itertuples():
        a = df[df["id"] == r.row].iloc[0]
        over = [b for _, b in df.iterrows() if b["id"] != a["id"] and contains(b, a) and a["lower"] > b["upper"]]
        others = re.search(r"larger than (\d+) other figure", r.message)
        assert (int(others.group(1)) if others else 0) == len(over) - 1
        tightest = {b["id"] for b in over if b["upper"] == min(c["upper"] for c in over)}
        assert re.search(r"(?:inside|and) (r\d+) = ", r.message).group(1) in tightest


def axis_values(df: pd.DataFrame) -> dict[str, list]:
    return {"country": ["MEX", "COL", WORLD], **{d: vocab.codes(d) for d in vocab.dimensions()}}


def inside_axis(axis: str, outer, inner) -> bool:
    if axis == "period":
        return outer[0] <= inner[0] and inner[1] <= outer[1]
    if axis == "country":
        return outer == inner or outer == WORLD
    return vocab.contains(axis, outer, inner)


def overlap(axis: str, x, y) -> bool:
    """Two values whose sets can share a case: one inside the other, or overlapping years."""
    if axis == "period":
        return not (x[1] < y[0] or y[1] < x[0])
    return inside_axis(axis, x, y) or inside_axis(axis, y, x)


def value_of(r: pd.Series, axis: str):
    return (r["period_start"], r["period_end"]) if axis == "period" else r[axis]


def brute_overfull(df: pd.DataFrame) -> set[tuple[str, tuple, int]]:
    """(axis, holder coordinates, total) where counts that cannot overlap on one axis, all else
    equal, have lower bounds adding up to more than the least upper bound of a count containing them
    all, and more than any one of them alone."""
    found = set()
    keys = ["source_id", "country", "period_start", "period_end", *vocab.dimensions()]
    for axis in ["period", "country", *vocab.dimensions()]:
        rest_cols = [k for k in keys if k not in (("period_start", "period_end") if axis == "period" else (axis,))]
        for rest, group in df.groupby(rest_cols):
            vals = {}
            for _, r in group.iterrows():
                v = value_of(r, axis)
                vals[v] = max(vals.get(v, -1), int(r["lower"]))
            if axis == "period":
                # a holding period is any period the table states, in any source (the lattice's
                # period nodes), not only this group's: parts of 2013 and 2014 are held by 2013-2014
                # when another source states that period
                holders = sorted(set(zip(df["period_start"], df["period_end"])))
            else:
                holders = [h for h in axis_values(df)[axis] if any(h != v and inside_axis(axis, h, v) for v in vals)]
            for w in holders:
                parts = {v: x for v, x in vals.items() if v != w and inside_axis(axis, w, v)}
                if len(parts) < 1:
                    continue
                best = 0
                for k in range(1, len(parts) + 1):
                    for combo in itertools.combinations(parts, k):
                        if all(not overlap(axis, x, y) for x, y in itertools.combinations(combo, 2)):
                            best = max(best, sum(parts[c] for c in combo))
                single = max(parts.values())
                holder = dict(zip(rest_cols, rest if isinstance(rest, tuple) else (rest,)))
                if axis == "period":
                    holder["period_start"], holder["period_end"] = w
                else:
                    holder[axis] = w
                probe = pd.Series(holder)
                least = min([int(r["upper"]) for _, r in df.iterrows() if contains(r, probe)] or [NONE])
                if best > single and best > least:
                    found.add((axis, tuple(str(holder[k]) for k in keys), best))
    return found


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=40)
@given(st.one_of(sets_tables(), parts_tables()))
def test_disjoint_parts_rule_equals_the_brute_force_sets(df):
    lat = Lattice(df)
    keys = ["source_id", "country", "period_start", "period_end", *vocab.dimensions()]
    got = set()
    sources = {g: s for s, g in zip(df["source_id"], lat.group)}
    for i, key, total in lat.overfull():
        coords = {"source_id": sources[int(key) // lat.group_stride]}
        p = int(lat.coord(np.array([key]), 0)[0])
        coords["period_start"], coords["period_end"] = int(lat.p_start[p]), int(lat.p_end[p])
        for j, ax in enumerate(lat.axes, start=1):
            coords[ax.name] = ax.codes[int(lat.coord(np.array([key]), j)[0])]
        got.add((lat.names[i], tuple(str(coords[k]) for k in keys), total))
    assert got == brute_overfull(df)
