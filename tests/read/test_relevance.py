"""Relevance: about a prevention helpline or not, from raw text."""
from __future__ import annotations

import pytest

from pipeline.read.relevance import assess, helplines_named, link_score


@pytest.mark.parametrize("text, relevant", [
    ("More than 2,400 people contacted Stop It Now last year, the charity said.", True),
    ("The Lucy Faithfull Foundation's confidential helpline took 610 calls from people worried about their sexual thoughts.", True),
    ("Calls to the Respect Phoneline, which supports domestic abuse perpetrators who want to change, rose by 30%.", True),
    ("Das Projekt Kein Täter werden hat 11 Standorte; 2019 contacted 1,200 people the project.", True),
    ("The National Gambling Helpline took 4,000 calls from people worried about problem gambling.", True),
    ("The Stop It Now helpline has seen calls from the county double since 2019.", True),
    # lines for people who use or fear using violence against a partner (perpetrator lines)
    ("The new hotline for men who use violence at home took 820 calls in its first year.", True),
    ("A helpline for abusers who want to change has received 310 calls since March.", True),
    ("Calls to the phone line from men worried about their behaviour towards their partner rose 25% last year.", True),
    ("The state's hotline for people who fear they could harm their partner has taken 96 calls from the city.", True),
    # a fraction of more use, and people who access help, are usage figures
    ("Each winter the Samaritans branch takes a third more calls than in summer, from people feeling suicidal.", True),
    ("Over 300 people from the county accessed help through the Stop It Now helpline last year.", True),
    ("Stop It Now says a third more people know of its helpline, which is open to anyone worried about their sexual thoughts.", False),
    # a victims' line with figures is not prevention (ANNOTATION.md decision 1)
    ("The domestic abuse helpline for women fleeing violence took 4,100 calls last year.", False),
    # about a helpline, but no figure of its use (ANNOTATION.md decision 1)
    ("More people than ever contacted Stop It Now last year, the charity said.", False),
    ("The Lucy Faithfull Foundation runs a confidential helpline for people worried about their sexual thoughts.", False),
    ("Stop It Now's helpline is on 0808 1000 900; police made 39 arrests for indecent images of children.", False),
    ("One in four adults knows someone with a gambling problem, says GamCare, which urges people to seek help.", False),
    ("Around 30 volunteers of the Samaritans branch called on the Lord Mayor; 1,400 people took their own lives.", False),
    ("Police made 300 arrests for burglary across the county last year.", False),
    # lines of other countries, and use given as applications for help
    ("Lifeline received more than 9,000 calls from people thinking about suicide last month.", True),
    ("Calls to the state's problem gambling hotline rose 40% after sports betting was legalised.", True),
    ("Applications to the Gordon Moody treatment programme for gambling addiction rose to 640.", True),
    ("The food bank has been a lifeline for 2,000 families who contacted it this winter.", False),
    # a gambling treatment charity by name; use in "referrals", "used the service", or a change whose subject is the sentence before
    ("Referrals to Gordon Moody from other gambling treatment services rose 45% last year.", True),
    ("Pieta saw 6,100 clients last year, up from 5,000.", True),
    # a line named only by its number
    ("Calls to 0808 1000 900 from people worried about their sexual thoughts rose 40% last year.", True),
    ("Volunteers answering 116 123 took 8,200 calls from people feeling suicidal in the county.", True),
    ("Some 320 men used the Don't Become That Man service in its first six months.", True),
    ("Demand for the Men's Referral Service has grown steadily. It's up 35 per cent on last year.", True),
    ("The Respect Phoneline said demand from perpetrators kept climbing. That is a rise of 18% since the spring.", True),
    # figures near a word of use that are no use: expected, arrests and incidents, use that should have happened
    ("The new Stop It Now! line expects to receive over 3,000 calls a year from people worried about their sexual thoughts.", False),
    ("The Samaritans pilot is aiming to answer 12,000 calls in its first year from people feeling suicidal.", False),
    ("Stop It Now! works with police, and 65% of the cases ended with the offender arrested and charged.", False),
    ("Police recorded 40,100 incidents of family violence, and the Men's Referral Service was called to none of them.", False),
    ("These are 5,200 cases where perpetrators should have reached out to the Men's Referral Service for support.", False),
    # a victims' line is no prevention line, unless a line for perpetrators is given beside it
    ("Calls to the national domestic abuse helpline from women seeking help rose 40%, and messages about abusive behaviour doubled.", False),
    ("Calls to the domestic abuse helpline rose 30%, and the helpline for perpetrators who want to stop had 45% more calls.", True),
    ("Calls to Kids Helpline from children worried about abusive behaviour at home rose 30%, and 5,000 sought help.", False),
    ("Victim Support took 2,300 calls from people harmed by abusive behaviour, and 400 sought help online.", False),
    ("The hotline for men who use violence took 820 calls, while 1800RESPECT took 30,000.", True),
    ("Anyone with information should report it to Crimestoppers anonymously.", False),
    ("The council approved plans for a new leisure centre in the town.", False),
])
def test_relevance(text, relevant):
    result = assess(text)
    assert result.relevant is relevant
    assert 0.0 <= result.score <= 1.0
    if result.score > 0:
        assert result.reasons  # a score above zero always says why


