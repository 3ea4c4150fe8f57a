"""The validator against an adversary: every change of meaning that the text does not support, every
descriptor that would talk it out of its rules, every path out of the package, and every malformed
input is reported as one clear line (never a traceback, never accepted)."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pandas as pd
import pytest

from conftest import ROOT, SEED_ID, build, failures, lines, package_of, read, write
from mld import vocab
from mld.clauses import place_in_world_clause
from mld.validate.run import validate

SEED = "seeds/000_a283e6b55accc347.txt"


def row_of(df: pd.DataFrame, value: str) -> int:
    return int(df.index[df["value"] == value][0])


def assert_line(pkg: Path, pattern: str) -> str:
    got = lines(pkg)
    hit = [line for line in got if re.search(pattern, line)]
    assert hit, f"no line matches {pattern!r}; got:\n" + "\n".join(got)
    assert re.match(r"^[^:]+: (row .+|file): field \S+: rule \w+: ", hit[0]), hit[0]
    log = os.environ.get("MLD_ADVERSARY_LOG")  # the closing note lists each case with its message
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(os.environ.get("PYTEST_CURRENT_TEST", "?").split(" ")[0] + "\t" + hit[0] + "\n")
    return hit[0]


def set_count(pkg: Path, which: str, **changes: str) -> str:
    """Change the count whose value is `which`."""
    df = read(pkg, "counts")
    i = row_of(df, which)
    for k, v in changes.items():
        df.at[i, k] = v
    write(pkg, "counts", df)
    return str(df.at[i, "id"])


def move_evidence(pkg: Path, which: str, field: str, words: str) -> None:
    """Move the evidence for `field` of the count whose value is `which` onto the first `words` of the seed."""
    counts, ev = read(pkg, "counts"), read(pkg, "evidence")
    rid = counts.loc[counts["value"] == which, "id"].item()
    text = (pkg / "seeds" / "article.txt").read_text(encoding="utf-8")
    at = ev.index[(ev["id"] == rid) & (ev["field"] == field)][0]
    i = text.index(words)
    ev.at[at, "start"], ev.at[at, "end"], ev.at[at, "text"] = str(i), str(i + len(words)), words
    write(pkg, "evidence", ev)


# ----------------------------------------------------------------------------- meaning

def test_the_committed_package_is_valid():
    assert validate(ROOT / "datapackage.json").empty


def test_killings_moved_to_guatemala(pkg):
    rid = set_count(pkg, "18", country="GTM")
    assert_line(pkg, rf"row {rid}: field country: rule grounding: 'Mexico' does not name GTM")


def test_killings_widened_to_2012_2024(pkg):
    rid = set_count(pkg, "18", period_start="2012")
    assert_line(pkg, rf"row {rid}: field period_start: rule grounding: '2024' is not the year 2012")


def test_killings_restricted_to_indigenous(pkg):
    rid = set_count(pkg, "18", indigenous="yes")
    assert_line(pkg, rf"row {rid}: field indigenous: rule grounding: basis unrestricted holds only for all")


def test_indigenous_110_replaced_by_the_19_of_19_percent(pkg):
    rid = set_count(pkg, "110", value="19")
    assert_line(pkg, rf"row {rid}: field value: rule grounding: the number at \d+-\d+ is 110")
    # and pointing the evidence at the "19" of "19%" instead: it is a share, not a count
    ev = read(pkg, "evidence")
    text = (pkg / SEED).read_text(encoding="utf-8")
    at = text.index("19% of the population")
    k = ev.index[(ev["id"] == rid) & (ev["field"] == "value")][0]
    ev.loc[k, ["start", "end", "text"]] = [str(at), str(at + 2), "19"]
    write(pkg, "evidence", ev)
    assert_line(pkg, rf"row {rid}: field value: rule grounding: '19' at \d+-\d+ is a percent number")


def test_police_28_replaced_by_the_222_of_the_same_quote(pkg):
    rid = set_count(pkg, "28", value="222")
    assert_line(pkg, rf"row {rid}: field value: rule grounding: the number at \d+-\d+ is 28")


def test_new_row_of_2026_killings_quoting_feb_2026(pkg):
    text = (pkg / SEED).read_text(encoding="utf-8")
    sent = next(s for s in text.split("\n") if "Feb 2026" in s)
    start = text.index(sent)
    df = read(pkg, "counts")
    new = df.iloc[0].copy()
    new["id"], new["period_start"], new["period_end"], new["value"] = f"{SEED_ID}-c-forged", "2026", "2026", "2026"
    new["quote"], new["quote_start"], new["quote_end"] = sent, str(start), str(start + len(sent))
    write(pkg, "counts", pd.concat([df, new.to_frame().T], ignore_index=True))
    assert_line(pkg, rf"row {SEED_ID}-c-forged: field \w+: rule grounding: no evidence")


def test_new_row_of_40_quoting_40_minute(pkg):
    text = (pkg / SEED).read_text(encoding="utf-8")
    sent = next(s for s in text.split("\n") if "40-minute" in s)
    start, at = text.index(sent), text.index("40-minute")
    df = read(pkg, "counts")
    new = df.iloc[0].copy()
    new["id"], new["value"] = f"{SEED_ID}-c-forged", "40"
    new["quote"], new["quote_start"], new["quote_end"] = sent, str(start), str(start + len(sent))
    write(pkg, "counts", pd.concat([df, new.to_frame().T], ignore_index=True))
    ev = read(pkg, "evidence")
    forged = ev[ev["id"] == df.iloc[0]["id"]].copy()
    forged["id"] = f"{SEED_ID}-c-forged"
    forged.loc[forged["field"] == "value", ["start", "end", "text"]] = [str(at), str(at + 2), "40"]
    write(pkg, "evidence", pd.concat([ev, forged], ignore_index=True))
    assert_line(pkg, rf"row {SEED_ID}-c-forged: field value: rule grounding: '40' at \d+-\d+ is a measure number")


def test_quote_cut_down_to_the_number(pkg):
    df = read(pkg, "counts")
    i = row_of(df, "18")
    at = int(df.at[i, "quote"].index("18")) + int(df.at[i, "quote_start"])
    df.loc[i, ["quote", "quote_start", "quote_end"]] = ["18", str(at), str(at + 2)]
    write(pkg, "counts", df)
    assert_line(pkg, rf"row {df.at[i, 'id']}: field quote: rule provenance: the quote is not a whole sentence")


def test_world_total_smaller_than_a_country(tmp_path):
    # the extractor lists a self-contradicting figure for review (next test), so the contradiction is
    # made in the table, as an edit or a wrong correction would make it
    p = package_of(tmp_path, "Global Witness documented 24 killings of defenders worldwide in 2024. "
                             "In Mexico, 18 defenders were killed in 2024.")
    set_count(p, "24", value="14")
    assert_line(p, r"field value: rule subset: .*MEX 2024-2024.* is inside .*WLD 2024-2024.* but larger")


def test_one_article_that_contradicts_itself_lists_the_later_figure_for_review(tmp_path):
    p = package_of(tmp_path, "Global Witness documented 14 killings of defenders worldwide in 2024. "
                             "In Mexico, 18 defenders were killed in 2024.")
    counts, review = read(p, "counts"), read(p, "review")
    assert counts["value"].tolist() == ["14"]
    reasons = review.loc[review["number"] == "18", "reason"]
    assert len(reasons) == 1  # (an empty selection would pass any .all())
    assert reasons.str.contains(
        r"larger than 14 \(WLD 2024-2024, outcome=killed\), which the text gives for a group holding it").all()
    assert lines(p) == []


REPORT_TOTAL_TEXT = ("In the Philippines, 30 defenders were killed in 2018.\n\n"
                     "164 land and environmental defenders were reported killed in 2018.")


def test_a_report_total_with_no_place_is_worldwide(tmp_path):
    p = package_of(tmp_path, REPORT_TOTAL_TEXT)
    counts, ev = read(p, "counts"), read(p, "evidence")
    rid = counts.loc[counts["value"] == "164", "id"].item()
    assert counts.loc[counts["value"] == "164", "country"].item() == "WLD"
    assert ev.loc[(ev["id"] == rid) & (ev["field"] == "country"), "basis"].tolist() == ["report_total"]
    assert lines(p) == []


@pytest.mark.parametrize("change,message", [
    ({"value": "30"}, r"basis report_total needs a report's worldwide total for 2018-2018"),
    ({"indigenous": "yes"}, r"basis report_total holds only for a figure of all defenders"),
    ({"country": "PHL"}, r"basis report_total holds only for WLD, not PHL"),
])
def test_a_report_total_must_be_one(tmp_path, change, message):
    p = package_of(tmp_path, REPORT_TOTAL_TEXT)
    set_count(p, "164", **change)
    assert_line(p, rf"field \w+: rule grounding: {message}")


WORLD_CLAUSE_TEXT = ("Nearly 200 defenders were murdered in 2023, Global Witness said. Latin America accounted "
                     "for 85 percent of the 196 murders documented in 2023, and Colombia had 79.")


def test_a_worldwide_figure_whose_clause_names_a_place_is_refused(tmp_path):
    """The place before a share is the share's ("Latin America accounted for 85 percent of the 196"):
    the 196 is worldwide; the 79, moved to the world with its evidence, is refused (its clause names
    Colombia)."""
    p = package_of(tmp_path, WORLD_CLAUSE_TEXT)
    counts = read(p, "counts")
    assert counts.loc[counts["value"] == "196", "country"].item() == "WLD"
    assert lines(p) == []
    rid = set_count(p, "79", country="WLD")
    ev = read(p, "evidence")
    ev.loc[(ev["id"] == rid) & (ev["field"] == "country"), ["basis", "start", "end", "text"]] = ["world_implied", "", "", ""]
    write(p, "evidence", ev)
    assert_line(p, r"field country: rule grounding: the figure's clause names 'Colombia', so the world is not implied")


SEAT_TEXT = "The United Kingdom-based watchdog said 207 people were killed last year while fighting governments."


def test_a_seat_named_in_full_is_read_in_the_sentences_language(tmp_path):
    """"The United Kingdom-based watchdog said 207 people were killed last year": the clause names where
    the organisation is, in English; the validator reads it in English (from sources.csv), so the world
    is implied. Read with the Spanish lexicon, which does not know "-based", the seat would have vetoed it."""
    text = SEAT_TEXT
    vs = text.index("207")
    assert place_in_world_clause(text, vs, vs + 3, 0, len(text), "en") is None
    assert place_in_world_clause(text, vs, vs + 3, 0, len(text), "es") == "United Kingdom"
    p = package_of(tmp_path, SEAT_TEXT, published="2018-07-24")
    counts = read(p, "counts")
    assert counts.loc[counts["value"] == "207", "country"].item() == "WLD"
    assert lines(p) == []


CHAIN_TEXT = "Colombia recorded 48 killings of land defenders last year, down from 79 the year before."


def test_a_year_counted_from_a_year_counted_from_the_published_date(tmp_path):
    """"48 ... last year, down from 79 the year before", published 2025: the 79 is of 2023, counted from
    "last year" (2024), itself counted from the published date; moved to 2022, it is refused."""
    p = package_of(tmp_path, CHAIN_TEXT, published="2025-09-10")
    counts = read(p, "counts")
    assert counts.loc[counts["value"] == "48", "period_start"].item() == "2024"
    assert counts.loc[counts["value"] == "79", "period_start"].item() == "2023"
    assert lines(p) == []
    set_count(p, "79", period_start="2022", period_end="2022")
    assert_line(p, r"field period_start: rule grounding: 'the year before' from 'last year' \(2024\) is 2023, not 2022")


SINCE_TEXT = ("Global Witness said 196 defenders were killed worldwide in 2023.\n\n"
              "Since 2012, 2,106 defenders have been killed around the world.")


def test_since_2012_ends_with_the_report_whose_total_is_quoted(tmp_path):
    p = package_of(tmp_path, SINCE_TEXT)
    counts, ev = read(p, "counts"), read(p, "evidence")
    rid = counts.loc[counts["value"] == "2106", "id"].item()
    assert counts.loc[counts["value"] == "2106", "period_end"].item() == "2023"
    assert ev.loc[(ev["id"] == rid) & (ev["field"] == "period_end"), "basis"].tolist() == ["report_by_total"]
    assert lines(p) == []


def test_a_period_end_by_a_report_total_must_be_that_reports_year(tmp_path):
    p = package_of(tmp_path, SINCE_TEXT)
    set_count(p, "2106", period_end="2022")
    assert_line(p, r"field period_end: rule grounding: '196' is not the worldwide total of the report on 2022")


SERIES_TEXT = "Since 2012, 1,733 killings of land and environmental defenders have been reported across the world."


def test_a_whole_series_total_gives_its_series_years(tmp_path):
    """"Since 2012, 1,733 killings": 1,733 is the report on 2021's whole-series total (vocabulary.json),
    so the open period ends in 2021, grounded on the number itself."""
    p = package_of(tmp_path, SERIES_TEXT)
    counts, ev = read(p, "counts"), read(p, "evidence")
    rid = counts.loc[counts["value"] == "1733", "id"].item()
    assert counts.loc[counts["value"] == "1733", ["country", "period_start", "period_end"]].values.tolist() == [
        ["WLD", "2012", "2021"]]
    assert ev.loc[(ev["id"] == rid) & (ev["field"] == "period_end"), "basis"].tolist() == ["report_by_total"]
    assert lines(p) == []


@pytest.mark.parametrize("change,message", [
    ({"period_end": "2022"}, r"field period_end: rule grounding: '1,733' is not the worldwide total of the report on 2022"),
    ({"indigenous": "yes"}, r"field indigenous: rule grounding: basis unrestricted holds only for all, not yes"),
])
def test_a_whole_series_total_cannot_be_moved(tmp_path, change, message):
    p = package_of(tmp_path, SERIES_TEXT)
    set_count(p, "1733", **change)
    assert_line(p, message)


SERIES_NO_PLACE_TEXT = ("Colombia fue el país con más agresiones letales. Según las cifras, el total de asesinatos "
                        "llega a 1.910 entre 2012 y 2022.")


def test_a_whole_series_total_with_no_place_is_worldwide(tmp_path):
    """"el total de asesinatos llega a 1.910 entre 2012 y 2022", after a sentence about Colombia: a
    report's whole-series total for exactly those years is the world's (basis report_total); moved to
    other years, it is no report's total and is refused."""
    p = package_of(tmp_path, SERIES_NO_PLACE_TEXT, language="es")
    counts, ev = read(p, "counts"), read(p, "evidence")
    rid = counts.loc[counts["value"] == "1910", "id"].item()
    assert counts.loc[counts["value"] == "1910", "country"].item() == "WLD"
    assert ev.loc[(ev["id"] == rid) & (ev["field"] == "country"), "basis"].tolist() == ["report_total"]
    assert lines(p) == []
    set_count(p, "1910", period_start="2013")
    assert_line(p, r"field country: rule grounding: basis report_total needs a report's worldwide total for 2013-2022")


