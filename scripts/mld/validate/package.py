"""The package a copy claims to be, checked against the package's own definition.

The validator decides what to check: it knows every resource and Table Schema of this package
(mld.build.descriptor), requires them, and reports any difference in a copy's datapackage.json
(renamed, duplicated or missing resource, dropped key, enum or constraint, changed type). Spec-valid
ways of writing the same thing are normalised first (a string primaryKey or foreign-key fields,
`schema` given as a path, `path` as a one-item list). Every path is relative and resolves inside
the package folder: no `..`, no absolute path, no URL, no symlink out; nothing outside is read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pandas as pd

from mld.build import descriptor as definition
from mld.validate import report

MAX_DESCRIPTOR_BYTES = 2_000_000
CHECKED_CONSTRAINTS = ("required", "unique", "enum", "minimum", "maximum", "pattern", "minLength", "maxLength")


@dataclass
class Plan:
    """What to read: each resource's file (safe, inside the package), with the package's own schema."""
    base: Path
    files: dict[str, Path] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)   # resource -> path as written, for messages
    failures: list[pd.DataFrame] = field(default_factory=list)


def safe_path(base: Path, written: object, what: str) -> tuple[Path | None, str]:
    """`written` resolved inside `base`, or why not."""
    if not isinstance(written, str) or not written:
        return None, f"{what} must be a relative path, not {json.dumps(written)[:60]}"
    if "://" in written or written.startswith(("/", "\\")) or (len(written) > 1 and written[1] == ":"):
        return None, f"{what} '{written}' is not a relative path inside the package (URLs and absolute paths are not read)"
    parts = PurePosixPath(written.replace("\\", "/")).parts
    if ".." in parts:
        return None, f"{what} '{written}' leaves the package folder ('..'); it was not read"
    root = base.resolve()
    target = (base / written).resolve()
    if not target.is_relative_to(root):
        return None, f"{what} '{written}' resolves outside the package folder (a symlink?); it was not read"
    return target, ""


def load(path: Path) -> tuple[dict | None, pd.DataFrame]:
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as e:
        return None, report.one(name, "", "", "descriptor", f"cannot read the descriptor: {e.strerror}")
    if size > MAX_DESCRIPTOR_BYTES:
        return None, report.one(name, "", "", "descriptor", f"{size:,} bytes: far larger than this package's "
                                "descriptor can be; not read")
    try:
        desc = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as e:
        return None, report.one(name, "", "", "descriptor", f"not valid JSON: {e}")
    if not isinstance(desc, dict) or not isinstance(desc.get("resources"), list):
        return None, report.one(name, "", "resources", "descriptor", "a data package descriptor needs a list of resources")
    return desc, report.empty()


def _normalise_schema(schema: dict) -> dict:
    s = dict(schema)
    if isinstance(s.get("primaryKey"), str):
        s["primaryKey"] = [s["primaryKey"]]
    fks = []
    for fk in s.get("foreignKeys", []) or []:
        if not isinstance(fk, dict):
            fks.append(fk)
            continue
        fk = dict(fk)
        if isinstance(fk.get("fields"), str):
            fk["fields"] = [fk["fields"]]
        ref = dict(fk.get("reference") or {})
        if isinstance(ref.get("fields"), str):
            ref["fields"] = [ref["fields"]]
        ref.setdefault("resource", "")
        fk["reference"] = ref
        fks.append(fk)
    if "foreignKeys" in s:
        s["foreignKeys"] = fks
    return s


def plan(descriptor_path: Path) -> Plan:
    base = descriptor_path.resolve().parent
    out = Plan(base)
    dname = descriptor_path.name
    desc, fails = load(descriptor_path)
    out.failures.append(fails)
    if desc is None:
        return out
    expected = definition.schemas()
    seen: dict[str, int] = {}
    for i, r in enumerate(desc["resources"]):
        if not isinstance(r, dict):
            out.failures.append(report.one(dname, f"resources[{i}]", "", "descriptor", "a resource must be an object"))
            continue
        name = str(r.get("name", ""))
        seen[name] = seen.get(name, 0) + 1
        where = f"resource {name or i}"
        if seen[name] > 1:
            out.failures.append(report.one(dname, where, "name", "descriptor",
                                           f"resource '{name}' is declared {seen[name]} times; each table once"))
            continue
        if name not in expected:
            out.failures.append(report.one(dname, where, "name", "descriptor",
                                           f"'{name}' is not a table of this package (its tables: {', '.join(expected)})"))
            continue
        if "data" in r:
            out.failures.append(report.one(dname, where, "data", "descriptor",
                                           "inline data is not read: this package's tables are CSV files"))
            continue
        written = r.get("path")
        if isinstance(written, list):
            if len(written) != 1:
                out.failures.append(report.one(dname, where, "path", "descriptor",
                                               "a table split over several files is not this package's form; one file each"))
                continue
            written = written[0]
        target, why = safe_path(base, written, "path")
        if target is None:
            out.failures.append(report.one(dname, where, "path", "path", why))
            continue
        out.files[name] = target
        out.labels[name] = str(written)
        schema = r.get("schema")
        if isinstance(schema, str):
            spath, why = safe_path(base, schema, "schema")
            if spath is None:
                out.failures.append(report.one(dname, where, "schema", "path", why))
                continue
            try:
                if spath.stat().st_size > MAX_DESCRIPTOR_BYTES:
                    raise ValueError("too large to be a Table Schema")
                schema = json.loads(spath.read_text(encoding="utf-8-sig"))
            except (OSError, ValueError) as e:
                out.failures.append(report.one(dname, where, "schema", "descriptor", f"cannot read the schema {schema}: {e}"))
                continue
        if not isinstance(schema, dict):
            out.failures.append(report.one(dname, where, "schema", "descriptor", "the resource has no Table Schema"))
            continue
        out.failures.append(compare(dname, name, _normalise_schema(schema), expected[name]))
    for name in expected:
        if name not in seen:
            out.failures.append(report.one(dname, f"resource {name}", "name", "descriptor",
                                           f"the package's table '{name}' is missing from the descriptor"))
    return out


def compare(file: str, name: str, got: dict, want: dict) -> pd.DataFrame:
    """Differences between a copy's Table Schema and the package's own, one line each."""
    lines: list[tuple[str, str]] = []
    gf = {f.get("name"): f for f in got.get("fields", []) if isinstance(f, dict)}
    wf = {f["name"]: f for f in want["fields"]}
    if [f.get("name") for f in got.get("fields", []) if isinstance(f, dict)] != list(wf):
        missing = [n for n in wf if n not in gf]
        extra = [str(n) for n in gf if n not in wf]
        lines.append(("fields", "the fields differ from the package's definition"
                      + (f"; missing: {', '.join(missing)}" if missing else "")
                      + (f"; not in the definition: {', '.join(extra)}" if extra else "")
                      + ("; order differs" if not missing and not extra else "")))
    for n, w in wf.items():
        g = gf.get(n)
        if g is None:
            continue
        if g.get("type", "string") != w.get("type", "string"):
            lines.append((n, f"type is {g.get('type', 'string')!r}, the package defines {w.get('type')!r}"))
        gc, wc = g.get("constraints", {}) or {}, w.get("constraints", {})
        for c in CHECKED_CONSTRAINTS:
            if _norm(gc.get(c)) != _norm(wc.get(c)):
                if c == "enum" and isinstance(gc.get(c), list) and isinstance(wc.get(c), list):
                    miss = [v for v in wc[c] if v not in gc[c]]
                    more = [v for v in gc[c] if v not in wc[c]]
                    lines.append((n, "enum differs from the package's definition"
                                  + (f"; missing: {', '.join(map(str, miss))}" if miss else "")
                                  + (f"; added: {', '.join(map(str, more))}" if more else "")))
                else:
                    lines.append((n, f"constraint {c} is {json.dumps(gc.get(c))}, the package defines {json.dumps(wc.get(c))}"))
    for k in ("primaryKey", "foreignKeys"):
        if _norm(got.get(k)) != _norm(want.get(k)):
            lines.append((k, f"{k} is {json.dumps(got.get(k))}, the package defines {json.dumps(want.get(k))}"))
    if not lines:
        return report.empty()
    return report.failures(file, [f"resource {name}"] * len(lines), "", "descriptor",
                           [m for _, m in lines]).assign(field=[f for f, _ in lines])


def _norm(v: object) -> object:
    if v is False or v is None:
        return None
    return json.dumps(v, sort_keys=True)
