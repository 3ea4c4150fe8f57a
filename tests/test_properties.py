"""Property-based tests (hypothesis): every way of breaking the package that a rule forbids is
rejected, with a line naming file, row, field and rule; packages extracted from consistent
texts always pass; texts that contradict themselves always fail.

The mutations are generated from the Table Schema in datapackage.json (types, enums, minimums,
patterns, keys), so a field added to the descriptor is covered without editing this file.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import validate
from conftest import PACKAGE_FILES, ROOT, build, read, write

SETTINGS = settings(max_examples=20, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
DESCRIPTOR = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
RESOURCES = {r["name"]: r for r in DESCRIPTOR["resources"] if "schema" in r}
# tables with at least one row in the committed package
TABLES = [name for name in RESOURCES if len(read(ROOT, name))]
FORMULA_PATTERN = "[^=+"


@contextmanager
def package_copy() -> Iterator[Path]:
    """A fresh copy per example (pytest's tmp_path is shared by all examples of one test)."""
    with tempfile.TemporaryDirectory() as d:
        for name in PACKAGE_FILES:
            src, dst = ROOT / name, Path(d) / name
            if src.is_dir():
                shutil.copytree(src, dst)
            else:
                shutil.copy2(src, dst)
        yield Path(d)


def failure_lines(pkg: Path) -> tuple[pd.DataFrame, list[str]]:
    got = validate.validate(pkg / "datapackage.json")
    return got, [validate.format_failure(r) for r in got.itertuples()]


def assert_named(pkg: Path, file: str, rows: set[str], field: str, rules: set[str]) -> None:
    got, text = failure_lines(pkg)
    hit = got[(got["file"] == file) & got["row"].isin(rows) & (got["field"] == field) & got["rule"].isin(rules)]
    assert len(hit), f"expected {file} row {rows} field {field} rule {rules}; got:\n" + "\n".join(text)
    line = validate.format_failure(next(hit.itertuples()))
    assert re.match(rf"{re.escape(file)}: row .+: field {re.escape(field)}: rule \w+: .+", line), line


def row_label(resource: dict, df: pd.DataFrame, i: int) -> str:
    key = resource["schema"].get("primaryKey", [resource["schema"]["fields"][0]["name"]])[0]
    return str(df.at[i, key])


# ------------------------------------------------------------------ mutations from the Table Schema

def breakers(f: dict) -> list[tuple[st.SearchStrategy[str], set[str]]]:
    """Strategies for cell values that the field's own definition forbids, with the rules that
    must name them."""
    c = f.get("constraints", {})
    out: list[tuple[st.SearchStrategy[str], set[str]]] = []
    if "enum" in c:
        out.append((st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12)
                    .filter(lambda v: v not in c["enum"]), {"enum"}))
    if f["type"] in ("integer", "number"):
        out.append((st.sampled_from(["ten", "1,5", "12a", "x"]), {"type"}))
        if f["type"] == "integer":
            out.append((st.sampled_from(["1.5", "2.25"]), {"type"}))
    if "minimum" in c:
        out.append((st.integers(1, 10_000).map(lambda k: str(c["minimum"] - k)), {"minimum"}))
    if "maximum" in c:
        out.append((st.integers(1, 10_000).map(lambda k: str(c["maximum"] + k)), {"maximum"}))
    if c.get("required"):
        out.append((st.just(""), {"required", "not_nullable"}))
    pattern = c.get("pattern", "")
    if pattern.startswith("^[A-Za-z0-9]"):  # identifiers
        out.append((st.sampled_from(["has space", "semi;colon", "ü-umlaut", "_leading"]), {"pattern", "foreign_key"}))
    if pattern.startswith("^[^=+") or f["type"] == "string" and "enum" not in c and f["name"] != "sha256":
        # spreadsheet formula injection, whatever the descriptor says
        out.append((st.tuples(st.sampled_from("=+-@"), st.text(min_size=0, max_size=20))
                    .map(lambda t: t[0] + t[1].replace("\r", "")), {"formula_injection"}))
    return out


