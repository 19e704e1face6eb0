"""Configuration: ``[tool.reportlint]`` in ``pyproject.toml``, or ``.reportlint.yaml`` /
``reportlint.yaml``, found by walking up from each checked file (the nearest wins, as in
ruff); ``--config FILE`` replaces discovery and ``--no-config`` turns it off.

Keys (TOML and YAML alike)::

    select = ["T", "N001"]          # codes or prefixes; default: every rule
    extend-select = ["S001"]        # added to select
    ignore = ["S"]                  # removed after select / extend-select
    severity = "warning"            # report only findings at or above this level
    severities = { S001 = "info" }  # per code or prefix; the longest prefix wins
    rules = ["rules/local"]         # extra rule-pack directories, relative to the file
    include = ["*.txt", "*.md"]     # which files a directory walk picks up
    exclude = ["drafts/**"]         # files and directories a walk skips
    lang = "en"                     # message language: vi (default) or en
    report-date = 2022-06-30        # the report's date when the text does not say
    per-file-ignores = { "annex/*.md" = ["N"] }

Globs are relative to the configuration file's directory; ``*`` and ``?`` stay inside one
path component, ``**`` spans any number of them, and a glob without ``/`` matches a file or
directory name at any depth.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from lint.findings import SEVERITY_ORDER, Severity
from lint.records import Record
from lint.rulepack import Rule

CONFIG_FILES = (".reportlint.yaml", "reportlint.yaml", "pyproject.toml")
LANGUAGES = ("vi", "en")
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.docx")
ALWAYS_EXCLUDED = frozenset(
    {".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "node_modules", "__pycache__",
     ".mypy_cache", ".pytest_cache", ".ruff_cache", ".hypothesis", "site-packages"}
)  # fmt: skip
COMMAND_LINE = "command line"
_SELECTOR = re.compile(r"[A-Z]+[0-9]*")


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the file and the key."""


