"""The reconciliation as plain sentences, one report per language: what the database lists, what
the article says, which way they differ and the likely reason. No codes: every word comes from
vocabulary.json, every number and date is written by Babel."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from mld import vocab
from mld.charts import fmt
from mld.reconcile.compare import NotComparable, restricted
from mld.reconcile.records import Records
from mld.reconcile.years import complete


def _text(key: str, lang: str, **kw: object) -> str:
    return vocab.text(key, lang).format(**kw)


def what(row: dict, lang: str) -> str:
    """'Indigenous land and environmental defenders killed by police or private military actors in
    Mexico between 2012 and 2024': a count's definition, without its number."""
    top = {d: vocab.top_code(d) for d in vocab.dimensions()}
    extras: list[str] = []
    try:
        who = vocab.text(f"who_{row['indigenous']}", lang)
    except KeyError:
        who = vocab.text("who_all", lang)
        extras.append(vocab.label("indigenous", str(row["indigenous"]), lang))
    # "killed by police ..." says what happened; it stands in for the widest outcome
    by_perpetrator = row["perpetrator"] != top["perpetrator"] and row["outcome"] == top["outcome"]
    verb = (vocab.label("perpetrator", str(row["perpetrator"]), lang) if by_perpetrator
            else vocab.label("outcome", str(row["outcome"]), lang))
    for d in vocab.dimensions():
        if d in ("outcome", "indigenous") or row[d] == top[d] or (d == "perpetrator" and by_perpetrator):
            continue
        extras.append(vocab.label(d, str(row[d]), lang))
    place = _text("in_place", lang, place=fmt.country(str(row["country"]), lang))
    period = fmt.period_phrase(int(row["period_start"]), int(row["period_end"]), lang)
    return f"{who} {verb} {place} {period}" + "".join(f", {e}" for e in extras)


def _article(sources: pd.DataFrame, source_id: str, lang: str) -> str:
    src = sources.set_index("source_id").loc[source_id]
    return _text("rec_article", lang, publisher=src["publisher"], published=fmt.published(str(src["published"]), lang))


def _why(nc: NotComparable, lang: str) -> str:
    params = dict(nc.params)
    if "country" in params:
        params["country"] = fmt.country(params["country"], lang)
    if "dimension" in params:
        params = {"label": vocab.label(params["dimension"], params["code"], lang)}
    return _text(nc.key, lang, **params)


def figure_sentences(row: dict, why: NotComparable | None, sources: pd.DataFrame, on: dt.date, lang: str) -> str:
    article = _article(sources, str(row["source_id"]), lang)
    reported = fmt.stated(int(row["reported_value"]), str(row["qualifier"]), lang)
    if why is not None:
        key = "rec_not_comparable_one" if int(row["reported_value"]) == 1 else "rec_not_comparable"
        return fmt.cap(_text(key, lang, article=article, reported=reported, what=what(row, lang),
                             why=_why(why, lang)))
    diff = int(row["difference"])
    verdict = (_text("rec_same", lang) if diff == 0
               else _text("rec_fewer" if diff < 0 else "rec_more", lang, n=fmt.number(abs(diff), lang)))
    db = int(row["database_value"])
    # "lists 1 defenders" is wrong in both languages; one case gets the count after a colon
    out = _text("rec_sentence_one" if db == 1 else "rec_sentence", lang, downloaded=fmt.date(on, lang), db=fmt.number(db, lang),
                what=what(row, lang), article=article, reported=reported, verdict=verdict)
    if row["reason"] == "definition":
        dims = restricted(row)
        fields = fmt.join([vocab.text(f"rec_field_{d}", lang) for d in dims], lang)
        examples = "".join(" " + vocab.text(f"rec_example_{d}", lang) for d in dims
                           if f"rec_example_{d}" in vocab.vocabulary()["text"])
        out += " " + _text("rec_reason_definition", lang, fields=fields, example=examples)
    elif diff:
        out += " " + _text("rec_reason_fewer" if diff < 0 else "rec_reason_more", lang)
    if not complete(int(row["period_end"]), on):
        out += " " + _text("rec_reason_incomplete", lang, year=int(row["period_end"]))
    return out


def report(rec: Records, recon: pd.DataFrame, why: dict[str, NotComparable], sources: pd.DataFrame,
           years: pd.DataFrame, country: str, records_name: str, on: dt.date, lang: str) -> str:
    status = recon["status"].value_counts().to_dict()
    out = [f"# {_text('rec_title', lang)}", "",
           _text("rec_intro", lang, records=records_name, sha=rec.sha256, format=_text(f"rec_format_{rec.fmt}", lang),
                 downloaded=fmt.date(on, lang), n=fmt.number(len(rec.frame), lang)), "",
           _text("rec_summary", lang, total=fmt.number(len(recon), lang),
                 match=fmt.number(status.get("match", 0), lang), differ=fmt.number(status.get("differs", 0), lang),
                 other=fmt.number(status.get("not_comparable", 0), lang)), "",
           f"## {_text('rec_figures', lang)}", ""]
    for row in recon.to_dict("records"):
        out += [f"- {figure_sentences(row, why.get(str(row['count_id'])), sources, on, lang)}"]
    out += ["", f"## {_text('rec_years', lang, country=fmt.country(country, lang))}", ""]
    incomplete = [str(int(y)) for y in years.loc[~years["complete"].astype(bool), "year"]]
    if incomplete:
        out += [_text("rec_incomplete", lang, years=fmt.join(incomplete, lang)), ""]
    out += [_text("rec_per_year", lang, language=lang), ""]
    if rec.notes:
        out += [f"## {_text('rec_notes', lang)}", ""]
        out += [f"- {_text(n.key, lang, **n.params)}" for n in rec.notes]
        out += [""]
    return "\n".join(out).rstrip("\n") + "\n"
