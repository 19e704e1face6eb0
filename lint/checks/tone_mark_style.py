"""S002 tone-mark-style: the two tone-mark placements mixed in one document.

What it catches: open syllables with the rhyme "oa", "oe" or "uy" take their tone mark on
the second vowel in the "hoà" style ("hoà", "khoẻ", "Huyện uỷ") and on the first vowel in
the "hòa" style ("hòa", "khỏe", "Huyện ủy"). Both are correct; a document should keep one.
The check counts both styles and reports every word of the minority style, with the safe
fix of spelling it the majority way. "qu" syllables ("quý", "quả") never count: the u
belongs to the consonant.

Why it matters: mixed styles look careless and break search ("ủy ban" does not find
"uỷ ban").

Example: "Huyện ủy chỉ đạo … Ủy ban nhân dân … Huyện uỷ giao …" reports "uỷ" (1 "hoà"-style
word against 2 "hòa"-style words). The ``style`` parameter (``hoà``, ``hòa`` or ``auto``)
pins one style; with ``auto`` (the default) a tie stays silent. Personal names and the
proper names listed in rule data are never counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.findings import Edit, Evidence, Hit, Num

_STYLES = ("hoà", "hòa")


def _majority(counts: Counter[str], pinned: object) -> str | None:
    if pinned in _STYLES:
        return str(pinned)
    old, new = counts["hoà"], counts["hòa"]
    if old == new or not old or not new:
        return None
    return "hoà" if old > new else "hòa"


@check("tone_mark_style")
def tone_mark_style(inputs: CheckInput) -> Iterator[Hit]:
    styled = [w for w in inputs.mentions.words if w.tone_style and not w.in_name]
    counts = Counter(w.tone_style for w in styled)
    majority = _majority(counts, inputs.param("style", "auto"))
    if majority is None:
        return
    minority = _STYLES[1 - _STYLES.index(majority)]
    for word in styled:
        if word.tone_style != minority or word.restyled is None:
            continue
        yield Hit(
            span=word.span,
            args={
                "word": word.text,
                "suggestion": word.restyled,
                "style": minority,
                "majority": majority,
                "old_count": Num(counts["hoà"]),
                "new_count": Num(counts["hòa"]),
            },
            evidence=[Evidence(word.span, "minority style")],
            fix=Edit(word.span, word.restyled),
        )
