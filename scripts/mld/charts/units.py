"""Units: one dot per documented person of the total, in two separate panels: those recorded as
Indigenous, and the cases of the latest single year the same source reports (by outcome). The
source does not cross the two, so the panels are never combined."""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from mld import vocab
from mld.charts import fmt, style
from mld.charts.config import Spec
from mld.charts.data import Package, Skip, credit, featured, headline, part, same_group, unrestricted
from mld.charts.drawn import Drawn

NAME = "units"
SPLIT = "indigenous"
SHOWS = ("One dot per documented person: those recorded as Indigenous in one panel, the latest single "
         "year's cases by outcome in another.")
CANNOT = "How many of the latest year's cases were Indigenous (not in the source); a trend over years."


def single_year_parts(p: Package, spec: Spec, top: pd.Series) -> tuple[int, pd.DataFrame]:
    """The latest single year inside the total's period that the total's source reports, and its
    figures: by outcome where the source splits them, else the year's total."""
    s = featured(p, spec)
    s = s[(s["kind"] == "reported") & (s["source_id"] == top["source_id"]) & unrestricted(s, ("outcome",))
          & (s["period_start"] == s["period_end"]) & (s["period_start"] >= top["period_start"])
          & (s["period_end"] <= top["period_end"]) & s["qualifier"].isin(fmt.MINIMUM_QUALIFIERS)]
    if s.empty:
        raise Skip(f"the source has no single-year figures for {spec.country}")
    year = int(s["period_end"].max())
    year_rows = s[s["period_end"] == year]
    parts = year_rows[year_rows["outcome"] != vocab.top_code("outcome")]
    if parts.empty:
        parts = year_rows
    order = vocab.codes("outcome")
    return year, parts.sort_values("outcome", key=lambda o: o.map(order.index))


def _edge(colour: str) -> str:
    return style.OUTLINE if style.hollow(colour) else style.INK


def _grid(ax: Axes, total: int, colours: list[str], handles: list[Line2D]) -> None:
    """`total` dots in rows, filled in `colours` order; the background colour draws a hollow dot."""
    cols = math.ceil(math.sqrt(total * 1.1))
    rows = math.ceil(total / cols)
    xs = [i % cols for i in range(total)]
    ys = [rows - i // cols for i in range(total)]
    ax.scatter(xs, ys, s=22, c=colours, edgecolors=[_edge(c) for c in colours], linewidths=0.5)
    ax.set_xlim(-1, cols)
    ax.set_ylim(0, rows + 1)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, 0), fontsize=9, frameon=False)


def _dot(colour: str, label: str) -> Line2D:
    return Line2D([], [], marker="o", linestyle="none", markersize=8, label=label,
                  markerfacecolor=colour, markeredgecolor=_edge(colour))


def draw(p: Package, spec: Spec, lang: str) -> Drawn:
    top = headline(p, spec)
    if top["qualifier"] not in fmt.MINIMUM_QUALIFIERS:
        raise Skip(f"the {spec.country} total is hedged ({top['qualifier']}), so it has no one dot per person")
    total = int(top["value"])
    indigenous_row = part(same_group(featured(p, spec), top), {SPLIT: "yes"}, kind="reported")
    if indigenous_row is None or indigenous_row["qualifier"] not in fmt.MINIMUM_QUALIFIERS:
        raise Skip(f"the source reports no Indigenous count for its {spec.country} total")
    indigenous = int(indigenous_row["value"])
    year, parts = single_year_parts(p, spec, top)
    fig, axes = plt.subplots(1, 2, figsize=(style.WIDTH_IN, 4.8))
    yes, no = style.colour(SPLIT, "yes"), style.colour(SPLIT, "no")
    # the rest are "not recorded as Indigenous", drawn as that category is drawn in every chart
    rest = vocab.text("derived_label", lang).format(formula=fmt.formula([total, indigenous], "complement", lang))
    _grid(axes[0], total, [yes] * indigenous + [no] * (total - indigenous),
          [_dot(yes, f"{fmt.cap(vocab.label(SPLIT, 'yes', lang))}: {fmt.number(indigenous, lang)}"),
           _dot(no, f"{fmt.cap(vocab.label(SPLIT, 'no', lang))}: {fmt.number(total - indigenous, lang)} ({rest})")])
    axes[0].set_title(vocab.text("units_panel_indigenous", lang), loc="left", fontsize=11)
    other = vocab.text("units_other", lang)
    in_year = int(parts["value"].sum())
    colours = [style.BACKGROUND] * (total - in_year)
    handles = []
    for r in parts.itertuples():
        c = style.colour("outcome", str(r.outcome))
        colours += [c] * int(r.value)
        handles.append(_dot(c, f"{fmt.cap(vocab.label('outcome', str(r.outcome), lang))} ({year}): "
                               f"{fmt.number(int(r.value), lang)}"))
    handles.append(_dot(style.BACKGROUND, f"{other}: {fmt.number(total - in_year, lang)}"))
    _grid(axes[1], total, colours, handles)
    axes[1].set_title(vocab.text("units_panel_year", lang).format(year=year), loc="left", fontsize=11)
    country, period = fmt.country(spec.country, lang), fmt.period(int(top["period_start"]), int(top["period_end"]))
    title = vocab.text("units_title", lang).format(
        total=fmt.cap(fmt.value(total, str(top["qualifier"]), lang)),
        outcome=vocab.label("outcome", str(top["outcome"]), lang), country=country, period=period)
    sources = [str(top["source_id"])]
    note = vocab.text("units_note", lang).format(year=year)
    style.frame(fig, title, "", [note, vocab.text("documented_minimum", lang), credit(p, sources, lang)], left=0.03)
    alt = (f"{title}. {vocab.text('units_panel_indigenous', lang)}: {fmt.number(indigenous, lang)}; "
           f"{vocab.label(SPLIT, 'no', lang)}: {fmt.number(total - indigenous, lang)} ({rest}). "
           + vocab.text("units_panel_year", lang).format(year=year) + ": "
           + ", ".join(f"{vocab.label('outcome', str(r.outcome), lang)} {fmt.number(int(r.value), lang)}"
                       for r in parts.itertuples())
           + f". {note}")
    return Drawn(fig, title, alt, sources)
