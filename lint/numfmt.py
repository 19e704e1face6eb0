"""Printing numbers in messages the way each language writes them."""

from __future__ import annotations

import math


def format_number(value: float, decimals: int | None = None, lang: str = "vi") -> str:
    """``format_number(6566.25, 2)`` is "6.566,25" in Vietnamese and "6,566.25" in English.
    Without ``decimals``, up to two decimals are shown and trailing zeros dropped."""
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    places = 2 if decimals is None else decimals
    text = f"{value:,.{places}f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
