"""statx: numeric facts out of Vietnamese news articles.

>>> from statx import extract
>>> [(f.value, f.category) for f in extract("Đảng bộ có 42 trường hợp bị kỷ luật.")]
[(42, 'discipline')]
"""

from __future__ import annotations

from statx.facts import COLUMNS, Category, Dropped, Fact, Qualifier
from statx.numbers import Mention, find_numbers, read_number
from statx.rules import Analysis, analyze, extract

__all__ = [
    "COLUMNS",
    "Analysis",
    "Category",
    "Dropped",
    "Fact",
    "Mention",
    "Qualifier",
    "__version__",
    "analyze",
    "extract",
    "find_numbers",
    "read_number",
]

__version__ = "0.1.0"
