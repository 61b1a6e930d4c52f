"""Validation reports: validation.json (machines), validation.md (people), junit.xml (CI).

String builders are pure; `write_reports` is the one writer.
"""
from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from pressroom import io
from pressroom.validate import ValidationResult


def to_json(result: ValidationResult, run_id: str, rejects_by_reason: dict[str, int]) -> str:
    """Machine-readable report: per table rows checked, failures by check, samples, warnings."""
    return json.dumps({
        "run_id": run_id,
        "ok": result.ok,
        "rejects_by_reason": rejects_by_reason,
        "tables": {
            name: {
                "rows_checked": t.rows_checked,
                "rows_failed": t.rows_failed,
                "checks_run": len(t.checks),
                "failures": t.failures,
                "samples": t.samples,
                "warnings": t.warnings,
            } for name, t in result.tables.items()
        },
    }, indent=2, sort_keys=True)


def to_markdown(result: ValidationResult, run_id: str, rejects_by_reason: dict[str, int]) -> str:
    """A readable summary: one table of counts, then failures and warnings."""
    lines = [f"# pressroom validation — run `{run_id}`", "",
             f"**{'PASSED' if result.ok else 'FAILED'}**: "
             f"{result.hard_failures} row(s) failed a hard check.", "",
             "| table | rows checked | rows failed | checks | warnings |",
             "|---|---:|---:|---:|---:|"]
    for name, t in result.tables.items():
        lines.append(f"| {name} | {t.rows_checked} | {t.rows_failed} | {len(t.checks)} | {sum(t.warnings.values())} |")
    failures = [(n, c, k) for n, t in result.tables.items() for c, k in sorted(t.failures.items())]
    if failures:
        lines += ["", "## Failures", "", "| table | check | rows | sample |", "|---|---|---:|---|"]
        for name, check, count in failures:
            sample = (result.tables[name].samples.get(check) or [""])[0].replace("|", "\\|")[:80]
            lines.append(f"| {name} | `{check}` | {count} | {sample} |")
    warnings = [(n, c, k) for n, t in result.tables.items() for c, k in sorted(t.warnings.items())]
    if warnings:
        lines += ["", "## Warnings (rows kept)", "", "| table | check | rows |", "|---|---|---:|"]
        lines += [f"| {n} | `{c}` | {k} |" for n, c, k in warnings]
    if rejects_by_reason:
        lines += ["", "## Rejected files and rows", "", "| reason | count |", "|---|---:|"]
        lines += [f"| {r} | {k} |" for r, k in sorted(rejects_by_reason.items())]
    return "\n".join(lines) + "\n"


def to_junit(result: ValidationResult, run_id: str) -> str:
    """JUnit XML: one test case per table x hard check; warnings as system-out."""
    suites = []
    for name, t in result.tables.items():
        cases = []
        for check in t.checks:
            failed = t.failures.get(check, 0)
            body = ""
            if failed:
                sample = "; ".join(t.samples.get(check, []))
                body = f'<failure message={quoteattr(f"{failed} row(s) failed")}>{escape(sample)}</failure>'
            cases.append(f'    <testcase classname={quoteattr("pressroom." + name)} name={quoteattr(check)}>{body}</testcase>')
        for check, count in sorted(t.warnings.items()):
            cases.append(f'    <testcase classname={quoteattr("pressroom." + name + ".warnings")} name={quoteattr(check)}>'
                         f'<system-out>{count} row(s) flagged (kept)</system-out></testcase>')
        failures = sum(1 for c in t.checks if t.failures.get(c))
        suites.append(f'  <testsuite name={quoteattr(name)} tests="{len(cases)}" failures="{failures}" errors="0">\n'
                      + "\n".join(cases) + "\n  </testsuite>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuites name={quoteattr("pressroom validation " + run_id)}>\n' + "\n".join(suites) + "\n</testsuites>\n")


def write_reports(folder: str | Path, result: ValidationResult, run_id: str,
                  rejects_by_reason: dict[str, int]) -> str:
    """Write the three report files into folder (local or object store) -> the folder."""
    out = str(folder).rstrip("/")
    for name, text in (("validation.json", to_json(result, run_id, rejects_by_reason)),
                       ("validation.md", to_markdown(result, run_id, rejects_by_reason)),
                       ("junit.xml", to_junit(result, run_id))):
        io.write_bytes(f"{out}/{name}", text.encode("utf-8"))
    return out
