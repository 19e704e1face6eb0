import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.document import Span
from lint.engine import parse_document
from lint.extract import extract
from lint.extract.wording import (
    _acronyms,
    _chains,
    _is_caps_block,
    _term_chains,
    _terms,
    _title_runs,
    normal_key,
    term_key,
    tone_style,
)

# Words and separators of report text that exercise every kind of wording candidate.
WORDS = [
    "Covid",
    "COVID",
    "covid",
    "19",
    "2023",
    "KT",
    "XH",
    "năm",
    "hòa",
    "hoà",
    "Hòa",
    "ủy",
    "Ủy",
    "uỷ",
    "UỶ",
    "khỏe",
    "quý",
    "Nguyễn",
    "Văn",
    "Thuỷ",
    "ông",
    "m2",
    "A",
    "Đ",
    "ĐBSCL",
    "x",
    "Thụy",
    "Điển",
]
SEPARATORS = [" ", " ", " ", "-", "–", " - ", "  ", "\t", "\u00a0", ". ", ", ", " (", ") ", ""]
report_texts = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30
).map(lambda pairs: "".join(word + separator for word, separator in pairs))


def mentions_of(text: str):
    return extract(parse_document("t.txt", text))


def test_tone_style_of_open_oa_oe_uy_syllables():
    assert tone_style("hoà") == ("hoà", "hòa")
    assert tone_style("khỏe") == ("hòa", "khoẻ")
    assert tone_style("Uỷ") == ("hoà", "Ủy")
    assert tone_style("THUỶ") == ("hoà", "THỦY")


def test_tone_style_is_not_asked_of_qu_closed_or_unmarked_syllables():
    for word in ("quý", "quả", "hoàn", "toán", "hoa", "giúp", "mùa", "khuya", "thuyền"):
        assert tone_style(word) == (None, None), word


@settings(max_examples=200)
@given(
    st.sampled_from(["h", "kh", "th", "l", "t", "x", "ng", "", "nh", "h"]),
    st.sampled_from(["oa", "oe", "uy"]),
    st.sampled_from(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]),
    st.booleans(),
)
def test_restyling_twice_gives_the_word_back(onset, rhyme, tone, on_first):
    vowels = rhyme[0] + tone + rhyme[1] if on_first else rhyme + tone
    word = unicodedata.normalize("NFC", onset + vowels)
    style, restyled = tone_style(word)
    assert style == ("hòa" if on_first else "hoà")
    assert restyled is not None
    assert tone_style(restyled)[1] == word


def test_normal_key_ignores_case_style_and_spacing():
    assert normal_key("Huyện  Uỷ") == normal_key("huyện ủy")


def test_term_key_drops_case_spaces_and_hyphens():
    assert term_key("Covid - 19") == term_key("COVID-19") == term_key("covid19")


def test_words_carry_form_style_and_names():
    words = mentions_of("Huyện uỷ khen ba\u0300 Nguyễn Thị Thuỷ.").words
    by_text = {w.text: w for w in words}
    assert by_text["uỷ"].tone_style == "hoà"
    assert by_text["uỷ"].restyled == "ủy"
    assert by_text["ba\u0300"].form == "decomposed"
    assert by_text["Huyện"].form == "composed"
    assert by_text["Thuỷ"].in_name
    assert not by_text["uỷ"].in_name


def test_invisible_characters_are_found_but_joiners_only_between_letters():
    found = mentions_of("Huyện\u200bủy và kế\u00adhoạch \u200d 5").invisible_chars
    assert [m.char for m in found] == ["\u200b", "\u00ad"]


def test_terms_joined_weak_and_sentence_initial():
    terms = mentions_of("Covid-19 lan rộng. Dịch COVID 19 và KT - XH, KTXH.").terms
    by_text = {t.text: t for t in terms}
    assert by_text["Covid-19"].joined and by_text["Covid-19"].sentence_initial
    assert not by_text["COVID 19"].joined
    assert by_text["KT - XH"].key == by_text["KTXH"].key == "ktxh"
    assert "năm 2023" not in by_text


