"""Every real passage in the test sets, built as an article of a package, gives a package the
validator accepts: what the extractor records, with its evidence, is what the validator's
grounding rules check, on text neither was written against. (A user's next article must not be
refused because the two disagree; a disagreement here is a bug in one of them.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import lines, write_seed
from mld.build import stage

HERE = Path(__file__).parent
FOLDERS = sorted(p.name for p in [*HERE.glob("examples*"), *HERE.glob("probe-synthetic*")] if p.is_dir())


def header(raw: str) -> dict[str, str]:
    return dict(re.findall(r"^# ([\w-]+): (.*)$", raw, re.M))


# Known disagreements, each a wrong row of the extractor that the validator refuses (so it cannot be published): strict,
# so the day the extractor is mended the mark must go.
# (The forty-fifth round's "Para el conjunto del país, la minería está vinculada a 71 casos", read as 2025's and refused
# by the subset rule, was mended in the twenty-first session: the whole series goes to review. Round 62's "... names
# mining and extractives as the sector most often linked to the killing or disappearance of land and environmental
# defenders: 28 cases worldwide in 2025", read as all the world's 28 cases, was mended in the second session of
# 2026-11-28: a group ranked before a colon is the figure's.)
REFUSED: dict[str, str] = {
    # (round 66, not mended: in "At least 158 ... were killed or disappeared around the world in 2025 ..., up from 146 the
    # previous year", a figure's outcome evidence points at the headline's words, "Killings and disappearances", which
    # no count holds; the grounding rule refuses that evidence)
    "probe-synthetic-66-en": "an outcome's evidence points at headline words no count holds, refused by the grounding rule",
}


@pytest.mark.slow
@pytest.mark.parametrize("folder", [pytest.param(f, marks=pytest.mark.xfail(strict=True, reason=REFUSED[f]))
                                    if f in REFUSED else f for f in FOLDERS])
def test_every_passage_builds_a_package_that_validates(tmp_path, folder):
    root = tmp_path / "pkg"
    passages = sorted((HERE / folder).glob("*.txt"))
    assert passages
    for t in passages:
        raw = t.read_text(encoding="utf-8")
        head = header(raw)
        body = "\n".join(line for line in raw.splitlines() if not line.startswith("# ")).strip() + "\n"
        # (a passage with no published date gets one far after its years, so no relative year resolves
        # to a year it names and no year it names is after it; what is checked is that every recorded
        # field is grounded)
        write_seed(root, re.sub(r"[^a-z0-9-]", "-", t.stem.lower()), body,
                   language=head.get("language", "en"), published=head.get("published", "2090-01-01"))
    b = stage.build(root)
    assert not b.errors, b.errors[:5]
    stage.write(b, root, root)
    assert lines(root) == []
