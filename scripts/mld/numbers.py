"""Numbers in text, as digits or words, with their offsets and what kind of number each is.

Kinds: `cardinal` (may count people), `year`, `percent`, `money`, `time`, `measure` ("40-minute"),
`decimal`, `ordinal`, `rank` ("top 5"), `fraction` ("un tercio", "two-thirds"), `rate` ("three every week"), `ratio` ("one in ten",
"nueve de cada 10"), `difference` ("37 menos que", "an increase of 24"), `date` ("12 de
septiembre"), `duration` ("six months"), `age`, `magnitude` ("6 millones"), `footnote` ("[1]", "[3, p. 22]"),
`page` ("p. 22"), `enumeration` ("2/ ...", "3. Impunity ..."). Only cardinals can be
counts; every other kind is skipped by the extractor because of what it is (each kind has a test).

Thousands separators: "1,910" (en), "1.910" (es), and a space, no-break space, thin space or narrow
no-break space in either ("1 910", "1\u202f910").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from mld import vocab
from mld.lexicon import Lexicon, lexicon

WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
GROUP_SEP = ".,\u00a0\u2009\u202f "
# (not a number glued to a word by "+", part of a name: "Rio+20")
DIGITS_RE = re.compile(
    r"(?<![\w.,\u00a0\u2009\u202f])(?<!\w\+)\d{1,3}(?:[.,\u00a0\u2009\u202f ]\d{3})+(?![\d])"
    r"|(?<![\w.,])(?<!\w\+)\d+(?:[.,]\d+)?(?!\d)")
ORDINAL_ENDINGS = r"st|nd|rd|th|º|ª|°|o|a|er|ro|do|to"  # "5th", "5º", "3er"
ORDINAL_SUFFIX = re.compile(rf"^(?:{ORDINAL_ENDINGS})(?![^\W\d_])", re.I)
DIGIT_ORDINAL_RE = re.compile(rf"\d+\.?(?:{ORDINAL_ENDINGS})", re.I)  # a word that is an ordinal: "5th", "1.o"
TIME_AROUND = re.compile(r"^(?::\d\d|\s*(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b|hrs\b|h\b))", re.I)
MEASURE_AFTER = re.compile(r"^-[^\W\d_]|^(?:km|mi|m|kg|ha|cm|mm|km2|km²|m2|m²|ft|lb|lbs)\b")  # "40-minute", "3,220km"
DECADE_AFTER = re.compile(r"^'?s\b")


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: float
    kind: str
    text: str

    @property
    def whole(self) -> bool:
        return self.value == int(self.value)


def digits_value(raw: str, lang: str) -> tuple[float, bool]:
    """Value of a digit string and whether it is a whole number. A separator followed by exactly
    three digits is a thousands separator unless the language uses it as its decimal mark and it
    is the only separator."""
    decimal_mark = "," if lang == "es" else "."
    if re.fullmatch(r"\d{1,3}(?:[" + GROUP_SEP + r"]\d{3})+", raw):
        seps = set(re.findall(r"\D", raw))
        if not (seps == {decimal_mark} and raw.count(decimal_mark) == 1 and _ambiguous_decimal(raw)):
            return float(re.sub(r"\D", "", raw)), True
    if re.fullmatch(r"\d+", raw):
        return float(raw), True
    return float(raw.replace(",", ".")), False


def _ambiguous_decimal(raw: str) -> bool:
    # "1,910" in Spanish could be a decimal, but counts of people are never decimals: read it as
    # thousands when the integer part has no leading zero
    return raw.startswith("0")


@lru_cache(maxsize=65536)
def _parse(words: tuple[str, ...], lang: str) -> int | None:
    try:
        return int(text2num(" ".join(words), lang))
    except (ValueError, KeyError, IndexError):
        return None


def _word_numbers(text: str, lex: Lexicon) -> list[tuple[int, int, int]]:
    lang = lex.lang
    words = [(m.start(), m.end(), lex.word_aliases.get(m.group(0).lower(), m.group(0).lower())) for m in WORD_RE.finditer(text)]
    joiners = lex.joiners
    found: list[tuple[int, int, int]] = []
    i = 0
    while i < len(words):
        w = words[i][2]
        if w in lex.ordinal_words or w in joiners or w in lex.not_numbers or w in lex.magnitude_words \
                or _parse((w,), lang) is None:
            i += 1
            continue
        j = i + 1
        while j < len(words) and j - i < 6 and re.fullmatch(r"[\s-]+", text[words[j - 1][1]:words[j][0]]) \
                and (words[j][2] in joiners or _parse((words[j][2],), lang) is not None):
            j += 1
        while j > i + 1 and (words[j - 1][2] in joiners or _parse(tuple(x[2] for x in words[i:j]), lang) is None):
            j -= 1
        value = _parse(tuple(x[2] for x in words[i:j]), lang)
        if value is None:
            i += 1
            continue
        found.append((words[i][0], words[j - 1][1], value))
        i = j
    return found


def find_numbers(text: str, lex: Lexicon) -> list[Number]:
    """Every number in `text`, in order of position, with its kind."""
    raw: list[tuple[int, int, float, bool]] = []
    thousands = [(m.start(), m.end(), float(int(m.group(1) or 1) * 1000 + int(m.group(2) or m.group(3) or 0)))
                 for m in lex.thousands_rx.finditer(text)]
    raw += [(s, e, v, True) for s, e, v in thousands]
    for m in DIGITS_RE.finditer(text):
        if any(s <= m.start() < e for s, e, _ in thousands):
            continue
        value, whole = digits_value(m.group(0), lex.lang)
        raw.append((m.start(), m.end(), value, whole))
    taken = [(s, e) for s, e, _, _ in raw]
    # the unit of a percentage ("80 por ciento", "per cent") holds no number of its own
    taken += [(h.start, h.end) for h in lex.percent_after.finditer(text)]
    for ws, we, wv in _word_numbers(text, lex):
        if not any(ws < te and ts < we for ts, te in taken):
            raw.append((ws, we, float(wv), True))
    raw.sort()
    out = []
    skip_to = -1
    for s, e, v, whole in raw:
        if s < skip_to:
            continue
        half = lex.and_a_half.starts_at(text, e, 16) if whole and v < 1000 else None
        thousand = lex.thousand_words.starts_at(text, half.end, 12) if half is not None else None
        if thousand is not None:
            # ("two and a half thousand": 2,500, not 2 and a thousand)
            value = (v + 0.5) * 1000
            out.append(Number(s, thousand.end, value, classify(text, s, thousand.end, value, True, lex),
                              text[s:thousand.end]))
            skip_to = thousand.end
            continue
        kind = "magnitude" if half is not None and lex.magnitudes.starts_at(text, half.end, 16) \
            else classify(text, s, e, v, whole, lex)  # ("two and a half million")
        out.append(Number(s, e, v, kind, text[s:e]))
    return _pairs(text, out, lex)


# a page or volume reference right before a number ("p. 22", "pp. 1101-", "pág. 40", "page 12", "vol. 49"), or a part of
# a text or a law ("chapter 9", "en el capítulo 9", "artículo 9", "episode 88")
PAGE_BEFORE = re.compile(r"(?:\b(?:pp?|págs?|pgs?|vol|núm|cap)\.\s*|\b(?:pages?|páginas?|chapters?|cap[ií]tulos?|articles?"
                         r"|art[ií]culos?|episodes?|episodios?|annex(?:es)?|anexos?)\s+|\b(?:pp?|págs?)\.\s*\d{1,4}\s*[-–]\s*)$", re.I)
# what may follow a reference mark's number inside its square brackets: more marks, pages ("[3, p. 22]", "[3; 5]", "[2-4]")
CITATION_REST = re.compile(r"(?:\s*[,;–-]\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*\]")


# a person's name (two capitalised words or more) and a comma right before a number: "said activist Wanjiru Kamau, 29,"
NAME_COMMA_BEFORE = re.compile(r"(?<![\w-])(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+\s+){1,3}[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+,\s*$")


def _age_after_name(text: str, start: int, end: int, value: float, lex: Lexicon) -> bool:
    """"Wanjiru Kamau, 29, addressing a side event": a small number set off by commas right after a person's name is
    the person's age; not after a place's name ("Costa Rica, 4, and Panama, 2")."""
    if not 1 <= value <= 110 or not re.match(r"\s*[,)]", text[end:end + 3]):
        return False
    name = NAME_COMMA_BEFORE.search(text, max(0, start - 60), start)
    if name is None:
        return False
    lo = max(0, name.start() - 20)  # (a place's name may open before the capitalised words: "the Democratic Republic")
    return not any(lo + h.end > name.start() for h in lex.places(text[lo:name.end()]))


def _age_by_superlative(text: str, start: int, end: int, value: float, lex: Lexicon) -> bool:
    """"The youngest person killed in Mexico was just seventeen", "la víctima más joven tenía apenas 17": a number
    right after a copula, in a clause that opened on a superlative of age, is that person's age (not "the youngest
    victims were 17 defenders": a counted noun follows)."""
    if not 1 <= value <= 110 or lex.nouns.starts_at(text, end, 40) is not None:
        return False
    copula = lex.age_copulas.ends_at(text, start, 24)
    if copula is None:
        return False
    clause = max(text.rfind(p, 0, copula.start) for p in ".;:!?\n") + 1
    return bool(lex.age_superlatives.finditer(text, max(clause, copula.start - 90), copula.start))


