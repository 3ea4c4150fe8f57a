"""The one vocabulary (vocabulary.json): dimensions and their codes, containment, labels, colours,
qualifier bounds, reports. Everything that names a dimension reads it from here."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from functools import cache

from mld import paths


@cache
def vocabulary() -> dict:
    with paths.vocabulary_path().open(encoding="utf-8") as f:
        return json.load(f)


@cache
def languages() -> tuple[str, ...]:
    """Every language with a lexicon file (lexicon/<code>.json)."""
    return tuple(sorted(p.stem for p in paths.lexicon_dir().glob("*.json")))


@cache
def dimensions() -> tuple[str, ...]:
    """The dimensions a count is restricted on, in column order (outcome first)."""
    return tuple(vocabulary()["dimensions"])


def people_dimensions() -> tuple[str, ...]:
    """The dimensions that describe the people counted ("of_people": Indigenous, women), not who killed
    them or in which sector: a word of theirs can be the noun a number counts ("766 indígenas")."""
    return tuple(d for d in dimensions() if vocabulary()["dimensions"][d].get("of_people"))


def agent_dimensions() -> tuple[str, ...]:
    """The dimensions that name who killed ("of_agents": police, organised crime): a group of theirs
    that the defenders are said to oppose ("taking on ... criminal gangs") is not the figure's."""
    return tuple(d for d in dimensions() if vocabulary()["dimensions"][d].get("of_agents"))


def key_columns() -> list[str]:
    """What a count is about: its definition, without value or wording."""
    return ["source_id", "country", "period_start", "period_end", *dimensions()]


def codes(dimension: str) -> list[str]:
    return list(_group(dimension)["codes"])


def _group(name: str) -> dict:
    v = vocabulary()
    return v["dimensions"][name] if name in v["dimensions"] else v[name]


def code_info(dimension: str, code: str) -> dict:
    return _group(dimension)["codes"][code]


def description(dimension: str) -> str:
    return _group(dimension)["description"]


@cache
def top_code(dimension: str) -> str:
    """The code that restricts nothing: the one code with no broader code (`all`, or for outcome
    its widest code)."""
    roots = [c for c, info in _group(dimension)["codes"].items() if "broader" not in info]
    return "all" if "all" in roots else roots[0]


@cache
def broader_chain(dimension: str, code: str) -> tuple[str, ...]:
    """`code`, then every code that contains it, ending with the unrestricted code."""
    chain = [code]
    info = code_info(dimension, code)
    while "broader" in info:
        chain.append(info["broader"])
        info = code_info(dimension, info["broader"])
    top = top_code(dimension)
    if chain[-1] != top:
        chain.append(top)
    return tuple(chain)


def contains(dimension: str, outer: str, inner: str) -> bool:
    """True when every case with code `inner` also has code `outer`."""
    return outer in broader_chain(dimension, inner)


def narrowest_holding(dimension: str, codes: set[str]) -> str:
    """The narrowest code that contains every one of `codes` (not empty): "killed" and "disappeared" are held by
    "killed_or_disappeared"; the unrestricted code at worst."""
    return next(c for c in broader_chain(dimension, next(iter(sorted(codes))))
                if all(contains(dimension, c, x) for x in codes))


def children(dimension: str, code: str) -> list[str]:
    """Codes directly inside `code`."""
    return list(_children(dimension, code))


@cache
def _children(dimension: str, code: str) -> tuple[str, ...]:
    # (asked for every count when figures are derived: once per code, as broader_chain)
    return tuple(c for c in codes(dimension) if c != code and broader_chain(dimension, c)[1:2] == (code,))


def label(dimension: str, code: str, lang: str) -> str:
    return code_info(dimension, code)["label"][lang]


def colour(dimension: str, code: str) -> str | None:
    return code_info(dimension, code).get("colour")


def text(key: str, lang: str) -> str:
    return vocabulary()["text"][key][lang]


def record_values(dimension: str, code: str) -> list[str]:
    """Values of Global Witness's record-level export that make up `code`."""
    return list(code_info(dimension, code).get("records", []))


def qualifier_bounds(code: str) -> tuple[int | None, int | None]:
    """What a qualifier says about the documented count, as offsets added to the value
    (None: no bound on that side)."""
    info = vocabulary()["qualifier"]["codes"][code]
    return info["lower"], info["upper"]


def world() -> str:
    """The code of the place that contains every country."""
    return next(iter(vocabulary()["places"]))


def reports() -> list[dict]:
    return list(vocabulary()["reports"]["titles"])


def series_start() -> int:
    """The first year of the series the reports' cumulative totals count from (vocabulary.json)."""
    return int(vocabulary()["reports"]["series_start"])


def report_titles(rep: dict) -> list[str]:
    """A report's title and the titles of its editions in other languages."""
    return [str(rep["title"]), *[str(t) for t in rep.get("other_titles", [])]]


def report_published(data_year: int) -> int | None:
    """The year the report on `data_year` came out, if the vocabulary lists it."""
    return next((int(r["published"]) for r in reports() if int(r["data_year"]) == data_year), None)


# a text may come out a few days before the report's release day (an embargo ending in another time
# zone) and is "new" for some months after it
RELEASE_EARLY_DAYS, RELEASE_FRESH_DAYS = 3, 120


