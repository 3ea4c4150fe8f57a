"""Pull the counts of defenders killed or disappeared, and population shares, out of article texts.

Usage: python scripts/extract.py [TEXT ...] [--out DIR]

Defaults: every seeds/*.txt, written to DIR (default build/extract). For each TEXT the metadata
comes from TEXT's sibling `.meta.json`, or else from `# key: value` lines at the top of the text.
Writes counts.csv, population_shares.csv, review.csv, evidence.csv and sources.csv. `make data`
runs the same extraction (with corrections, derived figures and validation) into data/.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mld import paths, tables
from mld.build.rows import Rows, rows_of
from mld.extract.resolve import ExtractorFailure, extract_or_fail
from mld.extract.source import SourceError, read_source


def run(texts: list[Path], out: Path, root: Path) -> Rows:
    rows = Rows()
    for p in texts:
        src = read_source(p)
        rows.extend(rows_of(src, extract_or_fail(src), root))
    tables.write_all(out, {"counts": rows.counts, "population_shares": rows.population_shares,
                           "review": rows.review, "evidence": rows.evidence, "sources": rows.sources})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="Example: python scripts/extract.py article.txt --out /tmp/out")
    ap.add_argument("texts", nargs="*", type=Path, help="article texts (default: seeds/*.txt)")
    ap.add_argument("--out", type=Path, default=paths.ROOT / "build" / "extract", help="output folder")
    args = ap.parse_args(argv)
    texts = args.texts or sorted((paths.ROOT / "seeds").glob("*.txt"))
    if not texts:
        print("extract: no texts given and no seeds/*.txt", file=sys.stderr)
        return 1
    try:
        rows = run([p.resolve() for p in texts], args.out, paths.ROOT.resolve())
    except (SourceError, ExtractorFailure) as e:
        print(f"extract: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"extract: cannot read {e.filename}: {e.strerror}", file=sys.stderr)
        return 1
    print(f"extract: {len(texts)} text(s) -> {len(rows.counts)} counts, {len(rows.population_shares)} shares, "
          f"{len(rows.review)} for review in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
