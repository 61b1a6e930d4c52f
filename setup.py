"""Extension modules for the optional compiled build (see build_backend.py).

Everything else about the package is declared in pyproject.toml.
"""
import tomllib

from setuptools import setup

from build_backend import compiling  # the project root is on the path (backend-path, or the script's folder)


def compiled_modules() -> list:
    """mypyc extensions of the packages in [tool.mypy] files when PRESSROOM_COMPILE=1, else none."""
    if not compiling():
        return []
    from mypyc.build import mypycify  # only the compiled build asks for mypy

    with open("pyproject.toml", "rb") as f:
        files = tomllib.load(f)["tool"]["mypy"]["files"]
    return mypycify(files, opt_level="3")


setup(ext_modules=compiled_modules())
