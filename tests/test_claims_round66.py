"""Round 66: homonyms a stated distance rules out, requests for permission, canals,
overflights of towns, meetings, plans for a force's own instructors, island names,
purpose clauses, a speaker's province, "no military personnel" and district prefixes.

Every sentence here is new; none is copied from an evaluation article.
"""

from geo.toponyms import find_toponyms

from .conftest import pairs_of, status_at


def test_a_homonym_a_long_stated_distance_rules_out_is_replaced(gaz):
    text = ("Iran wants a naval supply post at the small port of Aqiq, about 185 km south-east of "
            "Port Sudan, sources in Sudan said. Aqiq has no naval facilities.\n")
    tops = [t for t in find_toponyms(text, gaz) if t.name == "Aqiq"]
    assert tops and all(t.iso3 == "SDN" for t in tops)
    assert all(abs(t.lat - 18.4) < 0.3 for t in tops)  # (lat, lon): 185 km south-east of Port Sudan


def test_guard_the_requester_of_permission_is_the_operator(gaz):
    text = ("Iran has asked Sudan's army-led government for permission to set up a naval supply post "
            "at Port Sudan, three sources said.\n")
    assert status_at(gaz, text, "IRN", "Port Sudan") == "proposed"


def test_the_suez_canal_is_no_town_of_suez(gaz):
    tops = find_toponyms("Iranian warships refuel on their way to and from the Suez Canal.\n", gaz)
    assert [(t.name, t.kind) for t in tops if "Suez" in t.name] == [("Suez Canal", "region")]


def test_a_capital_owning_a_named_force_is_no_place(gaz):
    text = ("Russian contractors linked to Moscow's Africa Corps guard a gold mine near Ndele, "
            "residents in the Central African Republic said.\n")
    assert ("RUS", "Moscow") not in pairs_of(gaz, text)


def test_drones_that_flew_over_a_town_are_not_there(gaz):
    text = "Turkish drones flew over Misrata on Sunday, residents in Libya said.\n"
    assert ("TUR", "Misrata") not in pairs_of(gaz, text)


def test_guard_a_position_above_a_village_is_there(gaz):
    text = ("Turkey keeps troops in Iraq. Its soldiers withdrew last week from a small position above "
            "Amadiya, about 60 km north of Duhok, officials said.\n")
    assert status_at(gaz, text, "TUR", "Amadiya") == "withdrawn"


def test_officers_who_meet_regularly_are_at_meetings(gaz):
    text = "Chadian and Sudanese officers meet regularly in Abeche, the diplomats said.\n"
    assert not pairs_of(gaz, text)


def test_a_forces_own_instructors_that_could_train_there_are_a_plan(gaz):
    text = ("Spain is considering keeping troops in Lebanon, and its instructors could train Lebanese "
            "army units at a camp near Baalbek.\n")
    assert status_at(gaz, text, "ESP", "Baalbek") == "proposed"


def test_guard_a_forces_own_troops_based_there_that_could_stay_are_there(gaz):
    text = "Italy said its soldiers based at Naqoura could stay.\n"
    assert status_at(gaz, text, "ITA", "Naqoura") == "existing"


def test_islands_named_like_a_town_abroad_are_not_that_town(gaz):
    text = "Iranian teams are working from the Zubair islands, west of Hodeidah in Yemen.\n"
    assert all(t.iso3 != "IRQ" for t in find_toponyms(text, gaz))


def test_a_purpose_clause_is_another_event(gaz):
    text = ("Britain plans to store armoured vehicles at a new depot near Nizwa, in Oman, so that troops "
            "flown out for exercises no longer have to ship their kit.\n")
    assert status_at(gaz, text, "GBR", "Nizwa") == "proposed"


def test_where_after_a_town_that_locates_an_airport_is_the_airport(gaz):
    text = ("The Pentagon's first choice is the Gassim airport near Buraidah, about 300 km "
            "north-west of Riyadh, where US tanker aircraft could be based on rotation.\n")
    got = {(o, p) for o, p in pairs_of(gaz, text)}
    assert any(o == "USA" and "Airport" in p for o, p in got), got
    assert status_at(gaz, text, "USA", "Airport") == "proposed"


def test_the_province_of_a_speaker_is_no_place(gaz):
    text = ('"There are no Saudi forces in the oilfields and none are coming," the Hadramawt governor\'s '
            "office said in a statement.\n")
    assert ("SAU", "Hadramawt") not in pairs_of(gaz, text)


def test_no_military_personnel_is_a_denial(gaz):
    text = "Iran has no military personnel on Kamaran, a spokesman said.\n"
    assert status_at(gaz, text, "IRN", "Kamaran") == "denied"


def test_guard_no_longer_is_not_a_denial(gaz):
    text = "Italy no longer has troops in Herat, officials said.\n"
    assert status_at(gaz, text, "ITA", "Herat") != "denied"


def test_a_lower_case_compass_word_is_part_of_a_sea(gaz):
    tops = find_toponyms("Teams ran a radar station in the southern Red Sea, officials in Yemen said.\n",
                         gaz)
    assert all(t.iso3 != "ERI" for t in tops)


def test_guard_a_capitalised_division_is_the_division(gaz):
    tops = find_toponyms("The Southern Red Sea region of Eritrea is dry.\n", gaz)
    assert any(t.name == "Southern Red Sea" and t.iso3 == "ERI" for t in tops)


def test_an_airstrip_in_a_provinces_desert_is_not_the_province(gaz):
    text = ("Saudi soldiers already man a border post beside the al-Abr airstrip, in Hadramawt's "
            "northern desert, officials in Yemen said.\n")
    assert ("SAU", "Hadramawt") not in pairs_of(gaz, text)


def test_a_town_geonames_names_with_a_district_prefix_is_found(gaz):
    tops = find_toponyms("Iraqi border guards patrol near Ali al-Sharqi, in Iraq's Maysan province.\n", gaz)
    assert any(t.iso3 == "IRQ" and t.name == "Ali al-Sharqi" for t in tops)


def test_guard_no_foreign_soldiers_after_they_left_is_the_absence_left(gaz):
    text = ("Russia handed the Gudauta base to Abkhaz forces on Friday. The last Russian soldiers left "
            'Gudauta on Thursday. "There are no foreign soldiers at Gudauta now," an official said.\n')
    assert status_at(gaz, text, "RUS", "Gudauta") == "withdrawn"


def test_where_after_a_town_a_distance_is_measured_from_is_that_town(gaz):
    text = ("Taytay lies about 40 km north-east of San Vicente, where American Marines have run a small "
            "logistics post since last year, officials in the Philippines said.\n")
    assert {p for o, p in pairs_of(gaz, text) if o == "USA"} == {"San Vicente"}


def test_forces_that_will_move_in_go_to_the_place_just_named(gaz):
    text = ("The depot near Tapa will not stay empty for long. A German supply unit of about 80 soldiers "
            "is expected to move in next spring, officials in Estonia said.\n")
    assert status_at(gaz, text, "DEU", "Tapa") == "proposed"
