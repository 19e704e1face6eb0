"""Linking mentions into claims: one module per claim kind."""

from __future__ import annotations

from lint.claims import Claims
from lint.context import ReportContext
from lint.document import Document
from lint.linking.comparisons import link_comparisons
from lint.linking.plans import link_plans
from lint.mentions import Mentions


def build_claims(document: Document, mentions: Mentions, context: ReportContext) -> Claims:
    return Claims(
        comparisons=link_comparisons(document, mentions, context),
        plans=link_plans(document, mentions),
    )
