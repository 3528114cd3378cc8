"""Vietnamese number mentions: where they are and what they are worth.

This module reads numbers and nothing else: it knows how Vietnamese writes
``11.000``, ``1,5``, ``ba mươi lăm``, ``1,2 triệu``, ``45%``, ``từ 10 đến 15``
and ``hơn 500``, and it knows which digit strings are not quantities at all
(dates, clock times, document codes), so that nothing else mistakes them for
one.  What a number counts is for :mod:`statx.rules`.

Two entry points:

* :func:`find_numbers` scans running text and returns every mention in order;
* :func:`read_number` reads a string that is one number as a whole
  (``"một trăm lẻ năm"`` -> 105), the way a test corpus states a value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache

from statx.lexicon import Phrases, fold, fold_text, load

__all__ = ["Mention", "Token", "find_numbers", "read_number", "to_plain", "tokenize"]

# Kinds of mention: a quantity, or a digit string that is no quantity.
NUMBER = "number"
DATE = "date"
TIME = "time"
CODE = "code"
PHONE = "phone"
SCORE = "score"


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
    glued: str = ""  # letters glued right after the digits ("17h", "3.004tổ")
    rules: tuple[str, ...] = ()


def to_plain(value: Decimal) -> int | float:
    """A Decimal as the JSON number a user expects: int when whole."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class _Lex:
    digits: dict[str, int]
    trailing: dict[str, int]
    ten: frozenset[str]
    tens: frozenset[str]
    tens_alt: frozenset[str]
    hundred: frozenset[str]
    zero_link: frozenset[str]
    half: frozenset[str]
    point: frozenset[str]
    minus: frozenset[str]
    minus_whole: frozenset[str]
    percent_words: Phrases
    scales: dict[str, int]
    suffixes: dict[str, int]
    range_words: frozenset[str]
    dashes: frozenset[str]
    range_currency: frozenset[str]
    qualifiers: dict[tuple[str, ...], str]
    qualifier_phrases: Phrases
    fillers: Phrases
    at_least_before: frozenset[str]
    at_least_after: Phrases
    number_words: frozenset[str]
    starting_words: frozenset[str]  # number words that may start a number in running text
    number_words_cased: frozenset[str]  # as written: "một", "Một", "MỘT"
    starting_words_cased: frozenset[str]
    fraction_before: frozenset[str]
    half_words: frozenset[str]
    comparatives: frozenset[str]
    part_words: frozenset[str]
    denominators: dict[str, int]


def _cased(words: Iterable[str]) -> frozenset[str]:
    return frozenset(v for w in words for v in (w, w.capitalize(), w.upper()))


def _phrases(items: Sequence[str]) -> Phrases:
    return Phrases(tuple(p.split()) for p in items)


@cache
def _lex() -> _Lex:
    data = load("numbers")
    w = data["words"]
    digits = {k: int(v) for k, v in data["digits"].items()}
    trailing = {k: int(v) for k, v in data["trailing_digits"].items()}
    scales = {k: int(v) for k, v in data["scales"].items()}
    number_words = frozenset([*digits, *trailing, *w["ten"], *w["tens"], *w["tens_alt"], *w["hundred"], *scales])
    return _Lex(
        digits=digits,
        trailing=trailing,
        ten=frozenset(w["ten"]),
        tens=frozenset(w["tens"]),
        tens_alt=frozenset(w["tens_alt"]),
        hundred=frozenset(w["hundred"]),
        zero_link=frozenset(w["zero_link"]),
        half=frozenset(w["half"]),
        point=frozenset(w["decimal_point"]),
        minus=frozenset(w["minus"]),
        minus_whole=frozenset(w["minus_whole_only"]),
        percent_words=_phrases(w["percent"]),
        scales=scales,
        suffixes={k: int(v) for k, v in data["suffixes"].items()},
        range_words=frozenset(data["ranges"]["words"]),
        dashes=frozenset(data["ranges"]["dashes"]),
        # a one-word currency (units.toml) may stand between the first number and the joining word:
        # "20 nghìn đồng đến 26 nghìn", "từ 1.250.000đ đến 1.800.000đ"
        range_currency=frozenset(w for w in load("units")["currency"]["words"] if " " not in w),
        qualifiers={tuple(k.split()): v for k, v in data["qualifiers"].items()},
        qualifier_phrases=Phrases(tuple(k.split()) for k in data["qualifiers"]),
        fillers=_phrases(data["qualifier_fillers"]["words"]),
        at_least_before=frozenset(data["at_least_frame"]["before"]),
        at_least_after=_phrases(data["at_least_frame"]["after"]),
        number_words=number_words,
        starting_words=number_words - scales.keys(),
        number_words_cased=_cased(number_words),
        starting_words_cased=_cased(number_words - scales.keys()),
        fraction_before=frozenset(data["fractions"]["before"]),
        half_words=frozenset(data["fractions"]["half"]),
        comparatives=frozenset(data["comparatives"]["before_hon"]),
        part_words=frozenset(data["fractions"]["part"]),
        denominators=dict(data["fractions"]["denominators"]),
    )


