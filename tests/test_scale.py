"""The near-linear rules (lattice.py) against the all-pairs definition, on synthetic packages
from bench.py: the same findings, and a valid package stays valid. No timing here: the
benchmark prints figures (python scripts/bench.py)."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

import bench
import checks
import validate
import vocab
from conftest import read, write
from lattice import Lattice


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "pkg"
    bench.write_package(3000, out)
    return out


def test_synthetic_package_is_valid_for_both_validators(synthetic):
    from frictionless import validate as frictionless_validate
    assert validate.validate(synthetic / "datapackage.json").empty
    assert frictionless_validate(str(synthetic / "datapackage.json")).valid


def brute_force_subset(sets: pd.DataFrame) -> set[str]:
    """The subset rule by its definition: every pair of rows."""
    bad = set()
    rows = sets.to_dict("records")
    for a, b in itertools.product(rows, rows):
        if a["id"] == b["id"] or a["source_id"] != b["source_id"] or a["country"] != b["country"]:
            continue
        if not (b["period_start"] <= a["period_start"] and a["period_end"] <= b["period_end"]):
            continue
        if all(vocab.contains(d, b[d], a[d]) for d in vocab.DIMENSIONS) and a["value"] > b["value"]:
            bad.add(a["id"])
    return bad


def test_lattice_finds_exactly_the_pairs_that_all_pairs_find(synthetic):
    counts = read(synthetic, "counts")
    rng = np.random.default_rng(7)
    # a small slice of one country, values scrambled so that many rules break
    one = counts[counts["source_id"] == counts["source_id"].iloc[0]].head(400).copy()
    one["value"] = rng.integers(0, 40, len(one))
    sets = one.astype({"period_start": int, "period_end": int, "value": int}).assign(file="data/counts.csv")
    expected = brute_force_subset(sets)
    assert expected  # the scrambling did break something
    got = set(checks.subset_rule(sets, Lattice(sets))["row"])
    assert got == expected


def test_a_broken_value_deep_in_a_large_package_is_named(synthetic, tmp_path):
    import shutil
    pkg = tmp_path / "pkg"
    shutil.copytree(synthetic, pkg)
    counts = read(pkg, "counts")
    # the largest single-year, fully restricted count: raise it above its year's total
    narrow = counts[(counts["period_start"] == counts["period_end"]) & (counts["sector"] != "all")]
    i = narrow["value"].astype(int).idxmax()
    old = counts.at[i, "value"]
    counts.at[i, "value"] = "9999"
    counts.at[i, "quote"] = counts.at[i, "quote"].replace(f" {old} ", " 9999 ", 1)
    write(pkg, "counts", counts)
    got = validate.validate(pkg / "datapackage.json")
    hit = got[(got["row"] == counts.at[i, "id"]) & (got["rule"] == "subset")]
    assert len(hit), got.head().to_string()
