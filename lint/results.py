"""What ``reportlint check`` does with the findings once the files are linted: apply fixes
(``--fix``, ``--unsafe-fixes``, ``--diff``), filter them through a baseline (``--baseline``,
``--update-baseline``), and print them as statistics or in a CI format (lint/formats/).
The command line (lint/cli.py) calls these in that order.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lint.config import ConfigError
from lint.findings import Finding
from lint.formats import FORMATS
from lint.output import FileReport
from lint.records import Record

if TYPE_CHECKING:
    from lint.cli import Checker, Target
    from lint.rulepack import Rule


def add_options(check: argparse.ArgumentParser) -> None:
    """The options of ``check`` that this module implements."""
    check.add_argument(
        "--statistics",
        action="store_true",
        help="print the number of findings per rule instead of the findings",
    )
    check.add_argument("--fix", action="store_true", help="apply the safe fixes to the files")
    check.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="with --fix or --diff, apply the unsafe fixes (suggestions) too",
    )
    check.add_argument(
        "--diff",
        action="store_true",
        help="print what --fix would change, as a unified diff; write nothing",
    )
    check.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="report only findings not recorded in FILE (written if missing)",
    )
    check.add_argument(
        "--update-baseline",
        action="store_true",
        help="rewrite the --baseline FILE with the current findings",
    )
    check.add_argument("--report-unused-suppressions", action="store_true",
                       help="report directives that suppress nothing (RL100)")  # fmt: skip


def check_usage(args: argparse.Namespace) -> None:
    if args.update_baseline and args.baseline is None:
        raise ConfigError("--update-baseline needs --baseline FILE")


def _note(message: str) -> None:
    print(f"reportlint: note: {message}", file=sys.stderr)


def _error(message: str) -> None:
    print(f"reportlint: error: {message}", file=sys.stderr)


@dataclass(repr=False)
class Outcome(Record):
    reports: list[FileReport]
    failed: bool = False  # a file could not be fixed
    changed: bool = False  # --diff: some file would change


class _LintCrashed(Exception):
    """Linting a fixed text failed (the checker has printed the error)."""


def _fixable(report: FileReport, target: Target | None) -> bool:
    if not any(finding.fix for finding in report.findings):
        return False
    if target is None or target.from_stdin:
        _note(f"{report.document.path}: standard input is not fixed")
        return False
    if report.document.origins is not None:
        _note(f"{report.document.path}: Word documents are not fixed")
        return False
    return True


def _fix_one(
    args: argparse.Namespace, checker: Checker, target: Target, report: FileReport
) -> tuple[FileReport, bool, bool]:
    """The report after fixing one file, whether that failed, and whether it changed."""
    from lint.fixes import encoded_like, fix_text, split_encoding, unified_diff, write_atomically

    latest = report

    def relint(text: str) -> list[Finding]:
        nonlocal latest
        fresh = checker.check(target, text)
        if fresh is None:
            raise _LintCrashed
        latest = fresh
        return fresh.findings

    try:
        original = target.path.read_bytes()
        bom, encoding = split_encoding(original)
        if original[len(bom) :].decode(encoding) != report.document.source:
            _error(f"{target.display}: changed while being checked; not fixed")
            return report, True, False
        fixed = fix_text(report.document.source, report.findings, relint, args.unsafe_fixes)
    except (OSError, UnicodeDecodeError, _LintCrashed):
        _error(f"{target.display}: cannot be fixed")
        return report, True, False
    if fixed.text == report.document.source:
        return latest, False, False
    if args.diff:
        sys.stdout.write(unified_diff(target.display, report.document.source, fixed.text))
        return report, False, True
    try:
        write_atomically(target.path, encoded_like(original, fixed.text))
    except OSError as error:
        _error(f"{target.display}: cannot write the fixed file ({error.strerror or error})")
        return report, True, False
    _note(f"{target.display}: applied {fixed.applied} fix(es)")
    return latest, False, True


def apply_fixes(
    args: argparse.Namespace, checker: Checker, targets: list[Target], reports: list[FileReport]
) -> Outcome:
    """With --fix or --diff: fix each text file (or show the diff); the reports after it."""
    if not (args.fix or args.diff):
        return Outcome(reports)
    by_name = {target.display: target for target in targets}
    outcome = Outcome([])
    for report in reports:
        target = by_name.get(report.document.path)
        if not _fixable(report, target):
            outcome.reports.append(report)
            continue
        assert target is not None
        fixed, failed, changed = _fix_one(args, checker, target, report)
        outcome.reports.append(fixed)
        outcome.failed |= failed
        outcome.changed |= changed
    return outcome


def apply_baseline(args: argparse.Namespace, reports: list[FileReport]) -> list[FileReport]:
    """With --baseline: the reports without the baselined findings; a missing baseline (or
    --update-baseline) is written from today's findings, which are then all baselined."""
    from lint.baseline import new_findings, write_baseline

    if args.baseline is None:
        return reports
    if args.update_baseline or not args.baseline.exists():
        count = write_baseline(args.baseline, reports)
        _note(f"{args.baseline}: recorded {count} finding(s) in the baseline")
        return [FileReport(report.document, []) for report in reports]
    return new_findings(args.baseline, reports)


def write_output(
    args: argparse.Namespace, reports: list[FileReport], rules: Callable[[], dict[str, Rule]],
    lang: str,
) -> bool:  # fmt: skip
    """Print --statistics or a CI format; False when the format is text or json (the
    command line prints those itself). With --diff the diffs were the output."""
    if args.diff:
        return True
    if args.statistics:
        from lint.statistics import render_statistics

        sys.stdout.write(render_statistics(reports, as_json=args.format == "json"))
        return True
    if args.format in FORMATS:
        from lint.formats import renderer

        sys.stdout.write(renderer(args.format)(reports, rules(), lang))
        return True
    return False