# ---------------------------------------------------------------- tokens

# words, digits (also thousands grouped by spaces: "11 000", "1 200 000"), single marks;
# words first, as most tokens are words (the regex tries the alternatives in order).
# The white space before a token is part of the match, taken whole (``*+``): the
# engine then never tries a token at a space. Trailing space is cut off before.
# Groups: the space, then word, digits or mark.
_TOKEN = re.compile(r"(\s*+)(?:([^\W\d_]+)|(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){1,5}(?![\d.,]?\d)|\d+(?:[.,]\d+)*|,\d+)|(\S))")
_SPACED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+")

# Digit strings that are not quantities, matched on the raw text first.
_NOT_QUANTITY = re.compile(
    r"""
    (?P<code>
        (?<![\w])\d+(?:[-/.]\d+)*(?:[-/][A-ZĐ][\wĐđ]*)+      # 35-NQ/TW, 1234/QĐ-UBND
      | (?<=[^\W\d_])[-+]\d+(?![\d.,]*\d)                      # Covid-19, GMT+7
      | (?<![\w.,])\d{1,3}\+\d{1,2}(?!\d)                         # 90+2: stoppage time
      | (?<![\w])(?!(?:[kcdm]?m|ha)[23]\b)[^\W\d_]+\d\w*          # H5N1, F0 (not m2, km2, m3)
      | (?<![\w.,])\d{20,}                                       # account numbers, IDs: no count is that long
      | (?<![\w.,])\d{1,3}(?:[.,]\d{3}){7,}                      # 1.000.000.000.000.000.000.000: no count either
    )
  | (?P<date>
        (?<![\w.,/])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\d/])  # 27/09/2023, 22-10-2018
      | (?<![\w.,/-])\d{1,2}[/-](?:19|20)\d{2}(?![\d/])        # 4-2021, 1/2017
      | (?<=[IVX]/)\d{4}                                       # quý I/2021
    )
  | (?P<time>
        (?<![\w.,])\d{1,2}(?:[:hg]\d{2}){1,2}(?![\d])         # 17h30, 10:45, 15:23:24
      | (?<![\w.,])\d{1,2}h(?![^\W\d_])                        # 17h
    )
  | (?P<unit>
        (?:(?<=\bm)|(?<=\b[kcdh]m)|(?<=\bha))[23](?!\w)                    # the 2 of m2, the 3 of m3
    )
  | (?P<phone>
        (?<![\w.,])(?:\(?\+84\)?[ .]?|0)\d{2,4}(?:[ .-]?\d{2,4}){2,3}(?![\d.,]*\d)   # 0912 345 678
      | (?<![\w.,])(?:1800|1900)[ .]?\d{3,4}(?:[ .]?\d{2,4})?(?![\d.,]*\d)          # hotlines 1900 1234
    )
    """,
    re.VERBOSE,
)

# A slash pair d/m is a date; a/b with a < b <= 10 after a word like "chiếm"
# or a qualifier reads as a fraction ("chiếm 1/3", "khoảng 2/3").
_SLASH = re.compile(r"(?<![\w.,/])(\d{1,2})/(\d{1,2})(?![\d/])")
# A glued dash pair that cannot be a range (the second smaller) is a day-month: "31-1", "6-2".
_DAY_MONTH = re.compile(r"(?<![\w.,/-])(\d{1,2})-(\d{1,2})(?![\d/-])")

