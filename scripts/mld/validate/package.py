"""The package a copy claims to be, checked against the package's own definition.

The validator decides what to check: it knows every resource and Table Schema of this package
(mld.build.descriptor), requires them, and reports any difference in a copy's datapackage.json
(renamed, duplicated or missing resource, dropped key, enum or constraint, changed type, and any
key that changes how a file is read: encoding, format, dialect, missingValues, a field's format,
bareNumber, groupChar, decimalChar). Spec-valid ways of writing the same thing are normalised first
(a string primaryKey or foreign-key fields, `schema` given as a path, `path` as a one-item list);
a schema that is not one (fields not a list of objects, constraints or a reference not an object)
is one line, never a traceback. Every path is relative and resolves inside
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
    except OSError as e:  # a directory, a file that cannot be opened
        return None, report.one(name, "", "", "descriptor", f"cannot read the descriptor: {e.strerror or e}")
    if not isinstance(desc, dict) or not isinstance(desc.get("resources"), list):
        return None, report.one(name, "", "resources", "descriptor", "a data package descriptor needs a list of resources")
    return desc, report.empty()


def _shape(schema: dict) -> list[tuple[str, str]]:
    """What keeps a Table Schema from being one (a spec-invalid form, which a hostile copy may hold):
    (field, message) each, before anything reads it."""
    out: list[tuple[str, str]] = []
    fields = schema.get("fields")
    if not isinstance(fields, list):
        return [("fields", f"fields must be a list of field objects, not {json.dumps(fields)[:60]}")]
    for k, f in enumerate(fields):
        if not isinstance(f, dict) or not isinstance(f.get("name"), str):
            out.append(("fields", f"fields[{k}] must be an object with a name, not {json.dumps(f)[:60]}"))
        elif not isinstance(f.get("constraints", {}), dict):
            out.append((f["name"], f"constraints must be an object, not {json.dumps(f['constraints'])[:60]}"))
    pk = schema.get("primaryKey")
    if pk is not None and not _names(pk):
        out.append(("primaryKey", f"primaryKey must be a field name or a list of them, not {json.dumps(pk)[:60]}"))
    fks = schema.get("foreignKeys")
    if fks is not None and not isinstance(fks, list):
        out.append(("foreignKeys", f"foreignKeys must be a list, not {json.dumps(fks)[:60]}"))
    for k, fk in enumerate(fks if isinstance(fks, list) else []):
        ref = fk.get("reference") if isinstance(fk, dict) else None
        if not (isinstance(fk, dict) and _names(fk.get("fields")) and isinstance(ref, dict)
                and _names(ref.get("fields")) and isinstance(ref.get("resource", ""), str)):
            out.append(("foreignKeys", f"foreignKeys[{k}] must be an object with fields and a reference object "
                                       f"(resource, fields), not {json.dumps(fk)[:80]}"))
    return out


def _names(v: object) -> bool:
    return isinstance(v, str) or (isinstance(v, list) and bool(v) and all(isinstance(x, str) for x in v))


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
        shape = _shape(schema)
        if shape:
            out.failures.append(report.failures(dname, [where] * len(shape), "", "descriptor", [m for _, m in shape])
                                .assign(field=[f for f, _ in shape]))
            continue
        out.failures.append(compare(dname, name, _normalise_schema(schema), expected[name]))
        out.failures.append(reading(dname, name, r, schema))
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


# Keys that change how a file is read (Data Resource, CSV Dialect and Table Schema), with the value
# a reader takes when the key is left out: a copy may leave them out, or write the package's own
# values, but any other value makes a reader such as frictionless read other cells than this
# validator does (";" as the delimiter, "NA" as a missing value, "1,000" read as 1000).
RESOURCE_READING: dict[str, object] = {"format": "csv", "encoding": "utf-8", "compression": None}
DIALECT_DEFAULTS: dict[str, object] = {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "escapeChar": None,
                    "nullSequence": None, "skipInitialSpace": False, "header": True, "commentChar": None,
                    "caseSensitiveHeader": False}   # lineTerminator: CRLF and LF are both read
SCHEMA_READING: dict[str, object] = {"missingValues": [""]}
FIELD_READING: dict[str, object] = {"format": "default", "bareNumber": True, "groupChar": "", "decimalChar": "."}


def reading(file: str, name: str, got: dict, got_schema: dict) -> pd.DataFrame:
    """Differences in the keys that change how a table is read, one line each."""
    want = definition.resource(name)
    lines: list[tuple[str, str]] = []

    def differ(key: str, g: object, w: object) -> None:
        if _norm(g) != _norm(w):
            lines.append((key, f"{key} is {json.dumps(g)}, the package defines {json.dumps(w)}: it changes how "
                               "the file is read"))

    for k, default in RESOURCE_READING.items():
        g, w = got.get(k, default), want.get(k, default)
        if k == "encoding" and isinstance(g, str):
            g = {"utf8": "utf-8"}.get(g.lower().replace("_", "-"), g.lower())
        differ(k, g, w)
    dialect = got.get("dialect", {})
    if not isinstance(dialect, dict):
        lines.append(("dialect", f"dialect must be an object, not {json.dumps(dialect)[:60]}"))
    else:
        for k, default in DIALECT_DEFAULTS.items():
            g, w = dialect.get(k, default), want.get("dialect", {}).get(k, default)
            if _norm(g) != _norm(w):
                lines.append(("dialect", f"dialect {k} is {json.dumps(g)}, the package defines {json.dumps(w)}: "
                                         "it changes how the file is read"))
    want_schema = definition.schemas()[name]
    for k, default in SCHEMA_READING.items():
        differ(k, got_schema.get(k, default), want_schema.get(k, default))
    wf = {f["name"]: f for f in want_schema["fields"]}
    for f in got_schema["fields"]:
        w = wf.get(f["name"])
        if w is None:
            continue  # named by compare
        for k, default in FIELD_READING.items():
            if _norm(f.get(k, default)) != _norm(w.get(k, default)):
                lines.append((f["name"], f"{k} is {json.dumps(f.get(k, default))}, the package defines "
                                         f"{json.dumps(w.get(k, default))}: it changes how the field is read"))
    if not lines:
        return report.empty()
    return report.failures(file, [f"resource {name}"] * len(lines), "", "descriptor",
                           [m for _, m in lines]).assign(field=[f for f, _ in lines])


def _norm(v: object) -> object:
    if v is False or v is None:
        return None
    return json.dumps(v, sort_keys=True)
