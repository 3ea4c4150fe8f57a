"""Benchmark the validator on synthetic packages that are valid by construction.

Usage:
    python scripts/bench.py --rows N --out DIR     write one synthetic package of N count rows
    python scripts/bench.py [--sizes 10000,100000,1000000] [--work DIR] [--no-frictionless]
        build a package of each size and print a table: scripts/validate.py against
        `frictionless validate`, wall time and peak memory (max RSS of the process)

The package: invented victim records for many countries (2012-2024, every outcome, Indigenous
status, gender, perpetrator and sector), aggregated into every cell of the cube of the
package's dimensions, for single years and for multi-year periods; each count is quoted by one
generated sentence in its country's seed, with right offsets and SHA-256. Because every value
is a true count of the same records, every subset and disjoint-parts rule holds, so the
validator must say "valid" and does all its work. Codes come from vocabulary.json, so the
cube follows the vocabulary.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pycountry

import descriptor
import tables
import vocab

ROOT = vocab.ROOT
YEARS = list(range(2012, 2025))
RANGES = [(2012, 2024), (2012, 2017), (2018, 2024), (2020, 2024), (2012, 2015)]
PERIODS = [(y, y) for y in YEARS] + RANGES
RECORDS_PER_COUNTRY = 400


def _leaves(dimension: str) -> list[str]:
    codes = vocab.codes(dimension)
    return [c for c in codes if c != vocab.top_code(dimension)
            and not any(vocab.broader_chain(dimension, o)[1:2] == [c] for o in codes)]


def records(n_countries: int, rng: np.random.Generator) -> pd.DataFrame:
    """Invented victims: one row each, leaf codes only."""
    n = n_countries * RECORDS_PER_COUNTRY
    out = {"country": np.repeat(np.arange(n_countries), RECORDS_PER_COUNTRY),
           "year": rng.choice(YEARS, n)}
    for d in vocab.DIMENSIONS:
        leaves = _leaves(d)
        out[d] = rng.choice(leaves, n)
    return pd.DataFrame(out)


def cube(recs: pd.DataFrame) -> pd.DataFrame:
    """Every cell (country, period, one code per dimension) with the number of records in it."""
    df = recs
    for d in vocab.DIMENSIONS:
        gen = pd.DataFrame([(c, w) for c in vocab.codes(d) for w in vocab.broader_chain(d, c)],
                           columns=[d, "__w"])
        df = df.merge(gen, on=d).drop(columns=d).rename(columns={"__w": d})
    per = pd.DataFrame([(y, s, e) for y in YEARS for s, e in PERIODS if s <= y <= e],
                       columns=["year", "period_start", "period_end"])
    df = df.merge(per, on="year").drop(columns="year")
    keys = ["country", "period_start", "period_end", *vocab.DIMENSIONS]
    filled = df.groupby(keys, observed=True).size().rename("value").reset_index()
    # every cell, zero where no record falls in it
    full = pd.DataFrame(list(itertools.product(
        sorted(recs["country"].unique()), range(len(PERIODS)),
        *[vocab.codes(d) for d in vocab.DIMENSIONS])), columns=["country", "p", *vocab.DIMENSIONS])
    full["period_start"] = np.array([s for s, _ in PERIODS])[full["p"]]
    full["period_end"] = np.array([e for _, e in PERIODS])[full["p"]]
    full = full.drop(columns="p").merge(filled, on=keys, how="left")
    full["value"] = full["value"].fillna(0).astype("int64")
    return full


def _phrases(d: str, codes: pd.Series) -> pd.Series:
    labels = {c: ("" if c == vocab.top_code(d) else vocab.label(d, c, "en")) for c in vocab.codes(d)}
    return codes.map(labels)


def write_package(rows: int, out: Path, seed: int = 2012) -> None:
    rng = np.random.default_rng(seed)
    per_country = len(PERIODS) * int(np.prod([len(vocab.codes(d)) for d in vocab.DIMENSIONS]))
    countries = [c for c in sorted(pycountry.countries, key=lambda c: c.alpha_3)]
    n_countries = -(-rows // per_country)
    if n_countries > len(countries):
        raise SystemExit(f"bench: at most {len(countries) * per_country} rows")
    cells = cube(records(n_countries, rng))
    cells = cells.iloc[np.sort(rng.permutation(len(cells))[:rows])].reset_index(drop=True)
    names = [getattr(c, "common_name", c.name) for c in countries[:n_countries]]
    codes = [c.alpha_3 for c in countries[:n_countries]]
    cells["source_id"] = "bench-" + pd.Series(codes)[cells["country"]].str.lower().to_numpy()
    name = pd.Series(names)[cells["country"]].to_numpy()
    cells["country"] = pd.Series(codes)[cells["country"]].to_numpy()
    ps, pe = cells["period_start"].astype(str), cells["period_end"].astype(str)
    period = ("in " + ps).where(ps == pe, "between " + ps + " and " + pe)
    def prefix(d: str) -> pd.Series:
        return (_phrases(d, cells[d]) + " ").where(cells[d] != vocab.top_code(d), "")
    who = prefix("indigenous") + prefix("gender") + "defenders"
    how = (" at the hands of " + _phrases("perpetrator", cells["perpetrator"])).where(cells["perpetrator"] != "all", "")
    where = (" in conflicts over " + _phrases("sector", cells["sector"])).where(cells["sector"] != "all", "")
    cells["quote"] = ("Global Witness recorded " + cells["value"].astype(str) + " " + who + " "
                      + cells["outcome"].map(lambda c: vocab.label("outcome", c, "en")) + how + where + " in " + name + " "
                      + period + ".")
    cells["quote_start"] = 0
    cells = cells.sort_values(["source_id"], kind="stable").reset_index(drop=True)
    lengths = cells["quote"].str.len() + 1
    ends = lengths.groupby(cells["source_id"]).cumsum()
    cells["quote_start"] = ends - lengths
    cells["quote_end"] = ends - 1
    cells["id"] = cells["source_id"] + "-c" + (cells.groupby("source_id").cumcount() + 1).astype(str)
    cells["qualifier"] = "exact"
    for c in ("parent_id", "context_quote", "note"):
        cells[c] = ""
    if out.exists():
        shutil.rmtree(out)
    (out / "seeds").mkdir(parents=True)
    (out / "data").mkdir()
    sources = []
    for sid, g in cells.groupby("source_id", sort=True):
        text = "\n".join(g["quote"]) + "\n"
        seed_file = out / "seeds" / f"{sid}.txt"
        raw = text.encode("utf-8")
        seed_file.write_bytes(raw)
        sources.append({"source_id": sid, "title": "Synthetic benchmark text", "publisher": "bench.py",
                        "url": "https://example.org/bench", "published": "2025-01-01", "language": "en",
                        "figures_origin": "invented records (benchmark only)",
                        "seed_path": f"seeds/{sid}.txt", "sha256": hashlib.sha256(raw).hexdigest()})
    cells[tables.COLUMNS["counts"]].to_csv(tables.path(out / "data", "counts"), index=False, lineterminator="\n")
    tables.write_all(out / "data", {"sources": sources, "derived_counts": [], "population_shares": [],
                                    "review": []})
    (out / "datapackage.json").write_text(json.dumps(descriptor.descriptor(out / "data"), indent=2),
                                          encoding="utf-8")


def measure(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB, exit code of one command."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, proc.returncode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--sizes", default="10000,100000,200000,1000000")
    ap.add_argument("--work", type=Path, default=Path("/tmp/mld-bench"))
    ap.add_argument("--no-frictionless", action="store_true")
    args = ap.parse_args(argv)
    if args.rows:
        if not args.out:
            ap.error("--rows needs --out")
        write_package(args.rows, args.out)
        print(f"bench: wrote a valid synthetic package of {args.rows} counts in {args.out}")
        return 0
    py = sys.executable
    frictionless = Path(py).with_name("frictionless")
    print("| rows | validate.py time | validate.py peak memory | frictionless time | "
          "frictionless peak memory | time ratio |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n in [int(s) for s in args.sizes.split(",")]:
        pkg = args.work / f"rows-{n}"
        write_package(n, pkg)
        t, m, rc = measure([py, str(ROOT / "scripts" / "validate.py"), str(pkg / "datapackage.json")])
        if rc != 0:
            print(f"bench: validate.py failed on the valid package {pkg}", file=sys.stderr)
            return 1
        if args.no_frictionless:
            ft, fm, ratio = "-", "-", "-"
        else:
            ftime, fmem, frc = measure([str(frictionless), "validate", str(pkg / "datapackage.json")])
            if frc != 0:
                print(f"bench: frictionless rejected the valid package {pkg}", file=sys.stderr)
                return 1
            ft, fm, ratio = f"{ftime:.1f} s", f"{fmem:.0f} MB", f"{t / ftime:.2f}"
        print(f"| {n:,} | {t:.1f} s | {m:.0f} MB | {ft} | {fm} | {ratio} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
