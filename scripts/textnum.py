"""Find the numbers in a piece of text, as digits or number words, with their offsets and kind.

Kinds: `cardinal` (a candidate count), `year`, `percent`, `time`, `measure` (a hyphenated
unit such as "40-minute" or "13-year"), `money`, `decimal`. Only cardinals can be counts of
defenders; the extractor decides which of them are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
DIGITS_RE = re.compile(r"(?<![\w.,])\d{1,3}(?:([.,\u00a0 ])\d{3})+(?![\d])|(?<![\w.,])\d+(?:[.,]\d+)?(?!\d)")
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


def _word_numbers(text: str, lang: str) -> list[Number]:
    words = [(m.start(), m.end(), m.group(0)) for m in WORD_RE.finditer(text)]
    found: list[Number] = []
    i = 0
    while i < len(words):
        taken = 0
        # Longest run first: "one hundred and five" before "one".
        for j in range(min(len(words), i + 6), i, -1):
            parts = [w[2].lower() for w in words[i:j]]
            if parts[0] in JOINERS.get(lang, set()) or parts[-1] in JOINERS.get(lang, set()):
                continue
            if len(parts) == 1 and parts[0] in ORDINAL_WORDS:
                continue
            # Words of one number are separated by spaces or hyphens only.
            gap_ok = all(re.fullmatch(r"[\s-]+", text[words[k][1]:words[k + 1][0]])
                         for k in range(i, j - 1))
            if not gap_ok:
                continue
            try:
                value = text2num(" ".join(parts), lang)
            except ValueError:
                continue
            start, end = words[i][0], words[j - 1][1]
            prev = words[i - 1][2].lower() if i > 0 else ""
            if prev in NOT_AFTER:
                break
            found.append(Number(start, end, float(value),
                                _classify(text, start, end, float(value), True), text[start:end]))
            taken = j - i
            break
        i += taken or 1
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
