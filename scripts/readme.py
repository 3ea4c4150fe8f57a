"""Write the generated parts of README.md: the figures, the data dictionary, the evidence bases and the citation.

Usage: python scripts/readme.py [--check]

Prose stays hand-written; every number, field description and version between the
`<!-- BEGIN GENERATED: x -->` / `<!-- END GENERATED: x -->` markers is written here from
datapackage.json, data/ and pyproject.toml/CHANGELOG.md, so the README cannot drift from the
package (`--check` exits 1 when it has).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from mld import atomic, paths, release, vocab
from mld.build import descriptor

README = paths.ROOT / "README.md"


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def dictionary() -> str:
    out = []
    desc = descriptor.descriptor()
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


def _period(r) -> str:
    return str(r.period_start) if r.period_start == r.period_end else f"{r.period_start}-{r.period_end}"


def _restricted(r) -> str:
    return ", ".join(f"{d}={getattr(r, d)}" for d in vocab.dimensions()[1:] if getattr(r, d) != vocab.top_code(d)) or "-"


def figures(package: Path) -> str:
    from mld.validate.run import frames
    t = frames(package / "datapackage.json")
    counts, derived, shares = t["counts"], t["derived_counts"], t["population_shares"]
    out = [f"{len(counts)} reported counts from {len(t['sources'])} source(s), {len(derived)} derived figures, "
           f"{len(shares)} population share(s), {len(t['review'])} number(s) for review, "
           f"{len(t['revisions'])} revision(s) between sources.", "",
           "Reported counts (documented cases; the qualifier says how the text states each figure):", "",
           "| id | country | period | outcome | restricted to | value | qualifier | obtained | quote |",
           "|---|---|---|---|---|---|---|---|---|"]
    for r in counts.itertuples():
        out.append(f"| `{r.id}` | {r.country} | {_period(r)} | {r.outcome} | {_restricted(r)} | {r.value} | "
                   f"{r.qualifier} | {r.obtained} | {_cell(r.quote)} |")
    out += ["", "Derived figures (computed here, **not reported** by the source):", "",
            "| id | country | period | outcome | restricted to | value | formula |", "|---|---|---|---|---|---|---|"]
    for r in derived.itertuples():
        out.append(f"| `{r.id}` | {r.country} | {_period(r)} | {r.outcome} | {_restricted(r)} | {r.value} | "
                   f"{r.method}: `{r.formula}` |")
    out += ["", "Population shares:", "", "| id | country | population | percent | quote |", "|---|---|---|---|---|"]
    for r in shares.itertuples():
        out.append(f"| `{r.id}` | {r.country} | {r.population} | {r.share_percent:g} | {_cell(r.quote)} |")
    return "\n".join(out) + "\n"


def citation() -> str:
    return (f"mexico-land-defenders maintainers ({release.date().year}). *Land and environmental defenders killed or\n"
            f"disappeared in Mexico: Global Witness figures, documented cases* (version {release.version()},\n"
            f"{release.date().isoformat()}) [data package]. Figures: Global Witness, as reported by the sources in\n"
            "`data/sources.csv`. See `CITATION.cff`.\n")


def bases() -> str:
    from mld.extract.model import BASES
    return "\n".join(f"- `{k}`: {v}" for k, v in BASES.items()) + "\n"


def render(text: str, blocks: dict[str, str]) -> str:
    for name, body in blocks.items():
        rx = re.compile(rf"(<!-- BEGIN GENERATED: {name} -->\n).*?(<!-- END GENERATED: {name} -->)", re.S)
        m = rx.search(text)
        if m is None:
            raise SystemExit(f"README.md: the markers for '{name}' are missing")
        text = text[:m.start()] + m.group(1) + body + m.group(2) + text[m.end():]
    return text


def expected(package: Path = paths.ROOT, readme: Path = README) -> str:
    return render(readme.read_text(encoding="utf-8"),
                  {"figures": figures(package), "dictionary": dictionary(), "citation": citation(),
                   "bases": bases()})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if README.md is out of date; write nothing")
    args = ap.parse_args(argv)
    new = expected()
    if args.check:
        if new != README.read_text(encoding="utf-8"):
            print("README.md is out of date with datapackage.json, data/ or the version: run `make docs`", file=sys.stderr)
            return 1
        return 0
    atomic.write_text(README, new)
    print("readme: README.md updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
