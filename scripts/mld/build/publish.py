"""Stage, validate, compare and swap in: the steps of `make data` (and of `--check`)."""

from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

from mld import atomic, vocab
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


def id_changes(old_dir: Path, new_dir: Path) -> tuple[list[str], list[str]]:
    """(lines that need --accept, lines for information) about ids that appear, disappear or
    change meaning."""
    serious, info = [], []
    for table in ("counts", "derived_counts", "population_shares"):
        old = {r["id"]: r for r in _read(old_dir / f"{table}.csv") if "id" in r}
        new = {r["id"]: r for r in _read(new_dir / f"{table}.csv") if "id" in r}
        for i in sorted(set(old) - set(new)):
            serious.append(f"{table}: {i} disappears ({_describe(old[i])})")
        for i in sorted(set(new) - set(old)):
            info.append(f"{table}: {i} is new ({_describe(new[i])})")
        for i in sorted(set(old) & set(new)):
            changed = [f for f in MEANING[table] if old[i].get(f) != new[i].get(f)]
            if changed:
                serious.append(f"{table}: {i} changes meaning: "
                               + ", ".join(f"{f} {old[i].get(f)} -> {new[i].get(f)}" for f in changed))
    return serious, info


def differences(data: Path, rebuilt: Path) -> list[str]:
    """What differs between data/ and a rebuild, row by row."""
    lines = []
    for name in descriptor.table_names():
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
            lines.append(f"data/{name}.csv: row {' '.join(k)} is missing (deleted by hand?); the seeds give it")
            shown += 1
        for k in sorted(set(o) - set(n)):
            lines.append(f"data/{name}.csv: row {' '.join(k)} is not what the seeds give (added by hand?)")
            shown += 1
        for k in sorted(set(o) & set(n)):
            for f in descriptor.columns(name):
                if o[k].get(f) != n[k].get(f):
                    lines.append(f"data/{name}.csv: row {' '.join(k)}: field {f} is '{o[k].get(f)}', the seeds give "
                                 f"'{n[k].get(f)}'")
                    shown += 1
        if not shown:
            lines.append(f"data/{name}.csv differs from a rebuild in its bytes (line ends, quoting or row order)")
    return lines


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
              "A figure the extractor misread can be dropped or fixed in seeds/NAME.corrections.csv (README).",
              file=sys.stderr)
        return 1
    data = root / "data"
    if check:
        diff = differences(data, staging / "data")
        desc = root / "datapackage.json"
        if not desc.exists() or desc.read_bytes() != (staging / "datapackage.json").read_bytes():
            diff.append("datapackage.json is not what the definitions give (edited by hand?)")
        if diff:
            print("\n".join(diff), file=sys.stderr)
            print("build_data: data/ is not what seeds/ and their corrections produce. Run `make data` to restore "
                  "it (a hand edit is lost: put corrections in seeds/NAME.corrections.csv instead).", file=sys.stderr)
            return 1
        print("build_data: data/ is what seeds/ and their corrections produce")
        return 0
    serious, info = id_changes(data, staging / "data")
    for line in info:
        print(f"build_data: {line}")
    if serious and not accept:
        print("\n".join(serious), file=sys.stderr)
        print(f"build_data: {len(serious)} figure(s) in data/ would disappear or change meaning; nothing written. "
              "Check the seeds, then run `make data ACCEPT=1` to accept.", file=sys.stderr)
        return 1
    for line in serious:
        print(f"build_data: accepted: {line}")
    same = data.exists() and not differences(data, staging / "data")
    if not same:
        old = atomic.swap_in(staging / "data", data)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    desc_text = descriptor.descriptor_text()
    if not (root / "datapackage.json").exists() or (root / "datapackage.json").read_text(encoding="utf-8") != desc_text:
        atomic.write_text(root / "datapackage.json", desc_text)
    print(f"build_data: {len(b.rows.sources)} source(s), {len(b.rows.counts)} counts, {len(b.derived)} derived, "
          f"{len(b.rows.review)} for review, {len(b.revisions)} revisions; "
          + ("data/ already up to date" if same else "data/ rebuilt"))
    return 0
