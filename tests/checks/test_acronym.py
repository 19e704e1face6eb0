def test_use_before_definition_is_reported_at_the_first_use(lint_text):
    text = "MTTQ các cấp vận động. MTTQ xã tổ chức. Mặt trận Tổ quốc (MTTQ) huyện tổng kết."
    (finding,) = lint_text(text, "S005")
    assert finding.span.start == 0
    assert "2" in finding.computation
    assert "Mặt trận Tổ quốc (MTTQ)" in finding.message


def test_two_different_definitions(lint_text):
    text = "Hợp tác xã (HTX) phát triển. Ban hỗ trợ xã (HTX) được thành lập."
    (finding,) = lint_text(text, "S005")
    assert finding.span.slice(text) == "HTX"
    assert finding.span.start == text.rindex("HTX")
    assert "Hợp tác xã" in finding.computation and "hỗ trợ xã" in finding.computation


def test_same_definition_twice_with_other_tone_style_is_silent(lint_text):
    text = "Ủy ban Kiểm tra (UBKT) họp. Uỷ ban Kiểm tra (UBKT) kết luận."
    assert lint_text(text, "S005") == []


def test_defined_before_use_is_silent(lint_text):
    assert lint_text("Nông thôn mới (NTM) đạt chuẩn. Tiêu chí NTM được rà soát.", "S005") == []


def test_standard_acronyms_are_exempt(lint_text):
    text = "UBND huyện chỉ đạo. Ủy ban nhân dân (UBND) các xã triển khai."
    assert lint_text(text, "S005") == []


def test_undefined_acronyms_and_roman_numerals_are_silent(lint_text):
    text = "Các HTX hoạt động. Đại hội XIII của Đảng (XIII) được quán triệt; khóa XIII."
    assert lint_text(text, "S005") == []


def test_explicit_definition_without_matching_initials(lint_text):
    text = "CTX đạt kết quả. Chương trình này (gọi tắt là CTX) tiếp tục."
    (finding,) = lint_text(text, "S005")
    assert finding.span.start == 0
