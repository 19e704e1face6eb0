"""Legal documents cited by their symbol, with the date and issuing body printed beside them.

"Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương", "Quyết định
123/QĐ-UBND", "Nghị định số 15/2023/NĐ-CP", "Luật số 59/2020/QH14": a symbol is a number,
an optional year and letter codes separated by "/" or "-"; without a year it needs at least
two codes ("NQ/TW"), so "F0" or "COVID-19" never count. The document type word before it
("Nghị quyết", "Quyết định", …) is kept when printed. The date is one of the dates already
extracted (``mentions.dates``) printed right after the symbol ("18-NQ/TW ngày 25/10/2017",
"18-NQ/TW (ngày 25/10/2017)", "18-NQ/TW, ngày 25/10/2017 của …"); after a comma it belongs
to the citation only when the clause goes on with "của", "về" or ends, so "Thực hiện Nghị
quyết 18-NQ/TW, ngày 15/3/2023 UBND huyện …" keeps the date to the sentence. The issuing
body follows "của" and is one of the bodies listed in rule data.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from lint.document import Document, Span
from lint.mentions import CitationMention, DateMention, Mentions
from lint.patterns import Scan, initials, scan
from lint.ruledata import alternation, load_data

_CODE = r"[A-ZĐƯ][A-Za-zĐđƯư]{0,9}[0-9]{0,2}"
_SYMBOL = (
    r"(?<![\w/.,-])(?P<number>[0-9]{1,5}[a-z]?)(?:/(?P<year>[0-9]{4}))?[/-]"
    rf"(?P<codes>{_CODE}(?:[/-]{_CODE}){{0,4}})(?![\w/-])"
)
# Every symbol holds a digit (or a year), "/" or "-", and a code's capital: "05-NQ", "2023/N".
_SYMBOL_HINT = re.compile(r"[0-9][a-z]?[/-][A-ZĐƯ]")
_CODE_SPLIT = re.compile(r"[/-]")
_DATE_GAP = re.compile(
    r"\s{0,3}(?P<open>[,(]\s{0,2})?(?:(?:ban hành|ký)\s{1,3})?(?P<word>ngày\s{1,3})?"
)
_CLAUSE_GOES_ON = re.compile(r"\s{0,3}(?:[,;.:)]|của(?!\w)|về(?!\w)|do(?!\w)|$)")
_BODY_GAP = r"\s{0,3}(?:\)\s{0,2})?,?\s{0,2}của\s{1,3}"


class _Lexicon(NamedTuple):
    citation: Scan
    types: dict[str, str]
    type_codes: frozenset[str]


def _both_cases(word: str) -> list[str]:
    return [word, word[0].upper() + word[1:], word[0].lower() + word[1:]]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_data("references")
    types = {variant: str(word) for word in data["document_types"] for variant in _both_cases(word)}
    return _Lexicon(
        citation=scan(
            ("/", "-"),
            "0-9" + initials(types),
            rf"(?:(?<!\w)(?P<type>{alternation(list(types))})\s{{1,3}}(?:số\s{{1,3}})?)?{_SYMBOL}",
        ),
        types=types,
        type_codes=frozenset(str(c) for c in data["type_codes"]),
    )


@lru_cache(maxsize=1)
def _issuing_body() -> re.Pattern[str]:
    """ "… của <issuing body>" after a citation, compiled when a citation is first found."""
    bodies = [
        str(w) for body in load_data("references")["issuing_bodies"].values() for w in body["words"]
    ]
    return re.compile(rf"{_BODY_GAP}(?P<body>{alternation(bodies)})(?!\w)")


class _DateIndex:
    """Dates by start offset, to find the one that begins at a given offset."""

    def __init__(self, dates: list[DateMention]) -> None:
        self._by_start = {d.span.start: d for d in dates}

    def at(self, offset: int) -> DateMention | None:
        return self._by_start.get(offset)


def _issuer(codes: tuple[str, ...], type_codes: frozenset[str]) -> str:
    if len(codes) > 1 and codes[0] in type_codes:
        return codes[1]
    return codes[0]


def _date_after(
    text: str, offset: int, end: int, dates: _DateIndex
) -> tuple[DateMention | None, int]:
    """The date printed right after ``offset`` and where the citation continues after it."""
    gap = _DATE_GAP.match(text, offset, end)
    if gap is None:
        return None, offset
    date = dates.at(gap.end())
    if date is None and gap.group("word"):
        date = dates.at(gap.start("word"))  # "ngày 25 tháng 10 năm 2017" starts at "ngày"
    if date is None:
        return None, offset
    opened = gap.group("open") or ""
    if opened.startswith(",") and not _CLAUSE_GOES_ON.match(text, date.span.end, end):
        return None, offset
    return date, date.span.end


def _citation(
    text: str, match: re.Match[str], block_end: int, dates: _DateIndex
) -> CitationMention | None:
    lexicon = _lexicon()
    codes = tuple(_CODE_SPLIT.split(match.group("codes")))
    year = match.group("year")
    if year is None and len(codes) < 2:
        return None
    date, after = _date_after(text, match.end(), block_end, dates)
    body = _issuing_body().match(text, after, block_end)
    if body and date is None:
        date, _ = _date_after(text, body.end(), block_end, dates)
    printed_type = match.group("type")
    return CitationMention(
        span=Span(match.start("number"), match.end()),
        symbol=text[match.start("number") : match.end()],
        doc_type=lexicon.types[printed_type] if printed_type else None,
        number=match.group("number"),
        year=int(year) if year else None,
        codes=codes,
        issuer=_issuer(codes, lexicon.type_codes),
        date=date,
        body=body.group("body") if body else None,
        body_span=Span(body.start("body"), body.end("body")) if body else None,
    )


def extract_citations(document: Document, mentions: Mentions) -> None:
    """Append every cited symbol of ``document`` to ``mentions.citations``; needs the dates."""
    text = document.text
    if not _SYMBOL_HINT.search(text):
        return
    dates = _DateIndex(mentions.dates)
    pattern = _lexicon().citation
    for block in document.blocks:
        for match in pattern.finditer(text, block.span.start, block.span.end):
            citation = _citation(text, match, block.span.end, dates)
            if citation is not None:
                mentions.citations.append(citation)


def symbol_key(citation: CitationMention) -> str:
    """One key for every printing of a symbol: "05/2022/TT-BTC", "5/2022/TT-BTC" and
    "5/2022/TT/BTC" are one document; "QĐ" and "QD" are one code."""
    number = citation.number.lstrip("0") or "0"
    codes = "-".join(code.upper().replace("Đ", "D").replace("Ư", "U") for code in citation.codes)
    year = "" if citation.year is None else str(citation.year)
    return f"{number.lower()}/{year}/{codes}"
