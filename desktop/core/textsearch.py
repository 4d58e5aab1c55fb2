"""Normalising Hebrew names for search: no niqqud, final letters folded, one space."""

from __future__ import annotations

import re
import unicodedata

_FINALS = str.maketrans({"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"})
# Hebrew points and cantillation marks (niqqud, dagesh, shin/sin dots, meteg ...).
_MARKS = re.compile(r"[\u0591-\u05bd\u05bf-\u05c7]")
# Geresh, gershayim and quotes vanish (ג'ורג' = גורג); other punctuation splits words.
_VANISH = re.compile(r"['\"\u05f3\u05f4`\u2019\u201d]")
_SPLIT = re.compile(r"[^\w]+", re.UNICODE)


def normalize_name(text: str) -> str:
    """The search form of a name or query: 'כֹּהֵן-לוי' -> 'כהנ לוי'."""
    text = unicodedata.normalize("NFD", text or "")
    text = _MARKS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _VANISH.sub("", text).translate(_FINALS).casefold()
    return " ".join(part for part in _SPLIT.split(text) if part)


def name_tokens(text: str) -> list[str]:
    """Distinct words of a normalised name, in order."""
    seen: list[str] = []
    for word in normalize_name(text).split(" "):
        if word and word not in seen:
            seen.append(word)
    return seen


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string that starts with `prefix`."""
    return prefix + "\U0010ffff"
