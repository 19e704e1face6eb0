"""Linking change and growth phrases into claims for N007–N010, N012 and U004.

Everything is linked within one sentence. A change statement belongs to a figure only when
nothing but fillers, punctuation and baseline phrases stands between them ("450 tỷ đồng,
tăng 5,2% so với cùng kỳ, bằng 108,3%"); a new noun ("…, nhập khẩu bằng 108,3%") breaks
the chain. When a link is doubtful no claim is built: the statement is unverifiable, not
wrong.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from lint.claims import (
    AverageBoundsClaim,
    AverageGrowthClaim,
    ChangeStatement,
    ContributionClaim,
    ContributionPart,
    CumulativeClaim,
    GrowthClaim,
    PointChangeClaim,
    TotalUpdateClaim,
)
from lint.context import ReportContext
from lint.document import Document, Span
from lint.linking.clauses import clauses, first_top_level, in_parentheses
from lint.mentions import Mentions, NumberMention, RelationMention
from lint.patterns import Scan, word_scan
from lint.records import Record
from lint.ruledata import load_data

_STATEMENT_FORMS = {"change": "change", "ratio": "ratio", "times": "times"}
_NOT_LEVELS = {"change", "ratio", "times", "points", "average_rate", "added", "prior", "share"}
_PUNCTUATION = re.compile(r"[\s,;:()\[\]–—-]+")
_ASIDE_OPENING = re.compile(r"\s{0,2}\(\s{0,2}[^()\d,;]{0,30}")
# "(thời điểm 31/12/2022: 362 HTX)", "(cuối năm 2022: 362 HTX)": a stock dated before it.
_DATED_ASIDE_OPENING = re.compile(
    r"\s{0,2}\(\s{0,2}(?:(?P<word>thời\s+điểm|tính\s+đến|đến|cuối\s+năm|đầu\s+năm|năm|ngày)\s{1,2})?"
    r"(?:(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})|(?P<bare>\d{4}))"
    r"\s{0,2}(?::\s{0,2}|,\s{0,2}có\s{1,2}|\s{1,2}có\s{1,2})",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(r"(?<!\w)năm\s+\d{4}\b[^\d%]{0,12}$", re.IGNORECASE)
_YEAR_WINDOW = 24
# "… năm 2020 (1.240 triệu USD)", "(năm 2020: 1.240 triệu USD)": a figure of a year, as an aside.
_DATED_START = re.compile(
    r"(?:(?<!\w)năm\s+(?P<a>\d{4})\s*\(\s*|\(\s*năm\s+(?P<b>\d{4})\s*(?:đạt\s+|là\s+|:\s*)?)$",
    re.IGNORECASE,
)
# "gấp 1,65 lần năm 2020", "bằng 150% năm 2020": a year right after a statement is its baseline.
_YEAR_BASELINE = re.compile(r"\s*năm\s+(?P<year>\d{4})(?=\s*(?:[,;:(.]|$))", re.IGNORECASE)
_OPENS_ASIDE = re.compile(r"\s{0,2}\(\s{0,2}")
_LEVEL_TO_CHANGE = re.compile(r"\s*,\s*")
_POINTS_WORDS = re.compile(r"\s*(?:điểm\s+phần\s+trăm|điểm\s+%)\s*", re.IGNORECASE)
# "bình quân tăng 7,2%/năm, từ 29.105 tỷ đồng năm 2020 lên …": the range right after the rate.
_RANGE_AFTER_RATE = re.compile(r"\s*/\s*năm\s*[,(:]?\s*(?:tăng\s+)?từ\s+", re.IGNORECASE)
# "(389 đảng viên)", "(đạt 389 …)", "(cùng kỳ đạt 76,3%)", "(năm 2022: 68,7%)" right after
# a baseline: the baseline's own figure; a year must be the baseline's year.
_BASELINE_ASIDE = re.compile(
    r"\s{0,2}\(\s{0,2}(?:(?:cùng\s+kỳ|năm\s+trước|năm\s+(?P<year>\d{4}))\s{0,2}(?:đạt|là|:)?\s{0,2}"
    r"|(?:đạt|là)\s{1,2})?",
    re.IGNORECASE,
)
# "năm 2022 đạt 3.200 tỷ đồng; năm 2023 đạt …": what may part two figures led by their years.
_NEXT_YEAR_GAP = re.compile(r"\s*[;,]\s*(?:còn\s+|và\s+)?")


class _Prior(NamedTuple):
    """A baseline's figure and the key of the baseline it belongs to (None: "năm trước",
    "cùng kỳ", which any statement about the same period may use). A figure of an earlier
    year in the clause before (``unsaid_too``) also goes with statements that name no
    baseline: "năm 2022 đạt 3.200 tỷ đồng; năm 2023 đạt 3.500 tỷ đồng, tăng 9,4%"."""

    figure: NumberMention
    key: str | None
    unsaid_too: bool = False


@lru_cache(maxsize=1)
def _decreases() -> Scan:
    """Words of units or members leaving a stock ("giải thể", "xóa tên"), from rule data."""
    return word_scan(load_data("growth")["stock_decrease_words"])


@lru_cache(maxsize=1)
def _nominal() -> Scan:
    """Words that give values at current prices ("giá hiện hành"), from rule data."""
    return word_scan(load_data("growth")["nominal_price_words"])


@lru_cache(maxsize=1)
def _fillers() -> frozenset[str]:
    """The words a gap between a figure and its change statement may hold."""
    data = load_data("growth")
    words = [*data["clause_lead_fillers"], *data["level_trailing_words"]]
    return frozenset(str(word).lower() for word in words)


@dataclass(repr=False)
class SentenceView(Record):
    """A sentence with the indices (in ``Mentions.numbers``) of the numbers it holds and
    the relations it holds."""

    index: int
    span: Span
    numbers: list[int] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)

    def of_kind(self, *kinds: str) -> list[RelationMention]:
        return [r for r in self.relations if r.kind in kinds]


def sentence_views(document: Document, mentions: Mentions) -> list[SentenceView]:
    """The sentences holding numbers or relations, each with those it holds. Every growth
    linker reads these: ``build_claims`` makes them once and hands them to each."""
    spans = [sentence.span for sentence in document.sentences]
    starts = [span.start for span in spans]
    by_index: dict[int, SentenceView] = {}

    def view(offset: int) -> SentenceView | None:
        index = bisect.bisect_right(starts, offset) - 1
        if index < 0 or offset >= spans[index].end:
            return None
        if index not in by_index:
            by_index[index] = SentenceView(index, spans[index])
        return by_index[index]

    for index, number in enumerate(mentions.numbers):
        if found := view(number.span.start):
            found.numbers.append(index)
    for relation in mentions.relations:
        if found := view(relation.span.start):
            found.relations.append(relation)
    return [by_index[i] for i in sorted(by_index)]


def _views(
    document: Document, mentions: Mentions, views: list[SentenceView] | None
) -> list[SentenceView]:
    return sentence_views(document, mentions) if views is None else views


def _objects(mentions: Mentions, kinds: set[str]) -> dict[int, list[RelationMention]]:
    found: dict[int, list[RelationMention]] = defaultdict(list)
    for relation in mentions.relations:
        if relation.kind in kinds and "number" in relation.attrs:
            found[int(relation.attrs["number"])].append(relation)  # type: ignore[call-overload]
    return found


def _number(relation: RelationMention, key: str = "number") -> int:
    return int(relation.attrs[key])  # type: ignore[call-overload]


def _end(number: NumberMention) -> int:
    return number.unit.span.end if number.unit else number.span.end


def _same_unit(a: NumberMention, b: NumberMention) -> bool:
    return bool(a.unit and b.unit and (a.unit.kind, a.unit.key) == (b.unit.kind, b.unit.key))


def _clean_gap(text: str, start: int, end: int, skipped: list[Span]) -> bool:
    """True when ``text[start:end]`` holds only punctuation, fillers and skipped spans."""
    if end < start:
        return False
    pieces, cursor = [], start
    for span in sorted(skipped, key=lambda s: s.start):
        if span.start >= cursor and span.end <= end:
            pieces.append(text[cursor : span.start])
            cursor = span.end
    pieces.append(text[cursor:end])
    words = _PUNCTUATION.sub(" ", " ".join(pieces)).lower()
    rest = f" {' '.join(words.split())} "
    for filler in sorted(_fillers(), key=len, reverse=True):
        rest = rest.replace(f" {filler} ", " ")
    return not rest.strip()


# N007 growth ------------------------------------------------------------------------------


def _statement(
    relation: RelationMention, numbers: list[NumberMention], baseline: str
) -> ChangeStatement | None:
    number = numbers[_number(relation)]
    form = _STATEMENT_FORMS[relation.kind]
    if relation.kind == "change" and not number.is_percent:
        if number.unit is None or number.kind != "number":
            return None
        form = "absolute"
    direction = str(relation.attrs.get("direction", "tăng"))
    return ChangeStatement(relation, number, form, direction, baseline)


def _baseline_after(
    text: str, end: int, baselines: list[RelationMention], limit: int
) -> tuple[str, int]:
    """The key of the baseline right after a statement ending at ``end``, and where the
    statement's words end."""
    for baseline in baselines:
        if baseline.span.start >= end and not text[end : baseline.span.start].strip(" %"):
            return str(baseline.attrs["key"]), baseline.span.end
    if year := _YEAR_BASELINE.match(text, end, limit):
        return f"năm {year.group('year')}", year.end()
    head = re.split(r"[,;:()]", text[end:limit], maxsplit=1)[0]
    if head.strip(" .%"):
        return f"?{end}", end
    return "", end