_VN_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3},\d{3}\.\d+")
_VN_DECIMAL = re.compile(r"\d*,\d+")
_EN_DECIMAL = re.compile(r"\d+\.\d+")
_PLAIN = re.compile(r"\d+")


class Token:
    """A word, a digit string or a punctuation mark, with its span and ``low``:
    lower case, tone mark placed the new way (see ``lexicon.fold``)."""

    __slots__ = ("end", "kind", "low", "start", "text")

    def __init__(self, kind: str, text: str, start: int, end: int, low: str) -> None:
        self.kind = kind  # "d" digits, "w" word, "p" punctuation
        self.text = text
        self.start = start
        self.end = end
        self.low = low

    @property
    def is_word(self) -> bool:
        return self.kind == "w"

    @property
    def is_digit(self) -> bool:
        return self.kind == "d" and self.text[0].isdigit()

    @property
    def capitalized(self) -> bool:
        return self.text[0].isupper()

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r}, {self.start}, {self.end})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, spans pointing into ``text``.

    The text is lower-cased and folded as a whole and the tokens are read from
    that copy, so each token's ``low`` comes with it at no cost of its own; a
    token's span follows from the lengths of the space and tokens before it
    (``findall`` makes no match objects). Digits and marks are their own lower case.
    """
    stop = len(text) if end is None else end
    stop = start + len(text[start:stop].rstrip())  # every space run is then followed by a token
    low = fold_text(text.lower())
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): read from the text itself
        return [_token(text, m) for m in _TOKEN.finditer(text, start, stop)]
    out: list[Token] = []
    append = out.append
    pos = start
    for space, w, d, p in _TOKEN.findall(low, start, stop):
        a = pos + len(space)
        if w:
            pos = a + len(w)
            append(Token("w", text[a:pos], a, pos, w))
        elif d:
            pos = a + len(d)
            append(Token("d", d, a, pos, d))
        else:
            pos = a + 1
            append(Token("p", text[a], a, pos, p))
    return out


def _token(text: str, m: re.Match[str]) -> Token:
    k = m.lastindex or 4  # 2 word, 3 digits, 4 mark: the group that closed last
    a, b = m.span(k)
    return Token("wdp"[k - 2], text[a:b], a, b, fold(text[a:b].lower()))


def read_digits(s: str) -> Decimal | None:
    """The value of a digit string written the Vietnamese (or a plain English) way."""
    if _PLAIN.fullmatch(s):
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


# ---------------------------------------------------------------- the word grammar

_DOUBLED = re.compile(r"(\w)\1+")


def _scale(word: str) -> int | None:
    """A scale word's value, forgiving a doubled letter typed by mistake ("ttỷ")."""
    scales = _lex().scales
    if word in scales:
        return scales[word]
    return _undoubled_scale(word) if len(word) > 2 else None


@lru_cache(maxsize=4096)
def _undoubled_scale(word: str) -> int | None:
    # every word after a number comes here: remembered, as a text repeats its words
    return _lex().scales.get(_DOUBLED.sub(r"\1", word))


@dataclass(slots=True)
class _Read:
    value: Decimal
    end: int  # index of the first token not consumed
    spelled: bool
    scaled: bool
    bare_digits: bool


