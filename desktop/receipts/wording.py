"""The fixed texts of what a resident receives (receipt, letter, answer sheet, messages) in
each language the council writes in, with the resident's way of writing dates.

Hebrew is the council's own language and the fallback: a resident whose language is not
written here (Amharic, for now) gets Hebrew. The catalogue's own entries (request types,
departments, knowledge) carry their translations in the database, not here.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = [
    "LANGUAGES",
    "calendar_date",
    "hebrew_date",
    "hijri_date",
    "is_rtl",
    "isolate",
    "language_of",
    "local_date",
    "say",
]

# The languages documents are written in, Hebrew first.
LANGUAGES = ("he", "ar", "ru", "en")
_RTL = frozenset({"he", "ar"})

# Each entry: Hebrew, Arabic, Russian, English. Placeholders in {braces}.
_TEXTS: dict[str, tuple[str, str, str, str]] = {
    # -- the receipt
    "receipt.title": (
        "אישור פנייה",
        "تأكيد استلام الطلب",
        "Подтверждение обращения",
        "Confirmation of your request",
    ),
    "receipt.updated_title": (
        "אישור פנייה מעודכן",
        "تأكيد محدّث للطلب",
        "Обновлённое подтверждение обращения",
        "Updated confirmation of your request",
    ),
    "tel": ("טל׳ {phone}", "هاتف {phone}", "Тел. {phone}", "Tel. {phone}"),
    "receipt.issued": (
        "הונפק ב-{date}, בשעה {time}",
        "صدر بتاريخ {date}، الساعة {time}",
        "Выдано {date} в {time}",
        "Issued on {date} at {time}",
    ),
    "receipt.case_number": ("מספר פנייה:", "رقم الطلب:", "Номер обращения:", "Request number:"),
    "hello": ("שלום {name},", "مرحبا {name}،", "Здравствуйте, {name}!", "Dear {name},"),
    "receipt.intro": (
        "תודה שפנית אלינו. ריכזנו עבורך כאן את כל מה שביקשת היום, מה כבר עשינו, "
        "מה יקרה בהמשך ועד מתי נחזור אליך.",
        "شكرا لتوجهك إلينا. جمعنا لك هنا كل ما طلبته اليوم، وما قمنا به حتى الآن، "
        "وما سيحدث لاحقا، وحتى متى سنعود إليك.",
        "Спасибо, что обратились к нам. Здесь собрано всё, о чём вы сегодня просили: "
        "что уже сделано, что будет дальше и до какого числа мы вам ответим.",
        "Thank you for coming to us. Here is everything you asked for today: what we have "
        "already done, what happens next and by when we will get back to you.",
    ),
    "receipt.intro_one": (
        " איש קשר אחד ילווה את הפנייה שלך מתחילתה ועד סופה.",
        " سيتابع طلبك شخص واحد من بدايته حتى نهايته.",
        " Одно контактное лицо будет вести ваше обращение от начала до конца.",
        " One contact person will look after your request from start to finish.",
    ),
    "receipt.intro_many": (
        " הפנייה כוללת {count} בקשות, ולכולן מספר פנייה אחד ואיש קשר אחד שילווה אותך עד הסוף.",
        " عدد البنود في طلبك: {count}، ولها جميعا رقم طلب واحد وشخص واحد يتابعها معك حتى النهاية.",
        " Запросов в обращении: {count}. У всех один номер обращения и одно контактное лицо,"
        " которое будет с вами до конца.",
        " Your request covers {count} matters, all under one request number and one contact"
        " person who will stay with you to the end.",
    ),
    "receipt.department": ("מחלקה:", "القسم:", "Отдел:", "Department:"),
    "receipt.department_phone": (
        " (טלפון {phone})",
        " (هاتف {phone})",
        " (тел. {phone})",
        " (tel. {phone})",
    ),
    "receipt.details": ("פירוט:", "التفاصيل:", "Подробности:", "Details:"),
    "receipt.next": (
        "מה קורה עכשיו:",
        "ماذا يحدث الآن:",
        "Что происходит сейчас:",
        "What happens now:",
    ),
    "receipt.default_step": (
        "הבקשה הועברה לטיפול המחלקה, ונעדכן אותך בכל התקדמות.",
        "تم تحويل الطلب إلى القسم المختص، وسنطلعك على كل تقدم.",
        "Запрос передан в отдел, и мы будем сообщать вам о каждом шаге.",
        "Your request has been passed to the department, and we will tell you of every step.",
    ),
    "receipt.expected": (
        "תאריך צפוי למענה:",
        "الموعد المتوقع للرد:",
        "Ожидаемая дата ответа:",
        "Expected answer by:",
    ),
    "receipt.documents_needed": (
        "מסמכים שעדיין נדרשים:",
        "مستندات لا تزال مطلوبة:",
        "Ещё нужны документы:",
        "Documents still needed:",
    ),
    "receipt.documents": ("מסמכים:", "المستندات:", "Документы:", "Documents:"),
    "receipt.no_documents": (
        "לא נדרשים מסמכים נוספים - יש בידינו את כל מה שצריך.",
        "لا حاجة لمستندات إضافية - لدينا كل ما يلزم.",
        "Других документов не нужно — у нас есть всё необходимое.",
        "No further documents are needed - we have everything we need.",
    ),
    "receipt.status": ("סטטוס:", "الحالة:", "Статус:", "Status:"),
    "receipt.owner": (
        "הכתובת שלך לכל שאלה בפנייה:",
        "عنوانك لكل سؤال بخصوص الطلب:",
        "Ваше контактное лицо по любому вопросу:",
        "Your contact for any question:",
    ),
    "receipt.phone": ("טלפון:", "الهاتف:", "Телефон:", "Phone:"),
    "receipt.email": ("דוא״ל:", "البريد الإلكتروني:", "Эл. почта:", "E-mail:"),
    "receipt.phone_email": (
        "טלפון ודוא״ל:",
        "الهاتف والبريد الإلكتروني:",
        "Телефон и эл. почта:",
        "Phone and e-mail:",
    ),
    # Worded without a gender: the clerk may be a man or a woman.
    "receipt.promise": (
        "ליווי אחד לכל הבקשות שבפנייה: תיאום מול המחלקות ועדכון שלך בכל שלב בטיפול "
        "- אין צורך לפנות לכל מחלקה בנפרד.",
        "متابعة واحدة لكل بنود الطلب: تنسيق مع الأقسام وإطلاعك على كل مرحلة من المعالجة "
        "- لا حاجة للتوجه إلى كل قسم على حدة.",
        "Одно сопровождение для всех запросов: мы сами согласуем всё с отделами и сообщим "
        "вам о каждом этапе — обращаться в каждый отдел отдельно не нужно.",
        "One person for all your requests: we coordinate with the departments and tell you "
        "about every stage - no need to contact each department yourself.",
    ),
    "receipt.follow_heading": (
        "איך ממשיכים ומתעדכנים?",
        "كيف تتابع طلبك؟",
        "Как следить за обращением?",
        "How to follow your request",
    ),
    "receipt.follow_number": (
        "בכל פנייה אלינו כדאי לציין את מספר הפנייה: {number}",
        "عند كل تواصل معنا يرجى ذكر رقم الطلب: {number}",
        "При каждом обращении к нам называйте номер: {number}",
        "Please quote your request number whenever you contact us: {number}",
    ),
    "receipt.follow_owner": (
        "לשאלות ולעדכונים אפשר להתקשר ישירות אל {name}, בטלפון {phone}",
        "للأسئلة والمستجدات يمكنك الاتصال مباشرة مع {name} على الرقم {phone}",
        "С вопросами можно звонить напрямую: {name}, тел. {phone}",
        "For questions and updates, call {name} directly on {phone}",
    ),
    "receipt.follow_site": (
        "אפשר לעקוב אחר הטיפול בפנייה גם באתר המועצה: {site}",
        "يمكن متابعة معالجة الطلب أيضا على موقع المجلس: {site}",
        "Следить за обращением можно и на сайте совета: {site}",
        "You can also follow your request on the council's website: {site}",
    ),
    "receipt.follow_centre": (
        "מוקד המועצה זמין עבורך בטלפון {phone}",
        "مركز خدمة المجلس متاح لك على الرقم {phone}",
        "Справочная служба совета: тел. {phone}",
        "The council's service centre is there for you on {phone}",
    ),
    "receipt.closing": (
        "תודה על הסבלנות ועל שיתוף הפעולה. אנחנו כאן בשבילך ונשמח לעזור בכל שאלה.",
        "شكرا على صبرك وتعاونك. نحن هنا من أجلك ويسعدنا المساعدة في أي سؤال.",
        "Спасибо за терпение и сотрудничество. Мы всегда рады помочь с любым вопросом.",
        "Thank you for your patience and cooperation. We are here for you and glad to help "
        "with any question.",
    ),
    "regards": ("בברכה,", "مع التحية،", "С уважением,", "Kind regards,"),
    "page": (
        "עמוד {page} מתוך {pages}",
        "صفحة {page} من {pages}",
        "Стр. {page} из {pages}",
        "Page {page} of {pages}",
    ),
    # -- an item's state, as the resident reads it
    "status.received": ("התקבלה", "تم الاستلام", "Принято", "Received"),
    "status.in_progress": ("בטיפול", "قيد المعالجة", "В работе", "In progress"),
    "status.waiting_resident": (
        "ממתינה לתושב/ת",
        "بانتظار ردك",
        "Ожидаем ответа от вас",
        "Waiting for you",
    ),
    "status.waiting_department": (
        "ממתינה למחלקה אחרת",
        "بانتظار قسم آخر",
        "Ожидает другой отдел",
        "Waiting for another department",
    ),
    "status.done": ("הושלמה", "تم الإنجاز", "Выполнено", "Done"),
    "status.cannot": ("לא ניתן לבצע", "لا يمكن تنفيذه", "Выполнить невозможно", "Cannot be done"),
    # -- the proactive letter
    "letter.to": ("לכבוד {name}", "حضرة {name}", "Кому: {name}", "To: {name}"),
    "letter.subject": (
        "הנדון: {subject}",
        "الموضوع: {subject}",
        "Тема: {subject}",
        "Subject: {subject}",
    ),
    "letter.nothing": (
        "אין צורך לעשות דבר: אנחנו נעדכן אותך כשהטיפול יושלם.",
        "لا حاجة لأن تفعل أي شيء: سنبلغك عند انتهاء المعالجة.",
        "Вам ничего не нужно делать: мы сообщим, когда всё будет готово.",
        "There is nothing you need to do: we will let you know when it is done.",
    ),
    "letter.contact": (
        "מספר הפנייה שלך: {number}. איש/אשת הקשר שלך: {name}, טלפון {phone}. "
        "אפשר גם לעקוב באתר {site}.",
        "رقم طلبك: {number}. الشخص المسؤول عن التواصل معك: {name}، هاتف {phone}. "
        "يمكنك أيضا المتابعة على الموقع {site}.",
        "Номер вашего обращения: {number}. Ваше контактное лицо: {name}, тел. {phone}. "
        "Следить за обращением можно на сайте {site}.",
        "Your request number: {number}. Your contact person: {name}, tel. {phone}. "
        "You can also follow it on {site}.",
    ),
    "letter.regards": (
        "בברכה ובאיחולי בריאות,",
        "مع التحية وأطيب التمنيات بالصحة،",
        "С уважением и пожеланием здоровья,",
        "With kind regards and best wishes,",
    ),
    "letters": ("{count} מכתבים", "{count} رسائل", "Писем: {count}", "{count} letters"),
    "proactive": ("שירות יזום", "خدمة مبادرة", "Проактивная услуга", "Proactive service"),
    # -- the knowledge-base sheet
    "sheet.more": (
        "לשאלות נוספות אנחנו כאן: {phone} · {site}. נשמח לשמוע מה אפשר לשפר.",
        "لأي سؤال آخر نحن هنا: {phone} · {site}. يسعدنا أن نسمع ما يمكن تحسينه.",
        "Остались вопросы? Мы на связи: {phone} · {site}. Будем рады вашим предложениям.",
        "More questions? We are here: {phone} · {site}. We would love to hear what we can improve.",
    ),
    "sheet.printed": (
        "הודפס ב-{date}",
        "طبع بتاريخ {date}",
        "Напечатано {date}",
        "Printed on {date}",
    ),
    # -- messages (outbox, e-mail)
    "message.subject": (
        "עדכון לפנייה {number}",
        "تحديث بخصوص الطلب {number}",
        "Новости по обращению {number}",
        "Update on request {number}",
    ),
    "message.about": (
        "עדכון לגבי פנייה {number} ב{council}:",
        "تحديث بخصوص الطلب {number} في {council}:",
        "{council}: новости по обращению {number}",
        "{council}: an update on request {number}",
    ),
    "message.expected": (
        "תאריך צפוי: {date}.",
        "الموعد المتوقع: {date}.",
        "Ожидаемая дата: {date}.",
        "Expected by: {date}.",
    ),
    "message.questions": (
        "לכל שאלה: {name}, {phone}. מעקב: {site}",
        "لأي سؤال: {name}، {phone}. للمتابعة: {site}",
        "Вопросы: {name}, {phone}. Отслеживание: {site}",
        "Questions: {name}, {phone}. Follow online: {site}",
    ),
    "message.questions_short": (
        "מספר פנייה {number}. לשאלות: {name}, {phone}.",
        "رقم الطلب {number}. للأسئلة: {name}، {phone}.",
        "Номер обращения {number}. Вопросы: {name}, {phone}.",
        "Request number {number}. Questions: {name}, {phone}.",
    ),
    "message.nothing": (
        "אין צורך לעשות דבר: נעדכן אותך כשהטיפול יושלם.",
        "لا حاجة لأن تفعل أي شيء: سنبلغك عند انتهاء المعالجة.",
        "Вам ничего не нужно делать: мы сообщим, когда всё будет готово.",
        "There is nothing you need to do: we will let you know when it is done.",
    ),
    "message.regards": (
        "בברכה, {council}",
        "مع التحية، {council}",
        "С уважением, {council}",
        "Kind regards, {council}",
    ),
}

# How the resident writes a date: Russian with dots, the others day/month/year with slashes.
_DATE_FORMATS = {"ru": "%d.%m.%Y"}

# First strong isolate ... pop directional isolate: a name or an address in another script
# keeps its own direction and leaves the punctuation around it alone (UAX #9, 2.7).
_FSI, _LRI, _PDI = "\u2068", "\u2066", "\u2069"


def language_of(code: str | None) -> str:
    """The language a document for a resident whose profile says ``code`` is written in."""
    return code if code in LANGUAGES else "he"


def is_rtl(language: str) -> bool:
    return language_of(language) in _RTL


def say(language: str, key: str, **values: object) -> str:
    """The fixed text ``key`` in ``language`` (Hebrew for a language not written here)."""
    text = _TEXTS[key][LANGUAGES.index(language_of(language))]
    if not values:
        return text
    return text.format(**{name: _embedded(value, language) for name, value in values.items()})


def _embedded(value: object, language: str) -> str:
    """A value written into a sentence, isolated where its direction differs.

    Hebrew in a Russian or English sentence keeps its own direction. In Arabic, digits after
    Arabic letters are Arabic numbers (UAX #9, W2), and a hyphen does not join two of them:
    "04-6628200" would print as "6628200-04"; numbers, phones and case numbers therefore go
    in a left-to-right isolate.
    """
    text = str(value)
    if not text:
        return text
    language = language_of(language)
    if language == "ar" and any(c.isdigit() for c in text):
        return f"{_LRI}{text}{_PDI}"
    if text.isascii() or is_rtl(language):
        return text
    if not any("\u0590" <= c <= "\u05ff" for c in text):
        return text
    # Kept on one line (a no-break space between its words): an isolate cut in two by a line
    # break would leave its second half in the sentence's direction.
    return isolate(text.replace(" ", "\u00a0"))


# A number with separators, standing on its own, in Arabic text (a phone "04-6628200", hours
# "08:00-13:00" in a clerk's note or a catalogue answer). After an Arabic letter digits count as
# Arabic numbers (UAX #9, rule W2), and a hyphen between Arabic numbers does not bind them (W4
# joins them only across a common separator), so the phone would print as "6628200-04".
# Hebrew text keeps them European numbers, which the hyphen does bind.
_JOINED_NUMBER = re.compile(r"(?<![\w\u2066-])(\d+(?:[-/.:]\d+)+)(?![\w\u2069-])")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def numbers_whole(text: str) -> str:
    """Numbers with separators in Arabic text in left-to-right isolates, read as written (the
    marks are never drawn); a number already isolated, or part of a code, is left alone."""
    if not _ARABIC_LETTER.search(text):
        return text
    return _JOINED_NUMBER.sub(f"{_LRI}\\1{_PDI}", text)


def isolate(text: str) -> str:
    """``text`` as a directional isolate (the marks are never drawn)."""
    return f"{_FSI}{text}{_PDI}" if text else text


def local_date(d: date, language: str) -> str:
    """A date as the resident writes it: 05/12/2026, or 05.12.2026 in Russian."""
    return d.strftime(_DATE_FORMATS.get(language_of(language), "%d/%m/%Y"))


def hebrew_date(d: date) -> str:
    """The Hebrew calendar date in Hebrew letters, e.g. 'י״ג כסלו תשפ״ז'."""
    from pyluach.dates import HebrewDate  # imported with the first paper, not at start-up

    return HebrewDate.from_pydate(d).hebrew_date_string()


def hijri_date(d: date) -> str:
    """The Hijri date (Umm al-Qura, by the hijridate library) in Arabic: '25 جمادى الآخرة 1448 هـ'."""
    from hijridate import Gregorian  # only Arabic documents need it, and only when enabled

    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except OverflowError:  # Umm al-Qura tables cover 1343-1500 AH (1924-2077) only
        return ""
    return f"{h.day} {h.month_name('ar')} {h.year} {h.notation('ar')}"


def calendar_date(d: date, language: str, *, hijri: bool = False) -> str:
    """The date in the resident's other calendar, or "" when there is none to show: the Hebrew
    date on Hebrew documents, the Hijri one on Arabic documents when the council enables it."""
    language = language_of(language)
    if language == "he":
        return hebrew_date(d)
    if language == "ar" and hijri:
        return hijri_date(d)
    return ""
