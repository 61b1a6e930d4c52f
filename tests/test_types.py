"""The extraction packages type-check under mypy.

The compiled build (PRESSROOM_COMPILE=1, see build_backend.py and setup.py)
compiles exactly the packages listed in pyproject's `[tool.mypy] files`, and
mypyc trusts their annotations: where pure Python would run on through a
wrong one, compiled code raises TypeError (a file would end as an
internal-error reject). So the annotations must hold, and this test keeps them
honest on the pure build that CI installs.
"""
from __future__ import annotations

from mypy import api

from conftest import REPO


def test_extraction_packages_type_check(monkeypatch):
    monkeypatch.chdir(REPO)  # [tool.mypy] files are relative to the project root
    out, err, status = api.run(["--config-file", "pyproject.toml", "--cache-dir", "/dev/null"])
    assert status == 0, out + err
    assert out.startswith("Success: no issues found in")
