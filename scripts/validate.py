"""Validate a copy of the package: its descriptor against the package's own definition, every
table (file level and every cell), keys, consistency and grounding.

Usage: python scripts/validate.py [datapackage.json]

Exit 0 when valid; otherwise exit 1 with one line per failure:
    FILE: row ID: field FIELD: rule RULE: message | quote: "..."
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

# the validator does no linear algebra: numpy imports faster when OpenBLAS starts one thread, not
# one per core (set before anything imports numpy; an explicit setting is kept)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from mld import paths  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="Exit 0: valid. Exit 1: one line per failure (file, row, field, rule, message, quote).")
    ap.add_argument("descriptor", nargs="?", type=Path, default=paths.ROOT / "datapackage.json",
                    help="the copy's datapackage.json (default: this package's)")
    args = ap.parse_args(argv)
    from mld.validate.report import format_line
    from mld.validate.run import validate
    # what the imports made lives as long as the process: the garbage collector need not scan it
    # again at every full collection (nor copy its pages in the worker process)
    gc.freeze()
    fails = validate(args.descriptor)
    if len(fails):
        for r in fails.itertuples():
            print(format_line(r))
        print(f"validate: {len(fails)} failure(s) in {args.descriptor}", file=sys.stderr)
        return 1
    print(f"validate: {args.descriptor} is valid (definition, Table Schema, consistency and grounding)")
    return 0


if __name__ == "__main__":
    code = main()
    # leave without tearing down pandas' modules one by one (longer than checking a small package);
    # everything is written, and the worker process, if any, has been joined
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
