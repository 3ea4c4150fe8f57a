"""Shared helpers: copies of the package to break, and packages built from texts we write."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import derive
import descriptor
import extract
import tables
import validate

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_FILES = ["datapackage.json", "data", "seeds"]


@pytest.fixture
def pkg(tmp_path: Path) -> Path:
    """A copy of the committed package (descriptor, tables, seeds) to break."""
    for name in PACKAGE_FILES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, tmp_path / name)
        else:
            shutil.copy2(src, tmp_path / name)
    return tmp_path


def read(pkg: Path, table: str) -> pd.DataFrame:
    return pd.read_csv(pkg / "data" / f"{table}.csv", dtype=str, keep_default_na=False)


def write(pkg: Path, table: str, df: pd.DataFrame) -> None:
    (pkg / "data" / f"{table}.csv").write_text(df.to_csv(index=False, lineterminator="\n"), encoding="utf-8")


def failures(pkg: Path) -> pd.DataFrame:
    return validate.validate(pkg / "datapackage.json")


def lines(pkg: Path) -> list[str]:
    return [validate.format_failure(r) for r in failures(pkg).itertuples()]


def build(tmp_path: Path, text: str, name: str = "article", meta: dict | None = None) -> Path:
    """A whole package extracted from `text`, as `make data` would build it."""
    seeds = tmp_path / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    m = {"source_id": name, "title": "Test article", "publisher": "Test publisher",
         "url": "https://example.org/article", "published": "2025-09-19", "language": "en"}
    m.update(meta or {})
    (seeds / f"{name}.meta.json").write_text(json.dumps(m), encoding="utf-8")
    data = tmp_path / "data"
    extract.run(sorted(seeds.glob("*.txt")), data, root=tmp_path)
    counts = pd.read_csv(tables.path(data, "counts"), dtype=str, keep_default_na=False)
    tables.write_all(data, {"derived_counts": derive.derive(counts)})
    (tmp_path / "datapackage.json").write_text(json.dumps(descriptor.descriptor(data), indent=2), encoding="utf-8")
    return tmp_path


def counts_of(pkg: Path) -> pd.DataFrame:
    return read(pkg, "counts")
