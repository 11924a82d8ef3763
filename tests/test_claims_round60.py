"""Round 60: moves between two places, sites named in full and then short, items of a
list of sites, exercises as subjects, and cues that belong to other nouns.

Every sentence here is new; none is copied from an evaluation article.
"""

from geo.toponyms import find_toponyms

from .conftest import claims_of, pairs_of, status_at


def test_a_unit_moved_from_a_town_to_another_has_left_the_first(gaz):
    text = "A Polish company moved in March from Doboj to Zvornik, where tension has been higher.\n"
    assert status_at(gaz, text, "POL", "Doboj") == "withdrawn"
    assert status_at(gaz, text, "POL", "Zvornik") == "existing"


def test_a_directional_adjective_before_the_town_keeps_the_reference(gaz):
    text = ("The mission will shut its office in Bihac in May, ending an Austrian presence in the "
            "north-western town that began in 2019.\n")
    assert status_at(gaz, text, "AUT", "Bihac") == "withdrawn"


def test_refuelling_tankers_are_aircraft_not_a_refuelling_stop(gaz):
    text = "The US Air Force will rotate KC-46 refuelling tankers through Rovaniemi airport from June.\n"
    assert ("USA", "Rovaniemi") in {(o, p.split()[0]) for o, p in pairs_of(gaz, text)}
    assert status_at(gaz, text, "USA", "Rovaniemi Airport") == "proposed"


def test_meanwhile_after_an_auxiliary_is_no_clause_break(gaz):
    text = ("Germany has sent a brigade to Lithuania. Polish engineers are meanwhile expected to start "
            "building a fuel depot near Alytus, about 60 km south-west of Vilnius, for the battalion "
            "Poland is sending to Lithuania, two officials said.\n")
    assert status_at(gaz, text, "POL", "Alytus") == "proposed"


def test_jets_that_technicians_maintain_are_no_anchor(gaz):
    text = ("Russian technicians who service Mali's attack helicopters were moved last month from the "
            "air base at Gao to the air base at Sevare, two officers said.\n")
    pairs = pairs_of(gaz, text)
    assert not [p for o, p in pairs if o == "MLI"]
    assert status_at(gaz, text, "RUS", "Gao") == "withdrawn"


def test_the_state_a_town_lies_in_only_locates_it(gaz):
    text = "Russian advisers now work at the army camp at Maturin, in the eastern state of Monagas.\n"
    assert not [p for _, p in pairs_of(gaz, text) if "Monagas" in p]


def test_the_exception_to_a_denial_is_no_denial(gaz):
    text = ('Athens again denied that it hosted "any foreign military base, be it Russian or Chinese", '
            "apart from the US naval station at Souda Bay, which it calls an allied facility.\n")
    assert status_at(gaz, text, "USA", "Naval Support Activity Souda Bay") == "existing"


def test_one_at_a_place_after_a_count_of_sites_is_an_item(gaz):
    text = ("Indonesia plans to let Australian forces use two more sites, one at Kelapa Point in "
            "Tual, and one at the airport of Saumlaki, officials said.\n")
    assert ("AUS", "Tual") in pairs_of(gaz, text)


def test_a_name_placed_by_a_distance_at_the_start_of_a_sentence(gaz):
    text = ("Lingsat Point, about 120 km north of Manila, was home to an American radar unit until 1992, "
            "officials said.\n")
    got = [t for t in find_toponyms(text, gaz) if t.name == "Lingsat Point"]
    assert got
    assert got[0].lat is not None and 15.0 < got[0].lat < 16.0


def test_aircraft_carrying_supplies_for_allied_troops_are_no_presence(gaz):
    text = "Berlin said the aircraft would carry supplies for allied troops in Finland and Sweden.\n"
    assert not claims_of(gaz, text)


def test_a_short_name_of_a_site_named_in_full_is_the_site(gaz):
    text = ("Two Indian P-8I aircraft are rotating through RAAF Base Edinburgh, north of Adelaide. "
            "The US Navy plans to station drones at Edinburgh from 2028.\n")
    points = [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "Edinburgh"]
    assert points and points[0].lat is not None and points[0].lat < -30


def test_guard_forces_due_at_a_base_named_by_an_acronym_are_there(gaz):
    text = "Up to 200 Japanese personnel are due at RAAF Base Tindal in March, officials said.\n"
    assert [p for o, p in pairs_of(gaz, text) if o == "JPN"]


def test_an_exercise_as_the_subject_is_no_presence(gaz):
    text = ("The planned naval exercise would involve Chilean and US frigates and patrol aircraft off "
            "the coast of Valparaiso in October.\n")
    assert not claims_of(gaz, text)


def test_a_host_remaining_in_charge_says_nothing_of_the_guests(gaz):
    text = ("Spain will rotate four F-18 jets through Aviano Air Base from June. The Spanish jets "
            "will share the shelters with our 32nd Wing, which remains in charge of the base.\n")
    assert status_at(gaz, text, "ESP", "Aviano Air Base") == "proposed"


def test_a_country_that_opens_a_new_clause_is_no_place(gaz):
    text = ("Dutch forces are building up a battalion in Lithuania, and Britain leads a battlegroup "
            "in Estonia.\n")
    assert ("NLD", "Estonia") not in pairs_of(gaz, text)
