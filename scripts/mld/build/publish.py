"""Stage, validate, compare and swap in: the steps of `make data` (and of `--check`).

The build records what it wrote: each table's SHA-256, as the resource's `hash` in datapackage.json.
A table that no longer matches its record, and differs from the rebuild, was edited by hand (in a
fresh clone too, where make's stamps are gone): `make data` refuses, listing what differs row by
row, until `make data ACCEPT=1` discards the edit; `--check` reports it the same way."""

from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

from mld import atomic, tables, vocab
from mld.build import descriptor, stage
from mld.validate.report import format_line

MEANING = {"counts": ["value", "qualifier"], "derived_counts": ["value"], "population_shares": ["share_percent"]}


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    except (UnicodeDecodeError, csv.Error):
        return []


def _describe(r: dict) -> str:
    if "period_start" not in r:
        return f"{r.get('country', '')} {r.get('population', '')} = {r.get('share_percent', '')}%"
    dims = [f"{d}={r[d]}" for d in vocab.dimensions() if d in r and r[d] != vocab.top_code(d)]
    period = r["period_start"] if r.get("period_start") == r.get("period_end") else f"{r.get('period_start')}-{r.get('period_end')}"
    v = r.get("value", r.get("share_percent", ""))
    return f"{r['country']} {period}" + (f" {', '.join(dims)}" if dims else "") + f" = {v}"


def _sources(d: Path) -> dict[str, dict]:
    return {r["source_id"]: r for r in _read(d / "sources.csv") if r.get("source_id")}


def _figures_of(d: Path, source_id: str) -> int:
    return sum(1 for t in MEANING for r in _read(d / f"{t}.csv") if r.get("source_id") == source_id)


def source_changes(old_dir: Path, new_dir: Path) -> list[str]:
    """A source whose seed is gone (or now gives another source_id), or whose corrections file is
    gone: one line each, instead of one per figure."""
    old, new = _sources(old_dir), _sources(new_dir)
    by_seed = {r.get("seed_path"): sid for sid, r in new.items()}
    out = []
    for sid, r in sorted(old.items()):
        seed = r.get("seed_path", "")
        if sid not in new:
            n = _figures_of(old_dir, sid)
            now = by_seed.get(seed)
            out.append(f"source {sid}: its seed {seed} " + (f"now gives source_id '{now}'" if now else "is gone")
                       + f"; its {n} figure(s) would disappear" + (" (they get new ids)" if now else ""))
        elif r.get("corrections_path") and not new[sid].get("corrections_path"):
            out.append(f"source {sid}: its corrections file {r['corrections_path']} is gone (renamed or deleted?); "
                       "what its lines dropped, fixed or added would be undone")
    return out


def id_changes(old_dir: Path, new_dir: Path) -> tuple[list[str], list[str]]:
    """(lines that need --accept, lines for information) about ids that appear, disappear or
    change meaning. A source that disappears is one line; a figure that comes back in a source
    whose seed is unchanged but whose corrections changed was most likely dropped by a line that
    is gone, so it needs --accept too."""
    serious, info = source_changes(old_dir, new_dir), []
    old_src, new_src = _sources(old_dir), _sources(new_dir)
    gone = set(old_src) - set(new_src)
    uncovered = {sid: new_src[sid].get("corrections_path") or old_src[sid].get("corrections_path")
                 for sid in set(old_src) & set(new_src)
                 if old_src[sid].get("sha256") == new_src[sid].get("sha256")
                 and old_src[sid].get("corrections_sha256") != new_src[sid].get("corrections_sha256")}
    for table in MEANING:
        old = {r["id"]: r for r in _read(old_dir / f"{table}.csv") if "id" in r}
        new = {r["id"]: r for r in _read(new_dir / f"{table}.csv") if "id" in r}
        for i in sorted(set(old) - set(new)):
            if old[i].get("source_id") not in gone:
                serious.append(f"{table}: {i} disappears ({_describe(old[i])})")
        for i in sorted(set(new) - set(old)):
            r = new[i]
            if table == "counts" and r.get("obtained") == "extracted" and r.get("source_id") in uncovered:
                serious.append(f"{table}: {i} reappears ({_describe(r)}): its seed is unchanged but "
                               f"{uncovered[r['source_id']]} changed; was it dropped by a line that is gone?")
            else:
                info.append(f"{table}: {i} is new ({_describe(r)})")
        for i in sorted(set(old) & set(new)):
            changed = [f for f in MEANING[table] if old[i].get(f) != new[i].get(f)]
            if changed:
                serious.append(f"{table}: {i} changes meaning: "
                               + ", ".join(f"{f} {old[i].get(f)} -> {new[i].get(f)}" for f in changed))
    return serious, info


