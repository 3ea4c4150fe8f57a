"""Extraction scores on the real passages, as regression guards, and the scorer itself checked
against hand-made cases.

The floors (checked on the rows of the package each set builds, in test_passages_validate.py)
are for text the extractor was developed on (see examples-real/SPLIT.md and
examples-new/README.md): they catch a change that loses what worked, they do not measure how the
extractor does on text it has never seen."""

from __future__ import annotations

from pathlib import Path

from score_extraction import Score, score_passage

HERE = Path(__file__).parent


def rates(s: Score) -> tuple[float, float, float]:
    return (s.matched / s.expected, s.matched / max(s.emitted, 1), (s.matched + s.flagged) / s.expected)


# folder: (recall, precision, accounted) floors, a little under the scores of 2026-11-26 (second session)
FLOORS = {
    "examples": (0.95, 0.99, 0.99),
    "examples-real": (0.88, 0.99, 0.99),
    "examples-new": (0.86, 0.99, 0.99),
    "examples-third": (0.8, 0.99, 0.99),
    "examples-fourth": (0.81, 0.99, 0.99),
    "examples-fifth": (0.75, 0.99, 0.98),
    "examples-sixth": (0.73, 0.99, 0.99),
    "examples-seventh": (0.75, 0.99, 0.98),
    "examples-eighth": (0.7, 0.99, 0.99),
    "examples-ninth": (0.78, 0.98, 0.93),
    "examples-tenth": (0.76, 0.99, 0.99),
    "examples-eleventh": (0.62, 0.98, 0.96),
    "examples-twelfth": (0.54, 0.99, 0.99),
    "examples-thirteenth": (0.67, 0.99, 0.99),
    "examples-fourteenth": (0.67, 0.98, 0.93),
    "examples-fifteenth": (0.49, 0.99, 0.96),
    "examples-sixteenth": (0.79, 0.99, 0.99),
    "examples-seventeenth": (0.72, 0.99, 0.97),
    # (eighteenth: two rows the reader did not record, "Last year the count climbed to 200 murders" and
    # "Brazil, with a staggering 49 murders last year", are 2016 by the date in the page's address)
    "examples-eighteenth": (0.67, 0.94, 0.93),
    "examples-nineteenth": (0.68, 0.96, 0.99),
    "examples-twentieth": (0.7, 0.99, 0.99),
    "examples-twentyfirst": (0.75, 0.95, 0.96),
    "examples-twentysecond": (0.68, 0.99, 0.97),
    "examples-twentythird": (0.71, 0.99, 0.97),
    "examples-twentyfourth": (0.76, 0.99, 0.97),
    "examples-twentyfifth": (0.65, 0.99, 0.97),
    "examples-twentysixth": (0.73, 0.97, 0.95),
    "examples-twentyseventh": (0.8, 0.92, 0.95),
    "examples-twentyeighth": (0.58, 0.99, 0.99),
    "examples-twentyninth": (0.75, 0.99, 0.99),
    "examples-thirtieth": (0.73, 0.99, 0.96),
    "examples-thirtyfirst": (0.44, 0.99, 0.99),
    "examples-thirtysecond": (0.54, 0.99, 0.95),
    # (thirty-fourth: the reader dated "Since 2012, 1,733 killings ... 281 of them in the Philippines"
    # 2012-2022; 1,733 is the report on 2021's whole-series total, as the reader's own note says)
    "examples-thirtythird": (0.54, 0.99, 0.97),
    "examples-thirtyfourth": (0.75, 0.94, 0.95),
    "examples-thirtyfifth": (0.62, 0.99, 0.99),
    "examples-thirtysixth": (0.6, 0.99, 0.99),
    "examples-thirtyseventh": (0.55, 0.99, 0.99),
    "examples-thirtyeighth": (0.66, 0.99, 0.97),
    "examples-thirtyninth": (0.85, 0.99, 0.99),
    "examples-fortieth": (0.63, 0.99, 0.99),
    "examples-fortyfirst": (0.72, 0.99, 0.99),
    # (forty-second: "two disappeared, presumed dead, in the Philippines" is still read as the world's)
    "examples-fortysecond": (0.5, 0.93, 0.99),
    "examples-fortythird": (0.49, 0.99, 0.99),
    # (forty-fourth: "Since the two men disappeared" is read as two men disappeared in Mexico in 2023)
    "examples-fortyfourth": (0.72, 0.97, 0.95),
    # (forty-fifth: "212 crímenes" is read as killed or disappeared, the reader's killed)
    "examples-fortyfifth": (0.82, 0.97, 0.95),
    # (forty-sixth: "over 10 documented murders ... since 2014" in a text on "On Dangerous Ground" is
    # read as 2014-2015, which the reader did not record)
    "examples-fortysixth": (0.92, 0.96, 0.99),
    "examples-fortyseventh": (0.86, 0.99, 0.99),
    "examples-fortyeighth": (0.94, 0.99, 0.99),
    # (forty-ninth: the mining figures of three countries, listed after a mining figure in review, are
    # read as all killings)
    "examples-fortyninth": (0.62, 0.89, 0.95),
    "examples-fiftieth": (0.81, 0.99, 0.99),
    "examples-fiftyfirst": (0.63, 0.99, 0.94),
    "examples-fiftysecond": (0.70, 0.99, 0.99),
    "examples-fiftythird": (0.75, 0.99, 0.9),
    # (fifty-fourth: a caption "2253 deaths reported so far by Global Witness" is read as the whole-series total of
    # the report on 2024, 2012-2024; the reader left it out)
    "examples-fiftyfourth": (0.53, 0.95, 0.99),
    "examples-fiftyfifth": (0.74, 0.99, 0.99),
    "examples-fiftysixth": (0.85, 0.99, 0.99),
    "examples-fiftyseventh": (0.6, 0.94, 0.95),
    "examples-fiftyeighth": (0.64, 0.99, 0.95),
    "examples-fiftyninth": (0.7, 0.99, 0.99),
    "examples-sixtieth": (0.52, 0.99, 0.99),
    "examples-sixtyfirst": (0.82, 0.99, 0.99),
    "examples-sixtysecond": (0.57, 0.99, 0.99),
    "examples-sixtythird": (0.84, 0.99, 0.99),
    "examples-sixtyfourth": (0.78, 0.99, 0.99),
    "examples-sixtyfifth": (0.31, 0.99, 0.99),
    # (sixty-sixth: two rows read with the sector `hydropower` where the reader wrote `water_and_dams`,
    # a code the vocabulary does not have; see its README)
    "examples-sixtysixth": (0.55, 0.88, 0.93),
    "examples-sixtyseventh": (0.73, 0.99, 0.99),
    "examples-sixtyeighth": (0.7, 0.99, 0.99),
    "examples-sixtyninth": (0.68, 0.99, 0.99),
    "examples-seventieth": (0.48, 0.99, 0.99),
    "examples-seventyfirst": (0.78, 0.99, 0.99),
    "examples-seventysecond": (0.5, 0.99, 0.99),
    "examples-seventythird": (0.77, 0.99, 0.99),
    "examples-seventyfourth": (0.77, 0.99, 0.99),
    "examples-seventyfifth": (0.8, 0.99, 0.99),
    "examples-seventysixth": (0.64, 0.99, 0.99),
    "examples-seventyseventh": (0.61, 0.99, 0.99),
    "examples-seventyeighth": (0.83, 0.99, 0.99),
    "examples-seventyninth": (0.97, 0.99, 0.99),
    # (eightieth: "the total number of documented killings to 2,106 since Global Witness began its
    # investigations" is read as 2012-2023, the series whose total 2,106 is; the reader left it out for want of
    # a start year; see its README)
    "examples-eightieth": (0.75, 0.95, 0.99),
    # (eighty-first: "en 2017, 57 activistas fueron asesinados", in an undated text that names no place, is read as
    # the world's; eighty-second: "In 2021, Global Witness said it had recorded a total of 29 killings" dates the
    # statement, and is read as the year's; both are known wrong rows, see the closing note)
    "examples-eightyfirst": (0.57, 0.91, 0.78),
    "examples-eightysecond": (0.5, 0.75, 0.99),
    # (eighty-third and eighty-fourth: three undated passages whose "164 muertes en todo el mundo", "el año pasado
    # ... 177" and "at least 207 ... killed last year" are dated from the report whose worldwide total they quote;
    # the reader did not date them; see their READMEs)
    "examples-eightythird": (0.99, 0.86, 0.99),
    "examples-eightyfourth": (0.64, 0.95, 0.99),
    "examples-eightyfifth": (0.72, 0.99, 0.99),
    "examples-eightysixth": (0.78, 0.99, 0.99),
    "examples-eightyseventh": (0.8, 0.99, 0.99),
    "examples-eightyeighth": (0.56, 0.99, 0.99),
    "examples-eightyninth": (0.99, 0.99, 0.99),
    "examples-ninetieth": (0.88, 0.99, 0.99),
    # (ninety-first: "three men of the Santal indigenous tribe were killed in clashes with police", an event the
    # reader left out, and "The Philippines is second on the list, with 75 deaths in all" after a since-2015 total in
    # review, which takes the scene's year; see the closing note)
    "examples-ninetyfirst": (0.7, 0.85, 0.88),
    # (ninety-second: "Back in 2012, Global Witness found that over 711 ... had been killed in the last decade" takes
    # the finding's year, and "By 2018, this death toll had risen to over 1,400" the year it was reached; "In Asia, 11
    # activists were killed in the Philippines" takes 2021 from a year compared with; see the closing note)
    "examples-ninetysecond": (0.64, 0.86, 0.93),
    # (ninety-third: "65 de los 227 asesinatos ... en todo el mundo", in an undated column, is dated from the report
    # whose worldwide total 227 is; the reader did not date it; see its README)
    "examples-ninetythird": (0.69, 0.94, 0.99),
    "examples-ninetyfourth": (0.56, 0.99, 0.99),
    "examples-ninetyfifth": (0.92, 0.99, 0.99),
    # (ninety-sixth: a perpetrator breakdown that opens a paragraph after Brazil's 2002-2014 figure is read as
    # Brazil's, the reader's the world's 2014; "the 2014 murder of four Indigenous leaders in Peru" is read as a
    # count; see the closing note)
    "examples-ninetysixth": (0.56, 0.8, 0.9),
    "examples-ninetyseventh": (0.63, 0.99, 0.99),
    "examples-ninetyeighth": (0.62, 0.99, 0.91),
    "examples-ninetyninth": (0.49, 0.99, 0.99),
    # (hundredth: "That tally included four defenders slain in Peru", after the year's worldwide total went to
    # review, takes 2014 from a caption's "murdered in 2014"; see the closing note)
    "examples-hundredth": (0.39, 0.8, 0.99),
    "examples-hundredfirst": (0.0, 0.0, 0.99),
    # (hundred-and-second: a perpetrator "police and military" and "since 2009" totals are in review)
    "examples-hundredsecond": (0.78, 0.99, 0.9),
    "examples-hundredthird": (0.66, 0.99, 0.83),
    "examples-hundredfourth": (0.86, 0.99, 0.99),
    "examples-hundredfifth": (0.99, 0.99, 0.99),
    # (hundred-and-sixth: Honduras's "since 2009"/"since 2010" totals in texts that name no report, an undated
    # "el último año", a part "al menos ... 19" whose hedge the reader carried over, and "tres muertes en Europa,
    # todas ellas en Ucrania" are in review)
    "examples-hundredsixth": (0.81, 0.99, 0.99),
    # (hundred-and-seventh: the revised 201 and the original 207 for 2017 are one figure misread; "40 linked to
    # agribusiness and 2 taking place in Peru" leaves whose place the 40 is unsure)
    "examples-hundredseventh": (0.88, 0.99, 0.99),
    # (hundred-and-eighth: figures the reader gave to Colombia from the article's subject, a typo "117" for the
    # 2022 worldwide total, and "ese período" after a report named by its year of publication)
    "examples-hundredeighth": (0.53, 0.99, 0.96),
    # (hundred-and-ninth: figures a reader dated from a case's date or an undated release's age, and the 148 of
    # 2012-2023 in a sentence whose 18 is read for the text's country, are in review)
    "examples-hundredninth": (0.59, 0.99, 0.99),
    # (hundred-and-tenth: the article's own "en 2022 ... con 65" is read as written; its reader left it out)
    "examples-hundredtenth": (0.73, 0.94, 0.96),
    # (hundred-and-eleventh: figures a page credits to the Guardian, "the decade ending 2011" and a since-2019 total
    # in review)
    "examples-hundredeleventh": (0.33, 0.99, 0.99),
    "examples-hundredtwelfth": (0.71, 0.99, 0.99),
    # (hundred-and-thirteenth: one count, "711 green workers", in review as a count of workers)
    "examples-hundredthirteenth": (0.0, 0.0, 0.99),
    "examples-hundredfourteenth": (0.9, 0.99, 0.99),
}


