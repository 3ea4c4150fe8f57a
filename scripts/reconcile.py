"""Reconcile the package's reported counts with a user's download of Global Witness's records.

Usage: python scripts/reconcile.py RECORDS.csv [--out DIR] [--downloaded YYYY-MM-DD]
                                   [--package datapackage.json]

RECORDS.csv is the record-level export of "In numbers: lethal attacks against defenders since
2012" (one row per victim), in the current or the 2022 format. The script writes, into DIR
(default build/reconcile), only aggregates, never a name or other personal field:

- a package (datapackage.json, data/, seeds/) holding, for every count of our package, the
  records' value for the same definition, with the records file as its source, so that
  scripts/validate.py and its rules apply to it unchanged;
- reconciliation.csv and reconciliation.md: each reported count, the database value, the
  difference and a status (`match`, `differs`, or `not_comparable` when the export cannot
  express the definition);
- per_year.csv and figures/{en,es}/per-year.{png,svg} for the package's main country.

Differences are findings: exit 0. Malformed input: exit 1 with a message, nothing written.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pycountry

import atomic
import derive
import descriptor
import schema
import tables
import vocab

ROOT = vocab.ROOT
CURRENT = ["id", "industry_driver", "name", "gender", "person_characteristics", "event_date",
           "event_country", "involvement_perpetrator_type", "event_continent", "act_type", "year"]
OLD_2022 = ["id", "date", "name", "gender", "age", "person_characteristics", "industry_driver",
            "perpetrator_type", "continent", "country", "country_numeric", "local_region",
            "number_of_victims"]
ACT_TYPES = {"Murder": "killed", "Disappearance": "disappeared"}


class RecordsError(Exception):
    pass


@dataclass
class Records:
    frame: pd.DataFrame      # id, year, country (ISO3 or ""), outcome, gender, characteristic, perpetrator, industry, victims
    fmt: str                 # "current" | "2022"
    sha256: str
    notes: list[str]         # what was odd in the file, for the report


def _country_code(name: str) -> str:
    if not name:
        return ""
    try:
        return pycountry.countries.lookup(name.strip()).alpha_3
    except LookupError:
        return ""  # reported in the notes; never guessed


def read_records(path: Path) -> Records:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise RecordsError(f"{path}: cannot read: {e.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise RecordsError(f"{path}: byte {e.start} is not UTF-8; save the export as UTF-8") from None
    if not text.strip():
        raise RecordsError(f"{path}: the file is empty")
    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as e:
        raise RecordsError(f"{path}: not a CSV file: {e}") from None
    cols = set(df.columns)
    missing_current = [c for c in CURRENT if c not in cols]
    missing_old = [c for c in OLD_2022 if c not in cols]
    if not missing_current:
        fmt = "current"
    elif not missing_old:
        fmt = "2022"
    else:
        closer, missing = (("current", missing_current) if len(missing_current) <= len(missing_old)
                           else ("2022", missing_old))
        raise RecordsError(f"{path}: not a Global Witness records export; closest is the {closer} format, "
                           f"which also needs column(s): {', '.join(missing)}")
    notes: list[str] = []
    if fmt == "current":
        out = pd.DataFrame({
            "id": df["id"], "year": df["year"], "country_name": df["event_country"],
            "outcome": df["act_type"].map(ACT_TYPES).fillna(""),
            "gender": df["gender"], "characteristic": df["person_characteristics"],
            "perpetrator": df["involvement_perpetrator_type"], "industry": df["industry_driver"],
            "victims": "1",
        })
        unknown_acts = sorted(set(df.loc[out["outcome"] == "", "act_type"]))
        if unknown_acts:
            notes.append(f"{int((out['outcome'] == '').sum())} record(s) with an unknown act_type "
                         f"({', '.join(repr(a) for a in unknown_acts)}): counted only in killed_or_disappeared")
    else:
        out = pd.DataFrame({
            "id": df["id"], "year": df["date"].str[:4], "country_name": df["country"],
            "outcome": "", "gender": df["gender"], "characteristic": df["person_characteristics"],
            "perpetrator": df["perpetrator_type"], "industry": df["industry_driver"],
            "victims": df["number_of_victims"].replace("", "1"),
        })
        notes.append("2022 format: killings and disappearances are not told apart, so only "
                     "killed_or_disappeared counts can be compared")
    out["year"] = pd.to_numeric(out["year"], errors="coerce")
    out["victims"] = pd.to_numeric(out["victims"], errors="coerce")
    bad_year = out["year"].isna()
    if bad_year.any():
        notes.append(f"{int(bad_year.sum())} record(s) without a readable year: left out")
    bad_victims = out["victims"].isna() | (out["victims"] < 1)
    if bad_victims.any():
        raise RecordsError(f"{path}: number_of_victims is not a positive whole number on line(s) "
                           f"{', '.join(str(i + 2) for i in out.index[bad_victims][:10])}")
    dup = out["id"].duplicated(keep="first")
    if dup.any():
        lines = ", ".join(str(i + 2) for i in out.index[dup][:10])
        notes.append(f"{int(dup.sum())} duplicated id(s) (file line(s) {lines}): counted once")
    out = out[~dup & ~bad_year].copy()
    names = sorted(set(out["country_name"]))
    codes = {n: _country_code(n) for n in names}
    out["country"] = out["country_name"].map(codes)
    unknown = [n for n in names if not codes[n]]
    if unknown:
        k = int(out["country"].eq("").sum())
        notes.append(f"{k} record(s) with an unrecognised country ({', '.join(repr(n) for n in unknown)}): "
                     "counted only in worldwide totals")
    out["year"] = out["year"].astype(int)
    out["victims"] = out["victims"].astype(int)
    return Records(out.drop(columns=["country_name"]).reset_index(drop=True), fmt,
                   hashlib.sha256(raw).hexdigest(), notes)


def _mask(rec: Records, row) -> pd.Series | None:
    """Records matching one count's definition, or None when the export cannot express it."""
    f = rec.frame
    m = (f["year"] >= int(row["period_start"])) & (f["year"] <= int(row["period_end"]))
    if row["country"] != "WLD":
        m &= f["country"] == row["country"]
    if row["outcome"] != vocab.top_code("outcome"):
        if rec.fmt == "2022":
            return None
        m &= f["outcome"] == row["outcome"]
    field = {"indigenous": "characteristic", "gender": "gender", "perpetrator": "perpetrator", "sector": "industry"}
    for d, col in field.items():
        code = row[d]
        if code == vocab.top_code(d):
            continue
        values = vocab.record_values(d, code)
        if d == "indigenous" and code == "no":
            m &= ~f[col].isin(vocab.record_values("indigenous", "yes"))
        elif not values:
            return None
        else:
            m &= f[col].isin(values)
    return m


