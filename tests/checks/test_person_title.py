def test_head_and_deputy_of_one_body_conflict(lint_text):
    text = (
        "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy phát biểu. Phó Bí thư Huyện ủy Nguyễn Văn An "
        "kết luận."
    )
    (finding,) = lint_text(text, "P001")
    assert finding.span.slice(text) == "Phó Bí thư Huyện ủy"
    assert '"Bí thư" ≠ "Phó Bí thư"' in finding.computation
    assert len(finding.evidence) == 4


def test_body_acronym_and_tone_style_are_read_in_full(lint_text):
    text = (
        "Chủ tịch UBND xã Trần Văn Bình báo cáo. Ông Trần Văn Bình - Phó Chủ tịch Uỷ ban nhân "
        "dân xã tiếp thu."
    )
    assert [f.code for f in lint_text(text, "P001")] == ["P001"]


def test_full_title_then_shortened_is_silent(lint_text):
    text = (
        "Đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì. "
        "Phó Bí thư Huyện ủy Nguyễn Văn An kết luận."
    )
    assert lint_text(text, "P001") == []


def test_different_bodies_or_missing_body_are_silent(lint_text):
    text = (
        "Bí thư Chi bộ Nguyễn Văn An báo cáo; Phó Bí thư Đảng ủy xã Nguyễn Văn An tham luận; "
        "Chủ tịch Nguyễn Văn An, Phó Chủ tịch Nguyễn Văn An."
    )
    assert lint_text(text, "P001") == []


def test_listed_people_keep_their_own_titles(lint_text):
    text = (
        "Bí thư Huyện ủy Nguyễn Văn An, Phó Bí thư Huyện ủy Trần Văn Bình dự họp. Đồng chí "
        "Nguyễn Văn An, Bí thư Huyện ủy phát biểu."
    )
    assert lint_text(text, "P001") == []


def test_former_positions_are_silent(lint_text):
    text = (
        "Đồng chí Nguyễn Văn An, nguyên Phó Bí thư Huyện ủy dự. Bí thư Huyện ủy Nguyễn Văn An "
        "phát biểu."
    )
    assert lint_text(text, "P001") == []


def test_different_people_are_not_compared(lint_text):
    text = "Bí thư Huyện ủy Nguyễn Văn An phát biểu. Phó Bí thư Huyện ủy Nguyễn Văn Bình dự."
    assert lint_text(text, "P001") == []
