"""Linking congress and term ordinals to the body they number.

"Đại hội đại biểu Đảng bộ tỉnh lần thứ XX" numbers a congress of the provincial party
organisation; "Ban Chấp hành Đảng bộ huyện khóa XXVIII" a term of the district's. The body is
named right before the ordinal (a place name may stand between: "Đảng bộ tỉnh Quảng Trị khóa
XVII") or right after it ("Đại hội XIII của Đảng"); the bodies and their names are rule data.
"Đại hội XIII" alone is the national congress by convention. Ordinals of other events ("Hội
nghị lần thứ 15", "Kỳ họp thứ 5") and of bodies that are not listed ("Quốc hội khóa XV",
"Đại hội Hội Nông dân tỉnh lần thứ VII") are left out.

An ordinal whose body is not named ("Đại hội lần thứ 27", "Ban Chấp hành khóa XXVIII") joins
the one local body the document names, or forms a group of its own when none is named; when
two local bodies are named it is dropped, since it could belong to either.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, NamedTuple

from lint.claims import NumberedBody
from lint.document import Document, Span
from lint.mentions import Mentions, OrdinalMention
from lint.ruledata import alternation, load_data

Role = Literal["congress", "term"]
_UNNAMED = ""
_CLAUSE_CUTS = ",;:\n"
_LOOKBACK = 160
_ENUMERATED = r"(?:\slần thứ\s[IVXLCDM0-9]{1,9}\s(?:và|hoặc))?"  # "lần thứ XIX và lần thứ XX"
_TRAILING_ORDINAL_WORD = re.compile(r"\s(?:lần\s)?thứ\s?$|\slần\s?$")


class _Lexicon(NamedTuple):
    body_keys: dict[str, str]
    body_before: re.Pattern[str]
    congress_phrase: re.Pattern[str]
    body_after: re.Pattern[str]
    congress_words: tuple[str, ...]
    event_pattern: re.Pattern[str]
    term_pattern: re.Pattern[str]
    unnamed_heads: re.Pattern[str]
    national: str


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_data("references")
    keys = {str(w): str(key) for key, words in data["congress_bodies"].items() for w in words}
    bodies = alternation(list(keys))
    place = rf"(?:\s[A-ZĐ]\w*){{0,{int(data['place_name_words'])}}}"
    return _Lexicon(
        body_keys=keys,
        body_before=re.compile(rf"(?<!\w)(?P<body>{bodies}){place}\s?\(?\s?$"),
        congress_phrase=re.compile(
            rf"\s?(?:đại biểu\s?)?(?:(?P<body>{bodies}){place})?{_ENUMERATED}\s?"
        ),
        body_after=re.compile(rf"\s(?:của\s)?(?P<body>{bodies})(?!\w)"),
        congress_words=tuple(str(w) for w in data["congress_words"]),
        event_pattern=re.compile(rf"(?<!\w)(?:{alternation(data['event_words'])})(?!\w)"),
        term_pattern=re.compile(rf"(?<!\w)(?:{alternation(data['term_words'])})(?:\sthứ)?\s$"),
        unnamed_heads=re.compile(rf"(?:^|(?<!\w)(?:{alternation(data['unnamed_heads'])}))\s?$"),
        national=str(data["national_body"]),
    )


class _Numbered(NamedTuple):
    ordinal: OrdinalMention
    role: Role
    body: str  # a body key, or _UNNAMED


def _clause_before(text: str, ordinal: OrdinalMention, floor: int) -> str:
    start = max(floor, ordinal.span.start - _LOOKBACK)
    before = text[start : ordinal.span.start]
    cut = max(before.rfind(c) for c in _CLAUSE_CUTS)
    return before[cut + 1 :]


def _body_after(text: str, ordinal: OrdinalMention, end: int) -> str | None:
    lexicon = _lexicon()
    match = lexicon.body_after.match(text, ordinal.span.end, end)
    return lexicon.body_keys[match.group("body")] if match else None


def _term_body(before: str, after: str | None) -> str | None:
    lexicon = _lexicon()
    term = lexicon.term_pattern.search(before)
    if term is None:
        return None
    named = lexicon.body_before.search(before, 0, term.start())
    if named:
        return lexicon.body_keys[named.group("body")]
    if lexicon.unnamed_heads.search(before, 0, term.start()):
        return after if after is not None else _UNNAMED
    return None


def _congress_body(before: str, after: str | None) -> str | None:
    lexicon = _lexicon()
    for word in lexicon.congress_words:
        if before.endswith(word + " "):  # "Đại hội XIII"
            return after if after is not None else lexicon.national
    counted = _TRAILING_ORDINAL_WORD.search(before)
    if counted is None:
        return None
    events = list(lexicon.event_pattern.finditer(before, 0, counted.start()))
    if not events or events[-1].group() not in lexicon.congress_words:
        return None
    named = lexicon.congress_phrase.fullmatch(before, events[-1].end(), counted.start())
    if named is None:
        return None  # a body that is not listed: "Đại hội Hội Nông dân tỉnh lần thứ VII"
    if named.group("body") is None:
        return after if after is not None else _UNNAMED
    return lexicon.body_keys[named.group("body")]


def _numbered(document: Document, ordinal: OrdinalMention) -> _Numbered | None:
    sentence = document.sentence_at(ordinal.span.start)
    bounds = sentence.span if sentence else Span(0, len(document.text))
    before = _clause_before(document.text, ordinal, bounds.start)
    after = _body_after(document.text, ordinal, bounds.end)
    body = _term_body(before, after)
    if body is not None:
        return _Numbered(ordinal, "term", body)
    body = _congress_body(before, after)
    return None if body is None else _Numbered(ordinal, "congress", body)


def _resolve_unnamed(numbered: list[_Numbered]) -> list[_Numbered]:
    if not numbered:
        return numbered
    national = _lexicon().national
    local = {n.body for n in numbered if n.body not in (_UNNAMED, national)}
    if len(local) > 1:
        return [n for n in numbered if n.body != _UNNAMED]
    if len(local) == 1:
        (only,) = local
        return [_Numbered(n.ordinal, n.role, only) if n.body == _UNNAMED else n for n in numbered]
    return numbered


def link_ordinals(document: Document, mentions: Mentions) -> list[NumberedBody]:
    found = [
        n
        for n in (_numbered(document, o) for o in mentions.ordinals if o.value is not None)
        if n is not None
    ]
    groups: dict[str, list[_Numbered]] = {}
    for numbered in _resolve_unnamed(found):
        groups.setdefault(numbered.body, []).append(numbered)
    return [
        NumberedBody(
            body,
            tuple(n.ordinal for n in items if n.role == "congress"),
            tuple(n.ordinal for n in items if n.role == "term"),
        )
        for body, items in groups.items()
    ]