def link_growth(
    document: Document, mentions: Mentions, views: list[SentenceView] | None = None
) -> list[GrowthClaim]:
    text, numbers = document.text, mentions.numbers
    roles = _objects(mentions, _NOT_LEVELS | {"average_rate", "points"})
    averaged = set(_objects(mentions, {"average_rate", "points"}))
    claims = []
    for sentence in _views(document, mentions, views):
        items = _chain_items(text, sentence, numbers, roles, averaged)
        baselines = sentence.of_kind("baseline")
        skipped = [r.span for r in sentence.of_kind("baseline", "compare")]
        skipped += [_plan_clause(text, r.span, sentence.span) for r in sentence.of_kind("plan")]
        claims.extend(_chains(text, sentence, items, baselines, skipped, numbers))
    return claims


def _plan_clause(text: str, plan: Span, sentence: Span) -> Span:
    """A plan phrase with the rest of its clause ("bằng 52,2% dự toán năm (10.200,0 tỷ
    đồng)"): a change statement after it is still about the figure before it."""
    end = first_top_level(text, Span(plan.end, sentence.end), ",;")
    return Span(plan.start, sentence.end if end is None else end)


def _chain_items(
    text: str,
    sentence: SentenceView,
    numbers: list[NumberMention],
    roles: dict[int, list[RelationMention]],
    averaged: set[int],
) -> list[tuple[int, str, object]]:
    """(start, role, payload) of the sentence's levels, priors, statements and asides, in
    order. A figure in parentheses is an aside ("dự toán huyện giao (600,0 tỷ đồng)"), never
    the level a change is about; right after a baseline ("so với năm 2022 (389 đảng viên)")
    it is that baseline's figure."""
    items: list[tuple[int, str, object]] = []
    for index in sentence.numbers:
        number = numbers[index]
        if index in roles or number.kind != "number" or number.unit is None:
            continue
        role = "aside" if in_parentheses(text, number.span, sentence.span) else "level"
        items.append((number.span.start, role, number))
    for relation in sentence.of_kind("prior", "change", "ratio", "times"):
        index = _number(relation)
        if relation.kind == "prior":
            items.append((relation.span.start, "prior", relation))
        elif index not in averaged:
            items.append((relation.span.start, "statement", relation))
    return sorted(items, key=lambda item: item[0])


