"""Evidence belongs to its figure, and derived figures are what the counts give (issue 11, audit
B1): a copy that edits a count together with its evidence.csv row, and rewrites
derived_counts.csv to match the edited counts, is still refused. Each case moves a field and its
evidence to other words of the same seed, as an adversary would; derived rows are regenerated
from the edited counts with the build's own rules, so that only the evidence rules can catch it.
(Before these rules, each of these copies was valid.)"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from conftest import SEED_ID, lines, package_of, read, write
from mld.build.derive import derive

SEED = "seeds/000_a283e6b55accc347.txt"


def regenerate_derived(pkg: Path) -> None:
    """derived_counts.csv as the build would derive it from the (edited) counts."""
    counts = read(pkg, "counts").astype({"value": int, "period_start": int, "period_end": int})
    columns = read(pkg, "derived_counts").columns
    write(pkg, "derived_counts", pd.DataFrame(derive(counts.to_dict("records")), columns=columns).astype(str))


def move(pkg: Path, value: str, field: str, new: str, words: str | None, basis: str, within: str | None = None,
         **more: str) -> str:
    """Set `field` of the count whose value is `value` to `new`, and point its evidence at `words`
    (inside the unique passage `within`) with `basis`; `more`: other cells of the count."""
    text = (pkg / SEED).read_text(encoding="utf-8")
    counts = read(pkg, "counts")
    i = int(counts.index[counts["value"] == value][0])
    rid = str(counts.at[i, "id"])
    for k, v in {field: new, **more}.items():
        counts.at[i, k] = v
    write(pkg, "counts", counts)
    ev = read(pkg, "evidence")
    k = ev.index[(ev["id"] == rid) & (ev["field"] == field)]
    if words is None:
        ev.loc[k, ["basis", "start", "end", "text"]] = [basis, "", "", ""]
    else:
        within = within or words
        assert text.count(within) == 1, within
        at = text.index(within) + within.index(words)
        ev.loc[k, ["basis", "start", "end", "text"]] = [basis, str(at), str(at + len(words)), words]
    if "parent_id" in more and not more["parent_id"]:
        ev = ev[~((ev["id"] == rid) & (ev["field"] == "parent_id"))]
    write(pkg, "evidence", ev)
    regenerate_derived(pkg)
    return rid


def expect(pkg: Path, pattern: str) -> list[str]:
    import re
    got = lines(pkg)
    assert any(re.search(pattern, x) for x in got), f"no line matches {pattern!r}; got:\n" + "\n".join(got)
    return got


# (count, field, new value, words, basis, passage holding the words, other cells) -> the line
MOVES = {
    "18 killings become the 'one' of 'one disappearance'": (
        ("18", "value", "1", "one", "stated", "one disappearance"),
        r"row \S+-c-5514121a: field value: rule grounding: the number at 4884-4887 is also the value of \S+-c-e8d67e0e: "
        r"one number is one figure, unless the text distributes it \('each'\)"),
    "police 28 becomes the 222 of '28 of the 222'": (
        ("28", "value", "222", "222", "stated", "28 of the 222"),
        r"field value: rule grounding: the number at 5526-5529 is the M of an 'N of the M' \(the whole \S+ is part of\)"),
    "42 becomes the 222 of '42 of the 222'": (
        ("42", "value", "222", "222", "stated", "42 of the 222"),
        r"field value: rule grounding: the number at \d+-\d+ is the M of an 'N of the M'"),
    "a count's number is a share's percent": (
        ("110", "value", "19", "19", "stated", "19%"),
        r"field value: rule grounding: the number at 5225-5227 is the percent of share \S+-s-8ffc9744"),
    "a value from an earlier sentence": (
        ("28", "value", "13", "13", "context", "13-year"),
        r"field value: rule grounding: basis context cannot ground value, which rests on stated"),
    "a parent_id stated instead of 'N of the M'": (
        ("28", "parent_id", f"{SEED_ID}-c-ec648856", "222", "stated", "28 of the 222"),
        r"field parent_id: rule grounding: basis stated cannot ground parent_id, which rests on parent"),
    "18 killings moved to Canada by an earlier 'Canada'": (
        ("18", "country", "CAN", "Canada", "context", "led by Canada"),
        r"field country: rule grounding: its own clause names 'Mexico', so country is not CAN from elsewhere"),
    "18 killings moved to 2026 by an earlier 'Feb 2026'": (
        ("18", "period_end", "2026", "2026", "context", "Feb 2026"),
        r"field period_end: rule grounding: its own clause names '2024', so period_end is not 2026 from elsewhere"),
    "18 killings restricted to mining by an earlier 'mining'": (
        ("18", "sector", "mining_and_extractives", "Mining", "context", None),
        r"field sector: rule grounding: basis context at \d+-\d+: a sector comes from an earlier sentence only "
        r"through a list's lead-in, and this is no list item"),
    "a list item's year from outside its lead-in": (
        ("222", "period_end", "2026", "2026", "context", "Feb 2026"),
        r"field period_end: rule grounding: the list's lead-in names '2024' for its items, so basis context at "
        r"4540-4544 is not this item's"),
    "a list item's last year from the year that opens the lead-in's range": (
        ("17", "period_end", "2012", "2012", "context", "of 2012 and"),
        r"field period_end: rule grounding: '2012 and 2024' opens a period at 5055-5059: it is a first year, not "
        r"the end of one"),
    "a list item hedged by a word of the lead-in that is not its hedge": (
        ("17", "qualifier", "more_than", "over", "context", "over the 13-year"),
        r"field qualifier: rule grounding: basis context at 5028-5032: the hedge that qualifies a list's items is the "
        r"one that ends its lead-in \('at least'\)"),
    "'at least' of a list's lead-in dropped": (
        ("222", "qualifier", "exact", None, "unhedged", None),
        r"field qualifier: rule grounding: basis unhedged, but the list's lead-in says 'at least' of its items"),
    "18 killings become killed or disappeared by 'killings and one disappearance'": (
        ("18", "outcome", "killed_or_disappeared", "killings and one disappearance", "stated", None),
        r"field outcome: rule grounding: 'killings and one disappearance' does not name outcome=killed_or_disappeared"),
    "a part of 222 killed or disappeared becomes 'killed'": (
        ("42", "outcome", "killed", "killed", "stated", "222 defenders killed involved"),
        r"field outcome: rule grounding: stated as part of \S+-c-ec648856 \(killed_or_disappeared\), it has the "
        r"outcome of the whole, not killed"),
    "a part's year taken from another figure than its whole": (
        ("17", "period_start", "2024", "2024", "referent", "in Mexico in 2024."),
        r"field period_start: rule grounding: basis referent at 4951-4955: the words are the period_start of "
        r"\S+-c-5514121a, \S+-c-e8d67e0e, not of a figure this one is part of"),
    "a part's group taken from a sibling": (
        ("15", "perpetrator", "police_or_private_military", "police or private military actors", "referent",
         "110 Indigenous defenders were killed by the police or private military actors"),
        r"field perpetrator: rule grounding: basis referent at \d+-\d+: the words are the perpetrator of \S+-c-b5d2297b, "
        r"not of a figure this one is part of"),
    "Indigenous 110 moved to the world, its parent dropped": (
        ("110", "country", "WLD", None, "world_implied", None, {"parent_id": ""}),
        r"row \S+-c-dd13dc32: field parent_id: rule grounding: the text states it as part of another figure "
        r"\(' of the 222'\), so it needs that figure as its parent_id"),
    "mining 42 moved to 2026 by a referent at 'Feb 2026', its parent dropped": (
        ("42", "period_end", "2026", "2026", "referent", "Feb 2026", {"parent_id": ""}),
        r"field period_end: rule grounding: basis referent at 4540-4544: no other count of the source has its "
        r"period_end there"),
}


@pytest.mark.parametrize("name", MOVES)
def test_a_field_moved_with_its_evidence_is_refused(pkg, name):
    args, pattern = MOVES[name]
    more = args[6] if len(args) > 6 else {}
    move(pkg, *args[:6], **more)
    expect(pkg, pattern)


def test_a_count_on_a_number_listed_for_review_is_refused(pkg):
    """A new count quoting the sentence of the review item, its value on the item's number."""
    review = read(pkg, "review").iloc[0]
    counts, ev = read(pkg, "counts"), read(pkg, "evidence")
    new = counts.iloc[0].copy()
    rid = f"{SEED_ID}-c-forged"
    new["id"], new["value"] = rid, "2"
    new["quote"], new["quote_start"], new["quote_end"] = review["quote"], review["quote_start"], review["quote_end"]
    write(pkg, "counts", pd.concat([counts, new.to_frame().T], ignore_index=True))
    forged = ev[ev["id"] == counts.iloc[0]["id"]].copy()
    forged["id"] = rid
    forged.loc[forged["field"] == "value", ["start", "end", "text"]] = [review["number_start"], review["number_end"],
                                                                        review["number"]]
    write(pkg, "evidence", pd.concat([ev, forged], ignore_index=True))
    regenerate_derived(pkg)
    expect(pkg, rf"row {rid}: field value: rule grounding: the number at 5605-5608 is listed for review "
                rf"\({review['id']}\), not read as a count")