def _owners(d: Path) -> dict[str, str]:
    """Row id -> its source, for tables whose rows name no source (evidence)."""
    return {r["id"]: r.get("source_id", "") for t in (*MEANING, "review") for r in _read(d / f"{t}.csv") if "id" in r}


def _sources_of(r: dict, owners: dict[str, str]) -> set[str]:
    found = {r[k] for k in ("source_id", "earlier_source", "later_source") if r.get(k)}
    return found or {owners.get(r.get("id", ""), "")}


def differences(data: Path, rebuilt: Path, only: set[str] | None = None) -> list[str]:
    """What differs between data/ and a rebuild, row by row (in the tables `only`, if given). A source
    whose seed is gone is one line; the rows of a source that is new in the rebuild are not listed
    (they are not something data/ lost)."""
    lines = [line for line in source_changes(data, rebuilt) if "its seed" in line]
    gone = set(_sources(data)) - set(_sources(rebuilt))
    old_sids = set(_sources(data)) | {r.get("source_id", "") for t in MEANING for r in _read(data / f"{t}.csv")}
    fresh = set(_sources(rebuilt)) - old_sids
    owners_old, owners_new = _owners(data), _owners(rebuilt)
    for name in descriptor.table_names():
        if only is not None and name not in only:
            continue
        a, b = data / f"{name}.csv", rebuilt / f"{name}.csv"
        if not a.exists():
            lines.append(f"data/{name}.csv is missing")
            continue
        if a.read_bytes() == b.read_bytes():
            continue
        old, new = _read(a), _read(b)
        key = (descriptor.schemas()[name].get("primaryKey") or [descriptor.columns(name)[0]])
        o = {tuple(r.get(k, "") for k in key): r for r in old}
        n = {tuple(r.get(k, "") for k in key): r for r in new}
        shown = 0
        for k in sorted(set(n) - set(o)):
            if _sources_of(n[k], owners_new) & fresh:
                continue
            lines.append(f"data/{name}.csv: row {' '.join(k)} is missing (deleted by hand?); the seeds give it")
            shown += 1
        for k in sorted(set(o) - set(n)):
            if _sources_of(o[k], owners_old) & gone:
                continue
            lines.append(f"data/{name}.csv: row {' '.join(k)} is not what the seeds give (added by hand?)")
            shown += 1
        for k in sorted(set(o) & set(n)):
            for f in descriptor.columns(name):
                if o[k].get(f) != n[k].get(f):
                    lines.append(f"data/{name}.csv: row {' '.join(k)}: field {f} is '{o[k].get(f)}', the seeds give "
                                 f"'{n[k].get(f)}'")
                    shown += 1
        if not shown and not (gone or fresh):
            lines.append(f"data/{name}.csv differs from a rebuild in its bytes (line ends, quoting or row order)")
    return lines


def same(data: Path, rebuilt: Path) -> bool:
    """data/ holds exactly the rebuilt tables, byte for byte."""
    return all((data / f"{t}.csv").is_file() and (data / f"{t}.csv").read_bytes() == (rebuilt / f"{t}.csv").read_bytes()
               for t in descriptor.table_names())


def hand_edits(root: Path, rebuilt: Path) -> list[str]:
    """The tables of data/ that are not what the last build wrote (their SHA-256 differs from the
    record in datapackage.json) and not what the rebuild gives, row by row. Empty when there is no
    record (a package built before the build kept one) or nothing was edited."""
    record = descriptor.recorded_hashes(root / "datapackage.json")
    if record is None:
        return []
    data = root / "data"
    touched = {t for t in descriptor.table_names() if tables.sha256(data / f"{t}.csv") != record.get(t)}
    return differences(data, rebuilt, only=touched) if touched else []


RESTORE = ("Run `make data ACCEPT=1` to restore it; a hand edit is lost, so correct a figure in its seed's "
           "corrections file instead (README: Correcting a figure).")


