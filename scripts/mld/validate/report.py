"""Failures: one line per problem, `FILE: row ID: field F: rule R: message | quote: "..."`."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

COLUMNS = ["file", "row", "field", "rule", "message", "quote"]


def failures(file: str, rows, field: str, rule: str, messages, quotes="") -> pd.DataFrame:
    rows = list(rows)
    n = len(rows)
    df = pd.DataFrame({
        "file": [file] * n, "row": [str(r) for r in rows], "field": [field] * n, "rule": [rule] * n,
        "message": list(messages) if not isinstance(messages, str) else [messages] * n,
        "quote": [str(q) for q in quotes] if not isinstance(quotes, str) else [quotes] * n,
    })
    return df[COLUMNS]


def one(file: str, row: str, field: str, rule: str, message: str, quote: str = "") -> pd.DataFrame:
    return failures(file, [row], field, rule, [message], [quote])


_EMPTY: pd.DataFrame | None = None


def empty() -> pd.DataFrame:
    global _EMPTY
    if _EMPTY is None:  # built once: most checks find nothing, and building a frame is not free
        _EMPTY = pd.DataFrame({c: pd.Series(dtype=str) for c in COLUMNS})
    return _EMPTY.copy()


def concat(parts: Iterable[pd.DataFrame]) -> pd.DataFrame:
    parts = [p for p in parts if p is not None and len(p)]
    if not parts:
        return empty()
    return pd.concat(parts, ignore_index=True).astype(str).drop_duplicates()


def format_line(r) -> str:
    quote = str(r.quote or "").replace("\n", " ")
    quote = quote if len(quote) <= 160 else quote[:157] + "..."
    row = f"row {r.row}" if r.row else "file"
    return (f"{r.file}: {row}: field {r.field or '-'}: rule {r.rule}: {r.message}"
            + (f' | quote: "{quote}"' if quote else ""))
