"""Numbers in words, digits and both: ``ba mươi lăm``, ``một trăm lẻ năm``, ``1,2 triệu``, ``100K``.

:class:`Parser` reads one number starting at a token: groups below one
thousand (hundreds, tens with their variants "mốt", "tư", "lăm"), scale words
("nghìn", "triệu", "tỷ", a doubled letter forgiven) and glued suffixes
("100K", "2tr5"), decimals in words ("sáu mươi phẩy hai").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from statx.numbers.digits import PLAIN, read_digits
from statx.numbers.lexicon import lexicon
from statx.text import Token

__all__ = ["Parser", "Read"]

# A number read so far beyond this stops taking scale words: it is no count any more
_CEILING = Decimal(10) ** 60
_ZERO = Decimal(0)


_DOUBLED = re.compile(r"(\w)\1+")


def _scale(word: str) -> int | None:
    """A scale word's value, forgiving a doubled letter typed by mistake ("ttỷ")."""
    scales = lexicon().scales
    if word in scales:
        return scales[word]
    return _undoubled_scale(word) if len(word) > 2 else None


@lru_cache(maxsize=4096)
def _undoubled_scale(word: str) -> int | None:
    # every word after a number comes here: remembered, as a text repeats its words
    return lexicon().scales.get(_DOUBLED.sub(r"\1", word))


@dataclass(slots=True)
class Read:
    value: Decimal
    end: int  # index of the first token not consumed
    spelled: bool
    scaled: bool
    bare_digits: bool


class Parser:
    """Reads one number (digits, words or both) starting at a token."""

    def __init__(self, toks: Sequence[Token], whole: bool) -> None:
        self.t = toks
        self.whole = whole
        self.lex = lexicon()

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
    def tens(self, i: int, compressed: bool, loose: bool = True) -> tuple[int, int] | None:
        """Tens at token i: (value, next index). ``compressed`` allows tens without "mươi"
        ("hai mốt", "bốn ba"); unless ``loose`` (a whole string, or after a scale) only the
        pairs a reader takes as one number in running text (see lexicon/numbers.toml)."""
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
            if (
                u is not None
                and nxt not in lx.hundred
                and nxt not in lx.tens
                and nxt not in lx.tens_alt
                and (loose or self.paired(i, d, u))
            ):
                return d * 10 + u, i + 2
        return None

    def paired(self, i: int, tens: int, unit: int) -> bool:
        """Digit words i, i+1 are tens and units in running text: "hai mốt", "bốn ba", not
        "năm hai nghìn" (the year), "ba năm" (three years), "cả hai không" (not), "ba tư vấn
        viên" (consultants), "nuôi ba ba" (turtles; "chín chín tỷ" is 99 tỷ)."""
        lx = self.lex
        second = self.low(i + 1)
        if second in lx.unit_compounds or (tens == unit and second == self.low(i)):
            return not self.is_word(i + 2) or self.low(i + 2) in lx.pair_stop
        return second in lx.trailing or (unit != 0 and second != "năm" and self.low(i) != "năm")

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
        t = self.tens(i, compressed=True, loose=self.whole or not top)
        if t is not None:
            return t[0], t[1], False
        d = self.digit(i, lead=top)
        if d is not None:
            if not self.whole and top and d == 0 and self.low(i + 1) not in lx.point:
                return None  # "không" alone is "not", not zero
            return d, i + 1, True
        return None

    # -- a whole number: groups and scales, digits allowed as groups
    def number(self, i: int) -> Read | None:
        t = self.t
        if i < len(t) and t[i].kind == "d" and (i + 1 == len(t) or t[i + 1].kind != "w"):
            # digits with no word after (most numbers of a dense list): nothing reads on, and _number
            # would read them alone (added to a zero, rounded as it rounds)
            v = read_digits(t[i].text)
            return None if v is None else Read(_ZERO + v, i + 1, False, False, t[i].text.isdecimal())
        return self._number(i)

    def _number(self, i: int) -> Read | None:
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
        while j < len(self.t) and total <= _CEILING:  # "một tỷ tỷ …" on and on: too large, and no overflow
            tok = self.t[j]
            if tok.kind == "d" and current is None and (first or last_scale):
                if not first and not (self.is_word(j + 1) and self.low(j + 1) in lx.scales):
                    break  # "2 tỷ 500 triệu" only when a smaller scale follows
                v = read_digits(tok.text)
                if v is None:
                    break
                current = v
                spelled = False
                bare_digits = first and bool(PLAIN.fullmatch(tok.text))
                j += 1
                # glued short scale: 100K, 2tr5, 1t, 3M
                if self.glued(j) and self.is_word(j) and self.t[j].text in lx.suffixes:
                    suffixed = self.suffixed(j, current)
                    if suffixed is not None:
                        return Read(total + suffixed[0], suffixed[1], False, True, False)
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
                # "hai nghìn linh năm" = 2.005, "một nghìn lẻ năm mươi" = 1.050,
                # "hai triệu lẻ năm trăm nghìn" = 2.500.000
                g = self.group(j + 1, top=False)
                if g is None:
                    break
                current = Decimal(g[0])
                j = g[1]
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
        return Read(total, j, spelled, scaled, bare_digits and not scaled)

    def suffixed(self, j: int, current: Decimal) -> tuple[Decimal, int] | None:
        """Digits worth ``current`` with the short scale glued at token j ("100K", "2tr5", "1t", "3M"):
        (value, next index); None when a word is glued right after the scale."""
        lx = self.lex
        mult = lx.suffixes[self.t[j].text]
        nxt = j + 1
        if not (nxt < len(self.t) and self.glued(nxt) and self.t[nxt].kind == "w"):
            current *= mult
            j += 1
            if nxt < len(self.t) and self.glued(nxt) and self.t[nxt].kind == "d" and PLAIN.fullmatch(self.t[nxt].text):
                frac = self.t[nxt].text
                current += Decimal(frac) * mult / (10 ** len(frac))
                j += 1
            return current, j
        return None

    def decimal_words(self, read: Read) -> Read:
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
        return Read(value, k, True, scaled, False)
