"""Linking "đạt/bằng/vượt X% kế hoạch" to the figure achieved and the plan's own figure.

The plan figure is the figure printed right after the plan word ("bằng 52,1% dự toán huyện
giao (358 tỷ đồng)"), else the one figure with the right unit that a plan word introduces in
the same sentence ("dự toán giao 400 tỷ đồng; thu 320 tỷ đồng, bằng 80% dự toán"). The
achieved figure is the nearest figure before the percentage with the plan's unit that is
neither a plan figure, a change ("tăng 20 tỷ đồng") nor an aside in parentheses that the
percentage is not in ("96.540 triệu đồng, tăng 9,8% so với cùng kỳ (87.920 triệu đồng), đạt
74,3% kế hoạch": the baseline's figure). When either is missing, or two plan
figures compete, no claim is built: the percentage is unverifiable, not wrong.
"""

from __future__ import annotations

import re
from itertools import takewhile

from lint.claims import PlanClaim
from lint.document import Document, Span
from lint.linking.clauses import clauses, in_parentheses, relation_objects
from lint.mentions import Mentions, NumberMention, RelationMention

_OWN_PLAN_GAP = re.compile(r"[^\d,;.:]{0,60}")


def _same_unit(a: NumberMention, b: NumberMention) -> bool:
    return (
        a.unit is not None
        and b.unit is not None
        and (a.unit.kind, a.unit.key) == (b.unit.kind, b.unit.key)
    )


def _is_figure(number: NumberMention) -> bool:
    return number.kind == "number" and number.unit is not None


class _PlanLinker:
    def __init__(self, document: Document, mentions: Mentions) -> None:
        self.document = document
        self.numbers = mentions.numbers
        self.relations = [r for r in mentions.relations if r.kind == "plan"]
        self.own_plans = {id(r): self._own_plan(r) for r in self.relations}
        self.plan_values: dict[int | None, list[int]] = {}
        for relation in mentions.relations:
            if relation.kind == "plan_value":
                index = int(relation.attrs["number"])  # type: ignore[call-overload]
                sentence = document.sentence_index(relation.span.start)
                self.plan_values.setdefault(sentence, []).append(index)
        self.not_achieved = relation_objects(mentions, {"change", "plan_value"}) | {
            i for i in self.own_plans.values() if i is not None
        }

    def _own_plan(self, relation: RelationMention) -> int | None:
        """The figure right after the plan word, unless its aside holds another figure of
        the same unit ("(dự toán thu ngân sách 2.000 tỷ đồng, trong đó thu nội địa 1.600 tỷ
        đồng)": which of the two plans the percentage is of is not said)."""
        after = int(relation.attrs["percent"]) + 1  # type: ignore[call-overload]
        if after >= len(self.numbers) or not _is_figure(self.numbers[after]):
            return None
        plan = self.numbers[after]
        text = self.document.text
        if not _OWN_PLAN_GAP.fullmatch(text, relation.span.end, plan.span.start):
            return None
        close = text.find(")", plan.span.end)
        if "(" in text[relation.span.end : plan.span.start] and close != -1:
            inside = takewhile(lambda n: n.span.start < close, self.numbers[after + 1 :])
            if any(_same_unit(n, plan) for n in inside):
                return None
        return after

    def _plan(self, relation: RelationMention, sentence: int) -> int | None:
        own = self.own_plans[id(relation)]
        if own is not None:
            return own
        candidates = [i for i in self.plan_values.get(sentence, []) if _is_figure(self.numbers[i])]
        units = {(self.numbers[i].unit.kind, self.numbers[i].unit.key) for i in candidates}  # type: ignore[union-attr]
        return candidates[0] if len(candidates) == 1 and len(units) == 1 else None

    def _achieved(self, percent: int, plan: NumberMention, sentence: int) -> NumberMention | None:
        text, within = self.document.text, self.document.sentences[sentence].span
        asides_count = in_parentheses(text, self.numbers[percent].span, within)
        for index in range(percent - 1, -1, -1):
            number = self.numbers[index]
            if self.document.sentence_index(number.span.start) != sentence:
                return None
            eligible = index not in self.not_achieved and number.kind == "number"
            if eligible and not asides_count and in_parentheses(text, number.span, within):
                if not self._follows_a_figure(index, within):
                    return None  # "thu tiền sử dụng đất (486 tỷ đồng) đạt 120%": the clause's own
                continue
            if eligible and _same_unit(number, plan):
                return number
        return None

    def _follows_a_figure(self, index: int, within: Span) -> bool:
        """Whether a figure of the same clause comes before the aside figure ``index``, so
        that the aside belongs to it ("tăng 11,7% so với năm 2022 (548 doanh nghiệp)")."""
        start = self.numbers[index].span.start
        pieces = clauses(self.document.text, within)
        clause = next((c for c in pieces if c.start <= start < c.end), None)
        return (
            clause is not None and index > 0 and self.numbers[index - 1].span.start >= clause.start
        )

    def claims(self) -> list[PlanClaim]:
        claims = []
        for relation in self.relations:
            sentence = self.document.sentence_index(relation.span.start)
            if sentence is None:
                continue
            plan_index = self._plan(relation, sentence)
            if plan_index is None:
                continue
            percent = int(relation.attrs["percent"])  # type: ignore[call-overload]
            plan = self.numbers[plan_index]
            achieved = self._achieved(percent, plan, sentence)
            if achieved is not None:
                claims.append(PlanClaim(sentence, relation, achieved, self.numbers[percent], plan))
        return claims


def link_plans(document: Document, mentions: Mentions) -> list[PlanClaim]:
    return _PlanLinker(document, mentions).claims()