class _Parser:
    """Reads one number (digits, words or both) starting at a token."""

    def __init__(self, toks: Sequence[Token], whole: bool) -> None:
        self.t = toks
        self.whole = whole
        self.lex = _lex()

    # -- helpers
    def low(self, i: int) -> str:
        return self.t[i].low if i < len(self.t) else ""

    def glued(self, i: int) -> bool:
        """Token i touches token i-1 (no space between)."""
        return 0 < i < len(self.t) and self.t[i - 1].end == self.t[i].start

    def is_word(self, i: int) -> bool:
        return i < len(self.t) and self.t[i].kind == "w"

    def digit(self, i: int, lead: bool) -> int | None:
        if not self.is_word(i):
            return None
        w = self.low(i)
        if w in self.lex.digits:
            return self.lex.digits[w]
        if not lead and w in self.lex.trailing:
            return self.lex.trailing[w]
        return None

    def is_multiplier(self, i: int) -> bool:
        w = self.low(i)
        return self.is_word(i) and (w in self.lex.scales or w in self.lex.hundred or w in self.lex.tens)

    # -- tens: "mười lăm", "hai mươi mốt", "hai chục", "hai mốt"
    def tens(self, i: int, compressed: bool) -> tuple[int, int] | None:
        lx = self.lex
        if self.is_word(i) and self.low(i) in lx.ten:
            u = self.digit(i + 1, lead=False)
            if u is not None and u != 0 and self.low(i + 1) != "năm":
                return 10 + u, i + 2
            return 10, i + 1
        d = self.digit(i, lead=True)
        if d is None or d < 1:
            return None
        if self.is_word(i + 1) and self.low(i + 1) in lx.tens:
            u = self.digit(i + 2, lead=False)
            if u is not None and u != 0 and self.low(i + 2) != "năm":
                return d * 10 + u, i + 3
            return d * 10, i + 2
        if self.is_word(i + 1) and self.low(i + 1) in lx.tens_alt:
            return d * 10, i + 2
        if compressed and d >= 2:
            u = self.digit(i + 1, lead=False)
            nxt = self.low(i + 2)
            if u is not None and nxt not in lx.hundred and nxt not in lx.tens:
                return d * 10 + u, i + 2
        return None

    # -- a group below one thousand, in words
    def group(self, i: int, top: bool) -> tuple[int, int, bool] | None:
        """(value, next index, is a bare single digit)."""
        lx = self.lex
        hundreds: int | None = None
        j = i
        if self.is_word(j) and self.low(j) in lx.hundred and self.whole and top:
            hundreds, j = 1, j + 1
        else:
            d = self.digit(j, lead=True)
            if d is not None and self.is_word(j + 1) and self.low(j + 1) in lx.hundred:
                hundreds, j = d, j + 2
        if hundreds is not None:
            base = hundreds * 100
            if self.is_word(j) and self.low(j) in lx.zero_link:
                u = self.digit(j + 1, lead=False)
                if u is not None:
                    return base + u, j + 2, False
                return base, j, False
            t = self.tens(j, compressed=True)
            if t is not None:
                return base + t[0], t[1], False
            u = self.digit(j, lead=False)
            if u is not None and self.low(j + 1) not in lx.point:
                return base + u * 10, j + 1, False  # "một trăm hai" = 120, "bốn trăm sáu triệu"
            if self.is_word(j) and self.low(j) in lx.half:
                return base + 50, j + 1, False
            return base, j, False
        t = self.tens(i, compressed=self.whole or not top)
        if t is not None:
            return t[0], t[1], False
        d = self.digit(i, lead=top)
        if d is not None:
            if not self.whole and top and d == 0 and self.low(i + 1) not in lx.point:
                return None  # "không" alone is "not", not zero
            return d, i + 1, True
        return None

    # -- a whole number: groups and scales, digits allowed as groups
    def number(self, i: int) -> _Read | None:
        lx = self.lex
        total = Decimal(0)
        current: Decimal | None = None
        max_scale = 0
        last_scale = 0
        spelled = True
        scaled = False
        bare_digits = False
        j = i
        first = True
        while j < len(self.t):
            tok = self.t[j]
            if tok.kind == "d" and current is None and (first or last_scale):
                if not first and not (self.is_word(j + 1) and self.low(j + 1) in lx.scales):
                    break  # "2 tỷ 500 triệu" only when a smaller scale follows
                v = read_digits(tok.text)
                if v is None:
                    break
                current = v
                spelled = False
                bare_digits = first and bool(_PLAIN.fullmatch(tok.text))
                j += 1
                # glued short scale: 100K, 2tr5, 1t, 3M
                if self.glued(j) and self.is_word(j) and self.t[j].text in lx.suffixes:
                    mult = lx.suffixes[self.t[j].text]
                    nxt = j + 1
                    if not (nxt < len(self.t) and self.glued(nxt) and self.t[nxt].kind == "w"):
                        current *= mult
                        scaled = True
                        bare_digits = False
                        j += 1
                        if (
                            nxt < len(self.t)
                            and self.glued(nxt)
                            and self.t[nxt].kind == "d"
                            and _PLAIN.fullmatch(self.t[nxt].text)
                        ):
                            frac = self.t[nxt].text
                            current += Decimal(frac) * mult / (10 ** len(frac))
                            j += 1
                        total += current
                        return _Read(total, j, False, True, False)
                first = False
                continue
            if tok.kind != "w":
                break
            w = tok.low
            s = _scale(w) if current is not None or (total and not first) else None
            if s is not None:
                if current is None:
                    total *= s
                elif s >= max_scale:
                    total = (total + current) * s
                else:
                    total += current * s
                current = None
                max_scale = max(max_scale, s)
                last_scale = s
                scaled = True
                bare_digits = False
                j += 1
                first = False
                continue
            if current is not None:
                break
            if last_scale and w in lx.zero_link:
                u = self.digit(j + 1, lead=False)
                if u is None:
                    break
                current = Decimal(u)
                j += 2
                continue
            if last_scale and w in lx.half:
                current = Decimal(last_scale) / 2
                j += 1
                break
            g = self.group(j, top=first)
            if g is None:
                break
            value, nj, bare = g
            if bare and last_scale and not self.is_multiplier(nj):
                current = Decimal(value) * last_scale / 10  # "một triệu hai" = 1.200.000
                j = nj
                break
            current = Decimal(value)
            j = nj
            first = False
        if first and current is None:
            return None
        if current is not None:
            total += current
        return _Read(total, j, spelled, scaled, bare_digits and not scaled)

    def decimal_words(self, read: _Read) -> _Read:
        """ "sáu mươi phẩy hai bốn" = 60.24; a scale after applies to all."""
        lx = self.lex
        j = read.end
        if not (read.spelled and self.is_word(j) and self.low(j) in lx.point):
            return read
        digits: list[int] = []
        k = j + 1
        while (d := self.digit(k, lead=False)) is not None:
            digits.append(d)
            k += 1
        if not digits:
            return read
        frac = Decimal("0." + "".join(map(str, digits)))
        value = read.value + frac
        scaled = read.scaled
        if not read.scaled and self.is_word(k) and self.low(k) in lx.scales:
            value *= lx.scales[self.low(k)]
            scaled = True
            k += 1
        return _Read(value, k, True, scaled, False)


