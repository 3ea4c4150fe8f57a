"""The package's tables: their file names and column order, and how they are written."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import atomic

COLUMNS = {
    "counts": [
        "id", "source_id", "country", "period_start", "period_end", "outcome", "indigenous",
        "gender", "perpetrator", "sector", "value", "qualifier", "parent_id", "quote",
        "quote_start", "quote_end", "context_quote", "note",
    ],
    "derived_counts": [
        "id", "source_id", "country", "period_start", "period_end", "outcome", "indigenous",
        "gender", "perpetrator", "sector", "value", "method", "formula", "input_ids",
    ],
    "population_shares": [
        "id", "source_id", "country", "population", "share_percent", "number_text", "quote",
        "quote_start", "quote_end",
    ],
    "sources": [
        "source_id", "title", "publisher", "url", "published", "language", "figures_origin",
        "seed_path", "sha256",
    ],
    "review": ["source_id", "number", "reason", "quote", "quote_start", "quote_end"],
}


def path(data_dir: Path, table: str) -> Path:
    return data_dir / f"{table}.csv"


def to_csv(table: str, rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS[table], lineterminator="\n", extrasaction="raise")
    w.writeheader()
    for r in rows:
        w.writerow({k: _cell(r.get(k, "")) for k in COLUMNS[table]})
    return buf.getvalue()


def _cell(v: object) -> object:
    # 19.0 -> 19 so that figures read as written in the text
    if isinstance(v, float) and v == int(v):
        return int(v)
    return v


def write_all(data_dir: Path, tables: dict[str, list[dict]]) -> None:
    """Render every table first, then rename each into place: an error while rendering
    leaves data/ untouched."""
    rendered = {t: to_csv(t, rows) for t, rows in tables.items()}
    for t, text in rendered.items():
        atomic.write_text(path(data_dir, t), text)
