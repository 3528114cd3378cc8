"""Inputs into NFC text, or a clear reason why not.

An input is a file, a folder (searched recursively), ``-`` for standard input,
or a news dump in which every record is an article. Plain text and Markdown are
read as they are; HTML goes through trafilatura so that only the article's own
title, date and body are read; JSON Lines, JSON and CSV dumps give one document
per record; any of them may be gzip-compressed. Text is decoded from UTF-8
(with or without BOM), UTF-16 (with BOM) or, failing those, the encoding
charset-normalizer finds (Windows-1258 and its combining tone marks included),
then NFC-normalised: offsets of facts point into that NFC text.
"""

from __future__ import annotations

import codecs
import csv
import fnmatch
import functools
import gzip
import io
import itertools
import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Document",
    "Failure",
    "InputError",
    "ReadOptions",
    "decode",
    "display_name",
    "expand",
    "read_input",
    "read_items",
    "read_raw",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
DUMP_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + DUMP_SUFFIXES

# record fields tried, in order, when --text-field / --id-field are not given
TEXT_FIELDS = ("content", "text", "body", "article", "noi_dung")
ID_FIELDS = ("id", "url", "link", "guid")
DATE_FIELDS = ("published", "date", "publish_date", "published_at", "time")
TITLE_FIELDS = ("title", "headline", "tieu_de")


class InputError(Exception):
    """An input that cannot be read; the message names the reason."""


@dataclass(frozen=True, slots=True)
class Document:
    doc: str  # the path as given, "-" for stdin, "dump.jsonl#<id>" for a record
    text: str  # NFC-normalised
    published: str = ""  # ISO date from the input's metadata, when it has one


@dataclass(frozen=True, slots=True)
class Failure:
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class ReadOptions:
    text_field: str | None = None
    id_field: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


# ---------------------------------------------------------------- decoding

_VIETNAMESE = frozenset("ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


# every byte but the control characters no text holds (tab, line breaks, form feed, escape are text)
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))  # what is left when the rest is deleted
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes) -> str:
    """Bytes of a text file as NFC text; raises InputError for binary or undecodable data."""
    if data.startswith(codecs.BOM_UTF8):
        return _nfc(data[len(codecs.BOM_UTF8) :], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _nfc(data, "utf-16")
    if _looks_binary(data):
        raise InputError("binary file (not text)")
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    return _detect(data, first_bad)


def _nfc(raw: bytes, encoding: str) -> str:
    try:
        return unicodedata.normalize("NFC", raw.decode(encoding))
    except UnicodeDecodeError as exc:
        raise InputError(f"not {encoding.upper()} text (undecodable byte at offset {exc.start})") from None


def _detect(data: bytes, first_bad: int) -> str:
    """Another encoding than UTF-8: charset-normalizer's guesses (the most Vietnamese one),
    VNI and TCVN3; the reading in which the most common Vietnamese words appear wins."""
    from charset_normalizer import from_bytes

    best: tuple[int, str] | None = None
    for match in from_bytes(data, cp_isolation=None):
        text = unicodedata.normalize("NFC", str(match))
        score = sum(ch in _VIETNAMESE for ch in text)
        if best is None or score > best[0]:
            best = (score, text)
    readings = [("", best[1])] if best is not None else []
    readings += [("VNI", _vni(data)), ("TCVN3", _tcvn3(data))]
    scored = [(_common_words(text), -order, text) for order, (_, text) in enumerate(readings)]
    hits, _, text = max(scored)
    if hits >= 2 or (hits == 1 and len(text.split()) < 20):
        return text
    if _looks_legacy(data.decode("latin-1")):
        raise InputError(
            "looks like Vietnamese in a legacy 8-bit encoding (VNI or TCVN3?) that statx cannot read surely; convert it to UTF-8"
        )
    if best is None:
        raise InputError(f"not UTF-8 text (undecodable byte at offset {first_bad}) and no other encoding fits")
    return best[1]


@functools.cache
def _legacy() -> tuple[dict[int, str], dict[int, str], re.Pattern[str], dict[str, str], frozenset[str]]:
    """The tables of ``statx/lexicon/legacy_encodings.toml``, ready to use."""
    from statx.lexicon import load

    data = load("legacy_encodings")
    punctuation = {b: bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xA0)}
    tcvn3 = {b: chr(b) for b in range(256)} | punctuation | {int(k, 16): v for k, v in data["tcvn3"].items()}
    vni_letters = {b: chr(b) for b in range(256)} | punctuation | {int(k, 16): v for k, v in data["vni"]["letters"].items()}
    marks = {chr(int(k, 16)): v for k, v in data["vni"]["marks"].items()}
    vowels = "aeouyAEOUY" + "".join(chr(int(k, 16)) for k, v in data["vni"]["letters"].items() if v.lower() in "ơư")
    after_vowel = re.compile(f"(?<=[{vowels}])[{''.join(marks)}]")
    return tcvn3, vni_letters, after_vowel, marks, frozenset(data["probe"]["words"])


