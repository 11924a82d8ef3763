"""Mechanism-level rules of round 10: when a carried operator may land in a sentence.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import claims_of

# an article about French forces, then two sentences with no forces, so that a later
# sentence without an operator of its own falls back on the article's subject (France)
_OPENING = ("French troops arrived at Gao airport on Monday, the army said. The mayor welcomed "
            "the news. Markets in the town were busy on Tuesday. ")




def has(gaz, text, operator, place):
    return any(c.operator == operator and place in c.place for c in claims_of(gaz, text))


@pytest.mark.parametrize("sentence, place, kept", [
    # the host's own voice about forces in its own territory: not the subject's forces
    ("Chilean officials announced a new army command based in Arica.", "Arica", False),
    ("Peru's defence ministry said it had sent 200 soldiers to Tacna.", "Tacna", False),
    ("The Kenyan defence ministry said the navy's headquarters would move from Mombasa to Lamu.",
     "Lamu", False),
    # no country named, or a foreign country beside the host: the subject's forces may be meant
    ("About 300 soldiers are now stationed at Arica, officials said.", "Arica", True),
    ("Chilean and Peruvian officials said 300 soldiers were stationed at Arica.", "Arica", True),
    ("Chile's agreement lists a naval base at Arica.", "Arica", True),
])
def test_the_hosts_own_voice_takes_no_carried_subject(gaz, sentence, place, kept):
    assert has(gaz, _OPENING + sentence + "\n", "FRA", place) is kept


_FORCES = "Canada keeps 300 soldiers in Vilnius. "


@pytest.mark.parametrize("text, kept", [
    # a quantifier alone at a clause's start stands for the forces just named
    (_FORCES + "The rest are stationed in Riga.", True),
    (_FORCES + "Most of them are based in Riga.", True),
    (_FORCES + "A further 200 have moved to Riga.", True),
    (_FORCES + "Some 200 more are stationed in Riga.", True),
    (_FORCES + "Others remain in Riga.", True),
    ("Canada keeps 300 soldiers in Vilnius, and another 500 are deployed in Riga.", True),
    # no forces named before, or no presence: nothing to place
    ("The mayor of Vilnius spoke on Monday. Most are based in Riga.", False),
    ("The mayor of Vilnius spoke on Monday. Most of them are based in Riga.", False),
    (_FORCES + "Most were killed in Riga.", False),
    (_FORCES + "Most are from Riga.", False),
    (_FORCES + "Most voters in Riga backed the plan.", False),
])
def test_a_quantifier_alone_places_the_forces_named_before(gaz, text, kept):
    assert has(gaz, text + "\n", "CAN", "Riga") is kept


@pytest.mark.parametrize("text, kept", [
    (_FORCES + "A second group is stationed in Riga.", True),
    ("Canada keeps 300 soldiers in Vilnius; a smaller engineering team is based in Riga.", True),
    ("Canada keeps 300 soldiers in Vilnius, and a smaller engineering team at Riga.", True),
    ("The mayor of Vilnius spoke, and a smaller team of officials at Riga listened.", False),
    (_FORCES + "A second group of tourists is in Riga.", False),
    ("The mayor of Vilnius spoke on Monday. A second team is based in Riga.", False),
])
def test_another_group_places_the_forces_named_before(gaz, text, kept):
    assert has(gaz, text + "\n", "CAN", "Riga") is kept


@pytest.mark.parametrize("sentence, kept", [
    # the place belongs to another noun phrase's participle: a deal, a summit, a raid
    ("The deployment follows the collapse of a truce signed in Arica.", False),
    ("The deployment comes a week after a ceasefire agreed in Arica.", False),
    # a presence participle, or the forces' own verb: the forces are there
    ("The deployment includes a unit based in Arica.", True),
    ("The deployment includes a unit stationed at Arica.", True),
])
def test_a_carried_operator_skips_places_another_noun_phrase_holds(gaz, sentence, kept):
    assert has(gaz, _OPENING + sentence + "\n", "FRA", "Arica") is kept


def status_of_claim(gaz, text, operator, place):
    got = [c.status for c in claims_of(gaz, text) if c.operator == operator and place in c.place]
    return got[0] if len(got) == 1 else None


@pytest.mark.parametrize("text, operator, want", [
    # a people after "alongside" stands for its forces, at the place of the clause
    ("Belgian troops are based in Gao alongside the French.\n", "FRA", "existing"),
    ("About 200 Belgian soldiers served alongside the Dutch in Gao.\n", "NLD", "existing"),
    # the companion is the reference point: present whatever the newcomers' plan
    ("Belgian jets would be based at Gao alongside the Danes.\n", "DNK", "existing"),
    # no forces in the sentence: a people beside diplomats or voters is no presence
    ("The Belgian minister negotiated alongside the French in Gao.\n", "FRA", None),
    ("Belgium voted alongside the French at the summit in Gao.\n", "FRA", None),
])
def test_a_people_alongside_the_forces_is_there_too(gaz, text, operator, want):
    assert status_of_claim(gaz, text, operator, "Gao") == want
