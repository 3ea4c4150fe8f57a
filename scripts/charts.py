"""Draw the charts, in every language, from the validated package.

Usage: python scripts/charts.py [datapackage.json] [--out DIR] [--config charts.json]

Which source(s) and country each chart features is declared in charts.json. Every number is read
from the package, every word from vocabulary.json. If the package is not valid, its failures are
printed and nothing is drawn: the charts in DIR stay as they were. A chart the package cannot
support is skipped with a one-line reason; the others are drawn (exit 0).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mld import paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="Exit 0: charts drawn (some may be skipped, each with a reason). "
                                        "Exit 1: invalid package or charts.json; nothing drawn.")
    ap.add_argument("descriptor", nargs="?", type=Path, default=paths.ROOT / "datapackage.json",
                    help="the package's datapackage.json (default: this package's)")
    ap.add_argument("--out", type=Path, default=paths.ROOT / "figures", help="output folder (default: figures/)")
    ap.add_argument("--config", type=Path, default=paths.ROOT / "charts.json",
                    help="which sources and country each chart features (default: charts.json)")
    args = ap.parse_args(argv)
    # heavy imports after parsing, so that --help has no side effects and answers at once
    from mld.charts import config, data
    from mld.charts.draw import CHARTS, draw_all
    from mld.validate.report import format_line
    from mld.validate.run import validate

    try:
        specs = config.load(args.config, list(CHARTS))
    except config.ConfigError as e:
        print(f"charts: {e}; nothing drawn", file=sys.stderr)
        return 1
    fails = validate(args.descriptor)
    if len(fails):
        for r in fails.itertuples():
            print(format_line(r), file=sys.stderr)
        print(f"charts: {args.descriptor} is not valid; nothing drawn, {args.out} left as it was", file=sys.stderr)
        return 1
    result = draw_all(data.load(args.descriptor), specs, args.out)
    for name, why in result.skipped.items():
        print(f"charts: skipped {name}: {why}", file=sys.stderr)
    print(f"charts: {len(result.files())} files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
