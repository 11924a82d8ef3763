"""Spans of a sentence that name armed forces or governments, not places.

Split from :mod:`geo._claims_mentions` to keep modules short.
"""

from __future__ import annotations

from geo._claims_lex import Lex, View


def listed_with_town(view: View, lex: Lex, start: int, end: int) -> bool:
    """Whether a capital is listed with a town that stands for no government.

    "split between Dushanbe and Bokhtar", "201st base, Dushanbe and Bokhtar": the
    capital is a place; "Washington and Tehran" stay governments.
    """
    text = view.sentence.text
    base = view.sentence.start
    if text[end : end + 2] in ("'s", "’s"):
        return False  # "al-Mastumah, Ankara's largest base in the province": a possessor
    metonyms = {s for s, _ in view.hits.get("metonyms", ())}
    for t in view.tops:
        s, e = t.start - base, t.end - base
        if t.kind not in ("city", "site", "admin") or s in metonyms:
            continue
        gap = text[end:s] if s >= end else text[e:start] if e <= start else None
        if gap is not None and lex.rx.list_sep.fullmatch(gap):
            return True
    return False


def name_spans(view: View, lex: Lex) -> list[tuple[int, int]]:
    """Spans of armed forces and of capitals used for their government: not places."""
    text = view.sentence.text
    spans = list(view.hits.get("organisations", []))
    starts = {s for s, _ in view.hits.get("presence_nouns", ())}
    for s, e in view.hits.get("metonyms", []):
        m = lex.rx.compound_head.match(text, e)
        if not (lex.rx.locative_before.search(text[max(0, s - 30) : s]) or (m and m.end() in starts)
                or listed_with_town(view, lex, s, e)):
            spans.append((s, e))
    base = view.sentence.start
    for t in view.tops:  # "the Warsaw Pact", "Task Force Southwest": a unit's name
        if t.kind in ("city", "admin", "region") and (
            lex.rx.unit_name_after.match(text, t.end - base)
            or lex.rx.unit_name_before.search(text, max(0, t.start - base - 30), t.start - base)
        ):
            spans.append((t.start - base, t.end - base))
    return spans