MUTATIONS = [(table, f, strategy, rules)
             for table in TABLES
             for f in RESOURCES[table]["schema"]["fields"]
             for strategy, rules in breakers(f)]


@st.composite
def cell_mutations(draw):
    """One to six cells broken at once, each in a different row (so that a renamed key cannot hide
    another failure in its row): every one of them must be named."""
    picked = draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=6))
    out, used = [], set()
    for table, f, strategy, rules in picked:
        n = len(read(ROOT, table))
        i = draw(st.integers(0, n - 1))
        if (table, i) in used:
            continue
        used.add((table, i))
        out.append((table, f["name"], i, draw(strategy), rules))
    return out


@SETTINGS
@given(cell_mutations())
def test_cells_that_break_their_field_definition_are_rejected_and_named(mutations):
    with package_copy() as pkg:
        expected = []
        for table, field, i, value, rules in mutations:
            df = read(pkg, table)
            assume(df.at[i, field] != value)
            label = row_label(RESOURCES[table], df, i)
            df.at[i, field] = value
            write(pkg, table, df)
            # an edited key names the row by its new value, or by its line when emptied
            expected.append((RESOURCES[table]["path"], {label, value, f"line {i + 2}"}, field, rules))
        for file, rows, field, rules in expected:
            assert_named(pkg, file, rows, field, rules)


def test_every_field_has_a_way_to_break_it():
    """Guards the generator: each field of each table gets at least one mutation."""
    covered = {(t, f["name"]) for t, f, _, _ in MUTATIONS}
    assert covered == {(t, f["name"]) for t in TABLES for f in RESOURCES[t]["schema"]["fields"]}


@SETTINGS
@given(st.data())
def test_duplicate_key_is_rejected(data):
    table = data.draw(st.sampled_from([t for t in TABLES if RESOURCES[t]["schema"].get("primaryKey")
                                       and len(read(ROOT, t)) > 1]))
    key = RESOURCES[table]["schema"]["primaryKey"][0]
    with package_copy() as pkg:
        df = read(pkg, table)
        i, j = data.draw(st.lists(st.integers(0, len(df) - 1), min_size=2, max_size=2, unique=True))
        df.at[j, key] = df.at[i, key]
        write(pkg, table, df)
        assert_named(pkg, RESOURCES[table]["path"], {df.at[i, key]}, key, {"primary_key"})


# ------------------------------------------------------------------ mutations of meaning

@SETTINGS
@given(st.data())
def test_any_change_of_a_reported_value_is_caught(data):
    """The quote pins the number: a changed value is not in its quote (provenance), or it is,
    and then it breaks a consistency rule or a derived figure."""
    with package_copy() as pkg:
        df = read(pkg, "counts")
        i = data.draw(st.integers(0, len(df) - 1))
        old = int(df.at[i, "value"])
        new = data.draw(st.integers(0, 5000).filter(lambda v: v != old))
        df.at[i, "value"] = str(new)
        write(pkg, "counts", df)
        got, text = failure_lines(pkg)
        assert len(got), f"value {old} -> {new} in row {df.at[i, 'id']} passed"
        if not re.search(rf"(?<![\d.,]){new}(?![\d.,]\d|\d)", df.at[i, "quote"]):
            assert_named(pkg, "data/counts.csv", {df.at[i, "id"]}, "value", {"provenance"})


@SETTINGS
@given(st.data())
def test_a_quote_that_is_not_in_the_seed_is_caught(data):
    with package_copy() as pkg:
        table = data.draw(st.sampled_from(["counts", "population_shares"]))
        df = read(pkg, table)
        i = data.draw(st.integers(0, len(df) - 1))
        quote = df.at[i, "quote"]
        k = data.draw(st.integers(0, len(quote) - 1))
        ch = data.draw(st.characters(codec="utf-8", exclude_characters="\r=+-@\t", exclude_categories=["Cs", "Cc"]))
        assume(ch != quote[k])
        df.at[i, "quote"] = quote[:k] + ch + quote[k + 1:]
        write(pkg, table, df)
        assert_named(pkg, RESOURCES[table]["path"], {df.at[i, "id"]}, "quote", {"provenance"})


