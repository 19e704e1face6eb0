"""N002 total-mismatch: listed parts that do not add up to their stated total.

What it catches: parts that exceed their total (always wrong), and an exhaustive breakdown
— introduced by "gồm", "bao gồm", "chia ra", or forming a known partition such as the three
economic sectors — whose parts fall short: "tổng 6.500 tỷ đồng, trong đó nông nghiệp 1.000,
công nghiệp – xây dựng 4.200, dịch vụ 1.100 tỷ đồng" (6.300 ≠ 6.500).

Why it matters: in public reports, sums whose exhaustive parts do not add up are the most
frequent arithmetic error; one of the figures is wrong.

Precision: each figure is the interval its print allows; units are converted (tỷ vs triệu
đồng, ha vs m²). A "trong đó" that lists only some parts and stays below the total is silent.
A breakdown whose total was stated in an earlier sentence is reported at its marker.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import TotalClaim
from lint.document import Span
from lint.findings import Evidence, Hit, Num
from lint.intervals import total


def _sum_text(inputs: CheckInput, claim: TotalClaim) -> str:
    return " + ".join(inputs.quote(c.number) for c in claim.components)


def _unit_words(inputs: CheckInput, claim: TotalClaim) -> str:
    """The scale and unit printed after the total ("tỷ đồng" in "6.500 tỷ đồng")."""
    quoted = inputs.quote(claim.total)
    return quoted.partition(" ")[2]


def _where(inputs: CheckInput, claim: TotalClaim) -> Span:
    """The total, or the marker when the breakdown names a total stated in an earlier
    sentence ("Thu ngân sách trên địa bàn bao gồm: …"): the breakdown is what to check."""
    document = inputs.document
    earlier = document.sentence_index(claim.total.span.start) != document.sentence_index(
        claim.marker.span.start
    )
    return claim.marker.span if earlier else claim.total.span


@check("total_mismatch")
def total_mismatch(inputs: CheckInput) -> Iterator[Hit]:
    for claim in inputs.claims.totals:
        parts = total(c.number.interval.scale(c.factor) for c in claim.components)
        stated = claim.total.interval
        exceeds = parts.lo > stated.hi and not parts.meets(stated)
        falls_short = claim.exhaustive and parts.hi < stated.lo and not parts.meets(stated)
        if not (exceeds or falls_short):
            continue
        scale = claim.total.scale
        computed = sum(c.number.value * c.factor for c in claim.components) / scale
        yield Hit(
            span=_where(inputs, claim),
            args={
                "parts": _sum_text(inputs, claim),
                "computed": Num(computed),
                "unit": _unit_words(inputs, claim),
                "total": inputs.quote(claim.total),
                "relation": {"vi": "lớn hơn", "en": "exceeds"}
                if exceeds
                else {"vi": "nhỏ hơn", "en": "falls short of"},
                "count": len(claim.components),
            },
            evidence=[Evidence(claim.total.span, "total")]
            + [Evidence(c.number.span, "part") for c in claim.components],
        )
