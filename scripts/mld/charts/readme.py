"""figures/README.md: every chart, in every language, shown as an image with its alt text; what each
chart features (charts.json), shows and cannot show; and which charts were skipped and why."""

from __future__ import annotations

import re
from types import ModuleType

from mld import vocab
from mld.charts import fmt
from mld.charts.config import Spec
from mld.charts.data import Package, source_item
from mld.charts.drawn import Drawn

LANGUAGE_NAMES = {"en": "English", "es": "Español"}


def _alt(text: str) -> str:
    """Alt text safe inside ![...]: one line, brackets escaped. Only ordinary white space is folded:
    a no-break space ("49,5\u00a0%") stays, so the number and its sign are never split."""
    one_line = re.sub(r"[ \t\r\n]+", " ", text).strip()
    return one_line.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _features(spec: Spec, p: Package, drawn: dict[str, Drawn]) -> str:
    used = sorted({s for d in drawn.values() for s in d.sources})
    names = [f"`{s}`, {source_item(p, s, 'en')}" for s in used]
    declared = "every source in the package" if spec.sources is None else ", ".join(f"`{s}`" for s in spec.sources)
    return (f"Features (charts.json): {declared}; country {spec.country} ({fmt.country(spec.country, 'en')}). "
            f"Drawn from: {', '.join(names)}.")


def text(charts: dict[str, ModuleType], drawn: dict[str, dict[str, Drawn]], skipped: dict[str, str],
         specs: dict[str, Spec], p: Package) -> str:
    lines = ["# Figures", "",
             "Written by `scripts/charts.py` (`make figures`) from the validated package and `charts.json`; "
             "do not edit. Each chart is a PNG and an SVG whose text stays text (a desk can edit it), in "
             "every language. The alt text under each image is also in the SVG (`<title>`, `<dc:description>`).",
             ""]
    for name, module in charts.items():
        lines += [f"## {name}", ""]
        if name in skipped:
            lines += [f"Not drawn: {skipped[name]}.", ""]
            continue
        lines += [_features(specs[name], p, drawn[name]), "", f"- Shows: {module.SHOWS}",
                  f"- Cannot show: {module.CANNOT}", ""]
        for lang in vocab.languages():
            d = drawn[name][lang]
            lines += [f"### {LANGUAGE_NAMES.get(lang, lang)}", "",
                      f"![{_alt(d.alt)}]({lang}/{name}.png)", "",
                      f"Files: [`{lang}/{name}.png`]({lang}/{name}.png), [`{lang}/{name}.svg`]({lang}/{name}.svg)", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
