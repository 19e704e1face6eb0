import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.engine import parse_document
from lint.extract import extract

WORDS = ["các", "Các", "CÁC", "xã", "công", "trình", "thi", "5", "người"]
SEPARATORS = [" ", " ", "  ", "\t", "\u00a0", ", ", "\n\n", "-", ""]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=20).map(
    lambda pairs: "".join(word + separator for word, separator in pairs)
)


def repeats_of(text: str):
    return extract(parse_document("t.txt", text)).repeats


def _repeats_by_comparing_neighbours(text: str) -> list[tuple[int, int, bool]]:
    """The slow obvious reading: list every word of a block, compare each with the last."""
    found = []
    gap = re.compile(r"[ \t\u00a0]+")
    for block in parse_document("t.txt", text).blocks:
        words = list(re.finditer(r"[^\W\d_]+", text[: block.span.end]))
        words = [w for w in words if w.start() >= block.span.start]
        for i in range(1, len(words)):
            left, right = words[i - 1], words[i]
            if left.group().lower() == right.group().lower() and gap.fullmatch(
                text, left.end(), right.start()
            ):
                before = i >= 2 and gap.fullmatch(text, words[i - 2].end(), left.start())
                after = i + 1 < len(words) and gap.fullmatch(
                    text, right.end(), words[i + 1].start()
                )
                found.append((left.start(), right.end(), bool(before and after)))
    return found


@settings(max_examples=300)
@given(texts)
def test_repeats_are_every_word_equal_to_the_word_before(text):
    found = [(r.span.start, r.span.end, r.inside_words) for r in repeats_of(text)]
    assert found == _repeats_by_comparing_neighbours(text)


def test_a_triple_word_gives_two_repeats_and_keeps_the_printed_case():
    repeats = repeats_of("hỗ trợ các Các CÁC xã")
    assert [(r.span.slice("hỗ trợ các Các CÁC xã"), r.word) for r in repeats] == [
        ("các Các", "Các"),
        ("Các CÁC", "CÁC"),
    ]
    assert all(r.inside_words for r in repeats)
