"""statx.understand.carry: a count whose own clause names no one takes the subject of the sentence it continues."""

from __future__ import annotations

import pytest

from tests.conftest import by_mention, facts

BEFORE = "actor:subject of the sentence before"
HEADLINE = "actor:subject of the headline"


def _actor(text: str) -> tuple[str, list[str]]:
    """The actor of the text's last fact, and the rules that made it."""
    fact = facts(text)[-1]
    return fact.actor, fact.rules.split(";")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # an adverbial opens the count's sentence; the sentence before has no count of its own
        (
            "Sở Văn hóa tỉnh Bình An tổ chức hội thi ảnh nghệ thuật. Ngoài ra, đã trao 25 giải thưởng cho tác giả trẻ.",
            "Sở Văn hóa tỉnh Bình An",
        ),
        # a page is someone who can have a count
        (
            "Trang Zalo Công an xã Tân Phong tiếp nhận phản ánh của người dân. Đồng thời, đăng 40 tin cảnh báo lừa đảo.",
            "Trang Zalo Công an xã Tân Phong",
        ),
        # a titled speaker stands for the body he heads
        (
            "Giám đốc Sở Y tế tỉnh Đông Sơn Lê Văn Tâm cho biết ngành đã chuẩn bị kỹ. Trong tuần, đã tiêm 9.000 liều vắc xin.",
            "Sở Y tế tỉnh Đông Sơn",
        ),
    ],
)
def test_a_count_without_a_subject_takes_the_subject_of_the_sentence_before(text: str, actor: str) -> None:
    got, rules = _actor(text)
    assert got == actor
    assert BEFORE in rules


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "Năm qua," is a time ("năm", the year, is no count), and the subject follows it
        (
            "Năm qua, Hội Nông dân xã Tân Hòa tổ chức nhiều lớp tập huấn kỹ thuật. Trong đó, có 12 lớp về chăn nuôi.",
            "Hội Nông dân xã Tân Hòa",
        ),
        # a name ends at its last word when a verb no list knows follows it
        (
            "Đoàn Thanh niên phường Bến Nghé ra quân làm sạch kênh rạch. Bên cạnh đó, còn trồng mới 200 cây xanh.",
            "Đoàn Thanh niên phường Bến Nghé",
        ),
        # "chi" of "Chi cục" is no measure
        (
            "Chi cục Kiểm lâm tỉnh Bình An tăng cường tuần tra rừng. Kết quả, đã phát hiện 14 vụ vi phạm.",
            "Chi cục Kiểm lâm tỉnh Bình An",
        ),
    ],
)
def test_the_subject_before_is_read_past_times_and_up_to_its_name(text: str, actor: str) -> None:
    got, rules = _actor(text)
    assert (got, BEFORE in rules) == (actor, True)


def test_a_measure_names_no_one() -> None:
    got, rules = _actor("Doanh thu của Công ty Bình Minh tăng mạnh. Ngoài ra, đã tuyển 30 lao động.")
    assert (got, BEFORE in rules) == ("", False)


def test_the_chain_passes_a_sentence_that_has_no_subject_either() -> None:
    got, rules = _actor(
        "Hội Chữ thập đỏ huyện Mỹ An phát động đợt quyên góp. Đồng thời, kêu gọi các nhà hảo tâm cùng chung tay. "
        "Sau một tuần, đã trao 120 suất quà cho người nghèo."
    )
    assert (got, BEFORE in rules) == ("Hội Chữ thập đỏ huyện Mỹ An", True)


def test_the_first_sentence_of_the_body_takes_the_subject_of_a_headline_without_a_count() -> None:
    got, rules = _actor(
        "Hội Liên hiệp Phụ nữ tỉnh Bình An phát động phong trào nuôi heo đất\nTrong tháng 5, đã trao 300 con heo đất cho học sinh."
    )
    assert (got, HEADLINE in rules) == ("Hội Liên hiệp Phụ nữ tỉnh Bình An", True)


@pytest.mark.parametrize(
    "text",
    [
        # a subject that is itself a count names no one
        "Hơn 200 tình nguyện viên tham gia dọn rác trên bãi biển. Ngoài ra, đã thu gom 5 tấn rác.",
        # a place alone is no actor
        "Tỉnh Bình An có bờ biển dài. Ngoài ra, đã đón 20.000 lượt khách.",
        # a quote: its speaker is named after it, not where a subject stands
        "“Chúng tôi sẽ cố gắng hơn nữa”, Giám đốc nói. Ngoài ra, đã tặng 50 suất quà.",
        # a matter, not someone
        "Việc dùng Zalo giúp Công an xã gần dân hơn. Ngoài ra, đã nhận 30 tin báo.",
    ],
)
def test_a_subject_that_names_no_one_breaks_the_chain(text: str) -> None:
    got, rules = _actor(text)
    assert BEFORE not in rules
    assert got == ""


def test_a_new_paragraph_that_names_a_new_subject_breaks_the_chain() -> None:
    fs = facts(
        "Tin trong ngày\n\nHội Nông dân huyện Mỹ An tổ chức hội chợ nông sản cho bà con trong huyện dịp cuối năm.\n\n"
        "Trường Tiểu học Kim Đồng khai giảng lớp bơi mùa hè.\n\nNgoài ra, đã tặng 50 suất quà cho hội viên khó khăn."
    )
    assert [f.actor for f in fs] == [""]
    assert not {"actor:subject of the sentence before", "actor:subject of the lead"} & set(fs[0].rules.split(";"))


