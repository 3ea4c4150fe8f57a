"""Reconcile the package's reported counts with a download of Global Witness's records.

Usage: python scripts/reconcile.py RECORDS.csv --downloaded YYYY-MM-DD [--out DIR]
                                   [--package datapackage.json] [--country MEX]

RECORDS.csv is the record-level export "In numbers: lethal attacks against defenders since 2012"
(one row per victim), current or 2022 format. Written into DIR (default build/reconcile), totals
only, never a name:

- report.en.md, report.es.md: each published figure against the database, in plain sentences:
  which way they differ and the likely reason (revision, or a definition the export cannot express);
- reconciliation.csv: the same, one row per count, with codes (for machines);
- per_year.csv and figures/{en,es}/per-year.{png,svg}: the country's cases by year of the event,
  with the years not complete on the download date hatched and labelled.

Differences are findings: exit 0. A file that is not an export, a package that is not valid, a
download date that is not an ISO date or a --country the export holds no records for: exit 1 with
one line, nothing written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

from mld import paths


def default_country() -> str:
    """The country the charts feature (charts.json), the main country of the package."""
    import json
    try:
        charts = json.loads((paths.ROOT / "charts.json").read_text(encoding="utf-8"))["charts"]
        return Counter(str(c["country"]) for c in charts.values()).most_common(1)[0][0]
    except (OSError, ValueError, KeyError, IndexError):
        return "MEX"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="Exit 0: written (differences are findings). Exit 1: nothing written.")
    ap.add_argument("records", type=Path, help="the records export (CSV, UTF-8)")
    ap.add_argument("--downloaded", required=True, metavar="YYYY-MM-DD",
                    help="the day the export was downloaded (Global Witness revises its database)")
    ap.add_argument("--out", type=Path, default=paths.ROOT / "build" / "reconcile")
    ap.add_argument("--package", type=Path, default=paths.ROOT / "datapackage.json")
    ap.add_argument("--country", default=None, help="country of the per-year table and chart (default: charts.json's)")
    args = ap.parse_args(argv)
    from mld import atomic, vocab
    from mld.charts import per_year as per_year_chart
    from mld.charts import style
    from mld.reconcile import compare, records, report, years
    from mld.validate.report import format_line
    from mld.validate.run import frames, validate

    try:
        on = years.downloaded(args.downloaded, dt.date.today())
        rec = records.read(args.records)
    except (years.DateError, records.RecordsError) as e:
        print(f"reconcile: {e}; nothing written", file=sys.stderr)
        return 1
    last = int(rec.frame["year"].max()) if len(rec.frame) else on.year
    if last > on.year:
        print(f"reconcile: {args.records} holds events in {last}, after the download date {on.isoformat()}; "
              "check --downloaded; nothing written", file=sys.stderr)
        return 1
    country = (args.country or default_country()).upper()
    held = sorted(rec.countries())
    if country not in held:
        has = (f"it holds records for {', '.join(held[:8])}{', ...' if len(held) > 8 else ''} (give one as --country)"
               if held else "it holds no record of a country it names")
        print(f"reconcile: {args.records} holds no records for {country}, so there is no per-year table or chart; "
              f"{has}; nothing written", file=sys.stderr)
        return 1
    fails = validate(args.package)
    if len(fails):
        for r in fails.itertuples():
            print(format_line(r), file=sys.stderr)
        print(f"reconcile: {args.package} is not valid; nothing written", file=sys.stderr)
        return 1
    tables = frames(args.package)
    recon, why = compare.compare(rec, tables["counts"])
    per_year = years.per_year(rec, country, on)
    texts = {lang: report.report(rec, recon, why, tables["sources"], per_year, country, args.records.name, on, lang)
             for lang in vocab.languages()}
    # everything into a temporary folder first, then swapped in for DIR in one step
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{args.out.name}.", dir=args.out.parent))
    try:
        atomic.write_text(tmp / "reconciliation.csv", recon.to_csv(index=False, lineterminator="\n"))
        atomic.write_text(tmp / "per_year.csv", per_year.to_csv(index=False, lineterminator="\n"))
        for lang, text in texts.items():
            atomic.write_text(tmp / f"report.{lang}.md", text)
            drawn = per_year_chart.draw(per_year, country, args.records.name, on, lang)
            style.save(drawn.fig, tmp / "figures" / lang / per_year_chart.NAME, drawn.title, drawn.alt)
        old = atomic.swap_in(tmp, args.out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(texts.get("en", next(iter(texts.values()))))
    print(f"reconcile: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