def _chains(
    text: str,
    sentence: SentenceView,
    items: list[tuple[int, str, object]],
    baselines: list[RelationMention],
    skipped: list[Span],
    numbers: list[NumberMention],
) -> list[GrowthClaim]:
    claims: list[GrowthClaim] = []
    years = {numbers[_number(r)].span.start: r for r in sentence.of_kind("year_level")}
    subject: NumberMention | None = None
    prior: _Prior | None = None
    statements: list[ChangeStatement] = []
    cursor = sentence.span.start
    for start, role, payload in items:
        if role == "aside":
            key = _baseline_figure(text, cursor, payload, statements)  # type: ignore[arg-type]
            if subject is not None and prior is None and key:
                prior = _Prior(payload, key)  # type: ignore[arg-type]
                cursor = _end(payload)  # type: ignore[arg-type]
            continue
        attached = subject is not None and _clean_gap(text, cursor, start, skipped)
        if role == "level" or not attached:
            _close(claims, sentence.index, subject, prior, statements)
            earlier, subject, prior, statements = subject, None, None, []
            if role == "level":
                subject = payload  # type: ignore[assignment]
                prior = _earlier_year(text, cursor, earlier, subject, years)  # type: ignore[arg-type]
                cursor = _end(subject)  # type: ignore[arg-type]
            continue
        relation: RelationMention = payload  # type: ignore[assignment]
        if role == "prior":
            year = relation.attrs.get("year")
            prior = _Prior(numbers[_number(relation)], f"năm {year}" if year is not None else None)
            cursor = _end(prior.figure)
            continue
        words_end = max(relation.span.end, _end(numbers[_number(relation)]))
        in_aside = statements and _OPENS_ASIDE.fullmatch(text, cursor, relation.span.start)
        baseline, cursor = _baseline_after(text, words_end, baselines, sentence.span.end)
        if in_aside and baseline == "":
            baseline = statements[-1].baseline  # "tăng 50 tỷ đồng so với năm 2021 (tăng 15%)"
        statement = _statement(relation, numbers, baseline)
        if statement is None:
            subject = None
            continue
        statements.append(statement)
        if relation.kind == "change" and relation.text.startswith("("):
            cursor = relation.span.end
    _close(claims, sentence.index, subject, prior, statements)
    return claims


