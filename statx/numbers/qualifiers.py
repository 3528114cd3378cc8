"""Qualifiers: the words before (and after) a number that make it an interval.

"hơn 500" (more than), "gần bằng 4,5%" (nearly), "khoảng từ 800 đến 900"
(about), "từ 10 người trở lên" (at least); "thấp hơn 10 nghìn đồng so với …"
is a difference, exact; "ngoài" at the head of a clause is "besides" ("Ngoài hai trường hợp
…"), exact. The phrases are in ``lexicon/numbers.toml``.
"""

from __future__ import annotations

from statx.numbers.lexicon import Lexicon
from statx.numbers.mention import Mention
from statx.text import Lows, Token

__all__ = ["Qualifiers"]

# marks after which a word opens a sentence or clause
_CLAUSE_MARKS = frozenset(".!?,;:(-–•")


class Qualifiers:
    """The qualifier rules of the scanner (:mod:`statx.numbers.scan`), over its tokens."""

    toks: list[Token]
    lows: Lows
    lex: Lexicon

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
        # the word before, tested against the phrases' last words before each look-up
        filler = lx.fillers.ending(self.lows, j) if j > 0 and toks[j - 1].low in lx.fillers.by_last else 0
        last = lx.qualifier_phrases.by_last
        for skip in (0, filler) if filler else (0,):
            k = j - skip
            n = lx.qualifier_phrases.ending(self.lows, k) if k > 0 and toks[k - 1].low in last else 0
            if n:
                first = j - skip - n
                comparative = first > 0 and toks[first].low == "hơn" and toks[first - 1].low in lx.comparatives
                if comparative and self._compared(i):
                    return "exact", None
                phrase = tuple(t.low for t in toks[first : j - skip])
                if phrase == ("ngoài",) and (first == 0 or toks[first - 1].text in _CLAUSE_MARKS):
                    return "exact", None  # "Ngoài hai trường hợp …, còn …": "besides", at the head of its clause
                if phrase == ("trên",) and self._after_count(first - 1):
                    return "exact", None  # "21 trên 477 thí sinh": "out of", after a count
                return lx.qualifiers[phrase], toks[first].start
        return "exact", None

    def _after_count(self, k: int) -> bool:
        """Token k is a count, not a year or a day: "21 trên 477", not "Năm 2023 trên 1.000 hộ"."""
        toks = self.toks
        if k < 0 or toks[k].kind != "d":
            return False
        return len(toks[k].text) != 4 and (k == 0 or toks[k - 1].low not in self.lex.date_words)

    def _compared(self, i: int) -> bool:
        """ "so với" (or "so cùng kỳ") stands in the number's clause, after it or before it: "thấp hơn 10 nghìn
        đồng so với đầu năm", "so với cùng kỳ phát hiện nhiều hơn 15 vụ". After the number the clause ends at a
        comma or at the next comparison ("nhiều hơn 500 người, cao hơn so với …" compares the second)."""
        toks = self.toks
        frames = self.lex.compared_frames
        for k in range(i + 1, min(len(toks) - 1, i + 12)):
            if toks[k].low == "," and k + 2 < len(toks) and (toks[k + 1].low, toks[k + 2].low) in frames:
                return True  # "nhiều hơn 15 vụ, so với cùng kỳ": the comparison right after the comma
            if toks[k].low in (".", ";", "!", "?", ",", "hơn"):
                break
            if (toks[k].low, toks[k + 1].low) in frames:
                return True
        for k in range(i - 1, max(-1, i - 15), -1):
            if toks[k].low in (".", ";", "!", "?", ":"):
                return False
            if k + 1 < i and (toks[k].low, toks[k + 1].low) in frames:
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

    def with_qualifier(self, m: Mention, i: int) -> Mention:
        """``m`` (new, from this scanner) with the qualifier before token i."""
        q, qs = self.qualifier(i)
        if q != "exact":
            m.qualifier, m.qualifier_start = q, qs
            m.rules = (*m.rules, f"qualifier:{q}")
        return m
