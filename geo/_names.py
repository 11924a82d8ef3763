"""Names as the matcher sees them: folded keys, the haystack, and the spellings of a name.

Every function here keeps character offsets: a folded text or a haystack is as
long as the text it comes from (the haystack has one leading space more).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import numpy as np

_SPACES = re.compile(r" +")


def _base_letter(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base if len(base) == 1 else ch


_EXTRA_FOLDS = {"Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h",
                "ı": "i", "Ð": "D", "ð": "d", "Þ": "T", "þ": "t"}


@cache
def _fold_table() -> dict[int, str]:
    """Case and accent folding that keeps every character one character long."""
    table: dict[int, str] = {}
    for cp in range(0x41, 0x2100):
        ch = chr(cp)
        low = ch.lower()
        base = _base_letter(low) if len(low) == 1 else ch
        base = _EXTRA_FOLDS.get(base, base).lower()
        if len(base) == 1 and base != ch:
            table[cp] = base
    for dash in "-‐‑‒–—_":
        table[ord(dash)] = " "
    for quote in "’‘`ʼʻ´":
        table[ord(quote)] = "'"
    table[ord("\n")] = " "
    table[ord("\t")] = " "
    return table


_TABLE_SIZE = 0x2100


@cache
def _haystack_table() -> dict[int, str]:
    """Accents off (case kept), every separator but the full stop to a space."""
    table: dict[int, str] = {}
    for cp in range(_TABLE_SIZE):
        ch = chr(cp)
        if ch.isalnum():
            base = _EXTRA_FOLDS.get(ch) or _base_letter(ch)
            if base != ch and base.isalnum():
                table[cp] = base
        elif ch not in ". ":
            table[cp] = " "
    return table


def fold(text: str) -> str:
    """Fold case, accents, dashes and quotes, keeping the length of ``text``.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    str
        A string of the same length, so offsets into it are offsets into ``text``.

    """
    out = text.translate(_fold_table())
    if len(out) != len(text):  # pragma: no cover - the table maps one character to one
        out = "".join(c.translate(_fold_table())[:1] or c for c in text)
    return out


def name_key(name: str) -> str:
    """The lookup key of a place name: folded, with runs of spaces collapsed."""
    return " ".join(fold(name).split()).strip(" .'")


@cache
def _haystack_codes() -> np.ndarray:
    """:func:`_haystack_table` as an array from code point to code point."""
    codes = np.arange(_TABLE_SIZE, dtype=np.uint32)
    for cp, ch in _haystack_table().items():
        codes[cp] = ord(ch)
    return codes


def haystack(text: str) -> str:
    """The text as the name matcher sees it, with one leading space.

    Accents are folded, separators other than "." become spaces, and all letters of
    a word but the first are put in lower case. ``haystack(text)[i + 1]`` stands for
    ``text[i]``.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    str
        ``" "`` followed by a string as long as ``text``.

    """
    codes = np.frombuffer((" " + text).encode("utf-32-le"), dtype=np.uint32)
    table = _haystack_codes()
    codes = np.where(codes < _TABLE_SIZE, table[np.minimum(codes, _TABLE_SIZE - 1)], codes)
    # A capital A-Z right after a letter or digit (separators are " " and ".", both
    # below "0") goes to lower case; the first letter of a word keeps its case.
    inner = ((codes[1:] - 65) < 26) & (codes[:-1] > 46)
    codes[1:][inner] += 32
    return codes.tobytes().decode("utf-32-le")


def match_keys(name: str, *, particles: frozenset[str], generic: frozenset[str]) -> set[str]:
    """The spellings under which ``name`` is matched in a haystack.

    Besides the name itself: runs of spaces collapsed ("Washington D.C"), full stops
    dropped ("St Louis"), every word capitalised ("Bosnia And Herzegovina"), generic
    words in lower case ("Heathrow airport"), and a lower-case particle first
    ("al Tanf"). Only spellings that open with a capital or a digit, or with a
    particle, are kept.
    """
    base = haystack(name)[1:].strip(" .")
    if not base:
        return set()
    collapsed = _SPACES.sub(" ", base)
    undotted = _SPACES.sub(" ", base.replace(".", " ")).strip()
    out = {base, collapsed, undotted}
    for form in (collapsed, undotted):
        words = form.split(" ")
        out.add(" ".join(w[:1].upper() + w[1:] for w in words))
        out.add(" ".join([words[0]] + [w.lower() if w.lower() in generic else w for w in words[1:]]))
    for form in list(out):
        head, _, rest = form.partition(" ")
        second, _, tail = rest.partition(" ")
        if head.lower() in particles and second.lower() in particles and tail[:1].isupper():
            head, rest = f"{head} {second.lower()}", tail  # "north-east Syria": two particles
        if head.split(" ")[0].lower() in particles and rest[:1].isupper():
            out.add(head.lower() + " " + rest)
            out.add(head[:1].upper() + head[1:].lower() + " " + rest)
        words = form.split(" ")
        inner = [w.lower() if 0 < i < len(words) - 1 and w.lower() in particles else w
                 for i, w in enumerate(words)]
        if inner != words:
            out.add(" ".join(inner))  # "Ali al-Salem", "Deir ez-Zor", "Abu al Duhur"
    return {k for k in out if k[:1].isupper() or k[:1].isdigit() or (
        k.split(" ", 1)[0] in particles and k.partition(" ")[2][:1].isupper()) or (
        k.split(" ", 1)[0] in particles and k.split(" ")[1:2] and k.split(" ")[1] in particles
        and k.split(" ", 2)[2:3] and k.split(" ", 2)[2][:1].isupper())}
