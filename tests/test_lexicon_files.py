"""The language data: one file per language with the same structure, so that a third language is a
new file (and its tests), not a code edit. Country names and demonyms are data keyed by country
code; each file lists the countries its language needs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mld.lexicon import Matcher, _phrase_regex, lexicon

LEXICON = Path(__file__).resolve().parent.parent / "lexicon"
DATA_MAPS = ("country_aliases", "demonyms", "word_aliases")  # keyed by code or word: each language lists its own


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


def _alternation_oracle(pairs, text, case_sensitive=False):
    """Brute force, independent of the prefix tree: at each position from the left, the first phrase (longest
    pattern first, then alphabetical) whose own pattern matches there; a blocked phrase (payload None) consumes its
    words and yields nothing."""
    flags = 0 if case_sensitive else re.IGNORECASE
    ordered = [(re.compile(_phrase_regex(p), flags), v) for p, v in sorted(pairs, key=lambda pv: (-len(pv[0]), pv[0]))]
    out, pos = [], 0
    while pos < len(text):
        for rx, v in ordered:
            m = rx.match(text, pos)
            if m is not None and m.end() > pos:
                if v is not None:
                    out.append((m.start(), m.end(), v))
                pos = m.end()
                break
        else:
            pos += 1
    return out


def test_the_prefix_tree_finds_what_the_alternation_of_every_phrase_finds():
    """Every matcher of both lexicons without slots, on every test passage: the same matches, spans and payloads
    as the brute-force reading of the phrases one by one (the tree replaced an alternation for speed only)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "examples-real").glob("*.txt"))]
    texts.append("Mexico Cityscape; MÉXICO, México y Méxicoo. Killed or disappeared — asesinadas o desaparecidas.")
    checked = 0
    for lang in ("en", "es"):
        lex = lexicon(lang)
        for name, m in vars(lex).items():
            if not isinstance(m, Matcher) or not m.pairs or any("{" in p for p, _ in m.pairs) or len(m.pairs) < 20:
                continue
            case_sensitive = m._flags == 0
            for t in texts:
                got = [(h.start, h.end, h.payload) for h in m.finditer(t)]
                assert got == _alternation_oracle(m.pairs, t, case_sensitive), (lang, name)
            checked += 1
    assert checked >= 10
