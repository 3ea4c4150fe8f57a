"""Reconciliation with record-level exports (synthetic files, no real names)."""

from __future__ import annotations

import pandas as pd
import pytest

import reconcile
import validate
from conftest import ROOT
from synthetic_records import write_2022, write_current


@pytest.fixture
def current(tmp_path):
    return write_current(tmp_path / "export.csv")


def run(records, out, *extra):
    return reconcile.main([str(records), "--out", str(out), "--package", str(ROOT / "datapackage.json"), *extra])


def test_synthetic_file_matches_all_eight(current, tmp_path, capsys):
    out = tmp_path / "rec"
    assert run(current, out, "--downloaded", "2026-01-15") == 0
    recon = pd.read_csv(out / "reconciliation.csv")
    assert len(recon) == 8
    assert recon["status"].tolist() == ["match"] * 8, recon.to_string()
    assert recon["database_value"].tolist() == recon["reported_value"].tolist()
    report = (out / "reconciliation.md").read_text(encoding="utf-8")
    assert "8 match, 0 differ" in report
    # awkward rows are reported, not silently absorbed
    assert "1 duplicated id(s)" in report and "'Atlantis'" in report


def test_records_package_passes_the_same_validator(current, tmp_path):
    out = tmp_path / "rec"
    run(current, out)
    assert validate.validate(out / "datapackage.json").empty


def test_differences_are_findings_not_failures(current, tmp_path):
    df = pd.read_csv(current, dtype=str, keep_default_na=False)
    df.loc[df["involvement_perpetrator_type"] == "Hitmen", "involvement_perpetrator_type"] = "Police"
    df.to_csv(current, index=False)
    out = tmp_path / "rec"
    assert run(current, out) == 0
    recon = pd.read_csv(out / "reconciliation.csv").set_index("count_id")
    row = recon.loc["pbi-canada-2025-09-19-c08"]
    assert row["status"] == "differs" and row["database_value"] > 28 and row["difference"] > 0


def test_per_year_table_and_chart(current, tmp_path):
    out = tmp_path / "rec"
    run(current, out)
    years = pd.read_csv(out / "per_year.csv").set_index("year")
    assert years.loc[2024, "killed"] == 18 and years.loc[2024, "disappeared"] == 1
    assert years.loc[2025, "killed_or_disappeared"] == 1  # outside the period, still shown per year
    assert years["killed_or_disappeared"].sum() == 222 + 2  # 2011 and 2025 rows of Mexico
    for lang in ("en", "es"):
        assert (out / "figures" / lang / "per-year.png").stat().st_size > 0
    svg = (out / "figures" / "en" / "per-year.svg").read_text(encoding="utf-8")
    assert "Documented" in svg


def test_no_personal_fields_in_any_output(tmp_path):
    records = write_current(tmp_path / "export.csv")
    df = pd.read_csv(records, dtype=str, keep_default_na=False)
    df["name"] = [f"Invented Person {i}" for i in range(len(df))]
    df.to_csv(records, index=False)
    out = tmp_path / "rec"
    run(records, out)
    for f in out.rglob("*"):
        if f.is_file() and f.suffix in {".csv", ".md", ".txt", ".json", ".svg"}:
            text = f.read_text(encoding="utf-8")
            assert "Invented Person" not in text and "syn0" not in text, f


def test_2022_format(tmp_path):
    out = tmp_path / "rec"
    assert run(write_2022(tmp_path / "old.csv"), out) == 0
    recon = pd.read_csv(out / "reconciliation.csv").set_index("count_id")
    assert recon.loc["pbi-canada-2025-09-19-c01", "status"] == "not_comparable"  # killed only
    assert recon.loc["pbi-canada-2025-09-19-c03", "status"] == "match"
    assert "2022 format" in (out / "reconciliation.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("content,message", [
    ("id,name,year\n1,,2020\n", "also needs column(s)"),
    ("", "empty"),
])
def test_malformed_input_writes_nothing(tmp_path, capsys, content, message):
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "rec"
    assert run(bad, out) == 1
    assert not out.exists()
    assert message in capsys.readouterr().err


def test_latin1_input_is_refused(tmp_path, capsys):
    bad = write_current(tmp_path / "export.csv")
    bad.write_bytes(bad.read_bytes().replace(b"Mexico", "México".encode("latin-1")))
    assert run(bad, tmp_path / "rec") == 1
    assert "not UTF-8" in capsys.readouterr().err