NO_YEAR_TOTAL_TEXT = ("Global Witness published a report this month stating that 17 of the 196 land and "
                      "environmental defenders around the world who were killed or forcibly disappeared came from "
                      "the Philippines.")


def test_a_worldwide_total_with_no_year_is_of_the_report_whose_total_it_is(tmp_path):
    p = package_of(tmp_path, NO_YEAR_TOTAL_TEXT)
    counts, ev = read(p, "counts"), read(p, "evidence")
    rid = counts.loc[counts["value"] == "196", "id"].item()
    assert counts.loc[counts["value"] == "196", ["period_start", "period_end"]].values.tolist() == [["2023", "2023"]]
    assert ev.loc[(ev["id"] == rid) & (ev["field"] == "period_start"), "basis"].tolist() == ["report_by_total"]
    assert counts.loc[counts["value"] == "17", ["country", "period_end"]].values.tolist() == [["PHL", "2023"]]
    assert lines(p) == []
    set_count(p, "196", period_start="2022", period_end="2022")
    assert_line(p, r"field period_start: rule grounding: '196' is not the worldwide total of the report on 2022")


DISAPPEARED_BY_TOTAL_TEXT = ("Mexico tops the list.\n\nThe group documented 196 killings worldwide, Global Witness said.\n\n"
                             "In addition, the report lists seven defenders who were disappeared in Mexico during the year.")


