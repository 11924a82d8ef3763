"""Claims: fixes found by probing the extractor with new wire-style sentences.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.extract import extract_article
from geo.load import parse_article


def statuses(gaz, text):
    return {(c.operator, c.place.split(" (")[0]): c.status
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
