"""S001 duplicated-word: a word accidentally written twice ("các các xã", "và và").

Why it matters: a doubled word is the commonest slip in a retyped draft and looks careless
in a published report.

Vietnamese uses reduplication on purpose ("người người", "nhà nhà", "ngày ngày", "từ từ");
those words are listed as ``reduplication`` in ``rules/data/words.yaml`` (a rule pack may
override either list with a parameter of that name) and never reported. A
syllable shared by two compounds ("thi công công trình", "dưỡng sinh sinh hoạt") is not a
slip either, so a repeat with words on both sides is reported only for the function words
listed as ``function_words`` ("các", "và", "của"), which form no such compounds. The
fix drops the repeat.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.document import Span
from lint.findings import Edit, Evidence, Hit
from lint.ruledata import load_data


def _words(inputs: CheckInput, name: str) -> set[str]:
    words = inputs.rule.parameters.get(name) or load_data("words")[name]
    return {str(w).lower() for w in words}


@check("duplicated_word")
def duplicated_word(inputs: CheckInput) -> Iterator[Hit]:
    allowed = _words(inputs, "reduplication")
    function_words = _words(inputs, "function_words")
    for repeat in inputs.mentions.repeats:
        word = repeat.word.lower()
        if word in allowed or (repeat.inside_words and word not in function_words):
            continue
        first_end = repeat.span.start + len(repeat.word)
        yield Hit(
            span=repeat.second,
            args={"word": repeat.word, "phrase": repeat.span.slice(inputs.document.text)},
            evidence=[Evidence(repeat.span, "repeat")],
            fix=Edit(Span(first_end, repeat.second.end), ""),
        )
