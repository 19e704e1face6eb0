"""S003 unicode-form: decomposed (NFD) Vietnamese mixed with composed (NFC) text, and
invisible characters inside the text.

What it catches: a word whose letters and tone marks are separate code points ("ba" +
U+0300 instead of "bà") in a document whose other words are composed, and every zero-width
space (U+200B), word joiner (U+2060), byte-order mark inside the text (U+FEFF), soft hyphen
(U+00AD), and zero-width (non-)joiner (U+200C, U+200D) between two letters.

Why it matters: the two forms look the same but are different strings, so search, sorting,
spell checking and copy-paste into other systems fail on them; invisible characters split
words the reader cannot see.

Example: "Huyện<U+200B>ủy" reports the zero-width space; the safe fix deletes it. A
decomposed word is fixed by composing it (NFC). A document written entirely in NFD is
consistent and stays silent.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.findings import Edit, Evidence, Hit, Num

_CHAR_NAMES = {
    "\u200b": {"vi": "khoảng trắng độ rộng 0", "en": "zero-width space"},
    "\u200c": {"vi": "ký tự không nối độ rộng 0", "en": "zero-width non-joiner"},
    "\u200d": {"vi": "ký tự nối độ rộng 0", "en": "zero-width joiner"},
    "\u2060": {"vi": "ký tự nối từ", "en": "word joiner"},
    "\ufeff": {"vi": "dấu thứ tự byte (BOM)", "en": "byte-order mark"},
    "\u00ad": {"vi": "gạch nối mềm", "en": "soft hyphen"},
}


def _invisible_hits(inputs: CheckInput) -> Iterator[Hit]:
    for mention in inputs.mentions.invisible_chars:
        code = f"U+{ord(mention.char):04X}"
        yield Hit(
            span=mention.span,
            args={
                "problem": {
                    "vi": f"ký tự ẩn {code} ({_CHAR_NAMES[mention.char]['vi']})",
                    "en": f"invisible character {code} ({_CHAR_NAMES[mention.char]['en']})",
                },
                "detail": {"vi": f"xóa {code}", "en": f"delete {code}"},
            },
            evidence=[Evidence(mention.span, "invisible")],
            fix=Edit(mention.span, ""),
        )


def _decomposed_hits(inputs: CheckInput) -> Iterator[Hit]:
    words = inputs.mentions.words
    decomposed = [w for w in words if w.form == "decomposed"]
    composed = sum(1 for w in words if w.form == "composed")
    if not decomposed or not composed:
        return
    for word in decomposed:
        fixed = unicodedata.normalize("NFC", word.text)
        yield Hit(
            span=word.span,
            args={
                "problem": {
                    "vi": f'từ "{fixed}" ở dạng tách dấu (NFD)',
                    "en": f'the word "{fixed}" is decomposed (NFD)',
                },
                "detail": {
                    "vi": f"{len(decomposed)} từ dạng NFD, {composed} từ dạng NFC",
                    "en": f"{len(decomposed)} NFD words, {composed} NFC words",
                },
                "count": Num(len(decomposed)),
            },
            evidence=[Evidence(word.span, "decomposed")],
            fix=Edit(word.span, fixed),
        )


@check("unicode_form")
def unicode_form(inputs: CheckInput) -> Iterator[Hit]:
    yield from _invisible_hits(inputs)
    yield from _decomposed_hits(inputs)
