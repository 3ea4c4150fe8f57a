"""Evidence that belongs to its figure. `grounding` checks that the words at each span name the
value; these rules check that the span is this figure's, as the bases define it
(mld.extract.model.BASES, README "The tables"), so that a copy cannot move a value together with its
evidence to other words of the same text:

- basis: each basis grounds only the fields it can (`parent` a parent_id; the value and a share's
  percent only `stated`: the figure's own number; a year rule only a year; ...).
- own number: a count's number is no other figure's: not the number of another count (unless the
  text distributes it, "12 each"), not the M of "N of the M" of a figure that is not its part,
  not a share's percent, not a number listed for review.
- clause: a value taken from elsewhere (`shared`, `context`, `referent`) cannot contradict the
  figure's own clause: a clause that names another country, another year, or a group that
  excludes the figure's, states the figure's own (for the outcome, the text may say "killed" of a
  part of "killed or disappeared", README: only an outcome that excludes the figure's counts).
- lead-in: a list item's `context` comes from the list's lead-in when the lead-in names that field,
  and a group or a hedge comes from an earlier sentence only through a lead-in (the sentence before
  sets a country, a period and an outcome for what follows it, never a group or a hedge).
- referent: the span is (or holds) the same field's evidence of another count of the source: the
  figure it is part of, compared with or repeats.
- part of: a figure written "N of the M" is stated as part of M: it has a parent_id (unless M is
  listed for review), and a part takes its whole's outcome.
- counted words: the words right after a number are that number's figure's ("18 killings and one
  disappearance"); another count may share them ("30 y 65 homicidios"), never take them alone.
- ranges: a year that opens a range ("2012 and 2024") is a first year, one that closes it a last.
- scene: a country, period or outcome from an earlier sentence is the one the sentence with figures
  before it sets, or words after that sentence.

A field set by a reviewed correction (seeds/NAME.corrections.csv, hashed in sources.csv) is the
reviewer's: these rules leave it to `grounding` and the corrections file.
Each rule is written once and run on columns (merges on spans); only the few rows with evidence
from outside their sentence are read one by one.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from mld import vocab
from mld.clauses import CHANGE_SPAN, ELSEWHERE, UNCHECKED, elsewhere_conflict, mentions
from mld.lexicon import lexicon
from mld.numbers import find_numbers
from mld.validate import report
from mld.validate.grounding import Seeds

NAMED = frozenset({"stated", "shared", "context", "referent", "reviewer"})


def field_bases() -> dict[str, frozenset]:
    """The bases that can ground each field (a year rule only a year, `parent` only a parent)."""
    years = NAMED | {"published_date", "relative", "reference", "report", "report_by_total", "report_released", "report_covering",
                     "last_years"}
    out = {"value": frozenset({"stated"}), "share_percent": frozenset({"stated"}),
           "parent_id": frozenset({"parent"}), "population": NAMED,
           "country": NAMED | {"world_implied", "report_total", "main_country"}, "period_start": years, "period_end": years,
           "qualifier": NAMED | {"unhedged"}}
    out |= {d: NAMED | {"unrestricted"} for d in vocab.dimensions()}
    return out


def scene_fields() -> tuple[str, ...]:
    """What an earlier sentence sets for the sentences after it: a country, a period, an outcome."""
    return ("country", "period_start", "period_end", vocab.dimensions()[0])


def check(files: dict[str, str], counts: pd.DataFrame, shares: pd.DataFrame | None, review: pd.DataFrame | None,
          ev: pd.DataFrame, sources: pd.DataFrame, seeds: Seeds, failed: frozenset = frozenset()) -> pd.DataFrame:
    """`failed`: ids of counts or shares that failed in their table: their source is not checked
    here (its figures relate to a row that is not read; the row is named where it fails)."""
    # (an id is its source id, then -c- or -s- and a hash: mld.build.ids)
    skip = {m.group(1) for m in (re.match(r"(.+)-[cs]-[0-9a-f]{8}", str(i)) for i in failed) if m}
    counts = counts[counts["source_id"].isin(set(seeds.texts) - skip)]
    lang = dict(zip(sources["source_id"], sources["language"].astype(str)))
    rows = counts[["id", "source_id", "quote_start", "quote_end", "parent_id", "obtained", "quote",
                   *vocab.key_columns()[1:]]].assign(table="counts")
    if shares is not None and len(shares):
        sh = shares[shares["source_id"].isin(set(seeds.texts) - skip)]
        rows = pd.concat([rows, sh[["id", "source_id", "quote_start", "quote_end", "quote", "country"]]
                          .assign(table="population_shares", obtained="extracted")], ignore_index=True)
    e = ev[["id", "field", "basis", "start", "end", "note"]].merge(rows, on="id", how="inner")
    e = e.assign(start=pd.to_numeric(e["start"]), end=pd.to_numeric(e["end"]))
    own = e[e["field"].isin(["value", "share_percent"]) & e["start"].notna()].drop_duplicates("id")
    vspan = own.set_index("id")[["start", "end"]].astype(np.int64)
    found = [_bases(e), _own_number(e, own, review, seeds, lang), _part_of(counts, vspan, seeds, lang, review),
             _part_outcome(counts, e), _counted_words(e, own, seeds)]
    found += _elsewhere(e, vspan, seeds, lang, review)
    out = pd.concat([f for f in found if len(f)], ignore_index=True) if any(len(f) for f in found) else None
    if out is None:
        return report.empty()
    out = out[~_reviewed(out, rows, seeds)]
    if out.empty:
        return report.empty()
    quote = dict(zip(rows["id"], rows["quote"]))
    table = dict(zip(rows["id"], rows["table"]))
    return pd.DataFrame({"file": [files[table[i]] for i in out["id"]], "row": out["id"].to_numpy(),
                         "field": out["field"].to_numpy(), "rule": "grounding", "message": out["message"].to_numpy(),
                         "quote": [quote[i] for i in out["id"]]}, columns=report.COLUMNS).drop_duplicates()


def _found(ids, fields, messages) -> pd.DataFrame:
    return pd.DataFrame({"id": list(ids), "field": list(fields), "message": list(messages)})


def _bases(e: pd.DataFrame) -> pd.DataFrame:
    allowed = field_bases()
    ok = np.array([b in allowed.get(f, NAMED) for f, b in zip(e["field"].tolist(), e["basis"].tolist())], dtype=bool)
    bad = e[~ok]
    return _found(bad["id"], bad["field"], [f"basis {b} cannot ground {f}, which rests on "
                                            f"{', '.join(sorted(allowed.get(f, NAMED)))}"
                                            for b, f in zip(bad["basis"], bad["field"])])


def _own_number(e: pd.DataFrame, own: pd.DataFrame, review: pd.DataFrame | None, seeds: Seeds,
                lang: dict[str, str]) -> pd.DataFrame:
    key = ["source_id", "start", "end"]
    v = own[own["field"] == "value"][["id", "table", "quote_start", "quote_end", *key]]
    out = []
    # the number of another count: one number is one figure, unless the text distributes it
    twice = v[v.duplicated(key, keep=False)]
    if len(twice):
        others = twice.groupby(key)["id"].agg(list)
        for r in twice.itertuples():
            text = seeds.texts[r.source_id][int(r.quote_start):int(r.quote_end)]
            if not _distributes(text):
                rest = [i for i in others[(r.source_id, r.start, r.end)] if i != r.id]
                out.append((r.id, "value", f"the number at {int(r.start)}-{int(r.end)} is also the value of "
                                           f"{', '.join(rest)}: one number is one figure, unless the text distributes "
                                           "it ('each')"))
    # the M of "N of the M" of a figure that is not its part
    parents = e[(e["field"] == "parent_id") & e["start"].notna()][["id", "parent_id", *key]]
    m = v.merge(parents.rename(columns={"id": "child"}), on=key)
    m = m[m["parent_id"] != m["id"]]
    out += [(r.id, "value", f"the number at {int(r.start)}-{int(r.end)} is the M of an 'N of the M' (the whole "
                            f"{r.child} is part of), not this figure's own number") for r in m.itertuples()]
    # a share's percent, or a number listed for review
    pct = own[own["field"] == "share_percent"][["id", *key]].rename(columns={"id": "share"})
    out += [(r.id, "value", f"the number at {int(r.start)}-{int(r.end)} is the percent of share {r.share}")
            for r in v.merge(pct, on=key).itertuples()]
    if review is not None and len(review):
        rv = review.rename(columns={"id": "item", "number_start": "start", "number_end": "end"})[["item", *key]]
        rv = rv.astype({"start": float, "end": float})
        out += [(r.id, "value", f"the number at {int(r.start)}-{int(r.end)} is listed for review ({r.item}), "
                                "not read as a count") for r in v.merge(rv, on=key).itertuples()]
    return _found(*zip(*out)) if out else _found([], [], [])


@lru_cache(maxsize=4096)
def _distributes(text: str) -> bool:
    return any(lexicon(lang).each.finditer(text) for lang in vocab.languages())


def _part_of(counts: pd.DataFrame, vspan: pd.DataFrame, seeds: Seeds, lang: dict[str, str],
             review: pd.DataFrame | None) -> pd.DataFrame:
    """'N of the M' right after the count's number, and no parent_id (unless the M was not read as
    a count: it is listed for review, "11 of the 16 ... in Asia")."""
    listed = set() if review is None else set(zip(review["source_id"], review["number_start"].astype(int),
                                                  review["number_end"].astype(int)))
    alone = counts[counts["parent_id"].isna() | (counts["parent_id"] == "")]
    alone = alone[alone["id"].isin(vspan.index)]
    if alone.empty:
        return _found([], [], [])
    ends = vspan.loc[alone["id"], "end"].to_numpy().tolist()
    texts = [seeds.texts[s] for s in alone["source_id"].tolist()]
    first = _partitive_first_words()
    # (read in full only where the word after the number may begin "of the", "de los", ...)
    maybe = [k for k, (t, a) in enumerate(zip(texts, ends)) if first.match(t, a, a + 40)]
    out = []
    for k in maybe:
        r, t, a = alone.iloc[k], texts[k], ends[k]
        lex = lexicon(lang.get(r.source_id, vocab.languages()[0]))
        h = lex.partitive_of.starts_at(t, a, 30)
        if h is None:
            continue
        # (a year is no whole: "15 of the 2022 killings" is a part of that year's killings, not of a figure 2022)
        nums = [n for n in find_numbers(t[h.end:h.end + 40], lex) if not t[h.end:h.end + n.start].strip()
                and n.kind != "year"]
        if nums and (r.source_id, h.end + nums[0].start, h.end + nums[0].end) not in listed:
            out.append((r.id, "parent_id", f"the text states it as part of another figure ('{t[a:h.end + nums[0].end]}'), "
                                           "so it needs that figure as its parent_id"))
    return _found(*zip(*out)) if out else _found([], [], [])


@lru_cache(maxsize=1)
def _partitive_first_words() -> re.Pattern[str]:
    words = {t.split()[0].lower() for lang in vocab.languages() for t in lexicon(lang).data["structure"]["partitive_of"]
             if t.split()}
    return re.compile(r"\s+(?:" + "|".join(sorted(map(re.escape, words))) + r")\b", re.I)


def _counted_words(e: pd.DataFrame, own: pd.DataFrame, seeds: Seeds) -> pd.DataFrame:
    """The words right after a number are that number's ("18 killings and one disappearance"): a
    count that takes them for a field shares them with the count whose number they follow ("30 y
    65 homicidios", "24 and 23 deaths"), never takes them from it."""
    v = own[own["field"] == "value"]
    if v.empty:
        return _found([], [], [])
    texts = [seeds.texts[s] for s in v["source_id"].tolist()]
    nxt = []
    for t, b in zip(texts, v["end"].astype(np.int64).tolist()):
        k = b
        # (not across a line break: "Killed worldwide in 2020: 227" / "Colombia: 65 | ...", a table's next line)
        while k < len(t) and k - b < 4 and t[k].isspace() and t[k] != "\n":
            k += 1
        nxt.append(k if k > b else -1)
    follows = pd.DataFrame({"number_of": v["id"].to_numpy(), "source_id": v["source_id"].to_numpy(),
                            "start": np.array(nxt, dtype=float)})
    words = e[e["basis"].isin(["stated", "shared"]) & e["start"].notna()
              & e["field"].isin(["country", *vocab.dimensions()])][["id", "field", "source_id", "start", "end"]]
    m = words.merge(follows, on=["source_id", "start"])
    if m.empty:
        return _found([], [], [])
    # (a number two counts share, "four killings each", is each one's)
    mine = set(zip(v["id"], v["source_id"], v["start"], v["end"]))
    span_of = dict(zip(v["id"], zip(v["start"], v["end"])))
    held = set(zip(e["id"], e["field"], e["start"], e["end"]))
    out = []
    for r in m.itertuples():
        if r.number_of == r.id or (r.id, r.source_id, *span_of[r.number_of]) in mine:
            continue
        if (r.number_of, r.field, r.start, r.end) not in held:
            out.append((r.id, r.field, f"the words at {int(r.start)}-{int(r.end)} follow the number of {r.number_of}, "
                                       f"whose {r.field} they are not: they are that figure's, not this one's"))
    return _found(*zip(*out)) if out else _found([], [], [])


def _part_outcome(counts: pd.DataFrame, e: pd.DataFrame) -> pd.DataFrame:
    """A figure stated as part of its parent takes the parent's outcome (README: 'N of the M
    defenders killed' is a part of M, whatever word the part's clause uses), unless its parts break the
    parent down by outcome: each narrower, no two alike, adding up to it exactly."""
    d = vocab.dimensions()[0]
    stated_part = e.loc[(e["field"] == "parent_id") & (e["basis"] == "parent"), "id"]
    child = counts[counts["id"].isin(stated_part) & counts["parent_id"].notna() & (counts["parent_id"] != "")]
    m = child[["id", "parent_id", d, "value"]].merge(
        counts[["id", d, "value"]].rename(columns={"id": "parent_id", d: "whole", "value": "whole_value"}), on="parent_id")
    m = m[m[d].astype(str) != m["whole"].astype(str)]
    # (but a breakdown by outcome is the parts' own: "19 were killed or disappeared: 18 murdered, one disappeared",
    # two or more parts of one whole, each of an outcome the whole's holds, no two alike, that add up to it exactly)
    held = np.array([vocab.contains(d, str(w), str(o)) for w, o in zip(m["whole"], m[d])], dtype=bool)
    # (values as numbers, whatever the table was read as: "18" and "1" add up to 19, not "181")
    nums = m.assign(value=pd.to_numeric(m["value"], errors="coerce"), whole_value=pd.to_numeric(m["whole_value"], errors="coerce"))
    g = nums[held].groupby("parent_id").agg(parts=("id", "size"), outcomes=(d, "nunique"), total=("value", "sum"),
                                            whole_value=("whole_value", "first"))
    broken = g.index[(g["parts"] >= 2) & (g["outcomes"] == g["parts"]) & (g["total"] == g["whole_value"])]
    m = m[~(held & m["parent_id"].isin(broken).to_numpy())]
    return _found(m["id"], [d] * len(m), [f"stated as part of {p} ({w}), it has the outcome of the whole, not {o}"
                                          for p, w, o in zip(m["parent_id"], m["whole"], m[d])])


def _elsewhere(e: pd.DataFrame, vspan: pd.DataFrame, seeds: Seeds, lang: dict[str, str],
               review: pd.DataFrame | None) -> list[pd.DataFrame]:
    """The clause, lead-in and referent rules: evidence from outside the figure's own clause."""
    far = e[e["basis"].isin(ELSEWHERE) & e["start"].notna() & e["id"].isin(vspan.index)
            & ~e["field"].isin(sorted(UNCHECKED))]
    out = []
    for r in far.itertuples():
        text = seeds.texts[r.source_id]
        lx = lang.get(r.source_id, vocab.languages()[0])
        vs, ve = (int(x) for x in vspan.loc[r.id])
        value = getattr(r, r.field) if r.field in e.columns else None
        if value is None or (isinstance(value, float) and value != value):
            continue
        if r.field in ("period_start", "period_end"):
            value = int(value)  # (a float where shares, which have no period, share the column)
        named = elsewhere_conflict(text, r.field, r.basis, (int(r.start), int(r.end)), (vs, ve),
                                   (int(r.quote_start), int(r.quote_end)), lx, value)
        if named:
            out.append((r.id, r.field, f"its own clause names '{named}', so {r.field} is not {value} from "
                                       f"elsewhere (basis {r.basis} at {int(r.start)}-{int(r.end)})"))
    referent, unread_whole = _referent(e, review)
    return [_found(*zip(*out)) if out else _found([], [], []), _lead_in(e, seeds, lang), referent,
            _ranges(e, seeds, lang), _scene(e, vspan, seeds, lang, unread_whole)]


def _scene(e: pd.DataFrame, vspan: pd.DataFrame, seeds: Seeds, lang: dict[str, str],
           unread_whole: pd.Index | None = None) -> pd.DataFrame:
    """A country, period or outcome from an earlier sentence (`context`) is the scene the figures
    before this one set: the value of the last sentence with figures (a figure compared with, "up
    from 30 in 2020", sets none), or words after that sentence, or that sentence's evidence carried
    on; with no figure before it, any earlier sentence ("the country" names one earlier too).
    `unread_whole`: rows of `e` whose referent is a whole listed for review, which took its own
    value from the scene the same way."""
    scene = e["start"].notna() & e["field"].isin(scene_fields())
    ctx = e[scene & ((e["basis"] == "context") | e.index.isin(unread_whole if unread_whole is not None else []))]
    if ctx.empty:
        return _found([], [], [])
    counts = e[e["table"] == "counts"].drop_duplicates("id")
    counts = counts[counts["id"].isin(vspan.index)]
    spans = e[e["start"].notna() & (e["table"] == "counts")][["id", "field", "start", "end"]]
    # a whole-series total that ends at the report's year ("desde 2012 ... 2.253", period_end `report_by_total`;
    # or `report_released`, the report a dated text is about) sets its span for its own paragraph; the next
    # paragraph goes on with the year before it
    by_total = e[(e["field"] == "period_end") & e["basis"].isin(["report_by_total", "report_released", "report_covering"])]["id"]
    series = set(counts[counts["id"].isin(by_total) & (counts["period_start"] != counts["period_end"])]["id"])
    out = []
    for sid, rows in ctx.groupby("source_id"):
        text, lx = seeds.texts[sid], lexicon(lang.get(sid, vocab.languages()[0]))
        figures = counts[counts["source_id"] == sid]
        setting = figures[[not lx.comparisons(text, int(q), int(vspan.at[i, "start"]))
                           for i, q in zip(figures["id"], figures["quote_start"])]]
        for r in rows.itertuples():
            lead = seeds.lead_of(sid, int(r.quote_start), int(r.quote_end))
            if lead is not None and lead[0] <= r.start and r.end <= lead[1]:
                continue
            before = setting[setting["quote_end"] <= r.quote_start]
            if before.empty:
                continue
            last = before[before["quote_start"] == before["quote_start"].max()]
            value = getattr(r, r.field)
            if r.start >= last["quote_end"].max() or (last[r.field].map(_plain).astype(str) == str(_plain(value))).any():
                continue
            earlier = before[~before["id"].isin(series)]
            if r.field in ("period_start", "period_end") and last["id"].isin(series).all():
                if earlier.empty:
                    continue  # (as with no figure before it: the year is in an earlier sentence's words)
                prior = earlier[earlier["quote_start"] == earlier["quote_start"].max()]
                if (prior[r.field].map(_plain).astype(str) == str(_plain(value))).any():
                    continue
            if r.field == vocab.dimensions()[0] and int(last["quote_start"].min()) <= r.start < int(last["quote_end"].max()) \
                    and all(vocab.contains(r.field, str(value), str(o)) for o in last[r.field]):
                continue  # ("De esos 19 casos, 18 fueron asesinatos y uno, una desaparición": a word of the sentence
                # before that names the whole its figures break down)
            if r.field == vocab.dimensions()[0] and last[r.field].nunique() > 1 \
                    and all(vocab.contains(r.field, str(value), str(o)) for o in last[r.field]):
                continue  # ("SUPER: 24 asesinados o desaparecidos ... || En México fueron 21 asesinatos y tres
                # desapariciones. ... Filipinas encabeza la lista con nueve"): the sentence before splits the outcome
                # the scene set into parts; the scene's outcome holds them all
            carried = spans[spans["id"].isin(before["id"]) & (spans["field"] == r.field)]
            if ((carried["start"] == r.start) & (carried["end"] == r.end)).any():
                continue
            if r.field == "country" and any(h.payload[0] == "deictic"
                                            for h in lx.places(text[int(r.quote_start):int(r.quote_end)])):
                continue
            quote = text[int(r.quote_start):int(r.quote_end)]
            if r.field == "country" and lx.subject_pronouns.starts_at(quote, len(quote) - len(quote.lstrip()), 4):
                continue  # ("... the Philippines ranked third in the world. It logged 29 ...": "It" refers to a place)
            said = ", ".join(sorted({str(_plain(v)) for v in last[r.field]}))
            out.append((r.id, r.field, f"basis {r.basis} at {int(r.start)}-{int(r.end)}: the sentence with figures before "
                                       f"this one ({', '.join(last['id'])}) sets {r.field} {said}, and nothing after it "
                                       f"names {_plain(value)}"))
    return _found(*zip(*out)) if out else _found([], [], [])


def _plain(v: object) -> object:
    """A year read from a float column (shares have no period) as the year."""
    return int(v) if isinstance(v, float) and v == v and v == int(v) else v


def _ranges(e: pd.DataFrame, seeds: Seeds, lang: dict[str, str]) -> pd.DataFrame:
    """A year that opens a range ("2012 and 2024", "entre 2012 y 2024") grounds a first year, one
    that closes it a last year: never the other way round. (Read on the words right after a last
    year's span and right before a first year's, in the lexicons' words for a closed period.)"""
    years = e[e["field"].isin(["period_start", "period_end"]) & e["start"].notna()]
    # (a single year that is one end of the span a change runs over, "between 2024 and 2025 ... from 146 to 163",
    # is read as that figure's own year: the row's two period fields both rest on that one year)
    single = years.groupby("id")["start"].transform("nunique") == 1
    years = years[~((years["note"].fillna("") == CHANGE_SPAN) & single)]
    if years.empty:
        return _found([], [], [])
    opens, closes = _range_words()
    out = []
    for f, rx, side in (("period_end", opens, "first"), ("period_start", closes, "last")):
        rows = years[years["field"] == f]
        texts = [seeds.texts[sid] for sid in rows["source_id"]]
        a, b = rows["start"].to_numpy(dtype=np.int64), rows["end"].to_numpy(dtype=np.int64)
        near = [t[y:y + 40] if side == "first" else t[max(0, x - 40):x] for t, x, y in zip(texts, a.tolist(), b.tolist())]
        for k, w in enumerate(near):
            m = rx.search(w)
            own = texts[k][a[k]:b[k]]
            if m is not None and m.group("other") != own:
                words = own + w[:m.end()] if side == "first" else w[m.start():] + own
                out.append((rows["id"].iloc[k], f, f"'{words}' {'opens' if side == 'first' else 'closes'} a period at "
                                                   f"{a[k]}-{b[k]}: it is a {side} year, not the "
                                                   f"{f.split('_')[1]} of one"))
    return _found(*zip(*out)) if out else _found([], [], [])


@lru_cache(maxsize=1)
def _range_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows the first year of a closed period up to its last ("' and 2024'"), and what
    precedes the last year from its first ("'2012 and '"), for every closed period of every lexicon."""
    tails, heads = set(), set()
    for lang in vocab.languages():
        for phrase in lexicon(lang).data["periods"]["closed"]:
            if "{y1}" in phrase and "{y2}" in phrase:
                between = phrase.split("{y1}", 1)[1].split("{y2}", 1)[0]
                words = r"\s*".join(re.escape(w) for w in between.split()) if between.strip() else ""
                glue = (r"\s*" + words + r"\s*") if words else r"\s*"
                tails.add(glue)
                heads.add(glue)
    year = r"(?P<other>(?:19|20)\d\d)(?!\d)"
    alternatives = "|".join(sorted(tails, key=len, reverse=True))
    return (re.compile(rf"^(?:{alternatives}){year}", re.I),
            re.compile(rf"(?<!\d)(?P<other>(?:19|20)\d\d)(?:{alternatives})$", re.I))


def _lead_in(e: pd.DataFrame, seeds: Seeds, lang: dict[str, str]) -> pd.DataFrame:
    ctx = e[(e["basis"] == "context") & e["start"].notna()]
    out = []
    # a list item under "... at least:" is hedged by its lead-in, not stated plainly (only texts
    # with a lead-in are read row by row)
    listed = [sid for sid in e["source_id"].unique().tolist() if seeds.has_leads(sid)]
    for r in e[(e["basis"] == "unhedged") & e["source_id"].isin(listed)].itertuples():
        lead = seeds.lead_of(r.source_id, int(r.quote_start), int(r.quote_end))
        if lead is not None:
            text = seeds.texts[r.source_id]
            hedges = mentions("qualifier", text[lead[0]:lead[1]], lang.get(r.source_id, vocab.languages()[0]))
            if hedges:
                words = text[lead[0] + hedges[-1][0]:lead[0] + hedges[-1][1]]
                out.append((r.id, r.field, f"basis unhedged, but the list's lead-in says '{words}' of its items"))
    scene = scene_fields()
    for r in ctx.itertuples():
        lead = seeds.lead_of(r.source_id, int(r.quote_start), int(r.quote_end))
        inside = lead is not None and lead[0] <= r.start and r.end <= lead[1]
        if lead is not None and inside and r.field == "qualifier":
            # the hedge that ends the lead-in ("... at least:") qualifies its items, not another
            # word of it ("over the 13-year period")
            text = seeds.texts[r.source_id]
            hedges = mentions("qualifier", text[lead[0]:lead[1]], lang.get(r.source_id, vocab.languages()[0]))
            if hedges and lead[0] + hedges[-1][0] != r.start:
                out.append((r.id, r.field, f"basis context at {int(r.start)}-{int(r.end)}: the hedge that qualifies a "
                                           f"list's items is the one that ends its lead-in "
                                           f"('{text[lead[0] + hedges[-1][0]:lead[0] + hedges[-1][1]]}')"))
            continue
        if inside:
            continue
        if r.field not in scene:
            out.append((r.id, r.field, f"basis context at {int(r.start)}-{int(r.end)}: a {r.field} comes from an "
                                       "earlier sentence only through a list's lead-in, and this is "
                                       + ("not in it" if lead is not None else "no list item")))
        elif lead is not None:
            text = seeds.texts[r.source_id]
            named = mentions(r.field, text[lead[0]:lead[1]], lang.get(r.source_id, vocab.languages()[0]))
            if named:
                out.append((r.id, r.field, f"the list's lead-in names '{text[lead[0] + named[0][0]:lead[0] + named[0][1]]}' "
                                           f"for its items, so basis context at {int(r.start)}-{int(r.end)} is not "
                                           "this item's"))
    return _found(*zip(*out)) if out else _found([], [], [])


def _referent(e: pd.DataFrame, review: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.Index]:
    """A referent span is (or holds) the same field's evidence of another count of the source; for a
    figure stated as part of another, of a figure it is part of (its parent, or theirs). When the
    figure it refers to was not read as a count (listed for review, in the figure's own sentence:
    "nine killings in Africa, four of them in the DRC"), the span lies in that sentence, or (a
    country, period or outcome) is the scene that whole took its own from: those rows are returned
    for the scene rule."""
    ref = e[(e["basis"] == "referent") & e["start"].notna()]
    if ref.empty:
        return _found([], [], []), pd.Index([])
    unread = [] if review is None else list(zip(review["source_id"], review["quote_start"].astype(int),
                                                review["quote_end"].astype(int)))
    deferred = []
    spans = e[e["start"].notna() & (e["table"] == "counts")][["id", "source_id", "field", "start", "end"]]
    parent = dict(zip(e["id"], e["parent_id"].where(e["parent_id"].notna(), "")))
    # the other counts' same-field spans inside each referent span, for all referent rows at once
    pairs = ref[["id", "source_id", "field", "start", "end"]].rename_axis("ref").reset_index().merge(
        spans, on=["source_id", "field"], suffixes=("", "_other"))
    pairs = pairs[(pairs["id_other"] != pairs["id"]) & (pairs["start_other"] >= pairs["start"])
                  & (pairs["end_other"] <= pairs["end"])]
    held = pairs.groupby("ref")["id_other"].agg(set).to_dict()
    out = []
    for r in ref.itertuples():
        s = held.get(r.Index, set())
        if not s and any(sid == r.source_id and a <= r.start and r.end <= b for sid, a, b in unread):
            continue
        whole_unread = any(sid == r.source_id and a <= r.quote_start and r.quote_end <= b for sid, a, b in unread)
        if not s and whole_unread and r.field in scene_fields():
            deferred.append(r.Index)
            continue
        if not s:
            out.append((r.id, r.field, f"basis referent at {int(r.start)}-{int(r.end)}: no other count of the source "
                                       f"has its {r.field} there (a referent is the figure this one is part of, "
                                       "compared with or repeats)"))
            continue
        wholes = _ancestors(r.id, parent)
        if wholes and not s & wholes:
            out.append((r.id, r.field, f"basis referent at {int(r.start)}-{int(r.end)}: the words are the {r.field} of "
                                       f"{', '.join(sorted(s))}, not of a figure this one is part of "
                                       f"({', '.join(sorted(wholes))})"))
    return (_found(*zip(*out)) if out else _found([], [], [])), pd.Index(deferred)


def _ancestors(i: str, parent: dict[str, str]) -> set[str]:
    out: set[str] = set()
    p = parent.get(i, "")
    while p and p not in out:
        out.add(p)
        p = parent.get(p, "")
    return out


def _reviewed(found: pd.DataFrame, rows: pd.DataFrame, seeds: Seeds) -> np.ndarray:
    """Findings on a field a reviewed correction set: a `fix` line of that row and field, or an
    `add` line whose quote is in the row's quote."""
    row = rows.set_index("id")
    out = np.zeros(len(found), dtype=bool)
    for k, (i, f) in enumerate(zip(found["id"].tolist(), found["field"].tolist())):
        r = row.loc[i]
        if isinstance(r, pd.DataFrame):
            r = r.iloc[0]
        if r["obtained"] not in ("corrected", "added"):
            continue
        for c in seeds.corrections.get(str(r["source_id"]), {}).values():
            action = (c.get("action") or "").lower()
            if (action == "fix" and c.get("target") == i and c.get("field") == f) or \
                    (action == "add" and c.get("quote") and str(c.get("quote")) in str(r["quote"])):
                out[k] = True
                break
    return out
