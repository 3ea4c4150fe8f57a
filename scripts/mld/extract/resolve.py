"""Decide what each number of a sentence is: a count (every field resolved from the text, with
its evidence), an item for review (with the true reason), or a number of another kind.

A field is taken, in this order, from: the number's own window; the other items of a list it is
in (a field only one item states); the lead-in of a list item; the count it is part of, compared
with or repeats; the sentence before (the discourse context). A country that nothing names makes
a Global Witness figure worldwide only while the text has named no country at all.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from mld import vocab
from mld.clauses import CHANGE_SPAN, clause_span, elsewhere_conflict, joined_as_one, place_in_world_clause
from mld.extract.mentions import (
    CLAUSE_RE,
    DASH_RE,
    Analysis,
    Period,
    Place,
    Term,
    analyse,
    line_dash,
    opposed,
    relative_names_report,
    sole_country,
)
from mld.extract.model import Count, Evidence, Extraction, Share, Unresolved
from mld.extract.segment import TERMINAL_RE, Sentence, sentences
from mld.extract.source import Source
from mld.extract.tables import read_tables
from mld.lexicon import Hit, Lexicon, Matcher, guess_language, lexicon
from mld.numbers import DIGIT_ORDINAL_RE, Number, difference_follows, find_numbers, values_in
from mld.reports import covered_years, year_written
from mld.scope import dominant_country, main_country

MAX_SENTENCE = 3000
NO_REPORT = ": the text does not say which Global Witness report, so its last year is not known"
NO_NOUN = "the number's counted noun is not stated (what it counts is unclear)"
# an English possessive of up to three words before a number: "last year's", "Mexico's", "2024's"
POSSESSIVE = r"(?:[^\W_]+\s+){0,2}?[^\W_]+['’]s\s+"
PLACE_GIVEN_FIGURE = "a place given a"
# reasons of parts whose whole is in review: a parallel part joined to one of them is in review with it
PART_IN_REVIEW = ("counts part of the figure", "stated as part of")
# reasons of a frame (a part of a year, another organisation) that an item joined by "and" shares
SHARED_FRAME = ("the period is part of a year", "the figure is attributed to")
NO_FIGURE_BEFORE = "counts part of a group named before it, but no figure precedes it"
NOT_DEFENDERS = ", not land and environmental defenders"
NO_COUNTRY = "no country is stated for this figure"
CONTEXT_TOO_BIG = NO_COUNTRY + ": the country of the sentences before"  # would hold half the world's figure
WHOLE_UNPLACED = "a total that a part is taken from, with no country stated for it"
NO_PERIOD = "no year or period is stated for this figure"
NO_DATE = ", but the source has no published date to count from"
# bases whose span is not the value's own words (a date, a report title, a quoted total): a figure
# that takes the value from another keeps them as they are
KEPT_BASES = ("published_date", "relative", "reference", "report", "report_by_total", "report_released", "report_covering",
              "last_years", "world_implied", "main_country")
UNSTATED_TOTAL = " names a total the text has not stated before, and no country is named for it"
# an organisation's name: capitalised words, maybe joined by "de", "of", "for" ("Via Campesina",
# "Red Mexicana de Organizaciones Campesinas Forestales")
ORG_NAME = (r"(?:[A-ZÁÉÍÓÚÑ][\w'’.&-]*)(?:\s+(?:de\s+(?:la\s+|las\s+|los\s+)?|del\s+|of\s+(?:the\s+)?|for\s+(?:the\s+)?"
            r"|por\s+(?:la\s+|el\s+|los\s+|las\s+)?|para\s+(?:la\s+|el\s+)?|y\s+|and\s+)?"
            r"[A-ZÁÉÍÓÚÑ][\w'’.&-]*){0,9}(?:\s+\([A-ZÁÉÍÓÚÑ][\w.-]*\))?")
TEXT_COUNTRY = "the only country the text names"
SECTION = "the country the list item heading this part of the text names"
FROM_WITHOUT_YEAR = "the figure a change starts from ('from'), but its own year is not stated"
NOT_PEOPLE = ", not people"
OTHER_SOURCE = "the figure is attributed to"  # how every reason for another organisation's figure begins
OTHER_HARM = ", not that these people were killed or disappeared"  # "9.000 activistas ... atacados"
NOT_OF_DEFENDERS = ", not of defenders"  # "siete de los 10 países": a part of other things
OPEN_PERIOD = "the period is open-ended"  # how every reason for an open period begins
OPEN_YEARS_UNSTATED = ": its years are not stated"  # "over the past decade": no year to anchor it
# a short bracket with no number right after a word, an acronym or gloss ("defenders (LEDs)"): the clause goes on past it
GLOSS_RE = re.compile(r"\((?:[^\W\d_]+[ .'’-]?){1,3}\)")
STRONG_RE = re.compile(r";|\||—|\s–\s|\s--\s|:(?=\s)")
# a year written in digits, as a word of its own ("2024", not "12024" nor the "2024" of "2024-09-12"s day)
YEAR_WRITTEN_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")


@dataclass
class Value:
    """A resolved field: its value and the evidence rows behind it."""
    value: object
    evidence: list[Evidence]


@dataclass
class Discourse:
    """What earlier sentences established, for the sentences that do not say it again."""
    country: Value | None = None
    period: Value | None = None        # value: (start, end); evidence for both fields
    outcome: Value | None = None
    last: list[Count | Unresolved] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    countries_seen: set[str] = field(default_factory=set)
    report_year: Value | None = None
    # the text's opening lines name another organisation as its author and not Global Witness ("COMUNICADO DE
    # PRENSA / Centro Mexicano de Derecho Ambiental (CEMDA)"): its figures in the first person are that one's
    author_other: bool = False
    question_before: int = -1  # the paragraph of the sentence before, if it asked about defenders with no figure
    # what that question asks: its outcome and its one year, when it names no group
    question_asks: tuple[Value, Value] | None = None
    question_year: tuple[int, Value] | None = None  # the paragraph of a question that names one year, and that year
    # the paragraph of a question about defenders that names one country, and that country
    question_country: tuple[int, Value, int] | None = None  # (and where the question starts)
    # where the figures of the sentence before start that a "when" clause dates ("en 2020, cuando ... 227"): years
    # compared with, which a list after them does not go on in
    when_dated: set[int] = field(default_factory=set)
    # the report a dated text calls new ("a new report", "publicado este lunes"): it ends open periods
    # when the text names no report and quotes no report's total (basis `report_released`)
    released: Value | None = None
    # the text is about Global Witness's worldwide figures: its first count is worldwide, or a world
    # term ("global", "worldwide") is named before any country count
    global_article: bool = False
    # the first country the sentence before names (its subject, usually): what "the country" means
    # when that sentence named several
    subject: Value | None = None
    subject_paragraph: int = -1  # the paragraph of the sentence that named `subject` as its only country
    countries_before: frozenset = frozenset()  # the countries the sentence before named (governing)
    listed_before: frozenset = frozenset()  # every country the sentence before named (governing)
    listed_spans: dict = dataclasses.field(default_factory=dict)  # where the sentence before named each (code -> span)
    # a sentence of the paragraph gave figures over a span of years or an open period ("126 ... in
    # Africa since 2012"): a figure after it with no year may be of that span, not of the report's year
    spans_paragraph: int = -1  # the paragraph of the last sentence with figures, if they were over a span
    # the latest single year the text has set the scene in so far, and the year carried into a new paragraph
    # when it is an earlier one: a look back that the paragraph before ended on
    latest_year: int = 0
    latest_stated_year: int = 0  # (the latest one year a sentence states for its figures, read or in review)
    outcomes_said: set = dataclasses.field(default_factory=set)  # the outcomes sentences with figures have named
    looked_back: Value | None = None
    # the reading of the sentence before's figure that failed only on its place (a region), when it
    # gave no count: "126 ... were killed or disappeared in Africa since 2012. Other cases were in
    # Kenya, six; ..." goes on with its years
    partial_before: Count | None = None
    country_paragraph: int = -1  # the paragraph of the sentence that set `country`
    paragraph_places: tuple[int, frozenset[str]] = (-1, frozenset())  # a paragraph and the places it has named
    country_at: int = -1  # where the sentence that set `country` starts
    subject_at: int = -1  # where the sentence that named `subject` starts
    official_paragraph: bool = False  # this paragraph quotes officials and names no defenders
    sentence_before_at: int = -1  # where the sentence before the one being read starts
    about_before: int = -1  # the paragraph of the sentence before, if it was about defenders
    people_seen: bool = False  # a sentence before was about defenders
    # the paragraph of the last sentence with a figure attributed to another organisation ("the same
    # organization" later in that paragraph is that one)
    other_source_paragraph: int = -1
    # the paragraph of the sentence before, if it was a list of places with numbers going on from
    # defenders ("Lo siguen de lejos: Colombia, 33; ..."): a list may go on in the next paragraph
    # ("Después aparecen Nicaragua, 15; India, 14; ...")
    list_before: int = -1
    # the year of the scene before a whole-series total dated by its value ("desde 2012 ... 2.253")
    # took its place: the next paragraph goes on with it, as it would had the total not been read
    year_before_total: Value | None = None
    span: Value | None = None  # the span of years of the paragraph before, for "in that period"
    states_seen: bool = False  # a state or province has been named (a country's part)
    # a sentence before has named a country as a subject, whether or not it gave a figure ("The
    # Philippines is still the deadliest country in Asia ... Global Witness documented 43 earth
    # defenders murdered in 2019": no worldwide figure is implied)
    countries_named: bool = False
    world_named: bool = False  # a sentence has named the world ("worldwide", "en el mundo")
    # the region the sentence before named as its subject, with no world term, and that sentence's paragraph
    # ("Latin America and the Caribbean suffer from increasingly deadly conflicts ... According to Global
    # Witness, 1,044 environmental activists were murdered between 2010 and 2019": the region's, not the world's)
    region_before: tuple[int, str] | None = None
    state_before: tuple[int, str] | None = None  # the start of a sentence that named only a part of a country, and it
    # the title lines: those with no end punctuation before the first sentence that has one
    titles: set[int] = field(default_factory=set)
    # the sentence before was about the world: its figures were worldwide, or it named only the
    # world ("a key driver of the attacks worldwide")
    world_scene: Value | None = None
    # the paragraph in which a sentence last referred to a country as "the country" ("el país")
    deictic_paragraph: int = -1
    # in a text with no published date, the published years that a worldwide figure said with a
    # relative year implies ("185 activists were killed last year", 185 being the report on 2015's
    # worldwide total, puts "last year" at 2015 and the text in 2016)
    published_by_total: dict[int, str] = field(default_factory=dict)  # year: "total" or "report"
    written_from: int | None = None  # an undated text's earliest year, from a report total it quotes
    item_before: bool = False  # the sentence before was a list item ("• Mining was the deadliest sector ...")
    # the first mention of the one country the whole text names (no other country, no seat), if it
    # names exactly one: where a small figure with no place of its own is
    text_country: tuple[str, int, int] | None = None
    main_country: Value | None = None  # the country the text is about (mld.scope), when it names others too
    headline_country: Value | None = None  # the same, whether or not the text names others (read with it)
    text_country_read: bool = False  # `text_country` is read once, when a figure first needs it
    # a list item that is only a country's name ("25. Costa Rica") heads the lines after it, up to
    # the next such item: the country of figures with no place of their own there
    section_country: Value | None = None
    lead_section: bool = False  # `section_country` was set by a lead-in line over list items, not by a heading

    def new_topic(self) -> None:
        self.country = self.period = self.outcome = self.span = None
        self.last = []


class ExtractorFailure(Exception):
    """The extractor stopped on a text: a defect of the code, not of the text. Its message is one line naming the
    text and the error, for the command that reads the text to print instead of a traceback."""


def extract_or_fail(src: Source) -> Extraction:
    """`extract`, with any error of the extractor turned into an ExtractorFailure naming the text (a user's new article
    must never end in a traceback; the command stops before writing anything, so the outputs stay whole)."""
    try:
        return extract(src)
    except Exception as e:  # (a defect of the extractor, on text it was not built on: reported, never hidden)
        where = traceback.extract_tb(e.__traceback__)[-1]
        raise ExtractorFailure(
            f"{src.path}: the extractor failed on this text ({type(e).__name__}: {e} in {Path(where.filename).name}, "
            f"line {where.lineno}, {where.name}); nothing was written: please report it with the text") from e


def extract(src: Source) -> Extraction:
    """Read a source. A text with no published date (neither its header nor its address gives one)
    that states a report's worldwide total with a relative year ("185 killed last year") is read
    again with the published year that total implies, when it implies exactly one: "last year" is
    one year within one text. The source's metadata then says so (`published_from`)."""
    out, d = _read(src)
    stated_end = _stated_end(out)
    # (not when the text states a figure of that year or later itself: "185 killed last year ... In 2016,
    # 200 were killed" is not a text of 2016, and which report its "last year" means is not clear)
    if src.published_year is None and len(d.published_by_total) == 1 and stated_end < min(d.published_by_total):
        year, basis = next(iter(d.published_by_total.items()))
        src.meta["published"] = str(year)
        src.meta["published_from"] = basis
        out, _ = _read(src)
    quoted_year = _quoted_report_year(out)
    quoted = vocab.report_published(quoted_year) if quoted_year is not None else None
    if src.published_year is None and quoted is not None and quoted_year is not None and _says_relative_year(out, src) \
            and _stated_end(out) <= quoted_year and _latest_year_written(src) <= quoted_year \
            and not _other_world_figure_beside_relative(out, src, quoted_year):
        # "Global Witness registró 227 asesinatos ... en 2020 ..., señala el informe publicado este lunes
        # ... Filipinas ocupa el tercer puesto, con 29 ambientalistas asesinados el pasado año": a text
        # with no date that quotes a report's worldwide total beside its year, says "last year", and
        # states no later year, was written when that report came out (so says its evidence: "release"
        # when it also calls the report new, "quoted" when not)
        # (not one that states a later year than that report's: a page of several reports' abstracts; nor one
        # that writes a later year anywhere, in a figure sent to review or a report's name: "In 2023, Global
        # Witness recorded 196 ... Its report on 2024 data found ..." is not a text of 2024)
        src.meta["published"] = str(quoted)
        src.meta["published_from"] = "release" if lexicon(src.lang).fresh_report.finditer(src.text) else "quoted"
        out, _ = _read(src)
        return out
    if _written_from_meta(src, d) is None and quoted is not None and any(
            any(e.field == "country" and e.basis == "world_implied" for e in c.evidence) for c in out.counts):
        # "Los homicidios ... aumentaron en 2021, año que registró 54 asesinatos ... El grupo registró la
        # muerte de 200 activistas en todo el mundo en 2021": a text with no date that quotes a report's
        # worldwide total was written after that report came out, so a figure it gives with no place
        # is held to that total (`_not_the_report_total`); read again knowing that
        out, _ = _read(src, written_from=quoted)
    return out


def _carried_across_reports(c: Count, figures: list[Count], text: str, lex: Lexicon) -> str:
    """("Brazil: 25 killings in 2023; 12 in 2024; 15 in 2025", "The 2023 figure, 196, counted killings only" after
    figures of killings or disappearances): an outcome taken from the word of a figure of another year, whose report
    counts another outcome than the figure's year's (`vocab.report_outcome`): which the figure counts is not sure. (Not
    within one year: "Mexico recorded 18 killings in 2024, Colombia 45".)"""
    out_dim = vocab.dimensions()[0]
    ev = next((e for e in c.evidence if e.field == out_dim), None)
    if ev is None or ev.basis == "stated" or ev.start is None or c.get("period_start") != c.get("period_end"):
        return ""
    year = int(str(c.get("period_end")))
    source = next((f for f in reversed(figures) if f is not c and f.get("period_start") == f.get("period_end")
                   and any(e.field == out_dim and e.basis == "stated" and (e.start, e.end) == (ev.start, ev.end)
                           for e in f.evidence)), None)
    if source is None:
        return ""
    # (not the two ends of a change, which count one thing: "de cuatro asesinatos en 2023 a 20 en 2024")
    if any(re.search(rf"\b{re.escape(first)}\s+$", text[max(0, source.value_start - 20):source.value_start], re.I)
           and re.search(rf"\b{re.escape(second)}\s+$", text[source.value_end:c.value_start], re.I)
           and len(text[source.value_end:c.value_start].split()) <= 5 for first, second in lex.spread):
        return ""
    other = int(str(source.get("period_end")))
    theirs, ours = vocab.report_outcome(other), vocab.report_outcome(year)
    # (only a narrower outcome carried into a year whose report counts a wider one: readers take an earlier
    # report's combined figure for killed or disappeared, "146 ... in 2024, down from 196 in 2023")
    if other == year or theirs is None or ours is None or theirs == ours or c.get(out_dim) == ours \
            or not vocab.contains(out_dim, ours, str(c.get(out_dim))):
        return ""
    return (f"its outcome ({c.get(out_dim)}) is taken from the figure of {other}, whose report counts "
            f"{theirs.replace('_', ' ')}, but the report on {year} counts {ours.replace('_', ' ')}: which this figure "
            "counts is not sure")


def _subject_of(a: Analysis) -> tuple[Value, bool] | None:
    """The first country a sentence names (governing), and whether it names that one only."""
    # (not one in brackets: "dedicated to Berta Cáceres (2015, Honduras)" is an aside)
    governing = [p for p in a.places if p.governs and p.kind == "country" and not a.in_parens(p.start)]
    if not governing:
        return None
    p = governing[0]
    return (Value(p.code, [Evidence("country", "stated", a.abs(p.start), a.abs(p.end))]),
            len({q.code for q in governing}) == 1)


def _quoted_report_year(out: Extraction) -> int | None:
    """The data year of the latest report whose worldwide total for one year the text states, with
    that year written beside it (not a figure dated by that total)."""
    # (a total read in full but sent to review counts too: it may clash with the very figure in doubt)
    read = out.counts + [u.read_as for u in out.review if u.read_as is not None]
    years = [int(str(c.get("period_end"))) for c in read if c.get("country") == vocab.world() and _is_report_total(c)
             and c.get("period_start") == c.get("period_end")
             and any(e.field == "period_end" and e.basis in ("stated", "shared") for e in c.evidence)]
    return max((y for y in years if vocab.report_published(y) is not None), default=None)


def _latest_year_written(src: Source) -> int:
    """The latest year written in digits anywhere in a text's body (0 if none), leaving out the years of full
    dates ("published on Wednesday September 17, 2025", "el 17 de septiembre de 2025"): a day the text names, not a
    year it gives figures for."""
    lex = lexicon(src.lang)
    joiners = "|".join(re.escape(j) for j in lex.date_joiners) or "(?!)"
    date_before = re.compile(rf"(?:{lex.rx_day_month})\s*,?\s*(?:(?:{joiners})\s+)?$", re.I)
    body = src.text[src.body_start:]
    return max((int(m.group(0)) for m in YEAR_WRITTEN_RE.finditer(body)
                if not date_before.search(body[max(0, m.start() - 40):m.start()])), default=0)


def _other_world_figure_beside_relative(out: Extraction, src: Source, quoted_year: int) -> bool:
    """A sentence whose figure went to review for its relative year gives a worldwide figure that is not the total of
    the report the text quotes ("23 defenders were killed or disappeared in Mexico last year, 12 of them Indigenous,
    out of 158 worldwide", after "196 killings of defenders worldwide in 2023"): its "last year" is another report's."""
    lex = lexicon(src.lang)
    totals = {t for o in vocab.vocabulary()["reports"]["world_total_outcomes"]
              if (t := vocab.report_world_total(quoted_year, quoted_year, o)) is not None}
    for u in out.review:
        if not u.reason.endswith(NO_DATE):
            continue
        a = analyse(u.sentence, lex)
        worlds = [p for p in a.places if p.kind == "world"]
        cardinals = [m for m in a.numbers if m.kind == "cardinal"]
        for m in cardinals:
            if int(m.value) in totals or m.value < 10:
                continue
            # (the world word nearest the figure, with no other number or place between them: "158 people were killed
            # or disappeared around the world last year", not the 19 of "19 last year, out of 146 worldwide")
            for p in worlds:
                lo, hi = min(p.end, m.end), max(p.start, m.start)
                if len(a.text[lo:hi].split()) <= 3 or not (
                        any(lo <= o.start < hi for o in cardinals if o is not m)
                        or any(lo <= q.start < hi for q in a.places if q is not p)
                        or CLAUSE_RE.search(a.text, lo, hi)):
                    return True
    return False


def _says_relative_year(out: Extraction, src: Source) -> bool:
    """Whether some figure went to review because its relative year has no date to count from, or the
    text says a year counted from its date ("165 personas asesinadas en la región el año pasado; ...
    Colombia (65)": the list's year is the region's, which went to review for its place)."""
    return any(u.reason.endswith(NO_DATE) for u in out.review) or any(
        h.payload.basis == "published" for h in lexicon(src.lang).relative_periods.finditer(src.text))


def _written_from_meta(src: Source, d: Discourse) -> int | None:
    return src.published_year if src.published_year is not None else d.written_from


def _read(src: Source, written_from: int | None = None) -> tuple[Extraction, Discourse]:
    out = Extraction()
    d = Discourse()
    d.written_from = written_from
    paragraph = None
    all_sentences = sentences(src)
    title_block = True
    # "Brasil sumó un total de 57 activistas ... El documento, titulado '¿A qué precio?', ...": a
    # text that names one report, wherever it names it, is about that report's year
    d.report_year = _sole_report(src)
    d.released = _released_report(src) or _covered_report(src)
    d.author_other = _author_other(src)
    # a paragraph that quotes officials and names neither defenders nor Global Witness gives the
    # state's statistics ("Honduras registró 2,129 homicidios"), not Global Witness figures
    naming, official = set(), set()
    for s in all_sentences:
        lex = lexicon(guess_language(s.text, src.lang))
        if lex.names_defenders.finditer(s.text):
            naming.add(s.paragraph)
        if lex.official_sources.finditer(s.text):
            official.add(s.paragraph)
    # tables written as lines of text, read cell by cell (mld.extract.tables); their lines are theirs alone
    tables = {t.first_row: t for t in read_tables(all_sentences, lexicon(src.lang))}
    table_lines = {start for t in tables.values() for start in t.lines}
    for i, sent in enumerate(all_sentences):
        nxt = all_sentences[i + 1] if i + 1 < len(all_sentences) else None
        if sent.start in table_lines:
            if sent.start in tables:
                # (a cell that repeats a figure the prose before it gave, same definition and value, is recorded once:
                # "... counts 23 ... killed or disappeared in Mexico in 2025 ... | 2025 | 23 | 158 |")
                said = {(_definition(c), c.get("value")) for c in d.counts}
                cells = [c for c in tables[sent.start].counts if (_definition(c), c.get("value")) not in said]
                out.review += [Unresolved(c.sentence, c.value_start, c.value_end, src.text[c.value_start:c.value_end],
                                          f"the figure {c.get('value')} said again in a table (same group, place and "
                                          "years as the text gave before); recorded once")
                               for c in tables[sent.start].counts if c not in cells]
                out.counts += cells
                d.counts += cells  # (figures the text states: a repeat in its prose is recorded once)
                out.review += tables[sent.start].review
            continue
        d.official_paragraph = sent.paragraph in official - naming
        if sent.heading:
            d.new_topic()
            # a heading may still name the report the text is about ('Full report: "On Dangerous Ground"')
            ha = analyse(sent, lexicon(guess_language(sent.text, src.lang)))
            _note_report(src, ha, d)
            # ("Philippines: criminalised for protecting the environment / Global Witness recorded 43
            # defenders killed in 2019": a heading's country is a country the text names, so the world is
            # not implied under it)
            d.countries_seen |= {str(p.code) for p in ha.places if p.governs and p.kind == "country"}
            # and the one country its section is about, that "el país" after it refers to ("En México el
            # ecoactivismo es reprimido violentamente / ... en el país se cometieron 31 de los 177")
            got = _subject_of(ha)
            if got is not None and got[1] and not any(q.governs and q.kind in ("region", "world") for q in ha.places):
                d.subject = got[0]
            # ("Mexico / - 23 killed or disappeared in 2025 / - Women defenders: 4"): a heading that is only a place's
            # name heads the list lines under it, as a numbered list's label does; any other heading ends that part
            d.section_country = _country_label(ha)
            continue
        if sent.paragraph != paragraph:
            # a span of years ("between 2012 and 2024, 2,253") is a total's frame: it does not carry
            # into the next paragraph, where figures are usually of one year again, unless that
            # paragraph refers back to it ("en ese periodo")
            d.span = d.period if d.period is not None and d.period.value[0] != d.period.value[1] else None  # type: ignore[index]
            if d.span is not None:
                d.period = d.year_before_total if _ends_at_report(d.span.evidence) else None
            d.year_before_total = None
            # ("At least 163 ... in 2025 ... The 2024 toll was made up of 142 killings ... || Colombia recorded
            # 41 cases, followed by Mexico with 27": a paragraph after one that ended looking back to an earlier
            # year than the text's may be of either; the text does not say which)
            years = d.period.value if d.period is not None else None
            back = isinstance(years, tuple) and years[0] == years[1] \
                and int(str(years[1])) < max(d.latest_year, d.latest_stated_year)
            d.looked_back = d.period if back else None
        paragraph = sent.paragraph
        if len(sent) > MAX_SENTENCE:
            out.review.append(Unresolved(sent, sent.start, sent.start, "",
                                         f"a 'sentence' of {len(sent)} characters was not read "
                                         f"(longer than {MAX_SENTENCE}): a table or a dump, not prose"))
            continue
        lang = guess_language(sent.text, src.lang)
        a = analyse(sent, lexicon(lang))
        _note_report(src, a, d)
        d.states_seen = d.states_seen or any(p.kind == "subnational" and p.governs for p in a.places)
        d.world_named = d.world_named or any(p.kind == "world" for p in a.places)
        if title_block and not TERMINAL_RE.search(sent.text):
            d.titles.add(sent.start)
        else:
            title_block = False
        before = d.country
        label = _country_label(a) if sent.list_item else None
        if label is not None:
            d.section_country = label
            d.item_before = True
            continue
        if d.lead_section and not sent.list_item:
            d.section_country, d.lead_section = None, False  # (the list under a lead-in line ends with it)
        # (not the text's title, over a summary's bullets: "How farming is becoming the deadliest profession in the
        # Philippines / - Across 19 countries ..., mining was tied to 43 deaths"; nor a line over lines the segmenter
        # joined into one, a table: "Esta es la serie para México: / 2023: 18 ... / 2024: 19 ...")
        lead = _heading_country(a) if not sent.list_item and not a.candidates and not TERMINAL_RE.search(sent.text) \
            and sent.start not in d.titles and nxt is not None and nxt.list_item and nxt.paragraph == sent.paragraph \
            and "\n" not in nxt.text.strip() else None
        if lead is not None:
            # ("SIDEBAR: Mexico 2025 at a glance (Global Witness) / - Defenders killed or disappeared: 24"): a line
            # with no end stop and no figure that names one country, right above list lines of its paragraph, heads
            # them, as a heading does, up to the first line that is no list item
            d.section_country, d.lead_section = lead, True
            continue
        period_before = d.period
        SentenceReader(src, a, d, out).read()
        # (a sentence with figures: a title's year, "el informe 2025 de Global Witness", sets no figure's scene; nor
        # a year no report out by the text's date can cover, "10 cases ... in the first half of this year")
        if a.candidates and d.period is not None and d.period.value[0] == d.period.value[1]:  # type: ignore[index]
            y = int(str(d.period.value[1]))  # type: ignore[index]
            if src.published_year is None or y < src.published_year:
                d.latest_year = max(d.latest_year, y)
        # (or the one year a sentence states for its figures, even ones in review: "This autumn's report ... puts the
        # figure for 2025 at 162 [review]" makes 2025 the text's latest year, so a later paragraph that goes on from an
        # earlier year's scene is not read as of that year)
        stated = {q.y1 for q in a.periods if q.governs and not q.compared and q.kind in ("single", "bare")
                  and q.y1 == q.y2 and not a.in_parens(q.start) and any(
                      not CLAUSE_RE.search(a.text, min(q.end, m.end), max(q.start, m.start)) for m in a.candidates)}
        if len(stated) == 1:
            y = int(str(next(iter(stated))))
            if src.published_year is None or y < src.published_year:
                d.latest_stated_year = max(d.latest_stated_year, y)
            scene = d.period.value if d.period is not None else None
            if d.period is period_before and isinstance(scene, tuple) and scene[0] == scene[1] and int(str(scene[1])) < y:
                # ("... 146 ... in 2024. || The 2026 edition ... found that at least 162 defenders were killed or
                # disappeared in 2025 [review]. ... Hydropower projects were linked to six cases"): a sentence that
                # states a later year for figures it could not read leaves the earlier scene in doubt after it
                d.looked_back = d.period
        d.item_before = sent.list_item
        d.sentence_before_at = sent.start
        if a.candidates:
            spans = any(p.governs and not p.compared and (
                p.kind in ("open", "open_relative") or (p.kind == "closed" and p.y1 != p.y2)) for p in a.periods)
            d.spans_paragraph = sent.paragraph if spans else -1
        _note_report_by_total(d)
        if d.country is not before:
            d.country_paragraph = sent.paragraph
            d.country_at = sent.start
        named = {str(p.code) for p in a.places if p.governs and p.kind in ("country", "world") and not a.in_parens(p.start)}
        d.paragraph_places = (sent.paragraph, (d.paragraph_places[1] if d.paragraph_places[0] == sent.paragraph
                                               else frozenset()) | named)
        # the countries that are subjects of the sentence's clauses: the first, and any right after a
        # contrast ("..., but Mexico was the worst country")
        governing = [p for p in a.places if p.governs and p.kind == "country"]
        d.countries_named = d.countries_named or bool(governing)
        contrasted = [p for p in governing[1:] if any(
            re.fullmatch(r"[\s,]*(?:\w+\s+){0,2}", sent.text[h.end:p.start])
            for h in a.lex.contrast_links.finditer(sent.text, 0, p.start))]
        d.countries_before = frozenset(p.code for p in governing[:1] + contrasted)
        d.listed_before = frozenset(p.code for p in governing)
        d.listed_spans = {p.code: (a.abs(p.start), a.abs(p.end)) for p in reversed(governing)}
        got = _subject_of(a)
        if got is not None:
            # (only a sentence about one country keeps it in view; a ranking of several does not)
            d.subject, alone = got
            d.subject_paragraph = sent.paragraph if alone else -1
            d.subject_at = sent.start
        if any(p.kind == "deictic" for p in a.places):
            d.deictic_paragraph = sent.paragraph
    _later_than_report(src, out)
    _report_total_outcome(src, out)
    _before_its_report(src, out, d)
    _title_figures_of_a_country_text(src, out, d)
    _title_figures_of_another_source(src, out, d)
    _corrected_values(src, out)
    _more_than_the_world(src, out)
    _broken_breakdowns(src, out)
    for c in out.counts:
        c.evidence = _located(c.evidence, c.sentence)
    return out, d


def _stated_end(out: Extraction, written: bool = True) -> int:
    """The latest last year the text writes for one of its counts (0 if none); with `written` False, the latest of
    any count's, however its year was read ("el año pasado"), leaving out figures compared with."""
    return max((int(str(c.get("period_end"))) for c in out.counts
                if (not written and not c.compared)
                or any(e.field == "period_end" and e.basis in ("stated", "shared") for e in c.evidence)), default=0)


def _ends_by_report_total(evidence: list[Evidence]) -> bool:
    """Whether a figure's last year was read from a report's total it quotes (basis `report_by_total`)."""
    return any(e.field == "period_end" and e.basis == "report_by_total" for e in evidence)


def _ends_at_report(evidence: list[Evidence]) -> bool:
    """Whether a figure's last year is the year of the report the text is about, read from that report's
    total or from the report a dated text calls new: a series total ("2,106 since 2012") that frames the
    year of the figures around it rather than replacing it."""
    return any(e.field == "period_end" and e.basis in ("report_by_total", "report_released", "report_covering")
               for e in evidence)


def _is_report_total(c: Count) -> bool:
    """Whether a count's value is the worldwide total a report gave for its years ("At Least 196
    Environmental Activists Were Murdered in 2023": the report on 2023's total)."""
    return _values_are_report_total(c.values)


def _values_are_report_total(values: dict[str, object]) -> bool:
    """The same, for the fields of a count being read (its value may not be among them yet)."""
    return vocab.report_world_total(int(str(values["period_start"])), int(str(values["period_end"])),
                                    str(values[vocab.dimensions()[0]])) == values.get("value")


def _misread_report_year(value: int, values: dict) -> str | None:
    """Why a worldwide figure of all defenders for one year cannot be that year's: its value is the
    worldwide total of the report on another year, and its own year's total is another figure ("el año
    anterior se reportaron 196 crímenes a nivel mundial" read as 2022: 196 is the report on 2023's; "The
    2025 Global Witness report documented the killing of 146": no report on 2025 is known, and 146 is
    the report on 2024's; a new report's total that equals an old one's waits in review until
    vocabulary.json has it). None if it may be the year's."""
    y0, y1 = values["period_start"], values["period_end"]
    out_dim = vocab.dimensions()[0]
    if values["country"] != vocab.world() or any(values[d] != vocab.top_code(d) for d in vocab.dimensions()[1:]):
        return None
    if y0 != y1:
        # ("el país acumula 67 casos desde 2012 ... A nivel mundial, la cifra llegó a 162": a worldwide figure of a span
        # of years smaller than the worldwide total of one year of it cannot be the span's)
        years = [(t, y) for y in range(int(str(y0)), int(str(y1)) + 1)
                 if (t := vocab.report_world_total(y, y, str(values[out_dim]))) is not None]
        largest = max(years, default=None)
        if largest is not None and value < largest[0]:
            return (f"a worldwide figure of {y0}-{y1} smaller than the worldwide total of {largest[1]} alone "
                    f"({largest[0]}): its years are misread")
        return None
    own = vocab.report_world_total(int(str(y0)), int(str(y1)), str(values[out_dim]))
    other = vocab.report_year_of_total(value, str(values[out_dim]))
    if own != value and other is not None and other != y0:
        return f"the figure is the worldwide total of the report on {other}, not of {y0}: its year is misread"
    return None


def _not_the_report_total(c: Count, published: int | None) -> str | None:
    """Why a figure taken for the world's, with no group, cannot be: its year's
    report, out when the text was written, gave a worldwide total more than twice as large ("Total of
    48 campaigners killed in 2024", a headline over Colombia's figure, where the report on 2024
    counted 146). Revisions move a total by a few cases, not by half; a text written before its
    year's report ("98 killed in 2017 as of June") is not held to it. None if it may be the world's."""
    if published is None or c.get("country") != vocab.world():
        return None
    if any(c.get(d) != vocab.top_code(d) for d in vocab.dimensions()[1:]):
        return None
    y1, y2 = int(str(c.get("period_start"))), int(str(c.get("period_end")))
    total = vocab.report_world_total(y1, y2, str(c.get(vocab.dimensions()[0])))
    out = vocab.report_published(y2)
    if total is None or out is None or published < out or 2 * int(str(c.get("value"))) >= total:
        return None
    return (f"no place is stated for this figure, and the report on {y2} gave {total} as its worldwide total, "
            f"not {c.get('value')}: the world is not implied")


def _context_year_not_the_total(c: Count) -> str | None:
    """Why a worldwide figure of all defenders, whose year is taken from the figure before it (an item of a list it
    goes on), may not be of that year: the report on that year gave another worldwide total, which a loose hedge does
    not round to. None if its year is its own or the scene's, or no report gave a total for it."""
    if c.get("country") != vocab.world() or any(c.get(d) != vocab.top_code(d) for d in vocab.dimensions()[1:]):
        return None
    if not any(e.field == "period_start" and e.basis == "referent" for e in c.evidence):
        return None
    y1, y2 = int(str(c.get("period_start"))), int(str(c.get("period_end")))
    total = vocab.report_world_total(y1, y2, str(c.get(vocab.dimensions()[0])))
    value = int(str(c.get("value")))
    if total is None or value == total or (c.get("qualifier") != "exact" and _near(value, total, 0.1)):
        return None
    span = str(y1) if y1 == y2 else f"{y1}-{y2}"
    return (f"a worldwide figure whose year ({span}) is taken from the figure before it, and the report on that "
            f"year gave {total} as its worldwide total, not {value}: which year it is of is not said")


def _title_figures_of_a_country_text(src: Source, out: Extraction, d: Discourse) -> None:
    """"PH 2nd deadliest country for eco warriors in 2019 / 43 EARTH DEFENDERS MURDERED": a title
    names no place, and was taken for the world; a text that then names a country as a subject and
    never the world is not about worldwide figures, so its title figures with no place go to review."""
    if not d.countries_named or d.world_named:
        return
    for c in [c for c in out.counts if c.sentence.start in d.titles and not _is_report_total(c)
              and any(e.field == "country" and e.basis == "world_implied" for e in c.evidence)]:
        out.counts.remove(c)
        out.review.append(Unresolved(c.sentence, c.value_start, c.value_end, src.text[c.value_start:c.value_end],
                                     "a title's figure with no place, in a text that names a country and never the "
                                     "world: the world is not implied", read_as=c))


def _title_figures_of_another_source(src: Source, out: Extraction, d: Discourse) -> None:
    """"Colombia: 145 human rights activists killed in 2021 / ... At least 145 human rights defenders were
    murdered in Colombia in 2021, according to the office of the Defender of the People": a title's figure
    that the text's body attributes to another organisation is that organisation's too."""
    other = {_int(u.number_text): u for u in out.review if u.reason.startswith(OTHER_SOURCE)
             and u.sentence.start not in d.titles}
    for c in [c for c in out.counts if c.sentence.start in d.titles and c.get("value") in other]:
        below = other[c.get("value")]  # type: ignore[index]
        out.counts.remove(c)
        out.review.append(Unresolved(c.sentence, c.value_start, c.value_end, src.text[c.value_start:c.value_end],
                                     f"{OTHER_SOURCE} another organisation in the text below the title, not to "
                                     f"Global Witness (below: \"{below.sentence.text.strip()[:120]}\": {below.reason})",
                                     read_as=c))


def _corrected_values(src: Source, out: Extraction) -> None:
    """"CORRECTION: In our 10:15 entry we said Guatemala recorded 18 cases. The figure is 20.", "FE DE ERRATAS: ...
    dijimos que Honduras registró 16 asesinatos. La cifra correcta es 14.": a text that corrects itself names a
    wrong value and a right one; which of its figures each replaces is for a reviewer. Every count whose value the
    correction's paragraph names, and every count in it, goes to review with the correction quoted."""
    lex = lexicon(src.lang)
    text = src.text
    for h in lex.correction_markers.finditer(text):
        end = text.find("\n", h.end)
        end = len(text) if end < 0 else end
        named = {int(m.value) for m in find_numbers(text[h.start:end], lex) if m.kind == "cardinal" and m.whole}
        quote = " ".join(text[h.start:end].split())[:160]
        for c in [c for c in out.counts if c.get("value") in named or h.start <= c.value_start < end]:
            out.counts.remove(c)
            out.review.append(Unresolved(c.sentence, c.value_start, c.value_end, text[c.value_start:c.value_end],
                                         f"the text corrects itself, naming this value: which figure the correction "
                                         f"replaces is not read (\"{quote}\")", read_as=c))


def _broken_breakdowns(src: Source, out: Extraction) -> None:
    """Parts that break their parent down by outcome hold only together (README; the validator's
    `_part_outcome`): two or more, no two of one outcome, adding up to it exactly. When a later check took one of
    them back ("Of the 167, 158 were killed and nine disappeared ... CORRECTION: ... nine"), the others go to
    review too, with the reason."""
    out_dim = vocab.dimensions()[0]
    by_parent: dict[int, list[Count]] = {}
    for c in out.counts:
        if c.parent is not None and c.get(out_dim) != c.parent.get(out_dim):
            by_parent.setdefault(id(c.parent), []).append(c)
    for parts in by_parent.values():
        whole = parts[0].parent
        assert whole is not None
        if len(parts) >= 2 and len({c.get(out_dim) for c in parts}) == len(parts) \
                and sum(int(str(c.get("value"))) for c in parts) == int(str(whole.get("value"))):
            continue
        for c in parts:
            out.counts.remove(c)
            out.review.append(Unresolved(c.sentence, c.value_start, c.value_end, src.text[c.value_start:c.value_end],
                                         f"part of a breakdown of {whole.get('value')} by outcome whose other parts "
                                         "are not recorded: alone it would have to take its whole's outcome", read_as=c))


def _more_than_the_world(src: Source, out: Extraction) -> None:
    """Countries' figures for one year cannot add up to more than the worldwide total the report on
    that year gave: "between 2012 and 2021 at least 1,733 ... (next paragraph) Three-hundred-forty-two
    killings happened in Brazil, 322 in Colombia, 154 in Mexico" are the decade's, not 2021's (200 in
    all). When a year's country figures, unrestricted and of different countries, add up to more than
    its total, those whose year the text did not state next to them go to review."""
    out_dim = vocab.dimensions()[0]
    by_year: dict[int, list[Count]] = {}
    for c in out.counts:
        if c.get("country") != vocab.world() and c.get("period_start") == c.get("period_end") \
                and all(c.get(d) == vocab.top_code(d) for d in vocab.dimensions()[1:]):
            by_year.setdefault(int(str(c.get("period_end"))), []).append(c)
    for year, counts in by_year.items():
        total = max((vocab.report_world_total(year, year, o) or 0 for o in {str(c.get(out_dim)) for c in counts}), default=0)
        one_each: dict[str, int] = {}
        for c in counts:
            one_each[str(c.get("country"))] = max(one_each.get(str(c.get("country")), 0), int(str(c.get("value"))))
        if not total or sum(one_each.values()) <= total:
            continue
        for c in counts:
            if any(e.field == "period_end" and e.basis in ("stated", "shared") for e in c.evidence):
                continue
            out.counts.remove(c)
            out.review.append(Unresolved(c.sentence, c.value_start, c.value_end, src.text[c.value_start:c.value_end],
                                         f"a figure for {c.get('country')} in {year}, whose year is not stated beside it, "
                                         f"in a text whose {year} figures for countries add up to "
                                         f"{sum(one_each.values())}, more than the report's worldwide total for that "
                                         f"year ({total}): it is not of that one year", read_as=c))


def _later_than_report(src: Source, out: Extraction) -> None:
    """"In 2015, 185 deaths were reported ... Honduras, where 127 murders have occurred since 2007 ...
    16 activists were killed in 2016": a figure dated by a report's worldwide total (185, the report on
    2015) is doubtful when the text states a figure of a later year itself: the total may be quoted
    for comparison, and the text be about a later report. It goes to review."""
    stated_end = _stated_end(out)
    doubtful = [c for c in out.counts if int(str(c.get("period_end"))) < stated_end and _ends_by_report_total(c.evidence)]
    _to_review_with_parts(src, out, doubtful, lambda c: (
        f"its last year, {c.get('period_end')}, is the year of a report whose worldwide total the text quotes, but the "
        f"text gives figures of {stated_end}: which report it is about is not clear"))


def _report_total_outcome(src: Source, out: Extraction) -> None:
    """"That is about 11% more than the 146 it recorded for 2024, though well below the 196 killings of 2023": a
    worldwide figure of a report's year and headline value, whose outcome is not stated beside it (taken from the
    figures around it), is that headline; when the report says what its headline counts (`vocab.report_total_outcome`)
    and the outcome read is another, it goes to review with its parts."""
    out_dim = vocab.dimensions()[0]
    doubtful = []
    for c in out.counts:
        y = c.get("period_end")
        if c.get("country") != vocab.world() or c.get("period_start") != y or any(
                c.get(d) != vocab.top_code(d) for d in vocab.dimensions()[1:]):
            continue
        said = vocab.report_total_outcome(int(str(y)))
        if said is None or c.get(out_dim) == said or vocab.report_world_total(int(str(y)), int(str(y)), said) != c.get("value"):
            continue
        if not any(e.field == out_dim and e.basis == "stated" for e in c.evidence):
            doubtful.append(c)
    _to_review_with_parts(src, out, doubtful, lambda c: (
        f"the worldwide total of the report on {c.get('period_end')}, which counts "
        f"{vocab.report_total_outcome(int(str(c.get('period_end'))))}, read as {c.get(out_dim)} from the figures around "
        "it: the text does not say which it means"))


def _to_review_with_parts(src: Source, out: Extraction, doubtful: list[Count], reason: Callable[[Count], str]) -> None:
    """Send counts read in full to review, with the parts stated of them, each with its reason."""
    doubtful = doubtful + [c for c in out.counts if c.parent is not None and c.parent in doubtful and c not in doubtful]
    for c in doubtful:
        out.counts.remove(c)
        out.review.append(Unresolved(c.sentence, c.value_start, c.value_end, src.text[c.value_start:c.value_end],
                                     reason(c)))


def _before_its_report(src: Source, out: Extraction, d: Discourse) -> None:
    """("Texto del 5 de junio de 2026: La sorpresa del año pasado fue Guatemala, que con 20 víctimas ..."): in a text
    published after the last report the vocabulary lists, a figure whose year is counted from the text's date ("last
    year") and is later than that report's year, in a text that reports no new report, may not be that year's: the
    text may mean the latest report's year, or another source's figure. It goes to review, with its parts."""
    published = str(src.meta.get("published") or "")
    # (not a text that calls a report new: "Es el dato central del nuevo informe de Global Witness")
    lex = lexicon(src.lang)
    if not published or d.released is not None or lex.fresh_report.finditer(src.text):
        return
    # (only after the last report the vocabulary lists, where the next one is not known yet: before it, a text's
    # "last year" is read against the reports listed; and only while the next report cannot be out, before 1 May of
    # the year after, as for `vocab.unlisted_report_year`, or when the text says it is still to come)
    last = max((str(r["released"]) for r in vocab.reports()), default="")
    if not last or published <= last:
        return
    day = date.fromisoformat(published) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) else None
    if day is None or day.year > int(last[:4]) + 1 or (
            day.year == int(last[:4]) + 1 and vocab.report_of_year_may_be_out(day) and not lex.upcoming_report.finditer(src.text)):
        return
    latest = max(int(r["data_year"]) for r in vocab.reports())
    # (nor one that states a figure of a later year itself: "Global Witness recorded 163 ... in 2025" says the new
    # report is out)
    if any(int(str(c.get("period_end"))) > latest and any(e.field == "period_end" and e.basis == "stated"
                                                          for e in c.evidence) for c in out.counts):
        return
    late = [c for c in out.counts if int(str(c.get("period_end"))) > latest and any(
        e.field == "period_end" and e.basis == "published_date" for e in c.evidence)]
    _to_review_with_parts(src, out, late, lambda c: (
        f"its year, {c.get('period_end')}, is counted from the text's date, but the latest Global Witness report out by "
        f"then covers {latest} and the text reports no new one: which year it means is not said"))


def _located(evidence: list[Evidence], sent: Sentence) -> list[Evidence]:
    """Words a field shares with other figures are `shared` when they are in the figure's own
    sentence and `context` when they are in one before it: where they are decides, whichever figure
    they were taken from (a list item inherits its lead's words, which may be in either)."""
    out = []
    for e in evidence:
        if e.basis in ("shared", "context") and e.start is not None and e.end is not None:
            inside = sent.start <= e.start and e.end <= sent.end
            before = e.end <= sent.start
            e = Evidence(e.field, "shared" if inside else "context" if before else e.basis, e.start, e.end, e.note)
        out.append(e)
    return out


def _note_report_by_total(d: Discourse) -> None:
    """"196 defenders were killed in 2023" quotes the worldwide total of the report on 2023: the
    text is about that report, so its "since 2012" ends in 2023."""
    if d.report_year is not None and d.report_year.evidence[0].basis != "report_by_total":
        return  # the text names its report
    found: dict[int, Count] = {}
    for c in d.counts:
        y0, y1 = c.get("period_start"), c.get("period_end")
        if c.compared:
            continue  # "frente a los 196 casos reportados en 2023": another report's figure, for comparison
        if c.get("country") == vocab.world() and y0 == y1 and all(
                c.get(dim) == vocab.top_code(dim) for dim in vocab.dimensions()[1:]) and \
                vocab.report_world_total(int(str(y0)), int(str(y1)), str(c.get(vocab.dimensions()[0]))) == c.get("value"):
            found.setdefault(int(str(y1)), c)
        elif c.get("country") == vocab.world() and all(c.get(dim) == vocab.top_code(dim) for dim in vocab.dimensions()[1:]) \
                and vocab.report_period_of_cumulative(int(str(c.get("value"))), str(c.get(vocab.dimensions()[0]))) == (y0, y1):
            found.setdefault(int(str(y1)), c)  # "Since 2012, 2,106 killings": the report on 2023's whole-series total
    # ("185 in 2015; 200 in 2016": two reports' totals, and which one the text is about is not said)
    if len(found) == 1 and d.released is not None and next(iter(found)) < int(str(d.released.value)):
        # "Global Witness released its new annual report today ... In its previous report, covering 2024, it had
        # recorded 146 cases": the report a dated text calls new is what it is about; an older report's total is
        # background
        d.report_year = None
    elif len(found) == 1:
        y, c = next(iter(found.items()))
        d.report_year = Value(y, [Evidence("period_end", "report_by_total", c.value_start, c.value_end)])
    else:
        d.report_year = None


def _title_at(text: str, title: str, lex: Lexicon) -> int:
    """Where `title` is named as a whole title in `text`, or -1: not inside a longer word, and not the
    end of a country's own report, whose name a country's possessive or "de" opens ("Peru's Deadly
    Environment", "El ambiente mortal de Perú"; "Global Witness's Deadly Environment" is the report)."""
    for m in re.finditer(re.escape(title), text, re.I):
        before = text[:m.start()]
        if re.search(r"\w$", before) or re.match(r"\w", text[m.end():]):
            continue
        if any(t.isupper() and not w.isupper() for t, w in zip(title, m.group())):
            continue  # (a title is written with its capitals: "Quiz corner: defenders of the Earth" names no report)
        owner = re.search(r"([A-ZÁÉÍÓÚÑ][\w-]*)['’]s\s+$", before) or re.search(r"\b(?:de|del)\s+([A-ZÁÉÍÓÚÑ][\w-]*)\s*$", before)
        place = lex.place_of(owner.group(1)) if owner is not None else None
        if place is not None and place[0] == "country":
            continue
        return m.start()
    return -1


def _sole_report(src: Source) -> Value | None:
    """The one report the whole text names by title (first mention), if it names exactly one."""
    named: dict[int, Value] = {}
    for rep in vocab.reports():
        for title in vocab.report_titles(rep):
            i = _title_at(src.text, title, lexicon(src.lang))
            if i >= 0 and int(rep["data_year"]) not in named:
                named[int(rep["data_year"])] = Value(int(rep["data_year"]), [
                    Evidence("period_end", "report", i, i + len(title))])
    return next(iter(named.values())) if len(named) == 1 else None


def _stale_for(published: str, data_year: int) -> str:
    """Why a text published on `published` may count past the report on `data_year` (it came out more
    than RELEASE_FRESH_DAYS after that report's release), or ""."""
    rep = next((r for r in vocab.reports() if int(r["data_year"]) == data_year), None)
    days = vocab.days_since_release(rep, published) if rep is not None else None
    if days is None or days <= vocab.RELEASE_FRESH_DAYS:
        return ""
    return (f"the text was published on {published}, {days} days after the report on {data_year} came out, "
            "so its open period may run past that report's year")


def _released_report(src: Source) -> Value | None:
    """"Since 2012, Global Witness has documented 106 killings ... in Guatemala", in a text published on
    2024-09-12 that reports "a new report": the annual report released just before that day (up to 120
    days), whose data year ends the text's open periods. Only for a text whose header gives the day (a
    year alone says nothing of the release; a date read from the address may be a section's, not the
    article's), and only when it names no report by title and quotes no report's total."""
    published = str(src.meta.get("published") or "")
    # (report_released_before reads only a whole day: a year alone names no release)
    rep = vocab.report_released_before(published) if not src.meta.get("published_from") else None
    if rep is None:
        return None if src.meta.get("published_from") else _unlisted_report(src, published)
    span = next(((m.start, m.end) for m in lexicon(src.lang).fresh_report.finditer(src.text)), None)
    if span is None:
        # "Con 54 activistas ambientales asesinados, México pasó a ser en 2021 el país con más casos", two
        # days after the report on 2021 came out: a text that states that report's year is about it
        # (in the body, not in the header's address or date)
        span = year_written(src.text, int(rep["data_year"]), src.body_start)
    if span is None:
        return None
    note = (f"published {published}: the Global Witness report released on {rep['released']} ({rep['title']}) "
            f"covers {rep['data_year']}")
    return Value(int(rep["data_year"]), [Evidence("period_end", "report_released", span[0], span[1], note)])


def _unlisted_report(src: Source, published: str) -> Value | None:
    """"Hoy, Global Witness presentó su nuevo informe ... durante 2025 ... desde 2012", published on 2026-09-10,
    before anyone added that report to vocabulary.json: a dated text that calls a report new, in a year in which
    no listed report has come out, is about the annual report of that year, which covers the year before
    (`vocab.unlisted_report_year`). Only when the body also states that year: the text itself says which year
    its figures reach, and a report of another kind (a study of one country, in spring) is not taken for it."""
    year = vocab.unlisted_report_year(published)
    fresh = next(iter(lexicon(src.lang).fresh_report.finditer(src.text)), None) if year is not None else None
    if year is None or fresh is None or year_written(src.text, year, src.body_start) is None:
        return None
    note = (f"published {published}: no report in vocabulary.json came out in {published[:4]} before it, and each "
            f"annual report covers the year before it appeared, so the new report the text names covers {year}")
    return Value(year, [Evidence("period_end", "report_released", fresh.start, fresh.end, note)])


def _covered_report(src: Source) -> Value | None:
    """"According to Global Witness's most recent annual report, released last September and covering 2024, ...
    Since 2012 the group has counted 222 such cases in Mexico": the year the text says the report it is about
    covers ends its open periods (basis `report_covering`), when every such statement names one year and that
    year is before the text's (`mld.reports.covered_years`; "its previous report, covering 2024" is not one)."""
    said = covered_years(src.text, src.body_start, lexicon(src.lang), topics=False)
    published = src.published_year
    day = str(src.meta.get("published") or "")
    if not said and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) and not src.meta.get("published_from"):
        # ("its report on 2025", "el informe de Global Witness sobre 2025", "el informe que la organización publicó en
        # septiembre de 2026", in a text of October 2026): a report the text says is about, or came out the year after,
        # the newest year a report out by the text's day can cover, and no other
        newest = int(day[:4]) - (1 if vocab.report_of_year_may_be_out(date.fromisoformat(day)) else 2)
        said = covered_years(src.text, src.body_start, lexicon(src.lang))
        if any(y != newest for _, _, y in said):
            return None
    if len({y for _, _, y in said}) != 1:
        return None
    start, end, year = said[0]
    if published is not None and year >= published:
        return None  # (a report covers a year before it appeared: the text says something else)
    return Value(year, [Evidence("period_end", "report_covering", start, end)])


def _note_report(src: Source, a: Analysis, d: Discourse) -> None:
    for rep in vocab.reports():
        for title in vocab.report_titles(rep):
            i = _title_at(a.text, title, a.lex)
            if i >= 0:
                d.report_year = Value(int(rep["data_year"]), [Evidence("period_end", "report", a.abs(i),
                                                                       a.abs(i + len(title)))])


class SentenceReader:
    def __init__(self, src: Source, a: Analysis, d: Discourse, out: Extraction):
        self.src, self.a, self.d, self.out = src, a, d, out
        self.sent: Sentence = a.sentence
        self.text = a.text
        self.lex = a.lex
        self.figures: list[Count | Unresolved] = []   # this sentence's, in order
        self.consumed: set[int] = set()
        self.head: Count | None = None                # the first count with a noun: a list's template
        self.referents: dict[int, Count] = {}         # numbers that repeat an earlier count
        self._current: Number | None = None
        self._no_sharing = False
        self._whole_of_part = False  # the number being read is a whole a share is taken from
        self.partial_head: Count | None = None  # a list's template whose own figure failed on its place
        self.change_starts: dict[int, Count] = {}  # the first figures of changes, read but for their year
        self.change_second_years: dict[int, Value] = {}  # first figures of changes over two years: the span
        self.partial_wholes: dict[int, Count] = {}  # wholes read but for their place or years, by position
        self.elliptical = False  # the sentence goes on with the list of the one before, with no noun
        # the whole a partitive that opens the sentence names, once a part of it is read ("De esas 122 personas
        # indígenas, 39 ...")
        self.opening_whole: Count | str | None = None  # (or, when that whole is in review, the reason its parts share)
        self.answers = False  # the sentence answers a question about defenders just before it
        self.together: dict[int, list[Place]] = {}  # numbers given for two countries together, by position

    # ------------------------------------------------------------------ driver

    def read(self) -> None:
        a = self.a
        stripped = self.text.strip()
        # (a question opens as one, "¿...?", "How many ...?": a title that ends in "?" inside a sentence, "según el
        # análisis '¿A qué precio?", does not make its sentence a question; a label may come first, "FACT CHECK: Were
        # 300 environmental defenders murdered last year?")
        asked = re.sub(r"^[^\W\d_][^:.!?\d]{0,30}:\s*", "", stripped)
        # (a preposition may open it, or a phrase set off by a comma: "In which year did Global Witness count 196
        # killings?", "In 2023, did Global Witness count 196 killings?")
        question = stripped.endswith("?") and any(q.startswith("¿") or re.match(
            rf"(?:{self.lex.rx_prepositions}\s+)?"
            rf"(?:{self.lex.rx_question_words})\b", q, re.I) is not None for q in (stripped, asked, re.sub(r"^[^,?]{1,40},\s*", "", stripped)))
        # (a question about defenders with no figure of its own, "¿Cuántas personas defensoras fueron asesinadas o
        # desaparecidas en 2025?": the line after it answers it)
        # (every sentence of the answer's paragraph: "Catorce en todo el mundo. En México, dos.")
        self.answers = self.d.question_before in (self.sent.paragraph, self.sent.paragraph - 1)
        if question and a.about_people and not a.candidates:
            self.d.question_before = self.sent.paragraph
        elif not self.answers:
            self.d.question_before = -1
        if self.d.question_before == self.sent.paragraph and question:
            self.d.question_asks = self._question_asks()
        if question and not a.candidates and len(stripped.split()) <= 6:
            # ("¿Y en 2024? / El informe anterior registró 146 en el mundo. Colombia encabezaba la lista con 48, ... y
            # México con 19"): a short question that names one year, and no figure, is the year of the answer's
            # figures that state none of their own (not a long one that asks why: "Why is the 2023 figure so much
            # higher?")
            years = {(p.y1, p.y2): p for p in a.periods
                     if p.governs and not p.compared and p.kind in ("closed", "single", "bare")}
            year_asked = self._period_value(next(iter(years.values()))) if len(years) == 1 else None
            self.d.question_year = (self.sent.paragraph, year_asked) if isinstance(year_asked, Value) else None
        elif question:
            self.d.question_year = None
        if question and a.about_people and not a.candidates:
            # ("¿Cuántas personas defensoras fueron asesinadas en México? / En 2025, 21 personas defensoras fueron
            # asesinadas y 3 desaparecidas"): a question that names one country is the place of the answer's figures
            # that name none of their own
            asked_places = {p.code: p for p in a.places if p.governs and p.kind in ("country", "world")}
            p = next(iter(asked_places.values())) if len(asked_places) == 1 else None
            self.d.question_country = (self.sent.paragraph, Value(p.code, [self._ev("country", "stated", p.start, p.end)]),
                                       self.sent.start) if p is not None else None
        elif question:
            self.d.question_country = None
        # (a numbered label too: "Claim 4: \"More than 3,000 defenders have been killed since 2012.\"")
        numbered = re.sub(r"^([^\W\d_]+)\s+\d{1,2}\s*:", r"\1:", stripped)
        if a.candidates and (question or any(self.lex.quiz_markers.starts_at(t, 0, 40) is not None
                                             for t in (stripped, numbered))):
            # "True or false: India recorded 40 killings in 2020.", "¿Fueron 200 los asesinados en 2021?": a
            # sentence that asks, or sets a claim to test, does not state its figures (nor sets a scene)
            for n in a.candidates:
                self._review(n, "the sentence asks a question or sets a claim to test: it does not state the figure")
            return
        verdict = next(iter(self.lex.claim_verdicts.finditer(self.text)), None)
        if verdict is not None:
            # ('FACT CHECK | "57 environmentalists killed in Mexico last year" — FALSE': the quoted claim a fact-check
            # rules on is not a figure the text states)
            quoted = [m.span() for m in re.finditer(r'["“«][^"”»]*["”»]', self.text)]
            for n in a.candidates:
                if any(lo < n.start < hi for lo, hi in quoted):
                    self.consumed.add(n.start)
                    self._review(n, f"a claim in quotation marks that a fact-check rules on "
                                    f"('{self.text[verdict.start:verdict.end]}'): it does not state the figure")
        for claim in [h for h in self.lex.claim_verbs.finditer(self.text)
                      # (not Global Witness's own study: "El estudio de ... Global Witness ... afirma que «...»")
                      if not self.lex.source_organisation.finditer(self.text, 0, h.start)
                      and not self.lex.report_nouns.finditer(self.text, 0, h.start)]:
            # ('A graphic shared thousands of times ... claims that Mexico is "the deadliest country in the world for
            # environmental defenders, with 54 killed last year"': a claim the text quotes, not a figure it states)
            quoted = [m.span() for m in re.finditer(r'["“«][^"”»]*["”»]', self.text)
                      # (after a colon or a comma: 'una imagen ... que afirma: "Según Global Witness, ..."', 'A second
                      # claim in the same post, that "over 3,000 defenders have died since 2012"')
                      if re.fullmatch(r"[\s,:]*(?:[^\W\d_]+[\s,:]+){0,6}", self.text[claim.end:m.start()])]
            for n in a.candidates:
                if n.start not in self.consumed and any(lo < n.start < hi for lo, hi in quoted):
                    self.consumed.add(n.start)
                    self._review(n, f"a claim the text quotes ('{self.text[claim.start:claim.end]}'): it does not state "
                                    "the figure")
        said = next(iter(self.lex.misstated_markers.finditer(self.text)), None)
        if said is not None:
            # ("FE DE ERRATAS ... Dijimos que en México fueron asesinados 19 defensores en 2024. Lo correcto es que ...",
            # "Yo escuché en la mañana que en México mataron a como 32": a figure the text says it misstated, or one a
            # speaker heard, up to the sentence's next stop; what follows it is the text's own)
            stop = next((m.start() for m in re.finditer(r"[.;:]\s", self.text[said.end:])), len(self.text) - said.end)
            for n in a.candidates:
                if said.end <= n.start < said.end + stop and n.start not in self.consumed:
                    self.consumed.add(n.start)
                    self._review(n, f"the text gives it as a figure misstated or heard "
                                    f"('{self.text[said.start:said.end]}'), not as one it states")
        shares_found = self._shares()
        # "Mexico 31 and Honduras 11.": a list that goes on from the sentence before, with no noun
        elliptical = not a.about_people and bool(self.d.last) and bool(a.candidates) and (
            self._places_by_numbers() or self._sentence_opens_with_pronoun()
            or any(ts for ts in a.subgroups.values())
            or bool(a.markers["anaphora"])  # "En 2022, sin embargo, la cifra bajó a 31."
            or bool(a.markers["partitive_pronoun"])  # "Al menos, 1.390 de ellos ocurrieron entre ..."
            # "... frente a 2019, cuando hubo 18. En 2018 fueron 14 y en 2017, 15": each number with a
            # year of its own, going on with the figures before
            or all(self._own_periods(m, *a.windows[m.start], published=True) for m in a.candidates))
        by_numbers = bool(a.candidates) and self._places_by_numbers()
        follows = self.d.about_before == self.sent.paragraph or (
            by_numbers and self.d.list_before in (self.sent.paragraph, self.sent.paragraph - 1))
        self.d.list_before = -1
        topic = self._topic_template() if follows and not a.about_people and not elliptical else None
        # (bare country figures may open the next paragraph: news text sets one sentence a paragraph)
        if topic is None and not a.about_people and (follows or self.d.about_before == self.sent.paragraph - 1):
            topic = self._countries_topic_template()
        if topic is not None:
            # "Colombia encabeza la clasificación de países con más defensores ... asesinados. En 2019
            # fueron 64.": the sentence before names one country and one outcome and no figure; this
            # one gives only figures with years of their own
            self.partial_head = topic
            elliptical = True
        self.elliptical = elliptical
        self.d.about_before = self.sent.paragraph if a.about_people or elliptical else -1
        self.d.people_seen = self.d.people_seen or a.about_people
        if elliptical and by_numbers:
            self.d.list_before = self.sent.paragraph
        if not a.about_people and not elliptical:
            # (numbers of a sentence that says nothing of defenders, in a shape that shows they are figures of the text:
            # listed with that shape, not dropped)
            shape = self._figure_line_shape(follows)
            answer = self._answer_count()
            if answer is not None:
                # ("Q: How many defenders were killed worldwide in 2022? / A: Global Witness recorded 177, down from 200
                # in 2021"): the answer's first number, with nothing of its own, is the figure the question asks for
                self._current = next(m for m in a.candidates if a.abs(m.start) == answer.value_start)
                self._add(answer)
                for m in a.candidates:
                    if a.abs(m.start) != answer.value_start:
                        self._review(m, "answers a question about defenders after the figure it asks for, and does not "
                                        "itself say what this number counts")
                self._update_context_without_counts()
                return
            if shape is None and self.answers:
                # ("¿Cuántos casos hubo en México en 2025? / Veinticuatro, según el informe"): the answer to a question
                # about defenders gives the figure asked for; what it counts is the question's, which is not read here
                shape = "answers a question about defenders, but does not itself say what this number counts"
            if shape is not None:
                for n in a.candidates:
                    self._review(n, shape)
                if shape.startswith(PLACE_GIVEN_FIGURE):
                    # ("... the second-highest number, 27. Twenty-two of those defenders were murdered."): a part that
                    # refers back to them is a part of figures in review, not of the scene's
                    self.d.last = list(self.figures)
            if follows and by_numbers:
                self.d.list_before = self.sent.paragraph
            self._update_context_without_counts()
            self._update_world_scene()
            self._update_places_before()
            return
        if self.d.official_paragraph:
            for n in a.candidates:
                self._review(n, "the paragraph quotes official statistics and names neither land or environmental "
                                "defenders nor Global Witness")
            return
        positions = self._ranking_positions()
        for n in a.candidates:
            if n.start in self.consumed:
                continue
            if n.start in positions:
                # "Mexico (4), Honduras (5), Guatemala (6), Nicaragua (9), and Peru (10) also appeared"
                self._review(n, "one of several small numbers in brackets after places, each larger than the one "
                                "before: places in a ranking, not counts")
                continue
            self._current = n
            got = self._beside_part(n, self._number(n))
            if isinstance(got, list) and len(got) == 1 and (
                    a.marker_after("each", n.end, r"\s*(?:[^\W\d_]+\s+){0,2}") is not None):
                # "Compartimos el tercer lugar con Honduras: dieciocho asesinatos cada uno": a figure said of each
                # of several, read for one place only; the others were not read
                got = "a figure said of each of several ('each'), of which only one could be read"
            if got is None:
                continue
            if isinstance(got, str):
                self._review(n, got)
                continue
            for c in got:
                self._add(c)
                if self.head is None:
                    self.head = c
        # "Filipinas (48), seguido de Colombia (24 muertos) y México (15)": an item before the one that
        # says what the list counts is read again once that one is known
        if self.head is not None:
            head_number = next((m for m in a.candidates if a.abs(m.start) == self.head.value_start), None)
            for u in [f for f in self.out.review if f.sentence.start == self.sent.start and f.reason == NO_NOUN]:
                n = next(m for m in a.candidates if a.abs(m.start) == u.start)
                if head_number is not None and head_number.start < n.start:
                    # (only an item before the head: "... over 240 ... since 2012 ...: nine of the people killed or
                    # disappeared that year [in review] ..., and five of those nine were Indigenous" is no item of
                    # the 240's list)
                    continue
                if head_number is not None and head_number.start > n.end and ";" in self.text[n.end:head_number.start]:
                    # ("Colombia (48), Guatemala (20) y México (19) ocupan los primeros puestos; en México hubo 18
                    # asesinatos"): a head after a strong stop is another clause's, not the list's
                    continue
                if head_number is not None and self._years_differ(head_number, n) \
                        and self.head.get(vocab.dimensions()[0]) != vocab.top_code(vocab.dimensions()[0]):
                    # ("se compara con 19 en 2024 y con 18 asesinatos en 2023"): an item of another year than the head
                    # after it is not told by the head's noun that it counts one outcome only (what Global Witness
                    # counts has changed over the years)
                    continue
                got = self._listed(n, *a.windows[n.start])
                if isinstance(got, list) and got:
                    self.out.review.remove(u)
                    self.figures.remove(u)
                    for c in got:
                        self._add(c)
        # "Sixty-seven were killed in the Philippines; 58 in Peru; and 52 in Columbia", whose first figure
        # is in review for its years: the items after it say nothing of their own, and the reviewer is
        # told why the figure they go on from could not be read
        # (not a number of other things or people, "en los dos últimos años")
        heads = [f for f in self.figures if isinstance(f, Unresolved) and f.reason != NO_NOUN
                 and not f.reason.endswith((NOT_PEOPLE, NOT_DEFENDERS))]
        for u in [f for f in self.out.review if f.sentence.start == self.sent.start and f.reason == NO_NOUN]:
            head = next((h for h in reversed(heads) if h.start < u.start), None)
            if head is not None and not any(head.start < c.value_start < u.start for c in self.figures if isinstance(c, Count)):
                u.reason = f"{NO_NOUN}; it may go on from {head.number_text}, before it, which is in review: {head.reason}"
        # "Over 2,200 killings ... since 2012 – with 146 cases documented in 2024": a report's worldwide
        # total with its year, later in the sentence, says which report the open period runs to
        opens = [f for f in self.out.review if f.sentence.start == self.sent.start and f.reason.startswith(OPEN_PERIOD)
                 and f.reason.endswith(NO_REPORT)]
        if opens and self.d.report_year is None:
            _note_report_by_total(self.d)
            for u in opens if self.d.report_year is not None else []:
                n = next(m for m in a.candidates if a.abs(m.start) == u.start)
                got = self._number(n)
                if isinstance(got, list) and got:
                    self.out.review.remove(u)
                    self.figures.remove(u)
                    for c in got:
                        self._add(c)
        self._outcome_breakdown()
        self._distributed_figure()
        self._parts_beyond_total()
        self._total_of_later_outcomes()
        self._several_years_read_as_one()
        if any(isinstance(f, Unresolved) and f.reason.startswith(OTHER_SOURCE) for f in self.figures):
            self.d.other_source_paragraph = self.sent.paragraph
        del shares_found
        if a.candidates:
            self.d.partial_before = self.partial_head if not any(isinstance(f, Count) for f in self.figures) else None
        self._update_context()

    def _outcome_breakdown(self) -> None:
        """"19 people were killed or vanished: 18 murdered, one disappeared", "De los 19 casos, 18 corresponden a
        asesinatos y uno a una desaparición": the numbers right after a figure (or after "of the 19" opening the
        next sentence) that each name their own outcome, every one narrower than the figure's and no two alike,
        and that add up to it exactly, break it down by outcome. Each is that figure's part, with its place,
        years and groups, and the outcome its own words name. (The sum is what tells a breakdown from a loose
        "killed" said of all: "17 of the 110 Indigenous defenders were killed by the police".)"""
        a, text = self.a, self.text
        out_dim = vocab.dimensions()[0]
        # (each whole: the figure, where its parts may start, and the span of the number that names it as their
        # parent, or None when a pronoun names it)
        wholes: list[tuple[Count, int, tuple[int, int] | None]] = [
            (c, a.abs(m.end), (m.start, m.end)) for c in self.out.counts if c.sentence.start == self.sent.start
            for m in a.candidates if a.abs(m.start) == c.value_start]
        lead = len(text) - len(text.lstrip())
        of = self.lex.partitive_of.starts_at(text, lead, 24)
        opener = next((w for w in a.candidates if of is not None and w.start >= of.end
                       and not text[of.end:w.start].strip()), None)
        # ("Of the 16 cases in 2025, 13 people were murdered and three disappeared": the phrase may name its year)
        if opener is not None and re.match(r"\s*(?:[^\W_]+\s+){0,3}?[^\W_]*\s*,", text[opener.end:]):
            parent = self._parent_with_value(int(opener.value), "")
            if isinstance(parent, Count) and parent.sentence.start != self.sent.start:
                wholes.append((parent, a.abs(opener.end), (opener.start, opener.end)))
        # ("Of them, 124 were killed and 7 disappeared", "A hundred and twenty-four of them were killed and seven
        # disappeared": a pronoun for the one figure of the sentence before)
        before = [f for f in self.d.last if isinstance(f, Count)]
        pronoun = self.lex.partitive_pronoun.starts_at(text, lead, 16)
        first = a.candidates[0] if a.candidates else None
        if len(before) == 1 and len(before) == len(self.d.last) and first is not None and (
                (pronoun is not None and re.fullmatch(r"\s*,\s*", text[pronoun.end:first.start]))
                or (re.fullmatch(r"\s*(?:[^\W\d_]{1,3}\s+)?", text[:first.start])  # (its article: "A hundred and ...")
                    and a.marker_after("partitive_pronoun", first.end, r"\s+"))):
            wholes.append((before[0], a.abs(first.start), None))
        for whole, after, span in wholes:
            code = str(whole.get(out_dim))
            later = [m for m in a.candidates if a.abs(m.start) >= after]
            parts: list[tuple[Number, Term]] = []
            for m in later:
                t = self._outcome_named_after(m)
                if t is None:
                    break
                parts.append((m, t))
                if sum(int(p.value) for p, _ in parts) >= int(str(whole.get("value"))):
                    break
            codes = [t.code for _, t in parts]
            if len(parts) < 2 or sum(int(p.value) for p, _ in parts) != whole.get("value") \
                    or len(set(codes)) != len(codes) or code in codes \
                    or not all(vocab.contains(out_dim, code, str(o)) for o in codes):
                continue
            lo, hi = parts[0][0].start, parts[-1][1].end
            # (each part says only its outcome: no place, year or group of its own between the first and the last)
            if any(lo <= p.start < hi for p in a.places) or any(lo <= p.start < hi for p in a.periods) \
                    or any(lo <= t.start < hi for ts in a.subgroups.values() for t in ts):
                continue
            # ("uno a una desaparición": the article before a part's outcome is no number of its own)
            self._drop_review({a.abs(o.start) for o in a.candidates for m, t in parts if m.end <= o.start < t.start})
            for m, t in parts:
                values = {k: whole.values.get(k) for k in ("country", "period_start", "period_end", *vocab.dimensions())}
                values[out_dim] = t.code
                values["value"] = int(m.value)
                q = self._qualifier(m)
                values["qualifier"] = q.value
                evidence = ([self._ev("value", "stated", m.start, m.end)]
                            + _inherit(whole, ("country", "period_start", "period_end", *vocab.dimensions()[1:]),
                                       basis_same_sentence=whole.sentence.start == self.sent.start)
                            + [self._ev(out_dim, "stated", t.start, t.end)] + q.evidence
                            + ([self._ev("parent_id", "parent", *span)] if span is not None else []))
                # (what the number had been read as, alone, is replaced)
                for c in [c for c in self.out.counts if c.value_start == a.abs(m.start)]:
                    self._take_back(c)
                self._drop_review({a.abs(m.start)})
                self._add(Count(values, self.sent, a.abs(m.start), a.abs(m.end), evidence,
                                parent=whole if span is not None else None))

    def _gapped(self, end: int, noun_start: int) -> bool:
        """Between a number ending at `end` and a noun, only a comma that stands for a verb left out after "y", "and"
        ("20 fueron asesinatos y cuatro, desapariciones")."""
        return re.fullmatch(r"\s*,\s*", self.text[end:noun_start]) is not None \
            and re.search(rf"\b(?:{self.lex.rx_and})\s+\S+$", self.text[:end], re.I) is not None

    def _outcome_named_after(self, m: Number) -> Term | None:
        """The outcome a number names right after it, in its clause, within three words and with no other number
        between but an article ("18 murdered", "18 corresponden a asesinatos", "uno a una desaparición")."""
        a, text = self.a, self.text
        return next((t for t in a.outcomes if m.end <= t.start and len(text[m.end:t.start].split()) <= 3
                     and (not CLAUSE_RE.search(text, m.end, t.start) or self._gapped(m.end, t.start))
                     and not any(m.end <= o.start < t.start and not _article(o, text, t.start) for o in a.candidates)),
                    None)

    def _distributed_figure(self) -> None:
        """"four were disappearances - one each in the Philippines, Mexico, Honduras and Chile": a number said of each
        of a run of countries distributes the figure right before it whose value it makes up (1 x 4 = 4); each item is
        of that figure's kind, so when that figure is in review, or of another outcome, the items go to review too."""
        a = self.a
        out_dim = vocab.dimensions()[0]
        for m in a.candidates:
            run = self._each_in_run(m)
            items = [c for c in self.out.counts if c.value_start == a.abs(m.start)]
            if not run or not items:
                continue
            before = [o for o in a.candidates if o.end <= m.start and o.value == m.value * len(run)]
            if not before:
                continue
            at = a.abs(before[-1].start)
            whole: Count | Unresolved | None = next((c for c in self.out.counts if c.value_start == at), None) \
                or next((u for u in self.out.review if u.start == at), None)
            if whole is None or (isinstance(whole, Count) and all(c.get(out_dim) == whole.get(out_dim) for c in items)):
                continue
            why = (f"said of each of {len(run)} countries, it distributes {before[-1].text}, which is in review"
                   if not isinstance(whole, Count) else
                   f"said of each of {len(run)} countries, it distributes {before[-1].text} ({whole.get(out_dim)}), "
                   "but was read with another outcome")
            for c in items:
                self._withdraw(c, why)

    def _parts_beyond_total(self) -> None:
        """"De los 57 asesinatos brasileños, 25 ... || el agronegocio superó a la minería como el sector más letal:
        46 asesinatos ... y 40 a la minería": figures of one sentence for different groups of one dimension, whose
        place was not named in their own clause, cannot together be more than the total the text gives for that
        place and years; when they are, the place they took is not theirs, and they go to review."""
        dims = vocab.dimensions()
        sent = self.sent
        mine = [c for c in self.out.counts if c.sentence.start == sent.start and not any(
            e.field == "country" and e.basis in ("stated", "shared") and sent.start <= (e.start or -1) < sent.end
            for e in c.evidence)]
        for d in dims[1:]:
            parts = [c for c in mine if c.get(d) != vocab.top_code(d)
                     and all(c.get(k) == vocab.top_code(k) for k in dims[1:] if k != d)]
            keys = {(c.get("country"), c.get("period_start"), c.get("period_end"), c.get(dims[0])) for c in parts}
            for key in keys:
                group = [c for c in parts if (c.get("country"), c.get("period_start"), c.get("period_end"), c.get(dims[0])) == key]
                if len({c.get(d) for c in group}) < 2:
                    continue
                totals = [t for t in self.d.counts if t not in group and all(t.get(k) == vocab.top_code(k) for k in dims[1:])
                          and (t.get("country"), t.get("period_start"), t.get("period_end")) == key[:3]
                          and vocab.contains(dims[0], str(t.get(dims[0])), str(key[3]))
                          and t.get("qualifier") == "exact"]
                total = sum(int(str(c.get("value"))) for c in group)
                if totals and total > int(str(totals[-1].get("value"))):
                    for c in group:
                        self._withdraw(c, f"figures for several {d} groups that add up to {total}, more than the "
                                              f"{totals[-1].get('value')} the text gives for {key[0]} in the same years: "
                                              "the place they were read with is not theirs")

    def _several_years_read_as_one(self) -> None:
        """("2,416 defenders ... since 2012, compared with 2,253 in last year's tally"): a figure of one year more than
        twice the largest worldwide total any report gave for one year is a total of several years, whatever year the
        words near it name; it goes to review once its sentence is read (the list it heads still says what its items
        count: "... más de 2.250 víctimas en el mundo desde 2012, y 222 en México entre 2012 y 2024")."""
        largest = vocab.largest_one_year_world_total()
        for c in [c for c in self.out.counts if c.sentence.start == self.sent.start]:
            if c.get("period_start") == c.get("period_end") and int(str(c.get("value"))) > 2 * largest:
                self._withdraw(c, f"{c.get('value'):,} is more than twice the largest worldwide total of one year any "
                                  f"report gave ({largest}): a total of several years, read as of {c.get('period_end')}")

    def _total_of_later_outcomes(self) -> None:
        """"followed by Guatemala with 20 and Mexico with 19, where 18 people were killed and one disappeared": the
        numbers after a figure, in its sentence, that each name their own outcome and add up to it break it down;
        when the figure's outcome does not hold theirs (the list's "killings"), it goes to review."""
        a = self.a
        out_dim = vocab.dimensions()[0]
        for c in [c for c in self.out.counts if c.sentence.start == self.sent.start]:
            parts: list[tuple[int, str]] = []
            for m in a.candidates:
                if a.abs(m.start) <= c.value_start:
                    continue
                t = self._outcome_named_after(m)
                if t is not None:
                    parts.append((int(m.value), t.code))
            # (any two or more of them, of different outcomes, that add up to it)
            breakdown = next((g for k in range(2, len(parts) + 1) for g in itertools.combinations(parts, k)
                              if len({o for _, o in g}) > 1 and sum(v for v, _ in g) == c.get("value")
                              and not all(vocab.contains(out_dim, str(c.get(out_dim)), o) for _, o in g)), None)
            if breakdown is not None:
                said = " and ".join(f"{v} {o}" for v, o in breakdown)
                u = self._withdraw(c, f"the sentence breaks {c.get('value')} into {said}, which its outcome "
                                      f"({c.get(out_dim)}) does not hold")
                # ("... 18 asesinatos ... || la organización contó 146 víctimas en 2024: 142 personas asesinadas y cuatro
                # desaparecidas. Colombia (48) y Guatemala (20) superaron a México": the outcome the total was read
                # with is refused, so it sets no scene for what follows)
                u.read_as = None

    def _clause_clash(self, c: Count) -> str:
        """A field of the count taken from elsewhere that its own clause contradicts, as the
        validator's clause rule (mld.clauses.elsewhere_conflict) reads it; or ""."""
        for e in c.evidence:
            if e.start is None or e.end is None:
                continue
            value = c.values.get(e.field)
            named = elsewhere_conflict(self.src.text, e.field, e.basis, (e.start, e.end), (c.value_start, c.value_end),
                                       (c.sentence.start, c.sentence.end), self.src.lang, value)
            if named:
                return (f"its own clause names '{named}', so {e.field} is not {value} from where it was taken: "
                        "whose figure it is, is not sure")
        return ""

    def _said_again_with_country(self, c: Count) -> str | None:
        """The country named in a later sentence of the text that states the same value again."""
        for sent in sentences(self.src):
            if sent.start < c.sentence.end or not any(
                    m.kind == "cardinal" and int(m.value) == c.get("value") for m in find_numbers(sent.text, self.lex)):
                continue
            hits = self.lex.places(sent.text)
            seats = self.lex.seats(sent.text, hits)
            country = next((h for h in hits if h.payload[0] == "country" and h.start not in seats), None)  # type: ignore[index]
            if country is not None:
                return sent.text[country.start:country.end]
        return None

    def _ranking_positions(self) -> set[int]:
        """"Mexico (4), Honduras (5), Guatemala (6), Nicaragua (9), and Peru (10)": three or more small
        numbers in brackets right after places, each larger than the one before, are places in a
        ranking (a list of countries' figures runs from the largest down)."""
        a, text = self.a, self.text
        run = [n for n in a.candidates if n.whole and any(
            p.end <= n.start and re.fullmatch(r"\s*\(\s*", text[p.end:n.start]) for p in a.places)
            and re.match(r"\s*\)", text[n.end:])]
        values = [n.value for n in run]
        if len(run) >= 3 and all(x < y for x, y in zip(values, values[1:])) and max(values) <= 20:
            return {n.start for n in run}
        return set()

    def _places_by_numbers(self) -> bool:
        """A place next to a number (at most two words between, either way): "Mexico 31 and Honduras
        11", "en Colombia, 64"; not "a 2,000-mile (3,220km) journey from Canada", where the number
        measures something else."""
        a, text = self.a, self.text
        for n in a.candidates:
            for p in a.places:
                gap = text[p.end:n.start] if p.end <= n.start else text[n.end:p.start]
                near = len(re.findall(r"[^\W\d_]+", gap)) <= 2 or (  # ("The Philippines was second with 33")
                    p.end <= n.start and re.search(rf"\b(?:{self.lex.rx_with})\s*$", gap, re.I) is not None)
                if near and not re.search(r"[.;]", gap):
                    return True
        return False

    def _followed_partial(self) -> Count | None:
        """The reading of a region's figure that a sentence opening with "Other ...", "Le siguen ..."
        goes on from, in its paragraph or the one before ("... in Africa since 2012.\nThe report ...
        ranks the DRC ... Other countries affected include Kenya with six cases")."""
        before = self.d.partial_before
        if before is None or self.sent.paragraph - before.sentence.paragraph > 1 or \
                self.lex.followers.starts_at(self.text, 0, 30) is None:
            return None
        return before

    def _other_organisation(self, n: Number) -> str | None:
        """"On Wednesday the Philippine rights group Karapatan reported that at least 63 ...": an
        organisation named by its noun and a capitalised name that is not Global Witness, before the
        number in its sentence, with no mention of Global Witness between them."""
        text = self.text
        # ("... other monitors, such as national ombudsman offices ...; one such office reported 37 disappearances"): a
        # body the text sets apart, unnamed, the subject of a verb of recording before the number in its clause
        clause_lo = max([m.end() for m in STRONG_RE.finditer(text, 0, n.start)] + [0])
        # ("El año pasado, las organizaciones que apoyamos registraron 6 asesinatos en sus territorios"): the text's own
        # organisation or its partners, before a verb of recording, with no Global Witness between
        for h in self.lex.own_bodies.finditer(text, clause_lo, n.start):
            if self.lex.tally_words.finditer(text, h.end, n.start) and not self.lex.source_organisation.finditer(
                    text, h.start, n.start):
                return text[h.start:h.end]
        # ("A Geneva-based coalition that tracks all human rights defenders ... counted more than 300 killings", "A network
        # of community radio stations compiled its own list of 28"): likewise one the text introduces with an article
        plain = f"{self.lex.rx_prepositions}|{self.lex.rx_article}"
        for h in self.lex.other_body_markers.finditer(text, clause_lo, n.start):
            # (an article introduces another body only after Global Witness has been named: "A London-based advocacy
            # group says it documented 185 killings" may be Global Witness itself, not yet named)
            if h.end - h.start <= 2 and not self.lex.source_organisation.finditer(self.src.text, 0, self.sent.start):
                continue
            # (up to three words that describe it, none a preposition or an article: "A national agrarian advocacy
            # group counted ...", not "A report by the group")
            m = re.match(rf"\s+(?:(?!(?i:{plain})\b)[^\W\d_][\w-]*\s+){{0,3}}?(?i:{self.lex.rx_organisation_nouns})\b",
                         text[h.end:n.start])
            rest = text[h.end + m.end():n.start] if m is not None else ""
            near = text[max(h.end + (m.end() if m else 0), n.start - 60):n.start]
            # (it opens its clause, or follows a short phrase set off by a comma that does not name Global Witness:
            # "Outside the report, a Manila-based monitoring group, ..., counted 14 killings")
            fronted = text[clause_lo:h.start].strip(" \"“”")
            # (or is the agent of a tally: "a separate tally by a coalition of rights groups ... counted more than 300")
            # (or follows a contrast that opens a clause of its own: "Global Witness las publicará en septiembre, pero
            # una red de organizaciones civiles ya contabiliza al menos 22")
            contrasted = self.lex.contrast_links.ends_at(text, h.start, 16) is not None
            opens = not fronted.strip(",") or contrasted or (fronted.endswith(",") and "," not in fronted[:-1]
                                               and len(fronted.split()) <= 6
                                               and not self.lex.source_organisation.finditer(fronted)) or (
                re.search(rf"\b(?:{self.lex.rx_agent})$", fronted, re.I) is not None
                and not self.lex.source_organisation.finditer(fronted))
            if m is not None and self.lex.tally_words.finditer(near) and len(rest.split()) <= 30 and opens \
                    and not self.lex.source_organisation.finditer(text, h.start, n.start):
                return text[h.start:h.end + m.end()]
        # ("The Kalikasan People's Network for the Environment says it recorded 14 ..."): a capitalised name that holds
        # an organisation's noun, opening the clause as the subject of a tally, with no Global Witness before the number
        # (a country's possessive may open it: "Mexico's National Search Commission lists more than 130,000")
        named = re.match(rf"[\s\"“]*(?:The\s+|El\s+|La\s+|Los\s+|Las\s+|[A-ZÁÉÍÓÚÑ][\w-]+['’]s\s+)?({ORG_NAME})",
                         text[clause_lo:n.start])
        if named is not None and not self.lex.source_organisation.finditer(text, clause_lo, n.start) \
                and re.search(rf"\b(?:{self.lex.rx_organisation_nouns})\b", named.group(1), re.I) \
                and len(named.group(1).split()) >= 2 and self.lex.tally_words.finditer(text, clause_lo + named.end(), n.start) \
                and not any(p.start < clause_lo + named.end() and p.end > clause_lo + named.start(1) for p in self.a.places
                            if p.kind in ("country", "world") and text[p.start:p.end] == named.group(1)):
            return named.group(1)
        lo = max(0, n.start - 160)
        for h in reversed(self.lex.organisation_nouns.finditer(text, lo, n.start)):
            m = re.match(rf"\s+(?:[a-záéíóúñ]+\s+){{0,2}}?({ORG_NAME})",
                         text[h.end:n.start])
            if m is None:
                continue
            name = m.group(1)
            skipped = text[h.end:h.end + m.start(1)].split()
            if any(w.lower() in self.lex.prepositions or w.lower().endswith("based") for w in skipped):
                continue  # "a watchdog based in London": where it is, not its name
            if self.lex.source_organisation.finditer(name) or self.lex.source_organisation.finditer(text, h.start, n.start):
                return None
            if self.a.places and any(h.end + m.start(1) <= p.start < h.end + m.end(1) for p in self.a.places):
                continue  # "the group Mexico ..." is a place, not a name
            return name
        # "In Brazil, the Pastoral Land Commission, a Catholic group, recorded 34 killings": a capitalised
        # name with an organisation's head word, the subject of a verb of recording before the number in
        # its clause chain, with no mention of Global Witness between them
        lo = max([m.end() for m in STRONG_RE.finditer(text, 0, n.start)] + [0])
        for m in re.finditer(ORG_NAME, text[lo:n.start]):
            name = m.group(0).strip()
            if not re.search(rf"\b(?:{self.lex.rx_organisation_head})\b", name):
                continue
            rest = text[lo + m.end():n.start]
            if self.lex.source_organisation.finditer(name) or self.lex.source_organisation.finditer(rest):
                continue
            # (or of a verb of saying: "La Coordinadora Nacional de Derechos Humanos sostiene que al menos 35 ...")
            if (self.lex.tally_words.finditer(rest) or self.lex.claim_verbs.finditer(rest)) and len(rest.split()) <= 12:
                return name
        # ("in Honduras, where according to 'Via Campesina' 12 defenders died": a name in quotes or
        # capitals right after an attribution, in the number's clause)
        # (the name may be the clause before the number's: "According to the Monitoring of the Andean
        # Amazon Project, 29 environmental defenders were killed")
        for h in self.lex.attributions.finditer(text, 0, n.start):
            m = re.match(rf"\s+(?:(?:{self.lex.rx_article})\s+)?['‘\"“]?({ORG_NAME})['’\"”]?\s*,?\s*$",
                         text[h.end:self._before_hedge(n)])
            if m is None or self.lex.source_organisation.finditer(text, h.start, n.start):
                continue
            # (a name that is a place is no organisation's; one that holds a place is: "the Monitoring of the
            # Andean Amazon Project")
            if any(p.start == h.end + m.start(1) and p.end >= h.end + m.end(1) for p in self.a.places):
                continue
            return m.group(1).strip("'’")
        # ("with 46 recorded deaths so far this year, according to the Kalikasan People's Network": the
        # attribution right after the figure's clause, to a name that is not Global Witness)
        end = self._clause_end(n, self.a.windows.get(n.start, (0, len(text)))[1])
        after = re.match(r"[^,;:.()]*,\s*", text[end:]) if text[end:end + 1] == "," else None
        for h in self.lex.attributions.finditer(text, n.end, end + (after.end() if after else 0) + 40):
            if h.start > end + (after.end() if after else 0):
                break
            # (also "according to the office of the Defender of the People": a name after a lowercase noun of it)
            m = re.match(rf"\s+(?:(?:{self.lex.rx_article})\s+)?(?:[^\W\d_A-ZÁÉÍÓÚÑ][\w-]*\s+(?:{self.lex.rx_of})\s+"
                         rf"(?:(?:{self.lex.rx_article})\s+)?)?['‘\"“]?({ORG_NAME})", text[h.end:])
            # (or after a noun of organisations and the words before it: "according to the Mexican civil
            # organization Serapaz")
            m = re.match(rf"\s+(?:(?i:{self.lex.rx_article})\s+)?(?:[^\W\d_][\w-]*\s+){{0,3}}?(?i:{self.lex.rx_organisation_nouns})\s+"
                         rf"['‘\"“]?({ORG_NAME})", text[h.end:]) or m
            stop = re.search(r"[;.()]|,\s", text[h.end + (m.end() if m else 0):])
            attributed = text[h.start:h.end + (m.end() if m else 0) + (stop.start() if stop else len(text))]
            # (not Global Witness, however it is introduced, "the UK-based group Global Witness", "la ONG
            # Global Witness", nor one of its reports, "according to Enemies of the State?")
            if m is None or self.lex.source_organisation.finditer(attributed) or any(
                    t.lower() in attributed.lower() for r in vocab.reports() for t in vocab.report_titles(r)) \
                    or re.match(r"[\w-]*-based\b", text[h.end + m.start(1):], re.I):
                continue
            if any(h.end + m.start(1) <= p.start < h.end + m.end(1) for p in self.a.places):
                continue
            return m.group(1).strip("'’").rstrip(".")
        return None

    def _review(self, n: Number, reason: str) -> None:
        # a distributive number ("Honduras y México, 18 cada uno") stands for one figure per
        # country: each is listed, so that none of them is lost from review
        run = self._distributive_run(n, *self.a.windows[n.start]) if n.start in self.a.windows else []
        # ("seguido por Brasil (25), Honduras y México (18)": one figure each, or one for both; either
        # way each country's figure is to be decided)
        run = run or self.together.get(n.start, []) or self._each_in_run(n)
        reasons = [f"{reason}; listed once per country: {self.text[p.start:p.end]}" for p in run] or [reason]
        for why in reasons:
            u = Unresolved(self.sent, self.a.abs(n.start), self.a.abs(n.end), n.text, why)
            self.out.review.append(u)
            self.figures.append(u)

    def _run_gap(self, gap: str) -> bool:
        """Whether `gap` joins two places of one run: a comma or "and", maybe an article, and a
        locative said again ("En Colombia y en México")."""
        lex = self.lex
        return re.fullmatch(rf"\s*(?:,|{lex.rx_and})\s*(?:{lex.rx_and}\s+)?(?:{lex.rx_locative}\s+)?(?:{lex.rx_article}\s+)?",
                            gap, re.I) is not None

    def _each_in_run(self, n: Number) -> list[Place]:
        """"one each in Chile, Honduras, Mexico and the Philippines": the run of countries right after
        "each" and a locative, which a distributive number stands for one by one."""
        each = self.a.marker_after("each", n.end, r"\s*")
        if each is None:
            return []
        loc = re.match(rf"\s+(?:{self.lex.rx_locative})\s+(?:{self.lex.rx_article}\s+)?", self.text[each.end:], re.I)
        if loc is None:
            return []
        pos = each.end + loc.end()
        # (a place may be named with its article: "one each in the Philippines, ...")
        bare = re.match(rf"\s+(?:{self.lex.rx_locative})\s+", self.text[each.end:], re.I)
        starts = {pos} | ({each.end + bare.end()} if bare else set())
        first = next((p for p in self.a.places if p.start in starts and p.kind == "country"), None)
        if first is None:
            return []
        run = [first]
        for p in sorted((q for q in self.a.places if q.start > first.start and q.kind == "country"), key=lambda q: q.start):
            if not self._run_gap(self.text[run[-1].end:p.start]):
                break
            run.append(p)
        return run if len(run) >= 2 else []

    def _take_back(self, c: Count) -> None:
        """A count already recorded, removed from every store that holds it."""
        for store in (self.out.counts, self.d.counts, self.figures):
            if c in store:
                store.remove(c)  # type: ignore[arg-type]

    def _drop_review(self, starts: set[int]) -> None:
        """The review items of this sentence's numbers at `starts`, removed (a later reading settles them)."""
        for u in [u for u in self.out.review if u.start in starts]:
            self.out.review.remove(u)
            if u in self.figures:
                self.figures.remove(u)

    def _withdraw(self, c: Count, reason: str) -> Unresolved:
        """A count already recorded that a later check of its sentence refuses: taken back and listed for review."""
        self._take_back(c)
        return self._review_count(c, reason)

    def _review_count(self, c: Count, reason: str) -> Unresolved:
        """A count read in full that goes to review instead (it clashes with an earlier one)."""
        u = Unresolved(c.sentence, c.value_start, c.value_end, self.src.text[c.value_start:c.value_end], reason, read_as=c)
        self.out.review.append(u)
        self.figures.append(u)
        return u

    def _record_once(self, prior: Count, new: Count, kept: Count, reason: str) -> None:
        """One figure said twice (`prior`, then `new`): `kept` is recorded (in `prior`'s place when
        it is the new one) and the other wording is listed for review with `reason`."""
        dropped = new if kept is prior else prior
        if kept is not prior:
            self.out.counts[self.out.counts.index(prior)] = kept
            self.d.counts[self.d.counts.index(prior)] = kept
        self.out.review.append(Unresolved(dropped.sentence, dropped.value_start, dropped.value_end,
                                          self.src.text[dropped.value_start:dropped.value_end], reason))
        self.figures.append(kept)

    def _add(self, c: Count) -> None:
        out_dim = vocab.dimensions()[0]
        named = place_in_world_clause(self.src.text, c.value_start, c.value_end, c.sentence.start, c.sentence.end,
                                      self.lex.lang) \
            if any(e.field == "country" and e.basis in ("world_implied", "report_total") for e in c.evidence) else None
        if named is not None:
            # "Se registraron 185 muertes y Nicaragua ocupa el quinto puesto ...": a figure taken for
            # the world whose clause (mld.clauses, as the validator reads it) names a place
            self._review_count(c, f"no place is stated for this figure, but its clause names {named}: the world "
                                  "is not implied")
            return
        total = self._running_total_noun(c)
        added = self._added_year(c) if total is None and c.get("period_start") == c.get("period_end") else None
        if added is not None:
            # ("At the end of 2024 the database held 2,253 cases since 2012; with the 2025 additions it stands at
            # 2,416"): a level a total reaches once a year is added to it is of all the years it holds
            self._review_count(c, f"a total that {c.get('period_end')} is added to ('{added}'), read as that year's: the "
                                  "year it starts from is not stated")
            return
        if total is not None and c.get("period_start") == c.get("period_end"):
            # ("con los datos de 2025, el acumulado rebasa los 2,400"): a running total is of all the years counted;
            # the one year read is the latest it takes in, and where it starts is not said in its clause
            self._review_count(c, f"a running total ('{total}') read with one year, {c.get('period_end')}: the year it "
                                  "starts from is not stated")
            return
        hi = clause_span(self.src.text, c.value_start, c.value_end, c.sentence.start, c.sentence.end)[1]
        back = next((h for h in self.lex.group_anaphora.finditer(self.src.text, c.value_end, hi)
                     if c.get(str(h.payload)) == vocab.top_code(str(h.payload))), None)
        if back is not None:
            # ("among all victims, 32 cases involved such forces", "more than 70 of Mexico's cases since 2012 were
            # connected to the sector"): its clause restricts it to a group named before by words that refer back, which
            # the figure was not read with (or which its sentence never names)
            self._review_count(c, f"its clause restricts it to '{self.src.text[back.start:back.end]}', a group named before "
                                  f"it, which its {back.payload} was not read as")
            return
        carried = _carried_across_reports(c, self.d.counts + [f for f in self.figures if isinstance(f, Count)],
                                          self.src.text, self.lex)
        if carried:
            self._review_count(c, carried)
            return
        clash = self._clause_clash(c)
        if clash:
            # "... al menos 177 personas defensoras y advierte que el total de homicidios cometidos desde
            # 2012 llega a 1,910", the 177 of the report's year: a field taken from elsewhere that its
            # own clause (mld.clauses, as the validator reads it) contradicts
            self._review_count(c, clash)
            return
        if c.get("country") != vocab.world() and _is_report_total(c):
            # "She vanished ... in Chile's Valdivian forest, and her case is highlighted by a report
            # detailing 146 killings or disappearances in 2024": the report's worldwide total for those
            # years, read for a country (no country has the whole world's figure)
            self._review_count(c, f"the worldwide total of the report on {c.get('period_end')}, read for "
                                  f"{c.get('country')}: the whole total cannot be one country's")
            return
        # (a date the header gives, not one inferred from the figures)
        written = self.src.published_year if "published_from" not in self.src.meta else None
        if written is not None and c.get("period_start") == c.get("period_end") and int(str(c.get("period_end"))) >= written \
                and all(e.basis == "context" for e in c.evidence if e.field in ("period_start", "period_end")):
            # ("Roads of Maize Solidarity Tour 2027 ... Worldwide the toll was 163", published in 2027): a year carried
            # from other sentences that is the text's own is no year of a Global Witness report out by then (a figure
            # may state it: "By the start of June, 98 ... had been killed in 2017"; a span may end in it, "between 2002
            # and 2014")
            self._review_count(c, f"its year ({c.get('period_end')}), carried from another sentence, is the text's own "
                                  f"year ({written}) or later: no Global Witness report out by then covers it")
            return
        if c.get("country") == vocab.world() and c.get("period_start") == c.get("period_end") \
                and vocab.is_cumulative_total(int(str(c.get("value"))), int(str(c.get("period_end")))):
            # ("Since 2012: 2,416 killed or disappeared, up from 2,253 through 2024"): the whole-series total of the
            # report on that year, read as of the one year
            self._review_count(c, f"{c.get('value')} is the whole-series worldwide total of the report on "
                                  f"{c.get('period_end')}, here read as of that one year")
            return
        restricted = [d for d in vocab.dimensions()[1:] if c.get(d) != vocab.top_code(d)]
        if c.get("country") != vocab.world() and all(e.basis == "context" for e in c.evidence if e.field == "country") \
                and _near_world(int(str(c.get("value"))), int(str(c.get("period_start"))), int(str(c.get("period_end"))),
                                bool(restricted)):
            # "In 2019 the global witness recorded over 200 deaths of these selfless people", after sentences on
            # Kenya: a country carried from an earlier sentence does not hold half the world's figure or more
            self._review_count(c, f"{CONTEXT_TOO_BIG} ({c.get('country')}) would hold "
                                  "at least half of the worldwide figure a report gave for these years")
            return
        if c.get("country") == vocab.world() and restricted and _is_report_total(c):
            # "fueron asesinados al menos 196 defensores ... frente a las industrias extractivas": the
            # report's worldwide total for those years, with all its groups; a group read into it is
            # the text's setting, not a restriction (no group is the whole world's total)
            self._review_count(c, f"the worldwide total of the report on {c.get('period_end')}, read as restricted "
                                  f"({', '.join(f'{d} {c.get(d)}' for d in restricted)}): the whole total cannot be "
                                  "one group's")
            return
        other_total = _not_the_report_total(c, self._written_from())
        if other_total is not None and not any(p.kind == "world" and p.governs for p in self.a.places):
            self._review_count(c, other_total)
            return
        doubted = next((f for f in self.figures if isinstance(f, Unresolved) and f.reason.startswith(CONTEXT_TOO_BIG)), None)
        if doubted is not None and any(e.field == "country" and e.basis == "context" for e in c.evidence):
            # ("In Mexico above all, ... || For 2024, the 146 cases comprised 142 killings and 4 disappearances"): a figure
            # before it in its sentence showed that the sentences' country does not hold here; nor does it for this one
            self._review_count(c, f"{NO_COUNTRY}: the country of the sentences before ({c.get('country')}) was refused "
                                  f"for {doubted.number_text}, before it in its sentence, as too large a share of the world's")
            return
        # ("Más de la mitad de los casos mexicanos, dieciséis, correspondieron a personas indígenas"): a number set off
        # by commas is the subject's apposition; a group its predicate names after the second comma is its own
        lo, hi = c.value_start - self.sent.start, c.value_end - self.sent.start
        after = re.match(r"\s*,", self.text[hi:])
        # (or a word for people between: "Roughly a third of the 2025 victims, 49 people, were Indigenous")
        people = re.match(r"\s+([^\W\d_]+)\s*,", self.text[hi:])
        if after is None and people is not None and any(
                h.start == hi + people.start(1) and h.end == hi + people.end(1) and h.payload[0] == "weak_defenders"
                for h in self.a.nouns):
            after = people
        if re.search(r",\s*$", self.text[:lo]) and after is not None:
            stop = STRONG_RE.search(self.text, hi + after.end())
            end = stop.start() if stop is not None else len(self.text)
            later = [t for d in vocab.dimensions()[1:] for t in self.a.subgroups[d]
                     if hi + after.end() <= t.start < end and c.get(d) == vocab.top_code(d)]
            if later:
                t = later[0]
                self._review_count(c, f"a number set off by commas, whose sentence names a group after it "
                                      f"('{self.text[t.start:t.end]}'): whether the group is the figure's is not said")
                return
        now = next(iter(self.lex.present_markers.finditer(self.text)), None)
        latest = max([_stated_end(self.out, written=False)]
                     + ([int(str(self.d.report_year.value))] if self.d.report_year is not None else []))
        if now is not None and all(e.basis == "context" for e in c.evidence if e.field in ("period_start", "period_end")) \
                and int(str(c.get("period_end"))) < latest:
            # ("... 27 ... asesinadas o desaparecidas en México el año pasado [2025] ... || recordó que en 2021 el país
            # encabezó la lista mundial con 54 asesinatos. || ... según el mismo informe, Colombia ocupa hoy el primer
            # lugar, con 41 casos"): a sentence set in the present does not go on in a year an earlier sentence looked
            # back to, before the latest year the text has given
            self._review_count(c, f"says '{self.text[now.start:now.end]}', but its year ({c.get('period_end')}) is "
                                  f"carried from an earlier sentence, and the text has given figures of {latest}")
            return
        context_year = _context_year_not_the_total(c)
        if context_year is not None:
            # ("SECRETARIO: Y en 2022 eran 31. || CONDUCTORA: En todo el mundo fueron 163."): a worldwide figure of all
            # defenders whose year is that of the figure it goes on from, and whose year's report gave another total
            self._review_count(c, context_year)
            return
        if c.sentence.start in self.d.titles and any(e.field == "country" and e.basis == "world_implied" for e in c.evidence):
            again = self._said_again_with_country(c)
            if again is not None:
                # "Siete líderes indígenas asesinados en el 2021" above "El año pasado siete líderes ...
                # fueron asesinados o desaparecidos en Perú": a headline names no place, and the text
                # gives its figure for a country
                self._review_count(c, f"a headline's figure with no place, which the text gives again for {again}: "
                                      "the world is not implied")
                return
        for prior in self.d.counts:
            if prior.get("value") == c.get("value") and prior.get(out_dim) != c.get(out_dim) and _nested(prior, c):
                # "A total of 146 land defenders killed globally in 2024" and "146 ... murdered or
                # disappeared worldwide in 2024": one figure said twice with two outcome words; it is
                # recorded once, with the broader outcome (a headline's "killed" is the looser word),
                # and the other wording is listed for review
                kept = c if vocab.contains(out_dim, str(c.get(out_dim)), str(prior.get(out_dim))) else prior
                generic = [x for x in (prior, c) if self._generic_outcome(x)]
                if len(generic) == 1:
                    # ("... Brasil (26) ... Brasil, por su parte, pasó de 20 a 26 casos": "casos" names no
                    # outcome of its own; the figure's specific word is kept)
                    kept = prior if generic[0] is c else c
                dropped = prior if kept is c else c
                self._record_once(prior, c, kept, f"the figure {kept.get('value')} said again as {dropped.get(out_dim)} "
                                                f"(also said as {kept.get(out_dim)}); recorded once, with the "
                                                + ("outcome a specific word names" if len(generic) == 1 else "broader outcome"))
                self.head = self.head or kept
                return
            if (_definition(prior) == _definition(c) or _nested(prior, c)) and _rounding_of(prior, c):
                # "casi 200" beside "196": the hedged round figure is the plain one said loosely; one
                # definition has one figure per source, so the loose one is listed for review
                plain = c if prior.get("qualifier") in LOOSE else prior
                self._record_once(prior, c, plain, f"the figure {plain.get('value')} said loosely (same group, place "
                                                f"and years); recorded once, as {plain.get('value')}")
                return
            if _definition(prior) == _definition(c):
                if prior.get("value") == c.get("value"):
                    # a figure said twice is recorded once; a plain statement, or Global Witness's
                    # own "at least", beats a hedged one ("as many as 908 ... At least 908"), and "at
                    # least" beats a headline's plain figure ("227 environmentalists killed in 2020
                    # ... puts the death toll at at least 227": the documented count is a minimum)
                    if (prior.get("qualifier") in LOOSE and c.get("qualifier") not in LOOSE) or \
                            (prior.get("qualifier") == "exact" and c.get("qualifier") == "at_least"):
                        self.out.counts[self.out.counts.index(prior)] = c
                        self.d.counts[self.d.counts.index(prior)] = c
                    self.figures.append(prior)
                    self.head = self.head or prior
                    return
                cur = self._current
                if cur is not None and self._spread_first(cur) is prior:
                    # "se quintuplicaron en 2024, al pasar de 4 a 20 casos": the year is the change's
                    # and the second figure's; the first is of an earlier year the text does not state
                    i = self.out.counts.index(prior)
                    self.out.counts[i] = self.d.counts[self.d.counts.index(prior)] = c
                    u = Unresolved(prior.sentence, prior.value_start, prior.value_end,
                                   self.src.text[prior.value_start:prior.value_end],
                                   f"the earlier figure of a change to {c.get('value')}: its own year is not stated")
                    self.out.review.append(u)
                    self.figures[self.figures.index(prior)] = u
                    self.figures.append(c)
                    return
                if _year_counted_from_context(prior) and _year_stated(c):
                    # "79 ... were killed in the South American country in the previous year" (read
                    # as the year before 2023) and "in 2022, when at least 60 were killed": the figure
                    # whose year is stated is kept; the one whose year was counted from another is
                    # the one misread
                    self._record_once(prior, c, c, f"the text gives {c.get('value')} for the same place and group "
                                                   f"in a year it states ({c.get('period_start')}); this figure's year "
                                                   "was counted from another year the text gives, and may be misread")
                    return
                # "a rise to 43 killings, from 30 last year": one place, years and group with two
                # values in one source; one of them is misread, and the first stated is kept
                self._review_count(c, f"the text already gives {prior.get('value')} for the same place, years and "
                                      "group: one of the two is misread")
                return
        # "El año pasado fueron asesinados en Colombia 65 ... De los 65 casos colombianos, 41
        # correspondieron a ...": 41 cases of killings or disappearances cannot be fewer than the 65
        # killings they contain; one of the two is misread (the validator would refuse both)
        for prior in self.d.counts:
            for inner, outer, says in ((prior, c, "smaller than"), (c, prior, "larger than")):
                if _contradicts(inner, outer):
                    self._review_count(c, f"{says} {prior.get('value')} ({_described(prior)}), which the text gives "
                                          f"for a group {'inside' if inner is prior else 'holding'} it: one of the "
                                          "two is misread")
                    return
        self.out.counts.append(c)
        self.d.counts.append(c)
        self.figures.append(c)

    # ------------------------------------------------------------------ one number

    def _number(self, n: Number) -> list[Count] | str | None:
        a = self.a
        L, R = a.windows[n.start]
        ranged = self._figure_range(n)
        if ranged is not None:
            return f"one end of a range of figures ('{ranged}'), not one count"
        if self.lex.sum_phrases.finditer(self.text, self._after_punct(n.start), n.start):
            # "Taken together, those four years add up to 816 killings": a sum the text makes of its own figures
            return "a sum the text makes of figures ('add up to'), not a figure it reports"
        # (a sentence whose subject, at its start, is another source gives that source's figures, however long it
        # runs: "Nuestro propio registro, que documenta agresiones de todo tipo, identificó ... 123 eventos ..., entre
        # ellos 25 asesinatos y al menos 4 desapariciones")
        lead = len(self.text) - len(self.text.lstrip())
        opens = any(h.start - lead <= 3 and h.end <= n.start and not self.lex.source_organisation.finditer(
            self.text, h.end, n.start) for h in a.markers["other_sources"])
        # (a citation's abbreviations end no sentence: "A 2022 article in the Journal of Peasant Studies (vol. 49, pp.
        # 1101-1127) coded 83 killings")
        # (nor a decimal point: "The Agrarian Reform Consortium recorded 295 agrarian conflicts covering 1.1 million
        # hectares in 2025, in which 11 people died")
        if opens or a.marker_before("other_sources", n.start, 120,
                                    r"(?:[^.;]|\d\.\d|\b(?:[Pp]p?|[Vv]ol|[Nn]o|[Nn]úm)\.)*") or any(
                L <= h.start < R for h in a.markers["other_sources"]):
            return f"{OTHER_SOURCE} another organisation, not to Global Witness"
        disowned = next((h for h in self.lex.disowned_figures.finditer(self.text, n.end) if not any(
            n.end <= m.start < h.start for m in a.candidates)), None)
        if disowned is not None:
            return f"the text says the figure is '{self.text[disowned.start:disowned.end]}'"
        other = self._other_organisation(n)
        if other is not None:
            return f"{OTHER_SOURCE} another organisation ({other}), not to Global Witness"
        if self.d.author_other and self.lex.first_person_counts.finditer(self.text, self._clause_lo(n.start, L), n.start):
            return (f"{OTHER_SOURCE} the text's author in the first person, another organisation its opening lines "
                    "name, not Global Witness")
        same = self.lex.same_source.finditer(self.text, 0, n.start)
        if same and self.d.other_source_paragraph == self.sent.paragraph:
            # "... according to the Kalikasan People's Network. The same organization recorded 28 killings"
            return (f"{OTHER_SOURCE} '{self.text[same[0].start:same[0].end]}', the other organisation an earlier "
                    "sentence of the paragraph names, not to Global Witness")
        if not n.whole or n.value < 0:
            return "not a whole number"
        exc = self.lex.exception_words.ends_at(self.text, n.start, 16)
        counted = next((h for h in a.nouns if exc is not None and h.end <= exc.start
                        and not self.text[h.end:exc.start].strip()), None)
        if counted is not None and counted.payload[0] in ("other_people", "other_things"):  # type: ignore[index]
            # "Every country but three where deaths were recorded": the noun the exception is of
            return f"counts {self.text[counted.start:counted.end]}" + (
                NOT_PEOPLE if counted.payload[0] == "other_things" else NOT_DEFENDERS)  # type: ignore[index]
        running = self.lex.running_total_verbs.ends_at(self.text, self._before_hedge(n), 24)
        by = next(iter(self.lex.by_year.finditer(self.text, 0, n.start)), None) if running is not None else None
        by_year = int(re.search(r"\d{4}", self.text[by.start:by.end]).group(0)) if by is not None else None  # type: ignore[union-attr]
        year_total = next((t for t in (vocab.report_world_total(by_year, by_year, o)
                                       for o in vocab.vocabulary()["reports"]["world_total_outcomes"]) if t is not None),
                          None) if by_year is not None else None
        if by is not None and running is not None and (year_total is None or n.value > 2 * year_total):
            # (not "By 2018, the number had climbed to 167", a year's figure near that year's total)
            # "By 2018, this death toll had risen to over 1,400": a total run up to a year, from a start the
            # sentence does not state
            return (f"a running total up to a year ('{self.text[by.start:by.end]}' ... "
                    f"'{self.text[running.start:running.end]}'): its first year is not stated")
        since_event = self.lex.event_time_before.ends_at(self.text, n.start, 40)
        if since_event is not None:
            # "El recuento ... empezó en 2012, tras el asesinato de un activista camboyano": the event that
            # dates something else, not a tally of defenders
            return f"'{self.text[since_event.start:since_event.end]}' names one event that dates another, not a tally of defenders"
        event = self.lex.dated_event_before.ends_at(self.text, n.start, 40)
        if event is not None:
            # "the 2014 murder of four Indigenous leaders in Peru": one dated event the text tells, not a tally
            return f"'{self.text[event.start:event.end]}' names one dated event, not a tally of defenders"
        ce = self._clause_end(n, len(self.text))
        age = rf"(?:(?:{self.lex.rx_age_before})\s+)?\d{{1,3}}\s*(?:{self.lex.rx_age_after})|(?:{self.lex.rx_age_before})\s+\d{{1,3}}"
        if n.value == 1 and re.match(rf"(?:\s+[^\W\d_]+){{0,4}}\s*,?\s+(?:{age})\b", self.text[n.end:ce], re.I):
            # ("Entre las víctimas peruanas figura un líder asháninka de 45 años, asesinado en mayo"): one person told,
            # with an age, is a story, not a tally
            return "one person, told with an age: a case the text tells, not a tally of defenders"
        denied = next((h for h in self.lex.negated_predicates.finditer(self.text, n.end, ce)
                       if any(h.end <= t.start and len(self.text[h.end:t.start].split()) <= 1 for t in a.outcomes)
                       and len(self.text[n.end:h.start].split()) <= 6), None)
        if denied is not None:
            # ("Fact check: No, 240 environmental defenders were not killed in Mexico last year"): the text denies the
            # figure's predicate
            return f"the text denies that they were killed or disappeared ('{self.text[denied.start:denied.end]}')"
        # ("VERIFICADO: Es falso que 40 defensores ambientales fueran asesinados en México en 2025"): a figure the
        # text calls false, a few words after the denial in its clause
        false = next((h for h in self.lex.denied_claims.finditer(self.text, max(0, n.start - 60), n.start)
                      if len(self.text[h.end:n.start].split()) <= 3 and not CLAUSE_RE.search(self.text, h.end, n.start)),
                     None)
        if false is not None:
            return f"the text says the figure is false ('{self.text[false.start:false.end]}')"
        partner = self._coordinated_part(n, L, R)
        if isinstance(partner, Unresolved):
            # ("Doce de ellas fueron asesinadas y una sigue desaparecida", "ellas" unresolved): one more part of the group
            # the part before it is of
            return (f"joined to {partner.number_text}, a part of a group that could not be resolved: one more part of "
                    "the same group")
        pronoun = self.lex.pronoun_attributions.ends_at(self.text, self._before_hedge(n), 30)
        if pronoun is not None:
            # ("—El crimen organizado, sobre todo. El informe lo vincula con nueve casos en el país."): the group the
            # figure is linked to is named by a pronoun, which refers to words outside the clause
            return (f"the group it is linked to is named by a pronoun ('{self.text[pronoun.start:pronoun.end]}'): which "
                    "group that is, is not read")
        # (in the number's own part of the sentence, up to a strong stop and a few words on)
        stop = STRONG_RE.search(self.text, n.end)
        sames = self.lex.same_group_references.finditer(self.text, self._clause_lo(n.start, L),
                                                        min(stop.start() if stop else len(self.text), n.end + 60))
        # (not one the sentence names before the number: "la agroindustria fue el sector más sangriento, con al menos 46
        # asesinatos ligados a esta industria")
        if sames and not any(t.end <= n.start for ts in self.a.subgroups.values() for t in ts):
            # ("Across 2012-2025 the database attributes 41 Mexican cases to the same two groups of perpetrators"): the
            # group is named as one before it, which is not read here
            return (f"its group is named as one before it ('{self.text[sames[0].start:sames[0].end]}'): which group that "
                    "is, is not read")
        if re.search(r"(?:^|\s)\(?[a-dA-D]\)\s*$", self.text[:n.start]) \
                and len(re.findall(r"(?:^|\s)\(?[a-dA-D]\)\s*\d", self.text)) >= 2:
            # ("How many of them were Indigenous? (a) 19 (b) 110 (c) 121"): a quiz's answer options, one of them right
            return "one of a quiz's answer options ('(a) ... (b) ...'): which is right is not said"
        head = self.head
        if head is not None and head.sentence.start == self.sent.start and not head.compared \
                and head.part_of is None and self._bare_group_item(n):
            # ("Summary: 23 killed or disappeared in Mexico in 2025; 12 Indigenous; 4 women"): an item that is only a
            # number and a group, set off by semicolons after the sentence's figure, is a part of that figure
            return self._part(n, head, (n.end, R), parent_span=None)
        speech = self.lex.figures_of_speech.starts_at(self.text, n.start, 30)
        if speech is not None:
            # ("JULIÁN: México es un caso aparte."): a number word in a set phrase
            return f"a set phrase ('{self.text[speech.start:speech.end]}'), not a count"
        kin = self.lex.kin_before.ends_at(self.text, n.start, 24)
        if kin is not None:
            # "the mother of four lost her life", "widows of four Indigenous men murdered in 2014": the
            # number says whose family, not a tally (listed, in case it also counts the dead)
            return f"the number follows '{self.text[kin.start:kin.end]}': it says whose family, not a tally of defenders"
        if self.lex.others.starts_at(self.text, n.end, 16):  # ("en 2018 otros 14" is another year's figure)
            return "counts others besides someone the text names: not a total"
        if self._with_named_person(n):
            return "counts people killed together with someone the text names: one event told, not a tally"
        # "the 177 killings", "estas 177 víctimas": a figure said again
        rep = self._repetition(n, L, R)
        if isinstance(rep, str):
            return rep
        if rep is not None:
            self.referents[n.start] = rep
            self.head = self.head or rep
            self.figures.append(rep)
            return None
        of = a.marker_after("partitive_of", n.end, r"\s+")
        if of is None:
            # "Fourteen of last year's twenty victims", "nine of Mexico's 18": "of" and a possessive right before a
            # number is a partitive too (its year or place is the whole's)
            poss = re.match(rf"\s+(?:{self.lex.rx_of})\s+(?={POSSESSIVE}\S)", self.text[n.end:], re.I)
            after = poss is not None and next((m for m in a.numbers if m.start >= n.end + poss.end() and re.fullmatch(
                POSSESSIVE, self.text[n.end + poss.end():m.start])), None) is not None
            if poss is not None and after:
                of = Hit(n.end + poss.start(), n.end + poss.end(), "of")
        if of is None:
            # "con 64 casos de un total mundial de 212": the part's noun, then a total it is part of
            noun = self._noun_after(n, R)
            total = a.marker_after("partitive_of", noun[2], r"\s+") if noun is not None else None
            if total is not None and "total" in self.text[total.start:total.end].lower():
                of = total
        if of is not None:
            got = self._n_of_the(n, of.end, R)
            noun = self._noun_after_pos(of.end, R) if got == NO_FIGURE_BEFORE else None
            if noun is not None and noun[0] == "defenders" and re.fullmatch(
                    rf"\s*(?:(?:{self.lex.rx_article}|{'|'.join(re.escape(w) for w, _ in self.lex.determiners.pairs)})\s+)?",
                    self.text[of.end:noun[1]], re.I):
                # "164 of these activists were murdered across the globe", "al menos 177 de estos activistas
                # fueron asesinados", with no figure before: a part of the class of defenders, which is a
                # count of its own
                return self._count(n, L, R, noun)  # (noun: the class, as _class_noun gives it for "them")
            if noun is not None and noun[0] == "outcome" and re.fullmatch(rf"\s*(?:(?:{self.lex.rx_article})\s+)?",
                                                                         self.text[of.end:noun[1]], re.I):
                described = self._part_of_described_whole(n, L, R, noun)
                if described is not None:
                    return described
            return got
        last = self.figures[-1] if self.figures else None
        joined = isinstance(last, Unresolved) and not STRONG_RE.search(self.text, last.end - self.sent.start, n.start) \
            and self.lex.and_gap.search(self.text[last.end - self.sent.start:n.start]) is not None \
            and not self._own_places(n, L, R) and not self._own_periods(n, L, R)
        if joined and isinstance(last, Unresolved) and last.reason.startswith(SHARED_FRAME) \
                and not self.lex.source_organisation.finditer(self.text, last.end - self.sent.start, n.start):
            # ("En lo que va de 2026, nuestra Red ha documentado 12 asesinatos y 3 desapariciones"): an item joined to one
            # whose frame, a part of a year or another organisation, put it in review shares that frame
            return last.reason
        if joined and isinstance(last, Unresolved) and last.reason.startswith(PART_IN_REVIEW) \
                and a.marker_after("partitive_of", n.end, r"\s+") is None and not any(
                    t.code != vocab.top_code(vocab.dimensions()[0]) for t in a.outcomes
                    if n.end <= t.start < self._clause_end(n, R)):
            # (not one that says its own outcome: "10 of the Filipino victims in 2023 were killed and the other seven
            # were disappeared")
            # ("De estas últimas, 39 [part of 122, in review] se oponían a proyectos mineros y 21 fueron víctimas de
            # policías"): a parallel part joined to a part in review is of the same whole
            return last.reason
        fronted = self._fronted_partitive(n)
        if isinstance(fronted, str) and fronted.startswith("stated as part of") and self.opening_whole is None:
            self.opening_whole = fronted  # (its later parts go to review with it)
        if fronted is not None:
            return fronted
        before = a.marker_before("partitive_before", n.start, 30, r"[\s,]*(?:\w+\s+){0,2}?") or self._pronoun_of_before(n)
        if self.opening_whole is not None and before is None and not self._own_places(n, L, R) \
                and not self._comparisons(L, n.start) and not self._own_periods(n, L, R) \
                and a.marker_after("partitive_pronoun", n.end, r"\s+") is None:
            if isinstance(self.opening_whole, str):
                return self.opening_whole
            # ("De esas 122 personas indígenas, 39 se oponían a proyectos mineros y 21 fueron víctimas de policías o
            # fuerzas militares privadas"): a later number with no place or years of its own is one more part of the
            # whole the sentence opens with
            return self._part(n, self.opening_whole, (n.end, R), parent_span=None)
        if before is not None and not self.figures:
            # "Most cases were tied to extractive projects, including 29 linked to mining": the
            # group is this sentence's own noun, whose total is not stated; the number counts it
            own = [h for h in a.nouns if h.end <= before.start and h.payload[0] in ("outcome", "defenders")]  # type: ignore[index]
            if own:
                h = own[-1]
                kind, code = h.payload  # type: ignore[misc]
                return self._count(n, L, R, (kind, h.start, h.end, code))
        pronoun = a.marker_after("partitive_pronoun", n.end, r"\s+")
        if pronoun or before is not None:
            got = self._part_of_referent(n, L, R)
            if got == NO_FIGURE_BEFORE and pronoun is not None:
                # "the deadliest country ... for land and environmental defenders, with 270 of them killed in
                # the last decade": "them" is the class of defenders its sentence has just named, with no
                # figure; a part of it is a count of its own
                cls = self._class_noun(n)
                if cls is not None:
                    return self._count(n, L, R, cls)
            return got
        if self._sentence_opens_with_pronoun() and not self.figures:
            return self._part_of_referent(n, L, R)
        quant = self._quantifier_before(n)
        if quant:
            part = self._quantified_part(n, L, R)
            if part is not None:
                return part
            return ("counts part of a group named by a quantifier (\"" + quant + "\") whose total is not stated "
                    "as a single figure before it")
        if self._respectively_follows(n):
            return self._respectively(n)
        changes = self._changes_respectively(n)
        if changes is not None:
            return changes
        # ("Tampoco olvido a los periodistas: nueve fueron asesinados en el país en 2025": a number that opens the
        # clause after a colon counts the people the words before the colon name last, when they are not defenders)
        colon = self.text.rfind(":", 0, n.start)
        topic = max((h for h in a.nouns if h.end <= colon), key=lambda h: h.end, default=None) if colon >= 0 else None
        if topic is not None and topic.payload[0] == "other_people" and not self.text[topic.end:colon].strip() \
                and not self.text[colon + 1:n.start].strip():  # type: ignore[index]
            return f"counts {self.text[topic.start:topic.end]}{NOT_DEFENDERS}"
        noun = self._noun_after(n, R)
        if self._rate_or_difference(n, noun, R):
            return None  # not a count, like a percentage or a date
        if noun is None:
            noun = self._noun_before_bracket(n) or self._group_noun_after(n) or self._joined_noun_after(n)
        if noun is not None and self.text[noun[1]:noun[2]].lower() in self.lex.generic_outcome:
            # "199 casos de feminicidios": the cases' complement says whose they are
            whose = next((h for h in a.nouns if h.start >= noun[2] and h.payload[0] in ("other_people", "other_things")  # type: ignore[index]
                          and re.fullmatch(rf"\s+{self.lex.rx_of}\s+(?:{self.lex.rx_article}\s+)?", self.text[noun[2]:h.start], re.I)), None)
            if whose is not None:
                noun = (whose.payload[0], whose.start, whose.end, None)  # type: ignore[index]
        if noun is not None:
            kind = noun[0]
            if kind == "other_people":
                return f"counts {self.text[noun[1]:noun[2]]}{NOT_DEFENDERS}"
            if kind == "other_things":
                return f"counts {self.text[noun[1]:noun[2]]}{NOT_PEOPLE}"
            return self._count(n, L, R, noun)
        parallel = self._parallel_noun(n)
        if parallel is not None:
            # "200 killings across 24 countries, against 185 across 16 in 2015": the 16 counts what the
            # same preposition's number counted before it
            return f"counts {self.text[parallel[1]:parallel[2]]}" + (NOT_PEOPLE if parallel[0] == "other_things" else NOT_DEFENDERS)
        people = self._subject_noun(n, L)
        if people is not None and people[0] == "other_people":
            # ("... put the number of journalists killed worldwide in 2025 at 71", after a list of figures: the
            # clause names whom it counts, so it is no item of the list)
            return f"counts {self.text[people[1]:people[2]]}{NOT_DEFENDERS}"
        prev = max((m.end for m in a.candidates if m.end <= n.start), default=-1)
        if people is not None and people[0] == "outcome" and prev >= 0 and prev <= people[1] \
                and self.head is not None and people[3] != self.head.get(vocab.dimensions()[0]) \
                and CLAUSE_RE.search(self.text, prev, people[1]) is not None:
            # ("los asesinatos descendieron de 43 en 2019 a 17 en 2023, y los casos de asesinato o desaparición pasaron
            # de 7 (2024) a 9 (2025)": a clause that names its own subject, of another outcome, after the figures
            # before it is no item of their list; it counts what its subject names, when that reads in full)
            got = self._count(n, L, R, people)
            if isinstance(got, list) and got:
                return got
        if self.head is not None or self.partial_head is not None or self.d.last or self._spread_first(n) is not None \
                or self.partial_wholes:
            listed = self._listed(n, L, R)
            if listed is not None:
                return listed
        subject = self._subject_noun(n, L) or self._labelled_list_noun(n) or self._label_predicate_noun(n) \
            or self._apposition_noun(n) \
            or self._ranking_noun(n) or self._colon_topic_noun(n) or self._most_noun(n) or self._among_noun(n)
        if subject is not None:
            return self._count(n, L, R, subject)
        if a.marker_before("each", n.start, 30) or a.marker_after("each", n.end, r"\s*"):
            return "a distributive figure (\"each\") whose list could not be read"
        went_on = self._goes_on_with_parts(n, R)
        if went_on is not None:
            # (its groups are its own clause's: "Nueve eran indígenas, un dato que la organización vincula con la
            # presión de proyectos mineros" says no sector)
            return self._part(n, went_on, (n.end, self._clause_end(n, R)), parent_span=None)
        return NO_NOUN

    def _goes_on_with_parts(self, n: Number, R: int) -> Count | None:
        """"De ellas, 151 fueron asesinadas y siete continúan desaparecidas. Cuarenta y nueve eran indígenas y 19,
        mujeres": a sentence that opens with its number, with no noun, whose verb says a group of it ("were
        Indigenous"), right after a sentence whose every figure was read as a part of one whole, goes on with the
        parts of that whole (the group its verb says is read by `_part`, which refuses what the whole cannot hold)."""
        text = self.text
        if any(m.end <= n.start for m in self.a.candidates) or not re.fullmatch(r"\s*(?:[^\W\d_]+\s+){0,2}",
                                                                              text[:n.start]):
            return None
        verb = self.lex.predicate_verbs.starts_at(text, n.end, 20)
        if verb is None or not any(verb.end <= t.start and len(text[verb.end:t.start].split()) <= 2
                                   for d in vocab.dimensions()[1:] for t in self.a.subgroups[d]):
            return None
        before = [c for c in self.d.counts if c.sentence.start < self.sent.start]
        if not before:
            return None
        last = max(c.sentence.start for c in before)
        parts = [c for c in before if c.sentence.start == last]
        # (every figure of that sentence read, none in review, in the same paragraph)
        if parts[0].sentence.paragraph != self.sent.paragraph or any(
                last <= u.sentence.start < self.sent.start for u in self.out.review):
            return None
        # (the whole each was read a part of, or the total each breaks down by outcome: "Of them, 151 were killed")
        wholes = [c.part_of or self._total_broken_down(c) for c in parts]
        whole = wholes[0]
        return whole if whole is not None and all(w is whole for w in wholes) else None

    # ------------------------------------------------------------------ roles

    def _subject_clause_between(self, lo: int, hi: int) -> bool:
        """A clause joined by a comma and "and" with a subject of its own stands between the two positions (", y el
        acumulado mundial ...", ", and the total ..."): a figure after it is no item of a list with one before it."""
        return re.search(rf",\s*(?:{self.lex.rx_and})\s+(?:{self.lex.rx_article})\s", self.text[lo:hi], re.I) is not None

    def _compared_in_clause(self, m: Number, L: int) -> bool:
        """A comparison word stands in the number's clause before it, hedges included ("aunque por debajo de los 48 de
        2024": "por debajo de" also reads as a hedge, which `_comparisons` leaves out): the figure is one compared with."""
        return any(self._clause_lo(m.start, L) <= h.start < m.start for h in self.a.markers["comparison"])

    def _figure_range(self, n: Number) -> str | None:
        """"sus cifras (entre 9 y 14 casos, según la fuente)", "between 9 and 14 cases": the words of a range of two
        counts, when the number is one of its ends; None otherwise."""
        text = self.text
        nums = [m for m in self.a.numbers if m.kind == "cardinal"]
        for first, second in self.lex.figure_ranges:
            for m0, m1 in zip(nums, nums[1:]):
                if n.start not in (m0.start, m1.start):
                    continue
                opener = re.search(rf"\b{re.escape(first)}\s+$", text[:m0.start], re.I)
                joint = re.fullmatch(rf"\s+{re.escape(second)}\s+", text[m0.end:m1.start], re.I)
                if opener is not None and joint is not None and m0.value < m1.value:
                    return text[opener.start():m1.end]
        return None

    def _class_noun(self, n: Number) -> tuple | None:
        """The class of defenders the sentence names before `n`, with no number between ("... for land
        and environmental defenders, with 270 of them killed"): what "them" stands for when no figure does."""
        cls = [h for h in self.a.nouns if h.end <= n.start and h.payload[0] == "defenders"  # type: ignore[index]
               and not any(h.end <= m.start < n.start for m in self.a.numbers)]
        if not cls:
            return None
        kind, code = cls[-1].payload  # type: ignore[misc]
        return (kind, cls[-1].start, cls[-1].end, code)

    def _repetition(self, n: Number, L: int, R: int) -> Count | str | None:
        """"the 177 killings", "estas 177 víctimas": a figure said again, with a determiner, that
        names no other place or year than the earlier figure of that value."""
        earlier = [c for c in self.d.counts if c.get("value") == int(n.value)]
        det = self.lex.determiners.ends_at(self.text, n.start, 12)
        if not earlier or det is None or self.a.marker_after("partitive_of", n.end, r"\s+"):
            return None
        own_place = self._own_places(n, L, R)
        own_period = self._own_periods(n, L, R)
        fits = [c for c in earlier
                if not (own_place and not any(p.kind in ("country", "world") and p.code == c.get("country") for p in own_place))
                and not (own_period and not any(p.y1 == c.get("period_start") and p.y2 == c.get("period_end")
                                                for p in own_period if p.kind in ("single", "closed", "bare")))]
        several = _several_spans(fits)
        if several is not None:
            # ("dieciocho ... en 2024 ... en 2023 también fueron dieciocho ... De las dieciocho víctimas mexicanas":
            # the text gave that value for several places or years; which one is said again is not said)
            return f"the figure {n.text} said again, which the text gives for several places or years ({several})"
        return fits[-1] if fits else None

    def _n_of_the(self, n: Number, of_end: int, R: int) -> list[Count] | str | None:
        """"110 of the 222 defenders killed were Indigenous"; "Sixty of the killings"."""
        a, text = self.a, self.text
        # (after a possessive that names its year or place: "Fourteen of last year's twenty victims", "of Mexico's 18")
        whole = next((m for m in a.numbers if m.start >= of_end and re.fullmatch(
            rf"\s*(?:{POSSESSIVE})?", text[of_end:m.start])), None)
        if whole is not None and whole.kind == "year" and n.value > 1 and self._noun_after(whole, len(text)) is not None:
            # ("organised crime was suspected in 34 of the 2025 cases": a year before the whole's noun dates the whole;
            # the part is of that year's cases, as in "34 of the cases")
            dated, whole = whole, None
        else:
            dated = None
        if whole is not None and whole.kind == "cardinal":
            self.consumed.add(whole.start)
            noun = self._noun_after(whole, len(text))
            if noun is not None and noun[0] in ("other_people", "other_things"):
                return f"counts part of {whole.text} {text[noun[1]:noun[2]]}{NOT_OF_DEFENDERS}"
            parent = self._parent_with_value(int(whole.value), text[whole.end:self._predicate_start(whole.end)])
            if isinstance(parent, str):
                return parent
            if parent is None:
                if noun is None:
                    self._review(whole, NO_NOUN)  # the whole is a figure of its own, listed with its reason
                    return f"stated as part of {whole.text}, but what {whole.text} counts is not said"
                # "Nine of the 18 killings in Mexico in 2024": the whole is stated here first
                # (a place before the part is the part's when the whole names its own: "en Colombia se
                # produjeron 64 de los 212 asesinatos ... registrados el año pasado en el mundo"; else
                # it frames both: "En el caso peruano, 5 de los 6 asesinados durante el 2020 ...")
                wL, wR = a.windows.get(whole.start, (whole.start, len(text)))
                own = [p for p in self._own_places(whole, whole.start, wR) if p.kind in ("country", "world")]
                # ("30 of the global total of 164 ... took place in the Philippines": the world the
                # partitive itself names is the whole's place)
                named = next((p for p in a.places if n.end <= p.start and p.end <= whole.start and p.kind == "world"), None)
                # ("attributed 37 of the 163 cases recorded in 2025 to organised crime groups": the verb's
                # complement after the whole names the part's group; the whole's words end before it)
                complement = self._attribution_complement(n, whole)
                # (with no place before the part, its clause's words frame the whole too: "Desde 2012, la minería
                # está detrás de 58 de los 246 casos registrados en México")
                placed_part = bool(own) and any(a.windows[n.start][0] <= p.start < n.start for p in a.places)
                got = self._count(whole, named.start if named is not None else whole.start if placed_part
                                  else a.windows[n.start][0],
                                  complement if complement is not None else len(text), noun, stop_at_predicate=True)
                if isinstance(got, str) or not got:
                    # the whole is a figure of its own: listed for review with its reason
                    self._review(whole, got if isinstance(got, str) else NO_NOUN)
                    partial = self._partial_of(whole)
                    if partial is not None:
                        # "11 of the 16 documented killings in Asia ... happened in the Philippines": a
                        # whole for a region, read but for its place; the part names its country
                        R = max(R, a.windows.get(whole.start, (0, R))[1])
                        return self._part(n, partial, (self._predicate_start(whole.end), R), parent_span=None)
                    return f"stated as part of {whole.text}, which is itself in review"
                got = [self._whole_without_part_groups(c, n) for c in got]
                for c in got:
                    self._add(c)
                # (a whole said again, "veinte asesinatos" after "veinte asesinatos y tres desapariciones", is recorded
                # once: the part's parent is the figure kept)
                parent = got[0] if any(c is got[0] for c in self.out.counts) else next(
                    (c for c in self.out.counts if _definition(c) == _definition(got[0])
                     and c.get("value") == got[0].get("value")), got[0])
            if isinstance(parent, Unresolved):
                return f"stated as part of {whole.text}, which is itself in review"
            R = max(R, a.windows.get(whole.start, (0, R))[1])
            complement = self._attribution_complement(n, whole)
            clause = (complement if complement is not None else self._predicate_start(whole.end), R)
            return self._part(n, parent, clause, parent_span=(whole.start, whole.end),
                              left=(self._clause_lo(n.start, a.windows[n.start][0]), n.start))
        if whole is not None:
            return None  # "one of the 2024 cases": not a count
        noun = self._noun_after_pos(dated.end if dated is not None else of_end, R)
        if noun is None:
            # "five of those women were Mexican": the group just counted, named by a demonstrative
            ref = self._referent_for(n)
            if isinstance(ref, str):
                return ref
            return self._part(n, ref, (of_end, R), parent_span=None)
        if noun[0] in ("other_people", "other_things"):
            return f"counts part of the {text[noun[1]:noun[2]]}{NOT_OF_DEFENDERS}"
        ref = self._referent_for(n)
        if isinstance(ref, str):
            return ref
        dims = vocab.dimensions()
        pred = self._predicate_start(noun[2])
        # ("... en 2021 México encabezó la lista mundial con 54 asesinatos ... cuatro de las víctimas mexicanas del año
        # pasado eran mujeres": the whole names its own year, not the figure before it's)
        genitive = re.compile(rf"(?:{self.lex.rx_of})\s+(?:(?:{self.lex.rx_article})\s+)?$", re.I)
        lo = self._clause_lo(n.start, a.windows[n.start][0])
        for q in self.a.periods:
            # ("Last year alone, at least 5 of the defenders killed in Mexico were women", after Mexico's cases since
            # 2012): a year that opens the part's own clause dates the whole it is taken from
            if lo <= q.start and q.end <= n.start and q.governs and not q.compared \
                    and not self.text[lo:q.start].strip(" ,") and q.kind in ("single", "bare", "relative"):
                years = self._period_value(q)
                if isinstance(years, str):
                    return years
                if tuple(years.value) != (ref.get("period_start"), ref.get("period_end")):  # type: ignore[arg-type]
                    span = "-".join(str(y) for y in years.value)  # type: ignore[attr-defined]
                    return (f"counts part of a group of {span}, but the figure before it is of "
                            f"{ref.get('period_start')}-{ref.get('period_end')}: which figure it is a part of is not said")
        for q in self.a.periods:
            # (a year the whole's own phrase names: "of last year", "del año pasado", "last year's victims"; not the
            # part's, "131 of those deaths concentrated between 2017 and 2021")
            own_year = (of_end <= q.start < noun[1]) or (noun[2] <= q.start < pred and (
                genitive.search(self.text[:q.start]) is not None
                or re.match(rf"(?:{self.lex.rx_of})\s", self.text[q.start:], re.I) is not None)
                and len(self.text[noun[2]:q.start].split()) <= 3)
            if own_year and q.governs and not q.compared:
                whole_years = self._period_value(q)
                if isinstance(whole_years, Value) and tuple(whole_years.value) != (  # type: ignore[arg-type]
                        ref.values.get("period_start"), ref.values.get("period_end")):
                    span = "-".join(str(y) for y in whole_years.value)  # type: ignore[attr-defined]
                    return (f"counts part of a group of {span}, but the figure before it is of "
                            f"{ref.get('period_start')}-{ref.get('period_end')}: which figure it is a part of is not said")
        # (a demonstrative heading a past participle, "27 of those killed or disappeared", names all the people
        # the participle describes, as the article would: "those killed" do not point back to a figure)
        plain = (re.search(rf"\b(?:{self.lex.rx_article})\s*$", text[max(0, of_end - 12):of_end], re.I) or (
            re.search(rf"\b(?:{self.lex.rx_people_demonstrative})\s*$", text[max(0, of_end - 12):of_end], re.I)
            and re.match(self.lex.rx_past_participle, text[noun[1]:], re.I))) and not text[of_end:noun[1]].strip()
        if plain and self._looked_back_to(ref):
            return ("counts part of 'the' victims, and the figure before it is of a year the text looks back to, after "
                    "one of its own year: which of the two it is of is not said")
        if plain and ref.parent is not None and any(ref.get(d) != ref.parent.get(d) for d in dims[1:]):
            # ("Indigenous people were 53 of the 161. Seventeen of the victims were women": the victims, with no
            # word that points back, are all the victims the part before was taken from, not that part's group)
            ref = ref.parent
        elif plain and any(ref.get(d) != vocab.top_code(d) for d in dims[1:]) \
                and (stated := self._stated_whole(ref)) is not None:
            # ("Indigenous people accounted for 51 of last year's victims. At least 27 of those killed or
            # disappeared were women": the same, when the whole the part was taken from is the text's total)
            ref = stated
        elif plain and noun[0] == "outcome" and noun[3] == vocab.top_code(dims[0]) \
                and (total := self._total_broken_down(ref)) is not None:
            # ("167 defenders killed or disappeared in 2025 ... The other 158 were killings. || Fifty-two of the
            # victims were Indigenous": the victims are the total's, not the killings its breakdown counted)
            ref = total
        if any(ref.get(d) != vocab.top_code(d) for d in dims[1:]) and (
                any(of_end <= p.start < pred for p in a.places) or any(of_end <= q.start < pred for q in a.periods)):
            # ("Al menos seis de esos crímenes estaban vinculados a proyectos hidroeléctricos. || Tres de las víctimas
            # hondureñas de 2016 eran mujeres": victims named by their place or year are all of that place's and
            # year's, not the group the sentence before counted)
            stated = self._stated_whole(ref)
            if stated is None:
                return "counts part of a group named by its place or year, but the figure before it counts a part of it"
            ref = stated
        # ("Mexico had 31. Women accounted for 11 of the victims worldwide": a place the part's clause names that
        # the figure before it does not hold picks the whole of that place the text gave)
        L_, R_ = a.windows[n.start]
        # (or that frames the sentence from its start: "En todo el mundo, la organización vinculó seis de los casos de
        # 2025 con proyectos hidroeléctricos", after Guatemala's 13)
        framing = [p for p in a.places if p.end <= n.start and len(text[:p.start].split()) <= 2
                   and re.match(r"\s*,", text[p.end:]) is not None
                   and not any(p.end <= m.start < n.start for m in a.candidates)]
        elsewhere = [p for p in a.places if (self._clause_lo(n.start, L_) <= p.start < self._clause_end(n, R_) or p in framing)
                     and p.governs and p.kind in ("country", "world") and p.code != ref.get("country")
                     and not _country_contains(str(ref.get("country")), str(p.code))]
        if elsewhere:
            by_place = self._referent_by_place(n, [], framing)
            if by_place is None and any(p in framing for p in elsewhere):
                return (f"counts part of a group its sentence places in {text[elsewhere[0].start:elsewhere[0].end]}, "
                        f"but the figure before it is of {ref.get('country')}: which figure it is part of is not said")
            ref = by_place or ref
        out_dim = vocab.dimensions()[0]
        if noun[0] == "outcome" and noun[3] != vocab.top_code(out_dim) and \
                not vocab.contains(out_dim, str(ref.get(out_dim)), noun[3]):
            # "448 of the deaths" after a figure of disappearances: not that group
            return (f"counts part of the {text[noun[1]:noun[2]]}, but the figure before it counts "
                    f"{ref.get(out_dim)}, not {noun[3]}")
        # (a group that opens the part's clause as its subject is the part's: "Women accounted for 11 of the victims")
        lo = self._clause_lo(n.start, L_)
        # (joined to the number by a link, "accounted for", "fueron": not "Indigenous groups said 11 of the victims")
        at = self._before_hedge(n)
        subject = next((t for ts in a.subgroups.values() for t in ts if lo <= t.start < n.start and re.fullmatch(
            rf"\s*(?:(?:{self.lex.rx_article})\s+)?", text[lo:t.start], re.I) and any(
                h.end == len(text[:at].rstrip()) and not text[t.end:h.start].strip()
                for h in self.lex.list_links.finditer(text, t.end, at) + self.lex.predicate_links.finditer(text, t.end, at))),
            None)
        return self._part(n, ref, (noun[2], R), parent_span=None,
                          left=(subject.start, subject.end) if subject is not None else None)

    def _figure_line_shape(self, follows: bool) -> str | None:
        """Why the numbers of a sentence that names no defenders are listed for review: the shape that shows them to be
        figures of a text about defenders (None: not such a shape, they are skipped)."""
        a, text = self.a, self.text
        if follows:
            # "Colombia es el país con la cifra más alta de defensores asesinados. El año pasado hubo 177 en el mundo"
            return "the sentence goes on from one about defenders but does not say what this number counts"
        if len(a.candidates) == 1 and re.fullmatch(r"[\s.:–—-]*", text[:a.candidates[0].start] + text[a.candidates[0].end:]):
            # ("BY THE NUMBERS || 164. Defenders killed or disappeared worldwide in 2026."): a number alone, whose noun
            # is in the sentence after it
            return "a number alone in its sentence (a heading of the words after it); the sentence does not say what it counts"
        if not self.d.people_seen or not a.candidates:
            return None
        if all(re.search(r"\b(?:19|20)\d\d\s*[:–—-]\s*$", text[:n.start]) for n in a.candidates):
            # "Gráfico: personas defensoras asesinadas en México, 2016-2020 / 2016: 3 / 2017: 15": a chart's series
            return "a line of a series ('year: number') in a text about defenders; the line does not say what its number counts"
        if "|" in text or re.search(r"\S[ \t]{2,}\S", text.strip()) or re.fullmatch(r"[^;]+(?:;[^;]+){2,}", text.strip()):
            # "Mining & Extractives | 42 |", "Colombia       33         16.5%", "Brasil; 2022; 34; Global Witness.": a
            # table's row, its columns set apart by bars, runs of spaces or semicolons
            return "a row of a table in a text about defenders; the row does not say what its number counts"
        labels = [p.end for p in a.places if p.kind in ("country", "world")] + [t.end for ts in a.subgroups.values() for t in ts]
        if any(end <= a.candidates[0].start and re.fullmatch(r"\s*[:–—-]\s*", text[end:a.candidates[0].start]) for end in labels):
            # ("The top eight: || 1. Colombia — 41 (down from 48 the year before)", "Mining and extractives: 29."): a line
            # that gives a place or a group its number, under words that say nothing of what is counted
            return ("a line that gives a place or a group a number, in a text about defenders; neither the line nor the "
                    "sentence before it says what the number counts")
        first = a.candidates[0].start
        figure_word = next((w for w in re.findall(r"[^\W\d_]+", text[:first]) if w.lower() in self.lex.figure_nouns), None)
        if figure_word is not None and any(p.kind in ("country", "world") and p.end <= first for p in a.places):
            # ("Mexico had the second-highest number, 27, up from 19 the year before."): a place given a figure
            # ('number', 'total', 'cifra') in a text about defenders, the sentence not saying of what
            return (f"{PLACE_GIVEN_FIGURE} '{figure_word}' in a text about defenders; the sentence does not say what the "
                    "number counts")
        # (a number with no noun of other things or people, "18 countries have now done so", a few words from the
        # place, the group or the name: "... the two governments", many words after "gangs and cartels", is not one)
        terms = [(p.start, p.end) for p in a.places if p.kind in ("country", "world")] \
            + [(t.start, t.end) for ts in a.subgroups.values() for t in ts] \
            + [(h.start, h.end) for h in self.lex.source_organisation.finditer(text)]

        def near(m: Number) -> bool:
            return any(";" not in text[min(e, m.end):max(s, m.start)]
                       and len(text[min(e, m.end):max(s, m.start)].split()) <= 8 for s, e in terms)

        def of_others(m: Number) -> bool:
            noun = self._noun_after(m, len(text))
            return noun is not None and noun[0] in ("other_things", "other_people")
        if not self.answers and any(near(m) and not of_others(m) for m in a.candidates):
            # ("HOST: Forty-one in Colombia.", "Where known: organised crime (38), hitmen (27)", "Global Witness counts 27
            # women among the 222"): a number beside a country, a group of the vocabulary or Global Witness, in a text
            # about defenders, may be one of its figures; it is listed, not dropped
            return ("a number beside a place, a group or Global Witness in a text about defenders; the sentence does "
                    "not say that it counts defenders killed or disappeared")
        return None

    def _stated_whole(self, part: Count) -> Count | None:
        """The one figure the text gave of all the people of a part's place, years and outcome (no group named),
        if it gave exactly one."""
        dims = vocab.dimensions()
        wholes = [c for c in self.d.counts if all(c.get(d) == vocab.top_code(d) for d in dims[1:]) and not c.compared
                  and (c.get("country"), c.get("period_start"), c.get("period_end")) ==
                  (part.get("country"), part.get("period_start"), part.get("period_end"))
                  and vocab.contains(dims[0], str(c.get(dims[0])), str(part.get(dims[0])))]
        return wholes[-1] if len({_definition(c) for c in wholes}) == 1 else None

    def _attribution_complement(self, n: Number, whole: Number) -> int | None:
        """Where the complement of a verb of attribution whose object is the part begins ("attributed 37
        of the 163 cases recorded worldwide in 2025 | to organised crime groups"), in the part's clause."""
        end = self._clause_end(whole, self.a.windows.get(whole.start, (0, len(self.text)))[1])
        # ("nueve de los veinte asesinatos | se atribuyen a grupos criminales": the passive's words are the part's)
        passive = next(iter(self.lex.attribution_passives.finditer(self.text, whole.end, end)), None)
        if passive is not None:
            return passive.start
        if self.lex.attribution_verbs.ends_at(self.text, self._before_hedge(n), 30) is None:
            return None
        return next((h.start for h in self.lex.attribution_objects.finditer(self.text, whole.end, end)), None)

    def _looked_back_to(self, ref: Count) -> bool:
        """("23 casos ... durante 2025. El año anterior, la misma organización reportó 19 casos en México. Once de las
        víctimas ..."): the figure is dated by a year counted back from the scene's, and the text gave its place a
        figure of another year before it."""
        if not any(e.field == "period_start" and e.basis == "relative" for e in ref.evidence):
            return False
        years = (ref.get("period_start"), ref.get("period_end"))
        return any(c is not ref and c.get("country") == ref.get("country") and not c.compared
                   and (c.get("period_start"), c.get("period_end")) != years
                   and int(str(c.get("period_end"))) > int(str(ref.get("period_end"))) for c in self.d.counts)

    def _whole_without_part_groups(self, whole: Count, n: Number) -> Count:
        """"Agribusiness accounted for 46 out of 207 killings": a group named in the part's own
        clause before the part is the part's, not the whole's (a group set off by a comma, "Among
        Indigenous defenders, 46 of the 110 ...", frames both and stays)."""
        text = self.text
        lo = self._clause_lo(n.start, self.a.windows[n.start][0])
        moved = [e.field for e in whole.evidence if e.field in vocab.dimensions()[1:] and e.basis == "stated"
                 and e.start is not None and lo <= e.start - self.sent.start < n.start
                 and not CLAUSE_RE.search(text[e.start - self.sent.start:n.start])]
        if not moved:
            return whole
        values = {**whole.values, **{d: vocab.top_code(d) for d in moved}}
        evidence = [e for e in whole.evidence if e.field not in moved] + [Evidence(d, "unrestricted") for d in moved]
        return Count(values, whole.sentence, whole.value_start, whole.value_end, evidence, whole.parent,
                     whole.note, whole.obtained, whole.id, whole.compared)

    def _topic_template(self) -> Count | None:
        """The kind of count the sentence before, about defenders with no figure, names: its one
        country and its one outcome, when every number here states a year of its own."""
        a, d = self.a, self.d
        if d.last or d.country is None or d.outcome is None or not a.candidates or a.places:
            return None
        if not all(self._own_periods(m, *a.windows[m.start]) for m in a.candidates):
            return None
        if any(e.start is None or e.basis not in ("stated", "shared", "context") for e in d.country.evidence + d.outcome.evidence):
            return None
        return Count({"country": d.country.value, "period_start": None, "period_end": None,
                      vocab.dimensions()[0]: d.outcome.value, **{k: vocab.top_code(k) for k in vocab.dimensions()[1:]}},
                     self.sent, self.sent.start, self.sent.start,
                     _as_context(d.country.evidence + d.outcome.evidence, self.sent)
                     + [Evidence(k, "unrestricted") for k in vocab.dimensions()[1:]])

    def _written_from(self) -> int | None:
        """The earliest year the text can have been written: its published year, else the year the
        one report it names came out (a text that names "Roots of Resistance" postdates it)."""
        if self.src.published_year is not None:
            return self.src.published_year
        if self.d.written_from is not None:
            return self.d.written_from
        rep = self.d.report_year
        if rep is None or rep.evidence[0].basis != "report":
            return None
        return vocab.report_published(int(str(rep.value)))

    def _question_asks(self) -> tuple[Value, Value] | None:
        """What a question about defenders asks for, when it says it all and names no group: its outcome (not a
        generic "víctimas") and its one year ("¿Cuántas personas defensoras fueron asesinadas o desaparecidas en
        2025?"): the outcome and years of the bare figures that answer it."""
        a, text = self.a, self.text
        out_dim = vocab.dimensions()[0]
        if any(a.subgroups.values()) or self.lex.unlisted_groups.finditer(text):
            return None
        codes = {t.code for t in a.outcomes if text[t.start:t.end].lower() not in self.lex.generic_outcome}
        code = vocab.narrowest_holding(out_dim, {str(c) for c in codes}) if codes else None
        years = [p for p in a.periods if p.governs and not p.compared and p.kind in ("closed", "single", "bare")]
        if code is None or len(years) != 1:
            return None
        period = self._period_value(years[0])
        if isinstance(period, str):
            return None
        said = [t for t in a.outcomes if t.code in codes]
        return Value(code, [self._ev(out_dim, "stated", min(t.start for t in said), max(t.end for t in said))]), period

    def _countries_topic_template(self) -> Count | None:
        """The kind of count a sentence of bare figures labelled by countries goes on with, when the
        sentence before was about defenders and gave no count of its own (none, or one in review):
        the scene's outcome and its one year. ("Más de la mitad de estas muertes se concentraron en
        tres países: Colombia, México y Filipinas. ... Colombia registró la mayor cantidad, con 65";
        "It logged 29 (review) land-related killings. The top country is Colombia, with 65".) Every
        number must name its own country, one of those the sentence before listed if it listed
        several, and no year of its own; the country is each number's."""
        a, d = self.a, self.d
        # (the answer to a question takes what the question asks, and nothing from the scene)
        if self.answers and d.question_asks is None:
            return None
        outcome, period = d.question_asks if self.answers and d.question_asks is not None else (d.outcome, d.period)
        if outcome is None or period is None or not a.candidates:
            return None
        lead = self._lead_value(vocab.dimensions()[0])
        if lead is not None and lead.value != outcome.value:
            return None  # (an item under a lead-in that names another outcome: the lead-in's)
        years: tuple[int, int] = period.value  # type: ignore[assignment]
        y1, y2 = years
        if y1 != y2 or not self._parallel_to_last(outcome.value, years):
            return None
        # (a sentence before that gave counts listed its countries with their own figures: this one
        # need not keep to them)
        listed = d.listed_before if not any(isinstance(f, Count) for f in d.last) else frozenset()
        for m in a.candidates:
            places = [p for p in self._own_places(m, *a.windows[m.start]) if p.kind in ("country", "world")]
            # (each number's own place is its nearest: "Worldwide, the Philippines came fifth behind
            # Colombia with 60")
            own = {self._nearest(m, places).code} if places else set()
            # (the world only in the answer to a question: "¿Cuántas ... en 2025? || 131 en todo el mundo")
            if not own or (len(listed) > 1 and not own <= listed) \
                    or (vocab.world() in own and not self.answers) or self._own_periods(m, *a.windows[m.start]):
                return None
        # (an item under a lead-in that names the outcome takes it from there: "The 10 countries with the
        # most deaths ...: / 5. Honduras: 17")
        said = outcome.evidence
        out_dim = vocab.dimensions()[0]
        if lead is None and d.last and outcome.value != vocab.top_code(out_dim) and {
                h.payload for h in self.lex.dimension_terms[out_dim].finditer(d.last[-1].sentence.text)} - {
                outcome.value, vocab.top_code(out_dim)}:
            # ("Worldwide: 146 [review], of whom 142 were killed and 4 disappeared. || Guatemala, with 20, overtakes
            # Mexico"): the scene's outcome is one part's, and the sentence before names others; which the figures go
            # on with is not said
            return None
        if lead is None and d.last:
            # (the sentence before, whose figures are in review, may name the scene's outcome again: "Veintisiete
            # casos, solo detrás de Colombia. || Después vienen Brasil con dieciséis": that word is the nearest proof)
            before = d.last[-1].sentence
            again = [h for h in self.lex.dimension_terms[vocab.dimensions()[0]].finditer(before.text) if h.payload == outcome.value]
            if again:
                said = [Evidence(vocab.dimensions()[0], "context", before.start + again[-1].start, before.start + again[-1].end)]
        evidence = (lead.evidence if lead is not None else said) + period.evidence
        if any(e.start is None or e.basis not in ("stated", "shared", "context", "published_date", "referent") for e in evidence):
            return None
        return Count({"country": None, "period_start": y1, "period_end": y2,
                      vocab.dimensions()[0]: outcome.value, **{k: vocab.top_code(k) for k in vocab.dimensions()[1:]}},
                     self.sent, self.sent.start, self.sent.start,
                     _as_context(evidence, self.sent) + [Evidence(k, "unrestricted") for k in vocab.dimensions()[1:]])

    def _parallel_to_last(self, outcome: object, years: tuple[int, int]) -> bool:
        """Whether bare country figures can go on with the sentence before: it gave no count, or only
        counts of the scene's outcome and year for a whole country ("11 of the 16 killings ... last
        year took place in the Philippines ... Worldwide, the Philippines came fifth behind Colombia
        with 60, Brazil with 34"). Counts of a group ("12 were Indigenous") may make the bare
        figures that group's, so they stop it."""
        counts = [f for f in self.d.last if isinstance(f, Count)]
        dims = vocab.dimensions()
        if any(self._names_group_after(u) for u in self.d.last if isinstance(u, Unresolved) and not _other_kind(u)):
            # ("De las 164 personas ... [review], 19 eran mujeres [review]. || En Colombia fueron cinco; en México,
            # cuatro"): a figure in review said to be of a group may make the bare figures that group's
            return False
        # (or the parts a total of the scene's outcome and year is broken into: "161 ... killed or disappeared in
        # 2025. || The breakdown: 152 killed, nine disappeared. Colombia tops the table again with 39")
        return all((c.get(dims[0]) == outcome or (
            (total := self._total_broken_down(c)) is not None and total.get(dims[0]) == outcome))
                   and (c.get("period_start"), c.get("period_end")) == years
                   and all(c.get(k) == vocab.top_code(k) for k in dims[1:]) for c in counts)

    def _names_group_after(self, u: Unresolved) -> bool:
        """Whether the clause of a number in review goes on to name a group ("19 eran mujeres")."""
        text, at = u.sentence.text, u.end - u.sentence.start
        stop = re.compile(rf"[,;:.()]|\d|\s(?:{self.lex.rx_and})\s", re.I).search(text, at)  # (its words, not the next item's)
        hi = stop.start() if stop is not None else len(text)
        return any(self.lex.dimension_terms[d].finditer(text, at, hi) for d in vocab.dimensions()[1:])

    def _partial_of(self, whole: Number) -> Count | None:
        """The reading of a whole that failed only on its place (a region) or its years."""
        return self.partial_wholes.get(self.a.abs(whole.start))

    def _partial_of_review(self, u: Unresolved) -> Count | None:
        return self.partial_wholes.get(u.start) if u.sentence.start == self.sent.start else None

    def _fronted_partitive(self, n: Number) -> list[Count] | str | None:
        """"Of the 29 victims, 11 were Indigenous people", "De estas víctimas, 11 eran indígenas": a phrase
        that opens the sentence with a partitive and a noun, ending at a comma right before the number,
        names the group the number is part of: the earlier figure of that value, or, with no number, the
        figures just before. The noun ("victims") is that group's, not a new count's outcome."""
        a, text = self.a, self.text
        lead = len(text) - len(text.lstrip())
        of = self.lex.partitive_of.starts_at(text, lead, 24)
        # (after a clause that sets the place: "En Brasil, de los 34 casos, 11 eran personas indígenas")
        opening = re.match(r"\s*[^,;:()\d]{1,40},\s*", text) if of is None else None
        if opening is not None:
            of = self.lex.partitive_of.starts_at(text, opening.end(), 24)
        if of is None:
            return self._clause_partitive(n)
        if opening is None and text[:of.start].strip():
            return None
        whole = next((w for w in a.candidates if w.start >= of.end and not text[of.end:w.start].strip()), None)
        # (the part may be hedged: "De los 12 casos peruanos, por lo menos nueve")
        at = self._before_hedge(n)
        noun = self._noun_after(whole, at) if whole is not None else None
        if whole is not None and noun is not None and noun[0] in ("other_people", "other_things") \
                and re.search(r",\s*$", text[whole.end:at]):
            # ("Of the 17 communities we accompany in the Sierra Sur and the Mixteca, 11 are in conflict with mining
            # concessions"): a part of a whole of other people or things counts the same
            return f"counts part of {whole.text} {text[noun[1]:noun[2]]}{NOT_OF_DEFENDERS}"
        rest = text[whole.end if whole is not None else of.end:at]
        m = re.fullmatch(r"\s+(?:[^\W\d_-]+\s+){0,2}[^\W\d_-]+\s*,\s*", rest)
        # ("En México, de los 245 casos registrados desde 2012, 118 ...": a whole that states its own years)
        dated = whole is not None and m is None and re.fullmatch(
            r"\s+(?:[^\W\d_-]+\s+){1,4}(?:(?:19|20)\d\d|[^\W\d_-]+)\s*,\s*", rest) is not None \
            and any(whole.end <= q.start < at for q in a.periods)
        if m is None and not dated:
            # ("Of those 123, twenty-one were killed ...": a whole with no noun of its own, said before)
            # (one read is taken as before, by the words after it)
            if whole is None or not re.fullmatch(r"\s*,\s*", rest):
                return None
            earlier = self._parent_with_value(int(whole.value), "")
            if isinstance(earlier, Count):
                # (a part of that figure by a group its clause names, read with the part's own words: "123 of them
                # Indigenous. || Of those 123, twenty-one were killed or disappeared at the hands of police" are
                # Indigenous too; "Of the 19, 17 were killed and one disappeared" breaks the figure down by outcome,
                # read as before)
                L, R = a.windows[n.start]
                end = self._clause_end(n, R)
                if any(n.end <= t.start < end for ts in a.subgroups.values() for t in ts):
                    return self._part(n, earlier, (n.end, end), parent_span=None)
                return None
            return self._clause_partitive(n)
        lo = at - len(rest)
        # (a weak noun with a number, "Entre esas 122 personas indígenas, 21": the number says which figure it is)
        kinds = ("outcome", "defenders", "weak_defenders") if whole is not None else ("outcome", "defenders")
        if not any(lo <= h.start and h.end <= at and h.payload[0] in kinds  # type: ignore[index]
                   for h in a.nouns):
            return None
        named = [p for p in a.places if of.start <= p.start < n.start]
        if (named and whole is None) or (whole is None and opening is not None):
            return None  # ("Of the cases in Oaxaca, nine ...": a phrase that names a place is read as before)
        framed = [p for p in a.places if p.start < of.start]
        L, R = a.windows[n.start]
        if whole is None:
            # (when the figures before cannot be its group, "... casi el doble que los 61 periodistas ... De las
            # víctimas, 47", the number is read as before, by its own words)
            got = self._part_of_referent(n, L, R)
            return None if isinstance(got, str) else got
        self.consumed.add(whole.start)
        parent = self._parent_with_value(int(whole.value), rest,
                                         frozenset(str(p.code) for p in named if p.kind == "country"))
        if isinstance(parent, str):
            return parent
        # (a place the phrase names must be the group's: "De los 12 casos peruanos, por lo menos nueve", after Peru's 12;
        # not "Of the cases in Oaxaca", a state)
        if named and not (isinstance(parent, Count) and all(p.kind == "country" and p.code == parent.get("country")
                                                            for p in named)):
            self.consumed.discard(whole.start)
            return None
        if parent is None and dated:
            # (a whole stated here with its own years is read first; the part is of it, or in review with it)
            noun = self._noun_after(whole, len(text))
            got = self._count(whole, whole.start, len(text), noun, stop_at_predicate=True) if noun is not None else NO_NOUN
            if isinstance(got, str) or not got:
                self._review(whole, got if isinstance(got, str) else NO_NOUN)
                return f"stated as part of {whole.text}, which is itself in review"
            for c in got:
                self._add(c)
            parent = got[0] if any(c is got[0] for c in self.out.counts) else None
        if parent is None or (framed and isinstance(parent, Count) and any(p.code != parent.get("country") for p in framed)):
            return None  # (a place before it must be the group's: "En Brasil, de los 34 casos" after Brazil's 34)
        if isinstance(parent, Unresolved):
            return f"stated as part of {whole.text}, which is itself in review"
        out_dim = vocab.dimensions()[0]
        own = {t.code for t in a.outcomes if n.end <= t.start < self._clause_end(n, R)}
        if isinstance(parent, Count) and len(own) == 1 and own != {parent.get(out_dim)}:
            # ("De los 54 casos mexicanos, 19 corresponden a desapariciones": the number's own clause says what it
            # counts, another outcome than the group's; it is read by its own words, as before)
            self.consumed.discard(whole.start)
            return None
        self.opening_whole = parent
        return self._part(n, parent, (n.end, R), parent_span=(whole.start, whole.end))

    def _clause_partitive(self, n: Number) -> list[Count] | str | None:
        """"Mexico recorded 31 killings, 15 of them of Indigenous people, and of those 15, at least six were killed
        after opposing mining projects": a clause that opens with a partitive whose whole is a number said before
        ("of those 15", "y de esos 15,") is part of that figure, with its groups and its own."""
        a, text = self.a, self.text
        at = self._before_hedge(n)
        for of in self.lex.partitive_of.finditer(text, 0, at):
            whole = next((w for w in a.candidates if w.start >= of.end and not text[of.end:w.start].strip()), None)
            if whole is None or not re.fullmatch(r"\s*,\s*", text[whole.end:at]):
                continue
            # (the partitive opens its clause: after a comma or semicolon, with "and" or not; or the sentence: "Of
            # those 123, twenty-one were killed or disappeared at the hands of police")
            opens = not text[:of.start].strip()
            if not opens and not re.search(rf"[,;]\s*(?:(?:{self.lex.rx_and})\s+)?$", text[:of.start], re.I):
                continue
            parent = self._parent_with_value(int(whole.value), "")
            if parent is None and opens:
                self.consumed.add(whole.start)
                return f"stated as part of {whole.text}, a figure said before that was not read"
            if parent is None:
                return None  # (no figure of that value before: both numbers are read by their own words)
            self.consumed.add(whole.start)
            if isinstance(parent, str):
                return parent
            if isinstance(parent, Unresolved):
                return f"stated as part of {whole.text}, which is itself in review"
            return self._part(n, parent, (n.end, a.windows[n.start][1]), parent_span=(whole.start, whole.end))
        return None

    def _pronoun_of_before(self, n: Number) -> Hit | None:
        """("... attributed to police or private military forces, and of those 30 were Indigenous"): a partitive
        pronoun right before the number, with no comma, whose next word is a linking verb: the number is a part of
        the figures the pronoun refers to, not "those 30" of something."""
        of = self.a.marker_before("partitive_of", n.start, 12, r"\s*")
        if of is None or not self.lex.partitive_pronoun.fullmatch(self.text[of.start:of.end]):
            return None
        after = re.match(r"\s+([^\W\d_]+)", self.text[n.end:])
        return of if after is not None and after.group(1).lower() in self.lex.copulas else None

    def _part_of_referent(self, n: Number, L: int, R: int) -> list[Count] | str:
        ref = self._referent_for(n)
        if isinstance(ref, str):
            return ref
        # ("245 ... fueron asesinadas o desaparecidas entre 2012 y 2025. Entre ellas hay 121 indígenas. De ese total, 61
        # casos ..."): a partitive that names a total refers to the whole the figure before is a part of, not the part
        lo = max(0, n.start - 40)
        if ref.part_of is not None and any(
                w in self.lex.total_nouns for h in self.a.markers["partitive_before"] + self.a.markers["partitive_of"]
                if lo <= h.start and h.end <= n.start for w in self.text[h.start:h.end].lower().split()):
            while ref.part_of is not None:
                ref = ref.part_of
        return self._part(n, ref, (n.end, R), parent_span=None, left=(L, n.start))

    def _referent_for(self, n: Number) -> Count | str:
        """The count a part refers to: the figures of this sentence before it, else those of the
        sentence before. Figures that differ only in outcome ("13 murdered and one disappeared ...
        five of those women") make one group, of the outcome that holds them all."""
        figures = self.figures or self.d.last
        if not figures:
            return NO_FIGURE_BEFORE
        # ("y en México fueron 18, de ellos 13 asesinatos": a pronoun right after a figure of its sentence is that
        # figure's, whatever other figures the sentence gave before it)
        before = [f for f in self.figures if isinstance(f, Count) and f.value_end <= self.a.abs(n.start)]
        if before:
            gap = self.src.text[before[-1].value_end:self.a.abs(n.start)]
            # ("21 eran indígenas y, entre estos, cuatro eran mujeres": a pronoun right before the number, after a
            # few words that end the clause of the figure before it, is that figure's)
            mk = self.a.marker_before("partitive_before", n.start, 30, r"[\s,]*")
            if mk is not None and self.a.abs(mk.start) >= before[-1].value_end:
                words = self.src.text[before[-1].value_end:self.a.abs(mk.start)]
                if not re.search(r"[\d;:.()]", words) and len(words.split()) <= 5:
                    return before[-1]
            if re.fullmatch(r"\s*,\s*(?:\S+\s+){1,3}", gap) and (
                    self.lex.partitive_pronoun.finditer(gap) or any(
                        self.a.abs(h.start) >= before[-1].value_end and self.a.abs(h.end) <= self.a.abs(n.start)
                        for h in self.a.markers["partitive_before"])):
                return before[-1]
        # (a number of something else inside a count's own phrase is no referent: "908 reported killings
        # ... in 35 countries – 13 of them in Cambodia", "207 cases in 22 countries ... 53 of the deaths";
        # one that heads its own clause is: "there were 12 mass killings in 2021, including three in India")
        src = self.src.text
        bad = next((f for f in figures if isinstance(f, Unresolved) and not (_other_kind(f) and any(
            isinstance(c, Count) and c.sentence.start == f.sentence.start and c.value_end <= f.start
            and f.start - c.value_end <= 60 and not CLAUSE_RE.search(src, c.value_end, f.start) for c in figures))),
            None)
        if bad is not None:
            partial = self._partial_of_review(bad)
            if partial is not None and not [f for f in figures if isinstance(f, Count)]:
                return partial  # "16 ... were killed in Asia last year; three of those killings took place in Indonesia"
            return f"counts part of the figure {bad.number_text}, which is itself in review"
        counts = [f for f in figures if isinstance(f, Count)]
        # (a figure compared with is no referent: "19 lethal attacks in 2024, down from 20 in 2023. Of those, 18
        # were killings": "those" are the 19)
        counts = [c for c in counts if not c.compared] or counts
        if not self.figures and counts and len({_definition(c) for c in counts}) == 1:
            last = counts[-1]
            years = (last.get("period_start"), last.get("period_end"))
            earlier = [c for c in self.d.counts if c.sentence.paragraph == last.sentence.paragraph and not c.compared
                       and c.sentence.start < last.sentence.start and c.get("country") == last.get("country")
                       and (c.get("period_start"), c.get("period_end")) != years
                       and all(c.get(d) == vocab.top_code(d) for d in vocab.dimensions()[1:])]
            if earlier and last.sentence.paragraph != self.sent.paragraph:
                # ("158 ... durante 2025. Desde 2012, la cifra asciende a 2.411. || Nos alarma que 19 de las víctimas
                # fueran mujeres"): in a new paragraph, after one whose last figure is of other years than its first;
                # the part may be of either (in the same paragraph it is the figure just said: "... since 2012, it's
                # 2,253 ... Over two hundred of those were in Mexico")
                return (f"counts part of a group named before it, after figures of {earlier[-1].get('period_start')}"
                        f"-{earlier[-1].get('period_end')} and of {years[0]}-{years[1]}: which is not said")
        if len({_definition(c) for c in counts}) == 1:
            return counts[-1]
        out_dim = vocab.dimensions()[0]
        if len({_definition_except(c, (out_dim,)) for c in counts}) != 1:
            whole = self._referent_by_place(n, counts)
            if whole is not None:
                return whole
            either = self._referent_either_way(n, counts)
            if either is not None:
                return either
            return "counts part of a group named by a pronoun, which refers to figures that differ"
        # ("167 ... asesinadas o desaparecidas en 2025: 158 asesinadas y 9 desaparecidas. Cincuenta y dos de las
        # víctimas": a total and its breakdown by outcome; the group is the total)
        total = next((c for c in counts if all(o is c or (c.get(out_dim) != o.get(out_dim) and vocab.contains(
            out_dim, str(c.get(out_dim)), str(o.get(out_dim)))) for o in counts)), None)
        if total is not None:
            return total
        # one group: the narrowest outcome that contains every outcome of the figures
        codes = {str(c.get(out_dim)) for c in counts}
        outcome = vocab.narrowest_holding(out_dim, codes)
        spans = [e for c in counts for e in c.evidence if e.field == out_dim and e.start is not None]
        lo, hi = (min(e.start for e in spans), max(e.end for e in spans)) if spans else (0, 0)  # type: ignore[type-var]
        ordered = sorted({(e.start, e.end) for e in spans})  # type: ignore[type-var]
        if spans and not joined_as_one(self.src.text, ordered, self.lex):  # type: ignore[arg-type]
            # ("On Mexico: 21 killings and two disappearances ... nine of the Mexican victims were Indigenous": the words
            # name two figures' outcomes, not the one of the group, so no span says what the group counts; as the
            # validator reads outcome words, joined by "or", or by "and" with no number between)
            return "counts part of figures of different outcomes, which the text names as two figures, not one group"
        ev = [Evidence(out_dim, "referent", lo, hi)] if spans else []
        group = Count({**counts[0].values, out_dim: outcome}, counts[0].sentence, counts[0].value_start,
                      counts[0].value_end, [e for e in counts[0].evidence if e.field != out_dim] + ev)
        group.id = ""  # a group of figures: no single row to name as parent
        return group

    def _referent_by_place(self, n: Number, counts: list[Count], framing: list[Place] | None = None) -> Count | None:
        """"Women accounted for 11 of the victims worldwide", "En México, al menos 12 de los homicidios ...", after
        figures of several places: the one place the part's clause names picks, among them, the figure of all
        defenders of that place, when there is one (the latest, when it is said again alike)."""
        L, R = self.a.windows[n.start]
        lo, hi = self._clause_lo(n.start, L), self._clause_end(n, R)
        named = {p.code for p in self.a.places if (lo <= p.start < hi or p in (framing or []))
                 and p.governs and p.kind in ("country", "world")}
        if len(named) != 1 or any(lo <= p.start < hi and p.kind in ("region", "subnational") for p in self.a.places):
            return None
        code = next(iter(named))
        # (among the figures before it; else among all the text's figures so far, not compared with, when they
        # give that place's one figure: "Women accounted for 11 of the victims worldwide", paragraphs after the
        # worldwide total)
        for pool in (counts, [c for c in self.d.counts if not c.compared]):
            whole = [c for c in pool if c.get("country") == code
                     and all(c.get(d) == vocab.top_code(d) for d in vocab.dimensions()[1:])]
            if whole:
                return whole[-1] if len({_definition(c) for c in whole}) == 1 else None
        return None

    def _part(self, n: Number, parent: Count, clause: tuple[int, int], parent_span: tuple[int, int] | None,
              left: tuple[int, int] | None = None) -> list[Count] | str:
        """A part of `parent`: its fields, narrowed by what the part's own clause says."""
        a, text = self.a, self.text
        if parent_span is None and parent.values.get("value") == int(n.value) and n.value > 1:
            # ("En tercer lugar aparece Guatemala, con 17. Diecisiete de las víctimas eran mujeres"): a part taken from
            # a figure before it, of the same value, is no part of it; of which figure it is, is not said
            return (f"counts part of a group named before it, whose figure before it, {parent.get('value')}, is as large "
                    "as the part: which figure it is part of is not said")
        lo, hi = clause
        values = {k: parent.values.get(k) for k in ("country", "period_start", "period_end", *vocab.dimensions())}
        evidence = _inherit(parent, ("country", "period_start", "period_end", *vocab.dimensions()))
        narrowed = False
        if "period_start" not in parent.values:
            # a whole read but for its years: the part states its own ("131 of those deaths ... between
            # 2017 and 2021")
            # (not the year a report is said to cover: "22 of whose victims were Indigenous, according to Global Witness's
            # report covering 2025" names the report, not the part's years)
            own = [p for p in a.periods if lo <= p.start < hi and p.kind in ("closed", "single", "bare") and not p.compared
                   and not self._report_about_year(p)]
            if len(own) != 1:
                return "counts part of a figure whose years are not stated, and states no years of its own"
            got = self._period_value(own[0])
            if isinstance(got, str):
                return got
            values["period_start"], values["period_end"] = got.value  # type: ignore[misc]
            evidence += got.evidence
            narrowed = True
        else:
            # "1.910 asesinatos desde 2012; 1.390 de ellos ocurrieron entre ... 2015 y ... 2022": a part
            # may be the whole's for fewer of its years ("Of these, at least 1,390 ... since the Paris Agreement
            # was adopted in 2015": an open period, which ends where the report the text is about ends)
            # (an open period only in the part's own words, before any comma: "79 de ellos en Colombia, la cifra
            # más alta desde 2012" says what the figure is the highest since)
            # (whose phrase may open with the event it runs from: "desde la aprobación del Acuerdo de París (2015)")
            opens = {p.start: min([q.start for q in a.periods if q.kind == "open_relative" and n.end <= q.start < p.start]
                                  + [p.start]) for p in a.periods if p.kind == "open"}
            own = [p for p in a.periods if lo <= p.start < hi and not p.compared and not self._report_about_year(p) and (
                p.kind in ("closed", "single", "bare")
                or (p.kind == "open" and n.end <= p.start and not re.search(r"[,;:(]", text[n.end:opens[p.start]])))]
            if not own and left is not None and parent_span is None:
                # ("... more than 2,400 ... since 2012. || In 2025, Mexico accounted for 24 of them"): a year that opens
                # the part's sentence, before it, when its clause after it has none
                own = [p for p in a.periods if left[0] <= p.start < left[1] and p.governs and not p.compared
                       and p.kind in ("closed", "single", "bare") and not self._report_about_year(p)
                       and not any(m.end <= p.start or p.end <= m.start < n.start for m in a.candidates if m.start != n.start)]
            got_own = self._period_value(own[0]) if len(own) == 1 else None
            whole = (parent.values.get("period_start"), parent.values.get("period_end"))
            relative = [p for p in a.periods if lo <= p.start < hi and p.kind == "relative" and not p.compared]
            if not own and relative and whole[0] != whole[1]:
                # ("over 240 ... since 2012, and its report on 2025 found that ... nine of the people killed or
                # disappeared that year had opposed mines"): a part that says a year of its own, counted from the
                # text or its date, is not of the whole's span; read that year, or leave the part in review
                got_own = self._period_value(relative[0])
                if not isinstance(got_own, Value) or got_own.value[0] != got_own.value[1]:  # type: ignore[index]
                    return (f"counts part of a figure of {whole[0]}-{whole[1]}, but its own words say "
                            f"'{text[relative[0].start:relative[0].end]}', a year that is not read")
            if isinstance(got_own, Value) and None not in whole and tuple(got_own.value) != whole:  # type: ignore[arg-type]
                y1, y2 = (int(str(y)) for y in got_own.value)  # type: ignore[attr-defined]
                if not (int(str(whole[0])) <= y1 <= y2 <= int(str(whole[1]))):
                    return (f"states the years {y1}-{y2}, outside those of the group it is part of "
                            f"({whole[0]}-{whole[1]})")
                values["period_start"], values["period_end"] = y1, y2
                evidence = [e for e in evidence if e.field not in ("period_start", "period_end")] + got_own.evidence
                narrowed = True
        if parent_span is None:
            # "En Colombia, por ejemplo, 19 de las víctimas eran indígenas", after a worldwide figure:
            # the victims the part is of are not that figure's (its sentence is set in another place)
            framed = [p for p in a.places if p.governs and p.kind == "country" and p.end <= n.start
                      and p.code != values["country"]]
            grouped = any(lo <= t.start < hi for ts in a.subgroups.values() for t in ts) or \
                bool(self.lex.unlisted_groups.finditer(text, lo, hi))
            if framed and (grouped or values["country"] != vocab.world() or len({p.code for p in framed}) > 1):
                p = framed[0]
                return (f"counts part of a group named before it ({values['country']}), but its sentence is set in "
                        f"{text[p.start:p.end]}: which figure it is part of is not said")
            if framed:
                # "Colombia, que registró 64 de los asesinatos de 2019": a part of the world's killings, of
                # no group of its own, in one country, is that country's figure
                p = framed[0]
                values["country"] = p.code
                evidence = [e for e in evidence if e.field != "country"] + [self._ev("country", "stated", p.start, p.end)]
                narrowed = True
        # (a relative clause after the whole describes the whole, not the part: "64 de los 212
        # homicidios ..., que acabaron con la vida de personas que intentaban frenar ... proyectos
        # extractivos")
        rel = re.search(rf",\s*(?:{'|'.join(re.escape(w) for w, _ in self.lex.relative_pronouns.pairs)})\b",
                        text[lo:hi], re.I)
        if rel is not None and parent_span is not None:
            hi = lo + rel.start()
        # (nor do the members it goes on to name: "60 de los 200 asesinatos ..., entre ellos el más sonado,
        # el de Berta Cáceres (Honduras, 2016), la líder indígena")
        # (not the part's own partitive right after it: "15 of whom were involved in ... dams")
        # (nor what "most of them" are: "Fourteen of last year's twenty victims were Indigenous, most of them ... in
        # disputes over ... palm oil plantations" are not all in agribusiness)
        members = sorted((h for h in a.markers["partitive_before"] + a.markers["partitive_quantifiers"]
                          if n.end <= h.start < hi and text[n.end:h.start].strip()), key=lambda h: h.start)
        if members:
            hi = members[0].start
        regions = [p for p in a.places if lo <= p.start < hi and p.governs]
        if parent_span is not None and not regions:
            # "en Colombia se produjeron 64 de los 212 asesinatos ... en el mundo": the part's place
            # before it, in its clause
            left_lo = self._clause_lo(n.start, a.windows[n.start][0])
            regions = [p for p in a.places if left_lo <= p.start < n.start and p.governs and p.kind == "country"]
        if parent_span is not None and not regions:
            subject = self._subject_after_with_part(n, parent_span)
            if subject is not None:
                regions = [subject]
        if any(p.kind == "subnational" for p in regions):
            return "counts part of a country (a state or region), not the whole country"
        named = [p for p in regions if p.kind in ("country", "world")]
        partial = "value" not in parent.values  # a whole read but for its place ("16 ... in Asia")
        if partial and parent.values.get("country") is None and not named:
            return "counts part of a figure for a region, and names no country of its own"
        if named:
            p = named[0]
            # ("227 personas murieron en el mundo en 2020; 95 de ellas en Colombia y México": one part
            # for two countries together)
            together = self._places_together(p)
            if together:
                return together
            if p.code != values["country"]:
                if not (partial and values["country"] is None) and not _country_contains(str(values["country"]), str(p.code)):
                    return f"names {text[p.start:p.end]}, outside the group it is part of ({values['country']})"
                values["country"] = p.code
                evidence = [e for e in evidence if e.field != "country"] + [self._ev("country", "stated", p.start, p.end)]
                narrowed = True
        elif any(p.kind == "region" for p in regions):
            r = next(p for p in regions if p.kind == "region")
            return f"counts part of the group in a region ({text[r.start:r.end]}), not a country"
        # (not a clause joined after it with a subject of its own: "La tala ilegal estuvo vinculada a ocho de los casos
        # del año pasado, y la minería, legal e ilegal, siguió siendo el sector más letal" is no mining figure)
        # (nor one a verb of saying opens: "that 19 of them were women, and that one in three were Indigenous")
        joined = re.search(rf",\s*(?:{self.lex.rx_and})\s+(?:{self.lex.rx_article}|{self.lex.rx_complementizer})\s",
                           text[n.end:hi], re.I)
        groups_hi = n.end + joined.start() if joined is not None else hi
        for d in vocab.dimensions()[1:]:
            terms = [t for t in a.subgroups[d] if lo <= t.start < groups_hi]
            against = next((t for t in terms if self._compared_group(t)), None)
            if against is not None:
                # ("La agroindustria estuvo detrás de 14 de esos casos, solo por detrás de la minería"): a group named
                # after the part as the one it is compared with; the part's own group is not read
                return (f"the group after it, '{text[against.start:against.end]}', is one it is compared with; its own "
                        "group is not read")
            if left is not None:
                terms = [t for t in a.subgroups[d] if left[0] <= t.start < left[1]
                         and not CLAUSE_RE.search(text[t.end:n.start])] + terms
            if not terms:
                continue
            code = terms[0].code
            if values[d] == code:
                continue
            if not vocab.contains(d, str(values[d]), code):
                return f"restricts {d} to {code}, outside the group it is part of ({values[d]})"
            values[d] = code
            evidence = [e for e in evidence if e.field != d] + [self._ev(d, "stated", terms[0].start, terms[0].end)]
            narrowed = True
        known = [t for ts in a.subgroups.values() for t in ts] + a.outcomes
        for h in self.lex.unlisted_groups.finditer(text, min(lo, parent_span[1] if parent_span else lo), hi):
            if not any(t.start < h.end and h.start < t.end for t in known):
                return f"restricted to a group the vocabulary has no code for ({text[h.start:h.end]})"
        note = ""
        said = [t for t in a.outcomes if lo <= t.start < hi or (parent_span and parent_span[1] <= t.start < lo)]
        said_codes = {t.code for t in said}
        split = self._outcome_split(n, said, str(values["outcome"]), hi)
        if split is not None:
            # ("Nineteen of the Mexican victims were killed and four remain disappeared"): parts that split their
            # whole by outcome each say their own; one outcome word alone ("28 were killed by the police") does not
            values["outcome"] = split.code
            evidence = [e for e in evidence if e.field != "outcome"] + [self._ev("outcome", "stated", split.start,
                                                                                 split.end)]
            narrowed = True
        elif said_codes and said_codes != {values["outcome"]}:
            words = " / ".join(text[t.start:t.end] for t in said)
            # (a whole read in part has no value: "22 de cuyas víctimas", after a total whose years were not read)
            of_value = parent.values.get("value", "a figure read in part")
            note = (f"The text says '{words}', but the count is stated as part of {of_value} "
                    f"({parent.get('outcome')}); recorded with the outcome of the figure it is part of.")
        if not narrowed and parent_span is None:
            return "counts part of a group, but does not say which part"
        if not partial and int(n.value) > int(str(parent.get("value"))):
            return f"stated as part of {parent.get('value')}, but larger than it"
        values["value"] = int(n.value)
        q = self._qualifier(n)
        values["qualifier"] = q.value
        evidence = [self._ev("value", "stated", n.start, n.end)] + evidence + q.evidence
        if parent_span is not None:
            evidence.append(self._ev("parent_id", "parent", *parent_span))
        c = Count(values, self.sent, a.abs(n.start), a.abs(n.end), evidence, note=note,
                  parent=parent if parent_span is not None else None, part_of=parent)
        return [c]

    def _listed(self, n: Number, L: int, R: int) -> list[Count] | str | None:
        """A number with no noun in a list: "Brasil con 20", "Guatemala (16)", "33 in Colombia",
        "eight to logging", "compared to the 2020 tally of 30": the same kind of count as the list's
        head, for its own place, group or year."""
        a, text = self.a, self.text
        template = self.head or self.partial_head
        head_number = next((m for m in a.candidates if template is not None and a.abs(m.start) == template.value_start), None)
        if head_number is not None and head_number.start > n.start and any(
                w.end <= head_number.start and not re.search(r"[,;:.()—–]", self.text[w.end:head_number.start])
                and len(self.text[w.end:head_number.start].split()) <= 2 and re.search(r"[,—–(]\s*$", self.text[:w.start])
                for w in self.lex.when_words.finditer(self.text, n.end, head_number.start)):
            # ("up from 19 in 2024 and the highest since 2022, when 31 defenders were killed there": a later figure of a
            # "when" clause is of its own year; the number before it does not go on from it)
            template, head_number = None, None
        if head_number is not None and head_number.start > n.start and self._subject_clause_between(n.end, head_number.start):
            # ("Colombia encabezó la lista con 41, y el acumulado mundial desde 2012 llegó a 2.416": a later figure of a
            # clause joined with a subject of its own is no head of the number before it)
            template, head_number = None, None
        if template is not None and template is self.head and template.sentence.start == self.sent.start \
                and self._in_closed_relative(template.value_start - self.sent.start, n.start, where=True):
            # ("Brazil, where 25 defenders had been killed in 2023, recorded 12, and the Philippines seven"): a head in a
            # relative clause set off by commas is the clause's; the list goes on from the sentence's own figure after it
            own = [f for f in self.figures if isinstance(f, Count) and not f.compared
                   and template.value_start < f.value_start < a.abs(n.start)
                   and not self._in_closed_relative(f.value_start - self.sent.start, n.start, where=True)]
            unread = [f for f in self.figures if isinstance(f, Unresolved) and not _other_kind(f)
                      and template.value_start < f.start < a.abs(n.start)
                      and not self._in_closed_relative(f.start - self.sent.start, n.start, where=True)]
            if own:
                template = own[0]
            elif unread:
                return (f"goes on from {unread[0].number_text}, the sentence's own figure after a relative clause, which "
                        "is itself in review")
        if template is not None and template is self.head and head_number is not None and self._starts_change(head_number):
            # "Honduras bajó de 18 asesinatos en 2023 a 5 casos el año pasado; Brasil, con 12": a head that a change
            # starts from is the earlier figure; the list goes on from the change's own, later figure
            ends = [f for f in self.figures if isinstance(f, Count) and not f.compared
                    and template.value_start < f.value_start < a.abs(n.start)]
            if ends:
                template = ends[-1]
        if template is not None and template is self.head and template.sentence.start == self.sent.start:
            among = next(iter(self.lex.new_whole.finditer(text, template.value_end - self.sent.start, n.start)), None)
            if among is not None and any(template.get(d) != vocab.top_code(d) for d in vocab.dimensions()[1:]):
                # ("Twenty-one of those Indigenous defenders were killed by police ...; among all victims, 32 cases
                # involved such forces, and 47 were linked to mining"): a whole named after the head ('among all') is
                # what the later figures are of, not the head's group
                return (f"goes on from {template.get('value')}, a figure of one group, after '{text[among.start:among.end]}' "
                        "names another whole: which groups it holds is not said")
        if template is not None and template is self.head and template.sentence.start == self.sent.start:
            dims = vocab.dimensions()[1:]
            twin = next((f for f in self.figures if isinstance(f, Count) and f is not template and not f.compared
                         and f.value_start < a.abs(n.start) and f.get("country") == template.get("country")
                         and any(f.get(k) != template.get(k) for k in dims)), None)
            own_places = {p.code for p in self._own_places(n, L, R)}
            lo = self._clause_lo(n.start, L)
            bare = bool(own_places) and template.get("country") not in own_places and not any(
                lo <= t.start < self._clause_end(n, R) for d in dims for t in a.subgroups[d])
            # (not a part the sentence takes of the figure, "México registró 23 casos, de los cuales 12 correspondieron
            # a personas indígenas; Guatemala sumó 17": the figure stays the clause's own)
            part_of = twin is not None and any(
                min(twin.value_start, template.value_end) <= a.abs(h.start) <= max(twin.value_end, template.value_start) + 16
                for h in a.markers["partitive_pronoun"] + a.markers["anaphora"])
            if twin is not None and bare and not part_of:
                # ("Colombia, con 41 casos en total, tuvo 14 víctimas indígenas, y Guatemala, 12"): the sentence gives
                # one place a figure of all its cases and one of a group; which of the two the item goes on with is
                # not said
                return (f"goes on from two figures of one place, {template.get('value')} and {twin.get('value')}, "
                        "one of a group: which the item is like is not said")
        hedge = self.lex.qualifiers.ends_at(text, n.start, 40)
        comparison = any(not (hedge is not None and h.start >= hedge.start)
                         for h in self._comparisons(self._clause_lo(n.start, L), n.start))
        # (a figure after it in the sentence is not what it is compared with: "18 killings across Africa
        # in 2020, against seven the year before, with 15 murders in the DRC, ... and one in Uganda",
        # read again once the list's noun is known)
        # (not a figure of a relative clause set off by commas before it: "detrás de Colombia, que acumuló 52 casos, y
        # representa un aumento frente a los 19 registrados un año antes" compares the sentence's subject)
        # (nor one in brackets, an aside, when the number is not: "con 52 casos (48 en 2024), mientras que en Brasil la
        # cifra subió de 12 a 17" does not compare 12 with Colombia's 48)
        last = [f for f in self.figures if isinstance(f, Count) and not f.compared and f.value_start < a.abs(n.start)
                and not self._in_closed_relative(f.value_start - self.sent.start, n.start)
                and not (a.in_parens(f.value_start - self.sent.start) and not a.in_parens(n.start))]
        if comparison and last and any(isinstance(f, Unresolved) and f.start > last[-1].value_start and not _other_kind(f)
                                       for f in self.figures):
            # ("la organización atribuye 16 de ellos al crimen organizado [in review], frente a 37 en todo el mundo"):
            # compared with the figure just before it, which could not be read
            return "compared with the figure before it, which is itself in review"
        if comparison and not last and any(isinstance(f, Unresolved) and f.start < a.abs(n.start) and not _other_kind(f)
                                           for f in self.figures) \
                and len({t.code for t in a.outcomes if t.end <= n.start and t.code != vocab.top_code(vocab.dimensions()[0])}) > 1:
            # ("Mexico recorded 24 cases, 20 killings and four disappearances [in review: no year], up from 19 in
            # 2024"): compared with figures of different outcomes, none of which could be read; which it counts is not
            # said
            return "compared with figures of different outcomes before it in its sentence, which are in review"
        if comparison and not last and template is not None and template is self.head and not self._own_places(n, L, R) \
                and self._in_closed_relative(template.value_start - self.sent.start, n.start):
            return ("compared with a figure its sentence names before ('la cifra', 'the figure'), not the one in the "
                    "relative clause just before it: which figure that is, is not stated here")
        if comparison and last:
            # "Nicaragua ..., with 12 murders, up from five in 2019": compared with the figure just before
            template = last[-1]
            aside_whole = self._whole_of_part_aside(template, last, n)
            if aside_whole is not None:
                # ("registró 24 personas defensoras asesinadas ..., tres de ellas mujeres, frente a 19 en 2024"): a part
                # set off by commas, with no verb, is an aside; the comparison after it goes on from the whole
                template = aside_whole
            out_dim = vocab.dimensions()[0]
            if len({c.get(out_dim) for c in last}) > 1 and not [
                    t for t in a.outcomes if n.end <= t.start < self._clause_end(n, R) and t.code != vocab.top_code(out_dim)]:
                # ("22 defenders were murdered and three went missing, compared with a combined 19 in 2024": compared
                # with figures of two outcomes, it may be either's or both's)
                return "compared with figures of different outcomes, and names no outcome of its own"
        elif comparison and template is None and self._own_periods(n, L, R) and not any(a.subgroups.values()):
            # "64 activistas ... fueron asesinados en Colombia el año pasado [no date to count from], frente a
            # 25 en 2018": compared with a figure read in full but for its year; this one states its own
            # (the whole is kept without its groups, so only in a sentence that names none)
            whole = [w for w in self.partial_wholes.values() if w.value_start < a.abs(n.start)
                     and "period_start" not in w.values]
            if whole:
                w = whole[-1]
                template = Count({**w.values, "period_start": None, "period_end": None}, w.sentence, w.value_start,
                                 w.value_end, w.evidence)
        spread_from = self._spread_first(n)
        stated_first = self._spread_later_side(n)
        if spread_from is not None:
            template = spread_from  # "Filipinas pasó de 30 asesinatos en 2018 a 43 en 2019": the 30's kind
        elif stated_first is not None:
            # ("ahead of Guatemala, where the count fell to 13 from 20 in 2024"): the earlier side of a change its
            # later side states first is of that side's kind and place; that side could not be read
            return f"the earlier side of a change to {self.text[stated_first.start:stated_first.end]}, which is not read"
        elif template is not None and template is self.head and template.compared and not self._own_periods(n, L, R):
            owned = {a.abs(s) for s in self._change_start_periods(n.start)}
            if any(e.field == "period_start" and e.start in owned for e in template.evidence):
                # "El país bajó así respecto a las 54 víctimas de su informe anterior, pero se mantuvo ... sólo detrás
                # de Colombia (60)": the head's year is the one it is compared in, not the year of the list after it
                return (f"goes on from {template.get('value')}, a figure compared with, whose year is the "
                        "comparison's: its own year is not stated")
        lead = len(self.text) - len(self.text.lstrip())
        opener = self.lex.partitive_of.starts_at(self.text, lead, 24)
        whole_number = next((m for m in a.candidates if opener is not None and m.start >= opener.end
                             and not self.text[opener.end:m.start].strip()), None)
        if template is not None and template is self.head and whole_number is not None and not comparison \
                and whole_number.start < n.start and template.get("value") == int(whole_number.value) \
                and not self._own_places(n, L, R) and any(c is template for c in self.out.counts):
            # ("Among those 122 Indigenous defenders, 21 were killed ... by police ..., and 39 were opposing mining
            # projects"): the sentence opens with the whole its parts are of; a later number is one more part of it
            return self._part(n, template, (n.end, R), parent_span=None, left=(L, n.start))
        if template is not None and template is self.head and template.compared and not comparison \
                and not self._own_places(n, L, R) and any(
                    e.field == "country" and e.basis == "stated" and e.end is not None
                    and re.fullmatch(r"['’]s\s+", self.src.text[e.end:template.value_start]) is not None
                    for e in template.evidence):
            # ("It recorded 60 killings in 2022 [review] against Mexico's 31, and 79 in 2023": the head is a figure
            # compared with, headed by its place's possessive; an item after it does not take that place)
            return (f"goes on from {template.get('value')}, a figure compared with, whose place is the comparison's: "
                    "its own place is not stated")
        out_dim = vocab.dimensions()[0]
        # (figures of the same run: no strong stop nor comparison between them and the number, nor set off between
        # dashes: "17 cases in Mexico in 2025 - 14 killings and 3 enforced disappearances - placing the country third
        # worldwide, after Colombia (52)")
        dashes = [m.start() for m in DASH_RE.finditer(text)]
        dashed = [(lo, hi) for lo, hi in zip(dashes, dashes[1:]) if not lo <= n.start < hi]
        before_outcomes = {f.get(out_dim) for f in self.figures if isinstance(f, Count) and not f.compared
                           and not any(lo <= f.value_start - self.sent.start < hi for lo, hi in dashed)
                           and f.value_start < a.abs(n.start)
                           and not STRONG_RE.search(text, f.value_end - self.sent.start, n.start)
                           and not self._comparisons(f.value_end - self.sent.start, n.start)}
        if template is not None and template is self.head and not comparison and len(before_outcomes) > 1 \
                and not all(vocab.contains(out_dim, str(template.get(out_dim)), str(o)) for o in before_outcomes) and not [
                t for t in a.outcomes if n.end <= t.start < self._clause_end(n, R) and t.code != vocab.top_code(out_dim)]:
            # ("155 personas fueron asesinadas y ocho desaparecidas, precisa el informe, que sitúa a Colombia (41) a la
            # cabeza"): items after figures of several outcomes, naming none of their own, may be of either or of both
            return "goes on from figures of different outcomes in its sentence, and names no outcome of its own"
        if template is not None and template.get("country") is None and not self._own_places(n, L, R):
            return None  # a list after a region's figure: only items that name their country
        if template is None and any(isinstance(f, Unresolved) and not _other_kind(f) for f in self.figures):
            # "al menos 177 activistas perdieron la vida el año pasado (review), con lo que el total
            # de asesinatos llega a 1.910": a sentence with its own doubtful figure does not go on
            # with the list of the sentence before
            return None
        # ("163 personas defensoras [refused], de las cuales 157 ... y seis desaparecidas; un año antes la cifra fue de
        # 146"): "the figure" after a strong stop names the sentence's first figure, not the last item read
        said_figure = template is not None and template.sentence.start == self.sent.start and any(
            self._clause_lo(n.start, L) <= h.start < n.start
            and STRONG_RE.search(text, template.value_end - self.sent.start, h.start) for h in a.markers["anaphora"])
        if said_figure and template is not None and any(
                (f.start if isinstance(f, Unresolved) else f.value_start) < template.value_start for f in self.figures):
            return "refers to 'the figure' of its sentence, whose first figure is not the one read before it"
        from_prev = template is None
        if template is None:
            prev = [f for f in self.d.last if isinstance(f, Count)]
            # "fell from 30 in 2020, ..., 270": the 270; nor a figure of a "when" clause ("lejos del máximo, alcanzado
            # en 2020, cuando Global Witness documentó 227 asesinatos. || Colombia (41)"), a year compared with
            uncompared = [f for f in prev if not f.compared and f.value_start not in self.d.when_dated]
            scene_years = self.d.period
            # (a scene set before the compared figures' sentence: "Colombia ..., with 60 killings, almost double its
            # toll for 2021. Brazil recorded 34" set its scene from the comparison itself; the 60's year holds)
            set_before = scene_years is not None and all(
                e.start is not None and e.start < prev[-1].sentence.start for e in scene_years.evidence) if prev else False
            if prev and not uncompared and any(f.value_start in self.d.when_dated for f in prev):
                # (what such a list counts, and of which years, the figures before it do not say: it goes to review)
                return None
            if prev and not uncompared and scene_years is not None and set_before and all(
                    (f.get("period_start"), f.get("period_end")) != tuple(scene_years.value) for f in prev):  # type: ignore[arg-type]
                # "212 personas ... fueron asesinadas [2019]. Fue la cifra más alta, por encima de los 207 de 2017.
                # || Colombia, con 64": the figures just before were all compared with the scene's; the list
                # goes on in the scene's years, not theirs
                compared_last = prev[-1]
                first_year, last_year = (int(str(y)) for y in scene_years.value)  # type: ignore[attr-defined]
                # (the scene's own figure of those years, when the text gave one, says what the list counts: "158 ...
                # killed or disappeared ... in 2025 ... lower than the 196 killings logged for 2023 || Colombia (41)")
                dims = vocab.dimensions()
                scene_count = next((c for c in reversed(self.d.counts) if not c.compared
                                    and (c.get("period_start"), c.get("period_end")) == (first_year, last_year)
                                    and all(c.get(k) == vocab.top_code(k) for k in dims[1:])), None)
                prev = [scene_count] if scene_count is not None else [
                    Count({**compared_last.values, "period_start": first_year, "period_end": last_year},
                          compared_last.sentence, compared_last.value_start, compared_last.value_end,
                          [e for e in compared_last.evidence if e.field not in ("period_start", "period_end")]
                          + _as_context(scene_years.evidence, self.sent))]
            else:
                prev = uncompared or prev
            frame = self._sentence_frame_period(L) if prev and all(
                c.get("period_start") != c.get("period_end") for c in prev) else None
            of_year = [c for c in self.d.counts if not c.compared and isinstance(frame, Value)
                       and frame.value[0] == frame.value[1]  # type: ignore[index]
                       and (c.get("period_start"), c.get("period_end")) == tuple(frame.value)  # type: ignore[arg-type]
                       and all(c.get(k) == vocab.top_code(k) for k in vocab.dimensions()[1:])]
            # (the one whose outcome holds the others': "163 ... (155 killed, 8 disappeared)" is the 163)
            out_dim = vocab.dimensions()[0]
            scene_count = next((c for c in reversed(of_year) if all(
                vocab.contains(out_dim, str(c.get(out_dim)), str(o.get(out_dim))) for o in of_year)), None)
            if scene_count is not None:
                # ("* Worldwide: 163 ... in 2025 ... || * Since 2012: 2,416 ... || * Deadliest countries, 2025: Colombia
                # 52"): after a total over several years, a line that names one year of its own goes on with the figure
                # of all cases the text gave for that year, not with the total
                prev = [scene_count]
            elif not prev or any(isinstance(f, Unresolved) and not _other_kind(f) for f in self.d.last) or \
                    len({_definition_except(c, ("country", "period_start", "period_end")) for c in prev}) != 1:
                return None
            if len({(c.get("period_start"), c.get("period_end")) for c in prev}) > 1 \
                    and not any(q.governs and not q.compared for q in a.periods):
                # ("el país pasó de 19 casos en 2024 a 24 en 2025 ... || Brasil (16), Guatemala (15)": the figures it
                # goes on from are of different years, and its sentence names none; which it shares is not said)
                return "goes on from figures of different years before it, and states no year of its own"
            template = prev[0]
            if any(t.end <= L and t.code not in (vocab.top_code(out_dim), template.get(out_dim)) for t in a.outcomes):
                # ("... la organización registró 7 desapariciones [2, p. 11]. || ... el informe con datos de 2023 solo
                # registraba asesinatos —196 en todo el mundo, 79 en Colombia ...": a sentence that names another
                # outcome before the number's window does not go on with the list of the sentence before; one in its
                # window is the item's own, read below)
                return None
            grouped = [d for d in vocab.dimensions()[1:] if template.get(d) != vocab.top_code(d)
                       and any(e.field == d and e.basis == "stated" for e in template.evidence)]
            own_years = [q for q in self._own_periods(n, L, R) if q.governs and not q.compared]
            if grouped and own_years and not any(a.subgroups.get(d) for d in grouped) and (any(
                    h.end <= n.start for h in a.markers["anaphora"]) or template.sentence.paragraph != self.sent.paragraph) \
                    and any(
                    (got := self._period_value(q)) and isinstance(got, Value)
                    and tuple(got.value) != (template.get("period_start"), template.get("period_end"))  # type: ignore[arg-type]
                    for q in own_years):
                # ("... 24 personas defensoras ... en México ... Once de ellas eran indígenas. || En 2024 la cifra había
                # sido de 19"): "the figure" of another year, after a figure of one group, may be the group's or the
                # whole's; the sentence does not name the group
                # (nor a figure of another year in a new paragraph: "En México, siete casos se vincularon con la minería. ||
                # Para comparar: en 2023 ... fueron 196 en el mundo y dieciocho en México")
                return (f"a figure of another year after one of a {' and '.join(grouped)} group, which its sentence does not "
                        "name: whether it is that group's or all the cases' is not said")
            own_countries = {p.code for p in self._own_places(n, L, R) if p.kind in ("country", "world")}
            if grouped and own_countries and own_countries != {template.get("country")} \
                    and template.sentence.paragraph != self.sent.paragraph and not a.outcomes \
                    and not any(a.subgroups.get(d) for d in grouped):
                # ("Global Witness attributed 37 cases to organised crime groups ... || Country exposure. Colombia (41),
                # Mexico (23), Brazil (17)": countries after a figure of one group, in a new paragraph whose sentence
                # names neither the group nor what it counts, may be the group's figures there or all of theirs)
                return (f"goes on from a figure of one {' and '.join(grouped)} group, in the paragraph before, for another "
                        "place, and its sentence does not name the group: whether the group holds is not said")
            scene = self.d.period.value if self.d.period is not None else None
            spans_years = template.get("period_start") != template.get("period_end")
            # (words that refer back before the number, not after it: "... now stands at nearly 2,420, and Mexico's share
            # of it has held")
            if not spans_years and template.sentence.paragraph != self.sent.paragraph \
                    and not self.lex.continuation.finditer(self.text, 0, n.start) \
                    and any(q.kind in ("open", "open_relative") or (q.kind == "closed" and q.y1 != q.y2)
                            for q in self._own_periods(n, L, R)):
                # ("... counted 196 killings worldwide and 18 in Mexico [2023]. || Of Mexico's cases since 2012, 58 are
                # linked to mining"): a figure of several years, in a new paragraph that does not refer back ("these
                # figures"), is no item of a list of one year's figures
                return None
            if not spans_years and template.get("country") != vocab.world() \
                    and any(q.kind in ("open", "open_relative") for q in self._own_periods(n, L, R)) \
                    and not any(p.kind in ("country", "world") for p in self._own_places(n, L, R)):
                # ("Brazil, with 12 cases, ranked fourth. || Last year's report put the total since 2012 at more than
                # 2,100": a total since a year, with no place of its own, is no item of a year's ranking of countries:
                # it would take the ranking's country; what it counts is not said. After a worldwide figure it is the
                # world's: "177 killings in 2022 ... bringing the total since 2012 to 1,910")
                return None
            # (a report whose worldwide total is itself of several years, "908 killed between 2002 and 2013", is
            # about those years; an item that states its own years is read with them)
            ry = self.d.report_year.value if self.d.report_year is not None else None
            one_year_report = ry is not None and vocab.report_total_is_of_one_year(int(str(ry)))
            # (a report no vocabulary lists yet, "El informe ... correspondiente a 2025 registra 163 ... El acumulado desde
            # 2012 asciende a 2.416. || Colombia (41), México (27)": the year the text's own figures of one year are of)
            one_year_text = ry is None and self.d.latest_year == template.get("period_end")
            if spans_years and template.get("country") == vocab.world() and self._own_places(n, L, R) \
                    and not self._own_periods(n, L, R) and not self._starts_change(n) \
                    and ((one_year_report and ry == template.get("period_end")) or one_year_text):
                # "En todo el mundo, 200 ... el año pasado. Desde 2012 ... la cifra asciende a 1.733. || Tras México
                # aparecen Colombia (33) y Brasil (26)": countries after a worldwide total of the whole series, in
                # a text about one year's report, may be that year's ranking or the series'
                return ("a country's figure after a worldwide total over several years, in a text about one year's "
                        "report: whether it is of that year or of the whole period is not said")
            about = self.d.report_year or self.d.released
            if about is not None and template.get("period_start") == template.get("period_end") \
                    and int(str(template.get("period_end"))) < int(str(about.value)) and scene != (
                        template.get("period_start"), template.get("period_end")) \
                    and self._own_places(n, L, R) and not self._own_periods(n, L, R):
                # "Hace no tanto, en 2012, la organización contaba menos de diez [background, set no scene]. || Colombia,
                # con 65, y Filipinas, con 29, completan junto a México el podio": in a text about the report on 2020,
                # a list after an earlier year's figure that set no scene may be of either year
                return (f"goes on from a figure of {template.get('period_end')}, an earlier year than the report's "
                        f"({about.value}) the text is about: which year it is of is not said")
            starts_change = self.lex.from_words.ends_at(self.src.text, template.value_start, 10) is not None
            if starts_change and scene is not None and scene != (template.get("period_start"), template.get("period_end")) \
                    and self._own_places(n, L, R):
                # "... with 185 killed [2015]. That is a 59% jump from 116 killings in 2014. The deadliest
                # countries were: Brazil: 50, ...": the figure before it is the start of a change, of another
                # year than the scene's; the list does not go on from it
                return None  # (read as the items after it are, from the scene)
            if any(h.payload[0] == "defenders" and h.end <= n.start for h in a.nouns) and any(  # type: ignore[index]
                    template.get(d) != vocab.top_code(d) for d in vocab.dimensions()[1:]) \
                    and not any(ts for ts in a.subgroups.values()):
                # "La minería fue el sector más mortal, con 43 ... Se agravaron también los asesinatos de
                # personas defensoras de los ríos, que pasaron de cuatro ...": a sentence with its own
                # noun does not take the group of the figure before it (its own noun is read instead)
                return None
            out_dim = vocab.dimensions()[0]
            said = {t.code for t in a.outcomes if t.code != vocab.top_code(out_dim)}
            # (not counting figures compared with: "146 people killed or disappeared in 2024, against 196 killed
            # in 2023. Colombia (48), ...": the list goes on from the figure of its own year)
            outcomes_before = {c.get(out_dim) for c in self.d.counts
                               if c.sentence.paragraph == template.sentence.paragraph and not c.compared}
            # (not when the line's own year chose the figure of all cases, which holds the others: "163 ... (155 killed,
            # 8 disappeared) ... || Deadliest countries, 2025: Colombia 52")
            holds_all = scene_count is not None and all(
                vocab.contains(out_dim, str(template.get(out_dim)), str(o)) for o in outcomes_before)
            broken = self._broken_down_total(template.sentence.paragraph)
            if not said and len(outcomes_before) > 1 and not holds_all and broken is not None:
                # ("A nivel mundial, el informe documenta 158 casos: 151 asesinatos y siete desapariciones. || En el
                # informe previo, con datos de 2024, la cifra global había sido de 146"): the figures before are a total
                # and the parts it is broken into, which add up to it; what follows goes on from the total
                template = broken
            elif not said and len(outcomes_before) > 1 and not holds_all:
                # "Eighteen ... were killed in Honduras last year. Two more defenders disappeared there. || The
                # toll is up from 14 in 2022": a sentence that names no outcome goes on from a paragraph whose
                # figures have several; which of them it goes on from is not said
                return "goes on from the figures before it, which have different outcomes, and names no outcome of its own"
            if said and not any(vocab.contains(out_dim, str(template.get(out_dim)), c) for c in said):
                # "448 of the deaths ..., followed by 109 in Honduras" after a figure of disappearances
                return None
            if len({c.get("country") for c in prev}) > 1 and not self._own_places(n, L, R):
                if len({c.get("country") for c in prev}) == 2 and vocab.world() in {c.get("country") for c in prev} \
                        and not vocab.is_any_world_total(int(n.value)):
                    # ("... 24 defensores ... en México, el segundo lugar mundial, de 163 en todo el planeta. || Cuatro
                    # eran mujeres"): one country's figure beside the world's; whose part it is, is not said
                    return "goes on from a country's figure and the world's, and names no place of its own"
                if not self.d.global_article:
                    return "a figure in a list whose country is not stated (the figures before it are for several countries)"
                # a breakdown after a list of countries, in a text about worldwide figures: worldwide
                world = Count({**template.values, "country": vocab.world()}, template.sentence, template.value_start,
                              template.value_end, [e for e in template.evidence if e.field != "country"]
                              + [Evidence("country", "world_implied")])
                template = world
        places = self._own_places(n, L, R)
        pick = self._former_latter(n) if not places else None
        if pick is not None:
            places = [pick]  # "..., and the latter from 4 in 2020 to 14 in 2021"
        behind = self._behind_with(n)
        if behind is not None:
            return behind
        with_place = self._with_place(n)
        since = max(0, (template.value_end if template is not None else 0) - self.sent.start)
        if with_place is not None and with_place not in places and not any(p.start >= n.end for p in places) \
                and not any(since <= q.start < n.start for q in a.periods):
            # ("Guatemala ocupa el tercer lugar en el mundo, tras Colombia, con 41, y México, con 24": the country right
            # before "with" and the number, even one ranked ahead, is the item's, as `_country` reads it)
            # (not when the item names its own place after it, "with three in Indonesia", nor after a year or a time
            # between it and the figure it goes on from: "frente a 20 un año antes, cuando el país fue el segundo ...,
            # solo por detrás de Colombia, con 48" is of another year)
            places = [with_place]
        periods = self._own_periods(n, L, R)
        when = self._when_year(n)
        if when is not None and not periods:
            # ("... the 200 killings the group recorded in 2021, when Mexico topped the table with 54"): a figure of a
            # "when" clause is of the year before it, not of the list's
            periods = [when]
        clause_end = self._clause_end(n, R)
        # (not a group that ends a parallel predicate joined to this one by "and": "Most were Indigenous and 10 were
        # women" says nothing of the 10's being Indigenous)
        # (nor a group in an aside on the country's people: "12 were Indigenous, in a country where Indigenous people
        # make up roughly one in five inhabitants, and nine were linked to mining")
        asides = [(h.end, stop.start() if (stop := re.compile(r"[,;:.]").search(text, h.end)) else len(text))
                  for h in self.lex.where_country.finditer(text, L, clause_end)]
        groups = {d: [t for t in a.subgroups[d] if L <= t.start < clause_end
                      and not (t.end <= n.start and self.lex.and_gap.fullmatch(text[t.end:self._before_hedge(n)]))
                      and not (t.end <= n.start and self.lex.contrast_links.finditer(text, t.end, n.start))
                      and not any(lo <= t.start < hi for lo, hi in asides)
                      and not (t.end <= n.start and self._in_relative_aside(t.start, t.end, n))]
                  for d in vocab.dimensions()[1:]}
        each = a.marker_after("each", n.end, r"\s*") or a.marker_before("each", n.start, 12)
        if not places and not periods and not any(groups.values()) and not comparison and spread_from is None:
            return None
        # (a group the head took from its own whole holds for its parallel parts too: "Among those 122 Indigenous
        # defenders, 21 were killed ... by police ..., and 39 were opposing mining projects")
        crossed = [d for d in vocab.dimensions()[1:] if template.get(d) != vocab.top_code(d) and not groups[d]
                   and not any(e.field == d and e.basis == "referent" for e in template.evidence)]
        # (the head a part of a figure before it: its place is that figure's)
        head_is_part = [e.basis for e in template.evidence if e.field == "country"] == ["referent"]
        if any(groups.values()) and crossed and head_is_part and (not from_prev or all(
                t.start >= n.end for ts in groups.values() for t in ts)):
            # "Of those killed, three were women and at least eight were Indigenous": parallel parts of one whole,
            # each of its own group; the first's group is not the second's
            # (in the next sentence too, when the number's predicate names its group: "Nearly a third of them, 47
            # people, were Indigenous. Seventeen were women."; not "Mining and poaching are two frequent targets")
            template = Count({**template.values, **{d: vocab.top_code(d) for d in crossed}}, template.sentence,
                             template.value_start, template.value_end,
                             [e for e in template.evidence if e.field not in crossed]
                             + [Evidence(d, "unrestricted") for d in crossed])
        if from_prev and places and not any(groups.values()) and any(
                template.get(d) != vocab.top_code(d) for d in vocab.dimensions()[1:]) \
                and not text[:places[0].start].strip(" \"“'‘"):
            # ("Mining was again the deadliest sector, linked to more than 40 killings worldwide. Guatemala saw the
            # sharpest rise of any country, with killings increasing fivefold to 16"): a sentence that opens with
            # another place as its subject, after one group's figure, is no item of its list; it is read on its own
            # (not one whose place comes last: "... with fifty environmental defenders killed in 2019. The biggest
            # number (16) were killed in the Philippines")
            return None
        if from_prev and any(groups.values()) and any(
                template.get(d) != vocab.top_code(d) and not groups[d] for d in vocab.dimensions()[1:]):
            # "Mining ..., with 42 deaths. Among well-documented cases, 16 were related to paramilitary
            # groups": a breakdown by another dimension is not an item of the figure before's list
            return None
        second = self.change_second_years.get(template.value_start) if template is spread_from and not periods else None
        if second is not None:
            # "Entre 2016 y 2017 los asesinatos ... se multiplicaron, al pasar de tres a 15": the later year's
            values = {k: template.values[k] for k in ("country", "period_start", "period_end", *vocab.dimensions())}
            values["period_start"] = values["period_end"] = second.value[1]  # type: ignore[index]
            evidence = [e for e in _inherit(template, ("country", *vocab.dimensions()), basis_same_sentence=True)] + \
                [Evidence(f, "shared", e.start, e.end, CHANGE_SPAN if f == "period_start" else "")
                 for e in second.evidence if e.field == "period_end" for f in ("period_start", "period_end")]
            return [self._valued(n, values, evidence)]
        compared_from = [e for e in template.evidence if e.field == "period_start" and e.basis == "relative" and any(
            p.compared and (a.abs(p.start), a.abs(p.end)) == (e.start, e.end) for p in a.periods)]
        if template is spread_from and not periods and compared_from:
            # "murders fell compared with the previous year, from 65 to 33": the change runs from the year
            # compared with to the year that one is counted from, which is the second figure's
            ref = next((e for e in template.evidence if e.basis == "reference" and e.start is not None), None)
            written = self.src.text[ref.start:ref.end] if ref is not None else ""
            if ref is None or not re.fullmatch(r"\d{4}", written):
                return "the second figure of a change from a year compared with, which is not counted from a written year"
            values = {k: template.values[k] for k in ("country", *vocab.dimensions())}
            values["period_start"] = values["period_end"] = int(written)
            basis = "shared" if self.sent.start <= (ref.start or 0) < self.sent.end else "context"
            evidence = _inherit(template, ("country", *vocab.dimensions()), basis_same_sentence=True) + \
                [Evidence(f, basis, ref.start, ref.end) for f in ("period_start", "period_end")]
            return [self._valued(n, values, evidence)]
        if template is spread_from and not periods and (template.get("period_start") != template.get("period_end") or any(
                e.field == "period_start" and e.start is not None and template.value_end <= e.start < a.abs(n.start)
                for e in template.evidence)):
            # "went up from 30 the previous year to 54", "entre 2016 y 2017: de tres casos se pasó a 15":
            # the two figures of a change are of different years; the first's own year or span is not
            # the second's
            return "the second figure of a change whose first figure has a year or span of its own: its own year is not stated"
        if any(p.kind == "subnational" for p in places):
            return "counts part of a country (a state or region), not the whole country"
        other = next((p for p in a.places if p.governs and p.kind == "country" and p.code != template.get("country")), None)
        if from_prev and not places and other is not None:
            # "Colombia es el país con más asesinatos ...: en 2020 el número alcanzó 65", after
            # Nicaragua's figures: the sentence names another country than the figures it goes on from
            return (f"goes on from a figure for {template.get('country')}, but its sentence names "
                    f"{text[other.start:other.end]}: whose figure it is, is not sure")
        values = {k: template.values[k] for k in ("country", "period_start", "period_end", *vocab.dimensions())}
        evidence = _inherit(template, ("country", "period_start", "period_end", *vocab.dimensions()),
                            basis_same_sentence=template.sentence.start == self.sent.start)
        if places:
            countries = [p for p in places if p.kind in ("country", "world")]
            if not countries:
                p = places[0]
                return f"names a region ({text[p.start:p.end]}), not a country"
            targets: list[Place | None] = list(countries if each else countries[-1:])
            if each and text[countries[-1].end:n.start].strip() in ("(", ":"):
                # "Peru and Nicaragua (12 each)": the bracket labels the whole run of countries
                run = self._place_run(n.start)
                if len(run) > 1 and run[-1].start == countries[-1].start:
                    targets = list(run)
            if len({p.code for p in countries}) > 1 and not each:
                targets = [self._nearest(n, countries)]
            if not each and pick is None:
                together = self._places_together(targets[0])  # type: ignore[arg-type]
                if together:
                    return together
        else:
            targets = [None]
            # ("201 killings globally, with 40 linked to agribusiness and 2 occurring in Peru": a later
            # item, joined to this one by "and", names another place; whether it holds here is not sure)
            later = [p for m in a.candidates if n.end <= m.start and not STRONG_RE.search(text, n.end, m.start)
                     and re.fullmatch(rf".*\b(?:{self.lex.rx_and})\s+", text[n.end:m.start], re.I | re.S)
                     for p in self._own_places(m, *a.windows[m.start]) if p.kind in ("country", "world")]
            if any(p.code != template.get("country") for p in later):
                p = later[0]
                return (f"a later item of its clause names {text[p.start:p.end]}, another place than the list's "
                        f"({template.get('country')}): whose place this figure is, is not sure")
        if not periods and not comparison:
            # a period that one item of the list states holds for the list ("... en el acumulado desde 2012")
            # (not the period of an item a change starts from: "Brazil's toll rose to 34, from 26 the year before")
            # (nor of a later clause joined with a subject of its own: "Colombia encabezó la lista con 41, y el acumulado
            # mundial desde 2012 llegó a 2.416")
            # (nor of an item told in a tense that looks back: "The Philippines, with seven, remained the deadliest
            # country in Asia, having recorded 11 killings in 2022")
            # (the number's own tense counts: "un año antes habían sido 4 en el mundo y 1 en México" share theirs)
            told_earlier = self._told_earlier(n, L, R, through_list=True)
            for m in self._siblings():
                if m.start != n.start and not self._starts_change(m) and not (
                        m.start > n.start and self._subject_clause_between(n.end, m.start)) \
                        and (told_earlier or not self._told_earlier(m, *a.windows[m.start])):
                    periods += self._own_periods(m, *a.windows[m.start])
            if len({(q.kind, q.y1, q.y2, q.start) for q in periods}) > 1:
                return "the items of this list state different periods"
        frame = self._sentence_frame_period(L) if not periods and not comparison and not any(
            e.field == "period_end" and self.sent.start <= (e.start or -1) < self.sent.end for e in evidence) else None
        if isinstance(frame, Value) and frame.value != (values["period_start"], values["period_end"]):
            # ("En 2021, México ... cincuenta y cuatro ... frente a 33 en Colombia. Al año siguiente el mapa cambió:
            # Colombia subió a 60": a year that opens this sentence dates the items of a list that goes on from the
            # sentence before)
            values["period_start"], values["period_end"] = frame.value  # type: ignore[misc]
            evidence = [e for e in evidence if e.field not in ("period_start", "period_end")] + frame.evidence
        if not periods and self._starts_change(n):
            # "En México, el total de muertes bajó de 54 a 31": the list's kind of count, for its own
            # place, is what the change's second figure counts, when the sentence names no year and
            # no group of its own ("This year, killings ... fell from 34 to 25"; "Killings linked to
            # logging companies went up from 15 to 23" are not the list's)
            # (a sentence that says "this year" counts from a date the list before may not share)
            own_year = any(q.governs and not q.compared for q in a.periods) or bool(self.lex.current_periods.finditer(text))
            own_group = any(ts for ts in a.subgroups.values())
            # (and only when the list's year is the year of the report the text is about: "In 2022, 177
            # were recorded. Killings in Brazil fell from 34 to 25", in a text on the report on 2023,
            # may start from 2022)
            ry = self.d.report_year
            report_years = ry is not None and (values["period_start"], values["period_end"]) == (ry.value, ry.value)
            if not from_prev or (not own_year and not own_group and report_years):
                v = dict(values)
                ev = list(evidence)
                # ("... con al menos 46 asesinatos ligados a esta industria; en tanto, los asesinatos
                # relacionados con la minería subieron de 33 a 40": the change's group is its own)
                for d, ts in groups.items():
                    if ts:
                        ev = self._own_group(n, d, ts, v, ev)
                if targets[0] is not None:
                    v["country"] = targets[0].code
                    ev = [e for e in ev if e.field != "country"] + [self._ev("country", "stated", targets[0].start, targets[0].end)]
                self.change_starts[a.abs(n.start)] = Count({**v, "value": int(n.value)}, self.sent, a.abs(n.start),
                                                           a.abs(n.end), ev)
            return FROM_WITHOUT_YEAR
        if periods:
            nearest, got = self._nearest_period_value(n, periods)
            doubt = self._report_year_doubt(nearest, got)
            if doubt:
                return doubt
            if isinstance(got, str):
                return got
            values["period_start"], values["period_end"] = got.value  # type: ignore[misc]
            evidence = [e for e in evidence if e.field not in ("period_start", "period_end")] + \
                [Evidence(e.field, "shared" if e.basis == "stated" and not (a.abs(L) <= (e.start or 0) < a.abs(R)) else e.basis,
                          e.start, e.end, e.note) for e in got.evidence]
        elif comparison and not places and spread_from is None:
            return "a figure compared with another, but its year or place is not stated"
        spread_groups: list[tuple[str, Term]] = []
        for d, ts in groups.items():
            joined = self._with_coordinated(ts, a.subgroups[d]) if ts else []
            if each and len({t.code for t in joined}) > 1 and targets == [None]:
                # "followed by agribusiness and water and dam projects (14 each)": one count per group
                spread_groups = [(d, t) for t in joined]
                continue
            label = next((t for t in ts if re.fullmatch(r"\s*\(\s*", text[t.end:n.start])), None)
            union = self._with_coordinated([label], a.subgroups[d]) if label is not None and not each else []
            if len({t.code for t in union}) > 1:
                # "seguida por agroindustria y minería (17)": a bracket after two groups is one figure for
                # both, or each's
                return f"names more than one {d} group ({', '.join(text[t.start:t.end] for t in union)}) for one figure"
            if ts:
                evidence = self._own_group(n, d, ts, values, evidence)
        for d, ts in self._line_label_groups(n).items():
            if groups.get(d):
                continue
            if len({t.code for t in ts}) > 1:
                return f"its line's label names more than one {d} group ({', '.join(text[t.start:t.end] for t in ts)})"
            if values[d] != ts[0].code and not vocab.contains(d, str(values[d]), str(ts[0].code)) \
                    and values[d] != vocab.top_code(d):
                return f"its line's label restricts {d} to {ts[0].code}, outside the figure it goes on from ({values[d]})"
            # ("Indigenous victims: 11 in Mexico last year"): the line's label says which group its figures count
            groups[d] = ts
            values[d] = ts[0].code
            evidence = [e for e in evidence if e.field != d] + [self._ev(d, "stated", ts[0].start, ts[0].end)]
        named = {d for d, ts in groups.items() if ts}
        kept = [d for d in vocab.dimensions()[1:] if d not in named and values[d] != vocab.top_code(d)
                and any(e.field == d and e.basis == "stated" for e in template.evidence)]
        if named and kept and spread_from is None and not comparison:
            # ("Fifty-two of the victims were Indigenous, and 15 were women": an item that names a group of another
            # kind than the one its head names is a part of the head's whole, not of the head's group)
            holder = template.parent or self._whole_of(template)
            if holder is None or any(holder.get(d) != vocab.top_code(d) for d in kept):
                return (f"names a {' and '.join(sorted(named))} group after an item of the list restricted by "
                        f"{' and '.join(kept)}: whether it is a part of that group is not said")
            values.update({d: vocab.top_code(d) for d in kept})
            evidence = [e for e in evidence if e.field not in kept] + [Evidence(d, "unrestricted") for d in kept]
        # "los homicidios bajaron frente a los 79 de 2023": the item's own clause names what it counts
        out_dim = vocab.dimensions()[0]
        own_terms = [t for t in a.outcomes if L <= t.start < clause_end and t.code != vocab.top_code(out_dim)]
        # (a noun of its own between, no linking verb: not a part's predicate, "Among those Indigenous victims, ... at
        # least 24 were attacked by police", which says who killed them)
        harm = next((h for h in self.lex.other_harms.finditer(text, n.end, clause_end)
                     if 1 <= len(text[n.end:h.start].split()) <= 3
                     and not any(w.lower() in self.lex.copulas for w in text[n.end:h.start].split())), None)
        if harm is not None and not own_terms:
            # ("visitó este año 12 comunidades y registró 4 catequistas amenazados por oponerse a la tala"): the item's
            # own words say what happened to them, and it is not a killing
            return f"the figure's clause has '{text[harm.start:harm.end]}'{OTHER_HARM}"
        line_outcome = self._line_label_outcome(n) if not own_terms else None
        if line_outcome is not None:
            # ("2023 (solo asesinatos): mundo, 196; ... || 2024 (asesinatos y desapariciones): mundo, 146; Colombia,
            # 48": the line's label, before its colon, says what every figure on the line counts)
            values[out_dim] = line_outcome.value
            evidence = [e for e in evidence if e.field != out_dim] + line_outcome.evidence
        if own_terms and all(self._said_included(t, n.end) for t in own_terms):
            # ("... at 2,106, whereas the new report's cumulative figure of 2,416 since 2012 includes disappearances")
            return (f"the only outcome its clause names ('{text[own_terms[0].start:own_terms[0].end]}') is one it is "
                    "said to include: a part of what it counts, not all")
        if len({t.code for t in own_terms}) == 1 and own_terms[0].code != values[out_dim]:
            t = own_terms[0]
            values[out_dim] = t.code
            evidence = [e for e in evidence if e.field != out_dim] + [self._ev(out_dim, "stated", t.start, t.end)]
        elif not own_terms:
            split = {c.get(out_dim) for c in self.figures if isinstance(c, Count) and not c.compared
                     and c.value_start < a.abs(n.start)}
            # (the outcomes of the sentence's own figures before it, up to the last, which must be one of the split:
            # "Colombia, con 48 casos, y de Guatemala, con 20" goes on from the 48 cases, not from the killings before)
            own_before = [c for c in self.figures if isinstance(c, Count) and not c.compared
                          and self.sent.start <= c.value_start < a.abs(n.start)]
            mine = {c.get(out_dim) for c in own_before}
            apart_outcomes = {x for x in mine for y in mine if not vocab.contains(out_dim, str(x), str(y))
                              and not vocab.contains(out_dim, str(y), str(x))}
            generic = [t for t in a.outcomes if L <= t.start < clause_end and t.code == vocab.top_code(out_dim)]
            if len(split) > 1 and generic:
                # ("Mexico's tally breaks down into 22 killings and five disappearances; its cumulative toll since 2012
                # now stands at 249": a noun of all the victims in its own clause, after items that split them by
                # what happened to them, counts all of them)
                t = generic[-1]
                values[out_dim] = t.code
                evidence = [e for e in evidence if e.field != out_dim] + [self._ev(out_dim, "stated", t.start, t.end)]
            elif not comparison and spread_from is None and own_before \
                    and {own_before[-1].get(out_dim), values[out_dim]} <= apart_outcomes:
                # ("Worldwide the same report counted 151 defenders killed and 7 disappeared in 2025; Colombia again had
                # the highest national figure, with 41"): after items that split the victims by what happened to them,
                # one that names no outcome may be of either, or of both
                return (f"the items before it differ in outcome ({', '.join(sorted(map(str, apart_outcomes)))}), and it "
                        "names none of its own: which it counts is not said")
            elif len(split) > 1 and any(groups.values()):
                # ("Of the Mexican victims, 22 were killed and three disappeared; eleven were Indigenous": the items
                # before it split the victims by what happened to them; one that names a group and no outcome is of
                # neither)
                return (f"the items before it differ in outcome ({', '.join(sorted(map(str, split)))}), and it names "
                        "a group but no outcome: which of them it counts is not said")
        unlisted = self._unlisted_group(n, R)
        if unlisted:
            return unlisted
        if comparison and template is not spread_from \
                and (values["period_start"], values["period_end"]) == (template.get("period_start"), template.get("period_end")) \
                and all(t is None or t.code == template.get("country") for t in targets):
            # "a rise to 43 killings, from 30 last year" read from the publication date: a figure
            # compared with one of its own place and years is misread
            return "a figure compared with another of the same place and years: its year is misread"
        outs: list[Count] = []
        for target, group in [(t, None) for t in targets] if not spread_groups else [(None, g) for g in spread_groups]:
            v = dict(values)
            ev = list(evidence)
            if target is not None:
                v["country"] = target.code
                ev = [e for e in ev if e.field != "country"] + [self._ev("country", "stated", target.start, target.end)]
            if group is not None:
                gd, gt = group
                v[gd] = gt.code
                ev = [e for e in ev if e.field != gd] + [self._ev(gd, "stated", gt.start, gt.end)]
            misread = _misread_report_year(int(n.value), v)
            if misread is not None:
                return misread  # ("against 16 in 2015, rising from 185 the previous year", read as 2014)
            carried = [d for d in vocab.dimensions()[1:] if v[d] != vocab.top_code(d)
                       and not any(e.field == d and e.basis == "stated" for e in ev)]
            if target is not None and carried and template.get("country") != target.code \
                    and template.sentence.start != self.sent.start \
                    and any(e.field == "country" and e.basis == "referent" for e in template.evidence):
                # ("De ellos, 49 eran indígenas ... En Centroamérica, Guatemala tuvo 13"): an item of another country,
                # in a sentence after a part of another figure; whether the part's group holds for it is not said (in
                # the part's own sentence it does: "Trece de las víctimas en México pertenecían a pueblos indígenas; en
                # todo el mundo fueron 52")
                return (f"goes on from {template.get('value')}, a part ({', '.join(f'{d}={template.get(d)}' for d in carried)}) "
                        f"of a figure of {template.get('country')}, with a country of its own: whether the group holds "
                        "is not said")
            c = self._valued(n, v, ev)
            c.compared = comparison
            outs.append(c)
        return outs

    def _valued(self, n: Number, values: dict, evidence: list[Evidence]) -> Count:
        """The count of number `n` with these fields: its value and qualifier added, with their evidence."""
        q = self._qualifier(n)
        return Count({**values, "value": int(n.value), "qualifier": q.value}, self.sent, self.a.abs(n.start),
                     self.a.abs(n.end), [self._ev("value", "stated", n.start, n.end)] + evidence + q.evidence)

    def _own_group(self, n: Number, d: str, ts: list[Term], values: dict, evidence: list[Evidence]) -> list[Evidence]:
        """Sets `values[d]` to the group a list item's own clause names, and returns the evidence
        with it. A bracket's label is its item's group: "Además de la minería, ... la agroindustria (21)"."""
        label = next((t for t in ts if re.fullmatch(r"\s*\(\s*", self.text[t.end:n.start])), ts[0])
        values[d] = label.code
        return [e for e in evidence if e.field != d] + [self._ev(d, "stated", label.start, label.end)]

    def _respectively_follows(self, n: Number) -> bool:
        """"64 and 43, respectively", "30 y 65 homicidios de defensores, respectivamente": numbers
        joined by commas and "and", then at most a few words, then "respectively"."""
        a, text = self.a, self.text
        pos, count = n.end, 1
        for m in a.candidates:
            if m.start > pos and re.fullmatch(rf"\s*(?:,\s*)?{self.lex.rx_and}?\s*", text[pos:m.start], re.I):
                pos, count = m.end, count + 1
        if count < 2:
            return False
        h = next((h for h in a.markers["respectively"] if h.start >= pos), None)
        if h is not None and not re.search(r"[.;:]", text[pos:h.start]) and len(text[pos:h.start].split()) <= 8:
            return True
        # "Colombia and India saw 24 and 23 deaths": as many countries joined by "and", then a verb,
        # then as many numbers joined by "and", pair in order without the word
        run = self._place_run(n.start)
        first = run[0].start if run else n.start
        # ("México y Colombia son los países más peligrosos ..., pues registraron 30 y 65 homicidios")
        return len(run) == count and not STRONG_RE.search(text, run[-1].end, n.start) and \
            not any(first <= m.start < n.start for m in a.numbers) and \
            not any(run[-1].end <= p.start < n.start for p in a.places if p.kind in ("country", "region", "world") and p.governs)

    def _respectively(self, n: Number) -> list[Count] | str:
        """"Colombia and the Philippines ... -- 64 and 43, respectively": numbers paired in order
        with the countries of the list before them."""
        a, text = self.a, self.text
        nums = [n]
        pos = n.end
        for m in a.candidates:
            if m.start > pos and re.fullmatch(rf"\s*(?:,\s*)?{self.lex.rx_and}?\s*", text[pos:m.start], re.I):
                nums.append(m)
                pos = m.end
        run = self._place_run(n.start)
        if len(run) != len(nums) and not a.periods:
            # ("third deadliest in the world, after Columbia and Mexico, with 65 and 30 ... respectively":
            # the frame's places are the ones the figures are given for, in a sentence that names no
            # year of its own: "frente a los 54 ... en el 2021, ... solo por detrás de Colombia y Brasil,
            # donde fueron asesinados 60 y 34" names the year of another figure)
            run = self._place_run(n.start, governing=False)
        if len(run) != len(nums):
            # (each of the numbers is listed: none of them is read on its own as another kind of figure)
            for m in nums[1:]:
                self.consumed.add(m.start)
                self._review(m, f"{len(nums)} figures given in order ('respectively') for {len(run)} countries")
            return f"{len(nums)} figures given in order ('respectively') for {len(run)} countries"
        noun = self._noun_between(run[-1].end, n.start) or self._any_noun()
        if noun is None:
            return "figures given 'respectively' without saying what they count"
        outs = []
        for m, p in zip(nums, run):
            self.consumed.add(m.start)
            got = self._count(m, 0, len(text), noun, place=p)
            if isinstance(got, str):
                return got
            outs += got
        return outs

    def _changes_respectively(self, n: Number) -> list[Count] | str | None:
        """"En México y Perú los homicidios subieron de tres a 15 y de dos a ocho, respectivamente":
        changes given in order for the countries before them. Each change's second figure is its
        country's, of the year the sentence is about; the first's own year is not stated (review)."""
        a, text = self.a, self.text
        if not self._starts_change(n):
            return None
        h = next((h for h in a.markers["respectively"] if h.start >= n.end), None)
        if h is None:
            return None
        nums = [m for m in a.candidates if n.start <= m.start < h.start]
        run = self._place_run(n.start)
        if len(run) < 2 or len(nums) != 2 * len(run) or re.search(r"[.;:]", text[n.start:h.start]) \
                or not all(self._starts_change(m) for m in nums[::2]):
            return None
        noun = self._noun_between(run[-1].end, n.start)
        if noun is None:
            return None
        outs: list[Count] = []
        for (first, second), p in zip(zip(nums[::2], nums[1::2]), run):
            self.consumed.update({first.start, second.start})
            self._review(first, FROM_WITHOUT_YEAR)
            got = self._count(second, 0, len(text), noun, place=p)
            if isinstance(got, str):
                self._review(second, got)
                continue
            outs += got
        self.consumed.discard(n.start)
        return outs

    def _place_run(self, pos: int, governing: bool = True) -> list[Place]:
        """The last list of countries before `pos`, joined by commas and "and" (only those that
        govern a figure, unless `governing` is False)."""
        text = self.text
        countries = [p for p in self.a.places if p.end <= pos and p.kind == "country" and (p.governs or not governing)]
        run: list[Place] = []
        for p in reversed(countries):
            if run and not self._run_gap(text[p.end:run[0].start]):
                break
            run.insert(0, p)
        return run

    def _distributive_run(self, n: Number, L: int, R: int) -> list[Place]:
        """The countries a distributive number ("two each", "1 caso cada uno", "con un defensor
        asesinado por país") gives its figure to: the run of countries before it, when an "each"
        word governs the number; else nothing."""
        a = self.a
        end = self._clause_end(n, R)
        each = [h for h in a.markers["each"] if n.end <= h.start < end and h.payload != "category"]
        run = self._place_run(n.start)
        if not (run and self.text[run[-1].end:n.start].strip() in ("(", ":")):
            # ("Venezuela, Argentina, Chile y República Dominicana: 1 caso cada uno": a colon or a
            # bracket right after the run labels the whole run, even beyond the number's window)
            run = [p for p in run if p.start >= L]
        if not each and run:
            # "Honduras, Chile, and Mexico each registered one disappearance": "each" after the run
            each = [h for h in a.markers["each"] if run[-1].end <= h.start and h.end <= n.start
                    and len(self.text[h.end:n.start].split()) <= 3 and h.payload != "category"]
        return run if each and len(run) >= 2 else []

    def _distributed(self, n: Number, L: int, R: int, noun: tuple) -> list[Count] | str | None:
        """"con un defensor asesinado por país" after "Uganda, Irak y Kiribati", "two each": the
        same figure for every country of the list before it."""
        run = self._distributive_run(n, L, R)
        if not run:
            return None
        outs: list[Count] = []
        for p in run:
            got = self._count(n, L, R, noun, place=p, distributing=False)
            if isinstance(got, str):
                return got
            outs += got
        return outs

    # ------------------------------------------------------------------ a count with a noun

    def _count(self, n: Number, L: int, R: int, noun: tuple, place: Place | None = None,
               stop_at_predicate: bool = False, distributing: bool = True) -> list[Count] | str:
        # the whole of "N of the M": what the part's clause says belongs to the part, not to the whole
        self._no_sharing = stop_at_predicate
        if noun[0] == "defenders" and self.text[noun[1]:noun[2]].lower() in self.lex.feminine_nouns \
                and not self.text[n.end:noun[1]].strip() and not self.a.subgroups.get("gender") \
                and not re.match(rf"\s+(?:{self.lex.rx_and}|{self.lex.rx_or})\s", self.text[noun[2]:]):
            # ("el organismo ha documentado ... los casos de 28 defensoras asesinadas", "79 defensoras asesinadas" in
            # Colombia): a feminine noun alone may count women only, or all defenders; the text does not say which
            return (f"counts '{self.text[noun[1]:noun[2]]}', a feminine noun that may name women only or all "
                    "defenders: the group is not said")
        try:
            return self._count_fields(n, L, R, noun, place, stop_at_predicate, distributing)
        finally:
            self._no_sharing = False

    def _count_fields(self, n: Number, L: int, R: int, noun: tuple, place: Place | None,
                      stop_at_predicate: bool, distributing: bool) -> list[Count] | str:
        a, text = self.a, self.text
        if place is None and distributing:
            spread = self._distributed(n, L, R, noun)
            if spread is not None:
                return spread
        values: dict[str, object] = {}
        evidence: list[Evidence] = [self._ev("value", "stated", n.start, n.end)]
        # "82% of the 146 killings took place in Latin America": the place is the share's, not the 146's
        # (a possessive may stand between: "one in four of the country's 24 cases")
        of = a.marker_before("partitive_of", n.start, 12, r"\s*") or a.marker_before(
            "partitive_of", n.start, 40, r"\s*[^\W\d_][\w-]*['’]s\s+")
        # (or a ratio's: "uno de cada tres de los 163 defensores ... era indígena")
        share_of = of is not None and any(
            (m.kind == "percent" and m.end <= of.start
             and re.fullmatch(rf"\s*{self.lex.rx_percent}?\s*", text[m.end:of.start], re.I))
            or (m.kind in ("ratio", "fraction") and m.end <= of.start and not text[m.end:of.start].strip())
            for m in a.numbers)
        # "más de la mitad de los 227 ataques": a quantifier before the whole, likewise
        quant = of is not None and self.lex.partitive_quantifiers.ends_at(text, of.end, 40) is not None \
            or (self.lex.determiners.ends_at(text, n.start, 12) is not None and any(
                h.end <= n.start and re.fullmatch(r"\s*(?:\w+\s+)?", text[h.end:n.start])
                for h in a.markers["partitive_quantifiers"]))
        if stop_at_predicate:
            R = min(R, self._predicate_start(n.end))  # (R: where a verb's complement that is the part's begins)
        elif share_of or quant:
            R = self._predicate_start(n.end)
        self._whole_of_part = bool(share_of or quant)
        L_period = L  # a part and its whole share their period ("Since 2002, 80% of the 69 killed")
        if share_of or quant:
            # ... and what the part's clause names before it (its places) is the part's
            L = n.start
        # country
        if place is not None:
            country: Value | str = Value(place.code, [self._ev("country", "stated", place.start, place.end)])
        else:
            country = self._country(n, L, R)
        period = self._period(n, L_period, R)
        if isinstance(period, Value) and period.value[0] == period.value[1]:  # type: ignore[index]
            # "Edwin Chota y otros tres líderes asháninkas de Saweto, asesinados en septiembre de 2014": a figure
            # dated by its month, after the number, is one event told, not a year's tally
            dated = [q for q in self.a.periods if q.kind in ("single", "bare") and q.y1_span is not None
                     and q.start >= n.end and not STRONG_RE.search(self.text, n.end, q.start)
                     # (not the date of a member it names: "cinco asesinatos, entre ellos el de Juan López, ...,
                     # abatido en septiembre de 2024")
                     and not any(n.end <= h.start < q.start for h in self.a.markers["partitive_before"])
                     and self.lex.months.ends_at(self.text, self._before_year_of(q), 12) is not None
                     # (the figure's year, or the date of the deaths its clause tells: "killed in September 2014",
                     # not "in its report, published in September 2025")
                     and (any(e.field == "period_start" and e.start == self.a.abs(q.y1_span[0]) for e in period.evidence)
                          or self._outcome_dated(n, q))]
            if dated:
                return ("the figure is dated by its month: one event told, not a year's tally "
                        f"('{self.text[dated[0].start:dated[0].end]}')")
        outcome = self._outcome(n, L, R, noun)
        if isinstance(outcome, str):
            return outcome  # not about killings or disappearances: the first thing a reviewer needs to know
        unplaced: str | None = None
        dated_by_total = False
        # (never "the 196 killings ... last year" in a text with no published date: a relative year
        # is counted from the date, and without it the figure goes to review, whatever its value)
        if period == NO_PERIOD and isinstance(country, Value) and country.value == vocab.world():
            # "17 of the 196 defenders around the world who were killed or forcibly disappeared", with
            # no year anywhere: a worldwide figure that is exactly one report's worldwide total is of
            # the year that report covers
            y = vocab.report_year_of_total(int(n.value), str(outcome.value))
            # (not a figure the text has given before with a year that was refused: "212 people ... were
            # killed in 2020" (review: 212 is 2019's total) ... "212 is the highest number of deaths")
            refused = any(re.sub(r"\D", "", u.number_text) == str(int(n.value)) for u in self.out.review)
            if y is not None and not refused and self._qualifier(n).value in ("exact", "at_least"):
                period = Value((y, y), [self._ev(f, "report_by_total", n.start, n.end) for f in ("period_start", "period_end")])
                dated_by_total = True
            # "The worldwide figure for the decade stood at 1,733 victims": one report's whole-series total
            # gives that series' years
            series = vocab.report_period_of_cumulative(int(n.value), str(outcome.value))
            if y is None and series is not None and not refused and self._qualifier(n).value in ("exact", "at_least"):
                period = Value(series, [self._ev(f, "report_by_total", n.start, n.end) for f in ("period_start", "period_end")])
                dated_by_total = True
        if isinstance(period, str) and period.endswith(NO_DATE) and (
                (isinstance(country, Value) and (country.value == vocab.world() or _text_country_basis(country)))
                or (isinstance(country, str) and not self._own_places(n, L, R))):
            # "185 activists were killed last year", in a text with no date: the report's worldwide
            # total fixes what "last year" is; `extract` reads the text again with that date
            # (a total with no place of its own votes too, where the text names countries: "A record
            # 212 people ... were killed last year" in a page that also says "177 ... last year" has
            # no one date)
            y = vocab.report_year_of_total(int(n.value), str(outcome.value))
            rel = next((p.relative for p in self._own_periods(n, L, R) if p.kind == "relative"
                        and p.relative is not None and p.relative.basis == "published"), None)
            if y is not None and rel is not None and self._qualifier(n).value in ("exact", "at_least"):
                self.d.published_by_total.setdefault(y - rel.offset, "total")
        if isinstance(period, str) and period.endswith(NO_DATE):
            # "El año pasado fueron asesinados en México 15 activistas, según el análisis '¿A qué precio?
            # ...'": a figure said with a relative year, in the sentence that names the report it quotes,
            # is of that report's year; `extract` reads the text again with the date that implies
            # (or earlier in its paragraph: "Colombia was the deadliest country ... in 2019, according to a
            # new report, 'Defending Tomorrow' ... It found 64 ... were killed in Colombia last year")
            rep = self.d.report_year
            named_here = rep is not None and any(
                e.basis == "report" and e.start is not None and e.start < self.sent.end
                and "\n" not in self.src.text[e.start:max(e.start, self.sent.start)] for e in rep.evidence)
            rel = next((p.relative for p in self._own_periods(n, L, R) if p.kind == "relative"
                        and p.relative is not None and p.relative.basis == "published"), None)
            if named_here and rel is not None:
                self.d.published_by_total.setdefault(int(str(rep.value)) - rel.offset, "report")  # type: ignore[union-attr]
        if isinstance(period, str) and period.startswith(OPEN_PERIOD) and (
                (isinstance(country, Value) and country.value == vocab.world())
                or (isinstance(country, str) and not self._own_places(n, L, R))):
            # "Since 2012, 1,733 killings ... have been reported across the world": an open period whose
            # worldwide figure is exactly one report's whole-series total ends in that report's year
            span = vocab.report_period_of_cumulative(int(n.value), str(outcome.value))
            opened = next((p for p in self._own_periods(n, L, R) if p.kind == "open" and p.y1 is not None), None)
            # (a start the text writes must be the total's, "since 2012"; "the last decade" names the
            # series loosely, as the vocabulary says; and no other report may be in view: "Since 2012,
            # 2,106 ... Over the last ten years, 1,733" is a text about the report on 2023)
            fits = span is not None and (opened is None or opened.y1 == span[0]) and (
                self.d.report_year is None or self.d.report_year.value == span[1])
            # (not in a sentence that names other people, "agresiones mortales contra periodistas ...
            # 1 mil 733 personas asesinadas": whose total it is, the text contradicts)
            others = any(h.payload[0] == "other_people" for h in self.a.nouns)  # type: ignore[index]
            if span is not None and fits and not others and self._qualifier(n).value in ("exact", "at_least"):
                start_ev = [self._ev("period_start", "stated", *opened.y1_span)] if opened is not None and opened.y1_span \
                    else [self._ev("period_start", "report_by_total", n.start, n.end)]
                period = Value(span, start_ev + [self._ev("period_end", "report_by_total", n.start, n.end)])
                if isinstance(country, str):
                    country = Value(vocab.world(), [Evidence("country", "report_total")])
                if self.d.report_year is None:
                    self.d.report_year = Value(span[1], [Evidence("period_end", "report_by_total", self.a.abs(n.start),
                                                                  self.a.abs(n.end))])
        years = period.value if not isinstance(period, str) else None
        # (also when the sentence names a region or state elsewhere than in the number's own clause: "Ese año
        # se contabilizaron 227 asesinatos ..., y Latinoamérica fue la región con más violencia")
        unstated = isinstance(country, str) and (country.startswith(NO_COUNTRY) or country == WHOLE_UNPLACED
                                                 or country.endswith(UNSTATED_TOTAL))
        carried = isinstance(country, Value) and all(e.basis == "context" for e in country.evidence)
        if (unstated or carried) and isinstance(years, tuple) and not self._own_places(n, L, R) and \
                vocab.report_world_total(int(years[0]), int(years[1]), str(outcome.value)) == int(n.value):
            # "164 land and environmental defenders were reported killed in 2018", in an article about
            # the Philippines: the number is the report's worldwide total for that year
            unplaced, country = str(country), Value(vocab.world(), [Evidence("country", "report_total")])
        elif unstated and isinstance(years, tuple) and not self._own_places(n, L, R) \
                and _series_beyond_countries(int(n.value), int(years[0]), int(years[1])):
            # ("Global Witness ... said it had recorded more than 2,400 defenders killed or disappeared since 2012", in a
            # text on the report on 2025, which no listed report's total gives): a total since the series began of at
            # least nine tenths of the worldwide total a report gave for the series to that year or an earlier one is
            # the world's; no country has held a quarter of it, nor any region nine tenths
            totals = _series_totals_up_to(int(years[0]), int(years[1]))
            note = (f"{int(n.value):,} since {years[0]} is at least nine tenths of the worldwide total of "
                    f"{totals[-1][1]:,} a report gave for {years[0]}-{totals[-1][0]}: no country's or region's")
            country = Value(vocab.world(), [Evidence("country", "world_implied", note=note)])
        if isinstance(country, str):
            if not isinstance(period, str) and not isinstance(outcome, str) and self.head is None:
                # "133 defenders were killed in 2023 in the countries where ...: Colombia (79), ...":
                # the figure is for a region, but the list after it says what its items count
                self.partial_head = Count({"country": None, "period_start": period.value[0],  # type: ignore[index]
                                           "period_end": period.value[1],  # type: ignore[index]
                                           vocab.dimensions()[0]: outcome.value,
                                           **{d: vocab.top_code(d) for d in vocab.dimensions()[1:]}},
                                          self.sent, a.abs(n.start), a.abs(n.end), period.evidence + outcome.evidence
                                          + [Evidence(d, "unrestricted") for d in vocab.dimensions()[1:]])
                self.partial_wholes[self.partial_head.value_start] = self.partial_head
            return country
        if isinstance(period, str):
            if not isinstance(outcome, str):
                # "154 environmental activists killed over the last decade, with 131 of those deaths
                # concentrated between 2017 and 2021": a whole read but for its years, whose parts
                # may state their own
                self.partial_wholes[a.abs(n.start)] = Count(
                    {"country": country.value, vocab.dimensions()[0]: outcome.value,
                     **{d: vocab.top_code(d) for d in vocab.dimensions()[1:]}},
                    self.sent, a.abs(n.start), a.abs(n.end), country.evidence + outcome.evidence
                    + [Evidence(d, "unrestricted") for d in vocab.dimensions()[1:]])
            return period
        if isinstance(outcome, str):
            return outcome
        span_years = values_span(period.value)
        if country.value != vocab.world() and all(e.basis == "context" and e.note != SECTION for e in country.evidence) \
                and not any(p.kind == "deictic" for p in self._own_places(n, L, R)) \
                and span_years and not any(e.basis == "context" for e in period.evidence) \
                and not self._within_figure_before(str(country.value), period.value):  # type: ignore[arg-type]
            # "México pasó de 31 casos en 2022 a 18 en 2023 ... Desde el inicio del seguimiento en 2012
            # se han registrado 2.106 muertes", in a text about the world's figures: a total over years
            # names its own place, or is the world's
            return "a total over several years with no place of its own (the country before it is not said to hold it)"
        if any(e.basis == "shared" and e.start is not None and a.abs(n.start) > e.start for e in country.evidence):
            # ("201 killings globally, with 40 linked to agribusiness and 2 occurring in Peru": a later
            # item, joined to this one by "and", names another place; whether it holds here is not sure)
            later = [p for m in a.candidates if n.end <= m.start and not STRONG_RE.search(text, n.end, m.start)
                     and re.fullmatch(rf".*\b(?:{self.lex.rx_and})\s+", text[n.end:m.start], re.I | re.S)
                     for p in self._own_places(m, *a.windows[m.start]) if p.kind in ("country", "world")]
            if any(p.code != country.value for p in later):
                p = later[0]
                return (f"a later item of its clause names {text[p.start:p.end]}, another place than the one it "
                        f"shares ({country.value}): whose place this figure is, is not sure")
        values["country"] = country.value
        values["period_start"], values["period_end"] = period.value  # type: ignore[misc]
        values[vocab.dimensions()[0]] = outcome.value
        evidence += country.evidence + period.evidence + outcome.evidence
        subject = self._subject_phrase(noun, n)
        spread_groups: list[tuple[str, Term]] = []
        whole_total = values["country"] == vocab.world() and _values_are_report_total({**values, "value": int(n.value)})
        for d in vocab.dimensions()[1:]:
            got = self._subgroup(d, n, L, R)
            if isinstance(got, str) and whole_total and got.startswith("names more than one"):
                # "Al menos 207 personas murieron en el mundo en 2017 por oponerse a proyectos mineros,
                # forestales o agroindustriales": the report's whole worldwide total, with every group;
                # the groups it names are its setting, not a restriction
                got = Value(vocab.top_code(d), [Evidence(d, "unrestricted")])
            if isinstance(got, str) and got.startswith("names more than one") and not spread_groups:
                each_groups = self._each_groups(d, n, L)
                if each_groups:
                    # "logging and poaching each led to 23 people being killed": one count per group
                    spread_groups = [(d, t) for t in each_groups]
                    got = Value(each_groups[0].code, [self._ev(d, "stated", each_groups[0].start, each_groups[0].end)])
            if isinstance(got, str):
                return got
            if got.value == vocab.top_code(d):
                got = self._cause_group(d, n) or self._group_label(d, n) or got
            if got.value == vocab.top_code(d) and subject is not None:
                # "Killings linked to agribusiness rose by 60%, to 34": the counted noun's own phrase
                terms = self._with_coordinated([t for t in self.a.subgroups[d] if subject[0] <= t.start < subject[1]],
                                               self.a.subgroups[d])
                if len({t.code for t in terms}) > 1:
                    if self.a.marker_after("each", n.end, r"\s*") is not None and not spread_groups:
                        # "killings linked to logging and agri-business projects came to 23 each"
                        spread_groups = [(d, t) for t in terms]
                        terms = terms[:1]
                    else:
                        return f"names more than one {d} group ({', '.join(self.text[t.start:t.end] for t in terms)}) for one figure"
                if terms:
                    got = Value(terms[0].code, [self._ev(d, "stated", terms[0].start, terms[0].end)])
            values[d] = got.value
            evidence += got.evidence
        unlisted = self._unlisted_group(n, R)
        if unlisted:
            return unlisted
        stray = self._stray_group(n, values)
        if stray:
            return stray
        if dated_by_total and any(values[d] != vocab.top_code(d) for d in vocab.dimensions()[1:]):
            return NO_PERIOD  # a report total is of all defenders, not of a group
        if _text_country_basis(country) and (not _far_below_world(
                int(n.value), int(str(values["period_start"])), int(str(values["period_end"])),
                any(values[d] != vocab.top_code(d) for d in vocab.dimensions()[1:]))
                or any(c.get("country") == country.value and _years_overlap(c, values) for c in self.d.counts)
                or any(isinstance(f, Unresolved) for f in self.figures)):
            # (the text's one country holds a figure with no place only when the figure is of all
            # defenders and under half the world's for its years: "18 crímenes" in 2023 may be
            # Honduras's; "200" in 2017 is the world's; and only when the text has given that country
            # no figure for those years, and no figure before it in its sentence went to review)
            return NO_COUNTRY
        misread = _misread_report_year(int(n.value), values)
        if misread is not None:
            return misread
        if unplaced is not None and any(values[d] != vocab.top_code(d) for d in vocab.dimensions()[1:]):
            return unplaced  # a report total is of all defenders, not of a group
        q = self._qualifier(n)
        values["qualifier"] = q.value
        loose = _loose_of_report_total(int(n.value), str(q.value), values)
        if loose is not None:
            # "Nearly 200 environmental activists around the world were killed last year" (2022), when
            # the report on 2022 counted 177: a hedge the year's worldwide total does not fit
            return loose
        evidence += q.evidence
        values["value"] = int(n.value)
        c = Count(values, self.sent, a.abs(n.start), a.abs(n.end), evidence)
        # "La cifra supera además el récord de 2016, con al menos 200 muertos": a figure compared with
        year_at = [e.start - self.sent.start for e in period.evidence
                   if e.start is not None and self.sent.start <= e.start < self.sent.end]
        # the comparison word may stand before the number's window ("en 2021, frente a los 30 ...")
        lo = self._clause_lo(n.start, L)
        # (not a hedge of a share of it: "accounted for more than half of the 177 lethal attacks ... in 2022")
        c.compared = any(lo <= h.start and h.end <= y and not self._hedges_fraction(h)
                         for y in year_at for h in a.markers["comparison"]) \
            or self.lex.from_words.ends_at(text, n.start, 10) is not None
        when = self._when_year(n)
        if when is not None and when.compared:
            c.compared = True  # "a rise on 2018, when 164 killings were recorded"
        cl = self._after_punct(n.start)
        cl += len(text[cl:]) - len(text[cl:].lstrip())
        if cl > 0 and when is None and self.lex.when_words.starts_at(text, cl, 12) is not None:
            # "El año pasado el país estaba en el segundo puesto, cuando en 2018 se dieron 24 casos": a
            # figure in a "when" clause with a year of its own is background; its year sets no scene for
            # what follows (unlike "the worst year was 2016, when 200 were killed", about the year before)
            c.compared = True
        # (a frame of places, "por debajo de Colombia, con 48", compares places in the same period)
        against = any(not any(
            p.start >= h.end and re.fullmatch(rf"\s*(?:{self.lex.rx_article}\s+)?", text[h.end:p.start], re.I)
            for p in a.places) for h in self._comparisons(L, n.start))  # ("more than a third of them": a hedge)
        if self._starts_change(n) and not any(e.basis == "stated" and (e.start or 0) >= a.abs(n.end)
                                              for e in period.evidence) \
                and not any(q.kind == "relative" and q.start >= n.end for q in self._own_periods(n, L_period, R)):
            # ("fell from 65 the previous year to 33", "from 30 in 2020": its own year, after it)
            # "In Brazil, lethal attacks rose from 20 to 26", "murders fell in 2021, from 65 to 33": the
            # figure a change starts from is of an earlier year than the change's, which the text does
            # not state; what it counts is the change's second figure's kind
            split = self._split_two_years(n, c)
            if split is not None:
                return [split]
            self.change_starts[c.value_start] = c
            return FROM_WITHOUT_YEAR
        if against and not year_at and any(e.basis == "context" for e in period.evidence):
            # "lower than the 196 cases documented in the previous report": a figure something is
            # compared with is of another period, which the scene's year is not
            return "a figure compared with another, but its own year is not stated"
        if self.head is None and not c.compared:
            self.head = c
        if spread_groups:
            outs = []
            for gd, gt in spread_groups:
                v = dict(c.values)
                v[gd] = gt.code
                ev = [e for e in c.evidence if e.field != gd] + [self._ev(gd, "stated", gt.start, gt.end)]
                outs.append(Count(v, c.sentence, c.value_start, c.value_end, ev))
            return outs
        return [c]

    def _country(self, n: Number, L: int, R: int) -> Value | str:
        text = self.text
        behind = self._behind_with(n)
        if behind is not None:
            return behind
        pick = self._former_latter(n) or self._with_place(n) or self._fronted_with_subject(n)
        if pick is not None:
            return Value(pick.code, [self._ev("country", "stated", pick.start, pick.end)])
        group = [h for h in self.lex.place_groups.finditer(text, self._clause_lo(n.start, L), self._clause_end(n, R))
                 # ("the list of countries" is not "the {n} countries": the slot must hold a number)
                 if all(values_in(g, self.lex) for g in h.groups if g is not None)]
        if group and not self._labels(n):
            # "Entre estos siete países suman 913 homicidios": a figure for a group of countries
            # (not one labelled by its country: "cifras nunca vistas en esos países, seguidos de Colombia (con 26
            # muertes)")
            g = group[0]
            return f"counts a figure for a group of countries ({text[g.start:g.end]}), not one country"
        where = self._where_place(n)
        if where is not None:
            return Value(where.code, [self._ev("country", "stated", where.start, where.end)])
        on_compared = self._relative_aside_place(n, governing=False)
        if on_compared:
            # ("México ocupa el segundo lugar, sólo detrás de Colombia, que tuvo cuarenta y un casos"): a relative
            # clause on a place named as compared with, or as an owner, is about that place, not the sentence's subject
            p = on_compared[0]
            return (f"in a relative clause on {text[p.start:p.end]}, a place the sentence names as compared with or "
                    "as an owner: whose figure it is, is not sure")
        places = self._own_places(n, L, R)
        # ("Brasil, vecino con el que Bolivia comparte la cuenca amazónica, registró 14 casos"): a place inside a
        # relative clause set off by commas after another country is the clause's, not the sentence's subject
        inside = [p for p in places if self._in_relative_aside(p.start, p.end, n)]
        if inside and len(inside) < len(places):
            places = [p for p in places if p not in inside]
        if any(p.kind == "subnational" for p in places):
            p = next(p for p in places if p.kind == "subnational")
            return f"counts part of a country ({text[p.start:p.end]}), not the whole country"
        if places:
            # "there" and the world in one clause: the world is a frame ("allí fueron asesinadas
            # 65 personas por defender la vida en el planeta")
            if any(p.kind == "deictic" and p.end <= n.start for p in places):
                places = [p for p in places if p.kind != "world"] or places
            p = self._nearest(n, places)
            together = self._places_together(p)
            if together:
                return together
            if p.kind == "region":
                return f"names a region ({text[p.start:p.end]}), not a country"
            if p.kind == "deictic":
                return self._deictic_country(p)
            return Value(p.code, [self._ev("country", "stated", p.start, p.end)])
        # (only when the sentence names a place for a figure before it: "Indigenous people accounted for 15 of the 2022
        # killings, and the group recorded a further 3 disappearances that year" names none; both go on in the place
        # of the sentence before)
        # (nor after a figure of defenders read with its place: "20 ... were killed in Mexico and a further 4 disappeared")
        if self.lex.another_before.ends_at(text, self._before_hedge(n), 16) is not None and self.figures \
                and any(p.end <= n.start and p.kind != "world" for p in self.a.places) \
                and not any(isinstance(f, Count) and not f.compared for f in self.figures):
            # "Eight park rangers killed in a national park in the Democratic Republic of Congo
            # highlighted another 200 killings": others than a figure named before it; the place
            # named for that figure is not this one's
            return "counts others ('another') than a figure named before it, and states no place of its own"
        if self._compared_in_clause(n, L):
            # ("15 ... in Brazil in 2025, against 25 killings in 2023, and 162 killed or disappeared worldwide"): a
            # figure compared with takes the place of the one it is compared with, not a later item's
            compared_place = self._compared_with()
            if compared_place is not None:
                return compared_place
        shared = self._shared("country")
        if shared is not None:
            return shared
        lead = self._lead_value("country")
        if lead is not None:
            return lead
        if self.d.section_country is not None and not any(p.governs for p in self.a.places) \
                and not TERMINAL_RE.search(self.sent.text):
            # "25. Costa Rica / > Named human rights defenders killed, 2012-2021: 4": the item's lines of
            # data, not the prose about one case that follows them
            return Value(self.d.section_country.value, [dataclasses.replace(e, note=SECTION) for e in
                                                        _as_context(self.d.section_country.evidence, self.sent)])
        frame = self._sentence_frame_country(L)
        if frame is not None and not self._whole_of_part:
            return frame
        asked = self.d.question_country
        if asked is not None and self.answers and self.sent.paragraph in (asked[0], asked[0] + 1) \
                and not any(p.governs for p in self.a.places):
            return Value(asked[1].value, _as_context(asked[1].evidence, self.sent))
        it, appositive = self._opening_subject_pronoun(n)
        if it is not None and re.match(r"\s+[^\W\d_]", text[it.end:]) and self.d.subject is not None \
                and self.d.subject_at == self.d.sentence_before_at and self.d.subject_paragraph == self.sent.paragraph \
                and not any(p.governs and p.end <= n.start and not (p.kind == "region" and p.end <= appositive)
                            for p in self.a.places):
            # ("Mexico stands out. It recorded 23 cases in 2025 - 20 killings and three disappearances -"): the pronoun
            # that opens the sentence as its subject is the one country the sentence before, in its paragraph, is about
            return Value(self.d.subject.value, _as_context(self.d.subject.evidence, self.sent))
        sole = self._sole_country(n) if not self._whole_of_part else None
        if sole is not None:
            return Value(sole.code, [self._ev("country", "shared", sole.start, sole.end)])
        if self._whole_of_part:
            # "85% of the 196 killings took place in South America": a whole that parts are taken
            # from, in a text about worldwide figures, is the worldwide figure; never the country
            # the text was last about
            if self.d.global_article:
                return Value(vocab.world(), [Evidence("country", "world_implied")])
            return WHOLE_UNPLACED
        definite = self.lex.determiners.ends_at(text, n.start, 12) is not None and \
            self.lex.qualifiers.ends_at(text, n.start, 30) is None
        compared = self._compared_with()
        if compared is not None:
            return compared
        # the scene's country carries on in its own paragraph when the sentence refers back ("A esos
        # asesinatos hay que sumar los desaparecidos, que fueron tres"), and in any paragraph when it
        # says "there" or "the country"
        # (and in its own paragraph, unless the sentence names a region or state of its own: "Close
        # to 1,000 cases were recorded since 2018, when the region adopted ...")
        other_place = any(p.governs and p.kind in ("region", "subnational") and not self._share_place(p)
                          for p in self.a.places)
        # (not a figure of its own group in a text about a report, when the sentence does not refer
        # back: "En Guatemala, la mitad de los asesinados ... El sector extractivo ...; solo en 2024 se
        # contaron al menos 29 crímenes ligados a actividades mineras" may be the world's)
        L0, R0 = self.a.windows[n.start]
        # (the group may stand before a bracketed number: "with mining behind the largest number of
        # cases (29)")
        lo0 = max([m.end() for m in STRONG_RE.finditer(text, 0, n.start)] + [0]) if self.a.in_parens(n.start) else L0
        own_group = any(lo0 <= t.start < self._clause_end(n, R0) for ts in self.a.subgroups.values() for t in ts)
        about_report = self.d.report_year is not None or self.d.global_article
        # (a bullet of a list refers back to nothing by being a bullet)
        refers_back = bool(self.lex.continuation.finditer(self.text)) or \
            self.lex.predicate_links.starts_at(self.text, n.end, 20) is not None
        # (a list item does not take the country of the item before it, unless it says "there" or "the country":
        # "• Honduras registró la tasa más alta ... • Desapariciones: ... al menos otras 12 personas")
        parallel_item = self.sent.list_item and self.d.item_before and not any(p.kind == "deictic" for p in self.a.places)
        carries = self._continues_in_place(n) or (
            self.sent.paragraph == self.d.country_paragraph and not other_place
            and not (own_group and about_report and not refers_back)
            and not parallel_item
            and self._refers_back(n))
        # (not the world into a sentence that names countries before the figure: "En el mundo ... 146 ... || y en
        # México fueron 18, de ellos 13 asesinatos y cinco desapariciones")
        world_into_countries = self.d.country is not None and self.d.country.value == vocab.world() and any(
            p.governs and p.kind == "country" and p.end <= n.start for p in self.a.places)
        # (nor a country into a sentence that names only other countries before the figure, and not "there" or "the
        # country": "Colombia recorded 79 killings in 2023. || Brazil's count fell, as did Mexico's: 18 killings")
        into_other_countries = self.d.country is not None and self.d.country.value != vocab.world() \
            and not any(p.kind == "deictic" for p in self.a.places) and any(
                p.governs and p.kind == "country" and p.end <= n.start and not self.a.in_parens(p.start)
                for p in self.a.places) and not any(
                p.governs and p.code == self.d.country.value and p.end <= n.start for p in self.a.places)
        if self.d.country is not None and not definite and carries and not world_into_countries \
                and not into_other_countries:
            return Value(self.d.country.value, _as_context(self.d.country.evidence, self.sent))
        # "the 79 reported in 2023": a total the text has not stated; worldwide only in a text about
        # worldwide figures where no country is in view
        in_view = (self.d.country is not None and self.d.country.value != vocab.world()) or self.d.subject is not None
        if definite and (in_view or not self.d.global_article):
            return "'" + text[max(0, n.start - 12):n.end].split(" ", 1)[-1] + "'" + UNSTATED_TOTAL
        if self.d.world_scene is not None and not definite and \
                not any(p.governs and p.kind != "world" for p in self.a.places) and not self._ranks_unnamed_country():
            # "with least 200 people killed around the globe ... . Mining was the bloodiest trade, with
            # at least 33 murders": the sentence before was about the world, and this one names no place
            return Value(vocab.world(), _as_context(self.d.world_scene.evidence, self.sent))
        state = next((p for p in self.a.places if p.kind == "subnational" and p.governs), None)
        if state is not None:
            # "Michoacán fue la entidad más peligrosa: ocho activistas fueron asesinados en ese estado"
            return f"no country is stated for this figure, and its sentence names a part of a country ({text[state.start:state.end]})"
        region = next((p for p in self.a.places if p.kind == "region" and p.governs and not self._share_place(p)), None)
        if region is not None and not self.d.countries_seen <= {vocab.world()}:
            # "Close to 1,000 cases were recorded since 2018, when the region adopted the Escazú Agreement"
            return f"no country is stated for this figure, and its sentence names a region ({text[region.start:region.end]})"
        # (a list item does not go on with the country of the item before it: items are parallel)
        in_country = self.d.country is not None and self.d.country.value != vocab.world() \
            and self.sent.paragraph - self.d.country_paragraph <= (1 if self._continues(n) else 0) \
            and not (self.sent.list_item and self.d.item_before and not self.a.markers["anaphora"])
        # (a country in another figure's part, "four disappearances — one each in Chile, ...", is that figure's)
        others = [self.a.windows[m.start] for m in self.a.candidates if m.start != n.start
                  and self.a.marker_after("each", m.end, r"\s*") is not None]
        # (countries named after the figure may say where its cases were: "four disappearances in 2024;
        # these occurred in the Philippines, Mexico, Honduras and Chile")
        names_country = any(p.governs and p.kind == "country" and not self.a.in_parens(p.start) and p.end <= n.start
                            and not any(lo <= p.start < hi for lo, hi in others) for p in self.a.places)
        # "En 2021 fueron asesinados 54 activistas, frente a 33 en Colombia": a figure compared with
        # countries' figures is a country's, not the world's
        cmp_after = [h.end for h in self._comparisons(n.end, len(self.text))]
        names_country = names_country or any(
            p.kind == "country" and any(c <= p.start for c in cmp_after) for p in self.a.places)
        # (a paragraph that has referred to "the country", "el país se ha convertido ... con 154 casos.
        # La mayoría de los asesinatos (131) ...", is about that country: no world is implied)
        # (nor one in a paragraph that has named only the scene's country: "Most of the people killed in Mexico were
        # Indigenous. ... Six of last year's cases were linked to mining alone"; a list's items are parallel)
        country_in_paragraph = self.d.deictic_paragraph == self.sent.paragraph or any(
            p.kind == "deictic" for p in self.a.places) or (  # ("... una cifra que coloca al país como el tercero")
            self.d.country is not None and self.d.country.value != vocab.world() and not self.sent.list_item
            and self.d.paragraph_places == (self.sent.paragraph, frozenset({str(self.d.country.value)})))
        if not names_country and not country_in_paragraph and (
                (self.d.countries_seen <= {vocab.world()} and not self.d.states_seen and not self.d.countries_named)
                or (self.d.global_article and not in_country)):
            # (never in a sentence that names a country: "México ... con 18 asesinatos y una
            # desaparición, y le sigue Brasil con 12")
            # (a text that has named only a state, "el estado sureño de Oaxaca", is about a country
            # it has not named: no worldwide figure is implied)
            # (a text about the world figures whose paragraph has just given a country's figure: the
            # next figure with no place may be that country's, so it is not taken for the world)
            rb = self.d.region_before
            if rb is not None and rb[0] == self.sent.paragraph:
                return f"no country is stated for this figure, and the sentence before names a region ({rb[1]})"
            later = self._country_after_clause(n)
            if later is not None:
                return f"no country is stated in this figure's clause, and a later clause of its sentence names {later}"
            if n.value < 10 and len(self.a.candidates) == 1 and not self.d.counts \
                    and not self.lex.tally_words.finditer(self.text) \
                    and not self.lex.source_organisation.finditer(self.src.text, 0, self.sent.end):
                # ("Opposition has been fierce, and dangerous. Two local leaders who organised petitions against the
                # project were shot dead in 2025."): a few people, told before the text has named a tally or given one,
                # are an event; no worldwide figure is implied yet
                return ("no place is stated for this figure, and the text has named no tally before it: an event told, "
                        "whose country is not said")
            return Value(vocab.world(), [Evidence("country", "world_implied")])
        about_report = self.d.report_year is not None or self.d.global_article
        # (a country named just before, whose own figures could not be read, is still in view: "the
        # number of people killed ... in India has trebled ... police were the suspected perpetrators
        # in 10 cases")
        no_country_in_view = (self.d.country is None or self.d.country.value == vocab.world()) and not (
            self.d.subject is not None and self.sent.paragraph - self.d.subject_paragraph <= 1)
        L, R = self.a.windows[n.start]
        own_group = any(L <= t.start < self._clause_end(n, R) for ts in self.a.subgroups.values() for t in ts)
        if not names_country and about_report and not country_in_paragraph and not any(p.governs for p in self.a.places) and (
                (not in_country and self._ranks_a_group(n)) or (no_country_in_view and own_group)):
            # "Mining was the deadliest sector, with 43 defenders killed", in a text about a Global
            # Witness report, in a paragraph no country's figure carries on into: a ranking of sectors
            # or perpetrators with no place is the report's, worldwide; so is a figure of one group
            # ("16 were related to paramilitary groups") when no single country is in view
            return Value(vocab.world(), [Evidence("country", "world_implied")])
        # (a figure the sentence says was tallied, "se reportaron 18 crímenes", "Global Witness ...
        # found 54": not an event the text tells, "dos defensores ... fueron hallados sin vida")
        tallied = bool(self.lex.tally_words.finditer(self.text))
        if tallied:
            self._main_country()
        one = self.d.text_country
        # (a value that is a report's worldwide total, "the murder of 1,733 activists during the last
        # decade", is left to the report-total reading, never given to the text's country)
        world_value = vocab.is_any_world_total(int(n.value))
        if one is not None and tallied and not names_country and not own_group and not world_value \
                and not any(p.governs and p.kind != "deictic" for p in self.a.places) \
                and self.d.world_scene is None:
            # "El 2023 fue trágico: a lo largo del año se reportaron 18 crímenes contra activistas", in
            # a text that names Honduras and no other country: the text's country, if the figure is
            # far below the world's (checked once its years are known, in `_count_fields`)
            code, start, end = one
            return Value(code, [Evidence("country", "context", start, end, TEXT_COUNTRY)])
        about = self.d.main_country
        if about is not None and tallied and not names_country and not own_group and not world_value \
                and not any(p.governs and p.kind != "deictic" for p in self.a.places) \
                and self.d.world_scene is None:
            # "Solo en 2023, Global Witness reportó 18 crímenes", in a text whose headline names Honduras and
            # that names it more than twice as often as any other country: the text's country, under the
            # same checks as a text's only country
            return about
        return NO_COUNTRY

    def _opening_subject_pronoun(self, n: Number) -> tuple[Hit | None, int]:
        """The subject pronoun that opens the sentence ("It recorded 23 cases"), or that opens it after a phrase set off
        by a comma with no figure in it ("Long Asia's deadliest country for defenders, it recorded 11 cases"); and where
        that phrase ends (0 if none): a region it names describes the subject, it is not the figure's place."""
        it = self.lex.subject_pronouns.starts_at(self.text, 0, 4)  # (starts_at passes over white space)
        if it is not None:
            return it, 0
        comma = self.text.find(",", 0, n.start)
        if comma < 0 or any(m.start < comma for m in self.a.candidates):
            return None, 0
        return self.lex.subject_pronouns.starts_at(self.text, comma + 1, 4), comma

    def _before_hedge(self, n: Number, window: int = 30) -> int:
        """Where the words before the number start, past its hedge: "with at least 28" -> "with"."""
        hedge = self.lex.qualifiers.ends_at(self.text, n.start, window)
        return hedge.start if hedge is not None else n.start

    def _country_before_with(self, n: Number, gap: str) -> tuple[Place, Hit] | None:
        """The country right before the "with"/"con" that opens the number's phrase (past its hedge), with only `gap`
        (a pattern) between them, and that "with"."""
        link = self.lex.with_links.ends_at(self.text, self._before_hedge(n), 12)
        if link is None:
            return None
        p = next((p for p in self.a.places if p.kind == "country" and p.end <= link.start
                  and re.fullmatch(gap, self.text[p.end:link.start])), None)
        return (p, link) if p is not None else None

    def _behind_with(self, n: Number) -> str | None:
        """"In Mexico, which ranked second behind Colombia with 24 cases": a country ranked ahead, right before "with" and
        the number, after another country the sentence names whose own figure the text has not given (or has given with
        this value): the figure may be either's, so it goes to review (with a comma between too: "México aparece en
        segundo lugar, sólo detrás de Colombia, con 23 casos"). After the ranked country's own figure, or with no
        country ranked ("La cifra coloca al país en el tercer sitio mundial, detrás de Colombia, con 41 casos"), it is
        the one ahead's (`_with_place`)."""
        text = self.text
        found = self._country_before_with(n, r",? +")
        if found is None:
            return None
        p, link = found
        if self.lex.behind_frames.ends_at(text, p.start, 24) is None:
            return None
        ranked = [q for q in self.a.places if q.kind == "country" and q.end <= p.start and q.code != p.code and q.governs]
        if not ranked:
            return None
        # (when the text has already given the ranked country's figure, and this is another, it is the one ahead's:
        # "Mexico's 19 cases ... put it third, behind Colombia with 48", "The Philippines ranked fifth, behind Colombia
        # with 60 cases")
        known = [c for c in self.d.counts + [f for f in self.figures if isinstance(f, Count)]
                 if c.get("country") == ranked[-1].code and not c.compared]
        if known and all(int(str(c.get("value"))) != int(n.value) for c in known):
            return None
        # (nor when more countries ahead follow, each with its figure: "ranked fifth, behind Colombia with 60 cases,
        # Brazil with 34, Mexico with 31, and Honduras with 14")
        if any(q.kind == "country" and q.start > n.end and self.lex.with_links.starts_at(text, q.end, 8) is not None
               for q in self.a.places):
            return None
        return (f"'{text[p.start:link.end]} {n.text}': the figure may be {text[p.start:p.end]}'s, ranked ahead, or "
                f"{text[ranked[-1].start:ranked[-1].end]}'s, whose figure the text has not given before; which is not said")

    def _with_place(self, n: Number) -> Place | None:
        """"the Philippines ranked fifth, behind Colombia with 60 cases": a country right before "with"
        and the number is the figure's own, even when a comparison names it."""
        found = self._country_before_with(n, r"[ ,]*")
        # ("Colombia, Brasil, Guatemala y México, con 83 muertes": the last of a run is not alone)
        # (a place ranked ahead, compared with, makes no run: "detrás de Colombia, con 41 casos"; not one overtaken,
        # "overtaking Brazil, with 30 deaths", whose figure is the subject's)
        if found is None:
            return None
        p = found[0]
        run = self._place_run(p.end)
        return p if len(run) == 1 or (not run and self.lex.behind_frames.ends_at(self.text, p.start, 24) is not None) else None

    def _fronted_with_subject(self, n: Number) -> Place | None:
        """"With 11 murders, Nicaragua remains one of the deadliest countries ..., and so does Honduras":
        a sentence that opens with "with" and the number has, as the subject right after the comma
        that closes the phrase, the country whose figure it is."""
        text = self.text
        start = self._before_hedge(n)
        link = self.lex.with_links.ends_at(text, start, 12)
        if link is None or text[:link.start].strip(" \"“«'"):
            return None
        comma = text.find(",", n.end)
        if comma < 0 or re.search(r"[;:()—–\d]", text[n.end:comma]):
            return None
        m = re.match(rf"\s*(?:(?:{self.lex.rx_article})\s+)?", text[comma + 1:], re.I)
        at = comma + 1 + (m.end() if m else 0)
        p = next((p for p in self.a.places if p.start == at and p.kind == "country" and p.governs), None)
        # (one subject, not the first of several: "With 11 murders, Nicaragua and Honduras remain ...")
        joined = p is not None and any(q.start > p.end and self._run_gap(text[p.end:q.start]) for q in self.a.places)
        return p if p is not None and not joined else None

    def _former_latter(self, n: Number) -> Place | None:
        """"Brazil and India saw killings rise, the former going from 20 in 2020 to 26 in 2021, and
        the latter from 4 to 14": the first or second of the pair of countries named before."""
        a, text = self.a, self.text
        lo = max([m.end() for m in re.finditer(r"[,;:]", text[:n.start])] + [0])
        hits = [h for h in self.lex.former_latter.finditer(text, lo, n.start)]
        if not hits or self._own_places(n, *a.windows[n.start]) and any(
                p.start > hits[-1].end for p in self._own_places(n, *a.windows[n.start])):
            return None
        h = hits[-1]
        pairs = [p for p in a.places if p.end <= h.start and p.kind == "country" and p.governs]
        run = self._place_run(pairs[-1].end) if pairs else []
        if len(run) != 2:
            return None
        return run[int(h.payload)]  # type: ignore[call-overload]

    def _share_place(self, p: Place) -> bool:
        """"85% of them in Latin America", "166 de ellos en América Latina": a place where a share
        of the figure is, not the figure's."""
        a, text = self.a, self.text
        lo = max([m.end() for m in CLAUSE_RE.finditer(text, 0, p.start)] + [0])
        return any(lo <= m.start < p.start for m in a.numbers) or bool(self.lex.partitive_quantifiers.finditer(text[lo:p.start])) \
            or any(lo <= h.start < p.start for h in a.markers["partitive_pronoun"])

    def _subject_after_with_part(self, n: Number, whole_span: tuple[int, int]) -> Place | None:
        """"Con 54 de los 200 homicidios registrados en el mundo en 2021, México ocupa el primer puesto":
        a part opened by "with", whose phrase ends at a comma, is the share of the country that opens the
        main clause right after that comma (the whole's own place, "en el mundo", is the whole's)."""
        a, text = self.a, self.text
        link = self.lex.with_links.ends_at(text, self._before_hedge(n), 12)
        if link is None or text[self._after_punct(link.start):link.start].strip():
            return None  # (the phrase must open its clause: "Mexico, with 54 of the 200" names its own)
        comma = text.find(",", whole_span[1])
        if comma < 0 or CLAUSE_RE.search(text, whole_span[1], comma) is not None:
            return None
        return next((p for p in a.places if p.kind == "country" and p.governs and p.start > comma and re.fullmatch(
            rf"\s*(?:(?:{self.lex.rx_article})\s+)?", text[comma + 1:p.start], re.I)), None)

    def _sole_country(self, n: Number) -> Place | None:
        """"The Philippines placed 5th among the world's most dangerous places ..., with 11 killed
        in 2022", "With at least 28 defenders killed in 2016, the Philippines is still ...": the one
        country the sentence names, outside every other figure's clause and not after a share of
        something ("more than a third of them in Colombia"), is where a figure with no place of its
        own is."""
        a, text = self.a, self.text
        link = self.lex.with_links.ends_at(text, self._before_hedge(n), 12)
        if link is None:
            return None  # only a figure the country is "with"
        if any(p.end <= link.start and re.fullmatch(r"[\s,]*", text[p.end:link.start]) for p in a.places):
            return None  # "behind Colombia with 60 cases": the figure is the place's right before "with"
        own_end = self._clause_end(n, a.windows[n.start][1])
        if any(p.governs and p.kind in ("world", "region", "subnational", "deictic") and p.start < own_end for p in a.places):
            return None  # "In Asia, 16 ...": the figure is the region's (a ranking after it is not)
        others = [(self._clause_lo(m.start, a.windows[m.start][0]), self._clause_end(m, a.windows[m.start][1]))
                  for m in a.candidates if m.start != n.start]
        # (nor a place whose possessive heads another number: "60 killings in 2022 against Mexico's 31, and 79 in 2023")
        countries = [p for p in a.places if p.governs and p.kind == "country" and not a.in_parens(p.start)
                     and not any(lo <= p.start < hi for lo, hi in others) and not self._heads_other_number(p, n)]
        if len({p.code for p in countries}) != 1:
            return None
        p = countries[0]
        return None if self._share_place(p) else p

    def _in_closed_relative(self, pos: int, until: int, where: bool = False) -> bool:
        """Whether `pos` lies in a relative clause opened after a comma (", que", ", which"; with `where`, ", where",
        ", donde" too) and closed by a comma before `until`."""
        text = self.text
        opened = max((m.start() for m in re.finditer(r",\s*", text[:pos])), default=-1)
        if opened < 0 or (self.lex.relative_pronouns.starts_at(text, opened + 1, 12) is None
                          and (not where or self.lex.case_relatives.starts_at(text, opened + 1, 16) is None)):
            return False
        close = text.find(",", pos, until)
        return close >= 0

    def _heads_other_number(self, p: Place, n: Number) -> bool:
        """The place's possessive heads a number other than `n` ("Mexico's 31"): the place is that number's."""
        return any(m.start != n.start and re.fullmatch(r"['’]s\s+", self.text[p.end:m.start]) for m in self.a.numbers)

    def _where_place(self, n: Number) -> Place | None:
        """"solo por detrás de Colombia, donde se cometieron 65 homicidios": a relative clause
        opened by "where" right after a country is about that country, even one named as a frame
        of comparison."""
        text = self.text
        for p in reversed([p for p in self.a.places if p.end <= n.start and p.kind == "country"]):
            gap = re.match(r"\s*,?\s*", text[p.end:n.start])
            w = self.lex.where_after.starts_at(text, p.end + (gap.end() if gap else 0), 20)
            if w is None or CLAUSE_RE.search(text, w.end, n.start) or \
                    any(w.end <= q.start < n.start for q in self.a.places):
                return None
            if any(q.kind == "subnational" and q.end <= p.start and re.fullmatch(
                    rf"\s*(?:(?:{self.lex.rx_article})\s+)?", text[q.end:p.start], re.I) for q in self.a.places):
                return None  # "in the south of India, where 13 people were killed": a part of the country
            return p
        return None

    def _clause_lo(self, pos: int, L: int) -> int:
        """Where the clause of the word at `pos` starts, or the window start `L` if earlier: a
        comparison word may stand before the number's window ("en 2021, frente a los 30")."""
        return min(L, self._after_punct(pos))

    def _after_punct(self, pos: int) -> int:
        """Where the words after the last , ; : or ( before `pos` begin."""
        return max([m.end() for m in re.finditer(r"[,;:(]", self.text[:pos])] + [0])

    def _comparisons(self, lo: int, hi: int) -> list:
        """The comparison words starting in [lo, hi) that compare figures, not hedges."""
        return [h for h in self.a.markers["comparison"] if lo <= h.start < hi and not self._in_hedge(h)]

    def _in_hedge(self, h) -> bool:
        """A comparison word that is part of a hedge before a number ("more than 200", "por debajo
        de 20"), not a comparison with another figure."""
        a, text = self.a, self.text
        # ... unless a place follows it: "por debajo de Colombia" is a frame of comparison
        return any(q.start <= h.start and h.end <= q.end and not any(
            p.start >= q.end and re.fullmatch(r"\s*(?:\w+\s+)?", text[q.end:p.start]) for p in a.places)
            for q in a.qualifiers)

    def _places_together(self, p: Place) -> str | None:
        """"54 en México y Centroamérica": one figure for several places together."""
        text = self.text
        run = self._comma_run(p)
        if len(run) > 2 and not any(self._has_own_number(q) for q in run):
            # "Seven were reported killed in DR Congo, Burkina Faso, Uganda, Ghana and Kenya"
            return f"counts one figure for several places together ({text[run[0].start:run[-1].end]})"
        for q in self.a.places:
            if q is p or not q.governs or q.kind not in ("country", "region", "world"):
                continue
            if self._has_own_number(q):
                continue  # "followed by 109 in Honduras and Peru with 58": Peru is an item of its own
            gap = text[min(p.end, q.end):max(p.start, q.start)]
            # joined by "and"/"or" ("En Europa, Ucrania" is an apposition, not two places)
            if re.fullmatch(rf"\s*,?\s*(?:{self.lex.rx_and}|{self.lex.rx_or})\s+(?:{self.lex.rx_article}\s+)?", gap, re.I):
                first = min(p, q, key=lambda x: x.start)
                # (whether a place and a comma come before the pair: the end of a longer run of places)
                ends_run = any(r.end <= first.start and re.fullmatch(r"\s*,\s*", text[r.end:first.start])
                               for r in self.a.places)
                if "," in gap and not ends_run:
                    # "... happened in Latin America, and Colombia headed the list with 64 murders":
                    # a comma before "and" that ends no run of places joins two clauses, not two places
                    continue
                if not ends_run:
                    # (only two countries alone: "Colombia, Brasil, Guatemala y México, con 83" is a group's)
                    self._list_per_country([p, q])
                return f"counts one figure for several places together ({text[min(p.start, q.start):max(p.end, q.end)]})"
        return None

    def _list_per_country(self, places: list[Place]) -> None:
        """A figure for two countries together is listed for review once per country: "Honduras y México (18)"
        may be one figure each (as readers take it) or one for both; "Perú y Nicaragua, que comparten una misma
        cifra de 12" is each's. Which, the reviewer decides for each country."""
        countries = sorted((x for x in places if x.kind == "country"), key=lambda x: x.start)
        if self._current is not None and len(countries) == len(places):
            self.together[self._current.start] = countries

    def _comma_run(self, p: Place) -> list[Place]:
        """The run of places `p` starts, joined by commas and closed by "and"/"or" ("DR Congo, Burkina
        Faso, Uganda, Ghana and Kenya"); just `p` when no such run follows it."""
        text, lex = self.text, self.lex
        places = sorted((q for q in self.a.places if q.kind in ("country", "region")), key=lambda q: q.start)
        run, closed = [p], False
        for q in places:
            if q.start <= run[-1].start:
                continue
            gap = text[run[-1].end:q.start]
            if re.fullmatch(r"\s*,\s*", gap):
                run.append(q)
            elif re.fullmatch(rf"\s*,?\s*(?:{lex.rx_and}|{lex.rx_or})\s+(?:{lex.rx_article}\s+)?", gap, re.I):
                run.append(q)
                closed = True
                break
            else:
                break
        return run if closed else [p]

    def _has_own_number(self, q: Place) -> bool:
        """A place with a number of its own right before or after it, other than the one being read:
        "109 in Honduras", "Peru with 58", "Brasil (49)", "Perú, con 58"."""
        text, lex = self.text, self.lex
        cur = self._current
        for m in self.a.candidates:
            if cur is not None and m.start == cur.start:
                continue
            if m.end <= q.start and re.fullmatch(rf"\s+(?:{lex.rx_locative})\s+(?:{lex.rx_article}\s+)?",
                                                 text[m.end:q.start], re.I):
                return True
            if q.end <= m.start and re.fullmatch(rf"\s*(?:,\s*)?(?:\(|(?:{lex.rx_with})\s+)\s*",
                                                 text[q.end:self._before_hedge(m)], re.I):
                return True
        return False

    def _compared_with(self) -> Value | None:
        """"Colombia surged ahead with 60 deaths. The report calls this almost double the number of
        killings in 2021, when 33 defenders lost their lives": a figure the sentence compares with
        the one before is of that one's place."""
        n = self._current
        if n is None or not self._comparisons(0, n.start):
            return None
        before = [f for f in self.figures if isinstance(f, Count)] or [f for f in self.d.last if isinstance(f, Count)]
        if not before or len({f.get("country") for f in before}) != 1:
            return None
        if not any(isinstance(f, Count) for f in self.figures) and any(
                isinstance(f, Unresolved) and not _other_kind(f) for f in self.figures):
            # ("Columbia, with 64 cases, ranked first. Global Witness documented 43 (review) ... murdered
            # in 2019, up from 30 killings in 2018": the 30 is compared with the 43 of its own sentence)
            return None
        if not self.figures and any(isinstance(f, Unresolved) and not _other_kind(f) for f in self.d.last):
            # ("en el país se concentran 54 (review) de los 200 homicidios registrados en el mundo. Son
            # un 80% más que las 30 muertes ...": which figure before it is compared with is not sure)
            return None
        ref = before[-1]
        ev = [Evidence("country", "referent", e.start, e.end) for e in ref.evidence
              if e.field == "country" and e.start is not None]
        return Value(ref.get("country"), ev) if ev else None

    def _continues_in_place(self, n: Number) -> bool:
        """The sentence goes on about the place of the one before: it says "there" or "the
        country", or the number stands alone as the subject ("12 were killed"), or it is a list
        item under a lead-in. "These killings" refers to figures, not to a place."""
        # ("227 activistas, y un tercio de ellos cayó en el país sudamericano": that country is where a
        # share of the figure is, not the figure's)
        if any(p.kind == "deictic" and not self._share_place(p) for p in self.a.places):
            return True
        if self.lex.predicate_links.starts_at(self.text, n.end, 20) is not None or self._opens_with_link(n):
            return True
        # (a bullet under "Human Level's take:" does not go on with the country of the bullet before)
        lead = self.sent.lead
        return lead is not None and any(p.governs for p in analyse(lead, self.lex).places)

    def _refers_back(self, n: Number) -> bool:
        """A sentence takes a country from the sentence before only when it refers back to it: it
        says "there", "the country", "these", "of them", "la cifra"; it is an elliptical item of
        the list before ("En 2019 fueron 64"); its number is part of an earlier figure ("Veinte de
        los 24") or of the year before it ("in the previous year"). ("Otras 17 personas murieron
        asesinadas mientras trabajaban en los programas de sustitución de cultivos", "Mining ...
        with mining behind the largest number of cases (29)": a sentence that does not refer back
        may be about the world, or about another place.) A worldwide scene carries on as before."""
        d, a = self.d, self.a
        if d.country is None or d.country.value == vocab.world():
            return True
        if self._continues(n) or self.elliptical or a.markers["anaphora"] or a.markers["partitive_pronoun"]:
            return True
        if a.marker_after("partitive_of", n.end, r"\s+") is not None or self.lex.others.starts_at(self.text, n.end, 16):
            return True
        if self._quantifier_before(n):
            return True  # "The majority of killings (131) took place between 2017 and 2021"
        return any(p.kind == "relative" and p.governs for p in a.periods)

    def _continues(self, n: Number) -> bool:
        """The sentence goes on about what the one before said: it refers back ("these", "there",
        "the country", "of them"), or the number stands alone as the subject ("12 were killed")."""
        if self.lex.continuation.finditer(self.text):
            return True
        if self.lex.predicate_links.starts_at(self.text, n.end, 20) is not None:
            return True
        if self._opens_with_link(n):
            return True
        return self.sent.lead is not None

    def _opens_with_link(self, n: Number) -> bool:
        """("Mexico is second on your list again. || Yes, with 23 cases.") An answer that opens with "with" and
        the number, after at most a word such as "Yes", has no subject of its own: it goes on with the last."""
        link = self.lex.with_links.ends_at(self.text, self._before_hedge(n), 16)
        # (not "With 78 cases since 2012, the DRC ranks eighth": a sentence that names its own place)
        return link is not None and re.fullmatch(r"\s*(?:[^\W\d_]+\s*,\s*)?", self.text[:link.start]) is not None \
            and not self.a.places

    def _deictic_country(self, p: Place) -> Value | str:
        """The country "the country", "there" or "our country" names: the last one named before it; for "our country",
        the author's, only when that is also the country the text is about (`mld.scope`) or the text names no such
        country."""
        got = self._antecedent(p)
        if isinstance(got, Value) and " ".join(self.text[p.start:p.end].lower().split()) in self.lex.first_person_deictic:
            main = self._main_country()
            if main is not None and main.value != got.value:
                # ("Ningún otro país se le acerca: México, segundo, registró 23. || ... Global Witness documentó 228 casos
                # en nuestro país", in a letter to a Colombian paper about Colombia)
                return (f"says '{self.text[p.start:p.end]}', the author's country: the text is about {main.value}, but "
                        f"the last country named is {got.value}")
        return got

    def _antecedent(self, p: Place) -> Value | str:
        a = self.a
        # "the country", "there" are never the world: the last country or region named before
        before = [q for q in a.places if q.end <= p.start and q.kind in ("country", "region") and q.governs]
        if before:
            q = before[-1]
            if q.kind == "region":
                return f"says '{self.text[p.start:p.end]}' after a region ({self.text[q.start:q.end]}), not a country"
            return Value(q.code, [self._ev("country", "shared", q.start, q.end)])
        # (a country whose possessive the sentence compares with, its only one before the deictic: "The numbers remain
        # below Mexico's peak in 2021, when 54 defenders were killed there"; not "Set against Brazil, ... three deaths in
        # the archipelago")
        named = [q for q in a.places if q.end <= p.start and q.kind == "country" and not a.in_parens(q.start)]
        if named and len({q.code for q in named}) == 1 and re.match(r"['’]s\s", self.text[named[-1].end:]):
            q = named[-1]
            return Value(q.code, [self._ev("country", "shared", q.start, q.end)])
        sb = self.d.state_before
        if sb is not None and sb[0] == self.d.sentence_before_at and not any(
                w in self.lex.deictic_nouns for w in self.text[p.start:p.end].lower().split()):
            # ("—¿Y Sonora? || El informe registra dos casos allí": "there" after a sentence that names only a part of a
            # country is that part)
            return f"says '{self.text[p.start:p.end]}' after a sentence that names a part of a country ({sb[1]})"
        # (a deictic with a word of its own, "el país centroamericano", is qualified, by a region)
        words = [w for w in re.findall(r"[^\W\d_]+", self.text[p.start:p.end].lower())
                 if w not in self.lex.deictic_nouns and not re.fullmatch(
                     rf"{self.lex.rx_article}|{self.lex.rx_locative}|{self.lex.rx_of}", w, re.I)]
        qualified = bool(words) and any(w in self.lex.deictic_nouns for w in self.text[p.start:p.end].lower().split())
        first_before = next((c for c in self.d.last if isinstance(c, Count)), None)
        if len(self.d.listed_before) > 1 and not qualified and len(self.d.countries_before) == 1 \
                and first_before is not None and first_before.get("country") == vocab.world():
            # ("En el mundo, la organización contabilizó 146 casos; Colombia, con 48, y Guatemala, con 20, superaron a
            # México. || En 2023 ... registró 18 asesinatos en el país": after a sentence about the world that ranks
            # several countries, the country the text names far more often than any other, if it is one of them;
            # otherwise which of them is not said)
            about = dominant_country(self.src.text, lexicon(self.src.lang))
            if about is None or about not in self.d.listed_before:
                return f"says '{self.text[p.start:p.end]}' after a sentence that names several countries"
            return Value(about, [Evidence("country", "context", *self.d.listed_spans[about])])
        if len(self.d.countries_before) > 1 or (qualified and len(self.d.listed_before) > 1):
            # (or a country qualified by its region after a list of several: "con países como Colombia,
            # Brasil, México y Honduras. El país centroamericano batió su propio récord, con 14")
            # "Colombia had topped the ranking in 2020, but Mexico was the worst country ... That was up
            # from 30 killings in 2020 ... in the country": which of the two is not said
            return f"says '{self.text[p.start:p.end]}' after a sentence that names several countries"
        # (the later of the two: "In Mexico, ... 54 people dead. ... Colombia, for its part, remains one of the most
        # violent countries in the world. There, some 33 ... were killed" is Colombia's, whose sentence has no figure)
        if self.d.subject is not None and self.d.country is not None \
                and self.d.subject.value not in (self.d.country.value, vocab.world()) \
                and self.d.country.value != vocab.world() and self.d.subject_at == self.d.country_at == self.d.sentence_before_at:
            # ("México se colocó en el segundo lugar, sólo por detrás de Colombia, donde la organización documentó 44
            # casos. || En el informe anterior, ... el país había registrado 19 víctimas": the sentence before is
            # about one country and gives a figure of another; which of the two is meant is not said)
            return (f"says '{self.text[p.start:p.end]}' after a sentence about one country that gives a figure of "
                    "another")
        later_subject = self.d.subject is not None and self.d.subject_at > self.d.country_at
        for ctx in ((self.d.subject, self.d.country) if later_subject else (self.d.country, self.d.subject)):
            if ctx is not None and ctx.value != vocab.world():  # "the country" is never the world
                return Value(ctx.value, _as_context(ctx.evidence, self.sent))
        # ("Según el informe publicado hoy ..., en 2025 fueron asesinadas o desaparecidas en nuestro país 23 personas
        # defensoras", "A nivel nacional, ...", with no country in view: the country the text is about, named in its
        # headline and far more often than any other (mld.scope), if there is one)
        # (not the one country a text names once: "Global Witness dedicated its report to Berta Cáceres (Honduras). It
        # found that 12 defenders were killed in the country")
        # (nor one named only after the sentence: "En 2019 el país registró 64 asesinatos ... Colombia sigue siendo ...",
        # a reference forward, which the text's evidence cannot show)
        self._main_country()
        main = self.d.headline_country
        if main is not None and all(e.end is not None and e.end <= self.sent.start for e in main.evidence):
            # (the words are the country's first mention, before the sentence: a context like any country named before,
            # which a part of the figure may inherit)
            return Value(main.value, [Evidence("country", "context", e.start, e.end, "the country the text is about")
                                      for e in main.evidence])
        return f"says '{self.text[p.start:p.end]}' but no country is named before it"

    def _main_country(self) -> Value | None:
        """The country the text is about (`mld.scope.main_country`), read once."""
        if not self.d.text_country_read:
            self.d.text_country = _text_country(self.src)  # (read once, and only when needed: it reads every sentence)
            main = main_country(self.src.text, lexicon(self.src.lang))
            self.d.headline_country = Value(main[0], [Evidence("country", "main_country", main[1], main[2])]) if main else None
            self.d.main_country = self.d.headline_country if self.d.text_country is None else None
            self.d.text_country_read = True
        if self.d.text_country is not None:
            code, start, end = self.d.text_country
            return Value(code, [Evidence("country", "context", start, end, TEXT_COUNTRY)])
        return self.d.main_country

    def _period(self, n: Number, L: int, R: int) -> Value | str:
        periods = self._own_periods(n, L, R)
        if not [p for p in periods if p.kind not in ("relative", "anaphoric")]:
            # ("in one recent year Mexico topped the table outright, with 54", "Para el conjunto del país, la minería
            # está vinculada a 71 casos"): a year the sentence does not name, or the whole series, is no scene's year
            vague = next(iter(self.lex.indefinite_years.finditer(self.text, 0, n.start)), None)
            if vague is not None:
                return f"said of a year the text does not name ('{self.text[vague.start:vague.end]}')"
            series = next(iter(self.lex.whole_series_markers.finditer(self.text, 0, n.start)), None)
            if series is not None and not periods:
                return (f"said of all the cases ('{self.text[series.start:series.end]}'), whose years the sentence "
                        "does not state")
        part = next((p for p in periods if p.kind == "partial"), None) or next(
            (p for p in self.a.periods if p.kind == "partial" and p.start >= n.end
             and not CLAUSE_RE.search(self.text, n.end, p.start)), None)
        if part is not None:
            # "En 2017 ya son 98 los casos confirmados durante los 5 primeros meses del año": a year and
            # a part of it; the figure is the part's
            return self._period_value(part)
        if periods:
            nearest, got = self._nearest_period_value(n, periods)
            doubt = self._report_year_doubt(nearest, got)
            if doubt:
                return doubt
            stated = [p for p in self.a.periods if p.kind in ("closed", "single", "bare") and not p.compared
                      and (p in periods or (p.start >= n.end and not CLAUSE_RE.search(self.text, n.end, p.start)))
                      # ("... are nearly double the number slain there in 2014": a compared year)
                      and not any(min(n.start, p.start) <= h.start < max(n.end, p.end) for h in self.a.markers["comparison"])]
            # (not the year in a report's name, "El informe 2017 de Global Witness indica que el año pasado
            # 200 ...": the year the report came out, or the one it covers)
            stated = [p for p in stated if not self._names_report(p)]
            if isinstance(got, str) and got.endswith(NO_DATE) and len(stated) == 1:
                # "Last year, Global Witness documented 116 defenders killed ... in 2014", with no
                # published date: the year the clause also writes is the figure's
                return self._period_value(stated[0])
            return got
        when = self._when_year(n) or self._covering_year(n)
        if when is not None:
            return self._period_value(when)
        shared = self._shared("period")
        if shared is not None:
            return shared
        lead = self._lead_value("period")
        if lead is not None:
            return lead
        frame = self._sentence_frame_period(L)
        if frame is not None:
            return frame
        asked = self.d.question_year
        if asked is not None and self.sent.paragraph in (asked[0], asked[0] + 1):
            # (after what the sentence itself says: "En 2024 la cifra fue de 146: 142 personas asesinadas ...")
            return Value(asked[1].value, _as_context(asked[1].evidence, self.sent))
        sole = self._sole_period(n)
        if sole is not None:
            return sole
        gone_on = [c for c in self.d.last if isinstance(c, Count) and not c.compared]
        # (a list of countries: a worldwide span total alone does not date the countries after it, "at least 1,910
        # ... between 2012 to 2022. Other deadly countries are Brazil, with 34 killings")
        if not self.a.periods and any(c.get("country") != vocab.world() for c in gone_on) \
                and any(h.start < 30 for h in self.lex.followers.finditer(self.text)) \
                and len({(c.get("period_start"), c.get("period_end")) for c in gone_on}) == 1:
            # "... entre 2012 y 2023 ... Colombia ..., con un total de 461. / En esa lista le siguen Brasil (con 401
            # muertes), Filipinas (298)": a sentence that opens by following the list before goes on with its years,
            # across a paragraph break too
            c = gone_on[-1]
            return Value((c.get("period_start"), c.get("period_end")),
                         _as_context([e for e in c.evidence if e.field in ("period_start", "period_end")], self.sent))
        before = self._followed_partial()
        if before is not None and not self.a.periods:
            # "126 ... in Africa since 2012 ... Other cases were in Kenya, six": the years of the figure
            # the sentence goes on from
            return Value((before.get("period_start"), before.get("period_end")),
                         _as_context([e for e in before.evidence if e.field in ("period_start", "period_end")], self.sent))
        items = self._item_years() if self.d.period is not None and self.sent.list_item else set()
        if len({y1 == y2 for y1, y2 in items}) > 1:
            # ("- ... 25 ... in Mexico in 2025 ... - Between 2012 and 2025 Mexico accounted for 247 ... - Mining was the
            # sector most often linked to Mexican cases (eight)": the items before it give figures of one year and of a
            # span of years; an earlier year alone is background, "185 ... in 2015, up 59% on 2014, when 116 were killed")
            return ("a list item with no year of its own, after items of one year and of a span of years: which it is "
                    "of is not said")
        dated = self._report_dated_before(n) if self.d.period is not None else None
        if dated is not None:
            # ("Setter's note: ... last year's report listed nineteen cases for Mexico", "recordamos los datos del
            # informe anterior (sobre 2024): Colombia registró 48 casos"): the figure is a report's, which its sentence
            # names by when it came out or by which it was; the years of the sentences before are not its years
            return f"its sentence names a report ('{dated}'), but not the year of its figures"
        if self.d.period is not None and self.d.period is self.d.looked_back:
            earlier = self.d.period.value[1]  # type: ignore[index]
            latest = max(self.d.latest_year, self.d.latest_stated_year)
            return (f"no year of its own, after figures of {earlier} that the text has gone on from to {latest}: "
                    "which of the two it is of is not said")
        if self.d.period is not None:
            y1, y2 = (int(str(y)) for y in self.d.period.value)  # type: ignore[attr-defined]
            spanned = [c for c in self.d.counts if (c.get("period_start"), c.get("period_end")) == (y1, y2)
                       and c.sentence.start != self.sent.start]
            # (a report that covers the span itself, "Deadly Environment" on 2002-2013, gives its countries'
            # figures for the span: "448 of the deaths ... in Brazil")
            annual = vocab.report_world_total(y2, y2, vocab.top_code(vocab.dimensions()[0])) is not None
            own = {p.code for p in self._own_places(n, *self.a.windows[n.start])}
            # (a reference back is this number's when it stands before it or right after it, "382 of them";
            # not a later number's, "En Asia se documentaron 16 homicidios, 11 de ellos en Filipinas")
            refers_back = any(h.start < n.start or (0 <= h.start - n.end <= 12 and not any(
                n.end <= m.start < h.start for m in self.a.candidates))
                for h in self.a.markers["anaphora"] + self.a.markers["partitive_pronoun"])
            if y1 != y2 and annual and spanned and own and not refers_back \
                    and all(c.get("country") == vocab.world() for c in spanned):
                # "at least 1,910 ... killed between 2012 to 2022. ... Other deadly countries ... are Brazil, with
                # 34 killings": a worldwide total's span does not date countries' figures after it, unless they
                # refer back to it
                return NO_PERIOD
            other_year = next((p for p in self.a.periods if p.governs and not p.compared and p.end <= n.start
                               and p.kind in ("closed", "single", "bare") and (p.y1, p.y2) != (y1, y2)
                               and not self.a.in_parens(p.start) and not self._report_about_year(p)
                               and not self._publication_year(p)), None)
            if other_year is not None:
                # ("Un año antes, en 2024, fueron 19: 18 asesinatos y una desaparición", in a scene of 2025): the
                # sentence states another year before the figure; the scene's year is not the figure's for sure
                return (f"its sentence states {self.text[other_year.start:other_year.end]} before it, not the scene's "
                        f"{y1 if y1 == y2 else f'{y1}-{y2}'}: which year it is of is not said")
            return Value(self.d.period.value, _as_context(self.d.period.evidence, self.sent))
        # (not the frame of a record: "185 murders ..., the highest homicide rate since records began in 2002")
        opens = [p for p in self.a.periods if p.kind in ("open", "open_relative") and p.governs]
        if opens:
            return self._period_value(opens[0])
        if self.d.report_year is not None and not (self.d.span is not None and self.a.markers["anaphora"]) \
                and not (0 <= self.sent.paragraph - self.d.spans_paragraph <= 1
                         and self.lex.followers.starts_at(self.text, 0, 30) is not None) \
                and not any(p.kind in ("relative", "anaphoric", "partial") and not p.compared for p in self.a.periods):
            # (not in a sentence that refers back, "Con ese número, el País es el tercero ...", after a
            # paragraph that gave a span of years: the figure may be of that span or of the report's
            # year, and the text does not say which)
            # "In all, 200 people died in such violence around the world, says the report, 'Defenders
            # of the Earth'": a figure with no year of its own in a text about one report is of the
            # year that report covers
            # (not a report that covers a span, "Deadly Environment" on 2002-2013: its figures with no
            # year of their own may be of any of its years)
            y = int(str(self.d.report_year.value))
            if any(int(r["data_year"]) == y and list(r.get("world_total_period", [y, y])) != [y, y] for r in vocab.reports()):
                return NO_PERIOD
            later = sorted({int(str(t.get("period_end"))) for t in self.d.counts
                            if not t.compared and t.get("country") == vocab.world() and t.get("period_start") == t.get("period_end")
                            and int(str(t.get("period_end"))) > y
                            and all(t.get(dim) == vocab.top_code(dim) for dim in vocab.dimensions()[1:])})
            if later and self.d.report_year.evidence[0].basis == "report_by_total":
                # ("We recorded 146 cases in 2024; last year it was 162. ... The Philippines remains the deadliest country
                # in Asia, with nine killings"): the text quotes a report's total, and a worldwide total of a later year
                # too; a figure with no year of its own may be of either
                return (f"no year of its own, in a text that quotes the report on {y}'s total and a worldwide total of "
                        f"{later[-1]}: which of the two it is of is not said")
            # (nor in a text that has so far given the report's figures for a span of years ending in its
            # year, and none for that year alone: "1,733 ... over the past 10 years ... Brazil ... 342 since
            # 2012 ... Guatemala and India saw 80 and 79 respectively" may be of the span)
            # (a figure said with "last year", in review for want of a date, is one of a single year too)
            ends = [(c.get("period_start"), c.get("period_end")) for c in self.d.counts if c.get("period_end") == y]
            if ends and all(start != y for start, _ in ends) and not any(u.reason.endswith(NO_DATE) for u in self.out.review):
                return NO_PERIOD
            return Value((y, y), [Evidence(f, e.basis, e.start, e.end) for e in self.d.report_year.evidence
                                  for f in ("period_start", "period_end")])
        return NO_PERIOD

    def _breaks_down(self, c: Count) -> bool:
        """The count is of a narrower outcome than a total the text gave before for its place and years, with no
        group: one part of that total ("161 ... killed or disappeared in 2025 ... 152 were killed outright")."""
        return self._total_broken_down(c) is not None

    def _total_broken_down(self, c: Count) -> Count | None:
        """The last total the text gave before the count for its place and years, with no group and a broader
        outcome than the count's, that the count breaks down by outcome; None if none."""
        out_dim = vocab.dimensions()[0]
        return next((t for t in self._totals_before(c) if t.get(out_dim) != c.get(out_dim)), None)

    def _broken_down_total(self, paragraph: int) -> Count | None:
        """The paragraph's figures, when they are one total and the parts of it by outcome that its sentence gives and
        that add up to it ("158 casos: 151 asesinatos y siete desapariciones"): the total; else None."""
        figures = [c for c in self.d.counts if c.sentence.paragraph == paragraph and not c.compared]
        totals = [c for c in figures if all(self._total_broken_down(p) is c for p in figures if p is not c)]
        total = totals[0] if len(figures) > 2 and len(totals) == 1 else None
        if total is None or any(p.sentence.start != total.sentence.start for p in figures):
            return None
        return total if sum(int(str(p.get("value"))) for p in figures if p is not total) == int(str(total.get("value"))) else None

    def _whole_of(self, c: Count) -> Count | None:
        """The last figure before the count for its place and years that holds it: no group, an outcome that holds
        the count's, a value no smaller ("167 ... killed or disappeared in 2025" for "52 of the victims were
        Indigenous")."""
        return next((t for t in self._totals_before(c) if int(str(t.get("value"))) >= int(str(c.get("value")))), None)

    def _totals_before(self, c: Count) -> Iterator[Count]:
        """The figures before the count for its place and years, last first, that may hold it: not compared with,
        with no group, of an outcome that holds the count's."""
        dims = vocab.dimensions()
        if any(k not in c.values for k in ("country", "period_start", "period_end")):
            return  # (a whole read but for its place or years holds no total of them)
        for t in reversed(self.d.counts):
            if t is not c and t.value_start < c.value_start and not t.compared \
                    and (t.get("country"), t.get("period_start"), t.get("period_end")) \
                    == (c.get("country"), c.get("period_start"), c.get("period_end")) \
                    and all(t.get(d) == vocab.top_code(d) for d in dims[1:]) \
                    and vocab.contains(dims[0], str(t.get(dims[0])), str(c.get(dims[0]))):
                yield t

    def _item_years(self) -> set[tuple[object, object]]:
        """The years the figures of the list's items before this one state in their own items, read or in review
        but read in full (not the years of figures compared with)."""
        figures = self.d.counts + [u.read_as for u in self.out.review if u.read_as is not None]
        return {(c.get("period_start"), c.get("period_end")) for c in figures
                if c.sentence.list_item and c.sentence.paragraph == self.sent.paragraph and not c.compared
                and c.sentence.start < self.sent.start
                and any(e.field == "period_end" and c.sentence.start <= (e.start or -1) < c.sentence.end for e in c.evidence)}

    def _sole_period(self, n: Number) -> Value | None:
        """"Con 54 activistas ambientales asesinados, México pasó a ser en 2021 el país con más casos":
        the one year of a sentence whose one figure this is."""
        a = self.a
        # (a sentence that compares is left alone: "64 killings, up 150 per cent from 2018")
        if any(m.start != n.start for m in a.candidates) or a.markers["comparison"] \
                or self.lex.from_words.finditer(self.text) or any(m.kind in ("percent", "fraction") for m in a.numbers):
            return None
        years = [q for q in a.periods if q.governs and not q.compared and q.kind in ("single", "bare", "closed")
                 and q.y1_span and q.y2_span and not a.in_parens(q.start)]
        if len({(q.y1, q.y2) for q in years}) != 1 or any(q.kind in ("relative", "open", "open_relative", "anaphoric",
                                                                     "partial") for q in a.periods):
            return None
        q = years[0]
        assert q.y1_span and q.y2_span
        return Value((q.y1, q.y2), [self._ev("period_start", "shared", *q.y1_span), self._ev("period_end", "shared", *q.y2_span)])

    def _when_year(self, n: Number) -> Period | None:
        """"less than in 2021 —when 200 were killed—": a clause opened by "when" right after a year
        is about that year."""
        text = self.text
        for p in reversed(self.a.periods):
            if p.end > n.start or p.kind not in ("single", "bare"):
                continue
            m = re.match(r"\s*[—–,(-]?\s*", text[p.end:n.start])
            w = self.lex.when_words.starts_at(text, p.end + (m.end() if m else 0), 20)
            if w is None or any(w.end <= q.start < n.start for q in self.a.numbers) \
                    or re.search(r"[;:.)—–]", text[w.end:n.start]):
                return None
            return p
        return None

    def _sentence_frame_country(self, L: int) -> Value | None:
        """"En México, Global Witness documentó 19 casos en 2024: 18 asesinatos y una desaparición":
        one country that opens the sentence, before a colon, frames the parts after it."""
        text = self.text
        n = self._current
        colon = text.rfind(":", 0, n.start if n is not None else L)
        # (a line labelled by a place alone frames all its items, across semicolons: "Mexico: 18 killings in 2023; 19
        # in 2024 (18 killed, 1 disappeared)")
        label = colon >= 0 and any(p.kind == "country" and p.end <= colon and not text[:p.start].strip()
                                   and not text[p.end:colon].strip() for p in self.a.places)
        if colon < 0 or (";" in text[colon:L] and not label):
            return None
        if n is not None and self.a.marker_before("partitive_of", n.start, 12, r"\s*") is not None:
            # ("Brasil ocupa el primer puesto ...: de las 200 muertes ... registradas en 2016, 49
            # ocurrieron en territorio brasileño": the whole that a part is taken from is not the
            # framing country's)
            return None
        # (not where a share of something is: "88% of the deaths occurred in Latin America, and Colombia
        # held the grim record ...: 60 people killed last year")
        found = [p for p in self.a.places if p.end <= colon and p.governs and not self._share_place(p)]
        # "En Guatemala, ... hasta convertirlo en el país más peligroso ...:": "the country" is it again
        found = [p for p in found if p.kind != "deictic"] if any(p.kind == "country" for p in found) else found
        if len(found) == 1 and found[0].kind == "deictic" and not text[:found[0].start].strip():
            # ("En nuestro país fueron veinticuatro: veintiún asesinatos y tres desapariciones"): "the country" that
            # opens the sentence frames the parts after the colon as a named one would
            got = self._antecedent(found[0])
            return got if isinstance(got, Value) else None
        # (or the world: "A nivel mundial, el informe documenta 158 casos: 151 asesinatos y siete desapariciones")
        if len({(p.kind, p.code) for p in found}) != 1 or found[0].kind not in ("country", "world"):
            return None
        p = found[0]
        # the subject of the sentence or of its main clause ("Según un informe ..., México es el país ...:")
        # ("\"México, el país con más asesinatos en 2021, tuvo un descenso notable: pasó de 54 ...": a
        # quoted subject with an apposition)
        # (or of a main clause joined by "and": "..., and Colombia held the grim record ...: 60")
        subject = re.search(rf"(?:^|,)[\s\"“«']*(?:(?:{self.lex.rx_and})\s+)?(?:{self.lex.rx_article}\s+)?$", text[:p.start], re.I) is not None \
            and (re.match(r" [a-záéíóúñ]", text[p.end:]) is not None or self._possessive_figure(p)
                 or re.match(rf",\s+(?:{self.lex.rx_article})\s", text[p.end:], re.I) is not None)
        if not subject and not label and not re.search(rf"\b{self.lex.rx_locative}\s+$", text[:p.start], re.I):
            # a place named as where the sentence is set ("En México, ...") or as its subject
            # ("México está en el tercer lugar ...: ... 203 casos"), not a dateline ("CDMX, 18 de ...")
            return None
        return Value(p.code, [self._ev("country", "shared", p.start, p.end)])

    def _possessive_figure(self, p: Place) -> bool:
        """The place's possessive names its figure ("Mexico's count fell: 18 killings", "Mexico's 2025 toll: 24
        defenders"; not "Colombia's human rights record has reached a grim milestone: the national Ombudsman ...")."""
        m = re.match(r"['’]s\s+(?:(?:19|20)\d\d\s+)?([^\W\d_]+(?:\s+[^\W\d_]+)?)", self.text[p.end:])
        return m is not None and (m.group(1).lower() in self.lex.figure_nouns
                                  or m.group(1).split()[0].lower() in self.lex.figure_nouns)

    def _change_start_periods(self, pos: int) -> set[int]:
        """Where the periods before `pos` start that stand right after a figure a change starts from, or a figure
        compared with, and so are that figure's alone: "In Mexico, where killings fell from 54 the previous year, ...
        the group also recorded three disappearances" (the three are not of the previous year); "respecto a las 54
        víctimas de su informe anterior"."""
        text = self.text
        return {p.start for p in self.a.periods for m in self.a.candidates
                if m.end <= p.start and p.end <= pos
                and (self._starts_change(m) or self._comparisons(self._clause_lo(m.start, self.a.windows[m.start][0]), m.start))
                and re.fullmatch(r"\s*(?:[^\W\d_]+\s+){0,2}", text[m.end:p.start])}

    def _in_relative_aside(self, start: int, end: int, n: Number) -> bool:
        """The words at start:end lie in a relative clause or an apposition set off by commas right after a country,
        before the number: a relative pronoun between the comma and them, or a lower-case word opening the aside, and a
        comma after them before the number ("Brasil, vecino con el que Bolivia comparte la cuenca, registró 14",
        "Guatemala, otro país donde operan mineras canadienses, registró 17", "Brasil, vecino y principal inversor en la
        frontera agrícola paraguaya, registró 16"): the aside describes that country; its words are not the figure's."""
        text = self.text
        opened = max((m.end() for m in re.finditer(r",\s*", text[:start])), default=-1)
        relatives = [h for h in self.lex.relative_pronouns.finditer(text, opened, start)
                     + self.lex.case_relatives.finditer(text, opened, start) if h.end <= start] if opened >= 0 else []
        # (or an apposition, a noun phrase set off after the country: "Brasil, vecino y principal inversor en la
        # frontera agrícola paraguaya, registró 16 casos")
        # (not a clause a conjunction opens, "mientras que Guatemala quedó en segundo lugar", ", y Guatemala")
        links = self.a.markers["subordinators"] + self.a.markers["coordinators"]
        opens_linked = any(h.start == opened for h in links) or bool(self.lex.contrast_links.starts_at(text, opened, 16))
        apposition = opened >= 0 and re.match(r"[a-záéíóúñ]", text[opened:]) is not None and not opens_linked \
            and not any(opened <= m.start < start for m in self.a.numbers)
        if relatives and (self.lex.contrast_links.finditer(text, opened, start) or any(
                opened <= h.start < start and not any(r.start <= h.start < r.end for r in relatives) for h in links)):
            relatives = []
        if not (relatives or apposition) or not any(q.kind == "country" and re.fullmatch(r"\s*,\s*", text[q.end:opened])
                                                    for q in self.a.places):
            return False
        return text.find(",", end, n.start) >= 0

    def _added_year(self, c: Count) -> str | None:
        """The words that add the count's one year to a total ("con los datos de 2025", "with the 2025 additions"), when
        the count is the level its clause says the total reaches ("asciende a", "stands at"), not a figure recorded."""
        text = self.src.text
        years = [e for e in c.evidence if e.field == "period_start" and e.basis == "stated" and e.start is not None
                 and e.end is not None and re.fullmatch(r"\d{4}", text[e.start:e.end])]
        if not years:
            return None
        ys, ye = years[0].start, years[0].end
        before = self.lex.added_year_before.ends_at(text, ys, 30)  # type: ignore[arg-type]
        if before is None:
            return None
        words = text[before.start:before.end]
        after = self.lex.added_year_after.starts_at(text, ye + 1, 16) if self.lex.added_year_after else None  # type: ignore[operator]
        if re.search(rf"\b(?:{self.lex.rx_article})$", words, re.I) and after is None:
            return None  # ("with the 2025 data"; not "with the 2025 report")
        link = self.lex.predicate_links.ends_at(text, c.value_start, 30) or self.lex.running_total_verbs.ends_at(
            text, c.value_start, 30)
        if link is None or text[link.start:link.end].lower() in self.lex.copulas:
            q = self.lex.qualifiers.ends_at(text, c.value_start, 30)
            link = self.lex.predicate_links.ends_at(text, q.start, 30) if q is not None else None
            if link is None or text[link.start:link.end].lower() in self.lex.copulas:
                return None
        return text[before.start:(after.end if after is not None else ye)]

    def _running_total_noun(self, c: Count) -> str | None:
        """The running-total noun the count's value is the predicate or object of, a few words before it in its
        clause ("el acumulado rebasa los 2,400", "the cumulative total stands at 2,416")."""
        lo, at = c.sentence.start, c.value_start
        hit = next((h for h in self.lex.running_total_nouns.finditer(self.src.text, lo, at)
                    if len(self.src.text[h.end:at].split()) <= 4 and not CLAUSE_RE.search(self.src.text, h.end, at)), None)
        return self.src.text[hit.start:hit.end] if hit is not None else None

    def _report_scope(self, t: Term) -> bool:
        """The outcome word says what a report counted ("en el informe sobre 2023, que sólo contabilizaba asesinatos,
        18", "when the report counted only killings"): it names the figures of that report, after it, not one before."""
        return self._ends_before_term(self.lex.scope_verbs, t, 30) is not None

    def _whole_of_part_aside(self, part: Count, last: list[Count], n: Number) -> Count | None:
        """The whole a part refers back to, when the part is an aside between commas right before the number's clause:
        its number, a partitive pronoun and a group's word or two, no verb ("24 personas ..., tres de ellas mujeres,",
        "24 defenders ..., nine of them Indigenous,"); the whole is the figure before it of the part's referent."""
        lo, hi = part.value_end - self.sent.start, n.start
        pron = self.a.marker_after("partitive_pronoun", lo, r"\s*")
        if pron is None or pron.end > hi:
            return None
        rest = self.text[pron.end:hi]
        comma = rest.find(",")
        if comma < 0 or re.fullmatch(r"(?:\s*[^\W\d_]+){1,2}\s*", rest[:comma]) is None or not any(
                pron.end <= t.start and t.end <= pron.end + comma for ts in self.a.subgroups.values() for t in ts):
            return None
        shared = {e.field for e in part.evidence if e.basis == "referent"}
        stated = {e.field for e in part.evidence if e.basis == "stated" and e.field in vocab.dimensions()[1:]}
        return next((c for c in reversed(last) if c.value_end <= part.value_start and shared
                     and all(c.get(f) == part.get(f) for f in shared)
                     and all(c.get(f) == vocab.top_code(f) for f in stated)), None)

    def _publication_year(self, p: Period) -> bool:
        """A single year right after words of publishing, a month maybe between ("según el publicado en 2026", "the
        report published in September 2025"): when something came out, not a year of figures."""
        if p.kind not in ("single", "bare") or p.y1_span is None:
            return False
        at = p.y1_span[0]  # (the period's words may open with the preposition: "en 2026")
        month = re.search(rf"(?:{self.lex.rx_day_month}|\b[^\W\d_]+)\s+(?:(?:de|of)\s+)?$", self.text[max(0, at - 30):at])
        if month is None or not self.lex.months.finditer(month.group(0)):
            return self.lex.published_in.ends_at(self.text, at, 30) is not None
        on = at - len(month.group(0))
        return any(self.lex.published_in.ends_at(self.text, s, 30) is not None for s in (at, on)) \
            or self.lex.published_before_month.ends_at(self.text, on, 30) is not None

    def _line_label_end(self, n: Number) -> int | None:
        """Where the label of the number's line ends (its first colon), when the line opens with a label that holds no
        count of its own ("2024 (asesinatos y desapariciones): mundo, 146"); None when it opens with none."""
        text = self.text
        # (a colon a space follows: not the one of a time, "11:40 - Indigenous victims: 11")
        first = re.search(r":(?=\s)", text)
        colon = first.start() if first is not None else -1
        # (a label: a few words, "2024 (asesinatos y desapariciones)"; not a clause that leads into a list, "el 85% de
        # estos crímenes ocurrió en América Latina: Colombia encabezó la lista con 79 muertes")
        if colon < 0 or n.start < colon or "\n" in text[:colon] or any(m.start < colon for m in self.a.candidates) \
                or len(re.findall(r"[^\W\d_]+", text[:colon])) > 5:
            return None
        return colon

    def _line_label_groups(self, n: Number) -> dict[str, list[Term]]:
        """The groups the label of the number's line names ("Indigenous victims: 11 in Mexico last year, and 121 since
        2012"), by dimension: every figure on the line is of them."""
        colon = self._line_label_end(n)
        if colon is None:
            return {}
        # (a label that names the people counted, the group word right before their noun or the outcome's word; not a
        # title's topic, "Palm oil frontier: five Indonesian defenders killed in 2025")
        heads = [h.start for h in self.a.nouns if h.end <= colon and h.payload[0] in ("defenders", "weak_defenders")]  # type: ignore[index]
        heads += [t.start for t in self.a.outcomes if t.end <= colon]
        named = {d: [t for t in ts if t.end <= colon and any(re.fullmatch(r"[\s-]*", self.text[t.end:h]) for h in heads)]
                 for d, ts in self.a.subgroups.items()}
        return {d: ts for d, ts in named.items() if ts}

    def _line_label_outcome(self, n: Number) -> Value | None:
        """The outcome the label of the number's line names, before the line's first colon, when the label holds no
        count of its own ("2024 (asesinatos y desapariciones): mundo, 146"): the outcome holding every one it names."""
        colon = self._line_label_end(n)
        if colon is None:
            return None
        said = [t for t in self.a.outcomes if t.end <= colon]
        if not said:
            return None
        out_dim = vocab.dimensions()[0]
        code = vocab.narrowest_holding(out_dim, {str(t.code) for t in said})
        return Value(code, [self._ev(out_dim, "stated", said[0].start, said[-1].end)])

    def _told_earlier(self, m: Number, L: int, R: int, through_list: bool = False) -> bool:
        """The number's clause tells it in a tense that looks back ("having recorded 11 killings in 2022", "where 25
        defenders had been killed in 2023"): a word of that tense in its clause, with no other number between (or
        with the items of a list between, `through_list`: "habían sido 4 en el mundo y 1 en México")."""
        lo, hi = self._clause_lo(m.start, L), self._clause_end(m, R)
        return any(lo <= h.start and h.end <= hi and (through_list or not any(
            min(h.end, m.end) <= x.start < max(h.start, m.start) for x in self.a.candidates if x.start != m.start))
            for h in self.lex.earlier_tense.finditer(self.text))

    def _year_of_bracketed_figure(self, q: Period) -> bool:
        """The period stands in brackets beside a figure of its own: "(48 en 2024)"."""
        text = self.text
        opened = text.rfind("(", 0, q.start)
        if opened < 0 or ")" in text[opened:q.start]:
            return False
        closed = text.find(")", q.end)
        end = closed if closed >= 0 else len(text)
        return any(opened < m.start < end for m in self.a.candidates)

    def _sentence_frame_period(self, L: int) -> Value | str | None:
        """"En 2020 Colombia fue el país ...: allí fueron asesinadas 65 personas": one year that
        opens the sentence, before the number's own part, frames it."""
        owned = self._change_start_periods(L)
        # (not the year of a figure in brackets, an aside: "con 52 casos (48 en 2024), mientras que en Brasil la cifra
        # subió de 12 a 17"; a year alone in brackets may frame what follows, "September 2026 (data for 2025): ...")
        # (nor the year of a figure compared with: "Guatemala registró 17 casos, por debajo de los 20 de 2024; Honduras,
        # nueve")
        compared_ends = [m.end for m in self.a.candidates if m.end <= L
                         and self._compared_in_clause(m, self.a.windows[m.start][0])]
        found = [q for q in self.a.periods if q.end <= L and q.governs and not q.compared
                 and q.start not in owned and (q.kind in ("single", "closed", "bare", "relative") or (
                     # ("El informe también hace un recuento desde 2012: en total, 245 personas ...": an open period
                     # that ends the clause a colon opens the figure's part with)
                     q.kind == "open" and (self._colon_then(q.end, L) or self._opens_sentence(q))))
                 and not self._year_of_bracketed_figure(q)
                 # (nor a year that names a report or when it came out: "2026 edition (data for 2025): 162 ...")
                 and not (q.kind in ("single", "bare") and (self._report_noun_beside(q) or self._publication_year(q)))
                 and not any(e <= q.start and len(self.text[e:q.start].split()) <= 2 for e in compared_ends)]
        # (nor one the sentence has moved on from: "Mexico: 18 killings in 2023, then 19 and 23 cases")
        cur = self._current
        if cur is not None and any(self.lex.sequence_words.finditer(self.text, q.end, cur.start) for q in found):
            return None
        if len({(q.kind, q.y1, q.y2, q.relative) for q in found}) > 1:
            found = self._colon_head_period(found, L)
        if len({(q.kind, q.y1, q.y2, q.relative) for q in found}) != 1:
            return None
        q = found[0]
        if q.kind == "open":
            return self._period_value(q)  # (its years, or why they are not known: not the years of the text before)
        if q.kind == "relative":
            got = self._period_value(q)  # "... last year: 212"
            return got if isinstance(got, Value) else None
        assert q.y1_span and q.y2_span
        return Value((q.y1, q.y2), [self._ev("period_start", "shared", *q.y1_span),
                                    self._ev("period_end", "shared", *q.y2_span)])

    def _opens_sentence(self, q: Period) -> bool:
        """Whether the period opens the sentence, or the part of it after a colon, set off by a comma ("The numbers bear
        him out: since 2012, Global Witness has counted 122 Indigenous defenders among the 245 killed"): it frames every
        figure after it that has no years of its own."""
        before = self.text[:q.start]
        return re.fullmatch(r"[\s\"“«'(]*", before[before.rfind(":") + 1:]) is not None \
            and re.match(r"\s*,", self.text[q.end:]) is not None

    def _colon_head_period(self, found: list[Period], L: int) -> list[Period]:
        """"For 2024 the figure was 19 (...), and for 2025 it rose to 24: 21 killed and three disappeared": of several
        years before the number, the one in the clause that a colon ends, the colon that opens the number's part."""
        colon = self.text.rfind(":", 0, L + 1)  # (the window may open on the colon itself)
        if colon < 0 or any(q.start > colon for q in found) or CLAUSE_RE.search(self.text, colon + 1, L):
            return found
        head = max(found, key=lambda q: q.end)
        # (the colon goes on from a figure of that clause, "it rose to 24:"; not from a year alone, "recoge datos de
        # 2025, no de 2026: registró 162")
        figure = any(head.end <= m.start and m.end <= colon for m in self.a.candidates)
        return [head] if figure and not CLAUSE_RE.search(self.text, head.end, colon) else found

    def _colon_then(self, start: int, end: int) -> bool:
        """Whether `text[start:end]` is a colon alone, or a colon and a phrase of "in all" ("desde 2012: en total, ")."""
        gap = self.text[start:end]
        colon = re.match(r"\s*:\s*", gap)
        if colon is None:
            return False
        if colon.end() == len(gap):
            return True
        total = self.lex.total_after.starts_at(self.text, start + colon.end(), 4)
        return total is not None and re.fullmatch(r"[\s,]*", self.text[total.end:end]) is not None

    def _covering_year(self, n: Number) -> Period | None:
        """"the 196 cases documented in the group's previous report, which covered 2023": a year
        the number's phrase says its source covers, before any other number."""
        text = self.text
        nxt = min([m.start for m in self.a.numbers if m.start > n.end and m.kind != "year"] + [len(text)])
        for h in self.lex.covering.finditer(text, n.end, nxt):
            p = next((q for q in self.a.periods if q.kind in ("single", "bare") and q.start >= h.end
                      and re.fullmatch(r"[\s,]*(?:\w+\s+){0,2}?", text[h.end:q.start])), None)
            if p is not None:
                return p
        return None

    def _period_value(self, p: Period) -> Value | str:
        if p.kind == "reversed":
            return f"the span '{self.text[p.start:p.end]}' ends before it starts: one of its years is misprinted"
        published = self.src.published_year
        if p.kind in ("closed", "single", "bare") and published is not None and (p.y2 or 0) > published:
            # "En 2027 fueron asesinados ...", in a text of 2021: no count is of a year after its text
            return f"the year {p.y2} is later than the text's published date ({self.src.meta.get('published')})"
        if p.kind in ("closed", "single", "bare"):
            return Value((p.y1, p.y2), [self._ev("period_start", "stated", *p.y1_span),  # type: ignore[misc]
                                        self._ev("period_end", "stated", *p.y2_span)])  # type: ignore[misc]
        phrase = self.text[p.start:p.end]
        if p.kind == "each":
            # "murders ... rose to ten in both 2019 and 2020": a figure said once for each of two years
            return f"the figure is given for each of two years ('{phrase}'), not for the span"
        if p.kind == "partial":
            return f"the period is part of a year ('{phrase}'), not a year's figure"
        if p.kind == "unclosed":
            return f"the span opens in {p.y1} ('{phrase} ...'), but where it ends is not read"
        if p.kind == "relative":
            rel = p.relative
            assert rel is not None
            if rel.basis == "published":
                year = self.src.published_year
                if year is None:
                    return f"says '{phrase}'{NO_DATE}"
                y = year + rel.offset
                ev = [self._ev(f, "published_date", p.start, p.end) for f in ("period_start", "period_end")]
                note = {"address": f"published date read from the address ({self.src.meta.get('published')})",
                        "total": f"published year {year}: the text gives a report's worldwide total with a relative "
                                 "year, and no date",
                        "report": f"published year {year}: the text gives a figure with a relative year in the sentence "
                                  "that names the report it quotes, and no date",
                        "release": f"published year {year}: the text reports a new report, quotes the worldwide total "
                                   "it gave, and has no date",
                        "quoted": f"published year {year}: the text quotes a report's worldwide total beside its year, "
                                  "states no later year, and has no date"}.get(str(self.src.meta.get("published_from")))
                if note:
                    ev = [dataclasses.replace(e, note=note) for e in ev]
                return Value((y, y), ev)
            ref = self.d.period
            head = self.head
            own = self._ev("period_start", "relative", p.start, p.end)
            if head is not None and head.sentence.start == self.sent.start and any(
                    e.field == "period_start" and e.basis == "relative" and (e.start, e.end) == (own.start, own.end)
                    for e in head.evidence):
                # "Ese mismo año fueron asesinadas 10 personas en Nicaragua, 4 en Guatemala": the list's
                # head has read this same phrase; its items share the year and what it was counted from
                return Value((head.get("period_start"), head.get("period_end")),
                             [e for e in head.evidence if e.field in ("period_start", "period_end")])
            if head is not None and head.sentence.start == self.sent.start and head.value_start > self.a.abs(p.end):
                # ("Un año antes habían sido 19, y en 2023, 18 asesinatos"): a head after the figure and its phrase is
                # no year the phrase counts from; the sentence before may be, and the figure may go on from it or from
                # the head
                return (f"says '{phrase}' before the figure its sentence goes on to ({head.get('value')}): which year "
                        "and which figure it counts from is not said")
            if head is not None and head.sentence.start == self.sent.start:
                # "18 killings in 2024, against 20 the previous year": counted from the list's head
                ref = Value((head.get("period_start"), head.get("period_end")),
                            [e for e in head.evidence if e.field in ("period_start", "period_end")])
            else:
                # "named the Philippines the world's deadliest country ... in 2018, recording at least 30
                # killings that year": the year its own sentence has just named
                # (or the year a running total the sentence has just named starts from: "Colombia has led the
                # count since 2022, with 60 killings that year")
                # (not the year a report came out: "El informe ... sobre 2025, publicado en septiembre de 2026,
                # registró 24 ... ese año")
                years = [q for q in self.a.periods if q.end <= p.start and q.kind in ("single", "bare", "open")
                         and not q.compared and q.y1_span is not None and not self._publication_year(q)]
                # ("At a campus forum last year, an organiser quoted Global Witness as saying that nearly twenty had
                # been killed the previous year"): a year counted from the text's date earlier in the sentence is the
                # one this counts from, not the scene's; with no date, neither is known
                dated = [q for q in self.a.periods if q.end <= p.start and q.kind == "relative" and q.relative is not None
                         and q.relative.basis == "published" and not any(q.end <= y.start for y in years)]
                if dated and self.src.published_year is None:
                    q = dated[-1]
                    return f"says '{phrase}' after '{self.text[q.start:q.end]}'{NO_DATE}"
                if dated:
                    q = dated[-1]
                    y0 = self.src.published_year + q.relative.offset  # type: ignore[operator, union-attr]
                    ref = Value((y0, y0), [self._ev("period_start", "published_date", q.start, q.end)])
                elif years:
                    q = years[-1]
                    ref = Value((q.y1, q.y1), [self._ev("period_start", "stated", *q.y1_span)])  # type: ignore[misc]
                else:
                    # ("The worst year on record is still 2020, with 227 killings. || That same year Mexico recorded 30
                    # killings", in a text about 2025: the year the figures of the sentence right before state, when
                    # they state one, not the scene a record year leaves as it was)
                    dated_before = {(c.get("period_start"), c.get("period_end")): c for c in self.d.last
                                    if isinstance(c, Count) and not c.compared and _year_stated(c)}
                    if len(dated_before) == 1:
                        c = next(iter(dated_before.values()))
                        if c.get("period_start") == c.get("period_end") and (
                                ref is None or ref.value != (c.get("period_start"), c.get("period_end"))):
                            ref = Value((c.get("period_start"), c.get("period_end")),
                                        [e for e in c.evidence if e.field in ("period_start", "period_end")])
            if ref is None or ref.value[0] != ref.value[1]:  # type: ignore[index]
                return f"says '{phrase}', but no single year before it to count from"
            if ref is self.d.looked_back:
                # ("... 146 cases in 2024 ... || Colombia again led, with 41 cases, though that is down from 48 a year
                # earlier": the figure it is counted from is of no year the text says)
                return (f"says '{phrase}', after figures of {ref.value[1]} that the text has gone on from to "  # type: ignore[index]
                        f"{max(self.d.latest_year, self.d.latest_stated_year)}: which year it counts from is not said")
            y = ref.value[0] + rel.offset  # type: ignore[index]
            ev = [self._ev(f, "relative", p.start, p.end) for f in ("period_start", "period_end")]
            ref_ev = [e for e in ref.evidence if e.field == "period_start" and e.start is not None]
            if not ref_ev:
                return f"says '{phrase}', but the year it counts from has no words in the text"
            if not re.fullmatch(r"\d{4}", self.src.text[ref_ev[0].start:ref_ev[0].end]) \
                    and ref_ev[0].basis != "published_date":  # type: ignore[misc]
                # ("the 26 it saw the previous year", where the year before came from a report's total
                # or another relative phrase: the year counted from is not written, so not checkable;
                # one counted from the published date is: "48 killings last year, down from 79 the year
                # before")
                return f"says '{phrase}', but the year it counts from is not written as a year"
            ev.append(Evidence("period_start", "reference", ref_ev[0].start, ref_ev[0].end))
            return Value((y, y), ev)
        if p.kind == "anaphoric":
            # "En los últimos diez años, el país se ha vuelto ... con 154 casos documentados en ese
            # periodo": the period the same sentence has just named
            named = [q for q in self.a.periods if q.end <= p.start and q.governs and not q.compared and (
                q.years_back is not None or q.kind == "open" or (q.kind == "closed" and q.y1 != q.y2))]
            got: Value | str
            # ("382 muertes en estos 11 años" after "Entre 2012 y 2022": the years it counts must be the
            # period's)
            counted = [m for m in find_numbers(phrase, self.lex) if m.whole and 0 < m.value < 100]
            if named:
                got = self._period_value(named[-1])
            else:
                ref = self.d.period if self.d.period is not None else self.d.span
                if counted and ref is not None and ref.value[0] == ref.value[1]:  # type: ignore[index]
                    # (a number of years names a span: the last span the text gave, not the last year)
                    ref = self.d.span
                # ("en 2015 se asesinó, en promedio, a un activista cada 48 horas. Durante ese periodo murieron
                # más de 185": the one year the sentence right before names, in a text that has given no span)
                spans_before = self.d.span is not None or any(
                    c.get("period_start") != c.get("period_end") for c in self.d.counts)
                one_year_before = ref is not None and not spans_before and not counted and any(
                    e.start is not None and e.start >= self.d.sentence_before_at >= 0 for e in ref.evidence)
                if ref is None or (ref.value[0] == ref.value[1] and not one_year_before):  # type: ignore[index]
                    return f"says '{phrase}', but the figures before it do not give a period of years"
                got = Value(ref.value, _as_context(ref.evidence, self.sent))
            if isinstance(got, Value) and counted:
                first, last = (int(str(y)) for y in got.value)  # type: ignore[attr-defined]
                if last - first + 1 != int(counted[0].value):
                    return (f"says '{phrase}', but the period before it, {first}-{last}, is "
                            f"{last - first + 1} years long")
            return got
        if p.kind == "open":
            # ("by the end of 2023 the worldwide total since 2012 had passed 2,100": the year the clause says the running
            # total reached it ends the period)
            cur = self._current
            by = [h for h in self.lex.by_year.finditer(self.text, 0, cur.start if cur is not None else p.start)
                  if not STRONG_RE.search(self.text, h.end, cur.start if cur is not None else p.start)]
            reached = re.search(r"(?:19|20)\d\d", self.text[by[-1].start:by[-1].end]) if by else None
            if reached is not None and p.y1 is not None and p.y1_span and p.y1 <= int(reached.group(0)):
                at = by[-1].start + reached.start()
                return Value((p.y1, int(reached.group(0))), [self._ev("period_start", "stated", *p.y1_span),
                                                             self._ev("period_end", "stated", at, at + 4)])
            _note_report_by_total(self.d)  # "146 ... in 2024, bringing the total since 2012 to 2,253"
            report = self.d.report_year or self.d.released or self._unlisted_report_by_figures()
            if report is None:
                return f"{OPEN_PERIOD} ('{phrase}'){NO_REPORT}"
            end = int(str(report.value))
            stale = _stale_for(str(self.src.meta.get("published") or ""), end)
            # (not the series' own total, "Since 2012, 2,253": its value says its years)
            cumulative = self._current is not None and vocab.is_cumulative_total(int(self._current.value), end)
            if stale and report.evidence[0].basis == "report_by_total" and not cumulative:
                # "since the start of 2015, 132 ... have died in Brazil", in a statement of 2017-11-15 that quotes
                # the report on 2016's total: months after that report, the period may run to the text's own day
                return f"{OPEN_PERIOD} ('{phrase}'): {stale}"
            if p.y1 is None or p.y1 > end:
                return f"the period '{phrase}' does not fit the report's last year ({end})"
            # (or by the year it came out, which is the year after its data: "El publicado en septiembre de 2025 hablaba
            # ya de más de 2,250 ... desde 2012", in a text that has quoted the report on 2023)
            other_report = next((q for q in self.a.periods if q.kind in ("single", "bare") and (
                (q.y1 not in (end, end + 1) and self._names_report(q))
                or (q.y1 != end + 1 and self._publication_year(q)))), None)
            if other_report is not None:
                # ("by its 2026 report, Global Witness had documented more than 2,400 ... since 2012", in a text whose
                # report, by the total it quotes, is the one on 2023): the sentence names another report
                return (f"{OPEN_PERIOD} ('{phrase}'): the sentence names a report by its year or the year it came out "
                        f"('{self.text[other_report.start:other_report.end]}'), not the one on {end} the text is otherwise about")
            cur = self._current
            series = vocab.report_period_of_cumulative(int(cur.value), vocab.top_code(vocab.dimensions()[0])) \
                if cur is not None else None
            if series is not None and cur is not None and series[0] == p.y1 and series[1] != end:
                # ("the report on 2023 data put killings since 2012 at 2,106", in a text about a newer report): the
                # value is an earlier report's whole-series total, which no later report's can equal; its years are
                # that report's
                return Value((p.y1, series[1]), [self._ev("period_start", "stated", *p.y1_span),  # type: ignore[misc]
                                                 self._ev("period_end", "report_by_total", cur.start, cur.end)])
            later = sorted({int(str(c.get("period_end"))) for c in self.d.counts
                            if not c.compared and int(str(c.get("period_end"))) > end})
            if later:
                # ("September 2024 - The report covering 2023 counts 18 killings ... September 2026 - For 2025, the figure
                # for Mexico rises to 22 ... The same report puts Mexico's total since 2012 at 244"): the text has gone on
                # to figures of a year the report it names does not cover, so which report's total this is is not said
                return (f"{OPEN_PERIOD} ('{phrase}'): the text has given figures of {later[-1]}, after the report on "
                        f"{end} it names, so which report's last year ends the period is not said")
            return Value((p.y1, end), [self._ev("period_start", "stated", *p.y1_span)]  # type: ignore[misc]
                         + [Evidence("period_end", e.basis, e.start, e.end, e.note) for e in report.evidence])
        report = self.d.report_year or self.d.released
        if p.years_back is not None and report is not None:
            end = int(str(report.value))
            start = end - p.years_back + 1
            if start == vocab.series_start():
                # "154 cases documented over the last ten years", in a text about the report on 2021:
                # the ten years up to the report's year, which are exactly Global Witness's series
                return Value((start, end), [self._ev("period_start", "last_years", p.start, p.end)]
                             + [Evidence("period_end", e.basis, e.start, e.end, e.note) for e in report.evidence])
            # "... between 2012 and 2023 to 2,106. ..., with Colombia at the top of the count with 461 murders
            # over the past decade": right after the series' span, the decade is that span (a decade only:
            # "the past five years" is not the series)
            span = (vocab.series_start(), end)
            before = [f for f in self.d.last if isinstance(f, Count)]
            if p.years_back == 10 and before and len(before) == len(self.d.last) and all(
                    (f.get("period_start"), f.get("period_end")) == span for f in before):
                ev = [e for e in before[-1].evidence if e.field in ("period_start", "period_end")]
                return Value(span, _as_context(ev, self.sent))
            # ("over the past decade" before the report on 2023: the writer may mean the series since
            # 2012, twelve years, or 2014-2023; the text does not say which)
            return (f"{OPEN_PERIOD} ('{phrase}'): the {p.years_back} years up to the report's year "
                    f"{end} start in {start}, not in {vocab.series_start()} where Global Witness's series starts, "
                    "and the text does not say which years it means")
        if p.years_back is not None:
            # "711 activists ... were murdered ... between 2002 and 2011. ... Brazil ..., with a total of 365
            # people killed over the past ten years": the one span of that many years the text has stated
            spans = {(c.get("period_start"), c.get("period_end")): c for c in self.d.counts
                     if any(e.field == "period_start" and e.basis in ("stated", "shared") for e in c.evidence)
                     and int(str(c.get("period_end"))) - int(str(c.get("period_start"))) + 1 == p.years_back}
            if len(spans) == 1:
                stated, c = next(iter(spans.items()))
                ev = [e for e in c.evidence if e.field in ("period_start", "period_end")]
                return Value(stated, _as_context(ev, self.sent))
        return f"{OPEN_PERIOD} ('{phrase}'){OPEN_YEARS_UNSTATED}"

    def _outcome(self, n: Number, L: int, R: int, noun: tuple) -> Value | str:
        a, text = self.a, self.text
        top = vocab.top_code(vocab.dimensions()[0])
        kind, s, e = noun[0], noun[1], noun[2]
        cl = max([m.end() for m in CLAUSE_RE.finditer(text, 0, n.start)] + [0])
        ce = self._clause_end(n, R)
        first_outcome = min([t.start for t in a.outcomes if n.end <= t.start < ce] + [ce])
        accused = next((h for h in self.lex.accused_predicates.finditer(text, n.end, first_outcome)
                        if len(text[n.end:h.start].split()) <= 5), None)
        if accused is not None:
            # "five men have been convicted and sentenced ... for the 2014 murder of four Indigenous
            # leaders": the figure's own predicate is a court's or a police's; it counts the accused
            return f"the figure's predicate is '{text[accused.start:accused.end]}': it counts people accused or convicted, not defenders killed"
        # ("A court ... sentenced two men to 30 years each for the 2024 killing of a river defender": the number is
        # the object of a court's or a police's verb)
        accusing = self.lex.accusing_verbs.ends_at(text, self._before_hedge(n), 30)
        if accusing is not None:
            return (f"the figure is the object of '{text[accusing.start:accusing.end]}': it counts people accused or "
                    "convicted, not defenders killed")
        clause_outcomes = [t for t in a.outcomes if n.end <= t.start < ce]
        # (or, when its clause names none after it, the outcomes named before it: "Para 2024, ya sumando las
        # desapariciones, fueron 19 en nuestro país" counts more than disappearances)
        said_before = [t for t in a.outcomes if t.end <= n.start] if not clause_outcomes else []
        if said_before and all(self._said_included(t, 0) for t in said_before):
            return (f"the only outcome named before it ('{text[said_before[0].start:said_before[0].end]}') is one it "
                    "is said to include: a part of what it counts, not all")
        if clause_outcomes and all(self._said_included(t, n.end) for t in clause_outcomes):
            # ("the new report's cumulative figure of 2,416 since 2012 includes disappearances from 2024 onward"): the
            # only outcome its clause names is one the figure includes, not all it counts
            return (f"the only outcome its clause names ('{text[clause_outcomes[0].start:clause_outcomes[0].end]}') is "
                    "one it is said to include: a part of what it counts, not all")
        protecting = self.lex.protecting_verbs.ends_at(text, self._before_hedge(n), 30)
        if protecting is not None:
            # ("the federal protection mechanism ... is currently guarding more than 2,000 people")
            return (f"the figure is the object of '{text[protecting.start:protecting.end]}': it counts people "
                    "protected, not defenders killed")
        attacker = next((h for h in self.lex.attacker_predicates.finditer(text, n.end, ce)
                         if len(text[n.end:h.start].split()) <= 5), None)
        if attacker is not None:
            # "three men burst in and shot her dead": the people counted did the killing
            return f"the figure's predicate is '{text[attacker.start:attacker.end]}': it counts the attackers, not defenders killed"
        harm = next(iter(self.lex.other_harms.finditer(text, cl, ce)), None)
        # ("116 casos de defensores ambientales amenazados": a generic noun, "cases", says no outcome)
        generic = self.lex.generic_outcome
        if harm is not None and not any(cl <= t.start < ce and text[t.start:t.end].lower() not in generic for t in a.outcomes) \
                and (kind != "outcome" or text[s:e].lower() in generic):
            # "... were executed ..., in an attack that drove 3,000 indigenous people from their homes":
            # the figure's own clause says what happened to them, and it is not a killing
            return f"the figure's clause has '{text[harm.start:harm.end]}'{OTHER_HARM}"
        bracket = text[:n.start].rstrip().endswith("(")
        if kind == "outcome" and noun[3] != top:
            own = next((t for t in a.outcomes if t.start == s and t.end == e), None)
            joined = self._with_coordinated([own], [t for t in a.outcomes if t.code != top]) if own is not None else []
            if len({t.code for t in joined}) > 1 and not any(
                    joined[0].start <= m.start < joined[-1].end for m in a.numbers):
                # "106 murders and disappearances", "asesinatos o desapariciones": one figure of the
                # outcome that holds them all (never "18 killings and one disappearance": two figures)
                out_dim = vocab.dimensions()[0]
                codes = {t.code for t in joined}
                code = vocab.narrowest_holding(out_dim, {str(c) for c in codes} | {str(noun[3])})
                return Value(code, [self._ev(out_dim, "stated", joined[0].start, joined[-1].end)])
            return Value(noun[3], [self._ev(vocab.dimensions()[0], "stated", s, e)])
        terms = [t for t in a.outcomes if L <= t.start < R and not (t.start < n.start and CLAUSE_RE.search(text[t.end:n.start]) and not bracket)]
        if bracket:
            before = [t for t in a.outcomes if t.end <= n.start]
            if before:
                terms = [before[-1]]
        # a word after the number counts only in its clause ("196 defensores, según el informe de casos")
        clause_end = self._clause_end(n, R)
        # (nor the outcome a report after it is said to have counted: "19 cases, and in the report on 2023, which
        # counted only killings, 18" names the 18's)
        terms = [t for t in terms if (t.start < n.start or t.start < clause_end)
                 and (not a.in_parens(t.start) or a.in_parens(n.start))
                 and not (t.start > n.end and self._report_scope(t))]
        specific = [t for t in terms if t.code != top]
        after = [t for t in terms if t.start >= n.end]
        chosen: Term | None = None
        if kind == "outcome" and noun[3] == top and not specific:
            chosen = Term(s, e, top)
        elif after:
            chosen = after[0]
        elif terms:
            chosen = terms[-1]
        if chosen is not None and chosen.code == top and text[chosen.start:chosen.end].lower() in self.lex.generic_outcome:
            # "26 casos de asesinato", "victims of lethal attacks": the generic noun's own complement
            # says what it counts
            # ("146 cases of killings and disappearances": the complement may name both outcomes)
            # ("185 cases of environmental activists murdered": up to three words between; four, "19 cases of land and
            # environmental defenders killed or disappeared")
            own = next((t for t in a.outcomes if t.start >= chosen.end and t is not chosen and re.fullmatch(
                rf"\s+{self.lex.rx_of}\s+(?:{self.lex.rx_article}\s+)?(?:[^\W\d_]+\s+){{0,4}}", text[chosen.end:t.start], re.I)), None)
            if own is not None:
                chosen = own
            # "196 victims who were killed in 2023", "196 víctimas que fueron asesinadas": a relative clause
            # right after the generic noun says what it counts
            gap = re.match(r"[\s,]*", text[chosen.end:]) if chosen is not None else None
            # (or of place: "207 cases in which activists were killed", "casos en los que fueron asesinados")
            rel = (self.lex.relative_pronouns.starts_at(text, chosen.end + gap.end(), 16)
                   or self.lex.case_relatives.starts_at(text, chosen.end + gap.end(), 16)) \
                if chosen is not None and gap is not None else None
            relative = [t for t in specific if rel is not None and rel.end <= t.start < clause_end
                        and len(text[rel.end:t.start].split()) <= 3]
            if rel is not None and relative and len({t.code for t in relative}) == 1:
                chosen = relative[0]
        if chosen is not None and chosen.code == top and specific \
                and text[chosen.start:chosen.end].lower() in self.lex.generic_outcome \
                and len({t.code for t in specific}) == 1 and all(t.end <= chosen.start for t in specific):
            # "los asesinatos sumaron 12 víctimas mortales": the victims are of the outcome the
            # clause names before them
            t = specific[-1]
            return Value(t.code, [self._ev(vocab.dimensions()[0], "stated", t.start, t.end)])
        if chosen is not None and chosen.code == top and text[chosen.start:chosen.end].lower() in self.lex.generic_outcome:
            # "Thirteen of India's victims were shot dead by police": the generic noun's own predicate,
            # right after it, says what happened to them
            # (an adjective may stand between: "Las otras quince víctimas mexicanas fueron asesinadas")
            adj = re.match(r"\s+[^\W\d_]+(?=\s)", text[chosen.end:])
            pred = self.lex.predicate_verbs.starts_at(text, chosen.end, 16) or (
                self.lex.predicate_verbs.starts_at(text, chosen.end + adj.end(), 16) if adj is not None
                and self.lex.predicate_verbs.starts_at(text, chosen.end, 16) is None
                and not any(t.start == chosen.end + adj.start() + 1 for t in a.outcomes) else None)
            then = [t for t in specific if pred is not None and t.start >= pred.end and len(text[pred.end:t.start].split()) <= 2]
            if then and len({t.code for t in then}) == 1:
                t = then[0]
                return Value(t.code, [self._ev(vocab.dimensions()[0], "stated", t.start, t.end)])
        if chosen is not None and chosen.code == top and not specific \
                and text[chosen.start:chosen.end].lower() in self.lex.generic_outcome:
            # "60 casos", "177 victims", "entre las víctimas, 16 personas": what the cases are, the
            # sentence or those before say
            # (not the noun of another figure of the sentence, "con 48 casos, lejos de los 79 asesinatos de 2023":
            # the 79 are killings; what the 48 cases are, the scene says)
            # (a figure compared with, or one a change starts from: a figure of the list says what its items count)
            # ("México, con 18 casos, queda igual que en 2023, cuando hubo 18 asesinatos": a "when" clause after a
            # year gives that year's figure)
            # (or one told in a tense that looks back: "Honduras, que en 2023 había registrado 18 asesinatos, bajó a 5
            # casos el año pasado")
            of_total = self._outcome_of_total_after(chosen)
            if of_total is not None:
                # ("Colombia encabezó ... el listado mundial con 42 casos, de un total de 158 defensores asesinados o
                # desaparecidos"): cases of a total that names its outcome are of that outcome
                return of_total
            looked_back = [h.end for h in self.lex.earlier_tense.finditer(text)]
            # (nor, in a later clause, any other figure's own noun: "it had recorded 146 cases, including four
            # disappearances", "146 casos, y queda lejos del máximo ..., cuando documentó 227 asesinatos")
            others = [m.end for m in a.candidates if m.start != n.start and (
                self._starts_change(m) or self._comparisons(self._clause_lo(m.start, a.windows[m.start][0]), m.start)
                or self._when_year(m) is not None
                or any(e <= m.start and len(text[e:m.start].split()) <= 3 and not CLAUSE_RE.search(text, e, m.start)
                       for e in looked_back)
                or (m.start > n.end and CLAUSE_RE.search(text, n.end, m.start)))]
            # (nor one in a later clause that a contrast opens: "The toll was down from 31 in 2022, but the report
            # warns that the drop hides a shift toward disappearances" says nothing of what the 31 were)
            contrast = min([h.start for h in self.lex.contrast_links.finditer(text, n.end, len(text))
                            if CLAUSE_RE.search(text, n.end, h.start + 1)] + [len(text)])
            # (nor a word after another number between them: the nearer number's, "had seven cases in the 2024 data;
            # its figure of nine for last year includes two people who disappeared", "México, con 23 casos en 2025 —21
            # de ellos asesinatos—", "19 casos, 18 de ellos asesinatos y uno de desaparición")
            # (a rate's too: "2.416 casos, lo que equivale a casi un defensor asesinado cada dos días")
            between = [m for m in a.numbers if m.kind in ("cardinal", "rate") and m.start >= n.end
                       and (m.kind == "rate" or (self._noun_after(m, len(text)) or ("",))[0] not in ("other_things",))]
            # (nor one in a "when" clause set off before the number, with no number of its own: "In 2024, when Global
            # Witness began including disappearances, Colombia had 48 cases" says when, not what the 48 cases are)
            whens = [(h.start, stop.start() if (stop := CLAUSE_RE.search(text, h.end)) else len(text))
                     for h in self.lex.when_words.finditer(text)]
            whens = [(lo, hi) for lo, hi in whens if hi <= n.start and re.search(r"(?:^|[,;—–(])\s*$", text[:lo])
                     and not any(lo <= m.start < hi for m in a.numbers if m.kind == "cardinal")]
            # (not a figure compared with another or a change's end, which share their measure: "con 79 asesinatos ...,
            # una cifra que no solo supera los 60 casos", "cuatro homicidios ..., pero un año después la cifra subió
            # hasta al menos 20 casos")
            own_generic = kind == "outcome" and 0 <= s - n.end <= 2 and (s, e) == (chosen.start, chosen.end) \
                and not self._compared_in_clause(n, L) \
                and not any(h.end <= n.start for h in a.markers["anaphora"]) \
                and not any(m.end <= n.start and self._starts_change(m) for m in a.candidates) \
                and not self.lex.from_words.finditer(text, 0, n.start) and self._when_year(n) is None \
                and not a.in_parens(n.start)
            # (only when every outcome word of the earlier clauses is another number's own, right after it: "con más
            # homicidios, con 48 casos" names what the cases are)
            # (or joined to it by "and": "18 killings in 2023 and 19 cases in 2024")
            def apart(t: Term) -> bool:
                return CLAUSE_RE.search(text, t.end, n.start) is not None \
                    or re.search(rf"\b(?:{self.lex.rx_and})\b", text[t.end:n.start], re.I) is not None
            earlier = [t for t in a.outcomes if t.code != top and t.end <= n.start and apart(t)]
            others_nouns = bool(earlier) and all(any(m.start != n.start and m.end <= t.start and not text[m.end:t.start].strip()
                                                     for m in a.candidates) for t in earlier)
            # (nor the own outcome of a part another number states, a few words after it: "Of those, 151 were killed
            # and seven were never seen again, up from 146 cases in 2024")
            parts = [m for m in a.candidates if m.start != n.start and (
                a.marker_before("partitive_of", m.start, 24, r"\s*(?:[^\W\d_]+\s*)?,?\s*") is not None
                or a.marker_after("partitive_pronoun", m.end, r"\s+") is not None)]
            owned = {(o.start, o.end) for m in parts if (o := self._outcome_named_after(m)) is not None}

            def names_it(t: Term) -> bool:
                return t.start < contrast and not (t.start > n.end and self._report_scope(t)) \
                    and (t.start, t.end) not in owned \
                    and not any(0 <= t.start - e and not text[e:t.start].strip() for e in others) \
                    and not any(m.end <= t.start for m in between) \
                    and not any(lo <= t.start < hi for lo, hi in whens) \
                    and not (own_generic and t.end <= n.start and apart(t) and others_nouns)
            # ("It recorded 64 killings in 2019, 65 in 2020 and 79 in 2023, and last year it was again the
            # deadliest country, with 52 cases": a number with a generic noun of its own, right after it, is
            # not named by an outcome word of an earlier clause, another figure's; what they are, the scene says)
            said = {t.code: t for t in a.outcomes if t.code != top and names_it(t)}
            both = [t for t in a.outcomes if t.code == top and text[t.start:t.end].lower() not in generic
                    and t.end <= n.start and names_it(t) and not any(t.end <= m.start < n.start for m in a.candidates)]
            if not said and both:
                # ("Colombia siguió siendo el país con más personas defensoras asesinadas o desaparecidas en 2025, con
                # 41 casos", after a quoted claim of 41 "asesinados"): the sentence's own words, with no other number
                # between, name both outcomes; the scene's outcome, from another sentence, does not say what these
                # cases are
                t = both[-1]
                return Value(top, [self._ev(vocab.dimensions()[0], "stated", t.start, t.end)])
            if len(said) == 1:
                t = next(iter(said.values()))
                whole_of = any(m.start != n.start and (po := a.marker_after("partitive_of", m.end, r"\s+")) is not None
                               and not text[po.end:t.start].strip() for m in a.candidates)
                out_dim = vocab.dimensions()[0]
                if whole_of and any(c.get(out_dim) != t.code and vocab.contains(out_dim, str(c.get(out_dim)), t.code)
                                    for c in self.d.counts if not c.compared):
                    # ("163 ... killed or disappeared in 2025 ... || Hitmen were behind at least 41 of the killings, and
                    # organised crime groups were linked to 36 cases": the killings are the whole another figure is
                    # a part of; whether the cases are of that whole or of all the text counted is not said)
                    return (f"counts '{text[chosen.start:chosen.end]}', and the only outcome its sentence names is the "
                            f"whole another figure is a part of ('{text[t.start:t.end]}'), narrower than the text's total")
                return Value(t.code, [self._ev(vocab.dimensions()[0], "stated", t.start, t.end)])
            # the context's outcome, when the sentence goes on from it or every figure so far
            # has had that outcome ("Filipinas se suma a la lista con 48 casos")
            followed = self._followed_partial()
            if followed is not None:
                # "... killed or disappeared across Africa since 2012. ... Other countries affected
                # include Kenya with six cases": the cases of the figure the sentence goes on from
                out_dim = vocab.dimensions()[0]
                return Value(followed.get(out_dim), _as_context([e for e in followed.evidence if e.field == out_dim], self.sent))
            seen = {c.get(vocab.dimensions()[0]) for c in self.d.counts}
            context = self.d.outcome if self._continues(n) or len(seen) <= 1 else None
            of_context = [c for c in self.d.counts if context is not None and c.get(vocab.dimensions()[0]) == context.value]
            if of_context and all(c.get("value") == 1 for c in of_context):
                # ("Chile aparece ... con un defensor indígena asesinado en 2025 ... Perú y Argentina registraron seis y
                # dos casos"): what happened to one person does not say what the text's cases are
                context = None
            own_places = {p.code for p in self._own_places(n, L, R) if p.kind == "country"}
            said_at = [e.start for e in context.evidence if e.start is not None] if context is not None else []
            if of_context and own_places and not self._continues(n) \
                    and any(c.sentence.start <= said_at[0] < c.sentence.end for c in of_context if said_at) \
                    and not any(c.get("country") in own_places | {vocab.world()}
                                or vocab.report_outcome(int(str(c.get("period_end")))) == c.get(vocab.dimensions()[0])
                                for c in of_context):
                # ("dos defensores de la tierra fueron asesinados en el país [Paraguay] ... || En el vecino Brasil los
                # casos fueron 15"): the outcome another country's figures were said with, with no worldwide one, does
                # not say what this one's cases are (a heading's does: "Mapa de asesinatos por país en 2024:"; so does
                # what the report on their year counts: "Columbia, with 64 cases", after the Philippines' killings of
                # 2019, a year counted in killings)
                context = None
            if context is not None and not self._continues(n) and (self.d.outcomes_said - {context.value}) \
                    and len(seen) <= 1:
                # ("... con veinticuatro asesinadas o desaparecidas [in review] ... En todo el mundo se documentaron
                # seis desapariciones ese año. Un año antes, Global Witness había registrado 19 casos en México"): every
                # figure read so far has the scene's outcome only because the others were not read; the text has
                # named other outcomes for its figures, so what the cases are is not sure
                context = None
            if context is not None and not self._continues(n) and seen and context.value not in seen:
                # ("... 158 people were killed or disappeared ... Colombia, with fifty-two cases. || ... Mexico, where
                # twenty-three [in review] were targeted - twenty-one of them killed, and two who simply vanished. ||
                # Guatemala recorded fifteen cases"): the scene's outcome was last set by words whose figures were
                # not read, and every figure read so far has another: what the cases are is not sure
                context = None
            # (the figure's own year, when it has one, counted from the text's date too: "It recorded 64 killings in 2019,
            # 65 in 2020 and 79 in 2023, and last year it was again the deadliest country, with 52 cases": a sentence
            # that goes on about the one before, whose own generic noun and own year say which of its figures it is)
            own_years = self._own_periods(n, L, R)
            mine = self._period_value(self._nearest_period(n, own_years)) if own_years else None
            headline = vocab.vocabulary()["reports"]["world_total_outcomes"]
            if context is not None and context.value not in headline and isinstance(mine, Value) \
                    and mine.value[0] != mine.value[1] and not any(  # type: ignore[index]
                        (c.get("period_start"), c.get("period_end")) == tuple(mine.value)  # type: ignore[arg-type]
                        for c in self.d.counts if c.get(vocab.dimensions()[0]) == context.value):
                # ("4 defenders ... recorded as disappeared in Mexico in 2025 ... Disappearance is a weapon ... Between
                # 2012 and 2024, Global Witness had already documented 222 cases"): the cases of a span of years are not
                # said to be of an outcome Global Witness gives no totals for, which the text gave a single year's figure
                context = None
            if context is not None and (not self._continues(n) or (own_generic and isinstance(mine, Value))):
                # ("In 2021, 54 defenders were killed in Mexico ... It recorded 60 killings in 2022 ... || In 2024, ...
                # Colombia had 48 cases"): the outcome the text gave for figures of earlier years is not said of a
                # later year's cases (what Global Witness counts has changed over the years)
                # (not a part of a total of that year, "163 ... killed or disappeared in 2025 ... 155 were killed")
                years_of = [int(str(c.get("period_end"))) for c in self.d.counts
                            if c.get(vocab.dimensions()[0]) == context.value and not c.compared and not self._breaks_down(c)]
                stated_years = [q.y2 for q in a.periods if q.governs and not q.compared and q.y2 is not None
                                and q.kind in ("single", "bare", "closed") and q.y1 == q.y2]
                if isinstance(mine, Value):
                    # (a span of years that ends after them too: "Entre 2012 y 2025 el país acumula 245 casos", after
                    # killings of 2019 to 2023)
                    stated_years = [int(str(mine.value[1]))]  # type: ignore[index]
                if years_of and stated_years and min(stated_years) > max(years_of):
                    context = None
            for alt in (self._shared(vocab.dimensions()[0]), self._lead_value(vocab.dimensions()[0]), context):
                if alt is not None and alt.value != top:
                    return Value(alt.value, _as_context(alt.evidence, self.sent))
        if chosen is not None:
            joined = self._with_coordinated([chosen], a.outcomes)
            codes = {t.code for t in joined}
            if len(codes) > 1:
                # "asesinadas o desaparecieron": one group, of the outcome that holds them all
                out_dim = vocab.dimensions()[0]
                code = vocab.narrowest_holding(out_dim, {str(c) for c in codes} | {str(chosen.code)})
                return Value(code, [self._ev(out_dim, "stated", joined[0].start, joined[-1].end)])
            return Value(chosen.code, [self._ev(vocab.dimensions()[0], "stated", chosen.start, chosen.end)])
        shared = self._shared(vocab.dimensions()[0])
        if shared is not None:
            return shared
        lead = self._lead_value(vocab.dimensions()[0])
        if lead is not None:
            return lead
        if (self.lex.deadly_rankings.finditer(text, s, e) or self.lex.deadly_rankings.finditer(text, 0, min(s, n.start))) \
                and self.d.outcome is not None:
            # "the Philippines was the deadliest with 67", after "Killings of defenders rose in 2013";
            # "los países más peligrosos para los activistas fueron Filipinas (48)", after "57 homicidios"
            return Value(self.d.outcome.value, _as_context(self.d.outcome.evidence, self.sent))
        if self.d.outcome is not None and any(
                h.end <= n.start and len(text[h.end:n.start].split()) <= 4 and not CLAUSE_RE.search(text, h.end, n.start)
                for h in self.a.markers["anaphora"]):
            # "The yearly number of environmental activists killed has been climbing ... In 2015, the
            # number jumped to 185 activists": "the number" is the one the text has been giving
            return Value(self.d.outcome.value, _as_context(self.d.outcome.evidence, self.sent))
        if self.d.outcome is not None and self.lex.followers.starts_at(text, 0, 30) is not None \
                and any(isinstance(f, Count) for f in self.d.last):
            # "... 30 environmental defenders were killed last year in the Philippines. Next come 24 people in
            # Columbia, 23 people in India": a sentence that opens by following the list before counts what it did
            return Value(self.d.outcome.value, _as_context(self.d.outcome.evidence, self.sent))
        after_relative = self._outcome_after_relative(n, e)
        if after_relative is not None:
            return after_relative
        return "the sentence does not say that these people were killed or disappeared"

    def _bare_group_item(self, n: Number) -> bool:
        """The number's part of the sentence, between semicolons, is only the number and group words ("; 12
        Indigenous;", "; 4 women."), after a part of the sentence before it."""
        text = self.text
        lo = text.rfind(";", 0, n.start)
        if lo < 0 or text[lo + 1:n.start].strip():
            return False
        stop = re.search(r"[;.]", text[n.end:])
        hi = n.end + stop.start() if stop is not None else len(text)
        rest = text[n.end:hi]
        terms = sorted((t for ts in self.a.subgroups.values() for t in ts if n.end <= t.start < hi), key=lambda t: t.start)
        if not terms:
            return False
        covered = re.sub(r"\s+", "", "".join(text[t.start:t.end] for t in terms))
        return re.sub(r"\s+", "", rest) == covered

    def _names_earlier_report(self) -> bool:
        """The sentence names a report as an earlier one than the text's ("last year's edition", "its previous
        report", "el informe anterior"): a word of earlier reports within two words of a report noun."""
        text = self.text
        for r in self.lex.report_nouns.finditer(text):
            for h in self.lex.earlier_report.finditer(text, max(0, r.start - 30), min(len(text), r.end + 30)):
                between = text[h.end:r.start] if h.end <= r.start else text[r.end:h.start]
                if len(between.split()) <= 2 and not re.search(r"[,;:.()]", between):
                    return True
        return False

    def _said_included(self, t: Term, after: int) -> bool:
        """An outcome word right after a verb of inclusion, after `after` ("includes disappearances"), with no number
        between: a part of what a figure counts."""
        return any(re.fullmatch(r"\s*(?:[^\W\d_]+\s+){0,2}", self.text[h.end:t.start])
                   for h in self.lex.inclusion_verbs.finditer(self.text, after, t.start))

    def _outcome_after_relative(self, n: Number, noun_end: int) -> Value | None:
        """"54 personas que defendían su ambiente, sus recursos naturales o su tierra fueron asesinadas",
        "54 people who defended their environment, natural resources or land were murdered": a relative
        clause right after the counted noun, whose list's commas end no clause, then the predicate's
        outcome, with no other number, no other noun of people and no stronger stop between."""
        text = self.text
        gap = re.match(r"\s*,?\s*", text[noun_end:])
        rel = self.lex.relative_pronouns.starts_at(text, noun_end + (gap.end() if gap else 0), 12)
        if rel is None:
            return None
        t = next((t for t in self.a.outcomes if t.start >= rel.end), None)
        if t is None or t.code == vocab.top_code(vocab.dimensions()[0]) or len(text[rel.end:t.start].split()) > 14 \
                or re.search(r"[;:.()—–]", text[rel.end:t.start]) \
                or any(rel.end <= m.start < t.start for m in self.a.numbers) \
                or any(rel.end <= h.start < t.start and h.payload[0] in ("defenders", "weak_defenders", "other_people")  # type: ignore[index]
                       for h in self.a.nouns):
            return None
        return Value(t.code, [self._ev(vocab.dimensions()[0], "stated", t.start, t.end)])

    def _subgroup(self, d: str, n: Number, L: int, R: int) -> Value | str:
        a, text = self.a, self.text
        top = vocab.top_code(d)
        right_end = self._clause_end(n, R)
        # (an aside the clause runs over says nothing of the figure's group: "116 defensores —en su
        # mayoría indígenas— en 17 países")
        # (nor do words far into a long clause: "48 asesinatos o desapariciones en medio de una pugna
        # ... que se disputan ... actividades extractivas como la minería ilegal")
        near = [m.start() for m in re.finditer(r"\S+", text[n.end:])][15:16]
        right_end = min(right_end, n.end + near[0]) if near else right_end
        # (nor a group after a ranking that follows the figure: "con 20 crímenes es el cuarto país con más
        # violencia contra los activistas indígenas" ranks the country; the 20 are not the Indigenous)
        sups = [h.start for h in self.lex.group_superlatives.finditer(text, n.end, right_end)]
        # (nor one that opens the subject of a clause a conjunction starts after the figure: "24 Mexican cases in 2025 as
        # mining-linked attacks draw investor scrutiny", "158 killed or vanished last year as mining pressure grows")
        conjunctions = [h.end for h in a.markers["subordinators"] if n.end <= h.start
                        and not self.lex.relative_pronouns.starts_at(text, h.start, 8)
                        and not self.lex.possessive_relatives.starts_at(text, h.start, 8)
                        and not self.lex.case_relatives.starts_at(text, h.start, 16)]
        terms = [t for t in a.subgroups[d] if n.end <= t.start < right_end
                 and (not a.in_parens(t.start) or a.in_parens(n.start))
                 and not any(x < t.start for x in sups)
                 and not any(e <= t.start and re.fullmatch(rf"\s+(?:(?:{self.lex.rx_article})\s+)?", text[e:t.start], re.I)
                             for e in conjunctions)]
        # (the bracket the number opens, "mining (42 deaths)", "proyectos mineros (en 42 casos)": a
        # group right before it labels it)
        opened = re.search(r"\(\s*(?:[^\W\d_]{1,4}\s+)?$", text[:n.start])
        own_bracket = opened.start() if opened is not None else n.start
        # (nor one before a contrast that opens the number's clause: "10 were attributed to organised crime groups,
        # while nine were linked to opposition to mining projects")
        # (nor one a part before the whole names: "once hermanas y hermanos indígenas se encuentran entre las 24 personas
        # defensoras asesinadas": the 11 are Indigenous, not the 24)
        # (a possessive may stand between: "one in four of the country's 24 cases")
        of = a.marker_before("partitive_of", n.start, 12, r"\s*") or a.marker_before(
            "partitive_of", n.start, 40, r"\s*[^\W\d_][\w-]*['’]s\s+")
        part_before = of is not None and any(m.end <= of.start and m.start != n.start for m in a.candidates)
        # (nor one another figure stands after, between it and the number, that is read apart: "señala al crimen
        # organizado, vinculado a 23 casos, y apunta a la minería ... como el sector más letal, con 29 víctimas")
        between_figures = [m.start for m in a.candidates if m.end <= n.start and m.start != n.start
                           and re.match(r"\s+[^\W\d_]+\s*,", text[m.end:]) is not None]
        terms += [t for t in a.subgroups[d] if L <= t.start and t.end <= n.start
                  and not any(t.end <= x for x in between_figures)
                  and not CLAUSE_RE.search(text[t.end:own_bracket]) and not self._in_relative_aside(t.start, t.end, n)
                  and not self.lex.contrast_links.finditer(text, t.end, n.start)
                  and not (part_before and of is not None and t.end <= of.start)]
        # ("227 environmental activists and indigenous leaders were killed": a group joined to the
        # defenders noun by "and" adds people to the count; it does not restrict it)
        joined = [h.end for h in a.nouns if h.payload[0] == "defenders"]  # type: ignore[index]
        terms = [t for t in terms if not any(
            e <= t.start and re.fullmatch(rf"\s+(?:{self.lex.rx_and}|{self.lex.rx_or})\s+", text[e:t.start], re.I)
            for e in joined)]
        if not terms:
            # ("Indigenous victims: 11 in Mexico last year"): the line's label says which group its figures count
            terms = self._line_label_groups(n).get(d, [])
        each = [h for h in a.markers["each"] if n.end <= h.start < R and h.payload == "category"]
        if each and not terms:
            terms = [t for t in a.subgroups[d] if t.end <= n.start]
        terms = self._with_coordinated(terms, a.subgroups[d])
        codes = {t.code for t in terms}
        examples = [h for h in self.lex.example_markers.finditer(text, L, right_end) if h.end <= min(t.start for t in terms)
                    and not re.search(r"[;:()—–]", text[h.end:min(t.start for t in terms)])
                    and len(text[h.end:min(t.start for t in terms)].split()) <= 2] if terms else []
        if terms and self._said_of_most(min(t.start for t in terms), L):
            # "In Mexico, conflicts mostly over land and mining left 54 people dead": the groups of most of them
            return Value(top, [Evidence(d, "unrestricted")])
        if len(codes) > 1 and examples and not any(examples[-1].end <= m.start < max(t.end for t in terms)
                                                   for m in a.candidates):
            # "201 people were killed for protecting their land from industries such as mining and
            # logging": several groups given as examples describe the figure; they do not restrict it
            return Value(top, [Evidence(d, "unrestricted")])
        if len(codes) > 1:
            words = ", ".join(text[t.start:t.end] for t in terms)
            return f"names more than one {d} group ({words}) for one figure"
        if terms:
            t = sorted(terms, key=lambda t: abs(t.start - n.start))[0]
            enum = re.search(rf"(?:[\w-]+,\s+)+[\w-]+,?\s+{self.lex.rx_and}\s+$", text[:t.start], re.I)
            if enum is not None and not CLAUSE_RE.search(text, t.end, n.start):
                # "Big agri, logging, oil, gas and mining industries murdered 212": the last group of a
                # list the vocabulary cannot all code
                return f"names a list of {d} groups ({text[enum.start():t.end]}) for one figure"
            return Value(t.code, [self._ev(d, "stated", t.start, t.end)])
        ranked = self._ranked_group(d, n) or self._item_label(d, n)
        if ranked is not None:
            return ranked
        # a group named before the list holds for its items ("Women made up 10% of the defenders
        # murdered (13) or disappeared (one)"); one named in a later item does not: "46 casos,
        # seguido de los vinculados a la minería, 40" says nothing of the 46's sector
        first = min([m.start for m in self._siblings()] + [n.start])
        shared = self._shared(d, before=first)
        # (not a group set apart: "Además de la minería, ... la agroindustria (21)")
        apart = shared is not None and any(e.start is not None and (
            self._set_apart(e.start - self.sent.start)
            or any(e.start - self.sent.start < x for x in between_figures)) for e in shared.evidence)
        if shared is not None and shared.value != top and not apart:
            return shared
        return Value(top, [Evidence(d, "unrestricted")])

    def _each_groups(self, d: str, n: Number, L: int) -> list[Term]:
        """The groups of `d` coordinated right before "each" in the number's clause ("logging and
        poaching each led to 23 people being killed", "la tala y la caza furtiva, con 23 cada una"
        reads "each" after the number): every group named, when "each" follows the last of them."""
        a, text = self.a, self.text
        lo = self._clause_lo(n.start, L)
        each = [h for h in a.markers["each"] if lo <= h.start < n.start and h.payload != "category"]
        if not each:
            return []
        terms = self._with_coordinated([t for t in a.subgroups[d] if lo <= t.start and t.end <= each[-1].start],
                                       a.subgroups[d])
        if len({t.code for t in terms}) < 2 or CLAUSE_RE.search(text, terms[-1].end, n.start) \
                or len(text[terms[-1].end:each[-1].start].split()) > 1:
            return []
        return terms

    def _ranks_a_group(self, n: Number) -> bool:
        """Whether the clause before the number ranks one group of some dimension ("Mining was the
        deadliest sector, with 43")."""
        for d in vocab.dimensions()[1:]:
            ranked = self._ranked_group(d, n)
            if isinstance(ranked, Value) and ranked.value != vocab.top_code(d):
                return True
        return False

    def _ranked_group(self, d: str, n: Number) -> Value | str | None:
        """"Mining was the deadliest sector, with 50 defenders killed": the group the clause before
        ranks, when the number is joined to it by "with" and that clause names one group only."""
        a, text = self.a, self.text
        link = self.lex.ranked_links.ends_at(text, self._before_hedge(n, 40), 30)
        colon = text[:self._before_hedge(n, 40)].rstrip()
        if link is None and self._dash_aside(n):
            comma = text[:n.start].rstrip()[:-1]  # "Logging was linked to the highest number of killings – 23 –"
        elif link is None and colon.endswith(":"):
            comma = colon[:-1]  # "mining was the sector most often linked to the attacks: 29 cases worldwide"
        elif link is None or not text[:link.start].rstrip().endswith((",", "(")):
            return None  # (or a bracket: "Mining was the industry most tied to the killings (accounting for 42 deaths)")
        else:
            comma = text[:link.start].rstrip()[:-1]
        start = max((m.end() for m in CLAUSE_RE.finditer(comma)), default=0)
        sup = self.lex.group_superlatives.finditer(text, start, len(comma))
        if any(start <= m.start < len(comma) for m in a.candidates) or not sup:
            return None  # (a year in the clause is no figure: "the most killings in 2021, at 27")
        # the ranked group is the clause's subject, named before the superlative ("Mining was the
        # deadliest"), not a group after it ("the most dangerous place for indigenous communities")
        # (nor the group it is compared with: "Agribusiness has overtaken mining as the most dangerous
        # sector, with 46 killings")
        terms = self._with_coordinated([t for t in a.subgroups[d] if start <= t.start and t.end <= sup[0].start
                                        and self.lex.comparison_frame.ends_at(text, t.start, 24) is None],
                                       a.subgroups[d])
        if len({t.code for t in terms}) > 1:
            # "Agribusiness has overtaken mining as the most dangerous sector, accounting for 46"
            return f"names more than one {d} group ({', '.join(text[t.start:t.end] for t in terms)}) for one figure"
        if not terms:
            return None
        return Value(terms[0].code, [self._ev(d, "stated", terms[0].start, terms[0].end)])

    def _item_label(self, d: str, n: Number) -> Value | None:
        """"la minería, con 42 casos; la agroindustria, con 20 muertes; la tala, 15 muertos": a list
        item whose label, before the comma, is one group and nothing else but an article."""
        a, text = self.a, self.text
        before = text[:self._before_hedge(n, 40)]
        m = re.search(rf",\s*(?:(?:{self.lex.rx_with})\s+)?$", before, re.I)
        # (a label that opens with a topic marker may be followed by a short predicate: "En el caso de
        # la minería, se registraron 50 asesinatos")
        topic = re.search(r",((?:\s+[^\W\d_]+){1,3})\s*$", before)
        if m is None and topic is None:
            return None
        end = m.start() if m is not None else topic.start()  # type: ignore[union-attr]
        start = max((c.end() for c in CLAUSE_RE.finditer(text, 0, end)), default=0)
        opens = re.match(rf"\s*(?:{self.lex.rx_topic})\b", text[start:end], re.I)
        if m is None and opens is None:
            return None
        if opens is not None:
            start += opens.end()  # ("En el caso de": the marker's own words are no outcome)
        terms = [t for t in a.subgroups[d] if start <= t.start and t.end <= end]
        if len(terms) != 1 or any(start <= p.start < end for p in a.places) or \
                any(start <= t.start < end for t in a.outcomes) or any(start <= x.start < end for x in a.numbers):
            return None
        t = terms[0]
        # (a label may open with a topic marker: "For mining, 16 killings were recorded")
        head = text[start:t.start]
        rest = (head + " " + text[t.end:end]).split()
        # (only an article or "and": "y los proyectos hidroeléctricos")
        if len(rest) > 3 or any(re.fullmatch(rf"(?:{self.lex.rx_article}|{self.lex.rx_and})", w, re.I) is None
                                for w in rest):
            return None
        return Value(t.code, [self._ev(d, "stated", t.start, t.end)])

    def _generic_outcome(self, c: Count) -> bool:
        """Whether a count's outcome is read from a generic noun ("casos", "cases", "victims")."""
        words = [self.src.text[e.start:e.end].lower() for e in c.evidence
                 if e.field == vocab.dimensions()[0] and e.start is not None and e.end is not None]
        return bool(words) and all(w in self.lex.generic_outcome for w in words)

    def _cause_group(self, d: str, n: Number) -> Value | None:
        """The one group of `d` that the people a figure counts were killed for opposing: "Por
        enfrentarse a ... la industria minera, 43 personas ... fueron asesinadas", "43 people were
        murdered after standing up to mining interests". The cause's phrase runs to the next clause
        mark; it is the figure's when it opens the sentence right before the figure's clause, or
        follows the figure in its clause."""
        a, text = self.a, self.text
        for h in self.lex.cause_links.finditer(text):
            stop = CLAUSE_RE.search(text, h.end)
            end = stop.start() if stop is not None else len(text)
            fronted = not text[:h.start].strip() and end <= n.start and not text[end:n.start].strip(" ,") \
                and not any(end <= m.start < n.start for m in a.candidates)
            after = n.end <= h.start and not CLAUSE_RE.search(text, n.end, h.start) \
                and not any(n.end <= m.start < h.start for m in a.candidates)
            if not (fronted or after):
                continue
            terms = self._with_coordinated([t for t in a.subgroups[d] if h.end <= t.start and t.end <= end], a.subgroups[d])
            if len({t.code for t in terms}) == 1:
                t = terms[0]
                return Value(t.code, [self._ev(d, "stated", t.start, t.end)])
        return None

    def _stray_group(self, n: Number, values: dict) -> str | None:
        """"Mining was the sector linked to the most killings: 27": the clause before the number
        names a group its figure is not given for, and nothing says the figure is of everyone."""
        a, text = self.a, self.text
        lo = self._clause_start(n.start)
        others = [m for m in a.candidates if m.start != n.start]
        # a group after a superlative is the ranking's field ("the most dangerous place for activists
        # and indigenous communities, with 30 murders"), not the figure's
        sup = self.lex.group_superlatives.finditer(text, lo, n.start)
        lo_groups = sup[0].start if sup else n.start
        for d in vocab.dimensions()[1:]:
            if values[d] != vocab.top_code(d):
                continue
            # ("the number of women and men killed last year rose to 207": every group of the dimension named
            # together is the whole, no restriction)
            named = {t.code for t in a.subgroups[d] if lo <= t.start < min(n.start, lo_groups)}
            if named and named == set(vocab.children(d, vocab.top_code(d))):
                continue
            for t in a.subgroups[d]:
                if a.in_parens(t.start) and not a.in_parens(n.start):
                    continue  # ("Brazil — notorious for the logging of its rainforest — had only 20": an aside)
                if self._in_source_aside(t.start):
                    continue  # ("Global Witness, which investigates abuses across the oil, gas, mining and timber sectors,")
                if self._said_of_most(t.start, lo):
                    continue  # ("conflicts mostly over land and mining left 54 people dead": the groups of most of them)
                if lo <= t.start < min(n.start, lo_groups) and not any(t.start <= m.start < n.start or m.start < t.start < m.end + 40
                                                       for m in others):
                    return (f"the sentence names {text[t.start:t.end]} before the figure, which is not given for "
                            f"that group: whose figure it is, is unclear")
        return None

    def _joined_noun_after(self, n: Number) -> tuple | None:
        """"200 wildlife rangers, activists and indigenous leaders were killed": a group the vocabulary
        lacks right after the number, joined to a noun of defenders, counts with it; the defenders
        noun is what the number counts."""
        text = self.text
        h = next((h for h in self.lex.unlisted_groups.finditer(text, n.end, min(len(text), n.end + 40))
                  if re.fullmatch(r"\s+(?:[^\W\d_][\w-]*\s+)?", text[n.end:h.start])), None)
        if h is None or not self._joined_to_defenders(h.start, h.end):
            return None
        d = next((d for d in self.a.nouns if d.payload[0] == "defenders" and d.start >= h.end), None)  # type: ignore[index]
        if d is None:
            return None
        kind, code = d.payload  # type: ignore[misc]
        return (kind, d.start, d.end, code)

    def _joined_to_defenders(self, start: int, end: int) -> bool:
        """A group joined by "and", "or" or a comma to a noun of defenders, with no number between
        ("164 farmers and land rights activists", "200 wildlife rangers, activists and indigenous
        leaders"): the figure counts them all, as it counts "activists and indigenous leaders"."""
        text = self.text
        join = rf"(?:\s*,\s*(?:(?:{self.lex.rx_and}|{self.lex.rx_or})\s+)?|\s+(?:{self.lex.rx_and}|{self.lex.rx_or})\s+)"
        for h in self.a.nouns:
            if h.payload[0] != "defenders":  # type: ignore[index]
                continue
            if h.start >= end and re.fullmatch(join + r"(?:[^\W\d_][\w-]*\s+){0,3}", text[end:h.start], re.I):
                return True
            if h.end <= start and re.fullmatch(join + r"(?:[^\W\d_][\w-]*\s+){0,3}", text[h.end:start], re.I):
                return True
        return False

    def _in_source_aside(self, pos: int) -> bool:
        """Inside a relative clause that describes the source ("Global Witness, which investigates
        abuses across the oil, gas, mining and timber sectors, recorded 196"): from the relative pronoun
        after the source's name to the last comma before the next number. It says what the source
        does, not whom a figure counts."""
        text = self.text
        for h in self.lex.source_organisation.finditer(text, 0, pos):
            comma = re.match(r"\s*,\s*", text[h.end:])
            if comma is None or self.lex.relative_pronouns.starts_at(text, h.end + comma.end(), 12) is None:
                continue
            start = h.end + comma.end()
            nxt = min([m.start for m in self.a.candidates if m.start > start] + [len(text)])
            end = text.rfind(",", start, nxt)
            if start <= pos < end:
                return True
        return False

    def _unlisted_group(self, n: Number, R: int) -> str | None:
        """"seis afrodescendientes", "40 linked to non-state actors": a group the vocabulary has no
        code for, in the number's own clause; recording the figure unrestricted would be wrong."""
        a, text = self.a, self.text
        end = self._clause_end(n, R)
        known = [t for ts in a.subgroups.values() for t in ts] + a.outcomes
        # in its clause after it, or anywhere in its window before it ("y a actores no estatales,
        # como bandas criminales, con 90 asesinatos")
        L = a.windows.get(n.start, (n.start, R))[0]
        for h in self.lex.unlisted_groups.finditer(text, L, n.start) + self.lex.unlisted_groups.finditer(text, n.end, end):
            if any(t.start < h.end and h.start < t.end for t in known) or opposed(text, h.start, self.lex):
                continue  # (or whom the defenders opposed: "taking on ... the criminal gangs")
            if self._joined_to_defenders(h.start, h.end):
                continue  # ("164 farmers and land rights activists": people added to the count, not a part of it)
            # the group names the counted people or what they are linked to, in the number's clause
            return f"restricted to a group the vocabulary has no code for ({text[h.start:h.end]})"
        # "Park Rangers Under Attack: 9 killed in DRC in 2016": a topic before a colon that opens the
        # sentence, with no number of its own, names whom the figures after it count
        colon = text.find(":", 0, n.start)
        if colon > 0 and not any(m.start < colon for m in a.numbers) and not CLAUSE_RE.search(text, 0, colon):
            for h in self.lex.unlisted_groups.finditer(text, 0, colon):
                if not any(t.start < h.end and h.start < t.end for t in known):
                    return f"restricted to a group the vocabulary has no code for ({text[h.start:h.end]})"
        return None

    def _set_apart(self, pos: int) -> bool:
        """Whether the word at `pos` is set apart by an excluding phrase earlier in its clause
        ("Además de la minería", "Beyond large-scale agriculture, ...", "apart from mining and logging")."""
        return any(h.end <= pos and not CLAUSE_RE.search(self.text, h.end, pos)
                   for h in self.lex.excluding.finditer(self.text, 0, pos))

    def _with_coordinated(self, terms: list[Term], all_terms: list[Term]) -> list[Term]:
        """"proyectos mineros, forestales o agroindustriales": terms joined to a chosen one by commas,
        "and" or "or" name a union of groups, not the one group."""
        text = self.text
        out = list(terms)
        # (a group set apart is no part of the union: "Beyond large-scale agriculture, mining was the
        # next most deadly sector")
        apart = {t.start for t in all_terms if self._set_apart(t.start)}
        changed = True
        while changed:
            changed = False
            for t in all_terms:
                if t in out or (t.start in apart and not any(u.start in apart for u in out)):
                    continue
                for u in out:
                    lo, hi = (u.end, t.start) if u.end <= t.start else (t.end, u.start)
                    if lo > hi:
                        continue
                    gap = text[lo:hi]
                    if re.fullmatch(r"\s*,?\s*", gap) or self.lex.joins_groups.fullmatch(gap.strip(" ,")):
                        out.append(t)
                        changed = True
                        break
        return sorted(out, key=lambda t: t.start)

    def _qualifier(self, n: Number) -> Value:
        text = self.text
        h = self.lex.qualifiers.ends_at(text, n.start, 40)
        if h is None:
            # "just over 200", "at least some 30": a determiner between the hedge and the number
            det = self.lex.determiners.ends_at(text, n.start, 12)
            cmp = self.lex.comparison.ends_at(text, n.start, 30)
            if det is not None and (cmp is not None and cmp.start < det.start
                                    or re.fullmatch(self.lex.rx_article, text[det.start:det.end].strip(), re.I)):
                # "146 ... in 2024, fewer than the 196 in 2023", "por encima de los 43 cometidos en Filipinas":
                # a comparison with a figure stated plainly (after a definite article), not a hedge of it
                det = None
            if det is not None:
                h = self.lex.qualifiers.ends_at(text, det.start, 40)
            prep = re.search(r"(\w+)\s+$", text[:n.start])
            if h is None and prep is not None and prep.group(1).lower() in self.lex.prepositions:
                h = self.lex.qualifiers.ends_at(text, prep.start(), 40)  # "al menos a 16 personas"
            art = re.search(rf"\b(?:{self.lex.rx_indefinite})\s+$", text[:n.start], re.I)
            if h is None and art is not None and re.match(r"[^\W\d_]", n.text):
                h = self.lex.qualifiers.ends_at(text, art.start(), 40)  # "at least a hundred and fifty-eight"
        if h is not None and not re.search(r"[,;:.]", text[h.end:n.start]):
            return Value(h.payload, [self._ev("qualifier", "stated", h.start, h.end)])
        lead = self.sent.lead
        if lead is not None:
            la = analyse(lead, self.lex)
            qs = la.qualifiers
            if qs and lead.text.rstrip().endswith(":"):
                t = qs[-1]
                return Value(t.code, [Evidence("qualifier", "context", lead.start + t.start, lead.start + t.end)])
        return Value("exact", [Evidence("qualifier", "unhedged")])

    # ------------------------------------------------------------------ helpers: nouns

    def _parallel_noun(self, n: Number) -> tuple | None:
        """The noun of an earlier number of the sentence that follows the same preposition as this
        one, when that noun counts things or other people ("across 24 countries ... across 16")."""
        text = self.text
        prep = re.search(r"([^\W\d_]{2,})\s+$", text[:n.start])
        if prep is None:
            return None
        word = prep.group(1).lower()
        for m in self.a.numbers:
            if m.end > prep.start():
                break
            before = re.search(r"(\w+)\s+$", text[:m.start])
            if before is None or before.group(1).lower() != word:
                continue
            noun = self._noun_after(m, len(text))
            if noun is not None and noun[0] in ("other_things", "other_people") and noun[1] - m.end < 3:
                return noun
        # "con asesinatos en 24 países durante 2016 frente a los 16 del año anterior": a number right
        # after a comparison word counts what the number before the comparison counted
        cmp = [h for h in self._comparisons(0, n.start)
               if re.fullmatch(rf"\s*(?:{self.lex.rx_article}\s+)?", text[h.end:n.start], re.I)]
        earlier = [m for m in self.a.numbers if cmp and m.end <= cmp[-1].start and m.kind == "cardinal"]
        if earlier:
            m = earlier[-1]
            noun = self._noun_after(m, len(text))
            # (not when a number right after this one counts those things itself: "200 ... killed in 24
            # countries in 2016, up from 185 in 16 countries": the 16 is the 24's parallel, the 185 the 200's)
            nxt = next((k for k in self.a.numbers if k.start > n.end and k.kind == "cardinal"
                        and len(text[n.end:k.start].split()) <= 2), None)
            own = self._noun_after(nxt, len(text)) if nxt is not None else None
            if own is not None and noun is not None and text[own[1]:own[2]].lower() == text[noun[1]:noun[2]].lower():
                return None
            if noun is not None and noun[0] in ("other_things", "other_people") and noun[1] - m.end < 3:
                return noun
        return None

    def _noun_after(self, n: Number, R: int) -> tuple | None:
        return self._noun_after_pos(n.end, R)

    def _part_of_described_whole(self, n: Number, L: int, R: int, noun: tuple) -> list[Count] | None:
        """"La minería estuvo vinculada a 68 de los asesinatos y desapariciones ... registrados en México entre 2012 y
        2025", "68 of the killings ... recorded in Mexico ... were linked to mining": a part of a whole the text
        describes but does not count, whose group the sentence states outside that whole (before the number, or after
        the verb that follows the whole), is the count of that group. With no group of its own it stays in review:
        "68 of the killings" alone says what they are a part of, not what they are."""
        text, a = self.text, self.a
        verb = next((h for h in self.lex.predicate_verbs.finditer(text, noun[2], R)), None)
        # (read only when such a group is there, and no group the vocabulary has no code for, nor a choice of groups:
        # "at least 10 of those killed were Indigenous or campesino people" is not a count of Indigenous people)
        terms = [t for d in vocab.dimensions()[1:] for t in a.subgroups[d]
                 if L <= t.start < n.start or (verb is not None and verb.start <= t.start < R)]
        if not terms or self._unlisted_group(n, R) is not None or any(re.match(rf"\s+(?:{self.lex.rx_or})\s", text[t.end:], re.I) for t in terms):
            return None
        got = self._count(n, L, R, noun)
        if isinstance(got, str) or len(got) != 1:
            return None
        groups = [e for e in got[0].evidence if e.field in vocab.dimensions()[1:] and e.basis == "stated"
                  and e.start is not None and (e.start < self.a.abs(n.start)
                                               or (verb is not None and e.start >= self.a.abs(verb.start)))]
        return got if groups else None

    def _noun_after_pos(self, pos: int, R: int) -> tuple | None:
        """The noun a number counts: the first counted noun within five words after it, before any
        punctuation or other number."""
        text = self.text
        for h in self.a.nouns:
            if h.start < pos:
                continue
            if any(p.start <= h.start and h.end <= p.end for p in self.a.places):
                continue  # ("documentó 19 en el país": the country is where, not what is counted)
            between = text[pos:h.start]
            # (but a comma that stands for a verb left out after "y", "and" before an outcome word: "20 fueron
            # asesinatos y cuatro, desapariciones")
            gapped = h.payload[0] == "outcome" and self._gapped(pos, h.start)  # type: ignore[index]
            # (nor past another number, in words too: "448 en esos doce años" counts no years; but "de dos a
            # ocho muertos", a spread's two numbers, count one noun)
            if (re.search(r"[,;:.()—–\d]", between) and not gapped) or len(between.split()) > 5 \
                    or h.start >= max(R, pos + 1) + 60 \
                    or any(pos < m.start < h.start
                           and not re.fullmatch(rf"\s+(?:{self.lex.rx_spread_second})\s+", text[pos:m.start], re.I)
                           for m in self.a.numbers):
                return None
            kind, code = h.payload  # type: ignore[misc, has-type]
            words = between.split()
            if kind == "other_things" and len(words) >= 2 and (
                    self.lex.predicate_verbs.starts_at(text, pos, 12) is not None
                    or words[-1].lower() in self.lex.object_prepositions):
                # ("and 39 were opposing mining projects", "39 se oponían a proyectos mineros": a thing after the
                # number's verb is its object, not what it counts)
                return None
            if kind == "other_people":
                # ("veintisiete hermanas y hermanos defensores de la tierra": a word of kin or fellowship before the
                # defenders' noun, with its pair, qualifies it; the defenders are counted)
                head = next((g for g in self.a.nouns if g.start >= h.end and g.payload[0] != "other_people"), None)  # type: ignore[index]
                if head is not None and head.payload[0] in ("defenders", "weak_defenders") and re.fullmatch(  # type: ignore[index]
                        rf"\s+(?:(?:{self.lex.rx_and})\s+[^\W\d_]+\s+)?", text[h.end:head.start], re.I):
                    kind, code = head.payload  # type: ignore[misc]
                    return (kind, head.start, head.end, code)
                if self.lex.kin_nouns.starts_at(text, h.start, 24) is not None and any(
                        not any(h.end <= m.start < g.start for m in self.a.candidates)
                        for g in self.lex.defending_purpose.finditer(text, h.end)):
                    # ("23 hermanas y hermanos fueron asesinados o desaparecidos en México por defender la tierra"): the
                    # people its sentence says were killed for defending are defenders, whatever the word of kin
                    return ("weak_defenders", h.start, h.end, None)
            return (kind, h.start, h.end, code)
        return None

    def _group_noun_after(self, n: Number) -> tuple | None:
        """"fueron asesinados 766 indígenas", "12 mujeres": a word of a group of people right after the
        number is the noun it counts, as "people" would be (its group is read as the count's own)."""
        terms = [t for d in vocab.people_dimensions() for t in self.a.subgroups.get(d, [])]
        # ("han perdido la vida 461 colombianos", "Fourteen Indians among the 200": a demonym counts the
        # people of its country, and names it)
        terms += [Term(p.start, p.end, str(p.code)) for p in self.a.places if p.kind == "country"
                  and self.lex.places_other.fullmatch(self.text[p.start:p.end]) is not None]
        h = next((t for t in terms if t.start > n.end and not self.text[n.end:t.start].strip()), None)
        if h is None or re.match(r"\s+" + self.lex.rx_of + r"\b", self.text[h.end:], re.I):
            return None  # ("31 indígenas de los 79": a part of another figure, not a count of its own)
        return ("weak_defenders", h.start, h.end, None)

    def _dash_aside(self, n: Number) -> bool:
        """Whether the number stands alone between two dashes of the same kind: "killings – 23 –"."""
        before = self.text[:n.start].rstrip()
        return before[-1:] in ("–", "—") and self.text[n.end:].lstrip().startswith(before[-1])

    def _noun_before_bracket(self, n: Number) -> tuple | None:
        """"La mayoría de los homicidios (64)", "murdered (13)": the phrase before the bracket; and
        "the highest number of killings – 23 –": a number alone between dashes."""
        text = self.text
        before = text[:n.start].rstrip()
        if self._dash_aside(n):
            nouns = [h for h in self.a.nouns if h.end <= len(before) - 1 and len(before) - 1 - h.end <= 3
                     and h.payload[0] in ("outcome", "defenders")]  # type: ignore[index]
            if not nouns:
                return None
            kind, code = nouns[-1].payload  # type: ignore[misc]
            return (kind, nouns[-1].start, nouns[-1].end, code)
        if not before.endswith("("):
            return None
        close = text.find(")", n.end)
        inside = text[n.end:close].strip() if close >= 0 else ""
        # ("the most killings (30 in total)": "in total" adds nothing to what the bracket counts)
        if close < 0 or (inside and (self.lex.total_after.fullmatch(inside) is None)):
            return None
        # "Colombia (79)": a place labels the bracket, so this is an item of a list
        if any(p.end <= n.start and not text[p.end:n.start].strip(" (") for p in self.a.places):
            return None
        nouns = [h for h in self.a.nouns if h.end <= len(before) - 1 and len(before) - 1 - h.end <= 40
                 and not re.search(r"[,;:()]", text[h.end:len(before) - 1])]
        if not nouns:
            return None
        h = nouns[-1]
        kind, code = h.payload  # type: ignore[misc, has-type]
        return (kind, h.start, h.end, code)

    def _subject_phrase(self, noun: tuple, n: Number) -> tuple[int, int] | None:
        """The phrase of a counted noun named before its number ("Killings linked to agribusiness"),
        up to its verb or the first punctuation."""
        if noun[2] > n.start:
            return None
        text = self.text
        verbs = [h.start for h in self.lex.predicate_verbs.finditer(text, noun[2], n.start)]
        punct = CLAUSE_RE.search(text, noun[2], n.start)
        end = min(verbs + ([punct.start()] if punct else []) + [n.start])
        return (noun[1], end)

    def _split_two_years(self, n: Number, c: Count) -> Count | None:
        """"Entre 2016 y 2017 los asesinatos ... se multiplicaron, al pasar de tres a 15": a change over a
        span of two years written before its first figure starts in the first year and ends in the
        second. The first figure, dated to the first year; the span is kept for the second."""
        y1, y2 = (int(str(c.get(f))) for f in ("period_start", "period_end"))
        ev = {e.field: e for e in c.evidence if e.field in ("period_start", "period_end")}
        # (only for a country its sentence names: a figure with no place of its own is left as before)
        if y2 != y1 + 1 or set(ev) != {"period_start", "period_end"} or any(
                e.basis != "stated" or e.start is None or e.start >= c.value_start for e in ev.values()) \
                or not any(e.field == "country" and e.basis == "stated" for e in c.evidence):
            return None
        first = Count({**c.values, "period_end": y1}, c.sentence, c.value_start, c.value_end,
                      [e for e in c.evidence if e.field != "period_end"]
                      + [Evidence("period_end", "stated", ev["period_start"].start, ev["period_start"].end, CHANGE_SPAN)])
        first.compared = True
        self.change_second_years[c.value_start] = Value((y1, y2), list(ev.values()))
        return first

    def _starts_change(self, n: Number) -> bool:
        """"rose from 20 to 26", "pasaron de 20 a 26", "from 30 in 2020": the figure a change starts from."""
        a, text = self.a, self.text
        if self.lex.from_words.ends_at(text, n.start, 10) is not None:
            return True
        nxt = next((m for m in a.candidates if m.start >= n.end), None)
        for first, second in self.lex.spread:
            if nxt is not None and self._spread_word_before_pos(first, n.start) \
                    and re.fullmatch(rf"(?:\s+\S+){{0,4}}?\s+{re.escape(second)}\s+", text[n.end:nxt.start], re.I):
                return True
        return False

    def _spread_first_number(self, n: Number) -> Number | None:
        """The first number of a spread ("from 34 ... to 25", "de tres ... a 15") whose second is `n`."""
        a = self.a
        for first, second in self.lex.spread:
            at = self._past_filler(n.start)
            if not self._spread_word_before_pos(second, at):
                continue
            for m in reversed([m for m in a.candidates if m.end <= n.start]):
                at = self._past_filler(m.start)
                if self._spread_word_before_pos(first, at):
                    return m
                break
        return None

    def _spread_later_side(self, n: Number) -> Number | None:
        """The number a reversed spread states first ("fell to 13 from 20", "bajó a 13 desde 20"), when `n` is its
        earlier side and that number was not read as a count; None otherwise."""
        a, text = self.a, self.text
        before = [m for m in a.candidates if m.end <= n.start]
        if not before or any(f.value_start == a.abs(before[-1].start) for f in self.figures if isinstance(f, Count)):
            return None
        m = before[-1]
        if len(text[m.end:n.start].split()) > 3 or re.search(r"[,;:.()]", text[m.end:n.start]):
            return None
        for first, second in self.lex.spread:
            at_n, at_m = self._past_filler(n.start), self._past_filler(m.start)
            if self._spread_word_before_pos(first, at_n) and self._spread_word_before_pos(second, at_m):
                return m
        return None

    def _spread_word_before_pos(self, word: str, pos: int) -> bool:
        """Whether one of a spread's words ("from", "to", "de", "a") stands right before `pos`, as a word of its own."""
        return re.search(rf"(?:^|\s){re.escape(word)}\s+$", self.text[max(0, pos - 12):pos], re.I) is not None

    def _past_filler(self, pos: int) -> int:
        """Where the words before a number start, past a filler or a hedge ("from just 6", "de apenas
        tres", "to more than 20"): the spread's words come before them."""
        filler = self.lex.fillers.ends_at(self.text, pos, 16) or self.lex.qualifiers.ends_at(self.text, pos, 30)
        return filler.start if filler is not None else pos

    def _spread_first(self, n: Number) -> Count | None:
        """The count read for the first number of a spread ("de 30 ... a 43", "from four ... to
        20") whose second number is `n`."""
        m = self._spread_first_number(n)
        if m is None:
            return None
        got = [f for f in self.figures if isinstance(f, Count) and f.value_start == self.a.abs(m.start)]
        return got[0] if got else self.change_starts.get(self.a.abs(m.start))

    def _said_of_most(self, term_start: int, lo: int) -> bool:
        """A group term said of most of the people a figure counts: a word of the majority ("mostly", "sobre
        todo"; lexicon `majority_adverbs`) at most four words before it, from `lo` on, with no punctuation and
        no other figure between ("conflicts mostly over land and mining left 54 people dead")."""
        text = self.text
        return any(len(text[h.end:term_start].split()) <= 4 and not re.search(r"[,;:()—–]", text[h.end:term_start])
                   and not any(h.end <= m.start < term_start for m in self.a.candidates)
                   for h in self.lex.majority_adverbs.finditer(text, lo, term_start))

    def _hedges_fraction(self, h: Hit) -> bool:
        """A comparison word that hedges a share ("more than half", "más de la mitad", "more than a
        third"): a word of a fraction follows it, after at most one word ("a", "la", "two")."""
        after = self.text[h.end:]
        gaps = {len(after) - len(after.lstrip())}
        m = re.match(r"\s+[^\W\d_]+\s+", after)
        if m is not None:
            gaps.add(m.end())
        return any(self.lex.fraction_after.starts_at(self.text, h.end + k, 20) is not None for k in gaps)

    def _with_named_person(self, n: Number) -> bool:
        """"the country's leading botanist, Dr. Leonard Co, and two aides were killed by the military": a
        number joined by "and" to a name (a capitalised word that is no place and does not open the
        sentence), with no other figure before it in its clause, counts the people killed with
        someone named, in one event."""
        text, a = self.text, self.a
        m = re.search(rf"(\S+)\s*,?\s+(?:{self.lex.rx_and})\s+$", text[:self._before_hedge(n)], re.I)
        if m is None:
            return False
        word = m.group(1).strip(".,")
        # (not a place, a group's word or the source's name: "were Indigenous and 10 were women")
        terms = [t for ts in a.subgroups.values() for t in ts] + list(self.lex.source_organisation.finditer(text))
        if not word[:1].isupper() or not text[:m.start(1)].strip() or any(
                p.start <= m.start(1) < p.end for p in a.places) or any(t.start <= m.start(1) < t.end for t in terms):
            return False
        lo = max([x.end() for x in STRONG_RE.finditer(text, 0, n.start)] + [0])
        return not any(lo <= x.start < n.start and x.kind == "cardinal" for x in a.numbers) \
            and not any(lo <= t.start < n.start for t in a.outcomes)

    def _rate_or_difference(self, n: Number, noun: tuple | None, R: int) -> bool:
        """"Dos defensores son asesinados cada semana": a rate; "69 víctimas menos que en 2015",
        "18 more killings than": a difference. Neither is a count."""
        text = self.text
        end = noun[2] if noun is not None else n.end
        if self.lex.rate_denominators.ends_at(text, n.start, 16) is not None:
            return True  # "24 per 100,000 people", "por cada 100.000 habitantes": what a rate is counted against
        if self.lex.difference_after.starts_at(text, end, 24) is not None and noun is not None \
                and difference_follows(text, end, self.lex):
            return True
        # "More than three people, on average, were killed each week", "un promedio de dos por semana"
        if self.lex.average_before.ends_at(text, self._before_hedge(n), 20) is not None or any(
                h.start - end <= 4 for h in self.lex.average_adverbs.finditer(text, end, min(len(text), end + 20))):
            return True
        # "la media del pasado 2014 indica que, al menos, dos personas eran asesinadas": an average named
        # shortly before the number, with no other figure between, is what the number gives
        strong = max([m.end() for m in STRONG_RE.finditer(text, 0, n.start)] + [0])
        if any(len(text[h.end:n.start].split()) <= 8 and not any(
                h.end <= m.start < n.start and m.kind == "cardinal" for m in self.a.numbers)
                for h in self.lex.average_nouns.finditer(text, strong, n.start)):
            return True
        clause_end = self._clause_end(n, R)
        # "Durante cada semana de 2018 fueron asesinados tres defensores": the rate before the number,
        # in its clause, with no other number between
        lo = max([m.end() for m in CLAUSE_RE.finditer(text, 0, n.start)] + [0])
        # (not a rate that ends a predicate of its own: "with defenders killed every month and a total
        # of 54 murders in 2021")
        if any(not any(h.end <= m.start < n.start and m.kind == "cardinal" for m in self.a.numbers)
               and not any(lo <= t.start < h.start for t in self.a.outcomes)
               for h in self.lex.rate_markers.finditer(text, lo, n.start)):
            return True
        # a rate in an aside is the aside's ("164 people were killed -- on average more than three a week --")
        # (and a rate far into the clause, or one that qualifies a ranking, is not the number's: "con
        # 14 asesinatos el país centroamericano tiene el mayor número per cápita del mundo")
        return any((not self.a.in_parens(h.start) or self.a.in_parens(n.start)) and len(text[end:h.start].split()) <= 5
                   and not any(w.strip(",.").lower() in self.lex.ranking_nouns for w in text[end:h.start].split()[-2:])
                   # (a marker that runs into the next number, "24 per 100,000", starts in the clause)
                   for h in self.lex.rate_markers.finditer(text, n.end) if h.start < clause_end)

    def _apposition_noun(self, n: Number) -> tuple | None:
        """"... the highest number of deaths of these defenders last year: 212.", "activistas
        asesinados, 54 en total": a number set after a colon or a comma, alone or with "in total",
        counts the noun just before it."""
        a, text = self.a, self.text
        before = text[:n.start].rstrip()
        q = self.lex.qualifiers.ends_at(text, n.start, 40)
        if q is not None:
            before = text[:q.start].rstrip()
        if not before.endswith((":", ",")):
            return None
        rest = text[n.end:]
        total = self.lex.total_after.starts_at(text, n.end, 20)
        after = rest[total.end - n.end:] if total is not None else rest
        if not re.match(r"\s*(?:[,.;)]|$)", after):
            return None
        cut = len(before) - 1
        if any(m.end <= cut and m.kind == "cardinal" and m.start >= (self._clause_start(cut)) for m in a.numbers):
            return None
        nouns = [h for h in a.nouns if h.end <= cut and h.start >= self._clause_start(cut)
                 and h.payload[0] in ("outcome", "defenders")]  # type: ignore[index]
        if not nouns:
            return None
        # "the number of deaths of these defenders": what is counted is the deaths
        h = ([x for x in nouns if x.payload[0] == "outcome"] or nouns)[-1]  # type: ignore[index]
        kind, code = h.payload  # type: ignore[misc]
        return (kind, h.start, h.end, code)

    def _strong_end(self, pos: int) -> int:
        m = STRONG_RE.search(self.text, pos)
        return m.start() if m else len(self.text)

    def _clause_start(self, pos: int) -> int:
        """Where the clause that ends at `pos` begins: after the last ; or : before it."""
        return max([m.end() for m in re.finditer(r"[;:]", self.text[:pos])] + [0])

    def _labelled_list_noun(self, n: Number) -> tuple | None:
        """"The countries with the most recorded deaths were the Philippines (30), followed by
        Colombia (24)": items labelled by their country, counting the noun the sentence names
        before the list, with no figure between."""
        a, text = self.a, self.text
        if not text[:n.start].rstrip().endswith("("):
            return None
        label = [p for p in a.places if p.kind == "country" and p.end <= n.start and not text[p.end:n.start].strip(" (")]
        if not label:
            return None
        labelled = [p for p in a.places if p.kind == "country" and re.match(r"\s*\(", text[p.end:])]
        first = min(p.start for p in labelled)
        if any(m.start < first and m.kind == "cardinal" for m in a.numbers):
            return None
        nouns = [h for h in a.nouns if h.end <= first and h.payload[0] in ("outcome", "defenders")]  # type: ignore[index]
        if not nouns:
            return None
        h = nouns[-1]
        kind, code = h.payload  # type: ignore[misc]
        return (kind, h.start, h.end, code)

    def _noun_between(self, lo: int, hi: int) -> tuple | None:
        for h in self.a.nouns:
            if lo <= h.start and h.end <= hi + 80:
                kind, code = h.payload  # type: ignore[misc, has-type]
                if kind in ("outcome", "defenders", "weak_defenders"):
                    return (kind, h.start, h.end, code)
        return None

    def _any_noun(self) -> tuple | None:
        for h in self.a.nouns:
            kind, code = h.payload  # type: ignore[misc, has-type]
            if kind == "outcome":
                return (kind, h.start, h.end, code)
        return None

    def _subject_noun(self, n: Number, L: int) -> tuple | None:
        """"the total number killed ... amounted to at least 382", "los desaparecidos, que fueron
        tres", "con 18 en 2023" after "número de asesinatos": a counted noun earlier in the clause
        and a linking word right before the number."""
        text = self.text
        link = self.lex.predicate_links.ends_at(text, n.start, 30) or self.lex.list_links.ends_at(text, n.start, 30) \
            or self.lex.comparison.ends_at(text, n.start, 30) or self._spread_word_before(n)
        if link is None:
            q = self.lex.qualifiers.ends_at(text, n.start, 30)
            if q is not None:
                link = self.lex.predicate_links.ends_at(text, q.start, 30) or self.lex.list_links.ends_at(text, q.start, 30)
        if link is None:
            # "el número de activistas asesinados alcanzó los 113": an article between the link and the number
            art = re.search(rf"\b(?:{self.lex.rx_article})\s+$", text[:n.start], re.I)
            if art is not None:
                link = self.lex.predicate_links.ends_at(text, art.start(), 30)
        first = self._spread_first_number(n)
        if link is None and first is None:
            return None
        if first is not None:
            # "killings fell from 34 in the previous year to 25": the change's subject is named before
            # its first number, in the first number's part of the sentence
            L, link = self.a.windows[first.start][0], self._spread_word_before(first) or link
            if any(p.governs and L <= p.start < first.start for p in self.a.places):
                # ("In Brazil, lethal attacks rose from 20 to 26": a place frames the change, and the
                # second number's own part does not hold it; whose figure it is, is left to review)
                return None
        if link is None:
            return None
        nouns = [h for h in self.a.nouns if L <= h.start and h.end <= link.start
                 and h.payload[0] in ("outcome", "defenders")]  # type: ignore[index]
        if not nouns:
            return None
        people = [h for h in self.a.nouns if L <= h.start and h.end <= link.start
                  and h.payload[0] in ("defenders", "weak_defenders", "other_people")]  # type: ignore[index]
        if people and people[-1].payload[0] == "other_people":  # type: ignore[index]
            # ("put the number of journalists killed worldwide in 2025 at 71": the outcome is said of the
            # people the clause names last, and they are not defenders)
            h = people[-1]
            return (h.payload[0], h.start, h.end, h.payload[1])  # type: ignore[index]
        # "número de asesinatos de ambientalistas, con 18": what is counted is the killings
        outcomes = [h for h in nouns if h.payload[0] == "outcome"]
        h = (outcomes or nouns)[-1]
        kind, code = h.payload  # type: ignore[misc, has-type]
        return (kind, h.start, h.end, code)

    def _among_noun(self, n: Number) -> tuple | None:
        """"Among well-documented cases we found 16 were related to paramilitary groups", "entre los
        casos documentados, 10 ...": the noun a sentence opens its frame with ("among") is what the
        first number after it counts."""
        a, text = self.a, self.text
        for m in self.lex.among.finditer(text, 0, n.start):
            nouns = [h for h in a.nouns if h.start >= m.end and h.end <= n.start
                     and re.fullmatch(rf"\s+(?:{self.lex.rx_article}\s+)?(?:[\w-]+\s+){{0,2}}", text[m.end:h.start], re.I)]
            if not nouns or nouns[0].payload[0] not in ("outcome", "defenders"):  # type: ignore[index]
                continue
            h = nouns[0]
            if h.payload[0] == "outcome" and text[h.start:h.end].lower() not in self.lex.generic_outcome:  # type: ignore[index]
                continue  # ("Among those killed last year were Richard Mendoza, ...": names, not a count)
            if any(h.end <= c.start < n.start for c in a.candidates) or n.start - h.end > 40:
                continue  # only the first number, close after the frame; the rest are its list
            kind, code = h.payload  # type: ignore[misc]
            return (kind, h.start, h.end, code)
        return None

    def _label_predicate_noun(self, n: Number) -> tuple | None:
        """"The Philippines (29) recorded the third-highest number of killings": a figure in brackets
        right after the country that is its clause's subject counts the noun its predicate names (the
        first counted noun after the bracket, in the same clause, with no number between)."""
        a, text = self.a, self.text
        if not text[:n.start].rstrip().endswith("(") or not self._labels(n):
            return None
        close = text.find(")", n.end)
        if close < 0 or text[n.end:close].strip():
            return None
        stop = CLAUSE_RE.search(text, close + 1)
        end = stop.start() if stop is not None else len(text)
        if any(close < m.start < end for m in a.candidates):
            return None
        nouns = [h for h in a.nouns if close < h.start and h.end <= end]
        if not nouns or nouns[0].payload[0] not in ("outcome", "defenders"):  # type: ignore[index]
            return None
        kind, code = nouns[0].payload  # type: ignore[misc]
        return (kind, nouns[0].start, nouns[0].end, code)

    def _most_noun(self, n: Number) -> tuple | None:
        """"The three countries with the most activists killed last year were Brazil with 50 and ...":
        the noun a ranking of places is by ("the most X", "más X"), named before every place of the
        sentence, is what the places' figures count, when the figure is labelled by its place."""
        a, text = self.a, self.text
        places = [p for p in a.places if p.kind == "country"]
        if not places or not any(p.end <= n.start and re.fullmatch(rf"\s*(?:{self.lex.rx_with})?\s*\(?\s*,?\s*(?:{self.lex.rx_with})?\s*",
                                                                    text[p.end:n.start], re.I) for p in places):
            return None  # (only a figure its place labels: "Brazil with 50", "Brasil (20)", "Brasil, con 20")
        first_place = places[0].start
        for sup in self.lex.group_superlatives.finditer(text, 0, first_place):
            nouns = [h for h in a.nouns if h.payload[0] in ("defenders", "outcome")  # type: ignore[index]
                     and re.fullmatch(r"\s+(?:\w+\s+)?", text[sup.end:h.start]) and h.end <= first_place]
            if not nouns:
                continue
            h = nouns[0]
            after = next((o for o in a.nouns if o.payload[0] == "outcome" and re.fullmatch(r"\s+", text[h.end:o.start])), None)  # type: ignore[index]
            h = after or h
            kind, code = h.payload  # type: ignore[misc]
            return (kind, h.start, h.end, code)
        return None

    def _colon_topic_noun(self, n: Number) -> tuple | None:
        """"Las desapariciones forzadas son frecuentes: Global Witness registró 19 en 2021": the
        outcome the sentence opens with, before a colon, is what the one number after it counts."""
        a, text = self.a, self.text
        colon = text.rfind(":", 0, n.start)
        # ("... were: India, with four; Indonesia, with three": the items after the colon say no noun)
        # (a count of other things before the colon, "en solo dos países:", is no figure of the list)
        other = [h for h in a.nouns if h.payload[0] in ("other_people", "other_things")]  # type: ignore[index]
        # (nouns after the number are its clause's agents, "cometidas por funcionarios"; the noun right
        # after it was looked for first)
        if colon < 0 or any(colon < h.start < n.start for h in a.nouns) or any(
                m.start < colon and not any(0 <= h.start - m.end <= 2 for h in other) for m in a.candidates):
            return None
        before = [h for h in a.nouns if h.end <= colon and h.payload[0] == "outcome"]  # type: ignore[index]
        if not before:
            return None
        first = before[0]
        kind, code = first.payload  # type: ignore[misc]
        return (kind, first.start, first.end, code)

    def _ranking_noun(self, n: Number) -> tuple | None:
        """"In Asia, the Philippines is the deadliest with 67": a deadly ranking right before "with
        N" counts the defenders it ranks by; what happened to them, the sentence or those before say."""
        text = self.text
        link = self.lex.with_links.ends_at(text, self._before_hedge(n), 12)
        if link is None:
            return self._ranked_brackets(n)
        rank = self.lex.deadly_rankings.ends_at(text, text[:link.start].rstrip().rstrip(",").__len__(), 40)
        if rank is None:
            return None
        return ("defenders", rank.start, rank.end, None)

    def _ranked_brackets(self, n: Number) -> tuple | None:
        """"Colombia (51), México (27) y Brasil (17) encabezan la lista", "Colombia (52) remained the deadliest country,
        followed by Mexico (23) and Brazil (17)": a list of countries, each with its number in brackets, and a deadly
        ranking of them: each number counts the defenders the ranking ranks by; what happened to them and when, the
        sentence or those before say. Only when every number of the clause (up to a semicolon) is such an item and
        only the list's joints stand between the items: commas, "and", and a follower ("followed by") after the
        ranking."""
        text, a = self.text, self.a
        lo = max([m.end() for m in re.finditer(r";", text[:n.start])] + [0])
        hi = text.find(";", n.end)
        hi = len(text) if hi < 0 else hi
        items = []
        for m in a.candidates:
            if not lo <= m.start < hi:
                continue
            opened = re.search(r"\(\s*$", text[:m.start])
            place = next((p for p in a.places if p.kind == "country" and opened is not None
                          and re.fullmatch(r"\s*", text[p.end:opened.start()])), None)
            if place is None or not re.match(r"\s*\)", text[m.end:]):
                return None
            items.append((place, m))
        if len(items) < 2 or n.start not in {m.start for _, m in items}:
            return None
        ranks = self.lex.deadly_rankings.finditer(text, lo, hi)
        simple = rf"\s*(?:,\s*(?:(?:{self.lex.rx_and})\s+)?|(?:{self.lex.rx_and})\s+)"
        for (_, m0), (p1, _) in zip(items, items[1:]):
            j0 = text.index(")", m0.end) + 1
            joint = text[j0:p1.start]
            if re.fullmatch(simple, joint, re.I):
                continue
            # (a follower after the ranking: "remained the deadliest country, followed by")
            follows = self.lex.followers.finditer(text, j0, p1.start)
            if not follows or not re.fullmatch(r"\s*(?:\w+\s+){0,2}", text[follows[-1].end:p1.start]) \
                    or not any(j0 <= h.start and h.end <= follows[-1].start for h in ranks) \
                    or any(c in text[j0:follows[-1].start] for c in "()"):
                return None
        if not ranks:
            return None
        return ("defenders", ranks[0].start, ranks[0].end, None)

    def _spread_word_before(self, n: Number):
        """"al pasar de tres en 2017 a 16", "rose from four in 2023 to 20": the first number of a
        from-to pair, linked to the clause's subject."""
        at = self._past_filler(n.start)
        for first, _ in self.lex.spread:
            m = re.search(rf"(?:^|\s)({re.escape(first)})\s+$", self.text[max(0, at - 12):at], re.I)
            if m:
                base = max(0, at - 12)
                return Hit(base + m.start(1), base + m.end(1), "spread")
        return None

    def _quantifier_before(self, n: Number) -> str | None:
        """"La mayoría de los homicidios (64)": a part of an unnamed total."""
        text = self.text
        if not text[:n.start].rstrip().endswith("("):
            return None
        open_at = text[:n.start].rstrip()[:-1].rstrip()
        if any(t.end == len(open_at) for ts in self.a.subgroups.values() for t in ts):
            # "Most of the deaths were linked to mining (42 deaths), agribusiness (20), ...": a bracket
            # a group labels is that group's figure, an item of a breakdown, not the quantifier's part
            return None
        for h in self.a.markers["partitive_quantifiers"]:
            if h.end <= n.start and n.start - h.end <= 60 and not re.search(r"[,;:.]", text[h.end:n.start - 1]):
                return text[h.start:h.end]
        return None

    def _within_figure_before(self, country: str, years: tuple[int, int]) -> bool:
        """The sentence before gave a figure for this country over a longer span that holds these
        years ("154 casos documentados en los últimos diez años. La mayoría de los asesinatos (131)
        se produjo solo entre 2017 y 2021"): a total over these years goes on about that country."""
        return any(isinstance(c, Count) and not c.compared and c.get("country") == country
                   and int(str(c.get("period_start"))) <= years[0] and years[1] <= int(str(c.get("period_end")))
                   and (c.get("period_start"), c.get("period_end")) != years for c in self.d.last)

    def _quantified_part(self, n: Number, L: int, R: int) -> list[Count] | None:
        """"La mayoría de los asesinatos (131) se produjo solo entre 2017 y 2021", "most of the
        killings (64) were of Indigenous people": the bracket gives the size of the part, and the
        predicate after it states what sets the part apart (its years, its group or its country),
        so the number counts the noun restricted by that."""
        noun = self._noun_before_bracket(n)
        if noun is None or noun[0] not in ("outcome", "defenders"):
            return None
        got = self._count(n, L, R, noun)
        if not isinstance(got, list) or not got:
            return None
        close = self.a.abs(self.text.find(")", n.end))
        fields = ("country", "period_start", *vocab.dimensions()[1:])
        if all(any(e.field in fields and e.basis == "stated" and (e.start or 0) > close for e in c.evidence) for c in got):
            return got
        # "Colombia, con casi un tercio de los asesinatos (65), fue ... el país más letal": a country
        # that labels the quantifier's clause ("Colombia, con") sets the part apart
        label = [p for p in self.a.places if p.kind == "country" and p.end <= n.start and re.fullmatch(
            rf"\s*,?\s*(?:{self.lex.rx_with})\s+", self.text[p.end:self._quantifier_start(n)], re.I)]
        if label and all(c.get("country") == label[-1].code and any(
                e.field == "country" and e.basis == "stated" for e in c.evidence) for c in got):
            return got
        return None

    def _quantifier_start(self, n: Number) -> int:
        """Where the quantifier before a bracketed number starts ("casi un tercio de los asesinatos (65)")."""
        hits = [h for h in self.a.markers["partitive_quantifiers"] if h.end <= n.start]
        if not hits:
            return n.start
        h = hits[-1]
        hedge = self.lex.qualifiers.ends_at(self.text, h.start, 12)
        return hedge.start if hedge is not None else h.start

    def _sentence_opens_with_pronoun(self) -> bool:
        h = self.a.marker_after("partitive_pronoun", 0, r"[\s\"“]*")
        return h is not None and self.text[h.end:h.end + 2].lstrip().startswith(",")

    def _predicate_start(self, pos: int) -> int:
        verbs = self.lex.predicate_verbs.finditer(self.text, pos)
        punct = re.search(r"[,;:]", self.text[pos:])
        if verbs and (not punct or verbs[0].start < pos + punct.start()):
            rel = self.lex.relative_pronouns.ends_at(self.text, verbs[0].start, 12)
            outs = [t for t in self.a.outcomes if 0 <= t.start - verbs[0].end <= 12]
            if rel is not None and rel.start >= pos and outs:
                # "17 of the 196 defenders who were killed or forcibly disappeared came from the
                # Philippines": the relative clause names the whole's outcome; the predicate follows it
                return self._with_coordinated(outs[:1], self.a.outcomes)[-1].end
        ends = [h.start for h in verbs[:1]] + ([pos + punct.start()] if punct else [])
        return min(ends) if ends else len(self.text)

    # ------------------------------------------------------------------ helpers: places and periods

    def _clause_end(self, n: Number, R: int) -> int:
        """Where the number's clause ends: the first , ; : ( ) — after it, except a comma inside a
        list of places ("one each in Chile, Honduras, Mexico and the Philippines")."""
        pos = n.end
        while True:
            m = CLAUSE_RE.search(self.text, pos, R)
            if m is None:
                return R
            if m.group(0) == ")" and self.text[:n.start].rstrip().endswith("("):
                pos = m.end()
                continue
            if m.start() == n.end and line_dash(self.text, n):
                pos = m.end()
                continue
            aside = next((b for a, b in self.a.asides if a == m.start() and b > n.end), None)
            if aside is not None:
                pos = aside  # "200 defenders in all -- each of them named -- were killed in 2021"
                continue
            gloss = GLOSS_RE.match(self.text, m.start()) if m.group(0) == "(" else None
            if gloss is not None and m.start() < R:
                pos = gloss.end()  # "29 killings of land and environmental defenders (LEDs) in the Philippines"
                continue
            if m.group(0) == ",":
                before = [p for p in self.a.places if p.end <= m.start() and re.fullmatch(r"\s*", self.text[p.end:m.start()])]
                after = [p for p in self.a.places if p.start > m.start() and
                         re.fullmatch(rf",\s*(?:{self.lex.rx_and}\s+)?(?:{self.lex.rx_article}\s+)?", self.text[m.start():p.start], re.I)]
                if before and after:
                    pos = m.end()
                    continue
                # ("54 personas que defendían su ambiente, sus recursos naturales o su tierra fueron
                # asesinadas en México": a comma inside a list in a relative clause on the counted noun)
                # (or in a participle phrase on it: "29 killings of people defending their homes, land,
                # livelihoods and ecosystems were documented in the Philippines")
                rel = next(iter(self.lex.relative_pronouns.finditer(self.text, n.end, m.start())), None)
                rel_at = rel.start if rel is not None else None
                if rel_at is None:
                    part = re.search(rf"\b{self.lex.rx_participle}", self.text[n.end:m.start()])
                    rel_at = n.end + part.start() if part is not None and part.group(0).islower() else None
                listed = re.match(rf",\s*(?:[^\W\d_]+,?\s+){{0,6}}?(?:{self.lex.rx_and}|{self.lex.rx_or})\s", self.text[m.start():], re.I)
                if rel_at is not None and len(self.text[n.end:rel_at].split()) <= 3 and listed is not None and \
                        not any(n.end < x.start < m.start() + listed.end() for x in self.a.numbers):
                    pos = m.end()
                    continue
                # ("over 711 activists, journalists and community members had been killed in the last
                # decade": a comma inside the list of nouns the number counts)
                if any(h.end <= m.start() and not self.text[h.end:m.start()].strip() and h.start > n.end
                       and not re.search(r"[,;:()—–\d]", self.text[n.end:h.start]) for h in self.a.nouns) and \
                        any(h.start > m.start() and re.fullmatch(rf",\s*(?:(?:{self.lex.rx_and})\s+)?", self.text[m.start():h.start], re.I)
                            for h in self.a.nouns):
                    pos = m.end()
                    continue
            return m.start()

    def _own_places(self, n: Number, L: int, R: int) -> list[Place]:
        """Places in the number's window: anywhere before it (a leading "In Mexico,", a list label
        "Nicaragua, 10"), but after it only within its own clause."""
        end = self._clause_end(n, R)
        # "Filipinas: 30", "Colombia (64)": a label right before the number, even across the colon
        # or the bracket that starts its window
        inside = self.a.in_parens(n.start)
        # an aside in brackets is not about a number outside it, before it or after it ("33 ataques (contra
        # los 65 del año anterior)", "Brazil — notorious for the logging of its Amazon rainforest — had only 20")
        own = [p for p in self.a.places if p.governs and L <= p.start and p.end <= end
               and (inside or not self.a.in_parens(p.start))]
        # ("163 land defenders killed or disappeared in 2025 as Mexico climbs to second place": a country after
        # the figure that its own clause ranks is the subject of that clause, not the figure's place)
        own = [p for p in own if p.start < n.end or p.kind != "country" or not self._ranked_after(p)]
        # ("60 killings to Mexico's 31": a place whose possessive heads another number is that number's)
        own = [p for p in own if p.start < n.end or not self._heads_other_number(p, n)]
        # (nor one after another figure of its own, joined after a comma: "against 25 killings in 2023, and 162 killed
        # or disappeared worldwide in 2025" is the 162's)
        own = [p for p in own if p.start < n.end or not any(
            n.end <= m.start and m.end <= p.start and re.search(r",", self.text[n.end:m.start])
            for m in self.a.candidates if m.kind == "cardinal")]
        # "A tribal chief in Brazil was one of 106 activists killed": the place of the one is not the whole's
        member = re.search(rf"\b(?:{self.lex.rx_article})\s*$", self.text[:n.start], re.I)
        member_at = self.lex.member_of.ends_at(self.text, member.start() if member else n.start, 12)
        if member_at is not None:
            own = [p for p in own if p.start >= member_at.end]
        label = self._labels(n)
        if label and not any(p.start >= n.end for p in own):
            return label[-1:]  # ("México: nueve en Chiapas" is Chiapas's)
        if not own:
            own = self._breakdown_places(n)
        if not own:
            own = self._relative_aside_place(n)
        return own

    def _ranks_unnamed_country(self) -> bool:
        """("In 2021 it was the deadliest country in the world, with 54 defenders killed", "fue el segundo país más
        peligroso"): the sentence ranks a country it calls "it" or "the country" without naming it; its figure is
        that country's, never the world's."""
        text, lex = self.text, self.lex
        for m in re.finditer(r"[^\W\d_]+", text):
            if m.group(0).lower() not in lex.deictic_nouns:
                continue
            before = [w.lower() for w in re.findall(r"[^\W_]+", text[max(0, m.start() - 40):m.start()])][-3:]
            near = lex.deadly_rankings.finditer(text, max(0, m.start() - 30), min(len(text), m.end() + 30))
            if near or any(w in lex.ordinal_words or DIGIT_ORDINAL_RE.fullmatch(w) for w in before):
                return True
        return False

    def _ranked_after(self, p: Place, reach: int = 5) -> bool:
        """An ordinal ranks the country within the next `reach` words of its own clause, with no count between
        ("Mexico climbs to second place", "México sube al segundo lugar", "Mexico is 2nd on the list")."""
        tail = re.split(r"[,;:()—–]|\b\d[\d.,]*(?!\w)", self.text[p.end:], maxsplit=1)[0]
        words = [w.strip(".\"“”«»'").lower() for w in tail.split()][:reach]
        # (an ordinal may head a compound: "Mexico had the second-highest number")
        return any(w.split("-")[0] in self.lex.ordinal_words or DIGIT_ORDINAL_RE.fullmatch(w) for w in words)

    def _relative_aside_place(self, n: Number, governing: bool = True) -> list[Place]:
        """"In Colombia – which saw 25 killings last year, second only to Brazil –": a number in a phrase set
        off by a dash or a comma right after a country, that opens with a relative pronoun, with no other
        number before it, is that country's."""
        text = self.text
        dash = [m for m in re.finditer(r"\s[–—-]\s|,\s", text[:n.start])]
        if not dash:
            return []
        d = dash[-1]
        m = re.match(r"\s*(\w+)\b", text[d.end():n.start])
        if m is None or m.group(1).lower() not in {w.lower() for w, _ in self.lex.relative_pronouns.pairs} \
                or any(d.end() <= x.start < n.start for x in self.a.numbers):
            return []
        return [p for p in self.a.places if p.governs == governing and p.kind == "country" and p.end == d.start()][-1:]

    def _country_after_clause(self, n: Number) -> str | None:
        """The one country its sentence names after the number's clause, outside brackets: the figure may
        be that country's, so the world is not implied for it."""
        # (not for a report's worldwide total, which a sentence follows with its deadliest country: "At
        # least 196 people were murdered in 2023, with Colombia the deadliest")
        if vocab.is_any_world_total(int(n.value)):
            return None
        end = self._clause_end(n, *self.a.windows[n.start][1:]) if n.start in self.a.windows else n.end
        later = [p for p in self.a.places if p.kind == "country" and p.start >= end and p.governs
                 and not self.a.in_parens(p.start)]
        # (one country: several, "with attacks in Brazil, Nicaragua, Peru and the Philippines", say where
        # the world's cases were)
        if len({p.code for p in later}) != 1:
            return None
        return self.text[later[0].start:later[0].end]

    def _outcome_dated(self, n: Number, q: Period) -> bool:
        """An outcome word after `n`, then the month of `q` within three words ("asesinados en septiembre de 2014",
        "killed on 14 September 2014"): the date of the deaths told."""
        month = self.lex.months.ends_at(self.text, self._before_year_of(q), 12)
        return month is not None and any(
            n.end <= t.start and t.end <= month.start and len(self.text[t.end:month.start].split()) <= 3
            for t in self.a.outcomes)

    def _before_year_of(self, q: Period) -> int:
        """Where the words before a period's year end, past "de" ("agosto de 2016") and a day ("14 November")."""
        assert q.y1_span is not None
        m = re.search(rf"(?:\s+(?:{self.lex.rx_of}))?\s*$", self.text[:q.y1_span[0]], re.I)
        return m.start() if m else q.y1_span[0]

    def _group_label(self, d: str, n: Number) -> Value | None:
        """"Agribusiness: 46 killings worldwide", "- Minería: 50": a group that labels its line, before a colon
        and the number, is the number's (as "Filipinas: 30" labels a country's)."""
        # (an apposition may stand between the group and the colon, with no number or other group: "Minería, el sector
        # de mayor riesgo para personas defensoras: ocho casos en México en 2025")
        label = next((t for t in self.a.subgroups.get(d, []) if t.end <= n.start
                      and not self.text[:t.start].strip(" \t-–—•*>#")
                      and (re.fullmatch(r"\s*:\s*", self.text[t.end:self._before_hedge(n)])
                           or (re.fullmatch(r",[^,:;\d()]{1,80}:\s*", self.text[t.end:self._before_hedge(n)])
                               and not any(t.end <= o.start < n.start for o in self.a.subgroups.get(d, []))))), None)
        if label is None:
            return None
        return Value(label.code, [self._ev(d, "stated", label.start, label.end)])

    def _breakdown_places(self, n: Number) -> list[Place]:
        """The places of the clause a phrase between dashes breaks down, for a number in that phrase
        that names none: "En 2024 se registraron en el país centroamericano seis ataques —cinco
        asesinatos y una desaparición—" (the dash opens right after a figure of its clause)."""
        dashes = list(DASH_RE.finditer(self.text, 0, n.start))
        if len(dashes) % 2 == 0:
            return []  # (not inside a pair of dashes)
        lo = dashes[-1].start()
        if CLAUSE_RE.search(self.text, dashes[-1].end(), n.start):
            return []
        start = self._after_punct(lo)
        before = [m for m in self.a.candidates if start <= m.start and m.end <= lo]
        if not before or not re.fullmatch(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*", self.text[before[-1].end:lo]):
            return []  # (the dash must follow the figure it breaks down and its noun)
        return [p for p in self.a.places if p.governs and start <= p.start and p.end <= lo and not self.a.in_parens(p.start)]

    def _labels(self, n: Number) -> list[Place]:
        """Countries right before the number, across a colon or an opening bracket: "Filipinas: 30",
        "Colombia (64)", "Colombia (con 26 muertes)"."""
        # (a place that does not govern labels no figure after a colon: "solo por detrás de Colombia: 21 fueron
        # asesinadas"; one in brackets right after it is its own, "por delante de Brasil (diecisiete)")
        return [p for p in self.a.places if p.kind == "country" and p.end <= n.start
                and (re.fullmatch(rf"\s*\((?:\s*(?:{self.lex.rx_with})\b)?\s*", self.text[p.end:n.start], re.I)
                     or (p.governs and re.fullmatch(r"\s*:\s*", self.text[p.end:n.start])))]

    def _own_periods(self, n: Number, L: int, R: int, published: bool = False) -> list[Period]:
        """Periods in the number's window (after it, only in its clause); a year something is
        compared with ("than in 2021") governs only a number that follows it. The year something was published in is
        none of them, unless `published` (a year still shows that a line is a figure's)."""
        end = self._clause_end(n, R)
        inside = self.a.in_parens(n.start)
        # (a range that opens in the clause is the clause's, even past an aside: "entre 2012, año en que
        # la ONG empezó a publicar sus informes, y 2022")
        # (nor a year in an aside between dashes that the number is not in: "Colombia — which hosts the 2024
        # United Nations COP16 biodiversity conference — was last year the deadliest country"; a bracket before
        # the number may gloss its years, "(sobre la situación en el 2019) se reportaron 212 casos")
        dashed = [(lo, hi) for lo, hi in self.a.asides if not lo <= n.start < hi]
        # (nor one in an apposition set off by commas after a country, with no number, before the number: "Guatemala,
        # the runner-up in the previous report, fell to fifth place with 11")
        for q in self.a.places:
            if q.kind == "country" and q.end < n.start and self.text[q.end:q.end + 1] == ",":
                close = self.text.find(",", q.end + 1, n.start)
                if close > 0 and not any(q.end < m.start < close for m in self.a.numbers):
                    dashed.append((q.end, close))
        # (nor a period after a later figure that a change starts from: "Brazil's toll rose to 34, from 26 the year
        # before": "the year before" is the 26's)
        starts = [m.end for m in self.a.candidates if m.start >= n.end
                  and self._starts_change(m)]
        # (a year compared with before a change is the year the change starts from, not the year of its
        # second figure: "murders fell compared with the previous year, from 65 to 33"; "compared with
        # last year", counted from the published date, may mean the report before, so is left as it was)
        first = self._spread_first_number(n)
        # (nor the period right after an earlier figure a change starts from, or one compared with: that figure's)
        owned = self._change_start_periods(n.start)
        found = [p for p in self.a.periods if p.governs and L <= p.start
                and (p.end <= end or p.kind == "closed" and p.start < end or self._year_gloss(n, p))
                and p.start not in owned
                and (published or not self._publication_year(p))
                and not (p.compared and p.start > n.start)
                and not (p.compared and first is not None and p.end <= first.start
                         and not (p.relative is not None and p.relative.basis == "published"))
                and not any(m_end <= p.start for m_end in starts)
                and (inside or p.start < n.start or not self.a.in_parens(p.start) or self._year_gloss(n, p))
                and not any(lo <= p.start < hi for lo, hi in dashed)
                # (nor the year a difference is counted from: "followed by Mexico with 18, four more than a year
                # earlier, and Honduras with 14")
                and not (p.compared and any(m.kind == "difference" and m.start != n.start and m.end <= p.start
                                            and len(self.text[m.end:p.start].split()) <= 3
                                            and not CLAUSE_RE.search(self.text, m.end, p.start) for m in self.a.numbers))]
        # (a period that opens the line as its label, before a colon, is the years of every figure on the line: "-
        # Desde 2012: 2 mil 253 personas defensoras asesinadas o desaparecidas en el mundo; 222 en México")
        if not any(p.kind not in ("relative", "anaphoric") for p in found):
            found += [p for p in self.a.periods if p.governs and p.end <= n.start and not self.text[:p.start].strip()
                      and re.match(r"\s*:", self.text[p.end:]) and p.kind in ("open", "closed", "single", "bare")]
        # (the year in a report's name is not the figure's when the clause states another: "Its 2022 report gave 54
        # killings in Mexico for 2021"; alone, "the 2024 report ... with 48", it may be either, and stays)
        named = [p for p in found if p.kind in ("single", "bare") and self._names_report(p)]
        if named and any(p not in named and p.kind in ("single", "bare") for p in found):
            found = [p for p in found if p not in named]
        # (nor the year a report is about when the clause states a span: "Su informe sobre 2024 contaba 222 ... entre 2012
        # y 2024")
        about = [p for p in found if p.kind in ("single", "bare") and self._report_about_year(p)]
        if about and any(p.kind == "closed" for p in found):
            found = [p for p in found if p not in about]
        after = self._period_after_parts_bracket(n)
        if after is not None:
            # ("compared with 146 (142 killed, four disappeared) in 2024"): a year right after a bracket that breaks a
            # figure into parts is the figure's and its parts'; a year the sentence gave before is not
            found = [after]
        return found

    def _period_after_parts_bracket(self, n: Number) -> Period | None:
        """The period right after the bracket that follows a figure and holds its parts (numbers), for the figure and
        for each part inside the bracket."""
        text = self.text
        if self.a.in_parens(n.start):
            opened = text.rfind("(", 0, n.start)
            whole = next((m for m in self.a.candidates if m.end <= opened and not text[m.end:opened].strip()), None)
            if whole is None:
                return None
        else:
            if not re.match(r"\s*\(", text[n.end:]):
                return None
            opened = text.find("(", n.end)
        close = text.find(")", opened)
        if close < 0 or not any(opened < m.start < close for m in self.a.candidates):
            return None
        return next((q for q in self.a.periods if q.governs and not q.compared and q.start > close
                     and q.kind in ("single", "bare", "closed")
                     and re.fullmatch(r"\s*(?:[^\W\d_]+\s+)?", text[close + 1:q.start])), None)

    def _year_gloss(self, n: Number, p: Period) -> bool:
        """"Colombia 33 (2021) vs 60 (2022)": a bracket right after the number that holds only a year is that
        number's year."""
        return re.fullmatch(r"\s*\(\s*", self.text[n.end:p.start]) is not None \
            and re.match(r"\s*\)", self.text[p.end:]) is not None

    def _nearest(self, n: Number, places: list[Place]) -> Place:
        # (not a place after the number that has a number of its own right after it: "Perú contabilizó dos casos y
        # Chile, uno" is Peru's two; Chile's is the "uno")
        owned = [p for p in places if p.start >= n.end and re.search(
            rf"(?:^|\s)(?:{self.lex.rx_and})\s+$", self.text[n.end:p.start], re.I) and any(
            m.start >= p.end and re.fullmatch(r"\s*,\s*", self.text[p.end:m.start])
            for m in self.a.numbers if m.start != n.start)]
        places = [p for p in places if p not in owned] or places

        def dist(p: Place) -> tuple[int, int]:
            d = n.start - p.end if p.end <= n.start else p.start - n.end
            # a clause boundary between them makes a place further
            crossing = bool(CLAUSE_RE.search(self.text[min(p.end, n.end):max(p.start, n.start)]))
            return (crossing, d)
        return sorted(places, key=dist)[0]

    def _since_with_end(self, n: Number, nearest: Period, periods: list[Period]) -> Value | None:
        """("By the end of 2024 Global Witness had documented more than 2,250 defenders killed ... since 2012"): an
        open period and one year of the number's own, neither compared, the year after a phrase that makes it the
        end of a running total ("by", "up to the end of"): the year closes the open period. (Any other year beside an
        open period is left to the nearer of the two: "in 2022, ... with 281 people killed there since 2012" is since
        2012, "Since 2012 ... 228 ... killed in 2020 alone" is 2020.)"""
        opened = [p for p in periods if p.kind == "open" and p.governs and p.y1 is not None and p.y1_span is not None]
        years = [p for p in periods if p.kind in ("single", "bare") and not p.compared and p.governs
                 and p.y1 is not None and p.y1_span is not None and not self._names_report(p)]
        if len(opened) != 1 or len(years) != 1 or nearest not in (opened[0], years[0]):
            return None
        since, year = opened[0], years[0]
        assert since.y1 is not None and since.y1_span is not None and year.y1 is not None and year.y1_span is not None
        if year.y1 < since.y1 or not any(h.end == year.y1_span[1] for h in self.lex.by_year.finditer(
                self.text, max(0, year.y1_span[0] - 40), year.y1_span[1])):
            return None
        return Value((since.y1, year.y1), [self._ev("period_start", "stated", *since.y1_span),
                                           self._ev("period_end", "stated", *year.y1_span)])

    def _unlisted_report_by_figures(self) -> Value | None:
        """("Según la base de datos de Global Witness, publicada en septiembre, 23 personas defensoras fueron asesinadas o
        desaparecidas en el país durante 2025 ... Desde 2012, México suma 245", published on 2026-10-20, before anyone
        added that report to vocabulary.json): a dated text that has already stated Global Witness figures of the year
        the report not yet listed covers (`vocab.unlisted_report_year`: the year before the text's, in a year no listed
        report has come out) is about that report, whose last year ends its open periods (basis `report_released`, at
        the year the figure states). Not a year the text merely writes (a date, "published in September 2026")."""
        day = str(self.src.meta.get("published") or "")
        year = vocab.unlisted_report_year(day) if not self.src.meta.get("published_from") else None
        if year is None:
            return None
        for c in self.d.counts:
            if c.compared or (c.get("period_start"), c.get("period_end")) != (year, year):
                continue
            said = next((e for e in c.evidence if e.field == "period_end" and e.start is not None and e.end is not None
                         and self.src.text[e.start:e.end] == str(year)), None)
            if said is not None:
                note = (f"published {day}: no report in vocabulary.json came out in {day[:4]} before it, and each annual "
                        f"report covers the year before it appeared; the text has stated figures of {year}")
                return Value(year, [Evidence("period_end", "report_released", said.start, said.end, note)])
        return None

    def _running_to(self, year: Period) -> Value | str | None:
        """("Over 2012-2025, Global Witness counted 245 ... By the end of 2024 the total had been 222."): one year after a
        phrase that makes it the end of a running total (`running_to_year`: "by the end of", "hasta") is no year's
        tally; its first year is the first year of the span the text has just given, when that span starts before it;
        else not known."""
        if year.kind not in ("single", "bare") or year.compared or year.y1 is None or year.y1_span is None \
                or not any(h.end == year.y1_span[1] for h in self.lex.running_to_year.finditer(
                    self.text, max(0, year.y1_span[0] - 40), year.y1_span[1])):
            return None
        period = self.d.period.value if self.d.period is not None else None
        span = self.d.period if isinstance(period, tuple) and period[0] != period[1] else self.d.span
        if span is None or not int(str(span.value[0])) < year.y1:  # type: ignore[index]
            return (f"says '{self.text[year.start:year.end]}', the end of a running total whose first year the text "
                    "does not state")
        start = [e for e in span.evidence if e.field == "period_start"]
        return Value((span.value[0], year.y1), _as_context(start, self.sent)  # type: ignore[index]
                     + [self._ev("period_end", "stated", *year.y1_span)])

    def _nearest_period_value(self, n: Number, periods: list[Period]) -> tuple[Period, Value | str]:
        """The period of the number's own words nearest to it, and the years it gives (or why they are not known): an open
        period it closes ("by the end of 2024 ... since 2012"), a running total it ends ("By the end of 2024 the total
        had been 222"), else its own years."""
        nearest = self._nearest_period(n, periods)
        opened = next((q for q in self.a.periods if q.kind == "open" and q.governs and q.start >= n.end
                       and q.y1 is not None and nearest.y1 is not None and q.y1 < nearest.y1), None)
        between = [m for m in self.a.candidates if opened is not None and n.end <= m.start < opened.start]
        # (its own, or that of the whole it is part of: "110 indígenas entre 222 casos acumulados desde 2012"; not
        # another figure's, "146 ..., and more than 2,250 since 2012")
        whole_after = len(between) == 1 and bool(self.lex.among.finditer(self.text, n.end, between[0].start)
                                                 or self.lex.partitive_of.finditer(self.text, n.end, between[0].start))
        # (a year that names a report, or follows a report's noun: "el informe sobre 2024", "its previous report,
        # covering 2024")
        if opened is not None and (not between or whole_after) and (self._names_report(nearest) or bool(
                self.lex.report_nouns.finditer(self.text, max(0, nearest.start - 20), nearest.start))):
            # ("el informe sobre 2024 contaba 110 indígenas entre 222 casos acumulados desde 2012"): the year names the
            # report, and the sentence goes on to a period since a year; which years the figure counts is not said
            return nearest, (f"its year names a report ('{self.text[nearest.start:nearest.end]}'), and its sentence goes "
                             f"on to '{self.text[opened.start:opened.end]}': which years it counts is not said")
        return nearest, (self._since_with_end(n, nearest, periods) or self._running_to(nearest)
                         or self._period_value(nearest))

    def _nearest_period(self, n: Number, periods: list[Period]) -> Period:
        end = self._clause_end(n, len(self.text))

        def dist(p: Period) -> tuple[int, int]:
            d = n.start - p.end if p.end <= n.start else p.start - n.end
            # (after the number, its clause runs past a list of the nouns it counts: "over 711 activists,
            # journalists and community members had been killed in the last decade")
            crossing = p.start >= end if p.start >= n.end else bool(CLAUSE_RE.search(self.text[p.end:n.start]))
            return (crossing, d)
        # (a year compared with before the number yields to one of its own clause: "higher than 2024's but still below
        # the 200 killings the group recorded in 2021")
        own = [p for p in periods if not p.compared and p.start >= n.end and p.start < end]
        # (a year counted back before it yields to years its own clause writes: "The group's previous report had
        # counted 222 Mexican defenders killed or disappeared between 2012 and 2024")
        if any(p.kind in ("closed", "single", "bare") for p in own):
            periods = [p for p in periods if not (p.kind == "relative" and p.end <= n.start)] or periods
        return sorted(own if any(p.compared and p.end <= n.start for p in periods) and own else periods, key=dist)[0]

    def _opens_relative(self, pos: int) -> bool:
        """Whether a relative clause of place opens at `pos` (", where", ", donde")."""
        after = self.text[pos:pos + 30].lstrip()
        after = after[1:] if after.startswith(",") else after
        return self.lex.where_after.starts_at(after, 0, 12) is not None

    def _shared(self, what: str, before: int | None = None) -> Value | None:
        """A field that another item of the same list states, when only one value is stated there
        ("18 killings and one disappearance ... in Mexico in 2024")."""
        a = self.a
        found: dict[object, Value] = {}
        if getattr(self, "_no_sharing", False):
            return None
        for m in self._siblings():
            if self._current is not None and m.start == self._current.start and what != vocab.dimensions()[0]:
                # the number's own clause was read first; what its window says beyond that clause
                # belongs to other words (an outcome word anywhere in its window still counts)
                continue
            L, R = a.windows[m.start]
            if what == "country":
                cur = self._current
                if cur is not None and m.start > cur.start and self._noun_after(m, R) is None \
                        and self._noun_before_bracket(m) is None:
                    # "164 killed in 2018, 23 in India": an item with no noun of its own goes on
                    # from the first, and its place is its own
                    continue
                # (not a place that opens a relative clause of its own: "followed by Guatemala, where 20
                # defenders were killed last year" is Guatemala's 20, not a place the list shares)
                ps = [p for p in self._own_places(m, L, R) if p.kind in ("country", "world")
                      and not (p.end <= m.start and self._opens_relative(p.end))]
                for p in ps:
                    found.setdefault(p.code, Value(p.code, [self._ev("country", "shared", p.start, p.end)]))
            elif what == "period":
                cur = self._current
                if cur is not None and m.end <= cur.start and self.lex.sequence_words.finditer(self.text, m.end, cur.start):
                    # ("Mexico: 18 killings in 2023, then 19 and 23 cases"): a list that moves on in time after an item
                    # does not share that item's year
                    continue
                if cur is not None and m.start != cur.start and self._compared_in_clause(m, L):
                    # ("con 41 casos, aunque por debajo de los 48 de 2024": a later figure compared with keeps its year;
                    # so does an earlier one, "Guatemala registró 17 casos, por debajo de los 20 de 2024; Honduras,
                    # nueve")
                    continue
                if cur is not None and m.start != cur.start and self._told_earlier(m, L, R) \
                        and not self._told_earlier(cur, *a.windows[cur.start], through_list=True):
                    # ("The Philippines, with seven, remained the deadliest country in Asia, having recorded 11 killings
                    # in 2022", "Brazil, where 25 defenders had been killed in 2023, recorded 12"): a figure told in a
                    # tense that looks back keeps its year
                    continue
                # ("disappearances rose to 9 from 4 in 2024"): the year after the figure a change starts from, later
                # in the list, is that figure's, not the later side's (not one before it: "fall in 2021, from 65 to 33")
                change_from = cur is not None and m.start > cur.start and self._starts_change(m)
                for q in self._own_periods(m, L, R):
                    if change_from and q.start >= m.end:
                        continue
                    if q.kind in ("closed", "single", "bare") and q.y1_span and q.y2_span:
                        found.setdefault((q.y1, q.y2), Value((q.y1, q.y2), [
                            self._ev("period_start", "shared", *q.y1_span),
                            self._ev("period_end", "shared", *q.y2_span)]))
                    elif q.kind == "relative" and not q.compared and not any(
                            0 <= q.start - h.end <= 4 for h in a.markers["comparison"]):
                        # "24 defenders were killed and three disappeared last year": a relative year the
                        # list states once is shared like a written one; beside another item's own year
                        # ("12 víctimas mortales, correspondientes al año pasado, ..., que sitúa en cinco
                        # las víctimas de 2019") it is a second period in view, and which one the item
                        # shares is not sure
                        # (a year counted from the date of publication; not one counted from the scene's year,
                        # "16 defenders were killed, nearly three times the previous year's figure")
                        got = self._period_value(q) if q.relative is not None and q.relative.basis == "published" else None
                        if not isinstance(got, Value):
                            return None
                        found.setdefault(got.value, got)
            else:
                terms = a.outcomes if what == vocab.dimensions()[0] else a.subgroups[what]
                # (nor a word of the parts a partitive opens after the current number: "163 personas defensoras, de las
                # cuales 157 fueron asesinadas y seis desaparecidas" says nothing of the 163's outcome)
                cur = self._current
                parts_from = next((h.start for h in a.markers["partitive_before"]
                                   if cur is not None and h.start >= cur.end), None)
                for t in terms:
                    if parts_from is not None and t.start >= parts_from:
                        continue
                    # (not a word of the clause before a strong stop: "157 fueron asesinadas y seis desaparecidas; un año
                    # antes la cifra fue de 146")
                    if L <= t.start < R and (before is None or t.start < before) \
                            and not (t.end <= m.start and STRONG_RE.search(self.text, t.end, m.start)):
                        found.setdefault(t.code, Value(t.code, [self._ev(what, "shared", t.start, t.end)]))
        if len(found) == 1:
            return next(iter(found.values()))
        return None

    def _outcome_of_total_after(self, noun: Term) -> Value | None:
        """The outcome a total right after a generic noun names, when the noun's figure is given as part of it ("42
        casos, de un total de 158 defensores asesinados o desaparecidos", "41 cases, out of a total of 158 killings")."""
        text = self.text
        gap = re.match(r"\s*,?\s*", text[noun.end:])
        at = noun.end + (gap.end() if gap else 0)
        ph = self.lex.partitive_of.starts_at(text, at, 30)
        # (a partitive of a total, "de un total de", "out of a total of": it holds a figure noun)
        if ph is None or not any(w.lower() in self.lex.figure_nouns for w in re.findall(r"[^\W\d_]+", text[ph.start:ph.end])):
            return None
        whole = next((m for m in self.a.candidates if m.start >= ph.end and not text[ph.end:m.start].strip()), None)
        if whole is None:
            return None
        end = self._clause_end(whole, len(text))
        said = [t for t in self.a.outcomes if whole.end <= t.start < end and len(text[whole.end:t.start].split()) <= 4]
        if not said:
            return None
        joined = self._with_coordinated([said[0]], self.a.outcomes)
        out_dim = vocab.dimensions()[0]
        code = vocab.narrowest_holding(out_dim, {str(t.code) for t in joined})
        return Value(code, [self._ev(out_dim, "stated", joined[0].start, joined[-1].end)])

    def _answer_count(self) -> Count | None:
        """The figure a question about defenders asks for, when the sentence answers it with a first number that has no
        noun, place or year of its own: the question's outcome and year (`_question_asks`) and its one place
        (`question_country`). None otherwise."""
        a, d = self.a, self.d
        asked, place = d.question_asks, d.question_country
        # (the sentence right after the question: not a numbered answer in a list after several questions, "3.
        # Twenty-five.")
        if not self.answers or asked is None or place is None or not a.candidates \
                or d.sentence_before_at != place[2]:
            return None
        n = a.candidates[0]
        if re.search(r"(?:^|\s)\(?[a-dA-D]\)\s*$", self.text[:n.start]):
            return None  # (a quiz's answer options: "a) 96  b) 158  c) 312")
        L, R = a.windows[n.start]
        if self._own_places(n, L, R) or self._own_periods(n, L, R) or self._noun_after(n, R) is not None \
                or a.marker_before("partitive_of", n.start, 24, r"\s*") or self._starts_change(n) \
                or any(m.end <= n.start for m in a.numbers if m.kind == "cardinal"):
            return None
        outcome, period = asked
        out_dim = vocab.dimensions()[0]
        values: dict = {"country": place[1].value, "period_start": period.value[0],  # type: ignore[index]
                        "period_end": period.value[1], out_dim: outcome.value}  # type: ignore[index]
        values.update({dim: vocab.top_code(dim) for dim in vocab.dimensions()[1:]})
        evidence = _as_context(place[1].evidence, self.sent) + _as_context(period.evidence, self.sent) \
            + _as_context(outcome.evidence, self.sent) + [Evidence(dim, "unrestricted") for dim in vocab.dimensions()[1:]]
        return self._valued(n, values, evidence)

    def _outcome_split(self, n: Number, said: list[Term], whole: str, hi: int) -> Term | None:
        """The outcome a part states after it, when the sentence goes on to a sibling part with another outcome inside
        the same whole: "Nineteen of the victims were killed and four remain disappeared" splits the whole's killed or
        disappeared into its two outcomes. None when the part is not one of such a split."""
        own = [t for t in said if n.end <= t.start < hi]
        if len({t.code for t in own}) != 1 or own[0].code == whole or not vocab.contains("outcome", whole, own[0].code):
            return None
        code = str(own[0].code)
        for t in self.a.outcomes:
            if n.start <= t.start < hi or not vocab.contains("outcome", whole, str(t.code)) or \
                    vocab.contains("outcome", code, str(t.code)) or vocab.contains("outcome", str(t.code), code):
                continue
            # (the sibling's own outcome: the last number before the word is another part, not this one)
            before = [m for m in self.a.candidates if m.end <= t.start]
            if before and before[-1].start != n.start:
                return own[0]
        return None

    def _compared_group(self, t: Term) -> bool:
        """A group named right after words that set it as the one compared with ("por detrás de la minería", "behind
        mining"), an article maybe between."""
        frame = self._ends_before_term(self.lex.comparison_frame, t, 24)
        # (set off by a comma, a word or two maybe between: not "48 de ellas hacían frente a la minería")
        return frame is not None and re.search(r",\s*(?:[^\W\d_]+\s+){0,2}$", self.text[:frame.start]) is not None

    def _ends_before_term(self, matcher: Matcher, t: Term, window: int) -> Hit | None:
        """A phrase of `matcher` ending right before the term, or before the article that opens it ("sólo contabilizaba
        | asesinatos", "por detrás de | la minería")."""
        art = re.search(rf"(?:{self.lex.rx_article})\s+$", self.text[:t.start], re.I)
        return matcher.ends_at(self.text, t.start, window) or (
            matcher.ends_at(self.text, art.start(), window) if art is not None else None)

    def _years_differ(self, m: Number, cur: Number) -> bool:
        """Both numbers state years of their own, and not the same."""
        def years(x: Number) -> set:
            return {(q.y1, q.y2) for q in self._own_periods(x, *self.a.windows[x.start])
                    if q.kind in ("closed", "single", "bare") and not q.compared}
        mine, theirs = years(cur), years(m)
        return bool(mine) and bool(theirs) and mine != theirs

    def _referent_either_way(self, n: Number, counts: list[Count]) -> Count | None:
        """("245 ... in Mexico, 123 of them Indigenous; among them, 17 Indigenous women"): figures that differ only in
        groups the part names itself, within each of them, give the part the same reading whichever it refers to;
        the narrowest, whose groups are the part's own, is its referent."""
        groups = vocab.dimensions()[1:]
        differ = [k for k in ("country", "period_start", "period_end", vocab.dimensions()[0], *groups)
                  if len({str(c.get(k)) for c in counts}) > 1]
        if not differ or not set(differ) <= set(groups):
            return None
        end = self._clause_end(n, self.a.windows[n.start][1])
        own = {d: {t.code for t in self.a.subgroups.get(d, []) if n.end <= t.start < end} for d in differ}
        if not all(len(codes) == 1 and all(vocab.contains(d, str(c.get(d)), next(iter(codes))) for c in counts)
                   for d, codes in own.items()):
            return None
        narrowest = [c for c in counts if all(str(c.get(d)) in own[d] for d in differ)]
        return narrowest[-1] if narrowest else None

    def _beside_part(self, n: Number, got: list[Count] | str | None) -> list[Count] | str | None:
        """A number read by its own words or as part of another figure, joined by a coordinator to a part of a
        whole ("Twelve of them were killed and one remains missing"; "13 were Indigenous and 3 were women"): it is one
        more part of that whole, read with its own words. In review when the part's own phrase names a group its whole
        lacks ("21 of the Indigenous victims ..., and 16 ...": one more of the Indigenous victims, or of all); read as
        before when the part is an aside of a whole of its own sentence or narrows its whole to a place or years."""
        # (nor one whose own reading lacks its place: "Nineteen of the Mexican victims were killed and four remain
        # disappeared", the four in a sentence that names Mexico only in the part's own words)
        unplaced = isinstance(got, str) and got.startswith(NO_COUNTRY)
        if not (isinstance(got, list) and got) and not unplaced:
            return got
        L, R = self.a.windows[n.start]
        partner = self._coordinated_part(n, L, R)
        if not isinstance(partner, Count) or partner.part_of is None:
            return got
        whole = partner.part_of
        if isinstance(got, list) and all(c.part_of is whole or c.part_of is partner for c in got):
            return got
        if whole.sentence.start == self.sent.start or any(partner.get(k) != whole.get(k) for k in (
                "country", "period_start", "period_end")):
            # ("38 were killed by police, 17 of them Indigenous, and 52 were linked to mining": a part of a whole of its
            # own sentence is an aside of that whole, not what the next figure goes on from; "Nueve de las víctimas
            # mexicanas": nor one that narrows its whole to a place or years)
            return got
        narrowed = [d for d in vocab.dimensions()[1:] if partner.get(d) != whole.get(d)]
        src = self.src.text
        of = self.lex.partitive_of.starts_at(src, partner.value_end, 12)
        # (a group word within the partitive's noun phrase, no linking verb before it: "de las víctimas indígenas", not
        # "de las víctimas eran indígenas")
        in_phrase = [e for e in partner.evidence if of is not None and e.field in narrowed and e.basis == "stated"
                     and e.start is not None and e.start >= of.end and len(src[of.end:e.start].split()) <= 2
                     and not any(w.lower() in self.lex.copulas for w in src[of.end:e.start].split())]
        if in_phrase:
            # ("Veintiuna de las víctimas indígenas ..., y dieciséis"): the part's whole is "the Indigenous victims";
            # the number may be one more of them, or of all the victims
            return (f"joined to {partner.get('value')}, a part of the group its own words name ('"
                    f"{src[partner.value_end:in_phrase[0].end].strip()}'): whether it is one more part of that group is "
                    "not stated")
        # (the part's groups, if any, are its predicate's: "13 were Indigenous and 3 were women")
        return self._part(n, whole, (n.end, R), parent_span=None, left=(L, n.start))

    def _coordinated_part(self, n: Number, L: int, R: int) -> Count | Unresolved | None:
        """The part a number is joined to by a coordinator, in the same sentence with no colon or semicolon between
        ("Twelve of them were killed and one remains missing"; "21 of the Indigenous victims were killed by police,
        and 16 were defending their land against mining"): a part read as part of a whole (`Count.part_of`), or one
        in review because the group its pronoun names could not be resolved. None when the number names a partitive,
        a place or years of its own, or the figure before it is no such part."""
        a = self.a
        if a.marker_after("partitive_of", n.end, r"\s+") or a.marker_after("partitive_pronoun", n.end, r"\s+") \
                or self._own_places(n, L, R) or self._own_periods(n, L, R):
            return None
        before = [f for f in self.figures if f.sentence.start == self.sent.start
                  and (f.value_end if isinstance(f, Count) else f.end) <= a.abs(n.start)]
        if not before:
            return None
        last = before[-1]
        if isinstance(last, Unresolved):
            # (not an aside part of a figure of its own sentence: "9 casos fueron atribuidos a policías, de ellos 5 con
            # víctimas indígenas, y 11 estaban vinculados a la minería")
            if not last.reason.startswith("counts part of a group named by a pronoun") or len(before) > 1:
                return None
        elif last.part_of is None or last.compared:
            return None
        end = last.value_end if isinstance(last, Count) else last.end
        gap = self.src.text[end:a.abs(n.start)]
        joins = self.lex.coordinators.finditer(gap)
        tail = gap[joins[-1].end:] if joins else gap
        if re.search(r"[;:.()\d—–]", gap) or any(
                m.finditer(tail) for m in (self.lex.partitive_of, self.lex.partitive_pronoun, self.lex.partitive_before)):
            return None  # (nor a part of the part: "ocho eran indígenas, y de estas, al menos cinco")
        # joined right before the number ("..., y dieciséis"), or within a few words of the part ("Doce de ellas
        # fueron asesinadas y una")
        lead = self.text[self._clause_lo(n.start, L):n.start]
        joined = self.lex.and_gap.fullmatch(lead) is not None
        if not joined and (len(gap.split()) > 8 or not joins):
            return None
        return last

    def _siblings(self) -> list[Number]:
        """The items of the list the current number is in: no strong separator (; — :) between
        them, and neither a part of another figure nor a figure compared with."""
        a, text = self.a, self.text
        n = self._current
        assert n is not None
        out = []
        for m in a.candidates:
            lo, hi = sorted((n.start, m.start))
            if m.start != n.start and STRONG_RE.search(text, lo, hi):
                continue
            # ("con 60 homicidios (el doble que en 2021, cuando se contaron unos 31 casos), seguida de
            # Brasil con 34": a figure in an aside shares nothing with the list outside it)
            if m.start != n.start and a.in_parens(n.start) and ("(" in text[lo:hi] or ")" in text[lo:hi]) \
                    and len(text[text.rfind("(", 0, n.start) + 1:n.start].split()) >= 2:
                continue  # (not a bracket that is the item itself: "asesinadas (13) o desaparecidas (una)")
            # (nor one in a bracket of its own words beside a number outside it: "con 52 casos (48 en 2024), mientras que
            # en Brasil la cifra subió de 12 a 17")
            if m.start != n.start and a.in_parens(m.start) and not a.in_parens(n.start):
                inner = text[text.rfind("(", 0, m.start) + 1:text.find(")", m.end) if text.find(")", m.end) >= 0 else len(text)]
                if len(inner.split()) >= 2:
                    continue
            L, _ = a.windows[m.start]
            # a figure compared with, its comparison word in its window or its clause ("(contra los 65")
            if self._comparisons(self._clause_lo(m.start, L), m.start):
                continue
            # "18 asesinatos y una desaparición, por lo que quedó por debajo de Colombia, con 48, y de
            # Guatemala, con 20": what comes after a comparison is the frame's list, not this one's
            if m.start != n.start and self._comparisons(lo, hi):
                continue
            if a.marker_after("partitive_of", m.end, r"\s+") or a.marker_after("partitive_pronoun", m.end, r"\s+") \
                    or a.marker_before("partitive_before", m.start, 30, r"[\s,]*(?:\w+\s+){0,2}?"):
                continue
            # ("menor que la de 2024, cuando se contabilizaron 146 casos, y ... alcanzado en 2020, cuando Global Witness
            # documentó 227 asesinatos": a figure in a "when" clause of another year than the current one's is that
            # year's own figure, no item of its list)
            when_m, when_n = self._when_year(m), self._when_year(n)
            if m.start != n.start and when_m is not None and (when_n is None or (when_m.y1, when_m.y2) != (when_n.y1, when_n.y2)):
                continue
            out.append(m)
        return out

    def _lead_value(self, what: str) -> Value | None:
        lead = self.sent.lead
        if lead is None:
            return None
        la = analyse(lead, self.lex)
        if what == "country":
            # (not an aside in brackets: "dedicated to Berta Cáceres (2015, Honduras), looks at ... 2015:")
            ps = [p for p in la.places if p.governs and p.kind in ("country", "world") and not la.in_parens(p.start)]
            if len({p.code for p in ps}) == 1:
                p = ps[0]
                return Value(p.code, [Evidence("country", "context", lead.start + p.start, lead.start + p.end)])
            return None
        if what == "period":
            qs = [q for q in la.periods if q.governs and q.kind in ("closed", "single", "bare") and q.y1_span and q.y2_span
                  and not la.in_parens(q.start)]
            if len({(q.y1, q.y2) for q in qs}) == 1:
                q = qs[0]
                assert q.y1_span and q.y2_span
                return Value((q.y1, q.y2), [
                    Evidence("period_start", "context", lead.start + q.y1_span[0], lead.start + q.y1_span[1]),
                    Evidence("period_end", "context", lead.start + q.y2_span[0], lead.start + q.y2_span[1])])
            return None
        terms = la.outcomes if what == vocab.dimensions()[0] else la.subgroups[what]
        if len({t.code for t in terms}) == 1:
            t = terms[0]
            return Value(t.code, [Evidence(what, "context", lead.start + t.start, lead.start + t.end)])
        return None

    def _parent_with_value(self, value: int, phrase: str, countries: frozenset[str] = frozenset()) -> Count | Unresolved | str | None:
        """The latest earlier figure with this value; where the phrase names a subgroup, one that
        is restricted exactly as it says; where it names a country ("las 18 víctimas mexicanas"), one of it."""
        named = {d: t.payload for d in vocab.dimensions()[1:]
                 for t in self.lex.dimension_terms[d].finditer(phrase[:60])[:1]}
        cands: list[Count | Unresolved] = [c for c in self.d.counts + [f for f in self.figures if isinstance(f, Count)]
                                           if c.get("value") == value and (not countries or c.get("country") in countries)]
        exact = [c for c in cands if isinstance(c, Count) and
                 {d: c.get(d) for d in vocab.dimensions()[1:] if c.get(d) != vocab.top_code(d)} == named]
        loose = [c for c in cands if isinstance(c, Count) and all(c.get(d) == code for d, code in named.items())]
        for found in (exact, loose):
            if not found:
                continue
            # ("en 2024 ... dieciocho asesinadas ... en 2023 también fueron dieciocho ... De las dieciocho víctimas
            # mexicanas, diez eran indígenas": the value is given for several places or years; which is not said)
            several = _several_spans(found)
            if several is not None:
                return f"stated as part of {value}, which the text gives for several places or years ({several})"
            return found[-1]
        review = [u for u in self.out.review if u.number_text and _int(u.number_text) == value]
        return review[-1] if review else None

    def _ev(self, field_name: str, basis: str, start: int, end: int) -> Evidence:
        return Evidence(field_name, basis, self.a.abs(start), self.a.abs(end))

    # ------------------------------------------------------------------ shares

    def _shares(self) -> bool:
        a, text = self.a, self.text
        found = False
        for n in a.numbers:
            if n.kind != "percent":
                continue
            after = text[n.end:n.end + 80]
            unit = re.match(rf"\s*{self.lex.rx_percent}?\s*", after, re.I)
            pop = self.lex.population_of.starts_at(after, unit.end() if unit else 0, 40)
            if pop is None:
                continue
            groups = self.lex.population.finditer(text, n.end + pop.end, min(len(text), n.end + pop.end + 60))
            if not groups:
                continue
            g = groups[0]
            deictic = [p for p in a.places if p.end <= n.start and p.kind in ("deictic",)]
            countries = [p for p in a.places if p.kind == "country" and p.governs]
            ev: list[Evidence]
            country: object
            if countries:
                p = countries[-1]
                country, ev = p.code, [self._ev("country", "stated", p.start, p.end)]
            elif self.d.country is not None or self.figures or self.d.counts:
                src = self.d.country
                if src is None:
                    continue
                country, ev = src.value, _as_context(src.evidence, self.sent)
            else:
                continue
            if not self.lex.where_country.finditer(text, 0, n.start) and not countries \
                    and not deictic:
                continue
            share = Share({"country": country, "population": g.payload, "share_percent": n.value,
                           "number_text": n.text}, self.sent, a.abs(n.start), a.abs(n.end),
                          [self._ev("share_percent", "stated", n.start, n.end)] + ev
                          + [self._ev("population", "stated", g.start, g.end)])
            self.out.shares.append(share)
            found = True
        return found

    # ------------------------------------------------------------------ context

    def _update_context(self) -> None:
        self._update_scene()
        self._update_world_scene()
        self._update_places_before()

    def _update_places_before(self) -> None:
        """Records a region, or a part of a country, that the sentence names alone among its places."""
        governing = [p for p in self.a.places if p.governs]
        regions = [p for p in governing if p.kind == "region"]
        self.d.region_before = (self.sent.paragraph, self.text[regions[0].start:regions[0].end]) \
            if regions and len(regions) == len(governing) else None
        states = [p for p in governing if p.kind == "subnational"]
        self.d.state_before = (self.sent.start, self.text[states[0].start:states[0].end]) \
            if states and len(states) == len(governing) else None

    def _update_world_scene(self) -> None:
        d, a = self.d, self.a
        about = a.about_people or bool(self.lex.names_defenders.finditer(self.text))
        if not a.candidates and any(p.governs and p.kind != "deictic" for p in a.places):
            d.last = []  # "... a key driver of the attacks worldwide.": a list before it does not go on
        counts = [f for f in self.figures if isinstance(f, Count) and not f.compared]
        said = [e for c in counts for e in c.evidence if e.field == "country"
                and e.basis in ("stated", "shared", "context", "referent") and c.get("country") == vocab.world()]
        if counts:
            d.world_scene = Value(vocab.world(), said[:1]) if said and all(
                c.get("country") == vocab.world() for c in counts) else None
        elif about and any(p.governs for p in a.places):
            world = [p for p in a.places if p.governs and p.kind == "world"]
            only_world = len(world) == len([p for p in a.places if p.governs])
            d.world_scene = Value(vocab.world(), [self._ev("country", "stated", world[0].start, world[0].end)]) \
                if only_world else None
        elif self.figures:
            d.world_scene = None

    def _update_scene(self) -> None:
        d = self.d
        # a figure compared with ("up from five in 2019") sets no scene for what follows
        counts = [f for f in self.figures if isinstance(f, Count) and not getattr(f, "compared", False)]
        if self.figures:
            d.last = list(self.figures)
            d.when_dated = {c.value_start for c in counts if any(
                self.a.abs(m.start) == c.value_start and self._when_year(m) is not None for m in self.a.candidates)}
        if not counts and self.figures:
            if any(isinstance(f, Unresolved) and f.reason.endswith(OPEN_YEARS_UNSTATED) for f in self.figures) or any(
                    q.governs and not q.compared and not self.a.in_parens(q.start) and (
                        q.kind == "open_relative" or (q.kind == "open" and self.d.period is not None
                                                      and self.d.period.value[0] != self.d.period.value[1]))  # type: ignore[index]
                    for q in self.a.periods):
                # "over the course of a decade, 448 activists": the text has moved to a period it
                # does not state, so the year before no longer holds ("More than 711 people ... over the
                # last decade", in review for its place: "50 more deaths took place in the Philippines"
                # after it is not of the year before)
                # (nor a span before a sentence of unread figures "since 2012": "From 2012 to 2024 the database held
                # 222 ... || With last year added, the total since 2012 rises to 249 [in review] ... || Mining ..., with
                # 61 across the whole period" may be of either span)
                d.period = None
            # figures that could not be read set no scene; a year outside their clauses still does
            # ("Sixty of the killings took place in Colombia, ..., where attacks doubled in 2022")
            self._update_context_without_counts(outside_figures=True)
            # ("a report detailing 146 killings or disappearances in 2024", refused for its place): what
            # a figure read in full counts still sets the scene's outcome
            out_dim = vocab.dimensions()[0]
            read = [f.read_as for f in self.figures if isinstance(f, Unresolved) and f.read_as is not None]
            if read and len({r.get(out_dim) for r in read}) == 1:
                d.outcome = Value(read[0].get(out_dim), [e for e in read[0].evidence if e.field == out_dim])
            return
        if counts:
            for name in ("country", "period", vocab.dimensions()[0]):
                setters = counts
                if name == "period":
                    # "ya que el año anterior había reportado 30 asesinatos. Esta vez, ...": a year counted
                    # back from the scene's is a comparison with it; the scene's year still holds
                    # ("Killings in Guatemala rose fivefold from four in 2023": the year a change starts
                    # from is the comparison's; the scene's year still holds)
                    setters = [c for c in counts if not any(e.field == "period_start" and e.basis == "relative"
                                                            for e in c.evidence) and not c.compared
                               and self.lex.from_words.ends_at(self.text, c.value_start - self.sent.start, 10) is None]
                    # ("perdieron la vida en 2017 ... (en 2016, fueron 200 las personas asesinadas)": a figure in
                    # brackets is background; the year of those outside it sets the scene)
                    outside = [c for c in setters if not self.a.in_parens(c.value_start - self.sent.start)]
                    setters = outside or setters
                    # ("185 killed worldwide in 2015, ..., up 59% on 2014, when 116 were killed": a figure of a "when"
                    # clause beside the sentence's own is of a year compared with; the others set the scene. Alone, it
                    # may be the scene: "the most murdered ... in 2021, when the nation saw 54")
                    setters = [c for c in setters if c.value_start not in d.when_dated] or setters
                    # ("En 2016 habían sido 49": a figure told in a tense that looks back is a comparison)
                    if not setters or self.lex.earlier_tense.finditer(self.text):
                        continue
                    # ("Disappearances were folded into the tally only in last year's edition, which counted 142 killings
                    # and four disappearances for 2024": figures of an earlier report than the text's are background)
                    if self._names_earlier_report() and self.d.period is not None:
                        continue
                    # ("908 killed between 2002 and 2013 ... 2012 was the deadliest year, with 147 deaths": a record
                    # year inside the years of the report in view is not the scene of what follows)
                    # (or inside the span of years the scene already has)
                    ry = d.report_year.value if d.report_year is not None else None
                    span = d.period.value if d.period is not None and d.period.value[0] != d.period.value[1] else None  # type: ignore[index]
                    if self.lex.record_years.finditer(self.text) and all(
                            c.get("period_start") == c.get("period_end") and (
                                (ry is not None and c.get("period_start") != ry)
                                or (span is not None and span[0] <= c.get("period_start") < span[1]))  # type: ignore[index, operator]
                            for c in setters):
                        continue
                    # ("Documentamos 207 asesinatos [2017] ...; en 2016 fueron 200. || Brasil es el país más letal, con 57":
                    # in a text about the report on 2017, an earlier year's figure after the scene's is background; the
                    # report's year still holds for what follows)
                    # (also when the scene was lost on the way: "Sumemos: 77 vidas en cuatro años [review] ... Hace no tanto,
                    # en 2012, la organización contaba menos de diez. || Colombia, con 65": 2012 is no scene)
                    about = d.report_year or d.released
                    if about is not None and (d.period is None or d.period.value == (about.value, about.value)) \
                            and all(c.get("period_start") == c.get("period_end") and int(str(c.get("period_end")))
                                    < int(str(about.value)) for c in setters):
                        continue
                if name == vocab.dimensions()[0]:
                    # ("... 161 people killed or disappeared in 2025 ... Of the global total, 152 were killed outright. ||
                    # ... organised crime for 29 of last year's cases"): a figure that breaks down a total the text gave
                    # for its place and years says what part of them it counts, not what the text counts from here on
                    # ("146 ... asesinadas o desaparecidas ...: 142 asesinadas y 4 desaparecidas. Colombia encabeza la
                    # lista con 48": the total's outcome is the scene's)
                    setters = [c for c in setters if not self._breaks_down(c)]
                    # ("The total is down from 196 killings in 2023, 177 in 2022 and 200 in 2021. || Colombia topped the
                    # list with 48": items that take their noun from a figure compared with say nothing of what the
                    # text's own figures count)
                    compared_nouns = {e.start for f in self.figures if isinstance(f, Count) and f.compared
                                      for e in f.evidence if e.field == name and e.basis == "stated"}
                    setters = [c for c in setters if not any(e.field == name and e.start in compared_nouns
                                                             and e.basis != "stated" for e in c.evidence)]
                    if not setters:
                        continue
                    # ("veintitrés casos: veinte personas defensoras asesinadas y tres desaparecidas" with the 23 and the
                    # 20 refused: the one part read, beside a larger figure refused, does not say what the sentence
                    # counts; "En el mundo se documentaron 163 casos" after it is not of disappearances)
                    named = {t.code for t in self.a.outcomes} - {_field_value(c, name) for c in setters}
                    value_at = {self.a.abs(m.start): int(m.value) for m in self.a.candidates}
                    larger_refused = len(setters) == 1 and any(
                        isinstance(f, Unresolved) and value_at.get(f.start, 0) > int(str(setters[0].get("value")))
                        for f in self.figures)
                    if larger_refused and named - {vocab.top_code(name)} \
                            and _field_value(setters[0], name) != vocab.top_code(name):
                        d.outcome = None
                        continue
                vals = {(_field_value(c, name)) for c in setters}
                if name == "period" and len(vals) == 1 and self._other_year_stated(counts, next(iter(vals))):
                    # "Whereas only 33 ... lost their lives ... in 2021, the figure almost doubled in
                    # 2022": the sentence ends on another year than its figure's, so what follows may
                    # be of either
                    d.period = None
                    continue
                if len(vals) == 1:
                    c = setters[0]
                    value = _field_value(c, name)
                    fields = ("period_start", "period_end") if name == "period" else (name,)
                    ev = [e for e in c.evidence if e.field in fields]
                    if name == "period" and _ends_at_report(ev) \
                            and d.period is not None and d.period.value[0] == d.period.value[1]:  # type: ignore[index]
                        d.year_before_total = d.period
                    setattr(d, "outcome" if name == vocab.dimensions()[0] else name, Value(value, ev))
                elif name == "country":
                    d.country = None
                elif name == "period":
                    d.period = None
                    singles = [c for c in setters if c.get("period_start") == c.get("period_end")]
                    years = {_field_value(c, name) for c in singles}
                    totals = [c for c in setters if c not in singles]
                    if len(years) == 1 and all(
                            _ends_at_report([e for e in c.evidence if e.field == "period_end"])
                            and (c.get("period_end"),) * 2 == next(iter(years)) for c in totals):
                        # ("Of last year's victims, 155 were killed and eight disappeared, ... its tally since it began
                        # counting in 2012 now stands at more than 2,400"): a series total that ends at the report's
                        # year frames the one year of the sentence's other figures; that year goes on
                        c = singles[0]
                        d.period = Value(_field_value(c, name), [e for e in c.evidence
                                                                 if e.field in ("period_start", "period_end")])
            # (not when the text's first figure is a country's, even one left for review: "Con 54 de
            # los 200 homicidios registrados en el mundo en 2021, México ocupa el primer puesto")
            first_is_world = counts[0].value_start == self.a.abs(self.a.candidates[0].start) if self.a.candidates else True
            # (nor a title's figure with no place: titles leave places out)
            title = self.sent.start in d.titles
            implied = any(e.field == "country" and e.basis == "world_implied" for e in counts[0].evidence) \
                and not _is_report_total(counts[0])
            if not d.countries_seen and first_is_world and not (title and implied) and (
                    counts[0].get("country") == vocab.world() or any(p.kind == "world" and p.governs for p in self.a.places)):
                d.global_article = True
            d.countries_seen |= {str(c.get("country")) for c in counts}
        else:
            self._update_context_without_counts()

    def _other_year_stated(self, counts: list[Count], years: object) -> bool:
        """A year after the sentence's last figure, in no figure's evidence, not compared or in an
        aside, and not the figures' own year."""
        a = self.a
        last = max(c.value_end for c in counts)
        # (the years of figures compared with are theirs: "12 asesinatos en 2020 en comparación con 5
        # en 2019")
        used = {e.start for f in self.figures if isinstance(f, Count) for e in f.evidence if e.start is not None}
        compared = [h.start for h in a.markers["comparison"] if a.abs(h.start) >= last]
        first = min(c.value_start for c in counts)
        # (before the figures too: "The 2021 figure for Colombia is lower than in the two years before,
        # when 64 ... were murdered in 2019 and 65 in 2020"; not the year in a report's name, "In its
        # 2023 annual report ..., with 60 cases in 2022")
        return any(q.governs and not q.compared and q.kind in ("single", "bare", "closed") and q.y1_span
                   and (a.abs(q.start) >= last or (a.abs(q.start) < first and not self._names_report(q)))
                   and a.abs(q.y1_span[0]) not in used
                   and not any(h < q.start for h in compared)
                   and not a.in_parens(q.start) and (q.y1, q.y2) != years
                   for q in a.periods)

    def _report_year_doubt(self, q: Period, got: Value | str) -> str:
        """Why the year `q` gives (`got`) is not sure, or "": a year that names a report ("El informe de 2023") may be
        the year it came out or the one it covers; under a scene of another year, the text does not say which
        ("2022 || El informe de 2023 registró 31 asesinatos en México")."""
        scene = self.d.period.value if self.d.period is not None else None
        if not isinstance(got, Value) or scene is None or scene == got.value or not self._names_report(q):
            return ""
        return (f"'{self.text[q.start:q.end]}' names a report, which may be of the year it came out or of the year it "
                f"covers, and the text before it is of {scene[0]}" + ("" if scene[0] == scene[1] else f"-{scene[1]}"))  # type: ignore[index]

    def _report_about_year(self, q: Period) -> bool:
        """The year a report is said to be about, not a figure's: "su informe sobre 2024", "its report on 2024",
        "Global Witness's report covering 2025" (`mld.reports.covered_years`)."""
        return any(cs <= q.start < ce for cs, ce, _ in covered_years(self.text, 0, self.lex))

    def _report_dated_before(self, n: Number) -> str | None:
        """The words before the number that name a report by a relative year or by a year ("last year's report", "el
        informe anterior", "the 2024 report"), or None."""
        for h in self.lex.relative_periods.finditer(self.text, 0, n.start):
            if relative_names_report(self.text, h, self.lex) or self.lex.report_nouns.finditer(self.text, h.start, h.end):
                return self.text[h.start:h.end]
        named = next((q for q in self.a.periods if q.end <= n.start and q.kind in ("single", "bare")
                      and self._names_report(q)), None)
        return self.text[named.start:named.end] if named is not None else None

    def _report_noun_beside(self, q: Period) -> bool:
        """A report's noun right before or right after the year ("the 2026 edition", "el informe 2025")."""
        return self.lex.report_nouns.ends_at(self.text, q.start, 20) is not None \
            or self.lex.report_nouns.starts_at(self.text, q.end, 20) is not None

    def _names_report(self, q: Period) -> bool:
        """A year in a report's name: "el informe 2017", "el informe de 2023", "its 2023 annual report", "the 2019
        Global Witness report" (a report noun right before it or before its "de", or up to two words after it)."""
        if self._report_noun_beside(q):
            return True
        of = re.search(rf"\b(?:{self.lex.rx_of})\s+$", self.text[:q.start], re.I)  # "el informe de 2023"
        if of is not None and self.lex.report_nouns.ends_at(self.text, of.start(), 20) is not None:
            return True
        words = re.match(r"((?:\s+[^\W\d_]+){0,2})", self.text[q.end:])
        starts = [q.end + m.end() for m in re.finditer(r"\s+", words.group(1) if words else "")]
        return any(self.lex.report_nouns.starts_at(self.text, at, 20) is not None for at in starts)

    def _ranks_subject(self, p: Place) -> bool:
        """The sentence opens with the country and ranks it ("Mexico is second on your list again", "México
        ocupa el segundo lugar"): the figures after it, with no place of their own, are that country's."""
        text = self.text
        # (after a speaker's label: "DIEGO: Mexico is second again.")
        before = re.sub(r"^\s*[^\W\d_][^:.!?\d]{0,30}:\s+", "", text[:p.start])
        if re.sub(rf"^\s*(?:(?:{self.lex.rx_article})\s+)?", "", before, flags=re.I).strip():
            return False
        return self._ranked_after(p, reach=6) \
            or bool(self.lex.ranking_verbs.finditer(text, p.end, min(len(text), p.end + 24)))

    def _update_context_without_counts(self, outside_figures: bool = False) -> None:
        """A sentence with no count still sets the scene when it names one country or one year
        ("En 2023, el 70% de los ambientalistas asesinados en México ...")."""
        a, d = self.a, self.d
        # (a bracket after it is its gloss: "2021 (informe de septiembre de 2022)")
        alone = re.fullmatch(r"\s*((?:19|20)\d\d)\s*(?:\([^()\n]*\))?\s*[:.]?\s*", self.text)
        if alone is not None and not outside_figures:
            # ("2022 || El informe de 2023 registró 31 asesinatos en México": a year alone on its line heads the
            # section after it, a reference page's or a timeline's, whose figures are of that year)
            d.period = Value((int(alone.group(1)),) * 2, [self._ev("period_start", "stated", *alone.span(1)),
                                                         self._ev("period_end", "stated", *alone.span(1))])
            return
        if not d.countries_seen and a.about_people and any(p.kind == "world" and p.governs for p in a.places):
            d.global_article = True
        # "185 activists were killed last year" (sent to review): what its "victims" and "cases"
        # that follow are, when the sentence says one outcome
        top = vocab.top_code(vocab.dimensions()[0])
        # (the whole's own words count too, not its generic nouns: "[Chart 2] Defenders killed or disappeared by
        # country, 2025. Colombia 43; Mexico 23", after a caption of killings)
        said = [t for t in a.outcomes if t.code != top or self.text[t.start:t.end].lower() not in self.lex.generic_outcome]
        # (nor the noun of a whole whose part was refused: "el crimen organizado está detrás de nueve de los veinte
        # asesinatos" says what the part is of, not what the text counts from here on)
        wholes = [m.end for m in a.numbers if a.marker_before("partitive_of", m.start, 12, r"\s*") is not None]
        said = [t for t in said if not any(e <= t.start and not self.text[e:t.start].strip() for e in wholes)]
        if a.candidates:
            d.outcomes_said |= {str(t.code) for t in said}
        # (not a sentence whose figures are another organisation's: "Front Line Defenders ... recorded around three
        # hundred killings in 2025. || ... the Philippines is still the worst, with nine")
        others_figures = bool(self.figures) and all(isinstance(f, Unresolved) and f.reason.startswith(OTHER_SOURCE)
                                                    for f in self.figures)
        if a.about_people and said and not others_figures:
            one = len({t.code for t in said}) == 1 and (d.outcome is None or d.outcome.value == said[0].code)
            d.outcome = Value(said[0].code, [self._ev(vocab.dimensions()[0], "stated", said[0].start, said[0].end)]) \
                if one else None
        countries = [p for p in a.places if p.governs and p.kind == "country"]
        # (a country in brackets is an aside, "dedicated to Berta Cáceres (2015, Honduras)": it sets no scene)
        scene = [p for p in countries if not a.in_parens(p.start)]
        # (nor a country's adjective on people or things the text does not count: "most Canadian readers probably
        # skimmed past it" sets no scene for "31 of the killings ... in 2025" after it)
        others = [h.start for h in a.nouns if h.payload[0] in ("other_people", "other_things")]  # type: ignore[index]
        scene = [p for p in scene if not any(re.fullmatch(r"\s+", self.text[p.end:h]) for h in others)]
        if len({p.code for p in countries}) == 1 and scene and (a.about_people or self._ranks_subject(scene[0])) \
                and not outside_figures:
            p = scene[0]
            d.country = Value(p.code, [self._ev("country", "stated", p.start, p.end)])
            d.countries_seen.add(str(p.code))
        elif countries:
            d.countries_seen |= {str(p.code) for p in countries}
        # (a year in an aside sets no scene: "200 were murdered — up from 185 across 16 countries in 2015 —")
        # (nor a year in a report's name that is the text's own year or later: "land defenders after the 2026 report",
        # in a text of 2026, is the year the report came out, not a year it can cover)
        year = self.src.published_year
        periods = [q for q in a.periods if q.governs and not q.compared and q.kind in ("closed", "single", "bare")
                   and q.y1_span and q.y2_span and not a.in_parens(q.start)
                   and not (year is not None and q.y1 is not None and q.y1 >= year and self._names_report(q))]
        # (nor the year of a figure a change starts from: "el país pasó de 19 casos en 2024 a 24 en 2025 ... ||
        # Brasil (16), Guatemala (15) ..." goes on in 2025)
        owned = self._change_start_periods(len(self.text))
        periods = [q for q in periods if q.start not in owned] or periods
        if outside_figures:
            # a year in the clause of a figure that went to review for its period, or of a figure
            # compared with, sets no scene; one whose figure failed on something else does ("164
            # defenders were killed in 2018" with no country named: the list after it is of 2018)
            # (a number read only as the whole of another's part, "seven of the 10 countries", is no figure
            # of its own)
            doubtful = {a.abs(n.start) for n in a.candidates if n.start not in self.consumed} - {
                f.start for f in self.figures if isinstance(f, Unresolved) and not _about_period(f.reason)}
            # (nor a span in the clause of a figure of another harm: "entre 2012 y 2023 más de 9.000
            # activistas ... fueron atacados" is the attacks' total's frame; a single year there still is
            # the text's, "en 2014 se contabilizaron 116 casos de defensores amenazados")
            harms = [(a.windows[n.start][0], self._clause_end(n, a.windows[n.start][1])) for n in a.candidates
                     if any(isinstance(f, Unresolved) and f.start == a.abs(n.start) and f.reason.endswith(OTHER_HARM)
                            for f in self.figures)]
            periods = [q for q in periods if q.y1 == q.y2 or not any(lo <= q.start < hi for lo, hi in harms)]
            doubtful |= {a.abs(n.start) for n in a.candidates if self.lex.from_words.ends_at(self.text, n.start, 10)
                         or any(a.windows[n.start][0] <= h.start < n.start for h in a.markers["comparison"])}
            compared = {a.abs(n.start) for n in a.candidates
                        if any(a.windows[n.start][0] <= h.start < n.start for h in a.markers["comparison"])}
            # a compared figure's years run to the next strong break ("up from 185 across 16
            # countries in 2015 —")
            own = [(a.windows[n.start][0], self._strong_end(n.end) if a.abs(n.start) in compared
                    else self._clause_end(n, a.windows[n.start][1])) for n in a.candidates if a.abs(n.start) in doubtful]
            used = {e.start for f in self.figures if isinstance(f, Count) for e in f.evidence
                    if e.field == "period_start" and e.start is not None}
            periods = [q for q in periods if not any(lo <= q.start < hi for lo, hi in own)
                       and not (q.y1_span and a.abs(q.y1_span[0]) in used)]
        # ("... allí fueron asesinadas 57 personas. En 2016 habían sido 49.": a year told in a tense that looks
        # back from the text's time is a comparison, not the scene of what follows)
        # (nor one of an earlier report than the text's: "only in last year's edition, which counted 142 killings and
        # four disappearances for 2024")
        if self.lex.earlier_tense.finditer(self.text) or (self._names_earlier_report() and d.period is not None):
            periods = []
        # ("activista mapuche encontrada muerta en agosto de 2016", "killed on 14 November 2018": a year with
        # its month is the date of an event told, not the years the figures after it are of)
        periods = [q for q in periods if not (q.y1 == q.y2 and q.y1_span and self.lex.months.ends_at(
            self.text, self._before_year_of(q), 12) is not None)]
        # ("El recuento mortal de Global Witness empezó en 2012, tras el asesinato de ...": the year a count
        # began is the start of a series, not the year of the figures after it)
        began = [(h.start, h.end) for h in self.lex.began_years.finditer(self.text)]
        periods = [q for q in periods if not any(lo <= q.start < hi for lo, hi in began)]
        # ("Según reveló la ONG Global Witness, 2020 fue el año más peligroso para quienes defienden sus hogares":
        # a year named as the record year of a text about defenders is the scene, when no span is)
        record = not a.about_people and not outside_figures and d.period is None and len(periods) == 1 \
            and periods[0].y1 == periods[0].y2 and any(
                h.start <= periods[0].start < h.end or periods[0].end <= h.start
                for h in self.lex.record_years.finditer(self.text))
        covered = {y for _, _, y in covered_years(self.text, 0, self.lex, topics=False)} if not a.about_people and not outside_figures \
            and not record else set()
        if len(covered) == 1 and len({(q.y1, q.y2) for q in periods}) >= 1:
            # ("The 54 figure comes from Global Witness's report published in September 2022, which covered 2021. ||
            # That year Mexico did top the ranking"): the year a sentence says a report covers is what the text is
            # now about
            q = next((q for q in periods if (q.y1, q.y2) == (min(covered), min(covered))), None)
            if q is not None and q.y1_span and q.y2_span:
                d.period = Value((q.y1, q.y2), [self._ev("period_start", "stated", *q.y1_span),
                                               self._ev("period_end", "stated", *q.y2_span)])
        if len({(q.y1, q.y2) for q in periods}) == 1 and (a.about_people or record):
            q = periods[0]
            assert q.y1_span and q.y2_span
            d.period = Value((q.y1, q.y2), [self._ev("period_start", "stated", *q.y1_span),
                                           self._ev("period_end", "stated", *q.y2_span)])
            if not outside_figures and any(isinstance(f, Count) and (f.get("period_start"), f.get("period_end"))
                                           != (q.y1, q.y2) for f in d.last):
                # "... al menos 2.106 personas han sido asesinadas [2012-2023]. Activistas ambientales asesinados
                # en 2023. Documentados ...: Colombia 79, Brasil 25": a sentence with no figure that names
                # another year ends the list before it
                d.last = []
        elif not periods and a.about_people and not outside_figures:
            # "Last year, it says, saw the most killings": a year counted from the publication date
            # sets the scene like a stated one
            rel = [q for q in a.periods if q.governs and not q.compared and q.kind == "relative"
                   and q.relative is not None and q.relative.basis == "published"]
            opens = len(rel) == 1 and not self.text[:rel[0].start].strip()  # "Last year, ..." opens the sentence
            if len(rel) == 1 and (opens or not any(q.kind in ("open", "open_relative", "anaphoric") for q in a.periods)):
                got = self._period_value(rel[0])
                if isinstance(got, Value):
                    d.period = got
        if not periods:
            # ("By 2021 the global figure had dipped to 200 ... || The following year brought a further decline, to 177
            # [in review]. || Colombia returned to first place with 60": a year counted forward from the scene's, that
            # opens the sentence, moves the story on to it, whatever became of the sentence's figures)
            ahead = [q for q in a.periods if q.governs and not q.compared and q.kind == "relative" and q.relative is not None
                     and q.relative.basis == "context" and q.relative.offset > 0 and not self.text[:q.start].strip()]
            moved = self._period_value(ahead[0]) if ahead else None
            if isinstance(moved, Value):
                d.period = moved


# ----------------------------------------------------------------------------- small functions

def _several_spans(counts: list) -> str | None:
    """The places and years of counts of one value, when there are several ("MEX 2023-2023; MEX 2024-2024")."""
    spans = {(c.get("country"), c.get("period_start"), c.get("period_end")) for c in counts}
    return "; ".join(sorted(f"{c} {y1}-{y2}" for c, y1, y2 in spans)) if len(spans) > 1 else None


def _other_kind(u: Unresolved) -> bool:
    """A number that counts something else ("la lista de 16 países"): no figure of the list."""
    return u.reason.endswith((NOT_DEFENDERS, NOT_PEOPLE, NOT_OF_DEFENDERS))


def _country_label(a: Analysis) -> Value | None:
    """A line that is only one country's name (a numbered list's label, "25. Costa Rica"; a heading over a list,
    "Mexico"), or only the world's ("Worldwide")."""
    places = [p for p in a.places if p.kind in ("country", "world")]
    if len(places) != 1 or a.numbers or a.text[:places[0].start].strip(" .-•*#>") or a.text[places[0].end:].strip(" .:"):
        return None
    p = places[0]
    return Value(p.code, [Evidence("country", "stated", a.abs(p.start), a.abs(p.end))])


def _heading_country(a: Analysis) -> Value | None:
    """A line over a list that names one country and no other place, and no number but years ("SIDEBAR: Mexico 2025 at
    a glance (Global Witness)"): the country of the list lines under it, as a heading of its name alone is."""
    p = sole_country(a)
    if p is None or any(m.kind != "year" for m in a.numbers):
        return None
    return Value(p.code, [Evidence("country", "stated", a.abs(p.start), a.abs(p.end))])


def _text_country(src: Source) -> tuple[str, int, int] | None:
    """The one country a text names (its first mention), if it names exactly one and no place
    outside it that could hold a figure: no region, no world term, no other country, counting
    neither organisations' seats nor places in titles of reports."""
    countries: list[tuple[str, int, int]] = []
    for sent in sentences(src):
        a = analyse(sent, lexicon(guess_language(sent.text, src.lang)))
        seats = a.lex.seats(a.text, a.lex.places(a.text))
        for p in a.places:
            if p.kind == "country" and p.start not in seats:
                countries.append((str(p.code), a.abs(p.start), a.abs(p.end)))
            # (a world or a region that only frames a ranking, "entre los más peligrosos del mundo",
            # holds no figure)
            elif p.kind in ("world", "region", "subnational") and p.governs:
                return None
    if len({c[0] for c in countries}) != 1:
        return None
    return countries[0]


def _years_overlap(c: Count, values: dict) -> bool:
    """Whether a count's years and those in `values` share a year."""
    return int(str(c.get("period_start"))) <= int(str(values["period_end"])) and \
        int(str(values["period_start"])) <= int(str(c.get("period_end")))


def _text_country_basis(country: Value) -> bool:
    """Whether a country was read as the one country the text names, or the one it is about."""
    return any(e.note == TEXT_COUNTRY or e.basis == "main_country" for e in country.evidence)


def _world_totals(start: int, end: int) -> list[int]:
    """The worldwide figures reports gave for exactly these years (killings, or killings and disappearances)."""
    return [t for t in (vocab.report_world_total(start, end, o) for o in vocab.vocabulary()["reports"]["world_total_outcomes"])
            if t is not None]


def _series_totals_up_to(start: int, end: int) -> list[tuple[int, int]]:
    """(last year, worldwide total) of each whole-series total a report gave for `start` to a year up to `end`,
    oldest first."""
    out = []
    for last in range(start + 1, end + 1):
        totals = _world_totals(start, last)
        if totals:
            out.append((last, min(totals)))
    return out


def _series_beyond_countries(value: int, start: int, end: int) -> bool:
    """A figure of the whole series (from its first year) that is at least nine tenths of the worldwide total a report
    gave for the series to its last year or an earlier one: only the world's can be that large."""
    if start != vocab.series_start() or end <= start:
        return False
    totals = _series_totals_up_to(start, end)
    return bool(totals) and value * 10 >= totals[-1][1] * 9


def _far_below_world(value: int, start: int, end: int, restricted: bool) -> bool:
    """Whether a figure of all defenders is under half the worldwide figure a report gave for
    exactly its years."""
    totals = _world_totals(start, end)
    return not restricted and bool(totals) and value * 2 < min(totals)


def _near_world(value: int, start: int, end: int, restricted: bool) -> bool:
    """Whether a figure of all defenders is at least half the worldwide figure a report gave for exactly its
    years (not the negation of `_far_below_world`: both are false when no report gave one)."""
    totals = _world_totals(start, end)
    return not restricted and bool(totals) and value * 2 >= min(totals)


def _year_counted_from_context(c: Count) -> bool:
    """A count whose years were counted from another year the text gives ("the previous year")."""
    return any(e.field in ("period_start", "period_end") and e.basis == "relative" for e in c.evidence)


def _year_stated(c: Count) -> bool:
    """A count whose years are written beside it."""
    years = [e for e in c.evidence if e.field in ("period_start", "period_end")]
    return bool(years) and all(e.basis == "stated" for e in years)


def _about_period(reason: str) -> bool:
    """A review reason that doubts the figure's period."""
    return any(w in reason for w in ("period", "year", "says '"))


def _definition(c: Count) -> tuple:
    return tuple(c.values[k] for k in ("country", "period_start", "period_end", *vocab.dimensions()))


LOOSE = ("approximately", "more_than", "fewer_than", "at_most")


def _loose_of_report_total(value: int, qualifier: str, values: dict) -> str | None:
    """Why a worldwide figure of all defenders for one report's years, said with a two-sided hedge
    ("nearly", "about"), cannot be that report's figure said loosely: it is more than a tenth away
    ("Nearly 200" of 2022's 177). None if it fits, or if no report gave a total for those years."""
    if qualifier not in LOOSE or values["country"] != vocab.world() \
            or any(values[d] != vocab.top_code(d) for d in vocab.dimensions()[1:]):
        return None
    y0, y1 = int(str(values["period_start"])), int(str(values["period_end"]))
    total = vocab.report_world_total(y0, y1, str(values[vocab.dimensions()[0]]))
    if total is None:
        return None
    lower, upper = vocab.qualifier_bounds(qualifier)
    # (a one-sided hedge is a bound a headline may keep after a revision, "more than 200" of 2016's
    # 200: only a two-sided one is held to its total)
    if (lower is None) != (upper is None) or _near(value, total, 0.1):
        return None
    span = str(y0) if y0 == y1 else f"{y0}-{y1}"
    return (f"a hedged figure ({qualifier} {value}) that the worldwide total Global Witness gave for {span} "
            f"({total}) does not fit: said loosely, or of other years")


def _rounding_of(a: Count, b: Count) -> bool:
    """One of two figures is hedged ("about", "more than") and rounds the other: within a tenth,
    and inside the hedge's bounds ("more than 1,900" and "1,910")."""
    if (a.get("qualifier") in LOOSE) == (b.get("qualifier") in LOOSE):
        return False
    loose, plain = (a, b) if a.get("qualifier") in LOOSE else (b, a)
    x, y = int(str(loose.get("value"))), int(str(plain.get("value")))
    lower, upper = vocab.qualifier_bounds(str(loose.get("qualifier")))
    inside = (lower is None or y >= x + lower) and (upper is None or y <= x + upper)
    # a one-sided hedge is a bound, said loosely of a figure further from it ("More than 200 people
    # were killed last year" beside "227"); "about" rounds to within a tenth
    reach = 0.2 if (lower is None) != (upper is None) else 0.1
    return x != y and inside and _near(x, y, reach)


def _near(x: int, y: int, reach: float) -> bool:
    """Whether a loose figure and a plain one are close enough to be one figure said loosely: within
    `reach` of the larger (a tenth for "about"; two cases at least)."""
    return abs(x - y) <= max(2, reach * max(x, y))


def _nested(a: Count, b: Count) -> bool:
    """Two counts of one place, years and groups whose outcomes nest ("killed" and "killed or
    disappeared"): equal values are one figure said with two outcome words."""
    out_dim = vocab.dimensions()[0]
    x, y = str(a.get(out_dim)), str(b.get(out_dim))
    return _definition_except(a, (out_dim,)) == _definition_except(b, (out_dim,)) and (
        vocab.contains(out_dim, x, y) or vocab.contains(out_dim, y, x))


def _described(c: Count) -> str:
    """"MEX 2024-2024, killed": where, when and which group a count is, for a review reason."""
    groups = [f"{d}={c.get(d)}" for d in vocab.dimensions() if c.get(d) != vocab.top_code(d)]
    return f"{c.get('country')} {c.get('period_start')}-{c.get('period_end')}" + (", " + ", ".join(groups) if groups else "")


def _contradicts(inner: Count, outer: Count) -> bool:
    """`inner` is a group inside `outer` (same or contained place, years and groups, not the same
    definition), and its smallest value is larger than the largest value `outer` allows."""
    if _definition(inner) == _definition(outer) or not _country_contains(str(outer.get("country")), str(inner.get("country"))):
        return False
    if not (int(str(outer.get("period_start"))) <= int(str(inner.get("period_start")))
            and int(str(inner.get("period_end"))) <= int(str(outer.get("period_end")))):
        return False
    if not all(vocab.contains(d, str(outer.get(d)), str(inner.get(d))) for d in vocab.dimensions()):
        return False
    # (the bounds each qualifier gives, as the validator's subset rule reads them: vocabulary.json)
    lower, _ = vocab.qualifier_bounds(str(inner.get("qualifier")))
    _, upper = vocab.qualifier_bounds(str(outer.get("qualifier")))
    return upper is not None and int(str(inner.get("value"))) + (lower or 0) > int(str(outer.get("value"))) + upper


def _definition_except(c: Count, skip: tuple[str, ...]) -> tuple:
    return tuple(c.values[k] for k in ("country", "period_start", "period_end", *vocab.dimensions()) if k not in skip)


def _field_value(c: Count, name: str) -> object:
    if name == "period":
        return (c.get("period_start"), c.get("period_end"))
    return c.get(name)


def _author_other(src: Source) -> bool:
    """The first two lines of the body name another organisation (lexicon other_sources) and not Global Witness:
    the text is that organisation's (a press release under its name)."""
    lines = [ln for ln in src.text[src.body_start:].splitlines() if ln.strip()][:2]
    head = "\n".join(lines)
    lex = lexicon(src.lang)
    return bool(lex.other_sources.finditer(head)) and not lex.source_organisation.finditer(head)


def _article(n: Number, text: str, noun_start: int) -> bool:
    """"una" in "uno a una desaparición", "a" in "a disappearance": the word for one right before a noun is its
    article, not a number of its own."""
    return n.value == 1 and not any(ch.isdigit() for ch in text[n.start:n.end]) and not text[n.end:noun_start].strip()


def _inherit(parent: Count, fields: tuple[str, ...], basis_same_sentence: bool = False) -> list[Evidence]:
    """The parent's evidence for these fields, marked as coming from it."""
    out = []
    for e in parent.evidence:
        if e.field in fields:
            if e.basis == "report_total":
                # the head is the world because its value is a report's total; this figure, which
                # names no place either, is the world's by that alone
                out.append(Evidence(e.field, "world_implied"))
            elif e.basis == "main_country":
                # (the country the text is about holds for a figure of all defenders; a part of it, "of whom 110 were
                # Indigenous", has it from its whole: the words are that country's first mention, a context)
                out.append(Evidence(e.field, "context", e.start, e.end, e.note))
            elif e.start is None or e.basis in KEPT_BASES or (basis_same_sentence and e.basis == "referent"):
                # (a group the head took from its own whole stays that whole's: "Of those Indigenous defenders, 29 ...
                # and 33 ...")
                out.append(e)
            else:
                out.append(Evidence(e.field, "shared" if basis_same_sentence else "referent", e.start, e.end))
    return out


def _as_context(evidence: list[Evidence], sent: Sentence) -> list[Evidence]:
    out = []
    for e in evidence:
        if e.basis == "report_total":
            out.append(Evidence(e.field, "world_implied"))  # (as in _inherit)
        elif e.start is None or e.basis in KEPT_BASES:
            out.append(e)
        else:
            inside = sent.start <= e.start and e.end is not None and e.end <= sent.end
            out.append(Evidence(e.field, "shared" if inside else "context", e.start, e.end))
    return out


def _country_contains(outer: str, inner: str) -> bool:
    return outer == inner or outer == vocab.world()


def _int(text: str) -> int | None:
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else None


def values_span(years: object) -> bool:
    """A (start, end) period value that spans more than one year."""
    return isinstance(years, tuple) and len(years) == 2 and years[0] != years[1]
