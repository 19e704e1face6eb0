"""Linking counts to the share of a whole they are said to be: "1.200 hộ nghèo, chiếm 5%"
or "900 hộ cận nghèo (5,2%)". The whole is named by the words after the share ("chiếm 5%
tổng số hộ"); two shares are of one whole only when that wording is the same. When the
whole's own figure is printed — the total the count is listed under ("Toàn huyện có 45.600
hộ, trong đó hộ nghèo 1.230 hộ, chiếm 3,1%") or in parentheses after the share's wording
("chiếm 3,1% tổng số hộ (45.600 hộ)") — the pair is linked to it too."""

from __future__ import annotations

import re

from lint.claims import CountShareClaim, StatedWholeClaim, TotalClaim
from lint.document import Document
from lint.linking.clauses import clauses, relation_objects
from lint.linking.totals import compatible_factor, normalise
from lint.mentions import Mentions, NumberMention

_LEAD = re.compile(
    r"[^,;:.()\d]{0,40}(?:,\s*|\(\s*)(?:chiếm|bằng|tương ứng|tương đương)?\s*(?:khoảng\s*)?"
)
_WHOLE_END = re.compile(r"[,;:.)(]")
_OPENING = re.compile(r"[^,;:.()\d]{0,60}?\(\s{0,2}")
_CLOSING = re.compile(r"\s{0,2}\)")
_WHOLE_WORDS = ("tổng", "dân số")


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


def _same_unit(part: NumberMention, whole: NumberMention) -> bool:
    return compatible_factor(part.unit, whole.unit) == 1.0


def _names_whole(pair: CountShareClaim, whole: NumberMention) -> bool:
    """The share's wording is empty or names the whole: "tổng số hộ", "số hộ", "số hộ toàn
    huyện" — not another whole such as "số hộ nghèo của tỉnh"."""
    wording = pair.whole
    plain = f"số {whole.unit.key}" if whole.unit else None
    return (
        not wording
        or wording.startswith(_WHOLE_WORDS)
        or (plain is not None and (wording == plain or wording.startswith(f"{plain} toàn ")))
    )


def _whole_in_parentheses(
    text: str, pair: CountShareClaim, by_start: dict[int, NumberMention]
) -> NumberMention | None:
    opening = _OPENING.match(text, pair.share.span.end)
    whole = by_start.get(opening.end()) if opening else None
    if whole is None or whole.kind != "number" or not _same_unit(pair.count, whole):
        return None
    end = whole.unit.span.end if whole.unit else whole.span.end
    return whole if _CLOSING.match(text, end) else None


def link_stated_wholes(
    document: Document, mentions: Mentions, pairs: list[CountShareClaim], totals: list[TotalClaim]
) -> list[StatedWholeClaim]:
    text = document.text
    # A total that has a share itself ("13.187 người, chiếm 96,7%, trong đó trên chuẩn 5.902
    # người, chiếm 43,3%") is a part of a larger whole, which its parts' shares may be of.
    shared = {pair.count for pair in pairs}
    listed_under = {
        c.number: t.total for t in totals if t.total not in shared for c in t.components
    }
    by_start = {n.span.start: n for n in mentions.numbers}
    claims = []
    for pair in pairs:
        whole = listed_under.get(pair.count)
        if whole is None or not _same_unit(pair.count, whole) or not _names_whole(pair, whole):
            whole = _whole_in_parentheses(text, pair, by_start)
        if whole is not None:
            claims.append(StatedWholeClaim(pair, whole))
    return claims
