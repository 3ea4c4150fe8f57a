"""Rebuild data/ and datapackage.json from seeds/, all or nothing (what `make data` runs).

Usage: python scripts/build_data.py [--accept]

1. Extract every seeds/*.txt, derive, and describe, into a staging copy of the package.
2. Validate the staging copy; if it is not valid, print the failures and write nothing.
3. Compare with the figures already in data/: if a figure would be dropped or changed (for
   example after a seed edit), print the difference and write nothing, unless --accept.
4. Move the new files into place, each with an atomic rename.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd

import atomic
import derive
import descriptor
import extract
import tables
import validate
import vocab

ROOT = vocab.ROOT
# What identifies a figure, whatever its id or row order
IDENTITY = {
    "counts": ["source_id", "country", "period_start", "period_end", *vocab.DIMENSIONS, "value", "qualifier"],
    "population_shares": ["source_id", "country", "population", "share_percent"],
}


def stage(seed_paths: list[Path], staging: Path) -> None:
    """Write a complete package for these seeds into `staging`."""
    (staging / "seeds").mkdir(parents=True)
    for p in seed_paths:
        shutil.copy2(p, staging / "seeds" / p.name)
        meta = p.with_suffix(".meta.json")
        if meta.exists():
            shutil.copy2(meta, staging / "seeds" / meta.name)
    extract.run(sorted((staging / "seeds").glob("*.txt")), staging / "data", root=staging)
    counts = pd.read_csv(tables.path(staging / "data", "counts"), dtype=str, keep_default_na=False)
    tables.write_all(staging / "data", {"derived_counts": derive.derive(counts)})
    atomic.write_text(staging / "datapackage.json",
                      json.dumps(descriptor.descriptor(staging / "data"), indent=2, ensure_ascii=False) + "\n")


def figure_changes(old_dir: Path, new_dir: Path) -> list[str]:
    """Figures in old_dir that new_dir drops or changes, as readable lines."""
    lines = []
    for table, key in IDENTITY.items():
        old_path, new_path = tables.path(old_dir, table), tables.path(new_dir, table)
        if not old_path.exists():
            continue
        try:
            old = pd.read_csv(old_path, dtype=str, keep_default_na=False)
        except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError):
            lines.append(f"{old_path}: unreadable; it would be replaced")
            continue
        new = pd.read_csv(new_path, dtype=str, keep_default_na=False)
        if not set(key) <= set(old.columns):
            lines.append(f"{old_path}: columns differ; it would be replaced")
            continue
        merged = old.merge(new[key].drop_duplicates(), on=key, how="left", indicator=True)
        for r in merged[merged["_merge"] == "left_only"].to_dict("records"):
            same_def = new
            for k in key:
                if k not in ("value", "share_percent", "qualifier"):
                    same_def = same_def[same_def[k] == r[k]]
            desc = ", ".join(f"{k}={r[k]}" for k in key)
            if len(same_def):
                now = ", ".join(f"{c}={same_def.iloc[0][c]}" for c in key if same_def.iloc[0][c] != r[c])
                lines.append(f"{table}: {r.get('id', '')} changes: {desc} -> {now}")
            else:
                lines.append(f"{table}: {r.get('id', '')} is dropped: {desc}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--accept", action="store_true", help="write even if figures in data/ change or go")
    ap.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    root = args.root
    seeds = sorted((root / "seeds").glob("*.txt"))
    if not seeds:
        print(f"build_data: no seeds/*.txt in {root}; nothing written", file=sys.stderr)
        return 1
    staging = Path(tempfile.mkdtemp(prefix=".staging.", dir=root))
    try:
        stage(seeds, staging / "package")
        fails = validate.validate(staging / "package" / "datapackage.json")
        if len(fails):
            for r in fails.itertuples():
                print(validate.format_failure(r), file=sys.stderr)
            print(f"build_data: the rebuilt package is not valid ({len(fails)} failure(s)); "
                  "data/ left as it was", file=sys.stderr)
            return 1
        changes = figure_changes(root / "data", staging / "package" / "data")
        if changes and not args.accept:
            print("\n".join(changes), file=sys.stderr)
            print(f"build_data: {len(changes)} figure(s) already in data/ would change or be dropped; "
                  "nothing written. Check the seeds, then run `make data ACCEPT=1` to accept.", file=sys.stderr)
            return 1
        written = []
        for name in tables.COLUMNS:
            src = tables.path(staging / "package" / "data", name)
            dst = tables.path(root / "data", name)
            if not dst.exists() or dst.read_bytes() != src.read_bytes():
                atomic.write_bytes(dst, src.read_bytes())
                written.append(dst.name)
            else:
                dst.touch()  # up to date for make
        new_desc = (staging / "package" / "datapackage.json").read_bytes()
        if not (root / "datapackage.json").exists() or (root / "datapackage.json").read_bytes() != new_desc:
            atomic.write_bytes(root / "datapackage.json", new_desc)
            written.append("datapackage.json")
        else:
            (root / "datapackage.json").touch()
        if changes:
            print("\n".join(changes))
        print(f"build_data: {len(seeds)} seed(s); "
              + (f"updated {', '.join(written)}" if written else "data/ already up to date"))
        return 0
    finally:
        shutil.rmtree(staging, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
