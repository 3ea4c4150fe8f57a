"""Where the package's hand-edited definitions live. Tests may point MLD_VOCABULARY and MLD_LEXICON
elsewhere (for example, to add a throwaway dimension) without touching the code."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def vocabulary_path() -> Path:
    return Path(os.environ.get("MLD_VOCABULARY", ROOT / "vocabulary.json"))


def lexicon_dir() -> Path:
    return Path(os.environ.get("MLD_LEXICON", ROOT / "lexicon"))


def metadata_path() -> Path:
    return Path(os.environ.get("MLD_METADATA", ROOT / "metadata.json"))
