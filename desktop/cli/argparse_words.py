"""argparse's own words (usage, options, its errors) in the user's language.

argparse writes them in English through gettext, whatever the language of the rest. Its module
looks its `_` up when it speaks, so pointing it here says them from our catalogue: Hebrew by
default, English or Arabic when chosen (the Hebrew texts below are the catalogue's sources)."""

from __future__ import annotations

import argparse

from desktop.phrases import phrase, phrase_later

# argparse's text -> ours. What is not here (a programmer's error, never a user's) stays as
# argparse writes it.
WORDS = {
    "usage: ": phrase_later("שימוש: "),
    "options": phrase_later("אפשרויות"),
    "positional arguments": phrase_later("ארגומנטים"),
    "show this help message and exit": phrase_later("הצגת העזרה הזו ויציאה"),
    "%(prog)s: error: %(message)s\n": phrase_later("%(prog)s: שגיאה: %(message)s\n"),
    "the following arguments are required: %s": phrase_later("חסרים הארגומנטים: %s"),
    "unrecognized arguments: %s": phrase_later("ארגומנטים לא מוכרים: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": phrase_later(
        "בחירה לא מוכרת: %(value)r (אפשר: %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": phrase_later("%(argument_name)s: %(message)s"),
    "expected one argument": phrase_later("צריך ערך אחד"),
    "invalid %(type)s value: %(value)r": phrase_later("ערך לא תקין (%(type)s): %(value)r"),
    "not allowed with argument %s": phrase_later("אי אפשר יחד עם %s"),
    "one of the arguments %s is required": phrase_later("צריך אחד מאלה: %s"),
    "ambiguous option: %(option)s could match %(matches)s": phrase_later(
        "%(option)s אינו חד-משמעי: מתאים ל-%(matches)s"
    ),
}


def _said(text: str) -> str:
    ours = WORDS.get(text)
    return phrase(ours) if ours is not None else text


def install() -> None:
    """From now on argparse says its words through the catalogue."""
    argparse._ = _said  # type: ignore[attr-defined]  # argparse's own gettext hook
