"""pressroom's build backend: setuptools, plus an optional compiled build.

`PRESSROOM_COMPILE=1 pip install .` compiles the extraction packages (the
`files` of `[tool.mypy]` in pyproject.toml: text, parse, extract) with mypyc
into C extensions, ~19% fewer instructions and ~1.3x the speed of the same
code interpreted (see the README's Performance section); see setup.py. Without the variable the
build is pure Python and needs no compiler.

Only the compiled build needs mypy (which carries mypyc), so it is asked for
here, not in `[build-system] requires`. Editable installs are never compiled:
the compiled modules would sit beside the sources and shadow every later edit.
"""
from __future__ import annotations

import os

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403  (the rest of the PEP 517 hooks, unchanged)

COMPILE_ENV = "PRESSROOM_COMPILE"
MYPYC_REQUIREMENT = "mypy==2.4.1"   # the version the compiled build is tested with (constraints.txt)


def compiling() -> bool:
    """True when this build compiles (setup.py asks too)."""
    return os.environ.get(COMPILE_ENV) == "1"


def get_requires_for_build_wheel(config_settings=None):
    if compiling():
        # setuptools would learn its extra requirements by running setup.py, which
        # imports mypyc: not installed yet. setup.py asks for nothing else.
        return ["wheel", MYPYC_REQUIREMENT]
    return _setuptools.get_requires_for_build_wheel(config_settings)


def get_requires_for_build_editable(config_settings=None):
    if compiling():
        raise RuntimeError(
            f"{COMPILE_ENV}=1 builds compiled modules, which an editable install would leave beside the "
            "sources, shadowing every later edit: install the compiled build without -e (pip install .)."
        )
    return _setuptools.get_requires_for_build_editable(config_settings)
