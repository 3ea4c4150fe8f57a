"""Composition: the total and each reported breakdown of it (police or private military actors,
mining, ...), every group split by Indigenous status. Reported figures are solid; figures derived
here (total minus reported part) are hatched and say how they were computed."""

from __future__ import annotations

import math
from dataclasses import dataclass

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.patches import Patch
from matplotlib.transforms import blended_transform_factory

from mld import vocab
from mld.charts import fmt, style
from mld.charts.config import Spec
from mld.charts.data import Package, Skip, credit, derived_note, featured, headline, part, same_group
from mld.charts.drawn import Drawn

NAME = "composition"
SPLIT = "indigenous"  # every group is split by Indigenous status: the breakdown the source crosses
SHOWS = ("The total, and each breakdown the source reports (reported parts and the remainders derived "
         "from them), every group split by Indigenous status.")
CANNOT = "How the breakdowns overlap (a person can be in more than one group); any change over time."
KEY_COLUMNS = 2
KEY_ROW_IN = 0.24   # height of one row of the key, inches (9 pt type)
KEY_GAP_IN = 0.3    # between the axis label and the key


@dataclass
class Row:
    code: str          # the SPLIT code (its colour and label)
    count: pd.Series


@dataclass
class Group:
    heading: str
    rows: list[Row]


def groups(inside: pd.DataFrame, lang: str) -> list[Group]:
    """The total's group, then one group per code of every other dimension the source breaks the
    total down by; in each, the group's total and its SPLIT parts, as far as they exist."""
    codes = [vocab.top_code(SPLIT)] + [c for c in vocab.codes(SPLIT) if c != vocab.top_code(SPLIT)]

    def rows_of(restriction: dict[str, str]) -> list[Row]:
        found = [(c, part(inside, {**restriction, SPLIT: c})) for c in codes]
        return [Row(c, r) for c, r in found if r is not None]

    out = [Group(vocab.text("group_all", lang), rows_of({}))]
    for d in vocab.dimensions():
        if d in ("outcome", SPLIT):
            continue
        for code in vocab.codes(d):
            rows = rows_of({d: code}) if code != vocab.top_code(d) else []
            if rows:
                out.append(Group(fmt.cap(vocab.label(d, code, lang)), rows))
    return out


def _value_text(p: Package, count: pd.Series, lang: str) -> str:
    n = int(count["value"])
    if count["kind"] == "derived":
        return f"{fmt.number(n, lang)}  ({derived_note(p, count, lang)})"
    if count["qualifier"] in fmt.MINIMUM_QUALIFIERS:
        return fmt.number(n, lang)
    return fmt.value(n, str(count["qualifier"]), lang)  # a hedge stays on the bar


def draw(p: Package, spec: Spec, lang: str) -> Drawn:
    top = headline(p, spec)
    inside = same_group(featured(p, spec), top)
    gs = groups(inside, lang)
    if len(gs) == 1 and len(gs[0].rows) == 1:
        raise Skip(f"the source has no breakdown of its {spec.country} total")
    slots = sum(len(g.rows) + 1 for g in gs)
    fig, ax = plt.subplots(figsize=(style.WIDTH_IN, 0.36 * slots + 3.4))
    y = 0.0
    ticks: list[tuple[float, str]] = []
    heading_at = blended_transform_factory(fig.transFigure, ax.transData)
    values_shown = []
    for g in gs:
        ax.text(0.02, y, g.heading, transform=heading_at, ha="left", va="center", fontsize=11, fontweight="bold")
        y -= 1
        for row in g.rows:
            derived = row.count["kind"] == "derived"
            ax.barh(y, int(row.count["value"]), height=0.7, color=style.colour(SPLIT, row.code),
                    edgecolor=style.INK, linewidth=0.8, hatch=style.HATCH if derived else None,
                    hatchcolor=style.INK)
            text = _value_text(p, row.count, lang)
            values_shown.append((int(row.count["value"]), len(text)))
            ax.text(int(row.count["value"]), y, "  " + text, va="center", fontsize=10,
                    fontweight="normal" if derived else "bold")
            ticks.append((y, fmt.cap(vocab.label(SPLIT, row.code, lang))))
            y -= 1
        y -= 0.4
    # room on the right for the longest value label (a character is about 1.4% of the axis width)
    longest = max(v / max(0.2, 1 - 0.0145 * (n + 2)) for v, n in values_shown)
    ax.set_xlim(0, max(longest, int(top["value"]) * 1.1))
    ax.set_ylim(y + 0.6, 0.8)
    ax.set_yticks([t for t, _ in ticks], [label for _, label in ticks], fontsize=10)
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    ax.set_xlabel(vocab.text("people_axis", lang))
    used = list(dict.fromkeys(r.code for g in gs for r in g.rows))
    handles = [Patch(facecolor=style.colour(SPLIT, c), edgecolor=style.INK, linewidth=0.8,
                     label=fmt.cap(vocab.label(SPLIT, c, lang))) for c in used]
    if any(r.count["kind"] == "derived" for g in gs for r in g.rows):
        handles.append(Patch(facecolor=style.BACKGROUND, edgecolor=style.INK, hatch=style.HATCH, linewidth=0.8,
                             label=vocab.text("legend_derived", lang)))
    country, period = fmt.country(spec.country, lang), fmt.period(int(top["period_start"]), int(top["period_end"]))
    title = vocab.text("composition_title", lang).format(
        total=fmt.cap(fmt.value(int(top["value"]), str(top["qualifier"]), lang)),
        outcome=vocab.label("outcome", str(top["outcome"]), lang), country=country, period=period)
    sources = sorted({str(r.count["source_id"]) for g in gs for r in g.rows})
    # the key goes under the axis, above the notes: inside the axes it covered value labels
    key_rows = math.ceil(len(handles) / KEY_COLUMNS)
    fig.set_size_inches(style.WIDTH_IN, fig.get_figheight() + KEY_ROW_IN * key_rows)
    key_y = style.frame(fig, title, vocab.text("composition_subtitle", lang),
                        [vocab.text("legend_note", lang), vocab.text("overlap_note", lang),
                         vocab.text("documented_minimum", lang), credit(p, sources, lang)], left=0.33,
                        legend_in=KEY_ROW_IN * key_rows + KEY_GAP_IN)
    fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.02, key_y), ncols=KEY_COLUMNS, fontsize=9,
               frameon=False, columnspacing=2.0)
    alt = title + ". " + " ".join(
        f"{g.heading}: " + "; ".join(f"{vocab.label(SPLIT, r.code, lang)} {_value_text(p, r.count, lang).strip()}"
                                    for r in g.rows) + "." for g in gs)
    return Drawn(fig, title, alt, sources)

