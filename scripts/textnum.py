"""Find the numbers in a piece of text, as digits or number words, with their offsets and kind.

Kinds: `cardinal` (a candidate count), `year`, `percent`, `time`, `measure` (a hyphenated
unit such as "40-minute" or "13-year"), `money`, `decimal`. Only cardinals can be counts of
defenders; the extractor decides which of them are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
DIGITS_RE = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,\u00a0 ]\d{3})+(?![\d])|(?<![\w.,])\d+(?:[.,]\d+)?(?!\d)")
# Spanish apocopated ordinals that text2num reads as cardinals ("el tercer lugar").
ORDINAL_WORDS = {"primer", "tercer"}
# Words that join the parts of one number word ("one hundred and five", "treinta y dos").
JOINERS = {"en": {"and"}, "es": {"y"}}
# A number word followed by these is a pronoun or distributive, not a count ("cada uno").
NOT_AFTER = {"cada", "each", "no", "ninguno", "alguno", "any"}
MONEY_BEFORE = re.compile(r"(?:[$€£]|US\$|USD|MXN|CAD|EUR)\s*$")
MONEY_AFTER = re.compile(r"^\s*(?:million|billion|thousand|millones|mil millones|dollars|dólares|pesos|euros)\b", re.I)
PERCENT_AFTER = re.compile(r"^\s*(?:%|per\s?cent\b|percent\b|por\s+ciento\b)", re.I)
TIME_AROUND = re.compile(r"^(?::\d\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|h\b))", re.I)
MEASURE_AFTER = re.compile(r"^-[^\W\d_]")


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: float
    kind: str
    text: str


def _digits_value(raw: str, lang: str) -> tuple[float, bool]:
    """Value of a digit string and whether it is a whole number.

    Thousands separators: "1,910" in English, "1.910" in Spanish, a (narrow) space in both.
    A separator followed by exactly three digits is a thousands separator in either language
    unless the language uses it as the decimal mark.
    """
    decimal_mark = "," if lang == "es" else "."
    thousands = re.fullmatch(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+", raw)
    if thousands and decimal_mark not in raw:
        return float(re.sub(r"\D", "", raw)), True
    if decimal_mark in raw:
        return float(raw.replace(decimal_mark, ".").replace(",", "")), False
    if re.fullmatch(r"\d+", raw):
        return float(raw), True
    return float(raw.replace(",", ".")), False


def _classify(text: str, start: int, end: int, value: float, whole: bool) -> str:
    before, after = text[max(0, start - 6):start], text[end:end + 20]
    if PERCENT_AFTER.match(after):
        return "percent"
    if MONEY_BEFORE.search(before) or MONEY_AFTER.match(after):
        return "money"
    if TIME_AROUND.match(after) or before.endswith(":"):
        return "time"
    if MEASURE_AFTER.match(after):
        return "measure"
    if not whole:
        return "decimal"
    if 1900 <= value <= 2100 and end - start == 4:
        return "year"
    return "cardinal"


@lru_cache(maxsize=65536)
def _parse(words: tuple[str, ...], lang: str) -> int | None:
    try:
        return int(text2num(" ".join(words), lang))
    except ValueError:
        return None


def _word_numbers(text: str, lang: str) -> list[Number]:
    words = [(m.start(), m.end(), m.group(0).lower()) for m in WORD_RE.finditer(text)]
    joiners = JOINERS.get(lang, set())
    found: list[Number] = []
    i = 0
    while i < len(words):
        w = words[i][2]
        # only a word that is a number by itself can start one (cached: each word parsed once)
        if w in ORDINAL_WORDS or w in joiners or _parse((w,), lang) is None:
            i += 1
            continue
        if i > 0 and words[i - 1][2] in NOT_AFTER:
            i += 1
            continue
        # the run of number words and joiners that follows, joined by spaces or hyphens only
        j = i + 1
        while j < len(words) and j - i < 6 and re.fullmatch(r"[\s-]+", text[words[j - 1][1]:words[j][0]]) \
                and (words[j][2] in joiners or _parse((words[j][2],), lang) is not None):
            j += 1
        while j > i + 1 and (words[j - 1][2] in joiners or _parse(tuple(x[2] for x in words[i:j]), lang) is None):
            j -= 1  # longest run that reads as one number: "one hundred and five" before "one"
        value = _parse(tuple(x[2] for x in words[i:j]), lang)
        if value is None:
            i += 1
            continue
        start, end = words[i][0], words[j - 1][1]
        found.append(Number(start, end, float(value), _classify(text, start, end, float(value), True),
                            text[start:end]))
        i = j
    return found


def find_numbers(text: str, lang: str) -> list[Number]:
    """Every number in `text`, in order of position."""
    found = []
    for m in DIGITS_RE.finditer(text):
        value, whole = _digits_value(m.group(0), lang)
        found.append(Number(m.start(), m.end(), value,
                            _classify(text, m.start(), m.end(), value, whole), m.group(0)))
    found.extend(_word_numbers(text, lang))
    return sorted(found, key=lambda n: n.start)


def values_in(text: str, lang: str) -> set[int]:
    """Whole numbers written in `text` in any form (used to prove a value is in its quote)."""
    return {int(n.value) for n in find_numbers(text, lang) if n.value == int(n.value)}
