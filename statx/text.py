"""The text layer: tokens with their spans, and sentences, of an NFC text.

It knows words, digit strings, marks and where sentences end; it knows no
numbers and no facts. :mod:`statx.numbers` reads numbers from these tokens,
:mod:`statx.understand` reads a sentence's tokens around each number.

* :func:`tokenize`: the tokens of a text (or of a stretch of it), each with its
  span and ``low``, its lower case with the tone mark placed the new way;
* :func:`sentences`: sentence spans, line breaks and hard-wrapped lines judged;
* :class:`Lows`: tokens' ``low`` as a sequence of words for lexicon look-ups;
* :data:`WORD`: the same split as :func:`tokenize`, for a word list's phrases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from statx.lexicon import fold, fold_text

__all__ = ["WORD", "Lows", "Token", "sentences", "tokenize"]

# ---------------------------------------------------------------- tokens

# words, digits (also thousands grouped by spaces: "11 000", "1 200 000"), single marks;
# words first, as most tokens are words (the regex tries the alternatives in order).
# The white space before a token is part of the match, taken whole (``*+``): the
# engine then never tries a token at a space. Trailing space is cut off before.
# Groups: the space, then word, digits or mark.
_TOKEN = re.compile(r"(\s*+)(?:([^\W\d_]+)|(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){1,5}(?![\d.,]?\d)|\d+(?:[.,]\d+)*|,\d+)|(\S))")


def _letters(*blocks: range) -> str:
    r"""The characters of ``blocks`` that ``[^\W\d_]`` matches (letters, and numerals that are no digit), as
    the ranges of a regex class."""
    runs: list[list[int]] = []
    for c in (c for block in blocks for c in block if chr(c).isalnum() and not chr(c).isdecimal()):
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in runs)


# _TOKEN with a word's letters as ranges: Latin and Vietnamese (U+0000-U+024F, U+1E00-U+1EFF). The regex
# engine tests a character against ranges by a table look-up, against [^\W\d_] by several Unicode look-ups:
# a sixth of the tokenizer's time. A letter outside them comes out of it as a mark: the text is then read
# again with _TOKEN.
_FAST_TOKEN = re.compile(_TOKEN.pattern.replace(r"[^\W\d_]", f"[{_letters(range(0x250), range(0x1E00, 0x1F00))}]", 1))


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
    return _read(text, low, start, stop, _FAST_TOKEN) or _read(text, low, start, stop, _TOKEN) or []


def _read(text: str, low: str, start: int, stop: int, pattern: re.Pattern[str]) -> list[Token] | None:
    """The tokens ``pattern`` finds in ``low[start:stop]``; None when it is _FAST_TOKEN and a letter outside
    its ranges comes out as a mark."""
    out: list[Token] = []
    append = out.append
    new = object.__new__  # the fields set here, not by a call to __init__ a token (a tenth of the time it takes)
    pos = start
    fast = pattern is _FAST_TOKEN
    for space, w, d, p in pattern.findall(low, start, stop):
        a = pos + len(space)
        t = new(Token)
        t.start = a
        if w:
            pos = a + len(w)
            t.kind, t.text, t.low = "w", text[a:pos], w
        elif d:
            pos = a + len(d)
            t.kind = "d"
            t.text = t.low = d
        else:
            if fast and p.isalnum():
                return None  # a letter of another script ("α", "я"): _TOKEN reads the text
            pos = a + 1
            t.kind, t.text, t.low = "p", text[a], p
        t.end = pos
        append(t)
    return out


def _token(text: str, m: re.Match[str]) -> Token:
    k = m.lastindex or 4  # 2 word, 3 digits, 4 mark: the group that closed last
    a, b = m.span(k)
    return Token("wdp"[k - 2], text[a:b], a, b, fold(text[a:b].lower()))


# a text's words, digit strings and marks, as ``tokenize`` splits it (for phrases of a word list)
WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[^\w\s]")


class Lows:
    """The tokens' ``low`` as a sequence of words for lexicon look-ups, without a list of them all."""

    __slots__ = ("toks",)

    def __init__(self, toks: Sequence[Token]) -> None:
        self.toks = toks

    def __len__(self) -> int:
        return len(self.toks)

    def __getitem__(self, i: int) -> str:
        return self.toks[i].low


# ---------------------------------------------------------------- sentences

# a sentence ends after . ! ? … (and closing quotes or brackets) before white space, or at a line break
# (one character class first lets the regex engine skip ahead to candidates)
_SENT_END = re.compile(r"[.!?…\n](?:(?<=\n)\n*|[\"”’)]*\s+|(?<=\.)(?=[^\W\d_]{2}))")
# a full stop glued to the next sentence, as pasted web text has it ("người.Theo ông …"): a word
# all in lower case before it, a capitalised word of lower-case letters after ("TP.HCM", "Th.S" go on)
_GLUED_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}\Z")
_GLUED_AFTER = re.compile(r"[^\W\d_][^\W\d_]+")
_NON_SPACE = re.compile(r"\S")
# a line that goes on in lower case after a single line break continues the sentence (hard-wrapped text)
_GOES_ON = re.compile(r"[^\S\n]*[^\W\d_]")
# a full stop after these is an abbreviation, not the end of a sentence: "TP. Bến Tre"
_ABBREV = re.compile(r"(?:^|\s|\()(?:TP|Tp|TX|Q|P|TS|ThS|PGS|GS|BS|KS|Mr|Mrs|Ms|St|TT|Th|TW|Ths)\.$")


def _glued_end(text: str, dot: int) -> bool:
    """A full stop at ``dot`` with no space after it that still ends a sentence: "người.Theo"."""
    before = _GLUED_BEFORE.search(text, max(0, dot - 12), dot)
    after = _GLUED_AFTER.match(text, dot + 1)
    return bool(before and after and before.group().islower() and after.group()[0].isupper() and after.group()[1:].islower())


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split at . ! ? followed by space, and at line breaks, but for
    a single line break before a lower-case word (a hard-wrapped line goes on)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.group() == "\n" and (goes_on := _GOES_ON.match(text, m.end())) and goes_on.group()[-1].islower():
            continue
        if m.end() == m.start() + 1 and text[m.start()] == "." and not _glued_end(text, m.start()):
            continue
        end = m.start() if text[m.start()] == "\n" else m.start() + 1  # a mark ends its sentence
        if text[end - 1] == "." and "\n" not in m.group() and _ABBREV.search(text, max(start, end - 6), end):
            continue
        if _NON_SPACE.search(text, start, end):
            spans.append((start, end))
        start = m.end()
    if _NON_SPACE.search(text, start):
        spans.append((start, len(text)))
    return spans
