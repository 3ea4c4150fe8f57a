"""Score the extractor against passages with the counts a careful reader records.

Usage: python scripts/score_extraction.py [DIR]   (default: tests/examples)

Each DIR/NAME.txt has DIR/NAME.expected.csv (country, period_start, period_end, outcome,
indigenous, gender, perpetrator, sector, value, qualifier). A row is found when an emitted
count has the same country, period, outcome, value, and the same restriction on each subgroup
dimension; `qualifier` is not scored. Prints found/expected (recall) and wrong/emitted, and
every missed and wrong row.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pandas as pd

import extract
import vocab

MATCH = ["country", "period_start", "period_end", "outcome", "indigenous", "gender", "perpetrator",
         "sector", "value"]


def score_file(text: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(expected, emitted, review) with a `matched` column on the first two."""
    expected = pd.read_csv(text.with_name(text.name.replace(".txt", ".expected.csv")), dtype=str,
                           keep_default_na=False)
    got = extract.extract(extract.read_source(text))
    emitted = pd.DataFrame(got.counts, columns=[*MATCH, "quote"]).astype(str)
    review = pd.DataFrame(got.review)
    exp_keys = [tuple(r) for r in expected[MATCH].itertuples(index=False)]
    got_keys = [tuple(r) for r in emitted[MATCH].itertuples(index=False)]
    expected["matched"] = [k in got_keys for k in exp_keys]
    emitted["matched"] = [k in exp_keys for k in got_keys]
    return expected, emitted, review


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else vocab.ROOT / "tests" / "examples"
    total_exp = total_found = total_emitted = total_wrong = 0
    with tempfile.TemporaryDirectory():
        for text in sorted(folder.glob("*.txt")):
            expected, emitted, _ = score_file(text)
            found, wrong = int(expected["matched"].sum()), int((~emitted["matched"]).sum())
            total_exp += len(expected)
            total_found += found
            total_emitted += len(emitted)
            total_wrong += wrong
            print(f"{text.name}: found {found}/{len(expected)}, wrong {wrong}/{len(emitted)}")
            for r in expected[~expected["matched"]].itertuples(index=False):
                print("  missed:", ",".join(str(getattr(r, c)) for c in MATCH))
            for r in emitted[~emitted["matched"]].itertuples(index=False):
                print("  wrong: ", ",".join(str(getattr(r, c)) for c in MATCH), "|", r.quote[:90])
    recall = total_found / total_exp if total_exp else 1.0
    wrong_share = total_wrong / total_emitted if total_emitted else 0.0
    print(f"all: found {total_found}/{total_exp} ({recall:.0%}), wrong {total_wrong}/{total_emitted} "
          f"({wrong_share:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
