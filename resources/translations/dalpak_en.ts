<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="he">
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>מתאריך</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>עד תאריך</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>שמירת ההיעדרות</source>
        <translation>Save absence</translation>
    </message>
    <message>
        <source>ביטול ההיעדרות המסומנת</source>
        <translation>Cancel the selected absence</translation>
    </message>
    <message>
        <source>היעדרויות וממלאי מקום</source>
        <translation>Absences and substitutes</translation>
    </message>
    <message>
        <source>חופשה, מחלה, השתלמות...</source>
        <translation>Vacation, sick leave, training...</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>היעדרות חדשה</source>
        <translation>New absence</translation>
    </message>
    <message>
        <source>עד</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>מי נעדר/ת</source>
        <translation>Who is absent</translation>
    </message>
    <message>
        <source>ממלא/ת מקום</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <source>סיבה</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>היעדרויות נוכחיות ועתידיות</source>
        <translation>Current and upcoming absences</translation>
    </message>
    <message>
        <source>בזמן ההיעדרות נושאים שהועברו לעובד/ת, משימות ופניות בבעלותו/ה מגיעים לממלא/ת המקום, וחוזרים מעצמם בסופה.</source>
        <translation>During the absence, topics handed to the employee and the tasks and cases they own go to the substitute, and return automatically when it ends.</translation>
    </message>
    <message>
        <source>נשמר: %1 מחליף/ה את %2 עד %3.</source>
        <translation>Saved: %1 substitutes for %2 until %3.</translation>
    </message>
    <message>
        <source>יש לבחור היעדרות ברשימה.</source>
        <translation>Select an absence in the list.</translation>
    </message>
    <message>
        <source>ההיעדרות של %1 בוטלה.</source>
        <translation>%1&apos;s absence was canceled.</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>יומן גישה לפרטים אישיים</source>
        <translation>Access log of personal data</translation>
    </message>
    <message>
        <source>מתאריך</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>עד תאריך</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>הצגה (Enter)</source>
        <translation>Show (Enter)</translation>
    </message>
    <message>
        <source>ייצוא ל-CSV (Ctrl+Shift+E)</source>
        <translation>Export to CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>ייצוא ל-Excel (Ctrl+Shift+X)</source>
        <translation>Export to Excel (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>כל המשתמשים</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>שם, ת.ז. או טלפון</source>
        <translation>Name, ID or phone</translation>
    </message>
    <message>
        <source>עד</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>משתמש/ת</source>
        <translation>User</translation>
    </message>
    <message>
        <source>תושב/ת</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>כל צפייה בפרטים אישיים של תושב/ת נרשמת כאן: כרטיס, תוצאות חיפוש, פנייה, קבלה וייצוא, מכל העמדות אחרי הסנכרון. הרשומות נשמרות 24 חודשים ונמחקות מעצמן; אי אפשר לשנות אותן.</source>
        <translation>Every view of a resident&apos;s personal data is recorded here: profile, search results, case, receipt and export, from every station after it syncs. Entries are kept 24 months and then deleted by themselves; they cannot be changed.</translation>
    </message>
    <message>
        <source>%1 רשומות</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>אין רשומות לייצוא: שנו את הסינון ולחצו Enter.</source>
        <translation>Nothing to export: change the filter and press Enter.</translation>
    </message>
    <message>
        <source>שמירת יומן הגישה</source>
        <translation>Save the access log</translation>
    </message>
    <message>
        <source>הייצוא נכשל: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>נשמר: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>מנהל/ת המערכת</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>החשבון הראשון בעמדה. בעזרתו מוסיפים את שאר העובדים.</source>
        <translation>The first account on the station. Use it to add the other employees.</translation>
    </message>
    <message>
        <source>שם משתמש</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>שם מלא</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>סיסמה (8 תווים לפחות)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <source>שוב, לאימות</source>
        <translation>Again, to confirm</translation>
    </message>
    <message>
        <source>חשבון מנהל/ת המועצה</source>
        <translation>Council administrator account</translation>
    </message>
    <message>
        <source>עמדה מחוברת נפתחת בחשבון מנהל/ת שרשום במרכזת. הקלידו את שם המשתמש והסיסמה שלו.</source>
        <translation>A connected station opens with an administrator account registered on the hub. Type its username and password.</translation>
    </message>
    <message>
        <source>סיסמה</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <source>אישור</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>ביטול</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>כל הפתוחים</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>באיחור</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>להיום</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>בסיכון</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>נדחו</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>ללא עובד/ת</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>רענון (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>כל הפריטים</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>העברת הנבחרים… (Ctrl+R)</source>
        <translation>Transfer selected… (Ctrl+R)</translation>
    </message>
    <message>
        <source>העברת כל העבודה של העובד/ת… (Ctrl+Shift+R)</source>
        <translation>Transfer all of the employee&apos;s work… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>העברת האחריות על הפניות הנבחרות… (Ctrl+O)</source>
        <translation>Transfer ownership of the selected cases… (Ctrl+O)</translation>
    </message>
    <message>
        <source>העברת כל הפניות של העובד/ת… (Ctrl+Shift+O)</source>
        <translation>Transfer all of the employee&apos;s cases… (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>כל המחלקות</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>כל העובדים</source>
        <translation>All employees</translation>
    </message>
    <message>
        <source>כל היישובים</source>
        <translation>All localities</translation>
    </message>
    <message>
        <source>כל הנושאים</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>סינון לפי מחלקה</source>
        <translation>Filter by department</translation>
    </message>
    <message>
        <source>סינון לפי עובד/ת</source>
        <translation>Filter by employee</translation>
    </message>
    <message>
        <source>סינון לפי יישוב</source>
        <translation>Filter by locality</translation>
    </message>
    <message>
        <source>סינון לפי נושא</source>
        <translation>Filter by topic</translation>
    </message>
    <message>
        <source>סינון לפי ימים פתוח</source>
        <translation>Filter by days open</translation>
    </message>
    <message>
        <source>אילו פריטים להציג</source>
        <translation>Which items to show</translation>
    </message>
    <message>
        <source>כל הגילים</source>
        <translation>Any age</translation>
    </message>
    <message>
        <source>פתוחים %1 ימים ומעלה</source>
        <translation>Open %1+ days</translation>
    </message>
    <message>
        <source>מחלקה:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>עובד/ת:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <source>יישוב:</source>
        <translation>Locality:</translation>
    </message>
    <message>
        <source>נושא:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>גיל:</source>
        <translation>Age:</translation>
    </message>
    <message>
        <source>לפי מחלקה</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>לפי עובד/ת</source>
        <translation>By employee</translation>
    </message>
    <message>
        <source>הצגה:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>אדום: באיחור · כתום: להיום או בסיכון</source>
        <translation>Red: overdue · Orange: due today or at risk</translation>
    </message>
    <message>
        <source>סך הכול %1 פתוחים · %2 באיחור · %3 להיום · %4 בסיכון (עד %5, %6 ימי עבודה)</source>
        <translation>Total %1 open · %2 overdue · %3 due today · %4 at risk (by %5, %6 business days)</translation>
    </message>
    <message>
        <source>כולם</source>
        <translation>All</translation>
    </message>
    <message>
        <source>פריטים: %1 · %2 · %3</source>
        <translation>Items: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>קריאת לוח העומס נכשלה: %1</source>
        <translation>Failed to load the workload board: %1</translation>
    </message>
    <message>
        <source>יש לבחור פריטים ברשימה (Shift או Ctrl לבחירת כמה).</source>
        <translation>Select items in the list (Shift or Ctrl to select several).</translation>
    </message>
    <message>
        <source>נבחר פריט אחד להעברה.</source>
        <translation>One item selected for transfer.</translation>
    </message>
    <message>
        <source>%1 פריטים נבחרו להעברה.</source>
        <translation>%1 items selected for transfer.</translation>
    </message>
    <message>
        <source>העברת פריטים</source>
        <translation>Transfer items</translation>
    </message>
    <message>
        <source>הועברו %1 פריטים.</source>
        <translation>%1 items transferred.</translation>
    </message>
    <message>
        <source>יש לבחור עובד/ת בטבלה או בסינון.</source>
        <translation>Select an employee in the table or the filter.</translation>
    </message>
    <message>
        <source>העברת כל העבודה של עובד/ת</source>
        <translation>Transfer all of an employee&apos;s work</translation>
    </message>
    <message>
        <source>כל הפריטים הפתוחים של %1 יועברו.</source>
        <translation>All open items of %1 will be transferred.</translation>
    </message>
    <message>
        <source>יש לבחור פריטים ברשימה: האחריות על הפניות שלהם תועבר.</source>
        <translation>Select items in the list: ownership of their cases will be transferred.</translation>
    </message>
    <message>
        <source>העברת אחריות על פניות</source>
        <translation>Transfer case ownership</translation>
    </message>
    <message>
        <source>האחריות על %1 פניות תועבר.</source>
        <translation>Ownership of %1 cases will be transferred.</translation>
    </message>
    <message>
        <source>האחריות על %1 פניות הועברה.</source>
        <translation>Ownership of %1 cases was transferred.</translation>
    </message>
    <message>
        <source>העברת כל הפניות של עובד/ת</source>
        <translation>Transfer all of an employee&apos;s cases</translation>
    </message>
    <message>
        <source>כל הפניות שבאחריות %1 (פתוחות, או עם שיחה שטרם נעשתה) יועברו.</source>
        <translation>All cases owned by %1 (open, or with a call not yet made) will be transferred.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>כן, דיברנו</source>
        <translation>Yes, we spoke</translation>
    </message>
    <message>
        <source>לא הצלחתי להשיג</source>
        <translation>Couldn&apos;t reach them</translation>
    </message>
    <message>
        <source>%1 · פנייה %2</source>
        <translation>%1 · case %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;ערוץ מועדף&lt;/b&gt; %1 · &lt;b&gt;לבצע עד&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Preferred channel&lt;/b&gt; %1 · &lt;b&gt;Due by&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;נושא&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Topic&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;מה לומר&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;What to say&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>שואלים אם הכול בוצע וכמה היו מרוצים מהשירות (1-5).</source>
        <translation>Ask whether everything was done and how satisfied they were with the service (1-5).</translation>
    </message>
    <message>
        <source>&lt;b&gt;ניסיון קודם&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Previous attempt&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>מה נאמר או מה נעשה</source>
        <translation>What was said or done</translation>
    </message>
    <message>
        <source>לבחור...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>מה אמר/ה התושב/ת על השירות</source>
        <translation>What the resident said about the service</translation>
    </message>
    <message>
        <source>רישום השיחה</source>
        <translation>Log call</translation>
    </message>
    <message>
        <source>ביטול (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>השגת את התושב/ת?</source>
        <translation>Did you reach the resident?</translation>
    </message>
    <message>
        <source>ערוץ</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>מה נאמר</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>שביעות רצון</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>הערת התושב/ת</source>
        <translation>Resident&apos;s comment</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>הוספת נושא (Enter)</source>
        <translation>Add topic (Enter)</translation>
    </message>
    <message>
        <source>עוד אין נושאים בפנייה: בוחרים נושא למטה ולוחצים Enter להוספה.</source>
        <translation>No topics in the case yet: choose a topic below and press Enter to add it.</translation>
    </message>
    <message>
        <source>נושא: כמה אותיות או קוד מהיר, למשל 503 (Ctrl+I)</source>
        <translation>Topic: a few letters or a quick code, e.g. 503 (Ctrl+I)</translation>
    </message>
    <message>
        <source>פירוט חופשי (לא חובה)</source>
        <translation>Free-text details (optional)</translation>
    </message>
    <message>
        <source>פרטי הנושא שנבחר</source>
        <translation>The chosen topic&apos;s details</translation>
    </message>
    <message>
        <source>נושא חדש בפנייה</source>
        <translation>New topic in the case</translation>
    </message>
    <message>
        <source>נושא</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>פירוט</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>פנייה חדשה עבור %1</source>
        <translation>New case for %1</translation>
    </message>
    <message>
        <source>לא נמצא נושא כזה בקטלוג. נסו מילה אחרת.</source>
        <translation>No such topic in the catalog. Try another word.</translation>
    </message>
    <message>
        <source>אין צורך במסמכים</source>
        <translation>No documents needed</translation>
    </message>
    <message>
        <source>%1 ימי עבודה</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <source>בחוק: תוך %1 ימים</source>
        <translation>by law: within %1 days</translation>
    </message>
    <message>
        <source>תאריך צפוי</source>
        <translation>Expected date</translation>
    </message>
    <message>
        <source>מסמכים נדרשים</source>
        <translation>Documents required</translation>
    </message>
    <message>
        <source>מה קורה עכשיו</source>
        <translation>What happens now</translation>
    </message>
    <message>
        <source>נוסף: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>יש לבחור נושא מהרשימה לפני ההוספה.</source>
        <translation>Select a topic from the list before adding.</translation>
    </message>
    <message>
        <source>נושא אחד בפנייה</source>
        <translation>One topic in the case</translation>
    </message>
    <message numerus="yes">
        <source>%n נושאים בפנייה</source>
        <translation>
            <numerusform>%n topic in the case</numerusform>
            <numerusform>%n topics in the case</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Ctrl+P לשמירה והדפסת הקבלה.</source>
        <translation>%1. Ctrl+P to save and print the receipt.</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>&lt;b&gt;נושאי הפנייה&lt;/b&gt;</source>
        <translation>&lt;b&gt;Case topics&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;היסטוריה&lt;/b&gt;</source>
        <translation>&lt;b&gt;History&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;פנייה &lt;span dir=&apos;ltr&apos;&gt;%1&lt;/span&gt;&lt;/b&gt; · %2 · נפתחה %3 · בעלים: %4 · תושב/ת: %5</source>
        <translation>&lt;b&gt;Case &lt;span dir=&apos;ltr&apos;&gt;%1&lt;/span&gt;&lt;/b&gt; · %2 · opened %3 · owner: %4 · resident: %5</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <source>אין</source>
        <translation>None</translation>
    </message>
    <message>
        <source>כשהחוק קובע מועד (למשל תשובה להשגת ארנונה תוך 60 יום), התאריך הצפוי לא יעבור אותו.</source>
        <translation>When the law sets a deadline (e.g. a reply to an arnona objection within 60 days), the expected date will not go past it.</translation>
    </message>
    <message>
        <source>פעיל בקטלוג (מוצע בדלפק)</source>
        <translation>Active in the catalog (offered at the counter)</translation>
    </message>
    <message>
        <source>מילים מופרדות בפסיקים</source>
        <translation>Comma-separated words</translation>
    </message>
    <message>
        <source>צעד בכל שורה: מה יקרה אחרי הדלפק</source>
        <translation>One step per line: what happens after the counter</translation>
    </message>
    <message>
        <source>מסמך בכל שורה</source>
        <translation>One document per line</translation>
    </message>
    <message>
        <source>קוד</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>שם סוג הפנייה</source>
        <translation>Case type name</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>זמן טיפול (ימי עבודה)</source>
        <translation>Handling time (business days)</translation>
    </message>
    <message>
        <source>מועד בחוק (ימים קלנדריים)</source>
        <translation>Legal deadline (calendar days)</translation>
    </message>
    <message>
        <source>צעדי המשך</source>
        <translation>Follow-up steps</translation>
    </message>
    <message>
        <source>מסמכים נדרשים</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <source>מילות חיפוש</source>
        <translation>Search keywords</translation>
    </message>
    <message>
        <source>שינוי זמן הטיפול חל על פניות חדשות בלבד: תאריך צפוי שכבר נמסר לתושב/ת לא זז.</source>
        <translation>Changing the handling time applies to new cases only: an expected date already given to a resident does not change.</translation>
    </message>
    <message>
        <source>בחירת מחלקה…</source>
        <translation>Choose department…</translation>
    </message>
    <message>
        <source>(ייקבע בשמירה)</source>
        <translation>(set on save)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>החלפת סיסמה</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>שמירת הסיסמה (Enter)</source>
        <translation>Save password (Enter)</translation>
    </message>
    <message>
        <source>יציאה (Esc)</source>
        <translation>Exit (Esc)</translation>
    </message>
    <message>
        <source>ביטול (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>הסיסמה שלך נקבעה על ידי מנהל/ת המערכת. לפני שממשיכים, בחרו סיסמה משלכם: לפחות 8 תווים, שונה משם המשתמש.</source>
        <translation>Your password was set by the administrator. Before going on, choose your own: at least 8 characters, different from the username.</translation>
    </message>
    <message>
        <source>סיסמה חדשה: לפחות 8 תווים, שונה משם המשתמש.</source>
        <translation>New password: at least 8 characters, different from the username.</translation>
    </message>
    <message>
        <source>הסיסמה הנוכחית</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>סיסמה חדשה</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>שוב, לאימות</source>
        <translation>Again, to confirm</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>רישום הגעה ללובי</source>
        <translation>Lobby check-in</translation>
    </message>
    <message>
        <source>שם, ת.ז. או טלפון; או שם כפי שנמסר</source>
        <translation>Name, ID or phone; or the name as given</translation>
    </message>
    <message>
        <source>במה מדובר, בכמה מילים</source>
        <translation>What it&apos;s about, in a few words</translation>
    </message>
    <message>
        <source>למשל: כיסא גלגלים, חודש שמיני, בן 82</source>
        <translation>e.g. wheelchair, eighth month of pregnancy, age 82</translation>
    </message>
    <message>
        <source>רישום</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>ביטול</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>תושב/ת:</source>
        <translation>Resident:</translation>
    </message>
    <message>
        <source>סיבת ההגעה:</source>
        <translation>Reason for visit:</translation>
    </message>
    <message>
        <source>קדימות:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>סיבת הקדימות:</source>
        <translation>Priority reason:</translation>
    </message>
    <message>
        <source>לא נמצא/ה - רישום בשם: %1</source>
        <translation>Not found - checking in under the name: %1</translation>
    </message>
</context>
<context>
    <name>CollisionsPage</name>
    <message>
        <source>מיזוג שתי הרשומות... (Ctrl+M)</source>
        <translation>Merge the two records... (Ctrl+M)</translation>
    </message>
    <message>
        <source>אישור השינוי (Ctrl+K)</source>
        <translation>Acknowledge the change (Ctrl+K)</translation>
    </message>
    <message>
        <source>שתי עמדות יצרו בלי לראות זו את זו את אותו שם משתמש, אותו קוד או אותה תעודת זהות. בכל העמדות המוקדם נשאר כפי שהוא והמאוחר קיבל את קוד העמדה שלו (למשל dana~lvi). שני תושבים עם אותה תעודת זהות הם אדם אחד: מיזוג מעביר את הפניות, ההחזקות, הביקורים וההיסטוריה לרשומה שנרשמה ראשונה, וכל פרט שהוקלד בשתיהן נשמר.</source>
        <translation>Two stations made the same username, code or ID number without seeing each other. On every station the earlier one stays as it is and the later one got its station&apos;s code (for example dana~lvi). Two residents with the same ID number are one person: merging moves the cases, holdings, visits and history to the record registered first, and every detail typed in either is kept.</translation>
    </message>
    <message>
        <source>מה</source>
        <translation>What</translation>
    </message>
    <message>
        <source>ערך</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>נשאר/ה</source>
        <translation>Stays</translation>
    </message>
    <message>
        <source>השני/ה</source>
        <translation>The other</translation>
    </message>
    <message>
        <source>עמדה</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>כפילויות לטיפול</source>
        <translation>Duplicates to settle</translation>
    </message>
    <message>
        <source>מיזוג שתי רשומות התושב/ת</source>
        <translation>Merge the resident&apos;s two records</translation>
    </message>
    <message>
        <source>אישור שם המשתמש או הקוד שהשתנה</source>
        <translation>Acknowledge the changed username or code</translation>
    </message>
    <message>
        <source>מיזוג רשומות</source>
        <translation>Merge records</translation>
    </message>
    <message>
        <source>למזג את %1 אל %2? כל מה שנרשם לשתיהן יישמר ברשומה אחת. אי אפשר לבטל מיזוג.</source>
        <translation>Merge %1 into %2? Everything recorded for both is kept in one record. A merge cannot be undone.</translation>
    </message>
    <message>
        <source>יש לבחור שורה של תושב/ת שנרשם/ה פעמיים.</source>
        <translation>Choose the row of a resident registered twice.</translation>
    </message>
    <message>
        <source>הרשומות מוזגו. המיזוג יגיע לשאר העמדות בסנכרון הבא.</source>
        <translation>The records were merged. The merge reaches the other stations at the next sync.</translation>
    </message>
    <message>
        <source>יש לבחור שורה בטבלה.</source>
        <translation>Select a row in the table.</translation>
    </message>
    <message>
        <source>נרשם. השינוי יגיע לשאר העמדות בסנכרון הבא.</source>
        <translation>Recorded. The change will reach the other stations at the next sync.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>חסר</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>רשומה</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>נעדר/ת</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>ממלא/ת מקום</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <source>מתאריך</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>עד תאריך</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>סיבה</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>פתוחים</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>להיום</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>באיחור</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>בסיכון</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>נדחו</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>ללא עובד/ת</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>עובד/ת</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>פנייה</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>מועד</source>
        <translation>When</translation>
    </message>
    <message>
        <source>משתמש/ת</source>
        <translation>User</translation>
    </message>
    <message>
        <source>במה</source>
        <translation>Seen in</translation>
    </message>
    <message>
        <source>תושב/ת</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>ת.ז.</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>פירוט</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>נושא</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>אחראי/ת פנייה</source>
        <translation>Case owner</translation>
    </message>
    <message>
        <source>תאריך צפוי</source>
        <translation>Expected date</translation>
    </message>
    <message>
        <source>ימים פתוח</source>
        <translation>Days open</translation>
    </message>
    <message>
        <source>העברות</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>מצב</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(תור המחלקה)</source>
        <translation>(department queue)</translation>
    </message>
    <message>
        <source>שיחה חוזרת</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>שיחת מעקב</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>הצעד הבא</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>מתי</source>
        <translation>When</translation>
    </message>
    <message>
        <source>מי</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>מה</source>
        <translation>What</translation>
    </message>
    <message>
        <source>באיחור: התאריך הצפוי עבר</source>
        <translation>Overdue: the expected date has passed</translation>
    </message>
    <message>
        <source>תחום</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>עמדה</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>פקיד/ה</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>תור</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>מאז</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>דקות</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>תחנה</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>שם</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ממתין/ה</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>קדימות</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>סיבת ההגעה</source>
        <translation type="vanished">Reason for visit</translation>
    </message>
    <message>
        <source>חדש</source>
        <translation>New</translation>
    </message>
    <message>
        <source>עודכנה</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>מה קרה</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>נוצרה</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>ערוץ</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>אל</source>
        <translation>To</translation>
    </message>
    <message>
        <source>מה נעשה</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>למה</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>פג בתאריך</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>קוד</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>סוג פנייה</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>ימי טיפול</source>
        <translation>Handling days</translation>
    </message>
    <message>
        <source> (לא פעיל)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>כותרת</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>השינוי</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>משימה</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>עד</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>טלפון</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>יישוב</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>תאריך לידה</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>מה לומר</source>
        <translation>What to say</translation>
    </message>
    <message>
        <source>שם משתמש</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>שם מלא</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>תפקיד</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>העמדה</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>עמדה עצמאית עובדת לבד; עמדה מחוברת מסתנכרנת עם המרכזת של המועצה.</source>
        <translation>A standalone station works on its own; a connected station syncs with the council&apos;s hub.</translation>
    </message>
    <message>
        <source>עמדה עצמאית (בלי מרכזת)</source>
        <translation>Standalone station (no hub)</translation>
    </message>
    <message>
        <source>עמדה מחוברת למרכזת</source>
        <translation>Station connected to a hub</translation>
    </message>
    <message>
        <source>קוד העמדה (למספרי הפניות)</source>
        <translation>Station code (for case numbers)</translation>
    </message>
</context>
<context>
    <name>CouncilFields</name>
    <message>
        <source>בחירת סמל...</source>
        <translation>Choose logo...</translation>
    </message>
    <message>
        <source>בלי סמל</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>שם המועצה</source>
        <translation>Council name</translation>
    </message>
    <message>
        <source>סמל לקבלות</source>
        <translation>Logo for receipts</translation>
    </message>
    <message>
        <source>אין סמל</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>הקבלות יודפסו עם שם המועצה בלבד.</source>
        <translation>Receipts will be printed with the council name only.</translation>
    </message>
    <message>
        <source>הסמל יודפס מעל שם המועצה בכל קבלה.</source>
        <translation>The logo will be printed above the council name on every receipt.</translation>
    </message>
    <message>
        <source>סמל המועצה</source>
        <translation>Council logo</translation>
    </message>
    <message>
        <source>תמונות (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>המועצה</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>השם והסמל שיודפסו בראש כל קבלה לתושבים.</source>
        <translation>The name and logo printed at the top of every receipt for residents.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>אירעה שגיאה לא צפויה בדלפק.

מה נשמר: כל פעולה שהושלמה כבר נשמרה במסד הנתונים של העמדה. הפנייה שבהקלדה נשמרה כטיוטה, ותוצע שוב אם דלפק ייפתח מחדש.

אפשר להמשיך לעבוד. אם השגיאה חוזרת, סגרו את דלפק, פתחו אותו שוב ומסרו לתמיכה את קובצי היומן מהתיקייה:
%1</source>
        <translation>An unexpected error occurred in Dalpak.

What was saved: every completed action has already been saved in the station&apos;s database. The case being typed was saved as a draft and will be offered again when Dalpak is reopened.

You can keep working. If the error recurs, close Dalpak, open it again and give support the log files from the folder:
%1</translation>
    </message>
    <message>
        <source>דלפק</source>
        <translation>Dalpak</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>הגיבוי היומי נכשל: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>קביעה ליום העבודה הבא</source>
        <translation>Set to the next business day</translation>
    </message>
    <message>
        <source>שבת</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>יום שישי</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>%1 - אינו יום עבודה.</source>
        <translation>%1 is not a business day.</translation>
    </message>
    <message>
        <source>יום העבודה הבא: %1</source>
        <translation>Next business day: %1</translation>
    </message>
</context>
<context>
    <name>ExtrasPanel</name>
    <message>
        <source>מגיע לתושב/ת גם</source>
        <translation>The resident is also entitled to</translation>
    </message>
    <message>
        <source>אין הצעות נוספות כרגע.</source>
        <translation>No more suggestions right now.</translation>
    </message>
    <message>
        <source>הוספה לפנייה</source>
        <translation>Add to case</translation>
    </message>
    <message>
        <source>לא עכשיו</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>ההצעה לא התקבלה</source>
        <translation>Suggestion declined</translation>
    </message>
    <message>
        <source>למה? (יירשם, וההצעה לא תוצג שוב לזמן מה)</source>
        <translation>Why? (It will be recorded, and the suggestion won&apos;t be shown again for a while)</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>ביקורים</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>המתנה ממוצעת (דק&apos;)</source>
        <translation>Average wait (min)</translation>
    </message>
    <message>
        <source>שירות ממוצע (דק&apos;)</source>
        <translation>Average service (min)</translation>
    </message>
    <message>
        <source>עמידה בזמן (%)</source>
        <translation>On time (%)</translation>
    </message>
    <message>
        <source>מעל שתי העברות</source>
        <translation>Over two transfers</translation>
    </message>
    <message>
        <source>שביעות רצון (1-5)</source>
        <translation>Satisfaction (1-5)</translation>
    </message>
    <message>
        <source>ייצוא ל-Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>דוח PDF</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>רענון (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>30 הימים האחרונים</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>החודש</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>החודש הקודם</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>90 הימים האחרונים</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>השנה</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>תקופה לבחירה</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>תקופה</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>סינון לפי מחלקה</source>
        <translation>Filter by department</translation>
    </message>
    <message>
        <source>סינון לפי פקיד/ה</source>
        <translation>Filter by clerk</translation>
    </message>
    <message>
        <source>סינון לפי יישוב</source>
        <translation>Filter by locality</translation>
    </message>
    <message>
        <source>סינון לפי סוג פנייה</source>
        <translation>Filter by case type</translation>
    </message>
    <message>
        <source>מתאריך</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>עד תאריך</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>כל המחלקות</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>כל הפקידים</source>
        <translation>All clerks</translation>
    </message>
    <message>
        <source>כל היישובים</source>
        <translation>All localities</translation>
    </message>
    <message>
        <source>כל סוגי הפניות</source>
        <translation>All case types</translation>
    </message>
    <message>
        <source>תקופה:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>עד</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>פקיד/ה</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>יישוב</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>סוג פנייה</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>סוף התקופה לפני תחילתה: יש לתקן את התאריכים.</source>
        <translation>The period ends before it starts: please correct the dates.</translation>
    </message>
    <message>
        <source>המדדים נטענים…</source>
        <translation>Loading metrics…</translation>
    </message>
    <message>
        <source>קריאת המדדים נכשלה: %1</source>
        <translation>Failed to load metrics: %1</translation>
    </message>
    <message>
        <source>אין נתונים לתקופה ולסינון שנבחרו</source>
        <translation>No data for the chosen period and filter</translation>
    </message>
    <message>
        <source>מדדים</source>
        <translation>figures</translation>
    </message>
    <message>
        <source>ייצוא המדדים ל-Excel</source>
        <translation>Export metrics to Excel</translation>
    </message>
    <message>
        <source>דוח המדדים</source>
        <translation>Metrics report</translation>
    </message>
    <message>
        <source>הקובץ נשמר: %1</source>
        <translation>File saved: %1</translation>
    </message>
    <message>
        <source>שמירת הקובץ נכשלה: %1</source>
        <translation>Failed to save the file: %1</translation>
    </message>
    <message>
        <source>הקובץ נשמר ברקע…</source>
        <translation>Saving the file in the background…</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>תיקייה</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>קובץ</source>
        <translation>File</translation>
    </message>
    <message>
        <source>קובץ %1</source>
        <translation>%1 file</translation>
    </message>
    <message>
        <source>תיקייה:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>שם הקובץ:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>סוג הקובץ:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <source>ביטול</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>שמירה</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>פתיחה</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>דלפק - הגדרת עמדה חדשה</source>
        <translation>Dalpak - new station setup</translation>
    </message>
    <message>
        <source>הבא</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>הקודם</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>סיום והתחלת עבודה</source>
        <translation>Finish and start working</translation>
    </message>
    <message>
        <source>ביטול</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>מחברים את העמדה למרכזת ומושכים את נתוני המועצה...</source>
        <translation>Connecting the station to the hub and pulling the council&apos;s data...</translation>
    </message>
    <message>
        <source>מכינים את העמדה...</source>
        <translation>Preparing the station...</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>אני מאשר/ת העברה מעבר למותר באמנה, מהסיבה שכתבתי</source>
        <translation>I approve a transfer beyond what the service charter allows, for the reason I wrote</translation>
    </message>
    <message>
        <source>העברה</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>העברת %1 למחלקה אחרת</source>
        <translation>Transfer %1 to another department</translation>
    </message>
    <message>
        <source>למה המחלקה האחרת היא הכתובת</source>
        <translation>Why the other department is the right one</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>עובד/ת (לא חובה)</source>
        <translation>Employee (optional)</translation>
    </message>
    <message>
        <source>סיבה</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>נמצא כעת ב: %1</source>
        <translation>Currently at: %1</translation>
    </message>
    <message>
        <source>כל המחלקה</source>
        <translation>Whole department</translation>
    </message>
    <message>
        <source>יש לבחור מחלקה.</source>
        <translation>Select a department.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>עזרה - דלפק</source>
        <translation>Help - Dalpak</translation>
    </message>
    <message>
        <source>ביקור טיפוסי בדלפק</source>
        <translation>A typical counter visit</translation>
    </message>
    <message>
        <source>מקלידים שם, ת.ז. או טלפון ולוחצים Enter.</source>
        <translation>Type a name, ID or phone and press Enter.</translation>
    </message>
    <message>
        <source>פותחים פנייה ב-Ctrl+E; מקלידים נושא, Enter, ושוב Enter להוספה.</source>
        <translation>Open a case with Ctrl+E; type a topic, Enter, and Enter again to add it.</translation>
    </message>
    <message>
        <source>שומרים את הפנייה ומציגים את הקבלה ב-Ctrl+P; מדפיסים ב-Enter.</source>
        <translation>Save the case and show the receipt with Ctrl+P; print with Enter.</translation>
    </message>
    <message>
        <source>לובי</source>
        <translation>Lobby</translation>
    </message>
    <message>
        <source>רושמים הגעה ב-Ctrl+Shift+L: תושב/ת מהחיפוש או שם כפי שנמסר, סיבת ההגעה, וקדימות עם הסיבה שלה.</source>
        <translation>Check in with Ctrl+Shift+L: a resident from the search or a name as given, the reason for the visit, and priority with its reason.</translation>
    </message>
    <message>
        <source>קוראים לבא/ה בתור ב-F9: הפנייה נפתחת עם התושב/ת, ושמירתה מסיימת את הביקור.</source>
        <translation>Call the next in line with F9: the case opens with the resident, and saving it ends the visit.</translation>
    </message>
    <message>
        <source>מסך הקריאה לתושבים נפתח ב-Ctrl+Shift+D.</source>
        <translation>The resident call screen opens with Ctrl+Shift+D.</translation>
    </message>
    <message>
        <source>קיצורי מקלדת</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>סגירה</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HubFields</name>
    <message>
        <source>בדיקת חיבור</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>כתובת המרכזת</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <source>קוד העמדה</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>אסימון העמדה</source>
        <translation>Station token</translation>
    </message>
    <message>
        <source>בודקים את החיבור למרכזת...</source>
        <translation>Checking the connection to the hub...</translation>
    </message>
    <message>
        <source>החיבור תקין: המרכזת מכירה את העמדה %1.</source>
        <translation>Connection OK: the hub recognizes station %1.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>באיחור בלבד</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>להיום בלבד</source>
        <translation>Due today only</translation>
    </message>
    <message>
        <source>פתיחה (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message>
        <source>רענון</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>סינון: מספר פנייה, שם תושב/ת או נושא</source>
        <translation>Filter: case number, resident name or topic</translation>
    </message>
    <message>
        <source>סינון לפי מצב</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>כל המצבים הפתוחים</source>
        <translation>All open statuses</translation>
    </message>
    <message>
        <source>אדום: באיחור · מודגש על רקע כתום: להיום</source>
        <translation>Red: overdue · Bold on orange: due today</translation>
    </message>
    <message>
        <source>אין פריטים שעונים לסינון. מנקים את הסינון כדי לראות את כולם.</source>
        <translation>No items match the filter. Clear the filter to see them all.</translation>
    </message>
    <message>
        <source>אין פריטים פתוחים למחלקה שלך או לך. פריט שיועבר אליכם יופיע כאן.</source>
        <translation>No open items for your department or for you. An item routed to you will appear here.</translation>
    </message>
    <message>
        <source>נושא אחד</source>
        <translation>One topic</translation>
    </message>
    <message numerus="yes">
        <source>%n נושאים</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message>
        <source>קריאת התיבה נכשלה: %1</source>
        <translation>Failed to load the inbox: %1</translation>
    </message>
</context>
<context>
    <name>ItemDetailDialog</name>
    <message>
        <source>התושב/ת</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>הנושא שלך</source>
        <translation>Your topic</translation>
    </message>
    <message>
        <source>עדכון מצב (Enter)</source>
        <translation>Update status (Enter)</translation>
    </message>
    <message>
        <source>העברה</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>פנייה %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>טלפון</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>ערוץ מועדף</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>שפה</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>יישוב וכתובת</source>
        <translation>Locality and address</translation>
    </message>
    <message>
        <source>דוא&quot;ל</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>ת.ז.</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>תאריך לידה</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>צורכי נגישות</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <source>הנושא כבר אינו בפנייה הזאת.</source>
        <translation>The topic is no longer in this case.</translation>
    </message>
    <message>
        <source>העברות: %1 מתוך %2 לפי האמנה</source>
        <translation>Transfers: %1 of %2 allowed by the service charter</translation>
    </message>
    <message>
        <source>מצב</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>תאריך צפוי</source>
        <translation>Expected date</translation>
    </message>
    <message>
        <source>הצעד הבא</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>פירוט</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>העדכון נשמר ונשלח לבעלי הפנייה.</source>
        <translation>The update was saved and sent to the case owner.</translation>
    </message>
    <message>
        <source>הנושא הועבר ל%1. בעלי הפנייה קיבלו הודעה.</source>
        <translation>The topic was transferred to %1. The case owner was notified.</translation>
    </message>
</context>
<context>
    <name>KnowledgeDialog</name>
    <message>
        <source>התשובה</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>הדפסה לתושב/ת</source>
        <translation>Print for resident</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>מאגר הידע</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>מה שואלים? למשל: שעות, ארנונה הנחה, פינוי גזם</source>
        <translation>What are they asking? e.g. hours, arnona discount, yard waste pickup</translation>
    </message>
    <message>
        <source>הדף יודפס על שם %1</source>
        <translation>The sheet will be printed for %1</translation>
    </message>
    <message>
        <source>לא נמצאה תשובה. אפשר לנסות מילה אחרת.</source>
        <translation>No answer found. Try another word.</translation>
    </message>
    <message>
        <source>דף מידע: %1</source>
        <translation>Information sheet: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgeEditor</name>
    <message>
        <source>מילים מופרדות בפסיקים</source>
        <translation>Comma-separated words</translation>
    </message>
    <message>
        <source>קוד</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>כותרת</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>נושא</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>מילות חיפוש</source>
        <translation>Search keywords</translation>
    </message>
    <message>
        <source>התשובה</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>כל המועצה</source>
        <translation>Whole council</translation>
    </message>
    <message>
        <source>(ייקבע בשמירה)</source>
        <translation>(set on save)</translation>
    </message>
</context>
<context>
    <name>Lobby</name>
    <message>
        <source>%1 דק׳</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>LobbyBoard</name>
    <message>
        <source>כל התחנות במועצה</source>
        <translation>All stations in the council</translation>
    </message>
    <message>
        <source>ממתינים עכשיו</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <source>ההמתנה הארוכה ביותר</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>המתנה צפויה למי שמגיע/ה עכשיו</source>
        <translation>Expected wait for someone arriving now</translation>
    </message>
    <message>
        <source>קיבלו שירות היום</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>עזבו בלי שירות היום</source>
        <translation>Left without service today</translation>
    </message>
    <message>
        <source>הצגת הלובי של כל התחנות במועצה</source>
        <translation>Show the lobby of every station in the council</translation>
    </message>
    <message>
        <source>%1 דקות</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>ממתינים עכשיו&lt;br&gt;מהם בקדימות: %1</source>
        <translation>Waiting now&lt;br&gt;With priority: %1</translation>
    </message>
    <message>
        <source>ההמתנה הארוכה ביותר&lt;br&gt;תור %1</source>
        <translation>Longest wait&lt;br&gt;Ticket %1</translation>
    </message>
    <message>
        <source>בשירות בעמדות: %1</source>
        <translation>Being served at stations: %1</translation>
    </message>
    <message>
        <source>זמן שירות חציוני של %1 דקות ב-%2 הביקורים האחרונים</source>
        <translation>Median service time of %1 minutes over the last %2 visits</translation>
    </message>
    <message>
        <source>זמן שירות משוער של %1 דקות, כי עדיין אין מספיק ביקורים שהסתיימו</source>
        <translation>Estimated service time of %1 minutes, since there are not enough completed visits yet</translation>
    </message>
    <message>
        <source>ההמתנה הצפויה: הממתינים חלקי %1 עמדות פעילות בשעה האחרונה, כפול %2.</source>
        <translation>Expected wait: people waiting divided by %1 stations active in the last hour, times %2.</translation>
    </message>
</context>
<context>
    <name>LobbyDisplay</name>
    <message>
        <source>לובי - תורים</source>
        <translation>Lobby - queues</translation>
    </message>
    <message>
        <source>נקראים עכשיו</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>קריאות קודמות</source>
        <translation>Previous calls</translation>
    </message>
    <message>
        <source>לעמדה %1</source>
        <translation>To station %1</translation>
    </message>
    <message>
        <source>עמדה %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <source>ממתינים: %1 · זמן המתנה משוער: %2 דקות</source>
        <translation>Waiting: %1 · Estimated wait: %2 minutes</translation>
    </message>
    <message>
        <source>אין ממתינים כרגע</source>
        <translation>No one is waiting right now</translation>
    </message>
</context>
<context>
    <name>LobbyPanel</name>
    <message>
        <source>אין ממתינים בלובי. רישום הגעה: Ctrl+Shift+L.</source>
        <translation>Nobody is waiting in the lobby. Check a resident in: Ctrl+Shift+L.</translation>
    </message>
    <message>
        <source>רישום הגעה (Ctrl+Shift+L)</source>
        <translation>Check in (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>הבא/ה בתור (F9)</source>
        <translation>Next in line (F9)</translation>
    </message>
    <message>
        <source>קריאה לנבחר/ת</source>
        <translation>Call selected</translation>
    </message>
    <message>
        <source>עזב/ה</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>סיום בלי פנייה</source>
        <translation>Finish without a case</translation>
    </message>
    <message>
        <source>לובי</source>
        <translation>Lobby</translation>
    </message>
    <message>
        <source>מס&apos; עמדה</source>
        <translation>Station no.</translation>
    </message>
    <message>
        <source>Enter על שורה ברשימה</source>
        <translation>Enter on a row in the list</translation>
    </message>
    <message>
        <source>התושב/ת המסומן/ת עזב/ה בלי לקבל שירות</source>
        <translation>The selected resident left without being served</translation>
    </message>
    <message>
        <source>השירות הסתיים בלי לפתוח פנייה (למשל מסירת מידע)</source>
        <translation>Service ended without opening a case (e.g. providing information)</translation>
    </message>
    <message>
        <source>עמדה:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <source>ממתינים: %1 · המתנה צפויה: %2</source>
        <translation>Waiting: %1 · Expected wait: %2</translation>
    </message>
    <message>
        <source>%1 נרשם/ה בתור %2.</source>
        <translation>%1 checked in as ticket %2.</translation>
    </message>
    <message>
        <source>בשירות: תור %1, %2</source>
        <translation>Serving: ticket %1, %2</translation>
    </message>
    <message>
        <source>הביקור של תור %1 הסתיים.</source>
        <translation>The visit for ticket %1 has ended.</translation>
    </message>
    <message>
        <source>תור %1 עדיין בשירות: שומרים את הפנייה (Ctrl+P) או מסיימים בלי פנייה.</source>
        <translation>Ticket %1 is still being served: save the case (Ctrl+P) or finish without a case.</translation>
    </message>
    <message>
        <source>%1 (תור %2) נקרא/ה לעמדה %3.</source>
        <translation>%1 (ticket %2) was called to station %3.</translation>
    </message>
    <message>
        <source>בחרו תושב/ת ברשימת הממתינים.</source>
        <translation>Select a resident in the waiting list.</translation>
    </message>
    <message>
        <source>תור %1 סומן כמי שעזב/ה.</source>
        <translation>Ticket %1 was marked as left.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>המסך נעול</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>שחרור הנעילה</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>המסך ננעל כדי לשמור על פרטיות התושבים.
העבודה שלך שמורה.</source>
        <translation>The screen was locked to protect residents&apos; privacy.
Your work is saved.</translation>
    </message>
    <message>
        <source>סיסמה של %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <source>הסיסמה שגויה.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>הסיסמה שגויה. אפשר לנסות שוב.</source>
        <translation type="vanished">Incorrect password. Please try again.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>דלפק - כניסה</source>
        <translation>Dalpak - sign in</translation>
    </message>
    <message>
        <source>כניסה</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>יציאה</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>שם משתמש</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>סיסמה</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>דלפק השירות - כניסה לעמדה %1</source>
        <translation>Service counter - sign in to station %1</translation>
    </message>
    <message>
        <source>בלי סיסמה חדשה אי אפשר להמשיך. אפשר להיכנס שוב.</source>
        <translation>You cannot go on without a new password. You can sign in again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>פנייה חדשה (Ctrl+E)</source>
        <translation>New case (Ctrl+E)</translation>
    </message>
    <message>
        <source>שמירה והדפסת קבלה (Ctrl+P)</source>
        <translation>Save and print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>דלפק - %1</source>
        <translation>Dalpak - %1</translation>
    </message>
    <message>
        <source>מקלידים שם, תעודת זהות או טלפון בתיבת החיפוש (Ctrl+F) ולוחצים Enter.</source>
        <translation>Type a name, ID number or phone in the search box (Ctrl+F) and press Enter.</translation>
    </message>
    <message>
        <source>F1 לעזרה וקיצורי מקלדת.</source>
        <translation>F1 for help and keyboard shortcuts.</translation>
    </message>
    <message>
        <source>העמוד הזה אינו פתוח לתפקיד שלך.</source>
        <translation>This page is not available for your role.</translation>
    </message>
    <message>
        <source>%1 (%2) · עמדה %3</source>
        <translation>%1 (%2) · station %3</translation>
    </message>
    <message>
        <source>Ctrl+E לפנייה חדשה עבור %1 · Ctrl+F לתושב/ת הבא/ה</source>
        <translation>Ctrl+E for a new case for %1 · Ctrl+F for the next resident</translation>
    </message>
    <message>
        <source>פנייה בעריכה</source>
        <translation>Case in progress</translation>
    </message>
    <message>
        <source>יש פנייה שלא נשמרה עבור %1. לבטל אותה ולפתוח כרטיס אחר?</source>
        <translation>There is an unsaved case for %1. Discard it and open another record?</translation>
    </message>
    <message>
        <source>קודם פותחים כרטיס תושב/ת (Ctrl+F).</source>
        <translation>First open a resident record (Ctrl+F).</translation>
    </message>
    <message>
        <source>נושא אחד</source>
        <translation>One topic</translation>
    </message>
    <message numerus="yes">
        <source>%n נושאים</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message>
        <source>ביטול הפנייה</source>
        <translation>Cancel case</translation>
    </message>
    <message>
        <source>לבטל את הפנייה? מה שהוקלד (%1) לא יישמר.</source>
        <translation>Cancel the case? What was typed (%1) will not be saved.</translation>
    </message>
    <message>
        <source>הפנייה בוטלה; לא נשמר דבר.</source>
        <translation>The case was canceled; nothing was saved.</translation>
    </message>
    <message>
        <source>טיוטה נשמרה %1</source>
        <translation>Draft saved %1</translation>
    </message>
    <message>
        <source>המשך פנייה שלא הסתיימה</source>
        <translation>Resume unfinished case</translation>
    </message>
    <message>
        <source>נמצאה פנייה שלא נשמרה (%1) מ-%2. להמשיך ממנה?</source>
        <translation>An unsaved case (%1) from %2 was found. Continue from it?</translation>
    </message>
    <message>
        <source>אין פנייה פתוחה לשמירה. Ctrl+E פותח פנייה.</source>
        <translation>No open case to save. Ctrl+E opens a case.</translation>
    </message>
    <message>
        <source>הפנייה %1 נשמרה.</source>
        <translation>Case %1 saved.</translation>
    </message>
    <message>
        <source>יש פנייה פתוחה: שומרים אותה (Ctrl+P) לפני קריאה לתושב/ת הבא/ה.</source>
        <translation>A case is open: save it (Ctrl+P) before calling the next resident.</translation>
    </message>
    <message>
        <source>החשבון הושבת</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <source>מנהל/ת המערכת השבית/ה את החשבון שלך, והיישום נסגר. לפרטים פנו אליו/ה.</source>
        <translation>The administrator has deactivated your account, and the application will close. Contact the administrator for details.</translation>
    </message>
    <message>
        <source>מסך ההתנגשויות וההסגר פתוח למפקחים ולמנהלי מערכת.</source>
        <translation>The conflicts and quarantine screen is available to supervisors and system administrators.</translation>
    </message>
    <message>
        <source>ניהול היעדרויות פתוח למפקחים ולמנהלי מערכת.</source>
        <translation>Absence management is available to supervisors and system administrators.</translation>
    </message>
</context>
<context>
    <name>MyCasesPage</name>
    <message>
        <source>כולל סגורות</source>
        <translation>Include closed</translation>
    </message>
    <message>
        <source>קבלה מעודכנת</source>
        <translation>Updated receipt</translation>
    </message>
    <message>
        <source>שליחת עדכון לתושב/ת</source>
        <translation>Send update to resident</translation>
    </message>
    <message>
        <source>אין פניות בבעלותך.</source>
        <translation>You own no cases.</translation>
    </message>
    <message>
        <source>אין לך פניות פתוחות. פנייה שתשמר/י בדלפק תופיע כאן.</source>
        <translation>You have no open cases. A case you save at the counter will appear here.</translation>
    </message>
    <message>
        <source>אין הודעות חדשות. כאן יופיע מה שהמחלקות עשו בפניות שלך.</source>
        <translation>No new notifications. What the departments did in your cases will appear here.</translation>
    </message>
    <message>
        <source>סימון כנקרא</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <source>הכול נקרא</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <source>הפנייה שנבחרה ברשימה מוצגת כאן, עם הנושאים וההיסטוריה.</source>
        <translation>The case chosen in the list shows here, with its topics and history.</translation>
    </message>
    <message>
        <source>פנייה נפתחת כאן, עם הנושאים וההיסטוריה, ב-Enter או בלחיצה כפולה על השורה.</source>
        <translation type="vanished">A case opens here, with its topics and history, with Enter or by double-clicking the row.</translation>
    </message>
    <message>
        <source>&lt;b&gt;הפניות שלי&lt;/b&gt; (● עודכנה מאז שהסתכלת)</source>
        <translation>&lt;b&gt;My cases&lt;/b&gt; (● updated since you last looked)</translation>
    </message>
    <message>
        <source>&lt;b&gt;הודעות&lt;/b&gt; (מודגש: לא נקרא)</source>
        <translation>&lt;b&gt;Messages&lt;/b&gt; (bold: unread)</translation>
    </message>
    <message>
        <source>שולח...</source>
        <translation>Sending...</translation>
    </message>
    <message>
        <source>העדכון נשלח בדוא&quot;ל אל %1.</source>
        <translation>The update was emailed to %1.</translation>
    </message>
    <message>
        <source>העדכון ממתין בתיבת היוצא (ערוץ: %1); שולחים אותו משם ומסמנים שנשלח.</source>
        <translation>The update is waiting in the outbox (channel: %1); send it from there and mark it as sent.</translation>
    </message>
    <message>
        <source>יש לבחור הודעה ברשימה.</source>
        <translation>Select a message in the list.</translation>
    </message>
</context>
<context>
    <name>NewResidentDialog</name>
    <message>
        <source>תושב/ת חדש/ה</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>יום/חודש/שנה</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>לא צוין</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>זכר</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>נקבה</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>(לא נבחר)</source>
        <translation>(not selected)</translation>
    </message>
    <message>
        <source>למשל: כיסא גלגלים, לקות שמיעה</source>
        <translation>e.g. wheelchair, hearing impairment</translation>
    </message>
    <message>
        <source>שמירה</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>ביטול</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>תעודת זהות</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>שם פרטי</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>שם משפחה</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>תאריך לידה</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>מגדר</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>טלפון</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>טלפון נוסף</source>
        <translation>Additional phone</translation>
    </message>
    <message>
        <source>דוא&quot;ל</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>יישוב</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>כתובת</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>ערוץ קשר מועדף</source>
        <translation>Preferred contact channel</translation>
    </message>
    <message>
        <source>שפה</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>צורכי נגישות</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <source>תאריך הלידה אינו מובן. כתבו יום/חודש/שנה, למשל 12/03/1958.</source>
        <translation>The date of birth is not clear. Write day/month/year, e.g. 12/03/1958.</translation>
    </message>
    <message>
        <source>תושב/ת קיים/ת?</source>
        <translation>Existing resident?</translation>
    </message>
    <message>
        <source>פתיחת הרשומה הקיימת</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>זה אדם אחר - לשמור</source>
        <translation>This is a different person - save</translation>
    </message>
    <message>
        <source>חזרה לטופס</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>אין הודעות שממתינות לשליחה. עדכון לתושב/ת שבוחר/ת וואטסאפ, מסרון או טלפון (או דוא&quot;ל כשאין שרת דואר) ימתין כאן.</source>
        <translation>No messages waiting to be sent. An update for a resident who prefers WhatsApp, SMS or phone (or e-mail when there is no mail server) waits here.</translation>
    </message>
    <message>
        <source>העתקת הנוסח (Ctrl+Shift+C)</source>
        <translation>Copy text (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>סימון שנשלח</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>רענון</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&lt;b&gt;הנוסח לשליחה&lt;/b&gt;</source>
        <translation>&lt;b&gt;Text to send&lt;/b&gt;</translation>
    </message>
    <message>
        <source>הודעות שממתינות לשליחה ידנית: מעתיקים את הנוסח, שולחים בערוץ של התושב/ת ומסמנים שנשלח.</source>
        <translation>Messages waiting to be sent manually: copy the text, send it through the resident&apos;s channel and mark it as sent.</translation>
    </message>
    <message>
        <source>הנוסח הועתק. שולחים ל-%1 ואז מסמנים שנשלח.</source>
        <translation>Text copied. Send it to %1, then mark it as sent.</translation>
    </message>
    <message>
        <source>סומן שנשלח: %1</source>
        <translation>Marked as sent: %1</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>פנייה</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>נושא</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>תאריך צפוי</source>
        <translation>Expected date</translation>
    </message>
    <message>
        <source>מצב</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>תאריך</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>נושאים</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>בעלים</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>אין לתושב/ת נושאים פתוחים.</source>
        <translation>The resident has no open topics.</translation>
    </message>
    <message>
        <source>אין פניות קודמות: זו הפנייה הראשונה.</source>
        <translation>No earlier cases: this is the first one.</translation>
    </message>
    <message>
        <source>פניות פתוחות</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>פניות קודמות</source>
        <translation>Previous cases</translation>
    </message>
    <message>
        <source>נכסים וזכויות</source>
        <translation>Properties and entitlements</translation>
    </message>
    <message>
        <source>שלום, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <source>גיל %1 (נולד/ה %2)</source>
        <translation>Age %1 (born %2)</translation>
    </message>
    <message>
        <source>תאריך לידה לא ידוע</source>
        <translation>Date of birth unknown</translation>
    </message>
    <message>
        <source>כתובת לא ידועה</source>
        <translation>Address unknown</translation>
    </message>
    <message>
        <source>דוא&quot;ל</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>ת.ז.</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>כתובת</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>טלפון</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>ערוץ מועדף</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>שפה</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>צורכי נגישות: %1</source>
        <translation>Accessibility needs: %1</translation>
    </message>
    <message>
        <source>פניות פתוחות (%1)</source>
        <translation>Open cases (%1)</translation>
    </message>
    <message>
        <source>פניות קודמות (%1)</source>
        <translation>Previous cases (%1)</translation>
    </message>
    <message>
        <source>אין</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&lt;b&gt;ארנונה&lt;/b&gt;: חשבון %1, %2, %3 מ&quot;ר · הנחות: %4 · יתרה %5 ₪</source>
        <translation>&lt;b&gt;Arnona&lt;/b&gt;: account %1, %2, %3 m² · discounts: %4 · balance ₪%5</translation>
    </message>
    <message>
        <source>&lt;b&gt;כלב&lt;/b&gt;: %1 · רישיון עד %2 (%3) · חיסון כלבת %4</source>
        <translation>&lt;b&gt;Dog&lt;/b&gt;: %1 · license until %2 (%3) · rabies vaccination %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;תו חניה&lt;/b&gt;: רכב %1 · עד %2 (%3)</source>
        <translation>&lt;b&gt;Parking permit&lt;/b&gt;: vehicle %1 · until %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;ילדים&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Children&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;מעמד&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Status&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>אין נכסים או זכויות רשומים.</source>
        <translation>No properties or entitlements on record.</translation>
    </message>
    <message>
        <source>נכסים וזכויות (%1)</source>
        <translation>Properties and entitlements (%1)</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>לעובד/ת</source>
        <translation>To an employee</translation>
    </message>
    <message>
        <source>לתור של מחלקה</source>
        <translation>To a department queue</translation>
    </message>
    <message>
        <source>שם העובד/ת</source>
        <translation>Employee name</translation>
    </message>
    <message>
        <source>למשל: חופשה עד סוף החודש, סיום עבודה, איזון עומסים</source>
        <translation>e.g. vacation until the end of the month, leaving the job, load balancing</translation>
    </message>
    <message>
        <source>העברה</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>ביטול</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>לעובד/ת:</source>
        <translation>To employee:</translation>
    </message>
    <message>
        <source>סיבה (חובה):</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <source>יש לבחור למי להעביר.</source>
        <translation>Choose who to transfer to.</translation>
    </message>
    <message>
        <source>יש לכתוב את סיבת ההעברה.</source>
        <translation>Type the reason for the transfer.</translation>
    </message>
    <message>
        <source>מעביר…</source>
        <translation>Transferring…</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>גם בעברית (%1)</source>
        <translation>Hebrew too (%1)</translation>
    </message>
    <message>
        <source>להדפיס גם עותק בעברית</source>
        <translation>Also print a copy in Hebrew</translation>
    </message>
    <message>
        <source>קבלה לפנייה %1</source>
        <translation>Receipt for case %1</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>גליל 80 מ&quot;מ</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <source>אותיות גדולות (%1)</source>
        <translation>Large print (%1)</translation>
    </message>
    <message>
        <source>הדפסה (Enter)</source>
        <translation>Print (Enter)</translation>
    </message>
    <message>
        <source>בחירת מדפסת... (%1)</source>
        <translation>Choose printer... (%1)</translation>
    </message>
    <message>
        <source>שמירה כקובץ PDF (Ctrl+S)</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>תצוגת הקבלה</source>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <source>הקבלה</source>
        <translation>The receipt</translation>
    </message>
    <message>
        <source>נייר:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>מדפסת הקבלות של העמדה: %1</source>
        <translation>The station&apos;s receipt printer: %1</translation>
    </message>
    <message>
        <source>מדפסת ברירת המחדל של המחשב</source>
        <translation>The computer&apos;s default printer</translation>
    </message>
    <message>
        <source>המדפסת %1 אינה זמינה. בודקים שהיא דולקת ומחוברת, או בוחרים מדפסת אחרת (%2).</source>
        <translation>The printer %1 is not available. Check that it is on and connected, or choose another printer (%2).</translation>
    </message>
    <message>
        <source>שמירה כ-PDF</source>
        <translation type="vanished">Save as PDF</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>גודל:</source>
        <translation type="vanished">Size:</translation>
    </message>
    <message>
        <source>הקבלה נשלחה להדפסה.</source>
        <translation type="vanished">The receipt was sent to the printer.</translation>
    </message>
    <message>
        <source>שמירת הקבלה</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <source>נשמר: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>איפוס סיסמה</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>איפוס (Enter)</source>
        <translation>Reset (Enter)</translation>
    </message>
    <message>
        <source>ביטול (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>סיסמה זמנית ל-%1. מסרו אותה לעובד/ת באופן אישי; בכניסה הבאה יתבקש/תתבקש לבחור סיסמה משלו/ה. חסימה אחרי ניסיונות שגויים בעמדה הזו מתבטלת.</source>
        <translation>Temporary password for %1. Give it to the employee in person; at the next sign-in they will be asked to choose their own. A lock-out after wrong attempts at this station is lifted.</translation>
    </message>
    <message>
        <source>סיסמה זמנית</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>שוב, לאימות</source>
        <translation>Again, to confirm</translation>
    </message>
    <message>
        <source>הסיסמה והאימות שלה אינם זהים.</source>
        <translation>The password and its confirmation do not match.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>מכתב בדואר</source>
        <translation>Letter by mail</translation>
    </message>
    <message>
        <source>בדיקה מחדש (F5)</source>
        <translation>Check again (F5)</translation>
    </message>
    <message>
        <source>הפעלת הסריקה (Ctrl+Enter)</source>
        <translation>Run the scan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>פתיחת המכתבים להדפסה</source>
        <translation>Open the letters for printing</translation>
    </message>
    <message>
        <source>שמירת המכתבים כ-PDF</source>
        <translation>Save the letters as PDF</translation>
    </message>
    <message>
        <source>הסריקה עוברת על כל התושבים ומוצאת מה הגיע זמנו: גיל פרישה בלי הנחת ארנונה, תו חניה או רישיון כלב שפג או עומד לפוג. לכל ממצא נפתחת פנייה, והתושב/ת מקבל/ת הודעה בערוץ המועדף או מכתב. קודם בודקים מה תיצור, ואז מפעילים; הפעלה חוזרת לא יוצרת דבר פעמיים.</source>
        <translation>The scan goes through all residents and finds what is due: retirement age without an arnona discount, a parking permit or dog license that has expired or is about to expire. A case is opened for each finding, and the resident receives a message on their preferred channel or a letter. First check what it will create, then run it; running it again never creates anything twice.</translation>
    </message>
    <message>
        <source>בודקים את כל התושבים... (אפשר להמשיך לעבוד)</source>
        <translation>Checking all residents... (you can keep working)</translation>
    </message>
    <message>
        <source>בדיקה בלבד: נסרקו %1 תושבים ב-%2 שניות. הסריקה תיצור %3 פניות</source>
        <translation>Check only: %1 residents scanned in %2 seconds. The scan will create %3 cases</translation>
    </message>
    <message>
        <source> (%1 כבר טופלו בסריקות קודמות)</source>
        <translation> (%1 already handled in previous scans)</translation>
    </message>
    <message>
        <source>אין כרגע דבר לעשות.</source>
        <translation>Nothing to do right now.</translation>
    </message>
    <message>
        <source>הפעלת הסריקה היזומה</source>
        <translation>Run the proactive scan</translation>
    </message>
    <message>
        <source>ייפתחו עד %1 פניות, וכל תושב/ת יקבל/ת הודעה או מכתב. להפעיל?</source>
        <translation>Up to %1 cases will be opened, and each resident will receive a message or a letter. Run it?</translation>
    </message>
    <message>
        <source>הסריקה פועלת: פותחים פניות ומכינים הודעות ומכתבים...</source>
        <translation>The scan is running: opening cases and preparing messages and letters...</translation>
    </message>
    <message>
        <source>הסריקה הושלמה.</source>
        <translation>Scan complete.</translation>
    </message>
    <message>
        <source>נוצרו %1 פניות: %2 הודעות בתיבת היוצא, %3 מכתבים להדפסה.</source>
        <translation>%1 cases created: %2 messages in the outbox, %3 letters to print.</translation>
    </message>
    <message>
        <source>מכתבים</source>
        <translation>letters</translation>
    </message>
    <message>
        <source>המכתבים נפתחו: %1</source>
        <translation>Letters opened: %1</translation>
    </message>
    <message>
        <source>שמירת המכתבים</source>
        <translation>Save letters</translation>
    </message>
    <message>
        <source>נשמר: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>חיפוש תושב/ת: שם, ת.ז. או טלפון (Ctrl+F)</source>
        <translation>Search resident: name, ID or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>החיפוש נכשל: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>Enter לפתיחת הכרטיס, חיצים לבחירה</source>
        <translation>Enter to open the record, arrows to select</translation>
    </message>
    <message>
        <source>לא נמצאו תושבים. Enter או Ctrl+N ליצירת תושב/ת חדש/ה</source>
        <translation>No residents found. Enter or Ctrl+N to create a new resident</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>תרגומים</source>
        <translation>Translations</translation>
    </message>
    <message>
        <source>קביעת היעדרות או ביטולה…</source>
        <translation>Set or cancel an absence…</translation>
    </message>
    <message>
        <source>היעדרויות בתוקף ומתוכננות</source>
        <translation>Current and planned absences</translation>
    </message>
    <message>
        <source>מי שינה מה: הקטלוג, מאגר המידע וההיעדרויות</source>
        <translation>Who changed what: the catalog, the knowledge base and absences</translation>
    </message>
    <message>
        <source>קטלוג סוגי פניות</source>
        <translation>Case type catalog</translation>
    </message>
    <message>
        <source>מאגר מידע</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>היעדרויות</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>היסטוריית שינויים</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>קריאת ההגדרות נכשלה: %1</source>
        <translation>Failed to load settings: %1</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>הדפסה (Enter)</source>
        <translation>Print (Enter)</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>המדפסת לא נפתחה. בדקו שהיא מחוברת ונסו שוב.</source>
        <translation>The printer did not start. Check that it is connected and try again.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>חיפוש תושב/ת (שם, ת.ז., טלפון)</source>
        <translation>Search resident (name, ID, phone)</translation>
    </message>
    <message>
        <source>תושב/ת חדש/ה</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>פנייה חדשה לתושב/ת הפתוח/ה</source>
        <translation>New case for the open resident</translation>
    </message>
    <message>
        <source>נושא נוסף בפנייה</source>
        <translation>Add another topic to the case</translation>
    </message>
    <message>
        <source>שמירת הפנייה והדפסת קבלה</source>
        <translation>Save the case and print a receipt</translation>
    </message>
    <message>
        <source>סנכרון עם המרכזת עכשיו</source>
        <translation>Sync with the hub now</translation>
    </message>
    <message>
        <source>התנגשויות והסגר (מפקחים)</source>
        <translation>Conflicts and quarantine (supervisors)</translation>
    </message>
    <message>
        <source>נעילת המסך</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>עזרה וקיצורי מקלדת</source>
        <translation>Help and keyboard shortcuts</translation>
    </message>
    <message>
        <source>עמוד הדלפק</source>
        <translation>Counter page</translation>
    </message>
    <message>
        <source>תיבת המחלקה</source>
        <translation>Department inbox</translation>
    </message>
    <message>
        <source>הפניות שלי והודעות</source>
        <translation>My cases and messages</translation>
    </message>
    <message>
        <source>משימות: שיחות חוזרות ומעקב</source>
        <translation>Tasks: callbacks and follow-up calls</translation>
    </message>
    <message>
        <source>תיבת יוצא</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>מאגר הידע</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>היעדרויות וממלאי מקום (מפקחים)</source>
        <translation>Absences and substitutes (supervisors)</translation>
    </message>
    <message>
        <source>לובי: רישום הגעה של תושב/ת</source>
        <translation>Lobby: check in a resident</translation>
    </message>
    <message>
        <source>לובי: קריאה לבא/ה בתור לעמדה שלי</source>
        <translation>Lobby: call the next in line to my station</translation>
    </message>
    <message>
        <source>לובי: פתיחת מסך הקריאה (מסך שני)</source>
        <translation>Lobby: open the call screen (second screen)</translation>
    </message>
    <message>
        <source>בחיפוש: פתיחת הכרטיס; בלי תוצאות: יצירת תושב/ת</source>
        <translation>In search: open the record; with no results: create a resident</translation>
    </message>
    <message>
        <source>מעבר בין תוצאות החיפוש או נושאי הקטלוג</source>
        <translation>Move between search results or catalog topics</translation>
    </message>
    <message>
        <source>בנושא: בחירת הנושא המסומן; בפירוט: הוספת הנושא</source>
        <translation>In Topic: select the highlighted topic; in Details: add the topic</translation>
    </message>
    <message>
        <source>בטבלת הנושאים: הסרת הנושא המסומן</source>
        <translation>In the topics table: remove the selected topic</translation>
    </message>
    <message>
        <source>בפנייה שבהקלדה: ביטול הפנייה (אחרי אישור); הטיוטה נמחקת</source>
        <translation>In a case being typed: cancel the case (after confirmation); the draft is deleted</translation>
    </message>
    <message>
        <source>בתצוגת הקבלה: הדפסה</source>
        <translation>In the receipt view: print</translation>
    </message>
    <message>
        <source>בתיבת המחלקה ובפניות שלי: פתיחת השורה; במשימות: רישום שיחה</source>
        <translation>In the department inbox and My cases: open the row; in Tasks: log a call</translation>
    </message>
    <message>
        <source>ברשימת הממתינים בלובי: קריאה לתושב/ת המסומן/ת</source>
        <translation>In the lobby waiting list: call the selected resident</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>דלפק</source>
        <translation>Dalpak</translation>
    </message>
    <message>
        <source>דלפק לא נפתח.</source>
        <translation>Dalpak did not open.</translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <source>התאריך ההיג&apos;רי בקבלות ובמכתבים בערבית</source>
        <translation>The Hijri date on Arabic receipts and letters</translation>
    </message>
    <message>
        <source>הגדרות העמדה</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <source>שמירה</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>סגירה</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>המועצה על הקבלות</source>
        <translation>Council on receipts</translation>
    </message>
    <message>
        <source>מדפסת הקבלות</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>מדפסת:</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <source>נייר:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>נייר הקבלות</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <source>העמדה והמרכזת</source>
        <translation>Station and hub</translation>
    </message>
    <message>
        <source>עמדה עצמאית, קוד %1. חיבור למרכזת אפשרי כל עוד אין בה עבודה.</source>
        <translation>Standalone station, code %1. It can be connected to a hub as long as no work has been done on it yet.</translation>
    </message>
    <message>
        <source>חיבור העמדה למרכזת</source>
        <translation>Connect station to hub</translation>
    </message>
    <message>
        <source>עמדה %1, מחוברת למרכזת %2</source>
        <translation>Station %1, connected to hub %2</translation>
    </message>
    <message>
        <source>שינוי הכתובת או האסימון של המרכזת</source>
        <translation>Change the hub address or token</translation>
    </message>
    <message>
        <source>ברירת המחדל של המחשב</source>
        <translation>The computer&apos;s default</translation>
    </message>
    <message>
        <source>%1 (לא נמצאה כעת)</source>
        <translation>%1 (not found now)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>גליל 80 מ&quot;מ</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <source>שומרים...</source>
        <translation>Saving...</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>התנגשויות והסגר</source>
        <translation>Conflicts and quarantine</translation>
    </message>
    <message>
        <source>תושב/ת</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>שדה</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>הערך המוצג</source>
        <translation>Value shown</translation>
    </message>
    <message>
        <source>עמדה</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>הערך האחר</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>פעולה</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>זמן</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>סיבה</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>מצב</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ניסיון חוזר (Ctrl+R)</source>
        <translation>Try again (Ctrl+R)</translation>
    </message>
    <message>
        <source>תיקון ושליחה מחדש... (Ctrl+E)</source>
        <translation>Correct and send again... (Ctrl+E)</translation>
    </message>
    <message>
        <source>ביטול הפעולה... (Ctrl+D)</source>
        <translation>Cancel the operation... (Ctrl+D)</translation>
    </message>
    <message>
        <source>להשאיר את הערך המוצג</source>
        <translation>Keep the displayed value</translation>
    </message>
    <message>
        <source>לבחור את הערך האחר</source>
        <translation>Choose the other value</translation>
    </message>
    <message>
        <source>סגירה</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>שתי עמדות שינו את אותו שדה בלי לראות זו את זו. כל העמדות מציגות את השינוי המאוחר; אפשר לאשר אותו או לבחור את הערך האחר (הבחירה נרשמת ומסונכרנת).</source>
        <translation>Two stations changed the same field without seeing each other&apos;s change. All stations show the later change; you can confirm it or choose the other value (the choice is recorded and synced).</translation>
    </message>
    <message>
        <source>התנגשויות</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>פעולות שלא הוחלו: המרכזת דחתה אותן או לא יכלה להחיל אותן, או שהן ממתינות לפעולה קודמת על אותה פנייה או אותו תושב. הן אינן מגיעות לשאר העמדות עד שיטופלו. פעולה של העמדה הזו אפשר לנסות שוב, לתקן (הערך שבגללו נדחתה) או לבטל עם סיבה; הבחירה נרשמת ומסונכרנת, והפעולות שממתינות לה מטופלות איתה.</source>
        <translation>Operations not applied: the hub refused them or could not apply them, or they wait for an earlier operation on the same case or resident. They do not reach the other stations until they are dealt with. An operation of this station can be tried again, corrected (the value it was refused for) or cancelled with a reason; the choice is recorded and synced, and the operations waiting for it are dealt with along with it.</translation>
    </message>
    <message>
        <source>הסגר</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>הסגר במרכזת</source>
        <translation>Quarantine on the hub</translation>
    </message>
    <message>
        <source>כפילויות</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>ממתינה לטיפול</source>
        <translation>Waiting to be dealt with</translation>
    </message>
    <message>
        <source>בוטלה: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>התנגשויות (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>הסגר (%1)</source>
        <translation>Quarantine (%1)</translation>
    </message>
    <message>
        <source>כפילויות (%1)</source>
        <translation>Duplicates (%1)</translation>
    </message>
    <message>
        <source>העמדה אינה מחוברת למרכזת.</source>
        <translation>The station is not connected to a hub.</translation>
    </message>
    <message>
        <source>טוען מהמרכזת...</source>
        <translation>Loading from the hub...</translation>
    </message>
    <message>
        <source>%1 פעולות בהסגר במרכזת</source>
        <translation>%1 operations quarantined on the hub</translation>
    </message>
    <message>
        <source>הסגר במרכזת (%1)</source>
        <translation>Quarantine on the hub (%1)</translation>
    </message>
    <message>
        <source>לא ניתן לקרוא את ההסגר מהמרכזת: %1</source>
        <translation>Cannot read the quarantine from the hub: %1</translation>
    </message>
    <message>
        <source>יש לבחור פעולה שממתינה לטיפול.</source>
        <translation>Select an operation that waits to be dealt with.</translation>
    </message>
    <message>
        <source>הפעולה נעשתה בעמדה %1: מטפלים בה שם.</source>
        <translation>The operation was made at station %1: it is dealt with there.</translation>
    </message>
    <message>
        <source>רושם...</source>
        <translation>Recording...</translation>
    </message>
    <message>
        <source>נרשם ניסיון חוזר; המרכזת תנסה שוב בסנכרון הבא.</source>
        <translation>A new try is recorded; the hub will try again at the next sync.</translation>
    </message>
    <message>
        <source>אין בפעולה הזו שדות טקסט לתקן; אפשר לבטל אותה.</source>
        <translation>This operation has no text fields to correct; it can be cancelled.</translation>
    </message>
    <message>
        <source>תיקון: %1</source>
        <translation>Correction: %1</translation>
    </message>
    <message>
        <source>יש לתקן את הערך ולאשר; הפעולה תישלח שוב.</source>
        <translation>Correct the value and confirm; the operation will be sent again.</translation>
    </message>
    <message>
        <source>התיקון נרשם; הפעולה תגיע לכל העמדות בסנכרון הבא.</source>
        <translation>The correction is recorded; the operation will reach every station at the next sync.</translation>
    </message>
    <message>
        <source>הסיבה לביטול</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>ביטול: %1</source>
        <translation>Cancel: %1</translation>
    </message>
    <message>
        <source>הפעולה תבוטל בכל העמדות, וכך גם פעולות שלא יכולות לעמוד בלעדיה. העמדה הזו תחזור למצב שבלעדיה.</source>
        <translation>The operation will be cancelled at every station, and so will operations that cannot stand without it. This station will return to the state without it.</translation>
    </message>
    <message>
        <source>הביטול נרשם ויגיע לכל העמדות בסנכרון הבא.</source>
        <translation>The cancellation is recorded and will reach every station at the next sync.</translation>
    </message>
    <message>
        <source>יש לבחור שורה בטבלה.</source>
        <translation>Select a row in the table.</translation>
    </message>
    <message>
        <source>נרשם. השינוי יגיע לשאר העמדות בסנכרון הבא.</source>
        <translation>Recorded. The change will reach the other stations at the next sync.</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>לובי</source>
        <translation>Lobby</translation>
    </message>
    <message>
        <source>עומס עבודה</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>מדדים</source>
        <translation>figures</translation>
    </message>
    <message>
        <source>הגדרות</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>סריקה יזומה</source>
        <translation>Proactive scan</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>סנכרון</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>סנכרון עם המרכזת עכשיו (Ctrl+Shift+S)</source>
        <translation>Sync with the hub now (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>כל פעולה נשמרת במסד הנתונים של העמדה (%1 פעולות עד כה); אין מרכזת לסנכרן איתה.</source>
        <translation>Every action is saved in the station&apos;s database (%1 actions so far); there is no hub to sync with.</translation>
    </message>
    <message>
        <source>עמדה עצמאית</source>
        <translation>Standalone station</translation>
    </message>
    <message>
        <source>מחובר למרכזת</source>
        <translation>Connected to hub</translation>
    </message>
    <message>
        <source>אין חיבור למרכזת</source>
        <translation>No connection to hub</translation>
    </message>
    <message>
        <source>סנכרון אחרון %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>עוד לא סונכרן</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>%1 ממתינות לשליחה</source>
        <translation>%1 waiting to be sent</translation>
    </message>
    <message>
        <source>מסנכרן...</source>
        <translation>Syncing...</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>אין משימות כרגע. שיחה חוזרת נוספת כאן כשמחלקה מסיימת נושא בפנייה שלך, ושיחת מעקב שלושה ימי עבודה אחרי שפנייה נסגרת.</source>
        <translation>No tasks now. A callback is added here when a department finishes a topic in your case, and a follow-up call three business days after a case closes.</translation>
    </message>
    <message>
        <source>רישום שיחה (Enter)</source>
        <translation>Log call (Enter)</translation>
    </message>
    <message>
        <source>רענון</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>אדום: באיחור · מודגש על רקע כתום: להיום</source>
        <translation>Red: overdue · Bold on orange: due today</translation>
    </message>
    <message>
        <source>&lt;b&gt;המשימות שלי&lt;/b&gt;: שיחה חוזרת אחרי שמחלקה סיימה נושא, ושיחת מעקב אחרי סגירת פנייה. כולל משימות של מי שאני ממלא/ת את מקומו/ה.</source>
        <translation>&lt;b&gt;My tasks&lt;/b&gt;: a callback after a department finishes a topic, and a follow-up call after a case is closed. Includes tasks of anyone I am substituting for.</translation>
    </message>
    <message>
        <source>הפנייה %1 נסגרה: כל הנושאים הסתיימו והתושב/ת עודכן/ה.</source>
        <translation>Case %1 was closed: all topics are finished and the resident was informed.</translation>
    </message>
    <message>
        <source>שיחת מעקב נקבעה ל-%1.</source>
        <translation>Follow-up call scheduled for %1.</translation>
    </message>
    <message>
        <source>נרשם ניסיון; המשימה עברה ליום העבודה הבא.</source>
        <translation>Attempt logged; the task moved to the next business day.</translation>
    </message>
    <message>
        <source>השיחה נרשמה.</source>
        <translation>Call logged.</translation>
    </message>
</context>
<context>
    <name>TranslationsEditor</name>
    <message>
        <source>%1 רשומות חסרות תרגום לשפה זו: הן יודפסו לתושבים בעברית.</source>
        <translation>%1 entries have no translation into this language: residents get them in Hebrew.</translation>
    </message>
    <message>
        <source>אנגלית</source>
        <translation>English</translation>
    </message>
    <message>
        <source>בוחרים רשומה ברשימה כדי לתרגם אותה.</source>
        <translation>Choose an entry in the list to translate it.</translation>
    </message>
    <message>
        <source>בעברית</source>
        <translation>In Hebrew</translation>
    </message>
    <message>
        <source>המקור בעברית %1</source>
        <translation>Hebrew original %1</translation>
    </message>
    <message>
        <source>התרגום</source>
        <translation>Translation</translation>
    </message>
    <message>
        <source>התרגום %1</source>
        <translation>Translation %1</translation>
    </message>
    <message>
        <source>כל הקטלוג מתורגם לשפה זו.</source>
        <translation>The whole catalogue is translated into this language.</translation>
    </message>
    <message>
        <source>לא היה שינוי.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>סינון התרגומים</source>
        <translation>Filter the translations</translation>
    </message>
    <message>
        <source>ערבית</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>צעדים ומסמכים: שורה מתורגמת לכל שורה בעברית. שדה ריק יודפס בעברית, ולעולם לא כשורה ריקה.</source>
        <translation>Steps and documents: one translated line for each Hebrew line. An empty field prints in Hebrew, never as an empty line.</translation>
    </message>
    <message>
        <source>רוסית</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>רק מה שחסר</source>
        <translation>Missing only</translation>
    </message>
    <message>
        <source>רשומות לתרגום</source>
        <translation>Entries to translate</translation>
    </message>
    <message>
        <source>שפה:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>שפת התרגום</source>
        <translation>Translation language</translation>
    </message>
    <message>
        <source>סינון לפי שם או קוד</source>
        <translation>Filter by name or code</translation>
    </message>
    <message>
        <source>שמירה (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>נשמר.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>UpdateItemDialog</name>
    <message>
        <source>תאריך צפוי</source>
        <translation>Expected date</translation>
    </message>
    <message>
        <source>שמירת העדכון</source>
        <translation>Save update</translation>
    </message>
    <message>
        <source>עדכון מצב: %1</source>
        <translation>Update status: %1</translation>
    </message>
    <message>
        <source>מצב נוכחי: %1 · תאריך צפוי: %2
הצעד הבא שנקבע: %3</source>
        <translation>Current status: %1 · Expected date: %2
Next step set: %3</translation>
    </message>
    <message>
        <source>למשל: מהנדס יבקר בנכס ויכין חוות דעת</source>
        <translation>e.g. an engineer will visit the property and prepare an assessment</translation>
    </message>
    <message>
        <source>מה נעשה, במילים שהתושב/ת יבינו</source>
        <translation>What was done, in words the resident will understand</translation>
    </message>
    <message>
        <source>הערה פנימית (לא חובה)</source>
        <translation>Internal note (optional)</translation>
    </message>
    <message>
        <source>מצב</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>הצעד הבא</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>תוצאה</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>הערה</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>משתמשים</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>השבתה (Ctrl+D)</source>
        <translation>Deactivate (Ctrl+D)</translation>
    </message>
    <message>
        <source>הפעלה מחדש (Ctrl+R)</source>
        <translation>Reactivate (Ctrl+R)</translation>
    </message>
    <message>
        <source>איפוס סיסמה (Ctrl+T)</source>
        <translation>Reset password (Ctrl+T)</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>משתמש/ת מושבת/ת אינו/ה יכול/ה להיכנס בעמדה הזו, ובכל עמדה אחרת אחרי הסנכרון הבא שלה. מה שעשה/תה לפני ההשבתה נשמר. הוספת משתמשים: בשורת הפקודה, dalpak user add.</source>
        <translation>A deactivated user cannot sign in at this station, nor at any other station after its next sync. What they did before is kept. Adding users: on the command line, dalpak user add.</translation>
    </message>
    <message>
        <source>יש לבחור ברשימה משתמש/ת פעיל/ה.</source>
        <translation>Choose an active user in the list.</translation>
    </message>
    <message>
        <source>השבתת משתמש</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <source>להשבית את %1? הכניסה תיחסם בכל העמדות אחרי הסנכרון.</source>
        <translation>Deactivate %1? Sign-in will be blocked at every station after the sync.</translation>
    </message>
    <message>
        <source>%1 הושבת/ה.</source>
        <translation>%1 was deactivated.</translation>
    </message>
    <message>
        <source>יש לבחור ברשימה משתמש/ת מושבת/ת.</source>
        <translation>Choose a deactivated user in the list.</translation>
    </message>
    <message>
        <source>%1 הופעל/ה מחדש.</source>
        <translation>%1 was reactivated.</translation>
    </message>
    <message>
        <source>הסיסמה של %1 אופסה; בכניסה הבאה יבחר/תבחר סיסמה חדשה.</source>
        <translation>%1&apos;s password was reset; they will choose a new one at the next sign-in.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>פעיל/ה</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>מושבת/ת</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source> · יחליף/תחליף סיסמה בכניסה</source>
        <translation> · will change password at sign-in</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>דלפק</source>
        <translation>Dalpak</translation>
    </message>
    <message>
        <source>תיבת המחלקה</source>
        <translation>Department inbox</translation>
    </message>
    <message>
        <source>הפניות שלי</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>משימות</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>תיבת יוצא</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>פיקוח</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>מאגר ידע (Ctrl+K)</source>
        <translation>Knowledge base (Ctrl+K)</translation>
    </message>
    <message>
        <source>היעדרויות</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>עודכנו: %1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <source>הודעות: %1</source>
        <translation>Messages: %1</translation>
    </message>
    <message>
        <source>באיחור: %1</source>
        <translation>Overdue: %1</translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <source>סינון לפי שם או קוד</source>
        <translation>Filter by name or code</translation>
    </message>
    <message>
        <source>חדש (Ctrl+Shift+N)</source>
        <translation>New (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>שמירה (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>רשומה חדשה: יש למלא את הפרטים ולשמור.</source>
        <translation>New record: fill in the details and save.</translation>
    </message>
    <message>
        <source>נשמר.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>ביטול (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>רשימה</source>
        <translation>List</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;מערכת</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>הגדרות העמדה...</source>
        <translation>Station settings...</translation>
    </message>
    <message>
        <source>משתמשים...</source>
        <translation>Users...</translation>
    </message>
    <message>
        <source>יומן גישה...</source>
        <translation>Access log...</translation>
    </message>
    <message>
        <source>&amp;חשבון</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>החלפת הסיסמה שלי...</source>
        <translation>Change my password...</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>%(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(option)s אינו חד-משמעי: מתאים ל-%(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>%(prog)s: שגיאה: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>(--skip-bad מייבא את השורות התקינות בלבד; --dry-run בודק בלי לכתוב.)</source>
        <translation>(--skip-bad imports only the valid rows; --dry-run checks without writing.)</translation>
    </message>
    <message>
        <source>(יחליף/תחליף סיסמה בכניסה)</source>
        <translation>(will change the password at login)</translation>
    </message>
    <message>
        <source>(נדחה מ-{date})</source>
        <translation>(postponed from {date})</translation>
    </message>
    <message>
        <source>(שביעות רצון {score}/5)</source>
        <translation>(satisfaction {score}/5)</translation>
    </message>
    <message>
        <source>(תור {ticket})</source>
        <translation>(queue number {ticket})</translation>
    </message>
    <message>
        <source>--listen צריך להיות HOST:PORT, למשל 0.0.0.0:8443</source>
        <translation>--listen must be HOST:PORT, for example 0.0.0.0:8443</translation>
    </message>
    <message>
        <source>--standalone או --hub</source>
        <translation>--standalone or --hub</translation>
    </message>
    <message>
        <source>--station ו---token-file</source>
        <translation>--station and --token-file</translation>
    </message>
    <message>
        <source>--value-file צריך שם של הגדרה.</source>
        <translation>--value-file needs the name of a setting.</translation>
    </message>
    <message>
        <source>all/any צריכים רשימה לא ריקה של תנאים</source>
        <translation>all/any need a non-empty list of conditions</translation>
    </message>
    <message>
        <source>{count} פעולות של העמדה נדחו או הוסגרו; מפקח/ת יראה אותן במסך ההסגר</source>
        <translation>{count} operations of this station were refused or quarantined; a supervisor will see them in the quarantine screen</translation>
    </message>
    <message>
        <source>{field} עודכנה</source>
        <translation>{field} updated</translation>
    </message>
    <message>
        <source>{field}: {before} ← {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>{field}: המספר גדול מדי (עד {whole} ספרות לפני הנקודה).</source>
        <translation>{field}: the number is too large (up to {whole} digits before the decimal point).</translation>
    </message>
    <message>
        <source>{field}: עד {most} תווים (הוקלדו {typed}). נא לקצר.</source>
        <translation>{field}: up to {most} characters ({typed} were typed). Please shorten it.</translation>
    </message>
    <message>
        <source>{label}: {kind} עד {date}</source>
        <translation>{label}: {kind} by {date}</translation>
    </message>
    <message>
        <source>{lowest} ומעלה</source>
        <translation>{lowest} or more</translation>
    </message>
    <message>
        <source>{minutes} דקות</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <source>{name} הוא סוד, ולכן אינו נכתב בשורת הפקודה (משתמשים אחרים במחשב רואים אותה). כך: dalpak settings {name} --value-file FILE (או &apos;-&apos; כדי להקליד אותו).</source>
        <translation>{name} is a secret, so it is not written on the command line (other users of the computer can see it). Instead: dalpak settings {name} --value-file FILE (or &apos;-&apos; to type it).</translation>
    </message>
    <message>
        <source>{path} הוא קובץ ולא תיקייה</source>
        <translation>{path} is a file, not a folder</translation>
    </message>
    <message>
        <source>{setting}: {value} אינו בטווח המותר, בין {low} ל-{high}.</source>
        <translation>{setting}: {value} is outside the allowed range, between {low} and {high}.</translation>
    </message>
    <message>
        <source>{setting}: הערך אינו מתאים, אחד מאלה: {choices}.</source>
        <translation>{setting}: the value does not fit; one of these: {choices}.</translation>
    </message>
    <message>
        <source>{setting}: הערך אינו מתאים, נדרש {wanted}.</source>
        <translation>{setting}: the value does not fit; {wanted} is required.</translation>
    </message>
    <message>
        <source>{start}–{end}, ממלא/ת מקום: {stand_in}</source>
        <translation>{start}–{end}, substitute: {stand_in}</translation>
    </message>
    <message>
        <source>{what} אינו מוכר. אפשר לכתוב: {examples}.</source>
        <translation>{what}: not recognised. You may write: {examples}.</translation>
    </message>
    <message>
        <source>{what} מופיע/ה בקובץ יותר מפעם אחת (שורות {rows}).</source>
        <translation>{what} appears in the file more than once (rows {rows}).</translation>
    </message>
    <message>
        <source>אופרטור לא מוכר: {op}</source>
        <translation>unknown operator: {op}</translation>
    </message>
    <message>
        <source>אזהרה: המרכזת מאזינה ב-http:// גלוי ב-{host}. כל מי שברשת יכול לקרוא את האסימונים של העמדות ואת הנתונים. עמדות מסרבות ל-http:// למחשב אחר.</source>
        <translation>Warning: the hub is listening over plain http:// on {host}. Anyone on the network can read the stations&apos; tokens and the data. Stations refuse http:// to another computer.</translation>
    </message>
    <message>
        <source>אזרח ותיק</source>
        <translation>Senior citizen</translation>
    </message>
    <message>
        <source>אחד השדות</source>
        <translation>One of the fields</translation>
    </message>
    <message>
        <source>אחוז עמידה בזמן</source>
        <translation>Percent on time</translation>
    </message>
    <message>
        <source>אחוזון 90</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>אחר</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>אי אפשר יחד עם %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>אי אפשר להעביר לאותו/ה עובד/ת.</source>
        <translation>Cannot transfer to the same employee.</translation>
    </message>
    <message>
        <source>אי אפשר להשבית את החשבון שלך עצמך. מנהל/ת אחר/ת יכול/ה לעשות זאת.</source>
        <translation>You cannot deactivate your own account. Another administrator can do it.</translation>
    </message>
    <message>
        <source>אי אפשר לתקן את הפעולה הזו; אפשר לבטל אותה.</source>
        <translation>This operation cannot be corrected; it can be discarded.</translation>
    </message>
    <message>
        <source>אימות התעודה של המרכזת בכתובת {host} נכשל. אם למועצה רשות תעודות משלה, הגדירו את hub_ca_file.</source>
        <translation>Verifying the certificate of the hub at {host} failed. If the council has its own certificate authority, set hub_ca_file.</translation>
    </message>
    <message>
        <source>אין</source>
        <translation>none</translation>
    </message>
    <message>
        <source>אין בעמדה מנהל/ת מערכת פעיל/ה.</source>
        <translation>This station has no active system administrator.</translation>
    </message>
    <message>
        <source>אין הגדרה בשם {name}. הגדרות: {names}</source>
        <translation>There is no setting named {name}. Settings: {names}</translation>
    </message>
    <message>
        <source>אין הרשאה</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>אין הרשאה {action} כאן: ל{role} מותר {scope}.</source>
        <translation>You are not allowed {action} here ({role}: {scope}).</translation>
    </message>
    <message>
        <source>אין הרשאה {action}. הפעולה מותרת ל: {allowed}.</source>
        <translation>You are not allowed {action}. Allowed for: {allowed}.</translation>
    </message>
    <message>
        <source>אין הרשאה {action}. רק המערכת עצמה עושה זאת.</source>
        <translation>You are not allowed {action}. Only the system itself does this.</translation>
    </message>
    <message>
        <source>אין הרשאה לכתוב בו או בתיקייה שלו</source>
        <translation>no permission to write to it or to its folder</translation>
    </message>
    <message>
        <source>אין חיבור למסד הנתונים {where}: השרת אינו זמין, הכתובת שגויה או שהגישה נדחתה.</source>
        <translation>No connection to the database {where}: the server is unavailable, the address is wrong or access was refused.</translation>
    </message>
    <message>
        <source>אין חיבור למרכזת בכתובת {host}. בדקו את הכתובת, את מספר הפורט ואת חיבור הרשת.</source>
        <translation>No connection to the hub at {host}. Check the address, the port number and the network connection.</translation>
    </message>
    <message>
        <source>אין חיבור למרכזת: {error}</source>
        <translation>No connection to the hub: {error}</translation>
    </message>
    <message>
        <source>אין מה להעביר: הפריטים שנבחרו הסתיימו או כבר נמצאים שם.</source>
        <translation>Nothing to transfer: the selected items are finished or already there.</translation>
    </message>
    <message>
        <source>אין מחלקה בקוד {code}. הריצו קודם: dalpak init</source>
        <translation>There is no department with code {code}. Run first: dalpak init</translation>
    </message>
    <message>
        <source>אין ממתינים בלובי.</source>
        <translation>Nobody is waiting in the lobby.</translation>
    </message>
    <message>
        <source>אין מקום פנוי בדיסק</source>
        <translation>no free space on the disk</translation>
    </message>
    <message>
        <source>אין משתמש בשם {username}.</source>
        <translation>There is no user named {username}.</translation>
    </message>
    <message>
        <source>אין עמדה רשומה בקוד {code}.</source>
        <translation>No station is registered with the code {code}.</translation>
    </message>
    <message>
        <source>אין תאריך כזה בלוח השנה (יום {day}, חודש {month}, שנה {year}).</source>
        <translation>There is no such date in the calendar (day {day}, month {month}, year {year}).</translation>
    </message>
    <message>
        <source>אין תרגום לסוג הרשומה הזה.</source>
        <translation>This kind of entry has no translation.</translation>
    </message>
    <message>
        <source>אירעה שגיאה לא צפויה. כל פעולה שהושלמה כבר נשמרה.
הפרטים נרשמו ביומן: {log}</source>
        <translation>An unexpected error occurred. Every action that was completed has already been saved.
The details were written to the log: {log}</translation>
    </message>
    <message>
        <source>אמהרית</source>
        <translation>Amharic</translation>
    </message>
    <message>
        <source>אנגלית</source>
        <translation>English</translation>
    </message>
    <message>
        <source>אסימון חדש לעמדה (הישן עובד עד השימוש הראשון בחדש)</source>
        <translation>A new token for a station (the old one works until the new one is first used)</translation>
    </message>
    <message>
        <source>אפשר לנסות שוב.</source>
        <translation>You may try again.</translation>
    </message>
    <message>
        <source>אפשר לתקן רק את שדות הטקסט של הפעולה.</source>
        <translation>Only the operation&apos;s text fields can be corrected.</translation>
    </message>
    <message>
        <source>אפשרויות</source>
        <translation>options</translation>
    </message>
    <message>
        <source>ארגומנטים</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>ארגומנטים לא מוכרים: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>בדיקה בלבד: דבר לא נכתב למסד הנתונים.</source>
        <translation>Check only: nothing was written to the database.</translation>
    </message>
    <message>
        <source>בדיקה ודוח בלבד, בלי לכתוב</source>
        <translation>Check and report only, without writing</translation>
    </message>
    <message>
        <source>בדיקת השלמות של {path} נכשלה: {verdict}</source>
        <translation>The integrity check of {path} failed: {verdict}</translation>
    </message>
    <message>
        <source>בוצעו</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>בחירה לא מוכרת: %(value)r (אפשר: %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>בטיפול</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>ביטול האסימון של עמדה</source>
        <translation>Revoke a station&apos;s token</translation>
    </message>
    <message>
        <source>ביקור {visit} אינו ידוע.</source>
        <translation>Visit {visit} is not known.</translation>
    </message>
    <message>
        <source>ביקורים</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>ביקורים ליום</source>
        <translation>Visits per day</translation>
    </message>
    <message>
        <source>ביקורים לפי שעה</source>
        <translation>Visits by hour</translation>
    </message>
    <message>
        <source>ביקורים שנמדדו</source>
        <translation>Visits measured</translation>
    </message>
    <message>
        <source>בכל המועצה</source>
        <translation>across the whole council</translation>
    </message>
    <message>
        <source>בכל עמדה: dalpak settings hub_ca_file {name} (העתיקו אליה את {name})</source>
        <translation>On each station: dalpak settings hub_ca_file {name} (copy {name} to it)</translation>
    </message>
    <message>
        <source>בכניסה הראשונה יתבקש/תתבקש לבחור סיסמה משלו/ה.</source>
        <translation>At the first login they will be asked to choose their own password.</translation>
    </message>
    <message>
        <source>בכתובת {host} עונה שרת שאינו מרכזת של דלפק.</source>
        <translation>The server answering at {host} is not a Dalpak hub.</translation>
    </message>
    <message>
        <source>במה</source>
        <translation>Seen in</translation>
    </message>
    <message>
        <source>במסד הנתונים כבר יש עבודה של העמדה {code}; אי אפשר לשנות את קוד העמדה.</source>
        <translation>The database already holds work of station {code}; the station code cannot be changed.</translation>
    </message>
    <message>
        <source>במסד הנתונים רשומים {count} תושבים עם תעודת הזהות {number}. יש לאחד את הכפילות לפני הייבוא.</source>
        <translation>The database holds {count} residents with ID number {number}. Merge the duplicates before importing.</translation>
    </message>
    <message>
        <source>במרכזת: dalpak hub serve --listen 0.0.0.0:8443 --cert {cert} --key {key}</source>
        <translation>On the hub: dalpak hub serve --listen 0.0.0.0:8443 --cert {cert} --key {key}</translation>
    </message>
    <message>
        <source>בן/בת משפחה באותו שם לאותו/ה תושב/ת</source>
        <translation>A family member of the same name for the same resident</translation>
    </message>
    <message>
        <source>בני משפחה</source>
        <translation>household members</translation>
    </message>
    <message>
        <source>בעלים: {owner}   מצב: {status}</source>
        <translation>Owner: {owner}   Status: {status}</translation>
    </message>
    <message>
        <source>בעמדה {counter} ({called_by})</source>
        <translation>at counter {counter} ({called_by})</translation>
    </message>
    <message>
        <source>בקדימות: {reason}</source>
        <translation>with priority: {reason}</translation>
    </message>
    <message>
        <source>בקובץ ה-Excel אין גיליונות.</source>
        <translation>The Excel file has no sheets.</translation>
    </message>
    <message>
        <source>בקובץ האסימון אין אסימון.</source>
        <translation>The token file holds no token.</translation>
    </message>
    <message>
        <source>בתוקף עוד {days} ימים</source>
        <translation>valid for {days} more days</translation>
    </message>
    <message>
        <source>גיבוי מוצפן של מסד הנתונים של העמדה</source>
        <translation>An encrypted backup of the station&apos;s database</translation>
    </message>
    <message>
        <source>גיל מבוגר</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>גיל פריטים פתוחים</source>
        <translation>Age of open items</translation>
    </message>
    <message>
        <source>גם עותק בעברית, אחרי השפה של התושב/ת</source>
        <translation>A Hebrew copy too, after the resident&apos;s language</translation>
    </message>
    <message>
        <source>דבר לא נכתב למסד הנתונים, כי יש שורות שגויות. יש לתקן אותן ולייבא שוב את הקובץ.</source>
        <translation>Nothing was written to the database because some rows are wrong. Correct them and import the file again.</translation>
    </message>
    <message>
        <source>דוא&quot;ל</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>דחיות מועד</source>
        <translation>Date postponements</translation>
    </message>
    <message>
        <source>דחיות מועד (סה&quot;כ)</source>
        <translation>Date postponements (total)</translation>
    </message>
    <message>
        <source>דלפק - דלפק השירות של המועצה. בלי פקודה: פתיחת היישום.</source>
        <translation>Dalpak - the council&apos;s service counter. Without a command: opens the app.</translation>
    </message>
    <message>
        <source>דקות</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>דקות עד לנעילת המסך</source>
        <translation>Minutes until the screen locks</translation>
    </message>
    <message>
        <source>האסימון שייך לעמדה {code}, לא ל-{station}.</source>
        <translation>The token belongs to station {code}, not to {station}.</translation>
    </message>
    <message>
        <source>האסימון שייך לעמדה {hub_code}, לא לעמדה {code}. בדקו את קוד העמדה.</source>
        <translation>The token belongs to station {hub_code}, not to station {code}. Check the station code.</translation>
    </message>
    <message>
        <source>האסימון שייך לעמדה אחרת.</source>
        <translation>The token belongs to another station.</translation>
    </message>
    <message>
        <source>האסימון של העמדה {code} בוטל.</source>
        <translation>The token of station {code} was revoked.</translation>
    </message>
    <message>
        <source>האסימון של העמדה {code} בוטל: הנפקת אסימון חדש לה היא רק ב---now.</source>
        <translation>The token of station {code} was revoked: a new token for it can be issued only with --now.</translation>
    </message>
    <message>
        <source>הביקור לא נמצא.</source>
        <translation>The visit was not found.</translation>
    </message>
    <message>
        <source>הגדרת עמדה חדשה בלי אשף (להתקנה אוטומטית)</source>
        <translation>Set up a new station without the wizard (for automated installation)</translation>
    </message>
    <message>
        <source>הגדרת עמדה חדשה: המועצה על הקבלות, עמדה עצמאית או מחוברת למרכזת, ומנהל/ת המערכת הראשון/ה. --show מציג את ההגדרות הנוכחיות.</source>
        <translation>Sets up a new station: the council on the receipts, a standalone station or one connected to a hub, and the first system administrator. --show shows the current settings.</translation>
    </message>
    <message>
        <source>הגודל המרבי של בקשת שליחה אחת, במגה-בייט (ברירת מחדל: 8)</source>
        <translation>The largest single push request, in megabytes (default: 8)</translation>
    </message>
    <message>
        <source>הגיבוי {path} אינו קיים.</source>
        <translation>The backup {path} does not exist.</translation>
    </message>
    <message>
        <source>הגיבוי {path} מוצפן במפתח שאינו במאגר הסיסמאות של משתמש זה במחשב זה.</source>
        <translation>The backup {path} is encrypted with a key that is not in this user&apos;s credential store on this computer.</translation>
    </message>
    <message>
        <source>הגיבוי {path} נוצר בגרסה חדשה יותר של דלפק ({revision}); יש לעדכן את התוכנה.</source>
        <translation>The backup {path} was made by a newer version of Dalpak ({revision}); update the software.</translation>
    </message>
    <message>
        <source>הגעה ללובי</source>
        <translation>Lobby check-in</translation>
    </message>
    <message>
        <source>הדוח כ-JSON, עם כל השורות</source>
        <translation>The report as JSON, with every row</translation>
    </message>
    <message>
        <source>הדמו מוכן ({residents:,} תושבים).</source>
        <translation>The demo is ready ({residents:,} residents).</translation>
    </message>
    <message>
        <source>ההודעה לא נמצאה.</source>
        <translation>The message was not found.</translation>
    </message>
    <message>
        <source>ההיעדרות {start}–{end} בוטלה</source>
        <translation>The absence {start}–{end} was cancelled</translation>
    </message>
    <message>
        <source>ההיעדרות בוטלה</source>
        <translation>The absence was cancelled</translation>
    </message>
    <message>
        <source>ההיעדרות לא נמצאה או שכבר בוטלה.</source>
        <translation>The absence was not found or has already been cancelled.</translation>
    </message>
    <message>
        <source>ההנחה &quot;{discount}&quot; אינה מוכרת. קודים: {known}.</source>
        <translation>The discount &quot;{discount}&quot; is not recognised. Codes: {known}.</translation>
    </message>
    <message>
        <source>ההעתק אינו זהה למקור (מספר השורות שונה); לא שונה דבר.</source>
        <translation>The copy does not match the original (the number of rows differs); nothing was changed.</translation>
    </message>
    <message>
        <source>ההתנגשות כבר טופלה.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <source>ההתנגשות לא נמצאה.</source>
        <translation>The conflict was not found.</translation>
    </message>
    <message>
        <source>הודעה לתושב/ת</source>
        <translation>Message to the resident</translation>
    </message>
    <message>
        <source>הודעה נשלחה</source>
        <translation>Message sent</translation>
    </message>
    <message>
        <source>הוחזר לקטלוג</source>
        <translation>Returned to the catalog</translation>
    </message>
    <message>
        <source>הוספת משתמש (בכניסת מנהל/ת מערכת; הסיסמה נשאלת, או --password-stdin)</source>
        <translation>Add a user (with a system administrator&apos;s login; the password is asked for, or --password-stdin)</translation>
    </message>
    <message>
        <source>הוספת משתמש/ת</source>
        <translation>Adding a user</translation>
    </message>
    <message>
        <source>הופסק.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>הופק ב-{date} ({hebrew_date}) · עמוד {page} מתוך {pages}</source>
        <translation>Produced on {date} ({hebrew_date}) · page {page} of {pages}</translation>
    </message>
    <message>
        <source>הוצא מהקטלוג</source>
        <translation>Removed from the catalog</translation>
    </message>
    <message>
        <source>הוצעו</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>הורה יחיד</source>
        <translation>Single parent</translation>
    </message>
    <message>
        <source>הורה יחיד/ה</source>
        <translation>Single parent</translation>
    </message>
    <message>
        <source>הושלמה</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>החיבור למרכזת נכשל: {error}</source>
        <translation>Connecting to the hub failed: {error}</translation>
    </message>
    <message>
        <source>החלפת הסיסמה שלך</source>
        <translation>Change your own password</translation>
    </message>
    <message>
        <source>החשבון {name} במרכזת אינו של מנהל/ת מערכת. הקלידו חשבון מנהל/ת של המועצה, או רשמו אותו/ה קודם במסד המרכזת ונסו שוב: {command}</source>
        <translation>The account {name} on the hub is not a system administrator&apos;s. Type a council administrator&apos;s account, or first register it in the hub&apos;s database and try again: {command}</translation>
    </message>
    <message>
        <source>החשבון הזה הושבת.</source>
        <translation>This account has been deactivated.</translation>
    </message>
    <message>
        <source>החשבון הזה הושבת. לפרטים פנו למנהל/ת המערכת.</source>
        <translation>This account has been deactivated. Ask the system administrator for details.</translation>
    </message>
    <message>
        <source>הטבות</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>הטבות שהוצעו</source>
        <translation>Benefits offered</translation>
    </message>
    <message>
        <source>הטקסט ארוך מדי: עד {max_len} תווים.</source>
        <translation>The text is too long: at most {max_len} characters.</translation>
    </message>
    <message>
        <source>היישוב אינו מוכר.</source>
        <translation>The locality is not recognised.</translation>
    </message>
    <message>
        <source>היישוב אינו מוכר: יש לכתוב את שם היישוב במועצה או את הקוד שלו.</source>
        <translation>Unknown locality: write the name of a locality in the council, or its code.</translation>
    </message>
    <message>
        <source>היעדרויות</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>היתרה</source>
        <translation>The balance</translation>
    </message>
    <message>
        <source>הכותרת</source>
        <translation>The title</translation>
    </message>
    <message>
        <source>הכותרת ארוכה מדי (עד 200 תווים).</source>
        <translation>The title is too long (up to 200 characters).</translation>
    </message>
    <message>
        <source>הכלל {rule}: period חייב להיות once, permit או dog</source>
        <translation>Rule {rule}: period must be once, permit or dog</translation>
    </message>
    <message>
        <source>הכלל {rule}: {why}</source>
        <translation>Rule {rule}: {why}</translation>
    </message>
    <message>
        <source>הכלל {rule}: התו {mark} שמור למערכת</source>
        <translation>Rule {rule}: the character {mark} is reserved for the system</translation>
    </message>
    <message>
        <source>הכלל {rule}: חסר השדה {field}</source>
        <translation>Rule {rule}: the field {field} is missing</translation>
    </message>
    <message>
        <source>הכלל {rule}: לכלל יזום נדרש מכתב עם subject ו-done</source>
        <translation>Rule {rule}: a proactive rule needs a letter with subject and done</translation>
    </message>
    <message>
        <source>הכלל {rule}: סוג הפנייה {type} אינו בקטלוג</source>
        <translation>Rule {rule}: request type {type} is not in the catalogue</translation>
    </message>
    <message>
        <source>הכניסה בשם הזה נחסמה בעמדה זו אחרי {failures} ניסיונות שגויים. אפשר לנסות שוב בעוד {minutes} דקות (בשעה {until}).</source>
        <translation>Login with this name is blocked at this station after {failures} failed attempts. You may try again in {minutes} minutes (at {until}).</translation>
    </message>
    <message>
        <source>הכנת מסד הנתונים המרכזי עם נתוני המועצה</source>
        <translation>Prepare the central database with the council&apos;s data</translation>
    </message>
    <message>
        <source>הכפילות כבר טופלה.</source>
        <translation>This duplicate has already been handled.</translation>
    </message>
    <message>
        <source>הכפילות לא נמצאה.</source>
        <translation>The duplicate was not found.</translation>
    </message>
    <message>
        <source>הכתובת {url} היא http:// בלי הצפנה: האסימון של העמדה היה עובר ברשת גלוי. חיבור למרכזת ברשת הוא רק ב-https://; http:// מותר רק למחשב הזה עצמו (127.0.0.1 או localhost).</source>
        <translation>The address {url} is http:// without encryption: the station&apos;s token would cross the network in clear. Connecting to the hub over the network is only by https://; http:// is allowed only to this computer itself (127.0.0.1 or localhost).</translation>
    </message>
    <message>
        <source>הלובי</source>
        <translation>The lobby</translation>
    </message>
    <message>
        <source>הלובי של כל התחנות במועצה, לא רק של זו</source>
        <translation>The lobby of every station in the council, not only this one</translation>
    </message>
    <message>
        <source>המגדר אינו מוכר.</source>
        <translation>The gender is not recognised.</translation>
    </message>
    <message>
        <source>המועד שבחוק הוא מספר ימים קלנדריים (1 עד {most}), או ריק כשאין.</source>
        <translation>The statutory deadline is a number of calendar days (1 to {most}), or empty when there is none.</translation>
    </message>
    <message>
        <source>המועצה</source>
        <translation>The council</translation>
    </message>
    <message>
        <source>המחלקה לא נמצאה.</source>
        <translation>The department was not found.</translation>
    </message>
    <message>
        <source>המין</source>
        <translation>The gender</translation>
    </message>
    <message>
        <source>הממתינים היום לפי סדר הקריאה, ומי בעמדות</source>
        <translation>Today&apos;s waiting residents in calling order, and who is at the counters</translation>
    </message>
    <message>
        <source>המספר מחוץ לטווח ({low} עד {high}).</source>
        <translation>The number is out of range ({low} to {high}).</translation>
    </message>
    <message>
        <source>המערכת</source>
        <translation>The system</translation>
    </message>
    <message>
        <source>המרכזת (מול מסד הנתונים המרכזי)</source>
        <translation>The hub (against the central database)</translation>
    </message>
    <message>
        <source>המרכזת אינה זמינה כעת ({reason}). העמדה לא תרשום דבר עד לסנכרון מוצלח: dalpak sync או Ctrl+Shift+S ביישום.</source>
        <translation>The hub is not available now ({reason}). The station will record nothing until a successful sync: dalpak sync, or Ctrl+Shift+S in the app.</translation>
    </message>
    <message>
        <source>המרכזת בכתובת {host} לא ענתה בזמן. בדקו שהשירות פועל ושהרשת מאפשרת גישה.</source>
        <translation>The hub at {host} did not answer in time. Check that the service is running and that the network allows access.</translation>
    </message>
    <message>
        <source>המרכזת דחתה את הבקשה ({status}): {text}</source>
        <translation>The hub refused the request ({status}): {text}</translation>
    </message>
    <message>
        <source>המרכזת דחתה: {reason}</source>
        <translation>Refused by the hub: {reason}</translation>
    </message>
    <message>
        <source>המרכזת לא אישרה את כל הפעולות; ננסה שוב בסבב הבא.</source>
        <translation>The hub did not confirm all the operations; we will try again in the next round.</translation>
    </message>
    <message>
        <source>המרכזת לא מכירה את העמדה (אסימון שגוי או מבוטל).</source>
        <translation>The hub does not recognize this station (wrong or revoked token).</translation>
    </message>
    <message>
        <source>המרכזת לא תאזין ב-{host} בלי TLS: האסימונים של העמדות היו עוברים ברשת גלויים. הפיקו תעודה (dalpak hub cert --out DIR --host NAME) והוסיפו --cert ו---key, או האזינו ב-127.0.0.1. ({flag} עוקף זאת, לא מומלץ.)</source>
        <translation>The hub will not listen on {host} without TLS: the stations&apos; tokens would cross the network in clear. Make a certificate (dalpak hub cert --out DIR --host NAME) and add --cert and --key, or listen on 127.0.0.1. ({flag} overrides this; not recommended.)</translation>
    </message>
    <message>
        <source>המרכזת מאזינה ב-{url}</source>
        <translation>The hub is listening on {url}</translation>
    </message>
    <message>
        <source>המשימה כבר בוצעה.</source>
        <translation>The task has already been done.</translation>
    </message>
    <message>
        <source>המשימה לא נמצאה.</source>
        <translation>The task was not found.</translation>
    </message>
    <message>
        <source>המשתמש {name} אינו רשום במרכזת. עמדה מחוברת נפתחת בחשבון מנהל/ת של המועצה: רשמו אותו/ה קודם במסד המרכזת ונסו שוב: {command}</source>
        <translation>The user {name} is not registered on the hub. A connected station opens with a council administrator&apos;s account: first register it in the hub&apos;s database and try again: {command}</translation>
    </message>
    <message>
        <source>המשתמש {username} הופעל מחדש.</source>
        <translation>User {username} was reactivated.</translation>
    </message>
    <message>
        <source>המשתמש {username} הושבת; אחרי הסנכרון הבא לא ייכנס/תיכנס באף עמדה.</source>
        <translation>User {username} was deactivated; after the next sync they cannot log in at any station.</translation>
    </message>
    <message>
        <source>המשתמש {username} כבר מושבת.</source>
        <translation>The user {username} is already deactivated.</translation>
    </message>
    <message>
        <source>המשתמש {username} נוצר.</source>
        <translation>User {username} was created.</translation>
    </message>
    <message>
        <source>המשתמש {username} פעיל.</source>
        <translation>The user {username} is active.</translation>
    </message>
    <message>
        <source>המשתמש אינו קיים.</source>
        <translation>The user does not exist.</translation>
    </message>
    <message>
        <source>המשתמש לא נמצא.</source>
        <translation>The user was not found.</translation>
    </message>
    <message>
        <source>המשתמש שייך לעמדה אחרת ואינו עובד בעמדה הזו.</source>
        <translation>The user belongs to another station and does not work at this one.</translation>
    </message>
    <message>
        <source>המשתמש שרשום בפעולה אינו מוכר או אינו פעיל.</source>
        <translation>The user recorded in the operation is unknown or not active.</translation>
    </message>
    <message>
        <source>המתנה (דקות)</source>
        <translation>Wait (minutes)</translation>
    </message>
    <message>
        <source>המתנה ושירות בדלפק</source>
        <translation>Counter wait and service</translation>
    </message>
    <message>
        <source>המתנה ממוצעת (דקות)</source>
        <translation>Average wait (minutes)</translation>
    </message>
    <message>
        <source>הנושא</source>
        <translation>The topic</translation>
    </message>
    <message>
        <source>הנחות</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>הסטטוס</source>
        <translation>The status</translation>
    </message>
    <message>
        <source>הסטטוס &quot;{status}&quot; לאותו/ה תושב/ת</source>
        <translation>The status &quot;{status}&quot; for the same resident</translation>
    </message>
    <message>
        <source>הסיסמאות אינן זהות.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>הסיסמה אינה יכולה להיות שם המשתמש.</source>
        <translation>The password cannot be the user name.</translation>
    </message>
    <message>
        <source>הסיסמה אינה תואמת את החשבון {name} במרכזת.</source>
        <translation>The password does not match the account {name} on the hub.</translation>
    </message>
    <message>
        <source>הסיסמה הוחלפה.</source>
        <translation>The password was changed.</translation>
    </message>
    <message>
        <source>הסיסמה הזמנית מקובץ (&apos;-&apos;: מהקלט)</source>
        <translation>The temporary password from a file (&apos;-&apos;: from standard input)</translation>
    </message>
    <message>
        <source>הסיסמה החדשה והאימות שלה אינם זהים.</source>
        <translation>The new password and its confirmation do not match.</translation>
    </message>
    <message>
        <source>הסיסמה החדשה מקובץ (&apos;-&apos;: מהקלט)</source>
        <translation>The new password from a file (&apos;-&apos;: from standard input)</translation>
    </message>
    <message>
        <source>הסיסמה החדשה צריכה להיות שונה מהנוכחית.</source>
        <translation>The new password must be different from the current one.</translation>
    </message>
    <message>
        <source>הסיסמה החדשה: --new-password-file FILE (או &apos;-&apos; לקריאה מהקלט).</source>
        <translation>The new password: --new-password-file FILE (or &apos;-&apos; to read it from standard input).</translation>
    </message>
    <message>
        <source>הסיסמה הנוכחית מקובץ (&apos;-&apos;: מהקלט)</source>
        <translation>The current password from a file (&apos;-&apos;: from standard input)</translation>
    </message>
    <message>
        <source>הסיסמה הנוכחית שגויה.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>הסיסמה הנוכחית: </source>
        <translation>Current password: </translation>
    </message>
    <message>
        <source>הסיסמה הנוכחית: --password-file FILE (או &apos;-&apos; לקריאה מהקלט).</source>
        <translation>The current password: --password-file FILE (or &apos;-&apos; to read it from standard input).</translation>
    </message>
    <message>
        <source>הסיסמה קצרה מדי: לפחות 8 תווים.</source>
        <translation>The password is too short: at least 8 characters.</translation>
    </message>
    <message>
        <source>הסיסמה של {username} אופסה; בכניסה הבאה יתבקש/תתבקש לבחור סיסמה חדשה.</source>
        <translation>The password of {username} was reset; at the next login they will be asked to choose a new one.</translation>
    </message>
    <message>
        <source>הסיסמה של מנהל/ת המערכת מהשורה הראשונה בקובץ (&apos;-&apos;: מהקלט); בלעדיו: נשאלת</source>
        <translation>The system administrator&apos;s password from the first line of a file (&apos;-&apos;: from standard input); without it: asked for</translation>
    </message>
    <message>
        <source>הסתיים</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>הסתיימו עד התאריך הצפוי</source>
        <translation>Finished by the expected date</translation>
    </message>
    <message>
        <source>העברה</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <source>העברות</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>העברות לפריט</source>
        <translation>Transfers per item</translation>
    </message>
    <message>
        <source>העברת פריט</source>
        <translation>Item handed off</translation>
    </message>
    <message>
        <source>העובד/ת אינו/ה שייך/ת למחלקה שנבחרה.</source>
        <translation>The staff member does not belong to the chosen department.</translation>
    </message>
    <message>
        <source>העובד/ת שנבחר/ה אינו/ה פעיל/ה במערכת.</source>
        <translation>The selected employee is not active in the system.</translation>
    </message>
    <message>
        <source>העובדה {name} אינה מקבלת arg</source>
        <translation>the fact {name} takes no arg</translation>
    </message>
    <message>
        <source>העובדה {name} צריכה arg טקסטואלי</source>
        <translation>the fact {name} needs a text arg</translation>
    </message>
    <message>
        <source>העובדה {name} צריכה arg של [מגיל, עד גיל]</source>
        <translation>the fact {name} needs an arg of [from age, to age]</translation>
    </message>
    <message>
        <source>העמדה {code} מוגדרת (מחוברת למרכזת {hub}).</source>
        <translation>Station {code} is set up (connected to the hub {hub}).</translation>
    </message>
    <message>
        <source>העמדה {code} מוגדרת (עצמאית).</source>
        <translation>Station {code} is set up (standalone).</translation>
    </message>
    <message>
        <source>העמדה {code} נרשמה. האסימון (מוצג פעם אחת בלבד):</source>
        <translation>Station {code} was registered. The token (shown only once):</translation>
    </message>
    <message>
        <source>העמדה אינה מחוברת למרכזת: פניות שנפתחו אחרי הגיבוי אינן בו, ומספריהן עלולים לחזור על עצמם.</source>
        <translation>The station is not connected to a hub: cases opened after the backup are not in it, and their numbers may be used again.</translation>
    </message>
    <message>
        <source>העמדה הזו היא {station}; האסימון שייך ל-{code}.</source>
        <translation>This station is {station}; the token belongs to {code}.</translation>
    </message>
    <message>
        <source>העמדה התחברה למרכזת וקיבלה ממנה {operations:,} פעולות; אפשר לשרת.</source>
        <translation>The station connected to the hub and received {operations:,} operations from it; ready to serve.</translation>
    </message>
    <message>
        <source>העמדה כבר מוגדרת. מנהל/ת מערכת משנה אותה במסך &apos;הגדרות העמדה&apos;.</source>
        <translation>The station is already set up. A system administrator changes it on the &apos;Station settings&apos; screen.</translation>
    </message>
    <message>
        <source>העמדה נפתחת בחשבון המועצה {username} (מהמרכזת).</source>
        <translation>The station opens with the council&apos;s account {username} (from the hub).</translation>
    </message>
    <message>
        <source>העמדה עוד לא חוברה למרכזת: dalpak sync --hub URL --station CODE --token-file FILE</source>
        <translation>The station is not connected to a hub yet: dalpak sync --hub URL --station CODE --token-file FILE</translation>
    </message>
    <message>
        <source>העמדה שוחזרה מגיבוי ועדיין לא התחברה למרכזת. כדי שמספרי הפניות לא יחזרו על עצמם, אין לרשום דבר לפני סנכרון מוצלח (Ctrl+Shift+S או dalpak sync).</source>
        <translation>The station was restored from a backup and has not yet connected to the hub. So that case numbers are not repeated, record nothing before a successful sync (Ctrl+Shift+S or dalpak sync).</translation>
    </message>
    <message>
        <source>העמדה שוחזרה מגיבוי: אין לשרת לפני סנכרון מוצלח עם המרכזת</source>
        <translation>The station was restored from a backup: do not serve residents before a successful sync with the hub</translation>
    </message>
    <message>
        <source>העמודות &quot;{first}&quot; ו-&quot;{second}&quot; הן אותו שדה ({field}). יש להשאיר רק אחת מהן.</source>
        <translation>The columns &quot;{first}&quot; and &quot;{second}&quot; are the same field ({field}). Keep only one of them.</translation>
    </message>
    <message>
        <source>הערך (אינו מוצג): </source>
        <translation>Value (not shown): </translation>
    </message>
    <message>
        <source>הערך מהשורה הראשונה של קובץ (&apos;-&apos;: הקלט); כך נותנים סוד כמו smtp_password</source>
        <translation>The value from the first line of a file (&apos;-&apos;: standard input); the way to give a secret such as smtp_password</translation>
    </message>
    <message>
        <source>הפניות שנבחרו כבר באחריות העובד/ת הזה/ו.</source>
        <translation>The selected cases are already this employee&apos;s responsibility.</translation>
    </message>
    <message>
        <source>הפנייה נסגרה</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <source>הפנייה נפתחה</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>הפעולה אינה בהסגר (אולי כבר טופלה).</source>
        <translation>The operation is not in quarantine (perhaps it was already handled).</translation>
    </message>
    <message>
        <source>הפעולה חתומה בשם עמדה אחרת.</source>
        <translation>The operation is signed in the name of another station.</translation>
    </message>
    <message>
        <source>הפעולה נעשתה בעמדה אחרת: רק מפקח/ת בעמדה שבה נעשתה יכול/ה לטפל בה.</source>
        <translation>The operation was made at another station: only a supervisor at the station where it was made can handle it.</translation>
    </message>
    <message>
        <source>הפעלה מחדש של משתמש מושבת (בכניסת מנהל/ת מערכת)</source>
        <translation>Reactivate a deactivated user (with a system administrator&apos;s login)</translation>
    </message>
    <message>
        <source>הפעלת שירות המרכזת</source>
        <translation>Run the hub service</translation>
    </message>
    <message>
        <source>הפקודה דורשת כניסה של מנהל/ת מערכת: --admin USER ו- --password-file FILE (או &apos;-&apos; לקריאה מהקלט).</source>
        <translation>This command needs a system administrator&apos;s login: --admin USER and --password-file FILE (or &apos;-&apos; to read from standard input).</translation>
    </message>
    <message>
        <source>הפקודה הזו מותרת רק למנהלי מערכת.</source>
        <translation>This command is allowed only to system administrators.</translation>
    </message>
    <message>
        <source>הפריט כבר הסתיים; אי אפשר לעדכן אותו.</source>
        <translation>The item is already finished; it cannot be updated.</translation>
    </message>
    <message>
        <source>הפריט כבר הסתיים; אין מה להעביר.</source>
        <translation>The item is already finished; there is nothing to hand off.</translation>
    </message>
    <message>
        <source>הפריט כבר נמצא שם.</source>
        <translation>The item is already there.</translation>
    </message>
    <message>
        <source>הפריט לא נמצא.</source>
        <translation>The item was not found.</translation>
    </message>
    <message>
        <source>הצגה ושינוי של הגדרות העמדה</source>
        <translation>Show and change the station&apos;s settings</translation>
    </message>
    <message>
        <source>הצגת ההגדרות הנוכחיות בלבד</source>
        <translation>Only show the current settings</translation>
    </message>
    <message>
        <source>הצגת העזרה הזו ויציאה</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>הצעד הבא: {step}; צפוי {date}</source>
        <translation>Next step: {step}; expected {date}</translation>
    </message>
    <message>
        <source>הצעות</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>הצפנת מסד נתונים קיים של העמדה (כשהיישום סגור)</source>
        <translation>Encrypt the station&apos;s existing database (while the app is closed)</translation>
    </message>
    <message>
        <source>הקבלה נשמרה: {path}</source>
        <translation>The receipt was saved: {path}</translation>
    </message>
    <message>
        <source>הקובץ {path} אינו גיבוי של דלפק.</source>
        <translation>The file {path} is not a Dalpak backup.</translation>
    </message>
    <message>
        <source>הקובץ {path} אינו מסד נתונים של דלפק (או שהוא פגום).</source>
        <translation>The file {path} is not a Dalpak database (or it is damaged).</translation>
    </message>
    <message>
        <source>הקובץ {path} אינו מסד נתונים של עמדת דלפק.</source>
        <translation>The file {path} is not a Dalpak station database.</translation>
    </message>
    <message>
        <source>הקובץ או התיקייה אינם קיימים</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <source>הקובץ כבר קיים</source>
        <translation>the file already exists</translation>
    </message>
    <message>
        <source>הקובץ לא נמצא: {path}</source>
        <translation>The file was not found: {path}</translation>
    </message>
    <message>
        <source>הקובץ מסומן כ-UTF-8 אך יש בו תווים פגומים.</source>
        <translation>The file is marked as UTF-8 but contains damaged characters.</translation>
    </message>
    <message>
        <source>הקובץ ריק: אין בו שורת כותרות.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
    <message>
        <source>הקוד</source>
        <translation>The code</translation>
    </message>
    <message>
        <source>הקוד {code} כבר קיים בקטלוג.</source>
        <translation>The code {code} already exists in the catalogue.</translation>
    </message>
    <message>
        <source>הקרבה</source>
        <translation>The relationship</translation>
    </message>
    <message>
        <source>הריון</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <source>הרכב {plate}</source>
        <translation>Vehicle {plate}</translation>
    </message>
    <message>
        <source>הרשומה לא נמצאה בקטלוג.</source>
        <translation>The entry was not found in the catalogue.</translation>
    </message>
    <message>
        <source>השבב {chip}</source>
        <translation>Chip {chip}</translation>
    </message>
    <message>
        <source>השבתת משתמש: לא ייכנס עוד לאף עמדה (בכניסת מנהל/ת מערכת)</source>
        <translation>Deactivate a user: they will no longer log in at any station (with a system administrator&apos;s login)</translation>
    </message>
    <message>
        <source>השורה מתאימה לאותה רשומה קיימת כמו שורה {row}.</source>
        <translation>The row matches the same existing record as row {row}.</translation>
    </message>
    <message>
        <source>השורות התקינות יובאו; השורות השגויות לא יובאו.</source>
        <translation>The valid rows were imported; the wrong rows were not.</translation>
    </message>
    <message>
        <source>השטח</source>
        <translation>The area</translation>
    </message>
    <message>
        <source>השירות בדלפק הסתיים</source>
        <translation>Service at the counter ended</translation>
    </message>
    <message>
        <source>השם</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>השם המלא</source>
        <translation>The full name</translation>
    </message>
    <message>
        <source>השם המלא של מנהל/ת המערכת</source>
        <translation>The system administrator&apos;s full name</translation>
    </message>
    <message>
        <source>השם כפי שנמסר</source>
        <translation>The name as given</translation>
    </message>
    <message>
        <source>השעון של המחשב רחוק משעון המרכזת ב-{minutes} דקות</source>
        <translation>The computer&apos;s clock is {minutes} minutes off the hub&apos;s clock</translation>
    </message>
    <message>
        <source>השפה</source>
        <translation>The language</translation>
    </message>
    <message>
        <source>השפה אינה מוכרת.</source>
        <translation>The language is not recognised.</translation>
    </message>
    <message>
        <source>התאריך אינו תקין.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>התאריך הצפוי כבר עבר; יש לקבוע תאריך מהיום והלאה.</source>
        <translation>The expected date has already passed; set a date from today onwards.</translation>
    </message>
    <message>
        <source>התו {mark} שמור למערכת ואינו יכול להופיע כאן.</source>
        <translation>The character {mark} is reserved for the system and cannot appear here.</translation>
    </message>
    <message>
        <source>התור {ticket} כבר אינו ממתין.</source>
        <translation>Ticket {ticket} is no longer waiting.</translation>
    </message>
    <message>
        <source>התור {ticket} כבר הסתיים.</source>
        <translation>Ticket {ticket} has already been served.</translation>
    </message>
    <message>
        <source>התור {ticket} כבר עזב/ה בלי שירות.</source>
        <translation>Ticket {ticket} already left without being served.</translation>
    </message>
    <message>
        <source>התור {ticket} עדיין לא נקרא לעמדה.</source>
        <translation>Ticket {ticket} has not been called to a counter yet.</translation>
    </message>
    <message>
        <source>התושב/ת לא נמצא/ה.</source>
        <translation>The resident was not found.</translation>
    </message>
    <message>
        <source>התיקייה {folder} אינה קיימת</source>
        <translation>the folder {folder} does not exist</translation>
    </message>
    <message>
        <source>התיקייה שאליה ייכתבו ca.pem, hub.pem ו-hub.key</source>
        <translation>The folder to write ca.pem, hub.pem and hub.key to</translation>
    </message>
    <message>
        <source>התפקיד אינו מוכר.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>התקבלה</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>התקבלו</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>התרגום ארוך מדי (עד {most} תווים).</source>
        <translation>The translation is too long (up to {most} characters).</translation>
    </message>
    <message>
        <source>התשובה לא נמצאה במאגר.</source>
        <translation>The answer was not found in the knowledge base.</translation>
    </message>
    <message>
        <source>וואטסאפ</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>זה עובד רק על מסד הנתונים של עמדה (קובץ SQLite); את מסד הנתונים של המרכזת מגבים בכלים של PostgreSQL (pg_dump).</source>
        <translation>This works only on a station&apos;s database (an SQLite file); the hub&apos;s database is backed up with PostgreSQL&apos;s tools (pg_dump).</translation>
    </message>
    <message>
        <source>זהו מנהל/ת המערכת הפעיל/ה האחרון/ה: אי אפשר להשבית.</source>
        <translation>This is the last active system administrator: they cannot be deactivated.</translation>
    </message>
    <message>
        <source>זו תהיה העברה מספר {number}. אמנת השירות: לא יותר משני אנשים לתושב/ת. אפשר להעביר רק עם אישור וסיבה מפורטת.</source>
        <translation>This would be handoff number {number}. The service charter: no more than two people per resident. It can be handed off only with confirmation and a detailed reason.</translation>
    </message>
    <message>
        <source>זו תיקייה ולא קובץ</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>זמן הטיפול הוא מספר ימי עבודה (0 עד 120).</source>
        <translation>The handling time is a number of working days (0 to 120).</translation>
    </message>
    <message>
        <source>זמן טיפול (ימי עבודה)</source>
        <translation>Handling time (business days)</translation>
    </message>
    <message>
        <source>חדש/ה</source>
        <translation>New</translation>
    </message>
    <message>
        <source>חזרה לתושב/ת</source>
        <translation>Callback to the resident</translation>
    </message>
    <message>
        <source>חייל/ת</source>
        <translation>Soldier</translation>
    </message>
    <message>
        <source>חייל/ת בשירות סדיר</source>
        <translation>Soldier in regular service</translation>
    </message>
    <message>
        <source>חיסון כלבת</source>
        <translation>Rabies vaccination</translation>
    </message>
    <message>
        <source>חלק מהנתיב אינו תיקייה</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>חסר מספר תעודת זהות.</source>
        <translation>The ID number is missing.</translation>
    </message>
    <message>
        <source>חסר ערך: {field}.</source>
        <translation>A value is missing: {field}.</translation>
    </message>
    <message>
        <source>חסרה בקובץ עמודת חובה: {names}. הכותרות שנמצאו בשורה 1: {found}.</source>
        <translation>A required column is missing from the file: {names}. Headers found in row 1: {found}.</translation>
    </message>
    <message>
        <source>חסרה החבילה {package}: pip install &apos;dalpak[hub]&apos;</source>
        <translation>The package {package} is missing: pip install &apos;dalpak[hub]&apos;</translation>
    </message>
    <message>
        <source>חסרים בה נתונים</source>
        <translation>data is missing from it</translation>
    </message>
    <message>
        <source>חסרים הארגומנטים: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>חסרים פרטים להתקנה: {missing}</source>
        <translation>Details missing for the setup: {missing}</translation>
    </message>
    <message>
        <source>חציון</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>חרגו מהתאריך הצפוי</source>
        <translation>Past the expected date</translation>
    </message>
    <message>
        <source>חשבון מספר {number}</source>
        <translation>Account number {number}</translation>
    </message>
    <message>
        <source>חשבון מספר {number} כבר רשום.</source>
        <translation>Account number {number} is already registered.</translation>
    </message>
    <message>
        <source>חשבונות ארנונה</source>
        <translation>arnona (property tax) accounts</translation>
    </message>
    <message>
        <source>טלפון</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>טלפון נוסף</source>
        <translation>Additional phone</translation>
    </message>
    <message>
        <source>טקסט</source>
        <translation>text</translation>
    </message>
    <message>
        <source>יומן גישה</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>ייבוא {kind} מהקובץ {file}</source>
        <translation>Import of {kind} from the file {file}</translation>
    </message>
    <message>
        <source>ייבוא תושבים או נתוניהם מקובץ CSV או Excel (xlsx)</source>
        <translation>Import residents or their data from a CSV or Excel (xlsx) file</translation>
    </message>
    <message>
        <source>ייצוא</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>יישוב</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>ימים מהפתיחה</source>
        <translation>Days since opened</translation>
    </message>
    <message>
        <source>יצירת מסד נתונים ריק עם נתוני המועצה</source>
        <translation>Create an empty database with the council&apos;s data</translation>
    </message>
    <message>
        <source>יש לבחור למי להעביר: עובד/ת או מחלקה.</source>
        <translation>Choose whom to transfer to: an employee or a department.</translation>
    </message>
    <message>
        <source>יש לבחור מחלקה.</source>
        <translation>Select a department.</translation>
    </message>
    <message>
        <source>יש לבחור מצב.</source>
        <translation>Choose a status.</translation>
    </message>
    <message>
        <source>יש לבחור שפת תרגום: ערבית, רוסית או אנגלית.</source>
        <translation>Please choose a translation language: Arabic, Russian or English.</translation>
    </message>
    <message>
        <source>יש לבחור תושב/ת או להקליד שם.</source>
        <translation>Choose a resident or type a name.</translation>
    </message>
    <message>
        <source>יש להדביק את האסימון שהמרכזת הפיקה לעמדה.</source>
        <translation>Paste the token the hub issued for the station.</translation>
    </message>
    <message>
        <source>יש להוסיף לפנייה לפחות נושא אחד.</source>
        <translation>Please add at least one subject to the case.</translation>
    </message>
    <message>
        <source>יש להחליף את הסיסמה לפני כל פעולה אחרת: dalpak user passwd {username} (או בכניסה ליישום).</source>
        <translation>The password must be changed before anything else: dalpak user passwd {username} (or by logging in to the app).</translation>
    </message>
    <message>
        <source>יש להקליד את הסיסמה של החשבון במרכזת.</source>
        <translation>Type the password of the account on the hub.</translation>
    </message>
    <message>
        <source>יש להקליד מספר תעודת זהות.</source>
        <translation>Type an ID number.</translation>
    </message>
    <message>
        <source>יש להקליד שם משפחה.</source>
        <translation>Please type the last name.</translation>
    </message>
    <message>
        <source>יש להקליד שם פרטי.</source>
        <translation>Please type the first name.</translation>
    </message>
    <message>
        <source>יש לכתוב את השנה בארבע ספרות.</source>
        <translation>Write the year in four digits.</translation>
    </message>
    <message>
        <source>יש לכתוב את התוצאה במילים שהתושב/ת יבינו (לפחות משפט קצר).</source>
        <translation>Write the outcome in words the resident will understand (at least a short sentence).</translation>
    </message>
    <message>
        <source>יש לכתוב את התשובה עצמה (לפחות משפט אחד).</source>
        <translation>Please write the answer itself (at least one sentence).</translation>
    </message>
    <message>
        <source>יש לכתוב את סיבת ההעברה.</source>
        <translation>Type the reason for the transfer.</translation>
    </message>
    <message>
        <source>יש לכתוב את שם סוג הפנייה.</source>
        <translation>Please write the name of the request type.</translation>
    </message>
    <message>
        <source>יש לכתוב בקצרה מה נאמר או מה נעשה.</source>
        <translation>Write briefly what was said or done.</translation>
    </message>
    <message>
        <source>יש לכתוב יום/חודש/שנה (למשל 15/03/1980) או שנה-חודש-יום (1980-03-15).</source>
        <translation>Write day/month/year (e.g. 15/03/1980) or year-month-day (1980-03-15).</translation>
    </message>
    <message>
        <source>יש לכתוב כותרת לתשובה.</source>
        <translation>Please write a title for the answer.</translation>
    </message>
    <message>
        <source>יש לכתוב למה הפעולה מבוטלת.</source>
        <translation>Write why the operation is discarded.</translation>
    </message>
    <message>
        <source>יש לכתוב לפחות צעד המשך אחד: מה יקרה אחרי הדלפק.</source>
        <translation>Please write at least one next step: what happens after the counter.</translation>
    </message>
    <message>
        <source>יש לכתוב מה הצעד הבא, במפורש (למשל: &quot;מהנדס יבקר בנכס ויכין חוות דעת&quot;).</source>
        <translation>Write the next step explicitly (for example: &quot;An engineer will visit the property and prepare an opinion&quot;).</translation>
    </message>
    <message>
        <source>יש לכתוב מספר, למשל 120.50.</source>
        <translation>Write a number, e.g. 120.50.</translation>
    </message>
    <message>
        <source>יש למלא את השם המלא של מנהל/ת המערכת.</source>
        <translation>Fill in the system administrator&apos;s full name.</translation>
    </message>
    <message>
        <source>יש למלא את שם המועצה כפי שיודפס על הקבלות.</source>
        <translation>Fill in the council&apos;s name as it will be printed on the receipts.</translation>
    </message>
    <message>
        <source>יש למלא שם משתמש ושם מלא.</source>
        <translation>Enter a user name and a full name.</translation>
    </message>
    <message>
        <source>יש לקבוע תאריך צפוי. &quot;יטופל&quot; בלי תאריך אינו תשובה.</source>
        <translation>Set an expected date. &quot;Will be handled&quot; without a date is not an answer.</translation>
    </message>
    <message>
        <source>יש לרשום את מספר העמדה.</source>
        <translation>Enter the counter number.</translation>
    </message>
    <message>
        <source>יש לרשום בקצרה למה התושב/ת ויתר/ה על ההצעה.</source>
        <translation>Note briefly why the resident declined the offer.</translation>
    </message>
    <message>
        <source>יש לרשום שביעות רצון בין 1 ל-5.</source>
        <translation>Record satisfaction between 1 and 5.</translation>
    </message>
    <message>
        <source>יש לתרגם כל שורה בשורה משלה: {wanted} שורות, כמו בעברית (נכתבו {written}).</source>
        <translation>Translate each line on a line of its own: {wanted} lines, as in Hebrew ({written} were written).</translation>
    </message>
    <message>
        <source>יש פעולות שלא נשלחו למרכזת כבר {days} ימים</source>
        <translation>Some operations have not been sent to the hub for {days} days</translation>
    </message>
    <message>
        <source>יתרה</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>כבר יש סוג פנייה בשם הזה ({code}).</source>
        <translation>There is already a request type with this name ({code}).</translation>
    </message>
    <message>
        <source>כבר יש תשובה בכותרת הזאת ({code}).</source>
        <translation>There is already an answer with this title ({code}).</translation>
    </message>
    <message>
        <source>כבר קיימת עמדה בקוד {code}.</source>
        <translation>A station with the code {code} already exists.</translation>
    </message>
    <message>
        <source>כבר רשום/ה תושב/ת באותו שם ובאותו תאריך לידה. האם זה אותו אדם?</source>
        <translation>A resident with the same name and date of birth is already registered. Is this the same person?</translation>
    </message>
    <message>
        <source>כותרת</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>כל המחלקות, הפקידים, היישובים וסוגי הפניות</source>
        <translation>All departments, clerks, localities and case types</translation>
    </message>
    <message>
        <source>כלב באותו שם לאותו/ה תושב/ת</source>
        <translation>A dog of the same name for the same resident</translation>
    </message>
    <message>
        <source>כמה גיבויים אחרונים לשמור (ברירת מחדל: ההגדרה backup_keep)</source>
        <translation>How many of the latest backups to keep (default: the backup_keep setting)</translation>
    </message>
    <message>
        <source>כן או לא (true/false)</source>
        <translation>yes or no (true/false)</translation>
    </message>
    <message>
        <source>כניסות למערכת (סיסמה לכולם: {password}):</source>
        <translation>Logins (the same password for all: {password}):</translation>
    </message>
    <message>
        <source>כרטיס תושב/ת</source>
        <translation>Resident profile</translation>
    </message>
    <message>
        <source>כשגם --password-file - וגם --password-stdin: השורה הראשונה בקלט היא סיסמת המנהל/ת, השנייה סיסמת המשתמש החדש.</source>
        <translation>With both --password-file - and --password-stdin: the first line of standard input is the administrator&apos;s password, the second the new user&apos;s.</translation>
    </message>
    <message>
        <source>כתובת</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>כתובת IP שגויה: {error}</source>
        <translation>Wrong IP address: {error}</translation>
    </message>
    <message>
        <source>כתובת IP של המרכזת (אפשר כמה פעמים)</source>
        <translation>An IP address of the hub (may be given several times)</translation>
    </message>
    <message>
        <source>כתובת הדוא&quot;ל אינה תקינה, למשל: name@example.com</source>
        <translation>The e-mail address is not valid, for example: name@example.com</translation>
    </message>
    <message>
        <source>כתובת המרכזת אינה תקינה. למשל: https://hub.council.local:8443</source>
        <translation>The hub address is not valid. For example: https://hub.council.local:8443</translation>
    </message>
    <message>
        <source>כתובת המרכזת אינה תקינה: חסר שם שרת או שמספר הפורט שגוי.</source>
        <translation>The hub address is not valid: the server name is missing or the port number is wrong.</translation>
    </message>
    <message>
        <source>כתובת המרכזת צריכה להתחיל ב-https:// (או http:// למחשב הזה עצמו), למשל https://hub.council.local:8443</source>
        <translation>The hub address must start with https:// (or http:// for this computer itself), for example https://hub.council.local:8443</translation>
    </message>
    <message>
        <source>כתובת המרכזת, למשל https://hub.council.local:8443</source>
        <translation>The hub&apos;s address, for example https://hub.council.local:8443</translation>
    </message>
    <message>
        <source>כתובת המרכזת, למשל https://hub.example:8443</source>
        <translation>The hub&apos;s address, for example https://hub.example:8443</translation>
    </message>
    <message>
        <source>כתובת מסד הנתונים (SQLAlchemy URL); ברירת מחדל: ${variable} או קובץ SQLite בתיקיית הנתונים</source>
        <translation>The database address (SQLAlchemy URL); default: ${variable} or an SQLite file in the data folder</translation>
    </message>
    <message>
        <source>כתובת מסד הנתונים אינה תקינה: {where}
דוגמאות: sqlite:///C:/Dalpak/dalpak.sqlite3 או postgresql://user@host/dalpak</source>
        <translation>The database address is not valid: {where}
Examples: sqlite:///C:/Dalpak/dalpak.sqlite3 or postgresql://user@host/dalpak</translation>
    </message>
    <message>
        <source>כתיבת קבלה לקובץ PDF</source>
        <translation>Write a receipt to a PDF file</translation>
    </message>
    <message>
        <source>ל-TLS צריך גם --cert וגם --key.</source>
        <translation>TLS needs both --cert and --key.</translation>
    </message>
    <message>
        <source>ל{department} (העברה {number}). סיבה: {reason}</source>
        <translation>to {department} (handoff {number}). Reason: {reason}</translation>
    </message>
    <message>
        <source>ל{where}. סיבה: {reason}</source>
        <translation>to {where}. Reason: {reason}</translation>
    </message>
    <message>
        <source>לא נבחרו פניות להעברה.</source>
        <translation>No cases were selected for transfer.</translation>
    </message>
    <message>
        <source>לא נבחרו פריטים להעברה.</source>
        <translation>No items were selected for transfer.</translation>
    </message>
    <message>
        <source>לא ניתן לבצע</source>
        <translation>Cannot be done</translation>
    </message>
    <message>
        <source>לא ניתן להחיל במרכזת: {cause}.</source>
        <translation>Could not be applied at the hub: {cause}.</translation>
    </message>
    <message>
        <source>לא ניתן להחיל בעמדה: {cause}.</source>
        <translation>Could not be applied at the station: {cause}.</translation>
    </message>
    <message>
        <source>לא ניתן ליצור את תיקיית הגיבויים {folder}: {error}.</source>
        <translation>The backup folder {folder} cannot be created: {error}.</translation>
    </message>
    <message>
        <source>לא ניתן לפתוח את מסד הנתונים {path}: {why}.</source>
        <translation>The database {path} cannot be opened: {why}.</translation>
    </message>
    <message>
        <source>לא ניתן לפתוח את קובץ ה-Excel: {error}</source>
        <translation>The Excel file cannot be opened: {error}</translation>
    </message>
    <message>
        <source>לא ניתן לקרוא את הגיבוי {path}: מפתח אחר או קובץ פגום ({error}).</source>
        <translation>The backup {path} cannot be read: a different key or a damaged file ({error}).</translation>
    </message>
    <message>
        <source>לא ניתן לקרוא את הקובץ: הקידוד אינו UTF-8 ואינו Windows-1255.</source>
        <translation>The file cannot be read: its encoding is neither UTF-8 nor Windows-1255.</translation>
    </message>
    <message>
        <source>לא ניתן לקרוא ממאגר הסיסמאות של מערכת ההפעלה ({error}). ייתכן שהוא נעול: יש להתחבר מחדש למחשב או לפנות לצוות המחשוב.</source>
        <translation>The operating system&apos;s password store cannot be read ({error}). It may be locked: sign in to the computer again or contact the IT team.</translation>
    </message>
    <message>
        <source>לא ניתן לשמור במאגר הסיסמאות של מערכת ההפעלה ({error}).</source>
        <translation>Cannot save to the operating system&apos;s password store ({error}).</translation>
    </message>
    <message>
        <source>לא נמצא במחשב מאגר סיסמאות של מערכת ההפעלה (Windows Credential Manager, או Secret Service בלינוקס: GNOME Keyring או KWallet, פתוח בהתחברות). מפתח ההצפנה של מסד הנתונים נשמר רק שם. יש לפנות לצוות המחשוב.</source>
        <translation>No operating system password store was found on this computer (Windows Credential Manager, or Secret Service on Linux: GNOME Keyring or KWallet, unlocked at sign-in). The database&apos;s encryption key is kept only there. Contact the IT team.</translation>
    </message>
    <message>
        <source>לא נמצא משתמש שיהיה הבעלים של הפניות היזומות (--owner USERNAME).</source>
        <translation>No user was found to own the proactive cases (--owner USERNAME).</translation>
    </message>
    <message>
        <source>לא נמצא/ה במסד תושב/ת עם תעודת הזהות {number}. יש לייבא קודם את קובץ התושבים או לרשום אותו/ה בדלפק.</source>
        <translation>No resident with ID number {number} was found in the database. Import the residents file first, or register the resident at the counter.</translation>
    </message>
    <message>
        <source>לא נמצאה פנייה שמספרה {number}.</source>
        <translation>No case numbered {number} was found.</translation>
    </message>
    <message>
        <source>לא נשמרה במרכזת: מספר פעולה שכבר נמצא בשימוש (גיבוי ששוחזר?).</source>
        <translation>Not stored at the hub: an operation number already in use (a restored backup?).</translation>
    </message>
    <message>
        <source>לא נשמרה בעמדה: מספר פעולה שכבר נמצא בשימוש (גיבוי ששוחזר?).</source>
        <translation>Not stored at the station: an operation number already in use (a restored backup?).</translation>
    </message>
    <message>
        <source>לא שונה דבר: יש לתקן את הערך שבגללו הפעולה בהסגר.</source>
        <translation>Nothing was changed: correct the value that put the operation in quarantine.</translation>
    </message>
    <message>
        <source>לבטל פעולות מההסגר</source>
        <translation>to discard operations from the quarantine</translation>
    </message>
    <message>
        <source>לבנות רק אם אין עדיין תושבים במסד</source>
        <translation>Build only if the database has no residents yet</translation>
    </message>
    <message>
        <source>לבצע משימה</source>
        <translation>to complete a task</translation>
    </message>
    <message>
        <source>לדווח בלבד, בלי ליצור דבר</source>
        <translation>Report only, create nothing</translation>
    </message>
    <message>
        <source>לדחות את האסימון הישן מיד (מחשב שאבד, עובד/ת שעזב/ה)</source>
        <translation>Refuse the old token at once (a lost computer, an employee who left)</translation>
    </message>
    <message>
        <source>להאזין ברשת ב-http:// גלוי, בלי TLS (לא מומלץ: האסימונים עוברים גלויים)</source>
        <translation>Listen on the network over plain http://, without TLS (not recommended: the tokens travel in clear)</translation>
    </message>
    <message>
        <source>להוסיף משתמשים</source>
        <translation>to add users</translation>
    </message>
    <message>
        <source>להעביר נושא למחלקה אחרת</source>
        <translation>to hand a topic off to another department</translation>
    </message>
    <message>
        <source>להעביר עבודה בין עובדים ומחלקות</source>
        <translation>to move work between staff and departments</translation>
    </message>
    <message>
        <source>להפעיל את הסריקה היזומה</source>
        <translation>to run the proactive scan</translation>
    </message>
    <message>
        <source>להפעלת המרכזת צריך את חבילות המרכזת, והחבילה {package} אינה מותקנת.</source>
        <translation>Running the hub needs the hub packages, and the package {package} is not installed.</translation>
    </message>
    <message>
        <source>להציע הטבות לתושבים</source>
        <translation>to offer benefits to residents</translation>
    </message>
    <message>
        <source>להתקנה: pip install &apos;dalpak[hub]&apos;</source>
        <translation>To install: pip install &apos;dalpak[hub]&apos;</translation>
    </message>
    <message>
        <source>לחיבור ראשון צריך את שלושתם: --hub, --station ו---token-file.</source>
        <translation>A first connection needs all three: --hub, --station and --token-file.</translation>
    </message>
    <message>
        <source>לחפש תושבים</source>
        <translation>to search residents</translation>
    </message>
    <message>
        <source>לטעון את נתוני המועצה</source>
        <translation>to load the council&apos;s data</translation>
    </message>
    <message>
        <source>לטפל בהתנגשויות ובכפילויות</source>
        <translation>to handle conflicts and duplicates</translation>
    </message>
    <message>
        <source>לייבא את השורות התקינות ולדווח על השגויות</source>
        <translation>Import the valid rows and report the wrong ones</translation>
    </message>
    <message>
        <source>לייבא קובצי תושבים</source>
        <translation>to import residents&apos; files</translation>
    </message>
    <message>
        <source>ללא</source>
        <translation>None</translation>
    </message>
    <message>
        <source>ללא טלפון</source>
        <translation>no phone</translation>
    </message>
    <message>
        <source>ללא שינוי</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>למזג רשומות של תושבים</source>
        <translation>to merge residents&apos; records</translation>
    </message>
    <message>
        <source>למכתבים להדפסה: --letters DIR או --batch FILE.pdf (בהרצה הבאה לא ייווצרו שוב).</source>
        <translation>For letters to print: --letters DIR or --batch FILE.pdf (the next run will not make them again).</translation>
    </message>
    <message>
        <source>למסד נתונים PostgreSQL צריך את חבילות המרכזת, והחבילה {package} אינה מותקנת.</source>
        <translation>A PostgreSQL database needs the hub packages, and the package {package} is not installed.</translation>
    </message>
    <message>
        <source>לנהל משתמשים (השבתה, הפעלה מחדש, איפוס סיסמה)</source>
        <translation>to manage users (deactivate, reactivate, reset password)</translation>
    </message>
    <message>
        <source>לנסות שוב פעולות מההסגר</source>
        <translation>to retry operations from the quarantine</translation>
    </message>
    <message>
        <source>לעבוד עם תור הלובי</source>
        <translation>to work with the lobby queue</translation>
    </message>
    <message>
        <source>לעדכן נושא בפנייה</source>
        <translation>to update a topic of a case</translation>
    </message>
    <message>
        <source>לעדכן נכסים והיתרים של תושבים</source>
        <translation>to update residents&apos; properties and permits</translation>
    </message>
    <message>
        <source>לעדכן פרטי תושבים</source>
        <translation>to update residents&apos; details</translation>
    </message>
    <message>
        <source>לעיין בהיסטוריית ההגדרות</source>
        <translation>to view the settings history</translation>
    </message>
    <message>
        <source>לעיין ביומן הגישה ולייצא אותו</source>
        <translation>to view and export the access log</translation>
    </message>
    <message>
        <source>לעיין בנכסים ובהיתרים של תושבים</source>
        <translation>to view residents&apos; properties and permits</translation>
    </message>
    <message>
        <source>לעיין בעבודה שלך</source>
        <translation>to view your own work</translation>
    </message>
    <message>
        <source>לעיין בעומס העבודה ובמדדים</source>
        <translation>to view the workload and the figures</translation>
    </message>
    <message>
        <source>לעיין בפנייה</source>
        <translation>to view a case</translation>
    </message>
    <message>
        <source>לעיין ברשימת כל הפניות</source>
        <translation>to view the list of all cases</translation>
    </message>
    <message>
        <source>לעמדה {code} הונפק אסימון חדש; הישן נדחה מעכשיו. האסימון (מוצג פעם אחת בלבד):</source>
        <translation>Station {code} was issued a new token; the old one is refused from now on. The token (shown only once):</translation>
    </message>
    <message>
        <source>לעמדה {code} הונפק אסימון חדש; הישן עובד עד שהעמדה תשתמש בחדש פעם אחת. האסימון (מוצג פעם אחת בלבד):</source>
        <translation>Station {code} was issued a new token; the old one works until the station uses the new one once. The token (shown only once):</translation>
    </message>
    <message>
        <source>לערוך את כללי הזכאות</source>
        <translation>to edit the eligibility rules</translation>
    </message>
    <message>
        <source>לערוך את מאגר המידע</source>
        <translation>to edit the knowledge base</translation>
    </message>
    <message>
        <source>לערוך את קטלוג סוגי הפניות</source>
        <translation>to edit the case type catalog</translation>
    </message>
    <message>
        <source>לערוך את תרגומי הקטלוג</source>
        <translation>to edit the catalog&apos;s translations</translation>
    </message>
    <message>
        <source>לפי שעת ההגעה; כל ימי התקופה יחד</source>
        <translation>By arrival time; all days of the period together</translation>
    </message>
    <message>
        <source>לפתוח כרטיס תושב/ת</source>
        <translation>to open a resident&apos;s profile</translation>
    </message>
    <message>
        <source>לפתוח פניות</source>
        <translation>to open cases</translation>
    </message>
    <message>
        <source>לקבוע היעדרויות</source>
        <translation>to set absences</translation>
    </message>
    <message>
        <source>לקשר בדוא&quot;ל נדרשת כתובת דוא&quot;ל.</source>
        <translation>Contact by e-mail needs an e-mail address.</translation>
    </message>
    <message>
        <source>לקשר במסרון או בוואטסאפ נדרש מספר נייד.</source>
        <translation>Contact by SMS or WhatsApp needs a mobile number.</translation>
    </message>
    <message>
        <source>לראות את תור הלובי</source>
        <translation>to see the lobby queue</translation>
    </message>
    <message>
        <source>לראות מה תמצא הסריקה היזומה</source>
        <translation>to see what the proactive scan would find</translation>
    </message>
    <message>
        <source>לראות תעודת זהות, תאריך לידה וצורכי נגישות</source>
        <translation>to see ID numbers, dates of birth and accessibility needs</translation>
    </message>
    <message>
        <source>לרשום צפייה בפרטים אישיים</source>
        <translation>to record viewing personal details</translation>
    </message>
    <message>
        <source>לרשום תושבים</source>
        <translation>to register residents</translation>
    </message>
    <message>
        <source>לשלוח הודעות מתיבת היוצא</source>
        <translation>to send messages from the outbox</translation>
    </message>
    <message>
        <source>לשלוח לתושב/ת עדכון על פנייה</source>
        <translation>to send a resident an update on a case</translation>
    </message>
    <message>
        <source>לשמור טיוטת פנייה</source>
        <translation>to save a draft case</translation>
    </message>
    <message>
        <source>לשנות את הגדרות העמדה</source>
        <translation>to change the station&apos;s settings</translation>
    </message>
    <message>
        <source>לתושב/ת אין מספר טלפון רשום לערוץ הזה.</source>
        <translation>The resident has no phone number recorded for this channel.</translation>
    </message>
    <message>
        <source>לתפקיד של המשתמש אין הרשאה לפעולה הזו.</source>
        <translation>The user&apos;s role is not allowed this operation.</translation>
    </message>
    <message>
        <source>לתקן פעולות מההסגר</source>
        <translation>to correct operations from the quarantine</translation>
    </message>
    <message>
        <source>מ{before} ל{after}. סיבה: {reason}</source>
        <translation>from {before} to {after}. Reason: {reason}</translation>
    </message>
    <message>
        <source>מאגר מידע</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>מגדר</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>מגמת שביעות רצון</source>
        <translation>Satisfaction trend</translation>
    </message>
    <message>
        <source>מדד</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>מדדי מסע התושב</source>
        <translation>Resident journey metrics</translation>
    </message>
    <message>
        <source>מה יש בקובץ (ברירת מחדל: residents)</source>
        <translation>What the file holds (default: residents)</translation>
    </message>
    <message>
        <source>מה נדרש מהתושב/ת</source>
        <translation>What the resident needs to do</translation>
    </message>
    <message>
        <source>מה עשינו</source>
        <translation>What we did</translation>
    </message>
    <message>
        <source>מוגבלות</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>מועד</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>מועד בחוק (ימים)</source>
        <translation>Legal deadline (days)</translation>
    </message>
    <message>
        <source>מועצה: {name}</source>
        <translation>Council: {name}</translation>
    </message>
    <message>
        <source>מושבת/ת</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>מילוי מסד הנתונים בנתוני הדגמה</source>
        <translation>Fill the database with demo data</translation>
    </message>
    <message>
        <source>מילות חיפוש</source>
        <translation>Search keywords</translation>
    </message>
    <message>
        <source>מין</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>מכתב שירות יזום</source>
        <translation>Proactive service letter</translation>
    </message>
    <message>
        <source>ממוצע</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>ממוצע {average} העברות לפריט; {over} פריטים מעל המותר באמנה (שתיים)</source>
        <translation>Average {average} transfers per item; {over} items over the service charter&apos;s limit (two)</translation>
    </message>
    <message>
        <source>ממוצע {average} מתוך {count} תשובות</source>
        <translation>Average {average} over {count} answers</translation>
    </message>
    <message>
        <source>ממוצע התשובות בכל שבוע (1 עד 5)</source>
        <translation>Average answer each week (1 to 5)</translation>
    </message>
    <message>
        <source>ממוצע מדויק; חציון ואחוזון 90 בדקות שלמות</source>
        <translation>Exact average; median and 90th percentile in whole minutes</translation>
    </message>
    <message>
        <source>ממלא/ת המקום חייב/ת להיות מישהו/י אחר/ת.</source>
        <translation>The stand-in must be someone else.</translation>
    </message>
    <message>
        <source>ממלא/ת המקום עצמו/ה נעדר/ת בתאריכים האלה.</source>
        <translation>The stand-in is away on these dates too.</translation>
    </message>
    <message>
        <source>ממתין/ה</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>ממתינה למחלקה אחרת</source>
        <translation>Waiting for another department</translation>
    </message>
    <message>
        <source>ממתינה לפעולה קודמת על אותה פנייה או אותו תושב שבהסגר (במרכזת).</source>
        <translation>Waiting for an earlier operation on the same case or resident that is in quarantine (at the hub).</translation>
    </message>
    <message>
        <source>ממתינה לפעולה קודמת על אותה פנייה או אותו תושב שבהסגר (בעמדה).</source>
        <translation>Waiting for an earlier operation on the same case or resident that is in quarantine (at the station).</translation>
    </message>
    <message>
        <source>ממתינה לתושב/ת</source>
        <translation>Waiting for the resident</translation>
    </message>
    <message>
        <source>ממתינות</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>ממתינים: {waiting}   המתנה צפויה: {minutes} דקות</source>
        <translation>Waiting: {waiting}   Expected wait: {minutes} minutes</translation>
    </message>
    <message>
        <source>מנהל/ת המערכת {username} נוצר/ה.</source>
        <translation>System administrator {username} was created.</translation>
    </message>
    <message>
        <source>מנהל/ת מערכת</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>מסד הנתונים {path} אינו קיים.</source>
        <translation>The database {path} does not exist.</translation>
    </message>
    <message>
        <source>מסד הנתונים {path} הוצפן: {tables} טבלאות, {rows:,} שורות, כולן נבדקו מול המקור. מפתח ההצפנה נשמר במאגר הסיסמאות של מערכת ההפעלה.</source>
        <translation>The database {path} was encrypted: {tables} tables, {rows:,} rows, all checked against the original. The encryption key is kept in the operating system&apos;s credential store.</translation>
    </message>
    <message>
        <source>מסד הנתונים {path} כבר מוצפן.</source>
        <translation>The database {path} is already encrypted.</translation>
    </message>
    <message>
        <source>מסד הנתונים {path} מוצפן (או שאינו מסד נתונים של דלפק), ומפתח ההצפנה שלו אינו במאגר הסיסמאות של משתמש זה במחשב זה. יש להיכנס בחשבון שיצר אותו, או לשחזר מהמרכזת.</source>
        <translation>The database {path} is encrypted (or is not a Dalpak database), and its encryption key is not in this user&apos;s password store on this computer. Sign in with the account that created it, or restore from the hub.</translation>
    </message>
    <message>
        <source>מסד הנתונים {path} מוצפן במפתח אחר מזה שבמאגר הסיסמאות של משתמש זה במחשב זה (או שהוא פגום).</source>
        <translation>The database {path} is encrypted with a different key from the one in this user&apos;s password store on this computer (or it is damaged).</translation>
    </message>
    <message>
        <source>מסד הנתונים {where} נוצר בגרסה חדשה יותר של דלפק; יש לעדכן את דלפק בעמדה זו.</source>
        <translation>The database {where} was created by a newer version of Dalpak; update Dalpak at this station.</translation>
    </message>
    <message>
        <source>מסד הנתונים {where} שייך לעמדה (יש בו משתמשים, תושבים או פניות) ואינו מסד הנתונים של המרכזת. פקודות המרכזת רצות מול המסד המרכזי של המועצה (PostgreSQL) או מול מסד נתונים חדש; ציינו אותו ב---db.</source>
        <translation>The database {where} belongs to a station (it has users, residents or cases) and is not the hub&apos;s database. The hub&apos;s commands run against the council&apos;s central database (PostgreSQL) or a new database; name it with --db.</translation>
    </message>
    <message>
        <source>מסד הנתונים הזה כבר שייך לעמדה {code} ויש בו עבודה; אי אפשר לחבר אותו כעמדה {other}. השתמשו במסד נתונים חדש.</source>
        <translation>This database already belongs to station {code} and holds work; it cannot be connected as station {other}. Use a new database.</translation>
    </message>
    <message>
        <source>מסד הנתונים הקודם נשמר בשם {name}.</source>
        <translation>The previous database was kept as {name}.</translation>
    </message>
    <message>
        <source>מסד הנתונים כבר מלא; הדמו לא נבנה מחדש.</source>
        <translation>The database already holds data; the demo was not built again.</translation>
    </message>
    <message>
        <source>מסד הנתונים מוכן: {url}</source>
        <translation>The database is ready: {url}</translation>
    </message>
    <message>
        <source>מסד הנתונים פתוח בתוכנה אחרת: יש לסגור את דלפק ולנסות שוב.</source>
        <translation>The database is open in another program: close Dalpak and try again.</translation>
    </message>
    <message>
        <source>מסד הנתונים של המרכזת מוכן: {url}</source>
        <translation>The hub&apos;s database is ready: {url}</translation>
    </message>
    <message>
        <source>מסמכים נדרשים</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <source>מספר</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>מספר החשבון</source>
        <translation>The account number</translation>
    </message>
    <message>
        <source>מספר הטלפון אינו תקין. דוגמאות: 050-1234567, 04-6628000, +972501234567, 00972501234567.</source>
        <translation>The phone number is not valid. Examples: 050-1234567, 04-6628000, +972501234567, 00972501234567.</translation>
    </message>
    <message>
        <source>מספר הניסיונות השגויים עד לנעילה</source>
        <translation>Wrong attempts before the lock-out</translation>
    </message>
    <message>
        <source>מספר העמדה</source>
        <translation>The station number</translation>
    </message>
    <message>
        <source>מספר הרכב</source>
        <translation>The vehicle number</translation>
    </message>
    <message>
        <source>מספר השבב</source>
        <translation>The chip number</translation>
    </message>
    <message>
        <source>מספר השבב צריך להכיל 9 עד 15 ספרות (בדרך כלל 15).</source>
        <translation>The chip number must have 9 to 15 digits (usually 15).</translation>
    </message>
    <message>
        <source>מספר התור</source>
        <translation>The ticket number</translation>
    </message>
    <message>
        <source>מספר התושבים חייב להיות 0 או יותר.</source>
        <translation>The number of residents must be 0 or more.</translation>
    </message>
    <message>
        <source>מספר חשבון</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>מספר חשבון ארנונה</source>
        <translation>Property-tax account number</translation>
    </message>
    <message>
        <source>מספר פניות עבר (ברירת מחדל: לפי מספר התושבים)</source>
        <translation>The number of past cases (default: by the number of residents)</translation>
    </message>
    <message>
        <source>מספר רכב</source>
        <translation>Vehicle number</translation>
    </message>
    <message>
        <source>מספר רכב צריך להכיל 7 או 8 ספרות, למשל 12-345-67 או 123-45-678.</source>
        <translation>A vehicle number has 7 or 8 digits, e.g. 12-345-67 or 123-45-678.</translation>
    </message>
    <message>
        <source>מספר שלם</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>מספר שלם בין {low} ל-{high}</source>
        <translation>a whole number between {low} and {high}</translation>
    </message>
    <message>
        <source>מספר תעודת זהות אינו יכול להיות אפסים בלבד.</source>
        <translation>An ID number cannot be all zeros.</translation>
    </message>
    <message>
        <source>מספר תעודת זהות ארוך מדי: עד 9 ספרות.</source>
        <translation>The ID number is too long: up to 9 digits.</translation>
    </message>
    <message>
        <source>מספר תעודת זהות הוא ספרות בלבד (אפשר עם רווחים או מקפים).</source>
        <translation>An ID number is digits only (spaces or dashes are fine).</translation>
    </message>
    <message>
        <source>מספר תעודת זהות קצר מדי: 9 ספרות, או לפחות 5 בלי האפסים שבהתחלה.</source>
        <translation>The ID number is too short: 9 digits, or at least 5 without the leading zeros.</translation>
    </message>
    <message>
        <source>מסרון (SMS)</source>
        <translation>Text message (SMS)</translation>
    </message>
    <message>
        <source>מערכת הקבצים לקריאה בלבד</source>
        <translation>the file system is read-only</translation>
    </message>
    <message>
        <source>מפקח/ת</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>מצפין במקום את מסד הנתונים של העמדה; כל שורה נבדקת מול המקור.</source>
        <translation>Encrypts the station&apos;s database in place; every row is checked against the original.</translation>
    </message>
    <message>
        <source>מרכזת: {url}</source>
        <translation>Hub: {url}</translation>
    </message>
    <message>
        <source>מרכזת: אין (עמדה עצמאית)</source>
        <translation>Hub: none (standalone station)</translation>
    </message>
    <message>
        <source>משימה בוצעה</source>
        <translation>Task done</translation>
    </message>
    <message>
        <source>משך הנעילה בדקות</source>
        <translation>Lock-out length in minutes</translation>
    </message>
    <message>
        <source>משך: {seconds} שניות</source>
        <translation>Took: {seconds} seconds</translation>
    </message>
    <message>
        <source>משתמש/ת</source>
        <translation>User</translation>
    </message>
    <message>
        <source>משתמש/ת רשאי/ת לשנות רק את הסיסמה של עצמו/ה.</source>
        <translation>A user may change only their own password.</translation>
    </message>
    <message>
        <source>משתמשים</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>מתאריך</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>נדחו</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>נוסף פריט</source>
        <translation>Item added</translation>
    </message>
    <message>
        <source>נוצרה משימה</source>
        <translation>Task created</translation>
    </message>
    <message>
        <source>נושא</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>נושא המכתב</source>
        <translation>Letter subject</translation>
    </message>
    <message>
        <source>נותרו {left} ניסיונות לפני נעילה זמנית.</source>
        <translation>{left} attempts left before a temporary lock.</translation>
    </message>
    <message>
        <source>נייר הקבלות: A4 או גליל 80 מ&quot;מ.</source>
        <translation>Receipt paper: A4 or an 80 mm roll.</translation>
    </message>
    <message>
        <source>ניסיון התקשרות</source>
        <translation>Call attempt</translation>
    </message>
    <message>
        <source>נכות</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>נכס או זכות של תושב/ת</source>
        <translation>A resident&apos;s property or entitlement</translation>
    </message>
    <message>
        <source>נכתב גיבוי מוצפן: {path} ({rows:,} שורות).</source>
        <translation>An encrypted backup was written: {path} ({rows:,} rows).</translation>
    </message>
    <message>
        <source>נכתב: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>נכתבו: {ca} (רשות התעודות של המועצה), {cert} ו-{key} (התעודה של המרכזת).</source>
        <translation>Written: {ca} (the council&apos;s certificate authority), {cert} and {key} (the hub&apos;s certificate).</translation>
    </message>
    <message>
        <source>נמצאו {found} (כבר טופלו קודם: {already_done}); נוצרו {created} פניות, {messages} הודעות בתיבת היוצא, {letters} מכתבים</source>
        <translation>Found {found} (already handled before: {already_done}); created {created} cases, {messages} messages in the outbox, {letters} letters</translation>
    </message>
    <message>
        <source>נקרא/ה לעמדה</source>
        <translation>Called to a counter</translation>
    </message>
    <message>
        <source>נקרא/ה שוב לעמדה</source>
        <translation>Called to a counter again</translation>
    </message>
    <message>
        <source>נשמר ללא שינוי</source>
        <translation>Saved without changes</translation>
    </message>
    <message>
        <source>סגורה</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>סגירת פנייה</source>
        <translation>Closing a case</translation>
    </message>
    <message>
        <source>סדר חדש</source>
        <translation>new order</translation>
    </message>
    <message>
        <source>סוג הפנייה לא נמצא בקטלוג.</source>
        <translation>The request type was not found in the catalogue.</translation>
    </message>
    <message>
        <source>סוג הקרבה</source>
        <translation>The relation</translation>
    </message>
    <message>
        <source>סוג ייבוא לא מוכר: {kind}. אפשר: {kinds}.</source>
        <translation>Unknown import kind: {kind}. Possible: {kinds}.</translation>
    </message>
    <message>
        <source>סוג פנייה</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>סוג פנייה חדש</source>
        <translation>New case type</translation>
    </message>
    <message>
        <source>סוג פעולה שאין לו כלל הרשאה.</source>
        <translation>An operation type that has no permission rule.</translation>
    </message>
    <message>
        <source>סוג קדימות לא מוכר.</source>
        <translation>Unknown kind of priority.</translation>
    </message>
    <message>
        <source>סוף התקופה לפני תחילתה.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>סותרת נתון קיים, או תלויה ברשומה שאינה קיימת</source>
        <translation>it contradicts existing data, or depends on a record that does not exist</translation>
    </message>
    <message>
        <source>סטטוס</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>סטטוסים</source>
        <translation>statuses</translation>
    </message>
    <message>
        <source>סיכום</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>סיסמה זמנית למשתמש, שיחליף בכניסה הבאה (בכניסת מנהל/ת מערכת)</source>
        <translation>A temporary password for a user, to be changed at the next login (with a system administrator&apos;s login)</translation>
    </message>
    <message>
        <source>סיסמה זמנית: </source>
        <translation>Temporary password: </translation>
    </message>
    <message>
        <source>סיסמה חדשה: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>סיסמה: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>סיסמת המשתמש החדש מקובץ (&apos;-&apos;: מהקלט)</source>
        <translation>The new user&apos;s password from a file (&apos;-&apos;: from standard input)</translation>
    </message>
    <message>
        <source>סמל על הקבלות: אין</source>
        <translation>Logo on the receipts: none</translation>
    </message>
    <message>
        <source>סמל על הקבלות: יש</source>
        <translation>Logo on the receipts: yes</translation>
    </message>
    <message>
        <source>סנכרון הושלם: נשלחו {pushed}, התקבלו {pulled}</source>
        <translation>Sync complete: {pushed} sent, {pulled} received</translation>
    </message>
    <message>
        <source>סנכרון הושלם: נשלחו {pushed}, התקבלו {pulled}, בהסגר {quarantined}</source>
        <translation>Sync complete: {pushed} sent, {pulled} received, {quarantined} in quarantine</translation>
    </message>
    <message>
        <source>סנכרון עם המרכזת עכשיו</source>
        <translation>Sync with the hub now</translation>
    </message>
    <message>
        <source>ספרת הביקורת של תעודת הזהות אינה תקינה. כדאי לבדוק שוב את המספר מול התעודה.</source>
        <translation>The ID number&apos;s check digit is not valid. Check the number against the ID card again.</translation>
    </message>
    <message>
        <source>סריקה יזומה - בדיקה בלבד (לא נוצר דבר): נסרקו {scanned:,} תושבים ב-{seconds:.1f} שניות</source>
        <translation>Proactive scan - check only (nothing created): {scanned:,} residents scanned in {seconds:.1f} seconds</translation>
    </message>
    <message>
        <source>סריקה יזומה - בוצע: נסרקו {scanned:,} תושבים ב-{seconds:.1f} שניות</source>
        <translation>Proactive scan - done: {scanned:,} residents scanned in {seconds:.1f} seconds</translation>
    </message>
    <message>
        <source>עברית</source>
        <translation>Hebrew</translation>
    </message>
    <message>
        <source>עד תאריך</source>
        <translation>Until date</translation>
    </message>
    <message>
        <source>עדכון מצב</source>
        <translation>Status update</translation>
    </message>
    <message>
        <source>עדכון מצב פריט</source>
        <translation>Item status update</translation>
    </message>
    <message>
        <source>עדכון פרטי תושב/ת</source>
        <translation>Updating a resident&apos;s details</translation>
    </message>
    <message>
        <source>עובדה לא מוכרת: {name}. מוכרות: {known}</source>
        <translation>unknown fact: {name}. Known: {known}</translation>
    </message>
    <message>
        <source>עודכן/ה</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>עולה חדש/ה</source>
        <translation>New immigrant</translation>
    </message>
    <message>
        <source>עזב/ה בלי שירות</source>
        <translation>Left without service</translation>
    </message>
    <message>
        <source>עמדה</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>עמדה מקומית</source>
        <translation>Local station</translation>
    </message>
    <message>
        <source>עמדה עצמאית, בלי מרכזת</source>
        <translation>A standalone station, without a hub</translation>
    </message>
    <message>
        <source>עמודות שלא זוהו ולא יובאו: {names}</source>
        <translation>Columns not recognised and not imported: {names}</translation>
    </message>
    <message>
        <source>עמידה בזמן</source>
        <translation>On-time completion</translation>
    </message>
    <message>
        <source>עמידה בזמן (%)</source>
        <translation>On time (%)</translation>
    </message>
    <message>
        <source>ערבית</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>ערוץ הקשר</source>
        <translation>The contact channel</translation>
    </message>
    <message>
        <source>ערוץ הקשר אינו מוכר.</source>
        <translation>The contact channel is not recognised.</translation>
    </message>
    <message>
        <source>ערוץ קשר מועדף</source>
        <translation>Preferred contact channel</translation>
    </message>
    <message>
        <source>ערך</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>ערך ארוך מדי או שגוי</source>
        <translation>a value that is too long or wrong</translation>
    </message>
    <message>
        <source>ערך לא תקין (%(type)s): %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>ערך מסוג שגוי לעובדה {name}: {value}</source>
        <translation>a value of the wrong type for the fact {name}: {value}</translation>
    </message>
    <message>
        <source>פג היום</source>
        <translation>expires today</translation>
    </message>
    <message>
        <source>פג לפני {days} ימים</source>
        <translation>expired {days} days ago</translation>
    </message>
    <message>
        <source>פגישה במשרד</source>
        <translation>Meeting at the office</translation>
    </message>
    <message>
        <source>פייסבוק</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>פירוט</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>פניות</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>פנייה</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>פנייה {number} - {name} ({national_id})</source>
        <translation>Case {number} - {name} ({national_id})</translation>
    </message>
    <message>
        <source>פנייה אחת עם ציר הזמן</source>
        <translation>One case with its timeline</translation>
    </message>
    <message>
        <source>פעולה ללא משתמש מותרת רק למערכת עצמה.</source>
        <translation>An operation without a user is allowed only to the system itself.</translation>
    </message>
    <message>
        <source>פעולה שלא ניתן להציג</source>
        <translation>An action that cannot be shown</translation>
    </message>
    <message>
        <source>פעיל</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>פעיל/ה</source>
        <translation>active</translation>
    </message>
    <message>
        <source>פקיד/ה</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>פקיד/ת קבלה</source>
        <translation>Reception clerk</translation>
    </message>
    <message>
        <source>פריט בפנייה</source>
        <translation>Item in a case</translation>
    </message>
    <message>
        <source>פריט פתוח נספר כחריגה רק אחרי שהתאריך הצפוי עבר</source>
        <translation>An open item counts as late only after the expected date has passed</translation>
    </message>
    <message>
        <source>פריטים</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>פריטים שמועדם נדחה</source>
        <translation>Items whose date was postponed</translation>
    </message>
    <message>
        <source>פריטים שנפתחו</source>
        <translation>Items opened</translation>
    </message>
    <message>
        <source>פריטים שעברו יותר משתי העברות</source>
        <translation>Items transferred more than twice</translation>
    </message>
    <message>
        <source>פתוחה</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>פתיחת היישום</source>
        <translation>Open the app</translation>
    </message>
    <message>
        <source>פתיחת פנייה</source>
        <translation>Opening a case</translation>
    </message>
    <message>
        <source>צוות מחלקה</source>
        <translation>Department staff</translation>
    </message>
    <message>
        <source>צורכי נגישות</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <source>ציון</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>ציר הזמן:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <source>צעדי המשך</source>
        <translation>Follow-up steps</translation>
    </message>
    <message>
        <source>צפייה בתיק תושב/ת</source>
        <translation>Viewing a resident&apos;s file</translation>
    </message>
    <message>
        <source>צריך אחד מאלה: %s</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>צריך ערך אחד</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>קבלה</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>קדימות בתור דורשת לרשום את הסיבה.</source>
        <translation>Priority in the queue requires recording the reason.</translation>
    </message>
    <message>
        <source>קדימות: {priority} - {reason}</source>
        <translation>Priority: {priority} - {reason}</translation>
    </message>
    <message>
        <source>קובץ CSV (UTF-8 או Windows-1255) או xlsx; שורה 1 היא הכותרות</source>
        <translation>A CSV file (UTF-8 or Windows-1255) or xlsx; row 1 holds the headings</translation>
    </message>
    <message>
        <source>קובץ PDF אחד עם כל המכתבים</source>
        <translation>One PDF file with all the letters</translation>
    </message>
    <message>
        <source>קובץ ה-CSV אינו תקין: {error}</source>
        <translation>The CSV file is not valid: {error}</translation>
    </message>
    <message>
        <source>קובץ הגיבוי</source>
        <translation>The backup file</translation>
    </message>
    <message>
        <source>קובץ המפתח של התעודה (PEM)</source>
        <translation>The certificate&apos;s key file (PEM)</translation>
    </message>
    <message>
        <source>קובץ הסמל אינו תמונה שאפשר לקרוא (PNG, JPG, BMP או GIF).</source>
        <translation>The logo file is not a readable image (PNG, JPG, BMP or GIF).</translation>
    </message>
    <message>
        <source>קובץ הסמל לא נמצא: {file}</source>
        <translation>The logo file was not found: {file}</translation>
    </message>
    <message>
        <source>קובץ שבשורה הראשונה שלו האסימון (&apos;-&apos;: הקלט)</source>
        <translation>A file whose first line is the token (&apos;-&apos;: standard input)</translation>
    </message>
    <message>
        <source>קובץ שבשורה הראשונה שלו האסימון שהופק ב-hub add-station או ב-hub rotate-station (&apos;-&apos;: הקלט)</source>
        <translation>A file whose first line is the token made by hub add-station or hub rotate-station (&apos;-&apos;: standard input)</translation>
    </message>
    <message>
        <source>קובץ שבשורה הראשונה שלו הסיסמה (&apos;-&apos;: הקלט)</source>
        <translation>A file whose first line is the password (&apos;-&apos;: standard input)</translation>
    </message>
    <message>
        <source>קובץ תמונה של סמל המועצה (PNG או JPG)</source>
        <translation>An image file of the council&apos;s logo (PNG or JPG)</translation>
    </message>
    <message>
        <source>קובץ תעודת TLS (PEM)</source>
        <translation>The TLS certificate file (PEM)</translation>
    </message>
    <message>
        <source>קובצי Excel ישנים (xls) אינם נתמכים. יש לשמור את הקובץ כ-xlsx או כ-CSV.</source>
        <translation>Old Excel files (xls) are not supported. Save the file as xlsx or as CSV.</translation>
    </message>
    <message>
        <source>קוד במאגר המידע</source>
        <translation>Knowledge base code</translation>
    </message>
    <message>
        <source>קוד בקטלוג</source>
        <translation>Catalogue code</translation>
    </message>
    <message>
        <source>קוד העמדה</source>
        <translation>The station code</translation>
    </message>
    <message>
        <source>קוד העמדה (במרכזת: כפי שנרשם ב-hub add-station)</source>
        <translation>The station code (with a hub: as registered by hub add-station)</translation>
    </message>
    <message>
        <source>קוד העמדה למספרי פניות במסד חדש (ברירת מחדל KDR)</source>
        <translation>The station code for case numbers in a new database (default KDR)</translation>
    </message>
    <message>
        <source>קוד העמדה: {code}</source>
        <translation>Station code: {code}</translation>
    </message>
    <message>
        <source>קוד יישוב</source>
        <translation>Locality code</translation>
    </message>
    <message>
        <source>קוד כלל זכאות</source>
        <translation>Eligibility rule code</translation>
    </message>
    <message>
        <source>קוד מחלקה</source>
        <translation>Department code</translation>
    </message>
    <message>
        <source>קוד מחלקה לצוות מחלקה, למשל REV</source>
        <translation>A department code for department staff, for example REV</translation>
    </message>
    <message>
        <source>קוד עמדה: 2 עד 8 אותיות לטיניות, למשל ARB.</source>
        <translation>Station code: 2 to 8 Latin letters, for example ARB.</translation>
    </message>
    <message>
        <source>קוד עמדה: 2 עד 8 אותיות לטיניות, למשל KDR.</source>
        <translation>Station code: 2 to 8 Latin letters, for example KDR.</translation>
    </message>
    <message>
        <source>קטלוג</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>קרבה</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>קריאת הסיסמה משורה אחת בקלט</source>
        <translation>Read the password from one line of standard input</translation>
    </message>
    <message>
        <source>קריאת התראות</source>
        <translation>Reading notifications</translation>
    </message>
    <message>
        <source>רוסית</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>רישום עמדה והפקת אסימון</source>
        <translation>Register a station and issue a token</translation>
    </message>
    <message>
        <source>רישום תושב/ת</source>
        <translation>Registering a resident</translation>
    </message>
    <message>
        <source>רישיונות כלבים</source>
        <translation>dog licences</translation>
    </message>
    <message>
        <source>רק בעבודה של המחלקה שלו/ה</source>
        <translation>only in their department&apos;s work</translation>
    </message>
    <message>
        <source>רק בפניות ובמשימות שלו/ה</source>
        <translation>only in their own cases and tasks</translation>
    </message>
    <message>
        <source>רק המרכזת רושמת עמדות ונתוני מועצה.</source>
        <translation>Only the hub registers stations and council data.</translation>
    </message>
    <message>
        <source>רק משתמש/ת מחובר/ת יכול/ה להחליף סיסמה.</source>
        <translation>Only a signed-in user can change a password.</translation>
    </message>
    <message>
        <source>רשות תעודות של המועצה ותעודה למרכזת</source>
        <translation>A certificate authority for the council and a certificate for the hub</translation>
    </message>
    <message>
        <source>רשימת ההמתנה</source>
        <translation>Lobby list</translation>
    </message>
    <message>
        <source>רשימת המשתמשים (בכניסת מנהל/ת מערכת)</source>
        <translation>List the users (with a system administrator&apos;s login)</translation>
    </message>
    <message>
        <source>רשימת פניות</source>
        <translation>List cases</translation>
    </message>
    <message>
        <source>שבב</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>שבוע (מיום א&apos;)</source>
        <translation>Week (from Sunday)</translation>
    </message>
    <message>
        <source>שביעות רצון</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>שביעות רצון ממוצעת (1-5)</source>
        <translation>Average satisfaction (1-5)</translation>
    </message>
    <message>
        <source>שגיאת קובץ {file}: {why}.</source>
        <translation>File error {file}: {why}.</translation>
    </message>
    <message>
        <source>שגיאת קובץ: {why}.</source>
        <translation>File error: {why}.</translation>
    </message>
    <message>
        <source>שוב, לאימות: </source>
        <translation>Again, to confirm: </translation>
    </message>
    <message>
        <source>שוחזר גיבוי אל {path}: {cases:,} פניות.</source>
        <translation>A backup was restored to {path}: {cases:,} cases.</translation>
    </message>
    <message>
        <source>שורה {row}, עמודה &quot;{column}&quot; (הערך: &quot;{value}&quot;): {message}</source>
        <translation>Row {row}, column &quot;{column}&quot; (the value: &quot;{value}&quot;): {message}</translation>
    </message>
    <message>
        <source>שורה {row}, עמודה &quot;{column}&quot;: {message}</source>
        <translation>Row {row}, column &quot;{column}&quot;: {message}</translation>
    </message>
    <message>
        <source>שורה {row}: {key} - {status}</source>
        <translation>Row {row}: {key} - {status}</translation>
    </message>
    <message>
        <source>שורה {row}: {key} - {status} ({changed})</source>
        <translation>Row {row}: {key} - {status} ({changed})</translation>
    </message>
    <message>
        <source>שורות: {rows} | ייווצרו: {created} | יעודכנו: {updated} | ללא שינוי: {unchanged} | שגויות: {errors}</source>
        <translation>Rows: {rows} | to be created: {created} | to be updated: {updated} | unchanged: {unchanged} | wrong: {errors}</translation>
    </message>
    <message>
        <source>שורות: {rows} | נוצרו: {created} | עודכנו: {updated} | ללא שינוי: {unchanged} | שגויות: {errors}</source>
        <translation>Rows: {rows} | created: {created} | updated: {updated} | unchanged: {unchanged} | wrong: {errors}</translation>
    </message>
    <message>
        <source>שחזור הוא למסד הנתונים של עמדה (קובץ SQLite) בלבד.</source>
        <translation>Restoring is for a station&apos;s database (an SQLite file) only.</translation>
    </message>
    <message>
        <source>שחזור מגיבוי (כשהיישום סגור); אחריו העמדה מתחברת למרכזת לפני שהיא משרתת</source>
        <translation>Restore from a backup (while the app is closed); afterwards the station connects to the hub before it serves</translation>
    </message>
    <message>
        <source>שטח</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>שיחה</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>שיחה חוזרת לתושב/ת</source>
        <translation>Call back the resident</translation>
    </message>
    <message>
        <source>שיחות</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>שיחות חזרה שבוצעו</source>
        <translation>Callbacks made</translation>
    </message>
    <message>
        <source>שיחות לתושבים</source>
        <translation>Calls to residents</translation>
    </message>
    <message>
        <source>שיחות מעקב שבוצעו</source>
        <translation>Follow-up calls made</translation>
    </message>
    <message>
        <source>שיחת מעקב</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>שימוש: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>שירות (דקות)</source>
        <translation>Service (minutes)</translation>
    </message>
    <message>
        <source>שירות יזום: סריקת כל התושבים לטריגרים שהגיע זמנם</source>
        <translation>Proactive service: scan every resident for triggers that are due</translation>
    </message>
    <message>
        <source>שירות ממוצע (דקות)</source>
        <translation>Average service (minutes)</translation>
    </message>
    <message>
        <source>שליחת הדוא&quot;ל נכשלה ({error}); ההודעה נשארת בתיבת היוצא.</source>
        <translation>Sending the e-mail failed ({error}); the message stays in the outbox.</translation>
    </message>
    <message>
        <source>שם</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>שם הכלב</source>
        <translation>The dog&apos;s name</translation>
    </message>
    <message>
        <source>שם המועצה ארוך מדי (עד 80 תווים).</source>
        <translation>The council&apos;s name is too long (up to 80 characters).</translation>
    </message>
    <message>
        <source>שם המועצה כפי שיודפס על הקבלות</source>
        <translation>The council&apos;s name as printed on the receipts</translation>
    </message>
    <message>
        <source>שם המשתמש</source>
        <translation>The user name</translation>
    </message>
    <message>
        <source>שם המשתמש {username} כבר קיים.</source>
        <translation>The user name {username} already exists.</translation>
    </message>
    <message>
        <source>שם המשתמש או הסיסמה שגויים.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>שם המשתמש שיהיה הבעלים של הפניות (ברירת מחדל: מפקח/ת)</source>
        <translation>The username to own the cases (default: a supervisor)</translation>
    </message>
    <message>
        <source>שם המשתמש של מנהל/ת המערכת</source>
        <translation>The system administrator&apos;s username</translation>
    </message>
    <message>
        <source>שם המשתמש של מנהל/ת המערכת (בלעדיו: נשאל)</source>
        <translation>The system administrator&apos;s username (without it: asked for)</translation>
    </message>
    <message>
        <source>שם השרת של המרכזת, כפי שהעמדות פונות אליו</source>
        <translation>The hub&apos;s server name, as the stations address it</translation>
    </message>
    <message>
        <source>שם מלא</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>שם משפחה</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>שם משתמש</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>שם משתמש של מנהל/ת המערכת: </source>
        <translation>System administrator&apos;s username: </translation>
    </message>
    <message>
        <source>שם משתמש: אותיות לטיניות וספרות, בלי רווחים.</source>
        <translation>Username: Latin letters and digits, without spaces.</translation>
    </message>
    <message>
        <source>שם פרטי</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>שעה</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>שפה</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>שפת הקבלה (ברירת המחדל: השפה שבפרופיל התושב/ת)</source>
        <translation>The receipt&apos;s language (default: the language in the resident&apos;s profile)</translation>
    </message>
    <message>
        <source>שתי הרשומות כבר מוזגו לאחת.</source>
        <translation>The two records have already been merged into one.</translation>
    </message>
    <message>
        <source>ת.ז.</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>תאריך</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>תאריך ההתחלה אחרי תאריך הסיום.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <source>תאריך הלידה הוא בעתיד.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>תאריך הלידה הוא בעתיד. כדאי לבדוק אותו שוב.</source>
        <translation>The date of birth is in the future. Please check it again.</translation>
    </message>
    <message>
        <source>תאריך הלידה רחוק מדי בעבר.</source>
        <translation>The date of birth is too far in the past.</translation>
    </message>
    <message>
        <source>תאריך הסיום לפני תאריך ההתחלה.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>תאריך הסיום מוקדם מתאריך ההתחלה.</source>
        <translation>The end date is earlier than the start date.</translation>
    </message>
    <message>
        <source>תאריך לידה</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>תווי חניה</source>
        <translation>parking permits</translation>
    </message>
    <message>
        <source>תוצאות חיפוש</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>תוקף</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>תוקף רישיון</source>
        <translation>Licence valid until</translation>
    </message>
    <message>
        <source>תושב/ת</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>תושב/ת עם תעודת זהות {national_id} כבר רשום/ה: {name}.</source>
        <translation>A resident with ID number {national_id} is already registered: {name}.</translation>
    </message>
    <message>
        <source>תושבים</source>
        <translation>residents</translation>
    </message>
    <message>
        <source>תושבים: {done:,}/{total:,}</source>
        <translation>Residents: {done:,}/{total:,}</translation>
    </message>
    <message>
        <source>תיקייה למכתב PDF לכל תושב/ת</source>
        <translation>A folder for a PDF letter per resident</translation>
    </message>
    <message>
        <source>תיקיית הגיבויים (ברירת מחדל: ההגדרה backup_dir)</source>
        <translation>The backups folder (default: the backup_dir setting)</translation>
    </message>
    <message>
        <source>תלויה בפעולה שבוטלה ({reason})</source>
        <translation>Depends on an operation that was discarded ({reason})</translation>
    </message>
    <message>
        <source>תלויה בפעולה שתוקנה ולא ניתן להחיל אותה</source>
        <translation>Depends on an operation that was corrected, and cannot be applied</translation>
    </message>
    <message>
        <source>תנאי חייב להיות אובייקט</source>
        <translation>a condition must be an object</translation>
    </message>
    <message>
        <source>תעודת הזהות {number}</source>
        <translation>ID number {number}</translation>
    </message>
    <message>
        <source>תעודת זהות</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>תקופה</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>תקופה: {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <source>תשובה</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>תשובה חדשה</source>
        <translation>New answer</translation>
    </message>
    <message>
        <source>תשובות</source>
        <translation>Answers</translation>
    </message>
</context>
</TS>
