"""Round 13: rules generalised from the study of the ninth held-out set.

Every sentence here is new; none is copied from an evaluation article.
"""

import pytest

from .conftest import claims_of, found, status_at


def test_a_table_row_named_after_a_country_s_unit_is_that_country_s(gaz):
    text = ("Italian troops lead the mission.\n\n"
            "| unit | troops | camp |\n| --- | --- | --- |\n"
            "| Italian engineer battalion | 400 | Camp Arena, Herat |\n"
            "| Spanish infantry battalion | 700 | Qala-i-Naw |\n"
            "| Lithuanian platoon | 40 | Chaghcharan |\n")
    got = {(op, place) for op, place, _ in found(claims_of(gaz, text))}
    assert ("ESP", "Qala-i-Naw") in got or any(op == "ESP" and "Qala" in p for op, p in got), got
    assert any(op == "LTU" and "Chaghcharan" in p for op, p in got), got
    assert not any(op == "ITA" and ("Qala" in p or "Chaghcharan" in p) for op, p in got), got


def test_a_place_inside_a_title_is_no_place_of_presence(gaz):
    text = ("About 300 Chinese officers have lived at the Duke of York Barracks since May.\n")
    assert not [c for c in claims_of(gaz, text) if "York" in c.place]


@pytest.mark.parametrize("text, operator, place", [
    ("Kenyan special forces have joined allied militia in the border town of Dhobley, "
     "officials said.\n", "KEN", "Dhobley"),
    ("A small Rwandan unit had joined government troops at Pemba airport by Friday.\n", "RWA",
     "Pemba"),
])
def test_forces_that_joined_others_somewhere_are_there(gaz, text, operator, place):
    assert status_at(gaz, text, operator, place) == "existing"


@pytest.mark.parametrize("text, place, want", [
    ("A company of Fijian infantry arrived in Dili and will move to Baucau later this week.\n",
     "Baucau", "proposed"),
    ("A company of Fijian infantry arrived in Dili and will move to Baucau later this week.\n",
     "Dili", "existing"),
    ("Fijian troops arrived in Baucau on Monday and will move to the border next week.\n",
     "Baucau", "existing"),
])
def test_a_destination_cue_governs_the_place_after_it(gaz, text, place, want):
    assert status_at(gaz, text, "FJI", place) == want


@pytest.mark.parametrize("text, country", [
    ("Israel has won access to airfields in Azerbaijan, on Iran's northern border, a magazine "
     "reported.\n", "Iran"),
    ("American drones fly from a base in Niger, near Libya's southern border.\n", "Libya"),
])
def test_a_country_whose_border_locates_a_place_is_not_the_place(gaz, text, country):
    assert not [c for c in claims_of(gaz, text) if c.place == country]


@pytest.mark.parametrize("text, operator, place", [
    ("A Spanish company is guarding the airport at Goma, officials said.\n", "ESP", "Goma"),
    ("A second Indian company remains surrounded at Kailahun.\n", "IND", "Kailahun"),
    ("Another Nepalese company is based in Bunia.\n", "NPL", "Bunia"),
])
def test_a_company_named_with_a_demonym_is_a_unit(gaz, text, operator, place):
    assert status_at(gaz, text, operator, place) == "existing"


@pytest.mark.parametrize("text", [
    "A Chinese company runs much of the container port at Piraeus.\n",
    "A Turkish company will build the new port at Suakin.\n",
    "A Chinese company that built the port at Gwadar also operates it.\n",
    "Chinese companies already control most of the power grid around Lima.\n",
])
def test_a_business_is_no_unit(gaz, text):
    assert claims_of(gaz, text) == []


@pytest.mark.parametrize("text, operator, lat, lon", [
    ("The Bulgarian parliament approved sending a chemical unit to Kuwait if war breaks out.\n",
     "BGR", 29.31, 47.48),
    ('"There are no French soldiers in Somalia," the minister said.\n', "FRA", 5.15, 46.2),
])
def test_a_claim_about_a_whole_country_sits_in_its_middle(gaz, text, operator, lat, lon):
    from geo.toponyms import haversine_km

    got = [c for c in claims_of(gaz, text) if c.operator == operator and c.precision == "country"]
    assert got, [(c.operator, c.place, c.precision) for c in claims_of(gaz, text)]
    assert haversine_km(got[0].lat, got[0].lon, lat, lon) < 150, (got[0].lat, got[0].lon)


def test_country_centres_lie_inside_their_country(gaz):
    from geo.borders import country_of

    for iso3 in ("KWT", "SOM", "HRV", "CHL", "NOR", "IDN", "USA", "FRA"):
        lat, lon = gaz.country_centres[iso3]
        assert iso3 in country_of(lat, lon, tolerance_km=1.0), (iso3, lat, lon)


def test_parliament_approving_a_deployment_is_a_plan(gaz):
    text = "The Estonian parliament voted to send 200 soldiers to Gao.\n"
    assert status_at(gaz, text, "EST", "Gao") == "proposed"


