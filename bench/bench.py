"""Benchmark: linting throughput on a synthetic corpus, and the cold start of the command.

    python bench/bench.py [--reports 200] [--seed 2022] [--against DIR]

Generates a deterministic corpus of Vietnamese report-like texts (plain text and Markdown
with tables, dates, weekdays, figures, percentages of plan and the odd doubled word) in a
temporary directory, lints it in-process with every built-in rule and prints MB/s; then
runs ``reportlint check`` on one small file as a fresh process five times (bytecode
compiled, as an installed package has it) and prints the best wall time. Not a test: the
figures go into the README.

With ``--against DIR`` (another checkout of the repository, e.g. made with ``git worktree
add DIR <commit>``) it compares the two builds in one sitting instead, taking turns so that
a machine slowing down or speeding up weighs on both: throughput best of three, and the
cold start of ``python -m lint check small.txt`` best and median of twenty.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lint.engine import Options, lint_document, parse_document
from lint.load import read_text
from lint.rulepack import load_rules

UNITS = ["xã", "HTX", "doanh nghiệp", "hộ", "lao động", "ha", "tấn", "km"]
SECTORS = ["nông nghiệp", "công nghiệp – xây dựng", "dịch vụ", "thương mại", "du lịch"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
PLANS = ["kế hoạch", "dự toán", "chỉ tiêu Nghị quyết"]


def vn_number(value: float, decimals: int = 0) -> str:
    """``value`` written the Vietnamese way: 1.234,5."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def _date(rng: random.Random, year: int) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))


def _sentence(rng: random.Random, year: int) -> str:
    """One report sentence; about one in ten carries a planted inconsistency."""
    plan = rng.randrange(100, 5000)
    actual = plan * rng.uniform(0.5, 1.2)
    percent = actual / plan * 100 + (rng.choice([5, -7]) if rng.random() < 0.1 else 0)
    day = _date(rng, year)
    weekday = WEEKDAYS[(day.weekday() + (1 if rng.random() < 0.1 else 0)) % 7]
    doubled = "các các" if rng.random() < 0.05 else "các"
    growth = vn_number(rng.uniform(1, 20), 1)
    templates = [
        f"Thu ngân sách ước đạt {vn_number(actual, 1)} tỷ đồng, bằng {vn_number(percent, 1)}% "
        f"{rng.choice(PLANS)} ({vn_number(plan)} tỷ đồng), tăng {growth}% so với cùng kỳ năm "
        f"{year - 1}.",
        f"{weekday}, ngày {day.day}/{day.month}/{day.year}, Ban Thường vụ Huyện ủy họp sơ kết "
        f"tình hình thực hiện nhiệm vụ của {doubled} {rng.choice(UNITS)}.",
        f"Ngành {rng.choice(SECTORS)} có {rng.randrange(2, 400)} {rng.choice(UNITS)} hoạt động "
        f"hiệu quả, chiếm {vn_number(rng.uniform(5, 60), 1)}% tổng số.",
        f"Đến nay có {rng.randrange(1, 20)}/{rng.randrange(20, 30)} xã đạt chuẩn nông thôn mới; "
        "công tác tuyên truyền tại TP. Hồ Chí Minh, v.v. được đẩy mạnh.",
    ]
    return rng.choice(templates)


def _table(rng: random.Random) -> str:
    rows = ["| Chỉ tiêu | Kế hoạch | Thực hiện | % KH |", "|---|---:|---:|---:|"]
    for sector in rng.sample(SECTORS, 3):
        plan = rng.randrange(100, 900)
        actual = rng.randrange(80, 1000)
        rows.append(f"| {sector} | {plan} | {actual} | {vn_number(actual / plan * 100, 1)} |")
    return "\n".join(rows)


def make_report(rng: random.Random, markdown: bool) -> str:
    year = rng.randrange(2018, 2025)
    title = f"BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM {year}"
    parts = [f"# {title}" if markdown else title]
    for _ in range(rng.randrange(15, 40)):
        paragraph = " ".join(_sentence(rng, year) for _ in range(rng.randrange(2, 6)))
        parts.append(f"- {paragraph}" if markdown and rng.random() < 0.3 else paragraph)
        if markdown and rng.random() < 0.1:
            parts.append(_table(rng))
    return "\n\n".join(parts) + "\n"


