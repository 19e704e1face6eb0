"""Wording mentions: the words that carry a tone-mark style (and, in a document that
contains combining marks, every non-ASCII word with its Unicode form), invisible characters,
terms that can be spelt several ways ("Covid-19", "COVID 19"), acronyms and their
definitions ("Mặt trận Tổ quốc (MTTQ)"), and named people with the title attached to the
name ("Bí thư Huyện ủy Nguyễn Văn An", "ông Trần Văn Bình - Chủ tịch UBND xã").

Only block text is scanned. Lexicons (surnames, titles, misspellings) live in
``rules/data/wording.yaml``.

Speed: this module runs on every document, so it never walks every word in Python. Each
kind of mention has one compiled pattern that finds only its candidates (a tone-marked
"oa/oe/uy" rhyme at a word's end, a token with a digit, a capital or a hyphen, an
all-capitals token, a title word); the words of a block are listed only for the rare block
with a title or an acronym definition.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from lint.document import Document, Span
from lint.mentions import (
    AcronymMention,
    InvisibleCharMention,
    Mentions,
    PersonTitleMention,
    TermMention,
    TitleRole,
    ToneStyle,
    WordForm,
    WordMention,
)
from lint.patterns import Scan, initials, key_words, scan, starting_with
from lint.ruledata import alternation, load_data

_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
_LETTER = re.compile(r"[^\W\d_]")
_COMBINING = re.compile("[\u0300-\u036f]")
_TOKEN = re.compile(r"[^\W_]+")
_TOKEN_CHAR = re.compile(r"[^\W_]")
_HYPHEN = re.compile("[-–]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_JOINERS = frozenset("\u200c\u200d")  # legitimate between non-letters (emoji sequences)
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = frozenset("aeiouy")
_ROMAN = frozenset("IVXLCDM")
_NAME_GAPS = (" ", "\u00a0")
_CHAIN_SEPARATORS = frozenset({",", "kiêm", ", kiêm"})
_AFTER_NAME_SEPARATORS = frozenset({",", "-", "–", "("})
_DEFINITION_WORDS = ("sau đây gọi tắt là", "gọi tắt là", "viết tắt là", "gọi tắt", "viết tắt")
_CAPS_BLOCK_SHARE = 0.7
_MAX_BODY_WORDS = 8
_BODY_CONNECTORS = frozenset({"và"})


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load_data("wording")


_LATIN = (range(0x41, 0x250), range(0x1E00, 0x1F00))  # Basic to Extended-B, and Additional


@lru_cache(maxsize=1)
def _upper() -> str:
    """The upper-case Latin letters (Vietnamese among them) as the body of a character
    class, runs of code points written as ranges (``re`` has no Unicode property classes,
    and a short class compiles fast)."""
    points = [p for block in _LATIN for p in block if chr(p).isupper()]
    runs: list[list[int]] = []
    for point in points:
        if runs and runs[-1][1] == point - 1:
            runs[-1][1] = point
        else:
            runs.append([point, point])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """The candidate patterns, compiled once on first use."""
    upper = _upper()
    # A class that mixes \W with the long capital class is tested range by range; a
    # lookahead on the capital class alone is a table lookup.
    title_word = rf"(?<![^\W\d_])[{upper}](?:(?![{upper}])[^\W\d_])*(?![^\W\d_])"
    token_gap = r"(?:[ \t]{0,2}[-–][ \t]{0,2}|[ ](?=\d))"
    exempt = alternation(_data()["tone_style_exempt_names"], "[ \u00a0]+")
    return {
        "styled_rhyme": starting_with(
            initials(_rhyme_initials()),
            rf"(?:{_rhyme_alternatives()})(?![^\W\d_])",
            re.IGNORECASE,
        ),
        "title_word": re.compile(title_word),
        # A term starts at a token of capitals, a token with letters and digits, a token
        # before a hyphen or a capitalised token before a number ("Covid 19"); each scan
        # opens with a character class, so the engine skips ahead by itself.
        "term_cluster": re.compile(rf"[^\W_]+(?:{token_gap}[^\W_]+)*"),
        "caps_token": re.compile(rf"[{upper}](?<![^\W_].)[{upper}]+(?![^\W_])"),
        "letter_digit": re.compile(r"\d(?:(?<=[^\W\d_]\d)|(?=[^\W\d_]))"),
        "capital_before_number": re.compile(rf"[{upper}][^\W_]*[ ]\d"),
        "acronym": re.compile(rf"[{upper}](?<![\w-].)[{upper}]*(?:-[{upper}]+)*(?![\w-])"),
        "exempt_name": re.compile(rf"(?<![^\W\d_])(?:{exempt})(?![^\W\d_])"),
    }


def _rhyme_initials() -> list[str]:
    """The first vowels of the rhymes of rule data, bare and with each tone mark."""
    firsts = {rhyme[0] for rhyme in _data()["tone_style_rhymes"]}
    return [unicodedata.normalize("NFC", f + t) for f in firsts for t in ("", *_TONE_MARKS)]


def _rhyme_alternatives() -> str:
    """ "[òóỏõọ]a|o[àáảãạ]|…": the rhymes of rule data with a tone mark on either vowel."""
    alternatives = []
    for rhyme in _data()["tone_style_rhymes"]:
        first, second = rhyme[0], rhyme[1:]
        marked_first = "".join(unicodedata.normalize("NFC", first + t) for t in _TONE_MARKS)
        marked_second = "".join(unicodedata.normalize("NFC", second + t) for t in _TONE_MARKS)
        alternatives += [f"[{marked_first}]{second}", f"{first}[{marked_second}]"]
    return "|".join(alternatives)


# --- Vietnamese letters and tone marks -------------------------------------------------


def _split_tone(char: str) -> tuple[str, str]:
    """A letter as (letter without its tone mark, the tone mark or "")."""
    decomposed = unicodedata.normalize("NFD", char)
    tone = "".join(c for c in decomposed if c in _TONE_MARKS)
    rest = "".join(c for c in decomposed if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", rest), tone


def _base(char: str) -> str:
    """The bare lower-case letter: "Ủ" → "u", "đ" → "d"."""
    first = unicodedata.normalize("NFD", char)[:1].casefold()
    return "d" if first == "đ" else first


@lru_cache(maxsize=1 << 16)
def tone_style(word: str) -> tuple[ToneStyle | None, str | None]:
    """("hoà" or "hòa", the word in the other style) for an open "oa/oe/uy" syllable with a
    tone mark ("hoà", "khỏe", "Ủy"); (None, None) for any other word."""
    letters = [_split_tone(c) for c in unicodedata.normalize("NFC", word)]
    if len(letters) < 2 or any(not letter for letter, _ in letters):
        return None, None
    plain = "".join(letter for letter, _ in letters).casefold()
    if plain[-2:] not in _data()["tone_style_rhymes"] or any(c in _VOWELS for c in plain[:-2]):
        return None, None
    if any(plain.startswith(onset) for onset in _data()["tone_style_skip_onsets"]):
        return None, None
    (first, first_tone), (second, second_tone) = letters[-2], letters[-1]
    if bool(first_tone) == bool(second_tone):
        return None, None
    head = "".join(letter + tone for letter, tone in letters[:-2])
    if first_tone:
        moved = first + second + first_tone
        return "hòa", unicodedata.normalize("NFC", head + moved)
    moved = first + second_tone + second
    return "hoà", unicodedata.normalize("NFC", head + moved)


def normal_key(text: str) -> str:
    """Text for comparing names and bodies: NFC, casefolded, tone marks in "hòa" style,
    single spaces."""
    words = unicodedata.normalize("NFC", text).casefold().split()
    return " ".join(_hoa_style(word) for word in words)


def _hoa_style(word: str) -> str:
    style, restyled = tone_style(word)
    return restyled if style == "hoà" and restyled else word


def _word_form(word: str) -> WordForm:
    if word.isascii():
        return "ascii"
    return "composed" if unicodedata.is_normalized("NFC", word) else "decomposed"


def _is_title_case(word: str) -> bool:
    return word[0].isupper() and word[1:] == word[1:].lower()


@lru_cache(maxsize=1 << 16)
def _is_all_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# --- words and names ---------------------------------------------------------------------


class _Word(NamedTuple):
    start: int
    end: int
    text: str


def _block_words(text: str, span: Span) -> list[_Word]:
    return [
        _Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, span.start, span.end)
    ]


def _after_honorific(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].lower()
    for honorific in _data()["honorifics"]:
        head = before[: -len(honorific) - 1]
        if before.endswith(f"{honorific} ") and not head[-1:].isalpha():
            return True
    return False


def _names(text: str, span: Span, strict: bool) -> list[Span]:
    """Personal names: a surname and what follows it in a run of title-case words one space
    apart, 2–4 syllables. ``strict`` takes 2 syllables only after an honorific ("ông")."""
    surnames = set(_data()["surnames"])
    names = []
    for words in _title_runs(text, span):
        for first, word in enumerate(words[:-1]):
            size = len(words) - first
            if word.group() not in surnames or size > 4:
                continue
            if size >= 3 or not strict or _after_honorific(text, word.start()):
                names.append(Span(word.start(), words[-1].end()))
            break
    return names


def _title_runs(text: str, span: Span) -> Iterator[list[re.Match[str]]]:
    """The runs of title-case words of a block, one space (or no-break space) apart."""
    run: list[re.Match[str]] = []
    for word in _patterns()["title_word"].finditer(text, span.start, span.end):
        gap = text[run[-1].end() : word.start()] if run else ""
        if run and gap not in _NAME_GAPS:
            yield run
            run = []
        run.append(word)
    if run:
        yield run


def _word_start(text: str, end: int, floor: int) -> int:
    start = end
    while start > floor and _LETTER.match(text, start - 1):
        start -= 1
    return start


def _candidate_words(text: str, span: Span, every_form: bool) -> list[tuple[int, int]]:
    """(start, end) of the words worth a mention: every non-ASCII word when ``every_form``,
    otherwise the words ending in a tone-marked "oa/oe/uy" rhyme."""
    if every_form:
        found = _WORD.finditer(text, span.start, span.end)
        return [(m.start(), m.end()) for m in found if not m.group().isascii()]
    rhymes = _patterns()["styled_rhyme"].finditer(text, span.start, span.end)
    return [(_word_start(text, m.start(), span.start), m.end()) for m in rhymes]


def _word_mentions(text: str, span: Span, every_form: bool) -> list[WordMention]:
    """The words of a block with a tone-mark style, and with ``every_form`` every non-ASCII
    word. ``in_name`` marks syllables of a personal name or of a listed proper name."""
    candidates = _candidate_words(text, span, every_form)
    if not candidates:
        return []
    names = (
        _names(text, span, strict=False)
        if any(text[start].isupper() for start, _ in candidates)
        else []
    )
    exempt = [
        Span(m.start(), m.end())
        for m in _patterns()["exempt_name"].finditer(text, span.start, span.end)
    ]
    mentions = []
    for start, end in candidates:
        word = text[start:end]
        style, restyled = tone_style(word)
        if style is None and not every_form:
            continue
        in_name = any(n.start <= start and end <= n.end for n in names + exempt)
        mentions.append(
            WordMention(Span(start, end), word, _word_form(word), style, restyled, in_name)
        )
    return mentions


def _is_letter(char: str) -> bool:
    """A letter or a combining mark (the tone mark of a decomposed letter)."""
    return char.isalpha() or unicodedata.category(char or " ").startswith("M")


def _visible_neighbour(text: str, index: int, step: int) -> str:
    while 0 <= index < len(text) and _INVISIBLE.match(text[index]):
        index += step
    return text[index] if 0 <= index < len(text) else ""


def _invisible_chars(text: str, span: Span) -> list[InvisibleCharMention]:
    """Invisible characters of a block; a joiner counts only between two letters (ignoring
    other invisible characters), so it is left alone inside emoji sequences."""
    found = []
    for match in _INVISIBLE.finditer(text, span.start, span.end):
        char = match.group()
        before = _visible_neighbour(text, match.start() - 1, -1)
        after = _visible_neighbour(text, match.end(), 1)
        if char in _JOINERS and not (_is_letter(before) and _is_letter(after)):
            continue
        found.append(InvisibleCharMention(Span(match.start(), match.end()), char))
    return found


def _is_caps_block(text: str, span: Span) -> bool:
    block = text[span.start : span.end]
    letters = sum(map(str.isalpha, block))
    if letters < 8 or sum(map(str.isupper, block)) < _CAPS_BLOCK_SHARE * letters:
        return False  # even counting every capital, letters or not, too few
    upper = sum(1 for c in block if c.isupper() and c.isalpha())
    return upper >= _CAPS_BLOCK_SHARE * letters


# --- terms ---------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 14)
def term_key(text: str) -> str:
    folded = unicodedata.normalize("NFC", text).casefold()
    return "".join(c for c in folded if c not in " \t\u00a0-–")


def _link(text: str, left: re.Match[str], right: re.Match[str]) -> str | None:
    """How two tokens join in a term: "hyphen" (no spaces), "spaced" ("KT - XH",
    "Covid - 19"), "space" ("Covid 19") or None."""
    if right.start() - left.end() > 3:
        return None
    gap = text[left.end() : right.start()]
    if gap in ("-", "–"):
        return "hyphen"
    a, b = left.group(), right.group()
    if gap == " ":
        return "space" if b.isdigit() and a.isalpha() and not a.islower() else None
    if gap.strip(" \t") in ("-", "–"):
        has_digit = any(c.isdigit() for c in a + b)
        return "spaced" if has_digit or (_is_all_caps(a) and _is_all_caps(b)) else None
    return None


def _chains(text: str, start: int, end: int) -> list[tuple[list[re.Match[str]], list[str]]]:
    """The tokens of text[start:end] grouped into terms, each with the links between its
    tokens."""
    tokens = list(_TOKEN.finditer(text, start, end))
    chains = []
    index = 0
    while index < len(tokens):
        chain, links = [tokens[index]], []
        index += 1
        while index < len(tokens) and (link := _link(text, chain[-1], tokens[index])):
            chain.append(tokens[index])
            links.append(link)
            index += 1
            if link == "space":
                break
        chains.append((chain, links))
    return chains


def _sentence_initial(document: Document, offset: int) -> bool:
    sentence = document.sentence_at(offset)
    if sentence is None:
        return False
    return not any(c.isalnum() for c in document.text[sentence.span.start : offset])


def _neighbour_word(text: str, start: int, end: int, step: int) -> str:
    """The word one space before (``step`` -1) or after (+1) the token at [start, end)."""
    index = start - 2 if step < 0 else end + 1
    gap = text[start - 1 : start] if step < 0 else text[end : end + 1]
    if gap not in _NAME_GAPS:
        return ""
    chars = []
    while 0 <= index < len(text) and text[index].isalnum():
        chars.append(text[index])
        index += step
    while 0 <= index < len(text) and text[index] == " ":
        index += step
    if 0 <= index < len(text) and text[index] in "-–":
        return ""  # part of a term ("COVID-19", "KT - XH"), not of an all-capitals phrase
    return "".join(reversed(chars) if step < 0 else chars)


def _in_caps_phrase(text: str, start: int, end: int) -> bool:
    return any(_is_all_caps(_neighbour_word(text, start, end, step)) for step in (-1, 1))


def _token_start(text: str, index: int) -> int:
    while index > 0 and _TOKEN_CHAR.match(text, index - 1):
        index -= 1
    return index


def _before_hyphen(text: str, hyphen: int) -> int | None:
    """The start of the token at most two spaces or tabs before the hyphen at ``hyphen``."""
    end = hyphen
    while hyphen - end < 2 and end > 0 and text[end - 1] in " \t":
        end -= 1
    return _token_start(text, end - 1) if end > 0 and _TOKEN_CHAR.match(text, end - 1) else None


def _term_starts(text: str, span: Span) -> list[int]:
    """Where the term clusters of a block can start: the first character of a token of
    capitals, of a token with letters and digits, of a token before a hyphen and of a
    capitalised token before a number."""
    patterns = _patterns()
    scan = (span.start, span.end)
    starts = {m.start() for m in patterns["caps_token"].finditer(text, *scan)}
    for name in ("letter_digit", "capital_before_number"):
        starts.update(_token_start(text, m.start()) for m in patterns[name].finditer(text, *scan))
    for hyphen in _HYPHEN.finditer(text, *scan):
        starts.add(_before_hyphen(text, hyphen.start()))
    return sorted(s for s in starts if s is not None and s >= span.start)


def _term_chains(text: str, span: Span) -> list[tuple[list[re.Match[str]], list[str]]]:
    """The token chains of a block that can be terms: those of the clusters (tokens linked
    by hyphens, or a word and a number) that start at a term start. A plain lower-case word
    or a bare number never is one."""
    chains: list[tuple[list[re.Match[str]], list[str]]] = []
    cursor = span.start
    for start in _term_starts(text, span):
        if start < cursor or (start > 0 and _TOKEN_CHAR.match(text, start - 1)):
            continue
        cluster = _patterns()["term_cluster"].match(text, start, span.end)
        if cluster:
            chains += _chains(text, cluster.start(), cluster.end())
            cursor = cluster.end()
    return chains


def _terms(
    document: Document, chains: list[tuple[list[re.Match[str]], list[str]]]
) -> list[TermMention]:
    """The term mentions among a block's token chains."""
    text = document.text
    terms = []
    for chain, links in chains:
        start, end = chain[0].start(), chain[-1].end()
        surface = text[start:end]
        if not links and surface.isalpha() and surface.islower():
            continue  # an ordinary lower-case word: neither a term nor a case variant
        if not any(c.isalpha() for c in surface):
            continue
        if links:
            joined = "hyphen" in links
        elif any(c.isdigit() for c in surface):
            joined = True
        elif _is_all_caps(surface):
            if _in_caps_phrase(text, start, end):
                continue
            joined = True
        else:
            continue  # a capitalised word: at most a case variant, found later
        initial = _sentence_initial(document, start)
        terms.append(TermMention(Span(start, end), surface, term_key(surface), joined, initial))
    return terms


