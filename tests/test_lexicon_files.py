"""The language data: one file per language with the same structure, so that a third language is a
new file (and its tests), not a code edit. Country names and demonyms are data keyed by country
code; each file lists the countries its language needs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mld.lexicon import lexicon

LEXICON = Path(__file__).resolve().parent.parent / "lexicon"
DATA_MAPS = ("country_aliases", "demonyms")  # keyed by country code: each language lists its own


def key_paths(node: object, path: str = "") -> set[str]:
    out: set[str] = set()
    if isinstance(node, dict) and not path.endswith(DATA_MAPS):
        for key, value in node.items():
            out |= {f"{path}.{key}"} | key_paths(value, f"{path}.{key}")
    return out


def test_every_language_file_has_the_structure_of_the_english_one():
    files = sorted(LEXICON.glob("*.json"))
    assert len(files) >= 2
    reference = key_paths(json.loads((LEXICON / "en.json").read_text(encoding="utf-8")))
    for f in files:
        got = key_paths(json.loads(f.read_text(encoding="utf-8")))
        assert got == reference, f"{f.name}: missing {sorted(reference - got)[:5]}, extra {sorted(got - reference)[:5]}"


@pytest.mark.parametrize("lang", [f.stem for f in sorted(LEXICON.glob("*.json"))])
def test_every_language_file_compiles(lang):
    lex = lexicon(lang)
    # (a blocked phrase hides the group word inside it, in every language: "tierras indígenas")
    blocked = json.loads((LEXICON / f"{lang}.json").read_text(encoding="utf-8"))["terms"]["not_groups"]
    assert blocked
    for phrase in blocked:
        assert not any(h for d, m in lex.dimension_terms.items() for h in m.finditer(phrase)), phrase
