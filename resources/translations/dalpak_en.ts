<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="he">
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="115"/>
        <source>הוספת נושא (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="130"/>
        <source>נושא: כמה אותיות או קוד מהיר, למשל 503 (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="132"/>
        <source>פירוט חופשי (לא חובה), Enter להוספה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="136"/>
        <source>נושא חדש בפנייה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="138"/>
        <source>נושא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="142"/>
        <source>מחלקה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="143"/>
        <source>פירוט</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="178"/>
        <source>פנייה חדשה עבור %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="220"/>
        <source>לא נמצא נושא כזה בקטלוג. נסו מילה אחרת.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="247"/>
        <source>יש לבחור נושא מהרשימה לפני ההוספה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="256"/>
        <source>נוספו %1 נושאים. Ctrl+P לשמירה והדפסת הקבלה.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="18"/>
        <source>עזרה - דלפק</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="27"/>
        <source>ביקור טיפוסי בדלפק</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="28"/>
        <source>מקלידים שם, ת.ז. או טלפון ולוחצים Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="29"/>
        <source>Ctrl+E פותח פנייה; מקלידים נושא, Enter, ושוב Enter להוספה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="30"/>
        <source>Ctrl+P שומר את הפנייה ומציג את הקבלה; Enter מדפיס.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="31"/>
        <source>קיצורי מקלדת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="37"/>
        <source>סגירה</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="83"/>
        <source>המסך נעול</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="88"/>
        <source>שחרור הנעילה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="91"/>
        <source>המסך ננעל כדי לשמור על פרטיות התושבים.
העבודה שלך שמורה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="94"/>
        <source>סיסמה של %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="104"/>
        <source>הסיסמה שגויה. אפשר לנסות שוב.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="31"/>
        <source>דלפק - כניסה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="48"/>
        <source>כניסה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="49"/>
        <source>יציאה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="51"/>
        <source>שם משתמש</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="52"/>
        <source>סיסמה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="55"/>
        <source>דלפק השירות - כניסה לעמדה %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58"/>
        <source>פנייה חדשה (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="59"/>
        <source>שמירה והדפסת קבלה (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="76"/>
        <source>דלפק - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81"/>
        <source>מקלידים שם, תעודת זהות או טלפון בתיבת החיפוש (Ctrl+F) ולוחצים Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <source>F1 לעזרה וקיצורי מקלדת.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>%1 (%2) · עמדה %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>Ctrl+E לפנייה חדשה עבור %1 · Ctrl+F לתושב/ת הבא/ה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175"/>
        <source>פנייה בעריכה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>יש פנייה שלא נשמרה עבור %1. לבטל אותה ולפתוח כרטיס אחר?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <source>קודם פותחים כרטיס תושב/ת (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230"/>
        <source>טיוטה נשמרה %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>המשך פנייה שלא הסתיימה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <source>נמצאה פנייה שלא נשמרה (%1 נושאים) מ-%2. להמשיך ממנה?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="262"/>
        <source>אין פנייה פתוחה לשמירה. Ctrl+E פותח פנייה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280"/>
        <source>הפנייה %1 נשמרה.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewResidentDialog</name>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="39"/>
        <source>תושב/ת חדש/ה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="44"/>
        <source>יום/חודש/שנה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="68"/>
        <source>לא צוין</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="69"/>
        <source>זכר</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="70"/>
        <source>נקבה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="71"/>
        <source>(לא נבחר)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="79"/>
        <source>למשל: כיסא גלגלים, לקות שמיעה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="80"/>
        <source>שמירה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="81"/>
        <source>ביטול</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="83"/>
        <source>תעודת זהות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="84"/>
        <source>שם פרטי</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="85"/>
        <source>שם משפחה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="86"/>
        <source>תאריך לידה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="87"/>
        <source>מגדר</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="88"/>
        <source>טלפון</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="89"/>
        <source>טלפון נוסף</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="90"/>
        <source>דוא&quot;ל</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="91"/>
        <source>יישוב</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="92"/>
        <source>כתובת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="93"/>
        <source>ערוץ קשר מועדף</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="94"/>
        <source>שפה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="95"/>
        <source>צורכי נגישות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="129"/>
        <source>תאריך הלידה אינו מובן. כתבו יום/חודש/שנה, למשל 12/03/1958.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="164"/>
        <source>תושב/ת קיים/ת?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="166"/>
        <source>פתיחת הרשומה הקיימת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="169"/>
        <source>זה אדם אחר - לשמור</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/resident_dialog.py" line="170"/>
        <source>חזרה לטופס</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="61"/>
        <source>פניות פתוחות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="62"/>
        <source>פניות קודמות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="78"/>
        <source>שלום, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="80"/>
        <source>גיל %1 (נולד/ה %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="84"/>
        <source>תאריך לידה לא ידוע</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="86"/>
        <source>כתובת לא ידועה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="90"/>
        <source>דוא&quot;ל</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="100"/>
        <source>צורכי נגישות: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="104"/>
        <source>פניות פתוחות (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="105"/>
        <source>פניות קודמות (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../../desktop/ui/receipt_preview.py" line="76"/>
        <source>קבלה לפנייה %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_preview.py" line="80"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_preview.py" line="81"/>
        <source>גליל 80 מ&quot;מ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_preview.py" line="82"/>
        <source>הדפסה (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_preview.py" line="83"/>
        <source>שמירה כ-PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_preview.py" line="84"/>
        <source>סגירה (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_preview.py" line="99"/>
        <source>גודל:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_preview.py" line="150"/>
        <source>הקבלה נשלחה להדפסה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_preview.py" line="155"/>
        <source>שמירת הקבלה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/receipt_preview.py" line="160"/>
        <source>נשמר: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="87"/>
        <source>חיפוש תושב/ת: שם, ת.ז. או טלפון (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="153"/>
        <source>החיפוש נכשל: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="162"/>
        <source>Enter לפתיחת הכרטיס, חיצים לבחירה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="164"/>
        <source>לא נמצאו תושבים. Enter או Ctrl+N ליצירת תושב/ת חדש/ה</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="18"/>
        <source>חיפוש תושב/ת (שם, ת.ז., טלפון)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="19"/>
        <source>תושב/ת חדש/ה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="20"/>
        <source>פנייה חדשה לתושב/ת הפתוח/ה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="21"/>
        <source>נושא נוסף בפנייה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="22"/>
        <source>שמירת הפנייה והדפסת קבלה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="23"/>
        <source>נעילת המסך</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="24"/>
        <source>עזרה וקיצורי מקלדת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="29"/>
        <source>בחיפוש: פתיחת הכרטיס; בלי תוצאות: יצירת תושב/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="30"/>
        <source>מעבר בין תוצאות החיפוש או נושאי הקטלוג</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="31"/>
        <source>בנושא: בחירת הנושא המסומן; בפירוט: הוספת הנושא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="32"/>
        <source>בטבלת הנושאים: הסרת הנושא המסומן</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="33"/>
        <source>בתצוגת הקבלה: הדפסה</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
