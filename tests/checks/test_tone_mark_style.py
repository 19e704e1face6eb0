import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.engine import Options, lint_document, parse_document
from lint.fixes import apply_edits, chosen_edits

NEW_STYLE = ["hòa", "khỏe", "ủy", "Ủy", "thủy", "tòa", "hóa", "lũy", "tùy", "xòe"]
OLD_STYLE = ["hoà", "khoẻ", "uỷ", "Uỷ", "thuỷ", "toà", "hoá", "luỹ", "tuỳ", "xoè"]
NEUTRAL = ["quý", "quả", "hoàn", "xã", "năm", "huyện", "kế", "hoạch", "giúp", "Nguyễn"]


def apply_fixes(text: str, findings) -> str:
    return apply_edits(text, chosen_edits(findings, unsafe=True))


def test_minority_style_is_reported_with_counts_and_fix(lint_text):
    text = "Huyện ủy chỉ đạo Ủy ban nhân dân. Huyện uỷ giao nhiệm vụ."
    (finding,) = lint_text(text, "S002")
    assert finding.span.slice(text) == "uỷ"
    assert finding.fix.replacement == "ủy"
    assert "1" in finding.computation and "2" in finding.computation


def test_one_style_and_ties_are_silent(lint_text):
    assert lint_text("Huyện uỷ chỉ đạo Uỷ ban nhân dân chăm lo sức khoẻ.", "S002") == []
    assert lint_text("Huyện uỷ và Ủy ban nhân dân.", "S002") == []


def test_qu_syllables_never_count(lint_text):
    assert lint_text("Quý I, quỹ đầu tư, quà tặng; Huyện ủy giao. Hoà giải tốt.", "S002") == []


def test_personal_names_are_exempt(lint_text):
    text = "Huyện ủy và Ủy ban nhân dân, Ủy ban Mặt trận khen bà Trần Thị Thuỷ, ông Lê Văn Thuý."
    assert lint_text(text, "S002") == []


def test_pinned_style_reports_every_other_word(rules):
    rule = dataclasses.replace(rules["S002"], parameters={"style": "hoà"})
    text = "Huyện ủy chỉ đạo Ủy ban nhân dân."
    found = lint_document(parse_document("t.txt", text), [rule], Options())
    assert [f.fix.replacement for f in found] == ["uỷ", "Uỷ"]


words_of_one_style = st.sampled_from([NEW_STYLE, OLD_STYLE]).flatmap(
    lambda styled: st.lists(st.sampled_from(styled + NEUTRAL), min_size=1, max_size=30)
)


@settings(max_examples=80, deadline=None)
@given(words_of_one_style)
def test_one_style_never_fires(lint_text, words):
    assert lint_text(" ".join(words) + ".", "S002") == []


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(NEW_STYLE + OLD_STYLE + NEUTRAL), min_size=1, max_size=30))
def test_fixing_then_relinting_is_silent(lint_text, words):
    text = " ".join(words) + "."
    fixed = apply_fixes(text, lint_text(text, "S002"))
    assert lint_text(fixed, "S002") == []
