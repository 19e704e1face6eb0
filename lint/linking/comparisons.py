"""Comparison claims: each "so với … Y" with the period its sentence reports on, and whether
the sentence states a plan or target for a coming period ("Năm 2023 phấn đấu tăng 8% so với
năm 2022") rather than a result.

The claim's period is the sentence's own period nearest before the comparison in the same
clause (clauses are split at ";"), else the first after it, else the sentence's period from
the context. ``candidate_periods`` lists every period an honest reader could take the
claim to be about, so a check can stay silent unless all of them agree.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from lint.claims import ComparisonClaim
from lint.context import ReportContext
from lint.document import Document, Span
from lint.mentions import Mentions, PeriodMention, RelationMention
from lint.ruledata import alternation, load_data


@lru_cache(maxsize=1)
def _target_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(target words of a sentence, target words of a heading)."""
    data = load_data("dates")

    def words(key: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{alternation(data[key])})(?!\w)", re.IGNORECASE)

    return words("target_words"), words("target_heading_words")


def _clause(document: Document, sentence: Span, relation: RelationMention) -> Span:
    text = document.text
    before = text.rfind(";", sentence.start, relation.span.start)
    after = text.find(";", relation.span.end, sentence.end)
    return Span(before + 1 if before != -1 else sentence.start,
                after if after != -1 else sentence.end)


def _clause_periods(
    document: Document, context: ReportContext, sentence: int, relation: RelationMention
) -> list[PeriodMention]:
    clause = _clause(document, document.sentences[sentence].span, relation)
    return [p for p in context.own_periods.get(sentence, []) if clause.covers(p.span)]


def candidate_periods(
    document: Document, context: ReportContext, claim: ComparisonClaim
) -> list[PeriodMention]:
    """Every period the claim may be about: its clause's own periods if it has any, else the
    sentence's own periods and every period the sentence may inherit."""
    clause = _clause_periods(document, context, claim.sentence, claim.relation)
    if clause:
        return clause
    own = context.own_periods.get(claim.sentence, [])
    return [*own, *context.inherited_periods.get(claim.sentence, [])]


def _claim_period(
    document: Document, context: ReportContext, sentence: int, relation: RelationMention
) -> PeriodMention | None:
    clause = _clause_periods(document, context, sentence, relation)
    before = [p for p in clause if p.span.end <= relation.span.start]
    if before:
        return before[-1]
    if clause:
        return clause[0]
    return context.period_of_sentence(sentence)


def _is_later(period: PeriodMention, context: ReportContext) -> bool:
    """A period that starts after the document's period ends, or after the report date."""
    document_period = context.document_period
    if document_period and period.start > document_period.end:
        return True
    return bool(context.report_date and period.start > context.report_date)


def _is_target(
    document: Document, context: ReportContext, sentence: int, periods: list[PeriodMention]
) -> bool:
    """A plan or target: a target word in the sentence or its headings, or a period in the
    sentence ("kế hoạch năm 2023") or its own that comes after the document's period."""
    sentence_words, heading_words = _target_patterns()
    span = document.sentences[sentence].span
    if sentence_words.search(document.text, span.start, span.end):
        return True
    for heading in context.headings.get(sentence, ()):
        block = document.blocks[heading].span
        if heading_words.search(document.text, block.start, block.end):
            return True
    return any(_is_later(p, context) for p in periods)


def _sentence_of(document: Document, starts: list[int], span: Span) -> int | None:
    index = bisect.bisect_right(starts, span.start) - 1
    if index < 0 or span.end > document.sentences[index].span.end:
        return None
    return index


def link_comparisons(
    document: Document, mentions: Mentions, context: ReportContext
) -> list[ComparisonClaim]:
    starts = [sentence.span.start for sentence in document.sentences]
    claims: list[ComparisonClaim] = []
    for relation in mentions.relations:
        year = relation.attrs.get("year")
        if relation.kind != "compare" or not isinstance(year, int):
            continue
        index = _sentence_of(document, starts, relation.span)
        if index is None:
            continue
        period = _claim_period(document, context, index, relation)
        periods = [*context.printed_periods.get(index, []), *([period] if period else [])]
        claims.append(
            ComparisonClaim(
                sentence=index,
                relation=relation,
                baseline_year=year,
                period=period,
                is_target=_is_target(document, context, index, periods),
            )
        )
    return claims
