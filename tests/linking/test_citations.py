from __future__ import annotations

from lint.engine import parse_document
from lint.extract import extract
from lint.linking.citations import link_citations


def cited(text: str):
    return link_citations(extract(parse_document("t.txt", text)))


def test_one_document_however_printed():
    groups = cited("Thông tư số 05/2022/TT-BTC ngày 12/01/2022. Thông tư 5/2022/TT-BTC hướng dẫn.")
    assert len(groups) == 1
    assert [c.symbol for c in groups[0].citations] == ["05/2022/TT-BTC", "5/2022/TT-BTC"]


def test_different_symbols_are_different_documents():
    groups = cited("Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW, Nghị quyết số 18-NQ/TU.")
    assert len(groups) == 3


def test_issuer_chain_names_the_broader_body():
    (group,) = cited(
        "Chỉ thị số 05-CT/TW của Bộ Chính trị; Chỉ thị số 05-CT/TW của Trung ương; "
        "Chỉ thị số 05-CT/TW."
    )
    assert group.issuers == (("politburo", "party_central"), ("party_central",), ())


def test_unknown_body_has_no_chain():
    (group,) = cited("Quyết định số 123/QĐ-BTC của Bộ Tài chính.")
    assert group.issuers == ((),)