@pytest.mark.parametrize("text, want", [
    ("Britain still keeps a small naval party at Sembawang, a remnant of the Far East bases it "
     "closed in 1971.\n", "existing"),
    ("At Sembawang, one of the bases it closed in 1971, Britain keeps no troops.\n", "withdrawn"),
    ("Britain closed its base at Sembawang in 1971.\n", "withdrawn"),
])
def test_a_withdrawal_from_other_bases_in_an_apposition_is_not_this_one(gaz, text, want):
    assert status_at(gaz, text, "GBR", "Sembawang") == want


@pytest.mark.parametrize("text", [
    "Italian troops lowered their flag over their base in Shindand on Friday.\n",
    "Italian troops left on Friday, handing the base at Shindand to the Afghan army.\n",
])
def test_lowering_the_flag_or_handing_a_base_over_is_leaving_it(gaz, text):
    assert status_at(gaz, text, "ITA", "Shindand") == "withdrawn"


def test_a_militia_takes_no_operator_from_the_discourse(gaz):
    text = ("Tongan soldiers will join them. The first target is a warlord, whose militia "
            "controls parts of the coast on the south side of Malaita.\n")
    assert not [c for c in claims_of(gaz, text) if c.operator == "TON" and "Malaita" in c.place]


@pytest.mark.parametrize("text, want", [
    ("Britain withdrew the last of its troops from Germany in 2020 but kept a training area at "
     "Sennelager.\n", "existing"),
    ("Britain withdrew the last of its troops from Germany in 2020. It had kept a training area "
     "at Sennelager until then.\n", "withdrawn"),
])
def test_a_place_kept_despite_a_withdrawal_stays(gaz, text, want):
    assert status_at(gaz, text, "GBR", "Sennelager") == want


def test_a_place_in_the_publisher_s_name_is_no_place(gaz):
    text = ("---\ntitle: t\nsource: Azraq Basin Wire\npublished: 2014-11-21\n---\n"
            "PARIS, Nov 21 (Azraq Basin Wire) - France will move six jets to a Jordanian air base "
            "in the desert, the defence ministry said on Friday.\n\n"
            "An advance team of French engineers arrived at the base on Thursday.\n\n"
            "(Azraq Basin Wire/Claire Fontanel)\n")
    assert not [c for c in claims_of(gaz, text) if c.precision == "site"], [
        c.place for c in claims_of(gaz, text)]


@pytest.mark.parametrize("text, place", [
    ("A defence ministry source in Ankara said Turkey's forces in Libya would stay.\n", "Ankara"),
    ("Any Egyptian presence at Pagak would be seen in Addis Ababa as a provocation.\n",
     "Addis Ababa"),
])
def test_a_speaker_s_seat_is_no_place_of_presence(gaz, text, place):
    assert not [c for c in claims_of(gaz, text) if c.place == place]


def test_every_pattern_is_compiled_once():
    """Two patterns under one name would silently replace the first (it happened once)."""
    import ast
    from pathlib import Path

    import geo._claims_patterns as mod

    tree = ast.parse(Path(mod.__file__).read_text(encoding="utf-8"))
    names = [t.attr for node in ast.walk(tree) if isinstance(node, ast.Assign)
             for t in node.targets if isinstance(t, ast.Attribute)
             and isinstance(t.value, ast.Name) and t.value.id == "self"]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


@pytest.mark.parametrize("text, want", [
    ("American troops have left Iraq's Ain al-Asad air base.\n", "withdrawn"),
    ("American troops are based at Iraq's Ain al-Asad air base.\n", "existing"),
])
def test_forces_at_a_host_s_own_base_are_the_forces_not_the_host(gaz, text, want):
    assert status_at(gaz, text, "USA", "Asad") == want


@pytest.mark.parametrize("text", [
    "Hezbollah, the Lebanese group, has pulled its fighters out of Qusayr, a source said.\n",
    "Syrian rebels hold the town of Azaz.\n",
])
def test_a_group_named_with_a_demonym_is_no_state_s_forces(gaz, text):
    assert not [c for c in claims_of(gaz, text) if c.operator in ("LBN", "SYR")]


def test_a_battle_group_is_still_a_force(gaz):
    assert status_at(gaz, "A Turkish battle group is based at Tapa.\n", "TUR", "Tapa") == "existing"


def test_a_port_call_in_the_capital_s_harbour_is_no_presence(gaz):
    text = ("Three Russian warships arrived in Algiers on Monday for a joint drill. A frigate and a "
            "tug from Russia's Black Sea Fleet docked at the naval quay in the capital's harbour "
            "after a welcome ceremony.\n")
    assert not [c for c in claims_of(gaz, text) if c.operator == "RUS" and c.place == "Algiers"]


def test_unnamed_countries_take_no_operator_from_the_sentence(gaz):
    text = ("France keeps special forces in the Kurdistan region, and several European countries "
            "have trainers in Erbil.\n")
    assert not [c for c in claims_of(gaz, text) if "Erbil" in c.place]