@dataclass(frozen=True, repr=False)
class Selection(Record):
    """One layer of rule selection: ``select`` (if given) replaces what earlier layers
    chose, ``extend_select`` adds to it, ``ignore`` removes from it."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def apply(self, codes: set[str], every_code: Iterable[str]) -> set[str]:
        every_code = list(every_code)
        if self.select is not None:
            codes = {code for code in every_code if matches_selector(code, self.select)}
        codes |= {code for code in every_code if matches_selector(code, self.extend_select)}
        return {code for code in codes if not matches_selector(code, self.ignore)}

    def selectors(self) -> Iterator[tuple[str, str]]:
        """(option name, selector) for every selector of this layer."""
        for option, values in (
            ("select", self.select or ()),
            ("extend-select", self.extend_select),
            ("ignore", self.ignore),
        ):
            for value in values:
                yield option, value


@dataclass(frozen=True, repr=False)
class Config(Record):
    """The settings of one configuration source; None means "not set here"."""

    root: Path  # the directory that globs and rule directories are relative to
    source: str = "defaults"  # the file, "command line" or "defaults"
    selection: Selection = Selection()
    severity: Severity | None = None
    severities: dict[str, Severity] = field(default_factory=dict)
    rule_dirs: tuple[Path, ...] = ()
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    lang: str | None = None
    report_date: dt.date | None = None
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def relative(self, path: Path) -> str:
        """``path`` relative to ``root`` with ``/`` separators, for glob matching."""
        return Path(os.path.relpath(os.path.abspath(path), self.root)).as_posix()

    def is_excluded(self, path: Path) -> bool:
        if path.name in ALWAYS_EXCLUDED:
            return True
        relative = self.relative(path)
        return any(glob_matches(pattern, relative, parents=True) for pattern in self.exclude)

    def is_included(self, path: Path) -> bool:
        relative = self.relative(path)
        patterns = self.include if self.include is not None else DEFAULT_INCLUDE
        return any(glob_matches(pattern, relative, parents=False) for pattern in patterns)

    def selectors(self) -> Iterator[tuple[str, str]]:
        """(option name, selector) for every rule selector this source names."""
        yield from self.selection.selectors()
        yield from (("severities", selector) for selector in self.severities)
        for _, codes in self.per_file_ignores:
            yield from (("per-file-ignores", code) for code in codes)

    def ignored_for(self, path: Path) -> tuple[str, ...]:
        """The selectors that ``per-file-ignores`` switches off for ``path``."""
        relative = self.relative(path)
        return tuple(
            code
            for pattern, codes in self.per_file_ignores
            if glob_matches(pattern, relative, parents=True)
            for code in codes
        )


@dataclass(frozen=True, repr=False)
class Settings(Record):
    """What applies to one checked file: its configuration with the command line on top."""

    config: Config
    overrides: Config

    @property
    def lang(self) -> str:
        return self.overrides.lang or self.config.lang or "vi"

    @property
    def report_date(self) -> dt.date | None:
        return self.overrides.report_date or self.config.report_date

    @property
    def threshold(self) -> Severity:
        return self.overrides.severity or self.config.severity or "info"

    @property
    def rule_dirs(self) -> tuple[Path, ...]:
        return self.config.rule_dirs + self.overrides.rule_dirs

    def rules_for(self, path: Path, rules: dict[str, Rule]) -> list[Rule]:
        """The rules to run on ``path``: selected, not ignored for this file, with the
        configured severity, at or above the threshold."""
        codes = self.config.selection.apply(set(rules), rules)
        codes = self.overrides.selection.apply(codes, rules)
        ignored = self.config.ignored_for(path)
        severities = {**self.config.severities, **self.overrides.severities}
        chosen = []
        for code in sorted(codes):
            if matches_selector(code, ignored):
                continue
            rule = with_severity(rules[code], severities)
            if SEVERITY_ORDER[rule.severity] >= SEVERITY_ORDER[self.threshold]:
                chosen.append(rule)
        return chosen

    def check_selectors(self, rules: dict[str, Rule]) -> None:
        """Raise ``ConfigError`` for a selector that matches no rule (most likely a typo)."""
        for source in (self.config, self.overrides):
            for option, selector in source.selectors():
                if not any(code.startswith(selector) for code in rules):
                    where = f"--{option}" if source.source == COMMAND_LINE else option
                    raise ConfigError(
                        f"{source.source}: {where}: '{selector}' matches no rule "
                        f"(known codes: {', '.join(rules)})"
                    )


def matches_selector(code: str, selectors: Iterable[str]) -> bool:
    return any(code.startswith(selector) for selector in selectors)


def with_severity(rule: Rule, severities: dict[str, Severity]) -> Rule:
    matching = [selector for selector in severities if rule.code.startswith(selector)]
    if not matching:
        return rule
    return dataclasses.replace(rule, severity=severities[max(matching, key=len)])


# --- globs -------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    parts = re.split(r"(\*\*/|/\*\*$|\*\*|\*|\?)", pattern.strip("/").removeprefix("./"))
    translated = {"**/": "(?:.*/)?", "/**": "(?:/.*)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}
    return re.compile("".join(translated.get(part, re.escape(part)) for part in parts))


def glob_matches(pattern: str, relative: str, *, parents: bool) -> bool:
    """Whether ``relative`` (a ``/``-separated path) matches ``pattern``; with ``parents``
    a match of one of its parent directories counts too. A pattern without ``/`` is
    matched against names only (the file's, and its directories' with ``parents``)."""
    regex = _glob_regex(pattern)
    parts = relative.split("/")
    if "/" not in pattern.strip("/"):
        names = parts if parents else parts[-1:]
        return any(regex.fullmatch(name) for name in names)
    prefixes = range(1, len(parts) + 1) if parents else [len(parts)]
    return any(regex.fullmatch("/".join(parts[:n])) for n in prefixes)


# --- reading configuration files ---------------------------------------------------------


@lru_cache(maxsize=64)
def _read_toml_table(path: Path) -> dict[str, Any] | None:
    """The ``[tool.reportlint]`` table of a pyproject.toml, or None when it has none."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot read TOML ({error})") from None
    table = data.get("tool", {}).get("reportlint")
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.reportlint] must be a table")
    return table


def _read_yaml_mapping(path: Path) -> dict[str, Any]:
    from lint.yamlcache import read_yaml

    try:
        data = read_yaml(path)
    except Exception as error:  # any YAML or I/O error must name the file
        raise ConfigError(f"{path}: cannot read YAML ({error})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the configuration must be a mapping of keys to values")
    return data


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return tuple(value)


