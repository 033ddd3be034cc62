"""Bytes -> text: UTF-8 (a BOM is fine), UTF-16 with a BOM, cp1251 when the bytes are not
UTF-8 but read as Russian in cp1251, or the encoding the user names. Anything else is bad
input, said in one line."""

from __future__ import annotations

import codecs
import re

from ..errors import ArticleError

__all__ = ["CYRILLIC", "LETTER", "decode"]

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LETTER = re.compile(r"[^\W\d_]")


def decode(data: bytes, source: str, encoding: str | None = None) -> str:
    """Bytes -> text: UTF-8 (BOM or not), UTF-16 with a BOM, or cp1251 when it reads as Russian."""
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as error:
            raise ArticleError(source, f"cannot be read as {encoding}: {error}") from None
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source)
    if b"\x00" in data:
        raise ArticleError(source, "binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1251", errors="replace")
    letters = LETTER.findall(text)
    if "\ufffd" not in text and letters and len(CYRILLIC.findall(text)) / len(letters) > 0.5:
        return text
    raise ArticleError(source, "not UTF-8 text (nor Russian in cp1251); pass --encoding")


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ArticleError(source, f"invalid {encoding} text") from None
