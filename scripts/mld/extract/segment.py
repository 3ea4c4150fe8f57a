"""Sentences with exact offsets. Blank lines and headings break paragraphs; list bullets start
items; hard-wrapped lines are joined. A sentence ends at . ! ? followed by a capital, a digit or an
opening mark, unless the period closes an abbreviation of either language ("EE. UU.", "Dr.",
"p. ej."); "muertes.De acuerdo" (no space) also ends one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from mld import vocab
from mld.extract.source import Source
from mld.lexicon import lexicon

# (a video's chapter line opens with its timestamp, "00:38 The global toll: ...", "03:15 - Mexico's 2025 toll: ...": an
# item of its own)
# (a thread's counter opens a post as a number does a list item: "5/8 De esas 119 personas indígenas, 27 ...")
BULLET_RE = re.compile(r"^[ \t]*(?:[–—•*·▪►]|-(?!\d)|\d{1,2}[.)](?=\s+[A-ZÁÉÍÓÚÑ])|\d{1,2}:\d\d(?::\d\d)?(?:[ \t]+[-–—])?(?=\s+[A-ZÁÉÍÓÚÑ])"
                       r"|\d{1,2}/\d{1,2}(?=\s+[A-ZÁÉÍÓÚÑ]))[ \t]+")
SEPARATOR_RE = re.compile(r"^\s*[-–—•*·=_~]+\s*$")
# a stat box's line, its figure first and then what it counts: "65 - killed in Colombia", "18 — asesinatos en México"
# a labelled line of a figures box: "Killed: 19", "Indigenous victims: 11", "Asesinadas: 19" (a few words, a colon,
# then a short value with a digit)
LABEL_LINE_RE = re.compile(r"^\s*[^\W\d_][^:\n]{0,48}:[ \t]*(?=[^\n]{0,24}\d)[^\n.;:]{1,30}$")
STAT_LINE_RE = re.compile(r"^\s*\d[\d.,]*(?:\s+in\s+\d+)?\s+[-–—]\s+\S")
# the column separators of a table written as lines of text (mld.extract.tables), tried in this order
TABLE_SEPARATORS = (r"\s*\|\s*", r"\s+—\s+", r"\s+–\s+", r"\t+")


def table_row(line: str) -> bool:
    """A line of two or more cells set apart by a table's separator, each after the first short ("Colombia — 48 —
    51", "2024 | 146 | 19"): a row of a table, never a wrapped line of prose."""
    for sep in TABLE_SEPARATORS:
        cells = [c for c in re.split(sep, line.strip()) if c]
        if len(cells) >= 2 and re.search(sep, line.strip()) and all(len(c) <= 40 for c in cells[1:]):
            return True
    return False
TERMINAL_RE = re.compile(r"[.!?:;][\"”’»)\]]*\s*$")
UPPER = "A-ZÁÉÍÓÚÑÜ"
# a sentence end: terminal mark, closing quotes/brackets, space, then an opener
# (a footnote mark after the period, "killed in 2016.[1] Since 2015", "personas indígenas.² Ya en 2023", is the
# sentence's)
# (a dialogue dash may open the next sentence: "... en 2025. —¿Quién está detrás? —El crimen organizado")
END_RE = re.compile(rf"[.!?…]+[\"”’»)\]]*(?:\[\d{{1,3}}\]|[¹²³⁰⁴-⁹]{{1,3}})?(?=\s+[—–]?[\"“‘«¿¡(\[]?[{UPPER}0-9])"
                    rf"|(?<=[a-záéíóúñü]{{2}})\.(?=[{UPPER}][a-záéíóúñü])")
MAX_HEADING = 90


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    list_item: bool
    heading: bool
    lead: Sentence | None = None  # the "...at least:" sentence that introduces a list item

    def __len__(self) -> int:
        return self.end - self.start


@cache
def _abbreviations() -> tuple[str, ...]:
    out: set[str] = set()
    for lang in vocab.languages():
        out |= set(lexicon(lang).abbreviations)
    return tuple(sorted(out, key=len, reverse=True))


def _ends_with_abbreviation(block: str, dot_end: int) -> bool:
    """The period just before `dot_end` belongs to an abbreviation: it ends one ("Dr.") or lies
    inside one ("EE." of "EE. UU.", "p." of "p. ej.")."""
    head = block[:dot_end]
    for a in _abbreviations():
        for k in range(len(a)):
            if a[k] != "." or k + 1 > len(head):
                continue
            # the abbreviation placed so that its k-th character is this period
            begin = dot_end - (k + 1)
            if begin < 0 or block[begin:begin + len(a)] != a:
                continue
            if begin == 0 or not block[begin - 1].isalnum():
                return True
    # a single capital with a period: an initial ("J. Smith")
    return bool(re.search(r"(?:^|\s)[A-Z]\.$", head))


