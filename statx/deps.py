"""Packages imported only when an input or an output needs them, and what to say when one is missing."""

from __future__ import annotations

__all__ = ["MissingPackage", "missing"]


class MissingPackage(RuntimeError):
    """A package that this input or output needs cannot be imported; the message names it."""


def missing(exc: ImportError, needed_for: str, wanted: str, install: str) -> MissingPackage:
    """The error to raise when importing ``wanted`` (for ``needed_for``) failed with ``exc``.

    It names the module that is really missing: the one the import machinery
    could not find (``exc.name``), which may be a dependency of ``wanted``
    rather than ``wanted`` itself; when a package replaced the error with a
    message of its own (lxml does for ``lxml_html_clean``), that message.
    """
    name = getattr(exc, "name", None)
    if name and name.split(".")[0] != wanted:
        what = f"{name} (which {wanted} imports) is not installed"
        fix = f"pip install {name.split('.')[0].replace('_', '-')}"
    elif name:
        what = f"{wanted} is not installed"
        fix = install
    else:
        said = " ".join(str(exc).split()) or type(exc).__name__
        what = f"{wanted} cannot be imported ({said.rstrip('.')})"
        fix = "" if "install" in said.lower() else install
    return MissingPackage(f"{needed_for}: {what}" + (f"; {fix}" if fix else ""))
