"""Digit strings written the Vietnamese way, read as values: ``11.000``, ``1,5``, ``11 000``, ``1,200,000``."""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["PLAIN", "read_digits"]

_SPACED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+")

_VN_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3},\d{3}\.\d+")
_VN_DECIMAL = re.compile(r"\d*,\d+")
_EN_DECIMAL = re.compile(r"\d+\.\d+")
PLAIN = re.compile(r"\d+")


def read_digits(s: str) -> Decimal | None:
    """The value of a digit string written the Vietnamese (or a plain English) way."""
    if s.isdecimal():  # PLAIN, without the regex: the same characters (Unicode decimal digits)
        return Decimal(s)
    if _SPACED.fullmatch(s):
        return Decimal("".join(s.split()))
    if _VN_THOUSANDS.fullmatch(s):
        whole, _, frac = s.partition(",")
        return Decimal(whole.replace(".", "") + ("." + frac if frac else ""))
    if _EN_THOUSANDS.fullmatch(s):
        return Decimal(s.replace(",", ""))
    if _VN_DECIMAL.fullmatch(s):
        return Decimal("0" + s.replace(",", ".") if s.startswith(",") else s.replace(",", "."))
    if _EN_DECIMAL.fullmatch(s):
        return Decimal(s)
    return None
