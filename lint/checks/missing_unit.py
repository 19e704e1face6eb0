"""U002 missing-unit: a money or quantity figure printed without its unit.

What it catches: "Tổng giá trị sản xuất ước đạt 3.868, đạt 49,17% kế hoạch" when the same
indicator is given in "tỷ đồng" elsewhere; "nông nghiệp 1.000 tỷ đồng, công nghiệp 4.200 tỷ
đồng, dịch vụ 1.100" where every neighbour in the list carries a unit.

Why it matters: a bare "3.868" can be read in đồng, triệu or tỷ — a factor of a million.

Precision: only figures followed straight by punctuation, with no scale word, are bare;
figures of a list that share the unit printed on the last one ("1.000, 4.200 và 1.100 tỷ
đồng") are not; counts whose noun is the unit ("54 doanh nghiệp") are not bare.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.findings import Evidence, Hit


@check("missing_unit")
def missing_unit(inputs: CheckInput) -> Iterator[Hit]:
    text = inputs.document.text
    for claim in inputs.claims.bare_figures:
        yield Hit(
            span=claim.number.span,
            args={
                "figure": claim.number.text,
                "unit": claim.unit.span.slice(text),
                "because": {
                    "vi": "cùng chỉ tiêu ở chỗ khác có đơn vị",
                    "en": "the same indicator carries it elsewhere",
                }
                if claim.because == "indicator"
                else {"vi": "các số cùng danh sách có đơn vị", "en": "its list neighbours do"},
            },
            evidence=[Evidence(claim.number.span, "figure"), Evidence(claim.unit.span, "unit")],
        )
