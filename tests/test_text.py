"""statx.text: tokens cover the text with their spans and lower case; sentences and spans as facts show them."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from statx.lexicon import fold
from statx.text import sentences, tokenize
from tests.conftest import by_mention, facts
from tests.test_properties import VIETNAMESE_TEXT


def test_spans_point_at_the_mention() -> None:
    text = "Khoảng 5.000 nhân viên và hơn 2,4 triệu lượt retweet, từ 12.000 đến 18.000 lượt like."
    for f in facts(text):
        assert text[f.start : f.end] == f.mention


@pytest.mark.parametrize("spelling", ["xóa tên", "xoá tên"])
def test_old_and_new_tone_placement_match_the_same_words(spelling: str) -> None:
    (f,) = facts(f"Thành ủy kỷ luật {spelling} 3 đảng viên.")
    assert (f.value, f.category, f.label) == (3, "discipline", spelling)


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it() -> None:
    text = "Huyện có 40 hộ nghèo.Theo báo cáo, 12 hộ đã thoát nghèo. Tại TP.HCM có 9 hộ, Th.S Lan cho biết."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Huyện có 40 hộ nghèo.",
        "Theo báo cáo, 12 hộ đã thoát nghèo.",
        "Tại TP.HCM có 9 hộ, Th.S Lan cho biết.",
    ]
    assert by_mention(text)["12"].sentence == "Theo báo cáo, 12 hộ đã thoát nghèo."


def test_a_hard_wrapped_line_goes_on_in_lower_case() -> None:
    f = by_mention(
        "Giá thuê căn hộ tại quận trung tâm dao động từ 8 đến 12 triệu\nđồng mỗi tháng, cao hơn\nkhoảng 15% so với năm ngoái.\nThành phố có 42.000 căn hộ."
    )
    assert (f["8 đến 12 triệu"].category, f["8 đến 12 triệu"].unit) == ("money", "đồng")
    assert f["15%"].qualifier == "approx"
    assert f["42.000"].sentence == "Thành phố có 42.000 căn hộ."  # a new line in upper case is a new sentence


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), VIETNAMESE_TEXT))
@example("İstanbul có 1.234 người, Ⓐ 11 000 ,5%")
@example("  THÀNH PHỐ HOÀ BÌNH  ")
def test_tokens_cover_the_text_with_their_spans_and_lower_case(text: str) -> None:
    toks = tokenize(text)
    assert "".join("".join(t.text.split()) for t in toks) == "".join(text.split())  # "11 000" is one token
    for t in toks:
        assert text[t.start : t.end] == t.text
        assert t.low == fold(t.text.lower())
        if t.kind == "w":
            assert all(c.isalnum() and not c.isdecimal() for c in t.text)
        elif t.kind == "d":
            assert any(c.isdecimal() for c in t.text) and all(c.isdecimal() or c in ".,\u00a0\u202f\u2009 " for c in t.text)
        else:
            assert t.kind == "p" and len(t.text) == 1 and not t.text.isalnum()  # a letter is never a mark


def test_a_word_of_letters_from_other_scripts_is_one_word() -> None:
    # Latin and Vietnamese letters are read by the fast pattern; a Greek, Cyrillic or Han letter sends the
    # text to the general one, which keeps each word whole whatever its letters
    text = "Nhóm xαy có 12 thành viên, мир и 中文 đều là chữ; ΩΣ2"
    assert [(t.kind, t.text) for t in tokenize(text)] == [
        ("w", "Nhóm"),
        ("w", "xαy"),
        ("w", "có"),
        ("d", "12"),
        ("w", "thành"),
        ("w", "viên"),
        ("p", ","),
        ("w", "мир"),
        ("w", "и"),
        ("w", "中文"),
        ("w", "đều"),
        ("w", "là"),
        ("w", "chữ"),
        ("p", ";"),
        ("w", "ΩΣ"),
        ("d", "2"),
    ]


def test_an_eth_written_for_d_with_stroke_reads_as_it_in_low_and_keeps_its_text() -> None:
    from statx.text import tokenize

    tok = tokenize("\u00d0ảng")[0]
    assert (tok.text, tok.low) == ("\u00d0ảng", "đảng")
