"""Round 53: a town's airfield, homonyms a stated distance rules out, denials that name
their own place, and clauses that leave the presence of their subject alone.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.toponyms import find_toponyms

from .conftest import claims_of, found, status_at


def test_a_denial_naming_its_own_place_leaves_the_place_before_alone(gaz):
    text = ("The Dutch navy ran a supply pier near Gaza in the spring. \"The last of our ships and "
            "sailors left Ashkelon on Monday,\" a Dutch defence official said, adding that no Dutch "
            "sailors had set foot in Gaza.\n")
    assert status_at(gaz, text, "NLD", "Ashkelon") == "withdrawn"


def test_no_forces_there_still_denies_the_place_just_named(gaz):
    text = "Italy has set up a base near Misrata, and no Italian troops are there now.\n"
    assert status_at(gaz, text, "ITA", "Misrata") == "denied"


@pytest.mark.parametrize("cue", ["sailing home", "heading home", "flying home"])
def test_forces_going_home_from_a_place_have_left_it(gaz, cue):
    text = f"Officials said the French frigates that had been based at Limassol were {cue}.\n"
    assert status_at(gaz, text, "FRA", "Limassol") == "withdrawn"


@pytest.mark.parametrize("text", [
    "Turkish officers have been stationed since May at two camps, one outside the town of Kirkuk "
    "and one near Tikrit.\n",
    "Turkish officers run two camps, one near Kirkuk and another near Tikrit.\n",
])
def test_one_and_one_more_each_name_a_place_of_the_plural_noun(gaz, text):
    assert {p for o, p, _ in found(claims_of(gaz, text)) if o == "TUR"} >= {"Kirkuk", "Tikrit"}


def test_preparing_a_base_is_a_plan(gaz):
    text = "Qatar is preparing a training base for the Libyan army near Misrata, sources said.\n"
    assert status_at(gaz, text, "QAT", "Misrata") == "proposed"


def test_a_later_there_means_the_town_not_the_reference_point(gaz):
    text = ("Russia's main force in the region remains at Jableh, about 25 km south of Latakia, "
            "a ministry official said. He did not say how many soldiers were there.\n")
    places = {c.place for c in claims_of(gaz, text) if c.operator == "RUS"}
    assert "Latakia" not in places


def test_pilots_beginning_their_training_abroad_are_no_presence(gaz):
    text = "Greek pilots will begin training on the new jets in the United States next spring.\n"
    assert not [c for c in claims_of(gaz, text) if c.operator == "GRC"]


def test_a_base_home_to_the_host_fleet_says_nothing_of_the_visitor(gaz):
    text = ("Washington wants to rotate tanker aircraft through the air base at Konya. "
            "Washington sees Konya, home to Turkey's airborne early warning fleet, as a safe hub.\n")
    assert status_at(gaz, text, "USA", "Konya") == "proposed"


def test_a_capital_that_sent_a_delegation_opens_a_new_clause(gaz):
    text = ("Iraq's border guards have reinforced their posts in Erbil province, and Baghdad sent "
            "a delegation to Tehran on Monday.\n")
    assert "Baghdad" not in {c.place for c in claims_of(gaz, text)}


def test_a_homonym_far_from_the_stated_distance_gives_way_to_the_point(gaz):
    text = ("Russian cargo planes could use the airstrip at Zelten, about 200 km south of "
            "Marsa Brega, a Libyan official said.\n")
    got = [c for c in claims_of(gaz, text) if c.operator == "RUS"]
    assert got and all(c.lat < 30.5 and c.lon > 18.5 for c in got), [(c.place, c.lat, c.lon) for c in got]


@pytest.mark.parametrize("text, expected", [
    ("US Patriot crews moved to Rafha in Saudi Arabia. A second battery could follow at the Turaif "
     "airport, near the Jordanian border.\n", "Turaif Domestic Airport"),
    ("Kinshasa offered US forces access to the Kamina air base in Congo and an airport in the "
     "east, near Goma.\n", "Kamina Base Airport"),
])
def test_a_town_named_for_its_airfield_is_the_airfield(gaz, text, expected):
    assert expected in {c.place for c in claims_of(gaz, text) if c.operator == "USA"}


def test_an_airfield_is_found_only_in_a_country_the_text_names(gaz):
    text = "Australian soldiers will be based at Henderson airfield, officials in Honiara said.\n"
    assert all(t.kind != "site" for t in find_toponyms(text, gaz) if t.name == "Henderson")


def test_the_airport_and_the_town_it_is_named_by_are_one_claim(gaz):
    text = ("Moscow wants to station personnel at the airport at Ghat in Libya. \"There is no "
            "Russian presence at Ghat,\" a Libyan spokesman said.\n")
    assert len([c for c in claims_of(gaz, text) if c.operator == "RUS" and "Ghat" in c.place]) == 1


@pytest.mark.parametrize("name, iso3", [("New Halfa", "SDN")])
def test_a_town_opened_by_a_stop_word_is_found(gaz, name, iso3):
    text = f"Drones flew from the town of {name} in eastern Sudan.\n"
    assert [t.iso3 for t in find_toponyms(text, gaz) if t.name == name] == [iso3]


@pytest.mark.parametrize("text", ["He wished them a happy New Year.\n", "It recalled the New Deal.\n"])
def test_a_phrase_opened_by_a_stop_word_is_no_town(gaz, text):
    assert not find_toponyms(text, gaz)


def test_broad_claims_come_before_the_places_inside(gaz):
    text = ("Russia keeps an air base at Hmeimim. The Kremlin said Russia had no plans to send "
            "more troops to Syria.\n")
    ranks = [{"country": 0, "region": 1}.get(c.precision, 2) for c in claims_of(gaz, text)]
    assert ranks == sorted(ranks)


def test_a_site_that_would_let_forces_in_is_theirs_in_plan(gaz):
    text = ("Athens is in talks with Washington about drones at Kithira. A second site, the airport "
            "at Sitia in eastern Crete, would allow US Navy patrol aircraft to refuel, one official "
            "said.\n")
    assert status_at(gaz, text, "USA", "Sitia") == "proposed"


def test_flying_closer_to_waters_off_a_country_is_no_presence_there(gaz):
    text = "American patrol aircraft at Souda Bay could fly closer to the waters south of Cyprus.\n"
    assert "Cyprus" not in {c.place for c in claims_of(gaz, text)}


def test_a_second_battery_follows_the_first(gaz):
    text = ("Germany has moved a Patriot battery and 150 soldiers to the airport at Rzeszow in "
            "Poland. A second battery could follow at Lublin, the official said.\n")
    assert status_at(gaz, text, "DEU", "Lublin") == "proposed"


def test_an_event_in_a_relative_clause_on_the_subject_leaves_its_presence_alone(gaz):
    text = ("Egyptian soldiers have set up a camp at Kismayo in Somalia. A Turkish naval team, "
            "which supports the frigates escorting a survey ship offshore, has also used the "
            "camp since January.\n")
    assert status_at(gaz, text, "TUR", "Kismayo") == "existing"


def test_forces_that_rarely_left_their_base_have_not_left_it(gaz):
    text = ("A team of Iranian officers maintains drones at the airport at Kassala in Sudan. "
            "The Iranians rarely left the base, a diplomat said.\n")
    assert "withdrawn" not in {c.status for c in claims_of(gaz, text) if c.operator == "IRN"}


def test_places_handed_over_as_the_forces_leave_are_left(gaz):
    text = ("1992 - The last US units depart and Olongapo and Angeles are handed to the Philippine "
            "armed forces.\n")
    got = {p: s for o, p, s in found(claims_of(gaz, text)) if o == "USA"}
    assert got and set(got.values()) == {"withdrawn"}, got


def test_practising_to_reinforce_a_force_is_no_presence(gaz):
    text = ("Reservists from Austria flew into Bosnia for a drill at a training area near Tuzla. "
            "The reservists will practise reinforcing the force in a crisis.\n")
    assert "reinforcing" not in {c for cl in claims_of(gaz, text) for c in cl.status_cues}


@pytest.mark.parametrize("text, status", [
    ("Norwegian tank company to be stationed near Rukla from October\n", "proposed"),
    ("Norwegian tanks are said to be stationed near Rukla.\n", "existing"),
])
def test_a_headline_infinitive_is_a_plan_but_a_report_is_not(gaz, text, status):
    assert status_at(gaz, text, "NOR", "Rukla") == status


def test_an_agent_outside_the_relative_clause_of_the_bases_is_not_their_operator(gaz):
    text = ("France, which keeps bases in neighbouring Djibouti and Gabon, held a naval drill "
            "with Kenyan troops off Lamu in May.\n")
    assert {o for o, p, _ in found(claims_of(gaz, text)) if p in ("Djibouti", "Gabon")} == {"FRA"}


def test_a_base_home_to_the_host_aircraft_is_no_presence_of_a_carried_operator(gaz):
    text = ("Turkey will send technicians to run a drone centre at the air base at Karshi in "
            "Uzbekistan, officials said. The Karshi base, home to Uzbek transport aircraft, lies "
            "in the south.\n")
    assert status_at(gaz, text, "TUR", "Karshi") == "proposed"


def test_forces_that_worked_somewhere_before_returning_home_have_left(gaz):
    text = ("Japanese army engineers repaired bridges near Jacmel for two months before returning "
            "home in March.\n")
    assert status_at(gaz, text, "JPN", "Jacmel") == "withdrawn"


def test_a_base_the_troops_pass_through_before_going_home_stays(gaz):
    text = ("The Dutch troops will pass through the Dutch logistics base at Entebbe, which the "
            "Netherlands has run since 2019, before returning home.\n")
    assert status_at(gaz, text, "NLD", "Entebbe") == "existing"


def test_a_capital_a_message_is_sent_to_is_no_place(gaz):
    text = ("Britain moved jets to Akrotiri in Cyprus. An analyst in Nicosia said the deployment "
            "was \"a message to Tehran as much as to the militias\".\n")
    assert "Tehran" not in {c.place for c in claims_of(gaz, text)}


def test_the_host_army_drones_are_flown_for_is_a_beneficiary(gaz):
    text = ("Turkish technicians have been flying drones for Chad's army from an airstrip near "
            "Faya-Largeau since May, sources said.\n")
    assert {c.operator for c in claims_of(gaz, text)} == {"TUR"}


def test_a_coup_in_a_capital_is_no_presence_there(gaz):
    text = ("Russian instructors train recruits at a camp near Ouagadougou. Five years after the "
            "first coup in Niamey, the juntas say they have won back their sovereignty.\n")
    assert "Niamey" not in {c.place for c in claims_of(gaz, text)}


def test_a_transliterated_name_beside_a_town_is_found_far_from_the_other_places(gaz):
    text = ("US troops moved to Rafha and Turaif in northern Saudi Arabia. In 1991 US Marines were "
            "based at Ras al-Mishab, about 40 km south of Khafji.\n")
    tops = [t for t in find_toponyms(text, gaz) if t.name == "Ras al-Mishab"]
    assert tops and tops[0].iso3 == "SAU" and tops[0].lon > 48


@pytest.mark.parametrize("text", [
    "Russia keeps two warships at Tartus.\n",
    "Turkey also keeps military advisers in Misrata and a frigate in the port of Tripoli.\n",
])
def test_vessels_a_country_keeps_at_a_port_are_based_there(gaz, text):
    assert "existing" in {c.status for c in claims_of(gaz, text) if c.place in ("Tartus", "Tripoli")}


def test_a_warship_that_called_at_a_port_is_still_a_visit(gaz):
    text = "A Chinese frigate called at Tartus and kept its crew aboard.\n"
    assert not claims_of(gaz, text)


@pytest.mark.parametrize("noun", ["soldiers", "staff"])
def test_forces_already_based_somewhere_beside_a_plan_are_there(gaz, noun):
    text = f"Germany will send a brigade to Lithuania, with some 200 German {noun} already based in Vilnius.\n"
    assert status_at(gaz, text, "DEU", "Vilnius") == "existing"


def test_leaving_and_returning_to_another_town_leaves_the_first(gaz):
    text = "Chadian troops left a camp near Tessalit last week and returned to Gao, officials said.\n"
    assert status_at(gaz, text, "TCD", "Tessalit") == "withdrawn"


def test_leaving_and_returning_to_the_same_town_is_being_back(gaz):
    text = "US troops left the base at Tabqa in 2019 and returned to Tabqa in 2020.\n"
    assert status_at(gaz, text, "USA", "Tabqa") == "existing"


@pytest.mark.parametrize("text", [
    "Germany has delivered a Patriot air defence battery to Ukraine, the ministry said. A second "
    "battery could follow at Odesa later this year, officials said.\n",
    "Sweden bought four Patriot fire units from the US last year. A second battery could follow at "
    "Halmstad in 2026, the Swedish air force said.\n",
])
def test_a_second_battery_after_a_sale_is_another_delivery(gaz, text):
    assert not claims_of(gaz, text)


def test_no_plans_to_restrict_access_is_no_denial(gaz):
    text = ("Ankara said on Monday it had no plans to restrict American access to the Incirlik base, "
            "where US jets are stationed.\n")
    assert status_at(gaz, text, "USA", "Incirlik") == "existing"


def test_ending_years_of_presence_is_a_withdrawal(gaz):
    text = ("Britain withdrew its last tanks from Sennelager on Friday, ending 75 years of British "
            "military presence in Germany.\n")
    assert {c.status for c in claims_of(gaz, text) if c.operator == "GBR"} == {"withdrawn"}


def test_a_base_a_place_is_home_to_lies_there(gaz):
    text = ("Two Chinese destroyers arrived in Djibouti, home to China's only overseas military base. "
            "About 2,000 Chinese personnel are stationed at the base.\n")
    assert status_at(gaz, text, "CHN", "Djibouti") == "existing"


def test_a_port_home_to_an_alliance_base_gives_no_state_presence(gaz):
    text = "The frigate called at Souda Bay, home to a NATO naval base, last week.\n"
    assert not claims_of(gaz, text)


def test_forces_preparing_to_leave_are_still_there(gaz):
    text = "French troops are preparing to leave their base near Niamey, officials said.\n"
    assert status_at(gaz, text, "FRA", "Niamey") == "existing"


def test_the_capital_forces_arrived_from_is_no_place_of_theirs(gaz):
    text = ("Russian instructors have trained soldiers at a camp near Berengo in the Central African "
            "Republic since 2023. They arrived in trucks from the capital, residents said.\n")
    assert "Bangui" not in {c.place for c in claims_of(gaz, text)}


def test_forces_withdrawn_from_the_town_named_before_left_it(gaz):
    text = "French troops held a camp in Kidal. They withdrew their officers from the town in May.\n"
    assert status_at(gaz, text, "FRA", "Kidal") == "withdrawn"