# synthetic probe passages (see their READMEs): written to find wrong rows, not real text; guarded likewise
FLOORS.update({"probe-synthetic-en": (0.77, 0.98, 0.99), "probe-synthetic-es": (0.67, 0.99, 0.99),
               "probe-synthetic-2-en": (0.68, 0.99, 0.98), "probe-synthetic-2-es": (0.68, 0.98, 0.97),
               "probe-synthetic-3-en": (0.69, 0.9, 0.92), "probe-synthetic-3-es": (0.74, 0.97, 0.99),
               "probe-synthetic-4-en": (0.62, 0.99, 0.98), "probe-synthetic-4-es": (0.72, 0.99, 0.99),
               "probe-synthetic-5-en": (0.63, 0.99, 0.93), "probe-synthetic-5-es": (0.8, 0.99, 0.94),
               "probe-synthetic-6-en": (0.68, 0.99, 0.98), "probe-synthetic-6-es": (0.82, 0.99, 0.99),
               # (seventh, Spanish: "Al menos 11 de las víctimas eran mujeres" after a mining figure is read as its part)
               # (seventh, Spanish, since 2.15.0: "P: ¿Casi 60 solo en Brasil?" is a question after a label, so the answer's
               # "Diez de ellos" no longer goes on from the 60 read as Brazil's; it is in review)
               "probe-synthetic-7-en": (0.67, 0.99, 0.99), "probe-synthetic-7-es": (0.59, 0.98, 0.98),
               "probe-synthetic-8-en": (0.74, 0.99, 0.95), "probe-synthetic-8-es": (0.89, 0.99, 0.99),
               # (ninth, Spanish: two wrong rows not mended, see its README)
               "probe-synthetic-9-en": (0.5, 0.99, 0.99), "probe-synthetic-9-es": (0.61, 0.97, 0.98),
               "probe-synthetic-10-en": (0.6, 0.99, 0.97), "probe-synthetic-10-es": (0.57, 0.99, 0.97),
               "probe-synthetic-11-en": (0.65, 0.99, 0.99), "probe-synthetic-11-es": (0.67, 0.99, 0.99),
               "probe-synthetic-12-en": (0.62, 0.99, 0.94), "probe-synthetic-12-es": (0.6, 0.99, 0.98),
               # (thirteenth, Spanish: "al menos tres mujeres" among victims killed and disappeared, see its README)
               "probe-synthetic-13-en": (0.54, 0.99, 0.91), "probe-synthetic-13-es": (0.52, 0.96, 0.93),
               "probe-synthetic-14-en": (0.68, 0.99, 0.98), "probe-synthetic-14-es": (0.69, 0.99, 0.98),
               # (fifteenth: two debatable rows in English and one wrong row in Spanish not mended, see their READMEs)
               "probe-synthetic-15-en": (0.43, 0.94, 0.98), "probe-synthetic-15-es": (0.59, 0.97, 0.9),
               # (sixteenth: a hypothetical report of September 2026, figures no vocabulary knows)
               # (since the twentieth session, English: "Mexico went from 19 cases to 16" is in review for its year)
               "probe-synthetic-16-en": (0.43, 0.99, 0.91), "probe-synthetic-16-es": (0.45, 0.99, 0.94),
               # (seventeenth: a second hypothetical report of September 2026, with other invented figures)
               "probe-synthetic-17-en": (0.73, 0.99, 0.98), "probe-synthetic-17-es": (0.44, 0.99, 0.99),
               # (eighteenth: a third hypothetical report, and the real reports on 2021-2024 in new forms)
               "probe-synthetic-18-en": (0.66, 0.99, 0.98), "probe-synthetic-18-es": (0.45, 0.99, 0.98),
               # (nineteenth: a fourth hypothetical report, and real reports in new forms: fact check, correction notice)
               "probe-synthetic-19-en": (0.61, 0.99, 0.99), "probe-synthetic-19-es": (0.59, 0.99, 0.98),
               # (twentieth: a fifth hypothetical report, and real reports in new forms: ESG briefing, TV ticker)
               "probe-synthetic-20-en": (0.55, 0.99, 0.89), "probe-synthetic-20-es": (0.57, 0.99, 0.97),
               # (twenty-first: a sixth hypothetical report, and real reports as a Q&A, a Senate summary, a reference page)
               "probe-synthetic-21-en": (0.58, 0.99, 0.97), "probe-synthetic-21-es": (0.5, 0.99, 0.97),
               # (twenty-second: a seventh hypothetical report, and a live blog, a government reply, a wiki-style table)
               "probe-synthetic-22-en": (0.47, 0.99, 0.96), "probe-synthetic-22-es": (0.51, 0.99, 0.97),
               # (twenty-third: a hypothetical report of September 2027, data 2026, and real reports in new forms)
               "probe-synthetic-23-en": (0.5, 0.99, 0.85), "probe-synthetic-23-es": (0.52, 0.99, 0.99),
               # (twenty-fourth: an eighth figure set for 2025; "five more cases" after killings is read as killings,
               # which its reader recorded as killings or disappearances, see its README)
               "probe-synthetic-24-en": (0.52, 0.97, 0.97), "probe-synthetic-24-es": (0.59, 0.99, 0.92),
               # (twenty-fifth, English: a map's "Philippines: 7 (2024)" after an item of 2023 killings is read as
               # killings, not mended, see its README)
               "probe-synthetic-25-en": (0.27, 0.96, 0.97), "probe-synthetic-25-es": (0.66, 0.99, 0.97),
               # (twenty-sixth: the new report's figures beside the previous report's, in one text)
               "probe-synthetic-26-en": (0.36, 0.99, 0.98), "probe-synthetic-26-es": (0.61, 0.99, 0.92),
               # (twenty-seventh: a twelfth invented figure set, in new forms: video chapters, a reader's letter)
               "probe-synthetic-27-en": (0.73, 0.99, 0.99), "probe-synthetic-27-es": (0.62, 0.99, 0.99),
               # (twenty-eighth: texts of January-August 2026, before the next report; Spanish: "48 casos en 2024" after
               # killings is read as killings, not mended)
               # (since the twentieth session, Spanish: "245 ... 120" after a look back to an earlier year is in review)
               "probe-synthetic-28-en": (0.48, 0.99, 0.93), "probe-synthetic-28-es": (0.48, 0.97, 0.98),
               # (twenty-ninth: ten write-ups of a hypothetical report the way most papers wrote up each September report)
               "probe-synthetic-29-en": (0.58, 0.99, 0.95), "probe-synthetic-29-es": (0.67, 0.99, 0.98),
               # (thirtieth: Mexico in depth, its states, peoples, sectors and perpetrators)
               "probe-synthetic-30-en": (0.67, 0.99, 0.99), "probe-synthetic-30-es": (0.44, 0.99, 0.99),
               # (thirty-first: texts of October 2026 to March 2027 on the report of September 2026)
               "probe-synthetic-31-en": (0.61, 0.99, 0.98), "probe-synthetic-31-es": (0.57, 0.99, 0.99),
               # (thirty-second: lists, tables and number-heavy formats; Spanish: a quiz's answer line is dropped)
               "probe-synthetic-32-en": (0.28, 0.99, 0.98), "probe-synthetic-32-es": (0.38, 0.99, 0.93),
               # (thirty-third: the real reports on 2016-2020 as the press wrote them up at the time)
               "probe-synthetic-33-en": (0.77, 0.99, 0.95), "probe-synthetic-33-es": (0.74, 0.99, 0.96),
               # (thirty-fourth: an international press day, many countries, elliptical lists and number forms)
               "probe-synthetic-34-en": (0.38, 0.99, 0.95), "probe-synthetic-34-es": (0.54, 0.99, 0.96),
               # (thirty-fifth: NGO posts quoting the database for Mexico as the seed does; English: "Of those 123,
               # twenty-one ..." mended in the twenty-first session (to review, with its whole); "16 of them" after a part
               # not mended, see its README)
               "probe-synthetic-35-en": (0.61, 0.97, 0.98), "probe-synthetic-35-es": (0.65, 0.99, 0.99),
               # (thirty-sixth: the Mexican press and the government's reply; English: "19 (18 killings and one
               # disappearance) out of 146 worldwide" reads the 146 as killings, not mended; Spanish: since a figure in a
               # relative clause on a place compared with goes to review ("detrás de Colombia, que acumuló 52 casos"),
               # the "19 registrados un año antes" after it does too)
               "probe-synthetic-36-en": (0.47, 0.97, 0.96), "probe-synthetic-36-es": (0.37, 0.94, 0.97),
               # (thirty-seventh and thirty-eighth: scored once at the end of the nineteenth session, partly mended in the
               # twentieth (a paragraph after a look back, a list after a change, a compared figure's noun); the wrong
               # rows left are listed in their READMEs)
               "probe-synthetic-37-en": (0.72, 0.97, 0.97), "probe-synthetic-37-es": (0.55, 0.86, 0.9),
               "probe-synthetic-38-en": (0.34, 0.86, 0.93), "probe-synthetic-38-es": (0.52, 0.92, 0.94),
               # (thirty-ninth to forty-third: written and scored in the twentieth session, 39-41 on its first commit and
               # 42-43 after its first mending; the wrong rows left are listed in their READMEs)
               "probe-synthetic-39-en": (0.34, 0.96, 0.98), "probe-synthetic-39-es": (0.53, 0.99, 0.95),
               "probe-synthetic-40-en": (0.6, 0.99, 0.97), "probe-synthetic-40-es": (0.25, 0.84, 0.91),
               "probe-synthetic-41-en": (0.56, 0.95, 0.97), "probe-synthetic-41-es": (0.4, 0.96, 0.95),
               "probe-synthetic-42-en": (0.54, 0.99, 0.99), "probe-synthetic-42-es": (0.4, 0.96, 0.95),
               "probe-synthetic-43-en": (0.55, 0.99, 0.99), "probe-synthetic-43-es": (0.44, 0.99, 0.99),
               # (forty-fourth and forty-fifth: scored once on version 2.20.0, partly mended in the twenty-first session
               # (English of the forty-fourth: no wrong row left); the wrong rows left are listed in their READMEs)
               "probe-synthetic-44-en": (0.42, 0.99, 0.99), "probe-synthetic-44-es": (0.4, 0.93, 0.99),
               "probe-synthetic-45-en": (0.46, 0.97, 0.94), "probe-synthetic-45-es": (0.42, 0.88, 0.95),
               # (forty-sixth to fifty-first: written and scored first in the twenty-first session, then mended; their
               # READMEs give the first score and the wrong rows left)
               "probe-synthetic-46-en": (0.55, 0.99, 0.98), "probe-synthetic-46-es": (0.57, 0.97, 0.97),
               "probe-synthetic-47-en": (0.46, 0.99, 0.98), "probe-synthetic-47-es": (0.37, 0.99, 0.99),
               "probe-synthetic-48-en": (0.69, 0.99, 0.99), "probe-synthetic-48-es": (0.32, 0.99, 0.98),
               "probe-synthetic-49-en": (0.48, 0.99, 0.99), "probe-synthetic-49-es": (0.55, 0.97, 0.98),
               "probe-synthetic-50-en": (0.44, 0.97, 0.96), "probe-synthetic-50-es": (0.39, 0.99, 0.99),
               "probe-synthetic-51-en": (0.36, 0.9, 0.96), "probe-synthetic-51-es": (0.45, 0.99, 0.99),
               # (fifty-second and fifty-third: the session's last measure, scored once on c256520; one class mended)
               "probe-synthetic-52-en": (0.35, 0.99, 0.99), "probe-synthetic-52-es": (0.41, 0.96, 0.98),
               "probe-synthetic-53-en": (0.45, 0.96, 0.98), "probe-synthetic-53-es": (0.57, 0.99, 0.99),
               # (fifty-fourth and fifty-fifth: scored once on version 2.21.0, the session's final code, and NOT mended)
               "probe-synthetic-54-en": (0.47, 0.99, 0.99), "probe-synthetic-54-es": (0.35, 0.9, 0.96),
               "probe-synthetic-55-en": (0.46, 0.99, 0.98), "probe-synthetic-55-es": (0.53, 0.99, 0.98)})
