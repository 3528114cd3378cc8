"""statx: numeric facts out of Vietnamese news articles.

>>> from statx import extract
>>> [(f.value, f.category) for f in extract("Đảng bộ có 42 trường hợp bị kỷ luật.")]
[(42, 'discipline')]

The names below load their modules on first use, so ``import statx`` (and
``statx --version``) stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "COLUMNS": "statx.facts",
    "Category": "statx.facts",
    "Dropped": "statx.facts",
    "Fact": "statx.facts",
    "Qualifier": "statx.facts",
    "Skipped": "statx.facts",
    "Mention": "statx.numbers",
    "find_numbers": "statx.numbers",
    "read_number": "statx.numbers",
    "Analysis": "statx.understand",
    "analyze": "statx.understand",
    "extract": "statx.understand",
    "Document": "statx.read",
    "resolve_period": "statx.dates",
    "extract_document": "statx.batch",
}

__all__ = [
    "COLUMNS",
    "Analysis",
    "Category",
    "Document",
    "Dropped",
    "Fact",
    "Mention",
    "Qualifier",
    "Skipped",
    "__version__",
    "analyze",
    "extract",
    "extract_document",
    "find_numbers",
    "read_number",
    "resolve_period",
]

if TYPE_CHECKING:
    from statx.batch import extract_document
    from statx.dates import resolve_period
    from statx.facts import COLUMNS, Category, Dropped, Fact, Qualifier, Skipped
    from statx.numbers import Mention, find_numbers, read_number
    from statx.read import Document
    from statx.understand import Analysis, analyze, extract


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'statx' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