def reconcile(rec: Records, counts: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for r in counts.to_dict("records"):
        m = _mask(rec, r)
        db = int(rec.frame.loc[m, "victims"].sum()) if m is not None else None
        status = "not_comparable" if db is None else ("match" if db == int(r["value"]) else "differs")
        rows.append({
            "count_id": r["id"], "definition": definition(r), "reported_value": int(r["value"]),
            "qualifier": r["qualifier"], "database_value": "" if db is None else db,
            "difference": "" if db is None else db - int(r["value"]), "status": status,
        })
    return pd.DataFrame(rows, columns=["count_id", "definition", "reported_value", "qualifier",
                                       "database_value", "difference", "status"])


def definition(r) -> str:
    period = str(r["period_start"]) if r["period_start"] == r["period_end"] else f"{r['period_start']}-{r['period_end']}"
    dims = [f"{d}={r[d]}" for d in vocab.DIMENSIONS[1:] if r[d] != vocab.top_code(d)]
    return " ".join([str(r["country"]), period, str(r["outcome"]), *dims])


def per_year(rec: Records, country: str) -> pd.DataFrame:
    f = rec.frame[rec.frame["country"] == country]
    ind = f["characteristic"].isin(vocab.record_values("indigenous", "yes"))
    women = f["gender"].isin(vocab.record_values("gender", "women"))
    g = pd.DataFrame({
        "year": f["year"], "killed_or_disappeared": f["victims"],
        "killed": f["victims"].where(f["outcome"] == "killed", 0),
        "disappeared": f["victims"].where(f["outcome"] == "disappeared", 0),
        "indigenous": f["victims"].where(ind, 0), "women": f["victims"].where(women, 0),
    }).groupby("year").sum()
    if len(g):
        g = g.reindex(range(int(g.index.min()), int(g.index.max()) + 1), fill_value=0)
    g = g.reset_index().astype(int)
    g.insert(1, "country", country)
    if rec.fmt == "2022":
        g["killed"] = pd.NA
        g["disappeared"] = pd.NA
    return g


def records_package(rec: Records, counts: pd.DataFrame, out: Path, records_name: str, downloaded: str) -> None:
    """The records' values for our definitions, as a package the validator checks like ours."""
    sid = f"records-{rec.sha256[:12]}"
    lines: list[str] = []
    rows: list[dict] = []
    header = (f"Counts computed by scripts/reconcile.py from {records_name} (SHA-256 {rec.sha256}), "
              f"downloaded {downloaded or 'on an unrecorded date'}; one line per definition.\n")
    pos = len(header)
    for r in counts.to_dict("records"):
        m = _mask(rec, r)
        if m is None:
            continue
        value = int(rec.frame.loc[m, "victims"].sum())
        line = f"{definition(r)}: {value} records"
        rows.append({**{k: r[k] for k in ("country", "period_start", "period_end", *vocab.DIMENSIONS)},
                     "id": f"{sid}-c{len(rows) + 1:02d}", "source_id": sid, "value": value, "qualifier": "exact",
                     "parent_id": "", "quote": line, "quote_start": pos, "quote_end": pos + len(line),
                     "context_quote": "", "note": f"Computed from records; compares with {r['id']}."})
        lines.append(line)
        pos += len(line) + 1
    seed_text = header + "".join(line + "\n" for line in lines)
    seed = out / "seeds" / f"{sid}.txt"
    atomic.write_text(seed, seed_text)
    source = {"source_id": sid, "title": f"Global Witness records export ({records_name})",
              "publisher": "Global Witness", "url": "https://globalwitness.org/en/campaigns/land-and-environmental-defenders/",
              "published": downloaded[:10] if downloaded else "", "language": "en",
              "figures_origin": f"records file {records_name}, SHA-256 {rec.sha256}, {rec.fmt} format",
              "seed_path": f"seeds/{sid}.txt", "sha256": hashlib.sha256(seed_text.encode("utf-8")).hexdigest()}
    counts_df = pd.DataFrame(rows, columns=tables.COLUMNS["counts"]).astype(str) if rows else \
        pd.DataFrame(columns=tables.COLUMNS["counts"])
    tables.write_all(out / "data", {
        "counts": rows, "population_shares": [], "review": [], "sources": [source],
        "derived_counts": derive.derive(counts_df) if rows else [],
    })
    atomic.write_text(out / "datapackage.json",
                      json.dumps(descriptor.descriptor(out / "data"), indent=2, ensure_ascii=False) + "\n")


def report(rec: Records, recon: pd.DataFrame, records_name: str, downloaded: str) -> str:
    n = recon["status"].value_counts().to_dict()
    out = [f"# Reconciliation with {records_name}", "",
           f"Records file SHA-256 `{rec.sha256}`, {rec.fmt} format, downloaded {downloaded or '(date not given)'}; "
           f"{len(rec.frame)} records used.", "",
           f"{n.get('match', 0)} match, {n.get('differs', 0)} differ, {n.get('not_comparable', 0)} not comparable. "
           "A difference is a finding, not an error: Global Witness revises past years, and articles "
           "quote the database as it was when they were written.", ""]
    if rec.notes:
        out += ["Notes on the file:", ""] + [f"- {x}" for x in rec.notes] + [""]
    out += ["| count | definition | reported | database | difference | status |", "|---|---|---|---|---|---|"]
    for r in recon.itertuples():
        diff = "" if r.difference == "" else f"{int(r.difference):+d}"
        out.append(f"| `{r.count_id}` | {r.definition} | {r.qualifier.replace('_', ' ')} {r.reported_value} | "
                   f"{r.database_value} | {diff} | {r.status} |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("records", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "reconcile")
    ap.add_argument("--downloaded", default="", help="date of the download, YYYY-MM-DD")
    ap.add_argument("--package", type=Path, default=ROOT / "datapackage.json")
    args = ap.parse_args(argv)
    try:
        rec = read_records(args.records)
    except RecordsError as e:
        print(f"reconcile: {e}; nothing written", file=sys.stderr)
        return 1
    counts = schema.frames(args.package)["counts"]
    recon = reconcile(rec, counts)
    main_country = counts.groupby("country")["value"].max().drop("WLD", errors="ignore").idxmax()
    years = per_year(rec, main_country)
    # everything goes to a temporary directory first, then replaces DIR in one move
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{args.out.name}.", dir=args.out.parent))
    try:
        records_package(rec, counts, tmp, args.records.name, args.downloaded)
        atomic.write_text(tmp / "reconciliation.csv", recon.to_csv(index=False, lineterminator="\n"))
        atomic.write_text(tmp / "reconciliation.md", report(rec, recon, args.records.name, args.downloaded))
        atomic.write_text(tmp / "per_year.csv", years.to_csv(index=False, lineterminator="\n"))
        import charts
        charts.draw_per_year(years, main_country, args.records.name, args.downloaded, tmp / "figures")
        if args.out.exists():
            shutil.rmtree(args.out)
        tmp.rename(args.out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(report(rec, recon, args.records.name, args.downloaded))
    print(f"reconcile: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
