"""Claims: mentions linked into statements a check can verify, e.g. "this figure is X% of
that plan" or "this sentence about the first half of 2022 compares with 2022"."""

from __future__ import annotations

from dataclasses import dataclass, field

from lint.mentions import NumberMention, PeriodMention, RelationMention


@dataclass(frozen=True)
class ComparisonClaim:
    """A comparison with a baseline ("so với cùng kỳ năm 2021") made in a sentence whose
    own period is ``period`` (None when unknown)."""

    sentence: int
    relation: RelationMention
    baseline_year: int
    period: PeriodMention | None
    is_target: bool  # a plan or target for a coming period ("phấn đấu", "kế hoạch")


@dataclass(frozen=True)
class PlanClaim:
    """A figure achieved, its plan's figure and the stated percentage of plan:
    "<actual>, đạt/bằng <percent> kế hoạch (<plan>)"."""

    sentence: int
    relation: RelationMention
    actual: NumberMention
    percent: NumberMention
    plan: NumberMention


@dataclass
class Claims:
    comparisons: list[ComparisonClaim] = field(default_factory=list)
    plans: list[PlanClaim] = field(default_factory=list)
