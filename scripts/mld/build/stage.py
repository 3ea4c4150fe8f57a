"""Build the whole package from seeds/ (and reviewed corrections) into a folder: the tables of
data/ and datapackage.json. What `make data` writes, and what `make validate` rebuilds to compare.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from mld import atomic, dates, tables, vocab
from mld.build import corrections, descriptor
from mld.build.derive import derive
from mld.build.revisions import revisions
from mld.build.rows import Rows, rows_of
from mld.extract.resolve import ExtractorFailure, extract_or_fail
from mld.extract.source import SourceError, read_source

REQUIRED_META = {
    "title": (r".+", "the article's title"),
    "publisher": (r".+", "who published it"),
    "url": (r"https?://\S+", "its address, http:// or https://"),
    "published": (r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", "its date, YYYY-MM-DD (or YYYY-MM, YYYY)"),
    "language": (None, "its language code"),
}


@dataclass
class Build:
    rows: Rows = field(default_factory=Rows)
    derived: list[dict] = field(default_factory=list)
    revisions: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def tables(self) -> dict[str, list[dict]]:
        r = self.rows
        return {"counts": r.counts, "derived_counts": self.derived, "population_shares": r.population_shares,
                "evidence": r.evidence, "sources": r.sources, "review": r.review, "revisions": self.revisions}


def seed_paths(root: Path) -> list[Path]:
    return sorted(p for p in (root / "seeds").glob("*.txt") if p.is_file())


def metadata_problems(seed: Path, meta: dict, lang: str) -> list[str]:
    where = f"seeds/{seed.name[:-4]}.meta.json (or '# key: value' lines at the top of seeds/{seed.name})"
    out = []
    for key, (pattern, what) in REQUIRED_META.items():
        value = str(meta.get(key, "")).strip()
        if key == "language":
            if value not in vocab.languages():
                out.append(f"{where}: key language: '{value}' must be one of {', '.join(vocab.languages())} "
                           "(a language with a lexicon file)")
            continue
        if not value:
            out.append(f"{where}: key {key}: missing; give {what}")
        elif pattern and not re.fullmatch(pattern, value):
            out.append(f"{where}: key {key}: '{value}' is not {what}")
        elif key in descriptor.date_fields("sources") and dates.problem(value):
            out.append(f"{where}: key {key}: {dates.problem(value)}")
    sid = str(meta.get("source_id", ""))
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", sid):
        out.append(f"{where}: key source_id: '{sid}' may hold only letters, digits, '.', '_' and '-'")
    return out


def build(root: Path) -> Build:
    """Read every seed of `root`, apply its corrections, derive, and compare sources."""
    out = Build()
    seen: dict[str, Path] = {}
    ids: dict[Path, str] = {}
    for seed in seed_paths(root):
        try:
            src = read_source(seed)
        except SourceError as e:
            out.errors.append(str(e))
            ids[seed] = ""
            continue
        ids[seed] = src.source_id
        problems = metadata_problems(seed, src.meta, str(src.meta.get("language", "")))
        if problems:
            out.errors += problems
            continue
        if src.source_id in seen:
            out.errors.append(f"seeds/{seed.name}: source_id '{src.source_id}' is also the id of "
                              f"seeds/{seen[src.source_id].name}; give each article its own")
            continue
        seen[src.source_id] = seed
        try:
            got = extract_or_fail(src)
        except ExtractorFailure as e:
            out.errors.append(str(e))
            continue
        fix_path = corrections.path_for(seed)
        res = corrections.apply(src, got, fix_path)
        out.errors += res.errors
        out.notices += res.notices
        out.rows.extend(rows_of(src, got, root, fix_path if fix_path.exists() else None))
    out.errors += corrections.strays(root / "seeds", ids)
    out.derived = derive(out.rows.counts)
    out.revisions = revisions(out.rows.counts, out.rows.sources)
    return out


def write(b: Build, package: Path, root: Path) -> None:
    """The package into `package`: datapackage.json, data/ and a copy of seeds/ (so that it
    validates on its own)."""
    hashes = tables.write_all(package / "data", b.tables())
    atomic.write_text(package / "datapackage.json", descriptor.descriptor_text(hashes))
    if package.resolve() == root.resolve():
        return
    (package / "seeds").mkdir(parents=True, exist_ok=True)
    for p in sorted((root / "seeds").iterdir()):
        if p.is_file():
            shutil.copy2(p, package / "seeds" / p.name)
