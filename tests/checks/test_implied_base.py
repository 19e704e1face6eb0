def test_two_pairs_imply_different_wholes(lint_text):
    text = "Toàn huyện còn 1.200 hộ nghèo, chiếm 5%; 900 hộ cận nghèo, chiếm 5,2%."
    found = lint_text(text, "N006")
    assert [f.code for f in found] == ["N006"]
    assert "24.000" in found[0].computation


def test_pairs_in_different_paragraphs_are_not_compared(lint_text):
    text = "Còn 1.200 hộ nghèo, chiếm 5%.\n\nCó 900 hộ cận nghèo, chiếm 5,2%."
    assert lint_text(text, "N006") == []


def test_rounding_is_allowed(lint_text):
    text = "Còn 1.203 hộ nghèo, chiếm 5%; 958 hộ cận nghèo, chiếm 4%."
    assert lint_text(text, "N006") == []
