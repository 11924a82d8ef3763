"""Round 62: a subject that has forces, bullets that open a sentence, lists inside a
relative clause, and islands placed by a distance.

Every sentence here is new; none is copied from an evaluation article.
"""

from geo._resolve import haversine_km
from geo.toponyms import find_toponyms

from .conftest import pairs_of


def test_a_bulleted_subject_that_has_forces_carries_them(gaz):
    text = ("RUSSIA\n\n- Russia keeps its air base at Hmeimim, officials said.\n\nIRAN\n\n"
            "- Iran has the second largest foreign force, with advisers at bases across the east.\n"
            "- They include a depot near Palmyra and a camp at Sukhnah.\n")
    assert ("IRN", "Palmyra") in {(o, p.split()[0]) for o, p in pairs_of(gaz, text)}


def test_countries_listed_in_a_relative_clause_are_not_the_groups(gaz):
    text = ("The YPG, which Turkey, the United States and Britain describe differently, said it was "
            "withdrawing all its fighters to the Qandil mountains.\n")
    assert not {o for o, _ in pairs_of(gaz, text)} & {"TUR", "USA", "GBR"}


def test_an_island_named_with_its_noun_and_placed_by_a_distance(gaz):
    text = ("Britain is in talks to base two helicopters on Sirbu island, about 100 km west of Abu "
            "Dhabi city, officials said.\n")
    tops = find_toponyms(text, gaz)
    island = next(t for t in tops if text[t.start : t.end] == "Sirbu")
    city = next(t for t in tops if text[t.start : t.end] == "Abu Dhabi")
    assert 85 <= haversine_km(island.lat, island.lon, city.lat, city.lon) <= 115
