"""What a text says of the Global Witness report it is about: the year it says that report covers
("the annual report, covering 2025", "el informe anual, con datos de 2025"). One definition for the
extractor, which ends a text's open periods there (basis `report_covering`), and the validator,
which checks the evidence against it."""

from __future__ import annotations

import re

from mld.lexicon import Lexicon

# the year within two words after the covering words ("covering 2025", "covering data for 2025")
_YEAR_AFTER = re.compile(r"[\s,]*(?:[^\W\d_]+\s+){0,2}?((?:19|20)\d\d)(?![\d.,]\d)")


# the year a report came out, after its release verb: "published in September 2026", "publicó en septiembre de 2026",
# "released on 11 September 2026"
_RELEASED_IN = re.compile(r"\s+(?:[^\W\d_]+\s+){0,3}?(?:\d{1,2}\s+(?:[^\W\d_]+\s+){1,3})?((?:19|20)\d\d)(?![\d.,]\d)")


def covered_years(text: str, lo: int, lex: Lexicon, topics: bool = True) -> list[tuple[int, int, int]]:
    """(start, end, year) of each statement, from offset `lo` on, that a report covers a year: covering words
    (or, with `topics`, a report noun's topic words right after it, or its release verb and the year it came out,
    which covers the year before) and a year right after them, in a sentence that names a report before them
    ("Global Witness's annual report, released last September and covering 2024"), with no word there that makes it
    an earlier report than the text's ("In its previous report, covering 2024, it had recorded 146 cases")."""
    out = []
    # (with `topics`, a report noun's topic words: "its report on 2025", "el informe de Global Witness sobre 2025")
    links = [h for h in lex.report_topic_links.finditer(text, lo) if topics and any(
        re.fullmatch(rf"\s*(?:(?:{lex.rx_of})\s+(?:[A-Z][\w'’-]*\s*){{1,3}})?", text[r.end:h.start])
        for r in lex.report_nouns.finditer(text, max(lo, h.start - 40), h.start))]
    # (or, with `topics`, when it came out: "the report published in September 2026" covers 2025, each annual report
    # covering the calendar year before it appeared)
    released = [h for h in lex.report_release_verbs.finditer(text, lo) if topics and any(
        not re.search(r"[.;:!?]", text[r.end:h.start]) for r in lex.report_nouns.finditer(text, max(lo, h.start - 60), h.start))]
    for h in sorted(list(lex.covering.finditer(text, lo)) + links + released, key=lambda h: h.start):
        m = (_RELEASED_IN if h in released else _YEAR_AFTER).match(text, h.end)
        if m is None:
            continue
        opens = max(text.rfind(". ", lo, h.start) + 1, text.rfind("\n", lo, h.start) + 1, lo)
        # (nor a report not yet out: "Global Witness's next report, covering 2026, is expected in September")
        closes = text.find(". ", m.end(1))
        closes = len(text) if closes < 0 else closes
        if not lex.report_nouns.finditer(text, opens, h.start) or lex.earlier_report.finditer(text, opens, h.start) \
                or lex.upcoming_report.finditer(text, opens, closes):
            continue
        out.append((h.start, m.end(1), int(m.group(1)) - (1 if h in released else 0)))
    return out


def year_written(text: str, year: int, start: int) -> tuple[int, int] | None:
    """Where the text, from `start` on, first writes `year` as a year (not inside a longer number), if it does."""
    m = re.compile(rf"(?<![\d.,]){year}(?![\d.,]\d)").search(text, start)
    return m.span() if m is not None else None
