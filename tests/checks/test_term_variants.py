from hypothesis import given, settings
from hypothesis import strategies as st

from lint.fixes import apply_edits, chosen_edits

SPELLINGS = ["Covid-19", "COVID-19", "Covid 19", "Covid - 19", "KT-XH", "KTXH", "KT - XH"]
FILLER = ["dịch", "năm", "2023", "xã", "Huyện", "kế hoạch", "tăng"]


def apply_fixes(text: str, findings) -> str:
    return apply_edits(text, chosen_edits(findings, unsafe=True))


def test_minority_spelling_is_reported_with_the_majority(lint_text):
    text = "Dịch Covid-19, vắc-xin Covid-19, hậu quả của COVID-19."
    (finding,) = lint_text(text, "S004")
    assert finding.span.slice(text) == "COVID-19"
    assert finding.fix.replacement == "Covid-19"
    assert '"Covid-19" 2' in finding.computation and '"COVID-19" 1' in finding.computation


def test_known_misspelling_is_reported_alone(lint_text):
    text = "Phòng, chống Côvid-19 hiệu quả."
    (finding,) = lint_text(text, "S004")
    assert finding.fix.replacement == "Covid-19"


def test_weak_spellings_alone_are_silent(lint_text):
    assert lint_text("Covid 19 và Covid - 19 được nhắc.", "S004") == []


def test_sentence_initial_capital_is_not_a_variant(lint_text):
    text = "Kinh tế-xã hội ổn định. Tình hình kinh tế-xã hội tốt; kinh tế-xã hội phát triển."
    assert lint_text(text, "S004") == []


def test_sentence_initial_fix_keeps_the_capital(lint_text):
    text = "COVID-19 giảm. Dịch Covid-19 và Covid-19 được kiểm soát."
    (finding,) = lint_text(text, "S004")
    assert finding.fix.replacement == "Covid-19"


def test_ranges_and_ordinary_words_are_not_terms(lint_text):
    text = "Giai đoạn 2021-2025, giai đoạn 2021 - 2025. Năm 2023 tăng; năm 2023 giảm."
    assert lint_text(text, "S004") == []


def test_on_a_tie_the_spelling_used_first_wins(lint_text):
    text = "Dịch Covid-19 và dịch COVID-19."
    (finding,) = lint_text(text, "S004")
    assert finding.span.slice(text) == "COVID-19"
    assert finding.fix is not None and finding.fix.replacement == "Covid-19"


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(SPELLINGS + FILLER), min_size=1, max_size=25))
def test_fixing_then_relinting_is_silent(lint_text, words):
    text = " ".join(words) + "."
    fixed = apply_fixes(text, lint_text(text, "S004"))
    assert lint_text(fixed, "S004") == []


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(SPELLINGS), st.lists(st.sampled_from(FILLER), max_size=10), st.integers(1, 5)
)
def test_one_spelling_throughout_is_silent(lint_text, spelling, filler, times):
    text = " ".join([*filler, *([spelling] * times)]) + "."
    assert lint_text(text, "S004") == []