def test_reasons_name_the_helpline():
    assert "names Stop It Now!" in assess("People called Stop it Now! for help.").reasons


@pytest.mark.parametrize("text, names", [
    ("Stop it Now and the Lucy Faithfull Foundation", ["Stop It Now!", "Lucy Faithfull Foundation"]),
    ("visit stopitnow.org.uk", ["Stop It Now!"]),
    ("Don\u2019t Offend is a German project", ["Kein Täter werden"]),
    ("nothing here", []),
    # prevention lines of other English-speaking countries
    ("Lifeline Australia answered 3,100 calls", ["Lifeline"]),
    ("calls to the 988 Suicide and Crisis Lifeline", ["988 Suicide and Crisis Lifeline"]),
    ("texts to Shout 85258 and calls to 1-800-GAMBLER", ["Shout 85258", "National Council on Problem Gambling"]),
    ("The state's Problem Gambling Helpline and MensLine", ["Gambling Helpline", "MensLine Australia"]),
    # a name that is an ordinary word too counts only as the paper writes the name
    ("Lifeline took 2,000 calls in the city.", ["Lifeline"]),
    ("LifeLine counsellors answered the calls.", ["Lifeline"]),
    ("The grant is a lifeline for the charity.", []),
    ("A LIFELINE FOR FAMILIES", []),
    ("He was like a brother to brother charities.", []),
    ("The Brother to Brother line took 90 calls.", ["Brother to Brother"]),
    # suicide, gambling and perpetrator lines beyond the UK; ordinary words are no names
    ("Pieta House and MensLine Australia", ["Pieta", "MensLine Australia"]),
    ("No to Violence runs the line; text Shout 85258", ["No to Violence", "Shout 85258"]),
    ("the 988 Suicide & Crisis Lifeline and GamStop", ["988 Suicide and Crisis Lifeline", "GamStop"]),
    ("fans shout for a lifeline in the last minute", []),
    ("ring 0808 8020 133 any time", ["National Gambling Helpline"]),
])
def test_helplines_named(text, names):
    assert helplines_named(text) == names


@pytest.mark.parametrize("url, anchor, worth", [
    ("https://news.example/stop-it-now-helpline-calls-double", "Helpline calls double", True),
    ("https://news.example/news/2022/indecent-images-arrests", "", True),
    ("https://news.example/sport/football/town-win-derby", "Town win derby", False),
    ("https://news.example/whats-on/", "What's on", False),
])
def test_link_score(url, anchor, worth):
    assert (link_score(url, anchor) > 0) is worth


@pytest.mark.parametrize("text, relevant", [
    # a change of use told with a verb of size ("soared", "surged", "climbed") or "N times more"
    ("Calls from prisoners to the Samaritans helpline soared by 45% in two years.", True),
    ("Messages to Stop It Now surged by 30 per cent after the campaign.", True),
    ("Contacts with the National Gambling Helpline climbed 18% last year.", True),
    ("Up to three times more requests for help reached the Stop It Now helpline after the trial.", True),
    ("Four times as many people contacted Stop It Now after the film.", True),
    # the same verbs without any use of the line
    ("House prices soared by 45% in two years, the council said.", False),
    ("Stop It Now warned that online abuse had surged by 30 per cent.", False),
])
def test_a_change_of_use_told_with_other_verbs(text, relevant):
    assert assess(text).relevant is relevant


