"""Write datapackage.json: the package's metadata and the Table Schema of every table.

Enums come from vocabulary.json, the column order from tables.py, the sources from
data/sources.csv. Usage: python scripts/descriptor.py [--data DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import atomic
import tables
import vocab

ROOT = vocab.ROOT
NO_FORMULA = "^[^=+\\-@\\t\\r][\\s\\S]*$"  # a cell starting with = + - @ runs as a spreadsheet formula
ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]*$"

DESCRIPTION = (
    "Figures from the Global Witness database of land and environmental defenders killed or "
    "disappeared, as quoted in published articles about Mexico, extracted by code with the verbatim "
    "quote each figure comes from. These are counts of documented cases: minimums, not estimates of "
    "all killings. Global Witness verifies cases against several sources and says the real number is "
    "likely higher; it also revises past years, so each figure belongs to the source it was quoted in. "
    "Breakdowns overlap (an Indigenous defender killed by police in a mining conflict is in three "
    "counts), so they do not add up to the total. Derived figures (total minus a reported part) are "
    "kept apart in derived_counts and say how they were computed."
)


def _enum(dimension: str) -> dict:
    return {"required": True, "enum": vocab.codes(dimension)}


def _field(name: str, type_: str, description: str, format: str | None = None,
           **constraints) -> dict:
    f: dict = {"name": name, "type": type_, "description": description}
    if format:
        f["format"] = format
    if type_ == "string" and "enum" not in constraints and "pattern" not in constraints:
        constraints["pattern"] = NO_FORMULA
    if constraints:
        f["constraints"] = constraints
    return f


def _dimension_fields() -> list[dict]:
    dims = vocab.vocabulary()["dimensions"]
    return [
        _field("country", "string", "ISO 3166-1 alpha-3 code of the country the count is about; "
               "WLD for a worldwide total.", required=True, pattern="^[A-Z]{3}$"),
        _field("period_start", "integer", "First year of the period the count covers.",
               required=True, minimum=1900, maximum=2100),
        _field("period_end", "integer", "Last year of the period (equal to period_start for one "
               "year).", required=True, minimum=1900, maximum=2100),
        *[_field(d, "string", dims[d]["description"], **_enum(d))
          for d in vocab.DIMENSIONS],
    ]


def _id(description: str) -> dict:
    return _field("id", "string", description, required=True, unique=True, pattern=ID_PATTERN)


def _source_id() -> dict:
    return _field("source_id", "string", "The source the figure was read from (sources.csv).",
                  required=True, pattern=ID_PATTERN)


def _quote_fields(what: str) -> list[dict]:
    return [
        _field("quote", "string", f"The sentence {what} was read from, verbatim from the seed text "
               "(list bullets left out).", required=True),
        _field("quote_start", "integer", "Character offset (0-based, Unicode code points) of the "
               "quote in the seed text.", required=True, minimum=0),
        _field("quote_end", "integer", "Character offset just past the end of the quote.",
               required=True, minimum=0),
    ]


def schemas() -> dict[str, dict]:
    counts = {
        "fields": [
            _id("Identifier of the count: source id, '-c', position in the source."),
            _source_id(),
            *_dimension_fields(),
            _field("value", "integer", "Number of documented cases the source reports: a minimum, "
                   "since cases that were not documented are not counted.", required=True, minimum=0),
            _field("qualifier", "string", dict(vocab.vocabulary()["dimensions"])["qualifier"]["description"],
                   **_enum("qualifier")),
            _field("parent_id", "string", "The count this one is stated to be part of (\"17 of the "
                   "110\"); empty when the text states no such relation.", pattern=ID_PATTERN),
            *_quote_fields("the figure"),
            _field("context_quote", "string", "For a list item: the verbatim lead-in sentence whose "
                   "period, country or \"at least\" the item inherits; empty otherwise."),
            _field("note", "string", "Where the text's wording differs from what the count means, "
                   "what was recorded and why; empty otherwise."),
        ],
        "primaryKey": ["id"],
        "foreignKeys": [
            {"fields": ["parent_id"], "reference": {"resource": "", "fields": ["id"]}},
            {"fields": ["source_id"], "reference": {"resource": "sources", "fields": ["source_id"]}},
        ],
    }
    derived = {
        "fields": [
            _id("Identifier of the derived figure: source id, '-d', position."),
            _source_id(),
            *_dimension_fields(),
            _field("value", "integer", "The derived value. DERIVED, not reported: computed by the "
                   "formula from reported counts, themselves minimums, so it is not a minimum and can "
                   "be too high or too low.", required=True, minimum=0),
            _field("method", "string", "How it was derived: `complement` (a reported total minus its "
                   "reported part) or `sum_of_parts` (reported parts that partition a total).",
                   required=True, enum=["complement", "sum_of_parts"]),
            _field("formula", "string", "The computation, in count ids.", required=True),
            _field("input_ids", "string", "The reported counts used, space separated.", required=True),
        ],
        "primaryKey": ["id"],
        "foreignKeys": [
            {"fields": ["source_id"], "reference": {"resource": "sources", "fields": ["source_id"]}},
        ],
    }
    shares = {
        "fields": [
            _id("Identifier of the share: source id, '-s', position."),
            _source_id(),
            _field("country", "string", "ISO 3166-1 alpha-3 code of the country.", required=True,
                   pattern="^[A-Z]{3}$"),
            _field("population", "string", vocab.vocabulary()["dimensions"]["population"]["description"],
                   **_enum("population")),
            _field("share_percent", "number", "Share of the country's population in the group, in "
                   "percent, as the source states it (the source does not say which census or "
                   "definition; see README).", required=True, minimum=0, maximum=100),
            _field("number_text", "string", "The number as written in the quote.", required=True),
            *_quote_fields("the share"),
        ],
        "primaryKey": ["id"],
        "foreignKeys": [
            {"fields": ["source_id"], "reference": {"resource": "sources", "fields": ["source_id"]}},
        ],
    }
    sources = {
        "fields": [
            _field("source_id", "string", "Identifier of the source.", required=True, unique=True,
                   pattern=ID_PATTERN),
            _field("title", "string", "Title of the article or report."),
            _field("publisher", "string", "Who published it."),
            _field("url", "string", "Where it was published.", format="uri"),
            _field("published", "string", "Publication date as given (YYYY, YYYY-MM or YYYY-MM-DD).",
                   pattern="^\\d{4}(-\\d{2}(-\\d{2})?)?$"),
            _field("language", "string", "Language of the text.", enum=list(vocab.LANGUAGES)),
            _field("figures_origin", "string", "Where the quoted figures come from, as the text or its "
                   "metadata says."),
            _field("seed_path", "string", "Path of the seed text in this package.", required=True),
            _field("sha256", "string", "SHA-256 of the seed file's bytes; the validator refuses a seed "
                   "that does not match.", required=True, pattern="^[0-9a-f]{64}$"),
        ],
        "primaryKey": ["source_id"],
    }
    review = {
        "fields": [
            _source_id(),
            _field("number", "string", "The number as written.", required=True),
            _field("reason", "string", "Why the extractor did not record it as a count.", required=True),
            *_quote_fields("the number"),
        ],
        "foreignKeys": [
            {"fields": ["source_id"], "reference": {"resource": "sources", "fields": ["source_id"]}},
        ],
    }
    return {"counts": counts, "derived_counts": derived, "population_shares": shares,
            "sources": sources, "review": review}


RESOURCE_TEXT = {
    "counts": ("Reported counts", "One row per figure the sources report: defenders killed, "
               "disappeared, or either, in a country and period, possibly restricted to a subgroup. "
               "Documented cases, so minimums."),
    "derived_counts": ("Derived counts (not reported)", "Figures computed from reported counts, "
                       "such as non-Indigenous = total - Indigenous. Kept apart so that no one cites "
                       "them as reported."),
    "population_shares": ("Population shares", "Shares of a country's population the sources "
                          "state, for comparison with the shares of documented cases."),
    "sources": ("Sources", "The texts the figures were extracted from, with the SHA-256 of each "
                "seed file."),
    "review": ("For review", "Numbers that look like counts but that the extractor could not "
               "resolve (no country, a region, a pronoun) and so did not record."),
}


def descriptor(data_dir: Path) -> dict:
    with tables.path(data_dir, "sources").open(encoding="utf-8", newline="") as f:
        srcs = list(csv.DictReader(f))
    resources = []
    for name, schema in schemas().items():
        # field order must follow the file's header exactly
        assert [f["name"] for f in schema["fields"]] == tables.COLUMNS[name], name
        title, desc = RESOURCE_TEXT[name]
        resources.append({
            "name": name, "path": f"data/{name}.csv", "title": title, "description": desc,
            "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "dialect": {"delimiter": ",", "header": True},
            "schema": schema,
        })
    return {
        "profile": "tabular-data-package",
        "name": "mexico-land-defenders",
        "title": "Land and environmental defenders killed or disappeared in Mexico "
                 "(Global Witness figures, documented cases)",
        "description": DESCRIPTION,
        "version": "1.1.0",
        "homepage": "https://github.com/mexico-land-defenders/mexico-land-defenders",
        "keywords": ["human rights", "environmental defenders", "Mexico", "Global Witness",
                     "Indigenous peoples", "killings", "disappearances"],
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "sources": [{"title": "Global Witness, land and environmental defenders database",
                     "path": "https://globalwitness.org/en/campaigns/land-and-environmental-defenders/"}]
        + [{"title": f"{s['publisher']}: {s['title']} ({s['published']})", "path": s["url"]}
           for s in srcs],
        "contributors": [{"title": "mexico-land-defenders maintainers", "role": "author"}],
        "resources": resources,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "datapackage.json")
    args = ap.parse_args(argv)
    text = json.dumps(descriptor(args.data), indent=2, ensure_ascii=False) + "\n"
    atomic.write_text(args.out, text)
    print(f"descriptor: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