def test_two_counts_exchanging_their_numbers_and_words_is_refused(pkg):
    """18 killings and 1 disappearance become 1 killing and 18 disappearances: each number keeps
    its evidence, the outcome words stay where they are, the derived sum stays 19."""
    counts, ev = read(pkg, "counts"), read(pkg, "evidence")
    a, b = (int(counts.index[counts["value"] == v][0]) for v in ("18", "1"))
    counts.loc[[a, b], "value"] = ["1", "18"]
    write(pkg, "counts", counts)
    ka, kb = (int(ev.index[(ev["id"] == counts.at[i, "id"]) & (ev["field"] == "value")][0]) for i in (a, b))
    cols = ["start", "end", "text"]
    ev.loc[ka, cols], ev.loc[kb, cols] = ev.loc[kb, cols].to_numpy(), ev.loc[ka, cols].to_numpy()
    write(pkg, "evidence", ev)
    regenerate_derived(pkg)
    expect(pkg, rf"row {counts.at[a, 'id']}: field outcome: rule grounding: the words at 4871-4879 follow the number of "
                rf"{counts.at[b, 'id']}, whose outcome they are not")


# ----------------------------------------------------------------------------- derived rows

def test_a_derived_row_the_counts_give_is_required(pkg):
    d = read(pkg, "derived_counts")
    gone = d[d["value"] == "112"].iloc[0]
    write(pkg, "derived_counts", d[d["value"] != "112"])
    assert lines(pkg) == [
        f"data/derived_counts.csv: row {gone['id']}: field id: rule derived: the counts give this derived figure "
        f"(complement: {gone['formula']} = 112, MEX 2012-2024, indigenous=no), and the file has no such row; "
        "derived_counts.csv is generated: rebuild it with `make data`"]


