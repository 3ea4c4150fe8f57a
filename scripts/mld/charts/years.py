"""Years by source: the country's single-year figures as each declared source reported them, one
mark per source and year, never joined by a line (each is one publication's figure, and Global
Witness revises past years), so a new year's figure appears beside the earlier ones."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Annotation, Text
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import Bbox

from mld import vocab
from mld.charts import fmt, style
from mld.charts.config import Spec
from mld.charts.data import Package, Skip, credit, featured, source_item, unrestricted, where
from mld.charts.drawn import Drawn

NAME = "years-by-source"
SHOWS = ("The country's single-year figures as each source reported them: one mark per source and year, "
         "coloured by what happened, shaped by source. The marks of one year count the same thing in every "
         "source (the widest outcome all of that year's sources give), so a revision shows as a difference.")
CANNOT = "A trend: marks come from different publications and Global Witness revises past years."
SHAPES = ["o", "s", "D", "^", "v", "P", "X", "<", ">"]
GAP_PT, PAD_PT, MARK_PT = 9.0, 2.0, 10.0  # label to mark, between labels, marker size


def marks(p: Package, spec: Spec) -> pd.DataFrame:
    """One row per source and year. A year's marks count the same thing in every source: the widest
    outcome that all of that year's sources give (reported, or derived from reported parts), so that
    a revision (killed 18, then 19) shows as two marks of one kind; a source that shares no outcome
    with the others keeps its widest. Within an outcome a reported figure comes before a derived one
    (a hedged figure keeps its hedge in the label)."""
    s = featured(p, spec)
    s = s[unrestricted(s, ("outcome",)) & (s["period_start"] == s["period_end"])]
    if s.empty:
        raise Skip(f"{where(spec)} no single-year figures for {spec.country}")
    order = vocab.codes("outcome")
    s = s.assign(rank_outcome=s["outcome"].map(order.index), rank_kind=(s["kind"] != "reported").astype(int))
    chosen = []
    for _year, rows in s.groupby("period_end", sort=True):
        have = [set(g["outcome"]) for _, g in rows.groupby("source_id")]
        common = [o for o in order if all(o in h for h in have)]
        pick = rows[rows["outcome"] == common[0]] if common else rows
        chosen.append(pick.sort_values(["source_id", "rank_outcome", "rank_kind", "id"]).groupby("source_id").head(1))
    published = p.sources.set_index("source_id")["published"].astype(str)
    out = pd.concat(chosen, ignore_index=True)
    out = out.assign(when=out["source_id"].map(lambda x: published.get(x, "")))
    return out.sort_values(["period_end", "when", "source_id"]).drop(columns="when").reset_index(drop=True)


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
    notes: list[tuple[Annotation, float]] = []
    dots: list[tuple[float, int]] = []
    # a year's labels go beside the outermost of its marks: marks left of the year label to the left,
    # the others to the right, so that no leader line crosses a mark of two sources side by side
    span = {int(y): (min(int(y) + offset[str(s)] for s in g["source_id"]),
                     max(int(y) + offset[str(s)] for s in g["source_id"])) for y, g in m.groupby("period_end")}
    for row in m.to_dict("records"):
        r = pd.Series(row)
        colour = style.colour("outcome", str(r["outcome"]))
        derived = r["kind"] == "derived"
        x = int(r["period_end"]) + offset[str(r["source_id"])]
        ax.plot([x], [int(r["value"])], marker=shape[str(r["source_id"])], markersize=MARK_PT, linestyle="none",
                markerfacecolor=style.BACKGROUND if derived else colour,
                markeredgecolor=colour if derived else style.INK, markeredgewidth=2 if derived else 0.8)
        dots.append((x, int(r["value"])))
        left = offset[str(r["source_id"])] < 0
        note = ax.annotate(_label(p, r, lang), (x, int(r["value"])), xytext=(-GAP_PT if left else GAP_PT, 0),
                           textcoords="offset points", va="center", ha="right" if left else "left", fontsize=9,
                           arrowprops={"arrowstyle": "-", "color": style.OUTLINE, "linewidth": 0.6, "shrinkA": 1,
                                       "shrinkB": 6})
        notes.append((note, span[int(r["period_end"])][0 if left else 1]))
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
    place_labels(fig, ax, notes, dots)
    alt = title + ". " + "; ".join(f"{int(r['period_end'])}: {_label(p, pd.Series(r), lang)}, "
                                   f"{source_item(p, str(r['source_id']), lang)}" for r in m.to_dict("records")) + "."
    return Drawn(fig, title, alt, sources)


def text_box(note: Annotation, renderer) -> Bbox:
    """Where a label's words are drawn (an annotation's own extent includes its leader line)."""
    note.update_positions(renderer)
    return Text.get_window_extent(note, renderer)


def place_labels(fig: Figure, ax: Axes, notes: list[tuple[Annotation, float]], dots: list[tuple[float, int]]) -> None:
    """Each label beside the outermost mark of its year on its side (`notes`: label, x of that mark),
    moved up until it covers no other label and no mark; a label away from its own mark is joined
    to it by a thin line. Run once the figure has its final size (positions are in points from the
    mark, measured with the renderer that will draw them)."""
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    px = fig.dpi / 72

    def mark_boxes() -> list[Bbox]:
        half = MARK_PT * px / 2 + 1
        return [Bbox.from_extents(x - half, y - half, x + half, y + half)
                for x, y in (ax.transData.transform(d) for d in dots)]

    for _ in range(5):  # the axis may grow to make room at the top; then place again
        for note, x_side in notes:
            dx = (ax.transData.transform((x_side, 0))[0] - ax.transData.transform((note.xy[0], 0))[0]) / px
            note.xyann = (dx + (-GAP_PT if note.get_horizontalalignment() == "right" else GAP_PT), 0.0)
        for _ in range(10 * len(notes) + 10):
            boxes = [text_box(n, renderer).padded(PAD_PT * px / 2) for n, _ in notes]
            order = sorted(range(len(notes)), key=lambda i: (boxes[i].y0, i))
            # lowest first: a label clashing with a mark, or with a label below it, moves up past it
            clash = next(((i, b) for k, i in enumerate(order)
                          for b in [*mark_boxes(), *(boxes[j] for j in order[:k])] if boxes[i].overlaps(b)), None)
            if clash is None:
                break
            i, b = clash
            note = notes[i][0]
            note.xyann = (note.xyann[0], note.xyann[1] + (b.y1 - boxes[i].y0) / px + 0.5)
        # a label past the top of the axis, or left of it (over the tick labels): widen the axis, place again
        frame = ax.get_window_extent(renderer)
        top = max(text_box(n, renderer).y1 for n, _ in notes)
        left = min(text_box(n, renderer).x0 for n, _ in notes)
        if top <= frame.y1 and left >= frame.x0 + GAP_PT * px:
            break
        lo, hi = ax.get_ylim()
        if top > frame.y1:
            ax.set_ylim(lo, hi + (top - frame.y1) / frame.height * (hi - lo) * 1.1)
        lo, hi = ax.get_xlim()
        if left < frame.x0 + GAP_PT * px:
            ax.set_xlim(lo - (frame.x0 + GAP_PT * px - left) / frame.width * (hi - lo) * 1.1, hi)
    for note, x_side in notes:
        if abs(note.xyann[1]) < 0.5 and abs(x_side - note.xy[0]) < 1e-9:
            note.arrowprops = None
            note.arrow_patch = None