def test_a_report_total_dates_a_figure_of_another_outcome(tmp_path):
    """"196 killings worldwide" is the report on 2023's total: it dates the seven disappeared of the same text,
    though they are not killings (the total names the report, whatever the row counts); moved to another
    year, the row is refused."""
    p = package_of(tmp_path, DISAPPEARED_BY_TOTAL_TEXT)
    counts, ev = read(p, "counts"), read(p, "evidence")
    row7 = counts.loc[counts["value"] == "7"]
    assert row7[["country", "period_start", "period_end", "outcome"]].values.tolist() == [["MEX", "2023", "2023", "disappeared"]]
    assert ev.loc[(ev["id"] == row7["id"].item()) & (ev["field"] == "period_end"), "basis"].tolist() == ["report_by_total"]
    assert lines(p) == []
    set_count(p, "7", period_start="2022", period_end="2022")
    assert_line(p, r"field period_start: rule grounding: '196' is not the worldwide total of the report on 2022")


def test_a_report_gives_the_year_of_a_figure_with_none_but_not_a_span(tmp_path):
    p = package_of(tmp_path, "164 defenders were killed worldwide, says the report \"Enemies of the State?\".\n\n"
                             "The Philippines topped the list with 30 deaths.")
    counts, ev = read(p, "counts"), read(p, "evidence")
    rid = counts.loc[counts["value"] == "30", "id"].item()
    assert counts.loc[counts["value"] == "30", "period_start"].item() == "2018"
    assert ev.loc[(ev["id"] == rid) & (ev["field"] == "period_start"), "basis"].tolist() == ["report"]
    assert lines(p) == []
    set_count(p, "30", period_start="2012")
    assert_line(p, r"field period_start: rule grounding: a report gives only the last year of a period, or the one year")


LAST_YEARS_TEXT = ("The Decade of Defiance report says Mexico has become one of the most dangerous places for "
                   "defenders over the last ten years, with 154 cases documented.")


def test_the_last_ten_years_start_where_the_series_starts(tmp_path):
    p = package_of(tmp_path, LAST_YEARS_TEXT)
    counts, ev = read(p, "counts"), read(p, "evidence")
    rid = counts.loc[counts["value"] == "154", "id"].item()
    assert counts.loc[counts["value"] == "154", ["period_start", "period_end"]].values.tolist() == [["2012", "2021"]]
    assert ev.loc[(ev["id"] == rid) & (ev["field"] == "period_start"), "basis"].tolist() == ["last_years"]
    assert ev.loc[(ev["id"] == rid) & (ev["field"] == "period_end"), "basis"].tolist() == ["report"]
    assert lines(p) == []


@pytest.mark.parametrize("change,message", [
    # ten years up to 2021 start in 2012, not 2013
    ({"period_start": "2013"}, r"field period_start: rule grounding: 'over the last ten years' up to 2021 starts in 2012, not 2013"),
    # moved with its end: ten years up to 2022 start in 2013, where the series does not start
    ({"period_start": "2013", "period_end": "2022"}, r"field period_end: rule grounding: the report 'Decade of Defiance' covers 2021, not 2022"),
])
def test_the_last_ten_years_cannot_be_moved(tmp_path, change, message):
    p = package_of(tmp_path, LAST_YEARS_TEXT)
    set_count(p, "154", **change)
    assert_line(p, message)


def test_a_figure_that_contradicts_itself_names_both_sentences_and_the_fix(tmp_path):
    # the extractor keeps the first of two values and lists the second for review; a person who
    # adds the second by a correction gets the contradiction named, with both sentences
    text = "In Mexico, 18 defenders were killed in 2024.\n\nMexico recorded 20 killings in 2024."
    p = package_of(tmp_path, text)
    assert [r for r in read(p, "review")["number"]] == ["20"]
    (p / "seeds" / "article.corrections.csv").write_text(
        "action,target,field,value,quote,number,country,period_start,period_end,outcome,indigenous,gender,"
        "perpetrator,sector,qualifier,reason,reviewer\n"
        "add,,,,Mexico recorded 20 killings in 2024.,20,MEX,2024,2024,killed,,,,,,the second sentence,AB\n",
        encoding="utf-8")
    build(p)
    line = assert_line(p, r"rule subset: .*same figure with different values in one source")
    assert "the other figure is in" in line and "corrections.csv" in line