def _earlier_year(
    text: str,
    cursor: int,
    earlier: NumberMention | None,
    level: NumberMention,
    years: dict[int, RelationMention],
) -> _Prior | None:
    """The figure of the clause before ``level`` as its prior, when each is led by its own
    year, the earlier figure's year is the one before the level's, and only ";" or "," (with "còn",
    "và") parts the earlier figure's words (its own changes included; they end at
    ``cursor``) from the level's year: "năm 2022 đạt 3.200 tỷ đồng; năm 2023 đạt …"."""
    if earlier is None:
        return None
    before, after = years.get(earlier.span.start), years.get(level.span.start)
    if before is None or after is None:
        return None
    if int(after.attrs["year"]) - int(before.attrs["year"]) != 1:  # type: ignore[call-overload]
        return None  # "năm 2020 đạt …; năm 2023 đạt …, tăng 9,4%" may be on 2022
    if not _NEXT_YEAR_GAP.fullmatch(text, cursor, after.span.start):
        return None
    return _Prior(earlier, f"năm {before.attrs['year']}", unsaid_too=True)


def _baseline_figure(
    text: str, cursor: int, aside: NumberMention, statements: list[ChangeStatement]
) -> str:
    """The baseline key of the last statement when ``aside`` opens a parenthesis right after
    that statement's baseline ("so với năm 2022 (389 đảng viên)"), else ""."""
    if not statements:
        return ""
    key = statements[-1].baseline
    return key if _baseline_aside(text, cursor, aside, key) else ""


def _baseline_aside(text: str, start: int, figure: NumberMention, key: str) -> bool:
    """True when ``figure`` stands alone in parentheses opening at ``start``, right after a
    baseline with the key ``key``, as that baseline's own figure."""
    if not key or key.startswith("?"):
        return False
    lead = _BASELINE_ASIDE.fullmatch(text, start, figure.span.start)
    if lead is None or (lead.group("year") and key != f"năm {lead.group('year')}"):
        return False
    return _closes_aside(text, figure)


def _closes_aside(text: str, figure: NumberMention) -> bool:
    return text[_end(figure) : _end(figure) + 3].lstrip().startswith(")")


def _prior_figure(
    prior: _Prior | None, subject: NumberMention, statements: list[ChangeStatement]
) -> tuple[NumberMention | None, str]:
    """The baseline's figure and its baseline key, if it can be compared with the subject:
    same unit, and a figure tied to one baseline ("(năm 2022 đạt …)", "so với năm 2022 (389
    đảng viên)") only beside statements about that same baseline."""
    if prior is None:
        return None, ""
    figure, key, unsaid_too = prior
    if not _same_unit(figure, subject):
        return None, ""
    if key is None:
        return figure, "cùng kỳ"
    baselines = {s.baseline for s in statements}
    if unsaid_too and baselines == {""}:
        return figure, ""  # the year just before, which a change that names none is about
    allowed = {key, ""} if unsaid_too else {key}
    return (figure, key) if baselines and baselines <= allowed else (None, "")


def _close(
    claims: list[GrowthClaim],
    sentence: int,
    subject: NumberMention | None,
    prior_found: _Prior | None,
    statements: list[ChangeStatement],
) -> None:
    if subject is None:
        return
    usable = [s for s in statements if s.form != "absolute" or _same_unit(s.number, subject)]
    prior, key = _prior_figure(prior_found, subject, usable)
    if len(usable) + (prior is not None) >= 2:
        claims.append(GrowthClaim(sentence, subject, prior, tuple(usable), key or "cùng kỳ"))


# U004 percent-vs-points -------------------------------------------------------------------


def link_point_changes(
    document: Document, mentions: Mentions, views: list[SentenceView] | None = None
) -> list[PointChangeClaim]:
    text, numbers = document.text, mentions.numbers
    points = set(_objects(mentions, {"points"}))
    claims = []
    for sentence in _views(document, mentions, views):
        changes = sentence.of_kind("change")
        for span_relation in sentence.of_kind("from_to"):
            start, end = (
                numbers[_number(span_relation, "start")],
                numbers[_number(span_relation, "end")],
            )
            if not (start.is_percent and end.is_percent):
                continue
            following = _number(span_relation, "end") + 1
            for change in changes:
                if _number(change) != following:
                    continue
                if not _clean_gap(text, span_relation.span.end, change.span.start, []):
                    continue
                number = numbers[following]
                in_points = following in points
                if number.is_percent or in_points:
                    direction = str(span_relation.attrs["direction"])
                    claims.append(
                        PointChangeClaim(
                            sentence.index, start, end, direction, number, change, in_points
                        )
                    )
        claims += _points_against_aside(text, sentence, numbers, points)
    return claims


