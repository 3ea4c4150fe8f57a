"""The reconcile report read aloud (issue 13, after the audit): every combination of outcome and a
restricted dimension reads as a sentence in English and Spanish (the outcome said once, each group
qualifying the people); the likely reason of a difference agrees with the order of the download and
the article; a --country the download has no records for is refused in one line; the Spanish
per-year title. Expected sentences are written here by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

import reconcile
from mld import vocab
from mld.charts import per_year
from mld.reconcile import report
from synthetic_records import people, write_current
from test_charts import build_package
from test_reconcile import reports, run

BASE = {"country": "MEX", "period_start": 2012, "period_end": 2024, "outcome": "killed_or_disappeared",
        "indigenous": "all", "gender": "all", "perpetrator": "all", "sector": "all"}

# (outcome, dimension, code) -> (English, Spanish)
WHAT = {
    ("killed_or_disappeared", "perpetrator", "police_or_private_military"): (
        "land and environmental defenders killed or disappeared by police or private military actors in Mexico "
        "between 2012 and 2024",
        "personas defensoras de la tierra y el medio ambiente asesinadas o desaparecidas por la policía o actores "
        "militares privados en México entre 2012 y 2024"),
    ("killed", "perpetrator", "police"): (
        "land and environmental defenders killed by police in Mexico between 2012 and 2024",
        "personas defensoras de la tierra y el medio ambiente asesinadas por la policía en México entre 2012 y 2024"),
    ("disappeared", "perpetrator", "police_or_private_military"): (
        "land and environmental defenders disappeared by police or private military actors in Mexico between 2012 "
        "and 2024",
        "personas defensoras de la tierra y el medio ambiente desaparecidas por la policía o actores militares "
        "privados en México entre 2012 y 2024"),
    ("killed_or_disappeared", "gender", "women"): (
        "women land and environmental defenders killed or disappeared in Mexico between 2012 and 2024",
        "mujeres defensoras de la tierra y el medio ambiente asesinadas o desaparecidas en México entre 2012 y 2024"),
    ("killed", "gender", "women"): (
        "women land and environmental defenders killed in Mexico between 2012 and 2024",
        "mujeres defensoras de la tierra y el medio ambiente asesinadas en México entre 2012 y 2024"),
    ("disappeared", "gender", "men"): (
        "male land and environmental defenders disappeared in Mexico between 2012 and 2024",
        "hombres defensores de la tierra y el medio ambiente desaparecidos en México entre 2012 y 2024"),
    ("killed", "gender", "men"): (
        "male land and environmental defenders killed in Mexico between 2012 and 2024",
        "hombres defensores de la tierra y el medio ambiente asesinados en México entre 2012 y 2024"),
    ("killed_or_disappeared", "sector", "mining_and_extractives"): (
        "land and environmental defenders killed or disappeared in Mexico between 2012 and 2024 in cases linked to "
        "mining and extractive industries",
        "personas defensoras de la tierra y el medio ambiente asesinadas o desaparecidas en México entre 2012 y 2024 "
        "en casos vinculados a la minería e industrias extractivas"),
    ("killed", "sector", "logging"): (
        "land and environmental defenders killed in Mexico between 2012 and 2024 in cases linked to logging",
        "personas defensoras de la tierra y el medio ambiente asesinadas en México entre 2012 y 2024 en casos "
        "vinculados a la tala"),
    ("disappeared", "sector", "mining_and_extractives"): (
        "land and environmental defenders disappeared in Mexico between 2012 and 2024 in cases linked to mining and "
        "extractive industries",
        "personas defensoras de la tierra y el medio ambiente desaparecidas en México entre 2012 y 2024 en casos "
        "vinculados a la minería e industrias extractivas"),
    ("killed_or_disappeared", "indigenous", "yes"): (
        "Indigenous land and environmental defenders killed or disappeared in Mexico between 2012 and 2024",
        "personas defensoras indígenas de la tierra y el medio ambiente asesinadas o desaparecidas en México entre "
        "2012 y 2024"),
    ("killed", "indigenous", "no"): (
        "land and environmental defenders not recorded as Indigenous killed in Mexico between 2012 and 2024",
        "personas defensoras de la tierra y el medio ambiente no registradas como indígenas asesinadas en México "
        "entre 2012 y 2024"),
    ("disappeared", "indigenous", "yes"): (
        "Indigenous land and environmental defenders disappeared in Mexico between 2012 and 2024",
        "personas defensoras indígenas de la tierra y el medio ambiente desaparecidas en México entre 2012 y 2024"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("outcome,dimension,code", list(WHAT))
def test_each_outcome_and_group_reads_as_one_phrase(outcome, dimension, code, lang):
    expected = WHAT[(outcome, dimension, code)][0 if lang == "en" else 1]
    assert report.what({**BASE, "outcome": outcome, dimension: code}, lang) == expected


@pytest.mark.parametrize("row,en,es", [
    ({"outcome": "killed", "indigenous": "yes", "gender": "women", "perpetrator": "hitmen", "sector": "land",
      "period_start": 2024},
     "Indigenous women land and environmental defenders killed by hitmen in Mexico in 2024 in cases linked to land "
     "disputes",
     "mujeres defensoras indígenas de la tierra y el medio ambiente asesinadas por sicarios en México en 2024 en "
     "casos vinculados a conflictos por la tierra"),
    ({"outcome": "disappeared", "indigenous": "no", "gender": "men", "country": "GTM"},
     "male land and environmental defenders not recorded as Indigenous disappeared in Guatemala between 2012 and "
     "2024",
     "hombres defensores de la tierra y el medio ambiente no registrados como indígenas desaparecidos en Guatemala "
     "entre 2012 y 2024"),
])
def test_every_dimension_at_once(row, en, es):
    assert report.what({**BASE, **row}, "en") == en
    assert report.what({**BASE, **row}, "es") == es


def test_chart_labels_and_sentence_phrases_say_the_same():
    """The phrases are the labels' words placed in a sentence: they must not drift apart."""
    for code in vocab.codes("perpetrator")[1:]:
        for lang in ("en", "es"):
            phrase = vocab.code_info("perpetrator", code)["phrase"][lang]["agent"]
            assert vocab.label("perpetrator", code, lang) == f"{vocab.label('outcome', 'killed', lang)} {phrase}"
    for code in vocab.codes("outcome"):
        assert vocab.code_info("outcome", code)["phrase"]["es"]["outcome"]["f"] == vocab.label("outcome", code, "es")
        assert vocab.code_info("outcome", code)["phrase"]["en"]["outcome"] == vocab.label("outcome", code, "en")
    assert vocab.code_info("indigenous", "no")["phrase"]["es"]["post"]["f"] == vocab.label("indigenous", "no", "es")