def _check(root: Path, staging: Path, edits: list[str]) -> int:
    """--check: is data/ what the last build wrote, and what the seeds produce now?"""
    data, new = root / "data", staging / "data"
    if edits:
        print("\n".join(edits), file=sys.stderr)
        print(f"build_data: data/ is not what the last build wrote (edited by hand?). {RESTORE}", file=sys.stderr)
        return 1
    if not same(data, new):
        if descriptor.recorded_hashes(root / "datapackage.json") is None:
            print("\n".join(differences(data, new)), file=sys.stderr)
            print(f"build_data: data/ is not what seeds/ and their corrections produce. {RESTORE}", file=sys.stderr)
            return 1
        serious, info = id_changes(data, new)
        print("\n".join(serious + info or differences(data, new)), file=sys.stderr)
        print("build_data: data/ is out of date: seeds/, their corrections or the definitions changed since the last "
              "build. Run `make data" + (" ACCEPT=1` after checking the lines above" if serious else "`")
              + " to rebuild it.", file=sys.stderr)
        return 1
    desc = root / "datapackage.json"
    if not desc.exists() or desc.read_bytes() != (staging / "datapackage.json").read_bytes():
        print("datapackage.json is not what the definitions and data/ give (edited by hand?). Run `make data` to "
              "restore it.", file=sys.stderr)
        return 1
    print("build_data: data/ is what seeds/ and their corrections produce")
    return 0


def run(root: Path, staging: Path, accept: bool, check: bool) -> int:
    b = stage.build(root)
    for n in b.notices:
        print(f"build_data: note: {n}")
    if b.errors:
        for e in b.errors:
            print(e, file=sys.stderr)
        print(f"build_data: {len(b.errors)} problem(s) in seeds/; data/ left as it was", file=sys.stderr)
        return 1
    stage.write(b, staging, root)
    from mld.validate.run import validate
    fails = validate(staging / "datapackage.json")
    if len(fails):
        for r in fails.itertuples():
            print(format_line(r).replace(str(staging) + "/", ""), file=sys.stderr)
        print(f"build_data: the rebuilt package is not valid ({len(fails)} failure(s)); data/ left as it was. "
              "A figure the extractor misread can be dropped or fixed in the corrections file a failure names "
              "(README: Correcting a figure).", file=sys.stderr)
        return 1
    data = root / "data"
    # before anything is compared or written: is data/ still what the last build wrote?
    edits = hand_edits(root, staging / "data")
    if check:
        return _check(root, staging, edits)
    if edits and not accept:
        print("\n".join(edits), file=sys.stderr)
        print("build_data: data/ is not what the last build wrote (edited by hand?); nothing written. Rebuilding "
              "loses a hand edit: correct a figure in its seed's corrections file instead (README: Correcting a "
              "figure), then run `make data ACCEPT=1` to rebuild data/.", file=sys.stderr)
        return 1
    for line in edits:
        print(f"build_data: accepted: a hand edit is discarded: {line}")
    serious, info = id_changes(data, staging / "data")
    for line in info:
        print(f"build_data: {line}")
    if serious and not accept:
        print("\n".join(serious), file=sys.stderr)
        print(f"build_data: {len(serious)} change(s) would make figures in data/ disappear, reappear or change "
              "meaning; nothing written. Check the seeds and their corrections, then run `make data ACCEPT=1` to "
              "accept.", file=sys.stderr)
        return 1
    for line in serious:
        print(f"build_data: accepted: {line}")
    unchanged = data.exists() and same(data, staging / "data")
    if not unchanged:
        old = atomic.swap_in(staging / "data", data)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    desc_text = (staging / "datapackage.json").read_text(encoding="utf-8")
    if not (root / "datapackage.json").exists() or (root / "datapackage.json").read_text(encoding="utf-8") != desc_text:
        atomic.write_text(root / "datapackage.json", desc_text)
    print(f"build_data: {len(b.rows.sources)} source(s), {len(b.rows.counts)} counts, {len(b.derived)} derived, "
          f"{len(b.rows.review)} for review, {len(b.revisions)} revisions; "
          + ("data/ already up to date" if unchanged else "data/ rebuilt"))
    return 0
