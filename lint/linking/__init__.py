"""Linking mentions into claims: one module per claim kind."""

from __future__ import annotations

from lint.claims import Claims
from lint.context import ReportContext
from lint.document import Document
from lint.linking.bare_figures import link_bare_figures
from lint.linking.comparisons import link_comparisons
from lint.linking.fractions import link_counts, link_fraction_percents
from lint.linking.plans import link_plans
from lint.linking.shares import link_count_shares
from lint.linking.totals import link_structures, link_totals
from lint.mentions import Mentions


def build_claims(document: Document, mentions: Mentions, context: ReportContext) -> Claims:
    return Claims(
        comparisons=link_comparisons(document, mentions, context),
        plans=link_plans(document, mentions),
        totals=link_totals(document, mentions),
        structures=link_structures(document, mentions),
        counts=link_counts(document, mentions),
        fraction_percents=link_fraction_percents(document, mentions),
        count_shares=link_count_shares(document, mentions),
        bare_figures=link_bare_figures(document, mentions),
    )
