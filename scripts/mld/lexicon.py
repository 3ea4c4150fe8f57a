"""The language data (lexicon/<lang>.json) compiled into matchers, shared by the extractor and the
validator: the extractor finds mentions with them, the validator re-reads a span of the seed and
asks what it names.

A phrase is matched as whole words, case-insensitively unless said otherwise, with any run of
white space where the phrase has a space. Slots: {y}, {y1}, {y2} a year (four digits, 1900-2099);
{n} a small number in digits or words.
"""

from __future__ import annotations

import gettext
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import pycountry

from mld import paths, vocab

YEAR = r"(1[89]\d\d|20\d\d)"
SMALL_NUMBER = r"(\d{1,3}|[^\W\d_]+(?:[-\s][^\W\d_]+)?)"
# a month (one word) before a year in a range: "desde abril de 2012 hasta diciembre de 2022"; the
# patterns that use it say which words may stand around it
MONTH = r"(?:[^\W\d_]+)"


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    payload: Any  # what the phrase names: a code, a (kind, code) pair, a Relative
    groups: tuple[str | None, ...] = ()


HEAD = r"(?<![\w])"


def _phrase_regex(phrase: str) -> str:
    out = []
    for part in re.split(r"(\{y\}|\{y1\}|\{y2\}|\{n\}|\{month\}|\s+)", phrase):
        if not part:
            continue
        if part in ("{y}", "{y1}", "{y2}"):
            out.append(YEAR)
        elif part == "{n}":
            out.append(SMALL_NUMBER)
        elif part == "{month}":
            out.append(MONTH)
        elif part.isspace():
            out.append(r"\s+")
        else:
            out.append(re.escape(part))
    body = "".join(out)
    first, last = phrase[:1], phrase[-1:]
    head = HEAD if (first.isalnum() or first == "{") else ""
    tail = r"(?![\w])" if (last.isalnum() or last == "}" or last == ".") and not last == "." else ""
    if last == ".":
        tail = ""
    return head + "(?:" + body + ")" + tail


class Matcher:
    """Longest-first, non-overlapping matches of many phrases, each with a payload. A phrase whose
    payload is None is blocked: it is never returned, and hides the shorter phrases inside it
    ("tierras indígenas" hides "indígenas")."""

    def __init__(self, pairs: list[tuple[str, object]], case_sensitive: bool = False):
        self.pairs = [(p, v) for p, v in pairs if p]
        self._flags = 0 if case_sensitive else re.IGNORECASE
        self._compiled: re.Pattern[str] | None = None  # compiled on first use: most users need few matchers
        self._slotted = any("{" in p for p, _ in self.pairs)  # phrases with slots ("{n} countries") need their groups

    @property
    def _rx(self) -> re.Pattern[str]:
        if self._compiled is None and not self._slotted:
            self._compiled = self._trie_rx()
        if self._compiled is None:
            ordered = sorted(range(len(self.pairs)), key=lambda i: (-len(self.pairs[i][0]), self.pairs[i][0]))
            self._names = {f"p{i}": i for i in ordered}
            # (the word-start lookbehind most phrases open with is tested once for a run of them, not once
            # per phrase at every position: same matches, in the same order of preference, much faster)
            runs: list[tuple[bool, list[str]]] = []
            for i in ordered:
                rx = _phrase_regex(self.pairs[i][0])
                headed = rx.startswith(HEAD)
                alt = f"(?P<p{i}>{rx[len(HEAD):] if headed else rx})"
                if runs and runs[-1][0] == headed:
                    runs[-1][1].append(alt)
                else:
                    runs.append((headed, [alt]))
            body = "|".join((HEAD + "(?:" + "|".join(alts) + ")") if headed else "|".join(alts) for headed, alts in runs)
            self._compiled = re.compile(body, self._flags) if ordered else re.compile(r"(?!x)x")
        return self._compiled

    def _key(self, matched: str) -> str:
        """A phrase or a matched text as the trie's table knows it: runs of white space as one space, folded."""
        key = " ".join(matched.split())
        return key if self._flags == 0 else key.lower()

    def _trie_rx(self) -> re.Pattern[str]:
        """Phrases with no slots as one prefix tree ("kill(?:ed(?:\\s+or\\s+disappeared)?|ings)"): the same longest
        matches as an alternation of every phrase, found without trying each phrase at each position (the
        lexicon's country names, hundreds of phrases, made that the extractor's slowest step). The matched text,
        folded, names its phrase in a table."""
        self._table: dict[str, object] = {}
        for p, v in sorted(self.pairs, key=lambda pv: (-len(pv[0]), pv[0])):
            self._table.setdefault(self._key(p), v)  # (the first of equal phrases, as the alternation would take)
        trees: dict[bool, dict] = {True: {}, False: {}}  # by whether the phrase starts a word
        for key in self._table:
            node = trees[key[:1].isalnum()]
            for ch in key:
                node = node.setdefault(ch, {})
            last = key[-1:]
            node[""] = r"(?![\w])" if last.isalnum() and last != "." else ""  # where a phrase may end, and how

        def rx(node: dict) -> str:
            alts = [(r"\s+" if ch == " " else re.escape(ch)) + rx(child) for ch, child in node.items() if ch]
            if "" in node:
                alts.append(node[""])  # after every longer way on, as the alternation tried longer phrases first
            return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        parts = [(HEAD if headed else "") + rx(tree) for headed, tree in trees.items() if tree]
        return re.compile("|".join(parts), self._flags) if parts else re.compile(r"(?!x)x")

    def _payload_by_pattern(self, matched: str) -> object:
        """The payload of the longest phrase whose own pattern matches `matched` whole: for a text the regex
        engine's case folding matched but str.lower folds otherwise (none known; never silently dropped)."""
        for p, v in sorted(self.pairs, key=lambda pv: (-len(pv[0]), pv[0])):
            if re.fullmatch(_phrase_regex(p), matched, self._flags):
                return v
        return None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        hits = []
        if not self._slotted:
            for m in self._rx.finditer(text, start, len(text) if end is None else end):
                key = self._key(m.group(0))
                payload = self._table[key] if key in self._table else self._payload_by_pattern(m.group(0))
                if payload is not None:  # (a blocked phrase hides its words from the shorter phrases inside it)
                    hits.append(Hit(m.start(), m.end(), payload, ()))
            return hits
        for m in self._rx.finditer(text, start, len(text) if end is None else end):
            name = m.lastgroup
            if name is None:
                continue
            i = self._names[name]
            if self.pairs[i][1] is None:
                continue  # a blocked phrase: it hides its words from the shorter phrases inside it
            hits.append(Hit(m.start(), m.end(), self.pairs[i][1], self._slots_of(i, m.group(name))))
        return hits

    def _slots_of(self, i: int, inner: str) -> tuple:
        """What the slots of phrase `i` matched in `inner` ("{n} countries"); () for a phrase with none. Each
        phrase's own pattern is compiled once: the re module's cache is far smaller than the lexicon."""
        if "{" not in self.pairs[i][0]:
            return ()
        if not hasattr(self, "_subs"):
            self._subs: dict[int, re.Pattern[str]] = {}
        sub = self._subs.get(i)
        if sub is None:
            sub = self._subs[i] = re.compile(_phrase_regex(self.pairs[i][0]), self._flags)
        got = sub.fullmatch(inner)
        return got.groups() if got else ()

    def fullmatch(self, text: str) -> Hit | None:
        """The payload of a phrase that is exactly `text` (for the validator's re-reading): a table
        lookup, so that re-reading does not compile the whole alternation."""
        if self._slotted:
            for h in self.finditer(text):
                if h.start == 0 and h.end == len(text):
                    return h
            return None
        if not hasattr(self, "_exact"):
            fold = (lambda x: x) if self._flags == 0 else str.lower
            self._fold = fold
            self._exact: dict[str, object] = {}
            for p, v in self.pairs:
                self._exact.setdefault(fold(" ".join(p.split())), v)
        v = self._exact.get(self._fold(" ".join(text.split())))
        return None if v is None or text != text.strip() else Hit(0, len(text), v)

    def ends_at(self, text: str, pos: int, window: int = 60) -> Hit | None:
        """A phrase ending exactly at `pos` (white space before `pos` allowed)."""
        lo = max(0, pos - window)
        best = None
        stop = pos
        while stop > lo and text[stop - 1].isspace():
            stop -= 1
        for h in self.finditer(text, lo, stop):
            if h.end == stop and (best is None or h.start < best.start):
                best = h
        return best

    def starts_at(self, text: str, pos: int, window: int = 60) -> Hit | None:
        """A phrase starting exactly at `pos` (white space after `pos` allowed)."""
        start = pos
        while start < len(text) and text[start].isspace():
            start += 1
        for h in self.finditer(text, start, min(len(text), start + window)):
            if h.start == start:
                return h
            break
        return None


