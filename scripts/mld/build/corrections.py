"""Reviewed corrections, one file per source: seeds/NAME.corrections.csv.

A person gets an article fully right without code: add a figure the extractor missed, drop a
wrong one (or dismiss a review item), or fix one field. Every line gives a reason and the
reviewer's name or initials. Corrected and added rows go through the same validation and
grounding as extracted ones: each field's evidence is found in the text where it can be
(the number in the quote, a country or year named in its sentence or before it); a field the
text does not name rests on the reviewer (`reviewer` evidence, naming the line).

Columns: action, target, field, value, quote, number, country, period_start, period_end, one per
dimension, qualifier, reason, reviewer.
- add:  quote (words of the seed, verbatim, that contain the number), number (as written), and
        the fields (dimensions default to their unrestricted code, qualifier to `exact`).
- drop: target (a count id or a review id).
- fix:  target (a count id), field, value.
A line that no longer applies (its target is gone, its quote is not in the seed) stops the build
with a message; a line the extractor has caught up with (a fix to the value already there, an
added figure now extracted) is reported so that it can be removed.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TypeVar

import pycountry

from mld import vocab
from mld.build import ids
from mld.extract.model import Count, Evidence, Extraction
from mld.extract.segment import Sentence, sentences
from mld.extract.source import Source
from mld.lexicon import lexicon
from mld.numbers import find_numbers

ACTIONS = ("add", "drop", "fix")
P = TypeVar("P", bound=PurePath)
MAX_BYTES = 1_000_000


def columns() -> list[str]:
    return ["action", "target", "field", "value", "quote", "number", "country", "period_start", "period_end",
            *vocab.dimensions(), "qualifier", "reason", "reviewer"]


def fixable() -> list[str]:
    return ["country", "period_start", "period_end", *vocab.dimensions(), "qualifier", "value"]


@dataclass
class Outcome:
    errors: list[str] = field(default_factory=list)    # the build stops
    notices: list[str] = field(default_factory=list)   # printed; the line can be removed


SUFFIX = ".corrections.csv"


def path_for(seed: P) -> P:
    """The one place a seed's corrections are read from: seeds/NAME.txt -> seeds/NAME.corrections.csv
    (named after the seed file, not after its source_id). The build, the validator's hints and the
    README all use this."""
    return seed.with_name(seed.name[:-len(".txt")] + SUFFIX)


def read(path: Path) -> tuple[list[tuple[int, dict]], list[str]]:
    """(line number, row) for each line; or the problems that make the file unreadable."""
    name = f"seeds/{path.name}"
    if path.stat().st_size > MAX_BYTES:
        return [], [f"{name}: larger than {MAX_BYTES:,} bytes; not read"]
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        return [], [f"{name}: line {line}: not UTF-8; save it as UTF-8"]
    return parse(text, name)


def parse(text: str, name: str) -> tuple[list[tuple[int, dict]], list[str]]:
    """The lines of a corrections file's text, numbered as a person counts them in a spreadsheet
    (the header is line 1; empty lines keep their number). The validator reads the file the same way."""
    reader = csv.reader(io.StringIO(text))
    rows = list(reader)
    if not rows:
        return [], []
    header = [h.strip() for h in rows[0]]
    missing = [c for c in ("action", "reason", "reviewer") if c not in header]
    unknown = [h for h in header if h not in columns()]
    problems = []
    if missing:
        problems.append(f"{name}: line 1: missing column(s) {', '.join(missing)} (columns: {', '.join(columns())})")
    if unknown:
        problems.append(f"{name}: line 1: unknown column(s) {', '.join(unknown)} (columns: {', '.join(columns())})")
    if problems:
        return [], problems
    out = []
    for i, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            problems.append(f"{name}: line {i}: {len(cells)} cells for {len(header)} columns (a stray comma?)")
            continue
        out.append((i, {h: c.strip() for h, c in zip(header, cells)}))
    return out, problems


def strays(folder: Path, seeds: dict[Path, str]) -> list[str]:
    """A corrections file beside no seed of its name is an error: it would be ignored, and what it
    drops or fixes published as extracted. The message names the seed(s) it could belong to: one
    whose source_id is its name or prefixes its targets, one of a similar name, else every seed
    without a corrections file. `seeds`: each seed file -> its source_id ('' if unreadable)."""
    out = []
    for p in sorted(folder.glob("*" + SUFFIX)):
        if any(path_for(s) == p for s in seeds):
            continue
        stem = p.name[:-len(SUFFIX)]
        targets: list[str] = []
        if p.stat().st_size <= MAX_BYTES:
            rows, _ = parse(p.read_bytes().decode("utf-8-sig", errors="replace"), p.name)
            targets = [r.get("target", "") for _, r in rows]
        by_id = [s for s, sid in seeds.items() if sid and (sid == stem or any(
            t.startswith(f"{sid}-{k}-") for t in targets for k in "crs"))]
        stems = {s.name[:-len(".txt")]: s for s in seeds}
        by_name = [stems[n] for n in difflib.get_close_matches(stem, list(stems), n=3, cutoff=0.6)]
        could = list(dict.fromkeys(by_id + by_name)) or [s for s in seeds if not path_for(s).exists()]
        hint = "; ".join(f"seeds/{s.name}" + (f" (source_id {seeds[s]})" if seeds[s] else "")
                         + f": rename it seeds/{path_for(s).name}" for s in sorted(could))
        out.append(f"seeds/{p.name}: belongs to no seed (a corrections file is named after its seed file: "
                   f"seeds/NAME.txt -> seeds/NAME{SUFFIX}), so its lines would be lost; "
                   + (f"it could belong to {hint}" if hint else "there is no seed without one: remove it"))
    return out


def apply(src: Source, got: Extraction, path: Path) -> Outcome:
    """Apply the corrections file to one source's extraction, in place."""
    res = Outcome()
    if not path.exists():
        return res
    rows, problems = read(path)
    res.errors += problems
    name = f"seeds/{path.name}"
    from mld.build.rows import assign_ids
    assign_ids(src, got)
    added: list[tuple[Count, str]] = []
    for line, r in rows:
        where = f"{name}: line {line}"
        action = r.get("action", "").lower()
        if action not in ACTIONS:
            res.errors.append(f"{where}: field action: '{r.get('action', '')}' is not one of {', '.join(ACTIONS)}")
            continue
        if not r.get("reason") or not r.get("reviewer"):
            res.errors.append(f"{where}: every correction needs a reason and the reviewer's name or initials")
            continue
        note = f"{name} line {line}: {r['reason']} ({r['reviewer']})"
        if action == "drop":
            _drop(got, r, where, res)
        elif action == "fix":
            _fix(src, got, r, where, note, res)
        else:
            c = _add(src, got, r, where, note, res)
            if c is not None:
                added.append((c, where))
    # once every line is applied (a drop may come after the add): one number gives one figure
    for c, where in added:
        for o in got.counts:
            if o is not c and o.obtained != "added" and (o.value_start, o.value_end) == (c.value_start, c.value_end):
                res.errors.append(
                    f"{where}: the number '{src.text[c.value_start:c.value_end]}' at {c.value_start}-{c.value_end} is "
                    f"already read by the extractor as {o.id} ({reading(o.values)}); this line reads it as "
                    f"{reading(c.values)}. One number gives one figure: if the extractor's reading is wrong, drop "
                    f"{o.id} or fix its fields instead of adding; if it is right, remove this line")
    return res


