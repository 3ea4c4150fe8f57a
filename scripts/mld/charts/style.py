"""How every chart looks: type, colours, the frame of title and notes, and deterministic files.

Category colours live in vocabulary.json (`colour` on codes, Okabe-Ito; its `colours` entry documents
the two neutrals: the whole, and hollow), so a category has one colour and one look in every chart.
The few neutrals here are not categories: ink, and the outline of hollow marks."""

from __future__ import annotations

import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from mld import vocab  # noqa: E402

WIDTH_IN, DPI = 8.0, 150  # 1200 px wide; type sizes stay readable scaled to 800 px
INK = "#222222"
MUTED = "#444444"
OUTLINE = "#777777"      # edge of hollow dots ("other documented cases", "not recorded as Indigenous")
BACKGROUND = "#FFFFFF"   # also the vocabulary's hollow colour: the background shows through an outline
HATCH = "///"            # derived figures, and incomplete years: drawn, but not like the rest
# A desk machine has one of these; SVG keeps the text as text so an editor can change it.
FONTS = ["DejaVu Sans", "Arial", "Helvetica"]
MIN_LIGHTNESS_GAP = 20.0  # CIE L* between any two fills of one chart: tellable apart in grayscale

plt.rcParams.update({
    "font.family": ["sans-serif"],
    "font.sans-serif": FONTS,
    "font.size": 11,
    "text.color": INK,
    "axes.labelcolor": INK,
    "xtick.color": INK,
    "ytick.color": INK,
    "axes.edgecolor": MUTED,
    "svg.fonttype": "none",
    "svg.hashsalt": "mexico-land-defenders",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "hatch.linewidth": 1.0,
})


def colour(dimension: str, code: str) -> str:
    """The one colour of a category, from vocabulary.json."""
    c = vocab.colour(dimension, code)
    if not c:
        raise KeyError(f"vocabulary.json: {dimension}.codes.{code} has no colour; a chart needs one to draw it")
    return c


def hollow(c: str) -> bool:
    """Whether a colour is drawn as an outline only (vocabulary.json `colours.hollow`)."""
    return mcolors.to_hex(c).upper() == BACKGROUND


def lightness(c: str) -> float:
    """CIE L* (0 black, 100 white): what is left of a colour in grayscale or a photocopy."""
    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(v) for v in mcolors.to_rgb(c))
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return 116 * y ** (1 / 3) - 16 if y > 216 / 24389 else y * 24389 / 27


def frame(fig: Figure, title: str, subtitle: str, footer: list[str], left: float, wrap: int = 72,
          legend_in: float = 0.0) -> float:
    """Title and subtitle above the axes, notes and sources below, all inside the figure (margins
    from the number of lines, so nothing overlaps or is clipped). `legend_in` inches are kept free
    between the axis labels and the notes; returns the figure height fraction where they start."""
    h = fig.get_figheight()
    title_lines = textwrap.wrap(title, wrap)
    sub_lines = textwrap.wrap(subtitle, 90) if subtitle else []
    foot = [line for f in footer for line in textwrap.wrap(f, 110, break_on_hyphens=False)]
    head_in = 0.3 * len(title_lines) + 0.22 * len(sub_lines) + (0.13 if sub_lines else 0) + 0.25
    foot_in = 0.19 * len(foot) + 0.75 + legend_in
    fig.subplots_adjust(left=left, right=0.97, top=1 - head_in / h, bottom=foot_in / h)
    y = 1 - 0.12 / h
    fig.text(0.02, y, "\n".join(title_lines), ha="left", va="top", fontsize=13, fontweight="bold")
    if sub_lines:
        fig.text(0.02, y - 0.3 * len(title_lines) / h, "\n".join(sub_lines), ha="left", va="top", fontsize=11,
                 color=MUTED)
    fig.text(0.02, 0.1 / h, "\n".join(foot), ha="left", va="bottom", fontsize=9, color=MUTED)
    return (0.19 * len(foot) + 0.25) / h


def save(fig: Figure, base: Path, title: str, alt: str) -> None:
    """`base`.png and `base`.svg, the same bytes on every run; the SVG carries title and alt text."""
    base.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(base.with_suffix(".png"), dpi=DPI, bbox_inches="tight", pad_inches=0.25,
                facecolor=BACKGROUND, metadata={"Software": None})
    fig.savefig(base.with_suffix(".svg"), bbox_inches="tight", pad_inches=0.25, facecolor=BACKGROUND,
                metadata={"Date": None, "Creator": None, "Title": title, "Description": alt})
    plt.close(fig)
