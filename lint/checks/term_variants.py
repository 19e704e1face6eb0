"""S004 term-variants: one term spelt several ways in one document.

What it catches: spellings of one term that differ only in case, hyphens or spaces
("Covid-19", "COVID-19", "Covid 19", "Covid - 19"; "KT-XH", "KTXH"), and known misspellings
listed in rule data ("Côvid-19" for "Covid-19"). Only terms that mix letters and digits,
hyphenated compounds and all-capitals acronyms are compared, so ordinary words capitalised
at the start of a sentence are never variants. The minority spellings are reported with the
majority spelling as a safe fix; when spellings are used equally often, the one used first
sets the document's spelling.

Why it matters: a reader (and a search) takes differently written terms for different
things, and inconsistent spelling looks careless in an official text.

Example: "Covid-19" three times and "COVID-19" once reports "COVID-19" and suggests
"Covid-19".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache

from lint.checks import CheckInput, check
from lint.extract.wording import term_key
from lint.findings import Edit, Evidence, Hit
from lint.mentions import TermMention
from lint.ruledata import load_data


@lru_cache(maxsize=1)
def _misspellings() -> dict[str, str]:
    return {term_key(k): str(v) for k, v in load_data("wording")["term_misspellings"].items()}


def _surface(term: TermMention, others: set[str]) -> str:
    """The spelling a term counts as: a sentence-initial capital is not a variant."""
    lowered = term.text[:1].lower() + term.text[1:]
    if term.sentence_initial and term.text not in others and lowered in others:
        return lowered
    return term.text


_MAJORITY = {"vi": "cách viết đa số trong văn bản", "en": "the majority spelling"}
_FIRST = {
    "vi": "cách viết dùng trước, vì các cách viết dùng ngang nhau",
    "en": "the spelling used first, as the spellings are used equally often",
}


def _replacement(term: TermMention, spelling: str) -> str:
    if term.sentence_initial and term.text[:1].isupper():
        return spelling[:1].upper() + spelling[1:]
    return spelling


def _counts_text(counts: Counter[str]) -> dict[str, str]:
    ordered = counts.most_common()
    return {
        "vi": ", ".join(f'"{s}" {n} lần' for s, n in ordered),
        "en": ", ".join(f'"{s}" {n} time{"s" if n > 1 else ""}' for s, n in ordered),
    }


def _misspelling_hits(terms: list[TermMention]) -> Iterator[Hit]:
    for term in terms:
        correct = _misspellings().get(term.key)
        if correct is None or term_key(correct) == term.key:
            continue
        yield Hit(
            span=term.span,
            args={
                "term": term.text,
                "suggestion": _replacement(term, correct),
                "reason": {"vi": "lỗi chính tả đã biết", "en": "a known misspelling"},
                "counts": {
                    "vi": f'"{term.text}" là cách viết sai của "{correct}"',
                    "en": f'"{term.text}" is a misspelling of "{correct}"',
                },
            },
            evidence=[Evidence(term.span, "misspelling")],
            fix=Edit(term.span, _replacement(term, correct)),
        )


def _variant_hits(group: list[TermMention]) -> Iterator[Hit]:
    if not any(term.joined for term in group):
        return
    others = {term.text for term in group if not term.sentence_initial}
    surfaces = [_surface(term, others) for term in group]
    counts = Counter(surfaces)
    if len(counts) < 2:
        return
    top = max(counts.values())
    leaders = [s for s in dict.fromkeys(surfaces) if counts[s] == top]  # in order of use
    majority = leaders[0]
    reason = _MAJORITY if len(leaders) == 1 else _FIRST
    for term, surface in zip(group, surfaces, strict=True):
        if surface == majority:
            continue
        yield Hit(
            span=term.span,
            args={
                "term": term.text,
                "suggestion": _replacement(term, majority),
                "reason": reason,
                "counts": _counts_text(counts),
            },
            evidence=[Evidence(term.span, "variant")],
            fix=Edit(term.span, _replacement(term, majority)),
        )


@check("term_variants")
def term_variants(inputs: CheckInput) -> Iterator[Hit]:
    terms = inputs.mentions.terms
    yield from _misspelling_hits(terms)
    groups: dict[str, list[TermMention]] = defaultdict(list)
    for term in terms:
        if term.key not in _misspellings():
            groups[term.key].append(term)
    for group in groups.values():
        yield from _variant_hits(group)