def _points_against_aside(
    text: str, sentence: SentenceView, numbers: list[NumberMention], points: set[int]
) -> list[PointChangeClaim]:
    """ "đạt 70,5%, tăng 1,8 điểm phần trăm so với năm 2022 (68,7%)": a rate, its change in
    points, and the baseline's rate in parentheses right after the baseline phrase."""
    claims = []
    baselines = sentence.of_kind("baseline")
    for change in sentence.of_kind("change"):
        index = _number(change)
        if index not in points or index < 1 or index + 1 >= len(numbers):
            continue
        level, prior = numbers[index - 1], numbers[index + 1]
        if not (level.is_percent and prior.is_percent) or index + 1 not in sentence.numbers:
            continue
        if not _LEVEL_TO_CHANGE.fullmatch(text, level.span.end, change.span.start):
            continue
        after = _POINTS_WORDS.match(text, numbers[index].span.end)
        baseline = next((b for b in baselines if after and b.span.start == after.end()), None)
        key = str(baseline.attrs["key"]) if baseline else ""
        if baseline is None or not _baseline_aside(text, baseline.span.end, prior, key):
            continue
        direction = str(change.attrs.get("direction", "tăng"))
        claims.append(
            PointChangeClaim(sentence.index, prior, level, direction, numbers[index], change, True)
        )
    return claims


# N008 cumulative --------------------------------------------------------------------------


def _figure_after(
    span: Span, sentence: SentenceView, numbers: list[NumberMention], text: str, levels: set[int]
) -> NumberMention | None:
    """The first level figure after ``span`` in the same clause."""
    for clause in clauses(text, sentence.span):
        if clause.start <= span.start < clause.end:
            for index in sentence.numbers:
                number = numbers[index]
                if number.span.start >= span.end and number.span.end <= clause.end:
                    return number if index in levels else None
    return None


def link_cumulatives(
    document: Document, mentions: Mentions, views: list[SentenceView] | None = None
) -> list[CumulativeClaim]:
    text, numbers = document.text, mentions.numbers
    roles = _objects(mentions, _NOT_LEVELS)
    levels = {i for i, n in enumerate(numbers) if i not in roles and n.kind == "number" and n.unit}
    claims = []
    for sentence in _views(document, mentions, views):
        cumulative = sentence.of_kind("cumulative_period")
        parts = sentence.of_kind("subperiod")
        if len(cumulative) != 1 or len(parts) != 1:
            continue
        whole, part = cumulative[0], parts[0]
        if not _inside(part, whole):
            continue
        whole_figure = _figure_after(whole.span, sentence, numbers, text, levels)
        part_figure = _figure_after(part.span, sentence, numbers, text, levels)
        if whole_figure and part_figure and _same_unit(whole_figure, part_figure):
            claims.append(CumulativeClaim(sentence.index, part_figure, part, whole_figure, whole))
    return claims


def _inside(part: RelationMention, whole: RelationMention) -> bool:
    years = (part.attrs.get("year"), whole.attrs.get("year"))
    if None not in years and years[0] != years[1]:
        return False
    return int(part.attrs["last"]) <= int(whole.attrs["months"])  # type: ignore[call-overload]


def link_total_updates(
    document: Document,
    mentions: Mentions,
    context: ReportContext,
    views: list[SentenceView] | None = None,
) -> list[TotalUpdateClaim]:
    text, numbers = document.text, mentions.numbers
    stock_leads = sorted((str(w) for w in load_data("growth")["stock_leads"]), key=len)
    claims = []
    views = _views(document, mentions, views)
    for position, sentence in enumerate(views):
        raised = sentence.of_kind("raised_total")
        added = sentence.of_kind("added")
        if len(raised) != 1 or len(added) != 1:
            continue
        total, extra = numbers[_number(raised[0])], numbers[_number(added[0])]
        if total.unit is None or total.unit.kind != "count" or extra.span.start > total.span.start:
            continue
        if extra.unit is not None and not _same_unit(extra, total):
            continue
        if any(
            extra.span.end <= numbers[i].span.start < total.span.start
            and _same_unit(numbers[i], total)
            for i in sentence.numbers
        ):
            continue  # "thêm 12 … và 5 … chuyển đổi, nâng tổng số lên …": more than one addition
        scope = [sentence]
        if position > 0 and _same_block(document, views[position - 1], sentence):
            scope.insert(0, views[position - 1])
        if _decreases().search(text, sentence.span.start, sentence.span.end):
            continue  # "…, do giải thể 2 HTX": the new total is net of what left
        period = context.period_of_sentence(sentence.index)
        year = period.year if period else None
        previous = _previous_total(text, scope, numbers, total, extra, stock_leads, year)
        if previous is not None:
            claims.append(TotalUpdateClaim(previous, extra, total))
    return claims


