"""Words and numbers as each language writes them: Babel's locale data, not hand-made rules
("49.5%" / "49,5 %", "15 January 2026" / "15 de enero de 2026", "1,910" / "1.910")."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import cache

import pycountry
from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent

from mld import dates, vocab

# Every count is a count of documented cases, so a plainly stated figure is read as a minimum.
MINIMUM_QUALIFIERS = ("exact", "at_least")


def locale(lang: str) -> str:
    """The Babel locale of a language (vocabulary.json text `locale`: en_GB writes 15 January 2026)."""
    return vocab.text("locale", lang)


def number(n: int | float, lang: str) -> str:
    return format_decimal(n, locale=locale(lang))


@cache
def _percent_pattern(lang: str, decimals: int) -> str:
    # the locale's own pattern ("#,##0%" or "#,##0\xa0%"), with the wanted number of decimals
    pattern = Locale.parse(locale(lang)).percent_formats[None].pattern
    return re.sub(r"0(?=[^0#]*$)", "0." + "0" * decimals, pattern, count=1) if decimals else pattern


def percent(fraction: float | Decimal, lang: str, decimals: int = 1) -> str:
    """A share (0.495) as the language writes a percentage ("49.5%", "49,5 %")."""
    return format_percent(Decimal(str(fraction)), format=_percent_pattern(lang, decimals), locale=locale(lang))


def stated_percent(value: float, lang: str) -> str:
    """A percentage a source states (19, 19.4), with the precision it was stated with."""
    text = format(Decimal(str(value)).normalize(), "f")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return percent(Decimal(str(value)) / 100, lang, decimals)


def date(d: dt.date, lang: str) -> str:
    return format_date(d, format="long", locale=locale(lang))


def published(text: str, lang: str) -> str:
    """A publication date as given (YYYY, YYYY-MM or YYYY-MM-DD), written out; anything that is not a
    real date (the validator refuses it) as it is written, never an error."""
    parts = dates.parts(str(text))
    if parts is not None and len(parts) == 3:
        return date(dt.date(*parts), lang)
    if parts is not None and len(parts) == 2:
        return format_skeleton("yMMMM", dt.date(parts[0], parts[1], 1), locale=locale(lang))
    return str(text)


def join(items: list[str], lang: str) -> str:
    return format_list(items, locale=locale(lang)) if items else ""


def country(code: str, lang: str) -> str:
    """The country's name in the language (Babel's territory names), or the place label (the world)."""
    places = vocab.vocabulary().get("places", {})
    if code in places:
        return str(places[code]["label"][lang])
    found = pycountry.countries.get(alpha_3=code)
    if found is None:
        return code
    return str(Locale.parse(locale(lang)).territories.get(found.alpha_2, found.name))


def period(start: int, end: int) -> str:
    return str(start) if start == end else f"{start}\u2013{end}"


def period_phrase(start: int, end: int, lang: str) -> str:
    """'in 2024' / 'between 2012 and 2024', for sentences."""
    if start == end:
        return vocab.text("in_year", lang).format(year=start)
    return vocab.text("between_years", lang).format(start=start, end=end)


def value(n: int, qualifier: str, lang: str) -> str:
    """A reported figure with its qualifier: 'at least 222', 'about 30', 'more than 40'. Exact figures
    are documented minimums, so they read 'at least' too; a hedge is kept as the text says it."""
    q = "at_least" if qualifier in MINIMUM_QUALIFIERS else qualifier
    return f"{vocab.label('qualifier', q, lang)} {number(n, lang)}"


def stated(n: int, qualifier: str, lang: str) -> str:
    """A figure as the source states it: '18', 'at least 222', 'about 30' (for quoting a source)."""
    return number(n, lang) if qualifier == "exact" else f"{vocab.label('qualifier', qualifier, lang)} {number(n, lang)}"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def formula(values: list[int], method: str, lang: str) -> str:
    """'222 − 110' or '18 + 1': how a derived figure was computed, in figures a reader can check."""
    op = " \u2212 " if method == "complement" else " + "
    return op.join(number(v, lang) for v in values)
