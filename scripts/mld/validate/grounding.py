"""Every field grounded in the text. The validator re-reads each seed at the offsets the package
gives and checks, with the same lexicon the extractor uses, that the words there name each value:

- seeds: each seed (and corrections file) is inside the package, not too large to be an article,
  and has the SHA-256 recorded in sources.csv; a source whose seed fails is named once.
- quotes: every row's quote is the seed's text at its offsets.
- evidence (evidence.csv): every field of every count and share has evidence; a span lies in the
  seed, is the words written in `text`, sits where its basis says (in the quote for `stated` and
  `shared`, before it for `context`), and names the value: the number at the value's span is that
  number and a count (not the "19" of "19%", not the "40" of "40-minute"); the country span names
  that country; a year is that year, or the relative words count to it from the published date or
  from the `reference` year; an open period ends with the named report's year, or with the year
  of the report whose worldwide total the span quotes (`report_by_total`); outcome, subgroup
  and qualifier words name those codes; `unrestricted` and `unhedged` hold only for the
  unrestricted code and `exact` (with no hedge before the number); `world_implied` only for the
  world, with no place named in the figure's clause; `report_total` only for the world, with no
  place in the clause, for the years, value and outcome of a report's worldwide total in
  vocabulary.json, unrestricted on every group; `reviewer` only for corrected or added rows,
  naming a line of the source's corrections file.
- review items: the number is written at its offsets, inside its quote.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from mld import vocab
from mld.extract.source import MAX_SEED_BYTES
from mld.lexicon import lexicon
from mld.numbers import number_at
from mld.validate import report
from mld.validate.package import safe_path

SPANLESS = {"world_implied", "report_total", "unrestricted", "unhedged", "reviewer"}
IN_QUOTE = {"stated", "shared"}
BEFORE_QUOTE = {"context"}
CLAUSE_RE = re.compile(r"[,;:()—–]")


@dataclass
class Seeds:
    texts: dict[str, str]
    published: dict[str, int | None]
    corrections: dict[str, list[dict]]   # source -> rows of its corrections file (line numbers from 2)
    corrections_name: dict[str, str]


def seeds(sources: pd.DataFrame, base: Path, file: str) -> tuple[Seeds, pd.DataFrame]:
    out = Seeds({}, {}, {}, {})
    fails = []
    for r in sources.to_dict("records"):
        sid = str(r["source_id"])
        path, why = safe_path(base, r["seed_path"], "seed_path")
        if path is None:
            fails.append(report.one(file, sid, "seed_path", "path", why))
            continue
        if not path.is_file():
            fails.append(report.one(file, sid, "seed_path", "seed_missing", f"seed file {r['seed_path']} does not exist; "
                                    "its rows cannot be checked against the text"))
            continue
        size = path.stat().st_size
        if size > MAX_SEED_BYTES:
            fails.append(report.one(file, sid, "seed_path", "size", f"seed {r['seed_path']} has {size:,} bytes, more than "
                                    f"an article can have ({MAX_SEED_BYTES:,}); not read"))
            continue
        raw = path.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        if digest != r["sha256"]:
            fails.append(report.one(file, sid, "sha256", "seed_hash", f"seed {r['seed_path']} has SHA-256 {digest[:12]}..., "
                                    f"sources.csv records {str(r['sha256'])[:12]}...: the seed was edited after the "
                                    "package was built; run `make data` to rebuild from it"))
            continue
        try:
            out.texts[sid] = raw.decode("utf-8")
        except UnicodeDecodeError:
            fails.append(report.one(file, sid, "seed_path", "encoding", f"seed {r['seed_path']} is not UTF-8"))
            continue
        m = re.match(r"(\d{4})", str(r.get("published") or ""))
        out.published[sid] = int(m.group(1)) if m else None
        cpath = r.get("corrections_path")
        if isinstance(cpath, str) and cpath:
            cp, why = safe_path(base, cpath, "corrections_path")
            if cp is None or not cp.is_file():
                fails.append(report.one(file, sid, "corrections_path", "path", why or f"{cpath} does not exist"))
                continue
            craw = cp.read_bytes() if cp.stat().st_size <= 1_000_000 else b""
            if hashlib.sha256(craw).hexdigest() != r.get("corrections_sha256"):
                fails.append(report.one(file, sid, "corrections_sha256", "seed_hash", f"{cpath} was edited after the "
                                        "package was built; run `make data`"))
                continue
            rows = list(csv.DictReader(io.StringIO(craw.decode("utf-8-sig", errors="replace"))))
            out.corrections[sid] = rows
            out.corrections_name[sid] = cpath
    return out, report.concat(fails)


def quotes(file: str, df: pd.DataFrame, seeds: Seeds, key: str = "id") -> pd.DataFrame:
    """The quote is the seed's text at its offsets."""
    df = df[df["source_id"].isin(seeds.texts)]
    if df.empty:
        return report.empty()
    texts = df["source_id"].map(seeds.texts)
    bad = pd.Series([not (qe - qs == len(q) and t.startswith(q, qs))
                     for t, qs, qe, q in zip(texts, df["quote_start"], df["quote_end"], df["quote"])],
                    index=df.index, dtype=bool)
    rows = df[bad]
    return report.failures(file, rows[key], "quote", "provenance",
                           [f"quote is not the seed's text at {r.quote_start}-{r.quote_end} "
                            + ("(it is nowhere in the seed)" if r.quote not in seeds.texts[r.source_id]
                               else "(it is in the seed, at other offsets)") for r in rows.itertuples()],
                           rows["quote"])