def classify(text: str, start: int, end: int, value: float, whole: bool, lex: Lexicon) -> str:
    """The kind of the number at text[start:end], from the words around it."""
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    token = text[start:end]
    if before.endswith("[") and CITATION_REST.match(after) and len(token) <= 3 and token.isdigit():
        # ("were killed in 2016.[1] Since 2015", "[3, p. 22]", "[3; 5]": a reference mark, not a count)
        return "footnote"
    if token.isdigit() and len(token) <= 2 and re.match(r"/(?:\d+)?(?:\s|$)", after) and (not before.strip() or before.endswith("\n")):
        return "enumeration"  # ("2/ Colombia tops the list", "3/12": a post's number in a thread, not a count)
    if token.isdigit() and PAGE_BEFORE.search(before):
        return "page"  # ("[3, p. 22]", "pp. 1101-1127", "pág. 40": a page of a source, not a count)
    if token.isdigit() and len(token) <= 2 and re.match(r"[.)][ \t]+[A-ZÁÉÍÓÚÑ¿¡\"“]", after) \
            and (not before.strip(" \t") or before.rstrip(" \t").endswith("\n")):
        return "enumeration"  # ("3. Impunity compounds the harm": a numbered paragraph's or item's number, not a count)
    if lex.percent_after.starts_at(text, end, 12) or after[:1] == "%":
        return "percent"
    if lex.money_before.ends_at(text, start, 6) or lex.money_after.starts_at(text, end, 16):
        return "money"
    if lex.magnitudes.starts_at(text, end, 16):
        return "magnitude"
    if lex.fraction_after.starts_at(text, end, 14) or re.search(r"\d/$", before) or re.match(r"/\d", after):
        return "fraction"  # ("1/3 of fatal attacks": a share written with a slash, not a count of 3)
    if lex.rank_frame_before.ends_at(text, start, 16) and lex.rank_frame_after.starts_at(text, end, 16):
        return "rank"
    if TIME_AROUND.match(after) or before.endswith(":"):
        return "time"
    if token[:1].isdigit() and ORDINAL_SUFFIX.match(after) and not after[:1].isspace():
        return "ordinal"
    if MEASURE_AFTER.match(after):
        return "measure"
    if not whole:
        return "decimal"
    if re.fullmatch(r"\d{4}", token) and 1900 <= value <= 2100 and not (
            lex.qualifiers.ends_at(text, start, 16) is not None and lex.nouns.starts_at(text, end, 40) is not None):
        # (not "al menos 1910 personas", a count written without its thousands separator: a hedge
        # before it and a counted noun right after it)
        # ("the 2010s", "the 1990's" name a decade; "2016's deadly record of 200" is the year's)
        return "decade" if DECADE_AFTER.match(after) and value % 10 == 0 else "year"
    # (in any language the lexicon knows: a quote in English ends on a Spanish dateline, "— dwnews,
    # 28 de julio de 2018")
    if value <= 31 and any(_month_after(text, end, other) or _month_before(text, start, other)
                           for other in _all_lexicons(lex)):
        return "date"
    if lex.age_before.ends_at(text, start, 16) or lex.age_after.starts_at(text, end, 16):
        return "age"
    if _age_after_name(text, start, end, value, lex) or _age_by_superlative(text, start, end, value, lex):
        return "age"
    if lex.time_units.starts_at(text, end, 14):
        return "duration"
    if lex.rank_before.ends_at(text, start, 12):
        return "rank"
    if lex.difference_after.starts_at(text, end, 24) and difference_follows(text, end, lex):
        return "difference"
    if lex.difference_before.ends_at(text, start, 30):
        return "difference"
    hedge = lex.qualifiers.ends_at(text, start, 30)  # "se multiplicó por más de cuatro"
    if hedge is not None and lex.difference_before.ends_at(text, hedge.start, 30):
        return "difference"
    if lex.projection_before.ends_at(text, hedge.start if hedge is not None else start, 30):
        return "projection"
    if hedge is not None and hedge.payload == "more_than" and lex.threshold_rx.search(text, max(0, hedge.start - 90), hedge.start):
        return "threshold"
    return "cardinal"


