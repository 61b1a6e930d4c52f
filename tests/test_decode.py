"""Bytes -> text: encodings decode correctly, binary and markup are refused."""
from __future__ import annotations

import pytest

from pressroom.records import DecodedText, Failure, Reason
from pressroom.text.decode import decode, sniff_binary

TEXT = "He said, \u201cThe ministry\u2019s caf\u00e9 is open,\u201d and left. The end of a normal sentence."
CHINESE = "Forum opens in Beijing (\u5317\u4eac\u8bba\u575b\u5f00\u5e55) on Monday, organisers said."

ENCODED = [
    (TEXT.encode("utf-8"), TEXT, "utf-8", "plain UTF-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT, "utf-8", "UTF-8 with BOM"),
    (b"\xff\xfe" + TEXT.encode("utf-16-le"), TEXT, "utf-16-le", "UTF-16 LE with BOM"),
    (b"\xfe\xff" + TEXT.encode("utf-16-be"), TEXT, "utf-16-be", "UTF-16 BE with BOM"),
    (TEXT.encode("utf-16-le"), TEXT, "utf-16-le", "UTF-16 LE without BOM, told by its NULs"),
    (TEXT.encode("utf-16-be"), TEXT, "utf-16-be", "UTF-16 BE without BOM"),
    (CHINESE.encode("gb18030"), CHINESE, "gb18030", "GB18030 with hanzi"),
    (CHINESE.encode("gbk"), CHINESE, "gb18030", "GBK is a subset of GB18030"),
    (TEXT.encode("cp1252"), TEXT, "cp1252", "Windows-1252 curly quotes"),
    ("Caf\u00e9 M\u00fcller, se\u00f1or, na\u00efve and \u00abquoted\u00bb text here.".encode("latin-1"),
     "Caf\u00e9 M\u00fcller, se\u00f1or, na\u00efve and \u00abquoted\u00bb text here.", "cp1252", "Latin-1 letters"),
]


@pytest.mark.parametrize("data,text,encoding,why", ENCODED, ids=[c[-1] for c in ENCODED])
def test_decode_encodings(data: bytes, text: str, encoding: str, why: str) -> None:
    out = decode(data)
    assert isinstance(out, DecodedText), why
    assert out.text == text, why
    assert out.encoding == encoding, why


REFUSED = [
    (b"", Reason.EMPTY, "zero bytes"),
    (b" \n\t\r\n ", Reason.EMPTY, "whitespace only"),
    (b"\xef\xbb\xbf \n", Reason.EMPTY, "a BOM and whitespace"),
    (b"\x89PNG\r\n\x1a\n" + bytes(100), Reason.BINARY, "PNG signature"),
    (b"%PDF-1.4\n" + bytes(100), Reason.BINARY, "PDF signature"),
    (b"PK\x03\x04" + bytes(100), Reason.BINARY, "ZIP signature"),
    (bytes(range(256)) * 8, Reason.BINARY, "control bytes everywhere"),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", Reason.HTML, "doctype"),
    (("<div><p>a</p><p>b</p><p>c</p><p>d</p><span>e</span><a href='x'>f</a></div>" * 5).encode(),
     Reason.HTML, "dense tags without a doctype"),
    (b"Title\n\ntext " + bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 30, Reason.UNDECODABLE,
     "bytes no candidate encoding defines"),
    (("\u201cQuoted\u201d words here. ".encode("utf-8") + b"\xff\xfe") * 20,
     Reason.UNDECODABLE, "UTF-8 with many bad bytes: cp1252 would be mojibake"),
]


@pytest.mark.parametrize("data,reason,why", REFUSED, ids=[c[-1] for c in REFUSED])
def test_decode_refuses(data: bytes, reason: Reason, why: str) -> None:
    out = decode(data)
    assert isinstance(out, Failure), why
    assert out.reason == reason, why


def test_decode_keeps_stray_nul_for_normalize() -> None:
    out = decode("a few words\x00 of text".encode())
    assert isinstance(out, DecodedText) and "\x00" in out.text


def test_decode_replaces_rare_bad_byte_in_utf8_with_warning() -> None:
    data = ("\u201cQuoted\u201d words. " * 200).encode("utf-8") + b"\xff" + b" end"
    out = decode(data)
    assert isinstance(out, DecodedText)
    assert out.encoding == "utf-8" and "decode_replaced:1" in out.warnings


def test_decode_sniff_binary_passes_text() -> None:
    assert sniff_binary(TEXT.encode("utf-8")) is None


def test_decode_cases_unique() -> None:
    whys = [c[-1] for c in ENCODED + REFUSED]
    assert len(whys) == len(set(whys))
