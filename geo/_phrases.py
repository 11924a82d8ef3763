"""Find many phrase lists in a text in one pass, on word boundaries.

Every list is compiled into one Aho-Corasick automaton, so a text is read once
whatever the number of lists and phrases. A cue phrase is case-insensitive
literal text in which a final ``*`` stands for any word ending (``withdr*``) and
``...`` for a gap of up to four words (such phrases, rare, finish with a regular
expression checked only where the automaton finds their first word). A name
(``Moscow``, ``US-led coalition``) must match as written and
may be followed by a hyphen ("Moscow-brokered"). Within a list, matches do not
overlap: the leftmost, then the longest, wins, as with an alternation of the
phrases sorted longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import ahocorasick

Span = tuple[int, int]


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _rest(words: list[str]) -> re.Pattern[str]:
    """The regex for what follows the first word of a gapped phrase ("... to")."""
    pieces = []
    for word in words:
        if word == "...":
            pieces.append(r"(?:\S+\s+){0,4}?")
        else:
            pieces.append(re.escape(word).replace(r"\*", r"[\w'-]*") + r"\s+")
    body = "".join(pieces).removesuffix(r"\s+")
    return re.compile(r"\s+" + body + r"(?![\w-])")


def select_longest(spans: list[Span]) -> list[Span]:
    """Keep non-overlapping spans, leftmost first and then longest.

    Parameters
    ----------
    spans
        Candidate ``(start, end)`` spans in any order.

    Returns
    -------
    list[Span]
        The kept spans in text order.

    """
    out: list[Span] = []
    last = -1
    for s, e in sorted(spans, key=lambda p: (p[0], -p[1])):
        if s >= last:
            out.append((s, e))
            last = e
    return out


class PhraseIndex:
    """Named phrase lists compiled once, then matched in one pass over a text.

    Parameters
    ----------
    cues
        Case-insensitive cue lists by name.
    names
        Proper-name lists by name, matched as written.

    """

    def __init__(self, cues: Mapping[str, Iterable[str]],
                 names: Mapping[str, Iterable[str]] | None = None) -> None:
        self.lists = (*cues, *(names or {}))
        # key -> [(list name, prefix wildcard, exact surface or "", rest of a gapped phrase)]
        entries: dict[str, list[tuple[str, bool, str, re.Pattern[str] | None]]] = {}
        for name, phrases in cues.items():
            for phrase in phrases:
                norm = " ".join(phrase.lower().split())
                words = norm.split()
                if "..." in words:
                    cut = words.index("...")
                    head = " ".join(words[:cut])
                    if head:
                        entries.setdefault(head, []).append((name, False, "", _rest(words[cut:])))
                    continue
                key = norm.rstrip("*")
                if key:
                    entries.setdefault(key, []).append((name, norm.endswith("*"), "", None))
        for name, surfaces in (names or {}).items():
            for word in surfaces:
                exact = " ".join(word.split())
                entries.setdefault(exact.lower(), []).append((name, False, exact, None))
        auto = ahocorasick.Automaton()
        for key, value in entries.items():
            auto.add_word(key, (len(key), tuple(value)))
        if entries:
            auto.make_automaton()
        self._auto = auto if entries else None

    def scan(self, text: str) -> dict[str, list[Span]]:
        """Every match of every list in ``text``.

        Parameters
        ----------
        text
            The text to read.

        Returns
        -------
        dict[str, list[Span]]
            For each list name, the ``(start, end)`` spans of its matches in text order.

        """
        flat = text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
        hay = _lower_same_length(flat)
        n = len(hay)
        raw: dict[str, list[Span]] = {name: [] for name in self.lists}
        if self._auto is not None:
            for end_idx, (length, owners) in self._auto.iter(hay):
                start = end_idx - length + 1
                if start > 0 and (_is_word(hay[start - 1]) or hay[start - 1] == "-"):
                    continue
                end = end_idx + 1
                nxt = hay[end] if end < n else " "
                ext = end
                for name, prefix, exact, rest in owners:
                    if rest is not None:
                        m = rest.match(hay, end)
                        if m:
                            raw[name].append((start, m.end()))
                    elif exact:
                        if not _is_word(nxt) and flat[start:end] == exact:
                            raw[name].append((start, end))
                    elif prefix:
                        if ext == end:
                            while ext < n and (_is_word(hay[ext]) or hay[ext] in "'-"):
                                ext += 1
                        raw[name].append((start, ext))
                    elif not (_is_word(nxt) or nxt == "-"):
                        raw[name].append((start, end))
        return {name: select_longest(spans) if len(spans) > 1 else spans
                for name, spans in raw.items()}