def _same_block(document: Document, a: SentenceView, b: SentenceView) -> bool:
    return document.sentences[a.index].block == document.sentences[b.index].block


def _previous_total(
    text: str,
    scope: list[SentenceView],
    numbers: list[NumberMention],
    total: NumberMention,
    extra: NumberMention,
    stock_leads: list[str],
    year: int | None,
) -> NumberMention | None:
    candidates = [
        numbers[i]
        for s in scope
        for i in s.numbers
        if numbers[i] is not total
        and numbers[i] is not extra
        and numbers[i].span.start < extra.span.start
        and _same_unit(numbers[i], total)
    ]
    if len(candidates) != 1:
        return _previous_in_aside(text, scope[-1], numbers, total, stock_leads, year)
    return candidates[0] if _after_stock_lead(text, candidates[0], stock_leads) else None


def _after_stock_lead(text: str, number: NumberMention, stock_leads: list[str]) -> bool:
    before = " ".join(text[max(0, number.span.start - 24) : number.span.start].split())
    return any(before.lower().endswith(lead) for lead in stock_leads)


def _opens_the_period(dated: re.Match[str], year: int) -> bool:
    """Whether an aside's date is the stock a year of additions starts from: the end of
    the year before ("31/12/2022", "cuối năm 2022", "năm 2022") or the start of the year
    ("01/01/2023", "đầu năm 2023")."""
    if dated["year"]:
        day, month, printed = int(dated["day"]), int(dated["month"]), int(dated["year"])
        return (day, month, printed) in ((31, 12, year - 1), (1, 1, year))
    word = " ".join((dated["word"] or "").lower().split())
    printed = int(dated["bare"])
    return printed == (year if word == "đầu năm" else year - 1) and word != "ngày"


def _previous_in_aside(
    text: str,
    sentence: SentenceView,
    numbers: list[NumberMention],
    total: NumberMention,
    stock_leads: list[str],
    year: int | None,
) -> NumberMention | None:
    """The earlier total given in parentheses right after the new one: "nâng tổng số lên
    4.512 đảng viên (đầu năm có 4.438 đảng viên)", "lên 386 HTX (thời điểm 31/12/2022: 362
    HTX)"."""
    following = [numbers[i] for i in sentence.numbers if numbers[i].span.start > total.span.end]
    if not following or not _same_unit(following[0], total):
        return None
    candidate = following[0]
    if not _closes_aside(text, candidate):
        return None
    dated = _DATED_ASIDE_OPENING.fullmatch(text, _end(total), candidate.span.start)
    if dated is not None:
        return candidate if year is not None and _opens_the_period(dated, year) else None
    opening = _ASIDE_OPENING.fullmatch(text, _end(total), candidate.span.start)
    if opening is None:
        return None
    return candidate if _after_stock_lead(text, candidate, stock_leads) else None


# N009 average-bounds ----------------------------------------------------------------------


def link_average_bounds(
    document: Document, mentions: Mentions, views: list[SentenceView] | None = None
) -> list[AverageBoundsClaim]:
    text, numbers = document.text, mentions.numbers
    claims = []
    for sentence in _views(document, mentions, views):
        for relation in sentence.of_kind("per_average"):
            average = numbers[_number(relation)]
            groups = _groups(text, sentence, numbers, average, str(relation.attrs["per"]))
            if groups is not None:
                claims.append(AverageBoundsClaim(sentence.index, average, groups))
    return claims


def _groups(
    text: str,
    sentence: SentenceView,
    numbers: list[NumberMention],
    average: NumberMention,
    per: str,
) -> tuple[tuple[NumberMention, NumberMention], ...] | None:
    """The (count, value) groups before the average, when they make the whole population."""
    ordered = [numbers[i] for i in sentence.numbers if numbers[i].span.start < average.span.start]
    groups, population, clause_of_group = [], [], []
    spans = clauses(text, sentence.span)
    for position, number in enumerate(ordered):
        if not (number.unit and number.unit.key == per and number.unit.kind == "count"):
            continue
        value = ordered[position + 1] if position + 1 < len(ordered) else None
        clause = next((i for i, c in enumerate(spans) if c.start <= number.span.start < c.end), -1)
        if value is not None and _same_unit(value, average) and spans[clause].end >= value.span.end:
            groups.append((number, value))
            clause_of_group.append(clause)
        else:
            population.append(number)
    if not groups or len(population) > 1:
        return None
    counted = sum(count.value for count, _ in groups)
    if population:
        complete = population[0].qualifier is None and population[0].value == counted
    else:
        complete = len(groups) >= 2 and clause_of_group == list(
            range(clause_of_group[0], clause_of_group[0] + len(groups))
        )
    return tuple(groups) if complete and all(_exact(c) for c, _ in groups) else None


