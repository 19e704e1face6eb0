"""Linking "đạt/bằng/vượt X% kế hoạch" to the figure achieved and the plan's own figure.

The plan figure is a number introduced by a plan word in the same sentence ("dự toán giao
400 tỷ đồng", "kế hoạch (400 tỷ đồng)"); the achieved figure is the nearest number before
the percentage with the same unit. When either is missing, or two plan figures with that
unit compete, the claim is not built: the percentage is unverifiable, not wrong.
"""

from __future__ import annotations

from lint.claims import PlanClaim
from lint.document import Document
from lint.mentions import Mentions, NumberMention, RelationMention


def _same_unit(a: NumberMention, b: NumberMention) -> bool:
    return (
        a.unit is not None
        and b.unit is not None
        and (a.unit.kind, a.unit.key)
        == (
            b.unit.kind,
            b.unit.key,
        )
    )


def _achieved(
    numbers: list[NumberMention], percent_index: int, plan: NumberMention, lower: int
) -> NumberMention | None:
    for number in reversed(numbers[lower:percent_index]):
        if number is not plan and number.kind == "number" and _same_unit(number, plan):
            return number
    return None


def link_plans(document: Document, mentions: Mentions) -> list[PlanClaim]:
    numbers = mentions.numbers
    sentence_bounds = {}
    for index, number in enumerate(numbers):
        sentence_bounds.setdefault(document.sentence_index(number.span.start), []).append(index)
    plan_values: dict[int | None, list[int]] = {}
    for relation in mentions.relations:
        if relation.kind == "plan_value":
            index = int(relation.attrs["number"])  # type: ignore[call-overload]
            plan_values.setdefault(document.sentence_index(relation.span.start), []).append(index)
    claims = []
    for relation in mentions.relations:
        if relation.kind == "plan":
            claim = _claim(document, numbers, relation, sentence_bounds, plan_values)
            if claim:
                claims.append(claim)
    return claims


def _claim(
    document: Document,
    numbers: list[NumberMention],
    relation: RelationMention,
    sentence_bounds: dict[int | None, list[int]],
    plan_values: dict[int | None, list[int]],
) -> PlanClaim | None:
    percent_index = int(relation.attrs["percent"])  # type: ignore[call-overload]
    sentence = document.sentence_index(relation.span.start)
    if sentence is None:
        return None
    first_in_sentence = sentence_bounds.get(sentence, [percent_index])[0]
    candidates = [
        numbers[i]
        for i in plan_values.get(sentence, [])
        if numbers[i].unit is not None and numbers[i].kind == "number"
    ]
    units = {(n.unit.kind, n.unit.key) for n in candidates if n.unit}
    for unit in units:
        plans = [n for n in candidates if n.unit and (n.unit.kind, n.unit.key) == unit]
        if len(plans) != 1:
            continue
        achieved = _achieved(numbers, percent_index, plans[0], first_in_sentence)
        if achieved is not None:
            return PlanClaim(sentence, relation, achieved, numbers[percent_index], plans[0])
    return None
