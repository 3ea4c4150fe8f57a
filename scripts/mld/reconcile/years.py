"""Per-year totals of one country in a records download, and which years were complete on the
download date; and the download date itself, which must be an ISO date."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from mld import vocab
from mld.reconcile.records import FIELDS, Records

# Global Witness's report on a year appears July-September of the next year (vocabulary.json
# `reports`); until then the year's cases are still being found and verified.
COMPLETE_FROM = (10, 1)  # month, day of the next year


class DateError(Exception):
    """--downloaded is not a usable date; the message says why, in one line."""


def downloaded(text: str, today: dt.date) -> dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise DateError(f"--downloaded '{text}' is not a date written YYYY-MM-DD (15 January 2026 is 2026-01-15)")
    try:
        d = dt.date.fromisoformat(text)
    except ValueError:
        raise DateError(f"--downloaded '{text}' is not a real date (YYYY-MM-DD)") from None
    if d > today:
        raise DateError(f"--downloaded {text} is after today ({today.isoformat()}); give the day you downloaded the file")
    return d


def complete(year: int, on: dt.date) -> bool:
    """Whether Global Witness had published its report on `year` by `on`."""
    return on >= dt.date(year + 1, *COMPLETE_FROM)


def per_year(rec: Records, country: str, on: dt.date) -> pd.DataFrame:
    """Documented cases per year of the event: killed or disappeared, killed, disappeared (empty in
    the 2022 format, which does not tell them apart), Indigenous, women; and whether complete."""
    f = rec.frame[rec.frame["country"] == country]
    v = f["victims"]
    indigenous = f[FIELDS["indigenous"]].isin(vocab.record_values("indigenous", "yes"))
    women = f[FIELDS["gender"]].isin(vocab.record_values("gender", "women"))
    g = pd.DataFrame({
        "year": f["year"], "killed_or_disappeared": v,
        "killed": v.where(f["outcome"] == "killed", 0), "disappeared": v.where(f["outcome"] == "disappeared", 0),
        "indigenous": v.where(indigenous, 0), "women": v.where(women, 0),
    }).groupby("year").sum()
    if len(g):
        g = g.reindex(range(int(g.index.min()), int(g.index.max()) + 1), fill_value=0)
    g = g.reset_index().astype(int)
    g.insert(1, "country", country)
    if rec.fmt == "2022":
        g["killed"] = pd.NA
        g["disappeared"] = pd.NA
    g["complete"] = [complete(int(y), on) for y in g["year"]]
    return g
