"""Tables written as lines of text ("País — 2023 — 2024 — 2025 / Colombia — 79 — 48 — 51", "Year | World |
Mexico / 2024 | 146 | 19"): one figure per cell, read from its row's and its column's labels when one axis is
years and the other places, and the text names Global Witness as the table's source.

Only such tables are read here; any other lines stay with the sentence reader. A cell is a count only when
every field has words of the text behind it: its number (the cell), its years and its place (the labels), its
outcome (the cell's own noun, a label's, or the caption's, the lines right above the table); anything else
about a cell (a hedge, more words, no outcome) sends it to review with the reason."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mld import vocab
from mld.extract.mentions import analyse, sole_country
from mld.extract.model import Count, Evidence, Unresolved
from mld.extract.segment import TABLE_SEPARATORS, Sentence
from mld.lexicon import Lexicon
from mld.numbers import find_numbers

YEARS_RE = re.compile(r"((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\**")
# cells that hold no figure: a dash, or "no data"
EMPTY_RE = re.compile(r"[-–—]*|s/d|n/d|n/a|N/A|s\.d\.")
# footnote marks after a cell's number ("196*", "146 [n. 1]")
FOOTNOTE_RE = re.compile(r"\s*(?:\*+|\[[^\]]{0,12}\]|\(\d\))\s*$")


@dataclass(frozen=True)
class Cell:
    start: int   # offsets in the source text
    end: int
    text: str


@dataclass
class Label:
    cell: Cell
    years: tuple[int, int, tuple[int, int], tuple[int, int]] | None = None  # first, last, their spans
    place: tuple[str, int, int] | None = None   # code, span
    outcome: tuple[str, int, int] | None = None  # code, span (a label's own: "México (asesinadas)")


@dataclass
class TableReading:
    counts: list[Count]
    review: list[Unresolved]
    lines: set[int]       # the starts of the sentences the table takes: no one else reads them
    first_row: int        # where its figures belong in the text's order (the start of its first row)


def _cells(sent: Sentence, sep: str) -> list[Cell]:
    out, pos = [], 0
    for part in re.split(f"({sep})", sent.text):
        if re.fullmatch(sep, part):
            pos += len(part)
            continue
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        out.append(Cell(sent.start + pos + lead, sent.start + pos + lead + len(stripped), stripped))
        pos += len(part)
    while out and not out[-1].text:  # a closing separator ("Sector | Total |")
        out.pop()
    while out and not out[0].text:
        out.pop(0)
    return out


def _blocks(sents: list[Sentence]) -> list[tuple[str, list[Sentence]]]:
    """Runs of three or more consecutive one-line sentences that split by one separator into the same
    number (two or more) of cells; a rule line of dashes ("---|---") inside a run is skipped."""
    found: list[tuple[str, list[Sentence]]] = []
    i = 0
    while i < len(sents):
        best: tuple[str, list[Sentence]] | None = None
        for sep in TABLE_SEPARATORS:
            width = len(_cells(sents[i], sep)) if "\n" not in sents[i].text.strip() else 0
            if width < 2 or len(re.findall(sep, sents[i].text.strip())) < 1:
                continue
            run = [sents[i]]
            j = i + 1
            while j < len(sents) and "\n" not in sents[j].text.strip():
                if re.fullmatch(r"[\s|:+\-–—]*", sents[j].text) and "-" in sents[j].text:
                    j += 1
                    continue  # a markdown rule line
                if len(_cells(sents[j], sep)) != width:
                    break
                run.append(sents[j])
                j += 1
            if len(run) >= 3 and (best is None or len(run) > len(best[1])):
                best = (sep, run)
        if best is not None:
            found.append(best)
            i = sents.index(best[1][-1]) + 1
        else:
            i += 1
    return found


def _label(cell: Cell, lex: Lexicon) -> Label:
    lab = Label(cell)
    core = FOOTNOTE_RE.sub("", cell.text)
    m = YEARS_RE.fullmatch(core)
    if m is not None:
        y1 = int(m.group(1))
        y2 = int(m.group(2)) if m.group(2) else y1
        s1 = (cell.start + m.start(1), cell.start + m.end(1))
        s2 = (cell.start + m.start(2), cell.start + m.end(2)) if m.group(2) else s1
        if y1 <= y2:
            lab.years = (y1, y2, s1, s2)
        return lab
    # a place, alone or with a word of totals ("Total mundial") and an outcome in brackets ("México (asesinadas)")
    inner = re.match(r"([^()]*?)\s*(?:\(([^()]*)\))?\s*$", core)
    if inner is None:
        return lab
    name = inner.group(1)
    words = [w for w in name.split() if w.lower() not in lex.table_total_words]
    kept = " ".join(words)
    got = lex.place_of(kept) if kept else None
    if got is not None and got[0] in ("country", "world") and got[1] is not None:
        at = cell.text.find(kept)
        if at >= 0:
            lab.place = (str(got[1]), cell.start + at, cell.start + at + len(kept))
    if inner.group(2):
        bracket = inner.group(2)
        at = cell.text.find(bracket)
        hits = lex.dimension_terms[vocab.dimensions()[0]].finditer(bracket)
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(bracket.strip()):
            h = hits[0]
            lab.outcome = (str(h.payload), cell.start + at + h.start, cell.start + at + h.end)
    return lab


@dataclass
class Groups:
    """What a row label of groups says: a code and its span per dimension, and whether it is a part of the row
    above ("of whom Indigenous")."""
    codes: dict[str, tuple[str, int, int]]
    nested: bool


def _groups(cell: Cell, lex: Lexicon) -> Groups | None:
    """A row label that names groups and nothing else: dimension terms ("By police or private military", "Linked to
    mining"), or the whole ("All defenders"), with only the lexicon's linking words around them (`table_group_links`);
    "of whom" first makes it a part of the row above. Any other word: None (the table is not read)."""
    text = FOOTNOTE_RE.sub("", cell.text)
    covered = [False] * len(text)
    codes: dict[str, tuple[str, int, int]] = {}
    for d in vocab.dimensions():
        hits = lex.dimension_terms[d].finditer(text)
        if len({str(h.payload) for h in hits}) > 1:
            return None
        for h in hits:
            codes[d] = (str(h.payload), cell.start + h.start, cell.start + h.end)
            covered[h.start:h.end] = [True] * (h.end - h.start)
    pronouns = lex.partitive_pronoun.finditer(text)
    for h in lex.table_group_links.finditer(text) + lex.names_defenders.finditer(text) + pronouns:
        covered[h.start:h.end] = [True] * (h.end - h.start)
    nested = any(h.start == 0 for h in pronouns)
    rest = "".join(ch if not c else " " for ch, c in zip(text, covered))
    if any(w.lower() not in lex.table_total_words for w in re.findall(r"[^\W\d_]+", rest)):
        return None
    return Groups(codes, nested)


def _caption(sents: list[Sentence], header: Sentence) -> list[Sentence]:
    """The lines right above the table: the two sentences before its header, at most two paragraphs up."""
    i = sents.index(header)
    return [s for s in sents[max(0, i - 2):i] if header.paragraph - s.paragraph <= 2]


def _caption_country(caption: list[Sentence], lex: Lexicon) -> tuple[str, int, int] | None:
    """The one country the caption names: its line nearest the header that names a place names only that country
    (`mentions.sole_country`, as a lead-in line over list items: "Global Witness figures for Mexico")."""
    for s in reversed(caption):
        a = analyse(s, lex)
        if any(p.governs for p in a.places):
            p = sole_country(a)
            return (str(p.code), a.abs(p.start), a.abs(p.end)) if p is not None else None
    return None


def _nest(groups: list[Groups]) -> list[dict[str, tuple[str, int, int]]]:
    """Each row's groups: its own, and for a row that is a part of the one above ("of whom Indigenous"), that row's
    too (the part's own win on a dimension both name)."""
    out: list[dict[str, tuple[str, int, int]]] = []
    outer: dict[str, tuple[str, int, int]] = {}
    for g in groups:
        if g.nested:
            out.append({**outer, **g.codes})
        else:
            outer = dict(g.codes)
            out.append(dict(g.codes))
    return out


def _caption_outcome(caption: list[Sentence], lex: Lexicon) -> tuple[str, int, int] | None:
    found: dict[str, tuple[str, int, int]] = {}
    for s in caption:
        for h in lex.dimension_terms[vocab.dimensions()[0]].finditer(s.text):
            found.setdefault(str(h.payload), (str(h.payload), s.start + h.start, s.start + h.end))
    return next(iter(found.values())) if len(found) == 1 else None


def _named_source(sents: list[Sentence], block: list[Sentence], lex: Lexicon) -> bool:
    """Global Witness is named in the three sentences above the table, in its header, or in the three after it,
    in the next paragraph at most ("Fuente: Global Witness, informes publicados en 2024, 2025 y 2026")."""
    i, k = sents.index(block[0]), sents.index(block[-1])
    near = [s for s in sents[max(0, i - 3):i] if block[0].paragraph - s.paragraph <= 2] + \
        [s for s in sents[k + 1:k + 4] if s.paragraph - block[-1].paragraph <= 1]
    return any(lex.source_organisation.finditer(s.text) for s in [*near, block[0]])


def read_tables(sents: list[Sentence], lex: Lexicon) -> list[TableReading]:
    readings = []
    for sep, block in _blocks(sents):
        header, rows = block[0], block[1:]
        head = [_label(c, lex) for c in _cells(header, sep)]
        body = [[_label(c, lex) for c in _cells(r, sep)] for r in rows]
        # which axis holds the years: some column labels after the first (the others, "Rank in 2025", hold no figure)
        # with a place on every row; or every row label, with a place over some columns
        caption = _caption(sents, header)
        # (or rows of groups under a caption that names one country: "Global Witness figures for Mexico" over "All
        # defenders / of whom Indigenous / By police or private military")
        groups = [_groups(r[0].cell, lex) for r in body] if any(h.years for h in head[1:]) else []
        country = _caption_country(caption, lex) if groups and all(groups) else None
        if country is not None:
            for labels in body:
                labels[0].place = country
        years_across = any(h.years for h in head[1:]) and all(r[0].place for r in body) \
            and not any(h.place for h in head[1:])
        years_down = all(r[0].years for r in body) and any(h.place for h in head[1:]) \
            and not any(h.years for h in head[1:])
        if years_across == years_down or not _named_source(sents, block, lex):
            continue  # (rows of groups with no one country, or no source named: left to the sentence reader)
        row_groups = _nest([g for g in groups if g is not None]) if country is not None else [{} for _ in body]
        figure_cols = [j for j in range(1, len(head)) if (head[j].years if years_across else head[j].place)]
        if not figure_cols:
            continue
        reading = TableReading([], [], {s.start for s in block}, rows[0].start)
        for row, labels in zip(rows, body):
            # (a number under any other label, "Deadliest country: Colombia (60)", is listed, never dropped)
            for j in range(1, len(labels)):
                if j not in figure_cols:
                    reading.review += [Unresolved(row, labels[j].cell.start + n.start, labels[j].cell.start + n.end,
                                                  n.text, "a table cell under a label that is neither a place nor a "
                                                          f"year ('{head[j].cell.text}')")
                                       for n in find_numbers(labels[j].cell.text, lex) if n.kind == "cardinal"]
        out_caption = _caption_outcome(caption, lex)
        for row, labels, codes in zip(rows, body, row_groups):
            for j in figure_cols:
                years_lab = head[j] if years_across else labels[0]
                place_lab = labels[0] if years_across else head[j]
                got = _cell(row, labels[j].cell, years_lab, place_lab, [head[j], labels[0]], out_caption, lex, codes)
                if isinstance(got, Count):
                    reading.counts.append(got)
                elif got is not None:
                    reading.review.append(Unresolved(row, *got))
        _whole_read(reading)
        readings.append(reading)
    return readings


def _whole_read(reading: TableReading) -> None:
    """A part row's cell ("of whom Indigenous") is a count only if some cell of the row above is one: the group it takes
    from that row's label rests on that row's figures (basis referent: the span is another count's evidence of the same
    field, as the validator's referent rule reads it); else it goes to review."""
    stated = {(e.field, e.start, e.end) for c in reading.counts for e in c.evidence if e.basis == "stated"}
    kept = []
    for c in reading.counts:
        if all((e.field, e.start, e.end) in stated for e in c.evidence if e.basis == "referent"):
            kept.append(c)
        else:
            words = c.sentence.text[c.value_start - c.sentence.start:c.value_end - c.sentence.start]
            reading.review.append(Unresolved(c.sentence, c.value_start, c.value_end, words,
                                             "a table row that is a part of the row above, whose figure in this "
                                             "column was not read"))
    reading.counts = kept


def _cell(row: Sentence, cell: Cell, years_lab: Label, place_lab: Label, labels: list[Label],
          caption_outcome: tuple[str, int, int] | None, lex: Lexicon,
          groups: dict[str, tuple[str, int, int]]) -> Count | tuple[int, int, str, str] | None:
    text = FOOTNOTE_RE.sub("", cell.text)
    if EMPTY_RE.fullmatch(text):
        return None
    numbers = find_numbers(text, lex)
    if not numbers:
        return None
    n = numbers[0]
    span = (cell.start + n.start, cell.start + n.end, n.text)  # (what review.csv lists: the number's own words)
    if len(numbers) != 1 or n.kind != "cardinal" or not n.whole:
        return (*span, "a table cell that is not one count (a rank, a date, several numbers)")
    assert years_lab.years is not None and place_lab.place is not None
    y1, y2, s1, s2 = years_lab.years
    rest = (text[:n.start] + " " + text[n.end:]).strip()
    outcome_dim = vocab.dimensions()[0]
    own = [h for h in lex.dimension_terms[outcome_dim].finditer(rest)] if rest else []
    if rest and not (len(own) == 1 and own[0].end - own[0].start == len(rest)):
        return (*span, f"a table cell with words beside its number ('{cell.text}'): what it counts is not sure")
    where = "stated" if row.start <= place_lab.place[1] < row.end else "context"
    when = "stated" if row.start <= s1[0] < row.end else "context"
    if outcome_dim in groups:
        code, a, b = groups[outcome_dim]
        outcome: tuple[str, int, int, str] = (code, a, b, "stated" if row.start <= a < row.end else "context")
    elif own:
        at = cell.start + text.find(rest)
        outcome = (str(own[0].payload), at, at + len(rest), "stated")
    elif any(lab.outcome for lab in labels):
        lab = next(lab for lab in labels if lab.outcome)
        assert lab.outcome is not None
        code, a, b = lab.outcome
        outcome = (code, a, b, "stated" if row.start <= a < row.end else "context")
    elif caption_outcome is not None:
        code, a, b = caption_outcome
        said = vocab.report_outcome(y2) if y1 == y2 else None
        if said is not None and said != code:
            # ("Cuadro 1. ... asesinadas o desaparecidas, por país y año" over a column of 2023, "Global Witness figures:
            # defenders killed" over a row of 2024): the report on that year counts another outcome than the caption's
            # (`vocab.report_outcome`), so which the cell counts is not sure
            return (*span, f"the table's caption counts {code.replace('_', ' ')}, but the report on {y2} counts "
                            f"{said.replace('_', ' ')}: which the cell counts is not sure")
        outcome = (code, a, b, "context")
    else:
        return (*span, "a table cell whose outcome (killed, disappeared) neither the cell, its labels nor the "
                        "caption states")
    values: dict[str, object] = {"country": place_lab.place[0], "period_start": y1, "period_end": y2}
    for d in vocab.dimensions():
        values[d] = vocab.top_code(d)
    values[outcome_dim] = outcome[0]
    values.update({d: code for d, (code, _, _) in groups.items()})
    values["value"] = int(n.value)
    values["qualifier"] = "exact"
    at = cell.start + n.start
    evidence = [Evidence("value", "stated", at, at + len(n.text)),
                Evidence("country", where, place_lab.place[1], place_lab.place[2]),
                Evidence("period_start", when, *s1), Evidence("period_end", when, *s2),
                Evidence(outcome_dim, outcome[3], outcome[1], outcome[2])]
    # (a group of the row above, "of whom Indigenous" under "By police or private military", is the figure's whole's:
    # basis referent, the span that row's figure states it at)
    evidence += [Evidence(d, "stated" if row.start <= groups[d][1] < row.end else "referent", *groups[d][1:])
                 if d in groups else Evidence(d, "unrestricted") for d in vocab.dimensions()[1:]]
    evidence.append(Evidence("qualifier", "unhedged"))
    return Count(values, row, at, at + len(n.text), evidence)
