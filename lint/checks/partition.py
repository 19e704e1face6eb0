"""N003 partition: counts of one set that cannot all be true.

What it catches: "18/20 chỉ tiêu đạt, 3/20 không đạt" (disjoint outcomes counting 21 of 20);
one set given two sizes ("18/20 chỉ tiêu đạt" and "2/21 chỉ tiêu không đạt"); a count above
its set ("21/20 xã").

Why it matters: the reader cannot tell which count, or which set size, is right.

Precision: counts are added only when their outcomes are disjoint (achieved vs not
achieved, from rule data); "18/20 đạt, 12/20 vượt" overlaps and is silent. Counts in one
paragraph with the same noun are one set.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import CountOf
from lint.findings import Evidence, Hit

_DISJOINT = {"achieved": "not_achieved", "not_achieved": "achieved"}


def _over(count: CountOf) -> Hit | None:
    fraction = count.fraction
    if fraction.denominator is None or fraction.value <= fraction.denominator:
        return None
    return Hit(
        span=fraction.span,
        args={
            "problem": {"vi": "tử số lớn hơn mẫu số", "en": "the count exceeds its set"},
            "detail": fraction.text,
        },
        evidence=[Evidence(fraction.span, "count")],
    )


def _pair(first: CountOf, second: CountOf) -> Hit | None:
    if _DISJOINT.get(first.outcome) != second.outcome:
        return None
    a, b = first.fraction, second.fraction
    if a.denominator != b.denominator:
        problem = {"vi": "cùng một tập hợp có hai tổng số khác nhau", "en": "one set, two sizes"}
        detail = f"{a.text} ≠ {b.text}"
    elif a.denominator is not None and a.value + b.value > a.denominator:
        problem = {"vi": "các phần rời nhau vượt tổng số", "en": "disjoint counts exceed the set"}
        detail = f"{int(a.value)} + {int(b.value)} = {int(a.value + b.value)} > {a.denominator}"
    else:
        return None
    return Hit(
        span=b.span,
        args={"problem": problem, "detail": detail},
        evidence=[Evidence(a.span, "count"), Evidence(b.span, "count")],
    )


@check("partition")
def partition(inputs: CheckInput) -> Iterator[Hit]:
    groups: dict[tuple[int, str], list[CountOf]] = defaultdict(list)
    for count in inputs.claims.counts:
        hit = _over(count)
        if hit:
            yield hit
        groups[(count.block, count.noun)].append(count)
    for counts in groups.values():
        for index, second in enumerate(counts):
            for first in counts[:index]:
                hit = _pair(first, second)
                if hit:
                    yield hit
                    break
