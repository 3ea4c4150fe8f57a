"""Reading a user's download of Global Witness's record-level data ("In numbers: lethal attacks
against defenders since 2012", one row per victim), in the current or the 2022 export format. Only
the fields needed for totals are kept: never a name or any other personal field."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pycountry

CURRENT = ["id", "industry_driver", "name", "gender", "person_characteristics", "event_date",
           "event_country", "involvement_perpetrator_type", "event_continent", "act_type", "year"]
OLD_2022 = ["id", "date", "name", "gender", "age", "person_characteristics", "industry_driver",
            "perpetrator_type", "continent", "country", "country_numeric", "local_region",
            "number_of_victims"]
ACT_TYPES = {"Murder": "killed", "Disappearance": "disappeared"}
# The export's column holding each dimension (the values that make up a code are in vocabulary.json)
FIELDS = {"indigenous": "characteristic", "gender": "gender", "perpetrator": "perpetrator", "sector": "industry"}


class RecordsError(Exception):
    """Not a records export we can read; the message names the file and what is wrong."""


@dataclass
class Note:
    key: str                                   # vocabulary.json text key, note_...
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class Records:
    frame: pd.DataFrame  # year, country (ISO3 or ""), outcome ("" if unknown), characteristic, gender, perpetrator, industry, victims
    fmt: str             # "current" | "2022"
    sha256: str
    notes: list[Note]

    def countries(self) -> set[str]:
        return set(self.frame["country"]) - {""}


def _country_code(name: str) -> str:
    if not name.strip():
        return ""
    try:
        return str(pycountry.countries.lookup(name.strip()).alpha_3)
    except LookupError:
        return ""  # reported in a note; never guessed


def _decode(path: Path) -> tuple[bytes, str]:
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
    return raw, text


def _format(path: Path, columns: set[str]) -> str:
    missing = {"current": [c for c in CURRENT if c not in columns], "2022": [c for c in OLD_2022 if c not in columns]}
    for fmt, gone in missing.items():
        if not gone:
            return fmt
    closer = min(missing, key=lambda f: len(missing[f]))
    raise RecordsError(f"{path}: not a Global Witness records export; closest is the {closer} format, "
                       f"which also needs column(s): {', '.join(missing[closer])}")


def read(path: Path) -> Records:
    raw, text = _decode(path)
    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as e:
        raise RecordsError(f"{path}: not a CSV file: {e}") from None
    fmt = _format(path, set(df.columns))
    notes: list[Note] = []
    if fmt == "current":
        out = pd.DataFrame({
            "id": df["id"], "year": df["year"], "country_name": df["event_country"],
            "outcome": df["act_type"].map(ACT_TYPES).fillna(""), "gender": df["gender"],
            "characteristic": df["person_characteristics"], "perpetrator": df["involvement_perpetrator_type"],
            "industry": df["industry_driver"], "victims": "1"})
        unknown = sorted(set(df.loc[out["outcome"] == "", "act_type"]))
        if unknown:
            notes.append(Note("note_unknown_act", {"n": int((out["outcome"] == "").sum()),
                                                   "values": ", ".join(repr(a) for a in unknown)}))
    else:
        out = pd.DataFrame({
            "id": df["id"], "year": df["date"].str[:4], "country_name": df["country"], "outcome": "",
            "gender": df["gender"], "characteristic": df["person_characteristics"],
            "perpetrator": df["perpetrator_type"], "industry": df["industry_driver"],
            "victims": df["number_of_victims"].replace("", "1")})
        notes.append(Note("note_format_2022"))
    out["year"] = pd.to_numeric(out["year"], errors="coerce")
    out["victims"] = pd.to_numeric(out["victims"], errors="coerce")
    bad_victims = out["victims"].isna() | (out["victims"] < 1) | (out["victims"] % 1 != 0)
    if bad_victims.any():
        raise RecordsError(f"{path}: number_of_victims is not a positive whole number on line(s) "
                           f"{', '.join(str(i + 2) for i in out.index[bad_victims][:10])}")
    bad_year = out["year"].isna()
    if bad_year.any():
        notes.append(Note("note_no_year", {"n": int(bad_year.sum())}))
    dup = out["id"].duplicated(keep="first")
    if dup.any():
        notes.append(Note("note_duplicates", {"n": int(dup.sum()),
                                              "lines": ", ".join(str(i + 2) for i in out.index[dup][:10])}))
    out = out[~dup & ~bad_year].copy()
    names = sorted(set(out["country_name"]))
    codes = {n: _country_code(n) for n in names}
    out["country"] = out["country_name"].map(codes)
    unknown_countries = [n for n in names if not codes[n]]
    if unknown_countries:
        notes.append(Note("note_unknown_country", {"n": int(out["country"].eq("").sum()),
                                                   "values": ", ".join(repr(n) for n in unknown_countries)}))
    out["year"] = out["year"].astype(int)
    out["victims"] = out["victims"].astype(int)
    keep = ["year", "country", "outcome", *FIELDS.values(), "victims"]
    return Records(out[keep].reset_index(drop=True), fmt, hashlib.sha256(raw).hexdigest(), notes)
