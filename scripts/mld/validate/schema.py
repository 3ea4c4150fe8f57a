"""The pandera schema of a table, built from its Table Schema: the one engine for every cell check.

Table Schema -> pandera: `type` -> dtype (an optional integer is pandas' nullable Int64); `required`
-> not nullable; `enum` -> isin; `minimum`/`maximum` -> ge/le; `pattern` -> str_matches (the
package's patterns are anchored); `unique` and the primary key -> unique. Built directly (rather
than through pandera.io, which imports frictionless) because the validator starts on every run.
"""

from __future__ import annotations

import functools
import json
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import pandera.pandas as pa

DTYPES = {"string": "str", "integer": "int64", "number": "float64"}


@functools.lru_cache(maxsize=32)
def _build(schema_json: str) -> pa.DataFrameSchema:
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
        dtype = DTYPES.get(f.get("type", "string"), "str")
        if dtype == "int64" and not required:
            dtype = "Int64"
        columns[f["name"]] = pa.Column(dtype, checks=checks, nullable=not required, unique=bool(c.get("unique")),
                                       coerce=True, required=True)
    pk = schema.get("primaryKey")
    return pa.DataFrameSchema(columns, unique=list(pk) if pk and len(pk) > 1 else None, coerce=True, strict=True,
                              ordered=True)


def pandera_schema(schema: dict) -> pa.DataFrameSchema:
    return _build(json.dumps(schema, sort_keys=True))
