"""The clause of a figure: the words of its sentence between the clause marks around its number.
One definition for the extractor (which labels a field `stated` when its words are in the figure's
own clause) and the validator (which checks that words from elsewhere do not contradict it)."""

from __future__ import annotations

import re

CLAUSE_RE = re.compile(r"[,;:()—–]")


def clause_span(text: str, vs: int, ve: int, qs: int, qe: int) -> tuple[int, int]:
    """The clause around the number at [vs, ve) within the sentence [qs, qe)."""
    left = max([m.end() for m in CLAUSE_RE.finditer(text, qs, vs)] + [qs])
    m = CLAUSE_RE.search(text, ve, qe)
    return left, (m.start() if m else qe)
