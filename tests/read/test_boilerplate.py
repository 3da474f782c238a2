"""Whole-line boilerplate (pipeline.read.boilerplate): teasers for other articles, in several languages."""
from __future__ import annotations

import pytest

from pipeline.read.boilerplate import is_boilerplate_line, strip_boilerplate

BODY = "The helpline took 412 calls from the county in the year to March, the charity said."


@pytest.mark.parametrize("line, teaser", [
    ("Read also: Council approves new youth centre", True),
    ("Lesen Sie auch: Neue Regeln für den Busverkehr ab Montag", True),
    ("Auch interessant:", True),
    ("À lire aussi :", True),
    ("Lire aussi - Le maire répond aux critiques", True),
    ("LEA TAMBIÉN: El alcalde inaugura el nuevo mercado", True),
    ("Te puede interesar » Cierran la carretera por obras", True),
    ("Leggi anche: Il sindaco risponde", True),
    ("Czytaj też", True),
    ("Zobacz także: Nowe przepisy od poniedziałku", True),
    ("Leia também: Prefeitura anuncia obras", True),
    ("Lees ook: Gemeente opent nieuw centrum", True),
    # a sentence of the article that opens with the same words stays
    ("Read also the council's report, which found that calls had doubled in a year.", False),
    ("Siehe auch die Zahlen des Vorjahres, die deutlich niedriger lagen.", False),
    ("Related figures were published by the police on Tuesday.", False),
    # a lead with a very long "headline" is a paragraph, not a teaser
    ("Lesen Sie auch: " + " ".join(["Die Beratungsstelle meldet mehr Anrufe als je zuvor"] * 5), False),
    (BODY, False),
])
def test_teaser_lines(line, teaser):
    assert is_boilerplate_line(line) is teaser


@pytest.mark.parametrize("text, expected", [
    (f"{BODY}\n\nLesen Sie auch: Neue Regeln ab Montag\n\n{BODY}", f"{BODY}\n\n{BODY}"),
    (f"{BODY}\n\nÀ lire aussi :\n\n{BODY}", f"{BODY}\n\n{BODY}"),
    (f"{BODY}\n\nCzytaj też: Nowe przepisy", BODY),
])
def test_strip_boilerplate_drops_teasers(text, expected):
    assert strip_boilerplate(text) == expected