@dataclass(frozen=True)
class Relative:
    offset: int
    basis: str  # "published" or "context"


class UnionMatcher(Matcher):
    """The terms of one dimension, where two codes joined by "or" name the broader code that is exactly
    their union: "la policía o de militares privados" is police_or_private_military, as "police or private
    military" is, without listing every article and preposition the two may carry ("o de", "o las")."""

    def __init__(self, pairs: list[tuple[str, object]], unions: dict[frozenset, str], joiner: re.Pattern[str]):
        super().__init__(pairs)
        self.unions = unions
        self.joiner = joiner

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        hits: list[Hit] = []
        for h in super().finditer(text, start, end):
            union = self.unions.get(frozenset((hits[-1].payload, h.payload))) if hits else None
            if union is not None and self.joiner.fullmatch(text, hits[-1].end, h.start):
                hits[-1] = Hit(hits[-1].start, h.end, union, ())
            else:
                hits.append(h)
        return hits

    def fullmatch(self, text: str) -> Hit | None:
        got = super().fullmatch(text)
        if got is not None or not self.unions:
            return got
        hits = self.finditer(text)
        return hits[0] if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(text) else None


def _unions(dimension: str) -> dict[frozenset, str]:
    """{the two codes: the broader code that is their union} for each code with exactly two narrower ones (not
    the top code: "Indigenous or not" says nothing a count restricted to neither would)."""
    out: dict[frozenset, str] = {}
    for code in vocab.codes(dimension):
        if code == vocab.top_code(dimension):
            continue
        kids = vocab.children(dimension, code)
        if len(kids) == 2:
            out[frozenset(kids)] = code
    return out


def _alternation(words: list[str]) -> str:
    """A regex group matching any of `words` (longest first, spaces as any white space)."""
    alts = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in alts) + ")"


