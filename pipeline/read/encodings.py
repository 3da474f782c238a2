"""Raw bytes to text: the encoding a page declares (HTTP ``charset``, ``<meta charset>``) or has
(a byte-order mark, UTF-8, UTF-8 with a few stray bytes), else charset-normalizer's guess."""
from __future__ import annotations

import codecs
import re
from typing import Optional

#: The bytes examined for a ``<meta charset>`` declaration.
META_SCAN = 4096

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*+=\s*+(?:["']\s*+)?([\w.:-]+)""", re.I)
_HTTP_CHARSET = re.compile(r"""charset\s*+=\s*+(?:["']\s*+)?([\w.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# WHATWG: a page labelled latin-1 or ascii is decoded as windows-1252.
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
            "ascii": "cp1252", "us-ascii": "cp1252", "iso8859-1": "cp1252"}


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we can find."""


def _codec(name: Optional[str]) -> Optional[str]:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def http_charset(content_type: Optional[str]) -> Optional[str]:
    """The codec named by a ``Content-Type`` header's ``charset=``, if Python knows it."""
    if not content_type:
        return None
    match = _HTTP_CHARSET.search(content_type)
    return _codec(match.group(1)) if match else None


def meta_charset(data: bytes) -> Optional[str]:
    """The codec named by ``<meta charset>`` / ``http-equiv`` in the first bytes."""
    match = _CHARSET.search(data[:META_SCAN])
    return _codec(match.group(1).decode("ascii", "ignore")) if match else None


def is_binary(data: bytes) -> bool:
    """True for bytes with NUL characters and no UTF-16/32 byte-order mark."""
    head = data[:8192]
    return b"\x00" in head and not any(head.startswith(bom) for bom, _ in _BOMS)


#: UTF-8 with at most one bad byte sequence per this many good multi-byte characters is UTF-8.
UTF8_GOOD_PER_BAD = 10


def mostly_utf8(data: bytes) -> Optional[str]:
    """``data`` as UTF-8 with its few bad bytes replaced, or None when it is not mostly UTF-8.

    Real pages are often UTF-8 with a handful of stray bytes (a character cut in
    two, a widget pasted in Latin-1); a browser shows such a page as UTF-8 with a
    replacement character or two, where guessing a single-byte codec for the
    whole page turns every accented letter into mojibake.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    return text if good >= UTF8_GOOD_PER_BAD * max(bad, 1) else None


def decode_bytes(data: bytes, *, content_type: Optional[str] = None) -> tuple[str, str]:
    """Decode a page or text file; returns ``(text, encoding)``.

    Tries, in order: a byte-order mark, strict UTF-8 (valid UTF-8 is UTF-8
    whatever its label), UTF-8 with a few stray bytes (:func:`mostly_utf8`), the HTTP ``charset``, a ``<meta>`` charset, then
    charset-normalizer's best guess, preferring cp1252 among Latin codecs.  Raises
    :class:`DecodeError` for binary data or bytes no encoding explains.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError:
                break
    if is_binary(data):
        raise DecodeError("binary content (NUL bytes)")
    try:
        # Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the label says (a
        # declared single-byte charset would turn it into mojibake).
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = mostly_utf8(data)
    if damaged is not None:
        return damaged, "utf-8"
    for name in (http_charset(content_type), meta_charset(data)):
        if not name:
            continue
        if name.startswith(("utf-16", "utf-32")):
            continue  # a page declaring UTF-16 without a BOM is almost always mislabelled
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise DecodeError("undecodable bytes (no text encoding fits)")
    name = _ALIASES.get(best.encoding, best.encoding)
    if name != "cp1252" and all(a.startswith(("Basic Latin", "Latin", "General Punctuation",
                                             "Control character", "Currency Symbols"))
                                for a in best.alphabets):
        # charset-normalizer reports the first of several codecs giving the same
        # Latin text (often cp1250); English-language pages are cp1252.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(name), name
    except (UnicodeDecodeError, LookupError):
        return data.decode(name, errors="replace"), name
