"""Pull the counts of defenders killed or disappeared, and population shares, out of article text.

Usage: python scripts/extract.py [TEXT ...] [--out DIR]

Defaults: every seeds/*.txt, written to data/. For each TEXT the metadata comes from
TEXT's sibling `.meta.json`, or else from `# key: value` lines at the top of the text.

The extractor holds no list of the figures: it reads sentences, finds numbers, and keeps a
number as a count only when it quantifies defenders or killings/disappearances, resolving
country, period, outcome, subgroups, qualifier and the "N of the M" parent from the text.
What it cannot resolve goes to DIR/review.csv with the reason, never into the counts.
"""

from __future__ import annotations

import argparse
import gettext
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pycountry

import tables
import vocab
from textnum import Number, find_numbers

ROOT = vocab.ROOT
SUBGROUP_DIMENSIONS = ("indigenous", "gender", "perpetrator", "sector")
MAX_SENTENCE = 3000

BULLET_RE = re.compile(r"^[ \t]*(?:[–—•*·]|-(?!\d))[ \t]+")
TERMINAL_RE = re.compile(r"[.!?:;][\"”’)\]]*\s*$")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“¿¡(]?[A-ZÁÉÍÓÚÑ0-9])")
PARENS_RE = re.compile(r"\([^()]*\)")
PARTITIVE_RE = re.compile(r"^\s+(?:of|de)\s+(?:the|los|las)\s+", re.I)
PRONOUN_PARTITIVE_RE = re.compile(
    r"^\s+(?:of|de)\s+(?:them|those|these|ellos|ellas|esos|esas|estos|estas)\b", re.I)
REGION_RE = re.compile(
    r"\b(?:region|state|province|municipality|district|región|estado|provincia|municipio|"
    r"departamento)\s+(?:of|de)\s+[A-ZÁÉÍÓÚ]", re.U)
# Words that may stand between a number and the noun it counts ("222 land and environmental
# defenders", "18 personas defensoras del territorio"), in either language.
MODIFIERS = {
    "land", "and", "environmental", "environment", "human", "rights", "more", "other",
    "known", "documented", "verified", "recorded", "lethal", "further", "additional",
    "del", "de", "la", "el", "los", "las", "territorio", "ambientales", "ambiental", "medio",
    "ambiente", "y", "tierra", "más", "otras", "otros", "personas", "derechos", "humanos",
    "comunitarias", "comunitarios", "community", "water", "agua",
}
# Groups of people who are not "defenders" as counted here: a number counting them is not a
# count of this package, but a reader may want to see it (review.csv).
OTHER_PEOPLE = {
    "journalists", "journalist", "periodistas", "periodista", "lawyers", "abogados",
    "abogadas", "police", "policías", "soldiers", "soldados", "migrants", "migrantes",
}
# Where the phrase naming a set ends and what is said about it begins.
PREDICATE_RE = re.compile(
    r"\b(?:happened|occurred|took place|were|was|are|is|involved|fueron|fue|ocurrieron|"
    r"sucedieron|se registraron|eran|son)\b|[,;:]", re.I)
PERIOD_PATTERNS = [
    # (regex, takes two years?)
    (re.compile(r"\b(?:between|entre)\s+(\d{4})\s+(?:and|y|e)\s+(\d{4})", re.I), True),
    (re.compile(r"\b(?:from|de|desde)\s+(\d{4})\s+(?:to|through|until|a|al|hasta)\s+(\d{4})", re.I), True),
    (re.compile(r"\bperiod\s+(?:of|from)\s+(\d{4})\s+(?:and|to|through)\s+(\d{4})", re.I), True),
    (re.compile(r"\bperiodo\s+(?:de|entre)\s+(\d{4})\s+(?:y|a)\s+(\d{4})", re.I), True),
    (re.compile(r"\b(\d{4})\s*[-–]\s*(\d{4})\b"), True),
    (re.compile(r"\b(?:in|during|for|throughout|en|durante|para)\s+(\d{4})\b", re.I), False),
]


# ----------------------------------------------------------------------------- reading

@dataclass
class Source:
    path: Path
    text: str
    meta: dict
    lang: str
    body_start: int  # offset of the first character after `#` metadata lines