def reading(values: dict[str, object]) -> str:
    """'MEX 2025 outcome=killed = 20': a figure's definition and value, for messages."""
    dims = [f"{d}={values[d]}" for d in vocab.dimensions() if values.get(d, vocab.top_code(d)) != vocab.top_code(d)]
    start, end = values["period_start"], values["period_end"]
    return f"{values['country']} {start if start == end else f'{start}-{end}'}" + (f" {', '.join(dims)}" if dims else "") \
        + f" = {values['value']}"


def _drop(got: Extraction, r: dict, where: str, res: Outcome) -> None:
    target = r.get("target", "")
    count = next((c for c in got.counts if c.id == target), None)
    if count is not None:
        got.counts.remove(count)
        for c in got.counts:
            if c.parent is count:
                c.parent = None
                c.evidence = [e for e in c.evidence if e.field != "parent_id"]
        return
    item = next((u for u in got.review if u.id == target), None)
    if item is not None:
        got.review.remove(item)
        return
    res.errors.append(f"{where}: field target: '{target}' is no longer a count or a review item of this source "
                      "(the seed or the extractor changed); check the line and update or remove it")


def _fix(src: Source, got: Extraction, r: dict, where: str, note: str, res: Outcome) -> None:
    target = r.get("target", "")
    c = next((c for c in got.counts if c.id == target), None)
    if c is None:
        res.errors.append(f"{where}: field target: '{target}' is no longer a count of this source (the seed or "
                          "the extractor changed); check the line and update or remove it")
        return
    f = r.get("field", "")
    if f not in fixable():
        res.errors.append(f"{where}: field field: '{f}' cannot be fixed (one of {', '.join(fixable())})")
        return
    value = _typed(f, r.get("value", ""), where, res)
    if value is None:
        return
    if c.values.get(f) == value:
        res.notices.append(f"{where}: {target} already has {f}={value}; the extractor reads it now, so the line "
                           "can be removed")
        return
    if f == "value":
        token = _token_in(src, c.sentence, str(r.get("value", "")), int(str(value)))
        if token is None:
            res.errors.append(f"{where}: field value: {value} is not written in the sentence of {target}")
            return
        c.value_start, c.value_end = token
        c.values["value"] = value
        c.evidence = [e for e in c.evidence if e.field != "value"] + [Evidence("value", "stated", *token)]
    else:
        c.values[f] = value
        c.evidence = [e for e in c.evidence if e.field != f] + _ground(src, c.sentence, c.value_start, f, value, note)
    c.obtained = "corrected"
    c.note = (c.note + " " if c.note else "") + f"Corrected by review ({note})."


