"""Linking a total to the parts listed after it ("Tổng thu 6.500 tỷ đồng, trong đó: nông
nghiệp 1.000, công nghiệp – xây dựng 4.200, dịch vụ 1.100 tỷ đồng") and shares listed as a
structure ("cơ cấu kinh tế: nông nghiệp 25,3%, công nghiệp – xây dựng 40,2%, ...").

The total is the nearest figure with a unit before the marker; each clause after the marker
gives at most one part (a clause with two candidate figures makes the whole breakdown
ambiguous, and no claim is built). Figures that are changes ("tăng 50 tỷ đồng"), plan
values or parenthesised remarks are never parts. A nested "trong đó" ends the list, which is
then not exhaustive. Parts may follow as list items when the marker ends its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from lint.claims import Component, StructureClaim, TotalClaim
from lint.document import Document, Sentence, Span
from lint.intervals import total as interval_total
from lint.linking.clauses import (
    NumberIndex,
    clauses,
    first_top_level,
    in_parentheses,
    relation_objects,
    split_at_conjunction,
)
from lint.mentions import Mentions, NumberMention, RelationMention, Unit
from lint.ruledata import alternation, load_data
from lint.units import conversion_factor

_MARKER_KINDS = {"in_which", "including"}
_NOT_PARTS = {"change", "plan_value"}
_RATE_KINDS = {"change", "ratio", "plan", "points", "times", "average_rate"}
_LABEL_NOISE = re.compile(r"^[\s\-+*•–:]+|[\s:,]+$")
_DASHES = re.compile(r"\s*[-–—]\s*")
_SPACES = re.compile(r"\s+")
_CUMULATIVE = re.compile(r"(?<!\w)(?:trở lên|trở xuống)(?!\w)")
_COUNTED = re.compile(r"(?:tổng )?số (?P<things>.+)")  # "số doanh nghiệp thành lập mới"
_COUNT_SUBJECT = re.compile(r"\s*(?:tổng\s+)?số\s", re.IGNORECASE)
_THE_THINGS = re.compile(r"(?:các|những) (?P<unit>.+?)(?: việc| này| trên| đó)?")
_NAMED_TOTAL_REACH = 8  # sentences back to look for the figure a breakdown names
_SUM_GAP = re.compile(r"[\s:]*(?:là\s*|đạt\s*)?")


class _Partition(NamedTuple):
    name: dict[str, str]
    members: tuple[re.Pattern[str], ...]  # one pattern per member, matching any alias
    required: int  # the first ``required`` members must all be present
    unless_total_says: tuple[str, ...]


class _Ambiguous(Exception):
    """A clause with two candidate parts: the breakdown cannot be read with confidence."""


def _aliases(aliases: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(normalise(a) for a in aliases)})(?!\w)")


@lru_cache(maxsize=1)
def _nesting() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """(parent, children) patterns of parts that contain other parts."""
    return tuple(
        (_aliases(item["parent"]), _aliases(item["children"]))
        for item in load_data("totals").get("nested_parts", [])
    )


def drop_nested(parts: list[Component]) -> list[Component]:
    """The parts without those that another listed part contains ("thu tiền sử dụng đất"
    beside "thu nội địa")."""
    kept = parts
    for parent, children in _nesting():
        if any(parent.search(p.label) for p in kept):
            kept = [p for p in kept if parent.search(p.label) or not children.search(p.label)]
    return kept


@lru_cache(maxsize=1)
def _exhaustive_markers() -> frozenset[str]:
    return frozenset(normalise(m) for m in load_data("totals")["exhaustive_markers"])


@lru_cache(maxsize=1)
def _partitions() -> tuple[_Partition, ...]:
    """The known partitions, compiled the first time a list of parts is matched."""
    return tuple(
        _Partition(
            name=dict(p["name"]),
            members=tuple(_aliases(m) for m in [*p["members"], *p.get("optional", [])]),
            required=len(p["members"]),
            unless_total_says=tuple(normalise(w) for w in p.get("unless_total_says", [])),
        )
        for p in load_data("totals")["partitions"]
    )


@lru_cache(maxsize=1)
def _traits() -> re.Pattern[str]:
    return _aliases(load_data("totals")["overlapping_traits"])


def _names_trait(label: str) -> bool:
    """Whether a part names a trait of people that other traits overlap ("nữ")."""
    return _traits().search(label) is not None


def _adds_up(parts: list[Component], whole: NumberMention) -> bool:
    """Whether ``parts`` can add up to ``whole`` within their printed precision."""
    return interval_total(p.number.interval.scale(p.factor) for p in parts).meets(whole.interval)


def _is_title(item: str) -> bool:
    """A numbered line that is no sentence: "2. Kết quả thực hiện năm 2023"."""
    item = item.rstrip()
    return _item_style(item) == "number" and len(item) <= 100 and item[-1:] not in ".;:!?"


def _item_style(item: str) -> str:
    """How a list item is marked: "number" ("3.", "a)"), "sub" ("+") or "bullet" (any dash,
    "•", "*": Word turns one into another)."""
    first = item.lstrip()[:1]
    if first.isalnum():
        return "number"
    return "sub" if first == "+" else "bullet"


def normalise(label: str) -> str:
    label = label.lower().replace("uỷ", "ủy").replace("thuỷ", "thủy")
    return _SPACES.sub(" ", _DASHES.sub(" - ", label)).strip()


def compatible_factor(part: Unit | None, whole: Unit | None) -> float | None:
    """Factor turning a part's unit into the whole's, or None when they do not add up."""
    if part is None or whole is None:
        return None
    if part.kind == whole.kind == "count" and part.key != whole.key:
        shorter, longer = sorted((part.key, whole.key), key=len)
        return 1.0 if longer.startswith(shorter + " ") else None
    return conversion_factor(part, whole)


def _member_of(label: str, partition: _Partition) -> int:
    """The one member the label names, or -1 (none, or more than one). A name inside a
    longer one gives way to it: "không hoàn thành nhiệm vụ" is not "hoàn thành nhiệm vụ"."""
    found = [(i, m) for i, p in enumerate(partition.members) if (m := p.search(label))]
    kept = [
        i
        for i, m in found
        if not any(o.start() <= m.start() and m.end() <= o.end() and o != m for _, o in found)
    ]
    return kept[0] if len(kept) == 1 else -1


def match_partition(labels: list[str], total_label: str) -> _Partition | None:
    """The known partition whose members the labels are, each exactly once."""
    for partition in _partitions():
        found = [_member_of(label, partition) for label in labels]
        if -1 in found or len(set(found)) != len(found):
            continue
        if not set(range(partition.required)) <= set(found):
            continue
        says_optional = any(w in total_label for w in partition.unless_total_says)
        optional_present = any(i >= partition.required for i in found)
        if says_optional and len(partition.members) > partition.required and not optional_present:
            continue
        return partition
    return None


def _list_end(text: str, rest: Span, figures: list[NumberMention]) -> int:
    """Where a list after its marker ends. When its first two item figures are not
    separated by a top-level ";" ("gồm 9.427 đảng viên chính thức và 418 đảng viên dự bị;
    đảng viên nữ có 3.548 …"), a ";" starts a new statement and ends the list; when they are
    (items separated by ";", which may hold commas: "nông, lâm nghiệp và thủy sản 15.362 tỷ
    đồng; công nghiệp …", "7 tổ chức, chiếm 13,5%; …"), the list runs to the sentence end,
    unless the second item opens with "số" and the first does not: "trong đó … 18.162 hồ sơ;
    số hồ sơ đang giải quyết 221 hồ sơ" states another count."""
    if len(figures) < 2:
        return rest.end
    between = Span(figures[0].span.end, figures[1].span.start)
    cut = first_top_level(text, between, ";")
    if cut is not None:
        opens_count = _COUNT_SUBJECT.match(text, cut + 1)
        if opens_count and not _COUNT_SUBJECT.match(text, rest.start):
            return cut  # "…; số hồ sơ đang giải quyết 221 hồ sơ": a new statement
        return rest.end
    return first_top_level(text, rest, ";") or rest.end


class _Linker:
    def __init__(self, document: Document, mentions: Mentions) -> None:
        self.document = document
        self.text = document.text
        self.mentions = mentions
        self.index = NumberIndex(mentions.numbers)
        self.excluded = relation_objects(mentions, _NOT_PARTS)
        self.said_shares = relation_objects(mentions, {"share"})
        self.rates = relation_objects(mentions, _RATE_KINDS)
        self.markers = [r for r in mentions.relations if r.kind in _MARKER_KINDS]
        self.colons = [r for r in mentions.relations if r.kind == "list_colon"]

    def _eligible(self, index: int, number: NumberMention, sentence: Span) -> bool:
        """A figure that can be a total or a part: measured, not a change or a plan, not in
        parentheses, and read one way only ("1,245" may be 1.245 or 1,245)."""
        return (
            index not in self.excluded
            and number.kind in ("number", "range")
            and number.unit is not None
            and not number.ambiguous
            and not in_parentheses(self.text, number.span, sentence)
        )

    def _total_before(self, marker: RelationMention, sentence: Span) -> NumberMention | None:
        """The nearest figure before the marker, unless a new item starts between them: in
        "…; chi sự nghiệp kinh tế, trong đó …" the marker belongs to "chi sự nghiệp kinh
        tế", not to the figure before the ";"."""
        candidates = [
            n
            for i, n in self.index.within(Span(sentence.start, marker.span.start))
            if self._eligible(i, n, sentence)
        ]
        if not candidates:
            return None
        between = self.text[candidates[-1].span.end : marker.span.start]
        if between.rpartition(";")[1] and between.rpartition(";")[2].strip(" ,:"):
            return None
        return candidates[-1]

    def _named_total(self, marker: RelationMention, sentence_index: int) -> NumberMention | None:
        """For a breakdown whose sentence names its total without a figure, the one figure
        of the sentences just before that the name fits: labelled with exactly that name
        ("- Thu ngân sách trên địa bàn: 5.126,8 triệu đồng;" before "Thu ngân sách trên địa
        bàn bao gồm: …"), or counting what "số …" names ("có 612 doanh nghiệp thành lập
        mới, …" before "Phân theo loại hình, số doanh nghiệp thành lập mới gồm: …"); else,
        for "Các vụ việc gồm: …", the count of those things just before."""
        sentence = self.document.sentences[sentence_index].span
        if any(True for _ in self.index.within(Span(sentence.start, marker.span.start))):
            return None
        name = normalise(_LABEL_NOISE.sub("", self.text[sentence.start : marker.span.start]))
        counted = _COUNTED.fullmatch(name.rpartition(", ")[2])
        if len(name.split()) < 2:
            return None
        earlier = self._same_section(sentence_index)
        found = [
            number
            for other in earlier
            for label_start, clause in self._label_clauses(other.span)
            for index, number in self.index.within(clause)
            if self._eligible(index, number, other.span)
            and not number.is_percent
            and (
                normalise(_LABEL_NOISE.sub("", self.text[label_start : number.span.start])) == name
                or (counted is not None and self._counts(number, clause) == counted["things"])
            )
        ]
        if len(found) == 1:
            return found[0]
        return self._previous_count(name, sentence_index) if not found else None

    def _subset_of_whole(
        self,
        total: NumberMention,
        parts: list[Component],
        earlier: list[TotalClaim],
        sentence: Span,
    ) -> bool:
        """Whether a "trong đó" after a list of its sentence, with parts above the list's last
        part, is about the whole: "46 chi bộ, trong đó 32 …, 14 …; trong đó 40 chi bộ có …"."""
        listed = any(
            total is c.number
            for claim in earlier
            if sentence.start <= claim.marker.span.start < sentence.end
            for c in claim.components
        )
        return (
            listed
            and not _adds_up(parts, total)
            and sum(p.number.value * p.factor for p in parts) > total.value
        )

    def _same_section(self, sentence_index: int) -> list[Sentence]:
        """The sentences just before ``sentence_index`` (at most ``_NAMED_TOTAL_REACH``), not
        across a heading or a numbered title ("2. Kết quả thực hiện năm 2023")."""
        sentences = self.document.sentences
        earlier: list[Sentence] = []
        for other in reversed(
            sentences[max(0, sentence_index - _NAMED_TOTAL_REACH) : sentence_index]
        ):
            block = self.document.blocks[other.block]
            if block.kind == "heading" or _is_title(block.span.slice(self.text)):
                break
            earlier.insert(0, other)
        return earlier

    def _previous_count(self, name: str, sentence_index: int) -> NumberMention | None:
        """For "Các vụ việc gồm: …" (the things themselves, with no other word), the one count
        of those things in the sentence just before: "… xảy ra 52 vụ phạm pháp hình sự, giảm
        6 vụ …" (a change is no count of them)."""
        things = _THE_THINGS.fullmatch(name)
        if things is None or sentence_index == 0:
            return None
        previous = self.document.sentences[sentence_index - 1].span
        counts = [
            number
            for index, number in self.index.within(previous)
            if self._eligible(index, number, previous)
            and number.unit is not None
            and number.unit.kind == "count"
            and number.unit.key == things["unit"]
        ]
        return counts[0] if len(counts) == 1 else None

    def _counts(self, number: NumberMention, clause: Span) -> str:
        """What a count counts: its unit and the words after it in its clause ("612 doanh
        nghiệp thành lập mới" counts "doanh nghiệp thành lập mới")."""
        if number.unit is None or number.unit.kind != "count":
            return ""
        return normalise(_LABEL_NOISE.sub("", self.text[number.unit.span.start : clause.end]))

    def _label_clauses(self, sentence: Span) -> Iterator[tuple[int, Span]]:
        """The clauses of a sentence, each with where its figures' label starts: a clause
        right after a colon takes its label from the clause before ("Thu …: 5.126,8")."""
        pieces = clauses(self.text, sentence)
        for position, clause in enumerate(pieces):
            after_colon = position > 0 and self.text[clause.start - 1] == ":"
            yield (pieces[position - 1].start if after_colon else clause.start), clause

    def _total_after(self, marker: RelationMention, sentence: Span) -> NumberMention | None:
        """The figure right after "tổng cộng"."""
        for index, number in self.index.within(Span(marker.span.end, sentence.end)):
            gap = self.text[marker.span.end : number.span.start]
            if self._eligible(index, number, sentence) and _SUM_GAP.fullmatch(gap):
                return number
            break
        return None

    def _sum_after_claim(self, marker: RelationMention) -> TotalClaim | None:
        """ "nông nghiệp 462 tỷ đồng; …; dịch vụ 325 tỷ đồng, tổng cộng 1.285 tỷ đồng": the
        parts before the marker (after a ":" if there is one) add up to the total after.
        After "tổng số" only when the parts are a known partition ("42 … hoàn thành xuất
        sắc nhiệm vụ, …, 3 … không hoàn thành nhiệm vụ; tổng số 175 tổ chức")."""
        sentence = self.document.sentence_at(marker.span.start)
        if sentence is None:
            return None
        total = self._total_after(marker, sentence.span)
        if total is None:
            return None
        colon = self.text.rfind(":", sentence.span.start, marker.span.start)
        region = Span(colon + 1 if colon != -1 else sentence.span.start, marker.span.start)
        try:
            parts = drop_nested(self._parts([region], total))
        except _Ambiguous:
            return None
        if len(parts) < 2:
            return None
        exhaustive = not self._unmeasured([region], total)
        partition = match_partition([p.label for p in parts], "")
        if marker.kind == "sum_after_partition" and (partition is None or not exhaustive):
            return None  # "tổng số" also opens a stock of something else
        return TotalClaim(
            total=total,
            marker=marker,
            components=tuple(parts),
            exhaustive=exhaustive,
            partition=partition.name if partition else None,
        )

    def _regions(self, marker: RelationMention, sentence_index: int) -> tuple[list[Span], bool]:
        """Spans holding the parts and whether a nested marker cut the list short."""
        sentence = self.document.sentences[sentence_index].span
        rest = Span(marker.span.end, sentence.end)
        if self.text[rest.start : rest.end].strip(" :\t\n") == "":
            return self._list_items_after(sentence_index), False
        items = [n for i, n in self.index.within(rest) if self._eligible(i, n, rest)]
        rest = Span(rest.start, _list_end(self.text, rest, items))
        nested = [m for m in self.markers if rest.start <= m.span.start < rest.end]
        if nested:
            return [Span(rest.start, nested[0].span.start)], True
        return [rest], False

    def _list_items_after(self, sentence_index: int) -> list[Span]:
        """The list items after a marker that ends its sentence ("…, gồm:"), each up to a
        marker of its own ("1.947,3 tỷ đồng, bao gồm vốn trong nước …"): that item's own
        breakdown is not a part of the list's total."""
        block_index = self.document.sentences[sentence_index].block
        spans: list[Span] = []
        style = None
        for block in self.document.blocks[block_index + 1 :]:
            if block.kind != "list_item":
                break
            item_style = _item_style(block.span.slice(self.text))
            if style is not None and item_style == "sub" != style:
                continue  # "+ …" under a "- …" item breaks that item down
            if style is not None and item_style != style:
                break  # "3. Kết quả …" after "- …" items opens another section
            style = item_style
            inner = [m.span.start for m in self.markers if block.span.covers(m.span)]
            spans.append(Span(block.span.start, min(inner, default=block.span.end)))
        return spans

    def _parts(self, regions: list[Span], total: NumberMention) -> list[Component]:
        parts = []
        for region in regions:
            for clause in clauses(self.text, region):
                pieces = [clause]
                if len(self._figures(clause, total)) > 1:
                    pieces = split_at_conjunction(self.text, clause)
                parts.extend(p for p in (self._clause_part(c, total) for c in pieces) if p)
        return parts

    def _unmeasured(self, regions: list[Span], total: NumberMention) -> bool:
        """True when a clause of the list gives a figure only in a unit that does not add to
        the total's, or in no unit known ("…gồm 98 xã, 18 phường và 9 thị trấn" under "125
        xã", "Quỹ tín dụng nhân dân: 52 quỹ" among HTX): that part is listed but cannot be
        counted, so the listed parts cannot be summed completely."""
        for region in regions:
            for clause in clauses(self.text, region):
                for piece in split_at_conjunction(self.text, clause):
                    listed = [
                        n
                        for i, n in self.index.within(piece)
                        if i not in self.excluded
                        and n.kind in ("number", "range")
                        and not in_parentheses(self.text, n.span, piece)
                    ]
                    if listed and not self._figures(piece, total):
                        return True
        return False

    def _first_listed_fits(self, regions: list[Span], total: NumberMention, lead: Span) -> bool:
        """False when the first figure listed after the marker cannot be a part of ``total``
        but can of another figure before the marker ("98/124 xã …, đạt đủ 19 tiêu chí
        (79,0%), trong đó 36 xã …"): the marker breaks down that other figure."""
        first = next(
            (
                number
                for region in regions
                for index, number in self.index.within(region)
                if self._eligible(index, number, region) and not number.is_percent
            ),
            None,
        )
        if first is None or compatible_factor(first.unit, total.unit) is not None:
            return True
        return not any(
            compatible_factor(first.unit, other.unit) is not None
            for _, other in self.index.within(lead)
            if other is not total and other.unit is not None
        )

    def _figures(self, clause: Span, total: NumberMention) -> list[tuple[NumberMention, float]]:
        figures = []
        for index, number in self.index.within(clause):
            if self._eligible(index, number, clause):
                factor = compatible_factor(number.unit, total.unit)
                if factor is not None:
                    figures.append((number, factor))
        return figures

    def _clause_part(self, clause: Span, total: NumberMention) -> Component | None:
        figures = self._figures(clause, total)
        if not figures:
            return None
        if len(figures) > 1:
            raise _Ambiguous
        number, factor = figures[0]
        shares = [(i, n) for i, n in self.index.within(clause) if n.is_percent]
        share = None
        if len(shares) == 1 and self._is_share(*shares[0], number, factor, total):
            share = shares[0][1]
        return Component(number, factor, self._label(clause, number), share)

    def _is_share(
        self,
        index: int,
        percent: NumberMention,
        part: NumberMention,
        factor: float,
        total: NumberMention,
    ) -> bool:
        """Whether the percentage beside a part is its share of the total: said so ("chiếm
        64%"), or bare and what part ÷ total gives. A bare one that is not may be another
        rate ("1.298,2 tỷ đồng (80,5%)": disbursed of its own plan)."""
        if index in self.said_shares:
            return True
        if total.interval.lo <= 0:
            return False
        ratio = (part.interval.scale(factor) / total.interval).scale(100)
        return ratio.meets(percent.interval)

    def _label(self, clause: Span, number: NumberMention) -> str:
        """The words before the figure, or after it when none come before ("42 tổ chức
        hoàn thành xuất sắc nhiệm vụ")."""
        before = normalise(_LABEL_NOISE.sub("", self.text[clause.start : number.span.start]))
        if before:
            return before
        after = number.unit.span.end if number.unit else number.span.end
        return normalise(_LABEL_NOISE.sub("", self.text[after : clause.end]))

    def total_claims(self) -> list[TotalClaim]:
        markers_exhaustive = _exhaustive_markers()
        claims = [
            claim
            for marker in self.mentions.relations
            if marker.kind in ("sum_after", "sum_after_partition")
            and (claim := self._sum_after_claim(marker))
        ]
        for marker in self.markers:
            sentence_index = self.document.sentence_index(marker.span.start)
            if sentence_index is None:
                continue
            sentence = self.document.sentences[sentence_index].span
            total = self._total_before(marker, sentence) or self._named_total(
                marker, sentence_index
            )
            if total is None:
                continue
            regions, nested = self._regions(marker, sentence_index)
            if not self._first_listed_fits(regions, total, Span(sentence.start, marker.span.start)):
                continue
            try:
                listed = self._parts(regions, total)
            except _Ambiguous:
                continue
            parts = drop_nested(listed)
            if not parts or sum(1 for part in parts if _names_trait(part.label)) >= 2:
                continue
            if any(_CUMULATIVE.search(part.label) for part in parts):
                continue  # "315 tổ chức hoàn thành tốt nhiệm vụ trở lên" holds other parts
            if marker.kind == "in_which" and self._subset_of_whole(total, parts, claims, sentence):
                continue
            total_label = normalise(self.text[sentence.start : total.span.start])
            partition = match_partition([p.label for p in parts], total_label)
            exhaustive = (
                not nested
                and (normalise(marker.text) in markers_exhaustive or partition is not None)
                and not self._unmeasured(regions, total)
                and not (len(parts) < len(listed) and _adds_up(listed, total))
            )  # "thu nội địa 500; thu từ đất 300" of 800 lists the land revenue beside it
            claims.append(
                TotalClaim(
                    total=total,
                    marker=marker,
                    components=tuple(parts),
                    exhaustive=exhaustive,
                    partition=partition.name if partition else None,
                )
            )
        claims.extend(c for colon in self.colons if (c := self._colon_claim(colon)))
        return claims

    def _colon_claim(self, colon: RelationMention) -> TotalClaim | None:
        """A total before a colon and the members of a known partition after it: "Đối với 52
        tổ chức cơ sở đảng: hoàn thành xuất sắc nhiệm vụ 7 tổ chức, …". A colon right after
        "trong đó" or "gồm" belongs to that marker's claim."""
        sentence_index = self.document.sentence_index(colon.span.start)
        if sentence_index is None:
            return None
        sentence = self.document.sentences[sentence_index].span
        total = self._total_before(colon, sentence)
        if total is None or any(
            total.span.end <= m.span.start < colon.span.start for m in self.markers
        ):
            return None
        regions, nested = self._regions(colon, sentence_index)
        try:
            parts = drop_nested(self._parts(regions, total))
        except _Ambiguous:
            return None
        total_label = normalise(self.text[sentence.start : total.span.start])
        partition = match_partition([p.label for p in parts], total_label) if parts else None
        if partition is None or nested or self._unmeasured(regions, total):
            return None
        return TotalClaim(total, colon, tuple(parts), True, partition.name)

    def structure_claims(self) -> list[StructureClaim]:
        claims = []
        with_marker: set[int] = set()
        for marker in self.mentions.relations:
            if marker.kind != "structure":
                continue
            sentence = self.document.sentence_at(marker.span.start)
            if sentence is None:
                continue
            with_marker.add(sentence.span.start)
            shares = self._structure_shares(Span(marker.span.end, sentence.span.end))
            if shares and len(shares) >= 2:
                partition = match_partition([s.label for s in shares], "")
                claims.append(
                    StructureClaim(
                        tuple(shares), partition is not None, partition.name if partition else None
                    )
                )
        claims.extend(self._partition_share_claims(with_marker))
        return claims

    def _partition_share_claims(self, skipped: set[int]) -> list[StructureClaim]:
        """Shares said with "chiếm" of the members of a known partition, without "cơ cấu":
        "khu vực dịch vụ chiếm 58,3%; công nghiệp - xây dựng chiếm 37,9%; nông, lâm nghiệp và
        thủy sản chiếm 3,8% tổng vốn đăng ký". The members exclude each other, so their
        shares of one whole cannot pass 100%; a member left unsaid may make them fall short,
        so these are never complete."""
        said = relation_objects(self.mentions, {"share"})
        firsts: dict[Span, int] = {}  # sentence -> where its first "chiếm" is
        for relation in self.mentions.relations:
            if relation.kind == "share":
                sentence = self.document.sentence_at(relation.span.start)
                if sentence is not None and sentence.span.start not in skipped:
                    firsts.setdefault(sentence.span, relation.span.start)
        claims = []
        for sentence_span, first in firsts.items():
            start = next(c.start for c in clauses(self.text, sentence_span) if c.end > first)
            region = Span(start, sentence_span.end)
            shares = self._structure_shares(region)
            if not shares or len(shares) < 2 or not self._plain_shares(shares, said, region):
                continue
            partition = match_partition([share.label for share in shares], "")
            if partition is not None:
                claims.append(StructureClaim(tuple(shares), False, partition.name))
        return claims

    def _plain_shares(self, shares: list[Component], said: set[int], region: Span) -> bool:
        """Whether the percentages are shares of one whole: one is said to be ("chiếm"), and
        at most one whole is named after them."""
        indexes = {n.span.start: i for i, n in self.index.within(region)}
        if not any(indexes.get(s.number.span.start) in said for s in shares):
            return False
        wholes = {
            normalise(self.text[s.number.span.end : clause.end])
            for s in shares
            for clause in clauses(self.text, region)
            if clause.start <= s.number.span.start < clause.end
        }
        return len(wholes - {""}) <= 1

    def _structure_shares(self, region: Span) -> list[Component] | None:
        """The share of each clause of ``region``; percentages that are changes, plans or
        other rates ("tăng 7,42%, đạt 100,3% kế hoạch") are no shares."""
        shares = []
        for clause in clauses(self.text, region):
            percents = [
                n for i, n in self.index.within(clause) if n.is_percent and i not in self.rates
            ]
            if len(percents) > 1:
                return None
            if percents:
                shares.append(
                    Component(percents[0], 1.0, self._label(clause, percents[0]), percents[0])
                )
        return shares


def link_totals(document: Document, mentions: Mentions) -> list[TotalClaim]:
    return _Linker(document, mentions).total_claims()


def link_structures(document: Document, mentions: Mentions) -> list[StructureClaim]:
    return _Linker(document, mentions).structure_claims()