def _all_lexicons(lex: Lexicon) -> list[Lexicon]:
    """The sentence's lexicon first, then every other language's."""
    return [lex] + [lexicon(lang) for lang in vocab.languages() if lang != lex.lang]


def _month_after(text: str, end: int, lex: Lexicon) -> bool:
    """"17 September", "12 de septiembre", "the 5th of May"."""
    rest = text[end:end + 24]
    m = re.match(r"\s*(?:" + "|".join(re.escape(j) for j in lex.date_joiners) + r")?\s*", rest, re.I)
    return lex.months.starts_at(text, end + (m.end() if m else 0), 14) is not None


def _month_before(text: str, start: int, lex: Lexicon) -> bool:
    # ("Feb. 24", "Sept. 13": an abbreviated month keeps its dot)
    pre = text[:start].rstrip(" ")
    if pre.endswith(".") and not text[start - 1:start].isalnum():
        pre = pre[:-1]
    h = lex.months.ends_at(text, len(pre), 14)
    dotted = "." in text[h.end:start] if h is not None else False
    return h is not None and text[h.end:start].strip(" .") == "" and (not dotted or h.end - h.start <= 4)


def difference_follows(text: str, end: int, lex: Lexicon) -> bool:
    """"37 fewer than the year before", "four more than in 2018", "37 menos que": a number followed
    by more/fewer and a comparison is a difference; "18 more killings" is not (a noun follows)."""
    h = lex.difference_after.starts_at(text, end, 24)
    assert h is not None
    rest = text[h.end:h.end + 30].lstrip()
    phrase = text[h.start:h.end].lower()
    if phrase.endswith((" than", " que", " de los que")):
        return True
    # bare "more"/"más": a difference only when a comparison follows ("four more than", "cuatro más que")
    return bool(re.match(lex.rx_more_compared + r"\b", rest, re.I))