def test_case_variant_of_an_ascii_acronym_is_a_term():
    keys = [t.text for t in mentions_of("Dịch COVID và dịch Covid.").terms]
    assert keys == ["COVID", "Covid"]


def test_all_capital_headings_and_phrases_give_no_terms():
    assert mentions_of("BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2023").terms == []
    assert mentions_of("Nước CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM nói chung.").terms == []


def test_acronym_definitions_and_uses():
    acronyms = mentions_of(
        "MTTQ các cấp vận động. Mặt trận Tổ quốc Việt Nam (MTTQ) và Ban quản lý (gọi tắt là "
        "BQL); Công nghiệp hóa - hiện đại hóa (CNH-HĐH); khóa (XIII)."
    ).acronyms
    assert [(a.acronym, a.definition) for a in acronyms] == [
        ("MTTQ", False),
        ("MTTQ", True),
        ("BQL", True),
        ("CNH-HĐH", True),
    ]
    assert acronyms[1].expansion == "Mặt trận Tổ quốc"
    assert acronyms[2].expansion == "Ban quản lý"
    assert acronyms[3].expansion_key == "công nghiệp hóa - hiện đại hóa"


def test_a_named_definition_without_matching_initials_has_no_expansion():
    (definition,) = mentions_of("Chương trình này (viết tắt là CTX) đạt kết quả.").acronyms
    assert definition.definition
    assert definition.expansion is None


def test_person_titles_before_and_after_the_name():
    titles = mentions_of(
        "Đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện phát "
        "biểu; Bí thư Huyện ủy Trần Văn Bình chủ trì; ông Lê Văn Cường - Chủ tịch UBND xã."
    ).person_titles
    assert [(t.name, [r.position for r in t.roles]) for t in titles] == [
        ("Nguyễn Văn An", ["Phó Bí thư Thường trực", "Chủ tịch"]),
        ("Trần Văn Bình", ["Bí thư"]),
        ("Lê Văn Cường", ["Chủ tịch"]),
    ]
    assert titles[0].roles[1].body_key == "hội đồng nhân dân huyện"
    assert titles[2].roles[0].body == "UBND xã"


def test_a_title_followed_by_another_name_is_not_given_to_the_first():
    titles = mentions_of(
        "Bí thư Huyện ủy Nguyễn Văn An, Phó Bí thư Huyện ủy Trần Văn Bình dự họp."
    ).person_titles
    assert [(t.name, t.roles[0].position) for t in titles] == [
        ("Nguyễn Văn An", "Bí thư"),
        ("Trần Văn Bình", "Phó Bí thư"),
    ]


def test_past_positions_and_two_syllable_names_without_honorific_are_skipped():
    titles = mentions_of(
        "Nguyên Bí thư Huyện ủy Nguyễn Văn An dự họp; Bí thư Tỉnh ủy Cao Bằng, Chủ tịch HĐND tỉnh."
    ).person_titles
    assert titles == []


def _styled_words_by_full_scan(text: str) -> list[tuple[int, int, str]]:
    """The slow obvious reading: every word of every block, kept when it has a style."""
    document = parse_document("t.txt", text)
    words = [
        m
        for block in document.blocks
        for m in re.finditer(r"[^\W\d_]+", text[: block.span.end])
        if m.start() >= block.span.start
    ]
    return [(m.start(), m.end(), m.group()) for m in words if tone_style(m.group())[0]]


@settings(max_examples=300)
@given(report_texts)
def test_styled_words_are_exactly_those_a_full_word_scan_finds(text):
    words = mentions_of(text).words
    assert [(w.span.start, w.span.end, w.text) for w in words] == _styled_words_by_full_scan(text)


@settings(max_examples=300)
@given(report_texts)
def test_term_clusters_give_the_terms_of_tokenising_every_word(text):
    document = parse_document("t.txt", text)
    for block in document.blocks:
        span = block.span
        every_chain = _chains(text, span.start, span.end)
        assert _terms(document, _term_chains(text, span)) == _terms(document, every_chain)


