"""Validate a copy of the package: its descriptor against the package's own definition, every table
(file-level reader, then pandera), keys, consistency and grounding. Returns the failures."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from mld import vocab
from mld.build import descriptor as definition
from mld.validate import belonging, derivation, grounding, lattice, package, reader, report, rules
from mld.validate.background import in_background

STAMP = ".build/interrupted"


BACKGROUND_BYTES = 8_000_000  # from this size of evidence.csv, the grounding runs on the second core


def validate(descriptor_path: Path) -> pd.DataFrame:
    plan = package.plan(descriptor_path)
    ev_path = plan.files.get("evidence")
    big = ev_path is not None and ev_path.is_file() and ev_path.stat().st_size > BACKGROUND_BYTES
    if not big:
        return check(plan, read_tables(plan))
    # a large package: once the other tables are read, a forked process reads the evidence and
    # grounds every field while this one checks consistency, seeds, quotes and sentences
    tables = read_tables(plan, skip={"evidence"})
    seeds = _seeds(plan, tables)
    wait = in_background(lambda: _evidence_part(plan, tables, seeds))
    here = [_rules(plan, tables), _grounding(plan, tables, seeds, evidence=False)]
    return _finish([t.failures for t in tables.values()] + here + wait())


def _evidence_part(plan: package.Plan, tables: dict[str, reader.Table], seeds) -> list[pd.DataFrame]:
    ev = read_tables(plan, skip=set(plan.files) - {"evidence"})
    return [t.failures for t in ev.values()] + [_evidence(plan, {**tables, **ev}, seeds)]


def read_tables(plan: package.Plan, skip: set[str] | frozenset = frozenset()) -> dict[str, reader.Table]:
    schemas = definition.schemas()
    return {name: reader.read(name, path, plan.labels[name], schemas[name])
            for name, path in plan.files.items() if name not in skip}


def check(plan: package.Plan, tables: dict[str, reader.Table]) -> pd.DataFrame:
    """Every rule over tables already read (the reading's failures included)."""
    return _finish([t.failures for t in tables.values()] + [_rules(plan, tables), _grounding(plan, tables)])


def _finish(parts: list[pd.DataFrame]) -> pd.DataFrame:
    fails = report.concat(parts)
    if len(fails):
        fails = fails.sort_values(["file", "row", "field", "rule"], kind="stable")
    return fails


def _labels(plan: package.Plan) -> dict[str, str]:
    return {name: plan.labels.get(name, f"data/{name}.csv") for name in definition.schemas()}


def failed_keys(tables: dict[str, reader.Table], name: str) -> frozenset | None:
    """Ids written in a table whose rows failed there (each is named once, where it fails; a rule
    elsewhere that finds it missing says nothing), or None when the table could not be read."""
    t = tables.get(name)
    if t is None or t.frame is None:
        return None
    return t.keys


def _rules(plan: package.Plan, tables: dict[str, reader.Table]) -> pd.DataFrame:
    """The descriptor's problems, keys, and the consistency rules (one lattice)."""
    schemas = definition.schemas()
    labels = _labels(plan)
    frames = {name: t.frame for name, t in tables.items()}
    out: list[pd.DataFrame] = list(plan.failures)
    out.append(rules.foreign_keys(tables, schemas, labels))
    out += [rules.date_rule(labels[name], df, definition.date_fields(name)) for name, df in frames.items()
            if df is not None and definition.date_fields(name)]
    counts, derived = frames.get("counts"), frames.get("derived_counts")
    if counts is not None:
        out += [rules.period_rule(labels["counts"], counts), rules.country_rule(labels["counts"], counts),
                rules.parent_rule(labels["counts"], counts)]
        if derived is not None:
            failed = failed_keys(tables, "counts") or frozenset()
            # a derived row whose input failed in counts.csv is not checked again (named there)
            uses_failed = derived["input_ids"].astype(str).str.split().map(lambda ids: bool(failed.intersection(ids))) \
                if failed else pd.Series(False, index=derived.index)
            out += [rules.period_rule(labels["derived_counts"], derived),
                    rules.country_rule(labels["derived_counts"], derived),
                    rules.derived_rule(labels["derived_counts"], derived[~uses_failed.astype(bool)], counts)]
            if not failed and not failed_keys(tables, "derived_counts"):
                # (a row that failed in either table is named there; the rest would follow from it)
                out.append(derivation.required(labels["derived_counts"], derived, counts))
        sets = rules.sets_table(counts, derived, labels)
        sets = sets[(sets["period_start"] <= sets["period_end"])].reset_index(drop=True)
        why = lattice.too_large(sets)
        if why:
            out.append(report.one(labels["counts"], "", "period_start", "size", why))
        elif len(sets):
            lat = lattice.Lattice(sets)
            fix_files = rules.corrections_files(frames.get("sources"))
            out += [rules.subset_rule(sets, lat, fix_files), rules.disjoint_parts_rule(sets, lat, fix_files)]
    return report.concat(out)


def _seeds(plan: package.Plan, tables: dict[str, reader.Table]):
    sources = tables["sources"].frame if "sources" in tables else None
    if sources is None:
        return None
    return grounding.seeds(sources, plan.base, _labels(plan)["sources"])


def _grounding(plan: package.Plan, tables: dict[str, reader.Table], seeds=None, evidence: bool = True) -> pd.DataFrame:
    """Seeds, quotes, sentences, review numbers and (with `evidence`) the evidence of every field."""
    labels = _labels(plan)
    frames = {name: t.frame for name, t in tables.items()}
    seeds = seeds if seeds is not None else _seeds(plan, tables)
    if seeds is None:
        return report.empty()
    seed_texts, fails = seeds
    out = [fails]
    sources = frames["sources"]
    for name in ("counts", "population_shares", "review"):
        if frames.get(name) is not None:
            out.append(grounding.quotes(labels[name], frames[name], seed_texts))
            out.append(grounding.sentence_bounds(labels[name], frames[name], seed_texts, sources))
    if frames.get("review") is not None:
        out.append(grounding.review_numbers(labels["review"], frames["review"], seed_texts))
    if evidence:
        out.append(_evidence(plan, tables, seeds))
    return report.concat(out)


def _evidence(plan: package.Plan, tables: dict[str, reader.Table], seeds) -> pd.DataFrame:
    labels = _labels(plan)
    frames = {name: t.frame for name, t in tables.items()}
    ev, counts = frames.get("evidence"), frames.get("counts")
    if ev is None or seeds is None:
        return report.empty()
    seed_texts, _ = seeds
    rows = {n: frames[n] for n in ("counts", "population_shares") if frames.get(n) is not None}
    failed = [failed_keys(tables, n) for n in ("counts", "population_shares")]
    elsewhere = None if any(f is None for f in failed) else frozenset().union(*(f for f in failed if f is not None))
    # a row whose evidence row failed in evidence.csv is not said to lack that evidence
    partial = frozenset(k[0] for k in failed_keys(tables, "evidence") or ())
    out = [grounding.evidence(labels["evidence"], ev, rows, labels, seed_texts, elsewhere, partial)]
    if counts is not None:
        out.append(grounding.parent_values(labels["counts"], counts, ev, seed_texts))
        out.append(grounding.reviewed_numbers(labels["counts"], counts, ev, seed_texts))
        if frames.get("sources") is not None:
            out.append(belonging.check(labels, counts, frames.get("population_shares"), frames.get("review"), ev,
                                       frames["sources"], seed_texts, elsewhere or frozenset()))
    return report.concat(out)


def frames(descriptor_path: Path) -> dict[str, pd.DataFrame]:
    """Typed tables of a package that has passed validation (for the charts and the README)."""
    plan = package.plan(descriptor_path)
    out = {}
    for name, t in read_tables(plan).items():
        if t.frame is None or len(t.failures):
            raise SystemExit(f"{plan.labels[name]}: not valid; run scripts/validate.py {descriptor_path}")
        out[name] = t.frame
    for d in vocab.dimensions():
        for name in ("counts", "derived_counts"):
            if name in out:
                out[name][d] = out[name][d].astype(str)
    return out
