"""The next article: many sources, stable ids, corrections by a person, sources' metadata, and a
data/ that is exactly what the seeds and corrections produce."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from conftest import ROOT, SEED_ID, build, lines, read, write_seed
from mld.build import ids, stage
from mld.build.publish import differences, id_changes

ES_2025 = ("Según el último informe de Global Witness, publicado en septiembre de 2025, en 2024 fueron "
           "asesinados 17 defensores en México. Entre 2012 y 2025, al menos 245 personas defensoras de la tierra "
           "fueron asesinadas o desaparecidas en México.\n")


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
    assert "Run `make data ACCEPT=1` to restore it" in p.stderr
    # the hint is the command that works: a plain rebuild refuses (it would lose the edit), ACCEPT=1 restores
    before = (built / "data" / "counts.csv").read_bytes()
    r = run_build(built)
    assert r.returncode == 1 and f"row {gone} is missing (deleted by hand?)" in r.stderr and "ACCEPT=1" in r.stderr
    assert (built / "data" / "counts.csv").read_bytes() == before
    assert run_build(built, "--accept").returncode == 0
    assert gone in set(read(built, "counts")["id"])
    assert run_build(built, "--check").returncode == 0


def test_a_hand_edit_is_reported_field_by_field(built):
    c = read(built, "counts")
    c.loc[c["value"] == "18", "value"] = "19"
    c.to_csv(built / "data" / "counts.csv", index=False, lineterminator="\n")
    p = run_build(built, "--check")
    assert p.returncode == 1 and "field value is '19', the seeds give '18'" in p.stderr
    assert "make data ACCEPT=1" in p.stderr
    r = run_build(built)
    assert r.returncode == 1 and "not what the last build wrote" in r.stderr and "field value is '19'" in r.stderr
    assert run_build(built, "--accept").returncode == 0 and "18" in set(read(built, "counts")["value"])


def copy_project(dest: Path) -> Path:
    """A fresh clone of the project: everything `make` needs, no build/ stamps."""
    dest.mkdir(parents=True)
    for name in ("Makefile", "vocabulary.json", "metadata.json", "charts.json", "pyproject.toml", "CHANGELOG.md",
                 "requirements.lock", "requirements-dev.lock", "datapackage.json"):
        shutil.copy2(ROOT / name, dest / name)
    for name in ("scripts", "lexicon", "seeds", "data"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def make(root: Path, *targets: str) -> subprocess.CompletedProcess:
    # the project's own .venv is used as it is (RUNTIME= : make must not try to create one)
    return subprocess.run(["make", "--no-print-directory", *targets, "RUNTIME=", f"PY={sys.executable}"],
                          cwd=root, capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_make_validate_reports_a_hand_deleted_row_in_a_fresh_clone_and_after_an_input_changed(tmp_path):
    root = copy_project(tmp_path / "clone")
    c = read(root, "counts")
    gone = c.iloc[2]["id"]
    c.drop(index=2).to_csv(root / "data" / "counts.csv", index=False, lineterminator="\n")
    deleted = (root / "data" / "counts.csv").read_bytes()
    # a fresh clone: no build/ stamps, so make rebuilds first; the rebuild must not restore the row in silence
    p = make(root, "validate")
    assert p.returncode != 0
    assert f"data/counts.csv: row {gone} is missing (deleted by hand?)" in p.stderr
    assert "make data ACCEPT=1" in p.stderr
    assert (root / "data" / "counts.csv").read_bytes() == deleted
    assert make(root, "data").returncode != 0
    p = make(root, "data", "ACCEPT=1")
    assert p.returncode == 0, p.stderr
    assert (root / "data" / "counts.csv").read_bytes() == (ROOT / "data" / "counts.csv").read_bytes()
    assert make(root, "validate").returncode == 0
    # the stamps are current; delete again, then an input changes (make rebuilds before it checks)
    (root / "data" / "counts.csv").write_bytes(deleted)
    later = time.time() + 5
    os.utime(root / "seeds" / "000_a283e6b55accc347.meta.json", (later, later))
    p = make(root, "figures")
    assert p.returncode != 0 and f"row {gone} is missing (deleted by hand?)" in p.stderr
    assert (root / "data" / "counts.csv").read_bytes() == deleted


def test_a_deleted_seed_is_one_line_not_one_per_row(tmp_path):
    root = tmp_path / "pkg"
    shutil.copytree(ROOT / "seeds", root / "seeds")
    write_seed(root, "es-2025", ES_2025, language="es", published="2025-10-01")
    assert run_build(root).returncode == 0
    for p in (root / "seeds").glob("es-2025.*"):
        p.unlink()
    before = (root / "data" / "counts.csv").read_bytes()
    for args in (("--check",), ()):
        p = run_build(root, *args)
        assert p.returncode == 1
        assert "source es-2025: its seed seeds/es-2025.txt is gone; its 2 figure(s) would disappear" in p.stderr
        assert "by hand" not in p.stderr and "es-2025-c-" not in p.stderr, p.stderr
        assert "ACCEPT=1" in p.stderr
    assert (root / "data" / "counts.csv").read_bytes() == before
    assert run_build(root, "--accept").returncode == 0
    assert set(read(root, "counts")["source_id"]) == {SEED_ID}


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


# ----------------------------------------------------------------------------- corrections files (issue 12, audit)

CONSISTENT = ("Global Witness documented 40 killings of land and environmental defenders in Mexico in 2025.\n\n"
              "Between 2012 and 2025, at least 50 land and environmental defenders were killed in Mexico, according to "
              "the report.\n")


def write_seed_as(root: Path, name: str, text: str, source_id: str) -> None:
    """A seed whose file name is not its source_id (as the project's own seed)."""
    write_seed(root, name, text)
    meta = json.loads((root / "seeds" / f"{name}.meta.json").read_text(encoding="utf-8"))
    (root / "seeds" / f"{name}.meta.json").write_text(json.dumps(meta | {"source_id": source_id}), encoding="utf-8")


def test_the_validators_hint_names_the_corrections_file_that_is_read(tmp_path):
    # the seed file is not named after its source_id: the hint must name the file the build reads.
    # One article that contradicts itself lists the later figure for review (the extractor), so the
    # contradiction is made by a reviewer's correction: the 40 of 2025 moved to 2012-2025, beside 50
    root = tmp_path / "pkg"
    write_seed_as(root, "000_x", CONSISTENT, "dup-2026")
    forty = ids.count_id("dup-2026", {"country": "MEX", "period_start": 2025, "period_end": 2025, "outcome": "killed"})
    corrections = root / "seeds" / "000_x.corrections.csv"
    corrections.write_text(CORR_HEADER + f"fix,{forty},period_start,2012,,,,,,,,,,,,the table says since 2012,AB\n",
                           encoding="utf-8")
    p = run_build(root)
    assert p.returncode == 1 and "rule subset" in p.stderr, p.stdout + p.stderr
    assert "drop or fix it in seeds/000_x.corrections.csv" in p.stderr and "dup-2026.corrections.csv" not in p.stderr
    # following the hint works
    corrections.write_text(CORR_HEADER + f"drop,{forty},,,,,,,,,,,,,,the 40 is misread,AB\n", encoding="utf-8")
    assert run_build(root).returncode == 0
    assert read(root, "counts")["value"].tolist() == ["50"]


@pytest.mark.parametrize("seed_name,corrections_name", [
    ("2026-art", "art"),        # the seed was renamed, its corrections file was not
    ("000_x", "art"),           # the file is named after the source_id, not after the seed file
])
def test_a_corrections_file_that_belongs_to_no_seed_stops_the_build(tmp_path, seed_name, corrections_name):
    root = tmp_path / "pkg"
    write_seed_as(root, seed_name, "Global Witness documented 20 killings of land and environmental defenders in "
                                   "Mexico in 2025.\n", "art")
    assert run_build(root).returncode == 0
    before = {p.name: p.read_bytes() for p in (root / "data").iterdir()}
    twenty = read(root, "counts")["id"].item()
    (root / "seeds" / f"{corrections_name}.corrections.csv").write_text(
        CORR_HEADER + f"drop,{twenty},,,,,,,,,,,,,,the 20 is for 2024,AB\n", encoding="utf-8")
    p = run_build(root)
    assert p.returncode == 1
    assert (f"seeds/{corrections_name}.corrections.csv: belongs to no seed" in p.stderr
            and f"it could belong to seeds/{seed_name}.txt (source_id art): rename it "
                f"seeds/{seed_name}.corrections.csv" in p.stderr), p.stderr
    assert {p.name: p.read_bytes() for p in (root / "data").iterdir()} == before


def test_an_add_on_a_number_the_extractor_reads_otherwise_names_both_readings(tmp_path):
    root = tmp_path / "pkg"
    write_seed(root, "art", "Global Witness documented 20 killings of land and environmental defenders in Mexico in "
                            "2025.\n")
    extracted = ids.count_id("art", {"country": "MEX", "period_start": 2025, "period_end": 2025, "outcome": "killed"})
    add = "add,,,,documented 20 killings,20,MEX,2024,2025,killed,,,,,,the report's 20 covers two years,AB\n"
    (root / "seeds" / "art.corrections.csv").write_text(CORR_HEADER + add, encoding="utf-8")
    errors = stage.build(root).errors
    assert len(errors) == 1, errors
    assert errors[0].startswith("seeds/art.corrections.csv: line 2: the number '20' at ")
    assert f"already read by the extractor as {extracted} (MEX 2025 outcome=killed = 20)" in errors[0]
    assert "this line reads it as MEX 2024-2025 outcome=killed = 20" in errors[0] and f"drop {extracted}" in errors[0]
    # the person drops the extracted reading (a line after the add works too): one number, one figure
    (root / "seeds" / "art.corrections.csv").write_text(
        CORR_HEADER + add + f"drop,{extracted},,,,,,,,,,,,,,the 20 is not for 2025 alone,AB\n", encoding="utf-8")
    b = build(root)
    assert [(c["period_start"], c["period_end"], c["obtained"]) for c in b.rows.counts] == [(2024, 2025, "added")]
    assert lines(root) == []


@pytest.fixture
def dropped(tmp_path: Path) -> tuple[Path, str]:
    """A built package whose corrections drop one extracted figure (and keep a fix)."""
    root = tmp_path / "pkg"
    write_seed(root, "art", "Global Witness documented 20 killings of land and environmental defenders in Mexico in "
                            "2025.\n\nIn Colombia, 48 defenders were killed in 2025.\n")
    assert run_build(root).returncode == 0
    counts = read(root, "counts")
    twenty = counts.loc[counts["value"] == "20", "id"].item()
    col = counts.loc[counts["value"] == "48", "id"].item()
    (root / "seeds" / "art.corrections.csv").write_text(CORR_HEADER + "\n".join([
        f"drop,{twenty},,,,,,,,,,,,,,the 20 is for 2024 in the report's annex,AB",
        f"fix,{col},qualifier,at_least,,,,,,,,,,,,the report says at least 48,AB"]) + "\n", encoding="utf-8")
    assert run_build(root, "--accept").returncode == 0  # the drop makes a figure disappear: accepted
    assert twenty not in set(read(root, "counts")["id"])
    return root, twenty


@pytest.mark.parametrize("lose", ["the file", "the line"])
def test_a_figure_that_reappears_because_its_drop_was_lost_needs_accept(dropped, lose):
    root, twenty = dropped
    fix = root / "seeds" / "art.corrections.csv"
    if lose == "the file":
        fix.unlink()
    else:
        fix.write_text(CORR_HEADER + fix.read_text(encoding="utf-8").splitlines()[2] + "\n", encoding="utf-8")
    before = (root / "data" / "counts.csv").read_bytes()
    p = run_build(root)
    assert p.returncode == 1, p.stdout
    assert f"counts: {twenty} reappears (MEX 2025 outcome=killed = 20): its seed is unchanged but " \
           "seeds/art.corrections.csv changed; was it dropped by a line that is gone?" in p.stderr
    assert ("source art: its corrections file seeds/art.corrections.csv is gone" in p.stderr) == (lose == "the file")
    assert f"{twenty} is new" not in p.stdout
    assert (root / "data" / "counts.csv").read_bytes() == before
    assert run_build(root, "--accept").returncode == 0 and twenty in set(read(root, "counts")["id"])


# ----------------------------------------------------------------------------- reviewer evidence (issue 12, audit)

REVIEWED = ("In the region, 20 land and environmental defenders were killed in 2025, the report says; 12 were "
            "Indigenous.\n")


@pytest.fixture
def reviewed(tmp_path: Path) -> Path:
    """A package whose one count rests on the reviewer for its country and sector (an add line)."""
    root = tmp_path / "pkg"
    write_seed(root, "art", REVIEWED)
    (root / "seeds" / "art.corrections.csv").write_text(
        CORR_HEADER + "add,,,,\"In the region, 20 land\",20,COL,2025,2025,killed,,,,logging,,"
                      "the report's table (Colombia; logging),AB\n", encoding="utf-8")
    b = build(root)
    assert [(c["country"], c["sector"], c["obtained"]) for c in b.rows.counts] == [("COL", "logging", "added")]
    ev = read(root, "evidence")
    assert set(ev.loc[ev["basis"] == "reviewer", "field"]) == {"country", "sector"}
    assert lines(root) == []
    return root


@pytest.mark.parametrize("field,value,message", [
    ("country", "PER", "seeds/art.corrections.csv line 2 adds country=COL, but the row has country=PER"),
    ("sector", "land", "seeds/art.corrections.csv line 2 adds sector=logging, but the row has sector=land"),
])
def test_a_row_resting_on_a_reviewer_carries_the_lines_values(reviewed, field, value, message):
    c = read(reviewed, "counts")
    c[field] = value
    c.to_csv(reviewed / "data" / "counts.csv", index=False, lineterminator="\n")
    got = lines(reviewed)
    assert any(f"field {field}: rule grounding: {message}" in line for line in got), got


def test_a_row_resting_on_an_add_line_is_that_lines_number(reviewed):
    # the row is moved, with its evidence, to the other number of the sentence: the number grounds (12 is
    # written there, a count), but the line the row rests on added the 20
    c, ev = read(reviewed, "counts"), read(reviewed, "evidence")
    at = REVIEWED.index("12")
    c["value"] = "12"
    ev.loc[ev["field"] == "value", ["start", "end", "text"]] = [str(at), str(at + 2), "12"]
    c.to_csv(reviewed / "data" / "counts.csv", index=False, lineterminator="\n")
    ev.to_csv(reviewed / "data" / "evidence.csv", index=False, lineterminator="\n")
    assert [line.split(" | ")[0] for line in lines(reviewed)] == [
        f"data/counts.csv: row {c['id'].item()}: field value: rule grounding: seeds/art.corrections.csv line 2 adds "
        f"the number '20', but the row's number is '12' ({at}-{at + 2})"]


def test_a_fix_resting_on_a_reviewer_carries_the_fixed_value(tmp_path):
    root = tmp_path / "pkg"
    write_seed(root, "art", "Global Witness documented 20 killings of land and environmental defenders in Mexico in "
                            "2025.\n")
    twenty = ids.count_id("art", {"country": "MEX", "period_start": 2025, "period_end": 2025, "outcome": "killed"})
    (root / "seeds" / "art.corrections.csv").write_text(
        CORR_HEADER + f"fix,{twenty},sector,agribusiness,,,,,,,,,,,,the report's table,AB\n", encoding="utf-8")
    build(root)
    assert lines(root) == []
    c = read(root, "counts")
    c["sector"] = "logging"
    c.to_csv(root / "data" / "counts.csv", index=False, lineterminator="\n")
    got = lines(root)
    assert any("field sector: rule grounding: seeds/art.corrections.csv line 2 fixes sector=agribusiness, but the row "
               "has sector=logging" in line for line in got), got


# ----------------------------------------------------------------------------- dates (issue 12, audit)

def test_an_impossible_published_date_is_one_metadata_error(tmp_path):
    root = tmp_path / "pkg"
    write_seed(root, "art", "Global Witness documented 18 killings of defenders in Mexico in 2024.\n",
               published="2026-02-30")
    assert stage.build(root).errors == [
        "seeds/art.meta.json (or '# key: value' lines at the top of seeds/art.txt): key published: '2026-02-30' is "
        "not a calendar date: February 2026 has 28 days"]


def test_the_validator_and_the_charts_refuse_an_impossible_date(pkg, capsys):
    import charts
    s = read(pkg, "sources")
    s["published"] = "2026-02-30"
    s.to_csv(pkg / "data" / "sources.csv", index=False, lineterminator="\n")
    assert lines(pkg) == [f"data/sources.csv: row {SEED_ID}: field published: rule date: '2026-02-30' is not a "
                          "calendar date: February 2026 has 28 days"]
    p = subprocess.run([sys.executable, str(ROOT / "scripts" / "validate.py"), str(pkg / "datapackage.json")],
                       capture_output=True, text=True)
    assert p.returncode == 1 and "rule date" in p.stdout
    assert charts.main([str(pkg / "datapackage.json"), "--out", str(pkg / "figures")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "rule date" in err and "nothing drawn" in err


def test_a_copy_cannot_read_corrections_from_another_file(reviewed):
    # one definition of where a seed's corrections are: the validator holds a copy to it too
    shutil.copy2(reviewed / "seeds" / "art.corrections.csv", reviewed / "seeds" / "art-other.corrections.csv")
    s = read(reviewed, "sources")
    s["corrections_path"] = "seeds/art-other.corrections.csv"
    s.to_csv(reviewed / "data" / "sources.csv", index=False, lineterminator="\n")
    assert "data/sources.csv: row art: field corrections_path: rule path: seeds/art-other.corrections.csv is not where " \
           "the build reads this seed's corrections (seeds/art.corrections.csv, named after the seed file)" in lines(reviewed)
