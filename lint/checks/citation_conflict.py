"""R001 citation-conflict: one legal document cited with different dates or issuers.

What it catches: "Nghị quyết số 18-NQ/TW ngày 25/10/2017" and later "Nghị quyết số 18-NQ/TW
ngày 25/11/2017"; "18-NQ/TW … của Bộ Chính trị" and "18-NQ/TW … của Ban Chấp hành Trung
ương"; a symbol whose year contradicts its own date ("Quyết định số 15/2023/QĐ-UBND ngày
10/3/2022").

Why it matters: the symbol and date identify a legal basis; a wrong date or issuer sends the
reader to another document, or to none.

Precision: a citation repeated with the same date, or cited in short form (without a date or
body), is never reported. A body named loosely ("Trung ương") does not contradict a narrower
one it covers ("Bộ Chính trị"); which bodies cover which is rule data. Symbols without a
year ("123/QĐ-UBND") are renumbered every year or term, so two of their dates are compared
only when they fall within ``yearless_max_year_gap`` years of each other (default 0: the
same year). A symbol with a code every body of a level uses ("45/KH-UBND"), cited with two
bodies, is two documents (``shared_issuer_codes``). Each conflicting citation is compared
with the date or body most citations give.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.claims import CitedDocument
from lint.findings import Evidence, Hit
from lint.mentions import CitationMention, DateMention


def _date_key(date: DateMention) -> tuple[int, int, int | None]:
    return (date.day, date.month, date.year)


def _year_contradicts(citation: CitationMention) -> bool:
    date = citation.date
    return bool(date and date.year and citation.year and date.year != citation.year)


def _same_date(a: DateMention, b: DateMention) -> bool:
    if (a.day, a.month) != (b.day, b.month):
        return False
    return a.year is None or b.year is None or a.year == b.year


def _comparable(cited: CitedDocument, a: DateMention, b: DateMention, max_gap: int) -> bool:
    if cited.citations[0].year is not None or a.year is None or b.year is None:
        return True
    return abs(a.year - b.year) <= max_gap


def _most_given(keys: list[object]) -> int:
    """Index of the first of the keys given most often."""
    counts = Counter(keys)
    best = max(counts.values())
    return next(index for index, key in enumerate(keys) if counts[key] == best)


def _year_hits(cited: CitedDocument) -> Iterator[Hit]:
    for citation in cited.citations:
        if citation.date is None or not _year_contradicts(citation):
            continue
        yield Hit(
            span=citation.date.span,
            args={
                "symbol": citation.symbol,
                "detail": {
                    "vi": f"số ký hiệu mang năm {citation.year} nhưng ngày ghi là "
                    f"{citation.date.text}",
                    "en": f"the symbol carries the year {citation.year} but the date is "
                    f"{citation.date.text}",
                },
                "computation": f"{citation.year} ≠ {citation.date.year}",
            },
            evidence=[Evidence(citation.span, "symbol"), Evidence(citation.date.span, "date")],
        )


def _date_hits(cited: CitedDocument, max_gap: int) -> Iterator[Hit]:
    dated = [(c, c.date) for c in cited.citations if c.date and not _year_contradicts(c)]
    if len(dated) < 2:
        return
    _, reference = dated[_most_given([_date_key(date) for _, date in dated])]
    for citation, date in dated:
        if _same_date(date, reference) or not _comparable(cited, date, reference, max_gap):
            continue
        yield Hit(
            span=date.span,
            args={
                "symbol": citation.symbol,
                "detail": {
                    "vi": f"ghi ngày {date.text}, nhưng chỗ khác ghi ngày {reference.text}",
                    "en": f"dated {date.text} here but {reference.text} elsewhere",
                },
                "computation": f"{date.text} ≠ {reference.text}",
            },
            evidence=[Evidence(date.span, "date"), Evidence(reference.span, "other date")],
        )


def _bodies_conflict(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return a[0] not in b and b[0] not in a


def _issuer_hits(cited: CitedDocument) -> Iterator[Hit]:
    named = [(chain, c) for chain, c in zip(cited.issuers, cited.citations, strict=True) if chain]
    if len(named) < 2:
        return
    reference_chain, reference = named[_most_given([chain[0] for chain, _ in named])]
    reference_span = reference.body_span or reference.span
    for chain, citation in named:
        if not _bodies_conflict(chain, reference_chain):
            continue
        span = citation.body_span or citation.span
        yield Hit(
            span=span,
            args={
                "symbol": citation.symbol,
                "detail": {
                    "vi": f"ghi là của {citation.body}, nhưng chỗ khác ghi của {reference.body}",
                    "en": f"issued by {citation.body} here but by {reference.body} elsewhere",
                },
                "computation": f"{citation.body} ≠ {reference.body}",
            },
            evidence=[Evidence(span, "issuer"), Evidence(reference_span, "other issuer")],
        )


@check("citation_conflict")
def citation_conflict(inputs: CheckInput) -> Iterator[Hit]:
    max_gap = int(inputs.param("yearless_max_year_gap", 0))  # type: ignore[call-overload]
    shared = {str(c) for c in inputs.param("shared_issuer_codes", []) or []}  # type: ignore[union-attr]
    for cited in inputs.claims.cited_documents:
        yield from _year_hits(cited)
        if _several_documents(cited, shared):
            continue
        yield from _date_hits(cited, max_gap)
        yield from _issuer_hits(cited)


def _several_documents(cited: CitedDocument, shared: set[str]) -> bool:
    """Whether the citations are of several documents: a symbol with a code every body of a
    level uses ("45/KH-UBND") cited with two bodies that do not contain each other."""
    if not any(code in shared for c in cited.citations for code in c.codes):
        return False
    named = [chain for chain in cited.issuers if chain]
    return any(_bodies_conflict(a, b) for a in named for b in named)
