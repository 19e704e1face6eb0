"""N006 implied-base: counts and shares of one whole that imply different wholes.

What it catches: "1.200 hộ nghèo, chiếm 5%; 900 hộ cận nghèo, chiếm 5,2%" — the first
implies about 24.000 households, the second about 17.300.

Why it matters: one of the counts or shares is wrong, and every rate computed from them is.

Precision: only counts of the same noun in one paragraph, with shares of the same stated
whole and no "trong đó" between them, are compared; each implied whole is an interval
(count ÷ share over every rounding of both).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import CountShareClaim
from lint.findings import Evidence, Hit, Num
from lint.intervals import Interval


def _base(claim: CountShareClaim) -> Interval:
    return (claim.count.interval / claim.share.interval).scale(100)


@check("implied_base")
def implied_base(inputs: CheckInput) -> Iterator[Hit]:
    groups: dict[tuple[int, int, str, str], list[CountShareClaim]] = defaultdict(list)
    for claim in inputs.claims.count_shares:
        groups[(claim.block, claim.group, claim.root, claim.whole)].append(claim)
    for claims in groups.values():
        for index, second in enumerate(claims[1:], start=1):
            first = claims[index - 1]
            if _base(first).meets(_base(second)):
                continue
            yield Hit(
                span=second.share.span,
                args={
                    "first": f"{first.count.text} ÷ {first.share.text}",
                    "first_base": Num(first.count.value / first.share.value * 100, 0),
                    "second": f"{second.count.text} ÷ {second.share.text}",
                    "second_base": Num(second.count.value / second.share.value * 100, 0),
                },
                evidence=[
                    Evidence(first.count.span, "count"),
                    Evidence(first.share.span, "share"),
                    Evidence(second.count.span, "count"),
                    Evidence(second.share.span, "share"),
                ],
            )