@SETTINGS
@given(st.data())
def test_a_parent_that_cannot_contain_the_row_is_caught(data):
    """In a valid package a superset is never smaller, so any smaller count is a wrong parent;
    an id that does not exist is a broken one."""
    with package_copy() as pkg:
        df = read(pkg, "counts")
        i = data.draw(st.integers(0, len(df) - 1))
        value = int(df.at[i, "value"])
        smaller = df.loc[df["value"].astype(int) < value, "id"].tolist()
        choice = data.draw(st.sampled_from(smaller + ["no-such-count-99"]))
        df.at[i, "parent_id"] = choice
        write(pkg, "counts", df)
        assert_named(pkg, "data/counts.csv", {df.at[i, "id"]}, "parent_id", {"parent", "foreign_key"})


@SETTINGS
@given(st.data())
def test_any_seed_edit_is_caught(data):
    with package_copy() as pkg:
        seed = next((pkg / "seeds").glob("*.txt"))
        raw = bytearray(seed.read_bytes())
        k = data.draw(st.integers(0, len(raw) - 1))
        b = data.draw(st.integers(0x20, 0x7e))
        assume(raw[k] != b and raw[k] < 0x80)
        raw[k] = b
        seed.write_bytes(bytes(raw))
        src = read(pkg, "sources")
        assert_named(pkg, "data/sources.csv", {src.at[0, "source_id"]}, "sha256", {"seed_hash"})


FILE_DAMAGE = {
    "encoding": lambda raw, k: raw[:k] + b"\xe9" + raw[k:],             # a Latin-1 byte
    "bom": lambda raw, k: b"\xef\xbb\xbf" + raw,
    "line_endings": lambda raw, k: raw.replace(b"\n", b"\r\n", 1 + k % 3),
    "missing_column": lambda raw, k: _drop_header_field(raw, k),
    "extra_column": lambda raw, k: raw.replace(b"\n", b",extra\n", 1),
    "empty_file": lambda raw, k: b"",
}
DAMAGE_RULE = {"encoding": "encoding", "bom": "encoding", "line_endings": "line_endings",
               "missing_column": "header", "extra_column": "header", "empty_file": "empty_file"}


def _drop_header_field(raw: bytes, k: int) -> bytes:
    header, rest = raw.split(b"\n", 1)
    fields = header.split(b",")
    del fields[k % len(fields)]
    return b",".join(fields) + b"\n" + rest


@SETTINGS
@given(st.sampled_from(sorted(RESOURCES)), st.sampled_from(sorted(FILE_DAMAGE)), st.integers(0, 10_000))
def test_file_level_damage_is_named(table, damage, k):
    with package_copy() as pkg:
        path = pkg / RESOURCES[table]["path"]
        raw = path.read_bytes()
        path.write_bytes(FILE_DAMAGE[damage](raw, k % max(len(raw), 1)))
        got, text = failure_lines(pkg)
        hit = got[(got["file"] == RESOURCES[table]["path"]) & (got["rule"] == DAMAGE_RULE[damage])]
        assert len(hit) == 1, text
        assert text[list(got.index).index(hit.index[0])].startswith(
            f"{RESOURCES[table]['path']}: file: field -: rule {DAMAGE_RULE[damage]}:")


# ------------------------------------------------------------------ packages extracted from texts

COUNTRIES = ["Mexico", "Colombia", "Brazil", "Honduras", "Guatemala", "the Philippines", "Peru"]


