"""The country a text is about. One definition for the extractor (which gives it, basis
`main_country`, to a tallied figure that names no place) and the validator (which checks it)."""

from __future__ import annotations

from collections import Counter

from mld.extract.source import header
from mld.lexicon import Lexicon

MIN_MENTIONS = 3  # named at least this often
DOMINANCE = 2     # and at least this many times as often as any other country


def dominant_country(text: str, lex: Lexicon) -> str | None:
    """The country the text's body names at least three times and twice as often as any other
    (organisations' seats not counted); None if none is."""
    body = text[header(text)[1]:]
    hits = lex.places(body)
    seats = lex.seats(body, hits)
    tally = Counter(str(h.payload[1]) for h in hits  # type: ignore[index]
                    if h.payload[0] == "country" and h.start not in seats)  # type: ignore[index]
    ranked = tally.most_common(2)
    if not ranked or ranked[0][1] < MIN_MENTIONS or (len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]):
        return None
    return ranked[0][0]


def main_country(text: str, lex: Lexicon) -> tuple[str, int, int] | None:
    """(code, start, end of its first mention) of the country named in the text's first line (its
    headline or lead), at least three times, and twice as often as any other country; organisations'
    seats ("The UK-based group") are not mentions. None if no country is."""
    code = dominant_country(text, lex)
    if code is None:
        return None
    start = header(text)[1]
    body = text[start:]
    lead = body.lstrip()
    first_end = len(body) - len(lead) + (lead.find("\n") if "\n" in lead else len(lead))
    hits = lex.places(body)
    seats = lex.seats(body, hits)
    first = next(h for h in hits if h.payload[0] == "country" and h.start not in seats  # type: ignore[index]
                 and str(h.payload[1]) == code)  # type: ignore[index]
    if first.start >= first_end:
        return None
    return code, start + first.start, start + first.end
