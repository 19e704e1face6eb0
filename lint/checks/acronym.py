"""S005 acronym: an acronym used before its definition, or defined twice differently.

What it catches: "MTTQ" used in the text before "Mặt trận Tổ quốc (MTTQ)" defines it (reported
at the first use, with the number of early uses); a second definition whose expansion
differs from the first ("Hợp tác xã (HTX)" and later "Hỗ trợ tư vấn xã (HTX)"). A definition
is an acronym in parentheses right after the words whose initials spell it, or "(gọi tắt
là …)", "(viết tắt là …)".

Why it matters: a reader meets the short form before learning what it stands for, or finds
one short form standing for two things.

Standard acronyms every reader knows (UBND, HĐND, THPT, GDP, …) are listed in rule data and
never reported. Acronyms that are never defined are not reported either.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from lint.checks import CheckInput, check
from lint.findings import Evidence, Hit, Num
from lint.mentions import AcronymMention
from lint.ruledata import load_data


@lru_cache(maxsize=1)
def _standard() -> frozenset[str]:
    acronyms = load_data("wording")["standard_acronyms"]
    return frozenset(unicodedata.normalize("NFC", str(a)) for a in acronyms)


def _used_before(acronym: str, mentions: list[AcronymMention]) -> Iterator[Hit]:
    definition = next(m for m in mentions if m.definition)
    early = [m for m in mentions if not m.definition and m.span.start < definition.span.start]
    if not early:
        return
    expansion = definition.expansion or acronym
    yield Hit(
        span=early[0].span,
        args={
            "acronym": acronym,
            "problem": {
                "vi": f'được dùng trước khi định nghĩa ("{expansion} ({acronym})")',
                "en": f'is used before its definition ("{expansion} ({acronym})")',
            },
            "detail": {
                "vi": f"{len(early)} lần dùng trước định nghĩa",
                "en": f"{len(early)} use{'s' if len(early) > 1 else ''} before the definition",
            },
            "count": Num(len(early)),
        },
        evidence=[Evidence(early[0].span, "first use"), Evidence(definition.span, "definition")],
    )


def _defined_differently(acronym: str, mentions: list[AcronymMention]) -> Iterator[Hit]:
    definitions = [m for m in mentions if m.definition and m.expansion_key]
    if not definitions:
        return
    first = definitions[0]
    for later in definitions[1:]:
        if later.expansion_key == first.expansion_key:
            continue
        yield Hit(
            span=later.span,
            args={
                "acronym": acronym,
                "problem": {
                    "vi": f'được định nghĩa hai lần khác nhau: "{first.expansion}" và '
                    f'"{later.expansion}"',
                    "en": f'is defined twice differently: "{first.expansion}" and '
                    f'"{later.expansion}"',
                },
                "detail": {
                    "vi": f'"{first.expansion}" ≠ "{later.expansion}"',
                    "en": f'"{first.expansion}" ≠ "{later.expansion}"',
                },
            },
            evidence=[Evidence(first.span, "first definition"), Evidence(later.span, "definition")],
        )


@check("acronym")
def acronym(inputs: CheckInput) -> Iterator[Hit]:
    groups: dict[str, list[AcronymMention]] = defaultdict(list)
    for mention in inputs.mentions.acronyms:
        name = unicodedata.normalize("NFC", mention.acronym)
        if name not in _standard():
            groups[name].append(mention)
    for name, mentions in groups.items():
        if any(m.definition for m in mentions):
            yield from _used_before(name, mentions)
            yield from _defined_differently(name, mentions)
