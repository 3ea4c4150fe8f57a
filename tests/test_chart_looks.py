"""How the charts look, beyond the seed (issue 13, after the audit): the composition key never covers
a label, in any language or breakdown; category colours are Okabe-Ito or a documented neutral, and
any two of them stay apart in grayscale, so no combination a chart can draw (a year given only as a
total, a year with only disappearances) breaks the rule; one category has one look in every chart.

Expected values are written here (the palette, the categories, the counts of the seed and of the
articles written for these tests), never read from files the charts wrote."""

from __future__ import annotations

import datetime as dt
import json
import re
from itertools import combinations
from pathlib import Path

import matplotlib.colors as mcolors
import pandas as pd
import pytest

from mld.charts import composition, data, fmt, per_year, share, style, units, years
from test_charts import ROOT, SEED_SOURCE, build_package, drawn, fills, seed_pkg, specs  # noqa: F401

LANGS = ("en", "es")
# Okabe & Ito (2008), "Color Universal Design": the eight colours, as the issue asks
OKABE_ITO = ["#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
SHORT = ("Global Witness says that between 2012 and 2025 at least 245 land and environmental defenders were killed "
         "or disappeared in Mexico. 118 of the 245 defenders were Indigenous.\n")
NOT_RECORDED = {"en": "Not recorded as Indigenous", "es": "No registradas como indígenas"}


def vocabulary() -> dict:
    return json.loads((ROOT / "vocabulary.json").read_text(encoding="utf-8"))


def coloured_codes() -> dict[tuple[str, str], str]:
    return {(d, c): info["colour"].upper() for d, dim in vocabulary()["dimensions"].items()
            for c, info in dim["codes"].items() if "colour" in info}


def hex_of(c) -> str:
    return mcolors.to_hex(c).upper()


def gaps_ok(colours: set[str]) -> list[tuple[str, str, float]]:
    """Pairs of fills closer in CIE L* than the project's minimum."""
    return [(a, b, round(abs(style.lightness(a) - style.lightness(b)), 1)) for a, b in combinations(sorted(colours), 2)
            if abs(style.lightness(a) - style.lightness(b)) < style.MIN_LIGHTNESS_GAP]


@pytest.fixture(scope="module")
def short_pkg(tmp_path_factory) -> Path:
    """The seed plus an article with a shorter breakdown: 245 in all, 118 of them Indigenous."""
    return build_package(tmp_path_factory.mktemp("short"), {"short-2026": (SHORT, {"publisher": "Test Weekly"})})


# ---------------------------------------------------------------- the composition key

def _texts(fig) -> list:
    out = list(fig.texts)
    for ax in fig.axes:
        out += [*ax.texts, *ax.get_xticklabels(), *ax.get_yticklabels(), ax.xaxis.label, ax.yaxis.label, ax.title]
    return [t for t in out if t.get_visible() and t.get_text().strip()]


def _legends(fig) -> list:
    return [*fig.legends, *(ax.get_legend() for ax in fig.axes if ax.get_legend() is not None)]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("which", ["seed", "short"])
def test_the_composition_key_covers_no_text_and_no_bar(seed_pkg, short_pkg, which, lang):  # noqa: F811
    pkg, spec = ((seed_pkg, specs()) if which == "seed"
                 else (short_pkg, specs(composition={"sources": ["short-2026"], "country": "MEX"})))
    d = composition.draw(data.load(pkg), spec["composition"], lang)
    values = [t.get_text() for t in d.fig.axes[0].texts]
    assert any("245" in v for v in values) == (which == "short")  # the breakdown asked for is the one drawn
    d.fig.canvas.draw()
    renderer = d.fig.canvas.get_renderer()
    keys = _legends(d.fig)
    assert len(keys) == 1
    box = keys[0].get_window_extent(renderer)
    for t in _texts(d.fig):
        assert not t.get_window_extent(renderer).overlaps(box), (lang, t.get_text())
    for bar in d.fig.axes[0].patches:
        assert not bar.get_window_extent(renderer).overlaps(box), (lang, bar.get_width())


# ---------------------------------------------------------------- colours over the vocabulary

def test_category_colours_are_okabe_ito_or_a_documented_neutral():
    v = vocabulary()
    assert [c.upper() for c in v["colours"]["palette"]] == OKABE_ITO
    whole, hollow = v["colours"]["whole"].upper(), v["colours"]["hollow"].upper()
    assert whole[1:3] == whole[3:5] == whole[5:7] and hollow == style.BACKGROUND  # a grey, and the background
    from mld import vocab
    for (d, code), colour in coloured_codes().items():
        if code == vocab.top_code(d):
            assert colour == whole, (d, code)  # the whole, not told apart: the same neutral in every dimension
        elif colour == hollow:
            assert (d, code) == ("indigenous", "no"), (d, code)  # the rest, which the source does not describe
        else:
            assert colour in OKABE_ITO, (d, code, colour)
    for word in ("whole", "hollow", "Okabe-Ito"):
        assert word in v["colours"]["description"]


def test_any_two_category_colours_stay_apart_in_grayscale():
    """Every pair, not only the pairs the seed draws: whatever a chart combines passes the rule."""
    assert style.MIN_LIGHTNESS_GAP >= 20
    filled = set(coloured_codes().values()) - {style.BACKGROUND}
    assert len(filled) >= 4
    assert gaps_ok(filled) == []


def test_a_colour_names_one_category_except_the_whole():
    from mld import vocab
    by_colour: dict[str, list[tuple[str, str]]] = {}
    for key, colour in coloured_codes().items():
        by_colour.setdefault(colour, []).append(key)
    for colour, keys in by_colour.items():
        if len(keys) > 1:
            assert all(code == vocab.top_code(d) for d, code in keys), (colour, keys)


# ---------------------------------------------------------------- units: combinations the seed does not have

def with_latest_year(p: data.Package, outcomes: dict[str, int]) -> data.Package:
    """The seed's package, with its 2024 figures for Mexico replaced by `outcomes` (outcome -> value)."""
    s = p.sets
    year = ((s["source_id"] == SEED_SOURCE) & (s["country"] == "MEX") & (s["period_start"] == 2024)
            & (s["period_end"] == 2024))
    template = s[year & (s["kind"] == "reported")].iloc[0]
    rows = [template.copy().set_axis(template.index) for _ in outcomes]
    for row, (outcome, value) in zip(rows, outcomes.items()):
        row["outcome"], row["value"], row["id"], row["qualifier"] = outcome, value, f"test-{outcome}", "exact"
    return data.Package(pd.concat([s[~year], pd.DataFrame(rows)], ignore_index=True), p.shares, p.sources)


def _year_dots(d) -> list[str]:
    return [hex_of(c) for c in d.fig.axes[1].collections[0].get_facecolors()]


def _legend_labels(ax) -> list[str]:
    return [t.get_text() for t in ax.get_legend().get_texts()]


@pytest.mark.parametrize("lang", LANGS)
def test_units_year_given_only_as_a_total_stays_apart_in_grayscale(seed_pkg, lang):  # noqa: F811
    p = with_latest_year(data.load(seed_pkg), {"killed_or_disappeared": 19})
    d = units.draw(p, specs()["units"], lang)
    whole = coloured_codes()[("outcome", "killed_or_disappeared")]
    assert _year_dots(d).count(whole) == 19 and _year_dots(d).count(style.BACKGROUND) == 222 - 19
    used = fills(d.fig)
    assert used <= set(coloured_codes().values())
    assert gaps_ok(used) == []  # was blue #0072B2 (L* 46) beside Indigenous green (L* 58)
    label = {"en": "Killed or disappeared (2024): 19", "es": "Asesinadas o desaparecidas (2024): 19"}[lang]
    assert label in _legend_labels(d.fig.axes[1])


@pytest.mark.parametrize("lang", LANGS)
def test_units_year_with_only_disappearances_uses_the_disappeared_colour(seed_pkg, lang):  # noqa: F811
    p = with_latest_year(data.load(seed_pkg), {"disappeared": 3})
    d = units.draw(p, specs()["units"], lang)
    dots = _year_dots(d)
    assert dots.count(coloured_codes()[("outcome", "disappeared")]) == 3
    assert dots.count(coloured_codes()[("outcome", "killed")]) == 0
    assert dots.count(style.BACKGROUND) == 222 - 3
    label = {"en": "Disappeared (2024): 3", "es": "Desaparecidas (2024): 3"}[lang]
    assert label in _legend_labels(d.fig.axes[1])
    assert gaps_ok(fills(d.fig)) == []


# ---------------------------------------------------------------- one category, one look

@pytest.mark.parametrize("lang", LANGS)
def test_not_recorded_as_indigenous_looks_the_same_in_every_chart(seed_pkg, lang):  # noqa: F811
    p, s = data.load(seed_pkg), specs()
    no = coloured_codes()[("indigenous", "no")]
    comp = composition.draw(p, s["composition"], lang).fig
    ax = comp.axes[0]
    label_at = {round(y, 3): t.get_text() for y, t in zip(ax.get_yticks(), ax.get_yticklabels())}
    bars = [b for b in ax.patches if label_at.get(round(b.get_y() + b.get_height() / 2, 3)) == NOT_RECORDED[lang]]
    assert sorted(int(b.get_width()) for b in bars) == [11, 27, 112]
    assert {hex_of(b.get_facecolor()) for b in bars} == {no}
    key = dict(zip((t.get_text() for t in _legends(comp)[0].get_texts()), _legends(comp)[0].legend_handles))
    assert hex_of(key[NOT_RECORDED[lang]].get_facecolor()) == no

    unit = units.draw(p, s["units"], lang).fig
    left = [hex_of(c) for c in unit.axes[0].collections[0].get_facecolors()]
    assert left[:110] == [coloured_codes()[("indigenous", "yes")]] * 110 and left[110:] == [no] * 112
    rest = {"en": "Not recorded as Indigenous: 112 (derived: 222 − 110)",
            "es": "No registradas como indígenas: 112 (derivada: 222 − 110)"}[lang]
    labels = _legend_labels(unit.axes[0])
    assert rest in labels
    handle = unit.axes[0].get_legend().legend_handles[labels.index(rest)]
    assert hex_of(handle.get_markerfacecolor()) == no


# ---------------------------------------------------------------- every chart's fills come from the vocabulary

def _per_year_table(split: bool) -> pd.DataFrame:
    t = pd.DataFrame({"year": [2023, 2024, 2025], "country": "MEX", "killed_or_disappeared": [18, 19, 10],
                      "killed": [15, 18, 10], "disappeared": [3, 1, 0], "indigenous": 0, "women": 0,
                      "complete": [True, True, False]})
    if not split:  # the 2022 export does not tell killings from disappearances
        t["killed"] = pd.NA
        t["disappeared"] = pd.NA
    return t


@pytest.mark.parametrize("split,outcomes", [(True, ("killed", "disappeared")), (False, ("killed_or_disappeared",))])
def test_per_year_chart_colours_come_from_the_vocabulary(split, outcomes):
    d = per_year.draw(_per_year_table(split), "MEX", "export.csv", dt.date(2026, 1, 15), "en")
    assert fills(d.fig) == {coloured_codes()[("outcome", o)] for o in outcomes}
    assert gaps_ok(fills(d.fig)) == []


def test_every_chart_fills_only_with_vocabulary_colours_on_other_packages(seed_pkg, short_pkg):  # noqa: F811
    vocab_colours = set(coloured_codes().values())
    p = data.load(short_pkg)
    drawn_figs = [composition.draw(p, specs(composition={"sources": ["short-2026"], "country": "MEX"})["composition"],
                                   "es").fig,
                  years.draw(p, specs()["years-by-source"], "en").fig,
                  share.draw(data.load(seed_pkg), specs()["indigenous-share"], "es").fig]
    for fig in drawn_figs:
        assert fills(fig) <= vocab_colours and gaps_ok(fills(fig)) == []


# ---------------------------------------------------------------- figures/README.md alt text

def test_figures_readme_keeps_the_no_break_space_before_percent(drawn):  # noqa: F811
    text = (drawn / "README.md").read_text(encoding="utf-8")
    alt = re.search(r"!\[([^\]]+)\]\(es/indigenous-share\.png\)", text).group(1)
    assert "49,5\u00a0%" in alt and "19\u00a0%" in alt
    assert not re.search(r"\d %", alt)
    assert fmt.percent(0.495, "es") == "49,5\u00a0%"
