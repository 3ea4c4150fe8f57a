"""The pandera schema of a table, built from its Table Schema: the one engine for every cell check.

Table Schema -> pandera: `type` -> dtype (an optional integer is pandas' nullable Int64); `required`
-> not nullable; `enum` -> isin; `minimum`/`maximum` -> ge/le; `pattern` -> str_matches (the
package's patterns are anchored); `unique` and the primary key -> unique. Built directly (rather
than through pandera.io, which imports frictionless) because the validator starts on every run.

`clean_frame` is the same checks done directly with pandas, for the common case of a table with no
failing cell: it returns the frame pandera would return, or None as soon as a cell may fail, and
then pandera checks the table and words every failure. Importing pandera and running its checks
cost more than the rest of validating this package, so pandera is imported only when needed.
"""

from __future__ import annotations

import functools
import json
import re
import warnings
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    import pandera.pandas as pa

DTYPES = {"string": "str", "integer": "int64", "number": "float64"}


def _dtype(f: dict) -> str:
    dtype = DTYPES.get(f.get("type", "string"), "str")
    if dtype == "int64" and not f.get("constraints", {}).get("required"):
        dtype = "Int64"
    return dtype


@functools.lru_cache(maxsize=32)
def _build(schema_json: str) -> pa.DataFrameSchema:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pandera.pandas as pa
    schema = json.loads(schema_json)
    columns = {}
    for f in schema["fields"]:
        c = f.get("constraints", {})
        checks = []
        if "enum" in c:
            checks.append(pa.Check.isin(c["enum"]))
        if "minimum" in c:
            checks.append(pa.Check.ge(c["minimum"]))
        if "maximum" in c:
            checks.append(pa.Check.le(c["maximum"]))
        if "pattern" in c:
            checks.append(pa.Check.str_matches(c["pattern"]))
        required = bool(c.get("required"))
        columns[f["name"]] = pa.Column(_dtype(f), checks=checks, nullable=not required, unique=bool(c.get("unique")),
                                       coerce=True, required=True)
    pk = schema.get("primaryKey")
    return pa.DataFrameSchema(columns, unique=list(pk) if pk and len(pk) > 1 else None, coerce=True, strict=True,
                              ordered=True)


def pandera_schema(schema: dict) -> pa.DataFrameSchema:
    return _build(json.dumps(schema, sort_keys=True))


def clean_frame(schema: dict, df: pd.DataFrame) -> pd.DataFrame | None:
    """What `pandera_schema(schema).validate(df)` returns when no cell fails, else None.

    The same coercion (`astype` to each column's dtype) and the same checks, each on the non-null
    values as pandera runs them (a pattern is `re.match`, as pandera's str_matches); anything
    unexpected (a failed coercion, a check that raises) is left to pandera."""
    fields = schema["fields"]
    if list(df.columns) != [f["name"] for f in fields]:
        return None
    out = {}
    try:
        for f in fields:
            c = f.get("constraints", {})
            col = df[f["name"]]
            na = col.isna()
            has_na = bool(na.any())
            if has_na and c.get("required"):
                return None
            col = col.astype(_dtype(f))
            vals = col[~na] if has_na else col
            if "enum" in c and not vals.isin(c["enum"]).all():
                return None
            if "minimum" in c and not (vals >= c["minimum"]).all():
                return None
            if "maximum" in c and not (vals <= c["maximum"]).all():
                return None
            if "pattern" in c:
                match = re.compile(c["pattern"]).match
                # each distinct value once: the long tables repeat their words and ids
                if not all(match(v) is not None for v in pd.unique(vals.to_numpy(dtype=object)).tolist()):
                    return None
            if c.get("unique") and col.duplicated().any():
                return None
            out[f["name"]] = col
    except (TypeError, ValueError, OverflowError):
        return None
    frame = pd.DataFrame(out, index=df.index)
    pk = schema.get("primaryKey")
    if pk and len(pk) > 1 and frame.duplicated(list(pk)).any():
        return None
    return frame