def sentence_bounds(file: str, df: pd.DataFrame, seeds: Seeds, sources: pd.DataFrame, key: str = "id") -> pd.DataFrame:
    """A quote is a whole sentence of its seed, as the package splits sentences (not a fragment cut
    down to the number)."""
    from mld.extract.segment import sentences
    from mld.extract.source import Source
    df = df[df["source_id"].isin(seeds.texts)]
    if df.empty:
        return report.empty()
    paths = dict(zip(sources["source_id"], sources["seed_path"]))
    bounds: dict[str, set[tuple[int, int]]] = {}
    for sid in df["source_id"].unique():
        text = seeds.texts[sid]
        body = 0
        for line in text.splitlines(keepends=True):  # `# key: value` lines are metadata, not sentences
            if not re.match(r"#\s*[\w-]+\s*:", line):
                break
            body += len(line)
        src = Source(Path(str(paths[sid])), text, {}, vocab.languages()[0], body)
        bounds[sid] = {(s.start, s.end) for s in sentences(src)}
    bad = [(k, q) for k, sid, a, b, q in zip(df[key], df["source_id"], df["quote_start"], df["quote_end"], df["quote"])
           if (int(a), int(b)) not in bounds[sid]]
    return report.failures(file, [b[0] for b in bad], "quote", "provenance",
                           "the quote is not a whole sentence of the seed (a fragment, or two sentences)",
                           [b[1] for b in bad])


def review_numbers(file: str, review: pd.DataFrame, seeds: Seeds) -> pd.DataFrame:
    df = review[review["source_id"].isin(seeds.texts)]
    out = []
    for r in df.itertuples():
        t = seeds.texts[r.source_id]
        if not (r.quote_start <= r.number_start and r.number_end <= r.quote_end and t[r.number_start:r.number_end] == r.number):
            out.append((r.id, "number", f"'{r.number}' is not the seed's text at {r.number_start}-{r.number_end} "
                                        "inside its quote", r.quote))
    if not out:
        return report.empty()
    return report.failures(file, [o[0] for o in out], "number", "provenance", [o[2] for o in out], [o[3] for o in out])


# ----------------------------------------------------------------------------- evidence

REQUIRED = {"counts": lambda: ["value", "country", "period_start", "period_end", *vocab.dimensions(), "qualifier"],
            "population_shares": lambda: ["share_percent", "country", "population"]}


FAST_BASES = {"stated", "shared", "context", "referent", "unrestricted", "unhedged"}


