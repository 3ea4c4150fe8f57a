"""The extractor: the seed's figures exactly, reproducibly, and the rules behind them."""

from __future__ import annotations

import filecmp
import json
from pathlib import Path

import pandas as pd
import pytest

import derive
import descriptor
import extract
import tables
from conftest import ROOT, build, counts_of, read
from textnum import find_numbers

SEED = sorted((ROOT / "seeds").glob("*.txt"))

# What a careful reader records from the seed (the test's own statement of the truth).
EXPECTED = [
    # country, start, end, outcome, indigenous, perpetrator, sector, value, qualifier, parent value
    ("MEX", 2024, 2024, "killed", "all", "all", "all", 18, "exact", None),
    ("MEX", 2024, 2024, "disappeared", "all", "all", "all", 1, "exact", None),
    ("MEX", 2012, 2024, "killed_or_disappeared", "all", "all", "all", 222, "at_least", None),
    ("MEX", 2012, 2024, "killed_or_disappeared", "yes", "all", "all", 110, "at_least", 222),
    ("MEX", 2012, 2024, "killed_or_disappeared", "yes", "police_or_private_military", "all", 17, "at_least", 110),
    ("MEX", 2012, 2024, "killed_or_disappeared", "yes", "all", "mining_and_extractives", 15, "at_least", 110),
    ("MEX", 2012, 2024, "killed_or_disappeared", "all", "all", "mining_and_extractives", 42, "at_least", 222),
    ("MEX", 2012, 2024, "killed_or_disappeared", "all", "police_or_private_military", "all", 28, "at_least", 222),
]


@pytest.fixture(scope="module")
def seed_extraction() -> extract.Extraction:
    assert len(SEED) == 1
    return extract.extract(extract.read_source(SEED[0]))


def test_seed_gives_exactly_the_eight_counts(seed_extraction):
    by_id = {c["id"]: c for c in seed_extraction.counts}
    got = [(c["country"], c["period_start"], c["period_end"], c["outcome"], c["indigenous"], c["perpetrator"],
            c["sector"], c["value"], c["qualifier"], by_id[c["parent_id"]]["value"] if c["parent_id"] else None)
           for c in seed_extraction.counts]
    assert got == EXPECTED
    assert {c["gender"] for c in seed_extraction.counts} == {"all"}


def test_seed_gives_the_population_share(seed_extraction):
    assert [(s["country"], s["population"], s["share_percent"]) for s in seed_extraction.shares] == \
        [("MEX", "indigenous", 19.0)]


def test_quotes_are_the_seed_at_their_offsets(seed_extraction):
    text = SEED[0].read_text(encoding="utf-8")
    for row in seed_extraction.counts + seed_extraction.shares:
        assert text[row["quote_start"]:row["quote_end"]] == row["quote"]
        assert not row["quote"].startswith(("–", "-"))  # bullets are left out


def test_list_items_carry_their_lead_in(seed_extraction):
    listed = [c for c in seed_extraction.counts if c["period_start"] == 2012]
    assert listed and all("at least:" in c["context_quote"] for c in listed)


def test_looser_wording_is_noted(seed_extraction):
    noted = {c["value"]: c["note"] for c in seed_extraction.counts}
    assert "killed" in noted[110] and "killed_or_disappeared" in noted[110]
    assert noted[222] == ""


def test_numbers_that_are_not_counts():
    text = SEED[0].read_text(encoding="utf-8")
    kinds = {(n.text, n.kind) for n in find_numbers(text, "en")}
    assert ("40", "measure") in kinds and ("13", "measure") in kinds
    assert ("5", "time") in kinds and ("2026", "year") in kinds
    assert ("19", "percent") in kinds


@pytest.mark.parametrize("text,lang,value", [
    ("one disappearance", "en", 1), ("thirteen killings", "en", 13), ("siete asesinatos", "es", 7),
    ("1.910 casos", "es", 1910), ("1,910 cases", "en", 1910), ("one hundred and five people", "en", 105),
])
def test_number_words_and_separators(text, lang, value):
    assert [n.value for n in find_numbers(text, lang) if n.kind == "cardinal"] == [value]


def test_make_data_reproduces_data_byte_for_byte(tmp_path):
    out = tmp_path / "data"
    extract.run(SEED, out)
    counts = pd.read_csv(tables.path(out, "counts"), dtype=str, keep_default_na=False)
    tables.write_all(out, {"derived_counts": derive.derive(counts)})
    for name in tables.COLUMNS:
        assert filecmp.cmp(out / f"{name}.csv", ROOT / "data" / f"{name}.csv", shallow=False), name
    assert json.dumps(descriptor.descriptor(out), indent=2, ensure_ascii=False) + "\n" == \
        (ROOT / "datapackage.json").read_text(encoding="utf-8")


def test_other_article_of_the_same_kind(tmp_path):
    """Not the seed: other figures, other wording; the extractor holds no list of numbers."""
    pkg = build(tmp_path, (
        "In 2023, Global Witness recorded at least 31 killings of land defenders in Colombia.\n"
        "Between 2012 and 2023, 461 defenders were killed or disappeared in Colombia.\n"
        "Of these, the report says:\n"
        "- 96 of the 461 defenders were Indigenous\n"
        "- 12 of the 96 Indigenous defenders were killed by the police or private military actors\n"))
    got = counts_of(pkg)
    assert got[["country", "period_start", "period_end", "outcome", "indigenous", "perpetrator", "value",
                "qualifier"]].values.tolist() == [
        ["COL", "2023", "2023", "killed", "all", "all", "31", "at_least"],
        ["COL", "2012", "2023", "killed_or_disappeared", "all", "all", "461", "exact"],
        ["COL", "2012", "2023", "killed_or_disappeared", "yes", "all", "96", "exact"],
        ["COL", "2012", "2023", "killed_or_disappeared", "yes", "police_or_private_military", "12", "exact"],
    ]
    assert got["parent_id"].tolist() == ["", "", "article-c02", "article-c03"]


@pytest.mark.parametrize("sentence,reason", [
    ("In 2020, 913 journalists were killed in Mexico.", "not defenders"),
    ("Nine of the 18 killings in Mexico in 2024 happened in the border region of Chiapas.", "part of a country"),
    ("In 2024, 18 defenders were killed in Mexico. Of them, 6 were in the capital.", "does not say which part"),
    ("Some 40 defenders were killed in 2024.", "no country"),
])
def test_unresolved_numbers_go_to_review(tmp_path, sentence, reason):
    pkg = build(tmp_path, sentence + "\n")
    review = read(pkg, "review")
    assert review["reason"].str.contains(reason).any(), review.to_dict("records")
    counts = counts_of(pkg)
    assert "913" not in counts["value"].tolist() and "6" not in counts["value"].tolist()
    assert "40" not in counts["value"].tolist()


def test_text_without_figures_gives_empty_tables(tmp_path):
    pkg = build(tmp_path, "Canada and Mexico signed a pact on ports, rail and energy corridors.\n")
    assert counts_of(pkg).empty and read(pkg, "population_shares").empty


def test_extract_cli_refuses_a_binary_file(tmp_path: Path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(SystemExit, match="not UTF-8"):
        extract.main([str(bad), "--out", str(tmp_path / "out")])
    assert not (tmp_path / "out").exists()
