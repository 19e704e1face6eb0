def codes(found):
    return [f.code for f in found]


def test_disjoint_outcomes_exceeding_the_set(lint_text):
    found = lint_text("Có 18/20 chỉ tiêu đạt, 3/20 chỉ tiêu không đạt.", "N003")
    assert codes(found) == ["N003"]
    assert "18 + 3 = 21 > 20" in found[0].computation


def test_overlapping_outcomes_are_not_added(lint_text):
    assert lint_text("Có 18/20 chỉ tiêu đạt, 12/20 chỉ tiêu vượt.", "N003") == []


def test_different_nouns_are_different_sets(lint_text):
    assert lint_text("Có 18/20 chỉ tiêu đạt, 3/7 tiêu chí không đạt.", "N003") == []


def test_count_above_its_set(lint_text):
    assert codes(lint_text("Có 21/20 xã hoàn thành.", "N003")) == ["N003"]


def test_separate_paragraphs_are_separate_sets(lint_text):
    text = "Có 18/20 chỉ tiêu đạt.\n\nVề xã hội, 3/20 chỉ tiêu không đạt."
    assert lint_text(text, "N003") == []