# rounds 56-59 (2026-11-28), at the code of 782d914 after their classes were mended (first scores in their READMEs)
FLOORS.update({"probe-synthetic-56-en": (0.64, 0.99, 0.99), "probe-synthetic-56-es": (0.28, 0.99, 0.96),
               "probe-synthetic-57-en": (0.63, 0.99, 0.99), "probe-synthetic-57-es": (0.49, 0.97, 0.96),
               "probe-synthetic-58-en": (0.49, 0.97, 0.82), "probe-synthetic-58-es": (0.49, 0.97, 0.98),
               "probe-synthetic-59-en": (0.59, 0.99, 0.99), "probe-synthetic-59-es": (0.75, 0.97, 0.99)})
# rounds 60-63 (mended in part) and 64-65 (the session's final measure, not mended), at the code of 4c2a9ea
FLOORS.update({"probe-synthetic-60-en": (0.44, 0.99, 0.99), "probe-synthetic-60-es": (0.79, 0.99, 0.99),
               "probe-synthetic-61-en": (0.75, 0.97, 0.96), "probe-synthetic-61-es": (0.73, 0.99, 0.99),
               "probe-synthetic-62-en": (0.46, 0.95, 0.96), "probe-synthetic-62-es": (0.5, 0.99, 0.99),
               "probe-synthetic-63-en": (0.58, 0.96, 0.97), "probe-synthetic-63-es": (0.69, 0.96, 0.97),
               "probe-synthetic-64-en": (0.53, 0.93, 0.98), "probe-synthetic-64-es": (0.55, 0.97, 0.99),
               "probe-synthetic-65-en": (0.87, 0.97, 0.99), "probe-synthetic-65-es": (0.5, 0.9, 0.95)})