def write_corpus(directory: Path, reports: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for index in range(reports):
        markdown = index % 3 == 0
        path = directory / f"report-{index:04d}.{'md' if markdown else 'txt'}"
        path.write_text(make_report(rng, markdown), encoding="utf-8")
        paths.append(path)
    return paths


def throughput(paths: list[Path]) -> tuple[float, float, int]:
    """(megabytes, seconds, findings) for linting ``paths`` in-process."""
    rules = list(load_rules().values())
    lint_document(parse_document("warm-up.txt", "Thu 1 tỷ đồng."), rules, Options())
    size = sum(path.stat().st_size for path in paths)
    findings = 0
    start = time.perf_counter()
    for path in paths:
        findings += len(lint_document(parse_document(str(path), read_text(path)), rules, Options()))
    return size / 1e6, time.perf_counter() - start, findings


def _command() -> list[str]:
    script = Path(sys.executable).with_name("reportlint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "lint"]


def _writing_bytecode() -> dict[str, str]:
    """This environment, but writing bytecode even where PYTHONDONTWRITEBYTECODE is set."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def cold_start(small_file: Path, runs: int = 5) -> float:
    """The best wall time of ``reportlint check small_file`` as a new process, with the
    package's bytecode compiled (as ``pip install`` leaves it): one run first writes it,
    even where PYTHONDONTWRITEBYTECODE is set."""
    env = _writing_bytecode()
    subprocess.run([*_command(), "check", str(small_file)], capture_output=True, env=env)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(
            [*_command(), "check", str(small_file)], capture_output=True, env=env
        )
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            raise RuntimeError(f"reportlint failed: {result.stderr.decode(errors='replace')}")
    return min(times)


def _build_env(build: Path, directory: Path) -> dict[str, str]:
    """The environment that runs ``build``'s package, with bytecode and its own cache."""
    cache = directory / "cache" / str(build).replace(os.sep, "_")
    return {**_writing_bytecode(), "PYTHONPATH": str(build), "REPORTLINT_CACHE_DIR": str(cache)}


def _timed_check(build: Path, small_file: Path) -> float:
    env = _build_env(build, small_file.parent)
    command = [sys.executable, "-m", "lint", "check", small_file.name]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, env=env, cwd=small_file.parent)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise RuntimeError(f"{build}: {result.stderr.decode(errors='replace')}")
    return elapsed


def _throughput_of(build: Path, reports: int, seed: int, directory: Path) -> float:
    """MB/s of ``build`` on the corpus, measured by this script in a process of its own."""
    command = [sys.executable, __file__, "--reports", str(reports), "--seed", str(seed)]
    env = _build_env(build, directory)
    result = subprocess.run([*command, "--throughput-only"], capture_output=True, env=env)
    if result.returncode != 0:
        raise RuntimeError(f"{build}: {result.stderr.decode(errors='replace')}")
    return float(result.stdout)


def compare(builds: list[Path], reports: int, seed: int, directory: Path) -> None:
    """Throughput and cold start of ``builds``, measured in turns."""
    rates: dict[Path, list[float]] = {build: [] for build in builds}
    for _ in range(3):
        for build in builds:
            rates[build].append(_throughput_of(build, reports, seed, directory))
    small = directory / "small.txt"
    small.write_text("Thứ Sáu, ngày 12/7/2020, hỗ trợ các các xã.\n", encoding="utf-8")
    starts: dict[Path, list[float]] = {build: [] for build in builds}
    for build in builds:  # the first run writes the bytecode and the cache
        _timed_check(build, small)
    for _ in range(20):
        for build in builds:
            starts[build].append(_timed_check(build, small))
    for build in builds:
        print(
            f"{build}: throughput {max(rates[build]):.2f} MB/s (best of 3), cold start "
            f"{min(starts[build]):.3f} s best, {statistics.median(starts[build]):.3f} s median"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200, help="reports in the corpus")
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--throughput-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.against and not (args.against / "lint" / "__init__.py").is_file():
        parser.error(f"--against {args.against}: no checkout of reportlint there")
    directory = Path(tempfile.mkdtemp(prefix="reportlint-bench-"))
    try:
        if args.against:
            this = Path(__file__).resolve().parent.parent
            compare([this, args.against.resolve()], args.reports, args.seed, directory)
            return
        paths = write_corpus(directory, args.reports, args.seed)
        megabytes, seconds, findings = throughput(paths)
        if args.throughput_only:
            print(megabytes / seconds)
            return
        print(
            f"throughput: {megabytes:.2f} MB in {len(paths)} reports, {seconds:.2f} s, "
            f"{megabytes / seconds:.2f} MB/s ({findings} findings)"
        )
        small = directory / "small.txt"
        small.write_text("Thứ Sáu, ngày 12/7/2020, hỗ trợ các các xã.\n", encoding="utf-8")
        print(f"cold start: reportlint check small.txt, best of 5: {cold_start(small):.3f} s")
    finally:
        shutil.rmtree(directory)


if __name__ == "__main__":
    main()
