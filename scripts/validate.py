"""Validate a copy of the package: Table Schema, consistency rules and provenance.

Usage: python scripts/validate.py [datapackage.json]

Reads the tables only through the descriptor it is given, so it checks any copy. Exit 0 when
valid; otherwise exit 1 with one line per failure:
    FILE: row ROW: field FIELD: rule RULE: message | quote: "..."
"""

from __future__ import annotations

import multiprocessing as mp
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pandas as pd

import checks
import schema
import vocab
from lattice import Lattice

T = TypeVar("T")


def in_background(fn: Callable[[], T]) -> Callable[[], T]:
    """Start `fn` in a forked process (it sees this process's data without copying it) and
    return a function that waits for its result. Without fork (Windows), run it now."""
    if "fork" not in mp.get_all_start_methods():
        result = fn()
        return lambda: result
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def child() -> None:
        try:
            send.send(("ok", fn()))
        except BaseException:
            send.send(("error", traceback.format_exc()))

    proc = ctx.Process(target=child, daemon=True)
    proc.start()
    send.close()

    def wait() -> T:
        try:
            status, value = receive.recv()
        except EOFError:
            raise RuntimeError(f"validate: the worker process died (exit code {proc.exitcode}; "
                               "out of memory?)") from None
        finally:
            proc.join()
        if status == "error":
            raise RuntimeError("validate: the consistency checks failed in the worker:\n" + value)
        return value
    return wait


def validate(descriptor_path: Path) -> pd.DataFrame:
    desc = schema.load_descriptor(descriptor_path)
    base = descriptor_path.resolve().parent
    tables = {r["name"]: schema.read_table(base, r) for r in desc.get("resources", [])}
    out = [t.failures for t in tables.values()]
    out.append(schema.foreign_keys(tables))
    counts = tables.get("counts")
    if counts is None:
        return checks.failures(str(descriptor_path), [""], "resources", "descriptor",
                               "the descriptor has no `counts` resource")
    frame = {name: t.frame for name, t in tables.items()}
    seeds: dict[str, str] = {}
    if frame.get("sources") is not None:
        seed_fails, seeds = checks.seed_rule(frame["sources"], base)
        out.append(seed_fails)
    c = frame["counts"]
    d = frame.get("derived_counts")
    if c is not None:
        out += [checks.period_rule(counts.file, c), checks.country_rule(counts.file, c),
                checks.parent_rule(c)]
        if d is not None:
            out += [checks.period_rule(tables["derived_counts"].file, d), checks.derived_rule(d, c)]
        sets = checks.sets_table(c, d)

        def consistency() -> list[pd.DataFrame]:
            lat = Lattice(sets)
            return [checks.subset_rule(sets, lat), checks.disjoint_parts_rule(sets, lat)]
        # on a large package the consistency rules run on the second core while this one checks
        # provenance; small ones are not worth a process
        wait_for_consistency = in_background(consistency) if len(sets) > 50_000 else (lambda r: lambda: r)(consistency())
        if frame.get("sources") is not None:
            out.append(checks.provenance_rule(counts.file, c[c["source_id"].isin(seeds)],
                                              frame["sources"], seeds, "value"))
        out += wait_for_consistency()
    s = frame.get("population_shares")
    if s is not None and frame.get("sources") is not None:
        out.append(checks.provenance_rule(tables["population_shares"].file, s[s["source_id"].isin(seeds)],
                                          frame["sources"], seeds, "share_percent"))
    out = [o for o in out if o is not None and len(o)]
    if not out:
        return checks.empty()
    return pd.concat(out, ignore_index=True).drop_duplicates().sort_values(["file", "row", "rule"])


def format_failure(r) -> str:
    quote = str(r.quote or "")
    quote = quote if len(quote) <= 160 else quote[:157] + "..."
    row = f"row {r.row}" if r.row else "file"
    return (f"{r.file}: {row}: field {r.field or '-'}: rule {r.rule}: {r.message}"
            + (f' | quote: "{quote}"' if quote else ""))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else vocab.ROOT / "datapackage.json"
    fails = validate(path)
    if len(fails):
        for r in fails.itertuples():
            print(format_failure(r))
        print(f"validate: {len(fails)} failure(s) in {path}", file=sys.stderr)
        return 1
    print(f"validate: {path} is valid (Table Schema, consistency and provenance rules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
