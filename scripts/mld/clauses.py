"""The clause of a figure: the words of its sentence between the clause marks around its number.
One definition for the extractor (which labels a field `stated` when its words are in the figure's
own clause) and the validator (which checks that words from elsewhere do not contradict it)."""

from __future__ import annotations

import re
from functools import lru_cache

from mld import vocab
from mld.lexicon import Lexicon, lexicon
from mld.numbers import find_numbers

CLAUSE_RE = re.compile(r"[,;:()—–|]")  # ("|": a table's cell ends a clause)
# the bases of words taken from outside the figure's own words, and the fields the clause rule leaves
ELSEWHERE = frozenset({"shared", "context", "referent"})
UNCHECKED = frozenset({"value", "share_percent", "parent_id", "population", "qualifier"})
# the evidence note of a year that is one end of the two-year span a change runs over ("between 2024 and 2025 ... grew
# from 146 to 163"): the first figure's last year is the span's first, the second's first year the span's last
CHANGE_SPAN = "one year of the two-year span a change runs over: its first figure's, or its second's"


def clause_span(text: str, vs: int, ve: int, qs: int, qe: int) -> tuple[int, int]:
    """The clause around the number at [vs, ve) within the sentence [qs, qe)."""
    left = max([m.end() for m in CLAUSE_RE.finditer(text, qs, vs)] + [qs])
    m = CLAUSE_RE.search(text, ve, qe)
    return left, (m.start() if m else qe)


def place_in_world_clause(text: str, vs: int, ve: int, qs: int, qe: int, lang: str) -> str | None:
    """The first place the clause of the number at [vs, ve) names, which keeps the figure from
    being the world's (`world_implied`, `report_total`); None if it names none. Not a place named
    after the predicate of a whole that parts are taken from ("85 percent of the 196 murders ...
    took place in Latin America", "760 de los 908 ... murieron en América Latina", "Among the 200
    killed in 2021 were eight ... in the Democratic Republic of the Congo"), nor after a share
    ("177 ... fueron asesinados y el 88% ... ocurrió en Latinoamérica") or before a share the whole is
    of ("Latin America accounted for 85 percent of the 196 murders"), nor an organisation's seat. Read in
    the sentence's language (`lang`, as `mld.lexicon.guess_language` gives it for the sentence): another
    language's words would not know this one's seats ("The United Kingdom-based watchdog")."""
    left, right = clause_span(text, vs, ve, qs, qe)
    lex = lexicon(lang)
    stop = right
    article = re.search(rf"(?:\b(?:{lex.rx_article})\s+)?$", text[left:vs], re.I)
    among = article is not None and lex.among.ends_at(text, left + article.start(), 16) is not None
    if among or re.search(rf"\b{lex.rx_of}\s+(?:{lex.rx_article}\s+)?$", text[left:vs], re.I):
        verbs = [h for h in lex.predicate_verbs.finditer(text, ve, right)]
        stop = verbs[0].start if verbs else right
    share_rx = re.compile(rf"\d(?:[\d.,]*\d)?\s*(?:%|(?:{lex.rx_percent})\b)", re.I)
    share = share_rx.search(text, ve, stop)
    if share:
        stop = share.start()
    start = left
    before = list(share_rx.finditer(text, left, vs))
    if before and re.search(rf"\b{lex.rx_of}\s+(?:{lex.rx_article}\s+)?$", text[left:vs], re.I):
        start = before[-1].end()  # "Latin America accounted for 85 percent of the 196 murders": the share's place
    checked = text[start:stop]
    hits = lex.places(checked)
    seats = lex.seats(checked, hits)
    named = [h for h in hits if h.payload[0] in ("country", "region", "subnational") and h.start not in seats
             and not lex.in_composition(checked, h.start)]
    if named:
        return checked[named[0].start:named[0].end]
    return None


def clause_conflict(field: str, clause: str, lang: str, value: object) -> str:
    """The words of the clause that name another value of the field than `value`, or "": a value
    taken from elsewhere (`shared`, `context`, `referent`) must not contradict the figure's own clause."""
    for start, end, code in mentions(field, clause, lang):
        if field in ("period_start", "period_end"):
            if int(code) != int(str(value)):
                return clause[start:end]
        elif field == "country":
            if code != value:
                return clause[start:end]
        elif not (vocab.contains(field, str(code), str(value)) or vocab.contains(field, str(value), str(code))):
            return clause[start:end]
    return ""


@lru_cache(maxsize=65536)
def mentions(field: str, text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, code) of every value of the field the words name."""
    lex = lexicon(lang)
    if field in ("period_start", "period_end"):
        years = list(re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", text))
        # ("Between 2012 and 2025 Mexico accounted for 247": a span's first year names its start only, its
        # last year its end only)
        other_end = set()
        for h in lex.closed_periods.finditer(text):
            inside = [m for m in years if h.start <= m.start() < h.end]
            if len(inside) == 2:
                other_end.add(inside[1 if field == "period_start" else 0].start())
        if field == "period_start":
            # ("By the end of 2024 the total had been 222": the year a running total reached names its end only)
            other_end |= {m.start() for h in lex.running_to_year.finditer(text) for m in years if h.start <= m.start() < h.end}
        return tuple((m.start(), m.end(), m.group()) for m in years if m.start() not in other_end)
    if field == "country":
        return tuple((h.start, h.end, str(h.payload[1])) for h in lex.places(text) if h.payload[0] in ("country", "world"))  # type: ignore[index]
    if field == "qualifier":
        return tuple((h.start, h.end, str(h.payload)) for h in lex.qualifiers.finditer(text))
    return tuple((h.start, h.end, str(h.payload)) for h in lex.dimension_terms[field].finditer(text))


def elsewhere_conflict(text: str, field: str, basis: str, span: tuple[int, int], value_span: tuple[int, int],
                       quote_span: tuple[int, int], lang: str, value: object) -> str:
    """The clause rule for one field: the words of the figure's own clause that name another value
    than the one its evidence took from elsewhere (`ELSEWHERE`), or "". Words of the own clause that
    other figures share are not from elsewhere."""
    if basis not in ELSEWHERE or field in UNCHECKED:
        return ""
    left, right = clause_span(text, value_span[0], value_span[1], quote_span[0], quote_span[1])
    if basis == "shared" and left <= span[0] and span[1] <= right:
        return ""
    return clause_conflict(field, text[left:right], lang, value)


def joined_as_one(text: str, spans: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether outcome words at `spans` (in order) name one figure's outcome together: joined by "or" ("killed or
    forcibly disappeared", "murdered (13) or disappeared"), or by "and" with no number between them ("106 murders
    and disappearances"); "18 killings and one disappearance" names two figures' outcomes. One definition for the
    extractor (a group a pronoun refers to) and the validator (what outcome words name)."""
    if not spans:
        return False
    lo, hi = spans[0][0], max(e for _, e in spans)
    joins = (lex.rx_or,) if find_numbers(text[lo:hi], lex) else (lex.rx_or, lex.rx_and)
    between = [re.sub(r"\([^()]*\)", " ", text[a_end:b_start]).strip() for (_, a_end), (b_start, _) in zip(spans, spans[1:])]
    return all(any(re.fullmatch(rx, w, re.I) for rx in joins) for w in between)
