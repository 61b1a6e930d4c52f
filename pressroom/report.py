"""Validation reports: validation.json (machines), validation.md (people), junit.xml (CI).

String builders are pure; `write_reports` is the one writer.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from pressroom import io
from pressroom.records import Reason
from pressroom.validate import ValidationResult


@dataclass(frozen=True)
class RejectSummary:
    """A run's rejects: how many per reason, and the first files of each
    (records.MAX_REJECT_FILES; the rejects table holds every one)."""

    by_reason: dict[str, int] = field(default_factory=dict)
    files: dict[str, list[str]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_reason.values())

    def by_reason_text(self) -> str:
        return ", ".join(f"{r}: {n}" for r, n in sorted(self.by_reason.items()))

    def listed(self, reason: str) -> str:
        """The reason's files, one per line, with how many are not listed."""
        files = self.files.get(reason, [])
        more = self.by_reason.get(reason, 0) - len(files)
        return "\n".join(files + ([f"... and {more} more (see the rejects table)"] if more > 0 else []))


NO_REJECTS = RejectSummary()


def to_json(result: ValidationResult, run_id: str, rejects: RejectSummary = NO_REJECTS) -> str:
    """Machine-readable report: per table rows checked, failures by check, samples, warnings;
    rejects by reason with their first files."""
    return json.dumps({
        "run_id": run_id,
        "ok": result.ok,
        "rejects_by_reason": rejects.by_reason,
        "rejects": {reason: {"count": n, "files": rejects.files.get(reason, []),
                             "files_listed_all": len(rejects.files.get(reason, [])) >= n}
                    for reason, n in sorted(rejects.by_reason.items())},
        "tables": {
            name: {
                "rows_checked": t.rows_checked,
                "rows_skipped": t.rows_skipped,
                "rows_failed": t.rows_failed,
                "checks_run": len(t.checks),
                "failures": t.failures,
                "samples": t.samples,
                "warnings": t.warnings,
            } for name, t in result.tables.items()
        },
    }, indent=2, sort_keys=True)


def to_markdown(result: ValidationResult, run_id: str, rejects: RejectSummary = NO_REJECTS) -> str:
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
    skipped = [(n, t.rows_skipped) for n, t in result.tables.items() if t.rows_skipped]
    if skipped:
        lines += ["", "Not checked: " + ", ".join(f"{k} {n} row(s) of articles that failed their own checks"
                                                 for n, k in skipped) + "."]
    if rejects.by_reason:
        lines += ["", f"## Rejected files and rows ({rejects.total})", "",
                  "| reason | count | first files |", "|---|---:|---|"]
        for reason, count in sorted(rejects.by_reason.items()):
            shown = ", ".join(f"`{f}`" for f in rejects.files.get(reason, [])[:5]).replace("|", "\\|")
            lines.append(f"| {reason} | {count} | {shown}{' ...' if count > 5 else ''} |")
    return "\n".join(lines) + "\n"


def to_junit(result: ValidationResult, run_id: str, rejects: RejectSummary = NO_REJECTS) -> str:
    """JUnit XML: one test case per table x hard check; warnings as system-out;
    one case per reject reason, failed when any file had it, listing them."""
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
    suites.append(_rejects_suite(rejects))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuites name={quoteattr("pressroom validation " + run_id)}>\n' + "\n".join(suites) + "\n</testsuites>\n")


def _rejects_suite(rejects: RejectSummary) -> str:
    """The `rejects` test suite: every reason code, failed where files had it."""
    cases = []
    failures = 0
    for reason in (r.value for r in Reason):
        count = rejects.by_reason.get(reason, 0)
        body = ""
        if count:
            failures += 1
            body = (f'<failure message={quoteattr(f"{count} file(s) or row(s) rejected as {reason}")}>'
                    f'{escape(rejects.listed(reason))}</failure>')
        cases.append(f'    <testcase classname="pressroom.rejects" name={quoteattr(reason)}>{body}</testcase>')
    return (f'  <testsuite name="rejects" tests="{len(cases)}" failures="{failures}" errors="0">\n'
            + "\n".join(cases) + "\n  </testsuite>")


def write_reports(folder: str | Path, result: ValidationResult, run_id: str,
                  rejects: RejectSummary = NO_REJECTS) -> str:
    """Write the three report files into folder (local or object store) -> the folder."""
    out = str(folder).rstrip("/")
    for name, text in (("validation.json", to_json(result, run_id, rejects)),
                       ("validation.md", to_markdown(result, run_id, rejects)),
                       ("junit.xml", to_junit(result, run_id, rejects))):
        io.write_bytes(f"{out}/{name}", text.encode("utf-8"))
    return out