def _tcvn3(data: bytes) -> str:
    table = _legacy()[0]
    return unicodedata.normalize("NFC", data.decode("latin-1").translate(table))


def _vni(data: bytes) -> str:
    _, letters, after_vowel, marks, _ = _legacy()
    marked = after_vowel.sub(lambda m: marks[m.group()], data.decode("latin-1"))
    return unicodedata.normalize("NFC", marked.translate(letters))


_WORD = re.compile(r"[^\W\d_]+")


def _common_words(text: str) -> int:
    """How many of the first 20,000 words are among the commonest Vietnamese words."""
    probe = _legacy()[4]
    return sum(1 for m in itertools.islice(_WORD.finditer(text), 20_000) if m.group().lower() in probe)


# TCVN3 writes Vietnamese letters with bytes that Latin-1 reads as symbols (¸ á, µ à, ¹ ạ, ® đ, © â …);
# inside a word, next to letters, they are that encoding's mark. Not « », ° ² ³ ±: Latin-1 text glues those
# to words too ("«Oui»", "20°C", "m²").
_TCVN3_SYMBOLS = frozenset("¡¢£¤¥¦§¨©ª¬®¯´µ¶·¸¹º¼½¾¿")
_LETTER = re.compile(r"[^\W\d_]")


def _looks_legacy(text: str) -> bool:
    """``text``, the bytes read as Latin-1, has the patterns of VNI (a mark byte right after a
    vowel, in word after word: "Naüng", "kyû") or of TCVN3 (a symbol inside a word: "th¸ng").
    Latin-1 and Windows-1252 text has accented letters too (ü, ä, ç, é), but after consonants
    or as a word's first letter, and in a small share of its words."""
    after_vowel = _legacy()[2]
    words = text.split()[:20_000]
    odd = 0
    for w in words:
        if after_vowel.search(w) or (any(ch in _TCVN3_SYMBOLS for ch in w) and _LETTER.search(w)):
            odd += 1
    return odd >= 3 and odd >= 0.2 * len(words)


# ---------------------------------------------------------------- listing inputs


def expand(paths: Iterable[str], pattern: str | None = None) -> Iterator[str]:
    """Files named, and files found (recursively, sorted) in folders named.

    Hidden files and folders (a name starting with ``.``: ``.git``, ``.cache``)
    inside a folder are skipped; a hidden folder named itself is walked.

    In a folder, ``pattern`` (a glob on the file name, like ``*.html``) chooses
    the files; without it, every file of a known kind (text, Markdown, HTML,
    JSON Lines, JSON, CSV, and their ``.gz``) is taken.
    """
    for name in paths:
        if name != "-" and os.path.isdir(name):
            for root, dirs, files in os.walk(name):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # .git, .cache: not walked unless named
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    if pattern is not None:
                        if fnmatch.fnmatch(f, pattern):
                            yield os.path.join(root, f)
                    elif _base_suffix(f) in KNOWN_SUFFIXES:
                        yield os.path.join(root, f)
        else:
            yield name


def display_name(name: str) -> str:
    """A path as valid UTF-8 text, for output and messages.

    Bytes of a file name that are not UTF-8 (Python holds them as lone
    surrogates) are written as octal escapes, ``caf\\377.txt``, the way
    ``ls -b`` writes them; any other lone surrogate becomes U+FFFD.
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(_escaped(ch) for ch in name)
    return name


def _escaped(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape's stand-in for the byte code - 0xDC00
        return f"\\{code - 0xDC00:03o}"
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else ch


def _valid_text(text: str) -> str:
    """Text that encodes as UTF-8: lone surrogates (from JSON ``\\ud800`` escapes) become U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    return text


def _base_suffix(name: str) -> str:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return os.path.splitext(lower)[1]


# ---------------------------------------------------------------- reading one input