def _add(src: Source, got: Extraction, r: dict, where: str, note: str, res: Outcome) -> Count | None:
    quote, number = r.get("quote", ""), r.get("number", "")
    if not quote or not number:
        res.errors.append(f"{where}: an added figure needs its quote (words of the seed) and its number as written")
        return None
    at = [m.start() for m in re.finditer(re.escape(quote), src.text)]
    if len(at) != 1:
        res.errors.append(f"{where}: field quote: the quote occurs {len(at)} times in the seed; "
                          + ("copy it exactly from the seed" if not at else "quote more of the sentence"))
        return None
    lex = lexicon(src.lang)
    tokens = [n for n in find_numbers(src.text[at[0]:at[0] + len(quote)], lex) if n.text == number]
    if len(tokens) != 1:
        res.errors.append(f"{where}: field number: '{number}' occurs {len(tokens)} times in the quote; "
                          "give it as written there, once")
        return None
    tok = tokens[0]
    start, end = at[0] + tok.start, at[0] + tok.end
    sent = next((s for s in sentences(src) if s.start <= start and end <= s.end), None)
    if sent is None:
        res.errors.append(f"{where}: field quote: the number is not inside a sentence of the seed")
        return None
    values: dict[str, object] = {"value": int(tok.value)}
    for f in ("country", "period_start", "period_end", *vocab.dimensions(), "qualifier"):
        raw = r.get(f, "")
        if not raw:
            if f in vocab.dimensions()[1:]:
                raw = vocab.top_code(f)
            elif f == "qualifier":
                raw = "exact"
            else:
                res.errors.append(f"{where}: field {f}: an added figure needs its {f}")
                return None
        v = _typed(f, raw, where, res)
        if v is None:
            return None
        values[f] = v
    evidence = [Evidence("value", "stated", start, end)]
    for f in ("country", "period_start", "period_end", *vocab.dimensions(), "qualifier"):
        evidence += _ground(src, sent, start, f, values[f], note)
    c = Count(values, sent, start, end, evidence, obtained="added", note=f"Added by review ({note}).")
    c.id = ids.count_id(src.source_id, values)
    same = next((o for o in got.counts if o.id == c.id), None)
    if same is not None and same.values["value"] == c.values["value"]:
        res.notices.append(f"{where}: the extractor now finds this figure ({same.id}); the line can be removed")
        return None
    got.counts.append(c)
    # the item in review that this figure resolves leaves review.csv
    got.review = [u for u in got.review if not (u.start == start and u.end == end)]
    return c


