"""The reconciliation as plain sentences, one report per language: what the database lists, what
the article says, which way they differ and the likely reason. No codes: every word comes from
vocabulary.json, every number and date is written by Babel."""

from __future__ import annotations

import collections
import datetime as dt
import re

import pandas as pd

from mld import vocab
from mld.charts import fmt
from mld.reconcile.compare import NotComparable, restricted
from mld.reconcile.records import Records
from mld.reconcile.years import complete


def _text(key: str, lang: str, **kw: object) -> str:
    return vocab.text(key, lang).format(**kw)


def _phrase(dimension: str, code: str, lang: str) -> dict | None:
    """How a code reads inside a sentence about the people counted (vocabulary.json `phrase`): text
    per slot of the `rec_people` template; None when the code has no phrase in any language."""
    phrase = vocab.code_info(dimension, code).get("phrase")
    return None if phrase is None else dict(phrase.get(lang, {}))


def what(row: dict, lang: str) -> str:
    """'Indigenous land and environmental defenders killed or disappeared by police or private military
    actors in Mexico between 2012 and 2024': a count's definition, without its number. Each code
    fills its slot of the template, so the outcome is said once and each group qualifies the people."""
    slots: dict[str, list] = {}
    extras: list[str] = []
    for d in vocab.dimensions():
        code = str(row[d])
        phrase = _phrase(d, code, lang)
        if phrase is None:
            if code != vocab.top_code(d):  # a code with no phrase yet: named after the rest
                extras.append(vocab.label(d, code, lang))
            continue
        for slot, text in phrase.items():
            slots.setdefault(slot, []).append(text)
    agree = (slots.pop("agree", None) or [None])[0]

    def said(text: str | dict) -> str:
        return text[agree] if isinstance(text, dict) else text  # a text per grammatical gender

    filled = {slot: " ".join(said(t) for t in texts) for slot, texts in slots.items()}
    filled["place"] = _text("in_place", lang, place=fmt.country(str(row["country"]), lang))
    filled["period"] = fmt.period_phrase(int(row["period_start"]), int(row["period_end"]), lang)
    out = vocab.text("rec_people", lang).format_map(collections.defaultdict(str, filled))
    return re.sub(" +", " ", out).strip() + "".join(f", {e}" for e in extras)


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


def published_span(published: str) -> tuple[dt.date, dt.date, str]:
    """The first and last day an article's date (YYYY-MM-DD, YYYY-MM or YYYY) can be, and its precision."""
    parts = [int(p) for p in published.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day, "day"
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        return first, (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1), "month"
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31), "year"


def _revision(diff: int, on: dt.date, published: str, lang: str) -> str:
    """The likely reason for a difference in an unrestricted count: revision, in the direction the
    two dates allow. A download older than the article cannot show what changed after the article."""
    first, last, precision = published_span(published)
    if on < first:
        return _text("rec_reason_fewer_older" if diff < 0 else "rec_reason_more_older", lang)
    if on < last:  # the article is dated only to a month or year that contains the download day
        return _text("rec_reason_unordered", lang, precision=_text(f"rec_precision_{precision}", lang))
    return _text("rec_reason_fewer" if diff < 0 else "rec_reason_more", lang)


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
        out += " " + _revision(diff, on, str(sources.set_index("source_id").loc[row["source_id"], "published"]), lang)
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
