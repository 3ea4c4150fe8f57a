"""Score the extractor on a folder of passages with the counts a careful reader records.

Usage: python scripts/score_extraction.py [DIR ...] [-v]      (default: tests/examples-real)

Each DIR/NAME.txt has DIR/NAME.expected.csv (country, period_start, period_end, outcome,
indigenous, gender, perpetrator, sector, value, qualifier). An expected row is matched by one
emitted count with the same country, period and value, an outcome among the expected ones
(`killed|killed_or_disappeared` accepts either), and the same meaning on every other dimension:
`all` only matches `all`; a restricted code matches a code that holds its words (`mining` is
matched by `mining_and_extractives`, `police_or_private_military` is not matched by the narrower
`police`). The qualifier is not scored. Prints, per passage and in total:

    recall    = matched / expected
    precision = matched / emitted            (an emitted row that matches nothing is wrong)
    accounted = (matched + in review) / expected   (a missed figure whose number is in review.csv)
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

from mld import paths, vocab
from mld.build.rows import rows_of
from mld.extract.resolve import ExtractorFailure, extract_or_fail
from mld.extract.source import read_source
from mld.lexicon import lexicon
from mld.numbers import find_numbers

SCORED = ["country", "period_start", "period_end", "value"]


def same_meaning(expected: str, got: str) -> bool:
    e, g = expected.strip().lower(), got.strip().lower()
    if e == "all" or g == "all":
        return e == g
    # the emitted code holds the expected one (`mining` is matched by `mining_and_extractives`); a
    # narrower code than the reader's (`police` for `police_or_private_military`) is not a match,
    # as in ../shared/tools/score-extraction
    ew, gw = set(e.split("_")) - {"or", "and"}, set(g.split("_")) - {"or", "and"}
    return e == g or bool(ew) and ew <= gw


def matches(exp: dict, got: dict) -> bool:
    if any(str(exp[k]).strip() != str(got[k]) for k in SCORED):
        return False
    if str(got["outcome"]) not in exp["outcome"].split("|"):
        return False
    return all(same_meaning(exp.get(d, "all") or "all", str(got.get(d, "all"))) for d in vocab.dimensions()[1:])


@dataclass
class Score:
    expected: int = 0
    matched: int = 0
    emitted: int = 0
    flagged: int = 0

    def add(self, other: Score) -> None:
        for k in ("expected", "matched", "emitted", "flagged"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def line(self) -> str:
        wrong = self.emitted - self.matched
        return (f"matched {self.matched}/{self.expected}, wrong {wrong}/{self.emitted}, in review {self.flagged}: "
                f"recall {self.matched / max(self.expected, 1):.3f}, precision {self.matched / max(self.emitted, 1):.3f}, "
                f"accounted {(self.matched + self.flagged) / max(self.expected, 1):.3f}")


def review_value(number: str, lang: str) -> int | None:
    found = find_numbers(number, lexicon(lang))
    return int(found[0].value) if found else None


def read_expected(text: Path) -> list[dict]:
    """The counts a careful reader recorded for the passage `text` (its NAME.expected.csv)."""
    with text.with_name(text.name[:-4] + ".expected.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def score_passage(text: Path, verbose: bool = False) -> Score:
    src = read_source(text)
    try:
        rows = rows_of(src, extract_or_fail(src), paths.ROOT)
    except ExtractorFailure as e:
        # (scored as a passage of which nothing was found, as a user would get nothing from it)
        print(f"score: {e}", file=sys.stderr)
        return score_rows(read_expected(text), [], [], src.lang, verbose)
    return score_rows(read_expected(text), rows.counts, rows.review, src.lang, verbose)


def score_rows(expected: list[dict], got: list[dict], review_rows: list[dict], lang: str,
               verbose: bool = False) -> Score:
    """Expected counts against the count rows and review rows of one passage (however they were
    extracted: the tests score the rows of the package they build)."""
    review = [v for v in (review_value(r["number"], lang) for r in review_rows) if v is not None]
    used: set[int] = set()
    s = Score(expected=len(expected), emitted=len(got))
    misses = []
    for e in expected:
        hit = next((i for i, g in enumerate(got) if i not in used and matches(e, g)), None)
        if hit is not None:
            used.add(hit)
            s.matched += 1
        elif int(e["value"]) in review:
            review.remove(int(e["value"]))
            s.flagged += 1
            misses.append(("in review", e))
        else:
            misses.append(("missed", e))
    if verbose:
        for why, e in misses:
            print(f"    {why}: {_describe(e)}")
        for i, g in enumerate(got):
            if i not in used:
                print(f"    wrong: {_describe(g)} | {g['quote'][:90]}")
    return s


def _describe(r: dict) -> str:
    dims = ",".join(f"{d}={r.get(d)}" for d in vocab.dimensions()[1:] if str(r.get(d, "all")) != "all")
    return f"{r['country']} {r['period_start']}-{r['period_end']} {r['outcome']} {dims} = {r['value']}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="recall = matched/expected; precision = matched/emitted; "
                                        "accounted = (matched + in review)/expected")
    ap.add_argument("folders", nargs="*", type=Path, help="folders of NAME.txt + NAME.expected.csv")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and every wrong row")
    args = ap.parse_args(argv)
    folders = args.folders or [paths.ROOT / "tests" / "examples-real"]
    total = Score()
    for folder in folders:
        texts = sorted(p for p in folder.glob("*.txt") if p.with_name(p.name[:-4] + ".expected.csv").exists())
        if not texts:
            print(f"score_extraction: no NAME.txt with NAME.expected.csv in {folder}", file=sys.stderr)
            return 1
        for t in texts:
            s = score_passage(t, args.verbose)
            print(f"{t.stem}: {s.line()}")
            total.add(s)
    print(f"total: {total.line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
