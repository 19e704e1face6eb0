"""Interval arithmetic: the one rounding model every numeric rule uses.

A printed figure stands for every true value that prints that way. "52,5" printed with one
decimal is any value in [52,45; 52,55] if it was rounded and [52,5; 52,6) if it was
truncated, so ``printed`` returns the union [52,45; 52,6]. Bounds are treated as closed:
a rule fires only when two intervals cannot meet at all, which errs on the side of silence.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from lint.records import Record

_SLACK = 1e-9  # relative slack for binary floating point, always in favour of silence


@dataclass(frozen=True, repr=False)
class Interval(Record):
    lo: float
    hi: float

    def __post_init__(self) -> None:
        if self.lo > self.hi:
            raise ValueError(f"empty interval [{self.lo}, {self.hi}]")

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @property
    def mid(self) -> float:
        if math.isinf(self.lo) or math.isinf(self.hi):
            return self.lo if math.isinf(self.hi) else self.hi
        return (self.lo + self.hi) / 2

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: Interval) -> Interval:
        products = [_mul(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            return Interval(-math.inf, math.inf)
        return self * Interval(1 / other.hi, 1 / other.lo)

    def scale(self, factor: float) -> Interval:
        return self * Interval.point(factor)

    def widen(self, relative: float) -> Interval:
        """Every value within ``relative`` (a fraction) of some value of the interval."""
        return Interval(self.lo - abs(self.lo) * relative, self.hi + abs(self.hi) * relative)

    def contains(self, value: float) -> bool:
        slack = _slack(value)
        return self.lo - slack <= value <= self.hi + slack

    def meets(self, other: Interval) -> bool:
        """True when some value lies in both intervals (with float slack)."""
        slack = max(_slack(self.lo), _slack(self.hi), _slack(other.lo), _slack(other.hi))
        return self.lo <= other.hi + slack and other.lo <= self.hi + slack


def _mul(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0
    return a * b


def _slack(value: float) -> float:
    return 0.0 if math.isinf(value) else abs(value) * _SLACK + 1e-12


def printed(value: float, decimals: int, scale: float = 1.0) -> Interval:
    """The values that print as ``value`` with ``decimals`` decimals, rounded or truncated
    (both readings are honest: reports sometimes truncate "2,588" to "2,58")."""
    step = 10.0 ** (-decimals)
    if value >= 0:
        lo, hi = value - step / 2, value + step
    else:
        lo, hi = value - step, value + step / 2
    if decimals == 0 and value >= 0:
        lo = max(lo, 0.0) if value > 0 else 0.0
    return Interval(lo * scale, hi * scale)


def total(intervals: Iterable[Interval]) -> Interval:
    result = Interval.point(0.0)
    for interval in intervals:
        result = result + interval
    return result
