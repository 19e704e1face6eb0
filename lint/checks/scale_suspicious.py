"""U001 scale-suspicious: a scale word on a figure already printed with thousands separators.

What it catches: "3.000 nghìn lao động" — three million workers, where the writer most
likely meant 3.000 (three thousand) or "3 nghìn"; "1.200 triệu người".

Why it matters: the scale word multiplies the figure a thousand or a million times; a count
of people off by that factor passes unnoticed by readers and breaks every total it feeds.

Precision: only the scales and unit kinds listed in the ``suspicious`` parameter are checked
(by default "nghìn"/"ngàn" and "triệu" on counts of people and units). Money and physical
quantities are printed this way on purpose ("1.200 triệu đồng", "4.205 nghìn đồng",
"9.108 nghìn tấn", "2.430 tỷ đồng"), and figures without a unit are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.findings import Evidence, Hit, Num
from lint.mentions import NumberMention


def _scale_word(number: NumberMention, suspicious: list[dict]) -> dict[str, str] | None:
    """The scale's name when ``number`` is one the rule suspects, else None."""
    if not number.grouped or number.unit is None:
        return None
    for entry in suspicious:
        if number.scale == float(entry["scale"]) and number.unit.kind in entry["unit_kinds"]:
            return dict(entry["word"])
    return None


@check("scale_suspicious")
def scale_suspicious(inputs: CheckInput) -> Iterator[Hit]:
    suspicious = list(inputs.param("suspicious", []) or [])  # type: ignore[call-overload]
    for number in inputs.mentions.numbers:
        word = _scale_word(number, suspicious)
        if word is None:
            continue
        printed = number.value / number.scale
        yield Hit(
            span=number.span,
            args={
                "figure": number.text,
                "scale": word,
                "value": Num(number.value, number.decimals),
                "printed": Num(printed, number.decimals),
            },
            evidence=[Evidence(number.span, "figure")],
        )
