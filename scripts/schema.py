"""Read a package's tables through its descriptor, and check them against their Table Schema.

The pandera schema is built from the Table Schema in datapackage.json (types, required, enum,
minimum, maximum, pattern, unique), never written a second time. pandera does not carry
primary and foreign keys over, so those are checked here, vectorised.
"""

from __future__ import annotations

import functools
import io
import json
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from pandera.errors import SchemaErrors
    from pandera.io.pandas_io import from_frictionless_schema

import checks

# pandera check names -> the Table Schema rule a user knows
RULE_NAMES = [
    (re.compile(r"^coerce_dtype|^dtype"), "type"),
    (re.compile(r"^not_nullable"), "required"),
    (re.compile(r"^isin"), "enum"),
    (re.compile(r"^greater_than_or_equal_to|^ge\b"), "minimum"),
    (re.compile(r"^less_than_or_equal_to|^le\b"), "maximum"),
    (re.compile(r"^str_matches|^str_length"), "pattern"),
    (re.compile(r"unique"), "unique"),
    (re.compile(r"column_in_dataframe|column_in_schema"), "header"),
]


@dataclass
class Table:
    name: str
    file: str           # path as written in the descriptor, for messages
    schema: dict        # the Table Schema
    frame: pd.DataFrame | None  # typed rows that passed the Table Schema, None if unreadable
    failures: pd.DataFrame


