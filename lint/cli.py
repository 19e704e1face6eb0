"""The command line: ``reportlint check``, ``rules``, ``explain`` and ``--version``.

Exit codes of ``check``: 0 when nothing at or above the severity threshold was found, 1
when something was, 2 for a usage or configuration error or any input that could not be
read (the other inputs are still checked and reported).

Word documents (.docx) are read by lint/docx.py; ``--annotate`` writes copies of them with a
comment on each finding (lint/annotate.py): to the named .docx file when one Word document is
checked, otherwise into the named directory, each copy under its input's file name.

Imports stay cheap: the linting engine is imported only when there is something to check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from lint import __version__
from lint.config import (
    COMMAND_LINE,
    Config,
    ConfigError,
    ConfigFinder,
    Selection,
    Settings,
    parse_selectors,
)
from lint.formats import FORMATS
from lint.load import InputError, decode, read_text
from lint.output import FileReport, render_json, render_text
from lint.records import Record
from lint.results import add_options, apply_baseline, apply_fixes, check_usage, write_output
from lint.rulepack import UNUSED_SUPPRESSION_KIND, Example, Rule, RulePackError, load_rules

if TYPE_CHECKING:
    from lint.document import Document

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STDIN = "-"


def _error(message: str) -> None:
    print(f"reportlint: error: {message}", file=sys.stderr)


# --- arguments -----------------------------------------------------------------------------


def _selectors(value: str) -> tuple[str, ...]:
    try:
        return parse_selectors(value, "rule selector")
    except ConfigError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got '{value}'") from None


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("vi", "en"), help="message language (default: vi)")
    common.add_argument(
        "--rules", action="append", type=Path, default=[], metavar="DIR",
        help="an extra rule-pack directory (repeatable)",
    )  # fmt: skip
    sources = common.add_mutually_exclusive_group()
    sources.add_argument("--config", type=Path, metavar="FILE", help="use only this config file")
    sources.add_argument("--no-config", action="store_true", help="ignore all config files")
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reportlint",
        description="Find internal inconsistencies in drafted Vietnamese reports.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"reportlint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _common_options()

    check = commands.add_parser("check", parents=[common], help="check files or directories")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="files or directories to check; '-' reads standard input")  # fmt: skip
    check.add_argument("--stdin-filename", metavar="NAME", help="the name of standard input")
    check.add_argument("--format", choices=("text", "json", *FORMATS), default="text")
    for option, help_text in (
        ("--select", "only these rule codes or prefixes (comma-separated)"),
        ("--extend-select", "add these codes or prefixes to the selection"),
        ("--ignore", "skip these codes or prefixes"),
    ):
        check.add_argument(option, type=_selectors, action="extend", metavar="CODES",
                           help=help_text)  # fmt: skip
    check.add_argument("--severity", choices=("info", "warning", "error"),
                       help="report only findings at or above this level")  # fmt: skip
    check.add_argument("--report-date", type=_date, metavar="YYYY-MM-DD",
                       help="the report's date, when the text does not give it")  # fmt: skip
    check.add_argument("-q", "--quiet", action="store_true", help="print findings only")
    check.add_argument("--annotate", type=Path, metavar="PATH",
                       help="copy the Word documents with a comment on each finding: to PATH "
                       "(a .docx) for one document, else into the directory PATH")  # fmt: skip
    add_options(check)

    rules = commands.add_parser("rules", parents=[common], help="list the rules")
    rules.add_argument("--format", choices=("text", "json"), default="text")

    explain = commands.add_parser("explain", parents=[common], help="explain one rule")
    explain.add_argument("code", metavar="CODE", help="a rule code (T002) or name")
    return parser


def _overrides(args: argparse.Namespace) -> Config:
    """The command line as the configuration layer above every config file."""
    return Config(
        root=Path.cwd(),
        source=COMMAND_LINE,
        selection=Selection(
            select=getattr(args, "select", None),
            extend_select=(
                *(getattr(args, "extend_select", None) or ()),
                *(("RL100",) if getattr(args, "report_unused_suppressions", False) else ()),
            ),
            ignore=getattr(args, "ignore", None) or (),
        ),
        severity=getattr(args, "severity", None),
        rule_dirs=tuple(path.absolute() for path in args.rules),
        lang=args.lang,
        report_date=getattr(args, "report_date", None),
    )


@lru_cache(maxsize=16)
def _rules(directories: tuple[Path, ...]) -> dict[str, Rule]:
    return load_rules(list(directories))


# --- check ---------------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class Target(Record):
    """One input: a file, or standard input (``path`` is then the --stdin-filename)."""

    display: str
    path: Path
    from_stdin: bool = False


class Checker:
    """Checks targets, each with the settings of its own configuration file."""

    def __init__(
        self, finder: ConfigFinder, overrides: Config, report_unused: bool = False
    ) -> None:
        self.finder = finder
        self.overrides = overrides
        self.report_unused = report_unused  # whether the unused-suppression rule may run
        self._prepared: dict[int, tuple[Settings, dict[str, Rule]]] = {}

    def prepare(self, config: Config) -> tuple[Settings, dict[str, Rule]]:
        """Settings and the loaded rules for ``config``, validated once per config."""
        key = id(config)
        if key not in self._prepared:
            settings = Settings(config, self.overrides)
            rules = _rules(settings.rule_dirs)
            settings.check_selectors(rules)
            self._prepared[key] = (settings, rules)
        return self._prepared[key]

    def loaded_rules(self) -> dict[str, Rule]:
        """Every rule loaded for the files checked so far."""
        return {code: r for _, rules in self._prepared.values() for code, r in rules.items()}

    def check(self, target: Target, source: str | Document) -> FileReport | None:
        """The findings in ``source`` (a text, or a Word document already read), or None
        (after printing an error) if linting crashed."""
        from lint.engine import Options, lint_document, parse_document

        settings, rules = self.prepare(self.finder.for_file(target.path))
        selected = settings.rules_for(target.path, rules)
        if not self.report_unused:
            selected = [rule for rule in selected if rule.kind != UNUSED_SUPPRESSION_KIND]
        options = Options(lang=settings.lang, report_date=settings.report_date)
        try:
            is_text = isinstance(source, str)
            document = parse_document(target.display, source) if is_text else source
            return FileReport(document, lint_document(document, selected, options))
        except Exception as error:  # a bug must not hide the findings of the other files
            _error(f"{target.display}: internal error, please report it: {error!r}")
            return None


def _walk(directory: Path, finder: ConfigFinder) -> Iterator[Path]:
    for root, directories, files in os.walk(directory):
        here = Path(root)
        config = finder.for_directory(here)
        directories[:] = sorted(d for d in directories if not config.is_excluded(here / d))
        for name in sorted(files):
            if name.startswith("~$"):  # the lock file Word keeps beside an open document
                continue
            path = here / name
            file_config = finder.for_file(path)
            if file_config.is_included(path) and not file_config.is_excluded(path):
                yield Path(os.path.normpath(path))


def collect_targets(
    paths: list[str], finder: ConfigFinder, stdin_filename: str | None
) -> tuple[list[Target], list[str]]:
    """The files to check (directories walked, each file once) and errors for paths that
    do not exist. A file named explicitly is checked whatever its extension."""
    targets: list[Target] = []
    errors: list[str] = []
    seen: set[str] = set()
    for argument in paths:
        if argument == STDIN:
            name = stdin_filename or "<stdin>"
            targets.append(Target(name, Path(stdin_filename or "stdin"), from_stdin=True))
            continue
        path = Path(argument)
        if path.is_dir():
            files = list(_walk(path, finder))
        elif path.exists():
            files = [path]
        else:
            errors.append(f"{argument}: no such file or directory")
            continue
        for file in files:
            key = os.path.abspath(file)
            if key not in seen:
                seen.add(key)
                targets.append(Target(str(file), file))
    return targets, errors


def _is_word(target: Target) -> bool:
    return target.path.suffix.lower() == ".docx"


def _read_bytes(target: Target) -> bytes:
    if target.from_stdin:
        return sys.stdin.buffer.read()
    try:
        return target.path.read_bytes()
    except OSError as error:
        reason = error.strerror or error
        raise InputError(f"{target.display}: cannot read file ({reason})") from None


def _read(target: Target) -> str | Document:
    if _is_word(target):
        from lint.docx import read_docx

        return read_docx(_read_bytes(target), target.display)
    if target.from_stdin:
        return decode(sys.stdin.buffer.read(), target.display)
    return read_text(target.path)


def _lint_targets(checker: Checker, targets: list[Target]) -> tuple[list[FileReport], bool]:
    """Reports for the readable targets, and whether any target failed."""
    reports: list[FileReport] = []
    failed = False
    for target in targets:
        try:
            source = _read(target)
        except InputError as error:
            _error(str(error))
            failed = True
            continue
        report = checker.check(target, source)
        if report is None:
            failed = True
        else:
            reports.append(report)
    return reports, failed


def annotation_targets(destination: Path, targets: list[Target]) -> dict[str, Path]:
    """Where ``--annotate destination`` writes each Word document's annotated copy, by its
    display name: the file ``destination`` for a single document, else files named as the
    inputs in the directory ``destination``. Raises ConfigError for an impossible request."""
    documents = [target for target in targets if _is_word(target)]
    if not documents:
        raise ConfigError("--annotate: no Word document (.docx) among the inputs")
    if any(target.from_stdin for target in documents):
        raise ConfigError("--annotate: standard input cannot be annotated; name the file")
    if destination.suffix.lower() == ".docx" and not destination.is_dir():
        if len(documents) > 1:
            raise ConfigError(
                f"--annotate {destination}: {len(documents)} Word documents are checked; "
                "name a directory"
            )
        planned = {documents[0].display: destination}
    else:
        planned = {target.display: destination / target.path.name for target in documents}
        if len(set(planned.values())) < len(planned):
            raise ConfigError(
                f"--annotate {destination}: two Word documents have the same file name; "
                "check them separately"
            )
    for target in documents:
        if os.path.abspath(planned[target.display]) == os.path.abspath(target.path):
            raise ConfigError(f"--annotate: would overwrite {target.display} itself")
    return planned


def _annotate(reports: list[FileReport], planned: dict[str, Path]) -> bool:
    """Write the annotated copies; False if one could not be written (after an error)."""
    from lint.annotate import annotate

    written = True
    for report in reports:
        destination = planned.get(report.document.path)
        if destination is None:
            continue
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            data = Path(report.document.path).read_bytes()
            done = annotate(data, report.document, report.findings, destination)
        except (InputError, OSError) as error:
            _error(f"{destination}: cannot write the annotated copy ({error})")
            written = False
            continue
        if done.skipped:
            print(
                f"reportlint: note: {destination}: {done.skipped} finding(s) in headers, "
                "footers or footnotes have no comment",
                file=sys.stderr,
            )
    return written


def run_check(args: argparse.Namespace) -> int:
    overrides = _overrides(args)
    finder = ConfigFinder(args.config, use_files=not args.no_config)
    targets, errors = collect_targets(args.paths, finder, args.stdin_filename)
    for message in errors:
        _error(message)
    planned = annotation_targets(args.annotate, targets) if args.annotate else {}
    check_usage(args)
    checker = Checker(finder, overrides, args.report_unused_suppressions)
    reports, failed = _lint_targets(checker, targets)
    fixed = apply_fixes(args, checker, targets, reports)
    reports = apply_baseline(args, fixed.reports)
    if planned and not _annotate(reports, planned):
        failed = True
    lang = Settings(finder.for_directory(Path.cwd()), overrides).lang
    if write_output(args, reports, checker.loaded_rules, lang):
        pass  # statistics, a CI format, or the --diff already printed
    elif args.format == "json":
        sys.stdout.write(render_json(reports))
    else:
        colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        sys.stdout.write(render_text(reports, lang, colour, args.quiet))
    if errors or failed or fixed.failed:
        return EXIT_ERROR
    if args.diff:
        return EXIT_FINDINGS if fixed.changed else EXIT_CLEAN
    return EXIT_FINDINGS if any(report.findings for report in reports) else EXIT_CLEAN


# --- rules and explain ---------------------------------------------------------------------


def _language_and_rules(args: argparse.Namespace) -> tuple[str, dict[str, Rule]]:
    """The language and rules that apply in the current directory."""
    finder = ConfigFinder(args.config, use_files=not args.no_config)
    settings = Settings(finder.for_directory(Path.cwd()), _overrides(args))
    return settings.lang, _rules(settings.rule_dirs)


def run_rules(args: argparse.Namespace) -> int:
    lang, rules = _language_and_rules(args)
    rows = [
        {"code": r.code, "name": r.name, "severity": r.severity, "summary": r.text("summary", lang)}
        for r in rules.values()
    ]
    if args.format == "json":
        import json

        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_CLEAN
    widths = {key: max((len(row[key]) for row in rows), default=0) for key in ("code", "name")}
    for row in rows:
        print(
            f"{row['code']:<{widths['code']}}  {row['name']:<{widths['name']}}  "
            f"{row['severity']:<7}  {row['summary']}"
        )
    return EXIT_CLEAN


_HEADINGS = {
    "vi": {"message": "Thông báo", "computation": "Phép tính", "fires": "Báo lỗi với",
           "silent": "Không báo lỗi với", "at": "tại", "date": "ngày báo cáo"},
    "en": {"message": "Message", "computation": "Computation", "fires": "Fires on",
           "silent": "Stays silent on", "at": "at", "date": "report date"},
}  # fmt: skip


def _example_lines(example: Example, words: dict[str, str]) -> list[str]:
    notes = []
    if example.at:
        notes.append(f"{words['at']} “{example.at}”")
    if example.report_date:
        notes.append(f"{words['date']} {example.report_date}")
    lines = [f"  - {example.text}"]
    if notes:
        lines.append(f"    ({'; '.join(notes)})")
    return lines


def _wrap(paragraphs: str) -> str:
    import textwrap

    return "\n".join(textwrap.fill(part, width=88) for part in paragraphs.splitlines())


def describe_rule(rule: Rule, lang: str) -> str:
    """The documentation of ``rule``: summary, description, message and examples."""
    words = _HEADINGS[lang]
    lines = [f"{rule.code} {rule.name} ({rule.severity})", "", _wrap(rule.text("summary", lang))]
    if rule.text("description", lang):
        lines += ["", _wrap(rule.text("description", lang))]
    lines += ["", f"{words['message']}: {rule.text('message', lang)}"]
    if rule.text("computation", lang):
        lines.append(f"{words['computation']}: {rule.text('computation', lang)}")
    for heading, examples in ((words["fires"], rule.fires), (words["silent"], rule.silent)):
        if examples:
            lines += ["", f"{heading}:"]
            for example in examples:
                lines += _example_lines(example, words)
    return "\n".join(lines)


def run_explain(args: argparse.Namespace) -> int:
    lang, rules = _language_and_rules(args)
    wanted = args.code.strip()
    rule = rules.get(wanted.upper()) or next(
        (r for r in rules.values() if r.name == wanted.lower()), None
    )
    if rule is None:
        _error(f"unknown rule '{wanted}'; 'reportlint rules' lists the rules")
        return EXIT_ERROR
    print(describe_rule(rule, lang))
    return EXIT_CLEAN


# --- entry point ---------------------------------------------------------------------------

_COMMANDS = {"check": run_check, "rules": run_rules, "explain": run_explain}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # --help, --version and usage errors
        return int(exit_request.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return _COMMANDS[args.command](args)
    except (ConfigError, RulePackError) as error:
        _error(str(error))
        return EXIT_ERROR
    except BrokenPipeError:  # the reader went away (`reportlint check . | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
