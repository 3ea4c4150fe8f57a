"""The package's own definition: every table's Table Schema and datapackage.json.

Built from metadata.json (hand-edited: descriptions, types, constraints, keys), with only these
injected: the dimension fields and every enum (vocabulary.json and the lexicon files), the
no-formula pattern on every free-text field (declared once in metadata.json), and the version
(pyproject.toml). The validator checks any copy against this definition, not against the
descriptor it is handed.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path

from mld import paths, vocab
from mld.extract.model import BASES
from mld.release import version

EVIDENCE_FIELDS_EXTRA = ("value", "qualifier", "parent_id", "population", "share_percent")


@cache
def metadata() -> dict:
    with paths.metadata_path().open(encoding="utf-8") as f:
        return json.load(f)


def evidence_fields() -> list[str]:
    return ["value", "country", "period_start", "period_end", *vocab.dimensions(), "qualifier", "parent_id",
            "population", "share_percent"]


def _enum(source: str) -> list[str]:
    if source in ("qualifier", "population"):
        return vocab.codes(source)
    if source == "languages":
        return list(vocab.languages())
    if source == "evidence_fields":
        return evidence_fields()
    if source == "bases":
        return list(BASES)
    raise KeyError(f"metadata.json: unknown enum_from {source!r}")


def _dimension_field(d: str) -> dict:
    return {"name": d, "type": "string", "description": vocab.description(d),
            "constraints": {"required": True, "enum": vocab.codes(d)}}


def _field(spec: str | dict, shared: dict) -> list[dict]:
    if spec == "{dimensions}":
        return [_dimension_field(d) for d in vocab.dimensions()]
    name = spec if isinstance(spec, str) else spec["name"]
    base = copy.deepcopy(shared.get(name, {}))
    if isinstance(spec, dict):
        for k, v in spec.items():
            if k == "constraints":
                base.setdefault("constraints", {}).update(v)
            else:
                base[k] = copy.deepcopy(v)
    f: dict = {"name": name, "type": base.get("type", "string")}
    if "format" in base:
        f["format"] = base["format"]
    if name == "qualifier" and "description" not in base:
        base["description"] = vocab.vocabulary()["qualifier"]["description"]
    if "enum_from" in base and "description" not in base:
        base["description"] = vocab.description(base["enum_from"])
    f["description"] = base.get("description", "")
    constraints = dict(base.get("constraints", {}))
    if "enum_from" in base:
        constraints["enum"] = _enum(base["enum_from"])
    if base.get("text"):
        constraints["pattern"] = metadata()["text_pattern"]["pattern"]
    if constraints:
        f["constraints"] = constraints
    return [f]


@cache
def _schemas_json() -> str:
    meta = metadata()
    shared = meta["fields"]
    out = {}
    for name, r in meta["resources"].items():
        fields = [f for spec in r["fields"] for f in _field(spec, shared)]
        schema: dict = {"fields": fields}
        for k in ("primaryKey", "foreignKeys"):
            if k in r:
                schema[k] = copy.deepcopy(r[k])
        out[name] = schema
    return json.dumps(out)


def schemas() -> dict[str, dict]:
    """Every table's Table Schema (a fresh copy)."""
    return json.loads(_schemas_json())


def date_fields(table: str) -> list[str]:
    """The fields of a table that hold a date (`"date": true` in metadata.json): the validator checks
    that each is a real calendar date, which a pattern cannot say."""
    meta = metadata()
    out = []
    for spec in meta["resources"][table]["fields"]:
        if spec == "{dimensions}":
            continue
        name = spec if isinstance(spec, str) else spec["name"]
        if {**meta["fields"].get(name, {}), **(spec if isinstance(spec, dict) else {})}.get("date"):
            out.append(name)
    return out


def table_names() -> list[str]:
    return list(metadata()["resources"])


@cache
def _columns() -> dict[str, tuple[str, ...]]:
    return {name: tuple(f["name"] for f in s["fields"]) for name, s in schemas().items()}


def columns(table: str) -> list[str]:
    return list(_columns()[table])


def resource(name: str) -> dict:
    r = metadata()["resources"][name]
    return {
        "name": name, "path": f"data/{name}.csv", "title": r["title"], "description": r["description"],
        "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
        "encoding": "utf-8", "dialect": {"delimiter": ",", "header": True},
        "schema": schemas()[name],
    }


def descriptor(hashes: dict[str, str] | None = None) -> dict:
    """datapackage.json: the definitions, and with `hashes` (table -> SHA-256 of the file the build
    wrote) each resource's `hash`. The hashes are the build's record of what it wrote: a table that
    no longer matches was edited by hand, and `frictionless validate` says so too."""
    pkg = copy.deepcopy(metadata()["package"])
    pkg["version"] = version()
    pkg["resources"] = [resource(name) | ({"hash": f"sha256:{hashes[name]}"} if hashes and name in hashes else {})
                        for name in table_names()]
    order = ["profile", "name", "title", "description", "version", "homepage", "keywords", "licenses",
             "sources", "contributors", "resources"]
    return {k: pkg[k] for k in order if k in pkg} | {k: v for k, v in pkg.items() if k not in order}


def descriptor_text(hashes: dict[str, str] | None = None) -> str:
    return json.dumps(descriptor(hashes), indent=2, ensure_ascii=False) + "\n"


def recorded_hashes(desc_path: Path) -> dict[str, str] | None:
    """table -> SHA-256 that the last build recorded in datapackage.json; None when there is no record
    (no descriptor, or one written before the build recorded hashes)."""
    try:
        desc = json.loads(desc_path.read_text(encoding="utf-8"))
        got = {str(r["name"]): str(r["hash"]).removeprefix("sha256:") for r in desc["resources"] if "hash" in r}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return got or None
