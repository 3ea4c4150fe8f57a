"""Draw the charts, in English and Spanish, from the validated package.

Usage: python scripts/charts.py [datapackage.json] [--out DIR]

Every number on a chart is read from the package (reported counts, derived counts, shares);
every word comes from vocabulary.json. The package is validated first: if it is not valid,
nothing is drawn and the charts already in DIR stay as they were. Files are written to a
temporary directory and moved into place only when every chart has been drawn.
"""

from __future__ import annotations

import argparse
import gettext
import math
import shutil
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pycountry  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

import atomic  # noqa: E402
import schema  # noqa: E402
import validate  # noqa: E402
import vocab  # noqa: E402

# Okabe-Ito, the colour-blind-safe sequence matplotlib ships
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
GREY = "#BBBBBB"
WIDTH_IN, DPI = 8.0, 150  # 1200 px wide; type sizes chosen to stay readable scaled to 800 px

plt.rcParams.update({
    "font.family": "DejaVu Sans",  # ships with matplotlib: the same glyphs on every machine
    "font.size": 11,
    "svg.hashsalt": "mexico-land-defenders",
    "svg.fonttype": "path",
    "axes.spines.top": False,
    "axes.spines.right": False,
})


@dataclass
class Package:
    sets: pd.DataFrame       # reported and derived counts, with column `kind`
    shares: pd.DataFrame
    sources: pd.DataFrame


def load(descriptor: Path) -> Package:
    frames = schema.frames(descriptor)
    counts = frames["counts"].assign(kind="reported")
    derived = frames["derived_counts"].assign(kind="derived")
    sets = pd.concat([counts, derived], ignore_index=True)
    return Package(sets, frames["population_shares"], frames["sources"])


def country_name(code: str, lang: str) -> str:
    if code in vocab.vocabulary()["places"]:
        return vocab.vocabulary()["places"][code]["label"][lang]
    country = pycountry.countries.get(alpha_3=code)
    name = country.name if country is not None else code
    if lang == "en":
        return name
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext(name)


def unrestricted(df: pd.DataFrame, except_: tuple[str, ...] = ()) -> pd.Series:
    ok = pd.Series(True, index=df.index)
    for d in vocab.DIMENSIONS:
        if d not in except_:
            ok &= df[d] == vocab.top_code(d)
    return ok


def headline(p: Package) -> pd.Series:
    """The widest reported total about one country: the count the charts break down."""
    c = p.sets[(p.sets["kind"] == "reported") & (p.sets["country"] != "WLD") & unrestricted(p.sets)]
    c = c.assign(span=c["period_end"] - c["period_start"])
    return c.sort_values(["value", "span", "id"], ascending=[False, False, True]).iloc[0]


def within(p: Package, top: pd.Series) -> pd.DataFrame:
    s = p.sets
    return s[(s["source_id"] == top["source_id"]) & (s["country"] == top["country"])
             & (s["period_start"] == top["period_start"]) & (s["period_end"] == top["period_end"])
             & (s["outcome"] == top["outcome"])]


def period_label(row) -> str:
    a, b = int(row["period_start"]), int(row["period_end"])
    return str(a) if a == b else f"{a}-{b}"


