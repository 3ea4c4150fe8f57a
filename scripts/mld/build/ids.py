"""Stable ids, derived from what a row is rather than where it is in its source: removing or
adding a sentence never renumbers the other rows, and an id keeps meaning the same figure.

- count / derived figure: source id + '-c-' / '-d-' + 8 hex digits of SHA-1 of its definition
  (country, period, and each dimension whose code restricts it; an unrestricted dimension is left
  out, so adding a dimension to the vocabulary changes no id). A second figure of the same
  definition in one source (a contradiction, which validation reports) gets '-2', '-3'.
- share: '-s-' + hash of country and population group.
- review item: '-r-' + hash of its sentence, its number as written, and which of the equal
  numbers of that sentence it is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from mld import vocab


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def definition_text(values: Mapping[str, object]) -> str:
    parts = [f"country={values['country']}", f"period={values['period_start']}-{values['period_end']}"]
    parts += [f"{d}={values[d]}" for d in vocab.dimensions() if values.get(d, vocab.top_code(d)) != vocab.top_code(d)]
    return "|".join(parts)


def count_id(source_id: str, values: Mapping[str, object], kind: str = "c") -> str:
    return f"{source_id}-{kind}-{_digest(definition_text(values))}"


def share_id(source_id: str, country: str, population: str) -> str:
    return f"{source_id}-s-{_digest(f'country={country}|population={population}')}"


def review_id(source_id: str, quote: str, number: str, occurrence: int) -> str:
    return f"{source_id}-r-{_digest(f'{quote}|{number}|{occurrence}')}"


def assign(ids: list[str]) -> list[str]:
    """Make repeated ids unique in order: the first keeps its id, the next get -2, -3, ..."""
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        seen[i] = seen.get(i, 0) + 1
        out.append(i if seen[i] == 1 else f"{i}-{seen[i]}")
    return out
