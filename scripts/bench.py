"""Benchmark the validator on synthetic packages that are valid by construction, and on the real one.

Usage:
    python scripts/bench.py --rows N --out DIR     write one synthetic package of N count rows
    python scripts/bench.py [--sizes 10000,100000,200000] [--work DIR] [--no-frictionless]
        time scripts/validate.py against `frictionless validate` on the real package and on a
        synthetic package of each size: wall time and peak memory (max RSS) of each process

The synthetic package: invented victim records for many countries (2012-2024, every outcome and
code of every dimension), aggregated into every cell of the cube of the package's dimensions, for
single years and multi-year periods; each count is stated by one generated sentence in its
country's seed, and every field has its evidence row pointing at the words of that sentence. Every
value is a true count of the same records, so every rule holds: the validator must say "valid"
after doing all its work. Codes and words come from vocabulary.json and the English lexicon.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pycountry

from mld import atomic, paths, tables, vocab
from mld.build import descriptor
from mld.build.derive import derive
from mld.lexicon import lexicon

ROOT = paths.ROOT
YEARS = list(range(2012, 2025))
RANGES = [(2012, 2024), (2012, 2017), (2018, 2024), (2020, 2024), (2012, 2015)]
PERIODS = [(y, y) for y in YEARS] + RANGES
RECORDS_PER_COUNTRY = 400


def _leaves(d: str) -> list[str]:
    codes = vocab.codes(d)
    return [c for c in codes if c != vocab.top_code(d) and not vocab.children(d, c)]


def records(n_countries: int, rng: np.random.Generator) -> pd.DataFrame:
    n = n_countries * RECORDS_PER_COUNTRY
    out = {"country": np.repeat(np.arange(n_countries), RECORDS_PER_COUNTRY), "year": rng.choice(YEARS, n)}
    for d in vocab.dimensions():
        out[d] = rng.choice(_leaves(d), n)
    return pd.DataFrame(out)


def cube(recs: pd.DataFrame) -> pd.DataFrame:
    """Every cell (country, period, one code per dimension) with the number of records in it."""
    dims = list(vocab.dimensions())
    df = recs
    for d in dims:
        gen = pd.DataFrame([(c, w) for c in vocab.codes(d) for w in vocab.broader_chain(d, c)], columns=[d, "__w"])
        df = df.merge(gen, on=d).drop(columns=d).rename(columns={"__w": d})
    per = pd.DataFrame([(y, s, e) for y in YEARS for s, e in PERIODS if s <= y <= e],
                       columns=["year", "period_start", "period_end"])
    df = df.merge(per, on="year").drop(columns="year")
    keys = ["country", "period_start", "period_end", *dims]
    filled = df.groupby(keys, observed=True).size().rename("value").reset_index()
    full = pd.DataFrame(list(itertools.product(sorted(recs["country"].unique()), range(len(PERIODS)),
                                               *[vocab.codes(d) for d in dims])), columns=["country", "p", *dims])
    full["period_start"] = np.array([s for s, _ in PERIODS])[full["p"]]
    full["period_end"] = np.array([e for _, e in PERIODS])[full["p"]]
    full = full.drop(columns="p").merge(filled, on=keys, how="left")
    full["value"] = full["value"].fillna(0).astype("int64")
    return full


def _countries() -> list[tuple[str, str]]:
    """(code, English name) of countries whose name reads back as that country."""
    lex = lexicon("en")
    out = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        name = getattr(c, "common_name", c.name)
        if lex.place_of(name) == ("country", c.alpha_3):
            out.append((c.alpha_3, name))
    return out


def _words(d: str) -> dict[str, str]:
    """The first word the English lexicon gives for each code (read back by the validator)."""
    terms = lexicon("en").data["terms"].get(d, {})
    return {c: terms[c][0] for c in vocab.codes(d) if c in terms}


def write_package(rows: int, out: Path, seed: int = 2012) -> None:
    rng = np.random.default_rng(seed)
    dims = list(vocab.dimensions())
    per_country = len(PERIODS) * int(np.prod([len(vocab.codes(d)) for d in dims]))
    countries = _countries()
    n_countries = -(-rows // per_country)
    if n_countries > len(countries):
        raise SystemExit(f"bench: at most {len(countries) * per_country} rows")
    cells = cube(records(n_countries, rng))
    cells = cells.iloc[np.sort(rng.permutation(len(cells))[:rows])].reset_index(drop=True)
    codes = pd.Series([c for c, _ in countries[:n_countries]])
    names = pd.Series([n for _, n in countries[:n_countries]])
    cells["source_id"] = "bench-" + codes[cells["country"]].str.lower().to_numpy()
    cells["name"] = names[cells["country"]].to_numpy()
    cells["country"] = codes[cells["country"]].to_numpy()
    cells = cells.sort_values("source_id", kind="stable").reset_index(drop=True)
    cells["id"] = cells["source_id"] + "-c-" + cells.groupby("source_id").cumcount().astype(str)

    # the sentence, piece by piece, keeping the offset of every piece that is evidence
    pieces: list[tuple[str | None, pd.Series]] = [(None, pd.Series("Global Witness recorded ", index=cells.index)),
                                                  ("value", cells["value"].astype(str)),
                                                  (None, pd.Series(" defenders ", index=cells.index))]
    out_words = _words(dims[0])
    pieces.append((dims[0], cells[dims[0]].map(out_words)))
    for d in dims[1:]:
        w = _words(d)
        restricted = cells[d] != vocab.top_code(d)
        pieces.append((None, pd.Series(" with ", index=cells.index).where(restricted, "")))
        pieces.append((d, cells[d].map(w).where(restricted, "")))
    pieces += [(None, pd.Series(" in ", index=cells.index)), ("country", cells["name"]),
               (None, pd.Series(" between ", index=cells.index)), ("period_start", cells["period_start"].astype(str)),
               (None, pd.Series(" and ", index=cells.index)), ("period_end", cells["period_end"].astype(str)),
               (None, pd.Series(".", index=cells.index))]
    lengths = [p.str.len().to_numpy() for _, p in pieces]
    offsets = np.cumsum([np.zeros(len(cells), dtype=np.int64)] + lengths, axis=0)
    quote = pieces[0][1]
    for _, p in pieces[1:]:
        quote = quote + p
    cells["quote"] = quote
    qlen = cells["quote"].str.len() + 1
    ends = qlen.groupby(cells["source_id"]).cumsum()
    cells["quote_start"] = (ends - qlen).to_numpy()
    cells["quote_end"] = (ends - 1).to_numpy()
    ev = []
    for k, (field, p) in enumerate(pieces):
        if field is None:
            continue
        start = cells["quote_start"].to_numpy() + offsets[k]
        has = p.str.len().to_numpy() > 0
        frame = pd.DataFrame({"id": cells["id"], "field": field, "basis": np.where(has, "stated", "unrestricted"),
                              "start": np.where(has, start, -1), "end": np.where(has, start + lengths[k], -1),
                              "text": p, "note": ""})
        ev.append(frame)
    ev.append(pd.DataFrame({"id": cells["id"], "field": "qualifier", "basis": "unhedged", "start": -1, "end": -1,
                            "text": "", "note": ""}))
    evidence = pd.concat(ev, ignore_index=True)
    for c in ("start", "end"):
        evidence[c] = evidence[c].astype("Int64").where(evidence[c] >= 0, pd.NA)
    cells["qualifier"], cells["obtained"] = "exact", "extracted"
    cells["parent_id"] = cells["note"] = ""
    if out.exists():
        shutil.rmtree(out)
    (out / "seeds").mkdir(parents=True)
    (out / "data").mkdir()
    sources = []
    for sid, g in cells.groupby("source_id", sort=True):
        raw = ("\n".join(g["quote"]) + "\n").encode("utf-8")
        (out / "seeds" / f"{sid}.txt").write_bytes(raw)
        sources.append({"source_id": sid, "title": "Synthetic benchmark text", "publisher": "bench.py",
                        "url": "https://example.org/bench", "published": "2025-01-01", "language": "en",
                        "figures_origin": "invented records (benchmark only)", "seed_path": f"seeds/{sid}.txt",
                        "sha256": hashlib.sha256(raw).hexdigest()})
    cells[descriptor.columns("counts")].to_csv(tables.path(out / "data", "counts"), index=False, lineterminator="\n")
    evidence[descriptor.columns("evidence")].to_csv(tables.path(out / "data", "evidence"), index=False,
                                                    lineterminator="\n")
    # the figures the counts imply, as `make data` derives them (the validator requires them)
    derived = derive(cells[["id", *vocab.key_columns(), "value", "qualifier"]].to_dict("records"))
    tables.write_all(out / "data", {"sources": sources, "derived_counts": derived, "population_shares": [],
                                    "review": [], "revisions": []})
    atomic.write_text(out / "datapackage.json", descriptor.descriptor_text())


def measure(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB, exit code of one command."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    return wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def row(label: str, desc: Path, frictionless: Path | None, repeat: int = 1) -> str:
    py = sys.executable
    runs = [measure([py, str(ROOT / "scripts" / "validate.py"), str(desc)]) for _ in range(repeat)]
    t, m, rc = min(runs)
    if rc != 0:
        raise SystemExit(f"bench: validate.py failed on the valid package {desc}")
    if frictionless is None:
        return f"| {label} | {t:.2f} s | {m:.0f} MB | - | - | - |"
    fruns = [measure([str(frictionless), "validate", str(desc)]) for _ in range(repeat)]
    ft, fm, frc = min(fruns)
    if frc != 0:
        raise SystemExit(f"bench: frictionless rejected the valid package {desc}")
    return f"| {label} | {t:.2f} s | {m:.0f} MB | {ft:.2f} s | {fm:.0f} MB | {t / ft:.2f} |"


def bench_extract(folders: list[Path]) -> int:
    """Wall time of reading every passage of the folders (one process, one core)."""
    from mld.extract.resolve import extract
    from mld.extract.source import read_source
    texts = sorted(t for d in folders for t in d.glob("*.txt"))
    t0 = time.perf_counter()
    for t in texts:
        extract(read_source(t))
    dt = time.perf_counter() - t0
    print(f"bench: extracted {len(texts)} passages in {dt:.1f} s ({1000 * dt / max(len(texts), 1):.0f} ms a passage)")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, help="write one synthetic package of this many counts (needs --out)")
    ap.add_argument("--out", type=Path, help="where to write it")
    ap.add_argument("--sizes", default="10000,100000,200000", help="comma-separated package sizes to time")
    ap.add_argument("--work", type=Path, default=Path("/tmp/mld-bench"), help="folder for the synthetic packages")
    ap.add_argument("--no-frictionless", action="store_true", help="time validate.py only")
    ap.add_argument("--extract", type=Path, nargs="+", metavar="DIR",
                    help="time the extractor instead, on every passage (*.txt) of these folders")
    args = ap.parse_args(argv)
    if args.extract:
        return bench_extract(args.extract)
    if args.rows:
        if not args.out:
            ap.error("--rows needs --out")
        write_package(args.rows, args.out)
        print(f"bench: wrote a valid synthetic package of {args.rows} counts in {args.out}")
        return 0
    fr = None if args.no_frictionless else Path(sys.executable).with_name("frictionless")
    print("| package | validate.py time | validate.py peak memory | frictionless time | "
          "frictionless peak memory | time ratio |")
    print("|---|---:|---:|---:|---:|---:|")
    print(row("this package (real)", ROOT / "datapackage.json", fr, repeat=5), flush=True)
    for n in [int(s) for s in args.sizes.split(",") if s]:
        pkg = args.work / f"rows-{n}"
        write_package(n, pkg)
        print(row(f"{n:,} counts, {11 * n:,} evidence rows", pkg / "datapackage.json", fr), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