def test_derived_relabelled_to_women(pkg):
    d = read(pkg, "derived_counts")
    d.loc[d["value"] == "112", "gender"] = "women"
    write(pkg, "derived_counts", d)
    assert_line(pkg, r"derived_counts.csv: row .*: field gender: rule derived: a complement of these inputs is gender=all")


@pytest.mark.parametrize("formula,field", [("{a} * {b}", "formula"), ("({a} - {b})", "formula"),
                                           ("{b} - {a}", "value")])
def test_derived_formula_is_parsed_strictly(pkg, formula, field):
    d = read(pkg, "derived_counts")
    i = int(d.index[d["value"] == "112"][0])
    a, b = d.at[i, "input_ids"].split()
    d.at[i, "formula"] = formula.format(a=a, b=b)
    if field == "value":
        d.at[i, "input_ids"] = f"{b} {a}"
    write(pkg, "derived_counts", d)
    assert_line(pkg, rf"row {d.at[i, 'id']}: field {field}: rule derived")


def test_input_ids_must_be_the_formula_ids(pkg):
    d = read(pkg, "derived_counts")
    i = int(d.index[d["value"] == "112"][0])
    d.at[i, "input_ids"] = d.at[i, "input_ids"].split()[0]
    write(pkg, "derived_counts", d)
    assert_line(pkg, rf"row {d.at[i, 'id']}: field input_ids: rule derived")


def test_share_moved_to_another_country_or_number_text(pkg):
    s = read(pkg, "population_shares")
    s.at[0, "country"] = "GTM"
    s.at[0, "number_text"] = "19.0"
    write(pkg, "population_shares", s)
    assert_line(pkg, r"population_shares.csv: row .*: field country: rule grounding")
    assert_line(pkg, r"population_shares.csv: row .*: field share_percent: rule grounding: number_text")


def with_periods(pkg: Path, n: int) -> int:
    """Copies of the 18 killings over n distinct nested periods, each wider one smaller (every
    narrower one is larger than all the wider ones around it): n*(n-1)/2 failing pairs at most."""
    df = read(pkg, "counts")
    row = df.iloc[0]
    periods = [(a, b) for a in range(1900, 2101) for b in range(a, 2101)][:n]
    copies = pd.DataFrame([{**row.to_dict(), "id": f"{row['id']}-p{k}", "period_start": str(a), "period_end": str(b),
                            "value": str(10_000 - (b - a))} for k, (a, b) in enumerate(periods)])
    write(pkg, "counts", pd.concat([df, copies], ignore_index=True))
    return len(copies)


def test_nested_periods_give_one_containment_line_per_row_not_per_pair(pkg):
    n = with_periods(pkg, 400)
    got = failures(pkg)
    subset = got[got["rule"] == "subset"]
    # 399 copies lie inside a wider, smaller copy (and 79,800 pairs): one line each
    assert len(subset) == n - 1 and subset["row"].is_unique, len(subset)
    assert subset["message"].str.contains(r"it is also larger than \d+ other figure\(s\) that contain it").any()
    assert len(got) <= 3 * n  # (and a missing-evidence line per copy)


def test_thousands_of_distinct_periods_are_refused_in_one_line(pkg):
    n = with_periods(pkg, 3000)
    got = failures(pkg)
    assert not (got["rule"] == "subset").any()
    assert_line(pkg, r"counts.csv: file: field period_start: rule size: the counts have 3,00\d distinct periods, more "
                     r"than a package of articles states \(500\); the consistency rules were not run")
    assert len(got) <= n + 10


# ----------------------------------------------------------------------------- the descriptor

def edit_descriptor(pkg: Path, change) -> None:
    d = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    change(d)
    (pkg / "datapackage.json").write_text(json.dumps(d), encoding="utf-8")


def resource(d: dict, name: str) -> dict:
    return next(r for r in d["resources"] if r["name"] == name)


def field(d: dict, res: str, name: str) -> dict:
    return next(f for f in resource(d, res)["schema"]["fields"] if f["name"] == name)


DESCRIPTOR_ATTACKS = {
    "sources renamed": (lambda d: resource(d, "sources").update(name="origins"),
                        r"rule descriptor: 'origins' is not a table of this package"),
    "outcome enum dropped": (lambda d: field(d, "counts", "outcome")["constraints"].pop("enum"),
                             r"field outcome: rule descriptor: constraint enum"),
    "source foreign key dropped": (lambda d: resource(d, "counts")["schema"].update(foreignKeys=[]),
                                   r"field foreignKeys: rule descriptor"),
    "second counts resource": (lambda d: d["resources"].append(dict(resource(d, "counts"), path="data/clean.csv")),
                               r"resource 'counts' is declared 2 times"),
    "note as any": (lambda d: field(d, "counts", "note").update(type="any"),
                    r"field note: rule descriptor: type is 'any'"),
}


@pytest.mark.parametrize("name", DESCRIPTOR_ATTACKS)
def test_descriptor_cannot_talk_the_validator_out_of_its_rules(pkg, name):
    change, pattern = DESCRIPTOR_ATTACKS[name]
    edit_descriptor(pkg, change)
    assert_line(pkg, pattern)


def test_the_package_rules_still_apply_under_a_changed_descriptor(pkg):
    edit_descriptor(pkg, lambda d: field(d, "counts", "outcome")["constraints"].pop("enum"))
    set_count(pkg, "18", outcome="murdered")
    assert_line(pkg, r"field outcome: rule enum")


SPEC_VALID = {
    "string primaryKey": lambda d: resource(d, "counts")["schema"].update(primaryKey="id"),
    "string foreign-key fields": lambda d: [fk.update(fields=fk["fields"][0], reference=dict(
        fk["reference"], fields=fk["reference"]["fields"][0])) for fk in resource(d, "counts")["schema"]["foreignKeys"]],
    "path as a one-item list": lambda d: resource(d, "counts").update(path=["data/counts.csv"]),
}


@pytest.mark.parametrize("name", SPEC_VALID)
def test_spec_valid_variants_are_normalised(pkg, name):
    edit_descriptor(pkg, SPEC_VALID[name])
    assert lines(pkg) == []


def test_schema_given_as_a_path(pkg):
    d = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    (pkg / "counts.schema.json").write_text(json.dumps(resource(d, "counts")["schema"]), encoding="utf-8")
    edit_descriptor(pkg, lambda d: resource(d, "counts").update(schema="counts.schema.json"))
    assert lines(pkg) == []


