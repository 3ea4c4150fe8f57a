"""Years by source: the country's single-year figures as each declared source reported them, one
mark per source and year, never joined by a line (each is one publication's figure, and Global
Witness revises past years), so a new year's figure appears beside the earlier ones."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, MaxNLocator

from mld import vocab
from mld.charts import fmt, style
from mld.charts.config import Spec
from mld.charts.data import Package, Skip, credit, featured, source_item, unrestricted, where
from mld.charts.drawn import Drawn

NAME = "years-by-source"
SHOWS = ("The country's single-year figures as each source reported them: one mark per source and year, "
         "coloured by what happened, shaped by source.")
CANNOT = "A trend: marks come from different publications and Global Witness revises past years."
SHAPES = ["o", "s", "D", "^", "v", "P", "X", "<", ">"]


def marks(p: Package, spec: Spec) -> pd.DataFrame:
    """One row per source and year: the year's total as reported, else derived from its reported
    parts, else the widest outcome reported (a hedged figure keeps its hedge in the label)."""
    s = featured(p, spec)
    s = s[unrestricted(s, ("outcome",)) & (s["period_start"] == s["period_end"])]
    if s.empty:
        raise Skip(f"{where(spec)} no single-year figures for {spec.country}")
    order = vocab.codes("outcome")
    s = s.assign(rank_outcome=s["outcome"].map(order.index), rank_kind=(s["kind"] != "reported").astype(int))
    s = s.sort_values(["source_id", "period_end", "rank_outcome", "rank_kind", "id"])
    return s.groupby(["source_id", "period_end"], sort=False).head(1).reset_index(drop=True)


def _parts(p: Package, row: pd.Series, lang: str) -> str:
    """'killed 18 + disappeared 1': the reported figures a derived mark adds up, by outcome."""
    rows = p.sets.set_index("id")
    # label before number: "desaparecidas 1" needs no agreement with the number
    return " + ".join(f"{vocab.label('outcome', str(rows.loc[i, 'outcome']), lang)} {fmt.number(int(rows.loc[i, 'value']), lang)}"
                      for i in str(row["input_ids"]).split())


def _label(p: Package, row: pd.Series, lang: str) -> str:
    n = int(row["value"])
    if row["kind"] == "derived":
        # a sum of documented minimums is itself a minimum; a difference of them is not
        inputs = p.sets.set_index("id").loc[str(row["input_ids"]).split(), "qualifier"]
        minimum = row["method"] == "sum_of_parts" and inputs.isin(fmt.MINIMUM_QUALIFIERS).all()
        shown = fmt.value(n, "at_least", lang) if minimum else fmt.number(n, lang)
        note = vocab.text("derived_label", lang).format(formula=_parts(p, row, lang))
        return f"{shown} ({note})"
    text = fmt.value(n, str(row["qualifier"]), lang)
    if row["outcome"] != vocab.top_code("outcome"):
        text += f" {vocab.label('outcome', str(row['outcome']), lang)}"
    return text


def draw(p: Package, spec: Spec, lang: str) -> Drawn:
    m = marks(p, spec)
    published = p.sources.set_index("source_id")["published"].astype(str)
    sources = sorted(set(m["source_id"]), key=lambda s: (published.get(s, ""), s))
    shape = {s: SHAPES[i % len(SHAPES)] for i, s in enumerate(sources)}
    step = 0.5 / max(len(sources), 1)
    offset = {s: (i - (len(sources) - 1) / 2) * step for i, s in enumerate(sources)}
    fig, ax = plt.subplots(figsize=(style.WIDTH_IN, 6.0))
    for row in m.to_dict("records"):
        r = pd.Series(row)
        colour = style.colour("outcome", str(r["outcome"]))
        derived = r["kind"] == "derived"
        x = int(r["period_end"]) + offset[str(r["source_id"])]
        ax.plot([x], [int(r["value"])], marker=shape[str(r["source_id"])], markersize=10, linestyle="none",
                markerfacecolor=style.BACKGROUND if derived else colour,
                markeredgecolor=colour if derived else style.INK, markeredgewidth=2 if derived else 0.8)
        ax.annotate(_label(p, r, lang), (x, int(r["value"])), xytext=(9, 0), textcoords="offset points",
                    va="center", fontsize=9)
    years = sorted(set(m["period_end"].astype(int)))
    ax.set_xlim(years[0] - 0.7, years[-1] + 1.3)
    ax.set_ylim(0, max(int(v) for v in m["value"]) * 1.25)
    ax.set_xticks(years, [str(y) for y in years])
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: fmt.number(int(y), lang)))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(vocab.text("years_x_axis", lang))
    ax.set_ylabel(vocab.text("people_axis", lang))
    what = [Line2D([], [], marker="o", linestyle="none", markersize=8, markerfacecolor=style.colour("outcome", c),
                   markeredgecolor=style.INK, label=fmt.cap(vocab.label("outcome", c, lang)))
            for c in vocab.codes("outcome") if c in set(m.loc[m["kind"] == "reported", "outcome"])]
    what += [Line2D([], [], marker="o", linestyle="none", markersize=8, markerfacecolor=style.BACKGROUND,
                    markeredgecolor=style.colour("outcome", c), markeredgewidth=2,
                    label=fmt.cap(vocab.text("years_derived", lang).format(outcome=vocab.label("outcome", c, lang))))
             for c in vocab.codes("outcome") if c in set(m.loc[m["kind"] == "derived", "outcome"])]
    by_source = [Line2D([], [], marker=shape[s], linestyle="none", markersize=8, markerfacecolor=style.BACKGROUND,
                        markeredgecolor=style.INK, label=source_item(p, s, lang)) for s in sources]
    country = fmt.country(spec.country, lang)
    title = vocab.text("years_title", lang).format(country=country)
    def heading(key: str) -> Line2D:
        return Line2D([], [], linestyle="none", label=vocab.text(key, lang))

    handles = [heading("years_legend_what"), *what, heading("years_legend_source"), *by_source]
    fig.set_size_inches(style.WIDTH_IN, 5.0 + 0.24 * len(handles))
    legend_y = style.frame(fig, title, vocab.text("years_subtitle", lang),
                           [vocab.text("years_note", lang), vocab.text("documented_minimum", lang),
                            credit(p, sources, lang)], left=0.09, legend_in=0.24 * len(handles) + 0.1)
    # the key goes under the axis, above the notes: it never covers a mark
    key = fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.02, legend_y), fontsize=9, frameon=False,
                     handletextpad=0.6)
    for text, h in zip(key.get_texts(), handles):
        if h.get_marker() in ("None", None, "", " "):
            text.set_fontweight("bold")
    alt = title + ". " + "; ".join(f"{int(r['period_end'])}: {_label(p, pd.Series(r), lang)}, "
                                   f"{source_item(p, str(r['source_id']), lang)}" for r in m.to_dict("records")) + "."
    return Drawn(fig, title, alt, sources)
