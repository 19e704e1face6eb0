"""Extraction: the text of a document in, its mentions out (numbers, units, dates,
periods, weekdays, relations, repeated words), each with its exact span."""

from __future__ import annotations

from lint.document import Document
from lint.extract.changes import extract_changes
from lint.extract.citations import extract_citations
from lint.extract.comparisons import extract_comparisons
from lint.extract.dates import extract_dates
from lint.extract.durations import extract_durations
from lint.extract.numbers import extract_numbers
from lint.extract.relations import extract_relations
from lint.extract.worded_dates import extract_worded_dates
from lint.extract.wording import extract_wording
from lint.extract.words import extract_repeats
from lint.mentions import Mentions


def extract(document: Document) -> Mentions:
    mentions = Mentions()
    extract_dates(document, mentions)  # dates, weekdays, periods: claimed before numbers
    extract_worded_dates(document, mentions)  # months in words, read by dateparser
    extract_citations(document, mentions)  # legal-document symbols, with their dates
    extract_durations(document, mentions)  # durations, date ranges, reviewed periods
    extract_numbers(document, mentions)  # numbers and ordinals, skipping date spans
    extract_comparisons(document, mentions)
    extract_relations(document, mentions)
    extract_changes(document, mentions)
    extract_repeats(document, mentions)
    extract_wording(document, mentions)
    return mentions
