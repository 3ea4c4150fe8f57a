"""The package's tables as CSV text: columns in the order of their Table Schema, LF line ends,
UTF-8 without BOM, numbers written as the text writes them (19, not 19.0)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from mld import atomic
from mld.build import descriptor


def path(data_dir: Path, table: str) -> Path:
    return data_dir / f"{table}.csv"


def to_csv(table: str, rows: list[dict]) -> str:
    cols = descriptor.columns(table)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n", extrasaction="raise")
    w.writeheader()
    for r in rows:
        w.writerow({k: _cell(r.get(k, "")) for k in cols})
    return buf.getvalue()


def _cell(v: object) -> object:
    if v is None:
        return ""
    if isinstance(v, float) and v == int(v):
        return int(v)
    return v


def write_all(data_dir: Path, tables: dict[str, list[dict]]) -> None:
    """Render every table first, then write each (atomically): an error while rendering writes nothing."""
    rendered = {t: to_csv(t, rows) for t, rows in tables.items()}
    for t, text in rendered.items():
        atomic.write_text(path(data_dir, t), text)