class Lexicon:
    """Everything language-specific, for one language."""

    def __init__(self, lang: str):
        path = paths.lexicon_dir() / f"{lang}.json"
        with path.open(encoding="utf-8") as f:
            self.data = json.load(f)
        self.lang = lang
        d = self.data
        self.function_words = frozenset(d["function_words"])
        self.abbreviations = tuple(d["abbreviations"])
        n = d["number"]
        self.joiners = frozenset(n["joiners"])
        self.weak_numbers = frozenset(w.lower() for w in n["weak"])
        self.weak_then = frozenset(w.lower() for w in n["weak_then"])  # "una más fue desaparecida"
        self.not_after = frozenset(n["not_after"])
        self.ordinal_words = frozenset(w.lower() for w in n["ordinal_words"])
        self.not_numbers = frozenset(w.lower() for w in n["not_numbers"])
        # "the only country with more than 15 deaths", "países con más de 10": a bar that places pass,
        # not a count (a plural place noun, or "only" before a singular one, then "with" and a hedge)
        th = n["threshold"]
        self.threshold_rx = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in th["plural_nouns"]) + r"|(?:" + "|".join(re.escape(w) for w in th["only"])
            + r")\s+(?:" + "|".join(re.escape(w) for w in th["singular_nouns"]) + r"))\b(?:\s+[^\W\d_]+){0,6}\s+(?:"
            + "|".join(re.escape(w) for w in th["with"]) + r")\s*$", re.I)
        # "2 mil 106", "1 mil 733": digits with the word for thousand between them
        # ("mil 733": the word alone before digits is one thousand)
        self.thousands_rx = re.compile(r"(?<![\d.,])(?:(\d{1,3})\s+(?:" + "|".join(re.escape(w) for w in n["thousands"])
                                       + r")(?:\s+(\d{1,3}))?|\b(?:" + "|".join(re.escape(w) for w in n["thousands"])
                                       + r")\s+(\d{1,3}))(?![\w.,]\d)\b", re.I)
        # "nearly two and a half thousand" (2,500), "two and a half million" (a magnitude): a half after a number
        # ("veintiún casos": a shortened form the number parser does not know, and the word it stands for)
        self.word_aliases: dict[str, str] = {k.lower(): v for k, v in n["word_aliases"].items()}
        self.and_a_half = Matcher([(t, "and_a_half") for t in n["and_a_half"]])
        self.thousand_words = Matcher([(t, "thousand") for t in n["thousands"]])
        # "una cifra récord en los dos casos": a number word that means "both", not a count
        self.both = Matcher([(t, "both") for t in n["both"]])
        # "Berta's death and that of 13 others", "otros cinco activistas": those besides someone named
        self.others = Matcher([(t, "others") for t in n["others"]])
        # "201 deaths a year earlier": a time ago, not a rate
        self.not_rate_after = Matcher([(t, "ago") for t in n["not_rate_after"]])
        # "entre los ocho con más muertes", "among the top five countries": a rank, not a count
        self.rank_frame_before = Matcher([(t, "rank") for t in n["rank_frame_before"]])
        self.rank_frame_after = Matcher([(t, "rank") for t in n["rank_frame_after"]])
        self.zero = Matcher([(t, "zero") for t in n["zero"]])  # "compared to none in 2015"
        self.magnitude_words = frozenset(w.lower() for w in n["magnitudes"])
        self.date_joiners = tuple(n["date_joiners"])
        self.magnitudes = Matcher([(t, "magnitude") for t in n["magnitudes"]])
        self.months = Matcher([(t, "month") for t in n["months"]])
        # "12 December", "12 de diciembre", "Sept. 13,": a day and a month, as a regex (datelines, spans
        # between two dates)
        months = "|".join(re.escape(t) for t in n["months"])
        self.rx_month = months
        joiner = "|".join(re.escape(j) for j in self.date_joiners) or "(?!)"
        self.rx_day_month = rf"(?:\d{{1,2}}\s+(?:(?:{joiner})\s+)?(?:{months})\b\.?|(?:{months})\b\.?\s+\d{{1,2}}\b,?)"
        self.time_units = Matcher([(t, "unit") for t in n["time_units"]])
        self.age_before = Matcher([(t, "age") for t in n["age_before"]])
        self.age_after = Matcher([(t, "age") for t in n["age_after"]])
        # "the youngest person killed was just seventeen": a superlative of age, then a copula, then the number
        self.age_superlatives = Matcher([(t, "age") for t in n["age_superlatives"]])
        self.age_copulas = Matcher([(t, "age") for t in n["age_copulas"]])
        self.percent_after = Matcher([(t, "percent") for t in n["percent_after"]])
        self.money_before = Matcher([(t, "money") for t in n["money_before"]], case_sensitive=True)
        self.money_after = Matcher([(t, "money") for t in n["money_after"]])
        self.rate_after = Matcher([(t, "rate") for t in n["rate_after"]])
        self.ratio_between = Matcher([(t, "ratio") for t in n["ratio_between"]])
        # ("one in ten", "three out of five": a ratio only over a small or round base; "46 out of
        # 207 killings" is a part of a total)
        self.ratio_between_base = Matcher([(t, "ratio") for t in n["ratio_between_base"]])
        self.difference_after = Matcher([(t, "difference") for t in n["difference_after"]])
        self.difference_before = Matcher([(t, "difference") for t in n["difference_before"]])
        # "the total could reach 2,457 by COP30": a projection, not a count
        self.projection_before = Matcher([(t, "projection") for t in n["projection_before"]])
        self.rank_before = Matcher([(t, "rank") for t in n["rank_before"]])
        self.fraction_after = Matcher([(t, "fraction") for t in n["fraction_after"]])

        terms = d["terms"]
        # ("tierras indígenas", "Indigenous lands": a group's word that describes a thing, not the people)
        blocked: list[tuple[str, object]] = [(t, None) for t in terms["not_groups"]]
        s = d["structure"]
        # ("police or private military", "la policía o de militares privados", "policías o a fuerzas militares
        # privadas": "or", then at most an article or a preposition before the second term)
        little = _alternation(s["articles"] + s["agent_prepositions"] + s["of_words"] + s["prepositions"])
        union_gap = re.compile(rf"\s*,?\s*(?:{_alternation(s['disjunctions'])})\s+(?:(?:{little})\s+){{0,2}}", re.I)
        self.dimension_terms = {dim: UnionMatcher([(t, code) for code, ts in terms.get(dim, {}).items() for t in ts] + blocked,
                                                  _unions(dim), union_gap)
                                for dim in vocab.dimensions()}
        self.qualifiers = Matcher([(t, code) for code, ts in terms["qualifier"].items() for t in ts])
        self.population = Matcher([(t, code) for code, ts in terms["population"].items() for t in ts])
        # groups the vocabulary has no code for ("small-scale farmers", "afrodescendientes")
        self.unlisted_groups = Matcher([(t, "unlisted") for t in terms["unlisted_groups"]])
        nouns = d["nouns"]
        self.generic_outcome = frozenset(w.lower() for w in nouns["generic_outcome"])
        # "un saldo de 15", "a toll of 200": a number word before an aggregate noun is an article
        self.aggregate_nouns = frozenset(w.lower() for w in nouns["aggregate"])
        noun_pairs: list[tuple[str, object]] = [(t, ("outcome", code)) for code, ts in terms["outcome"].items() for t in ts]
        for cat in ("defenders", "weak_defenders", "other_people", "other_things"):
            noun_pairs += [(t, (cat, None)) for t in nouns[cat]]
        self.nouns = Matcher(noun_pairs)
        # ("23 hermanas y hermanos fueron asesinados ... por defender la tierra"): words of kin or fellowship count
        # defenders when their sentence says the people were killed for defending
        self.kin_nouns = Matcher([(t, "kin") for t in nouns["kin_nouns"]])
        self.defending_purpose = Matcher([(t, "defending") for t in nouns["defending_purpose"]])
        # what makes a text about land and environmental defenders: naming them, or the source
        self.names_defenders = Matcher([(t, "defenders") for t in nouns["defenders"] + nouns["source_names"]])
        # a minister, the police, official figures: a paragraph that names one of these and no
        # defenders is about the state's statistics ("Honduras registró 2,129 homicidios")
        self.official_sources = Matcher([(t, "official") for t in nouns["official_sources"]])
        # the words that say a figure was tallied by a monitor: its name, or a verb of recording
        self.tally_words = Matcher([(t, "tally") for t in nouns["source_names"] + nouns["tally_verbs"]])

        p = d["places"]
        self.places_named = Matcher(_country_names(lang, p["country_aliases"]), case_sensitive=True)
        self.places_other = Matcher(
            [(t, ("country", code)) for code, ts in p["demonyms"].items() for t in ts]
            + [(t, ("world", vocab.world())) for t in p["world"]]
            + [(t, ("region", None)) for t in p["regions"]]
            + [(t, ("deictic", None)) for t in p["deictic"]]
            + [(t, ("subnational", None)) for t in p["subnational_markers"]])
        # ("our country", "nuestro país"): the author's country, which is not the last country named
        self.first_person_deictic = frozenset(" ".join(t.lower().split()) for t in p["first_person_deictic"])
        self.subnational_names = Matcher([(t, ("subnational", None)) for t in p["subnational_names"]],
                                         case_sensitive=True)
        self.not_a_place_after = Matcher([(t, "no") for t in p["not_a_place_after"]], case_sensitive=True)
        # "Guadalupe Cruz Martínez", "By Jordan Ellis": a country's name that is also a first name, before a surname
        self.personal_names = frozenset(p["personal_names"])
        self.not_a_place_before = Matcher([(t, "no") for t in p["not_a_place_before"]], case_sensitive=True)
        self.not_deictic_before = Matcher([(t, "no") for t in p["not_deictic_before"]])
        self.spread = [tuple(x) for x in p["spread"]]
        # the second words of the spreads ("to", "a"): "de dos a ocho muertos" joins two numbers of one noun
        self.rx_spread_second = "|".join(re.escape(second) for _, second in self.spread)
        self.excluding = Matcher([(t, "excluding") for t in p["excluding"]])
        self.composition = Matcher([(t, "composition") for t in p["composition"]])
        self.comparison_frame = Matcher([(t, "frame") for t in p["comparison_frame"]])
        # ("sólo fue superado por Colombia"): a place a figure before it is compared with; a figure after it, even
        # after a comma, is the place's own ("superado por Colombia, con 79")
        self.outranked_by = Matcher([(t, "frame") for t in p["outranked_by"]])
        # "México fue uno de los países donde ...": the set a place belongs to, not a place of its own
        self.member_of = Matcher([(t, "member") for t in p["member_of"]])
        self.where_after = Matcher([(t, "where") for t in p["where_after"]])
        self.place_groups = Matcher([(t, "group") for t in p["group_nouns"]])  # "entre estos siete países"
        self.ranking_after = Matcher([(t, "rank") for t in p["ranking_after"]])
        self.ranking_nouns = frozenset(w.lower() for w in p["ranking_nouns"])
        # "the 2016 global list", "la clasificación mundial": the world as the field of a ranking
        self.ranking_lists = Matcher([(t, "list") for t in p["ranking_lists"]])
        # "The Philippines tops the world with 30 killed": the world as the field a verb ranks in
        self.ranking_verbs = Matcher([(t, "rank") for t in p["ranking_verbs"]])
        # "The UK-based group Global Witness", "con sede en Londres": where an organisation is, not a figure's place
        self.seat_after = Matcher([(t, "seat") for t in p["seat_after"]])
        self.seat_before = Matcher([(t, "seat") for t in p["seat_before"]])
        # "Mexico's count fell: 18 killings": the nouns of a place's figure
        self.figure_nouns = frozenset(w.lower() for w in p["figure_nouns"])
        self.deictic_nouns = frozenset(w.lower() for w in p["deictic_nouns"])  # "el país", "the country"
        self.ranking_after_words = frozenset(w.lower() for w in p["ranking_after"] if " " not in w)

        per = d["periods"]
        self.closed_periods = Matcher([(t, "closed") for t in per["closed"]])
        # "ten in both 2019 and 2020", "tanto en 2019 como en 2020": a figure for each of two years
        self.each_year_periods = Matcher([(t, "each") for t in per["each_year"]])
        self.single_periods = Matcher([(t, "single") for t in per["single"]])
        self.partial_periods = Matcher([(t, "partial") for t in per["partial"]])  # "the first half of 2017"
        # "the first five months of this year": a part of a year the text does not name
        self.partial_relative = Matcher([(t, "partial") for t in per["partial_relative"]])
        # "entre enero y julio", "between January and July": months of a year, as a regex ({m} a month);
        # the list's first entry is January, its last December or its abbreviation
        self.year_bounds = (n["months"][0][:3].lower(), n["months"][-1][:3].lower())
        month = "(" + _alternation(n["months"]) + r")\.?"
        self.rx_month_range = "|".join(
            r"(?<![\w])" + r"\s+".join(month if w == "{m}" else re.escape(w) for w in t.split()) + r"(?![\w])"
            for t in per["month_range"])
        self.open_periods = Matcher([(t, "open") for t in per["open"]])
        # "between", "entre": the first word of a range that must have an end ("between 2012 and mid-2024")
        self.range_openers = frozenset(w.lower() for w in per["range_openers"])
        self.open_markers = Matcher([(t, "open") for t in per["open_markers"]])
        self.open_events = Matcher([(t, "event") for t in per["open_events"]])
        self.covering = Matcher([(t, "covering") for t in per["covering"]])  # "the 196 of the report which covered 2023"
        # "Su informe sobre 2024", "its report on 2024": the words between a report noun and the year it is about
        self.report_topic_links = Matcher([(t, "topic") for t in per["report_topic_links"]])
        # "el informe que la organización publicó en septiembre de 2026": an annual report covers the year before it
        self.report_release_verbs = Matcher([(t, "released") for t in per["report_release_verbs"]])
        # "its previous report, covering 2024": words that make a report an earlier one than the text's
        self.earlier_report = Matcher([(t, "earlier") for t in per["earlier_report"]])
        # "Global Witness will publish its report next month": the next report is not out at the text's date
        self.upcoming_report = Matcher([(t, "upcoming") for t in per["upcoming_report"]])
        self.fresh_report = Matcher([(t, "fresh") for t in per["fresh_report"]])  # "a new report", "publicado este lunes"
        self.relative_periods = Matcher([(r["phrase"], Relative(r["offset"], r["from"])) for r in per["relative"]])
        self.open_relative = Matcher([(t, "open_relative") for t in per["open_relative"]])
        # "222 de ellos se registraron hasta 2024": the year a tally runs up to, from a start the phrase leaves unsaid
        self.until_years = Matcher([(t, "until") for t in per["until_years"]])
        # "cifras que han llegado a casi 80 asesinatos en un solo año": a year the phrase does not name
        self.unnamed_years = Matcher([(t, "unnamed") for t in per["unnamed_years"]])
        # "el acuerdo de paz de 2016", "the 2016 peace agreement": the year of an event, not of a figure
        self.event_nouns = Matcher([(t, "event") for t in per["event_nouns"]])
        # "Colombia, as in 2022, holds the grim record, with 79 cases": a year the figure's is likened to
        self.equative_years = Matcher([(t, "like") for t in per["equative_years"]])
        # "2017 was the deadliest year since it began keeping count in 2012": a record's frame, no period
        self.record_before_since = Matcher([(t, "record") for t in per["record_before_since"]])
        self.report_nouns = Matcher([(t, "report") for t in per["report_nouns"]])
        # "over the last ten years", "en la última década": the N years up to the text's report
        self.last_years = Matcher([(t, "last") for t in per["last_years"]])
        self.decade = Matcher([(t, 10) for t in per["decade"]])
        self.anaphoric_periods = Matcher([(t, "anaphoric") for t in per["anaphoric"]])
        # "this year": the year of writing, which the extractor does not count from
        self.current_periods = Matcher([(t, "current") for t in per["current"]])
        self.when_words = Matcher([(t, "when") for t in per["when"]])

        self.list_links = Matcher([(t, "link") for t in s["list_links"]])
        self.fillers = Matcher([(t, "filler") for t in s["fillers"]])
        self.coordinators = Matcher([(t, "and") for t in s["coordinators"]])
        self.possessives = Matcher([(t, "its") for t in s["possessives"]])  # "its 2021 figure"
        # "his killing", "su asesinato": one person's, not what a figure counts
        self.one_persons = Matcher([(t, "one") for t in s["one_persons"]])
        # "Brazil and India ..., the former going from 20 to 26, and the latter from 4 to 14"
        self.former_latter = Matcher([(t, 0) for t in s["former"]] + [(t, 1) for t in s["latter"]])
        # "the Philippines was the deadliest with 67": a ranking that stands for the counted noun
        self.deadly_rankings = Matcher([(t, "deadly") for t in s["deadly_rankings"]])
        # "industries such as mining and logging": groups given as examples, not a restriction
        self.example_markers = Matcher([(t, "example") for t in s["example_markers"]])
        # "conflicts mostly over land and mining left 54 people dead": a group said of most of the people a
        # figure counts describes it; it does not restrict it
        self.majority_adverbs = Matcher([(t, "most") for t in s["majority_adverbs"]])
        # "taking on poachers and the criminal gangs behind the trade": whom the defenders oppose, not
        # who killed them
        self.opposed_words = Matcher([(t, "opposed") for t in s["opposed_words"]])
        # "the mother of four lost her life": her children, not a count
        self.kin_before = Matcher([(t, "kin") for t in s["kin_before"]])
        # "the 2014 murder of four Indigenous leaders": one dated event, not a tally
        self.dated_event_before = Matcher([(t, "event") for t in s["dated_event_before"]])
        # "By 2018, this death toll had risen to over 1,400": a running total up to a year
        # "el acumulado rebasa los 2,400": a total run over all the years counted, never one year's
        self.running_total_nouns = Matcher([(t, "running") for t in s["running_total_nouns"]], case_sensitive=False)
        self.running_total_verbs = Matcher([(t, "running") for t in s["running_total_verbs"]])
        # "con los datos de 2025, el acumulado ...", "with the 2025 additions it stands at 2,416": a year added to a
        # running total (the words before the year; for English, "with the" needs one of the words after it)
        self.added_year_before = Matcher([(t, "added") for t in s["added_year_before"]], case_sensitive=False)
        self.added_year_after = Matcher([(t, "added") for t in s["added_year_after"]], case_sensitive=False) \
            if s["added_year_after"] else None
        self.by_year = Matcher([(t, "by") for t in s["by_year"]])
        # "By the end of 2024 the total had been 222", "hasta 2024 el registro sumaba 222": a year that ends a running
        # total even with no "since" beside it (not "by 2018, the number had climbed to 167", "para 2024": one year's)
        self.running_to_year = Matcher([(t, "to") for t in s["running_to_year"]])
        # "The same organization recorded 28 killings": the source of the sentence before
        self.same_source = Matcher([(t, "same") for t in s["same_source"]])
        # "documentamos 21 asesinatos", "we recorded 200 killings": the writer's own count (whose, the text's
        # author says: Global Witness quoting itself, or another organisation's press release)
        self.first_person_counts = Matcher([(t, "we") for t in s["first_person_counts"]], case_sensitive=False)
        # "an average of three a week" (before its number), "three people, on average, were killed" (after it)
        self.average_before = Matcher([(t, "average") for t in s["average_before"]])
        self.average_adverbs = Matcher([(t, "average") for t in s["average_adverbs"]])
        # "la media del pasado 2014 indica que, al menos, dos personas eran asesinadas": an average named
        # as the subject the number is said of
        self.average_nouns = Matcher([(t, "average") for t in s["average_nouns"]])
        self.with_links = Matcher([(t, "with") for t in s["with_links"]])
        # (and, after a ranking of one group only, "Mining was once again the deadliest industry, linked to 29 cases")
        self.ranked_links = Matcher([(t, "with") for t in s["with_links"] + s["ranked_links"]])
        # ("más de 2.400 según el publicado en 2026", "the report published in September 2025"): the year something came
        # out, not a year its figures are of
        self.published_in = Matcher([(t, "published") for t in s["published_in"]])
        # ("the previous edition (published September 2025)": a verb of publishing with no preposition, before a month)
        self.published_before_month = Matcher([(t, "published") for t in s["published_before_month"]])
        self.total_after = Matcher([(t, "total") for t in s["total_after"]])  # "asesinados, 54 en total"
        self.rate_markers = Matcher([(t, "rate") for t in s["rate_markers"]])  # "two are killed every week"
        # "a homicide rate of around 24 per 100,000 people": a number right after these words is a rate's denominator
        self.rate_denominators = Matcher([(t, "per") for t in s["rate_denominators"]])
        # "Mexico stands out. It recorded 23 cases in 2025": a pronoun that opens a sentence as its subject
        self.subject_pronouns = Matcher([(t, "it") for t in s["subject_pronouns"]])
        # "entre 9 y 14 casos", "between 9 and 14": a range of figures, not one count
        self.figure_ranges = [tuple(x) for x in s["figure_ranges"]]
        self.from_words = Matcher([(t, "from") for t in s["from_words"]])  # "from 30 in 2020, a rise"
        self.group_superlatives = Matcher([(t, "most") for t in s["group_superlatives"]])
        self.relative_pronouns = Matcher([(t, "relative") for t in s["relative_pronouns"]])
        # "29 killings of people defending their homes, land ... were documented": a participle after the
        # counted noun opens a phrase whose list commas do not end the number's clause
        self.rx_participle = r"[^\W\d_]{2,}(?:" + "|".join(re.escape(e) for e in s["participle_endings"]) + r")\b"
        # "Colombia ocupa hoy el primer lugar, con 41 casos": a word that sets a clause in the present
        self.present_markers = Matcher([(t, "present") for t in s["present_markers"]])
        # "27 of those killed or disappeared were women": a demonstrative heading a past participle names the
        # people the participle describes, all of them, as an article would; it does not point back to a figure
        self.rx_people_demonstrative = _alternation(s["people_demonstratives"])
        self.rx_past_participle = r"[^\W\d_]{2,}(?:" + _alternation(s["past_participle_endings"]) + r")\b"
        # "207 cases in which activists were killed": a relative of place after a generic noun of cases
        self.case_relatives = Matcher([(t, "relative") for t in s["case_relatives"]])
        self.among = Matcher([(t, "among") for t in s["among"]])
        self.other_harms = Matcher([(t, "harm") for t in s["other_harms"]])
        # "five men have been convicted ... for the 2014 murder of four leaders": the accused, not the victims
        self.accused_predicates = Matcher([(t, "accused") for t in s["accused_predicates"]])
        # "sentenced two men", "condenó a dos hombres": a verb whose object is the people counted
        self.accusing_verbs = Matcher([(t, "accusing") for t in s["accusing_verbs"]])
        # "a cumulative figure of 2,416 ... includes disappearances from 2024 onward": what follows names a part
        self.inclusion_verbs = Matcher([(t, "includes") for t in s["inclusion_verbs"]])
        # "the federal mechanism is guarding more than 2,000 people": a verb whose object is people kept alive
        self.protecting_verbs = Matcher([(t, "protecting") for t in s["protecting_verbs"]])
        # "attributed 37 of the 163 cases ... to organised crime": a verb whose object is a part and whose
        # complement ("to", "a") names the part's group, not the whole's
        self.attribution_verbs = Matcher([(t, "attributing") for t in s["attribution_verbs"]])
        self.attribution_passives = Matcher([(t, "attributed") for t in s["attribution_passives"]])  # "nine of the 20 were linked to"
        self.attribution_objects = Matcher([(t, "object") for t in s["attribution_objects"]])
        # "three men burst in and shot her dead": the attackers, not the victims
        self.attacker_predicates = Matcher([(t, "attacker") for t in s["attacker_predicates"]])
        # "Every country but three": the number counts the noun before the exception word
        self.exception_words = Matcher([(t, "except") for t in s["exception_words"]])
        self.joins_groups = Matcher([(t, "and") for t in s["coordinators"]] + [(t, "or") for t in s["disjunctions"]])
        self.comparison = Matcher([(t, "comparison") for t in s["comparison"]])
        # "Guatemala recorded eleven, after twenty in 2024": words that compare only when a number follows them
        self.comparison_before_number = Matcher([(t, "comparison") for t in s["comparison_before_number"]])
        # "menos víctimas que los 196 casos de 2023": a comparative and its "than" a few words apart
        self._rx_comparative = re.compile(
            rf"\b(?:{_alternation(s['comparative_open'])})\s+(?:[^\W\d_][\w-]*\s+){{1,3}}?"
            rf"({_alternation(s['comparative_close'])})\s+(?:(?:{_alternation(s['articles'])})\s+)?(?=\d)", re.I)
        # "twice as many deaths last year ... as in 2016": the year after the closing word of an
        # equative is the one compared with
        self.equative_open = Matcher([(t, "equative") for t in s["equative_open"]])
        self.equative_close = Matcher([(t, "equative") for t in s["equative_close"]])
        self.partitive_of = Matcher([(t, "of") for t in s["partitive_of"]])
        self.partitive_pronoun = Matcher([(t, "pronoun") for t in s["partitive_pronoun"]])
        self.partitive_before = Matcher([(t, "before") for t in s["partitive_before"]])
        self.partitive_quantifiers = Matcher([(t, "quantifier") for t in s["partitive_quantifiers"]])
        # "in each of these categories" distributes over groups, "each" alone over places
        self.each = Matcher([(t, "each") for t in s["each"]] + [(t, "category") for t in s["each_category"]])
        self.respectively = Matcher([(t, "respectively") for t in s["respectively"]])
        self.subordinators = Matcher([(t, "sub") for t in s["subordinators"]])
        self.anaphora = Matcher([(t, "anaphora") for t in s["anaphora"]])
        # "por enfrentarse a la industria minera, 43 personas ...": what the people killed opposed
        self.cause_links = Matcher([(t, "cause") for t in s["cause_links"]])
        self.determiners = Matcher([(t, "det") for t in s["determiners"]])
        self.continuation = Matcher([(t, "continues") for t in s["continuation"]])
        # "Other cases were in Kenya, six", "Le siguen Guatemala (20), ...": a sentence that goes on
        # with the figures of the one before
        self.followers = Matcher([(t, "follows") for t in s["followers"]])
        self.predicate_links = Matcher([(t, "pred") for t in s["predicate_links"]])
        self.other_sources = Matcher([(t, "other") for t in s["other_sources"]], case_sensitive=False)
        # "more than 70 of Mexico's cases were connected to the sector": a group named only by a word that refers back
        # (keyed by the dimension whose group the words refer back to)
        self.group_anaphora = Matcher([(t, d) for d, ts in s["group_anaphora"].items() for t in ts], case_sensitive=False)
        # "among all victims, 32 ...": a whole named anew in a sentence whose figures were parts of another group
        self.new_whole = Matcher([(t, "whole") for t in s["new_whole"]], case_sensitive=False)
        # "28 defensoras asesinadas": a noun whose form is feminine may count women only, or all defenders
        self.feminine_nouns = frozenset(w.lower() for w in s["feminine_nouns"])
        # "reported more than 1,900 killings between 2015 and 2024 (not a Global Witness figure)": the text says so
        self.disowned_figures = Matcher([(t, "disowned") for t in s["disowned_figures"]], case_sensitive=False)
        # "CORRECTION:", "Fe de erratas": a note in which the text corrects its own figures
        self.correction_markers = Matcher([(t, "correction") for t in s["correction_markers"]], case_sensitive=False)
        # "True or false:": a claim set to test, not stated
        self.quiz_markers = Matcher([(t, "quiz") for t in s["quiz_markers"]], case_sensitive=False)
        # "\"57 environmentalists killed in Mexico last year\" — FALSE": a fact-check's verdict on a quoted claim (capitals)
        self.claim_verdicts = Matcher([(t, "verdict") for t in s["claim_verdicts"]], case_sensitive=True)
        # "Dijimos que en México fueron asesinados 19", "I heard that 32 ...": a figure the text retracts, or hearsay
        # 'claims that Mexico is "the deadliest country ..., with 54 killed last year"': a quoted claim the text reports
        self.claim_verbs = Matcher([(t, "claim") for t in s["claim_verbs"]])
        # "El crimen organizado ... El informe lo vincula con nueve casos": a group named by a pronoun before a figure
        self.pronoun_attributions = Matcher([(t, "pronoun") for t in s["pronoun_attributions"]], case_sensitive=False)
        self.same_group_references = Matcher([(t, "same") for t in s["same_group_references"]], case_sensitive=False)
        # "No, 240 environmental defenders were not killed in Mexico": a predicate the text denies
        self.negated_predicates = Matcher([(t, "negated") for t in s["negated_predicates"]], case_sensitive=False)
        # "VERIFICADO: Es falso que 40 defensores ... fueran asesinados": a figure the text says is false
        self.denied_claims = Matcher([(t, "denied") for t in s["denied_claims"]], case_sensitive=False)
        # "Total mundial", "All countries": words a table's row label may add to a place's name
        self.table_total_words = frozenset(w.lower() for w in s["table_total_words"])
        # "De ese total", "of that total": a partitive that names the whole, not the last part said
        self.total_nouns = frozenset(w.lower() for w in s["total_nouns"])
        # "of whom Indigenous", "Linked to mining", "a manos de policías": the words a table's row label may put around
        # the group it names
        self.table_group_links = Matcher([(t, "link") for t in s["table_group_links"]])
        # linking verbs that say what a figure is, not that a total rose to it ("is", "fueron")
        self.copulas = frozenset(w.lower() for w in s["copulas"])
        # "whose", "cuyo": a relative that opens no clause of its own subject
        self.possessive_relatives = Matcher([(t, "whose") for t in s["possessive_relatives"]], case_sensitive=False)
        # a person's age around a number: "aged 45", "45-year-old", "de 45 años"
        self.rx_age_before = _alternation(s["age_before"])
        self.rx_age_after = _alternation(s["age_after"])
        # "México es un caso aparte": a number word in a set phrase, no count
        self.figures_of_speech = Matcher([(t, "speech") for t in s["figures_of_speech"]], case_sensitive=False)
        # "el informe sobre 2023, que sólo contabilizaba asesinatos, 18": the outcome a report counted, said of the report
        self.scope_verbs = Matcher([(t, "scope") for t in s["scope_verbs"]])
        self.misstated_markers = Matcher([(t, "misstated") for t in s["misstated_markers"]], case_sensitive=False)
        # "add up to", "suman en total": a sum the text makes of its own figures
        self.sum_phrases = Matcher([(t, "sum") for t in s["sum_phrases"]], case_sensitive=False)
        # "How many ...?", "Were ...?": the words a question opens with (Spanish opens with "¿")
        self.rx_question_words = _alternation(s["question_words"])
        # "the Philippine rights group Karapatan reported ...": an organisation named after its noun
        self.organisation_nouns = Matcher([(t, "org") for t in s["organisation_nouns"]])
        # "where Canadian companies hold ... concessions", "empresas canadienses": a place that owns, not where
        self.owner_nouns = Matcher([(t, "owner") for t in s["owner_nouns"]])
        # "in one recent year Mexico topped the table, with 54": a year the text does not name
        self.indefinite_years = Matcher([(t, "indefinite") for t in s["indefinite_years"]])
        # "Across all Mexican cases, mining is linked to 58": the whole series, of years not stated here
        self.whole_series_markers = Matcher([(t, "series") for t in s["whole_series_markers"]])
        # "detrás de Colombia, con 41 casos": a place the figure's own country ranks behind, which its "with" figure is of
        self.behind_frames = Matcher([(t, "behind") for t in s["behind_frames"]])
        # "39 se oponían a proyectos mineros": a preposition after the number's verb opens its object
        self.object_prepositions = frozenset(w.lower() for w in s["object_prepositions"])
        # "one such office reported 37", "otra organización documentó": a body the text sets apart from Global Witness
        self.other_body_markers = Matcher([(t, "other") for t in s["other_body_markers"]])
        # "las organizaciones que apoyamos registraron 6 asesinatos", "our own monitoring recorded 11 attacks": the
        # text's own organisation or its partners, whose counts are not Global Witness's
        self.own_bodies = Matcher([(t, "own") for t in s["own_bodies"]])
        self.rx_organisation_nouns = "|".join(re.escape(t) for t in sorted(s["organisation_nouns"], key=len, reverse=True))
        # "En 2016 habían sido 49", "in 2016 there had been 49": a tense that looks back from the text's time
        self.earlier_tense = Matcher([(t, "earlier") for t in s["earlier_tense"]])
        # "2012 was the deadliest year, with 147 deaths": a year singled out as a record
        self.record_years = Matcher([(t, "record") for t in s["record_years"]])
        # "El recuento ... empezó en 2012, tras el asesinato de ...": the year a count or series began
        self.began_years = Matcher([(t, "began") for t in s["began_years"]])
        # "tras el asesinato de un activista camboyano", "after the murder of two activists": one event that
        # dates something else, not a tally
        self.event_time_before = Matcher([(t, "event") for t in s["event_time_before"]])
        # "the Pastoral Land Commission", "la Comisión Pastoral de la Tierra": the capitalised head word
        # of an organisation's name, before or after the rest of the name
        self.rx_organisation_head = "|".join(re.escape(t) for t in sorted(s["organisation_heads"], key=len, reverse=True))
        # "highlighted another 200 killings": others than a figure named before
        self.another_before = Matcher([(t, "another") for t in s["another_before"]])
        self.source_organisation = Matcher([(t, "source") for t in s["source_organisation"]])
        # "according to 'Via Campesina' 12 defenders died": a figure attributed to a named source
        self.attributions = Matcher([(t, "attribution") for t in s["attributions"]])
        # "Colombia had topped the ranking in 2020, but Mexico was ...": a clause with a subject of its own
        self.contrast_links = Matcher([(t, "contrast") for t in s["contrast_links"]])
        # "por el asesinato de un defensor": a weak number word after a single event's noun is its article
        self.single_event_before = Matcher([(t, "event") for t in s["single_event_before"]])
        self.prepositions = frozenset(w.lower() for w in s["prepositions"])
        self.rx_prepositions = _alternation(s["prepositions"])  # "In which year ...?", "A report by the group"
        self.predicate_verbs = Matcher([(t, "verb") for t in s["predicate_verbs"]])
        self.population_of = Matcher([(t, "of") for t in s["population_of"]])
        self.where_country = Matcher([(t, "where") for t in s["where_country"]])
        # small alternations for the patterns of the extractor ("Chile, Honduras and the Philippines")
        self.rx_and = _alternation(s["and_words"])
        # the words between two parallel predicates: "Indigenous and 10 were women", "indígenas y 10"
        self.and_gap = re.compile(rf"\s*,?\s*(?:{self.rx_and})\s+", re.I)
        self.rx_locative = _alternation(s["locatives"])  # "In Mexico, ...": where a sentence is set
        self.rx_topic = _alternation(s["topic_markers"])
        self.rx_institution = _alternation(d["places"]["institutions"])  # "Universidad de Queensland, Australia"  # "For mining, 16 killings were recorded"
        self.rx_or = _alternation(s["disjunctions"])
        self.rx_article = _alternation(s["articles"])
        self.rx_of = _alternation(s["of_words"])
        self.rx_with = _alternation(s["with_links"])
        self.rx_agent = _alternation(s["agent_prepositions"])  # "a tally by a coalition of rights groups"
        # "18 killings in 2023, then 19 and 23 cases": a word that moves a list on in time
        self.sequence_words = Matcher([(t, "sequence") for t in s["sequence_words"]], case_sensitive=False)
        # "that 19 of them were women, and that one in three were Indigenous": a clause a verb of saying opens
        self.rx_complementizer = _alternation(s["complementizers"])
        self.rx_indefinite = _alternation(s["indefinite_articles"])  # "at least a hundred and fifty-eight"
        self.rx_percent = _alternation(n["percent_after"])
        self.rx_more_compared = _alternation(s["comparison_after_more"])

    # ------------------------------------------------------------------ places

    def in_composition(self, text: str, pos: int) -> bool:
        """Whether the place at `pos` says where most of a figure's people were, after "mostly",
        "principalmente" (up to five words before it in its clause, no number between): "23 people
        murdered ... - mostly park rangers in Africa" is no figure of Africa."""
        return any(not re.search(r"[;:.,()\d]", text[c.end:pos]) and len(text[c.end:pos].split()) <= 5
                   for c in self.composition.finditer(text, max(0, pos - 60), pos))

    def comparisons(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """The comparison words in text[start:end]: the phrases of `structure.comparison` ("up from",
        "frente a", "than"), and the "than" of a comparative a few words before a number ("menos
        víctimas que los 196"). One definition for the extractor and the validator."""
        stop = len(text) if end is None else end
        hits = self.comparison.finditer(text, start, stop)
        taken = {h.start for h in hits}
        # (the number after the "than" may lie past `end`: the validator asks about the words before a value)
        hits += [Hit(m.start(1), m.end(1), "comparison") for m in self._rx_comparative.finditer(text, start, min(len(text), stop + 16))
                 if m.end(1) <= stop and m.start(1) not in taken]
        return sorted(hits, key=lambda h: h.start)

    def seats(self, text: str, hits: list[Hit]) -> set[int]:
        """The starts of the place mentions (`hits`, in order) that name where an organisation is, not
        where a figure is: "The UK-based group", "con sede en Londres", the whole run "has offices in
        Britain and the USA", "The UK human rights organisation" (an article, the place, up to three
        words, an organisation noun). One definition for the extractor and the validator."""
        out: set[int] = set()
        seat_end: int | None = None
        for h in hits:
            run = seat_end is not None and re.fullmatch(
                rf"\s*(?:,|{self.rx_and})\s*(?:{self.rx_and}\s+)?(?:{self.rx_article}\s+)?", text[seat_end:h.start], re.I)
            if self.seat_after.starts_at(text, h.end, 12) is not None or run or self._owns(text, h) \
                    or self.seat_before.ends_at(text, h.start, 24) is not None or self._names_organisation(text, h) \
                    or self._after_institution(text, h):
                out.add(h.start)
                seat_end = h.end
            else:
                seat_end = None
        return out

    def _after_institution(self, text: str, h: Hit) -> bool:
        """"un estudio de la Universidad de Queensland, Australia": a place in apposition to an
        institution's name (the institution word, then capitalised words, then a comma) says where
        the institution is."""
        return re.search(rf"\b(?:{self.rx_institution})(?:\s+[A-ZÁÉÍÓÚÑ][\w-]*){{1,4}},\s*$",
                         text[max(0, h.start - 80):h.start]) is not None

    def _owns(self, text: str, h: Hit) -> bool:
        """The place is an owner's: a business noun right after it, one word between at most ("Canadian mining
        companies"), or right before it ("empresas canadienses")."""
        for after in (re.match(r"[ \t]+", text[h.end:]), re.match(r"[ \t]+[^\W\d_][\w-]*[ \t]+", text[h.end:])):
            if after is not None and self.owner_nouns.starts_at(text, h.end + after.end(), 30) is not None:
                return True
        return self.owner_nouns.ends_at(text, h.start, 30) is not None

    def _names_organisation(self, text: str, h: Hit) -> bool:
        if not re.search(rf"\b(?:{self.rx_article})[ \t]+$", text[max(0, h.start - 12):h.start], re.I):
            return False
        pos = h.end
        for _ in range(4):  # the noun within three words after the place, with nothing but words between
            gap = re.match(r"[ \t]+", text[pos:])
            if gap is None:
                return False
            if self.organisation_nouns.starts_at(text, pos + gap.end(), 30) is not None:
                return True
            word = re.match(r"[^\W\d_][\w-]*", text[pos + gap.end():])
            if word is None or re.fullmatch(self.rx_article, word.group(0), re.I):
                return False
            pos += gap.end() + word.end()
        return False

    def places(self, text: str) -> list[Hit]:
        """Place mentions: payload (kind, code) with kind country, world, region, deictic,
        subnational. "Mexico City", "Global Witness", "New Mexico" are not places."""
        hits = self.places_named.finditer(text) + self.places_other.finditer(text) \
            + self.subnational_names.finditer(text)
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[Hit] = []
        for h in hits:
            if out and h.start < out[-1].end:
                continue  # overlapping: the longer, earlier one wins
            if self.not_a_place_after.starts_at(text, h.end, 12) and text[h.end:h.end + 1] == " ":
                continue
            surname = re.match(r" ([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\b", text[h.end:h.end + 30])
            if text[h.start:h.end] in self.personal_names and surname is not None \
                    and not self.places_named.starts_at(text, h.end + 1, 30):
                continue  # ("Una de ellas, Guadalupe Cruz Martínez, tenía 44 años"): a person's name and surname
            before = self.not_a_place_before.ends_at(text, h.start, 20)
            if before is not None and before.end <= h.start:
                continue
            # "There were four ...": an existential "there", not a place
            if h.payload[0] == "deictic" and self.not_deictic_before.starts_at(text, h.end, 12):  # type: ignore[index]
                continue
            out.append(h)
        return out

    def place_of(self, span: str) -> tuple[str, str | None] | None:
        """What a span of text names as a place, if it is exactly a place term."""
        for m in (self.places_named, self.places_other, self.subnational_names):
            h = m.fullmatch(span)
            if h is not None:
                return h.payload  # type: ignore[return-value]
        return None

    def code_of(self, dimension: str, span: str) -> str | None:
        h = self.dimension_terms[dimension].fullmatch(span)
        return h.payload if h else None  # type: ignore[return-value]

    def qualifier_of(self, span: str) -> str | None:
        h = self.qualifiers.fullmatch(span)
        return h.payload if h else None  # type: ignore[return-value]

    def relative_of(self, span: str) -> Relative | None:
        h = self.relative_periods.fullmatch(span)
        return h.payload if h else None  # type: ignore[return-value]


def _country_names(lang: str, aliases: dict[str, list[str]]) -> list[tuple[str, object]]:
    translate = (gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
                 if lang != "en" else (lambda s: s))
    pairs: set[tuple[str, str]] = set()
    for c in pycountry.countries:
        names = {c.name, getattr(c, "common_name", c.name)}
        names |= {translate(n) for n in list(names)}
        # "Bolivia, Plurinational State of" is also written "Bolivia"
        names |= {n.split(",")[0] for n in list(names)}
        names |= {re.sub(r"\s*\(.*\)", "", n) for n in list(names)}
        pairs |= {(n, c.alpha_3) for n in names if n}
    # a name given to two countries names neither (counted per name: comparing all pairs was slow)
    codes_of: dict[str, set[str]] = {}
    for n, code in pairs:
        codes_of.setdefault(n, set()).add(code)
    ambiguous = {n for n, codes in codes_of.items() if len(codes) > 1}
    pairs = {(n, code) for n, code in pairs if n not in ambiguous and n != "Congo"}
    for code, alias in aliases.items():
        pairs |= {(n, code) for n in alias}
    return [(n, ("country", code)) for n, code in sorted(pairs)]


@cache
def lexicon(lang: str) -> Lexicon:
    return Lexicon(lang)


def guess_language(text: str, default: str) -> str:
    """The language whose function words are most frequent in `text`; `default` on a tie."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {lang: sum(w in lexicon(lang).function_words for w in words) for lang in vocab.languages()}
    best = max(scores.values(), default=0)
    winners = [lang for lang, s in scores.items() if s == best]
    return default if default in winners or len(winners) != 1 else winners[0]