# ---------------------------------------------------------------- the likely reason and the dates

def _fewer_export(path: Path) -> tuple[Path, int]:
    rows = [p for p in people() if not (p["year"] == "2013" and p["person_characteristics"] == "Small-scale farmer")]
    return write_current(path, extra=False, rows=rows), len(people()) - len(rows)


def _more_export(path: Path) -> Path:
    rows = people()
    extra = [dict(p, id=f"{p['id']}b") for p in rows if p["year"] == "2013"][:3]
    return write_current(path, extra=False, rows=rows + extra)


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    return build_package(tmp_path_factory.mktemp("pkg"))


def test_a_download_older_than_the_article_does_not_blame_removals_since_it(package, tmp_path):
    records, removed = _fewer_export(tmp_path / "export.csv")
    out = tmp_path / "rec"
    assert run(package, records, out, "2025-06-01") == 0  # the article is of 19 September 2025
    text = reports(out)
    assert (f"says at least 222: the database has {removed} fewer. Likely reason: revision. The download is older "
            "than the article, so the difference is not cases removed since the article was written: the article "
            "may count cases Global Witness verified after this download.") in text["en"]
    assert (f"dice al menos 222: la base de datos tiene {removed} menos. Motivo probable: revisión. La descarga es "
            "anterior al artículo, así que la diferencia no se debe a casos retirados después de que se escribiera "
            "el artículo") in text["es"]
    assert "may since have been removed" not in text["en"] and "retirado o recodificado después" not in text["es"]


def test_a_download_newer_than_the_article_names_removals_since_it(package, tmp_path):
    records, removed = _fewer_export(tmp_path / "export.csv")
    out = tmp_path / "rec"
    assert run(package, records, out, "2026-01-15") == 0
    assert (f"the database has {removed} fewer. Likely reason: revision. Global Witness revises its database as it "
            "verifies cases, so cases counted when the article was written may since have been removed or "
            "recoded.") in reports(out)["en"]


def test_more_cases_in_an_older_download_are_not_cases_added_since_the_article(package, tmp_path):
    out = tmp_path / "rec"
    assert run(package, _more_export(tmp_path / "export.csv"), out, "2025-06-01") == 0
    text = reports(out)
    assert ("says at least 222: the database has 3 more. Likely reason: revision. The download is older than the "
            "article, so the difference is not cases added since the article was written") in text["en"]
    assert "la base de datos tiene 3 más. Motivo probable: revisión. La descarga es anterior al artículo" in text["es"]
    assert "have been added" not in text["en"]


@pytest.mark.parametrize("published,on,expected", [
    ("2025-09", dt.date(2025, 9, 10), "the article is dated only to the month, so whether this download is older"),
    ("2025", dt.date(2025, 3, 1), "the article is dated only to the year, so whether this download is older"),
    ("2025-09", dt.date(2025, 8, 31), "The download is older than the article"),
    ("2025-09", dt.date(2025, 9, 30), "may since have been removed or recoded"),
    ("2025-09-19", dt.date(2025, 9, 19), "may since have been removed or recoded"),
])
def test_the_reason_follows_the_order_of_the_two_dates(published, on, expected):
    sources = pd.DataFrame([{"source_id": "a", "publisher": "Test publisher", "published": published}])
    row = {**BASE, "source_id": "a", "count_id": "a-c-1", "reported_value": 222, "qualifier": "at_least",
           "database_value": 220, "difference": -2, "status": "differs", "direction": "fewer", "reason": "revision"}
    assert expected in report.figure_sentences(row, None, sources, on, "en")


# ---------------------------------------------------------------- --country and the per-year chart

def test_a_country_without_records_is_refused_in_one_line(package, tmp_path, capsys):
    records = write_current(tmp_path / "export.csv")
    out = tmp_path / "rec"
    rc = reconcile.main([str(records), "--out", str(out), "--package", str(package),
                         "--downloaded", "2026-01-15", "--country", "COL"])
    err = capsys.readouterr().err
    assert rc == 1 and err.count("\n") == 1
    assert ("export.csv holds no records for COL, so there is no per-year table or chart; it holds records for "
            "GTM, MEX (give one as --country); nothing written") in err
    assert not out.exists()


def test_spanish_per_year_title_reads_in_spanish_order():
    table = pd.DataFrame({"year": [2024], "country": "MEX", "killed_or_disappeared": [19], "killed": [18],
                          "disappeared": [1], "indigenous": 0, "women": 0, "complete": [True]})
    d = per_year.draw(table, "MEX", "export.csv", dt.date(2026, 1, 15), "es")
    assert d.title == ("Casos documentados de personas defensoras de la tierra y el medio ambiente asesinadas o "
                       "desaparecidas en México, por año del hecho")