def test_inline_data_is_refused_cleanly(pkg):
    edit_descriptor(pkg, lambda d: resource(d, "review").update(data=[["x"]]))
    assert_line(pkg, r"rule descriptor: inline data is not read")


MALFORMED = {
    "constraints as a string": (lambda d: field(d, "counts", "value").update(constraints="oops"),
                                r"row resource counts: field value: rule descriptor: constraints must be an object"),
    "reference as a string": (lambda d: resource(d, "counts")["schema"]["foreignKeys"][0].update(reference="oops"),
                              r"field foreignKeys: rule descriptor: foreignKeys\[0\] must be an object"),
    "fields null": (lambda d: resource(d, "counts")["schema"].update(fields=None),
                    r"field fields: rule descriptor: fields must be a list of field objects, not null"),
    "a field that is not an object": (lambda d: resource(d, "counts")["schema"]["fields"].append("oops"),
                                      r"field fields: rule descriptor: fields\[18\] must be an object"),
    "primaryKey a number": (lambda d: resource(d, "counts")["schema"].update(primaryKey=3),
                            r"field primaryKey: rule descriptor: primaryKey must be a field name"),
}


@pytest.mark.parametrize("name", MALFORMED)
def test_a_malformed_descriptor_is_one_line_not_a_traceback(pkg, name):
    change, pattern = MALFORMED[name]
    edit_descriptor(pkg, change)
    got = lines(pkg)
    assert len(got) == 1, got
    assert_line(pkg, pattern)


def test_a_descriptor_that_is_a_directory_is_one_line(pkg):
    (pkg / "datapackage.json").unlink()
    (pkg / "datapackage.json").mkdir()
    assert lines(pkg) == ["datapackage.json: file: field -: rule descriptor: cannot read the descriptor: Is a directory"]


READING = {
    "missingValues": (lambda d: resource(d, "counts")["schema"].update(missingValues=["", "MEX", "18"]),
                      r"field missingValues: rule descriptor: missingValues is \[\"\", \"MEX\", \"18\"\], the package "
                      r"defines \[\"\"\]: it changes how the file is read"),
    "dialect": (lambda d: resource(d, "counts")["dialect"].update(delimiter=";"),
                r"field dialect: rule descriptor: dialect delimiter is \";\", the package defines \",\""),
    "header": (lambda d: resource(d, "review")["dialect"].update(header=False),
               r"row resource review: field dialect: rule descriptor: dialect header is false"),
    "encoding": (lambda d: resource(d, "counts").update(encoding="latin-1"),
                 r"field encoding: rule descriptor: encoding is \"latin-1\", the package defines \"utf-8\""),
    "resource format": (lambda d: resource(d, "counts").update(format="xlsx"),
                        r"field format: rule descriptor: format is \"xlsx\""),
    "field format": (lambda d: field(d, "sources", "url").update(format="email"),
                     r"row resource sources: field url: rule descriptor: format is \"email\", the package defines \"uri\""),
    "bareNumber": (lambda d: field(d, "counts", "value").update(bareNumber=False),
                   r"field value: rule descriptor: bareNumber is false, the package defines true"),
    "groupChar": (lambda d: field(d, "counts", "value").update(groupChar=","),
                  r"field value: rule descriptor: groupChar is \",\", the package defines \"\""),
}


@pytest.mark.parametrize("name", READING)
def test_descriptor_keys_that_change_how_a_file_is_read_are_failures(pkg, name):
    change, pattern = READING[name]
    edit_descriptor(pkg, change)
    assert_line(pkg, pattern)


SAME_READING = {
    "defaults left out": lambda d: [(r.pop("dialect"), r.pop("encoding"), r.pop("format")) for r in d["resources"]],
    "defaults written out": lambda d: [r["schema"].update(missingValues=[""]) or r["dialect"].update(quoteChar='"')
                                       or r.update(encoding="UTF8") for r in d["resources"]],
}


@pytest.mark.parametrize("name", SAME_READING)
def test_descriptor_keys_that_read_the_same_are_accepted(pkg, name):
    edit_descriptor(pkg, SAME_READING[name])
    assert lines(pkg) == []


# ----------------------------------------------------------------------------- paths

def test_a_resource_path_outside_the_package_is_not_read(pkg, tmp_path):
    secret = tmp_path / "outside" / "secret.csv"
    secret.parent.mkdir()
    secret.write_text("TOP SECRET LINE\n", encoding="utf-8")
    edit_descriptor(pkg, lambda d: resource(d, "review").update(path="../outside/secret.csv"))
    got = "\n".join(lines(pkg))
    assert "leaves the package folder" in got and "TOP SECRET" not in got


@pytest.mark.parametrize("where", ["../seed.txt", "/etc/passwd", "https://example.org/seed.txt", "symlink"])
def test_a_seed_outside_the_package_is_not_read(pkg, where):
    s = read(pkg, "sources")
    if where == "symlink":
        outside = pkg.parent / "seed.txt"
        outside.write_bytes((pkg / SEED).read_bytes())
        (pkg / SEED).unlink()
        os.symlink(outside, pkg / SEED)
        assert_line(pkg, r"field seed_path: rule path: .*resolves outside the package")
        return
    s.at[0, "seed_path"] = where
    write(pkg, "sources", s)
    assert_line(pkg, r"sources.csv: row .*: field seed_path: rule pattern")


def test_a_huge_seed_is_refused_before_it_is_read(pkg):
    with (pkg / SEED).open("ab") as f:
        f.truncate(6_000_000)
    assert_line(pkg, r"rule size: seed .* more than an article can have")


# ----------------------------------------------------------------------------- malformed input

@pytest.mark.parametrize("table,line,cells,columns", [("counts", 4, 19, 18), ("sources", 2, 12, 11),
                                                      ("review", 2, 10, 9), ("evidence", 30, 8, 7)])
def test_a_row_with_an_extra_field_is_that_line_only(pkg, table, line, cells, columns):
    """A stray comma: the true number of cells, and no other line of this or another table (every
    row of the file was flagged, with 37 cells for 19, and the rows naming it elsewhere too)."""
    p = pkg / "data" / f"{table}.csv"
    text = p.read_text(encoding="utf-8").split("\n")
    text[line - 1] = text[line - 1] + ",stray"
    p.write_text("\n".join(text), encoding="utf-8")
    got = lines(pkg)
    assert len(got) == 1, got
    assert_line(pkg, rf"{table}.csv: row .*: field -: rule row_shape: line {line} has {cells} cells for {columns} "
                     r"columns \(a stray comma\?\)")


