import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.fixes import apply_edits, chosen_edits

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def apply_fixes(text: str, findings) -> str:
    return apply_edits(text, chosen_edits(findings, unsafe=True))


def test_zero_width_space_inside_a_word(lint_text):
    text = "Huyện\u200bủy chỉ đạo."
    (finding,) = lint_text(text, "S003")
    assert finding.span.start == 5
    assert "U+200B" in finding.message
    assert finding.fix.replacement == ""


def test_decomposed_word_among_composed_words(lint_text):
    text = "Các xã ba\u0300n giao mặt bằng."
    (finding,) = lint_text(text, "S003")
    assert finding.span.slice(text) == "ba\u0300n"
    assert finding.fix.replacement == "bàn"
    assert "NFD" in finding.computation


def test_all_decomposed_text_is_consistent(lint_text):
    text = unicodedata.normalize("NFD", "Các xã bàn giao mặt bằng đúng tiến độ.")
    assert lint_text(text, "S003") == []


def test_joiner_outside_letters_is_left_alone(lint_text):
    assert lint_text("Kết quả tốt \u200d 5 xã.", "S003") == []


vietnamese_text = st.text(
    alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãềếệởữỳ ,.0123456789ĐÂ")),
    max_size=80,
)


@settings(max_examples=100, deadline=None)
@given(vietnamese_text)
def test_nfc_text_without_invisible_characters_is_silent(lint_text, text):
    assert lint_text(unicodedata.normalize("NFC", text), "S003") == []


@settings(max_examples=100, deadline=None)
@given(vietnamese_text, st.lists(st.sampled_from(INVISIBLE), max_size=3), st.booleans())
def test_fixing_then_relinting_is_silent(lint_text, text, invisible, decompose_half):
    half = len(text) // 2
    head = unicodedata.normalize("NFD", text[:half]) if decompose_half else text[:half]
    mixed = head + "".join(invisible) + text[half:] + " bàn"
    fixed = apply_fixes(mixed, lint_text(mixed, "S003"))
    assert lint_text(fixed, "S003") == []
