"""Reconciliation with record-level exports (synthetic files, invented ids, no names): plain
sentences in English and Spanish, the direction and likely reason of each difference, incomplete
years marked, the download date an ISO date, and only totals written."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

import reconcile
from synthetic_records import people, write_2022, write_current
from test_charts import build_package

ENGLISH_222 = ("Global Witness's database, downloaded on 15 January 2026, lists 222 land and environmental defenders "
               "killed or disappeared in Mexico between 2012 and 2024; the article (Peace Brigades International - "
               "Canada, 19 September 2025) says at least 222: the same number.")
SPANISH_222 = ("La base de datos de Global Witness, descargada el 15 de enero de 2026, registra 222 personas defensoras "
               "de la tierra y el medio ambiente asesinadas o desaparecidas en México entre 2012 y 2024; el artículo "
               "(Peace Brigades International - Canada, 19 de septiembre de 2025) dice al menos 222: la misma cifra.")


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    return build_package(tmp_path_factory.mktemp("pkg"))


@pytest.fixture
def current(tmp_path) -> Path:
    return write_current(tmp_path / "export.csv")


def run(package: Path, records: Path, out: Path, downloaded: str = "2026-01-15") -> int:
    return reconcile.main([str(records), "--out", str(out), "--package", str(package), "--downloaded", downloaded])


def reports(out: Path) -> dict[str, str]:
    return {lang: (out / f"report.{lang}.md").read_text(encoding="utf-8") for lang in ("en", "es")}


def test_synthetic_file_matches_all_eight_in_plain_sentences(package, current, tmp_path):
    out = tmp_path / "rec"
    assert run(package, current, out) == 0
    recon = pd.read_csv(out / "reconciliation.csv")
    assert recon["status"].tolist() == ["match"] * 8, recon.to_string()
    text = reports(out)
    assert ENGLISH_222 in text["en"]
    assert SPANISH_222 in text["es"]
    # the seed's 17 are of the 222 killed or disappeared, and so is the database's count
    assert ("lists 17 Indigenous land and environmental defenders killed or disappeared by police or private "
            "military actors in Mexico between 2012 and 2024") in text["en"]
    assert ("registra 15 personas defensoras indígenas de la tierra y el medio ambiente asesinadas o desaparecidas "
            "en México entre 2012 y 2024 en casos vinculados a la minería e industrias extractivas") in text["es"]
    # a single case: no "1 defenders"
    assert "counts land and environmental defenders disappeared in Mexico in 2024: 1;" in text["en"]
    assert " 1 personas " not in text["es"] and " 1 land " not in text["en"]
    # awkward rows are reported, not silently absorbed
    assert "1 duplicated record id(s)" in text["en"] and "'Atlantis'" in text["en"]
    assert "1 identificador(es) de registro duplicado(s)" in text["es"]


def test_reports_speak_without_codes(package, current, tmp_path):
    out = tmp_path / "rec"
    run(package, current, out)
    recon = pd.read_csv(out / "reconciliation.csv", dtype=str)
    codes = {"killed_or_disappeared", "police_or_private_military", "mining_and_extractives", "at_least",
             "not_comparable", "MEX", "WLD", "indigenous=", "sector=", "perpetrator="}
    for lang, text in reports(out).items():
        for code in codes | set(recon["count_id"]):
            assert code not in text, (lang, code)
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", text.replace("per_year.csv", "")), lang


def test_a_lower_database_figure_says_fewer_and_why(package, tmp_path):
    rows = [p for p in people() if not (p["year"] == "2013" and p["person_characteristics"] == "Small-scale farmer")]
    removed = len(people()) - len(rows)
    records = write_current(tmp_path / "export.csv", extra=False, rows=rows)
    out = tmp_path / "rec"
    assert run(package, records, out) == 0
    text = reports(out)
    assert (f"lists {222 - removed} land and environmental defenders killed or disappeared in Mexico between 2012 "
            f"and 2024; the article (Peace Brigades International - Canada, 19 September 2025) says at least 222: "
            f"the database has {removed} fewer. Likely reason: revision.") in text["en"]
    assert f"dice al menos 222: la base de datos tiene {removed} menos. Motivo probable: revisión." in text["es"]
    assert removed > 1


def test_a_restricted_figure_that_differs_names_the_definition(package, tmp_path):
    rows = people()
    for p in rows:
        if p["involvement_perpetrator_type"] == "Hitmen" and p["year"] != "2024":
            p["involvement_perpetrator_type"] = "Police"
            break
    records = write_current(tmp_path / "export.csv", extra=False, rows=rows)
    out = tmp_path / "rec"
    assert run(package, records, out) == 0
    text = reports(out)
    assert ("lists 29 land and environmental defenders killed or disappeared by police or private military actors "
            "in Mexico between 2012 and 2024; the article (Peace Brigades International - Canada, 19 September 2025) says at "
            "least 28: the database has 1 more. Likely reason: definition. The export records one perpetrator "
            "type per victim") in text["en"]
    assert "la base de datos tiene 1 más. Motivo probable: definición." in text["es"]
    recon = pd.read_csv(out / "reconciliation.csv")
    row = recon[recon["perpetrator"] == "police_or_private_military"].query("indigenous == 'all'").iloc[0]
    assert (row["database_value"], row["difference"], row["direction"], row["reason"]) == (29, 1, "more", "definition")


def test_years_not_complete_at_the_download_are_marked(package, current, tmp_path):
    out = tmp_path / "rec"
    run(package, current, out, "2026-01-15")
    years = pd.read_csv(out / "per_year.csv").set_index("year")
    assert years.loc[2024, "killed"] == 18 and years.loc[2024, "disappeared"] == 1
    assert bool(years.loc[2024, "complete"]) and not bool(years.loc[2025, "complete"])
    assert years["killed_or_disappeared"].sum() == 222 + 2  # 2011 and 2025 rows of Mexico
    svg_en = (out / "figures" / "en" / "per-year.svg").read_text(encoding="utf-8")
    svg_es = (out / "figures" / "es" / "per-year.svg").read_text(encoding="utf-8")
    assert "not complete" in svg_en and "Hatched: year not complete on the download date" in svg_en
    assert "incompleto" in svg_es and "descargados el 15 de enero de 2026" in svg_es
    assert "Not complete on the download date: 2025." in reports(out)["en"]
    later = tmp_path / "later"
    run(package, current, later, "2026-10-15")
    assert bool(pd.read_csv(later / "per_year.csv").set_index("year").loc[2025, "complete"])
    assert "Not complete on the download date" not in reports(later)["en"]


@pytest.mark.parametrize("date,why", [
    ("15/01/2026", "is not a date written YYYY-MM-DD"),
    ("2026-02-30", "is not a real date"),
    ("2999-01-01", "is after today"),
    ("2024-06-01", "holds events in 2025, after the download date"),
])
def test_a_bad_download_date_is_refused_in_one_line(package, current, tmp_path, capsys, date, why):
    out = tmp_path / "rec"
    (out / "figures").mkdir(parents=True)
    (out / "old.txt").write_text("earlier run", encoding="utf-8")
    assert run(package, current, out, date) == 1
    err = capsys.readouterr().err
    assert why in err and err.count("\n") == 1 and "nothing written" in err
    assert sorted(p.name for p in out.rglob("*")) == ["figures", "old.txt"]


def test_a_new_run_replaces_the_old_output(package, current, tmp_path):
    out = tmp_path / "rec"
    out.mkdir()
    (out / "old.txt").write_text("earlier run", encoding="utf-8")
    assert run(package, current, out) == 0
    assert not (out / "old.txt").exists() and (out / "report.es.md").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".rec")]


def test_no_personal_fields_in_any_output(package, tmp_path):
    rows = people()
    for i, p in enumerate(rows):
        p["name"] = f"Invented Person {i}"
    records = write_current(tmp_path / "export.csv", rows=rows)
    out = tmp_path / "rec"
    assert run(package, records, out) == 0
    for f in out.rglob("*"):
        if f.is_file() and f.suffix in {".csv", ".md", ".svg"}:
            text = f.read_text(encoding="utf-8")
            assert "Invented Person" not in text and "syn0" not in text, f


def test_2022_format(package, tmp_path):
    out = tmp_path / "rec"
    assert run(package, write_2022(tmp_path / "old.csv"), out) == 0
    recon = pd.read_csv(out / "reconciliation.csv")
    killed = recon[recon["outcome"] == "killed"].iloc[0]
    assert killed["status"] == "not_comparable"
    assert recon[(recon["outcome"] == "killed_or_disappeared") & (recon["reported_value"] == 222)].iloc[0]["status"] == "match"
    text = reports(out)
    assert ("The article (Peace Brigades International - Canada, 19 September 2025) says 18 land and environmental "
            "defenders killed in Mexico in 2024; the download cannot be compared with it: the 2022 export does not "
            "tell killings from disappearances.") in text["en"]
    assert "gives 1 for land and environmental defenders disappeared in Mexico in 2024;" in text["en"]
    assert "la exportación de 2022 no distingue asesinatos de desapariciones" in text["es"]
    assert "formato de exportación de 2022" in text["es"]


@pytest.mark.parametrize("content,message", [
    ("id,name,year\n1,,2020\n", "also needs column(s)"),
    ("", "empty"),
])
def test_malformed_input_writes_nothing(package, tmp_path, capsys, content, message):
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "rec"
    assert run(package, bad, out) == 1
    assert not out.exists()
    assert message in capsys.readouterr().err


def test_latin1_input_is_refused(package, tmp_path, capsys):
    bad = write_current(tmp_path / "export.csv")
    bad.write_bytes(bad.read_bytes().replace(b"Mexico", "México".encode("latin-1")))
    assert run(package, bad, tmp_path / "rec") == 1
    assert "not UTF-8" in capsys.readouterr().err