def _case_variants(document: Document, terms: list[TermMention], blocks: list[Span]) -> list:
    """Capitalised words spelt like an all-capitals ASCII term of 3+ letters ("Covid" beside
    "COVID"), standing alone in ``blocks`` (not inside a term such as "Covid-19"). An
    all-lower-case word ("file" beside "FILE") is an ordinary word, not a spelling of the
    acronym."""
    caps = {t.text for t in terms if t.text.isascii() and t.text.isalpha() and t.text.isupper()}
    caps = {word for word in caps if len(word) >= 3}
    if not caps:
        return []
    pattern = re.compile(rf"(?<![^\W_])(?:{alternation(caps)})(?![^\W_])", re.IGNORECASE)
    text = document.text
    variants = []
    for block in blocks:
        for match in pattern.finditer(text, block.start, block.end):
            word, start = match.group(), match.start()
            if not word[0].isupper() or _is_all_caps(word):
                continue
            if any(term.span.start <= start < term.span.end for term in terms):
                continue
            initial = _sentence_initial(document, start)
            variants.append(
                TermMention(Span(start, match.end()), word, term_key(word), False, initial)
            )
    return variants


# --- acronyms ------------------------------------------------------------------------------


def _definition_opening(text: str, block_start: int, start: int, end: int) -> int | None:
    """Offset of the "(" that opens a definition around the acronym at [start, end)."""
    if not text[end : end + 3].lstrip(" ").startswith(")"):
        return None
    before = text[block_start:start].rstrip(" ")
    if before.endswith("("):
        return len(before) - 1 + block_start
    folded = before.lower().rstrip(": ")
    for words in _DEFINITION_WORDS:
        if folded.endswith(words):
            opening = folded[: -len(words)].rstrip(" ")
            if opening.endswith("("):
                return block_start + len(opening) - 1
            return None
    return None


