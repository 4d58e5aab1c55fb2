"""What a receipt says about a case, gathered from the database for the PDF renderer, in the
resident's language (and in Hebrew too when the clerk asks)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core import settings
from desktop.core.identity import display_phone
from desktop.core.oplog import Actor
from desktop.counter.cases import ITEM_STATUS_LABELS, CaseView, get_case
from desktop.counter.reference import council_logo
from desktop.counter.translations import Translator, council_in, translator
from desktop.models import Resident
from desktop.receipts.receipt import (
    PaperSize,
    ReceiptData,
    ReceiptItem,
    render_receipt,
    render_receipts,
)
from desktop.receipts.wording import language_of, say


def receipt_data(case: CaseView, words: Translator | None = None) -> ReceiptData:
    """The receipt of ``case`` in the translator's language (Hebrew without one)."""
    words = words or Translator("he")
    language = words.language
    c = council_in(words)
    return ReceiptData(
        council_name=c.name,
        council_phone=c.phone,
        council_website=c.website,
        council_address=c.address,
        case_number=case.number,
        issued_at=case.service_ended_at or case.created_at,
        resident_name=case.resident_name,
        items=tuple(
            ReceiptItem(
                request_type=words.text(i.request_type),
                department=words.text(i.department),
                department_phone=i.department_phone,
                description=i.description,
                # A finished item tells what came of it; nothing more is needed from the resident.
                next_steps=(i.outcome,) if i.outcome else words.lines(i.next_steps),
                documents=() if i.status in ("done", "cannot") else words.lines(i.documents),
                expected_date=i.expected_date,
                status=_status(i.status, language),
            )
            for i in case.items
        ),
        owner_name=case.owner_name,
        owner_phone=display_phone(case.owner_phone),
        owner_email=case.owner_email,
        council_logo=council_logo(),
        language=language,
        hijri=settings.get("hijri_dates"),
    )


def _status(status: str, language: str) -> str:
    """An item's state as the resident reads it."""
    if language == "he" or status not in ITEM_STATUS_LABELS:
        return dict.get(ITEM_STATUS_LABELS, status, status)  # Hebrew whoever prints it
    return say(language, f"status.{status}")


def resident_language(session: Session, case: CaseView) -> str:
    """The language the resident's papers are written in (Hebrew for one not written here)."""
    resident = session.get(Resident, case.resident_id)
    return language_of(resident.language if resident is not None else "he")


def receipt_copies(session: Session, case: CaseView) -> tuple[ReceiptData, ReceiptData | None]:
    """The receipt in the resident's language, and in Hebrew when that is another language
    (for "print in Hebrew too"); the second is None for a Hebrew reader."""
    language = resident_language(session, case)
    own = receipt_data(case, translator(session, language))
    return own, (receipt_data(case) if language != "he" else None)


def warm_up() -> None:
    """Load fonts and render one receipt, so that the clerk's first receipt is not the slow one."""
    import datetime as dt

    subject, department, step, document = "נושא", "מחלקה", "צעד", "מסמך"  # data: never shown
    council_name, resident, clerk = "מועצה", "תושב", "פקיד"  # data: a receipt nobody sees
    item = ReceiptItem(
        subject, department, "04-0000000", "", (step,), (document,), dt.date.today(), ""
    )
    render_receipt(
        ReceiptData(
            council_name,
            "",
            "",
            "",
            "AAA-00-00001-0",
            dt.datetime.now(dt.UTC),
            resident,
            (item,),
            clerk,
            "",
            "",
        ),
        "a4",
    )


def receipt_pdf(
    session: Session,
    actor: Actor,
    number: str,
    size: PaperSize = "a4",
    *,
    language: str | None = None,
    also_hebrew: bool = False,
) -> bytes:
    """The receipt of case `number` as PDF bytes (CaseNotFound when there is none): in
    ``language`` (the resident's when None), followed by a Hebrew copy when asked; for those who
    may read the case."""
    case = get_case(session, actor, number)
    language = language_of(language) if language else resident_language(session, case)
    copies = [receipt_data(case, translator(session, language))]
    if also_hebrew and language != "he":
        copies.append(receipt_data(case))
    return render_receipts(copies, size)
