"""Relation words around figures: "đạt/bằng X% kế hoạch", "vượt X% dự toán" (kind ``plan``),
a plan's own figure ("dự toán giao 400 tỷ đồng", kind ``plan_value``), "tăng/giảm X%"
(kind ``change``), "trong đó", "gồm/bao gồm", "chiếm X%" and "lũy kế".

Relations refer to number mentions by index into ``Mentions.numbers``, so checks never look
at the text again.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from lint.document import Document, Span
from lint.mentions import Mentions, NumberMention, RelationMention
from lint.patterns import Scan, scan, word_scan
from lint.ruledata import alternation, load_data

_MARKERS = {
    "in_which": scan(("trong",), "t", r"(?<!\w)trong đó(?!\w)", re.IGNORECASE),
    "including": scan(
        ("bao", "chia", "gồm", "phân"),
        "bgcp",
        r"(?<!\w)(?:bao gồm|gồm có|gồm|chia ra|chia theo|phân theo)(?!\w)",
        re.IGNORECASE,
    ),
    "structure": scan(("cấu",), "c", r"(?<!\w)cơ cấu(?!\w)", re.IGNORECASE),
    "sum_after": scan(("cộng",), "t", r"(?<!\w)tổng cộng(?!\w)", re.IGNORECASE),
    # "…; tổng số 175 tổ chức": a total after its parts only when they form a partition.
    "sum_after_partition": scan(
        ("tổng",), "t", r"(?:(?<=[;,] )|(?<=[;,]))tổng số(?!\w)", re.IGNORECASE
    ),
    "cumulative": scan(("kế",), "l", r"(?<!\w)(?:lũy kế|luỹ kế)(?!\w)", re.IGNORECASE),
    # A list after a colon ("Đối với 52 tổ chức: hoàn thành xuất sắc nhiệm vụ 7 tổ chức, …"),
    # a breakdown only when its parts form a known partition; not a clock time ("10:30").
    "list_colon": scan((":",), ":", r":(?!\d)"),
}


class _Patterns(NamedTuple):
    verbs: dict[str, str]
    verb_before: Scan
    target_after: re.Pattern[str]
    plan_intro: Scan
    target_names: tuple[str, ...]
    change_before: Scan
    share_before: Scan


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = load_data("relations")
    verbs = {str(k): str(v) for k, v in data["plan_verbs"].items()}
    targets = alternation(data["plan_targets"])
    fillers = alternation(data["plan_fillers"])
    filler = rf"(?:\s*(?:{fillers}|\d{{4}}|[(:,]))*"
    return _Patterns(
        verbs=verbs,
        verb_before=word_scan(verbs, r"\s+(?:mức\s+|khoảng\s+|được\s+)?$", group="verb"),
        target_after=re.compile(
            rf"\s*(?:so\s+với\s+|so\s+)?(?P<target>{targets})(?!\w)", re.IGNORECASE
        ),
        plan_intro=word_scan(data["plan_targets"], rf"{filler}\s*$", group="target"),
        target_names=tuple(str(name).casefold() for name in data["plan_target_names"]),
        change_before=scan(
            ("tăng", "giảm", "("), "tg(", r"(?<!\w)(?P<verb>tăng|giảm)\s+(?:khoảng\s+)?$|\(\s*$"
        ),
        share_before=scan(("chiếm",), "c", r"(?<!\w)chiếm\s+(?:khoảng\s+|tỷ lệ\s+|tỉ lệ\s+)?$"),
    )


def _plan_relation(text: str, index: int, number: NumberMention) -> RelationMention | None:
    patterns = _patterns()
    after = patterns.target_after.match(text, number.span.end)  # the cheaper test first
    if not after:
        return None
    before = patterns.verb_before.search(text, max(0, number.span.start - 24), number.span.start)
    if not before:
        return None
    verb = before.group("verb").lower()
    return RelationMention(
        Span(before.start("verb"), after.end()),
        "plan",
        text[before.start("verb") : after.end()],
        {
            "percent": index,
            "mode": patterns.verbs.get(verb, "achieved"),
            "target": after.group("target"),
        },
    )


def _plan_value(text: str, index: int, number: NumberMention) -> RelationMention | None:
    if number.kind != "number":
        return None
    patterns = _patterns()
    intro = patterns.plan_intro.search(text, max(0, number.span.start - 48), number.span.start)
    if not intro:
        return None
    lead = text[max(0, intro.start("target") - 16) : intro.end("target")].casefold()
    if any(lead.endswith(name) for name in patterns.target_names):
        return None  # "bổ sung có mục tiêu": a name, not a plan
    span = Span(intro.start("target"), number.span.end)
    return RelationMention(span, "plan_value", span.slice(text), {"number": index})


def _change(text: str, index: int, number: NumberMention) -> RelationMention | None:
    before = _patterns().change_before.search(
        text, max(0, number.span.start - 16), number.span.start
    )
    if not before:
        return None
    verb = (before.group("verb") or "").lower()
    if not verb:  # "(+5,2%)": a signed figure alone in parentheses
        signed = text[number.span.start] in "+-−"
        if not signed or not text.startswith(")", number.span.end):
            return None
        verb = "giảm" if number.value < 0 else "tăng"
    span = Span(before.start(), number.span.end)
    return RelationMention(span, "change", span.slice(text), {"number": index, "direction": verb})


def _share(text: str, index: int, number: NumberMention) -> RelationMention | None:
    before = _patterns().share_before.search(
        text, max(0, number.span.start - 16), number.span.start
    )
    if not before:
        return None
    span = Span(before.start(), number.span.end)
    return RelationMention(span, "share", span.slice(text), {"number": index})


def extract_relations(document: Document, mentions: Mentions) -> None:
    text = document.text
    for index, number in enumerate(mentions.numbers):
        readers = (_plan_relation, _change, _share) if number.is_percent else (_plan_value, _change)
        for reader in readers:
            relation = reader(text, index, number)
            if relation:
                mentions.relations.append(relation)
    for block in document.blocks:
        for kind, pattern in _MARKERS.items():
            for match in pattern.finditer(text, block.span.start, block.span.end):
                mentions.relations.append(
                    RelationMention(Span(match.start(), match.end()), kind, match.group())
                )
    mentions.relations.sort(key=lambda r: r.span.start)
