"""The validator checks cells without pandera when none fails (`schema.clean_frame`): on every table
of the package, and on each with one cell broken in every way its field can break, the shortcut
must give pandera's frame exactly, or give way to pandera whenever pandera finds a failure."""

from __future__ import annotations

import pandas as pd
import pytest
from pandera.errors import SchemaErrors

from conftest import ROOT
from mld.build import descriptor as definition
from mld.validate.schema import clean_frame, pandera_schema

CELLS = ["", "=SUM(A1)", "x", "-1", "0", "1.5", "1900", "2101", "99999999999999999999", "ABC", "abc", "exact"]


def _table(name: str) -> pd.DataFrame:
    df = pd.read_csv(ROOT / "data" / f"{name}.csv", dtype=str, keep_default_na=False)
    return df.replace("", pd.NA)


def _same_as_pandera(schema: dict, df: pd.DataFrame) -> None:
    fast = clean_frame(schema, df.copy())
    try:
        want = pandera_schema(schema).validate(df.copy(), lazy=True)
    except SchemaErrors:
        assert fast is None
        return
    assert fast is not None
    pd.testing.assert_frame_equal(fast, want, check_exact=True)


@pytest.mark.parametrize("name", definition.table_names())
def test_the_package_tables_pass_as_pandera_says(name):
    _same_as_pandera(definition.schemas()[name], _table(name))


@pytest.mark.parametrize("name", definition.table_names())
def test_one_broken_cell_gives_way_to_pandera(name):
    schema = definition.schemas()[name]
    df = _table(name)
    if df.empty:
        return
    for f in schema["fields"]:
        for v in CELLS + list(f.get("constraints", {}).get("enum", []))[:1]:
            broken = df.copy()
            broken.loc[broken.index[0], f["name"]] = pd.NA if v == "" else v
            _same_as_pandera(schema, broken)
    # a repeated row: unique fields and the primary key
    _same_as_pandera(schema, pd.concat([df, df.iloc[:1]], ignore_index=True))
    # columns out of order
    _same_as_pandera(schema, df[list(reversed(df.columns))])