def _exact(count: NumberMention) -> bool:
    return count.kind in ("number", "fraction") and count.decimals == 0 and not count.qualifier


# N010 contribution ------------------------------------------------------------------------


def link_contributions(
    document: Document, mentions: Mentions, views: list[SentenceView] | None = None
) -> list[ContributionClaim]:
    numbers = mentions.numbers
    data = load_data("growth")
    required = {str(s) for s in data["required_sectors"]}
    points = set(_objects(mentions, {"points"}))
    claims = []
    for sentence in _views(document, mentions, views):
        if not sentence.of_kind("contribution") or not any(i in points for i in sentence.numbers):
            continue
        claim = _contribution(sentence, numbers, required)
        if claim is not None:
            claims.append(claim)
    return claims


def _contribution(
    sentence: SentenceView, numbers: list[NumberMention], required: set[str]
) -> ContributionClaim | None:
    sectors = sentence.of_kind("sector")
    totals = [
        r
        for r in sentence.of_kind("change")
        if numbers[_number(r)].is_percent and (not sectors or r.span.end <= sectors[0].span.start)
    ]
    if len(totals) != 1:
        return None
    total_relation = totals[0]
    after = [s for s in sectors if s.span.start >= total_relation.span.end]
    keys = [str(s.attrs["sector"]) for s in after]
    if not after or len(set(keys)) != len(keys):
        return None
    changes = {_number(r): r for r in sentence.of_kind("change")}
    parts = []
    for position, sector in enumerate(after):
        limit = after[position + 1].span.start if position + 1 < len(after) else sentence.span.end
        part = _part(sector, limit, sentence, numbers, changes)
        if part is None:
            return None
        parts.append(part)
    total_sign = -1 if total_relation.attrs.get("direction") == "giảm" else 1
    exhaustive = required <= set(keys)
    return ContributionClaim(
        sentence.index, numbers[_number(total_relation)], total_sign, tuple(parts), exhaustive
    )


def _part(
    sector: RelationMention,
    limit: int,
    sentence: SentenceView,
    numbers: list[NumberMention],
    changes: dict[int, RelationMention],
) -> ContributionPart | None:
    for index in sentence.numbers:
        number = numbers[index]
        if sector.span.end <= number.span.start < limit:
            if number.kind != "number" or not _unitless_or_points(number):
                return None
            change = changes.get(index)
            sign = -1 if change is not None and change.attrs.get("direction") == "giảm" else 1
            return ContributionPart(str(sector.attrs["sector"]), sector, number, sign)
    return None


def _unitless_or_points(number: NumberMention) -> bool:
    units = {str(u) for u in load_data("growth")["points_units"]}
    return number.unit is None or number.unit.key in units


# N012 average-growth ----------------------------------------------------------------------


def link_average_growth(
    document: Document,
    mentions: Mentions,
    context: ReportContext,
    views: list[SentenceView] | None = None,
) -> list[AverageGrowthClaim]:
    text, numbers = document.text, mentions.numbers
    roles = _objects(mentions, _NOT_LEVELS)
    claims = []
    views = _views(document, mentions, views)
    rates_by_block: dict[int, int] = defaultdict(int)
    for view in views:
        block = document.sentences[view.index].block
        averages = {_number(r) for r in view.of_kind("average_rate")}
        rates_by_block[block] += sum(
            1
            for r in view.of_kind("change")
            if _number(r) not in averages
            and numbers[_number(r)].is_percent
            and _yearly(text, r, view)
        )
    linked: set[tuple[int, int] | None] = set()
    for sentence in views:
        block = document.sentences[sentence.index].block
        listed = sum(rates_by_block[b] for b in (block - 1, block, block + 1))
        for relation in sentence.of_kind("average_rate"):
            if listed >= 2:
                continue  # yearly rates are listed near: "bình quân" may be their plain average
            if _nominal().search(text, sentence.span.start, sentence.span.end):
                continue  # values at current prices do not give a real growth rate
            claim = _from_increase(text, sentence, relation, numbers, roles, context)
            claim = claim or _from_range(text, sentence, relation, numbers, mentions)
            claim = claim or _from_dated_figures(text, sentence, relation, numbers)
            values = claim and (claim.end.span.start, _end_or_increase(claim))
            if claim is not None and values not in linked:
                linked.add(values)  # a later rate on the same figures is another's (a target)
                claims.append(claim)
    return claims


def _end_or_increase(claim: AverageGrowthClaim) -> int:
    other = claim.start if claim.start is not None else claim.increase
    return other.span.start if other is not None else -1


