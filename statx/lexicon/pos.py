"""Which Vietnamese words are verbs, from underthesea's part-of-speech model, read as data.

underthesea ships a CRF tagger trained on the VLSP 2013 treebank
(``pipeline/pos_tag/models/pos_crf_vlsp2013_20230303``: the model, its feature
template and its word list). Asked about one word alone, the model gives the
chances of each tag from what it learnt of the word itself; a word of
underthesea's word list (Viet74K) whose chance of being a verb (``V``) is at
least ``VERB_CHANCE`` is a verb here ("khám", "cấp cứu", "giữ", "sập"); a word
the model never saw gets its prior, far below that, so a word of two verbs
("gieo trồng", "cấp phát") is a verb too unless the model is sure of another
tag ("học sinh", "giao thông"). The set is made once (two
seconds) and kept by :mod:`statx.lexicon.cache`; underthesea itself is never
imported, only ``underthesea_core``, which runs the model. Without them the set
is empty and the rules keep to their own lists of verbs.
"""

from __future__ import annotations

import io
import pickle
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from statx.lexicon.cache import cached_set
from statx.lexicon.dictionary import underthesea_file, words

__all__ = ["VERB_CHANCE", "verbs"]

VERB_CHANCE = 0.6
# how sure the model must be of another tag to keep a word of two verbs from being one
SURE = 0.8
_MODEL = "pipeline/pos_tag/models/pos_crf_vlsp2013_20230303"


class _DataOnly(pickle.Unpickler):
    """Reads a pickle of plain data (lists, sets, strings) and refuses anything that would run code."""

    def find_class(self, module: str, name: str) -> type:
        if module == "builtins" and name in ("set", "frozenset", "list", "str"):
            return {"set": set, "frozenset": frozenset, "list": list, "str": str}[name]
        raise pickle.UnpicklingError(f"{module}.{name} is not data")


def _data(path: Path) -> object:
    return _DataOnly(io.BytesIO(path.read_bytes())).load()


@cache
def verbs() -> frozenset[str]:
    """The words of Viet74K (as :func:`statx.lexicon.dictionary.words` spells them) that the model tags as verbs."""
    model = underthesea_file(f"{_MODEL}/models.bin")
    if model is None:
        return frozenset()
    return cached_set("verbs", model, lambda: _tagged_verbs(model.parent, words()))


def _tagged_verbs(folder: Path, vocabulary: Iterable[str]) -> frozenset[str]:
    try:
        from underthesea_core import CRFFeaturizer, CRFTagger

        features, dictionary = _data(folder / "features.bin"), _data(folder / "dictionary.bin")
        tagger = CRFTagger()
        tagger.load(str(folder / "models.bin"))
        featurizer = CRFFeaturizer(features, dictionary)
        labels = list(tagger.labels() if callable(tagger.labels) else tagger.labels)
    except (ImportError, OSError, ValueError, TypeError, pickle.UnpicklingError, EOFError):  # pragma: no cover
        return frozenset()  # no model, or one this code cannot read: the rules keep to their own lists
    if "B-V" not in labels:  # pragma: no cover - another model
        return frozenset()
    verb = labels.index("B-V")
    # words of letters only: the featurizer of some versions fails on an empty or spaced entry
    asked = sorted(w for w in vocabulary if w and w == w.strip() and not w[0].isdigit() and "  " not in w)
    try:
        rows = featurizer.process([[[w]] for w in asked])
        chances = [tagger.marginals(row)[0] for row in rows]
    except (ValueError, TypeError, IndexError):  # pragma: no cover - an interface this code does not know
        return frozenset()
    found = {w for w, tags in zip(asked, chances, strict=True) if tags[verb] >= VERB_CHANCE}
    return frozenset(found | set(_joined_verbs(asked, chances, verb, found)))


def _joined_verbs(asked: list[str], chances: list[list[float]], verb: int, found: set[str]) -> Iterable[str]:
    """Words of two verbs joined ("gieo trồng", "cấp phát") that the model never met as one word, so reads
    them by its prior: verbs too, unless the model is sure of another tag ("học sinh", "giao thông")."""
    for w, tags in zip(asked, chances, strict=True):
        parts = w.split(" ")
        joined = w not in found and len(parts) == 2 and parts[0] in found and parts[1] in found
        if joined and (max(tags) < SURE or tags.index(max(tags)) == verb):
            yield w