def read_raw(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of an input as stored (still compressed); raises InputError."""
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            st = os.stat(name)
        except FileNotFoundError:
            raise InputError("no such file") from None
        except PermissionError:
            raise InputError("permission denied") from None
        except OSError as exc:
            raise InputError(exc.strerror or str(exc)) from None
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError("not a regular file")
        if st.st_size > max_bytes and not name.lower().endswith(".gz"):
            raise InputError(f"larger than the limit of {max_bytes:,} bytes (--max-bytes)")
        try:
            with open(name, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except PermissionError:
            raise InputError("permission denied") from None
        except OSError as exc:
            raise InputError(exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise InputError(f"larger than the limit of {max_bytes:,} bytes (--max-bytes)")
    return data


def _unpack(name: str, data: bytes, max_bytes: int) -> bytes:
    if name.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = _gunzip(data, max_bytes)
    if len(data) > max_bytes:
        raise InputError(f"larger than the limit of {max_bytes:,} bytes (--max-bytes)")
    return data


def _read_bytes(name: str, max_bytes: int, raw: bytes | None = None) -> bytes:
    return _unpack(name, read_raw(name, max_bytes) if raw is None else raw, max_bytes)


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            out = gz.read(max_bytes + 1)
    except (OSError, EOFError) as exc:
        raise InputError(f"not a valid gzip file ({exc})") from None
    if len(out) > max_bytes:
        raise InputError(f"decompresses to more than the limit of {max_bytes:,} bytes (--max-bytes)")
    return out


def read_input(name: str, options: ReadOptions | None = None, raw: bytes | None = None) -> Document:
    """Read one plain article (a path or ``-``) into a Document; raises InputError.

    ``raw`` is the input's bytes when the caller has read them already.
    """
    opts = options or ReadOptions()
    data = _read_bytes(name, opts.max_bytes, raw)
    if not data.strip():
        raise InputError("empty file")
    kind = _base_suffix(name)
    if kind in HTML_SUFFIXES:
        return _html_document(display_name(name), decode(data))
    return Document(display_name(name), decode(data))


def read_items(name: str, options: ReadOptions | None = None, raw: bytes | None = None) -> Iterator[Document | Failure]:
    """Every document of one input: one for an article, one per record for a dump.

    Never raises for a bad input: it yields a Failure naming it and the reason.
    ``raw`` is the input's bytes when the caller has read them already.
    """
    opts = options or ReadOptions()
    kind = _base_suffix(name)
    label = display_name(name)
    try:
        if kind not in DUMP_SUFFIXES:
            yield read_input(name, opts, raw)
            return
        data = _read_bytes(name, opts.max_bytes, raw)
        text = decode(data)
    except InputError as exc:
        yield Failure(label, str(exc))
        return
    try:
        records = list(_records(text, kind, opts.max_bytes))
    except InputError as exc:
        yield Failure(label, str(exc))
        return
    if not records:
        yield Failure(label, "no records")
        return
    for n, (line, record) in enumerate(records, 1):
        yield _record_document(label, n, line, record, opts)


def _records(text: str, kind: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[int, Any]]:
    if kind in (".jsonl", ".ndjson"):
        for line_no, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    yield line_no, json.loads(line)
                except json.JSONDecodeError as exc:
                    yield line_no, InputError(f"line {line_no}: not JSON ({exc.msg})")
    elif kind == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"not JSON ({exc.msg} at line {exc.lineno})") from None
        if isinstance(data, dict):
            lists = [v for v in data.values() if isinstance(v, list)]
            data = lists[0] if len(lists) == 1 else [data]
        if not isinstance(data, list):
            raise InputError("JSON is neither a list of records nor an object")
        yield from enumerate(data, 1)
    else:
        # a field may be as long as the input may be (csv's own limit is 131,072 characters);
        # the limit is process-wide, so it is only ever raised
        if csv.field_size_limit() < max_bytes:
            csv.field_size_limit(max_bytes)
        reader = csv.DictReader(io.StringIO(text))
        try:
            yield from enumerate(reader, 2)
        except csv.Error as exc:
            raise InputError(f"not CSV at line {reader.line_num + 1} ({exc})") from None


def _pick(record: dict[str, Any], wanted: str | None, fallbacks: tuple[str, ...]) -> tuple[str | None, Any]:
    if wanted is not None:
        return wanted, record.get(wanted)
    for key in fallbacks:
        if record.get(key) not in (None, ""):
            return key, record[key]
    return None, None


def _record_document(name: str, n: int, line: int, record: Any, opts: ReadOptions) -> Document | Failure:
    if isinstance(record, InputError):
        return Failure(f"{name}#{n}", str(record))
    if not isinstance(record, dict):
        return Failure(f"{name}#{n}", f"record {n} is not an object")
    _, ident = _pick(record, opts.id_field, ID_FIELDS)
    doc = _valid_text(f"{name}#{ident if ident not in (None, '') else n}")
    field, body = _pick(record, opts.text_field, TEXT_FIELDS)
    if not isinstance(body, str) or not body.strip():
        wanted = opts.text_field or "/".join(TEXT_FIELDS)
        return Failure(doc, f"no text in field {field or wanted!r} (choose one with --text-field)")
    _, title = _pick(record, None, TITLE_FIELDS)
    _, date = _pick(record, None, DATE_FIELDS)
    text = body
    if isinstance(title, str) and title.strip() and title.strip() not in body[: len(title) + 200]:
        text = f"{title.strip()}\n\n{body}"
    return Document(doc, unicodedata.normalize("NFC", _valid_text(text)), _iso_date(date))


def _iso_date(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    v = value.strip()
    if len(v) >= 10 and v[4] == "-" and v[7] == "-" and v[:4].isdigit():
        return v[:10]
    return ""


def _html_document(name: str, html: str) -> Document:
    """The article's own title, date and text, without menus and comments."""
    try:
        import trafilatura
    except ImportError as exc:  # a broken install: name what is really missing, and stop
        from statx.deps import missing

        raise missing(exc, "reading HTML", "trafilatura", "pip install 'statx'") from exc
    options: dict[str, Any] = {
        "output_format": "json",
        "with_metadata": True,
        "include_comments": False,
        "include_tables": True,
    }
    found = trafilatura.extract(html, **options)
    tree = None
    if not found:  # lxml stops at 256 levels of nesting unless asked for a huge tree (2,048)
        tree = _huge_tree(html)
        if tree is not None:
            found = trafilatura.extract(tree, **options)
    if not found:
        flat = _flat_text(html)
        parsed = len(tree.text_content().split()) if tree is not None else 0
        if len(flat.split()) > 2 * parsed + 20:  # nested deeper still: the parser lost the text, not the page
            return Document(name, unicodedata.normalize("NFC", flat))
        raise InputError("no article text found in the HTML")
    meta = json.loads(found)
    body = meta.get("text") or ""
    title = (meta.get("title") or "").strip()
    text = f"{title}\n\n{body}" if title and title not in body[: len(title) + 200] else body
    return Document(name, unicodedata.normalize("NFC", text), _iso_date(meta.get("date")))


def _huge_tree(html: str) -> Any:
    """The page parsed as trafilatura parses it, but with libxml2's limits for huge documents."""
    try:
        import lxml.html  # type: ignore[import-untyped]
        from lxml.etree import ParserError  # type: ignore[import-untyped]

        parser = lxml.html.HTMLParser(
            collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True, huge_tree=True
        )
        return lxml.html.document_fromstring(html, parser=parser)
    except (ImportError, ParserError, ValueError):
        return None


_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form", "svg"})
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "title",
     "blockquote", "pre", "table", "ul", "ol", "header", "main", "figcaption"}
)  # fmt: skip


def _flat_text(html: str) -> str:
    """The text of a page read tag by tag, with no tree (so no depth limit): the last resort
    for a page nested deeper than lxml parses. Scripts, styles, menus and footers are left out."""
    from html.parser import HTMLParser

    lines: list[str] = []
    current: list[str] = []
    skip = [0]

    def close_line() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    class Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _SKIPPED:
                skip[0] += 1
            elif tag in _BLOCKS:
                close_line()

        def handle_endtag(self, tag: str) -> None:
            if tag in _SKIPPED:
                skip[0] = max(0, skip[0] - 1)
            elif tag in _BLOCKS:
                close_line()

        def handle_data(self, data: str) -> None:
            if not skip[0]:
                current.append(data)

    reader = Reader(convert_charrefs=True)
    reader.feed(html)
    reader.close()
    close_line()
    return "\n".join(lines)


def path_label(doc: str) -> str:
    """A short label for a document in a table."""
    base, _, record = doc.partition("#")
    return Path(base).name + (f"#{record}" if record else "")
