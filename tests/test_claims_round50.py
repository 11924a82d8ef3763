"""Round 50: positions placed "just outside" or "on a hill", posts named after their
village, an intransitive departure that points back, and a past "until" that closes.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import claims_of, found, status_at


@pytest.mark.parametrize("text, place", [
    ("Turkish soldiers have set up a new position just outside the northern Syrian village of "
     "Kafr Nabl.\n", "Kafr Nabl"),
    ("Israeli soldiers have set up a new position on a hill just outside the southern Lebanese "
     "town of Khiam, while pulling out of a post they had held near Naqoura, officials said.\n",
     "Khiam"),
    ("Israeli soldiers have set up a new position on a hill just outside the southern Lebanese "
     "town of Khiam, while pulling out of a post they had held near Naqoura, officials said.\n",
     "Naqoura"),
])
def test_position_or_post_with_an_adverb_or_a_hill_is_placed(gaz, text, place):
    assert any(place in c.place for c in claims_of(gaz, text)), found(claims_of(gaz, text))


def test_a_post_named_after_its_village_is_left(gaz):
    text = ("Turkish soldiers are in north-west Syria. The Turks withdrew from the Kafr Nabl post "
            "last week, two officers said, and a Syrian army unit took it over on Saturday.\n")
    assert status_at(gaz, text, "TUR", "Kafr Nabl") == "withdrawn"


def test_washington_post_is_no_post(gaz):
    assert claims_of(gaz, "The Washington Post said on Monday that the talks had stalled.\n") == []


@pytest.mark.parametrize("second", [
    "They withdrew in November.",
    "The troops left earlier this month.",
    "They pulled out in March, officials said.",
])
def test_forces_that_left_without_a_place_left_the_place_before(gaz, second):
    text = f"Belgian troops were based at Gao for six years. {second}\n"
    assert status_at(gaz, text, "BEL", "Gao") == "withdrawn"


def test_forces_that_left_for_somewhere_do_not_close_the_place_before(gaz):
    text = "Belgian troops are based at Gao. They left for a patrol in the desert on Monday.\n"
    assert status_at(gaz, text, "BEL", "Gao") == "existing"


@pytest.mark.parametrize("text, status", [
    ("A Ghanaian battalion ran the camp at Tessalit until October 30, when it handed the site "
     "to the Malian army.\n", "withdrawn"),
    ("Ghanaian troops were stationed in Tessalit until March.\n", "withdrawn"),
    ("Ghanaian troops will be stationed in Tessalit until March.\n", "proposed"),
])
def test_a_past_until_closes_the_presence(gaz, text, status):
    assert status_at(gaz, text, "GHA", "Tessalit") == status


def test_leaving_points_back_to_the_town_not_its_state(gaz):
    text = ("The United States built a naval radio station at Point Cook, near Exmouth in Western "
            "Australia, in the 1960s. It came under joint control in 1974; the last American "
            "personnel left in 1999.\n")
    assert [c.place for c in claims_of(gaz, text) if c.operator == "USA"] == ["Exmouth"]


def test_leaving_after_a_place_in_the_same_clause_does_not_point_back(gaz):
    text = ("The pact was signed days after a drone strike on officials in Doha. A Pakistani "
            "brigade was stationed at Tabuk in the 1980s before it was withdrawn.\n")
    assert not [c for c in claims_of(gaz, text) if c.place == "Doha"]


def test_host_officials_quoted_as_a_source_leave_the_forces_to_the_subject(gaz):
    text = ("Russia is discussing the deployment of military instructors to the north of the "
            "country, where the army is fighting jihadist groups, four sources said.\n\n"
            "The talks follow a cooperation agreement that Togo's parliament ratified in March, "
            "the sources said.\n\nAccording to two Togolese officials, a first group of about 60 "
            "instructors would be housed at an army camp outside Sokode.\n")
    assert status_at(gaz, text, "RUS", "Sokode") == "proposed"


def test_host_officials_announcing_a_command_speak_of_their_own(gaz):
    text = ("Russia and Togo are discussing closer ties. Togolese officials announced a new "
            "command based in Kara.\n")
    assert not [c for c in claims_of(gaz, text) if c.place == "Kara"]


@pytest.mark.parametrize("text", [
    ("Benin has asked Rwanda for help. The Rwandans, about 350 of them according to the diplomat, "
     "arrived in August and are based at a Beninese army camp on the outskirts of Parakou, the "
     "officials said.\n"),
    "About 300 Rwandan soldiers are stationed at a Beninese army camp near Parakou, in Benin.\n",
])
def test_visitors_at_a_host_army_camp_are_there(gaz, text):
    assert status_at(gaz, text, "RWA", "Parakou") == "existing"


def test_a_host_army_camp_alone_is_the_hosts(gaz):
    text = "The Beninese army has a camp near Parakou, in Benin.\n"
    assert not [c for c in claims_of(gaz, text) if c.operator not in ("BEN", "")]


@pytest.mark.parametrize("text, status", [
    ("Russia and Niger are in talks. A second team would maintain helicopters and transport "
     "aircraft at the airfield at Agadez, in Niger.\n", "proposed"),
    ("Russia will maintain its naval base at Tartus, in Syria.\n", "existing"),
])
def test_servicing_machines_is_no_continued_stay(gaz, text, status):
    place = "Agadez" if "Agadez" in text else "Tartus"
    assert status_at(gaz, text, "RUS", place) == status


@pytest.mark.parametrize("text, status", [
    ("Paris is in talks with Chad's government about sending a training mission to the east of "
     "the country, with French instructors based at a camp near Abeche, officials said.\n",
     "proposed"),
    ("France keeps 1,000 troops in Chad, with French instructors based at a camp near Abeche.\n",
     "existing"),
])
def test_an_absolute_with_clause_takes_the_main_verb(gaz, text, status):
    assert status_at(gaz, text, "FRA", "Abeche") == status


def test_returning_home_is_no_return_to_the_place(gaz):
    text = ("Iranian advisers have been in Iraq for years. A second group of advisers left a camp "
            "near Kut at the start of October and returned to Iran, he said.\n")
    assert status_at(gaz, text, "IRN", "Kut") == "withdrawn"


def test_a_rejection_in_an_after_clause_is_another_event(gaz):
    text = ("A team of US military advisers has left an Ecuadorian army base near Manta, three days "
            "after voters rejected a proposal to allow foreign military bases.\n")
    assert status_at(gaz, text, "USA", "Manta") == "withdrawn"


@pytest.mark.parametrize("text, found_there", [
    ("A team of Turkish technicians has been stationed since last year at the airport in Dessie, "
     "in Ethiopia, servicing the drones that the Ethiopian air force flies.\n", True),
    ("Chinese technicians stationed at the port of Hambantota in Sri Lanka service the cranes.\n",
     False),
    ("Russian specialists stationed at the Bushehr nuclear plant in Iran were evacuated during "
     "the strikes.\n", False),
    ("Pakistani technicians were deployed to the air base at Jessore, in Bangladesh.\n", True),
    ("Chinese engineers were deployed to build a road near Dessie, in Ethiopia.\n", False),
    ("Chinese technicians are based in Dessie, in Ethiopia, at a cement plant.\n", False),
])
def test_nationals_stationed_by_a_military_verb_are_forces(gaz, text, found_there):
    assert bool([c for c in claims_of(gaz, text)
                 if c.operator in ("TUR", "PAK", "CHN", "RUS")]) is found_there


@pytest.mark.parametrize("text", [
    ("Rwandan troops are based in Bria in the Central African Republic. Aid workers evacuated the "
     "town last week; they left in convoys escorted by the Rwandans.\n"),
    ("US troops are based at Camp Lemonnier in Djibouti. Chinese diplomats toured the camp on "
     "Monday; they left after two hours.\n"),
])
def test_others_who_left_do_not_take_the_forces_with_them(gaz, text):
    op, place = ("RWA", "Bria") if "Bria" in text else ("USA", "Lemonnier")
    assert status_at(gaz, text, op, place) == "existing"


@pytest.mark.parametrize("text, op, place", [
    ("Kenyan troops are stationed in Kismayo. They manned checkpoints on the city's outskirts "
     "until March and now patrol the port.\n", "KEN", "Kismayo"),
    ("Russian troops, who were stationed at Kant on temporary rotation until 2003, now hold a "
     "permanent base there.\n", "RUS", "Kant"),
])
def test_an_until_followed_by_now_does_not_close(gaz, text, op, place):
    assert status_at(gaz, text, op, place) == "existing"
