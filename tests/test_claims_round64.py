"""Round 64: a town "just outside" another, units disbanded, and presences that ended
"until the last troops left in 1994".

Every sentence here is new; none is copied from an evaluation article.
"""

from .conftest import pairs_of, status_at


def test_guard_a_town_just_outside_another_is_located_by_it(gaz):
    text = ("Belgium kept a signals company at Wavre, just outside Brussels, from 2012 until 2016, the "
            "first Belgian unit to be based there since the war.\n")
    assert "Brussels" not in {p for _, p in pairs_of(gaz, text)}


def test_a_disbanded_unit_is_withdrawn(gaz):
    text = "Germany kept a signals battalion at Colmar from 2008 until the unit was disbanded in 2013.\n"
    assert status_at(gaz, text, "DEU", "Colmar") == "withdrawn"


def _dated(text):
    return ("---\ntitle: T\nsource: T\nurl: https://example.com/t\npublished: 2025-03-12\n---\n\n" + text)


def test_until_the_last_troops_left_in_a_past_year_is_over(gaz):
    text = _dated("Further north, at Zossen, the Soviet army kept the headquarters of its forces until the "
                  "final troops left in August 1994.\n")
    assert status_at(gaz, text, "RUS", "Zossen") == "withdrawn"


def test_guard_until_a_future_event_is_no_end(gaz):
    text = _dated("French troops will stay at Gao until the elections in 2031, officials said.\n")
    assert status_at(gaz, text, "FRA", "Gao") != "withdrawn"
