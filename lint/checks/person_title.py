"""P001 person-title: one named person given conflicting positions in one document.

What it catches: the same full name with a head and a deputy position of one body — "đồng
chí Nguyễn Văn An, Bí thư Huyện ủy" and later "Phó Bí thư Huyện ủy Nguyễn Văn An"; "Chủ
tịch UBND xã" against "Phó Chủ tịch Ủy ban nhân dân xã" (acronyms of bodies are read in
full). Only titles attached unambiguously to a full name count ("Bí thư Huyện ủy Nguyễn
Văn An", "Nguyễn Văn An, Bí thư Huyện ủy", "ông Nguyễn Văn An - Bí thư Huyện ủy").

Why it matters: a wrong title for a named official is an embarrassing and visible error in
an official text.

Not a conflict: a title listed in full once and shortened later ("Phó Bí thư Thường trực
Huyện ủy, Chủ tịch HĐND huyện" then "Phó Bí thư Huyện ủy"), positions of different bodies,
positions whose body is not printed, and past or acting positions ("nguyên Bí thư").
The position families live in rule data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from lint.checks import CheckInput, check
from lint.findings import Evidence, Hit
from lint.mentions import PersonTitleMention, TitleRole


def _conflict(
    earlier: PersonTitleMention, later: PersonTitleMention
) -> tuple[TitleRole, TitleRole] | None:
    for first in earlier.roles:
        for second in later.roles:
            if (
                first.body_key
                and first.body_key == second.body_key
                and first.family == second.family
                and first.rank != second.rank
            ):
                return first, second
    return None


def _hits(text: str, mentions: list[PersonTitleMention]) -> Iterator[Hit]:
    for index, later in enumerate(mentions):
        for earlier in mentions[:index]:
            conflict = _conflict(earlier, later)
            if conflict is None:
                continue
            first, second = conflict
            yield Hit(
                span=second.span,
                args={
                    "name": later.name,
                    "title": second.span.slice(text),
                    "earlier_title": first.span.slice(text),
                    "position": second.position,
                    "earlier_position": first.position,
                    "body": second.body,
                },
                evidence=[
                    Evidence(earlier.name_span, "name"),
                    Evidence(first.span, "earlier title"),
                    Evidence(later.name_span, "name"),
                    Evidence(second.span, "title"),
                ],
            )
            break


@check("person_title")
def person_title(inputs: CheckInput) -> Iterator[Hit]:
    people: dict[str, list[PersonTitleMention]] = defaultdict(list)
    for mention in inputs.mentions.person_titles:
        people[mention.name_key].append(mention)
    for mentions in people.values():
        yield from _hits(inputs.document.text, mentions)
