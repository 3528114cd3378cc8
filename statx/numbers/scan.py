"""The scanner: every number mention of a running text, in order, and one number read whole.

It walks the tokens of :mod:`statx.text`, lets :mod:`statx.numbers.shapes`
claim dates and codes, reads each number with :mod:`statx.numbers.words`, adds
its percent sign ("45%", "45 phần trăm"), its sign ("âm 5"), its range ("từ 10
đến 15 triệu", "10-15%") and its qualifier (:mod:`statx.numbers.qualifiers`).
Fractions in words ("một nửa", "hai phần ba") are read as percentages.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from statx.numbers.lexicon import lexicon
from statx.numbers.mention import LARGEST, NUMBER, TOO_LARGE, Mention
from statx.numbers.qualifiers import Qualifiers
from statx.numbers.shapes import claimed_spans
from statx.numbers.words import Parser, Read
from statx.text import Lows, Token, tokenize

__all__ = ["find_numbers", "read_number"]

# the rules of a number read by the parser, by (spelled, scaled, percent)
_RULES = {
    (spelled, scaled, percent): (
        "number:words" if spelled else "number:digits",
        *(["number:scale"] if scaled else []),
        *(["number:percent"] if percent else []),
    )
    for spelled in (False, True)
    for scaled in (False, True)
    for percent in (False, True)
}


class _Scanner(Qualifiers):
    def __init__(self, text: str, whole: bool, toks: list[Token] | None = None) -> None:
        self.text = text
        self.whole = whole
        self.toks = tokenize(text) if toks is None else toks
        self.lows = Lows(self.toks)
        self.parser = Parser(self.toks, whole)
        self.lex = lexicon()
        # the last atom read: a range's second end that was none ("1-1-1-…") is read again as a number
        self._atom: tuple[int, tuple[Read, bool, int] | None] = (-1, None)

    def atom(self, i: int) -> tuple[Read, bool, int] | None:
        """A number with its percent sign: (reading, percent, next index)."""
        if self._atom[0] == i:
            return self._atom[1]
        got = self._atom_at(i)
        self._atom = (i, got)
        return got

    def _atom_at(self, i: int) -> tuple[Read, bool, int] | None:
        p = self.parser
        r = p.number(i)
        if r is None:
            return None
        r = p.decimal_words(r)
        j = r.end
        toks = self.toks
        if j < len(toks) and toks[j].text == "%" and "\n" not in self.text[toks[j - 1].end : toks[j].start]:
            return r, True, j + 1  # a sign on the next line is no part of the number: the sentence ends between
        n = self.lex.percent_words.at(self.lows, j) if j < len(toks) and toks[j].low in self.lex.percent_words.by_first else 0
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

    def pair_range(self, i: int) -> tuple[Mention, int] | None:
        """ "ba bốn người" = 3 to 4, "hai ba triệu" = 2 to 3 triệu: two digit words counting up
        by one before a noun or a scale, "this or that many", a range with qualifier approx."""
        toks, lx = self.toks, self.lex
        low = lx.digits.get(toks[i].low)
        if not low or i + 2 >= len(toks) or toks[i + 1].kind != "w" or toks[i + 1].low == "năm":
            return None
        if lx.digits.get(toks[i + 1].low) != low + 1:
            return None
        j, scale = i + 2, 1
        if toks[j].low in lx.hundred:
            j, scale = j + 1, 100
        elif toks[j].low in lx.tens_alt:
            j, scale = j + 1, 10  # "hai ba chục người" = 20 to 30
        if j < len(toks) and toks[j].low in lx.scales:
            j, scale = j + 1, scale * lx.scales[toks[j].low]
        n_percent = lx.percent_words.at(self.lows, j) if j < len(toks) else 0
        if not n_percent:
            if scale == 1 and (toks[j].kind != "w" or (toks[j].low in lx.pair_stop and toks[j].low != "năm")):
                return None  # "sáu bảy." is 67, "ba bốn phẩy hai" 34,2; "ba bốn năm" is years
            if scale > 1 and j < len(toks) and toks[j].kind == "w" and toks[j].low in lx.pair_stop:
                return None  # "hai ba nghìn năm trăm": a number goes on
        start = toks[i].start
        j += n_percent
        end = toks[j - 1].end
        percent = n_percent > 0
        rules = ["number:words", *(["number:scale"] if scale > 1 else []), *(["number:percent"] if percent else [])]
        m = Mention(
            start,
            end,
            self.text[start:end],
            value=Decimal(low * scale),
            value_max=Decimal((low + 1) * scale),
            qualifier="approx",
            qualifier_start=start,
            percent=percent,
            spelled=True,
            scaled=scale > 1,
            rules=(*rules, "number:range", "qualifier:approx"),
        )
        return m, j

    def sign(self, i: int) -> int | None:
        """Index of a minus sign that belongs to the number at token i: "-12,5", "âm 5",
        "là - 5", "là trừ 60"; not a code's hyphen ("ABC-123"), a range's dash ("10-15")
        or a list dash ("- 5 người"). The choices are explained in lexicon/numbers.toml."""
        toks = self.toks
        if i == 0:
            return None
        prev = toks[i - 1]
        lx = self.lex
        if prev.kind == "w":
            if prev.low in lx.minus or (prev.low in lx.minus_whole and (self.whole or self.states_value(i - 2))):
                return i - 1
            return None
        if prev.text != "-" or toks[i].kind != "d":
            return None
        before = toks[i - 2] if i >= 2 else None
        touching = prev.end == toks[i].start
        if before is None or (before.kind == "p" and before.text not in lx.dashes):
            return i - 1 if touching or self.whole else None
        spaced = before.end < prev.start and "\n" not in self.text[before.end : prev.start]
        if before.kind != "w" or not spaced or before.low in lx.number_words:
            return None
        for k in range(i - 3, max(i - 5, -1), -1):
            if toks[k].kind == "d" or toks[k].low in lx.number_words:
                return None  # "10 người -15 người", "10 triệu đồng -15 triệu đồng": a range
            if toks[k].kind != "w":
                break
        return i - 1 if touching or self.states_value(i - 2) else None  # "là -12,5 độ C", "là - 5 độ C"

    def states_value(self, k: int) -> bool:
        """Token k is a word that states a value ("là", "mức"), so a "trừ" or dash after it is minus."""
        return k >= 0 and self.toks[k].low in self.lex.minus_after

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
            pair = self.pair_range(i) if tok.kind == "w" else None
            if pair is not None:
                m, j = pair
                yield self.finish(m, self.first(i), j)
                i = j
                continue
            frac = self.fraction_words(i) if tok.kind == "w" else None
            if frac is not None:
                m, j = frac
                yield self.finish(m, self.first(i), j)
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
            first = self.first(i)
            m = self.mention(i, first, r, percent, j)
            rng = self.range_end(m, r, percent, j, limit)
            if rng is not None:
                m, j = rng
            yield self.finish(m, first, j)
            i = j

    def first(self, i: int) -> int:
        """The first token of the number at token i: its minus sign, when it has one."""
        sign = self.sign(i)
        return i if sign is None else sign

    def mention(self, i: int, first: int, r: Read, percent: bool, j: int) -> Mention:
        toks = self.toks
        start = toks[first].start
        value = -r.value if first < i else r.value
        end = toks[j - 1].end
        glued = ""
        if j < len(toks) and toks[j].kind == "w" and toks[j].start == end and not r.spelled:
            glued = toks[j].text
        plain = r.bare_digits and first == i
        # positional: a dataclass takes them faster than by name, on the path of every number
        # (kind, value, value_max, qualifier, its start, percent, spelled, scaled, plain digits, glued, rules)
        text = self.text[start:end]
        rules = _RULES[r.spelled, r.scaled, percent]
        return Mention(start, end, text, NUMBER, value, None, "exact", None, percent, r.spelled, r.scaled, plain, glued, rules)

    def range_end(self, m: Mention, r: Read, percent: bool, j: int, limit: int) -> tuple[Mention, int] | None:
        """Extend a mention to a range: "15.000 đến 20.000", "10-15%", "30 nghìn đồng đến 34 nghìn"."""
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

    def finish(self, m: Mention, first: int, j: int) -> Mention:
        """``m`` with its qualifier, the number's tokens being ``first`` (its sign's, if any) to ``j``."""
        m = self.with_qualifier(m, first)
        if m.qualifier == "exact" and self.at_least(first, j):
            m.qualifier, m.qualifier_start = "at_least", self.toks[first - 1].start
            m.rules = (*m.rules, "qualifier:at_least")
        return m


def find_numbers(text: str, tokens: list[Token] | None = None) -> list[Mention]:
    """Every number-like mention in running text, in order.

    Quantities have ``kind == "number"``; dates, clock times, codes and phone
    numbers are returned too (with their kind) so that a caller can show why
    they are not quantities, and so are numbers past ``LARGEST`` (10^18, kind
    ``"too large"``). ``tokens`` are ``tokenize(text)`` when the caller
    has them already.
    """
    claimed = claimed_spans(text)
    scanner = _Scanner(text, whole=False, toks=tokens)
    mentions = list(scanner.scan(claimed))
    for m in mentions:
        if m.kind == NUMBER and (abs(m.value) > LARGEST or (m.value_max is not None and abs(m.value_max) > LARGEST)):
            m.kind = TOO_LARGE  # not a fact: dropped, with this as the reason
    return mentions


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
    for m in scanner.scan(claimed_spans(stripped) if toks and toks[0].kind == "d" else []):
        if m.kind == NUMBER and m.start == 0 and m.end == len(stripped) and m.value_max is None:
            return m.value.normalize()
        return None
    return None
