"""N003 partition: counts of one set that cannot all be true.

What it catches: "18/20 chỉ tiêu đạt, 3/20 không đạt" (disjoint outcomes counting 21 of 20);
one set given two sizes ("18/20 chỉ tiêu đạt" and "2/21 chỉ tiêu không đạt"); a count above
its set ("21/20 xã").

Why it matters: the reader cannot tell which count, or which set size, is right.

Precision: counts are added only when their outcomes exclude each other (rule data:
"đạt và vượt" / "đạt khá" / "đạt thấp" / "không đạt"; "đã có" / "chưa có");
"18/20 đạt, 12/20 vượt" overlaps and is silent. Counts in one paragraph with the same noun
are one set.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import CountOf, DisjointCounts
from lint.findings import Evidence, Hit


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


def _disjoint_hit(claim: DisjointCounts) -> Hit | None:
    counts = claim.counts
    sizes = {c.denominator for c in counts}
    if len(sizes) > 1:
        problem = {"vi": "cùng một tập hợp có hai tổng số khác nhau", "en": "one set, two sizes"}
        detail = " ≠ ".join(c.text for c in counts)
    else:
        size = sizes.pop() or 0
        summed = sum(int(c.value) for c in counts)
        if summed <= size:
            return None
        problem = {"vi": "các phần rời nhau vượt tổng số", "en": "disjoint counts exceed the set"}
        detail = f"{' + '.join(str(int(c.value)) for c in counts)} = {summed} > {size}"
    return Hit(
        span=counts[-1].span,
        args={"problem": problem, "detail": detail},
        evidence=[Evidence(c.span, "count") for c in counts],
    )


@check("partition")
def partition(inputs: CheckInput) -> Iterator[Hit]:
    for count in inputs.claims.counts:
        hit = _over(count)
        if hit:
            yield hit
    for claim in inputs.claims.disjoint_counts:
        hit = _disjoint_hit(claim)
        if hit:
            yield hit
