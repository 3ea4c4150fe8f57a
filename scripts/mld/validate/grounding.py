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
  of the report whose worldwide total the span quotes (`report_by_total`), or with the year of the
  report a dated text is about (`report_released`: released up to 120 days before its published
  day; the span calls it new or states its data year; or, in a year in which no listed report came
  out, a report the span calls new, which covers the year before, a year the text states), or with the
  year the text says its report covers (`report_covering`: "the annual report, covering 2025"), and a span that quotes
  a report's whole-series total gives that series' two years; outcome, subgroup
  and qualifier words name those codes; `unrestricted` and `unhedged` hold only for the
  unrestricted code and `exact` (with no hedge before the number); `world_implied` only for the
  world, with no place named in the figure's clause; `report_total` only for the world, with no
  place in the clause, for the years, value and outcome of a report's worldwide total (or its
  whole-series total) in vocabulary.json, unrestricted on every group; `main_country` only for the country the
  text is about (`mld.scope`), at its first mention, for a figure of all defenders; `reviewer` only for corrected or added rows,
  naming a line of the source's corrections file.
- review items: the number is written at its offsets, inside its quote.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath

import numpy as np
import pandas as pd

from mld import vocab
from mld.build import corrections
from mld.clauses import clause_span, joined_as_one, place_in_world_clause
from mld.extract.source import MAX_SEED_BYTES, header
from mld.lexicon import guess_language, lexicon
from mld.numbers import number_at, years_back
from mld.reports import covered_years, year_written
from mld.scope import DOMINANCE, MIN_MENTIONS, main_country
from mld.validate import report
from mld.validate.package import safe_path

SPANLESS = {"world_implied", "report_total", "unrestricted", "unhedged", "reviewer"}
IN_QUOTE = {"stated", "shared", "parent"}
BEFORE_QUOTE = {"context", "main_country"}

REPORT_ONE_YEAR = "a report gives only the last year of a period, or the one year of a figure with no year of its own"


