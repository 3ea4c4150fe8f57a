"""The validator: the committed package passes; every rule has a case that makes it fail,
with a message naming file, row, field, rule (and quote where there is one)."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest
from frictionless import validate as frictionless_validate

import validate
from conftest import ROOT, build, failures, lines, read, write

C = "pbi-canada-2025-09-19-c"


def assert_one(pkg, file, row, field, rule, quote_part=None):
    got = lines(pkg)
    wanted = [line for line in got if line.startswith(f"{file}: row {row}: field {field}: rule {rule}:")]
    assert wanted, "\n".join(got)
    if quote_part:
        assert any(quote_part in line for line in wanted), wanted
    return wanted


def test_committed_package_is_valid():
    assert failures(ROOT).empty
    assert validate.main([str(ROOT / "datapackage.json")]) == 0


def test_frictionless_accepts_the_package():
    report = frictionless_validate(str(ROOT / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_cli_exit_code_and_lines(pkg):
    df = read(pkg, "counts")
    df.loc[df["id"] == f"{C}05", "value"] = "120"
    write(pkg, "counts", df)
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "validate.py"), str(pkg / "datapackage.json")],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert f"data/counts.csv: row {C}05: field value: rule subset:" in proc.stdout
    assert 'quote: "17 of the 110 Indigenous defenders' in proc.stdout


# ---------------------------------------------------------------- consistency, from the text itself

LEAD = "The Global Witness database shows that between 2012 and 2024 at least:\n"


def test_subset_fails_when_the_source_contradicts_itself(tmp_path):
    """Quote, seed, hash and value all agree; the text itself is inconsistent."""
    pkg = build(tmp_path, LEAD + "- 222 defenders were killed or disappeared in Mexico\n"
                "- 230 of the 222 defenders were Indigenous\n")
    assert_one(pkg, "data/counts.csv", "article-c02", "value", "subset", "230 of the 222")


def test_subset_covers_cross_pairs(tmp_path):
    """17 Indigenous killed by police can't exceed 12 of all defenders killed by police."""
    pkg = build(tmp_path, LEAD + "- 222 defenders were killed or disappeared in Mexico\n"
                "- 110 of the 222 defenders were Indigenous\n"
                "- 17 of the 110 Indigenous defenders were killed by the police or private military actors\n"
                "- 12 of the 222 defenders were killed by the police or private military actors\n")
    msg = assert_one(pkg, "data/counts.csv", "article-c03", "value", "subset")
    assert "article-c04 = 12" in msg[0]


def test_subset_covers_periods_and_outcomes(tmp_path):
    pkg = build(tmp_path, "Global Witness documented 30 killings of defenders in Mexico in 2024.\n"
                "Between 2012 and 2024, 25 defenders were killed or disappeared in Mexico.\n")
    assert_one(pkg, "data/counts.csv", "article-c01", "value", "subset")


def test_disjoint_parts_add_up_to_no_more_than_their_total(tmp_path):
    pkg = build(tmp_path, "Global Witness documented 10 killings and nine disappearances of defenders in "
                "Mexico in 2024.\nBetween 2012 and 2024, 15 defenders were killed or disappeared in Mexico.\n")
    got = failures(pkg)
    assert set(got["rule"]) >= {"disjoint_parts"}
    assert "subset" not in set(got[got["file"] == "data/counts.csv"]["rule"])  # each part alone fits
    assert_one(pkg, "data/counts.csv", "article-c03", "value", "disjoint_parts", "15 defenders")


def test_disjoint_periods(tmp_path):
    pkg = build(tmp_path, "Global Witness documented 31 killings of defenders in Mexico in 2022.\n"
                "Global Witness documented 18 killings of defenders in Mexico in 2023.\n"
                "Between 2012 and 2024, at least 40 defenders were killed in Mexico.\n")
    msg = assert_one(pkg, "data/counts.csv", "article-c03", "value", "disjoint_parts")
    assert "2022-2022, 2023-2023" in msg[0]


def test_consistent_text_passes(tmp_path):
    pkg = build(tmp_path, "Global Witness documented 10 killings and five disappearances of defenders in "
                "Mexico in 2024.\nBetween 2012 and 2024, 15 defenders were killed or disappeared in Mexico.\n")
    assert failures(pkg).empty, lines(pkg)


# ---------------------------------------------------------------- edits of the committed package

def test_parent_must_contain_the_row(pkg):
    df = read(pkg, "counts")
    df.loc[df["id"] == f"{C}05", "parent_id"] = f"{C}01"
    write(pkg, "counts", df)
    assert_one(pkg, "data/counts.csv", f"{C}05", "parent_id", "parent", "17 of the 110")


def test_parent_must_exist(pkg):
    df = read(pkg, "counts")
    df.loc[df["id"] == f"{C}05", "parent_id"] = f"{C}99"
    write(pkg, "counts", df)
    assert_one(pkg, "data/counts.csv", f"{C}05", "parent_id", "foreign_key")


