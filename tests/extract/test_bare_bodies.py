"""Bodies named by a word of their own with no shape word, and people the narrative names after its first
(issue 10, twelfth round).

"the Harbour charity ... who founded Harbour", "Open Door, which runs a helpline ... Its director": a name a
kind word or a running clause shows to be a body is that body wherever the story names it bare; a role that
names such a body whole speaks for it; a body's possessive before a role and a name is no person. The other
people a narrative paragraph names with a title ("after he met its manager Steve Hart") keep that title for a
later "Mr Hart said". Each table varies one shape, with neighbours that must keep what they had. All sentences
are our own writing.
"""
from __future__ import annotations

import pytest

from pipeline.extract.article import quotes_of
from pipeline.extract.bare_bodies import bare_bodies
from pipeline.extract.narrative_people import _near_title


def same_body(found, expected):
    """The scorer's reading of a body: one name holds the other."""
    if not expected:
        return not found
    return bool(found) and (found.lower() in expected.lower() or expected.lower() in found.lower())


@pytest.mark.parametrize("text,names", [
    ("The Harbour charity took calls. Mike Dunn founded Harbour.", ["Harbour", "Harbour"]),
    ("the Kestrel trust said so. Kestrel's staff agreed.", ["Kestrel", "Kestrel"]),
    ("Open Door, which runs a helpline for men, took calls. Open Door hopes to grow.", ["Open Door", "Open Door"]),
    ("Brightside, which offers text support, is busy.", ["Brightside"]),
    ("Safe Steps, which now runs the line, is small.", ["Safe Steps"]),
    # a later mention only; a longer name with a shape word is another body
    ("Mike Dunn founded Harbour. The Harbour charity took calls. Harbour Trust is another.", ["Harbour"]),
    # no body: a place, a known body, an article, a person
    ("The Leeds charity took calls.", []),
    ("The Samaritans charity took calls.", []),
    ("Jo Roe, who runs a helpline, spoke.", []),
    ("Leeds, which runs a helpline, spoke.", []),
])
def test_bare_bodies(text, names):
    assert [n for _, n in bare_bodies(text)] == names


@pytest.mark.parametrize("text,speaker,org", [
    # a role that names the bare body
    ("The Harbour charity supported callers.\n\nMike Dunn, who founded Harbour ten years ago, said he was proud.\n\n"
     "\"They never judge anyone,\" Mr Dunn said.", "Mike Dunn", "Harbour"),
    # "its" after a body shown by a running clause
    ("Open Door, which runs a helpline for men, took calls.\n\nIts director, Kate Lyle, said the number rose.\n\n"
     "\"Men are finding the courage,\" she said.", "Kate Lyle", "Open Door"),
    # a bare body's possessive before a role and a name: the appositive speaks, for the body
    ("The Harbour charity supported callers.\n\nHarbour's operations manager, Neil Grant, said the office would open.\n\n"
     "\"We will answer calls in the evening,\" he said.", "Neil Grant", "Harbour"),
    # neighbours: a known body and a body by its shape keep theirs
    ("Samaritans answered calls.\n\nBranch director Lynn Parry said volunteers were needed.\n\n"
     "\"Anyone can do this,\" she said.", "Lynn Parry", "Samaritans"),
    ("The Kestrel Trust's line took calls.\n\nIts chief executive, Tom Ash, said so.\n\n\"We are busy,\" he said.",
     "Tom Ash", "Kestrel Trust"),
    # a place before "charity" is no bare body: the body the role names by its own words stays
    ("The Leeds charity supported callers.\n\nMike Dunn, who founded Leeds Lights, said he was proud.\n\n"
     "\"We never judge,\" Mr Dunn said.", "Mike Dunn", "Leeds Lights"),
])
def test_speaker_of_a_bare_body(nlp, text, speaker, org):
    quote = quotes_of(text, nlp)[-1]
    assert quote.speaker == speaker
    assert same_body(quote.org, org), quote.org


@pytest.mark.parametrize("before,title", [
    (" said the council would renew its grant after meeting the line's director, ", "the line's director, "),
    (" was set up in 2015 by former probation officer ", "former probation officer "),
    (" and met its staff, including practice lead ", "practice lead "),
    (" after he met its manager ", "its manager "),
    ("Chief Constable ", "Chief Constable "),
    (" and thanked ", ""),
])
def test_the_title_right_before_a_name(before, title):
    assert _near_title(before) == title


