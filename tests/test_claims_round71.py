"""Round 71: places told by their facility noun ("at the airport"), handovers that put the
recipients in place, relative clauses that keep their own status, sponsors and reactions
that are no operators, and island territories.

Every sentence here is new; none is copied from an evaluation article.
"""

from geo.toponyms import find_toponyms

from .conftest import claims_of, pairs_of, status_at


def test_the_airport_is_the_one_the_article_named_as_an_airport(gaz):
    text = ("MUKALLA, March 3 (Gulf Desk) - Qatar may station helicopters at Mukalla airport, two officials "
            "said. The plan was discussed in Doha in February. Local officials welcomed the idea. "
            "Turkish drones hit a convoy near Marib last week. A Turkish frigate visited Aden on Monday. "
            "\"A Qatari presence at the airport would calm the city,\" one official said.\n")
    assert ("QAT", "Aden") not in pairs_of(gaz, text)


def test_leaving_a_town_without_something_is_no_departure_from_it(gaz):
    text = ("The Kenyan forces that once led the offensive around Kismayo pulled out in 2021, leaving "
            "Jilib without a foreign ground presence.\n")
    assert ("KEN", "Jilib") not in pairs_of(gaz, text)


def test_jets_training_over_a_town_do_not_hold_it(gaz):
    text = "Greek fighter jets trained over Paphos last week, the ministry said.\n"
    assert ("GRC", "Paphos") not in pairs_of(gaz, text)


def test_a_reaction_to_a_plan_is_not_a_plan_of_the_forces_a_relative_clause_places(gaz):
    text = ("Moscow, which keeps about 3,000 troops in Gyumri, criticised the plan as a provocation, "
            "officials said.\n")
    assert status_at(gaz, text, "RUS", "Gyumri") == "existing"


def test_guard_a_plan_of_the_subject_still_counts(gaz):
    text = "Moscow, which keeps troops in Gyumri, is discussing a plan to send more there.\n"
    assert ("RUS", "Gyumri") in pairs_of(gaz, text)


def test_coordinated_units_with_a_team_noun_share_the_site(gaz):
    text = ("A French radar team and an Italian air-defence battery could share a hilltop site near "
            "Larnaca, officials said.\n")
    got = {o for o, p in pairs_of(gaz, text) if p == "Larnaca"}
    assert got == {"FRA", "ITA"}


def test_no_date_for_leaving_is_no_departure(gaz):
    text = ("Kenya still keeps troops in Gedo. Its soldiers remain in Dhobley and Beled Hawo, officials "
            "said, and Nairobi has not set a date for withdrawing them.\n")
    assert status_at(gaz, text, "KEN", "Dhobley") == "existing"


def test_forces_a_country_backs_are_not_its_own(gaz):
    text = ("Cairo has courted the eastern commanders, who fought Egyptian-backed forces near Derna "
            "in 2019.\n")
    assert not any(o == "EGY" for o, _ in pairs_of(gaz, text))


def test_places_for_officers_at_schools_abroad_are_trainees(gaz):
    text = ("Spain's defence minister offered more places for Moroccan officers at Spanish military "
            "academies in Zaragoza and Toledo.\n")
    assert not any(o == "MAR" for o, _ in pairs_of(gaz, text))


def test_the_country_asked_for_permission_is_not_the_operator(gaz):
    text = "The United States has asked France for permission to build a radar station at Djibouti.\n"
    got = {o for o, _ in pairs_of(gaz, text)}
    assert "USA" in got
    assert "FRA" not in got


def test_a_territorys_only_base_far_away_is_not_the_island_named(gaz):
    text = "Washington has asked London for permission to build a tracking station on St Helena.\n"
    got = [c for c in claims_of(gaz, text) if c.operator == "USA"]
    assert got
    assert all(abs(c.lat - -15.95) < 1.0 for c in got)  # St Helena, not Ascension (-7.9)


def test_the_north_of_the_island_after_a_town_is_the_north_of_that_island(gaz):
    text = ("Britain keeps about 2,000 personnel at Akrotiri, on Cyprus. Turkey, which keeps thousands "
            "of troops in the north of the island, objected.\n")
    got = [c for c in claims_of(gaz, text) if c.operator == "TUR"]
    assert [c.place for c in got] == ["north Cyprus"]


def test_the_remote_island_points_back_to_the_island_named(gaz):
    text = ("JAMESTOWN (Atlantic Wire) - The United States wants to build a satellite antenna on St "
            "Helena, in what would be the first American military site on the remote island.\n")
    assert ("USA", "Saint Helena") in pairs_of(gaz, text)


def test_handing_out_water_is_no_handover(gaz):
    text = ("Malaysian troops have set up camp near the port of Dili. A Malaysian soldier hands out water "
            "to residents of a camp near the port.\n")
    assert status_at(gaz, text, "MYS", "Dili") == "existing"


def test_a_missile_tracking_station_is_presence_not_an_attack(gaz):
    text = ("---\ntitle: T\npublished: 2025-05-01\n---\n"
            "The United States ran a missile-tracking station on Ascension Island until the 1960s.\n")
    assert status_at(gaz, text, "USA", "Ascension Island") == "withdrawn"