# rounds 66-67, scored once on version 2.22.0 (9b6673c) and not mended
FLOORS.update({"probe-synthetic-66-en": (0.66, 0.97, 0.99), "probe-synthetic-66-es": (0.71, 0.95, 0.99),
               "probe-synthetic-67-en": (0.54, 0.92, 0.99), "probe-synthetic-67-es": (0.78, 0.99, 0.99)})
# rounds 68-71 (2026-11-28, second session), at the code of 394a2d9 after their classes were mended (first scores on
# 696a8e1 in their READMEs)
FLOORS.update({"probe-synthetic-68-en": (0.59, 0.99, 0.96), "probe-synthetic-68-es": (0.61, 0.99, 0.91),
               "probe-synthetic-69-en": (0.56, 0.99, 0.99), "probe-synthetic-69-es": (0.61, 0.99, 0.99),
               "probe-synthetic-70-en": (0.55, 0.99, 0.98), "probe-synthetic-70-es": (0.75, 0.99, 0.99),
               "probe-synthetic-71-en": (0.83, 0.99, 0.99), "probe-synthetic-71-es": (0.61, 0.99, 0.96)})
# rounds 72-75, the session's first measure on 394a2d9 (first scores in their READMEs), at the code of 895bdf7 after a
# few of their classes were mended
FLOORS.update({"probe-synthetic-72-en": (0.58, 0.96, 0.96), "probe-synthetic-72-es": (0.59, 0.99, 0.97),
               "probe-synthetic-73-en": (0.54, 0.95, 0.97), "probe-synthetic-73-es": (0.57, 0.9, 0.97),
               "probe-synthetic-74-en": (0.73, 0.99, 0.99), "probe-synthetic-74-es": (0.61, 0.92, 0.95),
               "probe-synthetic-75-en": (0.44, 0.96, 0.94), "probe-synthetic-75-es": (0.67, 0.93, 0.97)})
