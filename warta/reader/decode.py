"""Bytes to text: size and binary checks, then the encodings Indonesian sites actually use."""
from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# Tried in order after any BOM or HTML <meta charset>; cp1252 covers the curly quotes of old CMSes,
# latin-1 decodes anything so it comes last and is then checked for control characters.
FALLBACK_ENCODINGS = ("utf-8", "cp1252", "latin-1")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def check_size(size: int, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    if size > max_bytes:
        raise InputError(
            f"input is too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB, "
            "raise it with --max-bytes)"
        )


def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode article bytes to normalised text, or raise InputError saying why not."""
    check_size(len(data), max_bytes)
    if not data.strip():
        raise InputError("input is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _normalise(data.decode(encoding, errors="replace"))
    if b"\x00" in data[:8192]:
        raise InputError("input looks binary (it contains NUL bytes), not text or HTML")
    for encoding in _candidate_encodings(data):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _control_ratio(text) < 0.01:
            return _normalise(text)
    raise InputError("input is not text in UTF-8, Windows-1252 or Latin-1 (it looks binary)")


def _candidate_encodings(data: bytes) -> list[str]:
    declared = _META_CHARSET.search(data[:4096])
    first = [declared.group(1).decode("ascii", "ignore").lower()] if declared else []
    return first + [e for e in FALLBACK_ENCODINGS if e not in first]


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return bad / max(1, len(sample))


def _normalise(text: str) -> str:
    """NFC, one kind of newline, no BOM or zero-width characters, non-breaking spaces as spaces."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", text).replace("\u00a0", " ")