def _case_variants_by_scanning_every_token(text: str) -> list[tuple[int, str]]:
    """The slow obvious reading: every stand-alone capitalised token of a prose block whose
    spelling, case aside, is an all-capitals ASCII term of 3+ letters."""
    document = parse_document("t.txt", text)
    terms = [t for t in mentions_of(text).terms if t.joined or " " in t.text or t.text.isupper()]
    caps = {
        t.text.lower() for t in terms if t.text.isascii() and t.text.isalpha() and t.text.isupper()
    }
    found = []
    for block in document.blocks:
        if _is_caps_block(text, block.span):
            continue
        for chain, links in _chains(text, block.span.start, block.span.end):
            word = chain[0].group()
            if links or not word.isalpha() or not word[0].isupper() or word.isupper():
                continue
            if len(word) >= 3 and word.lower() in caps:
                found.append((chain[0].start(), word))
    return found


@settings(max_examples=300)
@given(report_texts)
def test_case_variants_are_the_stand_alone_capitalised_spellings_of_a_caps_term(text):
    variants = [(t.span.start, t.text) for t in mentions_of(text).terms if not t.joined]
    variants = [(start, word) for start, word in variants if " " not in word]
    assert variants == _case_variants_by_scanning_every_token(text)


@settings(max_examples=300)
@given(report_texts)
def test_acronyms_are_the_all_capital_tokens(text):
    document = parse_document("t.txt", text)
    for block in document.blocks:
        span = block.span
        tokens = re.finditer(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)*(?![\w-])", text[: span.end])
        expected = [
            m.group()
            for m in tokens
            if m.start() >= span.start
            and sum(c.isalpha() for c in m.group()) >= 2
            and all(c.isupper() for c in m.group() if c.isalpha())
            and not set(m.group()) <= set("IVXLCDM")
        ]
        assert [a.acronym for a in _acronyms(text, span)] == expected


@given(st.text(alphabet="aAbBĐđ ỦủXx19-", max_size=60))
def test_caps_block_share_is_counted_over_letters(text):
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    expected = len(letters) >= 8 and upper >= 0.7 * len(letters)
    assert _is_caps_block(text, Span(0, len(text))) == expected


def test_only_styled_words_are_mentioned_in_a_composed_document():
    words = mentions_of("Huyện ủy và Ủy ban hòa giải; quý Hai.").words
    assert [w.text for w in words] == ["ủy", "Ủy", "hòa"]


def test_listed_proper_names_and_personal_names_are_marked_in_name():
    words = mentions_of("Đoàn đi Thụy Điển; bà Nguyễn Thị Thủy và Huyện ủy.").words
    assert [(w.text, w.in_name) for w in words] == [("Thụy", True), ("Thủy", True), ("ủy", False)]


def _title_runs_by_reading_every_word(text: str, span: Span) -> list[list[tuple[int, int]]]:
    """The slow obvious reading: every word of letters whose first letter alone is upper
    case, grouped while one space or no-break space separates them."""
    runs: list[list[tuple[int, int]]] = []
    for word in re.finditer(r"[^\W\d_]+", text[: span.end]):
        letters = word.group()
        if word.start() < span.start or not letters[0].isupper():
            continue
        if any(letter.isupper() for letter in letters[1:]):
            continue
        if runs and text[runs[-1][-1][1] : word.start()] in (" ", "\u00a0"):
            runs[-1].append(word.span())
        else:
            runs.append([word.span()])
    return runs


@settings(max_examples=300)
@given(report_texts)
def test_title_runs_are_the_title_case_words_one_space_apart(text):
    document = parse_document("t.txt", text)
    for block in document.blocks:
        runs = [[word.span() for word in run] for run in _title_runs(text, block.span)]
        assert runs == _title_runs_by_reading_every_word(text, block.span)