# rounds 76-78, the session's final measure: scored once on the final rules (895bdf7) and not mended but for two lexicon
# entries
FLOORS.update({"probe-synthetic-76-en": (0.47, 0.96, 0.98), "probe-synthetic-76-es": (0.45, 0.79, 0.88),
               "probe-synthetic-77-en": (0.77, 0.97, 0.98), "probe-synthetic-77-es": (0.52, 0.96, 0.99),
               "probe-synthetic-78-en": (0.66, 0.92, 0.94), "probe-synthetic-78-es": (0.68, 0.92, 0.97)})
# rounds 79-82, the twenty-fourth session's first measure on 52b501b (first scores in their READMEs), at the code of
# the commit that added them, after their wrong rows' classes were mended
FLOORS.update({"probe-synthetic-79-en": (0.64, 0.97, 0.98), "probe-synthetic-79-es": (0.47, 0.99, 0.99),
               "probe-synthetic-80-en": (0.41, 0.99, 0.98), "probe-synthetic-80-es": (0.71, 0.99, 0.99),
               "probe-synthetic-81-en": (0.51, 0.99, 0.99), "probe-synthetic-81-es": (0.52, 0.99, 0.99),
               "probe-synthetic-82-en": (0.55, 0.97, 0.98), "probe-synthetic-82-es": (0.75, 0.99, 0.99)})