# ---------------------------------------------------------------- scanning


_REACH = 32  # how far a digit string's word may reach left or right


_LAST_SPACE = re.compile(r"(?s:.*)\s")
# digit strings less than three characters apart, as one run; what follows the run up to white space
_DIGIT_RUN = re.compile(rf"\d\d*(?:\D\D?\d\d*)*(?=(\S{{0,{_REACH}}}))")
# a word that is a plain number ("42", "1.234,5", "(35%),"): none of the shapes below can match in it
_PLAIN_WORD = re.compile(r"[(\[“\"']?[1-9]\d{0,18}(?:[.,]\d{3}){0,6}(?:,\d+)?[%)\]”\"',.;:]*")


def _digit_regions(text: str) -> list[tuple[int, int]]:
    """Stretches of text around digits, out to white space (at most ``_REACH``
    characters), digit strings less than three characters apart merged.

    The shape regexes run only here, so their cost follows the digits, not the text.
    """
    out = []
    for m in _DIGIT_RUN.finditer(text):
        s = m.start()
        if s == 0 or text[s - 1].isspace():
            a = s
        else:
            a = max(0, s - _REACH)
            space = _LAST_SPACE.match(text, a, s)
            if space:
                a = space.end()
        out.append((a, m.end(1)))
    return out


def _shaped_regions(text: str) -> list[tuple[int, int]]:
    """The digit regions where a shape may match: not those that are one plain number between spaces."""
    n = len(text)
    return [
        (a, b)
        for a, b in _digit_regions(text)
        if not ((a == 0 or text[a - 1].isspace()) and (b == n or text[b].isspace()) and _PLAIN_WORD.fullmatch(text, a, b))
    ]


