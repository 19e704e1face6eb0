"""Grouping the citations of one legal document, however its symbol is printed.

"05/2022/TT-BTC" and "5/2022/TT-BTC", "123/QĐ-UBND" and "123/QD-UBND" are one document (see
``symbol_key``). Each citation's issuing-body words ("của Ban Chấp hành Trung ương") are
resolved through rule data to a body key and the broader bodies it falls within, so a check
can tell "Trung ương" (which covers "Bộ Chính trị") from a real change of issuer.
"""

from __future__ import annotations

from functools import lru_cache

from lint.claims import CitedDocument
from lint.extract.citations import symbol_key
from lint.mentions import CitationMention, Mentions
from lint.ruledata import load_data


@lru_cache(maxsize=1)
def _body_chains() -> dict[str, tuple[str, ...]]:
    """Printed body words → (body key, broader keys…)."""
    bodies = load_data("references")["issuing_bodies"]
    chains: dict[str, tuple[str, ...]] = {}
    for key, body in bodies.items():
        chain = [str(key)]
        while bodies[chain[-1]].get("within"):
            chain.append(str(bodies[chain[-1]]["within"]))
        for words in body["words"]:
            chains[str(words)] = tuple(chain)
    return chains


def issuer_chain(citation: CitationMention) -> tuple[str, ...]:
    if citation.body is None:
        return ()
    return _body_chains().get(citation.body, ())


def link_citations(mentions: Mentions) -> list[CitedDocument]:
    groups: dict[str, list[CitationMention]] = {}
    for citation in mentions.citations:
        groups.setdefault(symbol_key(citation), []).append(citation)
    return [
        CitedDocument(key, tuple(cited), tuple(issuer_chain(c) for c in cited))
        for key, cited in groups.items()
    ]
