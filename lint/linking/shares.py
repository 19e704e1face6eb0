"""Linking counts to the share of a whole they are said to be: "1.200 hộ nghèo, chiếm 5%"
or "900 hộ cận nghèo (5,2%)". The whole is named by the words after the share ("chiếm 5%
tổng số hộ"); two shares are of one whole only when that wording is the same."""

from __future__ import annotations

import re

from lint.claims import CountShareClaim
from lint.document import Document
from lint.linking.clauses import clauses, relation_objects
from lint.linking.totals import normalise
from lint.mentions import Mentions, NumberMention

_LEAD = re.compile(
    r"[^,;:.()\d]{0,40}(?:,\s*|\(\s*)(?:chiếm|bằng|tương ứng|tương đương)?\s*(?:khoảng\s*)?"
)
_WHOLE_END = re.compile(r"[,;:.)(]")


def _whole_after(text: str, share: NumberMention, limit: int) -> str:
    stop = _WHOLE_END.search(text, share.span.end, limit)
    return normalise(text[share.span.end : stop.start() if stop else limit])


def link_count_shares(document: Document, mentions: Mentions) -> list[CountShareClaim]:
    text = document.text
    changes = relation_objects(mentions, {"change", "plan_value"})
    markers = [r.span.start for r in mentions.relations if r.kind in ("in_which", "including")]
    claims = []
    numbers = mentions.numbers
    for position in range(len(numbers) - 1):
        count, share = numbers[position], numbers[position + 1]
        if (
            count.kind != "number"
            or count.unit is None
            or count.unit.kind != "count"
            or not share.is_percent
            or position in changes
            or position + 1 in changes
        ):
            continue
        if not _LEAD.fullmatch(text, count.unit.span.end, share.span.start):
            continue
        index = document.sentence_index(count.span.start)
        if index is None or document.sentence_index(share.span.start) != index:
            continue
        sentence = document.sentences[index]
        clause_end = next(
            (c.end for c in clauses(text, sentence.span) if c.start <= share.span.start < c.end),
            sentence.span.end,
        )
        claims.append(
            CountShareClaim(
                count=count,
                share=share,
                root=count.unit.key.split()[0],
                whole=_whole_after(text, share, clause_end),
                block=sentence.block,
                group=sum(1 for m in markers if m < count.span.start),
            )
        )
    return claims
