"""Read article files: front matter, body, and sentences with character offsets.

An article file is UTF-8 ``.txt`` or ``.md``. It may open with a front-matter
block between two ``---`` lines holding ``title``, ``source``, ``url`` and
``published`` (an ISO date). The body is everything after it, and every offset
in the package points into the body.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from geo import lexicon
from geo._errors import ArticleError
from geo._validate import validate_date

ARTICLE_SUFFIXES = (".txt", ".md")
FRONT_MATTER_KEYS = ("title", "source", "url", "published")
MAX_ARTICLE_BYTES = 5_000_000

# A sentence ends at . ! or ? (with closing quotes or brackets) followed by white space and
# something that can open a sentence; a blank line, a line break before a short heading
# and a line break before a bullet ("- ", "* ", "1. ") end one too.
_END = re.compile(
    r"""[.!?]+['"”’)\]]*(?=\s+['"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=[^\n]{0,80}\n)"""
    r"""|\n(?=[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t])"""
)
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,2}$")  # "1." opening a numbered list item
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article body, with ``body[start:end] == text``."""

    start: int
    end: int
    text: str
    boilerplate: bool = False


@dataclass(frozen=True)
class Article:
    """A parsed article."""

    path: str
    body: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: dt.date | None = None
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)

    @property
    def sha256(self) -> str:
        """Content hash of the metadata and body, the article's identity in the store."""
        key = "\x1f".join(
            [self.title, self.source, self.url, str(self.published or ""), self.body]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``text[dot]`` closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1)
    if word in lexicon.abbreviations() or word.rstrip(".") in lexicon.abbreviations():
        return True
    # A single capital initial ("George W. Bush"), but not a sentence ending in "I".
    return len(word) == 1 and word.isupper() and word != "I"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences and return their ``(start, end)`` offsets.

    White space around each sentence is excluded from its span. Full stops after
    known abbreviations ("U.S.", "Gen.", "Jan.") and inside numbers do not split.

    Parameters
    ----------
    text
        The text to split.

    Returns
    -------
    list[tuple[int, int]]
        Spans in order; ``text[start:end]`` is a stripped sentence.

    """
    spans = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        if m.group(0)[0] == "." and (_is_abbreviation(text, m.start())
                                     or _LIST_NUMBER.search(text, max(0, m.start() - 4), m.start())):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def is_boilerplate(sentence: str) -> bool:
    """Whether a sentence is scraped boilerplate (photo credit, newsletter prompt...)."""
    return _boilerplate_flags(sentence, [sentence])[0]


def _boilerplate_flags(body: str, sentences: list[str]) -> list[bool]:
    """For each sentence of ``body``, whether it is boilerplate.

    A rule whose opening words appear nowhere in the body is not tried at all.
    """
    low = body.lower()
    rules = [r.regex for r in lexicon.boilerplate_rules() if r.keyword is None or r.keyword in low]
    return [any(r.search(text) for r in rules) for text in sentences]


def _parse_front_matter(text: str, path: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---"):
        return {}, text
    first_nl = text.find("\n")
    if first_nl < 0 or text[:first_nl].strip() != "---":
        return {}, text
    close = re.search(r"^---[ \t]*$", text[first_nl + 1 :], re.MULTILINE)
    if close is None:
        raise ArticleError(path, "front matter opened with '---' is never closed")
    block = text[first_nl + 1 : first_nl + 1 + close.start()]
    body = text[first_nl + 1 + close.end() :]
    body = body.removeprefix("\r\n").removeprefix("\n")
    meta: dict[str, str] = {}
    for lineno, line in enumerate(block.splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ArticleError(path, f"front matter line {lineno} is not 'key: value': {line!r}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        meta[key.strip().lower()] = value
    return meta, body


def parse_article(text: str, path: str = "<text>") -> Article:
    """Parse an article from its text.

    Parameters
    ----------
    text
        The whole file: optional front matter, then the body.
    path
        A name for the article, used in errors and as its identity in output.

    Returns
    -------
    Article
        The article with its sentences.

    """
    if len(text) > MAX_ARTICLE_BYTES:
        raise ArticleError(path, f"the text is {len(text)} characters long, over {MAX_ARTICLE_BYTES}")
    if "\x00" in text:
        raise ArticleError(path, "the text is binary (it contains NUL characters), not an article")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    meta, body = _parse_front_matter(text, path)
    if not body.strip():
        raise ArticleError(path, "the article body is empty")
    published = None
    if meta.get("published"):
        try:
            published = validate_date(meta["published"])
        except ValueError as exc:
            raise ArticleError(path, f"front matter 'published': {exc}") from exc
    spans = split_sentences(body)
    texts = [body[s:e] for s, e in spans]
    flags = _boilerplate_flags(body, texts)
    sentences = tuple(Sentence(s, e, text, flag)
                      for (s, e), text, flag in zip(spans, texts, flags, strict=True))
    return Article(
        path=path,
        body=body,
        title=meta.get("title", ""),
        source=meta.get("source", ""),
        url=meta.get("url", ""),
        published=published,
        sentences=sentences,
    )


def read_article(path: str | Path) -> Article:
    """Read and parse one article file.

    Parameters
    ----------
    path
        A ``.txt`` or ``.md`` file.

    Returns
    -------
    Article
        The parsed article; ``path`` is kept as given.

    """
    name = str(path)
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ArticleError(name, f"cannot read the file: {exc.strerror or exc}") from exc
    return parse_article(decode_article(raw, name), name)


def decode_article(raw: bytes, name: str) -> str:
    """Check the bytes of an article file (size, binary, UTF-8) and decode them.

    Parameters
    ----------
    raw
        The file's bytes, from disk or from an upload.
    name
        The file's name, for errors.

    Returns
    -------
    str
        The text, without a UTF-8 byte-order mark.

    """
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(name, f"the file is {len(raw)} bytes, over {MAX_ARTICLE_BYTES}")
    if b"\x00" in raw:
        raise ArticleError(name, "the file is binary (it contains NUL bytes), not UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(name, f"not UTF-8 text (byte {exc.start}: {exc.reason})") from exc


def iter_article_paths(paths: Iterable[str | Path]) -> Iterator[str]:
    """Expand files and folders into article file paths, in sorted order per folder.

    Parameters
    ----------
    paths
        Files and folders as given by the user.

    Yields
    ------
    str
        Article paths, keeping the form the user gave.

    """
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES:
                    yield str(child)
        elif p.exists():
            yield str(given)
        else:
            raise ArticleError(str(given), "no such file or folder")


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[str], list[ArticleError]]:
    """Expand files and folders like :func:`iter_article_paths`, keeping the bad ones apart.

    A missing path stops nothing: it is returned with its error, the others expanded.

    Returns
    -------
    tuple[list[str], list[ArticleError]]
        The article paths, and one error per path that does not exist.

    """
    files: list[str] = []
    missing: list[ArticleError] = []
    for given in paths:
        try:
            files.extend(iter_article_paths([given]))
        except ArticleError as exc:
            missing.append(exc)
    return files, missing
