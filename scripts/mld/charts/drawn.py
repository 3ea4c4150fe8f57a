"""What drawing one chart in one language gives back."""

from __future__ import annotations

from dataclasses import dataclass, field

from matplotlib.figure import Figure


@dataclass
class Drawn:
    fig: Figure
    title: str
    alt: str                      # a full description: every number on the chart, in words
    sources: list[str] = field(default_factory=list)  # the source ids the chart draws (its footer credits them)
