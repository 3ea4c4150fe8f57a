"""make dist: the zip carries the package, the charts and a workbook; it is the same bytes on every
run, its file dates are the release date, and `frictionless validate` accepts it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

import dist
from mld import release
from test_charts import build_package


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    return build_package(tmp_path_factory.mktemp("pkg"))


@pytest.fixture(scope="module")
def zipped(package, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist") / "mld.zip"
    assert dist.main([str(out), "--package", str(package)]) == 0
    return out


def test_zip_carries_package_charts_and_workbook(zipped, package):
    names = set(zipfile.ZipFile(zipped).namelist())
    desc = json.loads(package.read_text(encoding="utf-8"))
    assert {"datapackage.json", *(r["path"] for r in desc["resources"])} <= names
    assert dist.WORKBOOK in names and "figures/README.md" in names
    for lang in ("en", "es"):
        for chart in ("composition", "indigenous-share", "units", "years-by-source"):
            assert {f"figures/{lang}/{chart}.png", f"figures/{lang}/{chart}.svg"} <= names
    assert any(n.startswith("seeds/") and n.endswith(".txt") for n in names)


def test_workbook_has_every_table_and_a_readme_of_fields(zipped, package):
    desc = json.loads(package.read_text(encoding="utf-8"))
    wb = load_workbook(io.BytesIO(zipfile.ZipFile(zipped).read(dist.WORKBOOK)))
    assert wb.sheetnames == ["README", *(r["name"] for r in desc["resources"])]
    readme = {(r[0], r[1]): r[4] for r in wb["README"].iter_rows(values_only=True) if r and r[1]}
    for r in desc["resources"]:
        for f in r["schema"]["fields"]:
            assert readme[(r["name"], f["name"])] == f["description"]
    for r in desc["resources"]:
        with (package.parent / r["path"]).open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        sheet = [["" if v is None else str(v) for v in row] for row in wb[r["name"]].iter_rows(values_only=True)]
        assert sheet == rows, r["name"]  # the same cells as the validated CSV, curly quotes included
    counts = wb["counts"]
    header = [c.value for c in counts[1]]
    values = sorted(row[header.index("value")] for row in counts.iter_rows(min_row=2, values_only=True))
    assert values == sorted([18, 1, 222, 110, 17, 15, 42, 28])  # typed as numbers, from the seed
    assert "“Comprehensive Strategic Partnership”" in str(wb["sources"]["B2"].value)


def test_zip_is_the_same_bytes_twice(zipped, package, tmp_path):
    again = tmp_path / "again.zip"
    assert dist.main([str(again), "--package", str(package)]) == 0
    assert again.read_bytes() == zipped.read_bytes()


def test_file_dates_come_from_the_release_date(package, tmp_path, monkeypatch):
    monkeypatch.setattr(release, "date", lambda: dt.date(2030, 1, 2))
    out = tmp_path / "dated.zip"
    assert dist.main([str(out), "--package", str(package)]) == 0
    infos = zipfile.ZipFile(out).infolist()
    assert {i.date_time for i in infos} == {(2030, 1, 2, 0, 0, 0)}
    inner = zipfile.ZipFile(io.BytesIO(zipfile.ZipFile(out).read(dist.WORKBOOK)))
    assert {i.date_time for i in inner.infolist()} == {(2030, 1, 2, 0, 0, 0)}
    assert b"2030-01-02T00:00:00Z" in inner.read("docProps/core.xml")


def test_frictionless_accepts_the_zip(zipped):
    exe = Path(sys.executable).parent / "frictionless"
    r = subprocess.run([str(exe), "validate", str(zipped)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-2000:]


def test_invalid_package_writes_nothing(package, tmp_path, capsys):
    pkg = tmp_path / "pkg"
    shutil.copytree(package.parent, pkg)
    counts = (pkg / "data" / "counts.csv").read_text(encoding="utf-8")
    (pkg / "data" / "counts.csv").write_text(counts.replace(",17,at_least,", ",170,at_least,"), encoding="utf-8")
    out = tmp_path / "never.zip"
    assert dist.main([str(out), "--package", str(pkg / "datapackage.json")]) == 1
    assert not out.exists() and "nothing written" in capsys.readouterr().err
