"""The figures a chart may draw: reported and derived counts of the declared sources and country,
read from a validated package, and the questions the charts ask of them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from mld import vocab
from mld.charts import fmt
from mld.charts.config import Spec
from mld.validate.run import frames


class Skip(Exception):
    """The package lacks what a chart needs; the message says what, in one line."""


@dataclass
class Package:
    sets: pd.DataFrame     # reported counts and derived counts, told apart by column `kind`
    shares: pd.DataFrame   # population shares
    sources: pd.DataFrame


def load(descriptor: Path) -> Package:
    """The typed tables of a package that has passed validation."""
    f = frames(descriptor)
    sets = pd.concat([f["counts"].assign(kind="reported"), f["derived_counts"].assign(kind="derived")],
                     ignore_index=True)
    return Package(sets, f["population_shares"], f["sources"])


def featured(p: Package, spec: Spec) -> pd.DataFrame:
    """Counts of the chart's declared sources about its declared country."""
    s = p.sets
    # a boolean mask even when there are no rows (an empty object mask would select columns)
    take = s["source_id"].map(spec.takes).astype(bool) & (s["country"] == spec.country)
    return s.loc[take]


def where(spec: Spec) -> str:
    """'the source has' / 'the sources have', for skip messages."""
    return "the source has" if spec.sources is not None and len(spec.sources) == 1 else "the sources have"


def unrestricted(df: pd.DataFrame, but: tuple[str, ...] = ()) -> pd.Series:
    """Rows restricted on no dimension except those in `but`."""
    ok = pd.Series(True, index=df.index)
    for d in vocab.dimensions():
        if d not in but:
            ok &= df[d] == vocab.top_code(d)
    return ok


def same_group(df: pd.DataFrame, top: pd.Series) -> pd.DataFrame:
    """Rows of the same source, country, period and outcome as `top`."""
    return df[(df["source_id"] == top["source_id"]) & (df["country"] == top["country"])
              & (df["period_start"] == top["period_start"]) & (df["period_end"] == top["period_end"])
              & (df["outcome"] == top["outcome"])]


def headline(p: Package, spec: Spec) -> pd.Series:
    """The total a chart breaks down: the declared sources' reported count for the declared country
    restricted on nothing, the widest outcome and period first, then the latest."""
    c = featured(p, spec)
    c = c[(c["kind"] == "reported") & unrestricted(c, ("outcome",))]
    if c.empty:
        raise Skip(f"{where(spec)} no total for {spec.country}")
    c = c.assign(top=c["outcome"] != vocab.top_code("outcome"), span=c["period_start"] - c["period_end"],
                 end=-c["period_end"])
    return c.sort_values(["top", "span", "end", "id"]).iloc[0]


def part(inside: pd.DataFrame, restriction: dict[str, str], kind: str | None = None) -> pd.Series | None:
    """The row of `inside` restricted exactly as `restriction` says (dimension -> code) and on no
    other dimension but outcome; a reported row before a derived one."""
    rows = inside[unrestricted(inside, ("outcome", *restriction))]
    for d, code in restriction.items():
        rows = rows[rows[d] == code]
    if kind is not None:
        rows = rows[rows["kind"] == kind]
    if rows.empty:
        return None
    return rows.sort_values("kind", key=lambda k: k != "reported").iloc[0]


def inputs(p: Package, row: pd.Series) -> list[int]:
    """The values of the reported counts a derived figure was computed from, in formula order."""
    values = p.sets.set_index("id")["value"]
    return [int(values[i]) for i in str(row["input_ids"]).split()]


def derived_note(p: Package, row: pd.Series, lang: str) -> str:
    """'derived: 222 − 110'."""
    return vocab.text("derived_label", lang).format(formula=fmt.formula(inputs(p, row), str(row["method"]), lang))


def source_item(p: Package, source_id: str, lang: str) -> str:
    """'Peace Brigades International - Canada (19 September 2025)': a source by publisher and date."""
    src = p.sources.set_index("source_id").loc[source_id]
    return vocab.text("source_item", lang).format(publisher=src["publisher"],
                                                  published=fmt.published(str(src["published"]), lang))


def credit(p: Package, source_ids: list[str], lang: str) -> str:
    """The footer line crediting exactly these sources, oldest first."""
    published = p.sources.set_index("source_id")["published"].astype(str)
    ordered = sorted(set(source_ids), key=lambda s: (published[s], s))
    return vocab.text("source_line", lang).format(sources=fmt.join([source_item(p, s, lang) for s in ordered], lang))