def read_source(path: Path) -> Source:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise SystemExit(f"{path}: not UTF-8 text (byte {e.start}): {e.reason}") from None
    if "\x00" in text:
        raise SystemExit(f"{path}: holds NUL bytes; this is not a text file")
    meta: dict = {}
    body_start = 0
    for line in text.splitlines(keepends=True):
        m = re.match(r"#\s*([\w-]+)\s*:\s*(.*)", line)
        if not m:
            break
        meta[m.group(1).lower()] = m.group(2).strip()
        body_start += len(line)
    meta_path = path.with_suffix(".meta.json")
    if meta_path.exists():
        meta.update(json.loads(meta_path.read_text(encoding="utf-8")))
    meta.setdefault("source_id", path.stem)
    lang = meta.get("language") or guess_language(text[body_start:])
    return Source(path, text, meta, lang if lang in vocab.LANGUAGES else "en", body_start)


ES_WORDS = frozenset({"de", "la", "el", "los", "las", "que", "en", "y", "del", "por", "fueron", "al"})
EN_WORDS = frozenset({"the", "of", "and", "in", "to", "that", "were", "was", "by", "at", "least"})


def guess_language(text: str, default: str = "en") -> str:
    """'es' or 'en' by common function words; `default` when they do not decide."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    es = sum(w in ES_WORDS for w in words)
    en = sum(w in EN_WORDS for w in words)
    return "es" if es > en else "en" if en > es else default


# ----------------------------------------------------------------------------- segmenting

@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    list_item: bool


def sentences(src: Source) -> list[Sentence]:
    """Sentences with their offsets. Hard-wrapped lines are joined; headings, blank lines and
    list bullets break. A list item is one sentence (or more) of its own."""
    text = src.text
    lines: list[tuple[int, int]] = []
    pos = src.body_start
    for line in text[src.body_start:].splitlines(keepends=True):
        lines.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    blocks: list[tuple[int, int, bool]] = []  # start, end, list item
    current: list[int] | None = None
    prev_line = (0, 0)
    for s, e in lines:
        line = text[s:e]
        bullet = BULLET_RE.match(line)
        if not line.strip():
            current = None
            continue
        if bullet:
            blocks.append((s + bullet.end(), e, True))
            current = [len(blocks) - 1]
            prev_line = (s, e)
            continue
        if current is not None:
            ps, pe, item = blocks[current[0]]
            # only the previous line decides (looking at the whole block would be quadratic)
            prev = text[prev_line[0]:prev_line[1]]
            joins = not TERMINAL_RE.search(prev[-40:]) and (
                line[:1].islower() or line[:1].isdigit() or len(prev) >= 50)
            if joins and not item:
                blocks[current[0]] = (ps, e, item)
                prev_line = (s, e)
                continue
        blocks.append((s, e, False))
        current = [len(blocks) - 1]
        prev_line = (s, e)
    out: list[Sentence] = []
    for b, (s, e, item) in enumerate(blocks):
        block = text[s:e]
        cut = 0
        for m in list(SENTENCE_END_RE.finditer(block)) + [None]:
            stop = m.start() if m else len(block)
            end_excl = m.start() + len(m.group(0).rstrip()) if m else len(block)
            piece_start, piece_end = s + cut, s + max(end_excl, stop)
            # strip whitespace at both ends, keep offsets exact
            seg = text[piece_start:piece_end]
            lead = len(seg) - len(seg.lstrip())
            seg = seg.strip()
            if seg:
                out.append(Sentence(piece_start + lead, piece_start + lead + len(seg), seg, b, item))
            cut = m.end() if m else len(block)
    return out


# ----------------------------------------------------------------------------- resolving

_MATCHERS: dict[tuple[tuple[str, str], ...], tuple[re.Pattern[str], dict[str, str]]] = {}


def _term_hits(text: str, pairs: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping whole-word matches of terms, longest first: (start, end, code).
    One compiled alternation per term list, so a sentence is scanned once."""
    key = tuple(pairs)
    if key not in _MATCHERS:
        ordered = sorted({t for t, _ in pairs}, key=lambda t: (-len(t), t))
        rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in ordered) + r")(?!\w)", re.I) \
            if ordered else re.compile(r"(?!x)x")
        codes: dict[str, str] = {}
        for t, c in pairs:
            codes.setdefault(t.lower(), c)
        _MATCHERS[key] = (rx, codes)
    rx, codes = _MATCHERS[key]
    return [(m.start(), m.end(), codes[m.group(0).lower()]) for m in rx.finditer(text)]


def _country_terms(lang: str) -> list[tuple[str, str]]:
    translate = (gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
                 if lang != "en" else (lambda s: s))
    pairs: list[tuple[str, str]] = []
    for c in pycountry.countries:
        names = {c.name, getattr(c, "common_name", c.name)}
        names |= {translate(n) for n in list(names)}
        # "Bolivia, Plurinational State of" is also written "Bolivia"
        names |= {n.split(",")[0] for n in list(names)}
        names |= {re.sub(r"\s*\(.*\)", "", n) for n in list(names)}
        pairs += [(n, c.alpha_3) for n in names if n]
    for code, info in vocab.vocabulary()["places"].items():
        pairs += [(t, code) for t in info["terms"].get(lang, [])]
    for code, words in vocab.vocabulary()["demonyms"]["codes"].items():
        pairs += [(t, code) for t in words.get(lang, [])]
    return sorted(set(pairs), key=lambda p: -len(p[0]))


