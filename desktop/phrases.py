"""What the services say to the person at the keyboard, in that person's language.

Every message and label the services write is Hebrew in the source and passes through `phrase`,
which returns it in the language of the screens (or of the command line) when a catalogue is
installed, and unchanged otherwise. The texts go into the same catalogues as the screens'
(resources/translations/dalpak_XX.ts, context "services"; scripts/update_translations.py
collects them), so a translator works in one place.

    raise ValidationError(phrase("מספר הטלפון {phone} אינו תקין").format(phone=phone))

A placeholder is filled after the translation, never before: the catalogue holds the text with
`{phone}` in it. A label kept in a table is marked with `phrase_later` where it is written and
said where it is shown (`phrase(STATUS_LABELS[status])`). Texts kept in the database or sent to
the hub stay Hebrew, as every station and the hub must hold the same; they are said when shown.

Only the screens and the command line install a translation (`install`); the hub and the
services' own tests speak Hebrew.
"""

from __future__ import annotations

from collections.abc import Callable

# The catalogues' context for every text of the services.
CONTEXT = "services"

_translate: list[Callable[[str], str] | None] = [None]
_language = ["he"]
# Languages written left to right (the papers and screens lay out from the left for them).
LEFT_TO_RIGHT = frozenset({"en", "ru"})


def install(translate: Callable[[str], str] | None, language: str = "he") -> None:
    """From now on `phrase` gives `translate(text)`, in `language`; None goes back to Hebrew."""
    _translate[0] = translate
    _language[0] = language if translate is not None else "he"


def language() -> str:
    """The code of the language said now ("he" when nothing is installed)."""
    return _language[0]


def right_to_left() -> bool:
    """Whether what is said now reads from the right (Hebrew and Arabic)."""
    return _language[0] not in LEFT_TO_RIGHT


def phrase(text: str) -> str:
    """`text` in the user's language: Hebrew, unless a catalogue is installed that holds it."""
    translate = _translate[0]
    if translate is None or not text:
        return text
    return translate(text) or text


def phrase_later(text: str) -> str:
    """Marks `text` for the catalogues where it is kept (a table of labels); it is translated
    when shown, with `phrase`. Returns it unchanged."""
    return text


class Labels(dict):
    """A table of Hebrew labels (key -> text) read in the user's language: each text comes out
    through `phrase` when looked up, listed or iterated with its key; the keys stay as they are.
    The texts are written as plain strings in `Labels({...})`, where the catalogues find them."""

    def __getitem__(self, key: object) -> str:
        return phrase(super().__getitem__(key))

    def get(self, key: object, default: object = None) -> object:
        value = super().get(key, default)
        return phrase(value) if isinstance(value, str) else value

    def values(self) -> list[str]:  # type: ignore[override]
        return [phrase(value) for value in super().values()]

    def items(self) -> list[tuple[object, str]]:  # type: ignore[override]
        return [(key, phrase(value)) for key, value in super().items()]


def matched(*words: str) -> tuple[str, ...]:
    """Hebrew words recognised in what people type or import (a column's titles in a council's
    spreadsheet): data, compared as written and never said. Returns them as a tuple."""
    return words
