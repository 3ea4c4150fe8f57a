"""The next article: many sources, stable ids, corrections by a person, sources' metadata, and a
data/ that is exactly what the seeds and corrections produce."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from conftest import ROOT, SEED_ID, build, lines, read, write_seed
from mld.build import ids, stage
from mld.build.publish import differences, id_changes

ES_2025 = ("Según el último informe de Global Witness, publicado en septiembre de 2025, en 2024 fueron "
           "asesinados 17 defensores en México. Entre 2012 y 2025, al menos 245 personas defensoras de la tierra "
           "fueron asesinadas o desaparecidas en México.\n")
EN_COLOMBIA = ("Colombia remained the deadliest country: Global Witness recorded 48 killings of defenders there in "
               "2024. Between 2012 and 2024, 461 defenders were killed in Colombia, 120 of them Indigenous.\n")


@pytest.fixture
def two(tmp_path: Path) -> Path:
    """The package's seed plus a Spanish 2025 article about Mexico."""
    root = tmp_path / "pkg"
    shutil.copytree(ROOT / "seeds", root / "seeds")
    write_seed(root, "es-2025", ES_2025, language="es", published="2025-10-01")
    build(root)
    return root


def test_a_second_article_keeps_the_seed_ids_and_validates(two):
    assert lines(two) == []
    counts = read(two, "counts")
    seed = counts[counts["source_id"] == SEED_ID]
    assert set(seed["id"]) == set(read(ROOT, "counts")["id"])
    es = counts[counts["source_id"] == "es-2025"]
    assert {(r.country, r.period_start, r.period_end, r.value) for r in es.itertuples()} == \
        {("MEX", "2024", "2024", "17"), ("MEX", "2012", "2025", "245")}


def test_different_values_between_sources_are_revisions_not_failures(two):
    rev = read(two, "revisions")
    assert len(rev) == 1
    r = rev.iloc[0]
    # the seed says 18 killed in Mexico in 2024; the 2025 article, published later, says 17
    assert (r.country, r.period_start, r.outcome, r.earlier_source, r.earlier_value, r.later_source,
            r.later_value, r.difference, r.direction) == \
        ("MEX", "2024", "killed", SEED_ID, "18", "es-2025", "17", "-1", "down")


def test_removing_a_sentence_keeps_the_other_ids(tmp_path):
    text = (ROOT / "seeds" / "000_a283e6b55accc347.txt").read_text(encoding="utf-8")
    root = tmp_path / "pkg"
    shutil.copytree(ROOT / "seeds", root / "seeds")
    cut = text.replace("This week, Global Witness documented 18 killings and one disappearance of land and "
                       "environmental defenders in Mexico in 2024.\n", "")
    assert cut != text
    (root / "seeds" / "000_a283e6b55accc347.txt").write_text(cut, encoding="utf-8")
    build(root)
    before, after = read(ROOT, "counts"), read(root, "counts")
    kept = before[before["period_start"] == "2012"]
    assert set(kept["id"]) == set(after["id"]) and len(after) == 6
    serious, _ = id_changes(ROOT / "data", root / "data")
    assert len([s for s in serious if s.startswith("counts:") and "disappears" in s]) == 2


def test_the_ids_say_what_changed_meaning(tmp_path):
    root = tmp_path / "pkg"
    shutil.copytree(ROOT / "seeds", root / "seeds")
    p = root / "seeds" / "000_a283e6b55accc347.txt"
    p.write_text(p.read_text(encoding="utf-8").replace("– 42 of the 222", "– 43 of the 222"), encoding="utf-8")
    build(root)
    serious, _ = id_changes(ROOT / "data", root / "data")
    assert any("changes meaning: value 42 -> 43" in s for s in serious)


# ----------------------------------------------------------------------------- corrections

CORR_HEADER = "action,target,field,value,quote,number,country,period_start,period_end,outcome,indigenous,gender,perpetrator,sector,qualifier,reason,reviewer\n"