def _yearly(text: str, change: RelationMention, sentence: SentenceView) -> bool:
    """A yearly rate: a change right after a year ("năm 2022 tăng 7,2%"); the caller keeps
    percentages that are not the average rate itself."""
    before = text[max(sentence.span.start, change.span.start - _YEAR_WINDOW) : change.span.start]
    return bool(_YEAR_BEFORE.search(before)) and not change.text.endswith("/năm")


def _from_increase(
    text: str,
    sentence: SentenceView,
    relation: RelationMention,
    numbers: list[NumberMention],
    roles: dict[int, list[RelationMention]],
    context: ReportContext,
) -> AverageGrowthClaim | None:
    before = [i for i in sentence.numbers if numbers[i].span.end <= relation.span.start]
    increases = [
        r
        for r in sentence.of_kind("change")
        if _number(r) in before and not numbers[_number(r)].is_percent
    ]
    if len(increases) != 1:
        return None
    increase_relation = increases[0]
    increase = numbers[_number(increase_relation)]
    levels = [
        numbers[i]
        for i in before
        if i not in roles and numbers[i].span.end <= increase.span.start and numbers[i].unit
    ]
    if len(levels) != 1 or not _same_unit(levels[0], increase):
        return None
    compare = next(
        (
            r
            for r in sentence.of_kind("compare")
            if r.span.start >= _end(increase)
            and not text[_end(increase) : r.span.start].strip()
            and isinstance(r.attrs.get("year"), int)
        ),
        None,
    )
    period = context.period_of_sentence(sentence.index)
    end_year = period.year if period else context.report_year
    if compare is None or end_year is None or increase_relation.attrs["direction"] != "tăng":
        return None
    start_year = int(compare.attrs["year"])  # type: ignore[call-overload]
    if end_year <= start_year:
        return None
    rate = numbers[_number(relation)]
    return AverageGrowthClaim(sentence.index, rate, levels[0], None, increase, start_year, end_year)


def _from_range(
    text: str,
    sentence: SentenceView,
    relation: RelationMention,
    numbers: list[NumberMention],
    mentions: Mentions,
) -> AverageGrowthClaim | None:
    rate_end = numbers[_number(relation)].span.end
    ranges = [
        r
        for r in sentence.of_kind("from_to")
        if r.attrs["direction"] == "tăng"
        and (
            r.span.end <= relation.span.start
            or _RANGE_AFTER_RATE.fullmatch(text, rate_end, r.span.start) is not None
        )
    ]
    if len(ranges) != 1:
        return None
    start, end = numbers[_number(ranges[0], "start")], numbers[_number(ranges[0], "end")]
    if start.is_percent or not _same_unit(start, end):
        return None
    years = [_year_after(text, number, mentions) for number in (start, end)]
    if years[0] is None or years[1] is None or years[1] <= years[0]:
        return None
    rate = numbers[_number(relation)]
    return AverageGrowthClaim(sentence.index, rate, end, start, None, years[0], years[1])


def _from_dated_figures(
    text: str, sentence: SentenceView, relation: RelationMention, numbers: list[NumberMention]
) -> AverageGrowthClaim | None:
    """The end figure led by its year and the start figure in parentheses after its year,
    both before the rate: "năm 2025 ước đạt 2.315 triệu USD, gấp 1,87 lần năm 2020 (1.240
    triệu USD), bình quân tăng 13,3%/năm"."""
    rate = numbers[_number(relation)]
    before = [i for i in sentence.numbers if numbers[i].span.end <= rate.span.start]
    ends = [
        (numbers[_number(r)], int(r.attrs["year"]))  # type: ignore[call-overload]
        for r in sentence.of_kind("year_level")
        if _number(r) in before
    ]
    starts = [
        (numbers[i], int(lead.group("a") or lead.group("b")))
        for i in before
        if (
            lead := _DATED_START.search(
                text, max(sentence.span.start, numbers[i].span.start - 24), numbers[i].span.start
            )
        )
        and _closes_aside(text, numbers[i])
    ]
    if len(ends) != 1 or len(starts) != 1:
        return None
    (end, end_year), (start, start_year) = ends[0], starts[0]
    if not _same_unit(start, end) or start_year >= end_year:
        return None
    first = min(start.span.start, end.span.start)
    if first_top_level(text, Span(first, rate.span.start), ";") is not None:
        return None  # "…; kim ngạch nhập khẩu bình quân tăng 9,5%/năm" is another figure's
    return AverageGrowthClaim(sentence.index, rate, end, start, None, start_year, end_year)


def _year_after(text: str, number: NumberMention, mentions: Mentions) -> int | None:
    for period in mentions.periods:
        if (
            period.kind == "year"
            and period.span.start >= _end(number)
            and not text[_end(number) : period.span.start].strip(" ,(")
        ):
            return period.year
    return None
