"""N005 share: shares that cannot be shares of one whole.

What it catches: a single share above 100% ("chiếm 112%"); the shares of the parts of one
breakdown summing above 100%; a complete structure — the members of a known partition, such
as "cơ cấu kinh tế: nông nghiệp 25,3%, công nghiệp – xây dựng 40,2%, dịch vụ 33,5%" —
whose shares do not sum to 100% within rounding.

Why it matters: a structure that sums to 99% or 102% tells the reader a share is misprinted.

Precision: each share is the interval its print allows; a partial list below 100% is silent.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import Component
from lint.findings import Evidence, Hit, Num
from lint.intervals import Interval, total

_HUNDRED = Interval.point(100.0)


def _shares_hit(shares: list[Component], complete: bool) -> Hit | None:
    intervals = [c.share.interval for c in shares if c.share]
    summed = total(intervals)
    above = summed.lo > 100 and not summed.meets(_HUNDRED)
    short = complete and not summed.meets(_HUNDRED)
    if not (above or short):
        return None
    numbers = [c.share for c in shares if c.share]
    return Hit(
        span=numbers[-1].span,
        args={
            "shares": " + ".join(n.text for n in numbers),
            "computed": Num(sum(n.value for n in numbers)),
            "kind": {"vi": "cơ cấu đầy đủ", "en": "complete structure"}
            if complete
            else {"vi": "các phần của một tổng", "en": "parts of one whole"},
        },
        evidence=[Evidence(n.span, "share") for n in numbers],
    )


@check("share")
def share(inputs: CheckInput) -> Iterator[Hit]:
    mentions = inputs.mentions
    for relation in mentions.relations:
        if relation.kind == "share":
            number = mentions.numbers[int(relation.attrs["number"])]  # type: ignore[call-overload]
            if number.interval.lo > 100:
                yield Hit(
                    span=number.span,
                    args={"shares": number.text, "computed": Num(number.value), "kind": ""},
                    evidence=[Evidence(relation.span, "share")],
                )
    for claim in inputs.claims.totals:
        with_shares = [c for c in claim.components if c.share]
        if len(with_shares) >= 2:
            complete = claim.exhaustive and len(with_shares) == len(claim.components)
            hit = _shares_hit(with_shares, complete)
            if hit:
                yield hit
    for structure in inputs.claims.structures:
        hit = _shares_hit(list(structure.shares), structure.complete)
        if hit:
            yield hit
