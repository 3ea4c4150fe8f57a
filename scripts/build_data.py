"""Rebuild data/ from seeds/ and the reviewed corrections, all or nothing (what `make data` runs).

Usage: python scripts/build_data.py [--accept] [--check]

1. Extract every seeds/*.txt, apply its corrections, derive, compare sources, into a staging copy.
2. Validate the staging copy; if it is not valid, print the failures and write nothing.
3. Refuse if data/ is no longer what the last build wrote (each table's SHA-256 is recorded in
   datapackage.json): a hand edit is listed row by row, and --accept discards it.
   Report the ids that appear, disappear, come back after a lost `drop` or change meaning; all but
   a new id need --accept (`make data ACCEPT=1`). A removed seed is one line.
4. Put the new data/ in place in one step (a directory exchange): an interruption at any moment
   leaves the old package or the new one, never a mix.

--check rebuilds and compares only: exit 1 with what differs when data/ is not what the last build
wrote (a hand edit, a deleted row) and how to restore it, or when it is out of date with the seeds
and corrections. `make validate` and `make figures` run it first.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from mld import paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--accept", action="store_true", help="write even if figures disappear or change meaning")
    ap.add_argument("--check", action="store_true", help="compare data/ with a rebuild; write nothing")
    ap.add_argument("--root", type=Path, default=paths.ROOT, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    from mld.build import publish
    root = args.root.resolve()
    if not any((root / "seeds").glob("*.txt")):
        print(f"build_data: no seeds/*.txt in {root}; nothing written", file=sys.stderr)
        return 1
    staging = root / ".build" / "next"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        return publish.run(root, staging, accept=args.accept, check=args.check)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
