import datetime as dt

import pytest

from geo._errors import ArticleError
from geo.load import decode_article, iter_article_paths, parse_article, read_article, split_sentences

from .conftest import SEEDS


def spans_text(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. forces left. They went home.", ["U.S. forces left.", "They went home."]),
        ("Gen. Smith said so. Then he left.", ["Gen. Smith said so.", "Then he left."]),
        ("It began on Jan. 5 in Homs. Troops came.", ["It began on Jan. 5 in Homs.", "Troops came."]),
        ("The price was 3.5 million. It rose.", ["The price was 3.5 million.", "It rose."]),
        ("George W. Bush spoke. He left.", ["George W. Bush spoke.", "He left."]),
        ('He said "no." Then he went.', ['He said "no."', "Then he went."]),
        ("Heading line\n\nBody text here.", ["Heading line", "Body text here."]),
        ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
    ],
)
def test_sentence_splitting(text, expected):
    assert spans_text(text) == expected


def test_offsets_point_into_the_body():
    article = read_article(SEEDS / "2025-02-04-turkey-syria-defense-pact.md")
    assert article.title.startswith("Turkey and Syria")
    assert article.published == dt.date(2025, 2, 4)
    assert article.source == "Reuters via The Jerusalem Post"
    for s in article.sentences:
        assert article.body[s.start : s.end] == s.text


def test_boilerplate_is_flagged():
    article = read_article(SEEDS / "2025-02-04-turkey-syria-defense-pact.md")
    flagged = [s.text for s in article.sentences if s.boilerplate]
    assert any("Subscribe" in t for t in flagged)
    assert any("credit:" in t for t in flagged)
    assert not any("air bases in Syria" in t for t in flagged)


@pytest.mark.parametrize(("line", "flagged"), [
    ("Related: Egypt's parliament backs a Gulf deployment", True),
    ("See also: Turkish troops reach Idlib", True),
    ("Related talks on the base resumed in Ankara on Monday.", False),
])
def test_links_to_other_stories_are_boilerplate(line, flagged):
    from geo.load import parse_article

    article = parse_article(f"French troops left Gao.\n\n{line}\n")
    assert [s.boilerplate for s in article.sentences if s.text.startswith(line[:8])] == [flagged]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("---\ntitle: x\n", "never closed"),
        ("---\ntitle: x\n---\n   \n", "body is empty"),
        ("---\npublished: yesterday\n---\nBody.", "published"),
        ("---\njust a line\n---\nBody.", "not 'key: value'"),
    ],
)
def test_bad_articles(text, match):
    with pytest.raises(ArticleError, match=match):
        parse_article(text, "bad.md")


def test_no_front_matter_is_fine():
    article = parse_article("Just a body. Two sentences.", "plain.txt")
    assert article.title == "" and article.published is None
    assert len(article.sentences) == 2


def test_unreadable_files_are_named(tmp_path):
    binary = tmp_path / "x.md"
    binary.write_bytes(b"\x00\x01")
    with pytest.raises(ArticleError, match=r"x\.md: .*binary"):
        read_article(binary)
    latin = tmp_path / "y.md"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(ArticleError, match=r"y\.md: not UTF-8"):
        read_article(latin)
    with pytest.raises(ArticleError, match="no such file"):
        list(iter_article_paths([tmp_path / "missing.md"]))


def test_content_hash_is_stable():
    a = parse_article("---\ntitle: A\n---\nBody.", "a.md")
    b = parse_article("---\ntitle: A\n---\nBody.", "b.md")
    c = parse_article("---\ntitle: B\n---\nBody.", "a.md")
    assert a.sha256 == b.sha256 != c.sha256


@pytest.mark.parametrize(
    ("text", "match"),
    [("Turkish troops\x00 in Syria.", "binary"), ("x" * 5_000_001, "over")],
)
def test_pasted_text_gets_the_file_checks(text, match):
    with pytest.raises(ArticleError, match=match):
        parse_article(text, "pasted.md")


def test_decode_article_names_the_file():
    with pytest.raises(ArticleError, match=r"upload\.md: the file is binary"):
        decode_article(b"\x89PNG\r\n\x1a\n\x00\x00", "upload.md")
    assert decode_article("\ufeffok".encode(), "a.md") == "ok"
