from lint.engine import parse_document
from lint.extract import extract
from lint.linking.shares import link_count_shares, link_stated_wholes
from lint.linking.totals import link_totals


def stated(text: str) -> list[tuple[str, str, str]]:
    document = parse_document("t.txt", text)
    mentions = extract(document)
    pairs = link_count_shares(document, mentions)
    claims = link_stated_wholes(document, mentions, pairs, link_totals(document, mentions))
    return [(c.pair.count.text, c.pair.share.text, c.whole.text) for c in claims]


def test_a_count_listed_under_its_total_is_a_share_of_it():
    text = "Toàn huyện có 45.600 hộ, trong đó hộ nghèo 1.230 hộ, chiếm 3,1% tổng số hộ."
    assert stated(text) == [("1.230", "3,1%", "45.600")]


def test_a_whole_in_parentheses_after_the_share():
    text = "Số hộ nghèo là 1.230 hộ, chiếm 3,1% số hộ toàn huyện (45.600 hộ)."
    assert stated(text) == [("1.230", "3,1%", "45.600")]


def test_a_share_of_another_whole_or_unit_is_not_linked():
    assert stated("Có 45.600 hộ, trong đó 1.230 hộ nghèo, chiếm 3,1% số hộ nghèo của tỉnh.") == []
    assert stated("Có 45.600 hộ, trong đó 1.230 người nghèo, chiếm 3,1%.") == []
    assert stated("Có 1.230 hộ nghèo, chiếm 3,1% (năm trước 3,5%).") == []