@dataclass
class Seeds:
    texts: dict[str, str]
    published: dict[str, int | None]
    corrections: dict[str, dict[int, dict]]   # source -> line number -> row of its corrections file
    corrections_name: dict[str, str]
    paths: dict[str, str] = dataclasses.field(default_factory=dict)  # source -> seed_path as written
    languages: dict[str, str] = dataclasses.field(default_factory=dict)  # source -> its language in sources.csv
    # each seed's sentences, split once (when first asked) for every rule that reads them
    split: dict[str, list] = dataclasses.field(default_factory=dict)
    leads: dict[str, dict] = dataclasses.field(default_factory=dict)
    published_day: dict[str, str] = dataclasses.field(default_factory=dict)  # source -> its published date as written

    def sentences(self, sid: str) -> list:
        """The seed's sentences as the package splits them (the `# key: value` lines at the top
        are metadata, not sentences)."""
        if sid not in self.split:
            from mld.extract.segment import sentences
            from mld.extract.source import Source, header
            text = self.texts[sid]
            body = header(text)[1]
            # (in the seed's language: whether labelled lines are a list's items depends on its lead-in's words)
            lang = self.languages.get(sid, vocab.languages()[0])
            self.split[sid] = sentences(Source(Path(self.paths.get(sid, "")), text, {}, lang, body))
        return self.split[sid]

    def bounds(self, sid: str) -> set[tuple[int, int]]:
        return {(x.start, x.end) for x in self.sentences(sid)}

    def has_leads(self, sid: str) -> bool:
        self.lead_of(sid, -1, -1)
        return bool(self.leads[sid])

    def lead_of(self, sid: str, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) of the lead-in ("... at least:") of the list item that is this sentence."""
        if sid not in self.leads and not re.search(r":[\s\"”’»)\]]*$", self.texts[sid], re.M):
            self.leads[sid] = {}  # no line ends with a colon: no lead-in (and no need to split the text)
        if sid not in self.leads:
            self.leads[sid] = {(x.start, x.end): (x.lead.start, x.lead.end) for x in self.sentences(sid)
                               if x.lead is not None}
        return self.leads[sid].get((start, end))


def seeds(sources: pd.DataFrame, base: Path, file: str) -> tuple[Seeds, pd.DataFrame]:
    out = Seeds({}, {}, {}, {})
    fails = []
    for r in sources.to_dict("records"):
        sid = str(r["source_id"])
        out.paths[sid] = str(r["seed_path"])
        out.languages[sid] = str(r.get("language")) if str(r.get("language")) in vocab.languages() else vocab.languages()[0]
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
        if pd.notna(r.get("published")) and str(r.get("published")):
            out.published_day[sid] = str(r["published"])  # (vocab reads a release day only from a whole day)
        cpath = r.get("corrections_path")
        if isinstance(cpath, str) and cpath:
            read_at = corrections.path_for(PurePosixPath(str(r["seed_path"]))).as_posix()
            if cpath != read_at:
                fails.append(report.one(file, sid, "corrections_path", "path", f"{cpath} is not where the build reads "
                                        f"this seed's corrections ({read_at}, named after the seed file)"))
                continue
            cp, why = safe_path(base, cpath, "corrections_path")
            if cp is None or not cp.is_file():
                fails.append(report.one(file, sid, "corrections_path", "path", why or f"{cpath} does not exist"))
                continue
            craw = cp.read_bytes() if cp.stat().st_size <= 1_000_000 else b""
            if hashlib.sha256(craw).hexdigest() != r.get("corrections_sha256"):
                fails.append(report.one(file, sid, "corrections_sha256", "seed_hash", f"{cpath} was edited after the "
                                        "package was built; run `make data`"))
                continue
            lines, _ = corrections.parse(craw.decode("utf-8-sig", errors="replace"), cpath)
            out.corrections[sid] = dict(lines)
            out.corrections_name[sid] = cpath
    return out, report.concat(fails)


def _values(s: pd.Series) -> list:
    """A column as a list of Python values (iterating a pandas string column is slow)."""
    return s.to_numpy(dtype=object).tolist()


def quotes(file: str, df: pd.DataFrame, seeds: Seeds, key: str = "id") -> pd.DataFrame:
    """The quote is the seed's text at its offsets."""
    df = df[df["source_id"].isin(seeds.texts)]
    if df.empty:
        return report.empty()
    texts = [seeds.texts[s] for s in _values(df["source_id"])]
    bad = pd.Series([not (qe - qs == len(q) and t.startswith(q, qs))
                     for t, qs, qe, q in zip(texts, _values(df["quote_start"]), _values(df["quote_end"]),
                                             _values(df["quote"]))],
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
    df = df[df["source_id"].isin(seeds.texts)]
    if df.empty:
        return report.empty()
    bounds = {sid: seeds.bounds(sid) for sid in df["source_id"].unique()}
    bad = [(k, q) for k, sid, a, b, q in zip(*(_values(df[c]) for c in (key, "source_id", "quote_start", "quote_end",
                                                                          "quote")))
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
             seeds: Seeds, elsewhere: frozenset | None = frozenset(), partial: frozenset = frozenset()) -> pd.DataFrame:
    """`rows`: counts and population_shares frames (typed). Column-wise for the common bases (a large
    package has millions of evidence rows); row by row for the rare ones. `elsewhere`: ids of rows
    that failed in their own table (named there, once), or None when a table could not be read at
    all: evidence for an id not among `rows` is then not reported. `partial`: ids with an evidence
    row that failed in evidence.csv (their missing evidence is not reported again)."""
    out: list[pd.DataFrame] = []
    ev = ev.reset_index(drop=True)
    # each id once (it comes back for every field): from here on a row reaches its count, and the
    # count's cells, by integer positions instead of looking its id up again and again
    ic, ids = pd.factorize(ev["id"])
    firsts = {t: df.drop_duplicates("id") for t, df in rows.items()}  # the row a lookup by id finds
    where = {t: pd.Index(d["id"]).get_indexer(ids) for t, d in firsts.items()}  # per id, -1: not there
    owner = np.full(len(ids), -1, dtype=np.int64)  # the first table with the id, and its row there
    at = np.full(len(ids), -1, dtype=np.int64)
    for k, t in enumerate(firsts):
        take = (owner < 0) & (where[t] >= 0)
        owner[take], at[take] = k, where[t][take]
    known = (ic >= 0) & (owner[ic] >= 0)
    if elsewhere is None:
        unknown = np.zeros(len(ev), dtype=bool)
    else:
        unknown = ~known & ~ev["id"].isin(elsewhere).to_numpy()
    if unknown.any():
        # one line per id, however many fields it has evidence for
        bad = ev[unknown].groupby("id", sort=False)["field"].agg(lambda f: ", ".join(map(str, f)))
        out.append(report.failures(file, bad.index, "id", "evidence",
                                   [f"evidence for '{i}' ({f}), which is not a row of counts or population_shares"
                                    for i, f in bad.items()]))
    out.append(_missing(ev[known], ic[known], ids, {t: df[~df["id"].isin(partial)] for t, df in rows.items()}
                        if partial else rows, files, seeds))

    def owned(col: str, dtype: type = object) -> np.ndarray:
        """The owning row's cell, per id."""
        vals = np.zeros(len(ids), dtype=dtype) if dtype is not object else np.full(len(ids), None, dtype=object)
        for k, d in enumerate(firsts.values()):
            m = owner == k
            vals[m] = d[col].to_numpy(dtype=dtype)[at[m]]
        return vals

    sid = owned("source_id")
    seeded = np.array([s in seeds.texts for s in sid], dtype=bool)
    # a source whose seed failed is named once, by the seed rule
    keep = np.flatnonzero(known & seeded[np.maximum(ic, 0)])
    ev, i = ev.iloc[keep], ic[keep]
    field, fields = pd.factorize(ev["field"])
    basis, bases = pd.factorize(ev["basis"])
    # the value each row grounds: the cell of its field, from the first table that has the field and the id
    value = np.full(len(ev), "", dtype=object)
    for k, f in enumerate(fields):
        per_id = np.full(len(ids), "", dtype=object)
        found = np.zeros(len(ids), dtype=bool)
        for t, d in firsts.items():
            if f in d.columns:
                take = ~found & (where[t] >= 0)
                per_id[take] = d[f].astype(str).fillna("").to_numpy(dtype=object)[where[t][take]]
                found |= take
        m = field == k
        value[m] = per_id[i[m]]
    start_na, end_na = ev["start"].isna().to_numpy(), ev["end"].isna().to_numpy()
    start = ev["start"].fillna(0).to_numpy(dtype=np.int64)
    # where each count's number starts (its first `value` row), -1 if it has none
    vrows = np.flatnonzero(field == fields.get_indexer(["value"])[0])
    vrows = vrows[~pd.Series(i[vrows]).duplicated().to_numpy()]
    vstart = np.full(len(ids), -1, dtype=np.int64)
    vstart[i[vrows]] = np.where(start_na[vrows], -1, start[vrows])
    texts = np.array([seeds.texts.get(s, "") for s in sid], dtype=object)
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    cols = {"field": field, "basis": basis, "start": start, "end": ev["end"].fillna(0).to_numpy(dtype=np.int64),
            "has": ~(start_na | end_na), "text": ev["text"].fillna("").to_numpy(dtype=object),
            "text_given": ev["text"].notna().to_numpy(), "qs": owned("quote_start", np.int64)[i],
            "qe": owned("quote_end", np.int64)[i], "value": value, "seed": texts[i], "seed_len": lengths[i],
            "vstart": vstart[i]}
    fast_rows = np.asarray(bases.isin(list(FAST_BASES)))[basis]
    fast = np.flatnonzero(fast_rows)
    # (usually every row is of a common basis: then no copy of the columns)
    flagged = fast[_fast(cols if len(fast) == len(ev) else {k: v[fast] for k, v in cols.items()}, fields, bases)]
    slow = np.flatnonzero(~fast_rows)
    # rows read one by one (rare bases, and the candidates the column checks flagged) with what
    # they refer to: their count's other evidence and the count itself
    chosen = pd.unique(np.r_[i[slow], i[flagged]])
    one_by_one = set(ids[chosen])
    near = np.flatnonzero(np.isin(i, chosen))
    j = i[near]
    table = np.array(list(firsts), dtype=object)
    detail = ev.iloc[near].assign(source_id=sid[j], table=table[owner[j]], qs=cols["qs"][near], qe=cols["qe"][near],
                                  quote=owned("quote")[j], value=value[near])
    index: dict[tuple[str, str], list[dict]] = {}
    by_row = {}
    for pos, e in zip(near.tolist(), detail.to_dict("records")):
        index.setdefault((str(e["id"]), str(e["field"])), []).append(e)
        by_row[pos] = e
    records = {str(r["id"]): r for df in rows.values() for r in df[df["id"].isin(one_by_one)].to_dict("records")}
    slow_out = []
    # the fast checks flag candidates; the row-by-row check words the message (and settles edge cases)
    for e in [by_row[p] for p in slow.tolist()] + [by_row[p] for p in flagged.tolist()]:
        r = records[str(e["id"])]
        msg = _check(e, e["table"], r, seeds, str(e["source_id"]), index)
        if msg:
            slow_out.append((files[e["table"]], e["id"], str(e["field"]), "grounding", msg, str(e["quote"])))
    if slow_out:
        out.append(pd.DataFrame(slow_out, columns=report.COLUMNS))
    return report.concat(out)


def _missing(ev: pd.DataFrame, ic: np.ndarray, ids: pd.Index, rows: dict[str, pd.DataFrame], files: dict[str, str],
             seeds: Seeds) -> pd.DataFrame:
    """Rows with a field that has no evidence row (counted per id; the few short ones are named).
    `ic`: each evidence row's position in `ids`."""
    field, fields = pd.factorize(ev["field"])
    pair = pd.unique(ic.astype(np.int64) * max(len(fields), 1) + field)  # each (id, field) once
    pair_id, pair_field = np.divmod(pair, max(len(fields), 1))
    pairs = None
    out = []
    for table, df in rows.items():
        df = df[df["source_id"].isin(seeds.texts)]
        need = REQUIRED[table]()
        parent = df["parent_id"].fillna("").astype(str) != "" if "parent_id" in df else pd.Series(False, index=df.index)
        wanted = np.asarray(fields.isin(need + ["parent_id"]))[pair_field]
        per_id = np.bincount(pair_id[wanted], minlength=len(ids))
        pos = ids.get_indexer(df["id"])
        n = np.where(pos >= 0, per_id[np.maximum(pos, 0)], 0)
        short = df[n < len(need) + parent.to_numpy().astype(int)]
        if len(short) and pairs is None:
            pairs = ev[["id", "field"]].astype(str).drop_duplicates()
        for r in short.to_dict("records"):
            assert pairs is not None
            have = set(pairs.loc[pairs["id"] == r["id"], "field"])
            parent_named = isinstance(r.get("parent_id"), str) and r["parent_id"] != ""
            missing = [f for f in need + (["parent_id"] if parent_named else []) if f not in have]
            if missing:
                out.append((files[table], r["id"], missing[0], "grounding", f"no evidence for {', '.join(missing)}: "
                            "every field must say where in the text it comes from (evidence.csv)", r["quote"]))
    return pd.DataFrame(out, columns=report.COLUMNS) if out else report.empty()


def _fast(c: dict[str, np.ndarray], fields: pd.Index, bases: pd.Index) -> np.ndarray:
    """Which evidence rows may be wrong, found column by column; each is then checked row by row.
    `c`: the rows' columns as arrays (field and basis as codes into `fields` and `bases`; `seed`
    the seed's text, `value` the value grounded as text, `vstart` where the count's number starts)."""
    n = len(c["field"])
    if not n:
        return np.zeros(0, dtype=bool)

    def field_in(names) -> np.ndarray:
        return np.asarray(fields.isin(list(names)))[c["field"]]

    def basis_in(names) -> np.ndarray:
        return np.asarray(bases.isin(list(names)))[c["basis"]]

    has, s, e, qs, qe, value, seed = c["has"], c["start"], c["end"], c["qs"], c["qe"], c["value"], c["seed"]
    bad = basis_in(SPANLESS) == has  # a span where none belongs, or none where one must be
    bad |= has & ~((0 <= s) & (s < e) & (e <= c["seed_len"]))
    words = np.full(n, "", dtype=object)
    idx = np.flatnonzero(has)
    words[idx] = [t[a:b] for t, a, b in zip(seed[idx].tolist(), s[idx].tolist(), e[idx].tolist())]
    bad |= has & c["text_given"] & (c["text"] != words)
    bad |= has & basis_in(IN_QUOTE) & ~((qs <= s) & (e <= qe))
    bad |= has & basis_in(BEFORE_QUOTE) & (e > qs)
    bad |= has & (e > qe)
    # population shares are few: always read row by row (their number_text, their % sign)
    bad |= field_in(["share_percent"])
    # what the words name, once per distinct (field, words, value)
    named = has & ~field_in(["value", "share_percent", "parent_id"])
    if named.any():
        bad[named] |= ~_names_value(c["field"][named], fields, words[named], value[named])
    # unrestricted: the top code; unhedged: exact, and no hedge right before the number
    dims = vocab.dimensions()
    top = np.array([vocab.top_code(f) if f in dims else "" for f in fields], dtype=object)[c["field"]]
    bad |= basis_in(["unrestricted"]) & (value != top)
    unhedged = basis_in(["unhedged"])
    bad |= unhedged & (value != "exact")
    if unhedged.any():
        bad[unhedged] |= _hedged_before(seed[unhedged], c["vstart"][unhedged])
    # the value's own number: a count, read in its context (a prefilter; doubtful ones re-read in full)
    is_value = has & field_in(["value"])
    if is_value.any():
        bad[is_value] |= _doubtful_numbers(seed[is_value], s[is_value], e[is_value], words[is_value], value[is_value])
    return bad


def _names_value(field: np.ndarray, fields: pd.Index, words: np.ndarray, value: np.ndarray) -> np.ndarray:
    """Whether the words name the value (`_accepts`), asked once per distinct (field, words, value)."""
    wc, wu = pd.factorize(words)
    vc, vu = pd.factorize(value)
    nw, nv = max(len(wu), 1), max(len(vu), 1)
    inv, keys = pd.factorize((field.astype(np.int64) * nw + wc) * nv + vc)
    f, rest = np.divmod(keys, nw * nv)
    w, v = np.divmod(rest, nv)
    ok = np.array([vu[b] in _accepts(fields[a], wu[x]) for a, x, b in zip(f.tolist(), w.tolist(), v.tolist())],
                  dtype=bool)
    return ok[inv]


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


def _hedged_before(seed: np.ndarray, vstart: np.ndarray) -> np.ndarray:
    """For unhedged qualifiers: a hedge phrase ends right before the count's number (white space
    only between them; `vstart` -1: the count has no number). Only rows whose word before the
    number ends some hedge are read in full."""
    hedges = _hedges()
    last_words = {h.split()[-1] for h in hedges}
    out = np.zeros(len(seed), dtype=bool)
    for k, (t, a) in enumerate(zip(seed.tolist(), vstart.tolist())):
        if a < 0:
            continue
        before = t[max(0, a - 40):a]
        last = before.rsplit(None, 1)
        if not last or last[-1].lower() not in last_words:
            continue
        b = " ".join(before.lower().split())
        for h in hedges:
            if b.endswith(h) and (len(b) == len(h) or not b[-len(h) - 1].isalnum()):
                out[k] = True
                break
    return out


def _doubtful_numbers(seed: np.ndarray, start: np.ndarray, end: np.ndarray, words: np.ndarray,
                      value: np.ndarray) -> np.ndarray:
    """Plain digits equal to the value, not a year, followed by a space and a word that starts no
    number kind's phrase (or by the end of a clause), preceded by no such word: a count. Anything
    else is re-read in full, in context."""
    after_words, before_words = _loud_words()
    word_at = _WORD.match
    out = []
    for t, a, b, w, v in zip(seed.tolist(), start.tolist(), end.tolist(), words.tolist(), value.tolist()):
        count = w == v and w.isdigit() and not (len(w) == 4 and 1900 <= int(w) <= 2100)
        if count:
            nxt = t[b:b + 1]
            if nxt == " ":
                m = word_at(t, b + 1)
                count = m is not None and m.group(0).lower() not in after_words
            else:
                count = nxt in ("", ";", ")", "\n") or (nxt == "," and t[b + 1:b + 2] == " ")
        if count:
            prev = t[max(0, a - 40):a].rstrip().rsplit(None, 1)
            count = not (prev and prev[-1].rstrip(".").lower() in before_words) \
                and t[max(0, a - 2):a].strip()[-1:] not in ("$", "€", "£", ":")
        out.append(not count)
    return np.array(out, dtype=bool)


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
                  "difference_after", "rate_after", "ratio_between", "ratio_between_base", "date_joiners"):
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
            return f"basis {basis} puts the words before the quote, but {start}-{end} is not before {qs}"
        if end > qe and basis not in ("report", "report_by_total", "report_released", "report_covering"):
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
        return _dimension(basis, text, start, end, f, value, r, ev, seeds, sid)
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
            hits = lex.dimension_terms[d].finditer(span)
            codes = {h.payload for h in hits}
            # several outcome words name their common outcome only when joined by "or" ("killed or
            # forcibly disappeared", "murdered (13) or disappeared"); "18 killings and one
            # disappearance" names two figures' outcomes, not one
            # ... or by "and" with no number between them ("106 murders and disappearances")
            if codes and joined_as_one(span, [(h.start, h.end) for h in hits], lex):
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
        qs, qe = int(r["quote_start"]), int(r["quote_end"])
        # (in the quote's language, as the extractor guessed it for the sentence)
        named = place_in_world_clause(text, vs[0], vs[1], qs, qe, guess_language(text[qs:qe], seeds.languages.get(sid, vocab.languages()[0])))
        if named is not None:
            return f"the figure's clause names '{named}', so the world is not implied"
        return ""
    if basis == "main_country":
        # the country the text is about, by the one definition the extractor uses (mld.scope), for a
        # figure of all defenders
        lang = seeds.languages.get(sid, vocab.languages()[0])
        got = main_country(text, lexicon(lang))
        if got is None or got[0] != value or (got[1], got[2]) != (start, end):
            return (f"basis main_country needs {value} to be the country the text is about (named in its first "
                    f"line, at least {MIN_MENTIONS} times and {DOMINANCE} times as often as any other), first named at "
                    f"{start}-{end}; the text gives {got[0] + ' at ' + str(got[1]) + '-' + str(got[2]) if got else 'none'}")
        if any(str(r.get(d, vocab.top_code(d))) != vocab.top_code(d) for d in vocab.dimensions()[1:]):
            return "basis main_country holds only for a figure of all defenders"
        return ""
    if basis == "reviewer":
        return _reviewer(e, r, seeds, sid)
    names = _names(sid, seeds, "country", text[start:end])
    return "" if value in names else f"'{text[start:end]}' does not name {value}" + (
        f" (it names {', '.join(sorted(names))})" if names else "")


