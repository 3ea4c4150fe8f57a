"""Typed results of the extractor: a count, a population share, or an item for review, each
with the evidence for every field (where in the seed it comes from, and by which rule)."""

from __future__ import annotations

from dataclasses import dataclass, field

from mld.extract.segment import Sentence

# How a field's value follows from the text (the `basis` column of evidence.csv):
BASES = {
    "stated": "named by the words at the span, in the figure's own clause",
    "shared": "named at the span elsewhere in the same sentence (a list it belongs to, or the sentence's frame)",
    "context": "named at the span in an earlier sentence (a list's lead-in, or the sentence before)",
    "referent": "taken from the count this figure is part of, compared with or repeats; the span names it",
    "published_date": "a relative year at the span ('last year'), counted from the source's published date",
    "relative": "a relative year at the span ('the previous year'), counted from the year in the `reference` row",
    "reference": "the year that a relative year at another span is counted from",
    "report": "the data year of the Global Witness report named at the span: the end of an open period ('since 2012'), or the year of a figure with no year of its own",
    "report_by_total": "the data year of the Global Witness report whose worldwide total the text quotes at the span: the end of an open period, or the year of a figure with no year of its own",
    "report_released": "the data year of the Global Witness report a dated text is about: the report released up to 120 days before its published day (vocabulary.json `reports`, `released`), which the text calls new at the span ('a new report', 'publicado este lunes') or whose data year it states at the span ('en 2021'): the end of an open period ('since 2012'), in a text that names no report by title and quotes no report's total; or, in a year in which no listed report has come out, for a text published from the 121st day of that year on (120 days after 1 January), that calls a report new at the span, or states at the span the year before its own as the year of a figure it gives ('23 ... in Mexico in 2025'), and states that year: the report not yet listed, which covers that year (each covers the year before it appeared)",
    "report_covering": "the data year the text says the Global Witness report it is about covers, at the span ('the annual report, covering 2025', 'con datos de 2025'; mld.reports.covered_years): the end of an open period, in a text that names no report by title and calls none new; not a report the sentence calls earlier ('its previous report, covering 2024')",
    "last_years": "the last N years at the span ('over the last ten years'), up to the year of the report in the `period_end` row; read only when they start where Global Witness's series starts (vocabulary.json `reports`)",
    "main_country": "the country the text is about (mld.scope): named in its first line, at least three times and twice as often as any other country; the span is its first mention; only for a tallied figure of all defenders that names no place, under half the world's figure for its years",
    "world_implied": "no place is named for the figure, in its sentence or before it: a Global Witness figure with no place is worldwide",
    "report_total": "no place is named in the figure's clause, and its years and value are the worldwide total of a Global Witness report (vocabulary.json `reports`)",
    "unrestricted": "the text restricts the figure on this dimension to nothing",
    "unhedged": "the text states the figure plainly, with no hedge before it",
    "parent": "the figure is stated as part of its parent ('N of the M'); the span is the M",
    "reviewer": "set by a reviewed correction (seeds/NAME.corrections.csv): the note names its line",
}


@dataclass(frozen=True)
class Evidence:
    field: str
    basis: str
    start: int | None = None
    end: int | None = None
    note: str = ""


@dataclass
class Count:
    """One figure: its definition, its value and qualifier, and the evidence for each."""
    values: dict[str, object]          # country, period_start, period_end, the dimensions, value, qualifier
    sentence: Sentence
    value_start: int
    value_end: int
    evidence: list[Evidence] = field(default_factory=list)
    parent: Count | None = None
    note: str = ""
    obtained: str = "extracted"
    id: str = ""
    compared: bool = False   # a figure the text compares another with ("up from five in 2019")
    part_of: Count | None = None  # the figure it was read as a part of, stated ("N of the M": also `parent`) or not

    def get(self, name: str) -> object:
        return self.values[name]


@dataclass
class Share:
    values: dict[str, object]          # country, population, share_percent, number_text
    sentence: Sentence
    value_start: int
    value_end: int
    evidence: list[Evidence] = field(default_factory=list)
    id: str = ""


@dataclass
class Unresolved:
    """A number that may be a figure but could not be resolved: it goes to review.csv."""
    sentence: Sentence
    start: int
    end: int
    number_text: str
    reason: str
    id: str = ""
    read_as: Count | None = None  # the reading refused for `reason`, when it was read in full


@dataclass
class Extraction:
    counts: list[Count] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    review: list[Unresolved] = field(default_factory=list)