def split_block(block: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in a block of text, offsets relative to the block."""
    cuts = [0]
    for m in END_RE.finditer(block):
        if _ends_with_abbreviation(block, m.start() + 1 if block[m.start()] == "." else m.end()):
            continue
        cuts.append(m.end())
    cuts.append(len(block))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = block[a:b]
        # (a dialogue dash or another character a spreadsheet reads as a formula opens no quote: "-Seis en lo que va
        # del año.")
        lead = len(piece) - len(piece.lstrip().lstrip("-=+@").lstrip())
        body = piece[lead:].strip()
        if body:
            out.append((a + lead, a + lead + len(body)))
    return out


def _lead_in_without_outcome(block: str, lang: str) -> bool:
    """Whether a block is a lead-in (it ends with a colon) that names no outcome."""
    lex = lexicon(lang)
    return block.rstrip().endswith(":") and not lex.dimension_terms[vocab.dimensions()[0]].finditer(block)


def sentences(src: Source) -> list[Sentence]:
    text = src.text
    lines: list[tuple[int, int]] = []
    pos = src.body_start
    for line in text[src.body_start:].splitlines(keepends=True):
        lines.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    width = max((e - s for s, e in lines), default=0)
    # blocks: [start, end, list item, heading, paragraph, lines]
    blocks: list[list] = []
    paragraph = 0
    prev_blank = True
    for s, e in lines:
        line = text[s:e]
        if not line.strip() or SEPARATOR_RE.match(line):
            # (a line of dashes or bullets alone, a page's divider: "-" above a stat box's "2,253")
            prev_blank = True
            continue
        bullet = BULLET_RE.match(line)
        if bullet:
            paragraph += prev_blank
            blocks.append([s + bullet.end(), e, True, False, paragraph, 1])
            prev_blank = False
            continue
        if blocks and LABEL_LINE_RE.match(line) and (blocks[-1][2] or _lead_in_without_outcome(
                text[blocks[-1][0]:blocks[-1][1]], src.lang)):
            # (labelled lines under a lead-in that ends with a colon, "Here is what the watchdog found for Mexico in
            # 2025: / Killed: 19 / Disappeared: 4": the items of its list, as bullets would be; not under one that names
            # an outcome, "Mapa de asesinatos por país en 2024: / Colombia: 48 casos", which its lines' own words may
            # not keep to)
            paragraph += prev_blank
            blocks.append([s, e, True, False, paragraph, 1])
            prev_blank = False
            continue
        if blocks and not prev_blank and not blocks[-1][2]:
            prev = text[blocks[-1][0]:blocks[-1][1]]
            first = line.lstrip()[:1]
            # a hard-wrapped line: the previous one does not end a sentence, and this one goes on
            # (in lower case, or after a line about as long as the text's lines: a headline above a
            # paragraph is far shorter than the text's lines)
            full = len(prev) >= 60 and len(prev) >= 0.75 * width
            # (not a stat box's line: each states its own figure, "227 - defenders killed in 2020" / "65 - killed in
            # Colombia", and joined they shift each place onto the next figure)
            # (nor a line in capitals after another: a ticker's or a headline's lines, each its own unit, "MÉXICO: 18
            # DEFENSORES ... EN 2022 FUERON 31" under "GLOBAL WITNESS: 196 ... EN EL MUNDO EN 2023")
            # (nor a table's rows, their columns set apart by bars: "2024 | 146 asesinadas o desaparecidas | 19" under
            # "2023 | 196 asesinatos | 18 asesinatos")
            if not TERMINAL_RE.search(prev[-40:]) and (first.islower() or first.isdigit() or full) \
                    and not STAT_LINE_RE.match(line) and not (line.isupper() and prev.isupper()) \
                    and not ("|" in line and "|" in prev) and not table_row(line) and not table_row(prev):
                blocks[-1][1] = e
                blocks[-1][5] += 1
                continue
        paragraph += 1
        blocks.append([s, e, False, False, paragraph, 1])
        prev_blank = False
    for blk in blocks:
        body = text[blk[0]:blk[1]].strip()
        # a heading: one short line, no sentence in it, nothing that ends a sentence
        blk[3] = (not blk[2] and blk[5] == 1 and len(body) <= MAX_HEADING and not TERMINAL_RE.search(body)
                and not re.search(r"\d", body) and not re.search(r"[.!?]\s", body)
                and not body.endswith(("”", "\"")))
    out: list[Sentence] = []
    lead: Sentence | None = None
    for bs, be, item, heading, par, _ in blocks:
        block = text[bs:be]
        for a, b in split_block(block):
            sent = Sentence(bs + a, bs + b, text[bs + a:bs + b], par, item, heading, lead if item else None)
            out.append(sent)
            if not item:
                lead = sent if sent.text.rstrip().endswith(":") else None
    return out