def load_descriptor(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise SystemExit(f"{path}: cannot read the descriptor: {e}") from None


def _file_level(file: str, raw: bytes, fields: list[str]) -> tuple[str | None, pd.DataFrame]:
    """Decode and check what a spreadsheet is likely to damage: encoding, BOM, line ends, header."""
    def fail(rule: str, msg: str) -> tuple[None, pd.DataFrame]:
        return None, checks.failures(file, [""], "", rule, msg)

    if not raw:
        return fail("empty_file", "the file is empty (not even a header row)")
    if raw.startswith(b"\xef\xbb\xbf"):
        return fail("encoding", "the file starts with a UTF-8 byte-order mark (BOM); save as UTF-8 without BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        return fail("encoding", f"byte 0x{raw[e.start]:02x} on line {line} is not UTF-8 "
                    "(saved as Latin-1 or Windows-1252?); save as UTF-8")
    if b"\r" in raw:
        return fail("line_endings", "the file has CR or CRLF line endings; save with LF (Unix) line endings")
    header = text.split("\n", 1)[0].split(",")
    missing = [f for f in fields if f not in header]
    extra = [h for h in header if h not in fields]
    if missing or extra or header != fields:
        parts = ([f"missing column(s) {', '.join(missing)}"] if missing else []) + \
                ([f"unexpected column(s) {', '.join(extra)}"] if extra else [])
        return fail("header", "; ".join(parts) or f"columns out of order; expected {', '.join(fields)}")
    return text, checks.empty()


def _rule(check: str, value: object) -> str:
    m = re.match(r"in_range\(([-\d.]+), ([-\d.]+)\)", check)
    if m:  # pandera folds minimum and maximum into one check
        try:
            return "minimum" if float(str(value)) < float(m.group(1)) else "maximum"
        except ValueError:
            return "range"
    for rx, name in RULE_NAMES:
        if rx.search(check):
            return name
    return check


@functools.lru_cache(maxsize=32)
def pandera_schema(table_schema_json: str):
    """The pandera schema built from a Table Schema (built once per schema: it is not cheap)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pa_schema = from_frictionless_schema(json.loads(table_schema_json))
    # uniqueness is checked in read_table, once per key, with a message a user can act on
    unique_cols = [name for name, col in pa_schema.columns.items() if col.unique]
    if unique_cols:
        pa_schema = pa_schema.update_columns({c: {"unique": False} for c in unique_cols})
    # the "no formula" patterns are checked by checks.formula_injection_rule, on every text
    # column and with a clearer message: running them twice only costs time
    no_formula = {name: [c for c in col.checks if "[^=+" not in str(c.statistics.get("pattern", ""))]
                  for name, col in pa_schema.columns.items()}
    pa_schema = pa_schema.update_columns({n: {"checks": cs} for n, cs in no_formula.items()
                                          if len(cs) != len(pa_schema.columns[n].checks)})
    return pa_schema


def read_table(base: Path, resource: dict) -> Table:
    name, file = resource["name"], resource["path"]
    schema = resource["schema"]
    fields = [f["name"] for f in schema["fields"]]
    path = base / file
    if not path.is_file():
        return Table(name, file, schema, None,
                     checks.failures(file, [""], "", "file_missing", f"{file} does not exist"))
    raw = path.read_bytes()
    text, fails = _file_level(file, raw, fields)
    if text is None:
        return Table(name, file, schema, None, fails)
    del text  # the parser reads the bytes; a decoded copy would double the peak memory
    df = pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    id_col = schema.get("primaryKey", [fields[0]])[0]
    row_label = df[id_col].fillna("").astype(str).where(df[id_col].notna(), "line " + (df.index + 2).astype(str))
    pa_schema = pandera_schema(json.dumps(schema, sort_keys=True))
    # checked on the raw text, whatever the descriptor's patterns say
    # text fields only: "-17" in a number field is a wrong number (the minimum rule), not a formula
    text_fields = [f["name"] for f in schema["fields"] if f.get("type", "string") == "string"]
    out = [checks.formula_injection_rule(file, df, id_col, raw, text_fields)]
    try:
        typed = pa_schema.validate(df, lazy=True)
    except SchemaErrors as e:
        fc = e.failure_cases
        # reported by formula_injection above
        check = fc["check"].astype(str)
        fc = fc[~check.str.contains("[^=+", regex=False)]
        idx = pd.to_numeric(fc["index"], errors="coerce")
        labels = [row_label.get(int(i), "") if pd.notna(i) else "" for i in idx]
        quotes = [df["quote"].get(int(i), "") if pd.notna(i) and "quote" in df else "" for i in idx]
        out.append(pd.DataFrame({
            "file": file, "row": labels, "field": fc["column"].astype(str).to_numpy(),
            "rule": [_rule(str(c), v) for c, v in zip(fc["check"], fc["failure_case"])],
            "message": [f"{c}: value {v!r} fails it" for c, v in zip(fc["check"], fc["failure_case"])],
            "quote": quotes}))
        bad_rows = set(int(i) for i in idx.dropna())
        try:
            typed = pa_schema.validate(df.drop(index=list(bad_rows)), lazy=True)
        except SchemaErrors:
            typed = None
    if typed is not None:
        for pk in [schema.get("primaryKey")] + [[f["name"]] for f in schema["fields"]
                                                 if f.get("constraints", {}).get("unique")]:
            if not pk:
                continue
            dup = typed[typed.duplicated(pk, keep=False)]
            if not dup.empty:
                out.append(checks.failures(file, dup[pk[0]].astype(str), pk[0], "primary_key" if pk == schema.get("primaryKey") else "unique",
                                           f"{', '.join(pk)} is not unique: the same value is used by more than one row",
                                           dup["quote"] if "quote" in dup else ""))
                typed = typed.drop_duplicates(pk, keep="first")
    if typed is not None:
        # codes repeat on every row: one string object per distinct code instead of one per cell
        # (a third of the memory of a large table)
        for f in schema["fields"]:
            if "enum" in f.get("constraints", {}) or f["name"] in ("source_id", "country"):
                typed[f["name"]] = typed[f["name"]].astype("category")
    fails = pd.concat([fails, *out], ignore_index=True).drop_duplicates()
    return Table(name, file, schema, typed, fails)


def foreign_keys(tables: dict[str, Table]) -> pd.DataFrame:
    out = []
    for t in tables.values():
        if t.frame is None:
            continue
        for fk in t.schema.get("foreignKeys", []):
            target = fk["reference"].get("resource") or t.name
            ref = tables.get(target)
            if ref is None or ref.frame is None:
                continue
            (col,), (ref_col,) = fk["fields"], fk["reference"]["fields"]
            s = t.frame[col]
            bad = t.frame[s.notna() & ~s.isin(ref.frame[ref_col])]
            if not bad.empty:
                id_col = t.schema.get("primaryKey", [col])[0]
                out.append(checks.failures(
                    t.file, bad[id_col].astype(str), col, "foreign_key",
                    [f"{col} '{v}' is not a {ref_col} in {ref.file}" for v in bad[col]],
                    bad["quote"] if "quote" in bad else ""))
    return pd.concat(out, ignore_index=True) if out else checks.empty()


def frames(descriptor: Path) -> dict[str, pd.DataFrame]:
    """Typed tables of a package that has passed validation (readers: charts, README)."""
    desc = load_descriptor(descriptor)
    base = descriptor.resolve().parent
    out: dict[str, pd.DataFrame] = {}
    for r in desc["resources"]:
        t = read_table(base, r)
        if t.frame is None or len(t.failures):
            raise SystemExit(f"{t.file}: not valid; run scripts/validate.py {descriptor}")
        out[r["name"]] = t.frame
    return out
