"""Figures of one definition that two sources report differently. Global Witness revises past
years as it verifies cases, so these are findings listed in `revisions`, not failures; within one
source a contradiction is a validation failure."""

from __future__ import annotations

from mld import vocab


def revisions(counts: list[dict], sources: list[dict]) -> list[dict]:
    published = {s["source_id"]: str(s.get("published", "")) for s in sources}
    by_def: dict[tuple, list[dict]] = {}
    for r in counts:
        by_def.setdefault(tuple(str(r[k]) for k in vocab.key_columns()[1:]), []).append(r)
    out = []
    for key, rows in by_def.items():
        rows = sorted(rows, key=lambda r: (published.get(r["source_id"], ""), r["source_id"], r["id"]))
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                if a["source_id"] == b["source_id"] or int(a["value"]) == int(b["value"]):
                    continue
                diff = int(b["value"]) - int(a["value"])
                out.append({**dict(zip(vocab.key_columns()[1:], key)),
                            "earlier_source": a["source_id"], "earlier_id": a["id"], "earlier_value": a["value"],
                            "later_source": b["source_id"], "later_id": b["id"], "later_value": b["value"],
                            "difference": diff, "direction": "up" if diff > 0 else "down"})
    return sorted(out, key=lambda r: (r["country"], int(r["period_start"]), int(r["period_end"]), r["earlier_id"]))
