"""Linking fractions of a set: "18/20 chỉ tiêu đạt", "3/20 không đạt" (counts with their
outcome), and a fraction with the percentage that restates it ("9/13 xã (69,2%)",
"12/20 doanh nghiệp, đạt 60%")."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

from lint.claims import CountOf, DisjointCounts, FractionPercentClaim
from lint.document import Document, Span
from lint.linking.clauses import clauses, in_parentheses, relation_objects
from lint.mentions import Mentions, NumberMention
from lint.ruledata import alternation, load_data


class _Patterns(NamedTuple):
    outcome: re.Pattern[str]
    classes: dict[str, str]  # outcome words -> "dimension:class"
    overlapping: frozenset[frozenset[str]]
    lead: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = load_data("fractions")
    classes: dict[str, str] = {}
    overlapping: set[frozenset[str]] = set()
    for dimension, spec in data["dimensions"].items():
        for name, words in spec["classes"].items():
            classes.update({w: f"{dimension}:{name}" for w in words})
        overlapping |= {frozenset(f"{dimension}:{c}" for c in pair) for pair in spec["overlapping"]}
    return _Patterns(
        outcome=re.compile(rf"(?<!\w)(?:{alternation(list(classes))})(?!\w)", re.IGNORECASE),
        classes=classes,
        overlapping=frozenset(overlapping),
        lead=re.compile(
            rf"(?:[^,;:.()]{{0,80}},)?\s*(?:(?:{alternation(data['percent_leads'])})\s*)?\(?\s*",
            re.IGNORECASE,
        ),
    )


def _outcome(text: str, clause: Span, count: NumberMention) -> str:
    """The one outcome class the clause of ``count`` states, or "". Words in an aside the
    count is not in ("3/18 chỉ tiêu chưa đạt (tỷ lệ chợ đạt chuẩn …)") name other things."""
    aside = in_parentheses(text, count.span, clause)
    found = {
        _patterns().classes[m.group().lower()]
        for m in _patterns().outcome.finditer(text, clause.start, clause.end)
        if aside or not in_parentheses(text, Span(m.start(), m.end()), clause)
    }
    return found.pop() if len(found) == 1 else ""


def _disjoint(counts: list[CountOf]) -> list[NumberMention]:
    """The counts of one dimension whose outcomes exclude each other pairwise; a class
    stated twice, or a broad class ("đạt") beside a narrower one ("vượt"), is left out."""
    by_class: dict[str, list[CountOf]] = defaultdict(list)
    for count in counts:
        by_class[count.outcome].append(count)
    unique = [group[0] for group in by_class.values() if len(group) == 1]
    overlapping = _patterns().overlapping
    kept = [
        c
        for c in unique
        if not any(frozenset((c.outcome, o.outcome)) in overlapping for o in unique if o is not c)
    ]
    return [c.fraction for c in sorted(kept, key=lambda c: c.fraction.span.start)]


def link_disjoint_counts(counts: list[CountOf]) -> list[DisjointCounts]:
    groups: dict[tuple[int, str, str], list[CountOf]] = defaultdict(list)
    for count in counts:
        if count.outcome:
            dimension = count.outcome.split(":")[0]
            groups[(count.block, count.noun, dimension)].append(count)
    claims = []
    for group in groups.values():
        disjoint = _disjoint(group)
        if len(disjoint) >= 2:
            claims.append(DisjointCounts(tuple(disjoint)))
    return claims


def _clause_of(text: str, sentence: Span, offset: int) -> Span:
    for clause in clauses(text, sentence):
        if clause.start <= offset < clause.end:
            return clause
    return sentence


def link_counts(document: Document, mentions: Mentions) -> list[CountOf]:
    """The fractions of a set with their outcome. A count after "trong đó" that follows
    another count of its sentence is a subset of it ("40/45 … hoàn thành nhiệm vụ, trong đó
    12/45 … hoàn thành tốt nhiệm vụ"), so it is given no outcome to be disjoint by."""
    in_which = [r.span.start for r in mentions.relations if r.kind == "in_which"]
    counts = []
    previous: dict[int, int] = {}  # sentence -> where its last count ends
    for number in mentions.numbers:
        if number.kind != "fraction" or number.unit is None or number.unit.kind != "count":
            continue
        index = document.sentence_index(number.span.start)
        if index is None:
            continue
        sentence = document.sentences[index]
        clause = _clause_of(document.text, sentence.span, number.span.start)
        outcome = _outcome(document.text, clause, number)
        before = previous.get(index)
        if before is not None and any(before <= m < number.span.start for m in in_which):
            outcome = ""
        previous[index] = number.span.end
        counts.append(CountOf(number, number.unit.key, outcome, sentence.block))
    return counts


def _restating_percent(
    text: str, numbers: list[NumberMention], position: int, excluded: set[int]
) -> NumberMention | None:
    """The percentage right after a fraction that restates it: after a lead word
    ("12/20 doanh nghiệp, đạt 60%") or alone in parentheses closing its clause
    ("9/13 xã đạt chuẩn nông thôn mới (69,2%)")."""
    if position + 1 >= len(numbers) or position + 1 in excluded:
        return None
    fraction, candidate = numbers[position], numbers[position + 1]
    if not candidate.is_percent:
        return None
    after = fraction.unit.span.end if fraction.unit else fraction.span.end
    gap = text[after : candidate.span.start]
    if len(gap) <= 96 and _patterns().lead.fullmatch(gap):
        return candidate
    alone_in_parentheses = gap.endswith("(") and text.startswith(")", candidate.span.end)
    if alone_in_parentheses and len(gap) <= 64 and not any(c in gap[:-1] for c in ",;:.()"):
        return candidate
    return None


def link_fraction_percents(document: Document, mentions: Mentions) -> list[FractionPercentClaim]:
    excluded = relation_objects(mentions, {"change"}) | {
        int(r.attrs["percent"])  # type: ignore[call-overload]
        for r in mentions.relations
        if r.kind == "plan"
    }
    claims = []
    for position, number in enumerate(mentions.numbers):
        if number.kind == "fraction" and number.denominator:
            percent = _restating_percent(document.text, mentions.numbers, position, excluded)
            if percent:
                claims.append(FractionPercentClaim(number, percent))
    return claims
