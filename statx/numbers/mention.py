"""A number mention: its span, its value (an interval, with the qualifier) and how it is written.

The record the scanner (:mod:`statx.numbers.scan`) makes, one per number, and
the kinds of digit string that are no quantity (:mod:`statx.numbers.shapes`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["CODE", "DATE", "LARGEST", "LINK", "NUMBER", "PHONE", "SCORE", "TIME", "TOO_LARGE", "Mention", "to_plain"]

# Kinds of mention: a quantity, or a digit string that is no quantity.
NUMBER = "number"
DATE = "date"
TIME = "time"
CODE = "code"
PHONE = "phone"
SCORE = "score"
LINK = "link"  # a web address or an e-mail: "https://bao.vn/14-nguoi-chet.htm" counts nothing
TOO_LARGE = "too large"  # past LARGEST: no report prints such a count ("một tỷ tỷ tỷ")

# The largest value a quantity may have: what any report prints stays far below it,
# and every output (CSV, JSON, Excel, summaries) holds it exactly as an integer.
LARGEST = Decimal(10) ** 18


@dataclass(slots=True)
class Mention:
    """A number in the text: span, value, and how it is written.

    Not frozen, because the scanner creates one per number and completes it in
    place (qualifier, "at least"): a frozen dataclass costs several times as
    much to build, on the hottest path there is. Treat it as read-only.
    """

    start: int
    end: int
    text: str
    kind: str = NUMBER
    value: Decimal = Decimal(0)
    value_max: Decimal | None = None
    qualifier: str = "exact"
    qualifier_start: int | None = None
    percent: bool = False
    spelled: bool = False  # written in words only ("ba mươi lăm")
    scaled: bool = False  # carries a scale word or suffix ("triệu", "K")
    plain_digits: bool = False  # bare digits, no separator, suffix or scale
    glued: str = ""  # letters glued right after the digits ("17h", "2.115tổ")
    rules: tuple[str, ...] = ()


def to_plain(value: Decimal) -> int | float:
    """A Decimal as the JSON number a user expects: int when whole."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
