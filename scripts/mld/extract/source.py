"""Reading a seed: its text, its metadata (`NAME.meta.json` or `# key: value` lines at the top)
and its language."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from mld import vocab
from mld.lexicon import guess_language

# "https://philstar.com/headlines/2023/09/14/2296136/...": a news address's /YEAR/MONTH/(DAY/) path
# is the day the page went up; a year alone ("/noticia/2023/...") may be a section, so it is not read
ADDRESS_DATE_RE = re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])(?:/(0[1-9]|[12]\d|3[01]))?(?=/|$|[?#])")

MAX_SEED_BYTES = 5_000_000  # no article is this long; the cap keeps a hostile file from filling memory


class SourceError(Exception):
    """A seed that cannot be read as an article; the message names the file."""


@dataclass
class Source:
    path: Path
    text: str
    meta: dict
    lang: str
    body_start: int  # offset of the first character after `#` metadata lines

    @property
    def source_id(self) -> str:
        return str(self.meta["source_id"])

    @property
    def published_year(self) -> int | None:
        m = re.match(r"(\d{4})", str(self.meta.get("published", "")))
        return int(m.group(1)) if m else None


def read_source(path: Path, max_bytes: int = MAX_SEED_BYTES) -> Source:
    size = path.stat().st_size
    if size > max_bytes:
        raise SourceError(f"{path}: {size:,} bytes; a seed article is at most {max_bytes:,} bytes, so this was not read")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise SourceError(f"{path}: not UTF-8 text (byte {e.start}): {e.reason}") from None
    if "\x00" in text:
        raise SourceError(f"{path}: holds NUL bytes; this is not a text file")
    return parse_source(path, text)


def header(text: str) -> tuple[dict, int]:
    """The `# key: value` metadata lines at the top of a seed, and where its body starts after them."""
    meta: dict = {}
    body_start = 0
    for line in text.splitlines(keepends=True):
        m = re.match(r"#\s*([\w-]+)\s*:\s*(.*)", line)
        if not m:
            break
        meta[m.group(1).lower()] = m.group(2).strip()
        body_start += len(line)
    return meta, body_start


def parse_source(path: Path, text: str) -> Source:
    meta, body_start = header(text)
    meta_path = path.with_name(path.name[:-len(path.suffix)] + ".meta.json") if path.suffix else None
    if meta_path is not None and meta_path.exists():
        try:
            loaded = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise SourceError(f"{meta_path}: not valid JSON: {e}") from None
        if not isinstance(loaded, dict):
            raise SourceError(f"{meta_path}: must be a JSON object of metadata keys")
        meta.update({str(k): v for k, v in loaded.items()})
    meta.setdefault("source_id", path.stem)
    if meta.get("source-of-figures") and not meta.get("url"):
        meta["url"] = meta["source-of-figures"]
    if not meta.get("published"):
        # a passage whose header gives no date but whose address does: relative years ("last
        # year") count from the address's date, and the source row says where it was read
        m = ADDRESS_DATE_RE.search(str(meta.get("url", "")))
        if m:
            meta["published"] = "-".join(g for g in m.groups() if g)
            meta["published_from"] = "address"
    default = vocab.languages()[0]
    lang = meta.get("language") or guess_language(text[body_start:], default)
    if lang not in vocab.languages():
        lang = guess_language(text[body_start:], default)
    return Source(path, text, meta, lang, body_start)
