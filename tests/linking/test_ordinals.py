from __future__ import annotations

from lint.engine import parse_document
from lint.extract import extract
from lint.linking.ordinals import link_ordinals


def bodies(text: str) -> dict[str, tuple[list[str], list[str]]]:
    document = parse_document("t.txt", text)
    return {
        body.body: ([o.text for o in body.congresses], [o.text for o in body.terms])
        for body in link_ordinals(document, extract(document))
    }


def test_congress_and_term_of_one_district():
    text = "Đại hội Đảng bộ huyện lần thứ 27 bầu Ban Chấp hành Đảng bộ huyện khóa XXVIII."
    assert bodies(text) == {"party_district": (["27"], ["XXVIII"])}


def test_place_name_between_body_and_ordinal():
    text = "Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ XVII; Tỉnh ủy Hòa Bình khóa XVII."
    assert bodies(text) == {"party_province": (["XVII"], ["XVII"])}


def test_bare_congress_is_national_and_suffix_names_the_body():
    text = "Nghị quyết Đại hội XIII; Đại hội đại biểu lần thứ XX của Đảng bộ tỉnh."
    assert bodies(text) == {"party_national": (["XIII"], []), "party_province": (["XX"], [])}


def test_unnamed_ordinals_join_the_one_local_body():
    text = "Đại hội Đảng bộ huyện lần thứ 27 thành công. Ban Chấp hành khóa XXVII đã họp."
    assert bodies(text) == {"party_district": (["27"], ["XXVII"])}


def test_unnamed_ordinals_are_dropped_between_two_local_bodies():
    text = (
        "Đại hội Đảng bộ huyện lần thứ 27; Đại hội Đảng bộ tỉnh lần thứ XX. "
        "Ban Chấp hành khóa XXVIII đã họp."
    )
    assert bodies(text) == {"party_district": (["27"], []), "party_province": (["XX"], [])}


def test_plenums_sessions_and_other_bodies_are_left_out():
    text = (
        "Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh khóa XX; Kỳ họp thứ 5 HĐND tỉnh khóa "
        "XVI; Quốc hội khóa XV; Đại hội Hội Nông dân tỉnh lần thứ VII."
    )
    assert bodies(text) == {"party_province": ([], ["XX"])}


def test_enumerated_congresses_keep_their_body():
    text = "Đại hội Đảng bộ tỉnh lần thứ XIX và lần thứ XX đều thành công."
    assert bodies(text) == {"party_province": (["XIX", "XX"], [])}
