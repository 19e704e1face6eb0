"""Change and growth phrases around figures, for the growth rules.

Kinds of ``RelationMention`` added here (``number`` attrs index ``Mentions.numbers``):

- ``ratio``: "bằng 108,3% so với cùng kỳ" — a figure as a percentage of a baseline;
- ``times``: "gấp 2,5 lần";
- ``from_to``: "từ 5,2% xuống 4,1%" (attrs ``start``, ``end``, ``direction``);
- ``points``: "1,1 điểm phần trăm";
- ``average_rate``: "bình quân tăng 20,1%/năm", "tăng bình quân 20,1%/năm";
- ``baseline``: "so với cùng kỳ năm 2021" (attrs ``key``: the baseline, normalised);
- ``cumulative_period``: "lũy kế 8 tháng", "8 tháng đầu năm" (attrs ``months``, ``year``);
- ``subperiod``: "tháng 8", "quý III/2022" (attrs ``first``, ``last`` months, ``year``);
- ``added``: "thêm 12"; ``raised_total``: "nâng tổng số lên 85";
- ``prior``: "năm trước 400 tỷ đồng", "(năm 2022 đạt 3.200 tỷ đồng)" — the baseline's own
  figure (attrs ``year`` when the baseline is a year printed as such);
- ``year_level``: "năm 2023 đạt 3.500 tỷ đồng" — a figure led by its own year (attrs
  ``year``); after "năm 2022 đạt 3.200 tỷ đồng;" the earlier year's figure is its prior;
- ``per_average``: "bình quân 18,6 tiêu chí/xã" (attrs ``per``: the noun averaged over);
- ``contribution``: the word "đóng góp"; ``sector``: an economic sector (attrs ``sector``),
  in blocks with a contribution only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from lint.document import Document, Span
from lint.mentions import Mentions, NumberMention, RelationMention
from lint.patterns import Scan, initials, scan, word_scan
from lint.ruledata import alternation, load_data

_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_SUBPERIOD = scan(
    ("tháng", "quý"),
    "tq",
    r"(?<!\w)(?:tháng\s+(?P<month>1[0-2]|0?[1-9])|quý\s+(?P<quarter>IV|III|II|I|[1-4]))"
    r"(?:\s*[/.-]\s*(?P<year>\d{4})|\s+năm\s+(?P<year_word>\d{4}))?(?![\w/])",
    re.IGNORECASE,
)
_FROM = scan(("từ",), "t", r"(?<!\w)từ\s+(?:mức\s+)?$", re.IGNORECASE)
_PRIOR = scan(
    ("năm", "kỳ"),
    "nck",
    r"(?<!\w)(?:năm\s+trước|cùng\s+kỳ(?:\s+năm\s+(?:trước|\d{4}))?|kỳ\s+trước)"
    r"\s*(?:là|đạt|chỉ\s+đạt|:)?\s*$",
    re.IGNORECASE,
)
# "(năm 2022 đạt 3.200 tỷ đồng)": a baseline year's own figure, given as an aside; the
# growth linker keeps it only beside a comparison with that same year.
_PRIOR_YEAR = scan(
    ("năm",),
    "(",
    r"\(\s{0,2}năm\s+(?P<year>\d{4})\s*(?:là|đạt|ước\s+đạt|:)?\s*$",
    re.IGNORECASE,
)
_SLASH = re.compile(r"\s*/")
# A year's own figure, not a part of the year's: "6 tháng đầu năm 2022", "tháng 6 năm 2022",
# "quý II năm 2022".
_YEAR_LEVEL = scan(
    ("năm",),
    "n",
    r"(?<!\w)(?<!đầu\s)(?<!cuối\s)(?<!giữa\s)(?<!(?-i:[0-9IVX])\s)"
    r"năm\s+(?P<year>\d{4})\s*(?:ước\s+)?(?:đạt|là|:)?\s*$",
    re.IGNORECASE,
)
_PERIOD_BETWEEN = r"(?:\s+(?:năm|cuối năm|đầu năm)\s+\d{4})?\s*,?\s*"


class _Patterns(NamedTuple):
    ratio_before: Scan
    baseline_after: re.Pattern[str]
    baseline: Scan
    times_before: Scan
    times_after: re.Pattern[str]
    from_to_between: re.Pattern[str]
    from_to_words: dict[str, str]
    points_after: re.Pattern[str]
    average_word: Scan
    per_year_after: re.Pattern[str]
    per_year_between: re.Pattern[str]
    average_window: int
    cumulative: Scan
    added_before: Scan
    raised_before: Scan
    average_before: Scan
    contribution: Scan
    sector: Scan
    sectors: dict[str, str]


def _words(words: list[str]) -> str:
    """An alternation of words whose spaces match any run of white space."""
    return alternation(words, r"\s+")


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = load_data("growth")
    heads = _words(data["baseline_heads"])
    from_to = {str(k): str(v) for k, v in data["from_to_words"].items()}
    sectors = {
        str(alias).lower(): key for key, aliases in data["sectors"].items() for alias in aliases
    }
    ignore = re.IGNORECASE
    return _Patterns(
        ratio_before=word_scan(data["ratio_verbs"], r"\s+(?:khoảng\s+|mức\s+)?$", any_spaces=True),
        baseline_after=re.compile(rf"\s*(?:(?:so\s+với|so)\s+(?:{heads})|cùng\s+kỳ)(?!\w)", ignore),
        baseline=scan(
            ("so", "cùng"),
            "sc",
            rf"(?<!\w)(?:(?:so\s+với|so)\s+(?:{heads})|cùng\s+kỳ)(?!\w)",
            ignore,
        ),
        times_before=word_scan(
            data["times_verbs"], r"\s+(?:khoảng\s+|hơn\s+|gần\s+)?$", any_spaces=True
        ),
        times_after=re.compile(rf"\s*{re.escape(data['times_word'])}(?!\w)", ignore),
        from_to_between=re.compile(
            rf"{_PERIOD_BETWEEN}(?P<word>{_words(list(from_to))})\s+(?:mức\s+)?$", ignore
        ),
        from_to_words={re.sub(r"\s+", " ", k): v for k, v in from_to.items()},
        points_after=re.compile(rf"\s*(?:{_words(data['points_words'])})(?!\w)", ignore),
        average_word=word_scan(data["average_words"], any_spaces=True),
        per_year_after=re.compile(rf"(?:{alternation(data['per_year_after'])})(?!\w)", ignore),
        per_year_between=re.compile(
            rf"(?<!\w)(?:{_words(data['per_year_between'])})(?!\w)", ignore
        ),
        average_window=int(data["average_window"]),
        cumulative=scan(
            ("tháng",),
            "1-9" + initials(data["cumulative_leads"]),
            rf"(?<!\w)(?:(?P<lead>{_words(data['cumulative_leads'])})\s+)?(?P<months>1[0-2]|[1-9])"
            rf"\s+tháng(?P<rest>\s+đầu\s+năm|\s+năm)?(?:\s+(?P<year>\d{{4}}))?(?![\w/])",
            ignore,
        ),
        added_before=word_scan(data["added_words"], r"\s+$", any_spaces=True),
        raised_before=word_scan(
            data["raised_total_words"],
            r"(?:\s+[^\d\s,;.()]+){0,6}\s+lên\s+(?:thành\s+|mức\s+)?$",
            any_spaces=True,
        ),
        average_before=word_scan(
            data["average_words"], r"\s+(?:đạt\s+|là\s+|:\s*)?$", any_spaces=True
        ),
        contribution=word_scan(data["contribution_words"], any_spaces=True),
        sector=word_scan(sectors, any_spaces=True),
        sectors={re.sub(r"\s+", " ", k): str(v) for k, v in sectors.items()},
    )


@lru_cache(maxsize=1)
def _per_noun_pattern() -> re.Pattern[str]:
    nouns = _words(load_data("numbers")["units"]["count"])
    return re.compile(rf"\s*/\s*(?P<noun>{nouns})(?!\w)")


def _per_noun(text: str, offset: int) -> re.Match[str] | None:
    """ "/người", "/hộ" at ``offset``; the long pattern is compiled when a "/" is there."""
    if _SLASH.match(text, offset) is None:
        return None
    return _per_noun_pattern().match(text, offset)


def _relation(text: str, kind: str, span: Span, **attrs: object) -> RelationMention:
    return RelationMention(span, kind, span.slice(text), dict(attrs))


def _before(pattern: Scan | re.Pattern[str], text: str, number: NumberMention, reach: int = 40):
    return pattern.search(text, max(0, number.span.start - reach), number.span.start)


def _number_relations(text: str, index: int, number: NumberMention) -> Iterator[RelationMention]:
    patterns = _patterns()
    end = number.span.end
    # The anchored match after the figure is cheaper than the search before it: first.
    if number.is_percent and patterns.baseline_after.match(text, end):
        before = _before(patterns.ratio_before, text, number, 32)
        if before:
            yield _relation(text, "ratio", Span(before.start(), end), number=index)
    after = patterns.times_after.match(text, end) if number.kind == "number" else None
    before = _before(patterns.times_before, text, number, 24) if after else None
    if before and after:
        yield _relation(text, "times", Span(before.start(), after.end()), number=index)
    after = patterns.points_after.match(text, end)
    if after and number.kind == "number":
        yield _relation(text, "points", Span(number.span.start, after.end()), number=index)
    if number.is_percent:
        average = _average_rate(text, index, number)
        if average:
            yield average


def _average_rate(text: str, index: int, number: NumberMention) -> RelationMention | None:
    patterns = _patterns()
    start = max(0, number.span.start - patterns.average_window)
    words = list(patterns.average_word.finditer(text, start, number.span.start))
    if not words:
        return None
    word = words[-1]
    between = text[word.end() : number.span.start]
    if any(mark in between for mark in ",;:()."):
        return None
    per_year = patterns.per_year_after.match(text, number.span.end) or (
        patterns.per_year_between.search(between)
    )
    if not per_year:
        return None
    span = Span(word.start(), number.span.end)
    return _relation(text, "average_rate", span, number=index)


def _from_to(text: str, numbers: list[NumberMention]) -> Iterator[RelationMention]:
    patterns = _patterns()
    for index, number in enumerate(numbers[:-1]):
        if not _before(_FROM, text, number, 12):
            continue
        following = numbers[index + 1]
        end = number.unit.span.end if number.unit else number.span.end
        match = patterns.from_to_between.fullmatch(text, end, following.span.start)
        if match is None or following.span.start - number.span.end > 40:
            continue
        word = re.sub(r"\s+", " ", match.group("word").lower())
        yield _relation(
            text,
            "from_to",
            Span(number.span.start, following.span.end),
            start=index,
            end=index + 1,
            direction=patterns.from_to_words[word],
        )


def _baseline_key(phrase: str) -> str:
    phrase = re.sub(r"\s+", " ", phrase.lower()).strip()
    if "cùng kỳ" in phrase:
        return "cùng kỳ"
    return phrase.removeprefix("so với ").removeprefix("so ").strip()


def _baseline_end(text: str, start: int, limit: int) -> int:
    index = start
    while index < limit:
        char = text[index]
        if char in ",;:()\n" or (char == "." and (index + 1 >= limit or text[index + 1] == " ")):
            break
        index += 1
    return index


def _block_relations(text: str, span: Span) -> Iterator[RelationMention]:
    patterns = _patterns()
    for match in patterns.baseline.finditer(text, span.start, span.end):
        end = _baseline_end(text, match.end(), span.end)
        phrase = text[match.start() : end]
        yield _relation(text, "baseline", Span(match.start(), end), key=_baseline_key(phrase))
    for match in patterns.cumulative.finditer(text, span.start, span.end):
        if match.group("lead") or match.group("rest"):
            year = int(match.group("year")) if match.group("year") else None
            months = int(match.group("months"))
            yield _relation(
                text,
                "cumulative_period",
                Span(match.start(), match.end()),
                months=months,
                year=year,
            )
    for match in _SUBPERIOD.finditer(text, span.start, span.end):
        yield _subperiod(text, match)
    contributions = list(patterns.contribution.finditer(text, span.start, span.end))
    for match in contributions:
        yield _relation(text, "contribution", Span(match.start(), match.end()))
    if not contributions:
        return  # sectors are read only for the contributions to growth of their block
    for match in patterns.sector.finditer(text, span.start, span.end):
        key = patterns.sectors[re.sub(r"\s+", " ", match.group().lower())]
        yield _relation(text, "sector", Span(match.start(), match.end()), sector=key)


def _subperiod(text: str, match: re.Match[str]) -> RelationMention:
    year_text = match.group("year") or match.group("year_word")
    year = int(year_text) if year_text else None
    if match.group("month"):
        first = last = int(match.group("month"))
    else:
        quarter = _QUARTERS[match.group("quarter").upper()]
        first, last = 3 * quarter - 2, 3 * quarter
    return _relation(
        text, "subperiod", Span(match.start(), match.end()), first=first, last=last, year=year
    )


def _stock_changes(text: str, index: int, number: NumberMention) -> Iterator[RelationMention]:
    patterns = _patterns()
    added = _before(patterns.added_before, text, number, 16)
    if added:
        yield _relation(text, "added", Span(added.start(), number.span.end), number=index)
    raised = _before(patterns.raised_before, text, number, 80)
    if raised:
        yield _relation(text, "raised_total", Span(raised.start(), number.span.end), number=index)
    if number.unit is not None:
        end = number.unit.span.end
        if prior := _before(_PRIOR, text, number, 32):
            yield _relation(text, "prior", Span(prior.start(), end), number=index)
        elif prior := _before(_PRIOR_YEAR, text, number, 24):
            span = Span(prior.start(), end)
            yield _relation(text, "prior", span, number=index, year=int(prior.group("year")))
        elif level := _before(_YEAR_LEVEL, text, number, 24):
            span = Span(level.start(), end)
            yield _relation(text, "year_level", span, number=index, year=int(level.group("year")))
    per = number.unit and _per_noun(text, number.unit.span.end)
    average = _before(patterns.average_before, text, number, 24) if per else None
    if average and per:
        span = Span(average.start(), per.end())
        yield _relation(text, "per_average", span, number=index, per=per.group("noun"))


def extract_changes(document: Document, mentions: Mentions) -> None:
    text = document.text
    numbers = mentions.numbers
    found: list[RelationMention] = []
    for index, number in enumerate(numbers):
        found.extend(_number_relations(text, index, number))
        if number.kind == "number":
            found.extend(_stock_changes(text, index, number))
    found.extend(_from_to(text, numbers))
    for block in document.blocks:
        found.extend(_block_relations(text, block.span))
    mentions.relations.extend(found)
    mentions.relations.sort(key=lambda r: r.span.start)