def test_a_stray_comma_in_a_quoted_multiline_cell_names_the_line_the_row_starts_on(pkg):
    df = read(pkg, "review")
    df.at[0, "reason"] = "first line\nsecond line"
    write(pkg, "review", pd.concat([df, df.assign(id=df["id"] + "-x")], ignore_index=True))
    p = pkg / "data" / "review.csv"
    text = p.read_text(encoding="utf-8").rstrip("\n").split("\n")
    text[-1] += ",stray"
    p.write_text("\n".join(text) + "\n", encoding="utf-8")
    got = [x for x in lines(pkg) if "row_shape" in x]
    assert len(got) == 1 and "line 4 has 10 cells for 9 columns" in got[0], got


@pytest.mark.parametrize("change,pattern", [
    ({"outcome": "murdered"}, r"field outcome: rule enum: .*value 'murdered' fails it"),
    ({"period_end": "999999999"}, r"field period_end: rule maximum"),
    ({"value": "١٢"}, r"field value: rule type: value '١٢' is not an integer written in ASCII digits"),
    ({"value": "99999999999999999999999"},
     r"field value: rule type: value '99999999999999999999999' is too large for an integer"),
    ({"qualifier": ""}, r"field qualifier: rule required: the cell is empty; the field requires a value"),
])
def test_one_bad_cell_in_counts_is_one_line(pkg, change, pattern):
    """The row fails where it is; the derived row and the evidence that name it do not add lines
    (12 did), and a number too large is worded, not pandera's TypeError."""
    set_count(pkg, "18", **change)
    got = lines(pkg)
    assert len(got) == 1, got
    assert_line(pkg, pattern)
    assert "TypeError" not in got[0] and "nan" not in got[0]


def test_a_file_level_problem_is_not_repeated_by_every_row_that_names_the_file(pkg):
    p = pkg / "data" / "counts.csv"
    p.write_bytes(b"\xef\xbb\xbf" + p.read_bytes())
    assert lines(pkg) == ["data/counts.csv: file: field -: rule encoding: the file starts with a byte-order mark "
                          "(saved by a spreadsheet?); the file is generated: rebuild it with `make data` rather than "
                          "editing it"]


def test_no_evidence_names_parent_id_only_for_a_count_with_a_parent(pkg):
    ev = read(pkg, "evidence")
    counts = read(pkg, "counts")
    alone = counts.loc[counts["value"] == "18", "id"].item()       # no parent
    child = counts.loc[counts["value"] == "17", "id"].item()       # part of 110
    write(pkg, "evidence", ev[~((ev["id"].isin([alone, child])) & ev["field"].isin(["value", "parent_id"]))])
    got = lines(pkg)
    assert any(f"row {alone}: field value: rule grounding: no evidence for value: " in x for x in got), got
    assert any(f"row {child}: field value: rule grounding: no evidence for value, parent_id: " in x for x in got), got


def test_a_row_with_missing_cells(pkg):
    p = pkg / "data" / "review.csv"
    text = p.read_text(encoding="utf-8").split("\n")
    text[1] = ",".join(text[1].split(",")[:3])
    p.write_text("\n".join(text), encoding="utf-8")
    assert_line(pkg, r"review.csv: .*rule row_shape: line 2 has 3 cells for 9 columns")


def test_an_empty_required_language(pkg):
    s = read(pkg, "sources")
    s.at[0, "language"] = ""
    write(pkg, "sources", s)
    line = assert_line(pkg, r"sources.csv: row .*: field language: rule required")
    assert len([x for x in lines(pkg) if "does not exist" in x]) == 0, line


def test_one_bad_cell_in_sources_is_one_line(pkg):
    s = read(pkg, "sources")
    s.at[0, "sha256"] = "not-a-hash"
    write(pkg, "sources", s)
    got = lines(pkg)
    assert len(got) == 1 and "field sha256: rule pattern" in got[0], got


@pytest.mark.parametrize("value,rule", [("١٢", "type"), ("99999999999999999999999", "type"), ("999999999", "maximum")])
def test_bad_numbers_are_named_not_crashed_on(pkg, value, rule):
    set_count(pkg, "18", period_end=value) if rule == "maximum" else set_count(pkg, "18", value=value)
    assert_line(pkg, rf"rule {rule}")


def test_nul_bytes(pkg):
    p = pkg / "data" / "review.csv"
    p.write_bytes(p.read_bytes().replace(b"two", b"t\x00o"))
    assert_line(pkg, r"review.csv: file: field -: rule encoding: line 2 holds a NUL byte")


def test_crlf_is_read_and_bom_is_reported_with_every_file_problem_at_once(pkg):
    p = pkg / "data" / "counts.csv"
    p.write_bytes(p.read_bytes().replace(b"\n", b"\r\n"))
    assert lines(pkg) == []
    p.write_bytes(b"\xef\xbb\xbf" + p.read_bytes().replace(b"quote_end", b"quote_finish"))
    got = [x for x in lines(pkg) if x.startswith("data/counts.csv: file")]
    assert len(got) == 2 and any("byte-order mark" in x for x in got) and any("quote_finish" in x for x in got)
    assert all("make data" in x for x in got)


def test_a_bom_and_a_bad_cell_are_named_in_one_run_each_saying_how_to_rebuild(pkg):
    """A byte-order mark leaves the cells readable: the mark and a bad cell are both named at once,
    and every line about the generated file says to rebuild it with `make data`."""
    counts = read(pkg, "counts")
    counts.loc[0, "outcome"] = "murdered"
    write(pkg, "counts", counts)
    p = pkg / "data" / "counts.csv"
    p.write_bytes(b"\xef\xbb\xbf" + p.read_bytes())
    got = [x for x in lines(pkg) if x.startswith("data/counts.csv")]
    assert any("byte-order mark" in x for x in got), got
    assert any("field outcome" in x and "murdered" in x for x in got), got
    assert all("make data" in x for x in got), got


def test_an_empty_package_validates_and_names_nothing(tmp_path):
    p = package_of(tmp_path, "Nothing here is a figure.")
    assert lines(p) == []
    assert read(p, "counts").empty


def test_share_with_a_decimal_is_read_back(tmp_path):
    p = package_of(tmp_path, "Global Witness documented 18 killings of defenders in Mexico in 2024, in a country "
                             "where 19.4% of the population is Indigenous.")
    assert lines(p) == []
    assert read(p, "population_shares")["number_text"].tolist() == ["19.4"]


def test_crlf_seed_with_a_wrapped_sentence(tmp_path):
    p = package_of(tmp_path, "Global Witness documented 18 killings of land and environmental\r\n"
                             "defenders in Mexico in 2024.\r\n")
    assert lines(p) == []
    c = read(p, "counts")
    assert c["value"].tolist() == ["18"] and "\r\n" in c.at[0, "quote"]


