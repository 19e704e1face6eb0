"""The CI output formats: SARIF (validated against the schema of the SARIF parts we emit),
GitHub workflow commands, JUnit XML, GitLab Code Quality, reviewdog rdjson and HTML (also
rendered in headless Chromium when it is installed)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from schema_validator import validate

from lint.cli import main
from lint.document import Span
from lint.engine import Options, lint_document, location, parse_document
from lint.findings import Finding
from lint.formats import html as html_format
from lint.formats.github import escape_data, escape_property
from lint.formats.junit import xml_text
from lint.output import FileReport
from lint.rulepack import load_rules

FIXTURES = Path(__file__).parent / "fixtures"
SARIF_SCHEMA = json.loads((FIXTURES / "sarif-2.1.0-subset.schema.json").read_text())
# N001 (error) on line 1 at "85%", S001 (warning) on line 2 at the second "các".
PLANTED = "Thu ngân sách 320 tỷ đồng, bằng 85% dự toán (400 tỷ đồng).\nHỗ trợ các các xã.\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".reportlint.yaml").write_text("")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def output(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_sarif_validates_and_carries_rules_regions_evidence_and_fixes(workdir, capsys):
    (workdir / "báo cáo.txt").write_text(PLANTED)
    code, out = output(capsys, "check", "báo cáo.txt", "--format", "sarif", "--lang", "en")
    log = json.loads(out)
    assert code == 1
    assert validate(log, SARIF_SCHEMA) == []
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    s001 = next(rule for rule in rules if rule["id"] == "S001")
    assert s001["name"] == "duplicated-word"
    assert s001["defaultConfiguration"] == {"level": "warning"}
    assert s001["help"]["text"].startswith("S001 duplicated-word (warning)")
    n001, s001_result = run["results"]
    assert (n001["ruleId"], n001["level"]) == ("N001", "error")
    assert rules[n001["ruleIndex"]]["id"] == "N001"
    physical = n001["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "b%C3%A1o%20c%C3%A1o.txt"
    assert physical["region"] == {"startLine": 1, "startColumn": 33, "endLine": 1, "endColumn": 36}
    roles = [related["message"]["text"] for related in n001["relatedLocations"]]
    assert "“85%” (stated)" in roles
    replacement = s001_result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["deletedRegion"]["startColumn"] == 11
    assert replacement["insertedContent"] == {"text": ""}


def test_sarif_schema_check_rejects_what_sarif_forbids():
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "columnKind": "chars",
           "results": [{"message": {"text": "m"}, "level": "fatal",
                        "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a b"},
                                       "region": {"startLine": 0}}}]}]}]}  # fmt: skip
    problems = validate(bad, SARIF_SCHEMA)
    assert any("columnKind" in problem for problem in problems)
    assert any("level" in problem for problem in problems)
    assert any("startLine: 0 is below 1" in problem for problem in problems)
    assert any("uri" in problem for problem in problems)


def test_github_workflow_commands(workdir, capsys):
    (workdir / "r,1.txt").write_text(PLANTED)
    code, out = output(capsys, "check", "r,1.txt", "--format", "github")
    lines = out.splitlines()
    assert code == 1
    assert lines[0].startswith(
        "::error file=r%2C1.txt,line=1,col=33,endLine=1,endColumn=36,title=N001::"
    )
    assert "85%25" in lines[0] and "%0A" in lines[0]  # message, then the computation
    assert lines[1].startswith("::warning file=r%2C1.txt,line=2,col=12,")


def test_github_escaping():
    assert escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_junit_one_suite_per_file_and_one_failure_per_finding(workdir, capsys):
    (workdir / "report.txt").write_text(PLANTED + 'Ghi chú <b>&"x"</b>.\n')
    (workdir / "clean.txt").write_text("Hỗ trợ các xã.\n")
    code, out = output(capsys, "check", "clean.txt", "report.txt", "--format", "junit")
    root = ET.fromstring(out.encode("utf-8"))
    assert code == 1
    assert (root.tag, root.get("tests"), root.get("failures")) == ("testsuites", "3", "2")
    clean, report = root.findall("testsuite")
    assert clean.get("name") == "clean.txt" and clean.find("testcase/failure") is None
    failures = report.findall("testcase/failure")
    assert [f.get("type") for f in failures] == ["N001", "S001"]
    assert failures[1].text.startswith("report.txt:2:12: S001 ")


def test_junit_replaces_characters_xml_cannot_hold():
    assert xml_text("a\x00b\x0bc\td\n") == "a\ufffdb\ufffdc\td\n"


def test_gitlab_code_quality(workdir, capsys):
    (workdir / "report.txt").write_text(PLANTED)
    _, out = output(capsys, "check", "report.txt", "--format", "gitlab")
    issues = json.loads(out)
    assert [(i["check_name"], i["severity"]) for i in issues] == [
        ("N001", "major"),
        ("S001", "minor"),
    ]
    assert issues[0]["location"] == {"path": "report.txt", "lines": {"begin": 1, "end": 1}}
    assert all(re.fullmatch("[0-9a-f]{64}", issue["fingerprint"]) for issue in issues)
    (workdir / "report.txt").write_text("Mở đầu.\n\n" + PLANTED)  # edits above the findings
    _, moved = output(capsys, "check", "report.txt", "--format", "gitlab")
    after = json.loads(moved)
    assert [i["fingerprint"] for i in after] == [i["fingerprint"] for i in issues]
    assert after[0]["location"]["lines"]["begin"] == 3


def test_gitlab_fingerprints_differ_for_repeated_findings(workdir, capsys):
    (workdir / "report.txt").write_text("Hỗ trợ các các xã.\nHỗ trợ các các xã.\n")
    _, out = output(capsys, "check", "report.txt", "--format", "gitlab", "--select", "S001")
    prints = [issue["fingerprint"] for issue in json.loads(out)]
    assert len(prints) == 2 and len(set(prints)) == 2


def test_rdjson_counts_columns_in_utf8_bytes(workdir, capsys):
    (workdir / "report.txt").write_text(PLANTED)
    _, out = output(capsys, "check", "report.txt", "--format", "rdjson", "--select", "S001")
    result = json.loads(out)
    assert result["source"]["name"] == "reportlint"
    (diagnostic,) = result["diagnostics"]
    prefix = "Hỗ trợ các "  # the second "các" starts after it
    start = {"line": 2, "column": len(prefix.encode()) + 1}
    assert diagnostic["location"]["range"]["start"] == start
    assert diagnostic["severity"] == "WARNING" and diagnostic["code"] == {"value": "S001"}
    assert diagnostic["suggestions"][0]["text"] == ""


def test_statistics_counts_per_code_most_frequent_first(workdir, capsys):
    (workdir / "report.txt").write_text(PLANTED + "Hỗ trợ các các xã và và thôn.\n")
    code, out = output(capsys, "check", "report.txt", "--statistics")
    assert code == 1
    assert out.splitlines() == ["3  S001  duplicated-word", "1  N001  plan-percent"]
    _, as_json = output(capsys, "check", "report.txt", "--statistics", "--format", "json")
    assert json.loads(as_json)[0] == {"code": "S001", "name": "duplicated-word", "count": 3}


def _html_report(text: str) -> FileReport:
    document = parse_document("r.txt", text)
    return FileReport(document, lint_document(document, load_rules().values(), Options()))


def test_html_escapes_text_and_messages_and_loads_nothing_external():
    report = _html_report('Hỗ trợ các các xã <script>alert("x")</script> & thôn.\n')
    page = html_format.render([report], {}, "vi")
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert page.count('<mark class="hit warning"') == 1
    assert "Từ &quot;các&quot; bị lặp" in page


def test_html_marks_overlapping_spans_without_breaking_the_text():
    document = _html_report("Một hai ba bốn năm.\n").document
    findings = [
        Finding("r.txt", location(document, span), span, code, "n", "warning", code, "", ())
        for code, span in (("X1", Span(4, 10)), ("X2", Span(8, 14)))
    ]
    page = html_format.render([FileReport(document, findings)], {}, "en")
    row = re.search(r'<td class="src">(.*?)</td>', page)
    assert row is not None
    assert re.sub(r"<[^>]+>", "", row[1]) == "Một hai ba bốn năm."
    assert row[1].count("<mark") == 3  # "hai ", "ba", " bốn"


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")
def test_html_renders_in_headless_chromium_without_console_errors(workdir, capsys):
    (workdir / "report.txt").write_text(PLANTED)
    _, page = output(capsys, "check", "report.txt", "--format", "html")
    (workdir / "report.html").write_text(page, encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        finished = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
             "--dump-dom", (workdir / "report.html").as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert "Uncaught" not in finished.stderr and "ERROR:CONSOLE" not in finished.stderr
    dom = ET.fromstring(  # the rendered DOM keeps every finding's note
        re.search(r"<body>.*</body>", finished.stdout, re.DOTALL)[0].replace("<br>", "<br/>")
    )
    codes = [span.text for span in dom.iter("span") if span.get("class") == "code"]
    assert codes == ["N001", "S001"]