def _claimed_spans(text: str) -> list[Mention]:
    regions = _shaped_regions(text)
    n = len(text)
    matches = [m for a, b in regions for m in _NOT_QUANTITY.finditer(text, a, min(n, b + 2)) if m.start() < b]
    out: list[Mention] = []
    for m in matches:
        kind = m.lastgroup or CODE
        s, e = m.span()
        digits = sum(ch.isdigit() for ch in m.group())
        if kind == PHONE and not (9 <= digits <= 12 or (m.group()[:4] in ("1800", "1900") and digits >= 7)):
            continue
        if kind == CODE and text[s] in "-+":
            s += 1
        out.append(Mention(s, e, text[s:e], kind=kind, rules=(f"shape:{kind}",)))
    fraction_cues = _lex().fraction_before
    covered = {i for c in out for i in range(c.start, c.end)}
    pairs = [m for a, b in regions for m in _DAY_MONTH.finditer(text, a, min(n, b + 2)) if m.start() < b]
    for m in pairs:
        d, mo = int(m.group(1)), int(m.group(2))
        if m.start() in covered:
            continue
        if 1 <= mo < d <= 31 and mo <= 12:
            out.append(Mention(m.start(), m.end(), m.group(), kind=DATE, rules=("shape:date",)))
        elif mo <= d:  # "2-0", "1-1": no range runs downwards, and no month is 0: a score
            out.append(Mention(m.start(), m.end(), m.group(), kind=SCORE, rules=("shape:score",)))
    slashes = [m for a, b in regions for m in _SLASH.finditer(text, a, min(n, b + 2)) if m.start() < b]
    for m in slashes:
        a, b = int(m.group(1)), int(m.group(2))
        if m.start() in covered:
            continue
        before = text[max(0, m.start() - 20) : m.start()].split()
        if 0 < a < b <= 10 and before and before[-1].lower() in fraction_cues:
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(),
                    value=Decimal(a) * 100 / Decimal(b),
                    percent=True,
                    rules=("number:fraction",),
                )
            )
        else:
            out.append(Mention(m.start(), m.end(), m.group(), kind=DATE, rules=("shape:date",)))
    out.sort(key=lambda c: c.start)
    return out


class _Lows:
    """The tokens' ``low`` as a sequence of words for lexicon look-ups, without a list of them all."""

    __slots__ = ("toks",)

    def __init__(self, toks: Sequence[Token]) -> None:
        self.toks = toks

    def __len__(self) -> int:
        return len(self.toks)

    def __getitem__(self, i: int) -> str:
        return self.toks[i].low