def parse_selectors(value: Any, where: str) -> tuple[str, ...]:
    """Codes or prefixes from a list or a comma-separated string, upper-cased."""
    if isinstance(value, str):
        value = value.split(",")
    selectors = tuple(item.strip().upper() for item in _strings(value, where) if item.strip())
    for selector in selectors:
        if not _SELECTOR.fullmatch(selector):
            raise ConfigError(f"{where}: '{selector}' is not a rule code or prefix like T002 or N")
    return selectors


def parse_severity(value: Any, where: str) -> Severity:
    if value not in SEVERITY_ORDER:
        raise ConfigError(f"{where}: severity must be one of {', '.join(SEVERITY_ORDER)}")
    return value


def parse_lang(value: Any, where: str) -> str:
    if value not in LANGUAGES:
        raise ConfigError(f"{where}: lang must be one of {', '.join(LANGUAGES)}")
    return value


def parse_date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{where}: expected a date written YYYY-MM-DD, got '{value}'") from None


def parse_severities(value: Any, where: str) -> dict[str, Severity]:
    """``{S001: info, N: warning}``: a severity per code or prefix."""
    return {
        selector: parse_severity(level, f"{where}.{key}")
        for key, level in _mapping(value, where).items()
        for selector in parse_selectors(str(key), where)
    }


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a mapping")
    return value


def parse_config(raw: dict[str, Any], source: Path) -> Config:
    """A ``Config`` from the keys of one configuration file."""
    where = str(source)
    known = {"select", "extend-select", "ignore", "severity", "severities", "rules", "include",
             "exclude", "lang", "report-date", "per-file-ignores"}  # fmt: skip
    for key in raw:
        if key not in known:
            raise ConfigError(f"{where}: unknown key '{key}' (known: {', '.join(sorted(known))})")
    root = source.parent.absolute()

    def get(key: str, parse: Any, default: Any = None) -> Any:
        return parse(raw[key], f"{where}: {key}") if key in raw else default

    return Config(
        root=root,
        source=where,
        selection=Selection(
            select=get("select", parse_selectors),
            extend_select=get("extend-select", parse_selectors, ()),
            ignore=get("ignore", parse_selectors, ()),
        ),
        severity=get("severity", parse_severity),
        severities=get("severities", parse_severities, {}),
        rule_dirs=tuple(root / d for d in get("rules", _strings, ())),
        include=get("include", _strings),
        exclude=get("exclude", _strings, ()),
        lang=get("lang", parse_lang),
        report_date=get("report-date", parse_date),
        per_file_ignores=tuple(
            (pattern, parse_selectors(codes, f"{where}: per-file-ignores.{pattern}"))
            for pattern, codes in get("per-file-ignores", _mapping, {}).items()
        ),
    )


def read_config(path: Path) -> Config:
    """The configuration in ``path``: YAML, or the ``[tool.reportlint]`` table of a TOML
    file (a pyproject.toml without one gives the defaults)."""
    toml = path.suffix == ".toml"
    return parse_config((_read_toml_table(path) or {}) if toml else _read_yaml_mapping(path), path)


def _config_in(directory: Path) -> Path | None:
    for name in CONFIG_FILES:
        candidate = directory / name
        if candidate.is_file() and (name != "pyproject.toml" or _read_toml_table(candidate)):
            return candidate
    return None


class ConfigFinder:
    """Finds the configuration for each checked file, caching one lookup per directory."""

    def __init__(self, explicit: Path | None = None, use_files: bool = True) -> None:
        self._explicit = read_config(explicit) if explicit else None
        self._use_files = use_files
        self._by_directory: dict[Path, Config] = {}
        self._default = Config(root=Path.cwd())

    def for_file(self, path: Path) -> Config:
        """The configuration that governs the file ``path``."""
        return self.for_directory(Path(os.path.abspath(path)).parent)

    def for_directory(self, directory: Path) -> Config:
        """The configuration that governs the files of ``directory``."""
        if self._explicit is not None:
            return self._explicit
        if not self._use_files:
            return self._default
        return self._nearest(Path(os.path.abspath(directory)))

    def _nearest(self, directory: Path) -> Config:
        cached = self._by_directory.get(directory)
        if cached is None:
            found = _config_in(directory)
            if found is not None:
                cached = read_config(found)
            elif directory.parent == directory:
                cached = self._default
            else:
                cached = self._nearest(directory.parent)
            self._by_directory[directory] = cached
        return cached
