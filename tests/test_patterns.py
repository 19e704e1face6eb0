"""Every pattern compiled with ``lint.patterns.starting_with`` finds exactly what its plain
form finds, on the sample reports, every rule example and a generated corpus, each also in
upper case and in title case (a first-character class that forgot a case or a word would
show here)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint.engine import Options, lint_document, parse_document
from lint.patterns import COMPILED, SCANS, fold, folded_window, initials, key_words
from lint.rulepack import load_rules

ROOT = Path(__file__).resolve().parent.parent


def _bench_corpus(directory: Path) -> list[str]:
    spec = importlib.util.spec_from_file_location("bench", ROOT / "bench" / "bench.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return [path.read_text(encoding="utf-8") for path in bench.write_corpus(directory, 12, 7)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    samples += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.md"))]
    rules = load_rules()
    examples = [e.text for rule in rules.values() for e in (*rule.fires, *rule.silent)]
    texts = samples + examples + _bench_corpus(tmp_path_factory.mktemp("bench"))
    for text in texts:  # compiles every lazily built pattern
        lint_document(parse_document("t.md", text), list(rules.values()), Options())
    dotted = [text.upper().replace("I", "İ") for text in texts[:40]]
    dotless = [text.replace("i", "ı") for text in texts[:40]]
    variants = [variant for text in texts for variant in (text, text.upper(), text.title())]
    return variants + dotted + dotless


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def test_fast_patterns_find_what_their_plain_forms_find(corpus):
    compiled = COMPILED + [(scan.pattern, scan.plain, scan.flags) for scan in SCANS]
    assert len(compiled) >= 40
    for fast, plain, flags in compiled:
        slow = re.compile(plain, flags)
        for text in corpus:
            assert _spans(fast, text) == _spans(slow, text), plain[:80]


def test_scans_find_what_their_patterns_find_in_whole_texts_and_in_blocks(corpus):
    for scan in SCANS:
        for text in corpus:
            half = len(text) // 2
            for start, end in ((0, len(text)), (0, half), (half, len(text))):
                found = [m.span() for m in scan.finditer(text, start, end)]
                assert found == [m.span() for m in scan.pattern.finditer(text, start, end)]
                first = scan.search(text, start, end)
                expected = scan.pattern.search(text, start, end)
                assert (first and first.span()) == (expected and expected.span())


def test_every_match_of_a_scan_holds_one_of_its_words(corpus):
    assert len(SCANS) >= 20
    for scan in SCANS:
        for text in corpus:
            for match in scan.pattern.finditer(text):
                folded = fold(match.group())
                assert any(key in folded for key in scan.keys), (match.group(), scan.keys)


def test_a_scan_skips_text_without_its_words_and_finds_the_rest():
    (scan,) = [s for s in SCANS if s.keys == ("quý",)]
    text = "Quý II/2024 tăng; tháng 5 giảm."
    assert [m.group() for m in scan.finditer(text, 0, len(text))] == ["Quý II/2024"]
    assert list(scan.finditer(text, 12, len(text))) == []
    assert scan.search("trong QUÝ I/2024") is not None


def test_key_words_are_the_first_words_case_folded():
    assert key_words(["Tổng kết", "sơ kết", "qua"]) == ("qua", "sơ", "tổng")


def test_folding_keeps_every_spelling_ignorecase_matches_as_i():
    assert fold("GİAİ ĐOẠN") == fold("gıaı đoạn") == "giai đoạn"


@given(
    st.text(alphabet="aİıiIßẞﬁΣ\u0307 ĐỦyÝ", max_size=20),
    st.integers(min_value=-2, max_value=24),
    st.integers(min_value=-2, max_value=24),
)
def test_a_window_of_a_document_folds_as_its_own_text_does(text, start, end):
    start, end = max(0, start), max(0, end)
    assert folded_window(text, start, end) == fold(text[start:end])


def test_initials_cover_both_cases_and_escape_class_characters():
    assert initials(["tháng", "Quý", "-5"]) == r"\-QTqt"
