"""The figures the reported counts imply, labelled as derived. Two rules over the dimensions of the
vocabulary, within one source, from counts stated plainly or as minimums (a hedged figure, such as
"nearly 30", derives nothing):

- complement: a total T and a part P that differ on one dimension only, where P's code has exactly
  one sibling under T's code (Indigenous `yes` -> `no`; `killed` -> `disappeared`), give the
  sibling = T - P, unless the sibling is reported.
- sum_of_parts: parts that cover every code under a wider code and differ on nothing else
  (18 killed + 1 disappeared) give the wider count, unless it is reported.

`method_dimensions` states what a derived row's dimensions must be, given its inputs: the
validator uses it to check a derived row (one rule, written once).
"""

from __future__ import annotations

from collections.abc import Mapping

from mld import vocab
from mld.build import ids

DERIVABLE = ("exact", "at_least")


def _key(r: Mapping) -> tuple:
    return tuple(str(r[k]) for k in vocab.key_columns())


def _widenings(key: tuple, cols: list[str], dims: tuple[str, ...]):
    """For each dimension whose code in `key` has a wider code: (dimension, its position in the
    key, the wider code)."""
    for d in dims:
        pos = cols.index(d)
        chain = vocab.broader_chain(d, key[pos])
        if len(chain) >= 2:
            yield d, pos, chain[1]


def derive(counts: list[dict]) -> list[dict]:
    cols = vocab.key_columns()
    dims = vocab.dimensions()
    usable = [r for r in counts if r["qualifier"] in DERIVABLE]
    reported = {_key(r): r for r in counts}
    plain = {_key(r): r for r in usable}
    found: dict[tuple, dict] = {}
    for key, row in plain.items():
        for d, pos, wider in _widenings(key, cols, dims):
            siblings = [c for c in vocab.children(d, wider) if c != key[pos]]
            total = plain.get(key[:pos] + (wider,) + key[pos + 1:])
            if total is not None and len(siblings) == 1:
                sib = key[:pos] + (siblings[0],) + key[pos + 1:]
                if sib not in reported and sib not in found:
                    found[sib] = {"method": "complement", "value": int(total["value"]) - int(row["value"]),
                                  "inputs": [total["id"], row["id"]]}
    for key in plain:
        for d, pos, wider in _widenings(key, cols, dims):
            wide = key[:pos] + (wider,) + key[pos + 1:]
            if wide in reported or wide in found:
                continue
            parts = [plain.get(key[:pos] + (p,) + key[pos + 1:]) for p in vocab.children(d, wider)]
            if len(parts) >= 2 and all(p is not None for p in parts):
                found[wide] = {"method": "sum_of_parts", "value": sum(int(p["value"]) for p in parts if p),
                               "inputs": [p["id"] for p in parts if p]}
    rows = []
    for key, info in found.items():
        values = dict(zip(cols, key))
        op = " - " if info["method"] == "complement" else " + "
        rows.append({"id": ids.count_id(values["source_id"], values, kind="d"), **values,
                     "value": info["value"], "method": info["method"], "formula": op.join(info["inputs"]),
                     "input_ids": " ".join(info["inputs"])})
    rows.sort(key=lambda r: (r["source_id"], r["input_ids"]))
    return rows


def method_dimensions(method: str, inputs: list[Mapping]) -> dict[str, str] | str:
    """The definition (country, period, dimensions) a derived row must have, from its method and its
    inputs; or why the inputs cannot be combined that way."""
    cols = vocab.key_columns()
    keys = [_key(r) for r in inputs]
    if method == "complement":
        if len(keys) != 2:
            return "a complement has exactly two inputs: a total and its part"
        total, part = keys
        diff = [i for i, (a, b) in enumerate(zip(total, part)) if a != b]
        if len(diff) != 1 or cols[diff[0]] not in vocab.dimensions():
            return "a complement's total and part must differ on exactly one dimension"
        d = cols[diff[0]]
        if vocab.broader_chain(d, part[diff[0]])[1:2] != (total[diff[0]],):
            return f"the part's {d} code ({part[diff[0]]}) is not directly inside the total's ({total[diff[0]]})"
        siblings = [c for c in vocab.children(d, total[diff[0]]) if c != part[diff[0]]]
        if len(siblings) != 1:
            return f"{part[diff[0]]} has {len(siblings)} sibling codes, so the remainder is not one code"
        return dict(zip(cols, part[:diff[0]] + (siblings[0],) + part[diff[0] + 1:]))
    if method == "sum_of_parts":
        if len(keys) < 2:
            return "a sum of parts has at least two inputs"
        changed = {i for k in keys[1:] for i, (a, b) in enumerate(zip(keys[0], k)) if a != b}
        if len(changed) != 1 or cols[next(iter(changed))] not in vocab.dimensions():
            return "the parts of a sum must differ on exactly one dimension"
        i = next(iter(changed))
        d = cols[i]
        codes = [k[i] for k in keys]
        wider = vocab.broader_chain(d, codes[0])[1:2]
        if not wider or sorted(codes) != sorted(vocab.children(d, wider[0])):
            return f"the parts' {d} codes ({', '.join(codes)}) are not every code directly inside one code"
        return dict(zip(cols, keys[0][:i] + (wider[0],) + keys[0][i + 1:]))
    return f"unknown method {method!r}"