def _expansion(text: str, span: Span, opening: int, acronym: str) -> Span | None:
    """The words before ``opening`` whose initials spell the acronym; up to two capitalised
    words may follow them ("Mặt trận Tổ quốc Việt Nam (MTTQ)")."""
    initials = [_base(c) for c in acronym if c.isalpha()]
    before = _block_words(text, Span(span.start, opening))
    for skipped in range(3):
        last = len(before) - skipped
        first = last - len(initials)
        if first < 0:
            return None
        window, trailing = before[first:last], before[last:]
        if not all(_is_title_case(w.text) for w in trailing):
            continue
        if text[before[-1].end : opening].strip(" ") or any(
            text[a.end : b.start].strip(" -–") for a, b in pairwise(window + trailing)
        ):
            continue
        if [_base(w.text[0]) for w in window] == initials:
            return Span(window[0].start, window[-1].end)
    return None


def _acronyms(text: str, span: Span) -> list[AcronymMention]:
    found = []
    for match in _patterns()["acronym"].finditer(text, span.start, span.end):
        acronym = match.group()
        if not _is_all_caps(acronym) or set(acronym) <= _ROMAN:
            continue
        opening = _definition_opening(text, span.start, match.start(), match.end())
        mention_span = Span(match.start(), match.end())
        if opening is None:
            found.append(AcronymMention(mention_span, acronym))
            continue
        expansion_span = _expansion(text, span, opening, acronym)
        if expansion_span is None and text[opening + 1 : match.start()].strip() == "":
            found.append(AcronymMention(mention_span, acronym))  # "(UBND)" as a plain use
            continue
        expansion = expansion_span.slice(text) if expansion_span else None
        found.append(
            AcronymMention(
                mention_span,
                acronym,
                definition=True,
                expansion=expansion,
                expansion_key=normal_key(expansion) if expansion else None,
                expansion_span=expansion_span,
            )
        )
    return found


