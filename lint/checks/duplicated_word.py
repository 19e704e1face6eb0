"""S001 duplicated-word: a word accidentally written twice ("các các xã", "và và").

Why it matters: a doubled word is the commonest slip in a retyped draft and looks careless
in a published report.

Vietnamese uses reduplication on purpose ("người người", "nhà nhà", "ngày ngày", "từ từ");
those words are listed as ``reduplication`` in ``rules/data/words.yaml`` (a rule pack may
override either list with a parameter of that name) and never reported. A
syllable shared by two compounds ("thi công công trình", "dưỡng sinh sinh hoạt") is not a
slip either, so a repeat with words on both sides is reported only for the function words
listed as ``function_words`` ("các", "và", "của"), which form no such compounds, and not
after a compound ending in one (``function_word_compounds``: "đạt được được Nhân dân đồng
tình" is achieved + passive). The fix drops the repeat.
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


def _word_before(text: str, offset: int) -> str:
    """The word right before ``offset`` (one space apart), lower-cased, or ""."""
    if offset < 2 or text[offset - 1] != " ":
        return ""
    start = offset - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start : offset - 1].lower()


@check("duplicated_word")
def duplicated_word(inputs: CheckInput) -> Iterator[Hit]:
    allowed = _words(inputs, "reduplication")
    function_words = _words(inputs, "function_words")
    compounds = _words(inputs, "function_word_compounds")
    text = inputs.document.text
    for repeat in inputs.mentions.repeats:
        word = repeat.word.lower()
        if word in allowed or (repeat.inside_words and word not in function_words):
            continue
        if f"{_word_before(text, repeat.span.start)} {word}" in compounds:
            continue  # "đạt được được Nhân dân đồng tình"
        first_end = repeat.span.start + len(repeat.word)
        yield Hit(
            span=repeat.second,
            args={"word": repeat.word, "phrase": repeat.span.slice(inputs.document.text)},
            evidence=[Evidence(repeat.span, "repeat")],
            fix=Edit(Span(first_end, repeat.second.end), ""),
        )