def evidence(file: str, ev: pd.DataFrame, rows: dict[str, pd.DataFrame], files: dict[str, str],
             seeds: Seeds) -> pd.DataFrame:
    """`rows`: counts and population_shares frames (typed). Column-wise for the common bases (a large
    package has millions of evidence rows); row by row for the rare ones."""
    out: list[pd.DataFrame] = []
    owners = pd.concat([df[["id", "source_id", "quote_start", "quote_end", "quote"]].assign(table=t)
                        for t, df in rows.items()], ignore_index=True).drop_duplicates("id").set_index("id")
    ev = ev.reset_index(drop=True)
    known = ev["id"].isin(owners.index)
    if (~known).any():
        bad = ev[~known]
        out.append(report.failures(file, bad["id"] + " " + bad["field"].astype(str) + " " + bad["basis"].astype(str),
                                   "id", "evidence", [f"evidence for '{i}', which is not a row of counts or "
                                                      "population_shares" for i in bad["id"]], bad["text"].fillna("")))
    out.append(_missing(ev[known], rows, files, seeds))
    ev = ev[known]
    o = owners.loc[ev["id"]]
    ev = ev.assign(source_id=o["source_id"].to_numpy(), table=o["table"].to_numpy(),
                   qs=o["quote_start"].to_numpy(dtype="int64"), qe=o["quote_end"].to_numpy(dtype="int64"),
                   quote=o["quote"].to_numpy())
    ev = ev[ev["source_id"].isin(seeds.texts)]   # a source whose seed failed is named once, by the seed rule
    value = pd.Series("", index=ev.index, dtype=object)
    fields = ev["field"].astype(str)
    for f in fields.unique():
        by_id = pd.concat([df.set_index("id")[f].astype(str) for df in rows.values() if f in df.columns])
        by_id = by_id[~by_id.index.duplicated()]
        m = fields == f
        value[m] = ev.loc[m, "id"].map(by_id).fillna("").to_numpy()
    ev = ev.assign(value=value)
    fast = ev[ev["basis"].astype(str).isin(FAST_BASES)]
    slow = ev[~ev.index.isin(fast.index)]
    vrows = ev[ev["field"].astype(str) == "value"].drop_duplicates("id")
    value_start = vrows.set_index("id")["start"]
    problems = _fast(fast, seeds, value_start)
    # rows read one by one (rare bases, and the candidates the column checks flagged) with what
    # they refer to: their count's other evidence and the count itself
    one_by_one = set(slow["id"]) | set(problems["id"])
    index: dict[tuple[str, str], list[dict]] = {}
    for e in ev[ev["id"].isin(one_by_one)].to_dict("records"):
        index.setdefault((str(e["id"]), str(e["field"])), []).append(e)
    records = {str(r["id"]): r for df in rows.values() for r in df[df["id"].isin(one_by_one)].to_dict("records")}
    slow_out = []
    for e in slow.to_dict("records"):
        r = records[str(e["id"])]
        msg = _check(e, e["table"], r, seeds, str(e["source_id"]), index)
        if msg:
            slow_out.append((files[e["table"]], e["id"], str(e["field"]), "grounding", msg, str(e["quote"])))
    # the fast checks flag candidates; the row-by-row check words the message (and settles edge cases)
    for e in problems.to_dict("records"):
        r = records[str(e["id"])]
        msg = _check(e, e["table"], r, seeds, str(e["source_id"]), index)
        if msg:
            slow_out.append((files[e["table"]], e["id"], str(e["field"]), "grounding", msg, str(e["quote"])))
    if slow_out:
        out.append(pd.DataFrame(slow_out, columns=report.COLUMNS))
    return report.concat(out)


def _missing(ev: pd.DataFrame, rows: dict[str, pd.DataFrame], files: dict[str, str], seeds: Seeds) -> pd.DataFrame:
    """Rows with a field that has no evidence row (counted per id; the few short ones are named)."""
    pairs = ev[["id", "field"]].astype(str).drop_duplicates()
    out = []
    for table, df in rows.items():
        df = df[df["source_id"].isin(seeds.texts)]
        need = REQUIRED[table]()
        parent = df["parent_id"].fillna("").astype(str) != "" if "parent_id" in df else pd.Series(False, index=df.index)
        wanted = pairs[pairs["field"].isin(need + ["parent_id"])]
        n = wanted.groupby("id").size().reindex(df["id"]).fillna(0).to_numpy()
        short = df[n < len(need) + parent.to_numpy().astype(int)]
        for r in short.to_dict("records"):
            fields = set(pairs.loc[pairs["id"] == r["id"], "field"])
            missing = [f for f in need + (["parent_id"] if r.get("parent_id") else []) if f not in fields]
            if missing:
                out.append((files[table], r["id"], missing[0], "grounding", f"no evidence for {', '.join(missing)}: "
                            "every field must say where in the text it comes from (evidence.csv)", r["quote"]))
    return pd.DataFrame(out, columns=report.COLUMNS) if out else report.empty()