# rounds 83-86, the twenty-fourth session's second measure on c55ba6e (first scores in their READMEs), at the code of
# the commit that added them, after their wrong rows' classes were mended
FLOORS.update({"probe-synthetic-83-en": (0.49, 0.97, 0.98), "probe-synthetic-83-es": (0.27, 0.99, 0.94),
               "probe-synthetic-84-en": (0.41, 0.99, 0.99), "probe-synthetic-84-es": (0.58, 0.99, 0.99),
               "probe-synthetic-85-en": (0.6, 0.97, 0.96), "probe-synthetic-85-es": (0.58, 0.97, 0.99),
               "probe-synthetic-86-en": (0.79, 0.99, 0.99), "probe-synthetic-86-es": (0.63, 0.99, 0.99)})
# rounds 87-90, the twenty-fourth session's third measure on 2ffd254 (first scores in their READMEs), at the code of
# the commit that added them, after their wrong rows' classes were mended
FLOORS.update({"probe-synthetic-87-en": (0.55, 0.99, 0.98), "probe-synthetic-87-es": (0.61, 0.99, 0.96),
               "probe-synthetic-88-en": (0.72, 0.99, 0.99), "probe-synthetic-88-es": (0.34, 0.99, 0.99),
               "probe-synthetic-89-en": (0.66, 0.99, 0.98), "probe-synthetic-89-es": (0.74, 0.99, 0.96),
               "probe-synthetic-90-en": (0.51, 0.96, 0.99), "probe-synthetic-90-es": (0.38, 0.99, 0.99)})
# (80-es lowered from 0.73 to 0.71 with the rules from rounds 91-93: "la cifra era de 222, con 110 indígenas; solo en
# 2024 se registraron 19 casos" no longer reads the 222 with the noun of a head after a semicolon, which read three
# figures of round 93 wrong; the 222 is in review)
# rounds 91-93, the twenty-fourth session's fourth measure on 893c673 (first scores in their READMEs), at the code of
# the commit that added them, after their wrong rows' classes were mended
FLOORS.update({"probe-synthetic-91-en": (0.61, 0.97, 0.98), "probe-synthetic-91-es": (0.59, 0.99, 0.93),
               "probe-synthetic-92-en": (0.61, 0.99, 0.99), "probe-synthetic-92-es": (0.4, 0.92, 0.98),
               "probe-synthetic-93-en": (0.75, 0.99, 0.99), "probe-synthetic-93-es": (0.64, 0.99, 0.99)})
# rounds 94-96, the twenty-fourth session's final measure: written after the final rules were committed (c9bc9fb),
# scored once on them and not mended
FLOORS.update({"probe-synthetic-94-en": (0.45, 0.91, 0.94), "probe-synthetic-94-es": (0.57, 0.93, 0.99),
               "probe-synthetic-95-en": (0.7, 0.96, 0.99), "probe-synthetic-95-es": (0.61, 0.86, 0.9),
               "probe-synthetic-96-en": (0.42, 0.94, 0.97), "probe-synthetic-96-es": (0.68, 0.99, 0.99)})


def write(tmp: Path, name: str, body: str, expected: str) -> Path:
    text = tmp / f"{name}.txt"
    text.write_text("# language: en\n# published: 2025-09-17\n\n" + body + "\n", encoding="utf-8")
    (tmp / f"{name}.expected.csv").write_text(
        "country,period_start,period_end,outcome,indigenous,gender,perpetrator,sector,value,qualifier\n" + expected,
        encoding="utf-8")
    return text


def test_scorer_counts_a_match_a_wrong_row_a_review_and_a_miss(tmp_path):
    # hand-counted: 18 matches; 25 is emitted for Brazil but expected for Peru (wrong + miss);
    # "two" (in Chiapas) goes to review and a 2 is expected (accounted); 7 is never mentioned (miss)
    text = write(tmp_path, "p", "In 2024, 18 defenders were killed in Mexico and 25 in Brazil. In Chiapas, two were killed.",
                 "MEX,2024,2024,killed,all,all,all,all,18,exact\n"
                 "PER,2024,2024,killed,all,all,all,all,25,exact\n"
                 "WLD,2024,2024,killed,all,all,all,all,2,exact\n"
                 "COL,2024,2024,killed,all,all,all,all,7,exact\n")
    s = score_passage(text)
    assert (s.expected, s.emitted, s.matched, s.flagged) == (4, 2, 1, 1)


