"""Draw every chart in every language into a temporary folder, then move the files in: a failure
while drawing leaves the old charts whole; a chart the package cannot support is skipped with a
one-line reason (and its old files removed, so no stale chart outlives its data)."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import matplotlib.pyplot as plt

from mld import atomic, vocab
from mld.charts import composition, readme, share, style, units, years
from mld.charts.config import Spec
from mld.charts.data import Package, Skip
from mld.charts.drawn import Drawn

CHARTS: dict[str, ModuleType] = {m.NAME: m for m in (composition, share, units, years)}
FORMATS = ("png", "svg")


@dataclass
class Result:
    drawn: dict[str, dict[str, Drawn]] = field(default_factory=dict)  # chart -> language -> what was drawn
    skipped: dict[str, str] = field(default_factory=dict)             # chart -> why

    def files(self) -> list[str]:
        return [f"{lang}/{name}.{ext}" for name, by_lang in self.drawn.items() for lang in by_lang for ext in FORMATS]


def _one(p: Package, spec: Spec, module: ModuleType) -> dict[str, Drawn]:
    missing = [s for s in spec.sources or () if s not in set(p.sources["source_id"])]
    if missing:
        raise Skip(f"charts.json names source '{missing[0]}', which is not in the package")
    out: dict[str, Drawn] = {}
    try:
        for lang in vocab.languages():
            out[lang] = module.draw(p, spec, lang)
    except BaseException:
        for d in out.values():
            plt.close(d.fig)
        raise
    return out


def draw_all(p: Package, specs: dict[str, Spec], out: Path) -> Result:
    result = Result()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".figures.", dir=out.parent))
    try:
        for name, module in CHARTS.items():
            try:
                drawn = _one(p, specs[name], module)
            except Skip as e:
                result.skipped[name] = str(e)
                continue
            for lang, d in drawn.items():
                style.save(d.fig, tmp / lang / name, d.title, d.alt)
            result.drawn[name] = drawn
        text = readme.text(CHARTS, result.drawn, result.skipped, specs, p)
        # everything is drawn: move in file by file (each rename atomic), then drop skipped charts' files
        for rel in result.files():
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp / rel, out / rel)
        for name in result.skipped:
            for lang in vocab.languages():
                for ext in FORMATS:
                    (out / lang / f"{name}.{ext}").unlink(missing_ok=True)
        atomic.write_text(out / "README.md", text)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return result
