"""Turning input files into NFC text, or a clear reason why not."""

from __future__ import annotations

import codecs
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Document", "InputError", "decode", "read_input"]


class InputError(Exception):
    """An input that cannot be read; the message names the reason."""


@dataclass(frozen=True, slots=True)
class Document:
    doc: str  # the path as given, or "-" for stdin
    text: str  # NFC-normalised


def decode(data: bytes) -> str:
    """Bytes of a text file as NFC text; raises InputError for binary or undecodable data."""
    if data.startswith(codecs.BOM_UTF8):
        raw = data[len(codecs.BOM_UTF8) :]
        encoding = "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raw, encoding = data, "utf-16"
    else:
        raw, encoding = data, "utf-8"
        if b"\x00" in data[:8192]:
            raise InputError("binary file (contains NUL bytes)")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"not {encoding.upper()} text (undecodable byte at offset {exc.start})") from None
    return unicodedata.normalize("NFC", text)


def read_input(name: str) -> Document:
    """Read a path (or ``-`` for stdin) into a Document."""
    if name == "-":
        return Document("-", decode(sys.stdin.buffer.read()))
    path = Path(name)
    try:
        if path.is_dir():
            raise InputError("is a directory")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    return Document(name, decode(data))
