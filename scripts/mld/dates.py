"""Dates as the package writes them (YYYY-MM-DD, or YYYY-MM, YYYY when only that is known), and
only dates that exist: '2026-02-30' matches the pattern but is no day, and would break whatever
reads it as a date (the charts write it out)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

FORM = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parts(text: str) -> tuple[int, ...] | None:
    """(year,), (year, month) or (year, month, day) of a real date; None for anything else."""
    m = FORM.fullmatch(text)
    if m is None:
        return None
    got = tuple(int(g) for g in m.groups() if g is not None)
    try:
        dt.date(got[0], got[1] if len(got) > 1 else 1, got[2] if len(got) > 2 else 1)
    except ValueError:
        return None
    return got


def problem(text: str) -> str:
    """'' for a real date in one of the package's forms; else what is wrong, in words."""
    m = FORM.fullmatch(text)
    if m is None:
        return f"'{text}' is not a date written YYYY-MM-DD, YYYY-MM or YYYY"
    if parts(text) is not None:
        return ""
    year, month = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        return f"'{text}' is not a calendar date: there is no month {month}"
    days = calendar.monthrange(year, month)[1]
    return f"'{text}' is not a calendar date: {calendar.month_name[month]} {year} has {days} days"
