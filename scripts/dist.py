"""Zip the validated package for release: descriptor, tables, seeds, the charts, a spreadsheet
workbook and the docs, reproducibly (same bytes on every run; file dates are the release date).

Usage: python scripts/dist.py OUT.zip [--package datapackage.json]

The workbook (mexico-land-defenders.xlsx) holds one sheet per table and a README sheet with the
field descriptions of the Table Schema: Excel on Windows misreads the curly quotes of a UTF-8
CSV, a workbook it reads right. It and the charts are made here from the validated package. If
the package is not valid, its failures are printed and nothing is written (exit 1).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from mld import paths

WORKBOOK = "mexico-land-defenders.xlsx"
DOCS = ["README.md", "LICENSE", "LICENSE-DATA.md", "CITATION.cff", "CHANGELOG.md", "vocabulary.json", "charts.json"]


class FixedDateZip(zipfile.ZipFile):
    """A zip whose every entry has the same date and attributes, whoever writes it (openpyxl too)."""

    def __init__(self, file: Any, when: dt.date) -> None:
        super().__init__(file, "w", zipfile.ZIP_DEFLATED)
        self.when = (when.year, when.month, when.day, 0, 0, 0)

    def writestr(self, zinfo_or_arcname: Any, data: Any, compress_type: int | None = None,
                 compresslevel: int | None = None) -> None:
        name = zinfo_or_arcname.filename if isinstance(zinfo_or_arcname, zipfile.ZipInfo) else zinfo_or_arcname
        info = zipfile.ZipInfo(name, date_time=self.when)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.create_system = 3  # the same bytes on every system
        info.external_attr = 0o644 << 16
        super().writestr(info, data, compresslevel=9)

    def write(self, filename: Any, arcname: Any = None, compress_type: int | None = None,
              compresslevel: int | None = None, *, strict_timestamps: bool = True) -> None:
        # openpyxl writes worksheets from temporary files: their dates would be "now"
        self.writestr(arcname or Path(filename).name, Path(filename).read_bytes())


def _cell(value: Any) -> Any:
    import pandas as pd
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if hasattr(value, "item"):  # numpy scalar -> Python
        return value.item()
    return value if isinstance(value, (int, float)) else str(value)


def workbook(frames: dict[str, Any], desc: dict, when: dt.date) -> bytes:
    """One sheet per table (columns in Table Schema order, typed), and a README sheet of fields."""
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter
    wb = Workbook()
    readme = wb.active
    readme.title = "README"
    readme.append([desc.get("title", ""), None, None, None, None])
    readme.append([desc.get("description", ""), None, None, None, None])
    readme.append([])
    readme.append(["table", "field", "type", "required", "description"])
    for r in desc["resources"]:
        for f in r["schema"]["fields"]:
            readme.append([r["name"], f["name"], f["type"], "yes" if f.get("constraints", {}).get("required") else "no",
                           f.get("description", "")])
    for r in desc["resources"]:
        ws = wb.create_sheet(r["name"][:31])
        cols = [f["name"] for f in r["schema"]["fields"]]
        ws.append(cols)
        for row in frames[r["name"]][cols].itertuples(index=False):
            ws.append([_cell(v) for v in row])
        ws.freeze_panes = "A2"
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    c.data_type = "s"  # text that starts with '=' stays text, never a formula
    stamp = dt.datetime(when.year, when.month, when.day)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "mexico-land-defenders"
    buf = io.BytesIO()
    with FixedDateZip(buf, when) as z:
        ExcelWriter(wb, z).save()
    return buf.getvalue()


def charts(descriptor: Path, into: Path) -> list[Path]:
    """The charts of this package, drawn fresh (so the zip never carries charts of other data)."""
    from mld.charts import config, data
    from mld.charts.draw import CHARTS, draw_all
    result = draw_all(data.load(descriptor), config.load(paths.ROOT / "charts.json", list(CHARTS)), into)
    for name, why in result.skipped.items():
        print(f"dist: chart {name} skipped: {why}", file=sys.stderr)
    return sorted(p for p in into.rglob("*") if p.is_file())


def members(descriptor: Path, figures: Path, xlsx: bytes) -> list[tuple[str, bytes]]:
    base = descriptor.parent
    desc = json.loads(descriptor.read_text(encoding="utf-8"))
    out = [("datapackage.json", descriptor.read_bytes())]
    out += [(r["path"], (base / r["path"]).read_bytes()) for r in desc["resources"]]
    out += [(p.relative_to(base).as_posix(), p.read_bytes()) for p in sorted((base / "seeds").iterdir()) if p.is_file()]
    out += [(WORKBOOK, xlsx)]
    out += [("figures/" + p.relative_to(figures).as_posix(), p.read_bytes()) for p in charts(descriptor, figures)]
    out += [(name, (paths.ROOT / name).read_bytes()) for name in DOCS if (paths.ROOT / name).exists()]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, nargs="?", default=paths.ROOT / "dist" / "mexico-land-defenders.zip")
    ap.add_argument("--package", type=Path, default=paths.ROOT / "datapackage.json",
                    help="the package's datapackage.json (default: this package's)")
    args = ap.parse_args(argv)
    from mld import atomic, release
    from mld.validate.report import format_line
    from mld.validate.run import frames, validate

    fails = validate(args.package)
    if len(fails):
        for r in fails.itertuples():
            print(format_line(r), file=sys.stderr)
        print(f"dist: {args.package} is not valid; nothing written", file=sys.stderr)
        return 1
    when = release.date()
    desc = json.loads(args.package.read_text(encoding="utf-8"))
    xlsx = workbook(frames(args.package), desc, when)
    tmp = Path(tempfile.mkdtemp(prefix=".dist."))
    try:
        files = members(args.package, tmp / "figures", xlsx)
        with atomic.replacing(args.out, "wb") as f, FixedDateZip(f, when) as z:
            for name, data in files:
                z.writestr(name, data)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"dist: wrote {args.out} ({len(files)} files, dated {when.isoformat()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
