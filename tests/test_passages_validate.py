"""Every real passage in the test sets, built as an article of a package, gives a package the
validator accepts: what the extractor records, with its evidence, is what the validator's
grounding rules check, on text neither was written against. (A user's next article must not be
refused because the two disagree; a disagreement here is a bug in one of them.)

The same rows are scored against the set's expected counts and held to the set's floors
(`FLOORS` in test_score.py, regression guards): one extraction per passage serves both checks,
as the two together are most of the suite's time. A passage with no published date is built with
a date far after its years (a package needs one) and scored on its own extraction without a date,
as `scripts/score_extraction.py` reads it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import lines, write_seed
from mld.build import stage
from score_extraction import Score, read_expected, score_passage, score_rows
from test_score import FLOORS, rates

HERE = Path(__file__).parent
FOLDERS = sorted(p.name for p in [*HERE.glob("examples*"), *HERE.glob("probe-synthetic*")] if p.is_dir())


def header(raw: str) -> dict[str, str]:
    return dict(re.findall(r"^# ([\w-]+): (.*)$", raw, re.M))


# Known disagreements, each a wrong row of the extractor that the validator refuses (so it cannot be published): the
# validator must still refuse it with this reason, so the day the extractor is mended the entry must go.
# (The forty-fifth round's "Para el conjunto del país, la minería está vinculada a 71 casos", read as 2025's and refused
# by the subset rule, was mended in the twenty-first session: the whole series goes to review. Round 62's "... names
# mining and extractives as the sector most often linked to the killing or disappearance of land and environmental
# defenders: 28 cases worldwide in 2025", read as all the world's 28 cases, was mended in the second session of
# 2026-11-28: a group ranked before a colon is the figure's.)
REFUSED: dict[str, str] = {
    # (round 66, not mended: in "At least 158 ... were killed or disappeared around the world in 2025 ..., up from 146 the
    # previous year", a figure's outcome evidence points at the headline's words, "Killings and disappearances", which
    # no count holds (characters 0-27 of the passage); the grounding rule refuses that evidence)
    "probe-synthetic-66-en": "field outcome: rule grounding: basis referent at 0-27:",
    # (round 115, developed on but not mended here: "A year ago, when its report covered the period to the end of 2024,
    # the figure it cited was 'more than 2,250'" is read as the world's figure of 2024 alone; with 2025's 162 inside
    # the 2,412 of 2012-2025 the text also gives, the disjoint-parts rule refuses it)
    "probe-synthetic-115-en": "rule disjoint_parts",
    # (round 129, the twenty-eighth session's final measure, not mended: under the lead-in "Cifras de Global Witness sobre
    # México (informe publicado en septiembre de 2026, datos de 2025):", the item "Asesinadas: 20" is read as 2025 from
    # the lead-in's "2025"; the validator's lead-in rule takes the lead-in's first year, the year the report came out,
    # as its items' year and refuses the evidence. The value is right; the rule errs toward refusing)
    "probe-synthetic-129-es": "for its items, so basis context at 219-223 is not this item's",
}


def seed_name(folder: str, passage: Path) -> str:
    """The passage's seed in the package of its group: its folder's name first, so that a line of the validator
    names the set it is about."""
    return f"{folder}-" + re.sub(r"[^a-z0-9-]", "-", passage.stem.lower())


# the sets are built eight to a package: the validator's cost is mostly per package, so this halves the time of the
# test; the scores and the validator's lines are still read set by set
GROUP = 8
GROUPS = [FOLDERS[i:i + GROUP] for i in range(0, len(FOLDERS), GROUP)]


def floor_failures(folder: str, total: Score) -> list[str]:
    recall, precision, accounted = rates(total)
    r0, p0, a0 = FLOORS[folder]
    got = [("precision", precision, p0), ("accounted", accounted, a0), ("recall", recall, r0)]
    return [f"{folder}: {what} {value:.3f} < {floor} ({total.line()})" for what, value, floor in got if value < floor] \
        + ([f"{folder}: no expected counts"] if total.expected == 0 else [])


@pytest.mark.slow
@pytest.mark.parametrize("group", GROUPS, ids=[f"{g[0]}..{g[-1]}" for g in GROUPS])
def test_every_passage_set_builds_a_package_that_validates_and_keeps_its_floor(tmp_path, group):
    root = tmp_path / "pkg"
    undated = set()
    for folder in group:
        passages = sorted((HERE / folder).glob("*.txt"))
        assert passages, folder
        for t in passages:
            raw = t.read_text(encoding="utf-8")
            head = header(raw)
            body = "\n".join(line for line in raw.splitlines() if not line.startswith("# ")).strip() + "\n"
            if "published" not in head:
                undated.add(t)
            # (a passage with no published date gets one far after its years, so no relative year resolves
            # to a year it names and no year it names is after it; what is checked is that every recorded
            # field is grounded)
            name = seed_name(folder, t)
            write_seed(root, name, body, url=head.get("source-of-figures", f"https://example.org/{name}"),
                       language=head.get("language", "en"), published=head.get("published", "2090-01-01"))
    b = stage.build(root)
    assert not b.errors, b.errors[:5]

    failed = []
    for folder in group:
        total = Score()
        for t in sorted((HERE / folder).glob("*.txt")):
            if t in undated:
                total.add(score_passage(t))
                continue
            sid = seed_name(folder, t)
            total.add(score_rows(read_expected(t), [r for r in b.rows.counts if r["source_id"] == sid],
                                 [r for r in b.rows.review if r["source_id"] == sid], header(t.read_text("utf-8"))["language"]))
        failed += floor_failures(folder, total)

    stage.write(b, root, root)
    problems = lines(root)
    for folder in group:
        mine = [p for p in problems if f" {folder}-" in p]
        if folder in REFUSED:
            if not (mine and all(REFUSED[folder] in p for p in mine)):
                failed.append(f"{folder}: no longer refused as known ({mine[:3]})")
        else:
            failed += mine
    failed += [p for p in problems if not any(f" {folder}-" in p for folder in group)]
    assert not failed, failed[:10]