class _Scanner:
    def __init__(self, text: str, whole: bool, toks: list[Token] | None = None) -> None:
        self.text = text
        self.whole = whole
        self.toks = tokenize(text) if toks is None else toks
        self.lows = _Lows(self.toks)
        self.parser = _Parser(self.toks, whole)
        self.lex = _lex()

    def atom(self, i: int) -> tuple[_Read, bool, int] | None:
        """A number with its percent sign: (reading, percent, next index)."""
        p = self.parser
        r = p.number(i)
        if r is None:
            return None
        r = p.decimal_words(r)
        j = r.end
        toks = self.toks
        if j < len(toks) and toks[j].text == "%":
            return r, True, j + 1
        n = self.lex.percent_words.at(self.lows, j)
        if n:
            return r, True, j + n
        return r, False, j

    def fraction_words(self, i: int) -> tuple[Mention, int] | None:
        """ "một nửa" = 50%, "hai phần ba" = 66.67%: fractions in words, as percentages."""
        toks, lx = self.toks, self.lex
        if i + 1 >= len(toks) or toks[i].kind != "w":
            return None
        a = lx.digits.get(toks[i].low)
        if a is None or a == 0:
            return None
        value: Decimal | None = None
        j = i + 2
        if a == 1 and toks[i + 1].low in lx.half_words:
            value = Decimal(50)
        elif toks[i + 1].low in lx.part_words and i + 2 < len(toks):
            low = toks[i + 2].low
            b = lx.digits.get(low) or lx.denominators.get(low) or (10 if low in lx.ten else None)
            if b is not None and a < b and (i + 3 >= len(toks) or not self.parser.is_multiplier(i + 3)):
                value = Decimal(a) * 100 / Decimal(b)
                j = i + 3
        if value is None:
            return None
        start, end = toks[i].start, toks[j - 1].end
        return Mention(
            start,
            end,
            self.text[start:end],
            value=value,
            percent=True,
            spelled=True,
            rules=("number:words", "number:fraction"),
        ), j

    def sign(self, i: int) -> int | None:
        """Index of a minus sign that belongs to the number at token i."""
        toks = self.toks
        if i == 0:
            return None
        prev = toks[i - 1]
        if prev.text == "-" and toks[i].kind == "d":
            before = toks[i - 2] if i >= 2 else None
            touching = prev.end == toks[i].start
            if (before is None or (before.kind == "p" and before.text not in self.lex.dashes)) and (touching or self.whole):
                return i - 1
        if prev.kind == "w" and (prev.low in self.lex.minus or (self.whole and prev.low in self.lex.minus_whole)):
            return i - 1
        return None

    def qualifier(self, i: int) -> tuple[str, int | None]:
        """The qualifier before token i: "hơn 500", "gần bằng 4,5%", "khoảng từ 800 đến 900".

        "hơn" after a comparative with "so với" after the number ("thấp hơn 10
        nghìn đồng so với đầu năm") means "than": the number is a difference, exact.
        """
        toks = self.toks
        lx = self.lex
        j = i
        if j > 0 and toks[j - 1].low in lx.at_least_before:
            j -= 1  # "khoảng từ 800 đến 900": the qualifier stands before "từ"
        filler = lx.fillers.ending(self.lows, j)
        for skip in (0, filler) if filler else (0,):
            n = lx.qualifier_phrases.ending(self.lows, j - skip)
            if n:
                first = j - skip - n
                comparative = first > 0 and toks[first].low == "hơn" and toks[first - 1].low in lx.comparatives
                if comparative and self._compared(i):
                    return "exact", None
                phrase = tuple(t.low for t in toks[first : j - skip])
                return lx.qualifiers[phrase], toks[first].start
        return "exact", None

    def _compared(self, i: int) -> bool:
        """ "so với" follows within the clause: "thấp hơn 10 nghìn đồng so với đầu năm"."""
        toks = self.toks
        for k in range(i + 1, min(len(toks) - 1, i + 12)):
            if toks[k].low in (".", ";", "!", "?"):
                return False
            if toks[k].low == "so" and toks[k + 1].low == "với":
                return True
        return False

    def at_least(self, i: int, end: int) -> bool:
        """ "từ 10 người trở lên": từ before, trở lên within a few words after."""
        toks = self.toks
        if i == 0 or toks[i - 1].low not in self.lex.at_least_before:
            return False
        for k in range(end, min(end + 6, len(toks))):
            if toks[k].kind == "p" and toks[k].text not in "-/":
                return False
            if self.lex.at_least_after.at(self.lows, k):
                return True
        return False

    def scan(self, claimed: list[Mention]) -> Iterator[Mention]:
        toks = self.toks
        lx = self.lex
        words = lx.number_words_cased if self.whole else lx.starting_words_cased
        starts = [k for k, t in enumerate(toks) if t.text in words or t.kind == "d"]  # no mark or digit is a word
        ci = 0
        i = 0
        for k in starts:
            if k < i:
                continue
            i = k
            tok = toks[i]
            while ci < len(claimed) and claimed[ci].end <= tok.start:
                ci += 1
            if ci < len(claimed) and claimed[ci].start <= tok.start < claimed[ci].end:
                c = claimed[ci]
                first = i
                while first > 0 and toks[first - 1].start >= c.start:
                    first -= 1
                yield self.with_qualifier(c, first) if c.kind == NUMBER else c
                while i < len(toks) and toks[i].start < c.end:
                    i += 1
                continue
            frac = self.fraction_words(i) if tok.kind == "w" else None
            if frac is not None:
                m, j = frac
                yield self.finish(m, i, j)
                i = j
                continue
            got = self.atom(i)
            if got is None:
                i += 1
                continue
            r, percent, j = got
            limit = claimed[ci].start if ci < len(claimed) else len(self.text)
            if toks[j - 1].end > limit:
                i += 1
                continue
            m = self.mention(i, r, percent, j)
            rng = self.range_end(m, r, percent, j, limit)
            if rng is not None:
                m, j = rng
            yield self.finish(m, i, j)
            i = j

    def mention(self, i: int, r: _Read, percent: bool, j: int) -> Mention:
        toks = self.toks
        start = toks[i].start
        value = r.value
        sign = self.sign(i)
        if sign is not None:
            start = toks[sign].start
            value = -value
        end = toks[j - 1].end
        glued = ""
        if j < len(toks) and toks[j].kind == "w" and toks[j].start == end and not r.spelled:
            glued = toks[j].text
        rules = ["number:words" if r.spelled else "number:digits"]
        if r.scaled:
            rules.append("number:scale")
        if percent:
            rules.append("number:percent")
        return Mention(
            start,
            end,
            self.text[start:end],
            value=value,
            percent=percent,
            spelled=r.spelled,
            scaled=r.scaled,
            plain_digits=r.bare_digits and sign is None,
            glued=glued,
            rules=tuple(rules),
        )

    def range_end(self, m: Mention, r: _Read, percent: bool, j: int, limit: int) -> tuple[Mention, int] | None:
        """Extend a mention to a range: "15.000 đến 20.000", "10-15%", "20 nghìn đồng đến 26 nghìn"."""
        toks = self.toks
        lx = self.lex
        k = j
        # a currency word may stand between the first number and "đến"
        if k + 1 < len(toks) and toks[k].kind == "w" and toks[k].low in lx.range_currency and toks[k + 1].low in lx.range_words:
            k += 1
        if k >= len(toks):
            return None
        conn = toks[k]
        if not (conn.low in lx.range_words or conn.text in lx.dashes):
            return None
        if conn.text in lx.dashes and r.spelled:
            return None
        nxt = k + 1
        if nxt >= len(toks) or toks[nxt].start >= limit:
            return None
        if not (toks[nxt].kind == "d" or (toks[nxt].kind == "w" and toks[nxt].low in lx.number_words)):
            return None
        got = self.atom(nxt)
        if got is None:
            return None
        r2, percent2, j2 = got
        if toks[j2 - 1].end > limit or r2.spelled != r.spelled:
            return None
        low, high = m.value, r2.value
        if r2.scaled and not r.scaled:
            # "từ 10 đến 15 triệu": the scale of the second end applies to both
            scale = self._scale_of(nxt, j2)
            if scale and low * scale <= high:
                low *= scale
        if high <= low:
            return None
        both_percent = percent or percent2
        end = toks[j2 - 1].end
        rules = tuple(dict.fromkeys([*m.rules, *(["number:percent"] if both_percent else []), "number:range"]))
        return replace(
            m,
            end=end,
            text=self.text[m.start : end],
            value=low,
            value_max=high,
            percent=both_percent,
            scaled=m.scaled or r2.scaled,
            plain_digits=False,
            rules=rules,
        ), j2

    def _scale_of(self, i: int, j: int) -> int:
        scale = 1
        for t in self.toks[i:j]:
            if t.kind == "w" and t.low in self.lex.scales:
                scale *= self.lex.scales[t.low]
            elif t.kind == "w" and t.text in self.lex.suffixes:
                scale *= self.lex.suffixes[t.text]
        return scale

    def finish(self, m: Mention, i: int, j: int) -> Mention:
        sign = self.sign(i)
        first = sign if sign is not None else i
        m = self.with_qualifier(m, first)
        if m.qualifier == "exact" and self.at_least(first, j):
            m.qualifier, m.qualifier_start = "at_least", self.toks[first - 1].start
            m.rules = (*m.rules, "qualifier:at_least")
        return m

    def with_qualifier(self, m: Mention, i: int) -> Mention:
        """``m`` (new, from this scanner) with the qualifier before token i."""
        q, qs = self.qualifier(i)
        if q != "exact":
            m.qualifier, m.qualifier_start = q, qs
            m.rules = (*m.rules, f"qualifier:{q}")
        return m


def find_numbers(text: str, tokens: list[Token] | None = None) -> list[Mention]:
    """Every number-like mention in running text, in order.

    Quantities have ``kind == "number"``; dates, clock times, codes and phone
    numbers are returned too (with their kind) so that a caller can show why
    they are not quantities. ``tokens`` are ``tokenize(text)`` when the caller
    has them already.
    """
    claimed = _claimed_spans(text)
    scanner = _Scanner(text, whole=False, toks=tokens)
    return list(scanner.scan(claimed))


def read_number(text: str) -> Decimal | None:
    """The value of a string that is one number from end to end, else None.

    >>> read_number("một trăm lẻ năm")
    Decimal('105')
    """
    stripped = text.strip()
    if not stripped:
        return None
    scanner = _Scanner(stripped, whole=True)
    toks = scanner.toks
    for m in scanner.scan(_claimed_spans(stripped) if toks and toks[0].kind == "d" else []):
        if m.kind == NUMBER and m.start == 0 and m.end == len(stripped) and m.value_max is None:
            return m.value.normalize()
        return None
    return None