def test_corrections_add_drop_and_fix_one_figure_each(tmp_path):
    root = tmp_path / "pkg"
    text = ("Global Witness documented 18 killings of defenders in Mexico in 2024. In Colombia, 48 defenders were "
            "killed in 2024. Brazil counted 12 murders, a figure the report attributes to 2024.\n\n"
            "Of the cases in Oaxaca, nine were Indigenous defenders killed in 2024.\n")
    write_seed(root, "art", text)
    first = stage.build(root)
    counts = {c["value"]: c for c in first.rows.counts}
    assert set(counts) == {18, 48, 12}
    nine = next(r for r in first.rows.review if r["number"] == "nine")
    (root / "seeds" / "art.corrections.csv").write_text(CORR_HEADER + "\n".join([
        f"drop,{counts[12]['id']},,,,,,,,,,,,,,the report's 12 is for Brazil in another year,AB",
        f"fix,{counts[48]['id']},qualifier,at_least,,,,,,,,,,,,the report says at least 48 in its table,AB",
        "add,,,,\"Of the cases in Oaxaca, nine were Indigenous\",nine,MEX,2024,2024,killed,yes,,,,,"
        "the 9 are Mexico's Indigenous victims in the report's annex,CD",
    ]) + "\n", encoding="utf-8")
    b = build(root)
    assert lines(root) == []
    got = {(r["value"], r["qualifier"], r["obtained"], r["indigenous"]) for r in b.rows.counts}
    assert got == {(18, "exact", "extracted", "all"), (48, "at_least", "corrected", "all"), (9, "exact", "added", "yes")}
    # the review item the added figure resolves leaves review.csv
    assert nine["id"] not in {r["id"] for r in b.rows.review}
    ev = read(root, "evidence")
    added = next(r for r in b.rows.counts if r["obtained"] == "added")
    bases = dict(zip(ev[ev["id"] == added["id"]]["field"], ev[ev["id"] == added["id"]]["basis"]))
    # the country is named before ("Mexico"), the group in the sentence, the qualifier of a fix rests on the reviewer
    assert bases["country"] == "context" and bases["indigenous"] == "stated" and bases["value"] == "stated"
    fixed = next(r for r in b.rows.counts if r["obtained"] == "corrected")
    assert ev[(ev["id"] == fixed["id"]) & (ev["field"] == "qualifier")]["basis"].tolist() == ["reviewer"]


def test_a_correction_that_no_longer_applies_is_reported(tmp_path):
    root = tmp_path / "pkg"
    write_seed(root, "art", "Global Witness documented 18 killings of defenders in Mexico in 2024.\n")
    (root / "seeds" / "art.corrections.csv").write_text(
        CORR_HEADER + "drop,art-c-00000000,,,,,,,,,,,,,,no longer there,AB\n", encoding="utf-8")
    b = stage.build(root)
    assert b.errors == ["seeds/art.corrections.csv: line 2: field target: 'art-c-00000000' is no longer a count or "
                        "a review item of this source (the seed or the extractor changed); check the line and update "
                        "or remove it"]


def test_a_correction_the_extractor_caught_up_with_is_reported(tmp_path):
    root = tmp_path / "pkg"
    write_seed(root, "art", "Global Witness documented 18 killings of defenders in Mexico in 2024.\n")
    (root / "seeds" / "art.corrections.csv").write_text(
        CORR_HEADER + "add,,,,documented 18 killings,18,MEX,2024,2024,killed,,,,,,missed,AB\n", encoding="utf-8")
    b = stage.build(root)
    assert not b.errors and len(b.rows.counts) == 1
    assert "the extractor now finds this figure" in b.notices[0]


@pytest.mark.parametrize("line,message", [
    ("remove,x,,,,,,,,,,,,,,why,AB", "field action: 'remove' is not one of add, drop, fix"),
    ("drop,x,,,,,,,,,,,,,,,", "every correction needs a reason and the reviewer's name or initials"),
    ("add,,,,no such words,7,MEX,2024,2024,killed,,,,,,why,AB", "field quote: the quote occurs 0 times in the seed"),
    ("add,,,,documented 18 killings,18,XXX,2024,2024,killed,,,,,,why,AB", "field country: 'XXX' is not an ISO"),
    ("add,,,,documented 18 killings,18,MEX,2024,2024,murdered,,,,,,why,AB", "field outcome: 'murdered' is not one of"),
    ("drop,x,,,,,,,,,,,,,,why,AB,extra", "cells for 17 columns (a stray comma?)"),
])
def test_a_bad_correction_line_is_one_clear_message(tmp_path, line, message):
    root = tmp_path / "pkg"
    write_seed(root, "art", "Global Witness documented 18 killings of defenders in Mexico in 2024.\n")
    (root / "seeds" / "art.corrections.csv").write_text(CORR_HEADER + line + "\n", encoding="utf-8")
    errors = stage.build(root).errors
    assert len(errors) == 1 and errors[0].startswith("seeds/art.corrections.csv: line 2") and message in errors[0], errors