def test_a_derived_row_the_counts_do_not_give_is_refused(pkg):
    d = read(pkg, "derived_counts")
    extra = d[d["value"] == "112"].copy()
    extra["id"] = f"{SEED_ID}-d-00000000"
    write(pkg, "derived_counts", pd.concat([d, extra], ignore_index=True))
    expect(pkg, rf"row {SEED_ID}-d-00000000: field id: rule derived: the counts give no such derived figure")


def test_an_edited_count_and_its_regenerated_derived_rows_are_still_refused(pkg):
    """18 killings become 1 everywhere: counts, evidence, derived 19 -> 2. The derived rows agree,
    and the count's number is still the number of another count."""
    move(pkg, "18", "value", "1", "one", "stated", "one disappearance")
    assert "2" in read(pkg, "derived_counts")["value"].tolist()
    expect(pkg, r"field value: rule grounding: the number at 4884-4887 is also the value of")


# ----------------------------------------------------------------------------- what real text does

@pytest.mark.parametrize("text", [
    "Global Witness documented killings of defenders in 2024: Honduras and Mexico each recorded one disappearance.",
    "In 2024, Colombia recorded 48 killings of land defenders. Of the 48, 12 were Indigenous.",
    "Global Witness documented 18 killings and one disappearance of land defenders in Mexico in 2024.",
    # a range in the figure's own clause, read past a number of another kind ("35 countries")
    "Global Witness found that at least 908 people in 35 countries lost their lives defending land and the "
    "environment between 2002 and 2013; the worst year was 2012, with 147 killings.",
    # the seat of the organisation in the clause of a worldwide figure names no place of the figure
    "The UK human rights organisation Global Witness puts the death toll at at least 227 in 2020. By far the "
    "most environmentalists died in Colombia: 65.",
    # the place before a share is the share's, not the place of the whole the share is of
    "Nearly 200 defenders were murdered in 2023, Global Witness said. Latin America accounted for 85 percent "
    "of the 196 murders documented in 2023, and Colombia had 79.",
    # a table's lines: the country that opens a line is not the figure's that ends the line before
    "Colombia deadliest again as record 227 defenders killed in 2020\n\nAT A GLANCE\nKilled worldwide in 2020: 227\n"
    "Colombia: 65 | Mexico: 30 | Philippines: 29\nKillings linked to logging: 23",
])
def test_text_the_extractor_reads_gives_evidence_that_belongs(tmp_path, text):
    """One number for two figures under 'each'; 'N of the M' with its parent; two figures of one
    sentence; a range the figure's clause states, shared past another number; a worldwide figure
    whose clause names the organisation's seat: valid."""
    p = package_of(tmp_path, text)
    assert len(read(p, "counts")) >= 2
    assert lines(p) == []