def source_line(p: Package, source_id: str, lang: str) -> str:
    src = p.sources.set_index("source_id").loc[source_id]
    return vocab.text("source_line", lang).format(publisher=src["publisher"], published=src["published"][:4])


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _frame(fig, title: str, subtitle: str, footer: list[str], left: float, wrap: int = 72) -> None:
    """Title and subtitle above the axes, notes and source below, all inside the figure
    (margins computed from the number of lines, so nothing overlaps or is clipped)."""
    h = fig.get_figheight()
    title_lines = textwrap.wrap(title, wrap)
    sub_lines = textwrap.wrap(subtitle, 90) if subtitle else []
    foot = [line for f in footer for line in textwrap.wrap(f, 110, break_on_hyphens=False)]
    head_in = 0.3 * len(title_lines) + 0.22 * len(sub_lines) + (0.13 if sub_lines else 0) + 0.25
    foot_in = 0.19 * len(foot) + 0.75
    fig.subplots_adjust(left=left, right=0.97, top=1 - head_in / h, bottom=foot_in / h)
    y = 1 - 0.12 / h
    fig.text(0.02, y, "\n".join(title_lines), ha="left", va="top", fontsize=13, fontweight="bold")
    if sub_lines:
        fig.text(0.02, y - 0.3 * len(title_lines) / h, "\n".join(sub_lines), ha="left", va="top", fontsize=11,
                 color="#333333")
    fig.text(0.02, 0.1 / h, "\n".join(foot), ha="left", va="bottom", fontsize=9, color="#333333")


# ----------------------------------------------------------------------------- charts

def composition(p: Package, lang: str):
    """The headline total, its Indigenous / not Indigenous split, and within each the
    perpetrator and sector breakdowns; derived bars hatched."""
    top = headline(p)
    inside = within(p, top)
    rows = [(_cap(vocab.label("indigenous", "all", lang)), top, 0)]
    split = inside[unrestricted(inside, ("indigenous",)) & (inside["indigenous"] != "all")]
    for code in [c for c in vocab.codes("indigenous") if c in set(split["indigenous"])]:
        part = split[split["indigenous"] == code].iloc[0]
        rows.append((_cap(vocab.label("indigenous", code, lang)), part, 1))
        for d in ("perpetrator", "sector"):
            sub = inside[(inside["indigenous"] == code) & unrestricted(inside, ("indigenous", d))
                         & (inside[d] != vocab.top_code(d))]
            for r in sub.sort_values("id").itertuples():
                rows.append((vocab.text("of_whom", lang).format(label=vocab.label(d, getattr(r, d), lang)),
                             pd.Series(r._asdict()), 2))
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 0.45 * len(rows) + 2.6))
    ys = list(range(len(rows)))[::-1]
    colour = {0: "#555555", 1: OKABE_ITO[4], 2: OKABE_ITO[0]}
    for y, (_name, r, level) in zip(ys, rows):
        derived = r["kind"] == "derived"
        ax.barh(y, r["value"], color="white" if derived else colour[level],
                edgecolor=colour[level], hatch="///" if derived else None, linewidth=1.2, height=0.7)
        ax.text(r["value"] + top["value"] * 0.01, y, f"{int(r['value'])}", va="center", fontsize=11,
                fontweight="normal" if derived else "bold")
    ax.set_yticks(ys, [name for name, _, _ in rows])
    for tick, (_, _, level) in zip(ax.get_yticklabels(), rows):
        tick.set_fontweight("bold" if level < 2 else "normal")
        tick.set_fontsize(11 if level < 2 else 10)
    ax.tick_params(axis="y", length=0)
    ax.set_xlim(0, top["value"] * 1.1)
    ax.set_xlabel(vocab.text("people_axis", lang))
    ax.spines["left"].set_visible(False)
    ax.legend(handles=[Patch(facecolor="#777777", edgecolor="#777777", label=vocab.text("reported", lang)),
                       Patch(facecolor="white", edgecolor="#777777", hatch="///", label=vocab.text("derived", lang))],
              loc="lower right", fontsize=9, frameon=False)
    country, period = country_name(top["country"], lang), period_label(top)
    _frame(fig, vocab.text("composition_title", lang).format(total=int(top["value"]), country=country, period=period),
           vocab.text("composition_subtitle", lang),
           [vocab.text("documented_minimum", lang), vocab.text("overlap_note", lang),
            source_line(p, top["source_id"], lang)], left=0.36)
    alt = (vocab.text("composition_title", lang).format(total=int(top["value"]), country=country, period=period)
           + ". " + "; ".join(f"{n.strip()}: {int(r['value'])}"
                              + (f" ({vocab.text('derived', lang)})" if r["kind"] == "derived" else "")
                              for n, r, _ in rows) + ".")
    return fig, alt