@pytest.mark.parametrize("text,value,ok", [
    ("asesinados entre 2002 y 14, entre ellos", 2014, True),  # one word between the two years
    ("killed in 2012-24 worldwide", 2024, True),             # a dash
    ("asesinados entre 2002 y 14, entre ellos", 2015, False),  # the digits say 14
    ("asesinados entre 2016 y 14, entre ellos", 2014, False),  # not after the first year
    ("asesinados en 14 países", 2014, False),                  # no first year before it
])
def test_a_two_digit_last_year_is_grounded_only_after_its_first_year(text, value, ok):
    """Hand-checked cases of the grounding rule for "entre 2002 y 14": the two digits are the year's last
    two, right after an earlier year of the same century."""
    from mld.validate.grounding import _short_year
    start = text.index("14") if "14" in text else text.index("24")
    words = text[start:start + 2]
    assert _short_year(text, start, words, value) is ok


RELEASED_TEXT = ("Since 2012, Global Witness has documented 106 killings and disappearances of environmental "
                 "defenders in Guatemala, according to a new report.")


def test_since_2012_ends_with_the_report_a_dated_text_calls_new(tmp_path):
    """"according to a new report", in a text published on 2024-09-12: the report released on 2024-09-10
    (vocabulary.json) covers 2023, so "since 2012" ends there (basis `report_released`)."""
    p = package_of(tmp_path, RELEASED_TEXT, published="2024-09-12")
    counts, ev = read(p, "counts"), read(p, "evidence")
    assert counts.loc[counts["value"] == "106", ["country", "period_start", "period_end"]].values.tolist() == [
        ["GTM", "2012", "2023"]]
    rid = counts.loc[counts["value"] == "106", "id"].item()
    assert ev.loc[(ev["id"] == rid) & (ev["field"] == "period_end"), "basis"].tolist() == ["report_released"]
    assert lines(p) == []


def test_a_period_end_by_a_released_report_must_be_that_reports_year(tmp_path):
    p = package_of(tmp_path, RELEASED_TEXT, published="2024-09-12")
    set_count(p, "106", period_end="2024")
    assert_line(p, r"field period_end: rule grounding: the report released on 2024-09-10 \(Missing Voices\) "
                   r"covers 2023, not 2024")


def test_a_new_report_half_a_year_after_a_release_ends_no_open_period(tmp_path):
    """Published 2025-03-01, 172 days after the last release: which report is "new" is not sure (review)."""
    p = package_of(tmp_path, RELEASED_TEXT, published="2025-03-01")
    assert read(p, "counts").empty
    assert "106" in read(p, "review")["number"].tolist()


RELEASED_YEAR_TEXT = ("In 2023, 79 land defenders were killed in Colombia. Since 2012, Global Witness has documented 106 "
                      "killings and disappearances of environmental defenders in Guatemala.")


def test_since_2012_ends_with_the_report_whose_year_a_dated_text_states(tmp_path):
    """No report named, no report's total quoted, nothing called new: in a text published on 2024-09-12 that
    states 2023, the report released on 2024-09-10 (on 2023) is the one it is about; the evidence is the
    year's words, and the package validates."""
    p = package_of(tmp_path, RELEASED_YEAR_TEXT, published="2024-09-12")
    counts, ev = read(p, "counts"), read(p, "evidence")
    assert counts.loc[counts["value"] == "106", ["country", "period_start", "period_end"]].values.tolist() == [
        ["GTM", "2012", "2023"]]
    rid = counts.loc[counts["value"] == "106", "id"].item()
    got = ev.loc[(ev["id"] == rid) & (ev["field"] == "period_end"), ["basis", "start", "end"]].values.tolist()
    assert [g[0] for g in got] == ["report_released"]
    text = (p / "seeds" / "article.txt").read_text(encoding="utf-8")
    assert text[int(got[0][1]):int(got[0][2])] == "2023"
    assert lines(p) == []


def test_a_released_report_span_must_call_it_new_or_state_its_year(tmp_path):
    """The same row, its report_released evidence moved onto "Colombia": the words neither call a report
    new nor state its year."""
    p = package_of(tmp_path, RELEASED_YEAR_TEXT, published="2024-09-12")
    move_evidence(p, "106", "period_end", "Colombia")
    assert_line(p, r"field period_end: rule grounding: 'Colombia' neither calls a report new .* nor states its year")


# a report the vocabulary does not list yet: the first year with no listed report, and the year it would cover
NEXT = max(int(str(r["released"])[:4]) for r in vocab.reports()) + 1
UNLISTED_TEXT = (f"Según el nuevo informe de Global Witness, publicado este miércoles, en {NEXT - 1} fueron asesinadas o "
                 "desaparecidas 131 personas defensoras. Desde 2012 suman 2.384 en el mundo.")


def test_since_2012_ends_with_the_year_before_a_report_not_yet_listed(tmp_path):
    """"el nuevo informe", in a text of September of a year in which no listed report came out, that states the
    year before: "desde 2012" ends in that year (basis `report_released`, on the words that call the report new,
    with a note that says the report is not listed), and the package validates."""
    p = package_of(tmp_path, UNLISTED_TEXT, published=f"{NEXT}-09-10", language="es")
    counts, ev = read(p, "counts"), read(p, "evidence")
    assert counts.loc[counts["value"] == "2384", ["country", "period_start", "period_end"]].values.tolist() == [
        ["WLD", "2012", str(NEXT - 1)]]
    rid = counts.loc[counts["value"] == "2384", "id"].item()
    got = ev.loc[(ev["id"] == rid) & (ev["field"] == "period_end"), ["basis", "text", "note"]].values.tolist()
    assert [g[:2] for g in got] == [["report_released", "nuevo informe"]]
    assert "no report in vocabulary.json" in got[0][2]
    assert lines(p) == []


def test_a_period_end_by_a_report_not_yet_listed_is_the_year_before(tmp_path):
    p = package_of(tmp_path, UNLISTED_TEXT, published=f"{NEXT}-09-10", language="es")
    set_count(p, "2384", period_end=str(NEXT))
    assert_line(p, rf"row .*field period_end: rule grounding: no listed report came out in {NEXT} before {NEXT}-09-10: "
                   rf"the new report the text names covers {NEXT - 1}, the year before, not {NEXT}")


def test_a_report_not_yet_listed_must_be_called_new_at_the_span(tmp_path):
    """The same row, its evidence moved onto "Global Witness": those words do not call a report new."""
    p = package_of(tmp_path, UNLISTED_TEXT, published=f"{NEXT}-09-10", language="es")
    move_evidence(p, "2384", "period_end", "Global Witness")
    assert_line(p, r"field period_end: rule grounding: 'Global Witness' neither calls a report new")