_COUNTRY_CACHE: dict[str, list[tuple[str, str]]] = {}


def countries_in(text: str, lang: str) -> list[tuple[int, int, str]]:
    if lang not in _COUNTRY_CACHE:
        _COUNTRY_CACHE[lang] = _country_terms(lang)
    # "Mexico City" is a place in Mexico, not a statement about Mexico as a whole
    hits = _term_hits(text, _COUNTRY_CACHE[lang])
    # "Global Witness" is the organisation, not a worldwide scope
    return [h for h in hits if not re.match(r"\s+(?:City|Ciudad|Witness)\b", text[h[1]:])]


def periods_in(text: str) -> list[tuple[int, int, int]]:
    """(position, start year, end year) of each period expression."""
    found: list[tuple[int, int, int]] = []
    taken: set[int] = set()
    for rx, two in PERIOD_PATTERNS:
        for m in rx.finditer(text):
            if m.start(1) in taken:
                continue
            y1 = int(m.group(1))
            y2 = int(m.group(2)) if two else y1
            taken.update({m.start(1), m.start(m.lastindex or 1)})
            found.append((m.start(), y1, y2))
    return sorted(found)


def without_parens(text: str) -> str:
    """Parenthesised asides blanked out (same length, so offsets hold)."""
    return PARENS_RE.sub(lambda m: " " * len(m.group(0)), text)


@dataclass
class Context:
    country: str | None = None
    period: tuple[int, int] | None = None
    qualifier: str | None = None
    outcome: str | None = None
    quote: str = ""
    rows: list[dict] = field(default_factory=list)  # the counts of the last sentence that had any
    paragraph: int = -1                              # where those rows were read


@dataclass
class Extraction:
    counts: list[dict] = field(default_factory=list)
    shares: list[dict] = field(default_factory=list)
    review: list[dict] = field(default_factory=list)
    by_value: dict[int, list[dict]] = field(default_factory=dict)  # for "N of the M" look-ups

    def add(self, row: dict) -> None:
        self.counts.append(row)
        self.by_value.setdefault(row["value"], []).append(row)


def _qualifier(text: str, lang: str) -> str | None:
    hits = _term_hits(text, vocab.terms("qualifier", lang))
    return hits[-1][2] if hits else None


def _outcome(text: str, lang: str) -> str | None:
    hits = _term_hits(text, vocab.terms("outcome", lang))
    found = {code for _, _, code in hits}
    if len(found) > 1:
        # "murdered (13) or disappeared (one)" names both: the widest code that holds them all
        return vocab.top_code("outcome")
    return found.pop() if found else None


