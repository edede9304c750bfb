"""JUnit XML (GitLab, Jenkins) and Checkstyle XML, written with lxml.

JUnit: one testcase per finding, named with path, line and column (GitLab keeps only the first
testcase of a name), and one passing testcase per clean file."""
from __future__ import annotations

from lxml import etree

from . import clean_text


def _xml(text: str) -> str:
    return clean_text(str(text))


def render_junit(report) -> str:
    suites = etree.Element("testsuites", name="wikilint")
    suite = etree.SubElement(suites, "testsuite", name="wikilint")
    failures = 0
    tests = 0
    flagged = {f.path for f in report.findings}
    for f in report.findings:
        tests += 1
        failures += 1
        s = f.span
        case = etree.SubElement(suite, "testcase", classname=_xml(f.path),
                                name=_xml(f"{f.code} {f.rule} @ {f.path}:{s.line}:{s.column}"),
                                file=_xml(f.path), line=str(s.line), time="0")
        failure = etree.SubElement(case, "failure", type=f.rule, message=_xml(f.message))
        failure.text = _xml(f"{f.path}:{s.line}:{s.column}: {f.code} [{f.rule}] {f.message}")
    errored = set()
    for path, message in report.errors:
        tests += 1
        errored.add(path)
        case = etree.SubElement(suite, "testcase", classname=_xml(path), name=_xml(f"wikilint @ {path}"),
                                file=_xml(path), time="0")
        etree.SubElement(case, "error", type="input-error", message=_xml(message))
    for path in report.files:
        if path not in flagged and path not in errored:
            tests += 1
            etree.SubElement(suite, "testcase", classname=_xml(path), name=_xml(f"wikilint @ {path}"),
                             file=_xml(path), time="0")
    for el in (suites, suite):
        el.set("tests", str(tests))
        el.set("failures", str(failures))
        el.set("errors", str(len(report.errors)))
    suite.set("skipped", "0")
    suite.set("time", "0")
    return etree.tostring(suites, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode()


def render_checkstyle(report) -> str:
    root = etree.Element("checkstyle", version="4.3")
    files = {}
    for path in list(report.files) + [f.path for f in report.findings]:
        if path not in files:
            files[path] = etree.SubElement(root, "file", name=_xml(path))
    for f in report.findings:
        etree.SubElement(files[f.path], "error", line=str(f.span.line), column=str(f.span.column),
                         severity={"info": "info"}.get(f.severity, f.severity),
                         message=_xml(f.message), source=f"wikilint.{f.rule}")
    for path, message in report.errors:
        node = files.get(path)
        if node is None:
            node = files[path] = etree.SubElement(root, "file", name=_xml(path))
        etree.SubElement(node, "error", line="1", column="1", severity="error",
                         message=_xml(message), source="wikilint.input-error")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode()