def _pairs(text: str, numbers: list[Number], lex: Lexicon) -> list[Number]:
    """Kinds that involve two numbers: ratios ("one in ten", "nueve de cada 10", "N out of every
    M") and rates with a number inside ("one every two days")."""
    out = list(numbers)
    for i, n in enumerate(out):
        if n.kind not in ("cardinal", "duration"):
            continue
        rate = lex.rate_after.starts_at(text, n.end, 40) or _rate_after_noun(text, n, lex)
        if rate is not None and lex.not_rate_after.starts_at(text, rate.end, 12) is not None:
            rate = None  # "201 deaths a year earlier"
        if rate is not None:
            out[i] = Number(n.start, n.end, n.value, "rate", n.text)
            for k, m in enumerate(out):
                if rate.start <= m.start < rate.end:
                    out[k] = Number(m.start, m.end, m.value, "rate", m.text)
            continue
        if i + 1 < len(out):
            m = out[i + 1]
            between = text[n.end:m.start]
            h = lex.ratio_between.fullmatch(between.strip())
            if h is None and _ratio_base(m.value):
                h = lex.ratio_between_base.fullmatch(between.strip())
                # ("about one person in five identifies as Indigenous": the noun of the part may stand between)
                words = between.split()
                for k in (1, 2):
                    if h is None and n.value is not None and m.value is not None and n.value < m.value \
                            and len(words) > k and all(w.isalpha() for w in words[:k]):
                        h = lex.ratio_between_base.fullmatch(" ".join(words[k:]))
            # ("cinco en cada uno" is five for each one, not a ratio of five to one)
            if h is not None and m.kind in ("cardinal",) and len(between) < 30 and m.text.lower() not in lex.weak_numbers:
                out[i] = Number(n.start, n.end, n.value, "ratio", n.text)
                out[i + 1] = Number(m.start, m.end, m.value, "ratio", m.text)
    return out


