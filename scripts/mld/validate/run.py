"""Validate a copy of the package: its descriptor against the package's own definition, every table
(file-level reader, then pandera), keys, consistency and grounding. Returns the failures."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from mld import vocab
from mld.build import descriptor as definition
from mld.validate import grounding, package, reader, report, rules
from mld.validate.lattice import Lattice

STAMP = ".build/interrupted"


def validate(descriptor_path: Path) -> pd.DataFrame:
    plan = package.plan(descriptor_path)
    return check(plan, read_tables(plan))


def read_tables(plan: package.Plan) -> dict[str, reader.Table]:
    schemas = definition.schemas()
    return {name: reader.read(name, path, plan.labels[name], schemas[name]) for name, path in plan.files.items()}


def check(plan: package.Plan, tables: dict[str, reader.Table]) -> pd.DataFrame:
    """Every rule over tables already read (the reading's failures included)."""
    schemas = definition.schemas()
    out: list[pd.DataFrame] = list(plan.failures) + [t.failures for t in tables.values()]
    labels = {name: plan.labels.get(name, f"data/{name}.csv") for name in schemas}
    frames = {name: t.frame for name, t in tables.items()}
    out.append(rules.foreign_keys(tables, schemas, labels))

    counts, derived = frames.get("counts"), frames.get("derived_counts")
    if counts is not None:
        out += [rules.period_rule(labels["counts"], counts), rules.country_rule(labels["counts"], counts),
                rules.parent_rule(labels["counts"], counts)]
        if derived is not None:
            out += [rules.period_rule(labels["derived_counts"], derived),
                    rules.country_rule(labels["derived_counts"], derived),
                    rules.derived_rule(labels["derived_counts"], derived, counts)]
        sets = rules.sets_table(counts, derived, labels)
        sets = sets[(sets["period_start"] <= sets["period_end"])].reset_index(drop=True)
        if len(sets):
            lat = Lattice(sets)
            out += [rules.subset_rule(sets, lat), rules.disjoint_parts_rule(sets, lat)]

    sources = frames.get("sources")
    if sources is not None:
        seeds, fails = grounding.seeds(sources, plan.base, labels["sources"])
        out.append(fails)
        for name in ("counts", "population_shares", "review"):
            if frames.get(name) is not None:
                out.append(grounding.quotes(labels[name], frames[name], seeds))
                out.append(grounding.sentence_bounds(labels[name], frames[name], seeds, sources))
        if frames.get("review") is not None:
            out.append(grounding.review_numbers(labels["review"], frames["review"], seeds))
        ev = frames.get("evidence")
        if ev is not None:
            rows = {n: frames[n] for n in ("counts", "population_shares") if frames.get(n) is not None}
            out.append(grounding.evidence(labels["evidence"], ev, rows, labels, seeds))
            if counts is not None:
                out.append(grounding.parent_values(labels["counts"], counts, ev, seeds))
    fails = report.concat(out)
    if len(fails):
        fails = fails.sort_values(["file", "row", "field", "rule"], kind="stable")
    return fails


def frames(descriptor_path: Path) -> dict[str, pd.DataFrame]:
    """Typed tables of a package that has passed validation (for the charts and the README)."""
    plan = package.plan(descriptor_path)
    schemas = definition.schemas()
    out = {}
    for name, path in plan.files.items():
        t = reader.read(name, path, plan.labels[name], schemas[name])
        if t.frame is None or len(t.failures):
            raise SystemExit(f"{plan.labels[name]}: not valid; run scripts/validate.py {descriptor_path}")
        out[name] = t.frame
    for d in vocab.dimensions():
        for name in ("counts", "derived_counts"):
            if name in out:
                out[name][d] = out[name][d].astype(str)
    return out