def shares(p: Package, lang: str):
    top = headline(p)
    inside = within(p, top)
    part = inside[(inside["kind"] == "reported") & unrestricted(inside, ("indigenous",))
                  & (inside["indigenous"] == "yes")].iloc[0]
    pop = p.shares[(p.shares["country"] == top["country"]) & (p.shares["population"] == "indigenous")].iloc[0]
    victims_share = 100 * part["value"] / top["value"]
    country, period = country_name(top["country"], lang), period_label(top)
    fmt = (lambda x: f"{x:.1f}".replace(".", ",")) if lang == "es" else (lambda x: f"{x:.1f}")
    fmt_pop = (lambda x: f"{x:g}".replace(".", ",")) if lang == "es" else (lambda x: f"{x:g}")
    labels = [vocab.text("share_victims", lang).format(period=period, part=int(part["value"]), total=int(top["value"])),
              vocab.text("share_population", lang).format(country=country)]
    values = [victims_share, float(pop["share_percent"])]
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 4.6))
    ys = [1.6, 0]
    ax.barh(ys, values, color=[OKABE_ITO[5], OKABE_ITO[1]], height=0.55)
    for y, v, f, lab in zip(ys, values, [fmt, fmt_pop], labels):
        ax.text(v + 1, y, f"{f(v)}%" if lang == "en" else f"{f(v)} %", va="center", fontsize=12, fontweight="bold")
        ax.text(0, y + 0.36, lab, va="bottom", ha="left", fontsize=10)  # label above its bar
    ax.set_yticks([])
    ax.set_ylim(-0.45, 2.75)
    ax.spines["left"].set_visible(False)
    ax.set_xlim(0, 100)
    ax.set_xlabel(vocab.text("share_axis", lang))
    title = vocab.text("share_title", lang).format(pop=fmt_pop(values[1]), country=country, share=fmt(victims_share))
    _frame(fig, title, vocab.text("share_subtitle", lang).format(period=period),
           [vocab.text("share_note", lang), vocab.text("documented_minimum", lang),
            source_line(p, top["source_id"], lang)], left=0.04)
    alt = title + ". " + labels[0].replace("\n", " ") + f": {fmt(victims_share)}%; " + \
        labels[1].replace("\n", " ") + f": {fmt_pop(values[1])}%."
    return fig, alt


