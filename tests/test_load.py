"""Reading inputs: the accepted encodings decode exactly; anything else is one clear error."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint.load import InputError, decode, read_text

TEXT = "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2022.\nThu 1.009,3 tỷ đồng.\n"
ENCODERS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 with BOM": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16-le with BOM": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be with BOM": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
}


@pytest.mark.parametrize("encoding", ENCODERS)
def test_accepted_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(ENCODERS[encoding](TEXT))
    assert read_text(path) == TEXT


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ("Báo cáo".encode("latin-1"), "not valid UTF-8"),
        ("“Báo cáo”".encode("cp1252"), "(byte 0x93 at offset 0)"),
        (b"PK\x03\x04\x00\x00binary", "binary file"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid UTF-16"),
    ],
)
def test_other_bytes_raise_a_one_line_error_naming_the_file(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "báo cáo.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as raised:
        read_text(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "\n" not in message


def test_missing_file_and_directory_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)


@given(
    text=st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))).filter(
        lambda text: not text.startswith("\ufeff")
    ),
    encoding=st.sampled_from(sorted(ENCODERS)),
)
def test_any_text_in_an_accepted_encoding_decodes_back_to_itself(text: str, encoding: str) -> None:
    assert decode(ENCODERS[encoding](text), "input.txt") == text