def _fast(ev: pd.DataFrame, seeds: Seeds, value_start: pd.Series) -> pd.DataFrame:
    """The evidence rows that may be wrong, found column by column; each is then checked row by row."""
    if ev.empty:
        return ev
    basis = ev["basis"].astype(str).to_numpy()
    field = ev["field"].astype(str).to_numpy()
    spanless = np.isin(basis, list(SPANLESS))
    start = ev["start"].astype("Int64")
    end = ev["end"].astype("Int64")
    has = (start.notna() & end.notna()).to_numpy()
    bad = spanless == has           # a span where none belongs, or none where one must be
    s = start.fillna(0).to_numpy(dtype="int64")
    e = end.fillna(0).to_numpy(dtype="int64")
    lengths = ev["source_id"].map({k: len(v) for k, v in seeds.texts.items()}).to_numpy()
    bad |= has & ~((0 <= s) & (s < e) & (e <= lengths))
    words = np.full(len(ev), "", dtype=object)
    idx = np.flatnonzero(has)
    sids = ev["source_id"].to_numpy()
    words[idx] = [seeds.texts[sids[k]][s[k]:e[k]] for k in idx]
    given = ev["text"].fillna("").astype(str).to_numpy()
    bad |= has & ev["text"].notna().to_numpy() & (given != words)
    qs, qe = ev["qs"].to_numpy(), ev["qe"].to_numpy()
    bad |= has & np.isin(basis, list(IN_QUOTE)) & ~((qs <= s) & (e <= qe))
    bad |= has & np.isin(basis, list(BEFORE_QUOTE)) & (e > qs)
    bad |= has & (e > qe)
    value = ev["value"].astype(str).to_numpy()
    # population shares are few: always read row by row (their number_text, their % sign)
    bad |= np.isin(field, ["share_percent"])
    # what the words name, once per distinct (field, words)
    named = has & ~np.isin(field, ["value", "share_percent", "parent_id"])
    keys = pd.Series(list(zip(field[named], words[named])))
    ok_named = np.ones(len(ev), dtype=bool)
    if len(keys):
        lookup = {k: _accepts(*k) for k in set(keys)}
        ok_named[named] = [v in lookup[k] for k, v in zip(keys, value[named])]
    bad |= ~ok_named
    # unrestricted: the top code; unhedged: exact, and no hedge right before the number
    dims = list(vocab.dimensions())
    top = np.array([vocab.top_code(f) if f in dims else "" for f in field])
    bad |= (basis == "unrestricted") & (value != top)
    unhedged = basis == "unhedged"
    bad |= unhedged & (value != "exact")
    if unhedged.any():
        bad[unhedged] |= _hedged_before(ev[unhedged], value_start, seeds)
    # the value's own number: a count, read in its context (a prefilter; doubtful ones re-read in full)
    is_value = has & np.isin(field, ["value"])
    if is_value.any():
        bad[is_value] |= _doubtful_numbers(ev[is_value], words[is_value], seeds)
    return ev[bad]


@lru_cache(maxsize=65536)
def _accepts(field: str, words: str) -> frozenset:
    if field in ("period_start", "period_end"):
        return frozenset([words]) if re.fullmatch(r"\d{4}", words) else frozenset()
    if field == "country":
        return _names_cached("country", words)
    if field == "qualifier":
        return _names_cached("qualifier", words)
    if field == "population":
        return _names_cached("population", words)
    if field == vocab.dimensions()[0]:
        return _names_cached("outcome", words)
    if field in vocab.dimensions():
        return _names_cached(field, words)
    return frozenset()


@lru_cache(maxsize=1)
def _hedges() -> tuple[str, ...]:
    """Every hedge phrase of every language, lower case, longest first."""
    return tuple(sorted({" ".join(t.lower().split()) for lang in vocab.languages()
                         for ts in lexicon(lang).data["terms"]["qualifier"].values() for t in ts}, key=len, reverse=True))