def units(p: Package, lang: str):
    """One dot per documented person, in two separate panels (Indigenous; the latest year)."""
    top = headline(p)
    total = int(top["value"])
    inside = within(p, top)
    indigenous = int(inside[(inside["kind"] == "reported") & unrestricted(inside, ("indigenous",))
                            & (inside["indigenous"] == "yes")].iloc[0]["value"])
    s = p.sets
    single = s[(s["kind"] == "reported") & (s["source_id"] == top["source_id"]) & (s["country"] == top["country"])
               & (s["period_start"] == s["period_end"]) & (s["period_end"] <= top["period_end"])
               & (s["period_start"] >= top["period_start"]) & unrestricted(s, ("outcome",))]
    year = int(single["period_end"].max())
    parts = single[(single["period_end"] == year) & (single["outcome"] != vocab.top_code("outcome"))]
    parts = parts.sort_values("outcome", key=lambda o: o.map(vocab.codes("outcome").index))
    cols = math.ceil(math.sqrt(total * 1.1))
    rows_n = math.ceil(total / cols)
    fig, axes = plt.subplots(1, 2, figsize=(WIDTH_IN, 4.6))

    def grid(ax, colours, legend):
        xs = [i % cols for i in range(total)]
        ys = [rows_n - i // cols for i in range(total)]
        ax.scatter(xs, ys, s=22, c=colours, linewidths=0)
        ax.set_xlim(-1, cols)
        ax.set_ylim(0, rows_n + 1)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.legend(handles=legend, loc="upper left", bbox_to_anchor=(0, 0), fontsize=9, frameon=False)

    grid(axes[0], [OKABE_ITO[5]] * indigenous + [GREY] * (total - indigenous),
         [Patch(color=OKABE_ITO[5], label=f"{_cap(vocab.label('indigenous', 'yes', lang))}: {indigenous}"),
          Patch(color=GREY, label=vocab.text("units_other", lang))])
    axes[0].set_title(vocab.text("units_panel_indigenous", lang), loc="left", fontsize=11)
    colours = [GREY] * (total - int(parts["value"].sum()))
    legend = []
    for colour, r in zip([OKABE_ITO[0], OKABE_ITO[4]], parts.itertuples()):
        colours += [colour] * int(r.value)
        legend.append(Patch(color=colour, label=f"{_cap(vocab.label('outcome', r.outcome, lang))} ({year}): {int(r.value)}"))
    legend.append(Patch(color=GREY, label=vocab.text("units_other", lang)))
    grid(axes[1], colours, legend)
    axes[1].set_title(vocab.text("units_panel_year", lang).format(year=year), loc="left", fontsize=11)
    country, period = country_name(top["country"], lang), period_label(top)
    title = vocab.text("units_title", lang).format(total=total, country=country, period=period)
    _frame(fig, title, "", [vocab.text("units_note", lang).format(year=year), vocab.text("documented_minimum", lang),
                            source_line(p, top["source_id"], lang)], left=0.03)
    alt = (title + ". " + vocab.text("units_panel_indigenous", lang) + f": {indigenous}. "
           + vocab.text("units_panel_year", lang).format(year=year) + ": "
           + ", ".join(f"{vocab.label('outcome', r.outcome, lang)} {int(r.value)}" for r in parts.itertuples())
           + ". " + vocab.text("units_note", lang).format(year=year))
    return fig, alt


CHARTS = {"composition": composition, "indigenous-share": shares, "units": units}
DESCRIPTIONS = {
    "composition": ("The headline total, split into Indigenous (reported) and not Indigenous (derived), "
                    "and within each the police/private military and mining breakdowns.",
                    "How the two breakdowns overlap (a person can be in both); any year-by-year pattern."),
    "indigenous-share": ("The share of documented victims recorded as Indigenous against the Indigenous "
                         "share of the population the source states.",
                         "Undocumented cases; which population measure the source used; a rate per person."),
    "units": ("One dot per documented person: the Indigenous defenders in one panel, the latest year's "
              "killings and disappearance in another.",
              "How many of the latest year's cases were Indigenous (not in the source); a trend over years."),
}


def draw(descriptor: Path, out: Path) -> dict[str, dict[str, str]]:
    p = load(descriptor)
    alts: dict[str, dict[str, str]] = {}
    tmp = Path(tempfile.mkdtemp(prefix=".figures.", dir=out.parent if out.parent.exists() else None))
    try:
        for lang in vocab.LANGUAGES:
            (tmp / lang).mkdir(parents=True)
            for name, make in CHARTS.items():
                fig, alt = make(p, lang)
                alts.setdefault(name, {})[lang] = alt
                fig.savefig(tmp / lang / f"{name}.png", dpi=DPI, bbox_inches="tight", pad_inches=0.25,
                            metadata={"Software": None})
                fig.savefig(tmp / lang / f"{name}.svg", bbox_inches="tight", pad_inches=0.25,
                            metadata={"Date": None, "Creator": None, "Title": alt.split(". ")[0],
                                     "Description": alt})
                plt.close(fig)
        # every chart drawn: now move them in, file by file, each rename atomic
        for lang in vocab.LANGUAGES:
            (out / lang).mkdir(parents=True, exist_ok=True)
            for f in sorted((tmp / lang).iterdir()):
                atomic.write_bytes(out / lang / f.name, f.read_bytes())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    atomic.write_text(out / "README.md", figures_readme(alts))
    return alts


def figures_readme(alts: dict[str, dict[str, str]]) -> str:
    lines = ["# Figures", "",
             "Written by `make figures` (scripts/charts.py) from the validated package; do not edit.",
             "Each chart exists as PNG and SVG, in English (`en/`) and Spanish (`es/`). The alt text",
             "below is also embedded in each SVG (`<title>` and `<dc:description>`).", ""]
    for name, (shows, cannot) in DESCRIPTIONS.items():
        lines += [f"## {name}", "",
                  "Files: " + ", ".join(f"`{lang}/{name}.{ext}`" for lang in vocab.LANGUAGES for ext in ("png", "svg")),
                  "", f"- Shows: {shows}", f"- Cannot show: {cannot}", ""]
        for lang in vocab.LANGUAGES:
            lines += [f"Alt text ({lang}): {alts[name][lang]}", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("descriptor", nargs="?", type=Path, default=vocab.ROOT / "datapackage.json")
    ap.add_argument("--out", type=Path, default=vocab.ROOT / "figures")
    args = ap.parse_args(argv)
    fails = validate.validate(args.descriptor)
    if len(fails):
        for r in fails.itertuples():
            print(validate.format_failure(r), file=sys.stderr)
        print(f"charts: {args.descriptor} is not valid; nothing drawn, {args.out} left as it was",
              file=sys.stderr)
        return 1
    draw(args.descriptor, args.out)
    print(f"charts: {len(CHARTS) * len(vocab.LANGUAGES) * 2} files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


def draw_per_year(years: pd.DataFrame, country: str, records: str, downloaded: str, out: Path) -> None:
    """Per-year counts from one records snapshot (scripts/reconcile.py); stacked killed and
    disappeared where the export tells them apart."""
    for lang in vocab.LANGUAGES:
        fig, ax = plt.subplots(figsize=(WIDTH_IN, 4.8))
        x = years["year"].astype(int).tolist()
        split = years["killed"].notna().all()
        if split:
            killed = years["killed"].astype(int)
            ax.bar(x, killed, color=OKABE_ITO[0], label=_cap(vocab.label("outcome", "killed", lang)))
            ax.bar(x, years["disappeared"].astype(int), bottom=killed, color=OKABE_ITO[4],
                   label=_cap(vocab.label("outcome", "disappeared", lang)))
            ax.legend(frameon=False, fontsize=9, loc="upper left")
        else:
            ax.bar(x, years["killed_or_disappeared"], color=OKABE_ITO[0])
        for xi, total in zip(x, years["killed_or_disappeared"]):
            ax.text(xi, total, str(int(total)), ha="center", va="bottom", fontsize=9)
        ax.set_xticks(x, [str(v) for v in x], rotation=90 if len(x) > 16 else 0, fontsize=9)
        ax.set_ylabel(vocab.text("people_axis", lang))
        name = country_name(country, lang)
        _frame(fig, vocab.text("per_year_title", lang).format(country=name),
               vocab.text("per_year_subtitle", lang).format(records=records,
                                                           downloaded=downloaded or vocab.text("not_given", lang)),
               [vocab.text("per_year_note", lang), vocab.text("per_year_source", lang)], left=0.08)
        (out / lang).mkdir(parents=True, exist_ok=True)
        fig.savefig(out / lang / "per-year.png", dpi=DPI, bbox_inches="tight", pad_inches=0.25,
                    metadata={"Software": None})
        fig.savefig(out / lang / "per-year.svg", bbox_inches="tight", pad_inches=0.25,
                    metadata={"Date": None, "Creator": None,
                              "Title": vocab.text("per_year_title", lang).format(country=name)})
        plt.close(fig)
