"""T001 comparison-year."""

from __future__ import annotations

import pytest

TITLE = "BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2022\n\n"
TITLE_2023 = "BÁO CÁO\nKết quả 6 tháng đầu năm 2023\n\n"


def spans(findings, text: str) -> list[str]:
    return [text[f.span.start : f.span.end] for f in findings]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (TITLE + "Thu ngân sách tăng 12,5% so với cùng kỳ năm 2022.", "so với cùng kỳ năm 2022"),
        (TITLE + "Chi ngân sách tăng 3% so cùng kỳ năm 2023.", "so cùng kỳ năm 2023"),
        (TITLE_2023 + "Dư nợ tăng 4,1% so với cuối năm 2023.", "so với cuối năm 2023"),
        (TITLE_2023 + "Dư nợ tăng 4,1% so với 31/12/2023.", "so với 31/12/2023"),
        ("Năm 2021, sản lượng tăng 3% so với năm 2021.", "so với năm 2021"),
        ("Năm 2022 tăng 7% so với năm 2022, năm 2021 tăng 5% so với năm 2020.",
         "so với năm 2022"),
    ],
)
def test_fires(lint_text, text: str, phrase: str) -> None:
    assert spans(lint_text(text, "T001"), text) == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        TITLE + "Thu ngân sách tăng 12,5% so với cùng kỳ năm 2021.",
        TITLE_2023 + "Dư nợ tăng 4,1% so với cuối năm 2022.",
        TITLE_2023 + "Dư nợ tăng 4,1% so với 31/12/2022.",
        TITLE + "Năm 2023 phấn đấu tăng 8% so với năm 2022.",
        TITLE + "Dự kiến cả năm tăng 8% so với năm 2022.",
        TITLE + "II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2022\nThu ngân sách tăng 10% so với năm 2022.",
        "Thu ngân sách tăng 12% so với năm 2022.",
        "Năm 2021 tăng 5% so với năm 2020, năm 2022 tăng 7% so với năm 2021.",
        TITLE + "Thu ngân sách đạt 52% kế hoạch năm 2022, tăng 10% so với cùng kỳ năm 2021.",
        TITLE + "Tăng 10% so với cùng kỳ năm trước.",
        "# Báo cáo năm 2022\n\n## Kết quả\n\nĐến 31/3/2023, dư nợ tăng 2% so với cuối năm 2022.",
        "# Báo cáo năm 2022\n\n## Kế hoạch năm 2023\n\nThu ngân sách tăng 10% so với năm 2022.",
        TITLE + "Kế hoạch năm 2023: tổng sản phẩm tăng 8% so với năm 2022.",
        TITLE + "Tổng sản phẩm tăng 8% so với kế hoạch năm 2022.",
    ],
)
def test_silent(lint_text, text: str) -> None:
    path = "t.md" if text.startswith("#") else "t.txt"
    assert lint_text(text, "T001", path=path) == []


def test_message_and_evidence(lint_text) -> None:
    text = TITLE + "Thu ngân sách tăng 12,5% so với cùng kỳ năm 2022."
    (finding,) = lint_text(text, "T001")
    assert "6 tháng đầu năm 2022" in finding.message
    assert finding.computation == "mốc năm 2022 ≥ năm của kỳ 2022"
    assert [q.role for q in finding.evidence] == ["baseline", "period"]