def _hedged_before(ev: pd.DataFrame, value_start: pd.Series, seeds: Seeds) -> np.ndarray:
    """For unhedged qualifiers: a hedge phrase ends right before the count's number (white space
    only between them). Only rows whose word before the number ends some hedge are read in full."""
    vs = value_start.reindex(ev["id"]).to_numpy()
    hedges = _hedges()
    last_words = {h.split()[-1] for h in hedges}
    sids = ev["source_id"].to_numpy()
    before = [seeds.texts[sid][max(0, int(a) - 40):int(a)] if pd.notna(a) else "" for sid, a in zip(sids, vs)]
    last = [(b.rsplit(None, 1) or [""])[-1].lower() for b in before]
    out = np.zeros(len(ev), dtype=bool)
    for k in [k for k, w in enumerate(last) if w in last_words]:
        b = " ".join(before[k].lower().split())
        for h in hedges:
            if b.endswith(h) and (len(b) == len(h) or not b[-len(h) - 1].isalnum()):
                out[k] = True
                break
    return out


def _doubtful_numbers(ev: pd.DataFrame, words: np.ndarray, seeds: Seeds) -> np.ndarray:
    """Plain digits equal to the value, not a year, followed by a space and a word that starts no
    number kind's phrase (or by the end of a clause), preceded by no such word: a count. Anything
    else is re-read in full, in context."""
    value = ev["value"].astype(str).to_numpy()
    after_words, before_words = _loud_words()
    out = np.ones(len(ev), dtype=bool)
    for k, (sid, a, b, w, v) in enumerate(zip(ev["source_id"], ev["start"].astype("int64"), ev["end"].astype("int64"),
                                             words, value)):
        if w != v or not w.isdigit() or (len(w) == 4 and 1900 <= int(w) <= 2100):
            continue
        t = seeds.texts[sid]
        nxt = t[b:b + 1]
        if nxt == " ":
            m = _WORD.match(t, b + 1)
            if m is None or m.group(0).lower() in after_words:
                continue
        elif nxt not in ("", ";", ")", "\n") and not (nxt == "," and t[b + 1:b + 2] == " "):
            continue
        prev = t[max(0, a - 40):a].rstrip().rsplit(None, 1)
        if prev and prev[-1].rstrip(".").lower() in before_words:
            continue
        if t[max(0, a - 2):a].strip()[-1:] in ("$", "€", "£", ":"):
            continue
        out[k] = False
    return out


_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _loud_words() -> tuple[frozenset, frozenset]:
    """The words that begin a phrase after a number, or end one before it, that makes the number
    something other than a count (per cent, a week, million, months, fewer than, aged, top ...)."""
    after: set[str] = set()
    before: set[str] = set()
    for lang in vocab.languages():
        n = lexicon(lang).data["number"]
        for k in ("percent_after", "money_after", "magnitudes", "months", "time_units", "age_after",
                  "difference_after", "rate_after", "ratio_between", "date_joiners"):
            after |= {t.split()[0].lower().strip("-") for t in n[k] if t.split()}
        for k in ("money_before", "rank_before", "difference_before", "age_before", "months"):
            before |= {t.split()[-1].lower().strip(".") for t in n[k] if t.split()}
        after |= {w.lower() for w in n["ordinal_words"]}
    return frozenset(after), frozenset(before)


