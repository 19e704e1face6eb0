"""S001 duplicated-word: a word accidentally written twice ("các các xã", "và và").

Why it matters: a doubled word is the commonest slip in a retyped draft and looks careless
in a published report.

Vietnamese uses reduplication on purpose ("người người", "nhà nhà", "ngày ngày", "từ từ");
those words are listed in the rule's ``reduplication`` parameter and never reported. The fix
drops the repeat.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.document import Span
from lint.findings import Edit, Evidence, Hit


@check("duplicated_word")
def duplicated_word(inputs: CheckInput) -> Iterator[Hit]:
    allowed = {str(w).lower() for w in inputs.param("reduplication", []) or []}  # type: ignore[union-attr]
    for repeat in inputs.mentions.repeats:
        if repeat.word.lower() in allowed:
            continue
        first_end = repeat.span.start + len(repeat.word)
        yield Hit(
            span=repeat.second,
            args={"word": repeat.word, "phrase": repeat.span.slice(inputs.document.text)},
            evidence=[Evidence(repeat.span, "repeat")],
            fix=Edit(Span(first_end, repeat.second.end), ""),
        )
