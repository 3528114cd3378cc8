"""statx.read: the text and the reasons a user gets for every kind of input, read in this process."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import sys
import unicodedata
from pathlib import Path

import pytest

from statx.read import (
    Document,
    Failure,
    InputError,
    ReadOptions,
    decode,
    expand,
    path_label,
    read_input,
    read_items,
    read_raw,
)

VIET = "Xã có 7 hộ nghèo và 3 trường học mới được xây dựng năm nay."


def items(path: Path, **opts: object) -> list[Document | Failure]:
    return list(read_items(str(path), ReadOptions(**opts)))  # type: ignore[arg-type]


def test_decode_bom_utf16_and_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", VIET)
    assert decode(decomposed.encode("utf-8")) == VIET
    assert decode(codecs.BOM_UTF8 + decomposed.encode("utf-8")) == VIET
    assert decode(VIET.encode("utf-16")) == VIET
    assert decode(codecs.BOM_UTF16_BE + VIET.encode("utf-16-be")) == VIET
    assert decode(codecs.BOM_UTF16_LE + VIET.encode("utf-16-le")) == VIET
    with pytest.raises(InputError, match=r"^not UTF-8 text \(undecodable byte at offset 2\)$"):
        decode(codecs.BOM_UTF8 + b"ab\xff")
    with pytest.raises(InputError, match=r"^not UTF-16 text \(undecodable byte at offset 4\)$"):
        decode(codecs.BOM_UTF16_LE + b"a\x00\x00\xdc")


def test_binary_is_refused_but_text_controls_are_text() -> None:
    with pytest.raises(InputError, match=r"^binary file \(not text\)$"):
        decode(b"abc\x00def")
    with pytest.raises(InputError, match=r"^binary file \(not text\)$"):
        decode(b"a" * 90 + b"\x01" * 10)
    assert decode(b"a" * 95 + b"\x01" * 5) == "a" * 95 + "\x01" * 5  # 5 %: not more than the share allowed
    text = "Dòng một\tcột\r\nDòng hai\x0c\x1b[0m" + " " * 3
    assert decode(text.encode("utf-8")) == text
    assert decode(b"a" * 8192 + b"\x01" * 8000) == "a" * 8192 + "\x01" * 8000  # only the head is looked at
    assert decode(b"") == ""


def test_windows_1258_is_read_as_vietnamese() -> None:
    text = "Năm nay huyện có 7 hộ nghèo được hỗ trợ xây nhà, 3 trường học được sửa chữa. " * 3
    tones = "\u0300\u0301\u0303\u0309\u0323"
    cp1258 = "".join(
        unicodedata.normalize("NFC", "".join(c for c in d if c not in tones)) + "".join(c for c in d if c in tones)
        for d in (unicodedata.normalize("NFD", ch) for ch in text)
    )  # base letters precomposed, tone marks combining, as Windows-1258 writes them
    assert decode(cp1258.encode("cp1258")) == text


def test_hidden_folders_are_not_walked_unless_named(tmp_path: Path) -> None:
    for rel in ("a.txt", ".git/objects/x.txt", ".cache/page.html", "sub/.venv/lib/b.txt", "sub/c.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    root = str(tmp_path)
    assert [os.path.relpath(p, root) for p in expand([root])] == ["a.txt", "sub/c.txt"]
    assert [os.path.relpath(p, root) for p in expand([root], "*.txt")] == ["a.txt", "sub/c.txt"]
    named = str(tmp_path / ".cache")  # a hidden folder named on the command line is read
    assert [os.path.relpath(p, root) for p in expand([named])] == [".cache/page.html"]


def test_expand_folders_recursively_sorted_without_hidden_or_unknown_files(tmp_path: Path) -> None:
    for rel in ("b.txt", "a.md", "c.HTML", "d.jsonl.gz", ".hidden.txt", "notes.docx", "sub/z.csv", "sub/y.txt.gz"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    root = str(tmp_path)
    found = list(expand([root]))
    assert [os.path.relpath(p, root) for p in found] == ["a.md", "b.txt", "c.HTML", "d.jsonl.gz", "sub/y.txt.gz", "sub/z.csv"]
    assert [os.path.relpath(p, root) for p in expand([root], "*.docx")] == ["notes.docx"]
    assert list(expand(["-", str(tmp_path / "notes.docx"), "gone.txt"])) == ["-", str(tmp_path / "notes.docx"), "gone.txt"]


def test_read_raw_reasons(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^no such file$"):
        read_raw(str(tmp_path / "gone.txt"))
    with pytest.raises(InputError, match=r"^is a directory$"):
        read_raw(str(tmp_path))
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"^not a regular file$"):
        read_raw(str(fifo))
    with pytest.raises(InputError, match=r"^Not a directory$"):
        read_raw(str(tmp_path / "pipe.txt" / "x.txt"))
    f = tmp_path / "a.txt"
    f.write_bytes(b"12345")
    assert read_raw(str(f), max_bytes=5) == b"12345"
    with pytest.raises(InputError, match=r"^larger than the limit of 4 bytes \(--max-bytes\)$"):
        read_raw(str(f), max_bytes=4)
    with pytest.raises(InputError, match=r"^larger than the limit of 1,000 bytes \(--max-bytes\)$"):
        f.write_bytes(b"x" * 1001)
        read_raw(str(f), max_bytes=1000)


def test_stdin_is_read_up_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        buffer = io.BytesIO(b"abcdef")

    monkeypatch.setattr(sys, "stdin", Stdin())
    assert read_raw("-", max_bytes=6) == b"abcdef"
    Stdin.buffer = io.BytesIO(b"abcdef")
    with pytest.raises(InputError, match=r"^larger than the limit of 5 bytes"):
        read_raw("-", max_bytes=5)


def test_gzip_inputs(tmp_path: Path) -> None:
    packed = gzip.compress(VIET.encode("utf-8"))
    (tmp_path / "a.txt.gz").write_bytes(packed)
    (tmp_path / "b.txt").write_bytes(packed)  # compressed without saying so
    assert read_input(str(tmp_path / "a.txt.gz")) == Document(str(tmp_path / "a.txt.gz"), VIET)
    assert read_input(str(tmp_path / "b.txt")).text == VIET
    # the limit is on what it unpacks to, not on the compressed size
    big = gzip.compress(b"a " * 5000)
    (tmp_path / "big.txt.gz").write_bytes(big)
    assert len(read_input(str(tmp_path / "big.txt.gz"), ReadOptions(max_bytes=10_000)).text) == 10_000
    with pytest.raises(InputError, match=r"^decompresses to more than the limit of 9,999 bytes \(--max-bytes\)$"):
        read_input(str(tmp_path / "big.txt.gz"), ReadOptions(max_bytes=9_999))
    (tmp_path / "bad.txt.gz").write_bytes(b"\x1f\x8bnot gzip at all")
    with pytest.raises(InputError, match=r"^not a valid gzip file \("):
        read_input(str(tmp_path / "bad.txt.gz"))


def test_empty_and_blank_inputs(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "w.txt").write_bytes(b" \n\t\n")
    for name in ("e.txt", "w.txt"):
        assert items(tmp_path / name) == [Failure(str(tmp_path / name), "empty file")]
    assert items(tmp_path / "gone.jsonl") == [Failure(str(tmp_path / "gone.jsonl"), "no such file")]


def test_html_gives_the_article_and_its_date(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Tin xã</title><meta property='article:published_time' content='2024-03-05'></head>"
        "<body><nav>Trang chủ | Thể thao</nav><article><h1>Xã có nhà mới</h1>"
        f"<p>{VIET}</p><p>{VIET.replace('7', '9')}</p></article></body></html>"
    )
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    doc = read_input(str(tmp_path / "a.html"))
    assert VIET in doc.text and "Trang chủ" not in doc.text
    assert doc.published == "2024-03-05"
    (tmp_path / "b.htm").write_text("<html><body><script>x=1</script></body></html>", encoding="utf-8")
    assert items(tmp_path / "b.htm") == [Failure(str(tmp_path / "b.htm"), "no article text found in the HTML")]


def test_json_lines_records(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "n1", "title": "Tin mới", "content": VIET, "published": "2024-01-02T08:00:00"}, ensure_ascii=False),
        "",
        "{oops",
        json.dumps([1, 2]),
        json.dumps(
            {"url": "http://x/2", "text": "Tin mới. " + VIET, "title": "Tin mới", "date": "02/01/2024"}, ensure_ascii=False
        ),
        json.dumps({"body": "   ", "id": ""}),
        json.dumps({"guid": 7, "article": VIET, "publish_date": 20240102}),
    ]
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    name = str(path)
    assert items(path) == [
        Document(f"{name}#n1", f"Tin mới\n\n{VIET}", "2024-01-02"),
        Failure(f"{name}#2", "line 3: not JSON (Expecting property name enclosed in double quotes)"),
        Failure(f"{name}#3", "record 3 is not an object"),
        Document(f"{name}#http://x/2", "Tin mới. " + VIET),  # the title already opens the text
        Failure(f"{name}#5", "no text in field 'body' (choose one with --text-field)"),
        Document(f"{name}#7", VIET),
    ]


def test_chosen_fields(tmp_path: Path) -> None:
    path = tmp_path / "d.ndjson"
    path.write_text(
        json.dumps({"ma": "A9", "id": "x", "noi": VIET, "content": "khác"}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    assert items(path, text_field="noi", id_field="ma") == [Document(f"{path}#A9", VIET)]
    assert items(path, text_field="nope") == [Failure(f"{path}#x", "no text in field 'nope' (choose one with --text-field)")]
    assert items(path, text_field="ma", id_field="nope") == [Document(f"{path}#1", "A9")]


def test_json_and_csv_dumps(tmp_path: Path) -> None:
    one = tmp_path / "a.json"
    one.write_text(json.dumps({"items": [{"content": VIET}, {"content": "Hai"}], "total": 2}), encoding="utf-8")
    assert [d.text for d in items(one) if isinstance(d, Document)] == [VIET, "Hai"]
    single = tmp_path / "b.json"
    single.write_text(json.dumps({"content": VIET, "tags": [], "more": []}), encoding="utf-8")
    assert items(single) == [Document(f"{single}#1", VIET)]
    bad = tmp_path / "c.json"
    bad.write_text('"just text"', encoding="utf-8")
    assert items(bad) == [Failure(str(bad), "JSON is neither a list of records nor an object")]
    bad.write_text("[1,", encoding="utf-8")
    assert items(bad) == [Failure(str(bad), "not JSON (Expecting value at line 1)")]
    bad.write_text("[]", encoding="utf-8")
    assert items(bad) == [Failure(str(bad), "no records")]
    table = tmp_path / "d.csv"
    table.write_text(f'id,content\n1,"{VIET}"\n2,\n', encoding="utf-8")
    assert items(table) == [
        Document(f"{table}#1", VIET),
        Failure(f"{table}#2", "no text in field 'content/text/body/article/noi_dung' (choose one with --text-field)"),
    ]
    table.write_text('id,content\n1,"unclosed\x00"\n', encoding="utf-8")
    assert items(table) == [Failure(str(table), "binary file (not text)")]
    gz = tmp_path / "e.csv.gz"
    gz.write_bytes(gzip.compress(f"content\n{VIET}\n".encode()))
    assert items(gz) == [Document(f"{gz}#1", VIET)]


def test_path_label() -> None:
    assert path_label("news/2024/a.txt") == "a.txt"
    assert path_label("dumps/d.jsonl#n1") == "d.jsonl#n1"
    assert path_label("-") == "-"


def test_file_names_that_are_not_utf8_are_written_as_ls_b_does(tmp_path: Path) -> None:
    from statx.read import display_name

    assert display_name("tin tức/a.txt") == "tin tức/a.txt"
    assert display_name("caf\udcff.txt") == "caf\\377.txt"
    assert display_name("\udc80\udcc3\udca9") == "\\200\\303\\251"
    assert display_name("\ue000\udc7f\ud800\udfff") == "\ue000\ufffd\ufffd\ufffd"  # lone surrogates of no byte
    name = os.fsdecode(os.fsencode(tmp_path) + b"/b\xff.txt")
    Path(name).write_bytes(b"")
    assert items(Path(name)) == [Failure(str(tmp_path) + "/b\\377.txt", "empty file")]


def test_lone_surrogates_in_a_dump_become_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "a\\ud800", "content": "Có 5 xã\\udfff.", "title": "Tin \\udc80"}\n', encoding="utf-8")
    assert items(path) == [Document(f"{path}#a\ufffd", "Tin \ufffd\n\nCó 5 xã\ufffd.")]


def test_legacy_vietnamese_is_read_when_sure_and_refused_when_not() -> None:
    vni = b"\xd1a\xf8 Ba\xe9c: thi ha\xf8nh ky\xfb lua\xe4t 5 \xf1a\xfbng vie\xe2n cu\xfba huye\xe4n va\xf8 x\xe3"
    assert decode(vni) == "Đà Bắc: thi hành kỷ luật 5 đảng viên của huyện và xã"
    short = b"\xd1a\xf8 Na\xfcng: 3 ky\xfb lua\xe4t, 5 khie\xe5n tra\xf9ch"
    with pytest.raises(InputError, match=r"^looks like Vietnamese in a legacy 8-bit encoding \(VNI or TCVN3\?\) that statx"):
        decode(short)
    french = "Le café est à côté de la gare; il a été très bien reçu par la presse à Paris.".encode("latin-1")
    assert decode(french) == french.decode("latin-1")  # not Vietnamese: read as its encoding says


def test_a_title_is_put_before_the_text_unless_the_text_opens_with_it(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    late = "Mở đầu. " * 40 + "Tin mới về xã."  # the title's words only far into the text
    path.write_text(json.dumps({"id": "a", "title": "Tin mới", "content": late}, ensure_ascii=False), encoding="utf-8")
    assert items(path) == [Document(f"{path}#a", "Tin mới\n\n" + late)]
    for lead, prepended in ((202, False), (203, True)):  # within the first 200 characters and the (unstripped) title's length
        body = "x" * lead + "Tin mới"
        path.write_text(json.dumps({"id": "b", "title": " Tin mới ", "content": body}, ensure_ascii=False), encoding="utf-8")
        assert items(path) == [Document(f"{path}#b", ("Tin mới\n\n" if prepended else "") + body)]


def test_html_nested_deeper_than_any_parser_is_read_tag_by_tag(tmp_path: Path) -> None:
    lines = [VIET, VIET.replace("7", "8"), VIET.replace("7", "9"), "Tổng kết: huyện có 4 xã mới được công nhận."]
    page = (
        "<html><head><title>Tin huyện</title><style>p {}</style></head><body>"
        + "<div>" * 3000
        + "<nav>Trang chủ<script>var x = 1;</script></nav>"
        + "".join(f"<p>{line}</p>" for line in lines[:3])
        + "<aside>Quảng cáo</aside>"
        + f"<p>{lines[3]}</p>"
        + "</div>" * 3000
        + "</body></html>"
    )
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    assert read_input(str(tmp_path / "deep.html")).text == "\n".join(lines)  # no head, menu, script or aside


def test_the_default_limit_is_50_mib(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 1)  # sparse: nothing is written
    with pytest.raises(InputError, match=r"^larger than the limit of 52,428,800 bytes \(--max-bytes\)$"):
        read_raw(str(big))
    assert items(big) == [Failure(str(big), "larger than the limit of 52,428,800 bytes (--max-bytes)")]


@pytest.mark.parametrize(
    "text",
    [
        "Le garçon a reçu une leçon de sa mère hier soir à la gare; ça lui a fait plaisir, déjà.",
        "Der Müller hat über fünf Häuser gebaut; die Grüße aus Köln fanden alle schön, später größer.",
        "Ein Bäcker in Zürich verkauft täglich Brötchen, Kuchen und süße Törtchen an Gäste.",
    ],
)
def test_latin1_text_with_accented_letters_is_read_as_latin1_not_refused(text: str) -> None:
    for encoding in ("latin-1", "cp1252"):
        assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("encode", ["vni", "tcvn3"])
def test_the_legacy_guess_needs_a_vni_or_tcvn3_pattern_in_three_words_and_one_in_five(encode: str) -> None:
    from tests import test_faults

    legacy = getattr(test_faults, encode)("Ngư dân đánh bắt hải sản ngoài khơi xa")  # too few common words to be sure
    with pytest.raises(InputError, match="legacy 8-bit encoding"):
        decode(legacy)
    sparse = legacy + b" and then a long English text about something else entirely" * 3
    assert decode(sparse).endswith("else entirely")  # read, not refused: its odd words are far fewer than one in five
