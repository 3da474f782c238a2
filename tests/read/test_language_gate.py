"""The cheap English test before py3langid: where it answers, py3langid gives the same answer."""
import py3langid
import pytest

from pipeline.read.language import detect_language, plainly_english

ENGLISH = (
    "The charity said that the number of people who called its helpline for advice had risen by a "
    "third in the year to March, and that most of them were worried about the behaviour of someone "
    "they knew. It was the first time the line had taken more than a thousand calls in a month, and "
    "the service has now asked for more money to keep it open in the evenings."
)
GERMAN = (
    "Die Beratungsstelle teilte mit, dass die Zahl der Menschen, die im vergangenen Jahr die Hotline "
    "angerufen haben, um ein Drittel gestiegen ist. Die meisten Anrufer machten sich Sorgen um das "
    "Verhalten einer Person aus ihrem Umfeld, und das Angebot soll nun auch am Abend erreichbar sein, "
    "wenn die Stadt das Geld dafür bewilligt."
)
FRENCH = (
    "L'association a indiqué que le nombre de personnes ayant appelé sa ligne d'écoute avait augmenté "
    "d'un tiers en un an, et que la plupart d'entre elles s'inquiétaient du comportement d'un proche. "
    "C'est la première fois que la ligne reçoit plus de mille appels en un mois, et le service demande "
    "maintenant des fonds pour rester ouvert le soir."
)
#: English function words among other words, but too few of them: py3langid decides.
LIST_OF_NAMES = " ".join(["Harbour Trust Eastham Bayside Northfield Dayton"] * 8)
#: Half English, half German: below the share, py3langid decides.
MIXED = ENGLISH[:200] + " " + GERMAN


@pytest.mark.parametrize("text, plain", [
    (ENGLISH, True),
    (ENGLISH.upper(), True),  # lower-cased before counting
    (GERMAN, False),
    (FRENCH, False),
    (LIST_OF_NAMES, False),
    (MIXED, False),
    ("The line is open to all of us.", False),  # under 30 words: py3langid decides
])
def test_plainly_english(text, plain):
    assert plainly_english(" ".join(text.split())) is plain


@pytest.mark.parametrize("text", [ENGLISH, ENGLISH.upper(), GERMAN, FRENCH, LIST_OF_NAMES, MIXED, ENGLISH * 40])
def test_same_language_as_py3langid(text):
    sample = " ".join(text.split())[:20_000]
    assert detect_language(text) == (py3langid.classify(sample)[0] or None)