def _short_year(text: str, start: int, words: str, value: int) -> bool:
    """"entre 2002 y 14", "2012-24": a range's last year in two digits, right after its first year (a
    dash, or one word, between) of the same century and earlier."""
    first = re.search(r"((?:19|20)\d\d)(?:\s*[-–]\s*|\s+[^\W\d_]+\s+)$", text[max(0, start - 20):start])
    return bool(re.fullmatch(r"\d\d", words)) and first is not None and value % 100 == int(words) \
        and int(first.group(1)) // 100 == value // 100 and int(first.group(1)) < value


def _period(basis, text, start, end, value, f, r, ev, seeds, sid) -> str:
    value = int(value)
    if basis == "reviewer":
        return _reviewer({"field": f, "note": _note(ev, r, f)}, r, seeds, sid)
    words = text[start:end]
    if basis in ("stated", "shared", "context", "referent"):
        return "" if words == str(value) or _short_year(text, start, words, value) else f"'{words}' is not the year {value}"
    if basis == "reference":
        # a written year, or a year counted from the published date ("last year, down from 79 the year before")
        counted = seeds.published.get(sid) is not None and any(
            fr == "published" for _, fr in _names(sid, seeds, "relative", words))
        return "" if re.fullmatch(r"\d{4}", words) or counted else f"'{words}' is not a year to count from"
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
        if re.fullmatch(r"\d{4}", ref_words):
            ref_year = int(ref_words)
        else:
            # "48 killings last year, down from 79 the year before": a year counted from the published date
            offsets = [o for o, fr in _names(sid, seeds, "relative", ref_words) if fr == "published"]
            published = seeds.published.get(sid)
            if not offsets or published is None:
                return f"the reference '{ref_words}' is not a year, nor a year counted from the published date"
            ref_year = published + offsets[0]
        return "" if ref_year + offset == value else \
            f"'{words}' from '{ref_words}' ({ref_year}) is {ref_year + offset}, not {value}"
    if basis == "last_years":
        if f != "period_start":
            return "basis last_years gives only the first year of a period (its last is the report's)"
        back = next((b for b in (years_back(words, lexicon(lang)) for lang in vocab.languages()) if b is not None), None)
        if back is None:
            return f"'{words}' does not name the last N years ('over the last ten years', 'en la última década')"
        end = int(r["period_end"])
        if end - back + 1 != value:
            return f"'{words}' up to {end} starts in {end - back + 1}, not {value}"
        if value != vocab.series_start():
            return (f"'{words}' up to {end} starts in {value}, not in {vocab.series_start()} where Global Witness's "
                    "series starts: the text does not say which years it means")
        if not any(x["basis"] in ("report", "report_by_total", "report_released", "report_covering")
                   for x in ev.get((str(r["id"]), "period_end"), [])):
            return "basis last_years counts back from a report's year, and period_end names no report"
        return ""
    spans_years = f == "period_start" and str(r.get("period_start")) != str(r.get("period_end"))
    if basis == "report_by_total":
        n = next((got for lang in vocab.languages() if (got := number_at(text, start, end, lexicon(lang))) is not None), None)
        outcome = str(r.get(vocab.dimensions()[0]))
        # a whole-series total ("1,910 since 2012") gives both years of its series; a single year's
        # total gives the one year of a figure, or the last year of an open period
        series = vocab.report_period_of_cumulative(int(n.value), outcome) if n is not None and n.whole else None
        if series is not None and series == (int(r["period_start"]), int(r["period_end"])):
            return ""
        if spans_years:
            return REPORT_ONE_YEAR
        # (the total says which report the text is about, whatever the row counts: "200 killings worldwide in 2021 ...
        # seven defenders who were disappeared in Mexico during the year" is of 2021)
        totals = {vocab.report_world_total(int(str(value)), int(str(value)), o)
                  for o in vocab.vocabulary()["reports"]["world_total_outcomes"]}
        return "" if n is not None and n.value in totals else \
            f"'{words}' is not the worldwide total of the report on {value} (vocabulary.json reports)"
    if basis == "report_released":
        if f != "period_end":
            return "basis report_released gives only the last year of an open period"
        day = seeds.published_day.get(sid)
        rep = vocab.report_released_before(day) if day else None
        unlisted = vocab.unlisted_report_year(day) if day else None
        if rep is None and unlisted is not None:
            # a report no vocabulary entry lists yet: the words call it new, or state its year (a figure of that year
            # the text gives), and the text states its year
            if words != str(value) and not any(lexicon(lang).fresh_report.fullmatch(words) for lang in vocab.languages()):
                return f"'{words}' neither calls a report new ('a new report', 'publicado este lunes') nor states its year"
            if unlisted != value:
                return (f"no listed report came out in {day[:4]} before {day}: the new report the text names covers "
                        f"{unlisted}, the year before, not {value}")
            if year_written(text, int(value), header(text)[1]) is None:
                return f"the text never states {value}, the year the new report it names would cover"
            return ""
        if rep is None:
            return (f"'{words}': the source's published day ({day or 'none'}) is not within 120 days after a "
                    "report's release (vocabulary.json reports), nor in a year no listed report has come out in")
        if int(rep["data_year"]) != value:
            return f"the report released on {rep['released']} ({rep['title']}) covers {rep['data_year']}, not {value}"
        # the words call the report new ("a new report"), or state its year ("en 2021")
        if words != str(value) and not any(lexicon(lang).fresh_report.fullmatch(words) for lang in vocab.languages()):
            return f"'{words}' neither calls a report new ('a new report', 'publicado este lunes') nor states its year"
        return ""
    if basis == "report_covering":
        if f != "period_end":
            return "basis report_covering gives only the last year of an open period"
        # the words say which year the report the text is about covers (mld.reports: covering words, a year
        # right after them, a report named before them in the sentence and not called an earlier one)
        said = {(s0, e0): y for lang in vocab.languages() for s0, e0, y in covered_years(text, header(text)[1], lexicon(lang))}
        if (start, end) not in said:
            return f"'{words}' does not say which year the report the text is about covers ('the annual report, covering 2025')"
        published = seeds.published.get(sid)
        if published is not None and value >= published:
            return f"a report covers a year before it appeared, and the text is of {published}, not after {value}"
        return "" if said[(start, end)] == value else f"'{words}' says the report covers {said[(start, end)]}, not {value}"
    if basis == "report" and spans_years:
        return REPORT_ONE_YEAR
    if basis == "report":
        for rep in vocab.reports():
            if words.lower() in [t.lower() for t in vocab.report_titles(rep)]:
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