# ----------------------------------------------------------------------------- sources' metadata

@pytest.mark.parametrize("key,value,message", [
    ("published", "", "key published: missing"),
    ("published", "19/09/2025", "key published: '19/09/2025' is not its date, YYYY-MM-DD"),
    ("publisher", "", "key publisher: missing"),
    ("url", "pbicanada.org/x", "key url: 'pbicanada.org/x' is not its address"),
    ("language", "fr", "key language: 'fr' must be one of en, es"),
])
def test_required_metadata_is_checked_with_a_clear_message(tmp_path, key, value, message):
    root = tmp_path / "pkg"
    write_seed(root, "art", "Global Witness documented 18 killings of defenders in Mexico in 2024.\n", **{key: value})
    errors = stage.build(root).errors
    assert len(errors) == 1 and message in errors[0] and "seeds/art.meta.json" in errors[0], errors


# ----------------------------------------------------------------------------- data/ is what the seeds produce

def run_build(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "build_data.py"), "--root", str(root), *args],
                          capture_output=True, text=True, cwd=ROOT)


@pytest.fixture
def built(tmp_path: Path) -> Path:
    root = tmp_path / "pkg"
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copy2(ROOT / "datapackage.json", root / "datapackage.json")
    shutil.copytree(ROOT / "data", root / "data")
    return root


def test_a_hand_deleted_row_is_reported_with_how_to_restore_it(built):
    c = read(built, "counts")
    gone = c.iloc[2]["id"]
    c.drop(index=2).to_csv(built / "data" / "counts.csv", index=False, lineterminator="\n")
    d = read(built, "derived_counts")
    d[~d["input_ids"].str.contains(gone)].to_csv(built / "data" / "derived_counts.csv", index=False, lineterminator="\n")
    p = run_build(built, "--check")
    assert p.returncode == 1
    assert f"data/counts.csv: row {gone} is missing (deleted by hand?)" in p.stderr
    assert "Run `make data` to restore it" in p.stderr
    assert run_build(built).returncode == 0  # make data restores it
    assert run_build(built, "--check").returncode == 0


def test_a_hand_edit_is_reported_field_by_field(built):
    c = read(built, "counts")
    c.loc[c["value"] == "18", "value"] = "19"
    c.to_csv(built / "data" / "counts.csv", index=False, lineterminator="\n")
    p = run_build(built, "--check")
    assert p.returncode == 1 and "field value is '19', the seeds give '18'" in p.stderr


def test_a_figure_that_would_disappear_needs_accept(built):
    p = built / "seeds" / "000_a283e6b55accc347.txt"
    p.write_text(p.read_text(encoding="utf-8").replace("– 42 of the 222 defenders killed involved mining and extractives\n", ""),
                 encoding="utf-8")
    before = (built / "data" / "counts.csv").read_bytes()
    r = run_build(built)
    assert r.returncode == 1 and "disappears" in r.stderr and "ACCEPT=1" in r.stderr
    assert (built / "data" / "counts.csv").read_bytes() == before
    r = run_build(built, "--accept")
    assert r.returncode == 0 and len(read(built, "counts")) == 7


def test_a_problem_in_seeds_writes_nothing(built):
    (built / "seeds" / "000_a283e6b55accc347.meta.json").write_text(json.dumps({"source_id": SEED_ID}), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in (built / "data").iterdir()}
    r = run_build(built)
    assert r.returncode == 1 and "key title: missing" in r.stderr and "data/ left as it was" in r.stderr
    assert {p.name: p.read_bytes() for p in (built / "data").iterdir()} == before


def test_differences_is_empty_for_the_committed_package(tmp_path):
    b = stage.build(ROOT)
    stage.write(b, tmp_path, ROOT)
    assert differences(ROOT / "data", tmp_path / "data") == []
    assert pd.read_csv(tmp_path / "data" / "counts.csv")["id"].tolist() == \
        [ids.count_id(SEED_ID, r) for r in read(ROOT, "counts").to_dict("records")]