# --- people and their titles ----------------------------------------------------------------


@lru_cache(maxsize=1)
def _positions() -> tuple[Scan, dict[str, tuple[str, str, str]]]:
    """The title pattern and, by normalised spelling, (position, family, rank)."""
    lexicon: dict[str, tuple[str, str, str]] = {}
    spellings: set[str] = set()
    for family, ranks in _data()["person_title_families"].items():
        for rank, positions in ranks.items():
            for position in positions:
                lexicon[normal_key(position)] = (position, family, rank)
                restyled = [tone_style(w)[1] or w for w in position.split()]
                spellings.update({position, " ".join(restyled)})
    body = alternation(spellings, "[ \u00a0]+")
    pattern = rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])"
    return scan(key_words(spellings), initials(spellings), pattern, re.IGNORECASE), lexicon


def _body_key(body: str) -> str:
    expansions = {k: v for k, v in _data()["person_title_body_acronyms"].items()}
    return normal_key(" ".join(expansions.get(word, word) for word in body.split()))


def _body_end(text: str, words: list[_Word], start: int, stops: set[int]) -> int:
    """End offset of the body after a position ending at ``start``: capitalised words, the
    listed body words, and one lower-case syllable after a capitalised one ("Sở Y tế")."""
    allowed = {w.casefold() for w in _data()["person_title_body_words"]}
    body: list[_Word] = []
    end = start
    first = bisect.bisect_left([w.start for w in words], start)
    for word in words[first:]:
        if len(body) >= _MAX_BODY_WORDS or text[end : word.start] not in _NAME_GAPS:
            break
        after_capital = bool(body) and body[-1].text[0].isupper()
        if word.start in stops or not (
            word.text[0].isupper() or word.text in allowed or after_capital
        ):
            break
        body.append(word)
        end = word.end
    while body and body[-1].text in _BODY_CONNECTORS:
        body.pop()
    return body[-1].end if body else start


