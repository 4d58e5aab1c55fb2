"""Right-to-left text in multi-line boxes, which Qt leaves aligned to the left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


def align_right(box: QPlainTextEdit | QTextEdit) -> None:
    """Hebrew paragraphs to the right edge. The document's default alignment is an absolute
    'left' even in a right-to-left window; each paragraph still finds its own direction."""
    option = box.document().defaultTextOption()
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    box.document().setDefaultTextOption(option)
