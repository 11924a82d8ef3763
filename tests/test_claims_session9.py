"""Claims: fixes found by probing the extractor with new wire-style sentences.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.extract import extract_article
from geo.load import parse_article


def statuses(gaz, text):
    return {(c.operator, c.place): c.status
            for c in extract_article(parse_article(text, "t.md"), gaz)}


@pytest.mark.parametrize(("text", "operator", "place_part", "status"), [
    # "former" describes the estate, not the forces based there now
    ("About 400 Russian instructors are based at a former hunting lodge at Berengo and in the "
     "mining town of Bambari.\n", "RUS", "Bambari", "existing"),
    ("About 400 Russian instructors are based at a former hunting lodge at Berengo and in the "
     "mining town of Bambari.\n", "RUS", "Berengo", "existing"),
    # ... but it still ends the presence its own noun phrase names
    ("The former Russian naval base at Cam Ranh Bay now hosts Vietnamese ships.\n",
     "RUS", "Cam Ranh", "withdrawn"),
])
def test_former_ends_only_its_own_noun_phrase(gaz, text, operator, place_part, status):
    got = statuses(gaz, text)
    hits = [s for (op, place), s in got.items() if op == operator and place_part in place]
    assert hits == [status], got


@pytest.mark.parametrize(("text", "operator", "place_part", "status"), [
    ("Britain ended its 47-year military presence in Belize in 2011.\n", "GBR", "Belize", "withdrawn"),
    ("Paris formally ended its military presence in Chad on Friday.\n", "FRA", "Chad", "withdrawn"),
    ("Italy ended its training mission in Niger last year.\n", "ITA", "Niger", "withdrawn"),
    ("France ended its presence in Mali in 2022.\n", "FRA", "Mali", "withdrawn"),
])
def test_an_ended_presence_may_carry_adjectives(gaz, text, operator, place_part, status):
    got = statuses(gaz, text)
    hits = [s for (op, place), s in got.items() if op == operator and place_part in place]
    assert hits == [status], got


@pytest.mark.parametrize(("text", "operator", "place_part", "status"), [
    # what a place could hold is no presence there (nor a withdrawal): the plan decides
    ("Russia plans a naval logistics centre in Port Sudan. The site would be capable of hosting "
     "four warships.\n", "RUS", "Port Sudan", "proposed"),
    ("Moscow wants a naval base at Port Sudan, which is big enough to house 300 sailors.\n",
     "RUS", "Port Sudan", "proposed"),
    # a present presence stays present
    ("Russia keeps 300 troops at the Port Sudan base, which is capable of hosting four warships.\n",
     "RUS", "Port Sudan", "existing"),
    ("About 200 Russian sailors are based in Port Sudan.\n", "RUS", "Port Sudan", "existing"),
])
def test_capacity_is_not_presence(gaz, text, operator, place_part, status):
    got = statuses(gaz, text)
    hits = [s for (op, place), s in got.items() if op == operator and place_part in place]
    assert hits == [status], got
