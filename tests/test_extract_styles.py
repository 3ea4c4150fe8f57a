"""The extractor on the styles in which articles report Global Witness figures, in English and
Spanish: the three shared example passages (tests/examples, every expected row found and no
wrong row) and passages of our own, written to break it. Precision first: what cannot be
resolved goes to review, never into the counts."""

from __future__ import annotations

from pathlib import Path

import pytest

import extract
import score_extraction
from conftest import ROOT

EXAMPLES = sorted((ROOT / "tests" / "examples").glob("*.txt"))
KEYS = ["country", "period_start", "period_end", "outcome", "indigenous", "gender", "perpetrator",
        "sector", "value"]


@pytest.mark.parametrize("text", EXAMPLES, ids=lambda p: p.name)
def test_shared_examples_every_row_found_no_wrong_row(text):
    expected, emitted, _ = score_extraction.score_file(text)
    assert expected["matched"].all(), expected[~expected["matched"]].to_string()
    assert emitted["matched"].all(), emitted[~emitted["matched"]].to_string()


def rows(tmp_path: Path, text: str, lang: str = "en") -> tuple[list[tuple], list[str]]:
    f = tmp_path / "passage.txt"
    f.write_text(f"# language: {lang}\n" + text, encoding="utf-8")
    got = extract.extract(extract.read_source(f))
    return ([tuple(str(r[k]) for k in KEYS) for r in got.counts], [r["reason"] for r in got.review])


def row(country, start, end, outcome, value, indigenous="all", gender="all", perpetrator="all", sector="all"):
    return (country, str(start), str(end), outcome, indigenous, gender, perpetrator, sector, str(value))


# Passages written for these tests (own words; the figures are invented unless they echo the seed).
CASES = [
    ("en", "Honduras recorded 18 killings of land defenders in 2023, followed by Brazil with 25 and "
           "Peru with four.",
     [row("HND", 2023, 2023, "killed", 18), row("BRA", 2023, 2023, "killed", 25),
      row("PER", 2023, 2023, "killed", 4)], []),
    ("es", "Durante 2023 fueron asesinadas 30 personas defensoras en Colombia, y Perú y Ecuador "
           "sumaron tres cada uno.",
     [row("COL", 2023, 2023, "killed", 30), row("PER", 2023, 2023, "killed", 3),
      row("ECU", 2023, 2023, "killed", 3)], []),
    ("en", "Across the world, 177 defenders were killed or disappeared in 2022. Of them, 36 were "
           "killed in disputes over mining and 11 over agribusiness.",
     [row("WLD", 2022, 2022, "killed_or_disappeared", 177),
      row("WLD", 2022, 2022, "killed", 36, sector="mining_and_extractives"),
      row("WLD", 2022, 2022, "killed_or_disappeared", 11, sector="agribusiness")], []),
    ("en", "The Colombian toll for 2021 stood at 33 murdered defenders, nine of them Indigenous.",
     [row("COL", 2021, 2021, "killed", 33), row("COL", 2021, 2021, "killed", 9, indigenous="yes")], []),
    ("es", "Entre 2012 y 2021 se documentaron 1.733 asesinatos de personas defensoras a nivel mundial.",
     [row("WLD", 2012, 2021, "killed", 1733)], []),
    # not counts of defenders, or not for the whole country: nothing in the counts
    ("en", "In 2024, police detained 40 protesters in Mexico, and 12 lawyers received threats.", [], None),
    ("en", "A 40-minute film shown at 5:00 p.m. on 3 February 2026 cost $12,000 to make.", [], None),
    ("es", "En 2024, 7 de los asesinatos ocurrieron en el estado de Oaxaca, México.", [], None),
    ("en", "Indigenous people are 19% of the population, and 45% of the victims were Indigenous.", [], None),
]


@pytest.mark.parametrize("lang,text,expected,review", CASES, ids=[c[1][:40] for c in CASES])
def test_own_passages(tmp_path, lang, text, expected, review):
    got, reasons = rows(tmp_path, text, lang)
    assert got == expected
    if review is not None:
        assert reasons == review


def test_seed_output_is_unchanged():
    """The seed's eight counts, byte for byte as committed (a general rule must not move them)."""
    import tempfile

    import tables
    with tempfile.TemporaryDirectory() as d:
        got = extract.run(sorted((ROOT / "seeds").glob("*.txt")), Path(d))
        assert tables.path(Path(d), "counts").read_bytes() == (ROOT / "data" / "counts.csv").read_bytes()
        assert len(got.counts) == 8 and len(got.shares) == 1