@st.composite
def consistent_figures(draw) -> dict:
    """Figures that a consistent report could state, with every containment respected."""
    y0 = draw(st.integers(2002, 2020))
    y1 = draw(st.integers(y0 + 1, 2024))
    total = draw(st.integers(2, 999))
    indigenous = draw(st.integers(1, total))
    police = draw(st.integers(1, total))
    # inclusion-exclusion: if 2 of 2 were killed by police and 1 of them was Indigenous, that
    # one was killed by police too (the validator catches this through the derived remainders)
    indigenous_police = draw(st.integers(max(0, indigenous + police - total), min(indigenous, police)))
    mining = draw(st.integers(1, total))
    killed = draw(st.integers(1, total))
    disappeared = draw(st.integers(0, total - killed))
    return {"country": draw(st.sampled_from(COUNTRIES)), "y0": y0, "y1": y1,
            "year": draw(st.integers(y0, y1)), "total": total, "indigenous": indigenous,
            "police": police, "indigenous_police": indigenous_police, "mining": mining,
            "killed": killed, "disappeared": disappeared}


def report(f: dict) -> str:
    return (f"The Global Witness database shows that between {f['y0']} and {f['y1']} at least:\n"
            f"- {f['total']} land and environmental defenders were killed or disappeared in {f['country']}\n"
            f"- {f['indigenous']} of the {f['total']} defenders were Indigenous\n"
            f"- {f['indigenous_police']} of the {f['indigenous']} Indigenous defenders were killed by "
            f"police or private military actors\n"
            f"- {f['police']} of the {f['total']} defenders were killed by police or private military actors\n"
            f"- {f['mining']} of the {f['total']} defenders were killed in a struggle related to mining "
            f"and extractives\n\n"
            f"In {f['year']}, Global Witness documented {f['killed']} killings and {f['disappeared']} "
            f"disappearances of defenders in {f['country']}.\n")


def extracted(pkg: Path) -> pd.DataFrame:
    return read(pkg, "counts")


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(consistent_figures())
def test_packages_from_consistent_texts_pass(f):
    with tempfile.TemporaryDirectory() as d:
        pkg = build(Path(d), report(f))
        counts = extracted(pkg)
        # every figure was read, so the validator really saw all of them
        assert sorted(counts["value"].astype(int)) == sorted(
            [f[k] for k in ("total", "indigenous", "indigenous_police", "police", "mining", "killed", "disappeared")])
        got, text = failure_lines(pkg)
        assert got.empty, "\n".join(text)


CONTRADICTIONS = {
    # name: (how to break the figures, the rule that must fire, the figure whose row it names)
    "part_above_total": (lambda f, k: {**f, "indigenous": f["total"] + k}, "subset", "indigenous"),
    "grandchild_above_sibling": (lambda f, k: {**f, "indigenous": f["total"], "indigenous_police": f["police"] + k,
                                               "police": min(f["police"], f["total"] - k)},
                                 "subset", "indigenous_police"),
    "killed_plus_disappeared_above_total": (lambda f, k: {**f, "killed": f["total"], "disappeared": k},
                                            "disjoint_parts", "total"),
}


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(consistent_figures(), st.sampled_from(sorted(CONTRADICTIONS)), st.integers(1, 50))
def test_texts_that_contradict_themselves_fail(f, kind, k):
    """Quote, seed, hash and value all agree: only the consistency rules can catch these."""
    breaking, rule, culprit = CONTRADICTIONS[kind]
    g = breaking(f, k)
    assume(g["police"] >= 1)
    with tempfile.TemporaryDirectory() as d:
        pkg = build(Path(d), report(g))
        counts = extracted(pkg)
        rows = set(counts.loc[counts["value"].astype(int) == g[culprit], "id"])
        assert_named(pkg, "data/counts.csv", rows, "value", {rule})
        # and the provenance checks have nothing to say: the text really states these numbers
        got, _ = failure_lines(pkg)
        assert not set(got["rule"]) & {"provenance", "seed_hash"}


def test_hash_of_the_seed_is_what_sources_records():
    """Guards the premise of the seed-edit property: the committed hash is right."""
    src = read(ROOT, "sources")
    seed = ROOT / src.at[0, "seed_path"]
    assert hashlib.sha256(seed.read_bytes()).hexdigest() == src.at[0, "sha256"]
