"""Zip the package (descriptor, tables, seeds, docs) reproducibly: fixed timestamps and order.

Usage: python scripts/dist.py OUT.zip
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import atomic
import vocab

ROOT = vocab.ROOT
EXTRA = ["README.md", "LICENSE", "LICENSE-DATA.md", "CITATION.cff", "CHANGELOG.md", "vocabulary.json"]


def members() -> list[str]:
    desc = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    files = ["datapackage.json"] + [r["path"] for r in desc["resources"]]
    files += sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "seeds").iterdir() if p.is_file())
    return files + EXTRA


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "dist" / "mexico-land-defenders.zip"
    with atomic.replacing(out, "wb") as f:
        with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
            for name in members():
                info = zipfile.ZipInfo(name, date_time=(2025, 9, 19, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                z.writestr(info, (ROOT / name).read_bytes())
    print(f"dist: wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
