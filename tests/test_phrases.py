import pytest

from geo import lexicon
from geo._phrases import PhraseIndex, select_longest

TEXTS = [
    "Russian troops withdrew from the air base near Latakia on Monday.",
    "The U.S.-led coalition handed over the base; Moscow-brokered talks continue.",
    "A pull-out of the contingent is planned, officials said, but no withdrawal yet.",
    "Troops\nleft the naval base in Tartous, which hosts warships.",
    "İstanbul hosts no base, and Kayseri's airbase was withdrawn.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_cue_lists_match_like_their_regex(text):
    cues = lexicon.cues()
    index = PhraseIndex({k: c.phrases for k, c in cues.items()})
    found = index.scan(text)
    for key, cue in cues.items():
        assert found[key] == [m.span() for m in cue.regex.finditer(text)], key


def test_wildcards_gaps_and_boundaries():
    index = PhraseIndex({"w": ["withdr*", "no ... base", "base"]})
    text = "They withdrew; there is no Chinese military base, not a database."
    spans = index.scan(text)["w"]
    assert [text[s:e] for s, e in spans] == ["withdrew", "no Chinese military base"]


def test_names_match_as_written_and_allow_a_hyphen_after():
    index = PhraseIndex({}, {"m": ["Moscow", "US-led coalition"]})
    text = "A Moscow-brokered deal; moscow; the US-led coalition; Moscowite."
    assert [text[s:e] for s, e in index.scan(text)["m"]] == ["Moscow", "US-led coalition"]


def test_select_longest_keeps_leftmost_then_longest():
    assert select_longest([(5, 8), (0, 4), (0, 9), (9, 12)]) == [(0, 9), (9, 12)]
