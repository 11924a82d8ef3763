"""Round 80: authorisations, gapped and elliptic anchors, handovers, the capital's airport,
untimed cues, plans said not to exist, and places named by a reference or a spelling.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from geo.toponyms import find_toponyms

from .conftest import claims_of


def _at(gaz, text, operator):
    return {(c.place, c.status) for c in claims_of(gaz, text) if c.operator == operator}


def _statuses(gaz, text, operator):
    return {status for _, status in _at(gaz, text, operator)}


def _near(gaz, text, operator, lat, lon, km=30.0):
    from geo.toponyms import haversine_km

    return {c.status for c in claims_of(gaz, text)
            if c.operator == operator and haversine_km(c.lat, c.lon, lat, lon) <= km}


@pytest.mark.parametrize("text", [
    "Parliament on Friday authorised up to 40 Spanish army engineers to spend three months at "
    "Gao.\n",
    "The cabinet authorizes a company of Belgian paratroopers to train Malian commandos at Gao "
    "from March.\n",
])
def test_an_authorisation_is_a_plan(gaz, text):
    operator = "ESP" if "Spanish" in text else "BEL"
    assert _statuses(gaz, text, operator) == {"proposed"}


def test_instructors_sent_to_train_others_at_a_place_are_there(gaz):
    text = "Italy is sending 30 instructors to train Libyan coast guards at Misrata.\n"
    assert {place for place, _ in _at(gaz, text, "ITA")} == {"Misrata"}


def test_guard_crews_that_train_abroad_are_not_there(gaz):
    text = ("Poland ordered two frigates from Britain last year, and their Polish crews are "
            "expected to train in Glasgow.\n")
    assert not _at(gaz, text, "POL")


def test_a_smaller_group_is_part_of_the_forces_told_of(gaz):
    text = ("Twelve US advisers left the army brigade headquarters in Tame on Monday. A smaller "
            "group pulled out of Saravena on Tuesday, officials said.\n")
    assert ("Saravena", "withdrawn") in _at(gaz, text, "USA")


def test_a_relative_clause_on_the_forces_carries_their_place(gaz):
    text = ("Belize has offered a platoon of its Defence Force soldiers, who could deploy to "
            "Jacmel in the spring, officials said.\n")
    assert _at(gaz, text, "BLZ") == {("Jacmel", "proposed")}


def test_handover_recipients_are_where_the_place_was_handed(gaz):
    text = ("Chile has offered marines, who could deploy to Jacmel. Kenya's last police unit "
            "handed its camp beside Toussaint Louverture airport to Jamaican soldiers and flew "
            "home, officials said.\n")
    got = _at(gaz, text, "JAM")
    assert got and all(place != "Jacmel" and status == "existing" for place, status in got), got


def test_the_capitals_airport_in_a_country_seldom_named_by_its_capital(gaz):
    text = ("Kenya's police mission in Haiti ended in January, when its last officers left "
            "Cap-Haitien. Jamaican troops took over the former Kenyan camp at the capital's airport, "
            "officials said.\n")
    assert _near(gaz, text, "JAM", 18.55, -72.32) == {"existing"}


def test_an_airfield_named_for_a_town_near_a_place_of_another_country(gaz):
    text = ("US Navy patrol aircraft could refuel at the airport at Cabo Rojo, near Pedernales, "
            "under a draft deal with Santo Domingo.\n")
    cabo = [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "Cabo Rojo"]
    assert [t.iso3 for t in cabo] == ["DOM"], cabo


def test_a_post_planned_in_a_town(gaz):
    text = "A Guatemalan post is planned in Les Cayes, a UN official said.\n"
    assert _at(gaz, text, "GTM") == {("Les Cayes", "proposed")}


def test_a_training_team_that_will_be_based_is_a_plan(gaz):
    text = ("A Dutch army jungle training team of 15 will be based at Lethem from June, to train "
            "Guyanese soldiers.\n")
    assert _statuses(gaz, text, "NLD") == {"proposed"}


def test_guard_forces_stationed_to_train_are_there(gaz):
    text = "Dutch marines are stationed at Lethem to train Guyanese soldiers.\n"
    assert _statuses(gaz, text, "NLD") == {"existing"}


def test_technicians_who_service_military_aircraft(gaz):
    text = "Iranian technicians service military aircraft in Barinas, two officers said.\n"
    assert _at(gaz, text, "IRN") == {("Barinas", "existing")}


def test_guard_technicians_of_a_port_are_no_forces(gaz):
    text = "Chinese technicians maintain the cranes in Chancay port.\n"
    assert not _at(gaz, text, "CHN")


def test_a_sea_after_a_town_is_not_placed_by_the_distance(gaz):
    text = ("A Chinese navy team could be posted at Murmansk. A smaller group might later go to "
            "Arkhangelsk, on the White Sea about 590 km to the south-east, sources said.\n")
    assert not [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "White Sea"]
    assert ("Arkhangelsk", "proposed") in _at(gaz, text, "CHN")


def test_a_group_that_travels_to_a_capital_for_courses_is_no_presence(gaz):
    text = ("Uzbek drone operators have completed courses in Turkey, and a second group will "
            "travel to Ankara in May.\n")
    assert not _at(gaz, text, "UZB")


def test_a_listed_plan_covers_the_second_noun_phrase(gaz):
    text = ("The two governments are discussing a drone unit at an old air-defence site near "
            "Aleppo and a camp for Turkish instructors near Salamiyah.\n")
    assert ("Salamiyah", "proposed") in _at(gaz, text, "TUR")


def test_guard_a_new_subject_with_its_own_verb_keeps_its_status(gaz):
    text = ("Egyptian soldiers have taken over the forward base at Jowhar from Burundian troops. The "
            "Burundian battalion that had held the base since 2019 withdrew in December to a larger "
            "camp near the coast, and an Egyptian company of about 150 men moved in on January 10.\n")
    assert _statuses(gaz, text, "EGY") == {"existing"}


def test_the_camp_is_the_camp_named_before(gaz):
    text = ("Reports said the two sides were discussing a radar post near Aleppo and a camp for "
            "Turkish instructors near Salamiyah. Asked about the camp, a Turkish official said "
            "only that Ankara had no new deployment plans.\n")
    asked = {c.place for c in claims_of(gaz, text) if c.operator == "TUR"
             and any(e.sentence.startswith("Asked") for e in c.evidence)}
    assert asked == {"Salamiyah"}


def test_guard_the_base_is_the_last_base_named(gaz):
    text = ("Russia's main air base in Syria is at Hmeimim. A Syrian officer denied that Iranian "
            "advisers had been at Shayrat. \"There were no Iranians at the base,\" he said.\n")
    assert {place for place, _ in _at(gaz, text, "IRN")} <= {"Shayrat Air Base"}


def test_a_plan_said_not_to_exist_is_a_denial(gaz):
    text = ("Turkey has not decided to send drones or troops to Deir Hafer in northern Syria, and "
            "reports of a finished plan are wrong, a defence ministry source said.\n")
    assert _statuses(gaz, text, "TUR") == {"denied"}


def test_a_position_kept_after_another_closed(gaz):
    text = ("Turkey's army has closed one of its observation posts in Syria. The Turkish military "
            "is keeping a position at Taftanaz, the source said.\n")
    assert ("Taftanaz", "existing") in _at(gaz, text, "TUR")


def test_the_other_of_two_posts_takes_the_first_ones_verb(gaz):
    text = ("Russia has asked to set up two radar posts in western Syria. One post would stand "
            "near Masyaf, and the other near the village of Slinfah, the sources said.\n")
    got = _at(gaz, text, "RUS")
    assert ("Slinfah", "proposed") in got and ("Masyaf", "proposed") in got, got


def test_a_name_placed_by_a_distance_in_either_case(gaz):
    text = ("Washington is weighing a team of monitors for a barracks near al-Mazraa. Al-Mazraa "
            "lies about 12 km north-west of Suwayda city.\n")
    names = [t for t in find_toponyms(text, gaz) if t.name.lower() == "al-mazraa"]
    assert len(names) == 2 and all(t.iso3 == "SYR" for t in names), names


def test_a_road_between_two_towns_only_locates_the_place(gaz):
    text = ("Britain is considering sending monitors to a barracks near Sanamayn, on the road "
            "between Damascus and Daraa.\n")
    assert {place for place, _ in _at(gaz, text, "GBR")} == {"Sanamayn"}


def test_army_engineers_clearing_mines_near_a_town(gaz):
    text = ("Egyptian army engineers have been clearing mines and unexploded shells near Sirte "
            "since March.\n")
    assert _at(gaz, text, "EGY") == {("Sirte", "existing")}


def test_a_list_item_opened_by_an_article(gaz):
    text = "TURKEY\n\n- A mechanised company at Taftanaz, east of Saraqib in Idlib province.\n"
    assert _at(gaz, text, "TUR") == {("Taftanaz", "existing")}


def test_its_post_at_a_town(gaz):
    text = "Turkey handed its post at Tal Rifaat to the Syrian army in April.\n"
    assert ("Tal Rifaat", "withdrawn") in _at(gaz, text, "TUR")


def test_guard_a_persons_post_is_no_base(gaz):
    text = "The Turkish consul left his post at Mosul in April.\n"
    assert not _at(gaz, text, "TUR")


def test_the_giver_of_a_handover_is_the_operator(gaz):
    text = "The US handed the Ain al-Asad air base to the Iraqi army in January.\n"
    assert _statuses(gaz, text, "USA") == {"withdrawn"}


def test_asked_whether_forces_could_be_based_is_a_plan(gaz):
    text = ("French trainers have left a camp near Korhogo. Washington has asked whether a team of "
            "US special forces could be based at the camp next year.\n")
    assert _statuses(gaz, text, "USA") == {"proposed"}


def test_guard_a_question_about_leaving_answered_with_a_denial(gaz):
    text = ("Asked whether Turkey would also leave the posts near Ariha, the official said: "
            "\"These are lies. No such decision exists.\"\n")
    assert _statuses(gaz, text, "TUR") == {"existing"}


def test_instructors_and_a_drone_team_at_one_airfield(gaz):
    text = ("Russian military instructors and a Turkish drone team are working at the airfield "
            "of Dori, officials said.\n")
    assert {op for op in ("RUS", "TUR") if _at(gaz, text, op)} == {"RUS", "TUR"}


def test_pulled_out_of_after_a_long_participle(gaz):
    text = ("Nigerien soldiers serving with the Multinational Joint Task Force (MNJTF) have "
            "pulled out of Damasak in north-eastern Nigeria, officers said.\n")
    assert _at(gaz, text, "NER") == {("Damasak", "withdrawn")}


def test_there_after_a_reference_point_is_the_place_before(gaz):
    text = ("French instructors have left a training camp near Kati. The camp, some 15 km north "
            "of Bamako, was used by French soldiers who had trained Malian units there since "
            "2013.\n")
    assert "Bamako" not in {place for place, _ in _at(gaz, text, "FRA")}


def test_a_reef_is_no_town_of_its_name(gaz):
    text = "China has finished a radar tower on Bombay Reef, satellite images show.\n"
    assert not [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "Bombay"]


def test_a_centre_placed_by_the_next_sentence(gaz):
    text = ("Iraqi and Kurdish commanders opened a coordination centre at Umm Jurays on Monday. The "
            "centre, about 25 km north of Kifri, is staffed by Iraqi soldiers.\n")
    got = [t for t in find_toponyms(text, gaz) if text[t.start : t.end] == "Umm Jurays"]
    assert got and abs(got[0].lat - (34.69 + 25 / 111.2)) < 0.05, got


def test_a_detachment_that_flew_home_handing_its_hangars(gaz):
    text = ("A Russian air force detachment that had worked at the Kant air base since 2019 has "
            "flown home, handing its hangars to the Kyrgyz air force, officials said.\n")
    assert _statuses(gaz, text, "RUS") == {"withdrawn"}


def test_never_had_forces_is_a_denial(gaz):
    text = "Officials said China has never had forces in Tajikistan.\n"
    assert _at(gaz, text, "CHN") == {("Tajikistan", "denied")}


def test_the_maker_of_bought_equipment_is_no_operator(gaz):
    text = ("Tajikistan has bought Chinese drones and Russian Mi-8 helicopters since 2020, and "
            "Tajik border troops already use a hangar at the Khorog airport.\n")
    assert not _at(gaz, text, "RUS") and not _at(gaz, text, "CHN")


def test_there_after_a_definite_subject_measured_from_a_town(gaz):
    text = ("Russia could station helicopters at the airfield in Kyzyl-Kiya, officials said. The "
            "airfield, about 70 km west of Osh, has served only light aircraft since the 1990s. "
            "Up to 12 helicopters could be based there, the officials said.\n")
    assert {place for place, _ in _at(gaz, text, "RUS")} == {"Kyzyl-Kiya Airport"}
    assert _statuses(gaz, text, "RUS") == {"proposed"}


def test_guard_there_measured_from_the_only_town_named(gaz):
    text = ("The last Iranian advisers pulled out of an industrial zone about 12 km north-east of "
            "Aleppo in December. Tehran had used a warehouse compound there since 2016.\n")
    got = {place for place, _ in _at(gaz, text, "IRN")}
    assert got and all("Aleppo" in place for place in got), got


def test_a_governments_possessive_after_the_anchor_is_no_place(gaz):
    text = ("Greece will send military instructors to a new training centre near Ashotsk, the "
            "ministry said, in the latest sign of Yerevan's drift away from Moscow.\n")
    assert {place for place, _ in _at(gaz, text, "GRC")} == {"Ashotsk"}


def test_the_province_of_a_plateau_only_locates_the_town(gaz):
    text = ("Greece will send instructors to a training centre near Ashotsk, on the cold northern "
            "plateau of Shirak province.\n")
    assert {place for place, _ in _at(gaz, text, "GRC")} == {"Ashotsk"}


def test_a_coordinated_predicate_has_its_own_status(gaz):
    text = ("Moscow keeps its Kant air base near Bishkek and is negotiating to station helicopters "
            "at Kyzyl-Kiya, officials said.\n")
    got = _at(gaz, text, "RUS")
    assert ("Kant Air Base", "existing") in got and ("Kyzyl-Kiya", "proposed") in got, got


def test_a_hospitals_helipad_is_no_military_airfield(gaz):
    text = "China opened its first overseas military base in Djibouti in 2017.\n"
    assert not [c.place for c in claims_of(gaz, text) if "Hospital" in c.place]


def test_no_plan_to_deploy_any_personnel_is_the_subjects_denial(gaz):
    text = ("Kyrgyzstan has not commented. \"China has no plan to deploy any personnel to "
            "Daroot-Korgon,\" a spokesperson said.\n")
    assert _at(gaz, text, "CHN") == {("Daroot-Korgon", "denied")}


def test_guard_no_foreign_troops_names_no_operator(gaz):
    text = "Kenya will not allow any foreign troops to deploy to Lamu, officials said.\n"
    assert not [c for c in claims_of(gaz, text) if c.operator != "KEN"]


@pytest.mark.parametrize(("text", "operator", "want"), [
    ("French soldiers landed in Mali and are patrolling near Gao.\n", "FRA", {("Gao", "existing")}),
    ("Russian troops were stationed in Kabul's western suburbs.\n", "RUS", {("Kabul", "existing")}),
    ("German troops travelling to Lithuania will be based at Rukla.\n", "DEU",
     {("Rukla Military Base", "proposed")}),
    ("Chinese marines are stationed at Hughes Reef, about 300 km west of Palawan.\n", "CHN",
     {("Hughes Reef", "existing")}),
    ("Russia keeps about 4,000 troops in Syria. Military experts in Damascus doubt the figure.\n",
     "RUS", {("Syria", "existing")}),
    ("French troops are stationed in Gao. A larger rebel group still controls Kidal.\n", "FRA",
     {("Gao", "existing")}),
])
def test_guard_review_cases_keep_their_reading(gaz, text, operator, want):
    assert _at(gaz, text, operator) == want


@pytest.mark.parametrize("text", [
    "Journalists asked whether Russian troops were still stationed at the Ayni air base.\n",
    "Turkey appointed a new ambassador. The post was established in Baku in 2010.\n",
    "Israeli artillery shells southern Lebanon as troops mass near Metula.\n",
])
def test_guard_questions_posts_and_shelling_are_no_claims(gaz, text):
    assert not claims_of(gaz, text)
