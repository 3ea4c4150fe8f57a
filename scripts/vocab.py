"""The one vocabulary (vocabulary.json), read by the schema, the extractor, the checks and the charts."""

from __future__ import annotations

import json
from functools import cache, lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOCABULARY_PATH = ROOT / "vocabulary.json"

# The dimensions a count is restricted on, in the order of counts.csv. Each has a code
# meaning "not restricted": `all`, or for outcome its widest code.
DIMENSIONS = ("outcome", "indigenous", "gender", "perpetrator", "sector")
LANGUAGES = ("en", "es")


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    with VOCABULARY_PATH.open(encoding="utf-8") as f:
        return json.load(f)


def codes(dimension: str) -> list[str]:
    return list(vocabulary()["dimensions"][dimension]["codes"])


def code_info(dimension: str, code: str) -> dict:
    return vocabulary()["dimensions"][dimension]["codes"][code]


def top_code(dimension: str) -> str:
    """The code that restricts nothing: `all`, or the one code with no broader code."""
    roots = [c for c, info in vocabulary()["dimensions"][dimension]["codes"].items()
             if "broader" not in info]
    return "all" if "all" in roots else roots[0]


def broader_chain(dimension: str, code: str) -> list[str]:
    """`code`, then every code that contains it, ending with the unrestricted code."""
    chain = [code]
    info = code_info(dimension, code)
    while "broader" in info:
        chain.append(info["broader"])
        info = code_info(dimension, info["broader"])
    top = top_code(dimension)
    if chain[-1] != top:
        chain.append(top)
    return chain


def contains(dimension: str, outer: str, inner: str) -> bool:
    """True when every case with code `inner` also has code `outer`."""
    return outer in broader_chain(dimension, inner)


def label(dimension: str, code: str, lang: str) -> str:
    return code_info(dimension, code)["label"][lang]


def text(key: str, lang: str) -> str:
    return vocabulary()["text"][key][lang]


@cache
def terms(dimension: str, lang: str) -> list[tuple[str, str]]:
    """(term, code) pairs for one language, longest term first so that the longest match wins."""
    pairs = [(t, c) for c, info in vocabulary()["dimensions"][dimension]["codes"].items()
             for t in info.get("terms", {}).get(lang, [])]
    return sorted(pairs, key=lambda p: -len(p[0]))


def record_values(dimension: str, code: str) -> list[str]:
    """Values of Global Witness's record-level export that make up `code`."""
    return list(code_info(dimension, code).get("records", []))
