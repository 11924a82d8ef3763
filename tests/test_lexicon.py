import json

import pytest

from geo import lexicon
from geo._errors import DataFileError


def _assert_rejected(tmp_path, monkeypatch, name, content, loader, match, *also_cached):
    """Write ``content`` as the data file ``name`` and check that ``loader`` rejects it."""
    (tmp_path / name).write_text(content, encoding="utf-8")
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    cached = (loader, *also_cached)
    for f in cached:
        f.cache_clear()
    try:
        with pytest.raises(DataFileError, match=match):
            loader()
    finally:
        for f in cached:
            f.cache_clear()


def test_lexicons_load_and_link_to_iso3():
    assert lexicon.demonyms()["Turkish"] == "TUR"
    assert "European" not in lexicon.demonyms()  # a place, but no operator
    assert lexicon.demonym_places()["European"] == ("", "Europe")
    assert lexicon.demonym_places()["English"] == ("GBR", "England")
    assert {"Jose", "Tayyip"} <= lexicon.given_names()
    assert "Peterson" in lexicon.surnames()
    assert lexicon.country_aliases()["U.S."] == "USA"
    assert lexicon.metonyms()["Ankara"] == "TUR"
    assert lexicon.organisations()["US-led coalition"] == "USA"
    assert "Jan" in lexicon.abbreviations()
    cues = lexicon.cues()
    assert cues["withdrawn"].regex.search("troops withdrew on Monday")
    assert cues["denied"].regex.search("the ministry denied the report")
    assert not cues["denied"].regex.search("a dense forest")


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("word,iso3\nTurkish,TURK\n", "ISO 3166"),
        ("word\nTurkish\n", "needs an iso3 or a place"),
        ("name,iso3\nTurkish,TUR\n", "missing column"),
        ("word,iso3\n,TUR\n", "empty"),
    ],
)
def test_bad_tables_are_rejected(tmp_path, monkeypatch, content, match):
    _assert_rejected(tmp_path, monkeypatch, "demonyms.csv", content,
                     lexicon.demonyms, match, lexicon.demonym_places)


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("name,iso3\nBaltic Fleet,RUS\nBaltic Fleet,RUS\n", "row 3: 'Baltic Fleet' is listed twice"),
        ("name,iso3\nPacific Fleet,RUS\nPacific Fleet,USA\n", "listed twice"),
        ("name,iso3\nBaltic Fleet,RU\n", "ISO 3166"),
    ],
)
def test_bad_organisations_are_rejected(tmp_path, monkeypatch, content, match):
    _assert_rejected(tmp_path, monkeypatch, "organisations.csv", content,
                     lexicon.organisations, match)


def test_bad_cue_file_is_rejected(tmp_path, monkeypatch):
    _assert_rejected(tmp_path, monkeypatch, "cues.json", '{"proposed": []}',
                     lexicon.cues, "missing list")


def test_phrase_patterns():
    rx = lexicon.phrase_regex(["withdr*", "no ... base"])
    assert rx.search("they withdrew")
    assert rx.search("there is no Chinese military base")
    assert not rx.search("notwithdrawn")


def test_grammar_lists_load():
    g = lexicon.grammar()
    assert set(lexicon.GRAMMAR_KEYS) <= set(g)
    assert "in" in g["link_prepositions"]
    assert all(isinstance(p, str) and p for ps in g.values() for p in ps)


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ('{"link_prepositions": ["in"]}', "missing list"),
        ("[1, 2]", "expected an object"),
        ("{not json", "cannot load"),
    ],
)
def test_bad_grammar_file_is_rejected(tmp_path, monkeypatch, content, match):
    _assert_rejected(tmp_path, monkeypatch, "grammar.json", content,
                     lexicon.grammar, match)


def test_a_grammar_list_given_twice_is_rejected(tmp_path, monkeypatch):
    body = ",\n".join(f'"{k}": ["x"]' for k in lexicon.GRAMMAR_KEYS)
    content = "{" + body + ',\n"copulas": ["is"]}'  # a second "copulas" would silently win
    _assert_rejected(tmp_path, monkeypatch, "grammar.json", content, lexicon.grammar,
                     "'copulas' is given twice")


def test_unknown_and_empty_grammar_lists_are_rejected(tmp_path, monkeypatch):
    import json

    good = {k: ["x"] for k in lexicon.GRAMMAR_KEYS}
    for bad, match in (({**good, "typo_list": ["x"]}, "unknown list"),
                       ({**good, "copulas": []}, "non-empty list"),
                       ({**good, "copulas": ["is", 3]}, "non-phrases")):
        (tmp_path / "grammar.json").write_text(json.dumps(bad), encoding="utf-8")
        monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
        lexicon.grammar.cache_clear()
        try:
            with pytest.raises(DataFileError, match=match):
                lexicon.grammar()
        finally:
            lexicon.grammar.cache_clear()


