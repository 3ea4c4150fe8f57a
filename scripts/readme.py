"""Write the generated parts of README.md: the figures table and the data dictionary.

Usage: python scripts/readme.py [--check]

Prose stays hand-written; every number and every field description between the
`<!-- BEGIN GENERATED: x -->` / `<!-- END GENERATED: x -->` markers is written here from
datapackage.json and data/, so the README cannot drift from the package (`--check` exits 1
when it has).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import atomic
import schema
import vocab

ROOT = vocab.ROOT
README = ROOT / "README.md"


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def dictionary(desc: dict) -> str:
    out = []
    for r in desc["resources"]:
        s = r["schema"]
        out += [f"### `{r['path']}`: {r['title']}", "", r["description"], ""]
        keys = [f"primary key `{', '.join(s['primaryKey'])}`"] if s.get("primaryKey") else []
        keys += [f"`{', '.join(fk['fields'])}` -> `{fk['reference']['resource'] or r['name']}."
                 f"{', '.join(fk['reference']['fields'])}`" for fk in s.get("foreignKeys", [])]
        if keys:
            out += ["Keys: " + "; ".join(keys) + ".", ""]
        out += ["| field | type | required | allowed values | description |", "|---|---|---|---|---|"]
        for f in s["fields"]:
            c = f.get("constraints", {})
            allowed = ", ".join(f"`{v}`" for v in c["enum"]) if "enum" in c else ""
            if "minimum" in c or "maximum" in c:
                allowed = f"{c.get('minimum', '')}..{c.get('maximum', '')}"
            out.append(f"| `{f['name']}` | {f['type']} | {'yes' if c.get('required') else 'no'} | "
                       f"{allowed} | {_cell(f['description'])} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def figures_table(base: Path) -> str:
    tables = schema.frames(base / "datapackage.json")
    counts, derived, shares = tables["counts"], tables["derived_counts"], tables["population_shares"]
    out = ["Reported counts (documented cases; `at_least` where the text says so):", "",
           "| id | country | period | outcome | restricted to | value | qualifier | quote |",
           "|---|---|---|---|---|---|---|---|"]
    for r in counts.itertuples():
        restricted = ", ".join(f"{d}={getattr(r, d)}" for d in vocab.DIMENSIONS[1:]
                               if getattr(r, d) != vocab.top_code(d)) or "-"
        out.append(f"| `{r.id}` | {r.country} | {_period(r)} | {r.outcome} | {restricted} | "
                   f"{r.value} | {r.qualifier} | {_cell(r.quote)} |")
    out += ["", "Derived figures (computed here, **not reported** by the source):", "",
            "| id | country | period | outcome | restricted to | value | formula |", "|---|---|---|---|---|---|---|"]
    for r in derived.itertuples():
        restricted = ", ".join(f"{d}={getattr(r, d)}" for d in vocab.DIMENSIONS[1:]
                               if getattr(r, d) != vocab.top_code(d)) or "-"
        out.append(f"| `{r.id}` | {r.country} | {_period(r)} | {r.outcome} | {restricted} | {r.value} | "
                   f"{r.method}: `{r.formula}` |")
    out += ["", "Population shares:", "", "| id | country | population | percent | quote |", "|---|---|---|---|---|"]
    for r in shares.itertuples():
        out.append(f"| `{r.id}` | {r.country} | {r.population} | {r.share_percent:g} | {_cell(r.quote)} |")
    return "\n".join(out) + "\n"


def _period(r) -> str:
    return str(r.period_start) if r.period_start == r.period_end else f"{r.period_start}-{r.period_end}"


def render(text: str, blocks: dict[str, str]) -> str:
    for name, body in blocks.items():
        rx: re.Pattern[str] = re.compile(rf"(<!-- BEGIN GENERATED: {name} -->\n).*?(<!-- END GENERATED: {name} -->)", re.S)
        if not rx.search(text):
            raise SystemExit(f"README.md: markers for '{name}' are missing")
        start, end = rx.search(text).span()  # type: ignore[union-attr]
        m = rx.match(text, start)
        assert m is not None
        text = text[:start] + m.group(1) + body + m.group(2) + text[end:]
    return text


def expected(descriptor: Path = ROOT / "datapackage.json") -> str:
    desc = schema.load_descriptor(descriptor)
    blocks = {"figures": figures_table(descriptor.parent), "dictionary": dictionary(desc)}
    return render(README.read_text(encoding="utf-8"), blocks)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if README.md is out of date")
    args = ap.parse_args(argv)
    new = expected()
    if args.check:
        if new != README.read_text(encoding="utf-8"):
            print("README.md is out of date with datapackage.json or data/: run `make docs`", file=sys.stderr)
            return 1
        return 0
    atomic.write_text(README, new)
    print("readme: README.md updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
