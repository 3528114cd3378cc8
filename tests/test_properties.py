"""Properties that hold for any input (Hypothesis).

A Vietnamese number speller lives here, written independently of statx: statx
must read back whatever it spells, in words or in digits, inside a sentence.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from statx import extract

DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

# ---------------------------------------------------------------- the speller


def _tens_units(n: int, variant: int) -> list[str]:
    """1..99 in words, with the variants Vietnamese uses: mốt, tư, lăm/nhăm."""
    tens, unit = divmod(n, 10)
    if tens == 0:
        return [DIGITS[unit]]
    head = ["mười"] if tens == 1 else [DIGITS[tens], "mươi"]
    if unit == 0:
        return head
    if unit == 5:
        return [*head, "nhăm" if variant % 3 == 2 and tens > 1 else "lăm"]
    if unit == 1 and tens > 1:
        return [*head, "mốt"]
    if unit == 4 and tens > 1 and variant % 2:
        return [*head, "tư"]
    return [*head, DIGITS[unit]]


ZERO_LINKS = ["linh", "lẻ", "lẽ"]  # "lẽ": the ngã for hỏi slip of much real writing


def _short_tens(n: int, variant: int, alone: bool) -> list[str] | None:
    """21..99 without "mươi" ("hai mốt", "bốn ba", "năm lăm"), where Vietnamese drops it;
    None where it does not. ``alone``: no hundreds before, at the start of the number,
    where a reader takes "năm" first as the year, "ba bốn" as "three or four", "ba ba"
    as a word ("ba ba", a turtle) and "hai tư" before a noun as "hai" and a word in "tư"
    ("tư vấn")."""
    tens, unit = divmod(n, 10)
    if tens < 2 or unit == 0:
        return None
    word = {1: "mốt", 5: "lăm"}.get(unit) or ("tư" if unit == 4 and variant % 2 and not alone else DIGITS[unit])
    if alone and word == DIGITS[unit] and (tens == 5 or unit in (tens, tens + 1)):
        return None
    return [DIGITS[tens], word]


def _below_thousand(n: int, variant: int, leading: bool, loose: int = 0) -> list[str]:
    """0..999; a group after a larger one keeps its hundreds ("không trăm linh năm").

    ``loose`` adds the shortcuts people write (each bit one): 1 drops "mươi" where
    Vietnamese allows, 2 drops "không trăm" after a scale word ("nghìn linh năm")."""
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if loose & 2 and not leading and hundreds == 0 and 0 < rest < 10:
        return [ZERO_LINKS[variant % 3], DIGITS[rest]]
    if hundreds or not leading:
        words += [DIGITS[hundreds], "trăm"]
    if rest == 0:
        return words
    if rest < 10 and words:
        link = ZERO_LINKS[variant % 3] if loose else ("lẻ" if variant % 2 else "linh")
        return [*words, link, DIGITS[rest]]
    short = _short_tens(rest, variant, alone=not words) if loose & 1 else None
    return words + (short or _tens_units(rest, variant))


def spell(n: int, variant: int = 0, loose: int = 0) -> str:
    """A whole number as Vietnamese writes it in words; ``loose`` as in :func:`_below_thousand`."""
    if n == 0:
        return "không"
    thousand = "ngàn" if variant % 2 else "nghìn"
    billion = "tỉ" if variant % 3 == 1 else "tỷ"
    high, low = divmod(n, 10**9)
    words: list[str] = []
    if high:
        words += [*spell(high, variant, loose).split(), billion]
    groups = [(low // 10**6, "triệu"), (low // 1000 % 1000, thousand), (low % 1000, "")]
    for value, scale in groups:
        if value == 0:
            continue
        words += _below_thousand(value, variant, leading=not words, loose=loose)
        if scale:
            words.append(scale)
    return " ".join(words)


def digits_vn(n: int) -> str:
    """A whole number with '.' between thousands, the Vietnamese way."""
    return f"{n:,}".replace(",", ".")


def decimal_vn(d: Decimal) -> str:
    whole, _, frac = f"{d:f}".partition(".")
    return digits_vn(int(whole)) + ("," + frac if frac else "")


def one_fact(sentence: str) -> float:
    facts = extract(sentence)
    assert len(facts) == 1, (sentence, [(f.mention, f.value) for f in facts])
    f = facts[0]
    assert sentence[f.start : f.end] == f.mention
    return f.value


# ---------------------------------------------------------------- properties

PIECES = (
    list("0123456789 .,;:-–/%()“”\"'\n")
    + list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ")
    + ["ạ", "ả", "ấ", "ề", "ể", "ễ", "ị", "ọ", "ố", "ờ", "ở", "ụ", "ừ", "ữ", "ỳ", "ỹ"]
    + [" một ", " hai ", " năm ", " mươi ", " trăm ", " nghìn ", " triệu ", " tỷ ", " hơn ", " gần ", " khoảng "]
    + [" người", " trang", " nhóm", " đồng", " phần trăm", " từ ", " đến ", " trở lên", " trong đó", " gồm"]
)
VIETNAMESE_TEXT = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), VIETNAMESE_TEXT))
@example("Có 27 trường hợp: khiển trách 19, cảnh cáo 6, khai trừ 2.")
@example("1" * 5000)
@example("hơn " * 500 + "5 người")
@example("(" * 300 + "5" + ")" * 300)
def test_any_text_gives_facts_that_point_at_their_words(text: str) -> None:
    facts = extract(text)
    last = -1
    for f in facts:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.mention
        assert f.start >= last
        last = f.start
        assert math.isfinite(f.value)
        assert f.value_max is None or (math.isfinite(f.value_max) and f.value_max > f.value)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=2, max_value=10**15), st.integers(min_value=0, max_value=5))
@example(21, 0)
@example(105, 1)
@example(1_000_005, 0)
@example(24_000_000_000, 1)
@example(10**15, 0)
def test_spelled_numbers_read_back(n: int, variant: int) -> None:
    assert one_fact(f"Có {spell(n, variant)} người tham dự.") == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_digit_numbers_read_back(n: int) -> None:
    assert one_fact(f"Có {digits_vn(n)} người tham dự.") == n


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_decimals_read_back(d: Decimal) -> None:
    d = d.normalize()
    text = decimal_vn(d)
    if "," not in text and re.fullmatch(r"(19|20)\d\d", text):
        return  # a bare 19xx/20xx is a year
    assert math.isclose(one_fact(f"Tỷ lệ đạt {text}%, cao hơn năm trước."), float(d), rel_tol=1e-12)


NON_FACTS = [
    ("Ngày 12/10/2023, ", ""),
    ("", " theo Quyết định số 1234/QĐ-UBND."),
    ("Trong năm 2022, ", ""),
    ("Thực hiện Nghị quyết 35-NQ/TW, ", ""),
    ("", " (lúc 17h30 ngày 5-6)"),
    ("Qua 5 năm, ", ""),
]

SENTENCES = [
    "Đảng bộ huyện có {a} trường hợp đảng viên vi phạm bị kỷ luật",
    "Công an xã quản lý {a} trang Fanpage với hơn {b} lượt người theo dõi",
    "Hội Phụ nữ có {a} nhóm Zalo và {b} trang Facebook",
    "Huyện chi {a} triệu đồng cho {b} hộ nghèo",
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(SENTENCES),
    st.integers(min_value=2, max_value=10**6),
    st.integers(min_value=2, max_value=10**6),
    st.sampled_from(NON_FACTS),
)
def test_a_non_fact_never_changes_the_facts_around_it(template: str, a: int, b: int, non_fact: tuple[str, str]) -> None:
    sentence = template.format(a=digits_vn(a), b=digits_vn(b))
    before, after = non_fact
    plain = extract(sentence + ".")
    more = extract(before + sentence + after + ("" if after.endswith(".") else "."))

    def key(facts: list) -> list:  # type: ignore[type-arg]
        return [(f.mention, f.value, f.qualifier, f.unit, f.category) for f in facts]

    assert key(more) == key(plain)