def _roles(
    text: str, matches: list[re.Match[str]], words: list[_Word], stops: set[int]
) -> list[TitleRole]:
    _, lexicon = _positions()
    former = {w.casefold() for w in _data()["person_title_former_markers"]}
    stops = stops | {m.start() for m in matches}
    ends = [w.end for w in words]
    roles = []
    for match in matches:
        previous = bisect.bisect_right(ends, match.start()) - 1
        if previous >= 0 and words[previous].text.casefold() in former:
            continue
        position, family, rank = lexicon[normal_key(match.group())]
        end = _body_end(text, words, match.end(), stops)
        body = text[match.end() : end].strip()
        role_span = Span(match.start(), end)
        roles.append(TitleRole(role_span, position, family, rank, body, _body_key(body)))
    return roles


def _role_chains(text: str, roles: list[TitleRole]) -> list[list[TitleRole]]:
    chains: list[list[TitleRole]] = []
    for role in roles:
        if chains:
            gap = text[chains[-1][-1].span.end : role.span.start]
            if "\n" not in gap and gap.strip() in _CHAIN_SEPARATORS:
                chains[-1].append(role)
                continue
        chains.append([role])
    return chains


def _person_titles(text: str, span: Span) -> list[PersonTitleMention]:
    pattern, _ = _positions()
    matches = [m for m in pattern.finditer(text, span.start, span.end) if m.group()[0].isupper()]
    if not matches:
        return []
    names = _names(text, span, strict=True)
    roles = _roles(text, matches, _block_words(text, span), {name.start for name in names})
    before: dict[Span, list[TitleRole]] = {}
    after: dict[Span, list[TitleRole]] = {}
    for chain in _role_chains(text, roles):
        chain_start, chain_end = chain[0].span.start, chain[-1].span.end
        following = [n for n in names if text[chain_end : n.start] in _NAME_GAPS]
        if following:
            before[following[0]] = chain
            continue
        for name in names:
            gap = text[name.end : chain_start]
            if len(gap) <= 3 and "\n" not in gap and gap.strip() in _AFTER_NAME_SEPARATORS:
                after[name] = chain
    mentions = []
    for name in names:
        chain = before.get(name) or after.get(name)
        if chain:
            name_text = name.slice(text)
            title_span = Span(chain[0].span.start, chain[-1].span.end)
            mentions.append(
                PersonTitleMention(name, name_text, normal_key(name_text), title_span, tuple(chain))
            )
    return mentions


# --- entry point ------------------------------------------------------------------------------


def extract_wording(document: Document, mentions: Mentions) -> None:
    text = document.text
    every_form = _COMBINING.search(text) is not None  # only then can forms differ
    prose: list[Span] = []  # the blocks that are not written in capitals
    for block in document.blocks:
        mentions.words.extend(_word_mentions(text, block.span, every_form))
        mentions.invisible_chars.extend(_invisible_chars(text, block.span))
        mentions.person_titles.extend(_person_titles(text, block.span))
        if _is_caps_block(text, block.span):
            continue
        prose.append(block.span)
        mentions.terms.extend(_terms(document, _term_chains(text, block.span)))
        mentions.acronyms.extend(_acronyms(text, block.span))
    mentions.terms.extend(_case_variants(document, mentions.terms, prose))
    mentions.terms.sort(key=lambda term: term.span.start)
