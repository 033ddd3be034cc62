"""Bytes -> text: UTF-8 (a BOM is fine), UTF-16 with a BOM or without one, a Cyrillic code
page (cp1251, KOI8-R, cp866, ISO 8859-5, Mac) told by charset-normalizer with a confidence,
or the encoding the user names. What none of them reads surely is refused, in one line, with
the hint to pass --encoding: a wrong guess would replace a good graph with garbled labels."""

from __future__ import annotations

import codecs
import re

from ..errors import ArticleError

__all__ = ["CYRILLIC", "LETTER", "decode"]

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LETTER = re.compile(r"[^\W\d_]")
# the single-byte pages Russian text is found in, the most common first (ties go to it)
CODE_PAGES = ["cp1251", "koi8_r", "cp866", "koi8_u", "iso8859_5", "mac_cyrillic", "cp1125"]
# charset-normalizer's measures: how garbled the text reads (chaos, 0 is clean) and how well
# its letters fit a language (coherence); real Russian text reads ~0.0 and 0.5-0.8
MAX_CHAOS = 0.1
MIN_COHERENCE = 0.3
# UTF-16 read with the wrong byte order gives characters of far-off blocks (U+1A04 for "К")
COMMON = re.compile(r"[\u0000-\u052f\u2000-\u206f\u20ac\u2116\u2122]")


def decode(data: bytes, source: str, encoding: str | None = None) -> str:
    """Bytes -> text, or ArticleError naming why not (see the module's docstring)."""
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
        text = _utf16_without_bom(data)
        if text is None:
            raise ArticleError(source, "binary data, not text")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _code_page(data, source)


def _utf16_without_bom(data: bytes) -> str | None:
    """Text in UTF-16 with no BOM (spaces and digits give its zero bytes), in the byte order
    that gives the characters of real text; None when neither does."""
    if len(data) % 2:
        return None
    for order in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(order)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t")
        if controls <= len(text) / 100 and len(COMMON.findall(text)) >= 0.95 * len(text):
            return text
    return None


def _code_page(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes  # loaded only for the rare non-UTF-8 input

    best = from_bytes(data, cp_isolation=CODE_PAGES).best()
    if best is None:
        raise ArticleError(source, "not UTF-8, nor any Cyrillic code page; pass --encoding")
    text = str(best)
    letters = LETTER.findall(text)
    russian = bool(letters) and len(CYRILLIC.findall(text)) / len(letters) > 0.5
    if best.chaos > MAX_CHAOS or best.coherence < MIN_COHERENCE or not russian:
        raise ArticleError(
            source,
            f"not UTF-8, and no sure encoding (best guess {best.encoding}, "
            f"{best.coherence:.0%} coherent, {best.chaos:.0%} garbled); pass --encoding",
        )
    return text


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ArticleError(source, f"invalid {encoding} text") from None