def _dimension(basis, text, start, end, f, value, r, ev, seeds, sid) -> str:
    if basis == "unrestricted":
        return "" if value == vocab.top_code(f) else f"basis unrestricted holds only for {vocab.top_code(f)}, not {value}"
    if basis == "reviewer":
        return _reviewer({"field": f, "note": _note(ev, r, f)}, r, seeds, sid)
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
    left, right = clause_span(text, vs, ve, qs, qe)
    return text[left:right]


def _reviewer(e: dict, r: dict, seeds: Seeds, sid: str) -> str:
    """A field that rests on a reviewer: the line it names exists, sets that field, and sets it to the
    row's value (a copy cannot carry another value under a reviewer's name)."""
    if r.get("obtained") not in ("corrected", "added"):
        return "basis reviewer holds only for rows obtained by a correction (corrected, added)"
    found = _line(e, seeds, sid)
    if isinstance(found, str):
        return found
    name, line, c = found
    f = str(e.get("field"))
    action = (c.get("action") or "").lower()
    if action == "fix" and c.get("field") != f:
        return f"{name} line {line} fixes {c.get('field')}, not {f}"
    if action not in ("fix", "add"):
        return f"{name} line {line} does not set a value ({action})"
    want = c.get("value", "") if action == "fix" else (c.get(f) or _added_default(f))
    if str(want) != str(r.get(f)):
        return f"{name} line {line} {'fixes' if action == 'fix' else 'adds'} {f}={want}, but the row has {f}={r.get(f)}"
    return ""


