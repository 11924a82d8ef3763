"""Round 74: "will now", "has not ruled out", a presence dated decades back, a denial of a
withdrawal, and a stray town whose country only namesakes suggest.

Every sentence here is new; none is copied from an evaluation article.
"""

from geo.toponyms import find_toponyms

from .conftest import pairs_of, status_at


def _dated(text):
    return "---\ntitle: T\nsource: T\nurl: https://example.com/t\npublished: 2025-10-02\n---\n\n" + text


def test_will_now_is_the_present_not_a_plan(gaz):
    text = ("The UN force moved an Austrian platoon into the Irish camp at Naqoura on Monday. Irish and "
            "Austrian peacekeepers will now share the camp in Naqoura.\n")
    assert status_at(gaz, text, "AUT", "Naqoura") == "existing"


def test_has_not_ruled_out_is_a_hedge(gaz):
    text = ("Germany has not ruled out rotating a tank company through a Lithuanian army camp near "
            "Rukla, a defence official said.\n")
    assert status_at(gaz, text, "DEU", "Rukla") == "proposed"


def test_a_past_presence_dated_decades_back_is_over(gaz):
    text = _dated("In March 1994, Croatian police searched a farm near Zenica where Iranian officers had "
                  "been training local fighters.\n")
    assert status_at(gaz, text, "IRN", "Zenica") == "withdrawn"


def test_guard_a_presence_since_an_old_year_still_runs(gaz):
    text = _dated("Iranian officers have been training local fighters near Zenica since 1994.\n")
    assert status_at(gaz, text, "IRN", "Zenica") == "existing"


def test_a_denied_withdrawal_leaves_the_forces_in_place(gaz):
    text = ("Norway's defence ministry on Friday denied a report that its soldiers in Lithuania would be "
            "pulled out early, saying the company based at a camp near Rukla would stay as planned.\n")
    assert status_at(gaz, text, "NOR", "Rukla") == "existing"


def test_a_tiny_town_of_a_country_only_namesakes_suggest_is_a_guess(gaz):
    text = ("Russian border guards handed over their post near the ruins of Ani to Armenian troops on "
            "Tuesday. Officials from Gyumri and Yerevan attended, and Moscow said its base in Gyumri "
            "would stay. Armenia and Russia signed the deal in Moscow.\n")
    hits = [t for t in find_toponyms(text, gaz) if t.name == "Ani"]
    assert all(not t.confident or t.iso3 != "USA" for t in hits)
    assert not any(p in ("Ani", "Aniak") for _, p in pairs_of(gaz, text))
