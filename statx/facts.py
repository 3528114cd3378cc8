"""The fact record of ``FACTS.md``: one number, what it counts, whose, when."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from operator import attrgetter
from typing import Any

__all__ = ["COLUMNS", "Category", "Dropped", "Fact", "Qualifier", "Skipped"]


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    NEARLY = "nearly"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"


class Category(StrEnum):
    DISCIPLINE = "discipline"
    SOCIAL_ACCOUNT = "social_account"
    AUDIENCE = "audience"
    CONTENT = "content"
    PEOPLE = "people"
    ORGANIZATION = "organization"
    EVENT = "event"
    MONEY = "money"
    PERCENT = "percent"
    MEASURE = "measure"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Fact:
    """One numeric fact. Field order is the CSV column order of FACTS.md."""

    doc: str
    start: int
    end: int
    mention: str
    value: int | float
    qualifier: str = Qualifier.EXACT.value
    value_max: int | float | None = None
    unit: str = ""
    object: str = ""
    category: str = Category.OTHER.value
    label: str = ""
    part_of: int | None = None
    actor: str = ""
    period: str = ""
    period_start: str = ""  # ISO date: the first day the period names
    period_end: str = ""  # ISO date: its last day
    published: str = ""
    sentence: str = ""
    rules: str = ""
    check: str = ""

    def values(self) -> tuple[Any, ...]:
        """The field values in column order (``COLUMNS``)."""
        return _VALUES(self)

    def as_dict(self) -> dict[str, Any]:
        # every field holds a str, a number or None: no deep copy (dataclasses.asdict) is needed
        return dict(zip(COLUMNS, _VALUES(self), strict=True))

    def __reduce__(self) -> tuple[type[Fact], tuple[Any, ...]]:
        # pickled as its values, rebuilt by __init__: several times faster than the default
        # for a frozen dataclass with slots, and --jobs sends every fact between processes
        return (Fact, _VALUES(self))


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Fact))
_VALUES = attrgetter(*COLUMNS)  # a fact's values in column order, read in one call


@dataclass(frozen=True, slots=True)
class Dropped:
    """A number-like mention that is not a fact, and the rule that said so."""

    start: int
    end: int
    mention: str
    reason: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """A stretch of text the rules gave up on (``reason`` names why): none of its numbers is a fact."""

    start: int
    end: int
    reason: str

    def where(self) -> str:
        """Its span in words: "characters 1,200–80,000"."""
        return f"characters {self.start:,}–{self.end:,}"
