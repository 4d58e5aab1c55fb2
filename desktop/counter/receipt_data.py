"""What a receipt says about a case, gathered from the database for the PDF renderer."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.identity import display_phone
from desktop.counter.cases import ITEM_STATUS_LABELS, CaseView, get_case
from desktop.counter.reference import council, council_logo
from desktop.receipts.receipt import PaperSize, ReceiptData, ReceiptItem, render_receipt


def receipt_data(case: CaseView) -> ReceiptData:
    c = council()
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
                request_type=i.request_type,
                department=i.department,
                department_phone=i.department_phone,
                description=i.description,
                # A finished item tells what came of it; nothing more is needed from the resident.
                next_steps=(i.outcome,) if i.outcome else i.next_steps,
                documents=() if i.status in ("done", "cannot") else i.documents,
                expected_date=i.expected_date,
                status=ITEM_STATUS_LABELS.get(i.status, i.status),
            )
            for i in case.items
        ),
        owner_name=case.owner_name,
        owner_phone=display_phone(case.owner_phone),
        owner_email=case.owner_email,
        council_logo=council_logo(),
    )


def warm_up() -> None:
    """Load fonts and render one receipt, so that the clerk's first receipt is not the slow one."""
    import datetime as dt

    from desktop.receipts.receipt import ReceiptItem

    item = ReceiptItem("נושא", "מחלקה", "04-0000000", "", ("צעד",), ("מסמך",), dt.date.today(), "")
    render_receipt(
        ReceiptData(
            "מועצה",
            "",
            "",
            "",
            "AAA-00-00001-0",
            dt.datetime.now(dt.UTC),
            "תושב",
            (item,),
            "פקיד",
            "",
            "",
        ),
        "a4",
    )


def receipt_pdf(session: Session, number: str, size: PaperSize = "a4") -> bytes:
    """The receipt of case `number` as PDF bytes (CaseNotFound when there is none)."""
    return render_receipt(receipt_data(get_case(session, number)), size)