def days_since_release(report: dict, published: str) -> int | None:
    """Days from the report's release to `published` (YYYY-MM-DD; negative before it); None if that is not
    a whole day written so (a year, a month or another form names no day of release)."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return None
    try:
        return (date.fromisoformat(published) - date.fromisoformat(str(report["released"]))).days
    except ValueError:
        return None


def report_is_new(report: dict, published: str) -> bool:
    """Whether a text published on `published` may call the report new: from RELEASE_EARLY_DAYS before
    its release to RELEASE_FRESH_DAYS after it."""
    days = days_since_release(report, published)
    return days is not None and -RELEASE_EARLY_DAYS <= days <= RELEASE_FRESH_DAYS


def report_released_before(published: str) -> dict | None:
    """The annual report a text published on `published` (YYYY-MM-DD) calls new: the last one that is
    new on that day (`report_is_new`); None if none."""
    new = [r for r in reports() if report_is_new(r, published)]
    return max(new, key=lambda r: str(r["released"])) if new else None


def report_of_year_may_be_out(day: date) -> bool:
    """Whether a report of `day`'s own year may have come out by that day: every day it could have come out and
    still be new (up to RELEASE_FRESH_DAYS before) is in that year (from 1 May on). One definition for reading a
    new report the vocabulary does not list yet, and for doubting a year counted past the last one it lists."""
    return (day - timedelta(days=RELEASE_FRESH_DAYS)).year == day.year


def unlisted_report_year(published: str) -> int | None:
    """The data year of a report a text published on `published` (YYYY-MM-DD) calls new when the vocabulary
    does not list it yet (the next September's report, before anyone adds it): the year before the text's, since
    each annual report covers the calendar year before it appeared. Only when that is the one reading: no listed
    report is new on that day or came out in that year or later, and every day the report could have come out
    (up to RELEASE_FRESH_DAYS before the text) is in the text's own year (a text of January may be about a
    report of the December before). None otherwise."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return None
    try:
        day = date.fromisoformat(published)
    except ValueError:
        return None
    if report_released_before(published) is not None or not report_of_year_may_be_out(day):
        return None
    if any(str(r["released"]) >= f"{day.year}-01-01" for r in reports()):
        return None
    return day.year - 1


def report_year_of_total(value: int, outcome: str) -> int | None:
    """The data year of the one report whose single-year worldwide total is `value`, if exactly one."""
    if outcome not in vocabulary()["reports"]["world_total_outcomes"]:
        return None
    years = {int(r["data_year"]) for r in reports() if report_total_is_of_one_year(int(r["data_year"]))
             and int(r["world_total"]) == value}
    return years.pop() if len(years) == 1 else None


def report_total_outcome(data_year: int) -> str | None:
    """The outcome the headline worldwide total of the report on `data_year` counts, where vocabulary.json gives it
    (`world_total_outcome`), else None."""
    rep = next((r for r in reports() if int(r["data_year"]) == data_year), None)
    return str(rep["world_total_outcome"]) if rep is not None and rep.get("world_total_outcome") else None


def report_total_is_of_one_year(data_year: int) -> bool:
    """Whether the report on `data_year` gave its worldwide total for that one year (the first report's,
    908, is of 2002-2013)."""
    return any(int(r["data_year"]) == data_year and list(r.get("world_total_period", [])) == [data_year] * 2
               for r in reports())


def largest_one_year_world_total() -> int:
    """The largest worldwide total any listed report gave for one year (227, for 2020)."""
    return max(int(r["world_total"]) for r in reports() if report_total_is_of_one_year(int(r["data_year"])))


def report_period_of_cumulative(value: int, outcome: str) -> tuple[int, int] | None:
    """The years of the one report's whole-series worldwide total ("1,910 since 2012") that is `value`."""
    if outcome not in vocabulary()["reports"]["world_total_outcomes"]:
        return None
    spans = {tuple(r["cumulative_total_period"]) for r in reports()
             if "cumulative_total" in r and int(r["cumulative_total"]) == value}
    return spans.pop() if len(spans) == 1 else None  # type: ignore[return-value]


def is_any_world_total(value: int) -> bool:
    """Whether `value` is a worldwide total (of one year, or the whole series) of any report."""
    return any(int(r["world_total"]) == value or r.get("cumulative_total") == value for r in reports())


def is_cumulative_total(value: int, data_year: int) -> bool:
    """Whether `value` is the whole-series worldwide total of the report on `data_year`."""
    return any(int(r["data_year"]) == data_year and r.get("cumulative_total") == value for r in reports())


def report_outcome(year: int) -> str | None:
    """The outcome the Global Witness report on `year` counts in its figures: its `world_total_outcome` where given;
    before that, "killed" (earlier reports gave one combined figure that articles call killings); for a year after the
    last listed report, the last one's; None before the first listed report."""
    listed = sorted(reports(), key=lambda r: int(r["data_year"]))
    rep = next((r for r in listed if int(r["data_year"]) == year), None)
    if rep is None and listed and year > int(listed[-1]["data_year"]):
        rep = listed[-1]
    return str(rep.get("world_total_outcome", "killed")) if rep is not None else None


def report_world_total(start: int, end: int, outcome: str) -> int | None:
    """The worldwide figure a Global Witness report gave for exactly these years, if any."""
    if outcome not in vocabulary()["reports"]["world_total_outcomes"]:
        return None
    # (a report's whole-series total, "2,253 between 2012 and 2024", is its worldwide figure for those years too)
    return next((int(r["world_total"]) for r in reports() if list(r.get("world_total_period", [])) == [start, end]),
                next((int(r["cumulative_total"]) for r in reports()
                      if list(r.get("cumulative_total_period", [])) == [start, end]), None))
