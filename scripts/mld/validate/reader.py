"""Read one table: the small reader for file-level problems (size, encoding, byte-order mark, NUL
bytes, header, rows with extra or missing cells), then pandera for every cell, with the schema
built from the package's own Table Schema (types, required, enum, minimum, maximum, pattern,
unique and primary keys). All problems of a file are reported at once; CRLF line ends are read
(RFC 4180), and the files this package writes use LF.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from mld.validate import report
from mld.validate.schema import clean_frame, pandera_schema

MAX_TABLE_BYTES = 2 * 1024 ** 3
GENERATED = "; the file is generated: rebuild it with `make data` rather than editing it"
BOM = "the file starts with a byte-order mark (saved by a spreadsheet?)"
RULES = [
    (re.compile(r"^coerce_dtype|^dtype"), "type"),
    (re.compile(r"^not_nullable"), "required"),
    (re.compile(r"^isin"), "enum"),
    (re.compile(r"^greater_than_or_equal_to"), "minimum"),
    (re.compile(r"^less_than_or_equal_to"), "maximum"),
    (re.compile(r"^str_matches|^str_length"), "pattern"),
    (re.compile(r"unique|duplicates"), "unique"),
]
INTEGER_RE = r"-?[0-9]+"
NUMBER_RE = r"-?[0-9]+(?:\.[0-9]+)?"


@dataclass
class Table:
    name: str
    file: str                      # as written in the descriptor, for messages
    schema: dict
    frame: pd.DataFrame | None     # typed rows that passed; None if the file could not be read
    failures: pd.DataFrame
    keys: frozenset = frozenset()  # the primary keys written on rows that failed (not in `frame`)


def _rule(check: str, value: object) -> str:
    m = re.match(r"in_range\(([-\d.]+), ([-\d.]+)\)", check)
    if m:
        try:
            return "minimum" if float(str(value)) < float(m.group(1)) else "maximum"
        except ValueError:
            return "range"
    for rx, name in RULES:
        if rx.search(check):
            return name
    return check


def read(name: str, path: Path, label: str, schema: dict, generated: bool = True) -> Table:
    fields = [f["name"] for f in schema["fields"]]
    hint = GENERATED if generated else ""

    def fail(rule: str, msg: str, row: str = "") -> Table:
        return Table(name, label, schema, None, report.one(label, row, "", rule, msg + hint))

    if not path.is_file():
        return fail("file_missing", f"{label} does not exist")
    size = path.stat().st_size
    if size > MAX_TABLE_BYTES:
        return Table(name, label, schema, None, report.one(label, "", "", "size",
                     f"{size:,} bytes: far larger than this package's tables can be; not read"))
    raw = path.read_bytes()
    problems: list[tuple[str, str]] = []
    if not raw:
        return fail("empty_file", "the file is empty (not even a header row)")
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(("encoding", BOM))
        raw = raw[3:]
    if b"\x00" in raw:
        line = raw[:raw.index(b"\x00")].count(b"\n") + 1
        problems.append(("encoding", f"line {line} holds a NUL byte: this is not a text table"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        problems.append(("encoding", f"byte 0x{raw[e.start]:02x} on line {line} is not UTF-8 (saved as Latin-1 or "
                         "Windows-1252?)"))
        text = None
    if text is not None and "\x00" not in text:
        first_end = text.find("\n")  # the header line (without splitting a copy of the whole text)
        header_line = next(csv.reader(io.StringIO((text if first_end < 0 else text[:first_end]).rstrip("\r"))), [])
        if header_line != fields:
            missing = [f for f in fields if f not in header_line]
            extra = [h for h in header_line if h not in fields]
            msg = "; ".join(([f"missing column(s) {', '.join(missing)}"] if missing else [])
                            + ([f"unexpected column(s) {', '.join(extra)}"] if extra else [])) \
                or f"columns out of order; expected {', '.join(fields)}"
            problems.append(("header", msg))
    found = report.failures(label, [""] * len(problems), "", "", [m + hint for _, m in problems]) \
        .assign(rule=[r for r, _ in problems]) if problems else None
    if problems and not (text is not None and [m for _, m in problems] == [BOM]):
        return Table(name, label, schema, None, found)
    assert text is not None
    t = _cells(name, label, schema, text, hint, raw)
    if found is not None:
        # a byte-order mark alone leaves the cells readable: every problem of the file at once
        t = dataclasses.replace(t, failures=report.concat([found, t.failures]))
    return t


def _cells(name: str, label: str, schema: dict, text: str, hint: str, raw: bytes) -> Table:
    fields = [f["name"] for f in schema["fields"]]
    out: list[pd.DataFrame] = []
    pk = schema.get("primaryKey") or [fields[0]]
    df = None
    if _all_rows_have(raw, len(fields)):
        try:
            # from the bytes: the parser is much faster on them than on a str
            df = pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False, na_filter=False, engine="c",
                             encoding="utf-8")
        except pd.errors.ParserError:
            df = None
    if df is None or list(df.columns) != fields:
        df = _by_row(text, fields)
    # rows with missing cells (pandas pads them with NaN) or extra cells (counted by _by_row)
    lines = pd.Series(df["__line__"] if "__line__" in df else df.index + 2, index=df.index)
    extra = df["__extra__"] if "__extra__" in df else pd.Series(None, index=df.index, dtype=object)
    n_cells = df[fields].notna().sum(axis=1).where(extra.isna(), extra).astype(int)
    bad_shape = n_cells != len(fields)
    raw = df  # (for the keys of the rows that fail below)
    if bad_shape.any():
        rows = df[bad_shape]
        msgs = [f"line {lines[i]} has {n} cells for {len(fields)} columns" + (" (a stray comma?)" if n > len(fields) else "")
                for i, n in zip(rows.index, n_cells[bad_shape])]
        out.append(report.failures(label, _labels(rows, pk, lines), "", "row_shape", [m + hint for m in msgs],
                                   rows["quote"].fillna("") if "quote" in rows else ""))
        df = df[~bad_shape]
    df = df[fields]
    # number fields: ASCII digits only ("١٢" is a number to Python, not to a CSV reader)
    for f in schema["fields"]:
        if f["type"] in ("integer", "number"):
            s = df[f["name"]]
            # the whole column at once: every cell empty or ASCII digits when their concatenation is
            joined = "".join(s.to_numpy(dtype=object).tolist())
            if (joined == "" or (joined.isascii() and joined.isdigit())) and not (s.str.len() > 18).any():
                continue
            ok = (s == "") | (s.str.isascii() & s.str.isdigit())
            if not ok.all():  # signs and decimals: the full pattern, only where plain digits failed
                ok[~ok] = s[~ok].str.fullmatch(INTEGER_RE if f["type"] == "integer" else NUMBER_RE)
            what = "n integer" if f["type"] == "integer" else " number"
            msgs = pd.Series(f"is not a{what} written in ASCII digits", index=df.index)
            if f["type"] == "integer":
                # a 64-bit integer at most: a longer one is named here, not by the type engine
                # (which words it as an internal error)
                long = (ok & (s.str.len() > 18)).to_numpy(dtype=bool)
                big = np.zeros(len(s), dtype=bool)
                big[long] = [not -2 ** 63 <= int(v) < 2 ** 63 for v in s[long].tolist()]
                huge = pd.Series(big, index=df.index)
                msgs[huge] = f"is too large for an integer (at most {2 ** 63 - 1:,})"
                ok &= ~huge
            if (~ok).any():
                bad = df[~ok]
                out.append(report.failures(label, _labels(bad, pk, lines), f["name"], "type",
                                           [f"value {v!r} {m}" for v, m in zip(bad[f["name"]], msgs[~ok])],
                                           bad["quote"] if "quote" in bad else ""))
                df = df[ok]
    typed = _empty_as_null(df)
    frame = clean_frame(schema, typed)
    if frame is not None:
        return Table(name, label, schema, frame, _hinted(report.concat(out), hint), _failed_keys(raw, frame, pk))
    pa = pandera_schema(schema)
    from pandera.errors import SchemaErrors
    try:
        frame = pa.validate(typed, lazy=True)
    except SchemaErrors as e:
        fc = e.failure_cases
        idx = pd.to_numeric(fc["index"], errors="coerce")
        labels = [_label_at(typed, pk, lines, int(i)) if pd.notna(i) else "" for i in idx]
        quotes = [str(typed["quote"].get(int(i), "") or "") if pd.notna(i) and "quote" in typed else "" for i in idx]
        out.append(pd.DataFrame({
            "file": label, "row": labels, "field": fc["column"].astype(str).to_numpy(),
            "rule": [_rule(str(c), v) for c, v in zip(fc["check"], fc["failure_case"])],
            "message": [_message(str(c), v) for c, v in zip(fc["check"], fc["failure_case"])],
            "quote": quotes}))
        bad_rows = {int(i) for i in idx.dropna()}
        keys_bad = [k for k in pk if ((fc["column"] == k) & fc["check"].astype(str).str.contains("unique|duplicat")).any()] \
            or (fc["check"].astype(str).str.contains("unique|duplicat")).any()
        rest = typed.drop(index=[i for i in bad_rows if i in typed.index])
        if keys_bad:
            rest = rest.drop_duplicates(pk, keep=False)
        try:
            frame = pa.validate(rest, lazy=True)
        except SchemaErrors:
            frame = None
    return Table(name, label, schema, frame, _hinted(report.concat(out), hint), _failed_keys(raw, frame, pk))


def _hinted(fails: pd.DataFrame, hint: str) -> pd.DataFrame:
    """Every problem of a generated file says so, and how to rebuild it."""
    if not hint or fails.empty:
        return fails
    m = fails["message"].astype(str)
    return fails.assign(message=m.where(m.str.endswith(hint), m + hint))


def _failed_keys(raw: pd.DataFrame, frame: pd.DataFrame | None, pk: list[str]) -> frozenset:
    """The keys written on rows that failed (are not in the typed frame): other tables that name
    them are not told they are missing (the row is named once, where it fails)."""
    if frame is not None and len(frame) == len(raw):
        return frozenset()
    return _keys(raw if frame is None else raw.loc[raw.index.difference(frame.index)], pk)


def _keys(df: pd.DataFrame, pk: list[str]) -> frozenset:
    """The primary key of every row (a value, or a tuple for a key of several fields)."""
    if not all(k in df for k in pk):
        return frozenset()
    if len(pk) == 1:
        return frozenset(df[pk[0]].dropna().to_numpy(dtype=object).tolist())
    return frozenset(df[pk].dropna().itertuples(index=False, name=None))


def _message(check: str, value: object) -> str:
    if check.startswith("not_nullable") or value is None or (isinstance(value, float) and value != value):
        return "the cell is empty; the field requires a value"
    return f"{check}: value {value!r} fails it"


def _empty_as_null(df: pd.DataFrame) -> pd.DataFrame:
    """`df.replace("", pd.NA)`, column by column with numpy (replace is slow on long string columns)."""
    out = {}
    for c in df.columns:
        col = df[c]
        empty = col.to_numpy(dtype=object) == ""
        out[c] = col.mask(empty, pd.NA) if empty.any() else col
    return pd.DataFrame(out, index=df.index)


def _all_rows_have(raw: bytes, n: int) -> bool:
    """Every record has `n` cells: commas and line ends outside double quotes, counted with numpy.
    A quote inside a quoted cell is doubled, so the number of quotes before a comma or a line end
    tells inside (odd) from outside (even)."""
    import numpy as np
    b = np.frombuffer(raw, dtype=np.uint8)
    # one pass for the three bytes that matter, then each kind among the few positions found
    pos = np.flatnonzero((b == ord('"')) | (b == ord("\n")) | (b == ord(",")))
    kind = b[pos]
    quotes = pos[kind == ord('"')]
    ends = pos[kind == ord("\n")]
    commas = pos[kind == ord(",")]
    if len(quotes):
        ends = ends[np.searchsorted(quotes, ends) % 2 == 0]
        commas = commas[np.searchsorted(quotes, commas) % 2 == 0]
    if len(b) and b[-1] != ord("\n"):
        ends = np.append(ends, len(b))
    per_row = np.diff(np.searchsorted(commas, np.r_[-1, ends]))
    # blank lines (a lone line end) have no cells; pandas skips them
    starts = np.r_[0, ends[:-1] + 1]
    blank = (ends - starts <= 1) & (per_row == 0)
    return bool(np.all(per_row[~blank] == n - 1))


def _by_row(text: str, fields: list[str]) -> pd.DataFrame:
    """Rows read one by one (the fast parser refused the file): short rows padded, extra cells
    counted in `__extra__`."""
    reader = csv.reader(io.StringIO(text))
    next(reader, None)
    n = len(fields)
    data, extra, line = [], [], []
    start = reader.line_num + 1
    for cells in reader:
        # (the line a row starts on: a quoted cell may hold line breaks)
        row_line, start = start, reader.line_num + 1
        if not cells:
            continue
        extra.append(len(cells) if len(cells) > n else None)
        data.append((cells + [None] * n)[:n])
        line.append(row_line)
    df = pd.DataFrame(data, columns=fields, dtype=object)
    df["__extra__"] = pd.Series(extra, dtype=object)
    df["__line__"] = pd.Series(line, dtype=np.int64)
    return df


def _labels(rows: pd.DataFrame, pk: list[str], lines: pd.Series) -> list[str]:
    return [_label_at(rows, pk, lines, i) for i in rows.index]


def _label_at(df: pd.DataFrame, pk: list[str], lines: pd.Series, i: int) -> str:
    vals = [df.at[i, k] if k in df.columns and i in df.index else None for k in pk]
    if vals and all(isinstance(v, str) and v for v in vals):
        return " ".join(str(v) for v in vals)
    return f"line {lines.get(i, i + 2)}"