def test_the_first_paragraph_of_the_body_goes_on_with_the_lead() -> None:
    got, rules = _actor(
        "Khen thưởng hội viên giỏi\n"
        "Sáng 3/4, Hội Nông dân tỉnh Bình An tổ chức lễ tổng kết phong trào thi đua sản xuất giỏi năm qua.\n"
        "Theo đó, đã trao 45 bằng khen cho các hộ tiêu biểu."
    )
    assert (got, "actor:subject of the lead" in rules) == ("Hội Nông dân tỉnh Bình An", True)


def test_a_sentence_whose_own_subject_is_found_keeps_it() -> None:
    got, rules = _actor(
        "Hội Nông dân xã An Phú họp tổng kết năm. Ông Trần Văn Bình, Chủ tịch Hội Nông dân xã An Phú, "
        "cho hay tổng số hội viên đạt 1.200 người."
    )
    assert BEFORE not in rules
    assert got != "Hội Nông dân xã An Phú" or "actor:body of speaker" in rules


def test_a_count_of_the_sentence_before_still_lends_its_own_actor() -> None:
    fs = facts("Công an huyện Lạc Sơn bắt 3 đối tượng. Qua đó, thu giữ 12 xe máy.")
    assert [f.actor for f in fs] == ["Công an huyện Lạc Sơn", "Công an huyện Lạc Sơn"]
    assert "actor:sentence before" in fs[1].rules


def test_the_body_an_article_reports_on_is_lent_only_after_it_is_named() -> None:
    # the lead's first count comes before the body is named, the headline's count may come before it
    first, named = facts("Năm nay có 8.200 thí sinh dự thi. Môn Văn có 12 bài đạt điểm tối đa.")
    assert (first.actor, named.actor) == ("", "Môn Văn")
    head, lead = facts("Có 30 xe cứu thương trực Tết\nSở Y tế tỉnh Bình An đã bố trí 30 xe cứu thương.")
    assert head.actor == lead.actor == "Sở Y tế tỉnh Bình An"
    assert "actor:article" in head.rules


def test_the_bare_noun_of_a_kind_of_body_is_the_body_of_that_kind_named_before() -> None:
    text = "Sáng nay, BV Nhi đồng tỉnh Bình An họp tổng kết. Theo đó, bệnh viện đã tiếp nhận 1.400 ca, trong đó có 90 ca nặng."
    f = by_mention(text)
    assert (f["1.400"].actor, f["90"].actor) == ("BV Nhi đồng tỉnh Bình An", "BV Nhi đồng tỉnh Bình An")
    g = by_mention("Sở Y tế Bình An vừa họp. Sở cho biết đã kiểm tra 30 cơ sở.")
    assert g["30"].actor == "Sở Y tế Bình An"
    # with no body of the kind named before, the noun stays; a plural names bodies of the kind, no one named
    assert by_mention("Trong 5 ngày, bệnh viện tiếp nhận 300 ca.")["300"].actor == "bệnh viện"
    assert by_mention("Công ty Sao Mai họp. Các doanh nghiệp đã nộp 5 tỷ đồng.")["5 tỷ"].actor == "Các doanh nghiệp"


def test_the_body_that_opens_the_clause_before_a_colon_did_the_counts_listed_after_it() -> None:
    text = "Năm qua, Ủy ban Kiểm tra Thị ủy Bình An thực hiện kiểm tra, giám sát: kiểm tra 4 đảng viên; giám sát 6 chi bộ."
    f = facts(text)
    assert [x.actor for x in f] == ["Ủy ban Kiểm tra Thị ủy Bình An"] * 2
    # what is said after a colon is no list of what the speaker did
    said = facts("Ông Lê Văn An, Giám đốc Sở Tài chính cho biết: năm nay thu được 900 tỷ đồng.")
    assert said[0].actor != "Giám đốc Sở Tài chính"


def test_a_capital_that_opens_a_sentence_before_a_colon_is_no_body() -> None:
    assert facts("Kết quả kiểm tra quý I: phát hiện 4 cơ sở vi phạm.")[0].actor == ""
    assert facts("Tình hình dịch tuần qua: ghi nhận 45 ca mắc.")[0].actor == ""
    # a name stops before a verb that makes a word with its last syllable ("an lập")
    f = facts("Hội đồng Thi đua xã Bình An lập danh sách: khen thưởng 2 đảng viên.")
    assert f[0].actor == "Hội đồng Thi đua xã Bình An"
    g = by_mention("Hôm qua, BV Đa khoa thành phố Cần Thơ họp. Theo đó, bệnh viện đã tiếp nhận 2.300 ca.")
    assert g["2.300"].actor == "BV Đa khoa thành phố Cần Thơ"


def test_a_count_takes_no_actor_from_the_items_named_after_it() -> None:
    # the items "Bắc Lâm (200), Nam Lâm (80)" are each their place's; the 280 they split is the country's
    f = by_mention(
        "Sáng nay Bộ Y tế cho biết cả nước ghi nhận 300 ca mắc mới. 280 ca ghi nhận trong nước tại Bắc Lâm (200), Nam Lâm (80)."
    )
    assert f["280"].actor == "cả nước"
    assert (f["200"].label, f["80"].label) == ("Bắc Lâm", "Nam Lâm")