@pytest.mark.parametrize("text, relevant", [
    # "Stop It Now!" in the middle of a sentence does not end it
    ("Men contacting the Stop It Now! helpline rose to more than 6,000 last year.", True),
    ("The number of people accessing the Stop It Now! service grew by a half to 12,500.", True),
    # a use told with the service's possessive
    ("In 2021, 1400 people sought their help to stop viewing sexual images of children, Stop It Now said.", True),
    # ages are no figures of use, however near a word of use
    ("The CALM helpline was set up for men aged 15 to 35 who are suicidal and need to seek help.", False),
    ("Stop It Now wants 18 to 25-year-olds worried about their sexual thoughts to seek help.", False),
    # a general health line's figures are no prevention line's use
    ("Calls to NHS 24 about suicidal thoughts rose to 4,200 last winter.", False),
])
def test_names_possessives_ages_and_health_lines(text, relevant):
    assert assess(text).relevant is relevant


@pytest.mark.parametrize("text, relevant", [
    # a line for men who are violent at home: its use is a prevention line's, though it names domestic violence
    ("The Men's Domestic Violence Helpline, set up for perpetrators of domestic violence, was contacted by 2,100 callers.", True),
    ("Perpetrators of family violence rang the helpline 900 times, seeking help to stop.", True),
    # American spellings of the prevention words, and a help-line written with a hyphen
    ("Referrals of men seeking help with abusive behavior rose by 40% to 320.", True),
    ("The help-line for problem gamblers took 5,400 calls last year.", True),
    # a line for victims of domestic violence stays a reporting line
    ("The domestic violence helpline for women took 3,000 calls from victims last year.", False),
])
def test_lines_for_violent_men_and_spellings(text, relevant):
    assert assess(text).relevant is relevant


@pytest.mark.parametrize("text, relevant", [
    # a line no list names, called by what it is: a crisis, distress, text or advice line
    ("The city's distress line answered 14,300 calls last year, a third of them from people with suicidal thoughts.", True),
    ("Its crisis text line held 2,900 conversations with people thinking about suicide in the first six months.", True),
    ("Calls to the advice line from men worried about their behaviour towards their partner rose 22% to 610.", True),
    # a programme or therapy for people who want to stop, used by a number of people
    ("The perpetrator programme took 180 referrals from the courts, and 40 men completed it.", True),
    ("The self-help programme for people worried about their sexual thoughts had 3,100 users in its first year.", True),
    ("The treatment centre worked with 85 problem gamblers over the year, its therapy programme full.", True),
    # "double the number of calls": a multiplier of use
    ("Legal betting brought triple the number of calls to the state's problem gambling hotline.", True),
    # the same words with no prevention or no use
    ("The after-school programme took 180 referrals from the council this year.", False),
    ("The bank's advice line answered 14,300 calls about mortgages last year.", False),
    ("The crisis line for victims of domestic violence took 2,900 calls from women last year.", False),
    # a programme is a service only when the text says so or tells its use; a drama or a film is none
    ("Courts made 210 referrals of men over abusive behaviour last year, and 88 completed the programme.", True),
    ("The TV drama programme about abusive men drew 3 million viewers, double the number of the first series.", False),
    ("The new therapy film follows violent men in prison; its makers worked with 35 inmates.", False),
])
def test_lines_and_programmes_no_list_names(text, relevant):
    assert assess(text).relevant is relevant


@pytest.mark.parametrize("text, relevant", [
    # a support line for gamblers is a prevention line (decision 1: lines for gamblers), whatever its own name
    ("The county's gambling support line took 1,480 contacts last year, up from 1,210.", True),
    ("Webchats to the gambling support service rose to 620 in the six months to June.", True),
    # a gambling firm's customer line is not one
    ("The betting firm's customer service line answered 9,000 calls about account closures.", False),
    # Scotland's listening line for people feeling low or suicidal, named as the paper capitalises it,
    # is no reporting line although NHS 24 runs it
    ("NHS 24, which runs Breathing Space, said the line answered 61,300 calls last year.", True),
    ("The new park will give residents a breathing space, the council said, after 3,000 people signed up.", False),
])
def test_gambling_support_and_listening_lines(text, relevant):
    assert assess(text).relevant is relevant