def _check(e: dict, table: str, r: dict, seeds: Seeds, sid: str, ev: dict) -> str:
    f, basis = str(e["field"]), str(e["basis"])
    text = seeds.texts[sid]
    start, end = e.get("start"), e.get("end")
    has_span = pd.notna(start) and pd.notna(end)
    if basis in SPANLESS:
        if has_span:
            return f"basis {basis} names no words, but the row gives offsets {start}-{end}"
    else:
        if not has_span:
            return f"basis {basis} needs the offsets of the words it rests on"
        start, end = int(str(start)), int(str(end))
        if not (0 <= start < end <= len(text)):
            return f"offsets {start}-{end} are outside the seed ({len(text)} characters)"
        words = text[start:end]
        if pd.notna(e.get("text")) and str(e.get("text")) != words:
            return f"text '{e.get('text')}' is not the seed's words at {start}-{end} ('{words[:40]}')"
        qs, qe = int(r["quote_start"]), int(r["quote_end"])
        if basis in IN_QUOTE and not (qs <= start and end <= qe):
            return f"basis {basis} puts the words in the quote, but {start}-{end} is outside {qs}-{qe}"
        if basis in BEFORE_QUOTE and end > qs:
            return f"basis context puts the words before the quote, but {start}-{end} is not before {qs}"
        if end > qe and basis not in ("report", "report_by_total"):
            return f"the words at {start}-{end} come after the quote; a figure is not read from what follows it"
    value = r.get(f)
    if f == "value" or f == "share_percent":
        if f == "share_percent" and has_span and str(r.get("number_text")) != text[start:end]:
            return f"number_text '{r.get('number_text')}' is not the number written at {start}-{end} ('{text[start:end]}')"
        return _number(text, start, end, value, "percent" if f == "share_percent" else "cardinal", sid, seeds)
    if f == "parent_id":
        return _parent(text, start, end, value, r, seeds, sid)
    if f == "country":
        return _country(basis, text, start, end, value, r, e, ev, seeds, sid)
    if f in ("period_start", "period_end"):
        return _period(basis, text, start, end, value, f, r, ev, seeds, sid)
    if f == "qualifier":
        return _qualifier(basis, text, start, end, value, r, ev, seeds, sid)
    if f == "population":
        return "" if _names(sid, seeds, "population", text[start:end]) == {value} else \
            f"'{text[start:end]}' does not name the population group {value}"
    if f in vocab.dimensions():
        return _dimension(basis, text, start, end, f, value, r, seeds, sid)
    return f"evidence for field {f} is not defined"


@lru_cache(maxsize=65536)
def _names_cached(kind: str, span: str) -> frozenset:
    """What the words name, in any of the package's languages."""
    found: set = set()
    for lang in vocab.languages():
        lex = lexicon(lang)
        if kind == "country":
            p = lex.place_of(span)
            if p is not None and p[0] in ("country", "world"):
                found.add(p[1])
        elif kind == "population":
            h = lex.population.fullmatch(span)
            if h is not None:
                found.add(h.payload)
        elif kind == "qualifier":
            q = lex.qualifier_of(span)
            if q is not None:
                found.add(q)
        elif kind == "relative":
            rel = lex.relative_of(span)
            if rel is not None:
                found.add((rel.offset, rel.basis))
        elif kind == "outcome":
            d = vocab.dimensions()[0]
            codes = {h.payload for h in lex.dimension_terms[d].finditer(span)}
            if codes:
                chain = vocab.broader_chain(d, next(iter(codes)))
                found.add(next(c for c in chain if all(vocab.contains(d, c, x) for x in codes)))
        else:
            c = lex.code_of(kind, span)
            if c is not None:
                found.add(c)
    return frozenset(found)


def _names(sid: str, seeds: Seeds, kind: str, span: str) -> frozenset:
    return _names_cached(kind, span)


def _number(text: str, start, end, value, kind: str, sid: str, seeds: Seeds) -> str:
    for lang in vocab.languages():
        n = number_at(text, start, end, lexicon(lang))
        if n is not None and n.kind == kind and n.value == float(value):
            return ""
    got = [number_at(text, start, end, lexicon(lang)) for lang in vocab.languages()]
    got_n = next((g for g in got if g is not None), None)
    if got_n is None:
        return f"the words at {start}-{end} ('{text[start:end]}') are not a number"
    if got_n.value != float(value):
        return f"the number at {start}-{end} is {got_n.text} ({got_n.value:g}), not {value}"
    return f"'{got_n.text}' at {start}-{end} is a {got_n.kind} number, not a {kind} one"


def _parent(text: str, start, end, value, r: dict, seeds: Seeds, sid: str) -> str:
    return ""  # checked with the parent row in `parent_values`


