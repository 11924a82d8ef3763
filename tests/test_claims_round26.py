"""Round 26: rules generalised from the study of the held-out sets of the thirteenth stop.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import claims_of, status_at


def test_where_forces_go_after_what_they_leave_is_not_withdrawn(gaz):
    text = ("Paris is considering moving some of the troops it is pulling out of Niger to a new "
            "logistics camp in northern Chad, near the town of Faya-Largeau, officials said.\n")
    assert status_at(gaz, text, "FRA", "Faya-Largeau") == "proposed"


def test_the_places_a_withdrawal_lists_are_still_withdrawn(gaz):
    text = "France pulled its troops out of Gao, Kidal and Tessalit last year.\n"
    assert status_at(gaz, text, "FRA", "Tessalit") == "withdrawn"


@pytest.mark.parametrize("reference", ["the city of Kirkuk", "the town of Kirkuk", "Kirkuk"])
def test_a_far_reference_after_the_city_of_is_no_place_of_the_forces(gaz, reference):
    text = f"The camp, about 90 km south of {reference}, has hosted French advisers since 2016.\n"
    assert "Kirkuk" not in {c.place for c in claims_of(gaz, text)}


def test_an_island_off_a_coast_is_the_island(gaz):
    text = "Iranian advisers are stationed on Kamaran island off the Red Sea coast, officials said.\n"
    assert {c.place for c in claims_of(gaz, text) if c.operator == "IRN"} == {"Kamaran island"}


def test_a_name_spelled_with_x_for_kh_is_found_by_its_skeleton(gaz):
    text = "Dutch instructors remain at a base near Darbandikhan in Iraq, an official said.\n"
    claims = [c for c in claims_of(gaz, text) if c.operator == "NLD"]
    assert [c.place for c in claims] == ["Darbandikhan"]
    assert claims[0].lat == pytest.approx(35.11, abs=0.05)
    assert claims[0].lon == pytest.approx(45.69, abs=0.05)


@pytest.mark.parametrize("group", ["A third, larger group", "A second group", "A smaller team"])
def test_another_group_that_could_follow_goes_where_it_is_sent(gaz, group):
    text = ("Egypt has stationed a team of military instructors at an army camp near Kassala in "
            f"Sudan. {group} could follow to the airport at Kosti, a diplomat said.\n")
    assert status_at(gaz, text, "EGY", "Kosti") == "proposed"


def test_units_being_trained_are_not_the_subject_a_later_group_belongs_to(gaz):
    text = ("Egypt has stationed a team of military instructors at an army camp near Kassala in "
            "Sudan. The team is training Sudanese army units in the use of artillery. A third, "
            "larger group could follow to the airport at Kosti, a diplomat said.\n")
    assert status_at(gaz, text, "EGY", "Kosti") == "proposed"


@pytest.mark.parametrize(("text", "place"), [
    ("Ankara said its troops would be stationed at a base near Kirkuk.\n", "Kirkuk"),
    ("Senegal said its soldiers would be based at Tabuk alongside Saudi units.\n", "Tabuk"),
])
def test_a_possessive_on_forces_does_not_make_their_plan_a_presence(gaz, text, place):
    operator = "TUR" if text.startswith("Ankara") else "SEN"
    assert status_at(gaz, text, operator, place) == "proposed"


def test_a_base_given_to_a_possessed_navy_is_not_its_own_yet(gaz):
    text = ("China is seeking a deal that would give its navy a logistics base near Bata, "
            "officials said.\n")
    assert status_at(gaz, text, "CHN", "Bata") == "proposed"


@pytest.mark.parametrize("text", [
    "Russia would expand its naval base near Port Sudan.\n",
    "Turkey could use its base near Doha for the operation.\n",
])
def test_a_possessed_base_is_there_already(gaz, text):
    assert {c.status for c in claims_of(gaz, text)} == {"existing"}


def test_a_unit_that_will_deploy_elsewhere_is_still_where_it_is_based(gaz):
    text = ("The United States keeps about 28,000 troops in South Korea. "
            "Its 3rd Brigade, based at Camp Humphreys in Pyeongtaek, will deploy to Kuwait this "
            "summer, US officials said.\n")
    assert status_at(gaz, text, "USA", "Humphreys") == "existing"


@pytest.mark.parametrize(("phrase", "lat", "lon"), [
    ("about 30 km north of Mogadishu", 2.31, 45.34),
    ("some 20 miles (32 km) north of Mogadishu", 2.33, 45.34),
    ("35 kilometres north-east of the city of Mogadishu", 2.27, 45.57),
])
def test_a_place_given_by_distance_and_direction_from_a_town_is_that_far_away(
        gaz, phrase, lat, lon):
    text = f"Turkish advisers have set up a small outpost {phrase}, officials said.\n"
    claims = [c for c in claims_of(gaz, text) if c.operator == "TUR"]
    assert len(claims) == 1
    assert "Mogadishu" in claims[0].place and " of " in claims[0].place
    assert (claims[0].lat, claims[0].lon) == (pytest.approx(lat, abs=0.03), pytest.approx(lon, abs=0.03))


@pytest.mark.parametrize("text", [
    "Turkish advisers have set up a small outpost about 5 km north of Mogadishu.\n",
    "Turkish advisers have set up a small outpost at Afgooye, 30 km north-west of Mogadishu.\n",
])
def test_a_near_distance_or_a_named_place_keeps_the_gazetteer_point(gaz, text):
    places = {c.place for c in claims_of(gaz, text) if c.operator == "TUR"}
    assert places and all(" km " not in p for p in places)


def test_forces_a_base_is_handed_to_are_there_not_withdrawn(gaz):
    text = ("British advisers have left a camp near Kismayo and handed it to Kenyan troops "
            "serving with the African Union mission in Somalia, officials said.\n")
    claims = claims_of(gaz, text)
    assert status_at(gaz, text, "GBR", "Kismayo") == "withdrawn"
    assert "withdrawn" not in {c.status for c in claims if c.operator == "KEN"}


@pytest.mark.parametrize("text", [
    "Egypt is discussing with Eritrea the deployment of a naval detachment on the coast of "
    "the Gulf of Zula, sources said.\n",
    "Turkey is negotiating with Sudan the stationing of a small naval unit at Suakin.\n",
])
def test_the_partner_of_talks_is_not_the_operator(gaz, text):
    operators = {c.operator for c in claims_of(gaz, text)}
    assert operators and operators <= {"EGY", "TUR"}


def test_the_operator_of_a_deal_with_the_host_is_still_the_partner(gaz):
    text = "Sudan signed a deal with Russia for a naval base at Port Sudan.\n"
    assert {c.operator for c in claims_of(gaz, text)} == {"RUS"}


def test_the_archipelago_after_its_capital_is_the_country(gaz):
    text = ("Turkish drone crews are now stationed at Male. India completed the withdrawal of its "
            "own military personnel from the archipelago last year.\n")
    places = {c.place for c in claims_of(gaz, text) if c.operator == "IND"}
    assert places == {"Maldives"}


def test_a_three_letter_alias_of_a_small_town_is_no_name(gaz):
    text = "Egyptian patrol boats could use the fishing port at Tio, a town in Eritrea.\n"
    assert all(c.lat < 20 for c in claims_of(gaz, text))


def test_forces_sent_who_are_building_a_runway_are_there(gaz):
    text = ("The United Arab Emirates has sent troops to the island of Perim and is building a "
            "runway there, officials said.\n")
    assert status_at(gaz, text, "ARE", "Perim") == "existing"


def test_a_force_that_will_send_troops_and_build_a_base_plans_it(gaz):
    text = "Turkey will send troops to Mogadishu and build a base there.\n"
    assert status_at(gaz, text, "TUR", "Mogadishu") == "proposed"


@pytest.mark.parametrize("phrase", ["the south Lebanese village of Houla",
                                    "the Lebanese border village of Houla"])
def test_a_town_the_text_puts_in_another_country_is_not_a_namesake_there(gaz, phrase):
    text = (f"Israeli troops remained in {phrase} on Tuesday. The army of Israel has kept "
            "soldiers on the edge of Houla, officials said.\n")
    assert all(c.host != "SYR" for c in claims_of(gaz, text))


def test_a_list_after_a_demonym_keeps_its_other_towns(gaz):
    text = "Israeli troops entered the south Lebanese villages of Houla and Kfar Kila.\n"
    assert "Kfar Kila" in {c.place for c in claims_of(gaz, text) if c.operator == "ISR"}


def test_a_list_label_names_the_forces_not_the_country_of_the_place(gaz):
    text = ("Troop contributors:\n\n- Kenya: about 1,400 soldiers, mainly at Dhobley\n"
            "- Ethiopia: about 2,500 soldiers in Baidoa\n")
    claims = claims_of(gaz, text)
    assert {(c.operator, c.place) for c in claims} >= {("KEN", "Dhobley"), ("ETH", "Baidoa")}


def test_a_base_named_in_a_carried_sentence_does_not_outweigh_the_plan(gaz):
    text = ("Turkey is considering deploying an air defence unit at a former army base near "
            "Maharda, sources said. The base near Maharda lies on the edge of the Ghab plain and "
            "would give radars a view over central Syria.\n")
    assert status_at(gaz, text, "TUR", "Maharda") == "proposed"


def test_forces_named_with_a_base_they_use_are_there(gaz):
    text = ("American troops have been arriving for a week at the Mihail Kogalniceanu air base. "
            "Romanian officials said more U.S. personnel would be based there by next month.\n")
    assert status_at(gaz, text, "USA", "Kog") == "existing"


def test_has_an_air_base_is_a_presence(gaz):
    text = ("Russia keeps soldiers in Tajikistan and has an air base at Kant in Kyrgyzstan. "
            "Officials said the airfield would stay open.\n")
    assert status_at(gaz, text, "RUS", "Kant") == "existing"


def test_where_after_a_capital_apposition_is_the_town(gaz):
    text = ("Some advisers would stay at a camp outside Fallujah, the largest city of Anbar "
            "province, where Italian trainers have worked since 2022.\n")
    assert {c.place for c in claims_of(gaz, text) if c.operator == "ITA"} == {"Fallujah"}


@pytest.mark.parametrize("text", [
    "Libyan officers have also been sent to Turkish military academies in Ankara and Istanbul.\n",
    "Iraqi cadets were sent to military colleges in Britain.\n",
])
def test_officers_sent_to_academies_abroad_are_trainees(gaz, text):
    assert claims_of(gaz, text) == []


def test_a_second_group_named_by_its_people_and_sent_is_another_group_of_the_forces(gaz):
    text = ("Russian instructors have been stationed at Kaya since March. A second Russian group "
            "could be sent to Dori, one of the sources said.\n")
    assert status_at(gaz, text, "RUS", "Dori") == "proposed"


@pytest.mark.parametrize("verb", ["has turned to", "is leaning on", "relies on"])
def test_a_capital_a_government_turns_to_is_no_place(gaz, verb):
    text = f"Mali expelled French troops in 2022 and {verb} Moscow for security help.\n"
    assert all(c.place != "Moscow" for c in claims_of(gaz, text))


def test_forces_that_exercised_somewhere_are_not_there(gaz):
    text = "Chinese and Tajik special forces exercised together near Khujand in the summer.\n"
    assert "CHN" not in {c.operator for c in claims_of(gaz, text)}


def test_an_unknown_name_placed_by_an_apposition_is_near_that_town(gaz):
    text = ("Up to 200 Russian military personnel may be stationed at a naval training centre at "
            "El Pelicano, the port outside Bluefields on the Caribbean coast.\n")
    assert status_at(gaz, text, "RUS", "Bluefields") == "proposed"


def test_an_aside_after_the_forces_does_not_cut_them_from_the_place(gaz):
    text = ("A second American detachment, of tanker aircraft, may deploy to Iqaluit later in the "
            "spring, one official said.\n")
    assert status_at(gaz, text, "USA", "Iqaluit") == "proposed"


@pytest.mark.parametrize("text", [
    "France said its soldiers would be stationed in Romania for at least another year.\n",
    "Russia said its troops would be stationed at Hmeimim as long as necessary.\n",
    "Spain said its troops would be stationed in Latvia, where Spanish troops have been based "
    "since 2017.\n",
])
def test_forces_that_would_stay_where_they_are_are_there(gaz, text):
    assert {c.status for c in claims_of(gaz, text)} == {"existing"}


def test_a_plan_in_a_relative_clause_does_not_move_the_forces_named_after_it(gaz):
    text = "Turkey said its soldiers who would be based at Kismayo were already in Mogadishu.\n"
    assert status_at(gaz, text, "TUR", "Mogadishu") == "existing"


def test_forces_said_to_be_at_a_base_outweigh_a_plan_to_send_more(gaz):
    text = ("Turkish troops arrived in Somalia in 2017. They are at a base in Kismayo. Ankara "
            "plans to send more troops to Kismayo.\n")
    assert status_at(gaz, text, "TUR", "Kismayo") == "existing"


@pytest.mark.parametrize("text", [
    "Turkey will send troops to Somalia and is building a runway at Baledogle.\n",
    "Egypt is considering sending troops to Somalia and is building a runway at Baidoa.\n",
])
def test_building_after_a_plan_to_send_forces_is_part_of_the_plan(gaz, text):
    assert "existing" not in {c.status for c in claims_of(gaz, text)}


@pytest.mark.parametrize("verb", ["will follow", "is to follow", "would follow"])
def test_a_group_that_will_follow_is_planned(gaz, verb):
    text = f"Egypt has sent troops to Sudan. A second group {verb} to Damazin.\n"
    claims = {(c.place, c.status) for c in claims_of(gaz, text) if c.operator == "EGY"}
    assert claims == {("Damazin", "proposed"), ("Sudan", "existing")}


@pytest.mark.parametrize(("name", "country", "lat"), [
    ("Kut", "Iraq", 32.5), ("Ana", "Iraq", 34.4), ("Rio", "Brazil", -22.9)])
def test_three_letter_names_that_spell_the_town_are_kept(gaz, name, country, lat):
    from geo.toponyms import find_toponyms
    text = f"The officials travelled from {country} to {name} on Monday, after talks in Baghdad."
    found = [t for t in find_toponyms(text, gaz) if t.name == name]
    assert found and found[0].lat == pytest.approx(lat, abs=0.2)


def test_the_teams_named_a_few_sentences_before_are_the_forces(gaz):
    text = ("The United States is considering stationing small teams of soldiers in southern "
            "Syria. The talks come after a visit to Washington. The sources spoke on condition of "
            "anonymity. The teams would be based at a former Syrian army base on the edge of "
            "Nawa, officials said.\n")
    assert status_at(gaz, text, "USA", "Nawa") == "proposed"


def test_a_former_base_is_no_withdrawal_a_plan_governs(gaz):
    text = "Ankara said Turkish troops would be based at a former army base near Tadif.\n"
    assert status_at(gaz, text, "TUR", "Tadif") == "proposed"


@pytest.mark.parametrize("era", ["in the last century", "during the 20th century"])
def test_what_forces_did_last_century_does_not_outweigh_a_plan(gaz, era):
    text = ("A company of Marines would use the airfield at Rio Hato, the US official said. The "
            f"United States trained troops at Rio Hato for decades {era}.\n")
    assert status_at(gaz, text, "USA", "Hato") == "proposed"  # the town or its air base


def test_where_after_a_distance_phrase_is_the_place_measured(gaz):
    text = ("A second option is the airport at Yevlakh, about 65 km east of Ganja, where a Turkish "
            "air defence battery and a small maintenance unit would be deployed.\n")
    assert status_at(gaz, text, "TUR", "Yevlakh") == "proposed"


@pytest.mark.parametrize(("text", "operator"), [
    ("Russian instructors arrived in Bamako last month. A second Chinese group could be sent "
     "to Gao.\n", "CHN"),
    ("Iranian advisers are in Latakia. A small Russian group could be sent to Aleppo.\n", "RUS"),
])
def test_a_group_named_by_its_own_people_is_theirs(gaz, text, operator):
    last = [c for c in claims_of(gaz, text) if c.place in ("Gao", "Aleppo")]
    assert [c.operator for c in last] == [operator]


@pytest.mark.parametrize("text", [
    "About 300 Russian soldiers are stationed in Bangui, and more will follow.\n",
    "Russian troops have exercised control over Tiraspol since 1992.\n",
])
def test_more_to_follow_and_control_exercised_are_presence(gaz, text):
    assert {c.status for c in claims_of(gaz, text)} == {"existing"}


@pytest.mark.parametrize("text", [
    "Germany said its troops would be stationed in Lithuania from 2027 until 2030.\n",
    "Since the invasion, Germany has said its troops would be stationed at Rudninkai.\n",
])
def test_a_plan_with_until_or_an_earlier_since_is_still_a_plan(gaz, text):
    assert {c.status for c in claims_of(gaz, text)} == {"proposed"}


def test_the_teams_need_forces_of_that_name_before(gaz):
    text = ("Russian troops are in Syria. UN inspectors arrived on Monday. The teams will be based "
            "at Homs.\n")
    assert "Homs" not in {c.place for c in claims_of(gaz, text)}


def test_the_subject_before_alongside_is_the_operator(gaz):
    text = "Egypt, alongside Eritrea, is sending troops to Mogadishu.\n"
    assert "EGY" in {c.operator for c in claims_of(gaz, text)}


@pytest.mark.parametrize(("word", "bearing"), [
    ("north", 0.0), ("north-east", 45.0), ("northeast", 45.0), ("east", 90.0),
    ("south-east", 135.0), ("South", 180.0), ("southwest", 225.0), ("west", 270.0),
    ("north-west", 315.0),
])
def test_compass_words_give_bearings(word, bearing):
    from geo._claims_places import bearing_of
    assert bearing_of(word) == pytest.approx(bearing)


@pytest.mark.parametrize(("start", "bearing", "km", "end"), [
    ((0.0, 0.0), 0.0, 111.195, (1.0, 0.0)),      # (lat, lon): north raises the latitude
    ((0.0, 0.0), 90.0, 111.195, (0.0, 1.0)),     # east raises the longitude
    ((10.0, 179.9), 90.0, 111.195 * 0.2 * 0.9848, (10.0, -179.9)),  # across the antimeridian
])
def test_destination_points_are_lat_lon(start, bearing, km, end):
    from geo._claims_places import destination
    lat, lon = destination(*start, bearing, km)
    assert (lat, lon) == (pytest.approx(end[0], abs=0.01), pytest.approx(end[1], abs=0.01))


def test_drone_operators_working_from_an_airport_are_there(gaz):
    text = ("A team of Emirati drone operators and technicians has been working from the airport "
            "at Berbera since early this year, officials said.\n")
    assert status_at(gaz, text, "ARE", "Berbera") == "existing"


def test_engineers_working_from_an_office_are_not_forces(gaz):
    text = "A team of Chinese engineers has been working from an office in Berbera.\n"
    assert "CHN" not in {c.operator for c in claims_of(gaz, text)}


def test_soldiers_who_flew_home_after_drills_left_no_presence(gaz):
    text = ("Azerbaijan hosted joint drills near Baku in September. Turkish and Pakistani soldiers "
            "flew home at the end of the drills, the ministry said.\n")
    assert claims_of(gaz, text) == []


@pytest.mark.parametrize("text", [
    "Britain has trained more than 50,000 Ukrainian recruits at camps in England since 2022.\n",
    "France has trained a Ukrainian brigade in Brittany.\n",
    "Danish officers are to attend a NATO maritime course in Norfolk, Virginia, in March.\n",
])
def test_trainees_and_course_members_abroad_are_no_presence(gaz, text):
    assert claims_of(gaz, text) == []


def test_a_towns_airport_is_the_airport(gaz):
    text = ("The United States has discussed a plan to send American troops to Kutaisi's Kopitnari "
            "airport, officials said.\n")
    assert {c.place for c in claims_of(gaz, text) if c.operator == "USA"} == {"Kopitnari Airport"}


def test_no_foreign_forces_at_named_places_denies_the_forces_just_reported(gaz):
    text = ("Tajikistan rejected a report that Chinese paramilitary officers would be stationed at "
            "new posts on its border. \"No foreign military personnel will be deployed at Rushon or "
            "at Vanj,\" the ministry said.\n")
    claims = {(c.operator, c.place, c.status) for c in claims_of(gaz, text)}
    assert {("CHN", "Rushon", "denied"), ("CHN", "Vanj", "denied")} <= claims


def test_no_foreign_forces_far_from_any_report_take_no_operator(gaz):
    text = ("Germany keeps a transport base at Termez. Korean Air will run the cargo hub at Navoi "
            "airport. The airline plans daily flights to Europe. Officials expect more traffic. "
            "\"There will be no foreign soldiers at Navoi,\" an Uzbek official said.\n")
    assert "Navoi" not in {c.place for c in claims_of(gaz, text)}


def test_an_unknown_place_given_by_a_direction_is_that_side_of_the_town(gaz):
    text = ("Turkish troops have pulled out of a position near the town of Anadan, north-west of "
            "Aleppo, officials said.\n")
    claims = [c for c in claims_of(gaz, text) if c.operator == "TUR"]
    assert [(c.place, c.precision, c.status) for c in claims] == [
        ("north-west of Aleppo", "region", "withdrawn")]


def test_a_side_of_a_town_does_not_join_the_base_beside_it(gaz):
    text = ("Turkey is in talks about deploying a drone unit at the Nairab military air base, next "
            "to Aleppo's airport. Turkish troops have pulled out of a position near the town of "
            "Anadan, north-west of Aleppo.\n")
    statuses = {c.place: c.status for c in claims_of(gaz, text) if c.operator == "TUR"}
    assert statuses.get("north-west of Aleppo") == "withdrawn"
    assert "withdrawn" not in {s for p, s in statuses.items() if p != "north-west of Aleppo"}


def test_a_side_of_a_town_stays_beside_another_claim_of_the_operator(gaz):
    text = ("Turkish troops set up an observation post near the town of Anadan, north-west of "
            "Aleppo.\n\nTurkish troops are also based in Afrin.\n")
    places = {c.place for c in claims_of(gaz, text) if c.operator == "TUR"}
    assert places == {"north-west of Aleppo", "Afrin"}


def test_no_foreign_forces_is_a_denial_whatever_the_verb(gaz):
    text = "Chinese forces have built an outpost near Murghab.\n\nNo foreign troops will be deployed at Rushon.\n"
    assert status_at(gaz, text, "CHN", "Rushon") == "denied"


def test_no_foreign_forces_other_than_some_denies_nobody(gaz):
    text = ("Russia has a base at Dushanbe.\n\nTajikistan has said that no foreign military personnel "
            "other than Russians will be deployed at Rushon.\n")
    assert "Rushon" not in {c.place for c in claims_of(gaz, text)}


def test_going_home_from_a_named_place_after_drills_is_a_withdrawal(gaz):
    text = ("French soldiers flew home from Gao at the end of the drills, completing France's "
            "withdrawal from Mali.\n")
    assert status_at(gaz, text, "FRA", "Gao") == "withdrawn"