def test_quote_must_be_in_the_seed(pkg):
    df = read(pkg, "counts")
    df.loc[df["id"] == f"{C}03", "quote"] = "225 land and environmental defenders were killed"
    write(pkg, "counts", df)
    msg = assert_one(pkg, "data/counts.csv", f"{C}03", "quote", "provenance")
    assert "nowhere in the seed" in msg[0]


def test_value_must_be_in_the_quote(pkg):
    df = read(pkg, "counts")
    df.loc[df["id"] == f"{C}07", "value"] = "41"
    write(pkg, "counts", df)
    assert_one(pkg, "data/counts.csv", f"{C}07", "value", "provenance", "42 of the 222")


def test_seed_edit_breaks_the_hash(pkg):
    seed = next((pkg / "seeds").glob("*.txt"))
    seed.write_bytes(seed.read_bytes().replace(b"222 land", b"232 land"))
    msg = assert_one(pkg, "data/sources.csv", "pbi-canada-2025-09-19", "sha256", "seed_hash")
    assert "edited" in msg[0]


def test_seed_edit_with_updated_hash_still_fails_provenance(pkg):
    seed = next((pkg / "seeds").glob("*.txt"))
    seed.write_bytes(seed.read_bytes().replace(b"222 land", b"232 land"))
    src = read(pkg, "sources")
    src["sha256"] = hashlib.sha256(seed.read_bytes()).hexdigest()
    write(pkg, "sources", src)
    assert_one(pkg, "data/counts.csv", f"{C}03", "quote", "provenance")


def test_period_order(pkg):
    df = read(pkg, "counts")
    df.loc[df["id"] == f"{C}01", "period_start"] = "2025"
    write(pkg, "counts", df)
    assert_one(pkg, "data/counts.csv", f"{C}01", "period_start", "period_order")


def test_share_within_0_100(pkg):
    df = read(pkg, "population_shares")
    df["share_percent"] = "119"
    write(pkg, "population_shares", df)
    assert_one(pkg, "data/population_shares.csv", "pbi-canada-2025-09-19-s01", "share_percent", "maximum")


@pytest.mark.parametrize("column", ["note", "quote", "context_quote"])
def test_formula_injection(pkg, column):
    df = read(pkg, "counts")
    df.loc[df["id"] == f"{C}02", column] = '=HYPERLINK("http://evil.example","click")'
    write(pkg, "counts", df)
    assert_one(pkg, "data/counts.csv", f"{C}02", column, "formula_injection")


@pytest.mark.parametrize("field,value,rule", [
    ("indigenous", "maybe", "enum"),
    ("outcome", "injured", "enum"),
    ("value", "ten", "type"),
    ("value", "-3", "minimum"),
    ("period_end", "24", "minimum"),
    ("country", "XXX", "country_code"),
    ("country", "Mexico", "pattern"),
])
def test_table_schema_rules(pkg, field, value, rule):
    df = read(pkg, "counts")
    df.loc[df["id"] == f"{C}04", field] = value
    write(pkg, "counts", df)
    assert_one(pkg, "data/counts.csv", f"{C}04", field, rule)


def test_duplicate_id(pkg):
    df = read(pkg, "counts")
    df.loc[df["id"] == f"{C}04", "id"] = f"{C}03"
    write(pkg, "counts", df)
    assert_one(pkg, "data/counts.csv", f"{C}03", "id", "primary_key")


def test_derived_formula(pkg):
    df = read(pkg, "derived_counts")
    df.loc[df["id"] == "pbi-canada-2025-09-19-d02", "value"] = "111"
    write(pkg, "derived_counts", df)
    assert_one(pkg, "data/derived_counts.csv", "pbi-canada-2025-09-19-d02", "value", "derived_formula")


@pytest.mark.parametrize("damage,rule", [
    (lambda b: b"\xef\xbb\xbf" + b, "encoding"),
    (lambda b: b.replace(b"\n", b"\r\n"), "line_endings"),
    (lambda b: b.decode("utf-8").replace("Indigenous", "Indígenous").encode("latin-1", errors="replace"),
     "encoding"),
    (lambda b: b"", "empty_file"),
    (lambda b: b.replace(b",note\n", b"\n", 1), "header"),
    (lambda b: b.replace(b",note\n", b",note,extra\n", 1), "header"),
])
def test_file_level_damage(pkg, damage, rule):
    path = pkg / "data" / "counts.csv"
    path.write_bytes(damage(path.read_bytes()))
    got = failures(pkg)
    hit = got[(got["file"] == "data/counts.csv") & (got["rule"] == rule)]
    assert len(hit) == 1, lines(pkg)
    assert validate.format_failure(next(hit.itertuples())).startswith(f"data/counts.csv: file: field -: rule {rule}:")