def _country(basis, text, start, end, value, r, e, ev: dict, seeds, sid) -> str:
    if basis == "report_total":
        total = vocab.report_world_total(int(r["period_start"]), int(r["period_end"]), str(r.get(vocab.dimensions()[0])))
        if total is None or str(total) != str(r.get("value")):
            return (f"basis report_total needs a report's worldwide total for {r['period_start']}-{r['period_end']} "
                    f"(vocabulary.json reports), and {r.get('value')} is not one")
        if any(str(r.get(d, vocab.top_code(d))) != vocab.top_code(d) for d in vocab.dimensions()[1:]):
            return "basis report_total holds only for a figure of all defenders (a report total has no group)"
    if basis in ("world_implied", "report_total"):
        if value != vocab.world():
            return f"basis {basis} holds only for {vocab.world()}, not {value}"
        vs = _value_span(ev, r)
        if vs is None:
            return ""
        clause = _clause(text, vs[0], vs[1], int(r["quote_start"]), int(r["quote_end"]))
        for lang in vocab.languages():
            named = [h for h in lexicon(lang).places(clause) if h.payload[0] in ("country", "region", "subnational")]
            if named:
                h = named[0]
                return f"the figure's clause names '{clause[h.start:h.end]}', so the world is not implied"
        return ""
    if basis == "reviewer":
        return _reviewer(e, r, seeds, sid)
    names = _names(sid, seeds, "country", text[start:end])
    return "" if value in names else f"'{text[start:end]}' does not name {value}" + (
        f" (it names {', '.join(sorted(names))})" if names else "")


def _period(basis, text, start, end, value, f, r, ev, seeds, sid) -> str:
    value = int(value)
    if basis == "reviewer":
        return _reviewer({"field": f, "note": _note(ev, r, f)}, r, seeds, sid)
    words = text[start:end]
    if basis in ("stated", "shared", "context", "referent"):
        return "" if words == str(value) else f"'{words}' is not the year {value}"
    if basis == "reference":
        return "" if re.fullmatch(r"\d{4}", words) else f"'{words}' is not a year to count from"
    if basis in ("published_date", "relative"):
        rels = _names(sid, seeds, "relative", words)
        if not rels:
            return f"'{words}' is not a relative year ('last year', 'el año anterior')"
        offset, frm = next(iter(rels))
        if basis == "published_date":
            year = seeds.published.get(sid)
            if year is None:
                return f"'{words}' counts from the published date, and the source has none"
            return "" if year + offset == value else f"'{words}' from the published year {year} is {year + offset}, not {value}"
        ref = [x for x in ev.get((str(r["id"]), "period_start"), []) if x["basis"] == "reference"]
        if not ref:
            return f"'{words}' counts from another year, but no `reference` row names it"
        rr = ref[0]
        ref_words = text[int(rr["start"]):int(rr["end"])]
        if not re.fullmatch(r"\d{4}", ref_words):
            return f"the reference '{ref_words}' is not a year"
        return "" if int(ref_words) + offset == value else \
            f"'{words}' from {ref_words} is {int(ref_words) + offset}, not {value}"
    if basis in ("report", "report_by_total") and f == "period_start" and str(r.get("period_start")) != str(r.get("period_end")):
        return "a report gives only the last year of a period, or the one year of a figure with no year of its own"
    if basis == "report_by_total":
        n = next((number_at(text, start, end, lexicon(lang)) for lang in vocab.languages()
                  if number_at(text, start, end, lexicon(lang)) is not None), None)
        totals = {int(rep["data_year"]) for rep in vocab.reports() if n is not None and
                  list(rep.get("world_total_period", [])) == [rep["data_year"]] * 2 and int(rep["world_total"]) == n.value}
        return "" if value in totals else \
            f"'{words}' is not the worldwide total of the report on {value} (vocabulary.json reports)"
    if basis == "report":
        for rep in vocab.reports():
            if words.lower() == rep["title"].lower():
                return "" if int(rep["data_year"]) == value else \
                    f"the report '{words}' covers {rep['data_year']}, not {value}"
        return f"'{words}' is not the title of a Global Witness report"
    return f"basis {basis} cannot give a year"


