"""Build samples/bao-cao-xa-docx-2023.docx, the Word sample, with python-docx.

    python samples/make_docx.py

A commune's year-end report with planted errors (listed in samples/gold.yaml): a weekday
that does not match its date, a doubled word, a wrong percentage of plan, a table whose
total row does not add up, and two tracked changes: an insertion that holds an impossible
date (read: it is part of the draft) and a deletion that holds a doubled word (not read: it
is no longer part of the draft). The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

OUTPUT = Path(__file__).resolve().parent / "bao-cao-xa-docx-2023.docx"
REVIEWER = "Trần Thị Minh"
REVIEW_DATE = "2023-12-14T09:00:00Z"
ZIP_DATE = (2023, 12, 15, 0, 0, 0)

TABLE = [
    ("STT", "Thôn", "Số hộ được hỗ trợ", "Kinh phí (triệu đồng)"),
    ("1", "Thôn Đồng Tâm", "124", "4.960"),
    ("2", "Thôn Trung Hòa", "96", "3.840"),
    ("3", "Thôn Bắc Sơn", "153", "6.120"),
    ("4", "Thôn Tân Phú", "78", "3.120"),
    ("", "Tổng cộng", "461", "18.040"),  # planted: 124 + 96 + 153 + 78 = 451
]


def tracked(paragraph: Paragraph, kind: str, text: str, change_id: int) -> None:
    """Append a tracked insertion (kind "ins") or deletion ("del") of ``text``."""
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), str(change_id))
    change.set(qn("w:author"), REVIEWER)
    change.set(qn("w:date"), REVIEW_DATE)
    run = OxmlElement("w:r")
    content = OxmlElement("w:delText" if kind == "del" else "w:t")
    content.set(qn("xml:space"), "preserve")
    content.text = text
    run.append(content)
    change.append(run)
    paragraph._p.append(change)


def build() -> docx.document.Document:
    word = docx.Document()
    section = word.sections[0]
    section.header.paragraphs[0].text = "UBND xã Phú Thịnh – Báo cáo kinh tế - xã hội năm 2023"
    section.footer.paragraphs[0].text = "Lưu hành nội bộ"
    for line in (
        "ỦY BAN NHÂN DÂN XÃ PHÚ THỊNH",
        "Số: 215/BC-UBND",
        "Phú Thịnh, ngày 15 tháng 12 năm 2023",
    ):
        word.add_paragraph(line)
    word.add_heading("BÁO CÁO", 1)
    word.add_paragraph("Tình hình kinh tế - xã hội năm 2023 và phương hướng, nhiệm vụ năm 2024")
    word.add_paragraph("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023")
    word.add_heading("1. Kinh tế", 2)
    word.add_paragraph(
        "Tổng diện tích gieo trồng cả năm đạt 1.236 ha, bằng 103% kế hoạch (1.200 ha); "
        "năng suất lúa bình quân ước đạt 61,2 tạ/ha."
    )
    word.add_paragraph(  # planted N001: 4.260 ÷ 4.800 = 88,75%
        "Thu ngân sách nhà nước trên địa bàn ước đạt 4.260 triệu đồng, "
        "bằng 92,5% dự toán huyện giao (4.800 triệu đồng)."
    )
    word.add_paragraph(
        "Chi ngân sách xã ước đạt 3.915 triệu đồng, bằng 91% dự toán (4.300 triệu đồng)."
    )
    building = word.add_paragraph("Công trình nhà văn hóa thôn Đồng Tâm đã thi công xong phần móng")
    tracked(building, "ins", ", dự kiến bàn giao trước ngày 31/11/2024", 1)  # planted T003
    building.add_run(".")
    roads = word.add_paragraph("Ban Chỉ đạo xã đã vận động ")
    tracked(roads, "del", "các các ", 2)  # deleted: must not be read as a doubled word
    roads.add_run("hộ dân hiến 2.150 m² đất để mở rộng đường giao thông nông thôn.")
    word.add_heading("2. Văn hóa - xã hội", 2)
    word.add_paragraph(  # planted T002: 08/12/2023 is a Friday
        "Hội nghị đối thoại với nông dân được tổ chức vào sáng Thứ Tư, ngày 08/12/2023 "
        "tại hội trường xã."
    )
    word.add_paragraph(  # planted S001
        "Công tác chăm lo cho những những hộ nghèo, hộ cận nghèo được quan tâm thường xuyên; "
        "tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,4%."
    )
    word.add_paragraph("Kết quả hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo theo từng thôn:")
    table = word.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for row, values in zip(table.rows, TABLE, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    word.add_paragraph("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024")
    word.add_paragraph(
        "- Tổ chức Hội nghị triển khai nhiệm vụ năm 2024 vào Thứ Sáu, ngày 22/12/2023."
    )
    word.add_paragraph(
        "- Phấn đấu thu ngân sách năm 2024 đạt 4.900 triệu đồng; hoàn thành công trình nhà "
        "văn hóa thôn Đồng Tâm."
    )
    return word


def reproducible(data: bytes) -> bytes:
    """The package with fixed member dates, so that rebuilding changes no byte."""
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(member))
    return output.getvalue()


def main() -> None:
    buffer = io.BytesIO()
    build().save(buffer)
    OUTPUT.write_bytes(reproducible(buffer.getvalue()))
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