def test_country_parts_load_and_lie_on_the_named_side():
    parts = lexicon.country_parts()
    east, west = parts[("SYR", "east")], parts[("SYR", "west")]
    assert east[1] > west[1]
    north, south = parts[("IRQ", "north")], parts[("IRQ", "south")]
    assert north[0] > south[0]


def test_cue_sublists_must_belong_to_their_scanned_list():
    # "weak_proposed" and "established" only qualify hits of "proposed" and "existing"
    from geo._claims_lex import _subset

    cues = lexicon.cues()
    assert _subset(cues, "weak_proposed", "proposed").fullmatch("possible")
    assert _subset(cues, "established", "existing").fullmatch("opened")
    broken = {**cues, "established": lexicon.CuePattern(
        "established", ("teleported",), lexicon.phrase_regex(["teleported"]))}
    with pytest.raises(DataFileError, match="missing from 'existing'"):
        _subset(broken, "established", "existing")


def test_presence_nouns_come_with_their_plurals():
    nouns = set(lexicon.cues()["presence_nouns"].phrases)
    for singular in ("base", "garrison", "camp", "brigade", "battalion", "contingent", "force",
                     "checkpoint", "compound", "squadron", "station"):
        assert singular in nouns and singular + "s" in nouns, singular


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("abbreviation,country,admin1code\nCalif.,USA,CA\n", "alpha-2"),
        ("abbreviation,country,admin1code\nnew jersey,US,NJ\n", "one capitalised word"),
        ("abbreviation,country\nCalif.,US\n", "missing column"),
        ("abbreviation,country,admin1code\nCalif.,US,\n", "empty"),
    ],
)
def test_bad_region_abbreviations_are_rejected(tmp_path, monkeypatch, content, match):
    _assert_rejected(tmp_path, monkeypatch, "region_abbreviations.csv", content,
                     lexicon.region_abbreviations, match)


def test_region_abbreviations_name_first_level_divisions(gaz):
    codes = {gaz.admin1[i] for i, kind in enumerate(gaz.kind) if kind == "admin1"}
    table = lexicon.region_abbreviations()
    assert table["Calif."] == "US.CA"
    assert table["B.C."] == "CA.02"
    assert set(table.values()) <= codes


def test_bad_street_suffixes_are_rejected(tmp_path, monkeypatch):
    _assert_rejected(tmp_path, monkeypatch, "street_suffixes.txt", "Street\nroad\n",
                     lexicon.street_suffixes, "road")


@pytest.mark.parametrize("content", ["ras\n", "Ras Al\n", "RAS\n"])
def test_name_heads_must_be_capitalised_words(tmp_path, monkeypatch, content):
    _assert_rejected(tmp_path, monkeypatch, "name_heads.txt", content,
                     lexicon.name_heads, "not capitalised words")


def test_possessive_name_tails_must_be_lower_case_words(tmp_path, monkeypatch):
    _assert_rejected(tmp_path, monkeypatch, "possessive_name_tails.txt", "Head\n",
                     lexicon.possessive_name_tails, "not lower-case words")


@pytest.mark.parametrize(("content", "match"), [
    ('{"airfield_words": ["airport"]}', "missing list"),
    ('{"airfield_words": ["Airport"], "military_airfield_markers": ["afb"], '
     '"civil_airfield_markers": ["hospital"], "site_name_openers": ["camp"], "site_name_closers": ["base"], "airfield_nouns": ["airport"], "airfield_descriptors": ["strip"], '
     '"ourairports_types": ["closed"], "division_words": ["province"], '
     '"gazetteer_admin_prefixes": ["qada"]}',
     "not lower case"),
])
def test_bad_site_words_are_rejected(tmp_path, monkeypatch, content, match):
    _assert_rejected(tmp_path, monkeypatch, "site_words.json", content,
                     lexicon.site_words, match)


@pytest.mark.parametrize("content", ["Drones\n", "fighter jets\n"])
def test_weapon_nouns_must_be_lower_case_words(tmp_path, monkeypatch, content):
    _assert_rejected(tmp_path, monkeypatch, "weapon_nouns.txt", content,
                     lexicon.weapon_nouns, "not lower-case words")


@pytest.mark.parametrize(("local", "match"), [
    ({"GEO": [["q", "g"]]}, "not in countries"),
    ({"AZE": [["q"]]}, "cannot load"),
])
def test_local_letters_must_name_a_transliterating_country(tmp_path, monkeypatch, local, match):
    raw = json.loads((lexicon.LEXICON_DIR / "transliterations.json").read_text(encoding="utf-8"))
    raw["local_letters"] = local
    _assert_rejected(tmp_path, monkeypatch, "transliterations.json", json.dumps(raw),
                     lexicon.transliterations, match)


def test_weapon_names_must_be_capitalised_words(tmp_path, monkeypatch):
    _assert_rejected(tmp_path, monkeypatch, "weapon_names.txt", "akinci\n",
                     lexicon.weapon_names, "not capitalised words")
