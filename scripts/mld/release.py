"""The release: one version (pyproject.toml) and its date (the CHANGELOG.md heading of that
version), for datapackage.json, CITATION.cff, the README citation and the zip's file dates."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from functools import cache

from mld import paths


@cache
def version() -> str:
    with (paths.ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


@cache
def date() -> dt.date:
    """The date of this version's CHANGELOG.md heading, `## VERSION (YYYY-MM-DD)`."""
    text = (paths.ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    m = re.search(rf"^## {re.escape(version())} \((\d{{4}}-\d{{2}}-\d{{2}})\)", text, re.M)
    if m is None:
        raise SystemExit(f"CHANGELOG.md has no heading '## {version()} (YYYY-MM-DD)' for the version in pyproject.toml")
    return dt.date.fromisoformat(m.group(1))