def test_the_possibility_of_a_facility_is_a_plan(gaz):
    text = "Beijing has raised the possibility of a naval facility at Bata, diplomats said.\n"
    assert status_at(gaz, text, "CHN", "Bata") == "proposed"


def test_a_smaller_team_after_a_unit_is_those_forces(gaz):
    text = ("China will send a unit of about 40 officers to Osh. A smaller team could be posted at "
            "Batken, one of them added.\n")
    assert status_at(gaz, text, "CHN", "Batken") == "proposed"


def test_crews_sharing_the_hangar_are_at_the_airport_named_before(gaz):
    text = ("US Navy patrol aircraft have operated since May from a hangar at Hewanorra International "
            "Airport in St Lucia. Dutch P-3 crews share the hangar, officials said.\n")
    got = {o for o, p in pairs_of(gaz, text)}
    assert "NLD" in got


def test_recipients_of_a_handover_hold_the_place(gaz):
    text = ("Iranian advisers have handed over a hilltop post near Qusayr to Russian military police, "
            "sources said.\n")
    assert status_at(gaz, text, "RUS", "Qusayr") == "existing"
    assert status_at(gaz, text, "IRN", "Qusayr") == "withdrawn"


def test_guard_the_hosts_army_receiving_a_base_is_no_claim(gaz):
    text = "France handed its base at Gao to the Malian army in February.\n"
    assert not any(o == "MLI" for o, _ in pairs_of(gaz, text))


def test_an_apposition_after_the_place_left_is_left_too(gaz):
    text = ("Russian military police left their last post in the Daraa countryside, a compound near "
            "Nawa that they had taken over from Iranian advisers in May, in December.\n")
    assert status_at(gaz, text, "RUS", "Nawa") == "withdrawn"


def test_forces_an_apposed_relative_clause_names_are_the_sites_operator(gaz):
    text = ("About 50 Turkish instructors have arrived at a camp near Tadmur. The camp, a former army "
            "compound that Russian military police used until March, was handed to the ministry in "
            "the summer.\n")
    assert ("RUS", "Tadmur") in pairs_of(gaz, text)


def test_a_country_that_did_not_comment_is_a_source(gaz):
    text = "Turkish trainers arrived at Tadmur in May. Israel did not comment on the deployment at Tadmur.\n"
    assert not any(o == "ISR" for o, _ in pairs_of(gaz, text))


def test_a_region_that_only_locates_the_town_is_no_second_claim(gaz):
    text = ("About 40 officers of Iran's Revolutionary Guards are still working at a drone plant outside "
            "Zelenodolsk, in Russia's Tatarstan region, sources said.\n")
    assert [p for o, p in pairs_of(gaz, text) if o == "IRN"] == ["Zelenodolsk"]


def test_it_is_not_at_a_place_denies_the_battery_there(gaz):
    text = ("A US Patriot battery arrived in Israel at the weekend. A report had placed the battery at "
            "the Ramat David air base. \"It is not at Ramat David,\" a US official said.\n")
    assert status_at(gaz, text, "USA", "Ramat David Airbase") == "denied"


def test_a_second_team_in_a_new_clause_does_not_hedge_the_first(gaz):
    text = ("Russian radar crews have been stationed since May at an air base near Tabriz, and a second "
            "team could be posted to a base near Shiraz, sources said.\n")
    assert status_at(gaz, text, "RUS", "Tabriz") == "existing"


def test_asking_for_a_logistics_point_is_a_plan(gaz):
    text = "Moscow has asked for a logistics point at the port of Bandar Anzali, officials said.\n"
    assert status_at(gaz, text, "RUS", "Bandar Anzali") == "proposed"


def test_leaving_the_country_ends_the_presence_at_a_place_named_before(gaz):
    text = ("Russian radar crews, whose presence near Tabriz was first reported in May, left Iran in "
            "December, sources said.\n")
    assert status_at(gaz, text, "RUS", "Tabriz") == "withdrawn"


def test_guard_leaving_a_country_does_not_end_a_site_opened_after(gaz):
    text = ("The US-led coalition has moved its last troops out of federal Iraq and opened a new site near "
            "Khabat, officials said.\n")
    assert status_at(gaz, text, "USA", "Khabat") == "existing"


def test_an_abbreviated_saint_names_the_territory():
    names = {(t.name, t.kind) for t in find_toponyms("Troops landed on St Helena and on St. Lucia.\n")}
    assert ("St Helena", "country") in names
    assert ("St. Lucia", "country") in names


def test_an_assimilated_arabic_article_opens_a_town_name():
    found_ = [t for t in find_toponyms("A Pakistani regiment could be based at As Sulayyil.\n")
              if t.name == "As Sulayyil"]
    assert found_ and abs(found_[0].lat - 20.46) < 0.1


def test_a_romance_connector_makes_a_longer_name():
    names = {t.name for t in find_toponyms("China plans an antenna at the Barreira do Inferno centre.\n")}
    assert "Barreira" not in names


def test_ghor_opens_a_name_like_wadi():
    got = [t for t in find_toponyms("A team could be posted at Ghor al-Safi, in Jordan.\n")
           if t.name == "Ghor al-Safi"]
    assert got and got[0].iso3 == "JOR"
