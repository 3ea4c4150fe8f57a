"""Per year (scripts/reconcile.py): one country's documented cases by year of the event in one
download of Global Witness's records; killings and disappearances stacked where the export tells
them apart. Years not complete on the download date are hatched and labelled."""

from __future__ import annotations

import datetime as dt

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from mld import vocab
from mld.charts import fmt, style
from mld.charts.drawn import Drawn

NAME = "per-year"


def _hatch_colour(fill: str) -> str:
    # hatching must show on a black bar as well as on a yellow one
    return style.BACKGROUND if style.lightness(fill) < 50 else style.INK


def draw(years: pd.DataFrame, country: str, records_name: str, on: dt.date, lang: str) -> Drawn:
    fig, ax = plt.subplots(figsize=(style.WIDTH_IN, 5.2))
    x = years["year"].astype(int).tolist()
    incomplete = ~years["complete"].astype(bool)
    split = bool(years["killed"].notna().all()) and len(years) > 0
    layers = ["killed", "disappeared"] if split else ["killed_or_disappeared"]
    bottom = [0] * len(x)
    for code in layers:
        values = years[code].astype(int).tolist()
        colour = style.colour("outcome", code)
        bars = ax.bar(x, values, bottom=bottom, color=colour, edgecolor=style.INK, linewidth=0.6)
        for bar, partial in zip(bars, incomplete):
            if partial:
                bar.set_hatch(style.HATCH)
                bar.set_hatchcolor(_hatch_colour(colour))
        bottom = [b + v for b, v in zip(bottom, values)]
    top = max(bottom) if bottom else 0
    for xi, total, partial in zip(x, years["killed_or_disappeared"].astype(int), incomplete):
        label = fmt.number(int(total), lang)
        if partial:
            label += "\n" + vocab.text("per_year_incomplete", lang)
        ax.text(xi, total + top * 0.01, label, ha="center", va="bottom", fontsize=8 if partial else 9,
                fontstyle="italic" if partial else "normal")
    ax.set_ylim(0, max(top * 1.22, 1))
    ax.set_xticks(x, [str(v) for v in x], rotation=90 if len(x) > 16 else 0, fontsize=9)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: fmt.number(int(y), lang)))
    ax.set_ylabel(vocab.text("people_axis", lang))
    handles = [Patch(facecolor=style.colour("outcome", c), edgecolor=style.INK, linewidth=0.6,
                     label=fmt.cap(vocab.label("outcome", c, lang))) for c in layers]
    if incomplete.any():
        handles.append(Patch(facecolor=style.BACKGROUND, edgecolor=style.INK, hatch=style.HATCH, linewidth=0.6,
                             label=vocab.text("per_year_legend_incomplete", lang)))
    ax.legend(handles=handles, frameon=False, fontsize=9, loc="upper left")
    name = fmt.country(country, lang)
    title = vocab.text("per_year_title", lang).format(country=name)
    subtitle = vocab.text("per_year_subtitle", lang).format(records=records_name, downloaded=fmt.date(on, lang))
    style.frame(fig, title, subtitle, [vocab.text("per_year_note", lang), vocab.text("per_year_source", lang)],
                left=0.08)
    alt = f"{title}. {subtitle}. " + "; ".join(
        f"{int(y)}: {fmt.number(int(t), lang)}" + (f" ({vocab.text('per_year_incomplete', lang)})" if p else "")
        for y, t, p in zip(years["year"], years["killed_or_disappeared"], incomplete)) + "."
    return Drawn(fig, title, alt, [])