def test_scorer_accepts_either_reading_joined_by_a_bar(tmp_path):
    text = write(tmp_path, "p", "In 2024, 146 defenders were killed or disappeared worldwide.",
                 "WLD,2024,2024,killed|killed_or_disappeared,all,all,all,all,146,exact\n")
    assert score_passage(text).matched == 1
# (36-es lowered from (0.37, 0.99, 0.99) to (0.37, 0.94, 0.97) with the rules from rounds 97-100: "Diecisiete de esas
# víctimas indígenas fueron asesinadas por policías ..., quince de ellas en el contexto de la minería", whose pronoun has
# two candidate wholes (222 and 110 Indigenous) that differ only in the group the part names itself, is now read, as the
# seed's "17 of the 110 Indigenous defenders were killed by the police" is: with the whole's outcome, killed or
# disappeared, where this set's writer recorded "killed"; the two rows count as wrong)
# rounds 97-100, the twenty-fifth session's first measure on f0fa318 (first scores in their READMEs), at the code of
# the commit that added them, after their wrong rows' classes were mended
FLOORS.update({"probe-synthetic-97-en": (0.54, 0.99, 0.99), "probe-synthetic-97-es": (0.54, 0.99, 0.96),
               "probe-synthetic-98-en": (0.8, 0.99, 0.99), "probe-synthetic-98-es": (0.68, 0.93, 0.95),
               "probe-synthetic-99-en": (0.66, 0.99, 0.99), "probe-synthetic-99-es": (0.7, 0.99, 0.98),
               "probe-synthetic-100-en": (0.5, 0.94, 0.98), "probe-synthetic-100-es": (0.66, 0.94, 0.96)})
# rounds 101-103, the twenty-fifth session's second measure: scored once on 778e9d2, floors at that score; three of
# their classes were mended after it (the session's last rules)
FLOORS.update({"probe-synthetic-101-en": (0.61, 0.89, 0.95), "probe-synthetic-101-es": (0.32, 0.84, 0.93),
               "probe-synthetic-102-en": (0.72, 0.99, 0.99), "probe-synthetic-102-es": (0.56, 0.91, 0.94),
               "probe-synthetic-103-en": (0.54, 0.97, 0.99), "probe-synthetic-103-es": (0.61, 0.95, 0.98)})
# rounds 104-106, the twenty-fifth session's final measure: scored once on the last rules (d8041cf) and not mended
FLOORS.update({"probe-synthetic-104-en": (0.4, 0.93, 0.94), "probe-synthetic-104-es": (0.43, 0.99, 0.98),
               "probe-synthetic-105-en": (0.7, 0.86, 0.93), "probe-synthetic-105-es": (0.61, 0.94, 0.96),
               "probe-synthetic-106-en": (0.66, 0.95, 0.93), "probe-synthetic-106-es": (0.49, 0.75, 0.84)})
# rounds 107-109 (first scored on b7f1299, then developed on) and 110-112 (the twenty-sixth session's final measure, on
# c4c598f): the lower of the first score and the score on the session's last commit
FLOORS.update({"probe-synthetic-107-en": (0.66, 0.99, 0.99), "probe-synthetic-107-es": (0.63, 0.99, 0.99),
               "probe-synthetic-108-en": (0.37, 0.99, 0.99), "probe-synthetic-108-es": (0.19, 0.99, 0.99),
               "probe-synthetic-109-en": (0.55, 0.87, 0.95), "probe-synthetic-109-es": (0.75, 0.99, 0.99),
               "probe-synthetic-110-en": (0.48, 0.96, 0.94), "probe-synthetic-110-es": (0.53, 0.92, 0.86),
               "probe-synthetic-111-en": (0.74, 0.94, 0.95), "probe-synthetic-111-es": (0.67, 0.99, 0.99),
               "probe-synthetic-112-en": (0.66, 0.97, 0.96), "probe-synthetic-112-es": (0.78, 0.92, 0.93)})
# rounds 113-115 (first scored on b2c2ffc, then developed on) and 116-118 (the twenty-sixth session's final measure, on
# 1789fc5, not mended): the lower of the first score and the score on the session's last commit
FLOORS.update({"probe-synthetic-113-en": (0.42, 0.78, 0.88), "probe-synthetic-113-es": (0.46, 0.93, 0.96),
               "probe-synthetic-114-en": (0.6, 0.96, 0.96), "probe-synthetic-114-es": (0.58, 0.93, 0.98),
               "probe-synthetic-115-en": (0.51, 0.95, 0.96), "probe-synthetic-115-es": (0.55, 0.93, 0.95),
               "probe-synthetic-116-en": (0.45, 0.99, 0.96), "probe-synthetic-116-es": (0.47, 0.96, 0.98),
               "probe-synthetic-117-en": (0.34, 0.77, 0.93), "probe-synthetic-117-es": (0.44, 0.88, 0.94),
               "probe-synthetic-118-en": (0.7, 0.94, 0.94), "probe-synthetic-118-es": (0.77, 0.97, 0.97)})
# rounds 119-121, the twenty-seventh session's first measure (first scored on 3f6a498, then developed on): the lower of
# the first score and the score on the commit that added them
FLOORS.update({"probe-synthetic-119-en": (0.54, 0.96, 0.96), "probe-synthetic-119-es": (0.37, 0.95, 0.99),
               "probe-synthetic-120-en": (0.71, 0.93, 0.94), "probe-synthetic-120-es": (0.61, 0.95, 0.99),
               "probe-synthetic-121-en": (0.66, 0.97, 0.97), "probe-synthetic-121-es": (0.59, 0.97, 0.98)})
# rounds 122-124, the twenty-seventh session's final measure (scored once on f3a4e6a, then six classes mended): the
# lower of the first score and the score on the commit that added them
FLOORS.update({"probe-synthetic-122-en": (0.76, 0.98, 0.99), "probe-synthetic-122-es": (0.3, 0.99, 0.94),
               "probe-synthetic-123-en": (0.51, 0.96, 0.98), "probe-synthetic-123-es": (0.48, 0.9, 0.97),
               "probe-synthetic-124-en": (0.52, 0.88, 0.94), "probe-synthetic-124-es": (0.64, 0.97, 0.96)})
