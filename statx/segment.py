"""Optional Vietnamese word segmentation with underthesea (``pip install 'statx[nlp]'``).

statx's own rules decide everything; segmentation only tells which syllables
belong to one word, so that an object phrase is not cut inside a compound
("đoàn cơ sở trực thuộc", "nhập viện cấp cứu"). Measured on the dev corpus it
changes few objects and costs far more than the rest of the analysis, so it is
off unless asked for (``--segment``). It is called on a short window after a
number, never on a whole article, and never with ``fixed_words`` (which changes
a global inside underthesea and leaks into every later call).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

__all__ = ["SegmentationUnavailable", "word_spans"]


class SegmentationUnavailable(RuntimeError):
    """underthesea is not installed."""


@cache
def _tokenizer() -> Callable[[str], list[str]]:
    try:
        from underthesea import word_tokenize
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SegmentationUnavailable("word segmentation needs underthesea: pip install 'statx[nlp]'") from exc
    return word_tokenize  # type: ignore[no-any-return]


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the words underthesea finds in ``text[start:end]``, as offsets into ``text``."""
    spans: list[tuple[int, int]] = []
    at = start
    for word in _tokenizer()(text[start:end]):
        first = word.split()[0] if word.split() else word
        found = text.find(first, at, end)
        if found < 0:
            continue
        # the word's syllables, separated by any white space in the source
        pos = found
        for syllable in word.split():
            k = text.find(syllable, pos, end)
            if k < 0:
                break
            pos = k + len(syllable)
        spans.append((found, pos))
        at = pos
    return spans
