"""The keyboard map of the counter, declared once: used for the shortcuts, the help and the README."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Shortcut:
    action: str
    keys: tuple[str, ...]
    label: str


SHORTCUTS = (
    Shortcut(
        "search", ("Ctrl+F", "F3"), QT_TRANSLATE_NOOP("Shortcuts", "חיפוש תושב/ת (שם, ת.ז., טלפון)")
    ),
    Shortcut("new_resident", ("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "תושב/ת חדש/ה")),
    Shortcut("new_case", ("Ctrl+E",), QT_TRANSLATE_NOOP("Shortcuts", "פנייה חדשה לתושב/ת הפתוח/ה")),
    Shortcut("add_item", ("Ctrl+I",), QT_TRANSLATE_NOOP("Shortcuts", "נושא נוסף בפנייה")),
    Shortcut("print", ("Ctrl+P",), QT_TRANSLATE_NOOP("Shortcuts", "שמירת הפנייה והדפסת קבלה")),
    Shortcut("sync", ("Ctrl+Shift+S",), QT_TRANSLATE_NOOP("Shortcuts", "סנכרון עם המרכזת עכשיו")),
    Shortcut(
        "conflicts", ("Ctrl+Shift+K",), QT_TRANSLATE_NOOP("Shortcuts", "התנגשויות והסגר (מפקחים)")
    ),
    Shortcut("lock", ("Ctrl+L",), QT_TRANSLATE_NOOP("Shortcuts", "נעילת המסך")),
    Shortcut("help", ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "עזרה וקיצורי מקלדת")),
    Shortcut("page_counter", ("Ctrl+1",), QT_TRANSLATE_NOOP("Shortcuts", "עמוד הדלפק")),
    Shortcut("page_inbox", ("Ctrl+2",), QT_TRANSLATE_NOOP("Shortcuts", "תיבת המחלקה")),
    Shortcut("page_my_cases", ("Ctrl+3",), QT_TRANSLATE_NOOP("Shortcuts", "הפניות שלי והודעות")),
    Shortcut(
        "page_tasks", ("Ctrl+4",), QT_TRANSLATE_NOOP("Shortcuts", "משימות: שיחות חוזרות ומעקב")
    ),
    Shortcut("page_outbox", ("Ctrl+5",), QT_TRANSLATE_NOOP("Shortcuts", "תיבת יוצא")),
    Shortcut("knowledge", ("Ctrl+K",), QT_TRANSLATE_NOOP("Shortcuts", "מאגר הידע")),
    Shortcut(
        "absences",
        ("Ctrl+Shift+A",),
        QT_TRANSLATE_NOOP("Shortcuts", "היעדרויות וממלאי מקום (מפקחים)"),
    ),
    Shortcut(
        "lobby_check_in",
        ("Ctrl+Shift+L",),
        QT_TRANSLATE_NOOP("Shortcuts", "לובי: רישום הגעה של תושב/ת"),
    ),
    Shortcut(
        "lobby_call_next",
        ("F9",),
        QT_TRANSLATE_NOOP("Shortcuts", "לובי: קריאה לבא/ה בתור לעמדה שלי"),
    ),
    Shortcut(
        "lobby_display",
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("Shortcuts", "לובי: פתיחת מסך הקריאה (מסך שני)"),
    ),
)

# Keys inside screens, for the help page.
IN_SCREEN_KEYS = (
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "בחיפוש: פתיחת הכרטיס; בלי תוצאות: יצירת תושב/ת")),
    ("↑ ↓", QT_TRANSLATE_NOOP("Shortcuts", "מעבר בין תוצאות החיפוש או נושאי הקטלוג")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "בנושא: בחירת הנושא המסומן; בפירוט: הוספת הנושא")),
    ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "בטבלת הנושאים: הסרת הנושא המסומן")),
    (
        "Esc",
        QT_TRANSLATE_NOOP("Shortcuts", "בפנייה שבהקלדה: ביטול הפנייה (אחרי אישור); הטיוטה נמחקת"),
    ),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "בתצוגת הקבלה: הדפסה")),
    (
        "Enter",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "בתיבת המחלקה ובפניות שלי: פתיחת השורה; במשימות: רישום שיחה"
        ),
    ),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "ברשימת הממתינים בלובי: קריאה לתושב/ת המסומן/ת")),
)
