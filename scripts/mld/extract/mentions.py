"""What one sentence names, with offsets relative to the sentence: numbers, places, periods,
outcome and subgroup words, hedges, counted nouns and the grammar words that give it structure;
and, for each number that may be a count, its window (the part of the sentence that is its own).

A place, year or word counts for a number only if it governs it: places in a spread ("from the
Amazon to the Philippines"), after "outside", in a ranking ("the third place in the world") or a
comparison frame ("por encima de México"), and years of a date or of a comparison ("respecto a
2021") govern no count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mld import vocab
from mld.extract.segment import Sentence
from mld.lexicon import Hit, Lexicon, Relative
from mld.numbers import DIGIT_ORDINAL_RE, Number, find_numbers, years_back

STRONG_SEP_RE = re.compile(r";|\||\s[—–-]\s|\s--\s|—|:(?=\s)")  # ("|": a table's cell)
DASH_RE = re.compile(r"\s[—–-]\s|\s--\s|—|–")
# the marks that end a clause, for the extractor (a spaced hyphen or double hyphen is a dash)
CLAUSE_RE = re.compile(r"[,;:()—–|]|\s--?\s")
WEAK_SEP_RE = re.compile(r",")


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    kind: str          # country, world, region, deictic, subnational
    code: str | None
    governs: bool = True


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    kind: str          # closed, each (one figure for each of two years), single, bare, partial, open, open_relative, relative, reversed, unclosed
    y1: int | None = None
    y2: int | None = None
    y1_span: tuple[int, int] | None = None
    y2_span: tuple[int, int] | None = None
    relative: Relative | None = None
    governs: bool = True
    compared: bool = False   # "than in 2021", "respecto a 2021": governs only what follows it
    years_back: int | None = None  # "over the last ten years": 10 years up to the text's report


@dataclass(frozen=True)
class Term:
    start: int
    end: int
    code: str


@dataclass
class Analysis:
    sentence: Sentence
    lex: Lexicon
    text: str
    numbers: list[Number]
    places: list[Place]
    periods: list[Period]
    outcomes: list[Term]
    subgroups: dict[str, list[Term]]
    qualifiers: list[Term]
    nouns: list[Hit]
    markers: dict[str, list[Hit]]
    candidates: list[Number] = field(default_factory=list)
    windows: dict[int, tuple[int, int]] = field(default_factory=dict)  # candidate start -> (L, R)
    asides: list[tuple[int, int]] = field(default_factory=list)       # dash pairs that work as brackets

    @property
    def about_people(self) -> bool:
        """The sentence is about defenders, killings or disappearances."""
        return any(h.payload[0] in ("defenders", "weak_defenders", "outcome") for h in self.nouns) \
            or bool(self.lex.deadly_rankings.finditer(self.text))  # type: ignore[index]

    def abs(self, rel: int) -> int:
        return self.sentence.start + rel

    def marker_before(self, kind: str, pos: int, window: int = 40, allow: str = r"[\s,]*") -> Hit | None:
        """A marker of `kind` ending right before `pos` (only `allow` between)."""
        for h in reversed(self.markers.get(kind, [])):
            if h.end <= pos and re.fullmatch(allow, self.text[h.end:pos]) and pos - h.end <= window:
                return h
        return None

    def marker_after(self, kind: str, pos: int, allow: str = r"[\s,]*") -> Hit | None:
        for h in self.markers.get(kind, []):
            if h.start >= pos and re.fullmatch(allow, self.text[pos:h.start]):
                return h
        return None

    def in_parens(self, pos: int) -> bool:
        """Inside brackets, or inside an aside between two dashes ("Colombia – the second deadliest
        country – documenting 33", "the most killings - 65 - while")."""
        if any(a <= pos < b for a, b in self.asides):
            return True
        depth = 0
        for ch in self.text[:pos]:
            depth += ch == "("
            depth -= ch == ")"
        return depth > 0


SUPERSCRIPT_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
# a reference mark: one or more numbers in square brackets, with pages ("[3]", "[3, p. 22]", "[3; 5]", "[2-4]")
CITATION_RE = re.compile(r"\[\d{1,3}(?:\s*[,;–-]\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*\]")


MARKERS = ["comparison", "partitive_of", "partitive_pronoun", "partitive_before", "partitive_quantifiers",
           "each", "respectively", "subordinators", "anaphora", "excluding", "other_sources", "coordinators",
           "list_links", "fillers", "determiners", "predicate_links", "comparison_frame"]


def analyse(sentence: Sentence, lex: Lexicon) -> Analysis:
    # square brackets (an editor's insertion in a quote) work as round ones; same offsets
    # (but not a footnote mark glued to the word or stop before it, "said.[1]": it stays a footnote)
    # (nor a reference mark with pages or more marks after a space, "disappeared [3]", "[3, p. 22]": a citation)
    cited = {i for m in CITATION_RE.finditer(sentence.text) for i in (m.start(), m.end() - 1)}
    # (a superscript footnote mark glued to a word, "en México¹", is no part of it: a space, same offsets)
    text = "".join("(" if ch == "[" and i not in cited and (i == 0 or sentence.text[i - 1].isspace()
                                                           or not re.match(r"\[\d{1,3}\]", sentence.text[i:]))
                   else ")" if ch == "]" and i not in cited and not re.search(r"\[\d{1,3}$", sentence.text[:i])
                   else " " if ch in SUPERSCRIPT_DIGITS
                   else ch for i, ch in enumerate(sentence.text))
    numbers = find_numbers(text, lex)
    markers = {k: getattr(lex, k).finditer(text) for k in MARKERS}
    # "menos víctimas que los 196 casos de 2023": also the "than" of a comparative a few words before it
    markers["comparison"] = lex.comparisons(text)
    # ("Guatemala recorded eleven, after twenty in 2024": "after" compares only right before a number)
    counts_at = {n.start for n in numbers if n.kind == "cardinal"}
    markers["comparison"] = sorted(markers["comparison"] + [
        h for h in lex.comparison_before_number.finditer(text)
        if any(text[h.end:s0].isspace() and s0 - h.end <= 2 for s0 in counts_at)], key=lambda h: h.start)
    a = Analysis(sentence, lex, text, numbers, [], [], [], {}, [], lex.nouns.finditer(text), markers)
    # "Violence against land defenders killed 227 people": a comparison word right before the people
    # it is about (up to two words between, no number) compares nothing
    people = [h.start for h in a.nouns if h.payload[0] in ("defenders", "weak_defenders")]  # type: ignore[index]
    markers["comparison"] = [h for h in markers["comparison"] if not any(
        re.fullmatch(r"\s+(?:[^\W\d_][\w-]*\s+){0,2}", text[h.end:s0]) for s0 in people if s0 >= h.end)]
    place_hits = lex.places(text)  # read once: the periods ask where places are, the places what they are
    a.periods = _periods(text, numbers, lex, place_hits)
    # ("entre 2002 y 14": the 14 is the range's last year, not a count)
    short_years = {p.y2_span for p in a.periods if p.kind == "closed" and p.y2_span is not None}
    numbers = a.numbers = [Number(n.start, n.end, n.value, "year", n.text) if (n.start, n.end) in short_years else n
                           for n in numbers]
    a.places = _places(text, lex, a, place_hits)
    # (not one person's: "The year after his death brought no relief: the organisation counted 23")
    a.outcomes = [Term(h.start, h.end, h.payload) for h in lex.dimension_terms[vocab.dimensions()[0]].finditer(text)  # type: ignore[arg-type]
                  if lex.one_persons.ends_at(text, h.start, 8) is None]
    a.subgroups = {d: [Term(h.start, h.end, h.payload) for h in lex.dimension_terms[d].finditer(text)  # type: ignore[misc]
                       if d not in vocab.agent_dimensions() or not opposed(text, h.start, lex)]
                   for d in vocab.dimensions()[1:]}
    a.qualifiers = [Term(h.start, h.end, h.payload) for h in lex.qualifiers.finditer(text)]  # type: ignore[misc]
    # "paramilitary groups", "grupos armados ilegales": a noun of other things inside a group's own
    # name is part of that name, not a count of those things
    groups = [t for ts in a.subgroups.values() for t in ts]
    a.nouns = [h for h in a.nouns if h.payload[0] not in ("other_people", "other_things")  # type: ignore[index]
               or not any(t.start <= h.start and h.end <= t.end and (t.start, t.end) != (h.start, h.end) for t in groups)]
    both = lex.both.finditer(text)
    a.candidates = [n for n in numbers if n.kind == "cardinal" and not _weak_article(a, n)
                    and not any(h.start <= n.start < h.end for h in both)]
    a.asides = _asides(a)
    a.windows = _windows(a)
    return a


def _asides(a: Analysis) -> list[tuple[int, int]]:
    """Pairs of dashes that enclose an aside: a phrase with no count in it, or a count alone."""
    dashes = [m for m in DASH_RE.finditer(a.text)]
    out: list[tuple[int, int]] = []
    for d1, d2 in zip(dashes, dashes[1:]):
        inner = [n for n in a.candidates if d1.end() <= n.start < d2.start()]
        between = a.text[d1.end():d2.start()]
        alone = len(inner) == 1 and len(between.split()) <= 3
        if (not inner or alone) and len(between) < 120 and not any(s < d2.start() and d1.end() < e for s, e in out):
            # "the most killings - 65 - while ...": a count between dashes belongs to what comes before
            # it, and the closing dash still ends its clause
            out.append((d1.start(), inner[0].end if alone else d2.end()))
    return out


def _one_per_place(a: Analysis, n: Number) -> bool:
    """A weak number word right before a locative and a country: "one in Chile"."""
    if n.text.lower() not in a.lex.weak_numbers:
        return False
    m = re.match(r"\s+(?:" + a.lex.rx_locative + r")\s+", a.text[n.end:], re.I)
    return m is not None and any(p.start == n.end + m.end() and p.kind == "country" for p in a.places)


def opposed(text: str, start: int, lex: Lexicon) -> bool:
    """A group of killers the defenders are said to oppose ("taking on poachers and the criminal
    gangs behind the trade", "por enfrentarse a las mafias"): a few words after the opposing word, in
    its clause. Whom they opposed is not said to have killed them."""
    return any(len(text[h.end:start].split()) <= 6 and not CLAUSE_RE.search(text, h.end, start)
               for h in lex.opposed_words.finditer(text, max(0, start - 80), start) if h.end <= start)


def _weak_article(a: Analysis, n: Number) -> bool:
    """"un país", "una organización", "one of the": a weak number word that is an article or a
    pronoun, not a count. It counts only before a counted noun, or with "each"."""
    if n.text.lower() not in a.lex.weak_numbers:
        return False
    if a.text[:n.start].rstrip().endswith("(") and a.text[n.end:].lstrip().startswith(")"):
        return False  # "murdered (13) or disappeared (one)"
    # "cinco ligados a la minería, tres a la pesca, uno a la tala": an item of a list of counts
    before = a.text[:n.start]
    link = re.search(r"(?:,|\s(?:" + "|".join(re.escape(w) for w in a.lex.joiners) + r"))\s*$", before)
    # ("una cifra récord" after a count is an article: the word after a counted "uno" is a
    # function word, "uno a la tala", not a noun)
    nxt = re.match(r"\s+(\w+)", a.text[n.end:])
    if link is not None and nxt is not None and nxt.group(1).lower() in a.lex.prepositions \
            and not re.match(r"\s+" + a.lex.rx_of + r"\b", a.text[n.end:], re.I):
        prev = [m for m in a.numbers if m.end <= link.start() and m.kind == "cardinal"
                and m.text.lower() not in a.lex.weak_numbers and not STRONG_SEP_RE.search(a.text, m.end, n.start)]
        if prev and len(before[prev[-1].end:].split()) <= 12:
            return False
    # "four ... have not been found: one in Chile, one in Honduras, one in Mexico and one in the
    # Philippines": a list of places, each with its one
    if _one_per_place(a, n) and sum(_one_per_place(a, m) for m in a.numbers if m is not n) >= 1:
        return False
    # "Nicaragua con cuatro; Guatemala con tres ... y Venezuela con uno.": the last item of a list
    # of "con N"
    with_before = a.lex.with_links.ends_at(a.text, n.start, 12)
    if with_before is not None and re.match(r"\s*(?:[.;,]|$)", a.text[n.end:]):
        link_word = a.text[with_before.start:with_before.end].lower()
        if any(m.kind == "cardinal" and m.text.lower() not in a.lex.weak_numbers and
               a.text[:m.start].rstrip().lower().endswith(link_word) for m in a.numbers if m.end <= n.start):
            return False
    # "una tarea que costó la vida", "un puñado de casos": the noun must follow at once (one
    # adjective at most: "un defensor indígena", "one Indigenous defender")
    # ("una más fue desaparecida", "one more was killed": "more" and its verb before the noun)
    words = a.text[n.end:].split()
    if a.lex.organisation_nouns.starts_at(a.text, n.end, 30) is not None:
        return True  # ("una oenegé ecologista británica": an organisation, whatever word follows it)
    if a.lex.single_event_before.ends_at(a.text, n.start, 30) is not None:
        return True  # ("sentenciadas por el asesinato de un defensor rarámuri": one event told, not a count)
    more = 1 if words and words[0].lower() in a.lex.weak_then else 0
    noun = next((h for h in a.nouns if h.start >= n.end and re.fullmatch(r"[\s\w-]{0,30}", a.text[n.end:h.start])
                 and len(a.text[n.end:h.start].split()) <= 1 + 2 * more
                 and (more or not any(w.lower() in a.lex.function_words for w in a.text[n.end:h.start].split()))), None)
    following = re.match(r"\s+(\w+)", a.text[n.end:])
    if following is not None and following.group(1).lower() in a.lex.aggregate_nouns:
        return True  # "un saldo de 15 asesinatos", "a toll of 200"
    if noun is not None and noun.payload[0] in ("defenders", "weak_defenders", "outcome"):  # type: ignore[index]
        return False
    if a.marker_after("each", n.end, r"\s*"):
        return False
    return True


# ----------------------------------------------------------------------------- periods

def _periods(text: str, numbers: list[Number], lex: Lexicon, place_hits: list[Hit]) -> list[Period]:
    found: list[Period] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    # ("más de 2000 personas": a four-digit number the number reader took for a count, with a hedge
    # before it and a counted noun after it, is no year, whatever pattern has it after "de")
    counts = {(n.start, n.end) for n in numbers if n.kind == "cardinal"}

    def year_spans(h: Hit) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in re.finditer(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", text[h.start:h.end])
                if (h.start + m.start(), h.start + m.end()) not in counts]

    # "entre enero y julio [de 2017]": months of a year are part of it; all twelve are the year
    for m in re.finditer(lex.rx_month_range, text, re.I):
        if not free(m.start(), m.end()):
            continue
        named = [g for g in m.groups() if g]
        year = re.match(rf"\s*,?\s*(?:(?:{lex.rx_of})\s+(?:(?:{lex.rx_article})\s+)?)?((?:1[89]|20)\d\d)\b",
                        text[m.end():], re.I)
        whole = len(named) == 2 and (named[0][:3].lower(), named[1][:3].lower()) == lex.year_bounds
        if year is not None:
            y, span = int(year.group(1)), (m.end() + year.start(1), m.end() + year.end(1))
            found.append(Period(m.start(), m.end() + year.end(), "single" if whole else "partial", y, y, span, span))
            taken.append((m.start(), m.end() + year.end()))
        elif not whole:
            found.append(Period(m.start(), m.end(), "partial"))
            taken.append((m.start(), m.end()))
    for h in lex.each_year_periods.finditer(text):
        ys = year_spans(h)
        if len(ys) == 2 and free(h.start, h.end):
            (a1, b1), (a2, b2) = ys
            y1, y2 = int(text[h.start + a1:h.start + b1]), int(text[h.start + a2:h.start + b2])
            found.append(Period(h.start, h.end, "each", y1, y2, (h.start + a1, h.start + b1), (h.start + a2, h.start + b2)))
            taken.append((h.start, h.end))
    for h in lex.closed_periods.finditer(text):
        ys = year_spans(h)
        if len(ys) == 2 and free(h.start, h.end):
            (a1, b1), (a2, b2) = ys
            y1, y2 = int(text[h.start + a1:h.start + b1]), int(text[h.start + a2:h.start + b2])
            # ("entre 2027 y 2021", a typo in the source: a span that ends before it starts is kept as
            # such, so that its figure goes to review instead of taking one of its years)
            found.append(Period(h.start, h.end, "closed" if y1 <= y2 else "reversed", y1, y2,
                                (h.start + a1, h.start + b1), (h.start + a2, h.start + b2)))
            taken.append((h.start, h.end))
    # "entre 2012, año en que la ONG empezó a publicar sus informes, y 2022": a range whose two
    # years an aside stands between; "between the adoption of the Paris Agreement on 12 December 2015
    # and 31 December 2022", "entre la aprobación del Acuerdo de París, el 12 de diciembre de 2015, y el
    # 31 de diciembre de 2022": a range between two full dates, after words that name the first
    date = rf"{lex.rx_day_month}\s+(?:(?:{'|'.join(re.escape(j) for j in lex.date_joiners) or '(?!)'})\s+)?"
    for pattern, _ in lex.closed_periods.pairs:
        words = re.fullmatch(r"([^\W\d_]+) \{y1\} ([^\W\d_]+) \{y2\}", pattern)
        if words is None:
            continue
        w1, w2 = words.group(1), words.group(2)
        aside = rf"\b{w1}\s+((?:1[89]|20)\d\d)\s*,[^,;:.()\d]{{1,90}},\s*{w2}\s+((?:1[89]|20)\d\d)\b"
        dates = (rf"\b{w1}\s+[^;:.()\d]{{0,90}}?{date}((?:1[89]|20)\d\d)\s*,?\s*{w2}\s+"
                 rf"(?:(?:{lex.rx_article})\s+)?{date}((?:1[89]|20)\d\d)\b")
        for rx in (aside, dates):
            for m in re.finditer(rx, text, re.I):
                y1, y2 = int(m.group(1)), int(m.group(2))
                if y1 <= y2 and free(m.start(), m.end()):
                    found.append(Period(m.start(), m.end(), "closed", y1, y2, m.span(1), m.span(2)))
                    taken.append((m.start(), m.end()))
    # "entre 2002 y 14", "2012-24": a range whose second year is written with two digits
    for pattern, _ in lex.closed_periods.pairs:
        words = re.fullmatch(r"([^\W\d_]+) \{y1\} ([^\W\d_]+) \{y2\}", pattern)
        if words is None:
            continue
        short = rf"\b{words.group(1)}\s+((?:1[89]|20)\d\d)\s+{words.group(2)}\s+(\d\d)\b(?![\w%]|\s+[^\W\d_])"
        for rx in (short, r"(?<![\w-])((?:1[89]|20)\d\d)[-–](\d\d)\b(?![\w%])"):
            for m in re.finditer(rx, text, re.I):
                y1 = int(m.group(1))
                y2 = y1 // 100 * 100 + int(m.group(2))
                if y1 < y2 and free(m.start(), m.end()):
                    found.append(Period(m.start(), m.end(), "closed", y1, y2, m.span(1), m.span(2)))
                    taken.append((m.start(), m.end()))
    # "between 2012 and mid-2024", "entre 2012 y mediados de 2024": a range opened by its first year whose end is not
    # read is no year of its own (read as one, 2012 would be the figure's year)
    for pattern, _ in lex.closed_periods.pairs:
        words = re.fullmatch(r"([^\W\d_]+) \{y1\} ([^\W\d_]+) \{y2\}", pattern)
        if words is None or words.group(1).lower() not in lex.range_openers:
            continue
        for m in re.finditer(rf"\b{words.group(1)}\s+((?:1[89]|20)\d\d)\s+{words.group(2)}\b", text, re.I):
            # (not one the lexicon reads as open-ended: "between 2002 and the present day")
            if free(m.start(), m.end()) and not any(h.start == m.start() for h in lex.open_periods.finditer(
                    text, m.start(), min(len(text), m.end() + 60))):
                found.append(Period(m.start(), m.end(), "unclosed", int(m.group(1)), None, m.span(1), None))
                taken.append((m.start(), m.end()))
    for matcher, kind in ((lex.partial_periods, "partial"), (lex.open_periods, "open"), (lex.single_periods, "single")):
        for h in matcher.finditer(text):
            ys = year_spans(h)
            if len(ys) == 1 and free(h.start, h.end):
                a1, b1 = ys[0]
                y = int(text[h.start + a1:h.start + b1])
                span = (h.start + a1, h.start + b1)
                found.append(Period(h.start, h.end, kind, y, None if kind == "open" else y, span,
                                    None if kind == "open" else span))
                taken.append((h.start, h.end))
    for h in lex.partial_relative.finditer(text):
        if free(h.start, h.end):
            found.append(Period(h.start, h.end, "partial"))
            taken.append((h.start, h.end))
    for h in lex.open_relative.finditer(text):
        if free(h.start, h.end):
            found.append(Period(h.start, h.end, "open_relative", years_back=years_back(text[h.start:h.end], lex)))
            taken.append((h.start, h.end))
    # "se registraron hasta 2024": a tally up to a year, not a tally of that year; its start is not stated
    # ("casi 80 asesinatos en un solo año": nor is a year the phrase does not name)
    for h in lex.until_years.finditer(text) + lex.unnamed_years.finditer(text):
        if free(h.start, h.end):
            found.append(Period(h.start, h.end, "open_relative"))
            taken.append((h.start, h.end))
    # "since the Paris Agreement": open from an event, with no year in the clause
    for h in lex.open_markers.finditer(text):
        ev = lex.open_events.starts_at(text, h.end, 60)
        if ev is None or not free(h.start, ev.end):
            continue
        if lex.record_years.ends_at(text, h.start, 30) is not None:
            continue  # ("2020 was the deadliest year since it began its count, with 227": a record, not the figure's years)
        clause_end = next((m.start() for m in re.finditer(r"[,;:()]", text) if m.start() >= ev.end), len(text))
        if any(ev.end <= n.start < clause_end and n.kind == "year" for n in numbers):
            continue  # "since the Paris Agreement was adopted in 2015": the year opens it
        found.append(Period(h.start, ev.end, "open_relative"))
        taken.append((h.start, ev.end))
    for h in lex.relative_periods.finditer(text):
        # ("last year's edition, which counted 142 killings ... for 2024", "el informe del año pasado"): a relative
        # year that dates a report names when the report came out, not the years of its figures
        names_report = relative_names_report(text, h, lex)
        # ("For 2024, the previous report counted 19 cases"): a report named as the one before, right after a year
        # set off by a comma, dates nothing; the year does (not "the 79 killings ... in its previous report", in a
        # sentence whose year is another figure's)
        report_before_year = bool(lex.report_nouns.finditer(text, h.start, h.end)) and any(
            n.kind == "year" and re.fullmatch(r"\s*,\s*", text[n.end:h.start]) for n in numbers)
        if free(h.start, h.end) and not names_report and not report_before_year:
            found.append(Period(h.start, h.end, "relative", relative=h.payload))  # type: ignore[arg-type]
            taken.append((h.start, h.end))
    for h in lex.anaphoric_periods.finditer(text):
        if free(h.start, h.end):
            found.append(Period(h.start, h.end, "anaphoric"))
            taken.append((h.start, h.end))
    for n in numbers:
        if n.kind == "year" and free(n.start, n.end):
            found.append(Period(n.start, n.end, "bare", int(n.value), int(n.value), (n.start, n.end), (n.start, n.end)))
            taken.append((n.start, n.end))
    out = []
    place_spans = [(h.start, h.end) for h in place_hits]
    for p in sorted(found, key=lambda p: p.start):
        governs = True
        # the year of a date ("in June 2021", "September 17, 2025") or of a founding is no period of a count
        y1_at = p.y1_span[0] if p.y1_span else p.start
        # ("septiembre de 2025": the language's date joiner may stand between month and year)
        joined = re.search(rf"\b(?:{'|'.join(re.escape(j) for j in lex.date_joiners) or '(?!)'})\s*$", text[max(0, y1_at - 8):y1_at], re.I)
        month_end = y1_at - len(joined.group()) if joined else y1_at
        if p.kind in ("single", "bare") and (lex.months.ends_at(text, y1_at, 20) is not None
                                             or lex.months.ends_at(text, month_end, 20) is not None):
            governs = False
        if p.kind in ("single", "bare") and re.search(r"\d{1,2},?\s*$", text[max(0, p.start - 5):y1_at]) \
                and lex.months.finditer(text, max(0, p.start - 20), p.start):
            governs = False
        # the year of an event named by its noun: "surgidos del acuerdo de paz de 2016" (the noun within
        # three words before "de/of" and the year), "the 2016 peace agreement" (within two words after)
        if p.kind in ("single", "bare"):
            of_before = re.search(rf"\b(?:{lex.rx_of})\s+$", text[:y1_at], re.I)
            if of_before is not None and any(
                    len(text[h.end:of_before.start()].split()) <= 2
                    for h in lex.event_nouns.finditer(text, max(0, of_before.start() - 40), of_before.start())):
                governs = False
            if any(len(text[p.end:h.start].split()) <= 1 for h in lex.event_nouns.finditer(text, p.end, min(len(text), p.end + 30))):
                governs = False
        # a year in an aside opened by a relative pronoun after a comma, with no number of its own: "In
        # Mexico, which was first in the ranking in 2021, the total number of deaths dropped from 54 to 31"
        # (an aside about a place, closed by a comma right after the year; "..., which made 2017 the
        # bloodiest year" still sets the year of what follows; a relative year too: "Guatemala, which was second a
        # year earlier, fell to fourth place with 11")
        if p.kind in ("single", "bare", "relative"):
            comma = text.rfind(",", 0, p.start)
            rel = lex.relative_pronouns.starts_at(text, comma + 1, 12) if comma >= 0 else None
            # (or an apposition that ranks the place: "México, el país con más asesinatos en 2021, tuvo
            # una caída notable al pasar de 54 a 31")
            appos = re.match(rf"\s*(?:{lex.rx_article})\s+([^\W\d_]+)", text[comma + 1:], re.I) if comma >= 0 else None
            ranked = appos is not None and appos.group(1).lower() in lex.ranking_nouns
            # (or one that opens with an ordinal: "En México, primero de la clasificación en 2021, el
            # total de muertes bajó de 54 a 31", "Mexico, first in the ranking in 2021, ...")
            first = re.match(r"\s*([^\W\d_]+)", text[comma + 1:]) if comma >= 0 else None
            ranked = ranked or (first is not None and first.group(1).lower() in lex.ordinal_words)
            close = p.end + len(text[p.end:]) - len(text[p.end:].lstrip())
            after_place = comma >= 0 and any(q[1] == comma or text[q[1]:comma].strip() == "" for q in place_spans)
            # (a relative year only in an aside that compares nothing: not "..., which is down from the year before,
            # when they counted 196 killings")
            if (rel is not None or ranked) and after_place and text[close:close + 1] == "," and \
                    not re.search(r"[;:.()]", text[comma:close]) and \
                    not any(comma < x.start < close and x.kind == "cardinal" for x in numbers) and \
                    not (p.kind == "relative" and lex.comparison.finditer(text, comma, close)):
                governs = False
        # ("In 2024, the year before, Mexico had 19 cases": a relative year set off by commas right after a year
        # restates that year; it does not count from it)
        if p.kind == "relative" and text[p.end:].lstrip()[:1] == "," and any(
                q.kind in ("single", "bare") and q.end <= p.start and re.fullmatch(r"\s*,\s*", text[q.end:p.start])
                for q in found):
            governs = False
        # the year a comparison is made with ("respecto a 2021", "compared with 2021", "than in 2021")
        # "compared to none in 2015", "nearly double its 2021 figure"
        before = lex.zero.ends_at(text, p.start, 20) or lex.determiners.ends_at(text, p.start, 12) \
            or lex.possessives.ends_at(text, p.start, 8)
        cmp = lex.comparison.ends_at(text, before.start if before is not None else p.start, 24)
        if cmp is None and p.y1_span is not None and p.y1_span[0] > p.start:
            # ("respecto de 2013": the period's own "de" is the comparison's last word)
            cmp = lex.comparison.ends_at(text, p.y1_span[0], 24)
        compared = cmp is not None and p.kind in ("single", "bare")
        as_word = lex.equative_close.ends_at(text, p.start, 8)
        if as_word is not None and p.kind in ("single", "bare") and any(
                h.end <= as_word.start for h in lex.equative_open.finditer(text, max(0, as_word.start - 120), as_word.start)):
            compared = True
        if p.kind == "relative" and (cmp is not None or any(
                h.start < p.start < h.end for h in lex.comparison.finditer(text, max(0, p.start - 24), p.start + 4))):
            compared = True  # "una disminución frente al año pasado (54)": the year compared with
        # "a fivefold increase from 2017 to 2018": two years compared, not a span of years
        if p.kind == "closed" and any(h.start < p.start <= h.end for h in lex.comparison.finditer(text, max(0, p.start - 30), p.end)):
            compared = True
        if p.kind in ("single", "bare") and p.y1_span is not None and any(
                lex.equative_years.ends_at(text, at, 24) is not None
                for at in (p.y1_span[0], before.start if before is not None else p.start)):
            governs = False  # "Colombia, as in 2022, holds the grim record, with 79 cases"
        kind = p.kind
        # "since Global Witness began recording in 2012", "desde que ... en 2012": an open period
        if p.kind in ("single", "bare"):
            # the marker's clause may run over an aside: "desde que la ONG empezó, en 2012, a seguir"
            # (and a date in brackets after it: "desde que Duterte llegó al poder (30 de junio de 2016)")
            lp = text.rfind("(", 0, p.start)
            upto = lp if lp >= 0 and ")" not in text[lp:p.start] and text.find(")", p.end) >= 0 else p.start
            clause_start = max([m.end() for m in re.finditer(r"[;:()]", text[:upto])] + [0, p.start - 130])
            marks = [h for h in lex.open_markers.finditer(text, clause_start, p.start) if h.end <= p.start]
            # ... unless a count or another year stands between: "since a record 227 in 2020" is 227
            # in 2020
            if marks and not any(marks[-1].end <= n.start < p.start and n.kind in ("cardinal", "year")
                                 for n in numbers):
                kind = "open"
                # "since the Paris Agreement was adopted on 12 December 2015": the date's year opens it
                governs = not _record_frame(text, marks[-1].start, lex)
        if p.kind == "open" and _record_frame(text, p.start, lex):
            governs = False
        if not governs or compared or kind != p.kind:
            p = Period(p.start, p.end, kind, p.y1, None if kind == "open" else p.y2, p.y1_span,
                       None if kind == "open" else p.y2_span, p.relative, governs, compared)
        out.append(p)
    return out


def sole_country(a: Analysis) -> Place | None:
    """The one place a line names, if it is a country ("SIDEBAR: Mexico 2025 at a glance (Global Witness)", "Global
    Witness figures for Mexico: defenders killed or disappeared"): the country of the list lines or table rows under it."""
    places = [p for p in a.places if p.governs]
    return places[0] if len(places) == 1 and places[0].kind == "country" else None


def _record_frame(text: str, since_at: int, lex: Lexicon) -> bool:
    """"2017 was the deadliest year ... since it began keeping count in 2012", "el año más letal desde
    2012": a superlative a few words before "since", in its clause, makes the open period the frame of
    a record, not the period of a figure."""
    lo = max([m.end() for m in re.finditer(r"[,;:()]", text[:since_at])] + [0])
    return any(len(text[h.end:since_at].split()) <= 6 for h in lex.record_before_since.finditer(text, lo, since_at))


# ----------------------------------------------------------------------------- places

def _dateline_place(text: str, h: Hit, lex: Lexicon) -> bool:
    """A place that opens its sentence (or a bracket) and is followed by a comma and a day and month:
    a dateline, "(Ciudad de México, 24 de julio de 2018) Al menos 207 personas ...", "MANILA, Sept. 13 --"; or
    closed by a stop and a dash, "Oaxaca de Juárez, Oax.– El informe ...", "Londres (Agencia).- ..."."""
    return text[:h.start].strip(" (") == "" and (
        re.match(rf"\s*,\s*{lex.rx_day_month}", text[h.end:], re.I) is not None
        or re.match(r"[^\n.–—]{0,40}?[.)]+\s*[–—-]+\s", text[h.end:]) is not None)


def _event_place(text: str, h: Hit, lex: Lexicon) -> bool:
    """A place right after an event noun (a number glued to it allowed, "COP27") and a locative (its month may
    stand between: "la COP28 de noviembre en los Emiratos Árabes Unidos")."""
    m = re.search(rf"([^\W_]+)(?:\s+(?:{lex.rx_of})\s+(?:{lex.rx_month})\b)?\s+(?:{lex.rx_locative})\s+"
                  rf"(?:(?:{lex.rx_article})\s+)?$", text[:h.start], re.I)
    if m is None:
        return False
    word = re.sub(r"\d+$", "", m.group(1))
    return bool(word) and lex.event_nouns.ends_at(text, m.start(1) + len(word), 30) is not None


def _figure_attached(text: str, end: int, lex: Lexicon, after_comma: bool) -> bool:
    """A figure right after a place, in a bracket ("Colombia (41)") or after "with"/"con" ("Colombia with 24"; after a
    comma too when `after_comma`: "superado por Colombia, con 79"): the place's own, whatever frame comes before it."""
    comma = r"\s*,?" if after_comma else ""
    return re.match(rf"\s*\([^()]*\d|{comma}\s+(?:{lex.rx_with})\s+[^\W_]*\s*\d", text[end:], re.I) is not None


def _places(text: str, lex: Lexicon, a: Analysis, hits: list[Hit]) -> list[Place]:
    out: list[Place] = []
    spread_ranges = _spreads(text, hits, lex)
    titles = _titles(text)
    seats = lex.seats(text, hits)
    for h in hits:
        kind, code = h.payload  # type: ignore[misc]
        governs = True
        if any(s <= h.start < e for s, e in spread_ranges + titles):
            governs = False
        if lex.excluding.ends_at(text, h.start, 24) is not None:
            governs = False
        if lex.in_composition(text, h.start):
            governs = False
        if _dateline_place(text, h, lex):
            governs = False
        # where an event was held, not the figure's place: "the 200 defenders killed in the year before
        # COP27 in Egypt", "la conferencia de 2019 en Madrid"
        if _event_place(text, h, lex):
            governs = False
        if kind == "region" and lex.member_of.ends_at(text, h.start, 12) is not None:
            governs = False  # "uno de los países donde más se deterioró la situación": México's set
        if h.start in seats:
            governs = False  # "The UK-based group Global Witness said ... 48 ... in the Philippines"
        frame = lex.comparison_frame.ends_at(text, h.start, 24)
        outranked = lex.outranked_by.ends_at(text, h.start, 24)
        # ("Después de Colombia (con 65 asesinatos), siguen ...": the place a ranking goes on from
        # still governs the figure in the bracket right after it)
        if outranked is not None and not _figure_attached(text, h.end, lex, after_comma=True):
            governs = False
        if frame is not None and not _figure_attached(text, h.end, lex, after_comma=False):
            # ("After the Philippines with 30 victims came Colombia with 24": so does a figure
            # attached to it by "with"; after a comma the figure is the main clause's: "The country
            # ranked first, overtaking Brazil, with 30 deaths")
            governs = False
        if kind in ("world", "region"):
            # "the third place in the world", "fourth in the Americas region and seventh worldwide"
            # a ranking names the world (or a region) as the field of comparison: a ranking word, then
            # a place noun or an ordinal just before the world term
            # within the world term's own clause: an ordinal up to seven words before it ("the
            # second highest number of deaths in the world"), a ranking noun up to five
            clause_from = max([m.end() for m in re.finditer(r"[,;:()]", text[:h.start])] + [0, h.start - 60])
            words_before = [w.strip(",.\"“”«»'") for w in text[clause_from:h.start].lower().split()]
            ordinal = any(w in lex.ordinal_words or DIGIT_ORDINAL_RE.fullmatch(w) for w in words_before[-7:])
            rank = [r for r in lex.ranking_after.finditer(text, clause_from, h.start)]
            reach = 8 if kind == "world" else 5  # "el país con más asesinatos de este tipo en el mundo"
            ranked_place = bool(rank) and any(w in lex.ranking_nouns for w in words_before[-reach:])
            # "the world's second deadliest country", "el mundo": a ranking word right after the
            # world's possessive ranks within it
            after = [w.strip(",.\"“”«»'") for w in text[h.end:h.end + 40].lower().split()][:3]
            ranked_after = text[h.end:h.end + 2] in ("'s", "’s") and any(
                w in lex.ordinal_words or DIGIT_ORDINAL_RE.fullmatch(w) or w in lex.ranking_after_words for w in after)
            # "Brazil headed the 2016 global list with 49 killings", "la lista mundial": a list's field
            # (quote marks around the list noun: "el 'ranking' mundial")
            next_word = re.match(r"[\s\"'’”»]*([^\W\d_]+)", text[h.end:])
            word_before = re.search(r"([^\W\d_]+)[\"'’”»]*\s*$", text[:h.start])
            listed = any(m is not None and lex.ranking_lists.fullmatch(m.group(1)) is not None
                         for m in (next_word, word_before))
            ranked_by_verb = kind == "world" and lex.ranking_verbs.ends_at(text, h.start, 16) is not None
            if ordinal or ranked_place or ranked_after or (kind == "world" and listed) or ranked_by_verb:
                governs = False
        out.append(Place(h.start, h.end, kind, code, governs))
    return out


TITLE_RE = re.compile(r"\"([^\"\d]{1,80})\"|“([^”\d]{1,80})”|«([^»\d]{1,80})»|‘([^’\d]{1,80})’"
                      r"|(?:^|(?<=\s))'([^'\d]{1,80})'(?=[\s,.;:]|$)")


def relative_names_report(text: str, h: Hit, lex: Lexicon) -> bool:
    """Whether the relative year `h` dates a report ("last year's edition", "el informe del año pasado")."""
    poss = re.match(r"['’]s\b", text[h.end:])
    if lex.report_nouns.starts_at(text, h.end + (poss.end() if poss else 0), 12) is not None:
        return True
    # ("el informe del año pasado": "del" before the phrase, or the phrase's own first word)
    of_before = re.search(r"\bdel?\s*$", text[max(0, h.start - 4):h.start], re.I)
    if of_before is not None:
        before = h.start - len(of_before.group())
    elif re.match(r"del?\s", text[h.start:h.end], re.I):
        before = h.start
    else:
        return False
    return lex.report_nouns.ends_at(text, len(text[:before].rstrip()), 20) is not None


def _titles(text: str) -> list[tuple[int, int]]:
    """A short quoted phrase with no number is a title ("Enemies of the State?", «En tierra
    peligrosa»): the places in it name no place of a count."""
    return [(m.start(), m.end()) for m in TITLE_RE.finditer(text)
            if len(next(g for g in m.groups() if g is not None).split()) <= 8]


def _spreads(text: str, hits: list[Hit], lex: Lexicon) -> list[tuple[int, int]]:
    """"from the Amazon to the Philippines and the Democratic Republic of Congo": places named to
    show a spread, not where a count is."""
    ranges = []
    for first, second in lex.spread:
        for h in hits:
            before = text[max(0, h.start - 12):h.start].lower()
            if not re.search(rf"\b{re.escape(first)}\s+(?:{lex.rx_article}\s+)?$", before):
                continue
            later = [k for k in hits if k.start > h.end and
                     re.search(rf"\b{re.escape(second)}\s+(?:{lex.rx_article}\s+)?$",
                               text[h.end:k.start].lower())
                     and len(text[h.end:k.start]) < 40]
            if not later:
                continue
            end = later[0].end
            # and the list that goes on after it ("... to the Philippines and the DRC")
            for k in hits:
                if k.start >= end and re.fullmatch(rf"\s*(?:,|{lex.rx_and})\s*(?:{lex.rx_article}\s+)?", text[end:k.start], re.I):
                    end = k.end
            ranges.append((h.start, end))
    return ranges


# ----------------------------------------------------------------------------- windows

def _windows(a: Analysis) -> dict[int, tuple[int, int]]:
    """Each candidate's own part of the sentence. Between two candidates the text is divided at a
    comparison marker, else at the last strong separator (; — :), else at the first comma or
    coordinator; never inside brackets. The first starts after the last strong separator before
    it; the last ends at the first strong separator after it."""
    text = a.text
    cands = a.candidates
    out: dict[int, tuple[int, int]] = {}
    bounds: list[int] = []
    for n, m in zip(cands, cands[1:]):
        bounds.append(_split_point(a, n, m))
    for i, n in enumerate(cands):
        if i == 0:
            strong = [s.end() for s in STRONG_SEP_RE.finditer(text, 0, n.start) if not a.in_parens(s.start())]
            left = strong[-1] if strong else 0
        else:
            left = bounds[i - 1]
        if i == len(cands) - 1:
            strong_after = [s.start() for s in STRONG_SEP_RE.finditer(text, n.end) if not a.in_parens(s.start())
                            and not (s.start() == n.end and line_dash(text, n))]
            right = strong_after[0] if strong_after else len(text)
        else:
            right = bounds[i]
        # "79 personas, el 40% de los asesinatos en el planeta": what follows a share is the share's
        share = next((m for m in a.numbers if n.end < m.start < right and m.kind in ("percent", "fraction")), None)
        if share is not None:
            cut = max((c.start() for c in re.finditer(r"[,;:—–(]", text[:share.start]) if c.start() >= n.end
                       and not a.in_parens(c.start())), default=share.start)
            right = cut
        out[n.start] = (left, right)
    return out


def line_dash(text: str, n: Number) -> bool:
    """Whether a dash right after the number that opens its line labels it: "57 - victims who were Indigenous" is
    one phrase, its noun and group after the dash (no end of the number's part or clause)."""
    return not text[:n.start].strip() and re.match(r"\s[—–-]\s", text[n.end:]) is not None


def _split_point(a: Analysis, n: Number, m: Number) -> int:
    text = a.text
    lo, hi = n.end, m.start
    # "from four in 2023 to 20 in 2024", "de tres en 2017 a 16 en 2018": the second word of a spread
    for first, second in a.lex.spread:
        if re.search(rf"(?:^|\s){re.escape(first)}\s+$", text[max(0, n.start - 12):n.start], re.I):
            sm = re.search(rf"\s{re.escape(second)}\s", text[lo:hi], re.I)
            if sm:
                return lo + sm.start()
    # a comparison marker that introduces the next item ("compared to 33", "frente a 5")
    cmp = [h for h in a.markers["comparison"] if lo <= h.start and h.end <= hi and not a.in_parens(h.start)]
    if cmp:
        h = cmp[0]
        comma = text.rfind(",", lo, h.start)
        return comma if comma >= 0 and not a.in_parens(comma) else h.start
    strong = [m for m in STRONG_SEP_RE.finditer(text, lo, hi) if not a.in_parens(m.start())]
    if strong:
        return strong[-1].start()
    # "48 killings — nearly one-third of cases worldwide — followed by Guatemala with 20": an aside
    # between the two ends the first's part
    # (not when a comma before the aside already ends it: "with 57 killed, followed by the Philippines –
    # the deadliest country in Asia – with 48")
    aside = [(s, e) for s, e in a.asides if lo <= s and e <= hi]
    if aside and "," not in text[lo:aside[0][0]]:
        return aside[-1][1]
    close = text.find(")", lo, hi)
    start = close + 1 if close >= 0 and a.in_parens(lo) else lo
    # the number's own noun phrase holds together: "200 environmental and land defence activists"
    noun = next((h for h in a.nouns if h.start >= lo and h.end <= hi and not re.search(r"[,;:.()—–\d]", text[lo:h.start])
                 and len(text[lo:h.start].split()) <= 5), None)
    if noun is not None:
        start = max(start, noun.end)
    weak = [m.start() for m in WEAK_SEP_RE.finditer(text, start, hi) if not a.in_parens(m.start())]
    coord = [h.start for h in a.markers["coordinators"] if start <= h.start and h.end <= hi
             and not a.in_parens(h.start)]
    # an "and" inside a mention is not a separator: "between 2012 and 2022", "land and environmental
    # defenders", "killed or disappeared"
    spans = [(p.start, p.end) for p in a.periods] + [(h.start, h.end) for h in a.nouns] + \
        [(t.start, t.end) for t in a.outcomes] + [(t.start, t.end) for ts in a.subgroups.values() for t in ts] + \
        [(p.start, p.end) for p in a.places]
    seps = sorted(x for x in weak + coord if not any(s0 < x < e0 for s0, e0 in spans)
                  and not _joins_like_mentions(a, x) and not _joins_complements(a, noun, x, hi))
    if seps:
        return seps[0]
    # "After the Philippines with 30 victims came Colombia with 24": no separator, but the next
    # number's place labels it ("Colombia with", "Brasil (", "Perú, con"); the label is the next's
    # (not "86 in India and 20 in Indonesia (461 in Colombia)": a place after a locative is the
    # number's before it)
    label = [p for p in a.places if start <= p.start and p.end <= hi
             and re.fullmatch(rf"\s*,?\s*(?:(?:{a.lex.rx_with})\s+|\(\s*)?", text[p.end:hi], re.I)
             and not re.search(rf"(?:^|\s)(?:{a.lex.rx_locative})\s+$", text[lo:p.start], re.I)]
    return label[-1].start if label else hi


def _joins_complements(a: Analysis, noun: Hit | None, x: int, hi: int) -> bool:
    """"146 personas defensoras de la tierra y el ambiente asesinadas": an "and" between two
    complements of the number's noun ("de la tierra", "el ambiente"), with no number in the second,
    joins them; it does not end the number's part."""
    if noun is None or x < noun.end:
        return False
    text, lex = a.text, a.lex
    complement = rf"(?:{lex.rx_of})\s+(?:(?:{lex.rx_article})\s+)?[^\W\d_]+"
    # (the complement after the noun, or the last words of the noun itself: "personas defensoras de la tierra")
    before = re.fullmatch(rf"\s+{complement}\s*", text[noun.end:x], re.I) or (
        not text[noun.end:x].strip() and re.search(rf"\b{complement}$", text[noun.start:noun.end], re.I))
    after = re.match(rf"\s*(?:{lex.rx_and})\s+(?:(?:{lex.rx_of}|{lex.rx_article})\s+){{0,2}}[^\W\d_]+\b", text[x:hi], re.I)
    # ("unos 200 activistas ambientales y de la tierra": a second complement, after an adjective)
    before = before or (re.fullmatch(r"(?:\s+[^\W\d_]+){0,2}\s*", text[noun.end:x]) and after is not None
                        and re.match(rf"\s*(?:{lex.rx_and})\s+(?:{lex.rx_of})\s", text[x:hi], re.I))
    return bool(before) and after is not None and not any(x <= m.start < x + after.end() for m in a.numbers)


def _joins_like_mentions(a: Analysis, x: int) -> bool:
    """"proyectos mineros y extractivos", "killed and disappeared": a coordinator between two
    mentions of one kind joins them into one phrase, it does not separate list items."""
    text = a.text
    groups = [[(t.start, t.end) for t in ts] for ts in a.subgroups.values()] + \
        [[(t.start, t.end) for t in a.outcomes]]
    m = re.match(rf"\s*(?:,\s*)?(?:{a.lex.rx_and}|{a.lex.rx_or})\s+", text[x:], re.I) or re.match(r",\s*", text[x:])
    if not m:
        return False
    for spans in groups:
        before = any(e <= x and not text[e:x].strip() for s, e in spans)
        after = any(s == x + m.end() for s, e in spans)
        if before and after:
            return True
    return False
