"""Linking mentions into claims: one module per claim kind."""

from __future__ import annotations

from lint.claims import Claims, TableRatioClaim, TableSumClaim
from lint.context import ReportContext
from lint.document import Document
from lint.linking.bare_figures import link_bare_figures
from lint.linking.citations import link_citations
from lint.linking.comparisons import link_comparisons
from lint.linking.durations import link_durations, link_period_reviews
from lint.linking.fractions import link_counts, link_disjoint_counts, link_fraction_percents
from lint.linking.growth import (
    link_average_bounds,
    link_average_growth,
    link_contributions,
    link_cumulatives,
    link_growth,
    link_point_changes,
    link_total_updates,
    sentence_views,
)
from lint.linking.ordinals import link_ordinals
from lint.linking.plans import link_plans
from lint.linking.shares import link_count_shares, link_stated_wholes
from lint.linking.totals import link_structures, link_totals
from lint.mentions import Mentions


def build_claims(document: Document, mentions: Mentions, context: ReportContext) -> Claims:
    counts = link_counts(document, mentions)
    views = sentence_views(document, mentions)  # shared by the growth linkers
    totals = link_totals(document, mentions)
    count_shares = link_count_shares(document, mentions)
    return Claims(
        comparisons=link_comparisons(document, mentions, context),
        plans=link_plans(document, mentions),
        totals=totals,
        structures=link_structures(document, mentions),
        tables=_table_claims(document, mentions),
        counts=counts,
        disjoint_counts=link_disjoint_counts(counts),
        fraction_percents=link_fraction_percents(document, mentions),
        count_shares=count_shares,
        stated_wholes=link_stated_wholes(document, mentions, count_shares, totals),
        bare_figures=link_bare_figures(document, mentions),
        cited_documents=link_citations(mentions),
        numbered_bodies=link_ordinals(document, mentions),
        durations=link_durations(document, mentions, context),
        period_reviews=link_period_reviews(document, mentions, context),
        growth=link_growth(document, mentions, views),
        cumulatives=link_cumulatives(document, mentions, views),
        total_updates=link_total_updates(document, mentions, context, views),
        average_bounds=link_average_bounds(document, mentions, views),
        contributions=link_contributions(document, mentions, views),
        average_growth=link_average_growth(document, mentions, context, views),
        point_changes=link_point_changes(document, mentions, views),
    )


def _table_claims(document: Document, mentions: Mentions) -> list[TableSumClaim | TableRatioClaim]:
    """The tables' claims; their linker is imported only for a document that has a table."""
    if not any(block.kind == "table_cell" for block in document.blocks):
        return []
    from lint.linking.tables import link_tables

    return link_tables(document, mentions)