def test_a_report_not_yet_listed_is_not_read_in_spring(tmp_path):
    """The same package with the source's published day moved to April: the report called new may have come out
    the December before, so no year follows, and the validator says so."""
    p = package_of(tmp_path, UNLISTED_TEXT, published=f"{NEXT}-09-10", language="es")
    seed = p / "seeds" / "article.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace(f"{NEXT}-09-10", f"{NEXT}-04-20"), encoding="utf-8")
    src = read(p, "sources")
    src["sha256"], src["published"] = hashlib.sha256(seed.read_bytes()).hexdigest(), f"{NEXT}-04-20"
    write(p, "sources", src)
    assert_line(p, r"field period_end: rule grounding: .*not within 120 days after a report's release")


COVERING_TEXT = ("According to Global Witness's most recent annual report, released last September and covering 2024, 19 "
                 "land and environmental defenders were killed or disappeared in Mexico that year. Since 2012 the group "
                 "has counted 222 such cases in Mexico.")


def test_since_2012_ends_with_the_year_the_text_says_its_report_covers(tmp_path):
    """"the annual report, ... covering 2024", in a text of April 2026 (months after that report): "Since 2012"
    ends in 2024 (basis `report_covering`, on the words "covering 2024"), and the package validates."""
    p = package_of(tmp_path, COVERING_TEXT, published="2026-04-14")
    counts, ev = read(p, "counts"), read(p, "evidence")
    assert counts.loc[counts["value"] == "222", ["country", "period_start", "period_end"]].values.tolist() == [
        ["MEX", "2012", "2024"]]
    rid = counts.loc[counts["value"] == "222", "id"].item()
    got = ev.loc[(ev["id"] == rid) & (ev["field"] == "period_end"), ["basis", "text"]].values.tolist()
    assert got == [["report_covering", "covering 2024"]]
    assert lines(p) == []


def test_a_period_end_by_a_covered_year_must_be_that_year(tmp_path):
    p = package_of(tmp_path, COVERING_TEXT, published="2026-04-14")
    set_count(p, "222", period_end="2025")
    assert_line(p, r"field period_end: rule grounding: 'covering 2024' says the report covers 2024, not 2025")


def test_a_covered_year_must_be_said_of_the_texts_report(tmp_path):
    """The same row, its report_covering evidence moved onto "annual report": those words say no year covered."""
    p = package_of(tmp_path, COVERING_TEXT, published="2026-04-14")
    move_evidence(p, "222", "period_end", "annual report")
    assert_line(p, r"field period_end: rule grounding: 'annual report' does not say which year the report the text "
                   r"is about covers")


def test_a_covered_year_is_before_the_texts_own(tmp_path):
    """The same package with the source's published day moved back to 2024: a report covering 2024 had not come out
    yet, so "covering 2024" cannot end an open period of that text."""
    p = package_of(tmp_path, COVERING_TEXT, published="2026-04-14")
    seed = p / "seeds" / "article.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("2026-04-14", "2024-06-01"), encoding="utf-8")
    src = read(p, "sources")
    src["sha256"], src["published"] = hashlib.sha256(seed.read_bytes()).hexdigest(), "2024-06-01"
    write(p, "sources", src)
    assert_line(p, r"field period_end: rule grounding: a report covers a year before it appeared, and the text is of "
                   r"2024, not after 2024")


def test_a_part_of_a_figure_of_the_last_n_years_keeps_that_basis(tmp_path):
    """"En los últimos doce años ... 203 personas defensoras, de las cuales 90 eran indígenas", in a text of the day
    the report on 2023 came out: the 90 takes 2012 from the 203's "last twelve years" with that basis (a part had
    taken it as a referent year, which the validator refuses: those words are no year), and the package validates."""
    text = ("Global Witness dio a conocer este jueves su nuevo informe: 196 personas defensoras fueron asesinadas en "
            "2023. En los últimos doce años han sido asesinadas en México 203 personas defensoras, de las cuales 90 "
            "eran indígenas.")
    p = package_of(tmp_path, text, published="2024-09-12", language="es")
    counts, ev = read(p, "counts"), read(p, "evidence")
    assert counts.loc[counts["value"] == "90", ["period_start", "period_end", "indigenous"]].values.tolist() == [
        ["2012", "2023", "yes"]]
    rid = counts.loc[counts["value"] == "90", "id"].item()
    assert ev.loc[(ev["id"] == rid) & (ev["field"] == "period_start"), "basis"].tolist() == ["last_years"]
    assert lines(p) == []


MAIN_TEXT = ("Honduras, el país más letal per cápita para los ambientalistas\n\nHonduras volvió a encabezar la lista "
             "de Global Witness por habitante. En Honduras, los defensores del territorio denuncian amenazas, como en "
             "Colombia.\n\nSolo en 2023, Global Witness reportó 18 crímenes contra medioambientalistas.")


def test_a_tallied_figure_with_no_place_is_the_country_the_text_is_about(tmp_path):
    """Honduras is named in the first line, three times, and Colombia once: "18 crímenes" is Honduras's
    (basis `main_country`, at Honduras's first mention), and the package validates."""
    p = package_of(tmp_path, MAIN_TEXT, published="2024-09-12", language="es")
    counts, ev = read(p, "counts"), read(p, "evidence")
    assert counts.loc[counts["value"] == "18", "country"].tolist() == ["HND"]
    rid = counts.loc[counts["value"] == "18", "id"].item()
    got = ev.loc[(ev["id"] == rid) & (ev["field"] == "country"), ["basis", "start", "end"]].values.tolist()
    assert [g[0] for g in got] == ["main_country"]
    assert lines(p) == []


def test_main_country_must_be_the_country_the_text_is_about(tmp_path):
    p = package_of(tmp_path, MAIN_TEXT, published="2024-09-12", language="es")
    set_count(p, "18", country="COL")
    assert_line(p, r"field country: rule grounding: basis main_country needs COL to be the country the text is about")


def test_main_country_holds_only_for_a_figure_of_all_defenders(tmp_path):
    p = package_of(tmp_path, MAIN_TEXT, published="2024-09-12", language="es")
    set_count(p, "18", sector="mining_and_extractives")
    assert_line(p, r"field country: rule grounding: basis main_country holds only for a figure of all defenders")


@pytest.mark.parametrize("text,expected", [
    # hand-checked: first line names it, 3 mentions, twice any other
    ("# language: es\n\nHonduras, lo peor\nHonduras y Honduras. Colombia.", "HND"),
    ("# language: es\n\nHonduras, lo peor\nHonduras y Colombia. Colombia.", None),   # 2 vs 2
    ("# language: es\n\nEl peor país\nHonduras, Honduras y Honduras.", None),        # not in the first line
    ("# language: es\n\nHonduras, lo peor\nHonduras.", None),                        # only twice
])
def test_main_country_oracle(text, expected):
    from mld.lexicon import lexicon
    from mld.scope import main_country
    got = main_country(text, lexicon("es"))
    assert (got[0] if got else None) == expected
    if got:
        assert text[got[1]:got[2]] == "Honduras" and got[1] == text.index("Honduras")
