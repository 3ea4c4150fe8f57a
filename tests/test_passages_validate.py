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
}


def seed_name(passage: Path) -> str:
    return re.sub(r"[^a-z0-9-]", "-", passage.stem.lower())


@pytest.mark.slow
@pytest.mark.parametrize("folder", FOLDERS)
def test_every_passage_set_builds_a_package_that_validates_and_keeps_its_floor(tmp_path, folder):
    root = tmp_path / "pkg"
    passages = sorted((HERE / folder).glob("*.txt"))
    assert passages
    undated = []
    for t in passages:
        raw = t.read_text(encoding="utf-8")
        head = header(raw)
        body = "\n".join(line for line in raw.splitlines() if not line.startswith("# ")).strip() + "\n"
        if "published" not in head:
            undated.append(t)
        # (a passage with no published date gets one far after its years, so no relative year resolves
        # to a year it names and no year it names is after it; what is checked is that every recorded
        # field is grounded)
        write_seed(root, seed_name(t), body, url=head.get("source-of-figures", f"https://example.org/{seed_name(t)}"),
                   language=head.get("language", "en"), published=head.get("published", "2090-01-01"))
    b = stage.build(root)
    assert not b.errors, b.errors[:5]

    total = Score()
    for t in passages:
        if t in undated:
            total.add(score_passage(t))
            continue
        sid = seed_name(t)
        total.add(score_rows(read_expected(t), [r for r in b.rows.counts if r["source_id"] == sid],
                             [r for r in b.rows.review if r["source_id"] == sid], header(t.read_text("utf-8"))["language"]))
    recall, precision, accounted = rates(total)
    r0, p0, a0 = FLOORS[folder]
    assert total.expected > 0
    assert precision >= p0, f"{folder}: precision {precision:.3f} < {p0} ({total.line()})"
    assert accounted >= a0, f"{folder}: accounted {accounted:.3f} < {a0} ({total.line()})"
    assert recall >= r0, f"{folder}: recall {recall:.3f} < {r0} ({total.line()})"

    stage.write(b, root, root)
    problems = lines(root)
    if folder in REFUSED:
        assert problems and all(REFUSED[folder] in p for p in problems), problems[:5]
    else:
        assert problems == []
