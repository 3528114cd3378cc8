"""Vietnamese number mentions: where they are and what they are worth.

This package reads numbers and nothing else: it knows how Vietnamese writes
``11.000``, ``1,5``, ``ba mươi lăm``, ``1,2 triệu``, ``45%``, ``từ 10 đến 15``
and ``hơn 500``, and it knows which digit strings are not quantities at all
(dates, clock times, document codes), so that nothing else mistakes them for
one.  What a number counts is for :mod:`statx.understand`.

Two entry points:

* :func:`find_numbers` scans running text and returns every mention in order;
* :func:`read_number` reads a string that is one number as a whole
  (``"một trăm lẻ năm"`` -> 105), the way a test corpus states a value.

Its modules, from the bottom up: ``mention`` (the record), ``lexicon`` (the
number words of ``lexicon/numbers.toml``), ``digits`` (digit strings),
``shapes`` (digit strings that are no quantity), ``words`` (numbers in words),
``qualifiers`` ("hơn", "khoảng", "từ … trở lên") and ``scan`` (the scanner).
``Token`` and ``tokenize`` live in :mod:`statx.text`; they are named here too,
as they were before the text layer had a module of its own.
"""

from __future__ import annotations

from statx.numbers.digits import read_digits
from statx.numbers.mention import CODE, DATE, LARGEST, LINK, NUMBER, PHONE, SCORE, TIME, TOO_LARGE, Mention, to_plain
from statx.numbers.scan import find_numbers, read_number
from statx.text import Token, tokenize

__all__ = [
    "CODE",
    "DATE",
    "LARGEST",
    "LINK",
    "NUMBER",
    "PHONE",
    "SCORE",
    "TIME",
    "TOO_LARGE",
    "Mention",
    "Token",
    "find_numbers",
    "read_digits",
    "read_number",
    "to_plain",
    "tokenize",
]
