"""Docs, make and distribution: the README cannot drift, make is incremental, the zip validates."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile

import pytest
from frictionless import validate as frictionless_validate

import dist
import readme
from conftest import ROOT


def test_readme_generated_parts_are_current():
    assert readme.main(["--check"]) == 0


def test_readme_check_fails_when_it_drifts(tmp_path, monkeypatch):
    copy = tmp_path / "README.md"
    copy.write_text((ROOT / "README.md").read_text(encoding="utf-8").replace("| 222 |", "| 223 |"),
                    encoding="utf-8")
    monkeypatch.setattr(readme, "README", copy)
    assert readme.main(["--check"]) == 1


def test_readme_documents_every_field():
    import json
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    desc = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    for r in desc["resources"]:
        for f in r["schema"]["fields"]:
            assert f"| `{f['name']}` |" in text, (r["name"], f["name"])


def test_dist_zip_validates(tmp_path):
    out = tmp_path / "package.zip"
    assert dist.main([str(out)]) == 0
    names = zipfile.ZipFile(out).namelist()
    assert "datapackage.json" in names and "data/counts.csv" in names
    report = frictionless_validate(str(out))
    assert report.valid


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_figures_twice_does_nothing_the_second_time(tmp_path):
    """In a copy of the tracked files (so the working tree is never touched)."""
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    if not files:
        pytest.skip("not a git checkout")
    for f in files:
        (tmp_path / f).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / f, tmp_path / f)
    os.symlink(ROOT / ".venv", tmp_path / ".venv")
    env = {**os.environ, "MAKEFLAGS": ""}
    first = subprocess.run(["make", "figures"], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    second = subprocess.run(["make", "-q", "figures"], cwd=tmp_path, env=env)
    assert second.returncode == 0  # -q: exit 0 means up to date, nothing to do
    for f in [f for f in files if f.startswith(("data/", "figures/")) or f == "datapackage.json"]:
        assert (tmp_path / f).read_bytes() == (ROOT / f).read_bytes(), f
