"""Round 67: forces that "had earlier been based" somewhere, short names of forces named
before ("the Guards"), units that "took part" in an exercise, and aircraft types named
like places.

Every sentence here is new; none is copied from an evaluation article.
"""

from .conftest import pairs_of, status_at


def test_forces_that_had_earlier_been_based_somewhere_have_left(gaz):
    text = ("Iran's Revolutionary Guards run a drone workshop in Yemen. The Guards personnel had earlier "
            "been based near the port of Mocha, two officials said.\n")
    assert status_at(gaz, text, "IRN", "Mocha") == "withdrawn"


def test_guard_forces_that_have_been_based_somewhere_are_there(gaz):
    text = "Iranian personnel have been based near the port of Mocha since 2023, two officials said.\n"
    assert status_at(gaz, text, "IRN", "Mocha") == "existing"


def test_the_guards_stand_for_the_revolutionary_guards_named_before(gaz):
    text = ("Iran's Revolutionary Guards run a drone workshop in Yemen. The Guards personnel are based "
            "near the port of Mocha, two officials said.\n")
    assert status_at(gaz, text, "IRN", "Mocha") == "existing"


def test_guard_border_guards_are_not_the_revolutionary_guards(gaz):
    text = ("Iran's Revolutionary Guards run a drone workshop in Yemen. Iraq's border guards have "
            "reinforced their posts near Basra.\n")
    assert ("IRN", "Basra") not in pairs_of(gaz, text)


def test_units_that_took_part_in_an_exercise_are_not_there(gaz):
    text = ("Talisman Sabre ended in Queensland and the Northern Territory. About 30,000 personnel from "
            "19 countries took part, including Japanese units, which have since returned home.\n")
    assert not any(o == "JPN" for o, _ in pairs_of(gaz, text))


def test_an_aircraft_type_before_its_modifiers_is_no_place(gaz):
    text = ("A French navy detachment of two Falcon maritime patrol jets has operated from Chania since "
            "February, a French spokesman said.\n")
    assert {p for o, p in pairs_of(gaz, text) if o == "FRA"} == {"Chania"}


def test_a_countrys_report_is_a_source_not_an_operator(gaz):
    text = ("Russia's defence ministry on Tuesday denied a South Korean report that it intends to "
            "station a naval supply team at North Korea's port of Rajin.\n")
    assert not any(o == "KOR" for o, _ in pairs_of(gaz, text))
