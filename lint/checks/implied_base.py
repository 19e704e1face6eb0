"""N006 implied-base: counts and shares of one whole that imply different wholes.

What it catches: "1.200 hộ nghèo, chiếm 5%; 900 hộ cận nghèo, chiếm 5,2%" — the first
implies about 24.000 households, the second about 17.300. Likewise a count and share whose
whole is printed: "Toàn huyện có 45.600 hộ, trong đó hộ nghèo 1.230 hộ, chiếm 3,1%" implies
about 39.700 households, not 45.600.

Why it matters: one of the counts or shares is wrong, and every rate computed from them is.

Precision: only counts of the same noun in one paragraph, with shares of the same stated
whole and no "trong đó" between them, are compared; a printed whole counts only when the
count is listed under it (or it follows the share in parentheses) in the same unit and the
share's wording, if any, names it. Each implied whole is an interval (count ÷ share over
every rounding of both).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import CountShareClaim, StatedWholeClaim
from lint.findings import Evidence, Hit, Num
from lint.intervals import Interval


def _base(claim: CountShareClaim) -> Interval:
    return (claim.count.interval / claim.share.interval).scale(100)


def _implied(claim: CountShareClaim) -> str:
    return f"{claim.count.text} ÷ {claim.share.text} × 100"


def _pair_hits(inputs: CheckInput) -> Iterator[Hit]:
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
                    "first": _implied(first),
                    "first_base": Num(first.count.value / first.share.value * 100, 0),
                    "second": _implied(second),
                    "second_base": Num(second.count.value / second.share.value * 100, 0),
                },
                evidence=[
                    Evidence(first.count.span, "count"),
                    Evidence(first.share.span, "share"),
                    Evidence(second.count.span, "count"),
                    Evidence(second.share.span, "share"),
                ],
            )


def _stated_hits(claims: list[StatedWholeClaim]) -> Iterator[Hit]:
    for claim in claims:
        pair, whole = claim.pair, claim.whole
        if _base(pair).meets(whole.interval):
            continue
        stated = {"vi": f"tổng thể ghi {whole.text}", "en": f"the whole printed as {whole.text}"}
        yield Hit(
            span=pair.share.span,
            args={
                "first": _implied(pair),
                "first_base": Num(pair.count.value / pair.share.value * 100, 0),
                "second": stated,
                "second_base": Num(whole.value, 0),
            },
            evidence=[
                Evidence(pair.count.span, "count"),
                Evidence(pair.share.span, "share"),
                Evidence(whole.span, "whole"),
            ],
        )


@check("implied_base")
def implied_base(inputs: CheckInput) -> Iterator[Hit]:
    yield from _pair_hits(inputs)
    yield from _stated_hits(inputs.claims.stated_wholes)
