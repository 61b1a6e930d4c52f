"""Bytes to Unicode, or a reason why not (pure on bytes).

The ladder, first match wins:
1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32) decides;
2. binary sniffing: known magic numbers, or too many control bytes -> `binary`;
3. UTF-16 without a BOM, told by its pattern of NUL bytes;
4. strict UTF-8 (or UTF-8 with a handful of bad bytes replaced, with a warning);
5. GB2312/GB18030 when the double-byte pairs look like real Chinese text;
6. Windows-1252 (a superset of Latin-1's printable range) when the result looks
   like Western text and not like UTF-8 mojibake;
otherwise `undecodable`. Decoded text that is a saved web page is `html`.
"""
from __future__ import annotations

import codecs
import re

from pressroom.records import DecodedText, Failure, Reason

BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its LE BOM starts with UTF-16 LE's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# File signatures of formats people save with a text extension by mistake.
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"RIFF", "RIFF media (WebP, WAV, AVI)"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet file"),
)

# Bytes that never occur in text, apart from the usual whitespace controls.
# NUL is counted separately: stray NULs occur in damaged text files.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (0, 9, 10, 11, 12, 13, 27))
# Above these shares a file is binary, not text with some damage.
MAX_CONTROL_SHARE = 0.02
MAX_NUL_SHARE = 0.10
SNIFF_BYTES = 8192
# UTF-8 with at most this share of invalid bytes is decoded with replacement.
MAX_REPLACED_SHARE = 0.001
# Chinese text: share of double-byte characters in the GB2312 hanzi and
# punctuation area (both bytes >= 0xA1). Windows-1252 English misread as
# GB18030 pairs a high byte with an ASCII letter, so it scores near zero.
MIN_GB2312_SHARE = 0.8
# Western single-byte text is mostly ASCII; more non-ASCII than this is
# a wrong guess (or another encoding) rather than English news.
MAX_NON_ASCII_SHARE_1252 = 0.15

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# UTF-8 read as Windows-1252: "â€™", "Ã©", ... never appear in real text.
# cp1252 renderings of UTF-8 lead bytes E2 80 (punctuation), C3 and C2.
_CP1252_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122"
MOJIBAKE = re.compile(f"â€|[ÃÂ][{_CP1252_CONTINUATION}]")
HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
HTML_TAG = re.compile(r"</?(html|head|body|div|span|p|a|script|style|meta|link|table|tr|td|ul|li|img|br)\b[^>]*>", re.IGNORECASE)
# A page where tags are this dense is markup, not page text with a stray tag.
MIN_TAGS_FOR_HTML = 8
MIN_TAG_CHAR_SHARE = 0.05


def decode(data: bytes) -> DecodedText | Failure:
    """Raw bytes -> DecodedText, or Failure(empty/binary/html/undecodable)."""
    if not data.strip(b" \t\r\n\x00\x0b\x0c"):
        return Failure(Reason.EMPTY, "the file is empty or whitespace only")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _finish(_strict(data[len(bom):], encoding), encoding, ("bom",))
    kind = sniff_binary(data)
    if kind:
        return Failure(Reason.BINARY, f"binary content: {kind}")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _finish(_strict(data, utf16), utf16, ("utf16_without_bom",))
    for attempt in (_utf8, _chinese, _windows_1252):
        result = attempt(data)
        if result is not None:
            text, encoding, warnings = result
            return _finish(text, encoding, warnings)
    return Failure(Reason.UNDECODABLE, "not UTF-8, UTF-16, GB18030 or Windows-1252/Latin-1 text")


def sniff_binary(data: bytes) -> str | None:
    """Name of the binary format if `data` is not text, else None."""
    for magic, name in MAGIC_NUMBERS:
        if data.startswith(magic):
            return name
    head = data[:SNIFF_BYTES]
    if _utf16_without_bom(head):
        return None
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls / len(head) > MAX_CONTROL_SHARE:
        return f"{controls} control bytes in the first {len(head)}"
    if head.count(0) / len(head) > MAX_NUL_SHARE:
        return f"{head.count(0)} NUL bytes in the first {len(head)}"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _finish(text: str | None, encoding: str, warnings: tuple[str, ...]) -> DecodedText | Failure:
    if text is None:
        return Failure(Reason.UNDECODABLE, f"invalid {encoding} despite its byte-order mark")
    if not text.strip(" \t\r\n\x00\x0b\x0c\ufeff\u00a0"):
        return Failure(Reason.EMPTY, "the file is whitespace only")
    if _looks_like_html(text):
        return Failure(Reason.HTML, "an HTML page, not page text: save the page as text first")
    return DecodedText(text=text, encoding=encoding, warnings=warnings)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL (ASCII-range UTF-16)."""
    head = data[: SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _utf8(data: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8", ()
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    multibyte = len(replaced) < len(data) - bad  # real multi-byte sequences exist
    if multibyte and bad <= max(1, MAX_REPLACED_SHARE * len(data)):
        return replaced, "utf-8", (f"decode_replaced:{bad}",)
    return None


def _chinese(data: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    text = _strict(data, "gb18030")
    if text is None or not CJK.search(text):
        return None
    pairs = gb2312 = 0
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if i + 1 < n:
            pairs += 1
            gb2312 += b >= 0xA1 and data[i + 1] >= 0xA1
        i += 4 if i + 1 < n and 0x30 <= data[i + 1] <= 0x39 else 2  # GB18030 four-byte form
    if pairs and gb2312 / pairs >= MIN_GB2312_SHARE:
        return text, "gb18030", ()
    return None


def _windows_1252(data: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    text = _strict(data, "cp1252")
    encoding = "cp1252"
    if text is None:
        # cp1252 leaves 5 bytes undefined; Latin-1 maps them to C1 controls,
        # which never occur in real text.
        text, encoding = data.decode("latin-1"), "latin-1"
        if re.search("[\x80-\x9f]", text):
            return None
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if non_ascii / max(1, len(text)) > MAX_NON_ASCII_SHARE_1252 or MOJIBAKE.search(text):
        return None
    return text, encoding, ()


def _looks_like_html(text: str) -> bool:
    if HTML_START.match(text[:512].encode("utf-8", "ignore")):
        return True
    head = text[:20000]
    tags = HTML_TAG.findall(head)
    if len(tags) < MIN_TAGS_FOR_HTML:
        return False
    tag_chars = sum(len(m.group(0)) for m in HTML_TAG.finditer(head))
    return tag_chars / len(head) > MIN_TAG_CHAR_SHARE
