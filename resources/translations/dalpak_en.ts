<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="he">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="60"/>
        <source>שמירת ההיעדרות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="63"/>
        <source>ביטול ההיעדרות המסומנת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="70"/>
        <source>היעדרויות וממלאי מקום</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="81"/>
        <source>חופשה, מחלה, השתלמות...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="82"/>
        <source>סגירה (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="83"/>
        <source>היעדרות חדשה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="86"/>
        <source>עד</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="89"/>
        <source>מי נעדר/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="90"/>
        <source>ממלא/ת מקום</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="91"/>
        <source>מתאריך</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="92"/>
        <source>סיבה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="94"/>
        <source>היעדרויות נוכחיות ועתידיות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="99"/>
        <source>בזמן ההיעדרות נושאים שהועברו לעובד/ת, משימות ופניות בבעלותו/ה מגיעים לממלא/ת המקום, וחוזרים מעצמם בסופה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="131"/>
        <source>תאריך אינו קריא. כותבים יום/חודש/שנה, למשל 15/04/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="135"/>
        <source>יש למלא תאריך התחלה ותאריך סיום.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="152"/>
        <source>נשמר: %1 מחליף/ה את %2 עד %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="163"/>
        <source>יש לבחור היעדרות ברשימה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="171"/>
        <source>ההיעדרות של %1 בוטלה.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="273"/>
        <source>מנהל/ת המערכת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="274"/>
        <source>החשבון הראשון בעמדה. בעזרתו מוסיפים את שאר העובדים.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="283"/>
        <source>שם משתמש</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="284"/>
        <source>שם מלא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="285"/>
        <source>סיסמה (8 תווים לפחות)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="286"/>
        <source>שוב, לאימות</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="66"/>
        <source>כל הפתוחים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="67"/>
        <source>באיחור</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="68"/>
        <source>להיום</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="69"/>
        <source>בסיכון</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="70"/>
        <source>נדחו</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="71"/>
        <source>ללא עובד/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="221"/>
        <source>רענון (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="228"/>
        <source>כל הפריטים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="231"/>
        <source>העברת הנבחרים… (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="232"/>
        <source>העברת כל העבודה של העובד/ת… (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="233"/>
        <source>העברת האחריות על הפניות הנבחרות… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="234"/>
        <source>העברת כל הפניות של העובד/ת… (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="242"/>
        <source>כל המחלקות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="243"/>
        <source>כל העובדים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="244"/>
        <source>כל היישובים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="245"/>
        <source>כל הנושאים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="251"/>
        <source>כל הגילים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="252"/>
        <source>פתוחים %1 ימים ומעלה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="267"/>
        <source>מחלקה:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="267"/>
        <source>עובד/ת:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="268"/>
        <source>יישוב:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="268"/>
        <source>נושא:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="269"/>
        <source>גיל:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="277"/>
        <source>לפי מחלקה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="278"/>
        <source>לפי עובד/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="282"/>
        <source>הצגה:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="290"/>
        <source>אדום: באיחור · כתום: להיום או בסיכון</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="480"/>
        <source>סך הכול %1 פתוחים · %2 באיחור · %3 להיום · %4 בסיכון (עד %5, %6 ימי עבודה)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="488"/>
        <source>כולם</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="490"/>
        <source>פריטים: %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="497"/>
        <source>קריאת לוח העומס נכשלה: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="518"/>
        <source>יש לבחור פריטים ברשימה (Shift או Ctrl לבחירת כמה).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="528"/>
        <source>נבחר פריט אחד להעברה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="529"/>
        <source>%1 פריטים נבחרו להעברה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="530"/>
        <source>העברת פריטים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="531"/>
        <location filename="../../desktop/ui/board_page.py" line="548"/>
        <source>הועברו %1 פריטים.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="536"/>
        <location filename="../../desktop/ui/board_page.py" line="570"/>
        <source>יש לבחור עובד/ת בטבלה או בסינון.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="546"/>
        <source>העברת כל העבודה של עובד/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="547"/>
        <source>כל הפריטים הפתוחים של %1 יועברו.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="553"/>
        <source>יש לבחור פריטים ברשימה: האחריות על הפניות שלהם תועבר.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="562"/>
        <source>העברת אחריות על פניות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="563"/>
        <source>האחריות על %1 פניות תועבר.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="565"/>
        <location filename="../../desktop/ui/board_page.py" line="583"/>
        <source>האחריות על %1 פניות הועברה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="580"/>
        <source>העברת כל הפניות של עובד/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="581"/>
        <source>כל הפניות שבאחריות %1 (פתוחות, או עם שיחה שטרם נעשתה) יועברו.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="49"/>
        <source>כן, דיברנו</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="50"/>
        <source>לא הצלחתי להשיג</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="71"/>
        <source>%1 · פנייה %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="75"/>
        <source>&lt;b&gt;ערוץ מועדף&lt;/b&gt; %1 · &lt;b&gt;לבצע עד&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="80"/>
        <source>&lt;b&gt;נושא&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="82"/>
        <source>&lt;b&gt;מה לומר&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="84"/>
        <source>שואלים אם הכול בוצע וכמה היו מרוצים מהשירות (1-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="86"/>
        <source>&lt;b&gt;ניסיון קודם&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="96"/>
        <source>מה נאמר או מה נעשה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="97"/>
        <source>לבחור...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="100"/>
        <source>מה אמר/ה התושב/ת על השירות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="101"/>
        <source>רישום השיחה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="102"/>
        <source>ביטול (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="108"/>
        <source>השגת את התושב/ת?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="109"/>
        <source>ערוץ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="110"/>
        <source>מה נאמר</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="112"/>
        <source>שביעות רצון</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="113"/>
        <source>הערת התושב/ת</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../../desktop/ui/case_editor.py" line="248"/>
        <source>נוסף: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="256"/>
        <source>יש לבחור נושא מהרשימה לפני ההוספה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="265"/>
        <source>נוספו %1 נושאים. Ctrl+P לשמירה והדפסת הקבלה.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="102"/>
        <source>&lt;b&gt;נושאי הפנייה&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="107"/>
        <source>&lt;b&gt;היסטוריה&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="126"/>
        <source>&lt;b&gt;פנייה &lt;span dir=&apos;ltr&apos;&gt;%1&lt;/span&gt;&lt;/b&gt; · %2 · נפתחה %3 · בעלים: %4 · תושב/ת: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="254"/>
        <source>פעיל בקטלוג (מוצע בדלפק)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="258"/>
        <source>מילים מופרדות בפסיקים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="259"/>
        <source>צעד בכל שורה: מה יקרה אחרי הדלפק</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="260"/>
        <source>מסמך בכל שורה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="262"/>
        <source>קוד</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="263"/>
        <source>שם סוג הפנייה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="264"/>
        <source>מחלקה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="265"/>
        <source>זמן טיפול (ימי עבודה)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="266"/>
        <source>צעדי המשך</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="267"/>
        <source>מסמכים נדרשים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="268"/>
        <source>מילות חיפוש</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="271"/>
        <source>שינוי זמן הטיפול חל על פניות חדשות בלבד: תאריך צפוי שכבר נמסר לתושב/ת לא זז.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="283"/>
        <source>בחירת מחלקה…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="293"/>
        <source>(ייקבע בשמירה)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="103"/>
        <source>רישום הגעה ללובי</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="104"/>
        <source>שם, ת.ז. או טלפון; או שם כפי שנמסר</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="105"/>
        <source>במה מדובר, בכמה מילים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="108"/>
        <source>למשל: כיסא גלגלים, חודש שמיני, בן 82</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="111"/>
        <source>רישום</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="112"/>
        <source>ביטול</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="116"/>
        <source>תושב/ת:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="118"/>
        <source>סיבת ההגעה:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="119"/>
        <source>קדימות:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="120"/>
        <source>סיבת הקדימות:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="161"/>
        <source>לא נמצא/ה - רישום בשם: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="32"/>
        <source>נעדר/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="33"/>
        <source>ממלא/ת מקום</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="34"/>
        <source>מתאריך</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="35"/>
        <source>עד תאריך</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/absence_dialog.py" line="36"/>
        <source>סיבה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="123"/>
        <location filename="../../desktop/ui/board_page.py" line="137"/>
        <location filename="../../desktop/ui/board_page.py" line="155"/>
        <location filename="../../desktop/ui/case_panel.py" line="39"/>
        <location filename="../../desktop/ui/inbox_page.py" line="45"/>
        <location filename="../../desktop/ui/settings_page.py" line="56"/>
        <source>מחלקה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="124"/>
        <location filename="../../desktop/ui/board_page.py" line="138"/>
        <location filename="../../desktop/ui/my_cases_page.py" line="44"/>
        <source>פתוחים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="125"/>
        <location filename="../../desktop/ui/board_page.py" line="139"/>
        <source>להיום</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="126"/>
        <location filename="../../desktop/ui/board_page.py" line="140"/>
        <source>באיחור</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="127"/>
        <location filename="../../desktop/ui/board_page.py" line="141"/>
        <source>בסיכון</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="128"/>
        <location filename="../../desktop/ui/board_page.py" line="142"/>
        <source>נדחו</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="129"/>
        <source>ללא עובד/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="136"/>
        <location filename="../../desktop/ui/board_page.py" line="156"/>
        <source>עובד/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="152"/>
        <location filename="../../desktop/ui/inbox_page.py" line="42"/>
        <location filename="../../desktop/ui/my_cases_page.py" line="41"/>
        <location filename="../../desktop/ui/my_cases_page.py" line="72"/>
        <location filename="../../desktop/ui/outbox_page.py" line="31"/>
        <location filename="../../desktop/ui/scan_page.py" line="56"/>
        <location filename="../../desktop/ui/tasks_page.py" line="33"/>
        <source>פנייה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="153"/>
        <location filename="../../desktop/ui/inbox_page.py" line="43"/>
        <location filename="../../desktop/ui/my_cases_page.py" line="42"/>
        <location filename="../../desktop/ui/outbox_page.py" line="32"/>
        <location filename="../../desktop/ui/scan_page.py" line="52"/>
        <location filename="../../desktop/ui/tasks_page.py" line="34"/>
        <source>תושב/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="154"/>
        <location filename="../../desktop/ui/case_panel.py" line="38"/>
        <location filename="../../desktop/ui/inbox_page.py" line="44"/>
        <location filename="../../desktop/ui/knowledge_dialog.py" line="33"/>
        <location filename="../../desktop/ui/settings_page.py" line="69"/>
        <location filename="../../desktop/ui/tasks_page.py" line="37"/>
        <source>נושא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="157"/>
        <source>אחראי/ת פנייה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="158"/>
        <location filename="../../desktop/ui/case_panel.py" line="40"/>
        <location filename="../../desktop/ui/inbox_page.py" line="46"/>
        <source>תאריך צפוי</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="159"/>
        <source>ימים פתוח</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="160"/>
        <location filename="../../desktop/ui/inbox_page.py" line="48"/>
        <source>העברות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="161"/>
        <location filename="../../desktop/ui/case_panel.py" line="41"/>
        <location filename="../../desktop/ui/inbox_page.py" line="47"/>
        <location filename="../../desktop/ui/my_cases_page.py" line="43"/>
        <source>מצב</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board_page.py" line="173"/>
        <source>(תור המחלקה)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="33"/>
        <source>שיחה חוזרת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/call_dialog.py" line="34"/>
        <source>שיחת מעקב</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="37"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="42"/>
        <source>הצעד הבא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="66"/>
        <location filename="../../desktop/ui/my_cases_page.py" line="71"/>
        <location filename="../../desktop/ui/settings_page.py" line="78"/>
        <source>מתי</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="67"/>
        <location filename="../../desktop/ui/settings_page.py" line="79"/>
        <source>מי</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_panel.py" line="68"/>
        <location filename="../../desktop/ui/settings_page.py" line="81"/>
        <source>מה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="76"/>
        <source>באיחור: התאריך הצפוי עבר</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_dialog.py" line="34"/>
        <location filename="../../desktop/ui/settings_page.py" line="80"/>
        <source>תחום</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="20"/>
        <source>עמדה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="21"/>
        <source>פקיד/ה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="22"/>
        <location filename="../../desktop/ui/lobby_panel.py" line="48"/>
        <source>תור</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="23"/>
        <source>מאז</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="24"/>
        <source>דקות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="49"/>
        <source>שם</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="50"/>
        <source>ממתין/ה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="51"/>
        <source>קדימות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="52"/>
        <source>סיבת ההגעה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="40"/>
        <source>חדש</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="45"/>
        <source>עודכנה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="73"/>
        <source>מה קרה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_page.py" line="30"/>
        <source>נוצרה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_page.py" line="33"/>
        <location filename="../../desktop/ui/scan_page.py" line="54"/>
        <location filename="../../desktop/ui/tasks_page.py" line="36"/>
        <source>ערוץ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_page.py" line="34"/>
        <source>אל</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="51"/>
        <source>מה נעשה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="53"/>
        <source>למה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="55"/>
        <source>פג בתאריך</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="54"/>
        <location filename="../../desktop/ui/settings_page.py" line="67"/>
        <source>קוד</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="55"/>
        <source>סוג פנייה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="57"/>
        <source>ימי טיפול</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="68"/>
        <source>כותרת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="82"/>
        <source>השינוי</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_page.py" line="31"/>
        <source>משימה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_page.py" line="32"/>
        <source>עד</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_page.py" line="35"/>
        <source>טלפון</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_page.py" line="38"/>
        <source>מה לומר</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="204"/>
        <source>העמדה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="205"/>
        <source>עמדה עצמאית עובדת לבד; עמדה מחוברת מסתנכרנת עם המרכזת של המועצה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="206"/>
        <source>עמדה עצמאית (בלי מרכזת)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="207"/>
        <source>עמדה מחוברת למרכזת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="228"/>
        <source>קוד העמדה (למספרי הפניות)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilFields</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="45"/>
        <source>בחירת סמל...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="46"/>
        <source>בלי סמל</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="65"/>
        <source>שם המועצה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="66"/>
        <source>סמל לקבלות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="81"/>
        <source>אין סמל</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="82"/>
        <source>הקבלות יודפסו עם שם המועצה בלבד.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="88"/>
        <source>הסמל יודפס מעל שם המועצה בכל קבלה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="92"/>
        <source>סמל המועצה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="93"/>
        <source>תמונות (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="178"/>
        <source>המועצה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="179"/>
        <source>השם והסמל שיודפסו בראש כל קבלה לתושבים.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtrasPanel</name>
    <message>
        <location filename="../../desktop/ui/extras_panel.py" line="37"/>
        <source>מגיע לתושב/ת גם</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/extras_panel.py" line="79"/>
        <source>אין הצעות נוספות כרגע.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/extras_panel.py" line="91"/>
        <source>הוספה לפנייה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/extras_panel.py" line="92"/>
        <source>לא עכשיו</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/extras_panel.py" line="113"/>
        <source>ההצעה לא התקבלה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/extras_panel.py" line="113"/>
        <source>למה? (יירשם, וההצעה לא תוצג שוב לזמן מה)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="103"/>
        <source>ייצוא ל-Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="104"/>
        <source>דוח PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="105"/>
        <source>רענון (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="119"/>
        <source>30 הימים האחרונים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="119"/>
        <source>החודש</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="120"/>
        <source>החודש הקודם</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="120"/>
        <source>90 הימים האחרונים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="121"/>
        <source>השנה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="121"/>
        <source>תקופה לבחירה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="136"/>
        <source>כל המחלקות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="136"/>
        <source>כל הפקידים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="137"/>
        <source>כל היישובים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="137"/>
        <source>כל סוגי הפניות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="148"/>
        <source>תקופה:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="150"/>
        <source>מתאריך</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="152"/>
        <source>עד</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="159"/>
        <source>מחלקה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="159"/>
        <source>פקיד/ה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="160"/>
        <source>יישוב</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="161"/>
        <source>סוג פנייה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="301"/>
        <source>סוף התקופה לפני תחילתה: יש לתקן את התאריכים.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="322"/>
        <source>המדדים נטענים…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="327"/>
        <source>קריאת המדדים נכשלה: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="440"/>
        <source>ייצוא המדדים ל-Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="445"/>
        <source>דוח המדדים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="468"/>
        <source>הקובץ נשמר: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="473"/>
        <source>שמירת הקובץ נכשלה: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/figures_page.py" line="475"/>
        <source>הקובץ נשמר ברקע…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="328"/>
        <source>דלפק - הגדרת עמדה חדשה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="331"/>
        <source>הבא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="332"/>
        <source>הקודם</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="333"/>
        <source>סיום והתחלת עבודה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="334"/>
        <source>ביטול</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="354"/>
        <source>מחברים את העמדה למרכזת ומושכים את נתוני המועצה...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="355"/>
        <source>מכינים את העמדה...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="162"/>
        <source>אני מאשר/ת העברה מעבר למותר באמנה, מהסיבה שכתבתי</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="163"/>
        <source>העברה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="169"/>
        <source>העברת %1 למחלקה אחרת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="182"/>
        <source>למה המחלקה האחרת היא הכתובת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="185"/>
        <source>מחלקה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="186"/>
        <source>עובד/ת (לא חובה)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="187"/>
        <source>סיבה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="190"/>
        <source>נמצא כעת ב: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="205"/>
        <source>כל המחלקה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="220"/>
        <source>יש לבחור מחלקה.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="26"/>
        <source>עזרה - דלפק</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="35"/>
        <source>ביקור טיפוסי בדלפק</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="36"/>
        <source>מקלידים שם, ת.ז. או טלפון ולוחצים Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="37"/>
        <source>פותחים פנייה ב-Ctrl+E; מקלידים נושא, Enter, ושוב Enter להוספה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="38"/>
        <source>שומרים את הפנייה ומציגים את הקבלה ב-Ctrl+P; מדפיסים ב-Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="39"/>
        <source>לובי</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="40"/>
        <source>רושמים הגעה ב-Ctrl+Shift+L: תושב/ת מהחיפוש או שם כפי שנמסר, סיבת ההגעה, וקדימות עם הסיבה שלה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="42"/>
        <source>קוראים לבא/ה בתור ב-F9: הפנייה נפתחת עם התושב/ת, ושמירתה מסיימת את הביקור.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="44"/>
        <source>מסך הקריאה לתושבים נפתח ב-Ctrl+Shift+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="45"/>
        <source>קיצורי מקלדת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="51"/>
        <source>סגירה</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubFields</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="118"/>
        <source>בדיקת חיבור</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="130"/>
        <source>כתובת המרכזת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="131"/>
        <source>קוד העמדה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="132"/>
        <source>אסימון העמדה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="154"/>
        <source>בודקים את החיבור למרכזת...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="163"/>
        <source>החיבור תקין: המרכזת מכירה את העמדה %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="95"/>
        <source>באיחור בלבד</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="96"/>
        <source>להיום בלבד</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="100"/>
        <source>פתיחה (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="101"/>
        <source>רענון</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="107"/>
        <source>סינון: מספר פנייה, שם תושב/ת או נושא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="109"/>
        <source>כל המצבים הפתוחים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="133"/>
        <source>אדום: באיחור · מודגש על רקע כתום: להיום</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="189"/>
        <source>%1 נושאים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="213"/>
        <source>קריאת התיבה נכשלה: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetailDialog</name>
    <message>
        <location filename="../../desktop/ui/item_detail.py" line="59"/>
        <source>התושב/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_detail.py" line="61"/>
        <source>הנושא שלך</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_detail.py" line="64"/>
        <source>עדכון מצב (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_detail.py" line="65"/>
        <source>העברה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_detail.py" line="66"/>
        <source>סגירה (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_detail.py" line="72"/>
        <source>פנייה %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_detail.py" line="127"/>
        <source>דוא&quot;ל</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_detail.py" line="144"/>
        <source>הנושא כבר אינו בפנייה הזאת.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_detail.py" line="148"/>
        <source>העברות: %1 מתוך %2 לפי האמנה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_detail.py" line="173"/>
        <source>העדכון נשמר ונשלח לבעלי הפנייה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_detail.py" line="184"/>
        <source>הנושא הועבר ל%1. בעלי הפנייה קיבלו הודעה.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeDialog</name>
    <message>
        <location filename="../../desktop/ui/knowledge_dialog.py" line="104"/>
        <source>הדפסה לתושב/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_dialog.py" line="105"/>
        <source>סגירה (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_dialog.py" line="112"/>
        <source>מאגר הידע</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_dialog.py" line="113"/>
        <source>מה שואלים? למשל: שעות, ארנונה הנחה, פינוי גזם</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_dialog.py" line="119"/>
        <source>הדף יודפס על שם %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_dialog.py" line="194"/>
        <source>דף מידע: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeEditor</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="331"/>
        <source>מילים מופרדות בפסיקים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="333"/>
        <source>קוד</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="334"/>
        <source>כותרת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="335"/>
        <source>נושא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="336"/>
        <source>מחלקה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="337"/>
        <source>מילות חיפוש</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="338"/>
        <source>התשובה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="344"/>
        <source>כל המועצה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="354"/>
        <source>(ייקבע בשמירה)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LobbyBoard</name>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="63"/>
        <source>ממתינים עכשיו</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="64"/>
        <location filename="../../desktop/ui/lobby_board.py" line="121"/>
        <source>ההמתנה הארוכה ביותר</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="65"/>
        <source>המתנה צפויה למי שמגיע/ה עכשיו</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="66"/>
        <source>קיבלו שירות היום</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="67"/>
        <source>עזבו בלי שירות היום</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="113"/>
        <source>%1 דקות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="116"/>
        <source>ממתינים עכשיו&lt;br&gt;מהם בקדימות: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="120"/>
        <source>ההמתנה הארוכה ביותר&lt;br&gt;תור %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="127"/>
        <source>בשירות בעמדות: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="133"/>
        <source>זמן שירות חציוני של %1 דקות ב-%2 הביקורים האחרונים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="136"/>
        <source>זמן שירות משוער של %1 דקות, כי עדיין אין מספיק ביקורים שהסתיימו</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_board.py" line="140"/>
        <source>ההמתנה הצפויה: הממתינים חלקי %1 עמדות פעילות בשעה האחרונה, כפול %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LobbyDisplay</name>
    <message>
        <location filename="../../desktop/ui/lobby_display.py" line="67"/>
        <source>לובי - תורים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_display.py" line="72"/>
        <source>נקראים עכשיו</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_display.py" line="94"/>
        <source>קריאות קודמות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_display.py" line="157"/>
        <source>לעמדה %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_display.py" line="162"/>
        <source>עמדה %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_display.py" line="165"/>
        <source>ממתינים: %1 · זמן המתנה משוער: %2 דקות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_display.py" line="169"/>
        <source>אין ממתינים כרגע</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LobbyPanel</name>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="216"/>
        <source>רישום הגעה (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="217"/>
        <source>הבא/ה בתור (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="218"/>
        <source>קריאה לנבחר/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="219"/>
        <source>עזב/ה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="221"/>
        <source>סיום בלי פנייה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="233"/>
        <source>לובי</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="235"/>
        <source>מס&apos; עמדה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="240"/>
        <source>Enter על שורה ברשימה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="241"/>
        <source>התושב/ת המסומן/ת עזב/ה בלי לקבל שירות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="242"/>
        <source>השירות הסתיים בלי לפתוח פנייה (למשל מסירת מידע)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="250"/>
        <source>עמדה:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="302"/>
        <source>ממתינים: %1 · המתנה צפויה: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="312"/>
        <source>%1 נרשם/ה בתור %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="322"/>
        <source>בשירות: תור %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="340"/>
        <source>הביקור של תור %1 הסתיים.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="346"/>
        <source>תור %1 עדיין בשירות: שומרים את הפנייה (Ctrl+P) או מסיימים בלי פנייה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="359"/>
        <source>%1 (תור %2) נקרא/ה לעמדה %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="374"/>
        <location filename="../../desktop/ui/lobby_panel.py" line="382"/>
        <source>בחרו תושב/ת ברשימת הממתינים.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lobby_panel.py" line="390"/>
        <source>תור %1 סומן כמי שעזב/ה.</source>
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
        <location filename="../../desktop/ui/main_window.py" line="67"/>
        <source>פנייה חדשה (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="68"/>
        <source>שמירה והדפסת קבלה (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88"/>
        <source>דלפק - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="93"/>
        <source>מקלידים שם, תעודת זהות או טלפון בתיבת החיפוש (Ctrl+F) ולוחצים Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="94"/>
        <source>F1 לעזרה וקיצורי מקלדת.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>העמוד הזה אינו פתוח לתפקיד שלך.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>%1 (%2) · עמדה %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="216"/>
        <source>Ctrl+E לפנייה חדשה עבור %1 · Ctrl+F לתושב/ת הבא/ה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230"/>
        <source>פנייה בעריכה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <source>יש פנייה שלא נשמרה עבור %1. לבטל אותה ולפתוח כרטיס אחר?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="268"/>
        <source>קודם פותחים כרטיס תושב/ת (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="294"/>
        <source>טיוטה נשמרה %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305"/>
        <source>המשך פנייה שלא הסתיימה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="306"/>
        <source>נמצאה פנייה שלא נשמרה (%1 נושאים) מ-%2. להמשיך ממנה?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="326"/>
        <source>אין פנייה פתוחה לשמירה. Ctrl+E פותח פנייה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <source>הפנייה %1 נשמרה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="357"/>
        <source>יש פנייה פתוחה: שומרים אותה (Ctrl+P) לפני קריאה לתושב/ת הבא/ה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="426"/>
        <source>מסך ההתנגשויות וההסגר פתוח למפקחים ולמנהלי מערכת.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="443"/>
        <source>ניהול היעדרויות פתוח למפקחים ולמנהלי מערכת.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyCasesPage</name>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="101"/>
        <source>כולל סגורות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="105"/>
        <source>קבלה מעודכנת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="106"/>
        <source>שליחת עדכון לתושב/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="109"/>
        <source>סימון כנקרא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="110"/>
        <source>הכול נקרא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="119"/>
        <source>פנייה נפתחת כאן, עם הנושאים וההיסטוריה, ב-Enter או בלחיצה כפולה על השורה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="122"/>
        <source>&lt;b&gt;הפניות שלי&lt;/b&gt; (● עודכנה מאז שהסתכלת)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="146"/>
        <source>&lt;b&gt;הודעות&lt;/b&gt; (מודגש: לא נקרא)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="259"/>
        <source>שולח...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="275"/>
        <source>העדכון נשלח בדוא&quot;ל אל %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="280"/>
        <source>העדכון ממתין בתיבת היוצא (ערוץ: %1); שולחים אותו משם ומסמנים שנשלח.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/my_cases_page.py" line="302"/>
        <source>יש לבחור הודעה ברשימה.</source>
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
    <name>OutboxPage</name>
    <message>
        <location filename="../../desktop/ui/outbox_page.py" line="60"/>
        <source>העתקת הנוסח (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_page.py" line="61"/>
        <source>סימון שנשלח</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_page.py" line="62"/>
        <source>רענון</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_page.py" line="73"/>
        <source>&lt;b&gt;הנוסח לשליחה&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_page.py" line="89"/>
        <source>הודעות שממתינות לשליחה ידנית: מעתיקים את הנוסח, שולחים בערוץ של התושב/ת ומסמנים שנשלח.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_page.py" line="147"/>
        <source>הנוסח הועתק. שולחים ל-%1 ואז מסמנים שנשלח.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_page.py" line="162"/>
        <source>סומן שנשלח: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="65"/>
        <source>פניות פתוחות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="66"/>
        <source>פניות קודמות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="70"/>
        <source>נכסים וזכויות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="86"/>
        <source>שלום, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="88"/>
        <source>גיל %1 (נולד/ה %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="92"/>
        <source>תאריך לידה לא ידוע</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="94"/>
        <source>כתובת לא ידועה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="98"/>
        <source>דוא&quot;ל</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="108"/>
        <source>צורכי נגישות: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="112"/>
        <source>פניות פתוחות (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="113"/>
        <source>פניות קודמות (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="138"/>
        <source>אין</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="140"/>
        <source>&lt;b&gt;ארנונה&lt;/b&gt;: חשבון %1, %2, %3 מ&quot;ר · הנחות: %4 · יתרה %5 ₪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="145"/>
        <source>&lt;b&gt;כלב&lt;/b&gt;: %1 · רישיון עד %2 (%3) · חיסון כלבת %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="151"/>
        <source>&lt;b&gt;תו חניה&lt;/b&gt;: רכב %1 · עד %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="157"/>
        <source>&lt;b&gt;ילדים&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="159"/>
        <source>&lt;b&gt;מעמד&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="160"/>
        <source>אין נכסים או זכויות רשומים.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_panel.py" line="162"/>
        <source>נכסים וזכויות (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desktop/ui/reassign_dialog.py" line="55"/>
        <source>לעובד/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reassign_dialog.py" line="56"/>
        <source>לתור של מחלקה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reassign_dialog.py" line="77"/>
        <source>שם העובד/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reassign_dialog.py" line="79"/>
        <source>למשל: חופשה עד סוף החודש, סיום עבודה, איזון עומסים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reassign_dialog.py" line="80"/>
        <source>העברה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reassign_dialog.py" line="81"/>
        <source>ביטול</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reassign_dialog.py" line="93"/>
        <source>לעובד/ת:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reassign_dialog.py" line="94"/>
        <source>סיבה (חובה):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reassign_dialog.py" line="139"/>
        <source>יש לבחור למי להעביר.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reassign_dialog.py" line="143"/>
        <source>יש לכתוב את סיבת ההעברה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reassign_dialog.py" line="147"/>
        <source>מעביר…</source>
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
    <name>ScanPage</name>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="34"/>
        <source>מכתב בדואר</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="97"/>
        <source>בדיקה מחדש (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="98"/>
        <source>הפעלת הסריקה (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="99"/>
        <source>פתיחת המכתבים להדפסה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="100"/>
        <source>שמירת המכתבים כ-PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="114"/>
        <source>הסריקה עוברת על כל התושבים ומוצאת מה הגיע זמנו: גיל פרישה בלי הנחת ארנונה, תו חניה או רישיון כלב שפג או עומד לפוג. לכל ממצא נפתחת פנייה, והתושב/ת מקבל/ת הודעה בערוץ המועדף או מכתב. קודם בודקים מה תיצור, ואז מפעילים; הפעלה חוזרת לא יוצרת דבר פעמיים.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="161"/>
        <source>בודקים את כל התושבים... (אפשר להמשיך לעבוד)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="176"/>
        <source>בדיקה בלבד: נסרקו %1 תושבים ב-%2 שניות. הסריקה תיצור %3 פניות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="180"/>
        <source> (%1 כבר טופלו בסריקות קודמות)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="191"/>
        <source>אין כרגע דבר לעשות.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="199"/>
        <source>הפעלת הסריקה היזומה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="200"/>
        <source>ייפתחו עד %1 פניות, וכל תושב/ת יקבל/ת הודעה או מכתב. להפעיל?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="212"/>
        <source>הסריקה פועלת: פותחים פניות ומכינים הודעות ומכתבים...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="229"/>
        <source>הסריקה הושלמה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="231"/>
        <source>נוצרו %1 פניות: %2 הודעות בתיבת היוצא, %3 מכתבים להדפסה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="250"/>
        <source>המכתבים נפתחו: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="258"/>
        <source>שמירת המכתבים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="261"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="393"/>
        <source>קביעת היעדרות או ביטולה…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="403"/>
        <source>היעדרויות בתוקף ומתוכננות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="411"/>
        <source>מי שינה מה: הקטלוג, מאגר המידע וההיעדרויות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="413"/>
        <source>קטלוג סוגי פניות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="414"/>
        <source>מאגר מידע</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="415"/>
        <source>היעדרויות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="416"/>
        <source>היסטוריית שינויים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="451"/>
        <source>קריאת ההגדרות נכשלה: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../../desktop/ui/knowledge_dialog.py" line="54"/>
        <source>הדפסה (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_dialog.py" line="55"/>
        <source>סגירה (Esc)</source>
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
        <source>סנכרון עם המרכזת עכשיו</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="24"/>
        <source>התנגשויות והסגר (מפקחים)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="25"/>
        <source>נעילת המסך</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="26"/>
        <source>עזרה וקיצורי מקלדת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="27"/>
        <source>עמוד הדלפק</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="28"/>
        <source>תיבת המחלקה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="29"/>
        <source>הפניות שלי והודעות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="30"/>
        <source>משימות: שיחות חוזרות ומעקב</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="31"/>
        <source>תיבת יוצא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="32"/>
        <source>מאגר הידע</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="33"/>
        <source>היעדרויות וממלאי מקום (מפקחים)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="34"/>
        <source>לובי: רישום הגעה של תושב/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="35"/>
        <source>לובי: קריאה לבא/ה בתור לעמדה שלי</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="36"/>
        <source>לובי: פתיחת מסך הקריאה (מסך שני)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="41"/>
        <source>בחיפוש: פתיחת הכרטיס; בלי תוצאות: יצירת תושב/ת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="42"/>
        <source>מעבר בין תוצאות החיפוש או נושאי הקטלוג</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="43"/>
        <source>בנושא: בחירת הנושא המסומן; בפירוט: הוספת הנושא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="44"/>
        <source>בטבלת הנושאים: הסרת הנושא המסומן</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="45"/>
        <source>בתצוגת הקבלה: הדפסה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="46"/>
        <source>בתיבת המחלקה ובפניות שלי: פתיחת השורה; במשימות: רישום שיחה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts.py" line="47"/>
        <source>ברשימת הממתינים בלובי: קריאה לתושב/ת המסומן/ת</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/station_settings.py" line="39"/>
        <source>הגדרות העמדה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station_settings.py" line="53"/>
        <source>שמירה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station_settings.py" line="54"/>
        <source>סגירה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station_settings.py" line="55"/>
        <source>המועצה על הקבלות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station_settings.py" line="57"/>
        <source>העמדה והמרכזת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station_settings.py" line="79"/>
        <source>עמדה עצמאית, קוד %1. חיבור למרכזת אפשרי כל עוד אין בה עבודה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station_settings.py" line="81"/>
        <source>חיבור העמדה למרכזת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station_settings.py" line="83"/>
        <source>עמדה %1, מחוברת למרכזת %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station_settings.py" line="85"/>
        <source>שינוי הכתובת או האסימון של המרכזת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station_settings.py" line="99"/>
        <source>שומרים...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="50"/>
        <source>התנגשויות והסגר</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="58"/>
        <source>להשאיר את הערך המוצג</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="59"/>
        <source>לבחור את הערך האחר</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="66"/>
        <source>סגירה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="70"/>
        <source>שתי עמדות שינו את אותו שדה בלי לראות זו את זו. כל העמדות מציגות את השינוי המאוחר; אפשר לאשר אותו או לבחור את הערך האחר (הבחירה נרשמת ומסונכרנת).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="78"/>
        <source>התנגשויות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="79"/>
        <source>הסגר</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="84"/>
        <source>הסגר במרכזת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="113"/>
        <source>התנגשויות (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="114"/>
        <source>הסגר (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="124"/>
        <source>העמדה אינה מחוברת למרכזת.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="126"/>
        <source>טוען מהמרכזת...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="140"/>
        <source>%1 פעולות בהסגר במרכזת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="147"/>
        <source>הסגר במרכזת (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="151"/>
        <source>לא ניתן לקרוא את ההסגר מהמרכזת: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="160"/>
        <source>יש לבחור שורה בטבלה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_dialog.py" line="169"/>
        <source>נרשם. השינוי יגיע לשאר העמדות בסנכרון הבא.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../../desktop/ui/supervisor_page.py" line="18"/>
        <source>לובי</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_page.py" line="19"/>
        <source>עומס עבודה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_page.py" line="20"/>
        <source>מדדים</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_page.py" line="21"/>
        <source>הגדרות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_page.py" line="22"/>
        <source>סריקה יזומה</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../desktop/ui/sync_indicator.py" line="30"/>
        <source>סנכרון</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_indicator.py" line="37"/>
        <source>סנכרון עם המרכזת עכשיו (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_indicator.py" line="66"/>
        <source>עמדה מקומית (לא מחוברת למרכזת) · %1 פעולות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_indicator.py" line="67"/>
        <source>מחובר למרכזת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_indicator.py" line="67"/>
        <source>אין חיבור למרכזת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_indicator.py" line="69"/>
        <source>סנכרון אחרון %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_indicator.py" line="72"/>
        <source>עוד לא סונכרן</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_indicator.py" line="73"/>
        <source>%1 ממתינות לשליחה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_indicator.py" line="81"/>
        <source>מסנכרן...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../desktop/ui/tasks_page.py" line="94"/>
        <source>רישום שיחה (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_page.py" line="95"/>
        <source>רענון</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_page.py" line="104"/>
        <source>אדום: באיחור · מודגש על רקע כתום: להיום</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_page.py" line="110"/>
        <source>&lt;b&gt;המשימות שלי&lt;/b&gt;: שיחה חוזרת אחרי שמחלקה סיימה נושא, ושיחת מעקב אחרי סגירת פנייה. כולל משימות של מי שאני ממלא/ת את מקומו/ה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_page.py" line="156"/>
        <source>הפנייה %1 נסגרה: כל הנושאים הסתיימו והתושב/ת עודכן/ה.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_page.py" line="160"/>
        <source>שיחת מעקב נקבעה ל-%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_page.py" line="165"/>
        <source>נרשם ניסיון; המשימה עברה ליום העבודה הבא.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks_page.py" line="167"/>
        <source>השיחה נרשמה.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateItemDialog</name>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="64"/>
        <source>שמירת העדכון</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="70"/>
        <source>עדכון מצב: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="74"/>
        <source>מצב נוכחי: %1 · תאריך צפוי: %2
הצעד הבא שנקבע: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="84"/>
        <source>למשל: מהנדס יבקר בנכס ויכין חוות דעת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="85"/>
        <source>מה נעשה, במילים שהתושב/ת יבינו</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="89"/>
        <source>הערה פנימית (לא חובה)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="91"/>
        <source>מצב</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="92"/>
        <source>הצעד הבא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="93"/>
        <source>תאריך צפוי</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="94"/>
        <source>תוצאה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="95"/>
        <source>הערה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="127"/>
        <source>התאריך אינו קריא. כותבים יום/חודש/שנה, למשל 15/04/2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="22"/>
        <source>דלפק</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="23"/>
        <source>תיבת המחלקה</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="24"/>
        <source>הפניות שלי</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="25"/>
        <source>משימות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="26"/>
        <source>תיבת יוצא</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="27"/>
        <source>פיקוח</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="52"/>
        <source>מאגר ידע (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="53"/>
        <source>היעדרויות</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="143"/>
        <source>עודכנו: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="145"/>
        <source>הודעות: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="151"/>
        <source>באיחור: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="112"/>
        <source>סינון לפי שם או קוד</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="114"/>
        <source>חדש (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="115"/>
        <source>שמירה (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="190"/>
        <source>רשומה חדשה: יש למלא את הפרטים ולשמור.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="208"/>
        <source>נשמר.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop/ui/item_dialogs.py" line="46"/>
        <source>ביטול (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/ui/station_settings.py" line="133"/>
        <source>&amp;מערכת</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/station_settings.py" line="134"/>
        <source>הגדרות העמדה...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
