"""charts.json: which source(s) and which country each chart features. Without it a chart would pick
"the biggest number in the package", and a new article about another country or period would
silently change what every chart shows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from mld import paths

ALL_SOURCES = "all"


class ConfigError(Exception):
    """charts.json cannot be used; the message names the key."""


@dataclass(frozen=True)
class Spec:
    chart: str
    sources: tuple[str, ...] | None  # None: every source of the package
    country: str

    def takes(self, source_id: str) -> bool:
        return self.sources is None or source_id in self.sources


def default_path() -> Path:
    return paths.ROOT / "charts.json"


def load(path: Path, known: list[str]) -> dict[str, Spec]:
    """One Spec per chart in charts.json; every chart in `known` must be declared there."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ConfigError(f"{path}: cannot read: {e}") from None
    charts = raw.get("charts") if isinstance(raw, dict) else None
    if not isinstance(charts, dict):
        raise ConfigError(f"{path}: needs an object 'charts' with one entry per chart")
    out: dict[str, Spec] = {}
    for name in known:
        entry = charts.get(name)
        if not isinstance(entry, dict):
            raise ConfigError(f"{path}: charts.{name}: missing; give its 'sources' and 'country'")
        sources = entry.get("sources")
        country = entry.get("country")
        if sources == ALL_SOURCES:
            chosen = None
        elif isinstance(sources, list) and sources and all(isinstance(s, str) and s for s in sources):
            chosen = tuple(sources)
        else:
            raise ConfigError(f"{path}: charts.{name}.sources: a list of source ids or \"{ALL_SOURCES}\"")
        if not (isinstance(country, str) and len(country) == 3 and country.isupper()):
            raise ConfigError(f"{path}: charts.{name}.country: an ISO 3166-1 alpha-3 code such as MEX")
        out[name] = Spec(name, chosen, country)
    unknown = sorted(set(charts) - set(known))
    if unknown:
        raise ConfigError(f"{path}: charts.{unknown[0]}: no such chart (charts: {', '.join(known)})")
    return out