# rounds 125-127, the twenty-eighth session's first measure (scored once on 1b077d3, then developed on): the lower of
# the first score and the score on the commit that added them
FLOORS.update({"probe-synthetic-125-en": (0.71, 0.99, 0.99), "probe-synthetic-125-es": (0.42, 0.9, 0.95),
               "probe-synthetic-126-en": (0.32, 0.91, 0.96), "probe-synthetic-126-es": (0.48, 0.99, 0.98),
               "probe-synthetic-127-en": (0.63, 0.99, 0.98), "probe-synthetic-127-es": (0.81, 0.97, 0.99)})
# rounds 128-130, the twenty-eighth session's final measure (scored once on b3210ad, not mended): the first score
FLOORS.update({"probe-synthetic-128-en": (0.59, 0.97, 0.99), "probe-synthetic-128-es": (0.59, 0.99, 0.99),
               "probe-synthetic-129-en": (0.49, 0.99, 0.99), "probe-synthetic-129-es": (0.51, 0.9, 0.92),
               "probe-synthetic-130-en": (0.58, 0.87, 0.94), "probe-synthetic-130-es": (0.62, 0.99, 0.96)})
# rounds 131-133, the twenty-ninth session's first measure (scored once on a00bc0c, then developed on): the lower of
# the first score and the score on the commit that added them
FLOORS.update({"probe-synthetic-131-en": (0.55, 0.99, 0.94), "probe-synthetic-131-es": (0.59, 0.99, 0.96),
               "probe-synthetic-132-en": (0.45, 0.92, 0.94), "probe-synthetic-132-es": (0.52, 0.99, 0.99),
               "probe-synthetic-133-en": (0.49, 0.96, 0.99), "probe-synthetic-133-es": (0.6, 0.9, 0.95)})
# rounds 134-136, the twenty-ninth session's final measure (scored once on 218ae5a, then three classes of round 136's
# wrong rows mended): the lower of the first score and the score on the commit that added them
FLOORS.update({"probe-synthetic-134-en": (0.6, 0.99, 0.96), "probe-synthetic-134-es": (0.6, 0.99, 0.99),
               "probe-synthetic-135-en": (0.5, 0.97, 0.98), "probe-synthetic-135-es": (0.4, 0.99, 0.99),
               "probe-synthetic-136-en": (0.32, 0.72, 0.86), "probe-synthetic-136-es": (0.52, 0.81, 0.88)})
# rounds 137-139, the thirtieth session's first measure (scored once on c726653, then the classes of their wrong rows
# mended): the lower of the first score and the score on the commit that added them
FLOORS.update({"probe-synthetic-137-en": (0.43, 0.93, 0.96), "probe-synthetic-137-es": (0.68, 0.99, 0.99),
               "probe-synthetic-138-en": (0.48, 0.91, 0.98), "probe-synthetic-138-es": (0.57, 0.99, 0.99),
               "probe-synthetic-139-en": (0.59, 0.93, 0.97), "probe-synthetic-139-es": (0.48, 0.96, 0.99)})
# rounds 140-142, the thirtieth session's second measure (scored once on f10c00b, then the classes of their wrong rows
# mended): the lower of the first score and the score on the commit that added them
FLOORS.update({"probe-synthetic-140-en": (0.53, 0.92, 0.96), "probe-synthetic-140-es": (0.76, 0.99, 0.94),
               "probe-synthetic-141-en": (0.6, 0.92, 0.93), "probe-synthetic-141-es": (0.51, 0.99, 0.99),
               "probe-synthetic-142-en": (0.63, 0.97, 0.98), "probe-synthetic-142-es": (0.67, 0.97, 0.98)})
# rounds 143-145, the thirtieth session's third measure (scored once on ad762ec, then the classes of their wrong rows
# mended where a rule could be written): the lower of the first score and the score on the commit that added them
FLOORS.update({"probe-synthetic-143-en": (0.51, 0.99, 0.99), "probe-synthetic-143-es": (0.44, 0.95, 0.98),
               "probe-synthetic-144-en": (0.3, 0.85, 0.97), "probe-synthetic-144-es": (0.25, 0.88, 0.92),
               "probe-synthetic-145-en": (0.61, 0.92, 0.98), "probe-synthetic-145-es": (0.6, 0.96, 0.97)})
# rounds 146-148, the thirtieth session's fourth measure (scored once on 68ea7c8, then its two wrong rows' classes and
# some of its review classes mended): the lower of the first score and the score on the commit that added them
FLOORS.update({"probe-synthetic-146-en": (0.47, 0.99, 0.96), "probe-synthetic-146-es": (0.57, 0.99, 0.99),
               "probe-synthetic-147-en": (0.61, 0.96, 0.97), "probe-synthetic-147-es": (0.32, 0.93, 0.97),
               "probe-synthetic-148-en": (0.63, 0.99, 0.96), "probe-synthetic-148-es": (0.6, 0.99, 0.99)})
# rounds 149-151, the thirtieth session's final measure (scored once on 4bb55b8, then two of its wrong rows' classes
# mended): the lower of the first score and the score on the commit that added them
FLOORS.update({"probe-synthetic-149-en": (0.28, 0.93, 0.96), "probe-synthetic-149-es": (0.4, 0.99, 0.97),
               "probe-synthetic-150-en": (0.55, 0.99, 0.99), "probe-synthetic-150-es": (0.35, 0.87, 0.96),
               "probe-synthetic-151-en": (0.61, 0.99, 0.96), "probe-synthetic-151-es": (0.48, 0.99, 0.96)})
