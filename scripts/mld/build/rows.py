"""Extractions as table rows: counts, shares, review items and the evidence of every field, with
stable ids."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from mld import vocab
from mld.build import ids
from mld.extract.model import Count, Evidence, Extraction, Share, Unresolved
from mld.extract.source import Source


@dataclass
class Rows:
    counts: list[dict] = field(default_factory=list)
    population_shares: list[dict] = field(default_factory=list)
    review: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)

    def extend(self, other: Rows) -> None:
        for name in ("counts", "population_shares", "review", "evidence", "sources"):
            getattr(self, name).extend(getattr(other, name))


def assign_ids(src: Source, got: Extraction) -> None:
    sid = src.source_id
    got.counts.sort(key=lambda c: (c.value_start, c.sentence.start))
    for c, i in zip(got.counts, ids.assign([ids.count_id(sid, c.values) for c in got.counts])):
        c.id = i
    for s, i in zip(got.shares, ids.assign([ids.share_id(sid, str(s.values["country"]), str(s.values["population"]))
                                             for s in got.shares])):
        s.id = i
    raw = []
    for u in got.review:
        same = [v for v in got.review if v.sentence.start == u.sentence.start and v.number_text == u.number_text]
        raw.append(ids.review_id(sid, u.sentence.text, u.number_text, same.index(u)))
    for u, i in zip(got.review, ids.assign(raw)):
        u.id = i


def evidence_row(src: Source, row_id: str, e: Evidence) -> dict:
    text = src.text[e.start:e.end] if e.start is not None and e.end is not None else ""
    return {"id": row_id, "field": e.field, "basis": e.basis, "start": e.start, "end": e.end,
            "text": text, "note": e.note}


def count_row(src: Source, c: Count) -> dict:
    row = {"id": c.id, "source_id": src.source_id, **{k: c.values[k] for k in vocab.key_columns()[1:]},
           "value": c.values["value"], "qualifier": c.values["qualifier"],
           "parent_id": c.parent.id if c.parent is not None else "", "obtained": c.obtained,
           "quote": c.sentence.text, "quote_start": c.sentence.start, "quote_end": c.sentence.end, "note": c.note}
    return row


def share_row(src: Source, s: Share) -> dict:
    return {"id": s.id, "source_id": src.source_id, **s.values,
            "quote": s.sentence.text, "quote_start": s.sentence.start, "quote_end": s.sentence.end}


def review_row(src: Source, u: Unresolved) -> dict:
    return {"id": u.id, "source_id": src.source_id, "number": u.number_text, "number_start": u.start,
            "number_end": u.end, "reason": u.reason, "quote": u.sentence.text,
            "quote_start": u.sentence.start, "quote_end": u.sentence.end}


def source_row(src: Source, root: Path, corrections: Path | None = None) -> dict:
    m = src.meta
    rel = src.path.relative_to(root).as_posix() if src.path.is_relative_to(root) else src.path.name
    row = {
        "source_id": src.source_id, "title": m.get("title", ""), "publisher": m.get("publisher", ""),
        "url": m.get("url", ""), "published": m.get("published", ""), "language": src.lang,
        "figures_origin": m.get("figures_origin", ""), "seed_path": rel,
        "sha256": hashlib.sha256(src.path.read_bytes()).hexdigest(),
        "corrections_path": "", "corrections_sha256": "",
    }
    if corrections is not None and corrections.exists():
        row["corrections_path"] = corrections.relative_to(root).as_posix() if corrections.is_relative_to(root) \
            else corrections.name
        row["corrections_sha256"] = hashlib.sha256(corrections.read_bytes()).hexdigest()
    return row


def rows_of(src: Source, got: Extraction, root: Path, corrections: Path | None = None) -> Rows:
    assign_ids(src, got)
    out = Rows()
    out.counts = [count_row(src, c) for c in got.counts]
    out.population_shares = [share_row(src, s) for s in got.shares]
    out.review = sorted((review_row(src, u) for u in got.review), key=lambda r: (r["number_start"], r["id"]))
    out.evidence = [evidence_row(src, c.id, e) for c in got.counts for e in c.evidence] + \
        [evidence_row(src, s.id, e) for s in got.shares for e in s.evidence]
    out.sources = [source_row(src, root, corrections)]
    return out
