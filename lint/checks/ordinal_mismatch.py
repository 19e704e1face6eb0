"""T006 ordinal-mismatch: one body's congress and term numbered two ways, or a malformed
Roman numeral.

What it catches: "Đại hội Đảng bộ huyện lần thứ 27 … Ban Chấp hành Đảng bộ huyện khóa
XXVIII" — congress 27 elects the committee of term 27, not 28; "khóa XIIX", which is no Roman
numeral.

Why it matters: the congress and term number name the body in every party and government
document; two numbers for one body make the reader doubt which congress is meant.

Precision: ordinals are grouped by the body they number (see lint/linking/ordinals.py);
a body is checked only when the document names one congress of it. The term may equal the
congress or be one lower — the outgoing committee ("Ban Chấp hành khóa XIX trình Đại hội lần
thứ XX") — as set by the ``term_offsets`` parameter. Plenums ("Hội nghị lần thứ 15"),
sessions ("Kỳ họp thứ 5") and bodies without congresses ("Quốc hội khóa XV") are not checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import NumberedBody
from lint.findings import Evidence, Hit
from lint.mentions import OrdinalMention


def _malformed_hit(ordinal: OrdinalMention) -> Hit:
    return Hit(
        span=ordinal.span,
        args={
            "detail": {
                "vi": f'"{ordinal.text}" không phải số La Mã hợp lệ',
                "en": f'"{ordinal.text}" is not a valid Roman numeral',
            },
            "computation": {
                "vi": f"{ordinal.text}: sai quy tắc viết số La Mã",
                "en": f"{ordinal.text}: breaks the rules of Roman numerals",
            },
        },
        evidence=[Evidence(ordinal.span, "ordinal")],
    )


def _shown(ordinal: OrdinalMention) -> str:
    """A Roman numeral with its value ("XXVIII (28)"), an Arabic one as printed."""
    return f"{ordinal.text} ({ordinal.value})" if ordinal.roman else ordinal.text


def _mismatch_hits(body: NumberedBody, offsets: set[int]) -> Iterator[Hit]:
    congress_values = {o.value for o in body.congresses}
    if len(congress_values) != 1 or None in congress_values:
        return
    congress = body.congresses[0]
    value = congress.value or 0
    for term in body.terms:
        if term.value is None or term.value - value in offsets:
            continue
        yield Hit(
            span=term.span,
            args={
                "detail": {
                    "vi": f"khóa {_shown(term)} không khớp với Đại hội lần thứ {_shown(congress)} "
                    "của cùng tổ chức",
                    "en": f"term {_shown(term)} does not match congress {_shown(congress)} "
                    "of the same body",
                },
                "computation": {
                    "vi": f"Đại hội lần thứ {value} bầu Ban Chấp hành khóa {value}; "
                    f"khóa {term.value} ≠ {value}",
                    "en": f"congress {value} elects the committee of term {value}; "
                    f"term {term.value} ≠ {value}",
                },
            },
            evidence=[Evidence(term.span, "term"), Evidence(congress.span, "congress")],
        )


@check("ordinal_mismatch")
def ordinal_mismatch(inputs: CheckInput) -> Iterator[Hit]:
    offsets = {int(o) for o in inputs.param("term_offsets", [0, -1]) or []}  # type: ignore[union-attr]
    for ordinal in inputs.mentions.ordinals:
        if ordinal.value is None:
            yield _malformed_hit(ordinal)
    for body in inputs.claims.numbered_bodies:
        yield from _mismatch_hits(body, offsets)
