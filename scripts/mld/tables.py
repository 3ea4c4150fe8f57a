"""The package's tables as CSV text: columns in the order of their Table Schema, LF line ends,
UTF-8 without BOM, numbers written as the text writes them (19, not 19.0)."""

from __future__ import annotations

import csv
import hashlib
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


def write_all(data_dir: Path, tables: dict[str, list[dict]]) -> dict[str, str]:
    """Render every table first, then write each (atomically): an error while rendering writes nothing.
    Returns each table's SHA-256, the record of what was written."""
    rendered = {t: to_csv(t, rows) for t, rows in tables.items()}
    for t, text in rendered.items():
        atomic.write_text(path(data_dir, t), text)
    return {t: hashlib.sha256(text.encode("utf-8")).hexdigest() for t, text in rendered.items()}


def sha256(file: Path) -> str | None:
    return hashlib.sha256(file.read_bytes()).hexdigest() if file.is_file() else None