BREAKDOWN = ("Global Witness documented 19 defenders killed or disappeared in Mexico in 2024. Of the 19, 18 were killed "
             "and one disappeared.")


def test_a_scene_outcome_holding_a_split_before_it_is_valid(tmp_path):
    """A caption line sets killed or disappeared; the sentence after it splits Mexico's figure into killings and
    disappearances; a later figure with no outcome word of its own keeps the caption's outcome, which holds both
    parts (the validator refused it before: the sentence with figures before it named only the parts)."""
    p = package_of(tmp_path, "SUPER: 24 DEFENSORES ASESINADOS O DESAPARECIDOS EN MÉXICO EN 2024\n\nVOZ EN OFF: En México "
                             "fueron 21 asesinatos y tres desapariciones. Sólo Colombia registró más casos. En Asia, "
                             "Filipinas encabeza la lista con nueve.", language="es", published="2025-09-20")
    counts = read(p, "counts").set_index("value")
    assert counts.loc["9", "outcome"] == "killed_or_disappeared" and counts.loc["9", "country"] == "PHL"
    assert lines(p) == []


def test_a_breakdown_by_outcome_gives_its_parts_their_own_outcomes(tmp_path):
    """"Of the 19, 18 were killed and one disappeared": parts of the 19, each with the outcome its own words
    name, which add up to it exactly (hand-checked: 18 + 1 = 19); valid."""
    p = package_of(tmp_path, BREAKDOWN)
    counts = read(p, "counts").set_index("value")
    assert counts.loc["18", "outcome"] == "killed" and counts.loc["1", "outcome"] == "disappeared"
    assert counts.loc["18", "parent_id"] == counts.loc["1", "parent_id"] == counts.loc["19", "id"]
    assert lines(p) == []


@pytest.mark.parametrize("edit", ["one outcome for both parts", "parts that do not add up"])
def test_parts_of_other_outcomes_than_their_whole_need_a_breakdown_that_adds_up(tmp_path, edit):
    """The exception is the breakdown alone: two parts of one outcome, or parts whose values do not add up to
    the whole, keep the rule that a part has its whole's outcome."""
    p = package_of(tmp_path, BREAKDOWN)
    counts = read(p, "counts")
    if edit == "one outcome for both parts":
        counts.loc[counts["value"] == "1", "outcome"] = "killed"
    else:
        counts.loc[counts["value"] == "19", "value"] = "20"
    write(p, "counts", counts)
    assert any("it has the outcome of the whole, not killed" in line for line in lines(p)), lines(p)


@pytest.mark.parametrize("field,clause,lang,years", [
    ("period_start", "Between 2012 and 2025 Mexico accounted for 247", "en", ["2012"]),
    ("period_end", "Between 2012 and 2025 Mexico accounted for 247", "en", ["2025"]),
    ("period_start", "entre 2012 y 2025 México sumó 247", "es", ["2012"]),
    ("period_end", "from 2012 to 2025 there were 247", "en", ["2025"]),
    # (years that are no span name both ends: a change's two years)
    ("period_end", "In 2025 Mexico recorded 25, up from 19 in 2024", "en", ["2025", "2024"]),
    ("period_start", "In 2025 Mexico recorded 25, up from 19 in 2024", "en", ["2025", "2024"]),
])
def test_a_span_in_a_clause_names_its_first_year_as_start_and_its_last_as_end(field, clause, lang, years):
    """Hand-read: the clause rule (a field taken from elsewhere must not contradict the figure's own clause) reads
    a span's first year as a start only and its last year as an end only, so that "Between 2012 and 2025 Mexico
    accounted for 247 of the 2,414" does not contradict the 2012 the part takes from its whole."""
    from mld.clauses import mentions
    assert [code for _, _, code in mentions(field, clause, lang)] == years


@pytest.mark.parametrize("text,words,one", [
    ("killed or forcibly disappeared", ["killed", "forcibly disappeared"], True),
    ("murdered (13) or disappeared", ["murdered", "disappeared"], True),
    ("106 murders and disappearances", ["murders", "disappearances"], True),
    ("18 killings and one disappearance", ["killings", "disappearance"], False),
    ("21 killings and two disappearances", ["killings", "disappearances"], False),
])
def test_outcome_words_name_one_outcome_only_when_joined_as_one(text, words, one):
    """Hand-read: joined by "or", or by "and" with no number between them (mld.clauses.joined_as_one, read by the
    validator for outcome words and by the extractor for the group a pronoun refers to)."""
    from mld.clauses import joined_as_one
    from mld.lexicon import lexicon
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    assert joined_as_one(text, spans, lexicon("en")) is one
