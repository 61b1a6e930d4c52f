"""pressroom's build backend: setuptools, plus a compiled build where it can.

A wheel (`pip install .`, not `-e`) is compiled when a C compiler and the
Python headers are present, and built pure otherwise or if compiling fails;
`PRESSROOM_COMPILE=1` insists on compiling (a failure is an error),
`PRESSROOM_COMPILE=0` never compiles. `pressroom --version` says which build
was installed. Compiling the extraction packages (the
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
import shutil
import sys
import sysconfig

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403  (the rest of the PEP 517 hooks, unchanged)

COMPILE_ENV = "PRESSROOM_COMPILE"
MYPYC_REQUIREMENT = "mypy==2.4.1"   # the version the compiled build is tested with (constraints.txt)


def compiling() -> bool:
    """True when this build compiles (setup.py asks too; the wheel hooks set the variable first)."""
    return os.environ.get(COMPILE_ENV) == "1"


def _can_compile() -> bool:
    """A C compiler and Python.h: what mypyc's extensions need."""
    compiler = sysconfig.get_config_var("CC") or "cc"
    headers = os.path.join(sysconfig.get_paths()["include"], "Python.h")
    return shutil.which(compiler.split()[0]) is not None and os.path.exists(headers)


def _decide_wheel() -> str:
    """'1' (compile) or '0' for a wheel build, set into the environment setup.py reads."""
    asked = os.environ.get(COMPILE_ENV)
    if asked not in ("0", "1"):
        asked = "1" if _can_compile() else "0"
        os.environ[_AUTO] = "1"
    os.environ[COMPILE_ENV] = asked
    return asked


_AUTO = "PRESSROOM_COMPILE_AUTO"   # the wheel hooks chose to compile: a failure falls back to pure


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    compiled = _decide_wheel() == "1"
    try:
        name = _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)
    except Exception as exc:  # noqa: BLE001  (any failure of the compiler: fall back, say so)
        if not (compiled and os.environ.get(_AUTO) == "1"):
            raise
        print(f"pressroom: the compiled build failed ({exc}); building the pure one", file=sys.stderr)
        os.environ[COMPILE_ENV] = "0"
        compiled = False
        name = _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)
    print(f"pressroom: built the {'compiled' if compiled else 'pure'} build", file=sys.stderr)
    return name


def get_requires_for_build_wheel(config_settings=None):
    if _decide_wheel() == "1":
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