def _typed(f: str, raw: str, where: str, res: Outcome) -> object | None:
    if f in ("period_start", "period_end", "value"):
        if not re.fullmatch(r"\d{1,4}", raw):
            res.errors.append(f"{where}: field {f}: '{raw}' is not a whole number")
            return None
        v = int(raw)
        if f != "value" and not 1900 <= v <= 2100:
            res.errors.append(f"{where}: field {f}: {v} is not a year between 1900 and 2100")
            return None
        return v
    if f == "country":
        known = {c.alpha_3 for c in pycountry.countries} | {vocab.world()}
        if raw not in known:
            res.errors.append(f"{where}: field country: '{raw}' is not an ISO 3166-1 alpha-3 code nor {vocab.world()}")
            return None
        return raw
    allowed = vocab.codes(f)
    if raw not in allowed:
        res.errors.append(f"{where}: field {f}: '{raw}' is not one of {', '.join(allowed)}")
        return None
    return raw


def _token_in(src: Source, sent: Sentence, written: str, value: int) -> tuple[int, int] | None:
    for n in find_numbers(sent.text, lexicon(src.lang)):
        if int(n.value) == value and n.whole:
            return sent.start + n.start, sent.start + n.end
    return None


def _ground(src: Source, sent: Sentence, value_start: int, f: str, value: object, note: str) -> list[Evidence]:
    """Evidence for a field set by a reviewer: words of the sentence (or of the text before it) that
    name the value, if there are any; else the reviewer's line."""
    lex = lexicon(src.lang)
    text = src.text
    upto = sent.end

    def nearest(hits: list[tuple[int, int]]) -> list[Evidence]:
        inside = [h for h in hits if sent.start <= h[0] and h[1] <= sent.end]
        before = [h for h in hits if h[1] <= sent.start]
        if inside:
            h = min(inside, key=lambda h: abs(h[0] - value_start))
            return [Evidence(f, "stated", *h)]
        if before:
            return [Evidence(f, "context", *before[-1])]
        return []

    found: list[Evidence] = []
    if f == "country":
        found = nearest([(h.start, h.end) for h in lex.places(text[:upto]) if h.payload[1] == value])  # type: ignore[index]
    elif f in ("period_start", "period_end"):
        found = nearest([(m.start(), m.end()) for m in re.finditer(rf"(?<!\d){value}(?!\d)", text[:upto])])
    elif f == "qualifier":
        if value == "exact" and lex.qualifiers.ends_at(text, value_start, 40) is None:
            return [Evidence(f, "unhedged")]
        h = lex.qualifiers.ends_at(text, value_start, 40)
        if h is not None and h.payload == value:
            return [Evidence(f, "stated", h.start, h.end)]
    elif f in vocab.dimensions():
        if f != vocab.dimensions()[0] and value == vocab.top_code(f):
            return [Evidence(f, "unrestricted")]
        found = nearest([(h.start, h.end) for h in lex.dimension_terms[f].finditer(text[:upto]) if h.payload == value])
    return found or [Evidence(f, "reviewer", note=note)]
