"""Linking a bare figure — printed with no unit and followed straight by punctuation — to
the unit it should carry: the unit its neighbours in the same list carry ("nông nghiệp 1.000
tỷ đồng, công nghiệp 4.200, dịch vụ 1.100 tỷ đồng"), or the unit the same indicator carries
elsewhere in the document ("Tổng giá trị sản xuất ... 3.868, đạt 49,17% kế hoạch")."""

from __future__ import annotations

import re
from collections import Counter

from lint.claims import BareFigureClaim
from lint.document import Document, Sentence, Span
from lint.linking.clauses import NumberIndex, clauses
from lint.linking.totals import normalise
from lint.mentions import Mentions, NumberMention, Unit

_AFTER_BARE = re.compile(r"\s*(?:[,;.]|$)")
_LABEL_TRIM = re.compile(
    r"\b(?:ước đạt|ước thực hiện|ước|đạt|là|được|khoảng|tổng cộng|có)\s*$", re.IGNORECASE
)
_PERIOD_WORDS = re.compile(r"\b(?:năm|tháng|quý|cùng kỳ|kỳ|giai đoạn|đến nay)\b", re.IGNORECASE)
_MEASURED = ("money", "physical")
_YEAR_LIST_BEFORE = re.compile(
    r"(?:(?<!\w)năm|(?<!\d)\d{4})\s*(?:,|và|hoặc|-|–)?\s*$", re.IGNORECASE
)


def _label(text: str, clause: Span, number: NumberMention) -> str:
    """The indicator's name: the clause's words before the figure, without verbs and
    without the period ("tổng giá trị sản xuất năm 2022 ước đạt" → "tổng giá trị sản xuất")."""
    words = text[clause.start : number.span.start]
    words = _PERIOD_WORDS.split(_LABEL_TRIM.sub("", words), maxsplit=1)[0]
    return normalise(words.strip(" :-–+\t"))


def _is_bare(text: str, number: NumberMention, limit: int) -> bool:
    return (
        number.kind == "number"
        and number.unit is None
        and number.scale == 1.0
        and number.value >= 10
        and bool(_AFTER_BARE.match(text, number.span.end, limit))
        and not _listed_year(text, number)
    )


def _listed_year(text: str, number: NumberMention) -> bool:
    """A year in a list of years: "các năm 2021, 2022, 2023" (the first is a period)."""
    if not (len(number.text) == 4 and number.text.isdigit() and 1900 <= number.value <= 2100):
        return False
    return bool(_YEAR_LIST_BEFORE.search(text, max(0, number.span.start - 12), number.span.start))


def link_bare_figures(document: Document, mentions: Mentions) -> list[BareFigureClaim]:
    text = document.text
    index = NumberIndex(mentions.numbers)
    labelled: dict[str, Counter[tuple[str, str]]] = {}
    units: dict[tuple[str, str], Unit] = {}
    sentence_figures: list[tuple[Sentence, list[_Figure]]] = []
    for sentence in document.sentences:
        figures = []
        for clause in clauses(text, sentence.span):
            inside = [n for _, n in index.within(clause) if not n.is_percent]
            if len(inside) != 1:
                continue
            number = inside[0]
            measured = number.unit is not None and number.unit.kind in _MEASURED
            wanted = measured or _is_bare(text, number, sentence.span.end)
            label = _label(text, clause, number) if wanted else ""  # used by those only
            figures.append((number, label, clause))
            if number.unit and measured:
                key = (number.unit.kind, number.unit.key)
                units.setdefault(key, number.unit)
                if label:
                    labelled.setdefault(label, Counter())[key] += 1
        sentence_figures.append((sentence, figures))
    claims = []
    for sentence, figures in sentence_figures:
        neighbours = Counter(
            (n.unit.kind, n.unit.key) for n, _, _ in figures if n.unit and n.unit.kind in _MEASURED
        )
        for number, label, _clause in figures:
            if not _is_bare(text, number, sentence.span.end):
                continue
            claim = _claim(number, label, figures, neighbours, labelled, units)
            if claim:
                claims.append(claim)
    return claims


_Figure = tuple[NumberMention, str, Span]
_UnitKey = tuple[str, str]


def _claim(
    number: NumberMention,
    label: str,
    figures: list[_Figure],
    neighbours: Counter[_UnitKey],
    labelled: dict[str, Counter[_UnitKey]],
    units: dict[_UnitKey, Unit],
) -> BareFigureClaim | None:
    same_indicator = labelled.get(label) if label else None
    if same_indicator and len(same_indicator) == 1:
        return BareFigureClaim(number, units[next(iter(same_indicator))], "indicator", label)
    if len(neighbours) == 1 and sum(neighbours.values()) >= 2:
        key = next(iter(neighbours))
        return BareFigureClaim(number, units[key], "neighbours", label)
    return None
