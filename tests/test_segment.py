"""Sentence boundaries, checked against boundaries written by hand; and the home-made splitter
against pySBD on the same blocks (the project keeps the one that is right more often).

Blocks come from the real passages in tests/examples-real (development part), the seed, and the
abbreviation cases of the extraction issue ("EE. UU.", "Dr. Smith", "p. ej.", "muertes.De")."""

from __future__ import annotations

import pytest

from mld.extract.segment import split_block

GOLD = [
    ("es", ["Según EE. UU. hubo 5 muertes.", "De acuerdo con Global Witness, en 2022 hubo 177 asesinatos."]),
    ("es", ["Por ejemplo, p. ej. en México hubo 31.", "Fin."]),
    ("en", ["Dr. Smith said 18 were killed in the U.S. in 2024.", "Mexico had 31."]),
    ("en", ["The No. 1 country was Colombia, with 60 killings -- more than a third.", "J. Smith left."]),
    ("en", ["The share was 19.4% in 2020.", "It was 6.1% for speakers."]),
    ("en", ["A report by the non-governmental organisation Global Witness suggests that at least 177 environmental "
            "activists were killed across the world last year."]),
    ("en", ["Brazil recorded 34 murders of defenders of the environment.", "Mexico 31 and Honduras 11.",
            "The Amazon region saw 39 killings."]),
    ("es", ["De acuerdo a Global Witness el pasado año fueron asesinados al menos 164 defensores de la tierra y el "
            "ambiente, 37 menos que el año anterior, por la baja de muertes en Filipinas y Brasil."]),
    ("es", ["Por encima de México están Colombia con 79 y Brasil con 25.",
            "Honduras tiene también 18; Filipinas 17; Nicaragua, 10; India, 5; Guatemala 4; Panamá, 4 y Perú, 4."]),
    ("es", ["Nueve de cada 10 asesinatos ocurrieron en países latinoamericanos.",
            "Colombia registró 60 casos, casi el doble de los 33 que se documentaron en 2021."]),
    ("en", ["Colombia and the Philippines together accounted for just over half of the confirmed deaths -- 64 and "
            "43, respectively -- followed by Brazil, Mexico, Honduras and Guatemala."]),
    ("en", ["About 40 percent of victims were indigenous people, and over two-thirds died in Latin America.",
            "One in ten were women."]),
    ("es", ["Según el informe anual de la ONG Global Witness publicado el martes 12 de septiembre, al menos 177 "
            "defensores del medio ambiente fueron asesinados en 2022 en todo el mundo."]),
    ("en", ["The meeting was at 5:00 p.m. local time.", "Both leaders spoke."]),
    ("en", ["Sheinbaum met Carney at the National Palace, Mexico City.", "They signed a pact."]),
    ("es", ["La Sra. López dijo que hubo 20 asesinatos.", "El Dr. Pérez no respondió."]),
    ("en", ["Global Witness (globalwitness.org) published the figures.", "They cover 2024."]),
    ("es", ["Murieron 18 personas defensoras.", "¿Por qué?", "Nadie lo sabe."]),
    ("en", ["The report says “at least 146 were killed.”", "It adds that four disappeared."]),
]


def _blocks():
    return [(lang, " ".join(sents), sents) for lang, sents in GOLD]


def accuracy(split) -> float:
    right = 0
    for lang, block, gold in _blocks():
        right += split(lang, block) == gold
    return right / len(GOLD)


def home_made(lang: str, block: str) -> list[str]:
    return [block[a:b] for a, b in split_block(block)]


@pytest.mark.parametrize("lang,block,gold", _blocks(), ids=[str(i) for i in range(len(GOLD))])
def test_home_made_splitter_finds_the_boundaries(lang, block, gold):
    assert home_made(lang, block) == gold


def test_home_made_is_right_at_least_as_often_as_pysbd():
    pysbd = pytest.importorskip("pysbd")

    def by_pysbd(lang: str, block: str) -> list[str]:
        seg = pysbd.Segmenter(language=lang, clean=False, char_span=True)
        return [s.sent.strip() for s in seg.segment(block) if s.sent.strip()]

    mine, theirs = accuracy(home_made), accuracy(by_pysbd)
    print(f"sentence boundaries right: home-made {mine:.2f}, pySBD {theirs:.2f} ({len(GOLD)} blocks)")
    assert mine >= theirs


def test_a_dialogue_dash_opens_no_sentence():
    """"-Seis en lo que va del año." in an interview: the sentence (and so the quote a review row carries) starts at
    its first word, never at a character a spreadsheet reads as a formula (the validator refuses such a quote)."""
    assert home_made("es", "-Seis en lo que va del año. Y nadie responde.") == ["Seis en lo que va del año.",
                                                                                 "Y nadie responde."]
    assert home_made("en", "=Six so far this year.") == ["Six so far this year."]
