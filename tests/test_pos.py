"""statx.lexicon.pos: the words underthesea's part-of-speech model reads as verbs."""

from __future__ import annotations

import io
import pickle

import pytest

from statx.lexicon import pos
from statx.lexicon.dictionary import words

needs_tagger = pytest.mark.skipif(not pos.verbs(), reason="underthesea's part-of-speech model is not installed")


@needs_tagger
def test_verbs_are_words_of_the_list_the_model_reads_as_verbs() -> None:
    verbs = pos.verbs()
    assert {"khám", "cấp cứu", "chở", "sập", "giữ"} <= verbs
    assert verbs.isdisjoint({"bệnh viện", "vị trí", "thí sinh", "môn"})
    assert verbs <= words()


@needs_tagger
def test_a_word_the_model_never_saw_is_no_verb() -> None:
    # the model gives a word it never learnt its prior, below the verb's chance
    assert "xyzq" not in pos.verbs()
    assert pos._tagged_verbs(pos.underthesea_file(f"{pos._MODEL}/models.bin").parent, ["xyzq", "khám"]) == {"khám"}


def test_the_model_files_are_read_as_data_only() -> None:
    class Runs:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (print, ("ran",))

    with pytest.raises(pickle.UnpicklingError):
        pos._DataOnly(io.BytesIO(pickle.dumps(Runs()))).load()
    assert pos._DataOnly(io.BytesIO(pickle.dumps({"a", "b"}))).load() == {"a", "b"}
    assert pos._DataOnly(io.BytesIO(pickle.dumps(["T[0]", "T[1]"]))).load() == ["T[0]", "T[1]"]


@needs_tagger
def test_a_word_of_two_verbs_is_a_verb_unless_the_model_is_sure_of_another_tag() -> None:
    # "gieo" and "trồng" are verbs; the model never met "gieo trồng" as one word and guesses a noun by its prior
    verbs = pos.verbs()
    assert {"gieo", "trồng", "gieo trồng"} <= verbs
    # both syllables verbs, but the model knows the noun: "học sinh" (pupil) stays no verb
    assert {"học", "sinh"} <= verbs and "học sinh" not in verbs
