"""N008 cumulative: a cumulative figure below a period inside it, or a running total that
does not add up.

What it catches: "thu ngân sách tháng 8 đạt 65 tỷ đồng; lũy kế 8 tháng đạt 60 tỷ đồng" —
eight months cannot total less than one of them; "toàn tỉnh có 70 hợp tác xã … thành lập
thêm 12 hợp tác xã, nâng tổng số lên 85 hợp tác xã" — 70 + 12 = 82, not 85.

Why it matters: cumulative and running totals are copied from month to month; a figure left
over from the previous report shows up exactly this way.

Precision: figures are linked only within one sentence (the earlier total also from the
sentence before, and only when it is the one figure with that noun after "có"/"tổng số");
every figure is the interval its print allows; an earlier total equal to the new one is
read as already including the addition.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import TotalUpdateClaim
from lint.findings import Evidence, Hit
from lint.numfmt import format_number


def _update_sums(update: TotalUpdateClaim) -> dict[str, str]:
    value = update.previous.value + update.added.value
    terms = f"{update.previous.text} + {update.added.text}"
    return {
        lang: f"{terms} = {format_number(value, None, lang)} ≠ {update.total.text}"
        for lang in ("vi", "en")
    }


@check("cumulative")
def cumulative(inputs: CheckInput) -> Iterator[Hit]:
    for claim in inputs.claims.cumulatives:
        if claim.cumulative.interval.hi >= claim.part.interval.lo:
            continue
        yield Hit(
            span=claim.cumulative.span,
            args={
                "cumulative": claim.cumulative.text,
                "cumulative_period": claim.cumulative_period.text,
                "part": claim.part.text,
                "part_period": claim.part_period.text,
                "expected": {
                    "vi": f"số lũy kế phải ≥ {claim.part.text}",
                    "en": f"the cumulative figure must be ≥ {claim.part.text}",
                },
            },
            evidence=[
                Evidence(claim.part.span, "part"),
                Evidence(claim.cumulative.span, "cumulative"),
            ],
        )
    for update in inputs.claims.total_updates:
        expected = update.previous.interval + update.added.interval
        if expected.meets(update.total.interval) or update.previous.interval.meets(
            update.total.interval
        ):
            continue
        yield Hit(
            span=update.total.span,
            args={
                "cumulative": update.total.text,
                "cumulative_period": {"vi": "tổng số mới", "en": "the new total"},
                "part": f"{update.previous.text} + {update.added.text}",
                "part_period": {"vi": "tổng cũ cộng phần thêm", "en": "old total plus addition"},
                "expected": _update_sums(update),
            },
            evidence=[
                Evidence(update.previous.span, "previous"),
                Evidence(update.added.span, "added"),
                Evidence(update.total.span, "total"),
            ],
        )