def _qualifier(basis, text, start, end, value, r, ev, seeds, sid) -> str:
    if basis == "unhedged":
        if value != "exact":
            return f"basis unhedged holds only for exact, not {value}"
        vs = _value_span(ev, r)
        if vs is None:
            return ""
        for lang in vocab.languages():
            h = lexicon(lang).qualifiers.ends_at(text, vs[0], 40)
            if h is not None and not re.search(r"[,;:.]", text[h.end:vs[0]]):
                return f"'{text[h.start:h.end]}' stands before the number: the figure is {h.payload}, not exact"
        return ""
    if basis == "reviewer":
        return _reviewer({"field": "qualifier", "note": _note(ev, r, "qualifier")}, r, seeds, sid)
    names = _names(sid, seeds, "qualifier", text[start:end])
    return "" if value in names else f"'{text[start:end]}' does not say {value}"


def _dimension(basis, text, start, end, f, value, r, seeds, sid) -> str:
    if basis == "unrestricted":
        return "" if value == vocab.top_code(f) else f"basis unrestricted holds only for {vocab.top_code(f)}, not {value}"
    if basis == "reviewer":
        return ""  # checked against the corrections file with the other reviewer rows
    kind = "outcome" if f == vocab.dimensions()[0] else f
    names = _names(sid, seeds, kind, text[start:end])
    return "" if value in names else f"'{text[start:end]}' does not name {f}={value}" + (
        f" (it names {', '.join(sorted(names))})" if names else "")


def _value_span(ev: dict, r: dict) -> tuple[int, int] | None:
    rows = ev.get((str(r["id"]), "value")) or ev.get((str(r["id"]), "share_percent")) or []
    if not rows or pd.isna(rows[0]["start"]):
        return None
    return int(rows[0]["start"]), int(rows[0]["end"])


def _note(ev: dict, r: dict, f: str) -> str:
    rows = [e for e in ev.get((str(r["id"]), f), []) if e["basis"] == "reviewer"]
    return str(rows[0]["note"]) if rows else ""


def _clause(text: str, vs: int, ve: int, qs: int, qe: int) -> str:
    left = max([m.end() for m in CLAUSE_RE.finditer(text, qs, vs)] + [qs])
    m = CLAUSE_RE.search(text, ve, qe)
    return text[left:m.start() if m else qe]


def _reviewer(e: dict, r: dict, seeds: Seeds, sid: str) -> str:
    if r.get("obtained") not in ("corrected", "added"):
        return "basis reviewer holds only for rows obtained by a correction (corrected, added)"
    m = re.match(r"(\S+) line (\d+):", str(e.get("note") or ""))
    if not m:
        return "a reviewer's value must name its corrections file and line"
    name, line = m.group(1), int(m.group(2))
    if seeds.corrections_name.get(sid) != name:
        return f"{name} is not this source's corrections file"
    rows = seeds.corrections.get(sid, [])
    if not (2 <= line < len(rows) + 2):
        return f"{name} has no line {line}"
    c = rows[line - 2]
    action = (c.get("action") or "").lower()
    if action == "fix" and c.get("field") != e.get("field"):
        return f"{name} line {line} fixes {c.get('field')}, not {e.get('field')}"
    if action not in ("fix", "add"):
        return f"{name} line {line} does not set a value ({action})"
    return ""


def parent_values(file: str, counts: pd.DataFrame, ev: pd.DataFrame, seeds: Seeds) -> pd.DataFrame:
    """A parent_id rests on the words "of the M": the number at the span is the parent's value."""
    child = counts[counts["parent_id"].notna() & (counts["parent_id"] != "") & counts["source_id"].isin(seeds.texts)]
    if child.empty:
        return report.empty()
    vals = dict(zip(counts["id"], counts["value"]))
    pe = ev[(ev["field"] == "parent_id")].set_index("id")
    out = []
    for r in child.to_dict("records"):
        if r["id"] not in pe.index or r["parent_id"] not in vals:
            continue
        e = pe.loc[r["id"]]
        e = e.iloc[0] if isinstance(e, pd.DataFrame) else e
        if pd.isna(e["start"]):
            continue
        problem = _number(seeds.texts[r["source_id"]], int(e["start"]), int(e["end"]), vals[r["parent_id"]],
                          "cardinal", r["source_id"], seeds)
        if problem:
            out.append((r["id"], f"parent {r['parent_id']} has {vals[r['parent_id']]}, but " + problem, r["quote"]))
    if not out:
        return report.empty()
    return report.failures(file, [o[0] for o in out], "parent_id", "grounding", [o[1] for o in out], [o[2] for o in out])
