"""The context a claim is read in: the document's own date and, for every sentence, the
period it reports on (sentence → paragraph → heading → document)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from lint.mentions import PeriodMention


@dataclass
class ReportContext:
    report_date: dt.date | None = None
    report_date_source: str = ""  # "option", "date line", ...
    document_period: PeriodMention | None = None
    sentence_periods: dict[int, PeriodMention] = field(default_factory=dict)

    @property
    def report_year(self) -> int | None:
        if self.report_date:
            return self.report_date.year
        return self.document_period.year if self.document_period else None

    def period_of_sentence(self, index: int) -> PeriodMention | None:
        return self.sentence_periods.get(index, self.document_period)
