"""The seed's figures, checked against a reading of the article by hand (not against files this
code wrote)."""

from __future__ import annotations

import pytest

from conftest import ROOT, SEED_ID, read
from mld import vocab
from mld.build import ids

# What a careful reader records from the seed (PBI Canada, 2025-09-19):
# country, start, end, outcome, indigenous, perpetrator, sector, value, qualifier, parent value
EXPECTED = {
    ("MEX", 2024, 2024, "killed", "all", "all", "all", 18, "exact", None),
    ("MEX", 2024, 2024, "disappeared", "all", "all", "all", 1, "exact", None),
    ("MEX", 2012, 2024, "killed_or_disappeared", "all", "all", "all", 222, "at_least", None),
    ("MEX", 2012, 2024, "killed_or_disappeared", "yes", "all", "all", 110, "at_least", 222),
    ("MEX", 2012, 2024, "killed_or_disappeared", "yes", "police_or_private_military", "all", 17, "at_least", 110),
    ("MEX", 2012, 2024, "killed_or_disappeared", "yes", "all", "mining_and_extractives", 15, "at_least", 110),
    ("MEX", 2012, 2024, "killed_or_disappeared", "all", "all", "mining_and_extractives", 42, "at_least", 222),
    ("MEX", 2012, 2024, "killed_or_disappeared", "all", "police_or_private_military", "all", 28, "at_least", 222),
}
# Derived by hand: 222 - 110, 42 - 15, 28 - 17, 18 + 1
DERIVED = {("no", "all", "all", 112), ("no", "all", "mining_and_extractives", 27),
           ("no", "police_or_private_military", "all", 11), ("all", "all", "all", 19)}


@pytest.fixture(scope="module")
def counts():
    return read(ROOT, "counts")


def test_the_eight_counts(counts):
    value = dict(zip(counts["id"], counts["value"]))
    got = {(r.country, int(r.period_start), int(r.period_end), r.outcome, r.indigenous, r.perpetrator, r.sector,
            int(r.value), r.qualifier, int(value[r.parent_id]) if r.parent_id else None)
           for r in counts.itertuples()}
    assert got == EXPECTED
    assert set(counts["gender"]) == {"all"} and set(counts["obtained"]) == {"extracted"}


def test_the_derived_figures():
    d = read(ROOT, "derived_counts")
    assert {(r.indigenous, r.perpetrator, r.sector, int(r.value)) for r in d.itertuples()} == DERIVED


def test_the_population_share():
    s = read(ROOT, "population_shares")
    assert [(r.country, r.population, float(r.share_percent), r.number_text) for r in s.itertuples()] == \
        [("MEX", "indigenous", 19.0, "19")]


def test_quotes_are_whole_sentences_of_the_seed(counts):
    text = (ROOT / "seeds" / "000_a283e6b55accc347.txt").read_text(encoding="utf-8")
    for r in counts.itertuples():
        assert text[int(r.quote_start):int(r.quote_end)] == r.quote
        assert not r.quote.startswith(("–", "-"))  # list bullets are left out


def test_every_field_of_every_count_has_evidence_that_reads_as_its_value(counts):
    ev = read(ROOT, "evidence")
    text = (ROOT / "seeds" / "000_a283e6b55accc347.txt").read_text(encoding="utf-8")
    need = {"value", "country", "period_start", "period_end", *vocab.dimensions(), "qualifier"}
    for r in counts.itertuples():
        mine = ev[ev["id"] == r.id]
        assert need <= set(mine["field"]), r.id
        for e in mine[mine["start"] != ""].itertuples():
            assert text[int(e.start):int(e.end)] == e.text
    # hand-checked: the 222's country is the word "Mexico" of its own line; its period comes from
    # the lead-in "... over the 13-year period of 2012 and 2024 at least:"
    c222 = counts[counts["value"] == "222"].iloc[0]
    e = ev[ev["id"] == c222["id"]].set_index("field")
    assert e.loc["country", "text"] == "Mexico" and e.loc["country", "basis"] == "stated"
    assert (e.loc["period_start", "text"], e.loc["period_end", "text"]) == ("2012", "2024")
    assert e.loc["period_start", "basis"] == "context" and e.loc["qualifier", "text"] == "at least"


def test_ids_are_the_hash_of_the_definition(counts):
    """Stable ids: the same figure keeps its id whatever else the article says."""
    for r in counts.to_dict("records"):
        assert r["id"] == ids.count_id(SEED_ID, r)
    by_value = dict(zip(counts["value"], counts["id"]))
    # a hand-written definition string, hashed independently of the package code
    import hashlib
    digest = hashlib.sha1(b"country=MEX|period=2012-2024|indigenous=yes").hexdigest()[:8]
    assert by_value["110"] == f"{SEED_ID}-c-{digest}"


def test_the_seed_numbers_that_are_not_counts_stay_out():
    """40-minute (a measure), 5:00 p.m. (a time), Feb 2026 (a date), 13-year (a measure), 19% (a
    share): none is a count; "two ... human rights defenders will travel" is in review, not a count."""
    review = read(ROOT, "review")
    assert list(review["number"]) == ["two"]
    assert "killed or disappeared" in review.iloc[0]["reason"]