@pytest.mark.parametrize("text,speaker,title,org,official", [
    # a person named after the paragraph's first keeps the title given there
    ("Council leader Gary Nash said the line had shown its worth, after he met its manager Steve Hart.\n\n"
     "\"This is money well spent,\" he said.\n\nMr Hart said the money would train volunteers.\n\n"
     "\"It will help us,\" he said.", "Steve Hart", "manager", None, True),
    ("Councillor Mary Lowe said the council would renew its grant after meeting the line's director, Jan Pike.\n\n"
     "\"We have seen what it does,\" she said.\n\nMs Pike said the grant would pay for nights.\n\n"
     "\"People call late,\" she said.", "Jan Pike", "director", None, True),
    ("Health Minister Sean Doyle and Chief Constable Karen Reid met staff in Belfast.\n\n"
     "Ms Reid said officers supported the work.\n\n\"We use it,\" she said.", "Karen Reid", "Chief Constable", None, True),
    # neighbour: a person with no title gets none
    ("Jo Roe thanked Tom Ash for his work.\n\nMr Ash said he was glad.\n\n\"It was a joy,\" he said.",
     "Ash", None, None, False),
])
def test_later_people_of_a_narrative_paragraph_keep_their_titles(nlp, text, speaker, title, org, official):
    quote = quotes_of(text, nlp)[-1]
    assert quote.speaker.split()[-1] == speaker.split()[-1]
    said = f"{quote.title or ''} {quote.role or ''}".lower()
    assert (title is None and not said.strip()) or (title and title.lower() in said)
    assert quote.official is official


@pytest.mark.parametrize("text,speaker,org", [
    # one capitalised title word in passing, with no body, is not learned: the story gives no body for it
    ("The Kestrel Trust runs the line.\n\nJo Roe, the mayor, spoke of a call with President Tom Vale.\n\n"
     "\"The line matters,\" Vale said.", "Vale", None),
    # a body the phrase does not name or point to is not given: only "its", a possessive or the body's own word
    ("Kestrel Trust runs the line.\n\nThe mayor met Apple CEO Tom Vale.\n\n\"We will fund it,\" Vale said.",
     "Tom Vale", "Apple"),
])
def test_later_people_get_no_body_the_phrase_does_not_name(nlp, text, speaker, org):
    quote = quotes_of(text, nlp)[-1]
    assert quote.speaker.split()[-1] == speaker.split()[-1]
    assert same_body(quote.org, org), quote.org


def test_bodies_hold_by_index_as_the_list_does():
    from pipeline.extract.body_views import Bodies
    names = ["Harbour", "Kestrel Trust", "Harbour", "Open Door", "Kestrel Trust"]
    index: dict[str, list[int]] = {}
    for i, n in enumerate(names):
        index.setdefault(n, []).append(i)
    for lo, hi, left_out in [(0, 5, None), (1, 3, None), (3, 5, {4}), (0, 2, {0}), (2, 2, None)]:
        plain, fast = Bodies(names, lo, hi, left_out), Bodies(names, lo, hi, left_out, index)
        for n in set(names) | {"Nobody"}:
            assert fast.holds(n) == (n in plain), (lo, hi, left_out, n)


def test_a_role_s_body_is_looked_up_without_copying_the_bodies(monkeypatch):
    """body_in_role asks the index, never the list of every body named before (no copy per quote)."""
    from pipeline.extract import body_views
    from pipeline.extract.name_book import Speaker
    from pipeline.extract.turn_speakers import body_in_role
    names = [f"Body{i}" for i in range(2000)] + ["Harbour"]
    index = {n: [i] for i, n in enumerate(names)}
    copies = [0]
    real = body_views.Bodies._list

    def counting(self):
        copies[0] += 1
        return real(self)

    monkeypatch.setattr(body_views.Bodies, "_list", counting)
    before = body_views.Bodies(names, 0, len(names), None, index)
    after = body_views.Bodies(names, len(names), len(names), None, index)
    founder = Speaker(name="Mike Dunn", title="founder of Harbour", role="founder of Harbour", official=True)
    assert body_in_role(founder, before, after) == "Harbour"
    assert copies[0] == 0


@pytest.mark.parametrize("role,found", [
    ("founder of Harbour", "Harbour"),
    ("Harbour's operations manager", "Harbour"),
    ("a counsellor at Harbour", "Harbour"),
    # a run inside a clause the parser took for a title is no body of the role
    ("Deputy Director of Prosecution Harbour took the decision", None),
])
def test_a_role_names_its_body_after_of_at_or_as_owner(role, found):
    from pipeline.extract.name_book import Speaker
    from pipeline.extract.turn_speakers import body_in_role
    speaker = Speaker(name="Jo Roe", title=role, role=role, official=True)
    assert body_in_role(speaker, ["Harbour"], []) == found