def _noun_after(text: str, lang: str, auxiliaries: bool = False) -> str | None:
    """What the number at the start of `text` counts: 'defenders', 'outcome', 'other' or None.
    With `auxiliaries` (the sentence is about defenders), "una más fue desaparecida" counts too."""
    head = text[:120]
    words = list(re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|[^\w\s]", head))
    defenders, outcome_words, subgroup_words = _noun_words(lang)
    # terms of several words ("lethal attacks", "lost their lives") start where a word starts
    multi = {start: kind for start, _, kind in _term_hits(head, _multiword_terms(lang))}
    for m in words[:7]:
        if m.start() in multi:
            return multi[m.start()]
        lw = m.group(0).lower()
        if lw in OTHER_PEOPLE:
            return "other"
        if lw in defenders:
            return "defenders"
        if lw in outcome_words:
            return "outcome"
        if lw in MODIFIERS or lw in subgroup_words or (auxiliaries and lw in AUXILIARIES):
            continue
        return None
    return None


@cache
def _regions(lang: str) -> tuple[str, ...]:
    """Regions wider than a country (vocabulary.json `regions`), in both languages: region names
    are often left untranslated."""
    terms = vocab.vocabulary()["regions"]["terms"]
    return tuple(dict.fromkeys(terms.get(lang, []) + [t for ts in terms.values() for t in ts]))


@cache
def _multiword_terms(lang: str) -> list[tuple[str, str]]:
    """(term, 'defenders' | 'outcome') for the terms of more than one word."""
    return ([(t, "defenders") for t in vocab.vocabulary()["defender_terms"][lang] if " " in t]
            + [(t, "outcome") for t, _ in vocab.terms("outcome", lang) if " " in t])


@cache
def _noun_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    defenders = frozenset(t.lower() for t in vocab.vocabulary()["defender_terms"][lang])
    outcome_words = frozenset(t.lower() for t, _ in vocab.terms("outcome", lang))
    subgroup_words = frozenset(w.lower() for d in SUBGROUP_DIMENSIONS for t, _ in vocab.terms(d, lang)
                               for w in t.split())
    return defenders, outcome_words, subgroup_words


def extract(src: Source) -> Extraction:
    out = Extraction()
    sid = src.meta["source_id"]
    ctx = Context()       # carried from sentence to sentence within a paragraph
    header = Context()    # what a "...at least:" lead-in says, for the list items under it
    last_paragraph = -1
    for sent in sentences(src):
        if sent.paragraph != last_paragraph and not sent.list_item:
            header = Context()
        last_paragraph = sent.paragraph
        text = sent.text
        if len(text) > MAX_SENTENCE:
            # no real sentence is this long: a table, a dump, or hostile input
            out.review.append({"source_id": sid, "number": "", "quote": text[:200],
                               "reason": f"a 'sentence' of {len(text)} characters was not read "
                                         f"(longer than {MAX_SENTENCE})",
                               "quote_start": sent.start, "quote_end": sent.start + 200})
            continue
        # a text may switch language (a quote, a bilingual release): read each sentence in its own
        lang = guess_language(text, src.lang)
        plain = without_parens(text)
        numbers = find_numbers(text, lang)
        sent_periods = periods_in(plain) or _bare_year(plain, numbers)
        sent_countries = countries_in(plain, lang)
        # the counts a pronoun in this sentence can refer to ("of them", "De ellas, ..."): those
        # of the last sentence with counts, in this paragraph
        earlier = ctx.rows if ctx.paragraph == sent.paragraph or sent.list_item else []
        of_them = bool(SENTENCE_PRONOUN_RE.match(plain))
        talks_of_defenders = _mentions_defenders(plain, lang)
        base = header if sent.list_item else Context()
        if not sent.list_item and not text.rstrip().endswith(":"):
            base = Context(country=ctx.country)
        cardinals = [n for n in numbers if n.kind == "cardinal"]
        prev_outcome: str | None = None
        accepted: list[tuple[Number, dict]] = []
        consumed: set[int] = set()  # numbers read as the "M" of "N of the M"
        for idx, n in enumerate(cardinals):
            if idx in consumed:
                continue
            after = text[n.end:]
            clause_end = cardinals[idx + 1].start if idx + 1 < len(cardinals) else len(text)
            parent = None
            if PRONOUN_PARTITIVE_RE.match(after) or NOUN_PARTITIVE_RE.match(after) \
                    or RELATIVE_BEFORE_RE.search(plain[:n.start]) \
                    or (of_them and not PARTITIVE_RE.match(after)):
                # "five of those women were Mexican", "De ellas, 29 se oponían a la minería":
                # a part of the group just counted
                # a sentence that opens with the pronoun refers to the sentence before; "N of
                # them" inside a sentence to the counts just read in it
                referent = earlier if of_them else ([r for _, r in accepted] or earlier)
                row = _part_of(src, lang, sent, n, referent, plain[n.end:clause_end], plain, base)
                if isinstance(row, str):
                    out.review.append(_review(sid, src, sent, n, row))
                    continue
                accepted.append((n, row))
                row["id"] = f"{sid}-c{len(out.counts) + 1:02d}"
                out.add(row)
                continue
            m = PARTITIVE_RE.match(after)
            if m and idx + 1 < len(cardinals) and cardinals[idx + 1].start == n.end + m.end():
                whole = cardinals[idx + 1]
                consumed.add(idx + 1)
                parent = _find_parent(out.by_value.get(int(whole.value), []), text[whole.end:], lang)
                if parent is None and _noun_after(text[whole.end:], lang) in ("defenders", "outcome"):
                    # "Nine of the 18 killings in Mexico in 2024 ...": the 18 is stated here
                    # first; its own phrase ends where the predicate about the part begins
                    pred = PREDICATE_RE.search(plain[whole.end:])
                    m_end = whole.end + pred.start() if pred else len(plain)
                    row = _resolve(src, lang, sent, whole, plain[whole.start:m_end], plain, None, base, ctx,
                                   sent_periods, sent_countries, prev_outcome)
                    if isinstance(row, dict):
                        row["id"] = f"{sid}-c{len(out.counts) + 1:02d}"
                        out.add(row)
                        parent = row
                if parent is None:
                    out.review.append(_review(sid, src, sent, n, f"stated as part of {whole.text}, "
                                              "but no count with that value could be resolved"))
                    continue
                clause_end = cardinals[idx + 2].start if idx + 2 < len(cardinals) else len(text)
                noun: str | None = "defenders"
            else:
                noun = _noun_after(after, lang, talks_of_defenders)
                if noun is None and text[:n.start].rstrip().endswith("(") and \
                        _outcome(text[max(0, n.start - 30):n.start], lang):
                    noun = "outcome"  # "murdered (13)"
                if noun is None:
                    # a list that goes on from a count: "with 48 ..., followed by Guatemala with 20",
                    # "Filipinas siete, y Honduras e Indonesia cinco cada uno"
                    listed = _listed_countries(plain, n, sent_countries)
                    template = accepted[-1][1] if accepted else (earlier[-1] if earlier else None)
                    if not listed and template is not None and COMPARED_RE.search(plain[:n.start]):
                        listed = [template["country"]]
                    if listed and template is not None and n.value == int(n.value):
                        period = _pick_period(sent_periods, n, plain[n.start:clause_end])
                        for code in listed:
                            row = _like(template, sent, n, code, period, _qualifier(plain[:n.start], lang))
                            accepted.append((n, row))
                            row["id"] = f"{sid}-c{len(out.counts) + 1:02d}"
                            out.add(row)
                        continue
            if noun in (None, "other"):
                if noun == "other":
                    out.review.append(_review(sid, src, sent, n, "counts a group that is not "
                                              "defenders (" + _first_word(after) + ")"))
                continue
            if n.value != int(n.value) or n.value < 0:
                continue
            clause = plain[n.start:clause_end]
            row = _resolve(src, lang, sent, n, clause, plain, parent, base, ctx, sent_periods,
                           sent_countries, prev_outcome)
            if isinstance(row, str):
                out.review.append(_review(sid, src, sent, n, row))
                continue
            prev_outcome = row["outcome"]
            accepted.append((n, row))
            row["id"] = f"{sid}-c{len(out.counts) + 1:02d}"
            out.add(row)
        for n in numbers:
            if n.kind == "percent":
                share = _share(src, sent, n, ctx, base, lang)
                if share:
                    share["id"] = f"{sid}-s{len(out.shares) + 1:02d}"
                    out.shares.append(share)
        # carry context forward
        if text.rstrip().endswith(":") and not sent.list_item:
            header = Context(
                country=sent_countries[-1][2] if sent_countries else ctx.country,
                period=(sent_periods[-1][1], sent_periods[-1][2]) if sent_periods else None,
                qualifier=_qualifier(plain, lang),
                outcome=_outcome(plain, lang),
                quote=text,
            )
        if accepted:
            rows = [r for _, r in accepted]
            ctx.country = rows[-1]["country"]
            ctx.period = (rows[-1]["period_start"], rows[-1]["period_end"])
            outcomes = {r["outcome"] for r in rows}
            # "19 cases ..., 18 killings and one disappearance": what follows is about cases
            ctx.outcome = outcomes.pop() if len(outcomes) == 1 else vocab.top_code("outcome")
            ctx.rows, ctx.paragraph = rows, sent.paragraph
        else:
            if sent_countries:
                ctx.country = sent_countries[-1][2]
            if sent_periods:  # "In 2022, ..." sets the scene for what follows
                ctx.period = (sent_periods[-1][1], sent_periods[-1][2])
    return out


# "eight of the victims", "nine of the killings": a part of the group just counted
NOUN_PARTITIVE_RE = re.compile(
    r"^\s+(?:of|de)\s+(?:the|those|these|los|las|esos|esas|estos|estas)\s+(?:victims|víctimas|defenders|"
    r"cases|killings|murders|casos|asesinatos|personas defensoras|defensores|defensoras)\b", re.I)
RELATIVE_BEFORE_RE = re.compile(
    r"\b(?:of whom|of which|among whom|among them|de (?:los|las) cuales|entre (?:los|las) cuales|"
    r"de ellos|de ellas|entre ellos|entre ellas)[\s,]*(?:at least|al menos|some|unos|unas)?\s*$", re.I)
COMPARED_RE = re.compile(r"\b(?:against|compared (?:with|to)|versus|vs\.?|frente a|contra|comparado con)\s*$", re.I)
OPEN_PERIOD_RE = re.compile(r"\b(?:since|desde)\s+\d{4}\b(?!\s*(?:to|and|until|through|hasta|a|al|y)\s+\d{4})", re.I)
SENTENCE_PRONOUN_RE = re.compile(
    r"^\s*(?:of|among|de|entre)\s+(?:them|these|those|ellas|ellos|estas|estos|esas|esos)\b", re.I)
AUXILIARIES = {"was", "were", "had", "have", "has", "been", "being", "fue", "fueron", "han", "ha",
               "habían", "había", "sido", "resultaron", "resultó"}
# what may stand between a country and the number listed for it: "Brazil with 25", "Brasil 12",
# "Perú y Ecuador sumaron tres cada uno" (a verb of counting, not "where" or "of")
LIST_LINK_RE = re.compile(r"^\s*(?:with|con|:|–|—|-|recorded|registered|reported|counted|had|saw|"
                          r"registró|registraron|sumó|sumaron|tuvo|tuvieron|contó|reportó)?\s*$", re.I)


def _bare_year(plain: str, numbers: list[Number]) -> list[tuple[int, int, int]]:
    """"The worst year was 2012, with 147 killings": one year, named without a preposition,
    is the period; not "since 2012" or "until 2024" (open-ended) and not when several years are named."""
    years = [n for n in numbers if n.kind == "year"]
    if len({n.value for n in years}) != 1:
        return []
    y = years[0]
    if re.search(r"\b(?:since|until|till|before|after|by|desde|hasta|antes|después)\s+(?:de\s+)?$",
                 plain[:y.start], re.I):
        return []
    return [(y.start, int(y.value), int(y.value))]


def _mentions_defenders(plain: str, lang: str) -> bool:
    defenders = _noun_words(lang)[0]
    return any(w.lower() in defenders for w in re.findall(r"[^\W\d_]+", plain))


def _listed_countries(plain: str, n: Number, sent_countries) -> list[str]:
    """Countries a bare number is listed against: "Guatemala con 20", "Filipinas siete",
    "Honduras e Indonesia cinco cada uno" (each)."""
    before = [c for c in sent_countries if c[1] <= n.start]
    if not before or not LIST_LINK_RE.match(plain[before[-1][1]:n.start]):
        return []
    codes = [before[-1][2]]
    if len(before) > 1 and re.fullmatch(r"\s+(?:e|y|and|&)\s+", plain[before[-2][1]:before[-1][0]], re.I) \
            and re.match(r"\s*(?:cada\s+un[oa]|each)\b", plain[n.end:], re.I):
        codes.insert(0, before[-2][2])
    return codes


def _like(template: dict, sent: Sentence, n: Number, country: str, period: tuple[int, int] | None,
          qualifier: str | None) -> dict:
    """A count listed after another: the same kind of count, for another country."""
    row = {**template, "country": country, "value": int(n.value), "parent_id": "",
           "quote": sent.text, "quote_start": sent.start, "quote_end": sent.end, "context_quote": "",
           "note": "", "qualifier": qualifier or "exact"}
    if period:
        row["period_start"], row["period_end"] = period
    return row


def _part_of(src: Source, lang: str, sent: Sentence, n: Number, referent: list[dict], clause: str,
             plain: str, base: Context) -> dict | str:
    """A part of the group counted just before ("of them"): its dimensions, narrowed by what the
    clause says (a subgroup, a country)."""
    if n.value != int(n.value) or n.value < 0:
        return "not a whole number"
    if not referent:
        return "counts part of a group named by a pronoun (\"N of them\"), but no count precedes it"
    if REGION_RE.search(clause) or REGION_RE.search(plain[:n.start]):
        return "counts part of a country (a region or state), not the whole country"
    keep = ("country", "period_start", "period_end", *SUBGROUP_DIMENSIONS)
    if any(any(r[k] != referent[0][k] for k in keep) for r in referent[1:]):
        return "counts part of a group named by a pronoun, which refers to counts that differ"
    outcomes = {r["outcome"] for r in referent}
    dims = {k: referent[0][k] for k in keep}
    dims["outcome"] = outcomes.pop() if len(outcomes) == 1 else vocab.top_code("outcome")
    own = _subgroups(clause, lang)
    narrowed = False
    for d, code in own.items():
        if dims[d] != vocab.top_code(d) and not vocab.contains(d, dims[d], code):
            return f"restricts {d} to {code}, outside the group it is part of ({dims[d]})"
        narrowed |= code != dims[d]
        dims[d] = code
    said = _outcome(clause, lang)
    if said and vocab.contains("outcome", dims["outcome"], said) and said != dims["outcome"]:
        dims["outcome"], narrowed = said, True
    named = countries_in(clause, lang)
    moved = bool(named) and named[0][2] != dims["country"]
    if moved:
        dims["country"] = named[0][2]
    if not (narrowed or moved):
        return "counts part of a group named by a pronoun, but does not say which part"
    parent = referent[0] if len(referent) == 1 and not moved else None
    return {
        "source_id": src.meta["source_id"], **{k: dims[k] for k in ("country", "period_start", "period_end")},
        "outcome": dims["outcome"], **{d: dims[d] for d in SUBGROUP_DIMENSIONS},
        "value": int(n.value), "qualifier": _qualifier(plain[:n.start], lang) or base.qualifier or "exact",
        "parent_id": parent["id"] if parent else "",
        "quote": sent.text, "quote_start": sent.start, "quote_end": sent.end,
        "context_quote": "" if parent or sent.text == referent[0]["quote"] else referent[0]["quote"],
        "note": "" if parent else "Part of the group counted just before it in the text"
                                  + (f" ({', '.join(str(r['value']) for r in referent)})" if referent else "")
                                  + ", which has no single row of its own here.",
    }


def _first_word(text: str) -> str:
    m = re.search(r"[^\W\d_]+", text)
    return m.group(0) if m else ""


def _find_parent(candidates: list[dict], phrase: str, lang: str) -> dict | None:
    """The latest earlier count with the stated value; if the phrase names a subgroup, one that has it."""
    named = _subgroups(phrase[:80], lang)
    near = candidates[-50:]  # the nearest ones; bounded on huge inputs
    restricted = [{d: c[d] for d in SUBGROUP_DIMENSIONS if c[d] != vocab.top_code(d)} for c in near]
    # "of the 222 defenders" means the 222 restricted exactly as the phrase says (here: not at all),
    # even when an Indigenous count also happens to be 222
    for c, r in zip(reversed(near), reversed(restricted)):
        if r == named:
            return c
    for c in reversed(near):
        if all(c[d] == code for d, code in named.items()):
            return c
    return candidates[-1] if candidates else None


def _subgroups(text: str, lang: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for d in SUBGROUP_DIMENSIONS:
        hits = _term_hits(text, vocab.terms(d, lang))
        if hits:
            found[d] = hits[0][2]
    return found


def _resolve(src: Source, lang: str, sent: Sentence, n: Number, clause: str, plain: str,
             parent: dict | None, base: Context, ctx: Context, sent_periods, sent_countries,
             prev_outcome) -> dict | str:
    note = ""
    if REGION_RE.search(clause) or REGION_RE.search(plain[:n.start]):
        return "counts part of a country (a region or state), not the whole country"
    paren = sent.text[:n.start].rstrip().endswith("(")
    if paren:
        # "Women made up 10% of the defenders murdered (13) or disappeared (one)": the number
        # belongs to the phrase before its bracket
        own = _subgroups(plain[plain.rfind(";", 0, n.start) + 1:n.start], lang)
    else:
        own = _subgroups(clause, lang)
    if parent is not None:
        dims = {d: parent[d] for d in ("country", "period_start", "period_end", "outcome",
                                       *SUBGROUP_DIMENSIONS)}
        for d, code in own.items():
            if dims[d] != vocab.top_code(d) and not vocab.contains(d, dims[d], code):
                return f"restricts {d} to {code}, outside its parent's {dims[d]}"
            dims[d] = code
        said = _outcome(clause, lang)
        if said and said != parent["outcome"]:
            note = (f"The text says '{_outcome_words(clause, lang)}', but the count is stated as part "
                    f"of {parent['value']} ({parent['outcome']}); recorded with the parent's outcome.")
        dims["parent_id"] = parent["id"]
    else:
        dims = {d: vocab.top_code(d) for d in SUBGROUP_DIMENSIONS}
        dims.update(own)
        # country: the one named nearest before the number, else after it, else context
        before = [c for c in sent_countries if c[1] <= n.start]
        after = [c for c in sent_countries if c[0] >= n.end]
        if before and (not after or n.start - before[-1][1] < 40 or len({c[2] for c in sent_countries}) == 1):
            country = before[-1][2]
        elif after:
            country = after[0][2]
        else:
            country = base.country or ctx.country
        if not country:
            return "no country stated for this count"
        region = _term_hits(plain, [(t, "") for t in _regions(lang)])
        if region and not sent_countries:
            return f"names a region ({plain[region[0][0]:region[0][1]]}), not a country"
        dims["country"] = country
        period = _pick_period(sent_periods, n, clause) or base.period
        if period is None and OPEN_PERIOD_RE.search(plain):
            return "the period is open-ended (\"since 2012\"): its last year is not stated"
        period = period or ctx.period
        if period is None:
            return "no period stated for this count"
        dims["period_start"], dims["period_end"] = period
        outcome: str | None = _last_outcome(sent.text[max(0, n.start - 30):n.start], lang) \
            if paren else _outcome(clause, lang)
        outcome = outcome or prev_outcome or _outcome(plain, lang) or base.outcome or ctx.outcome
        if outcome is None:
            return "no outcome (killed, disappeared) stated for this count"
        dims["outcome"] = outcome
        dims["parent_id"] = ""
    qualifier = _qualifier(plain[:n.start], lang) or base.qualifier or "exact"
    return {
        "source_id": src.meta["source_id"],
        "country": dims["country"],
        "period_start": dims["period_start"],
        "period_end": dims["period_end"],
        "outcome": dims["outcome"],
        **{d: dims[d] for d in SUBGROUP_DIMENSIONS},
        "value": int(n.value),
        "qualifier": qualifier,
        "parent_id": dims["parent_id"],
        "quote": sent.text,
        "quote_start": sent.start,
        "quote_end": sent.end,
        "context_quote": base.quote if sent.list_item else "",
        "note": note,
    }


def _last_outcome(text: str, lang: str) -> str | None:
    hits = _term_hits(text, vocab.terms("outcome", lang))
    return hits[-1][2] if hits else None


def _outcome_words(text: str, lang: str) -> str:
    hits = _term_hits(text, vocab.terms("outcome", lang))
    return " / ".join(text[s:e] for s, e, _ in hits)


def _pick_period(periods, n: Number, clause: str) -> tuple[int, int] | None:
    if not periods:
        return None
    inside = [p for p in periods if n.start <= p[0] < n.start + len(clause)]
    if inside:
        return inside[0][1], inside[0][2]
    before = [p for p in periods if p[0] < n.start]
    chosen = before[-1] if before else periods[0]
    return chosen[1], chosen[2]


def _share(src: Source, sent: Sentence, n: Number, ctx: Context, base: Context, lang: str) -> dict | None:
    """A population share: "19% of the population is Indigenous"."""
    after = sent.text[n.end:n.end + 80]
    if not re.match(r"\s*%?\s*(?:of\s+the\s+population|de\s+la\s+población)", after, re.I):
        return None
    groups = _term_hits(after, vocab.terms("population", lang))
    if not groups:
        return None
    countries = countries_in(without_parens(sent.text), lang)
    country = ctx.country or base.country or (countries[-1][2] if countries else None)
    if country is None:
        return None
    return {
        "source_id": src.meta["source_id"],
        "country": country,
        "population": groups[0][2],
        "share_percent": n.value,
        "quote": sent.text,
        "quote_start": sent.start,
        "quote_end": sent.end,
        "number_text": n.text,
    }


def _review(sid: str, src: Source, sent: Sentence, n: Number, reason: str) -> dict:
    return {"source_id": sid, "number": n.text, "reason": reason, "quote": sent.text,
            "quote_start": sent.start, "quote_end": sent.end}


# ----------------------------------------------------------------------------- output

def source_row(src: Source, root: Path) -> dict:
    m = src.meta
    return {
        "source_id": m["source_id"],
        "title": m.get("title", ""),
        "publisher": m.get("publisher", ""),
        "url": m.get("url") or m.get("source-of-figures", ""),
        "published": m.get("published", ""),
        "language": src.lang,
        "figures_origin": m.get("figures_origin", ""),
        # relative to the package root, where datapackage.json is
        "seed_path": src.path.relative_to(root).as_posix() if src.path.is_relative_to(root) else src.path.name,
        "sha256": hashlib.sha256(src.path.read_bytes()).hexdigest(),
    }


def run(paths: list[Path], out_dir: Path, root: Path = ROOT) -> Extraction:
    total = Extraction()
    sources = []
    for path in paths:
        src = read_source(path)
        got = extract(src)
        total.counts += got.counts
        total.shares += got.shares
        total.review += got.review
        sources.append(source_row(src, root.resolve()))
    tables.write_all(out_dir, {
        "counts": total.counts, "population_shares": total.shares,
        "review": total.review, "sources": sources,
    })
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("texts", nargs="*", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "data")
    args = ap.parse_args(argv)
    paths = args.texts or sorted((ROOT / "seeds").glob("*.txt"))
    if not paths:
        print("extract: no texts given and no seeds/*.txt", file=sys.stderr)
        return 1
    got = run([p.resolve() for p in paths], args.out)
    print(f"extract: {len(paths)} text(s) -> {len(got.counts)} counts, {len(got.shares)} shares, "
          f"{len(got.review)} for review in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