def _ratio_base(value: float | int | None) -> bool:
    """Whether a number can be the base of a ratio: small ("one in ten") or a power of ten ("seven
    in 100")."""
    if value is None or value <= 0 or value != int(value):
        return False
    v = int(value)
    while v % 10 == 0 and v >= 10:
        v //= 10
    return value <= 10 or v == 1


def _rate_after_noun(text: str, n: Number, lex: Lexicon):
    """"three defenders every week", "un activista asesinado cada dos días": a rate phrase within a
    few words after the number, before any punctuation."""
    window = text[n.end:n.end + 60]
    stop = re.search(r"[,;:.()—–]", window)
    window_end = n.end + (stop.start() if stop else len(window))
    for h in lex.rate_after.finditer(text, n.end, min(len(text), window_end + 30)):
        if h.start <= window_end and len(re.findall(r"\w+", text[n.end:h.start])) <= 4:
            return h
    return None


def values_in(text: str, lex: Lexicon) -> set[int]:
    return {int(n.value) for n in find_numbers(text, lex) if n.whole}


def number_at(text: str, start: int, end: int, lex: Lexicon) -> Number | None:
    """The number whose token is exactly text[start:end], read in its context (for grounding)."""
    for n in find_numbers(text[max(0, start - 80):min(len(text), end + 80)], lex):
        if n.start + max(0, start - 80) == start and n.end + max(0, start - 80) == end:
            return Number(start, end, n.value, n.kind, n.text)
    return None


def years_back(span: str, lex: Lexicon) -> int | None:
    """How many years up to now `span` names, if it is exactly "the last N years" or "the last
    decade" ("over the last ten years": 10; "en los últimos 12 años": 12); None otherwise."""
    h = lex.last_years.fullmatch(span)
    if h is None:
        return None
    decade = lex.decade.finditer(span)
    if decade:
        return int(decade[0].payload)  # type: ignore[call-overload]
    counted = [n for n in find_numbers(span, lex) if n.whole and n.value > 0]
    return int(counted[0].value) if len(counted) == 1 else None
