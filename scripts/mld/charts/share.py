"""Indigenous share: the share of a source's documented victims recorded as Indigenous, against the
Indigenous share of the population that the same source states (never a share from another source)."""

from __future__ import annotations

from decimal import Decimal

import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter

from mld import vocab
from mld.charts import fmt, style
from mld.charts.config import Spec
from mld.charts.data import Package, Skip, credit, featured, headline, part, same_group
from mld.charts.drawn import Drawn

NAME = "indigenous-share"
SPLIT = "indigenous"
POPULATION = "indigenous"  # the population group (vocabulary `population`) that matches SPLIT = yes
SHOWS = ("The share of documented victims recorded as Indigenous against the Indigenous share of the "
         "population, as the same source states it.")
CANNOT = "Undocumented cases; which population measure the source used; a rate per person."


def draw(p: Package, spec: Spec, lang: str) -> Drawn:
    top = headline(p, spec)
    inside = same_group(featured(p, spec), top)
    indigenous = part(inside, {SPLIT: "yes"}, kind="reported")
    if indigenous is None:
        raise Skip(f"the source of the {spec.country} total reports no Indigenous count for it")
    if {top["qualifier"], indigenous["qualifier"]} - set(fmt.MINIMUM_QUALIFIERS):
        raise Skip(f"the {spec.country} figures are hedged (about, more than, ...), so they give no share")
    s = p.shares
    pop = s[(s["source_id"] == top["source_id"]) & (s["country"] == spec.country) & (s["population"] == POPULATION)]
    if pop.empty:
        raise Skip(f"the source of the {spec.country} total states no Indigenous population share")
    pop_row = pop.sort_values("id").iloc[0]
    share = Decimal(int(indigenous["value"])) / Decimal(int(top["value"]))
    share_text = fmt.percent(share, lang, 1)
    pop_text = fmt.stated_percent(float(pop_row["share_percent"]), lang)
    country, period = fmt.country(spec.country, lang), fmt.period(int(top["period_start"]), int(top["period_end"]))
    labels = [vocab.text("share_victims", lang).format(
                  outcome=vocab.label("outcome", str(top["outcome"]), lang), period=period,
                  part=fmt.value(int(indigenous["value"]), str(indigenous["qualifier"]), lang),
                  total=fmt.number(int(top["value"]), lang)),
              vocab.text("share_population", lang).format(country=country)]
    fig, ax = plt.subplots(figsize=(style.WIDTH_IN, 4.6))
    ys = [1.6, 0.0]
    # victims: the Indigenous colour; population: an outline, the yardstick they are set against
    ax.barh(ys[0], float(share) * 100, height=0.55, color=style.colour(SPLIT, "yes"), edgecolor=style.INK,
            linewidth=0.8)
    ax.barh(ys[1], float(pop_row["share_percent"]), height=0.55, color=style.BACKGROUND, edgecolor=style.INK,
            linewidth=1.2)
    for y, v, text, label in zip(ys, [float(share) * 100, float(pop_row["share_percent"])],
                                 [share_text, pop_text], labels):
        ax.text(v + 1, y, text, va="center", fontsize=12, fontweight="bold")
        ax.text(0, y + 0.36, label, va="bottom", ha="left", fontsize=10)
    ax.set_yticks([])
    ax.set_ylim(-0.45, 2.75)
    ax.spines["left"].set_visible(False)
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: fmt.percent(Decimal(str(x)) / 100, lang, 0)))
    title = vocab.text("share_title", lang).format(pop=pop_text, country=country, share=share_text)
    sources = [str(top["source_id"])]
    style.frame(fig, title, vocab.text("share_subtitle", lang).format(period=period),
                [vocab.text("share_note", lang), vocab.text("documented_minimum", lang), credit(p, sources, lang)],
                left=0.04)
    alt = (f"{title}. {labels[0].replace(chr(10), ' ')}: {share_text}. "
           f"{labels[1].replace(chr(10), ' ')}: {pop_text}.")
    return Drawn(fig, title, alt, sources)