def _line(e: dict, seeds: Seeds, sid: str) -> tuple[str, int, dict] | str:
    """The corrections line a reviewer's note names: (file, line, row), or why there is none."""
    m = re.match(r"(\S+) line (\d+):", str(e.get("note") or ""))
    if not m:
        return "a reviewer's value must name its corrections file and line"
    name, line = m.group(1), int(m.group(2))
    if seeds.corrections_name.get(sid) != name:
        return f"{name} is not this source's corrections file"
    c = seeds.corrections.get(sid, {}).get(line)
    if c is None:
        return f"{name} has no line {line}"
    return name, line, c


def _added_default(f: str) -> str:
    """What an `add` line leaves empty means (build/corrections.py): unrestricted, stated plainly."""
    if f == "qualifier":
        return "exact"
    return vocab.top_code(f) if f in vocab.dimensions()[1:] else ""


def reviewed_numbers(file: str, counts: pd.DataFrame, ev: pd.DataFrame, seeds: Seeds) -> pd.DataFrame:
    """A row that rests on an `add` line is that line's number, inside that line's quote."""
    rev = ev[(ev["basis"] == "reviewer") & ev["id"].isin(counts["id"])]
    if rev.empty:
        return report.empty()
    by_id = counts.drop_duplicates("id").set_index("id")
    spans = ev[ev["field"] == "value"].drop_duplicates("id").set_index("id")
    out = []
    for rid, note in dict(zip(rev["id"], rev["note"])).items():
        r = by_id.loc[rid]
        sid = str(r["source_id"])
        found = _line({"note": note}, seeds, sid) if sid in seeds.texts else ""
        if isinstance(found, str) or (found[2].get("action") or "").lower() != "add" or rid not in spans.index:
            continue  # a missing line is named with the field that rests on it
        name, line, c = found
        text = seeds.texts[sid]
        if pd.isna(spans.loc[rid, "start"]):
            continue
        vs, ve = int(spans.loc[rid, "start"]), int(spans.loc[rid, "end"])
        quote = c.get("quote", "")
        inside = [m.start() for m in re.finditer(re.escape(quote), text) if m.start() <= vs and ve <= m.end()] if quote else []
        if text[vs:ve] != c.get("number", ""):
            out.append((rid, f"{name} line {line} adds the number '{c.get('number', '')}', but the row's number is "
                             f"'{text[vs:ve]}' ({vs}-{ve})", str(r["quote"])))
        elif not inside:
            out.append((rid, f"{name} line {line} adds a number of its quote, but the row's number at {vs}-{ve} is not "
                             "inside it", str(r["quote"])))
    if not out:
        return report.empty()
    return report.failures(file, [o[0] for o in out], "value", "grounding", [o[1] for o in out], [o[2] for o in out])


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
