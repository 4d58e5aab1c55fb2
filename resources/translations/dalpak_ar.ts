<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="he">
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>מתאריך</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>עד תאריך</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>שמירת ההיעדרות</source>
        <translation>حفظ الغياب</translation>
    </message>
    <message>
        <source>ביטול ההיעדרות המסומנת</source>
        <translation>إلغاء الغياب المحدد</translation>
    </message>
    <message>
        <source>היעדרויות וממלאי מקום</source>
        <translation>الغياب والبدلاء</translation>
    </message>
    <message>
        <source>חופשה, מחלה, השתלמות...</source>
        <translation>إجازة، مرض، دورة تدريبية...</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>היעדרות חדשה</source>
        <translation>غياب جديد</translation>
    </message>
    <message>
        <source>עד</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>מי נעדר/ת</source>
        <translation>الموظف الغائب</translation>
    </message>
    <message>
        <source>ממלא/ת מקום</source>
        <translation>البديل</translation>
    </message>
    <message>
        <source>סיבה</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>היעדרויות נוכחיות ועתידיות</source>
        <translation>حالات الغياب الحالية والقادمة</translation>
    </message>
    <message>
        <source>בזמן ההיעדרות נושאים שהועברו לעובד/ת, משימות ופניות בבעלותו/ה מגיעים לממלא/ת המקום, וחוזרים מעצמם בסופה.</source>
        <translation>خلال فترة الغياب، تنتقل المواضيع المحوّلة إلى الموظف والمهام والطلبات التي يملكها إلى البديل، وتعود إليه تلقائيًا عند انتهائها.</translation>
    </message>
    <message>
        <source>נשמר: %1 מחליף/ה את %2 עד %3.</source>
        <translation>تم الحفظ: %1 بديل عن %2 حتى %3.</translation>
    </message>
    <message>
        <source>יש לבחור היעדרות ברשימה.</source>
        <translation>يرجى اختيار غياب من القائمة.</translation>
    </message>
    <message>
        <source>ההיעדרות של %1 בוטלה.</source>
        <translation>تم إلغاء غياب %1.</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>יומן גישה לפרטים אישיים</source>
        <translation>سجل الوصول إلى البيانات الشخصية</translation>
    </message>
    <message>
        <source>מתאריך</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>עד תאריך</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>הצגה (Enter)</source>
        <translation>عرض (Enter)</translation>
    </message>
    <message>
        <source>ייצוא ל-CSV (Ctrl+Shift+E)</source>
        <translation>تصدير إلى CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>ייצוא ל-Excel (Ctrl+Shift+X)</source>
        <translation>تصدير إلى Excel (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>כל המשתמשים</source>
        <translation>كل المستخدمين</translation>
    </message>
    <message>
        <source>שם, ת.ז. או טלפון</source>
        <translation>الاسم أو رقم الهوية أو الهاتف</translation>
    </message>
    <message>
        <source>עד</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>משתמש/ת</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>תושב/ת</source>
        <translation>المقيم</translation>
    </message>
    <message>
        <source>כל צפייה בפרטים אישיים של תושב/ת נרשמת כאן: כרטיס, תוצאות חיפוש, פנייה, קבלה וייצוא, מכל העמדות אחרי הסנכרון. הרשומות נשמרות 24 חודשים ונמחקות מעצמן; אי אפשר לשנות אותן.</source>
        <translation>كل اطلاع على البيانات الشخصية لمقيم/ة يُسجَّل هنا: البطاقة، نتائج البحث، الطلب، الإيصال والتصدير، من جميع المحطات بعد المزامنة. تُحفظ السجلات 24 شهرًا ثم تُحذف تلقائيًا؛ ولا يمكن تعديلها.</translation>
    </message>
    <message>
        <source>%1 רשומות</source>
        <translation>%1 سجلات</translation>
    </message>
    <message>
        <source>אין רשומות לייצוא: שנו את הסינון ולחצו Enter.</source>
        <translation>لا توجد سجلات للتصدير: غيّروا التصفية واضغطوا Enter.</translation>
    </message>
    <message>
        <source>שמירת יומן הגישה</source>
        <translation>حفظ سجل الوصول</translation>
    </message>
    <message>
        <source>הייצוא נכשל: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <source>נשמר: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>מנהל/ת המערכת</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>החשבון הראשון בעמדה. בעזרתו מוסיפים את שאר העובדים.</source>
        <translation>الحساب الأول في المحطة. بواسطته تتم إضافة باقي الموظفين.</translation>
    </message>
    <message>
        <source>שם משתמש</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>שם מלא</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>סיסמה (8 תווים לפחות)</source>
        <translation>كلمة المرور (8 أحرف على الأقل)</translation>
    </message>
    <message>
        <source>שוב, לאימות</source>
        <translation>مرة أخرى للتأكيد</translation>
    </message>
    <message>
        <source>חשבון מנהל/ת המועצה</source>
        <translation>حساب مدير المجلس</translation>
    </message>
    <message>
        <source>עמדה מחוברת נפתחת בחשבון מנהל/ת שרשום במרכזת. הקלידו את שם המשתמש והסיסמה שלו.</source>
        <translation>تُفتح المحطة المتصلة بحساب مدير مسجّل في الخادم المركزي. أدخلوا اسم المستخدم وكلمة المرور الخاصة به.</translation>
    </message>
    <message>
        <source>סיסמה</source>
        <translation>كلمة المرور</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <source>אישור</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>ביטול</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>כל הפתוחים</source>
        <translation>كل المفتوحة</translation>
    </message>
    <message>
        <source>באיחור</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>להיום</source>
        <translation>مستحقة اليوم</translation>
    </message>
    <message>
        <source>בסיכון</source>
        <translation>مهددة بالتأخير</translation>
    </message>
    <message>
        <source>נדחו</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <source>ללא עובד/ת</source>
        <translation>بلا موظف</translation>
    </message>
    <message>
        <source>רענון (F5)</source>
        <translation>تحديث (F5)</translation>
    </message>
    <message>
        <source>כל הפריטים</source>
        <translation>كل البنود</translation>
    </message>
    <message>
        <source>העברת הנבחרים… (Ctrl+R)</source>
        <translation>تحويل المحدد… (Ctrl+R)</translation>
    </message>
    <message>
        <source>העברת כל העבודה של העובד/ת… (Ctrl+Shift+R)</source>
        <translation>تحويل كل عمل الموظف… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>העברת האחריות על הפניות הנבחרות… (Ctrl+O)</source>
        <translation>تحويل المسؤولية عن الطلبات المحددة… (Ctrl+O)</translation>
    </message>
    <message>
        <source>העברת כל הפניות של העובד/ת… (Ctrl+Shift+O)</source>
        <translation>تحويل كل طلبات الموظف… (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>כל המחלקות</source>
        <translation>كل الأقسام</translation>
    </message>
    <message>
        <source>כל העובדים</source>
        <translation>كل الموظفين</translation>
    </message>
    <message>
        <source>כל היישובים</source>
        <translation>كل البلدات</translation>
    </message>
    <message>
        <source>כל הנושאים</source>
        <translation>كل المواضيع</translation>
    </message>
    <message>
        <source>סינון לפי מחלקה</source>
        <translation>تصفية حسب القسم</translation>
    </message>
    <message>
        <source>סינון לפי עובד/ת</source>
        <translation>تصفية حسب الموظف</translation>
    </message>
    <message>
        <source>סינון לפי יישוב</source>
        <translation>تصفية حسب البلدة</translation>
    </message>
    <message>
        <source>סינון לפי נושא</source>
        <translation>تصفية حسب الموضوع</translation>
    </message>
    <message>
        <source>סינון לפי ימים פתוח</source>
        <translation>تصفية حسب أيام الفتح</translation>
    </message>
    <message>
        <source>אילו פריטים להציג</source>
        <translation>البنود المعروضة</translation>
    </message>
    <message>
        <source>כל הגילים</source>
        <translation>كل الأعمار</translation>
    </message>
    <message>
        <source>פתוחים %1 ימים ומעלה</source>
        <translation>مفتوحة منذ %1 أيام فأكثر</translation>
    </message>
    <message>
        <source>מחלקה:</source>
        <translation>القسم:</translation>
    </message>
    <message>
        <source>עובד/ת:</source>
        <translation>الموظف:</translation>
    </message>
    <message>
        <source>יישוב:</source>
        <translation>البلدة:</translation>
    </message>
    <message>
        <source>נושא:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>גיל:</source>
        <translation>العمر:</translation>
    </message>
    <message>
        <source>לפי מחלקה</source>
        <translation>حسب القسم</translation>
    </message>
    <message>
        <source>לפי עובד/ת</source>
        <translation>حسب الموظف</translation>
    </message>
    <message>
        <source>הצגה:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>אדום: באיחור · כתום: להיום או בסיכון</source>
        <translation>أحمر: متأخرة · برتقالي: مستحقة اليوم أو مهددة بالتأخير</translation>
    </message>
    <message>
        <source>סך הכול %1 פתוחים · %2 באיחור · %3 להיום · %4 בסיכון (עד %5, %6 ימי עבודה)</source>
        <translation>المجموع %1 مفتوحة · %2 متأخرة · %3 مستحقة اليوم · %4 مهددة بالتأخير (حتى %5، %6 أيام عمل)</translation>
    </message>
    <message>
        <source>כולם</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>פריטים: %1 · %2 · %3</source>
        <translation>البنود: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>קריאת לוח העומס נכשלה: %1</source>
        <translation>تعذّرت قراءة لوحة عبء العمل: %1</translation>
    </message>
    <message>
        <source>יש לבחור פריטים ברשימה (Shift או Ctrl לבחירת כמה).</source>
        <translation>يرجى اختيار بنود من القائمة (Shift أو Ctrl لاختيار عدة بنود).</translation>
    </message>
    <message>
        <source>נבחר פריט אחד להעברה.</source>
        <translation>تم اختيار بند واحد للتحويل.</translation>
    </message>
    <message>
        <source>%1 פריטים נבחרו להעברה.</source>
        <translation>تم اختيار %1 بنود للتحويل.</translation>
    </message>
    <message>
        <source>העברת פריטים</source>
        <translation>تحويل البنود</translation>
    </message>
    <message>
        <source>הועברו %1 פריטים.</source>
        <translation>تم تحويل %1 بنود.</translation>
    </message>
    <message>
        <source>יש לבחור עובד/ת בטבלה או בסינון.</source>
        <translation>يرجى اختيار موظف في الجدول أو في التصفية.</translation>
    </message>
    <message>
        <source>העברת כל העבודה של עובד/ת</source>
        <translation>تحويل كل عمل موظف</translation>
    </message>
    <message>
        <source>כל הפריטים הפתוחים של %1 יועברו.</source>
        <translation>سيتم تحويل كل البنود المفتوحة لدى %1.</translation>
    </message>
    <message>
        <source>יש לבחור פריטים ברשימה: האחריות על הפניות שלהם תועבר.</source>
        <translation>يرجى اختيار بنود من القائمة: سيتم تحويل المسؤولية عن طلباتها.</translation>
    </message>
    <message>
        <source>העברת אחריות על פניות</source>
        <translation>تحويل المسؤولية عن الطلبات</translation>
    </message>
    <message>
        <source>האחריות על %1 פניות תועבר.</source>
        <translation>سيتم تحويل المسؤولية عن %1 طلبات.</translation>
    </message>
    <message>
        <source>האחריות על %1 פניות הועברה.</source>
        <translation>تم تحويل المسؤولية عن %1 طلبات.</translation>
    </message>
    <message>
        <source>העברת כל הפניות של עובד/ת</source>
        <translation>تحويل كل طلبات موظف</translation>
    </message>
    <message>
        <source>כל הפניות שבאחריות %1 (פתוחות, או עם שיחה שטרם נעשתה) יועברו.</source>
        <translation>سيتم تحويل كل الطلبات التي يتولى %1 مسؤوليتها (المفتوحة، أو التي لها مكالمة لم تُجرَ بعد).</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>כן, דיברנו</source>
        <translation>نعم، تحدثنا</translation>
    </message>
    <message>
        <source>לא הצלחתי להשיג</source>
        <translation>لم أتمكن من الوصول إليه</translation>
    </message>
    <message>
        <source>%1 · פנייה %2</source>
        <translation>%1 · الطلب %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;ערוץ מועדף&lt;/b&gt; %1 · &lt;b&gt;לבצע עד&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;القناة المفضلة&lt;/b&gt; %1 · &lt;b&gt;التنفيذ حتى&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;נושא&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;الموضوع&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;מה לומר&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ما يجب قوله&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>שואלים אם הכול בוצע וכמה היו מרוצים מהשירות (1-5).</source>
        <translation>نسأل إن كان كل شيء قد أُنجز، وما مدى رضاه عن الخدمة (1-5).</translation>
    </message>
    <message>
        <source>&lt;b&gt;ניסיון קודם&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;المحاولة السابقة&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>מה נאמר או מה נעשה</source>
        <translation>ما قيل أو ما تم فعله</translation>
    </message>
    <message>
        <source>לבחור...</source>
        <translation>اختيار...</translation>
    </message>
    <message>
        <source>מה אמר/ה התושב/ת על השירות</source>
        <translation>ما قاله المقيم عن الخدمة</translation>
    </message>
    <message>
        <source>רישום השיחה</source>
        <translation>تسجيل المكالمة</translation>
    </message>
    <message>
        <source>ביטול (Esc)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
    <message>
        <source>השגת את התושב/ת?</source>
        <translation>هل تمكنت من الوصول إلى المقيم؟</translation>
    </message>
    <message>
        <source>ערוץ</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>מה נאמר</source>
        <translation>ما قيل</translation>
    </message>
    <message>
        <source>שביעות רצון</source>
        <translation>الرضا</translation>
    </message>
    <message>
        <source>הערת התושב/ת</source>
        <translation>ملاحظة المقيم</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>הוספת נושא (Enter)</source>
        <translation>إضافة موضوع (Enter)</translation>
    </message>
    <message>
        <source>עוד אין נושאים בפנייה: בוחרים נושא למטה ולוחצים Enter להוספה.</source>
        <translation>لا توجد مواضيع في الطلب بعد: اختر موضوعًا في الأسفل واضغط Enter لإضافته.</translation>
    </message>
    <message>
        <source>נושא: כמה אותיות או קוד מהיר, למשל 503 (Ctrl+I)</source>
        <translation>الموضوع: بضعة أحرف أو رمز سريع، مثلًا 503 (Ctrl+I)</translation>
    </message>
    <message>
        <source>פירוט חופשי (לא חובה)</source>
        <translation>تفاصيل حرة (اختياري)</translation>
    </message>
    <message>
        <source>פרטי הנושא שנבחר</source>
        <translation>تفاصيل الموضوع المختار</translation>
    </message>
    <message>
        <source>נושא חדש בפנייה</source>
        <translation>موضوع جديد في الطلب</translation>
    </message>
    <message>
        <source>נושא</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>פירוט</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>פנייה חדשה עבור %1</source>
        <translation>طلب جديد لـ %1</translation>
    </message>
    <message>
        <source>לא נמצא נושא כזה בקטלוג. נסו מילה אחרת.</source>
        <translation>لم يُعثر على هذا الموضوع في الكتالوج. جرّبوا كلمة أخرى.</translation>
    </message>
    <message>
        <source>אין צורך במסמכים</source>
        <translation>لا حاجة إلى مستندات</translation>
    </message>
    <message>
        <source>%1 ימי עבודה</source>
        <translation>%1 أيام عمل</translation>
    </message>
    <message>
        <source>בחוק: תוך %1 ימים</source>
        <translation>بحسب القانون: خلال %1 يومًا</translation>
    </message>
    <message>
        <source>תאריך צפוי</source>
        <translation>التاريخ المتوقع</translation>
    </message>
    <message>
        <source>מסמכים נדרשים</source>
        <translation>المستندات المطلوبة</translation>
    </message>
    <message>
        <source>מה קורה עכשיו</source>
        <translation>ماذا يحدث الآن</translation>
    </message>
    <message>
        <source>נוסף: %1</source>
        <translation>تمت الإضافة: %1</translation>
    </message>
    <message>
        <source>יש לבחור נושא מהרשימה לפני ההוספה.</source>
        <translation>يرجى اختيار موضوع من القائمة قبل الإضافة.</translation>
    </message>
    <message>
        <source>נושא אחד בפנייה</source>
        <translation>موضوع واحد في الطلب</translation>
    </message>
    <message numerus="yes">
        <source>%n נושאים בפנייה</source>
        <translation>
            <numerusform>%n مواضيع في الطلب</numerusform>
            <numerusform>%n مواضيع في الطلب</numerusform>
            <numerusform>%n مواضيع في الطلب</numerusform>
            <numerusform>%n مواضيع في الطلب</numerusform>
            <numerusform>%n مواضيع في الطلب</numerusform>
            <numerusform>%n مواضيع في الطلب</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Ctrl+P לשמירה והדפסת הקבלה.</source>
        <translation>%1. Ctrl+P لحفظ الطلب وطباعة الإيصال.</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>&lt;b&gt;נושאי הפנייה&lt;/b&gt;</source>
        <translation>&lt;b&gt;مواضيع الطلب&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;היסטוריה&lt;/b&gt;</source>
        <translation>&lt;b&gt;السجل&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;פנייה &lt;span dir=&apos;ltr&apos;&gt;%1&lt;/span&gt;&lt;/b&gt; · %2 · נפתחה %3 · בעלים: %4 · תושב/ת: %5</source>
        <translation>&lt;b&gt;الطلب &lt;span dir=&apos;ltr&apos;&gt;%1&lt;/span&gt;&lt;/b&gt; · %2 · فُتح %3 · المسؤول: %4 · المقيم: %5</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <source>אין</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>כשהחוק קובע מועד (למשל תשובה להשגת ארנונה תוך 60 יום), התאריך הצפוי לא יעבור אותו.</source>
        <translation>عندما يحدد القانون موعدًا (مثلًا الرد على اعتراض على الأرنونا خلال 60 يومًا)، لن يتجاوزه التاريخ المتوقع.</translation>
    </message>
    <message>
        <source>פעיל בקטלוג (מוצע בדלפק)</source>
        <translation>فعّال في الكتالوج (يُعرض في مكتب الاستقبال)</translation>
    </message>
    <message>
        <source>מילים מופרדות בפסיקים</source>
        <translation>كلمات مفصولة بفواصل</translation>
    </message>
    <message>
        <source>צעד בכל שורה: מה יקרה אחרי הדלפק</source>
        <translation>خطوة في كل سطر: ما سيحدث بعد مكتب الاستقبال</translation>
    </message>
    <message>
        <source>מסמך בכל שורה</source>
        <translation>مستند في كل سطر</translation>
    </message>
    <message>
        <source>קוד</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>שם סוג הפנייה</source>
        <translation>اسم نوع الطلب</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>זמן טיפול (ימי עבודה)</source>
        <translation>مدة المعالجة (أيام عمل)</translation>
    </message>
    <message>
        <source>מועד בחוק (ימים קלנדריים)</source>
        <translation>الموعد القانوني (أيام تقويمية)</translation>
    </message>
    <message>
        <source>צעדי המשך</source>
        <translation>خطوات المتابعة</translation>
    </message>
    <message>
        <source>מסמכים נדרשים</source>
        <translation>المستندات المطلوبة</translation>
    </message>
    <message>
        <source>מילות חיפוש</source>
        <translation>كلمات البحث</translation>
    </message>
    <message>
        <source>שינוי זמן הטיפול חל על פניות חדשות בלבד: תאריך צפוי שכבר נמסר לתושב/ת לא זז.</source>
        <translation>تغيير مدة المعالجة يسري على الطلبات الجديدة فقط: التاريخ المتوقع الذي أُبلغ به المقيم لا يتغير.</translation>
    </message>
    <message>
        <source>בחירת מחלקה…</source>
        <translation>اختيار القسم…</translation>
    </message>
    <message>
        <source>(ייקבע בשמירה)</source>
        <translation>(يُحدد عند الحفظ)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>החלפת סיסמה</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>שמירת הסיסמה (Enter)</source>
        <translation>حفظ كلمة المرور (Enter)</translation>
    </message>
    <message>
        <source>יציאה (Esc)</source>
        <translation>خروج (Esc)</translation>
    </message>
    <message>
        <source>ביטול (Esc)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
    <message>
        <source>הסיסמה שלך נקבעה על ידי מנהל/ת המערכת. לפני שממשיכים, בחרו סיסמה משלכם: לפחות 8 תווים, שונה משם המשתמש.</source>
        <translation>كلمة المرور الخاصة بك حددها مدير النظام. قبل المتابعة اختاروا كلمة مرور خاصة بكم: 8 أحرف على الأقل، ومختلفة عن اسم المستخدم.</translation>
    </message>
    <message>
        <source>סיסמה חדשה: לפחות 8 תווים, שונה משם המשתמש.</source>
        <translation>كلمة مرور جديدة: 8 أحرف على الأقل، ومختلفة عن اسم المستخدم.</translation>
    </message>
    <message>
        <source>הסיסמה הנוכחית</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>סיסמה חדשה</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>שוב, לאימות</source>
        <translation>مرة أخرى للتأكيد</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>רישום הגעה ללובי</source>
        <translation>تسجيل الوصول إلى قاعة الانتظار</translation>
    </message>
    <message>
        <source>שם, ת.ז. או טלפון; או שם כפי שנמסר</source>
        <translation>الاسم أو رقم الهوية أو الهاتف؛ أو الاسم كما ذُكر</translation>
    </message>
    <message>
        <source>במה מדובר, בכמה מילים</source>
        <translation>موضوع الزيارة، ببضع كلمات</translation>
    </message>
    <message>
        <source>למשל: כיסא גלגלים, חודש שמיני, בן 82</source>
        <translation>مثلًا: كرسي متحرك، الشهر الثامن من الحمل، عمره 82</translation>
    </message>
    <message>
        <source>רישום</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>ביטול</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>תושב/ת:</source>
        <translation>المقيم:</translation>
    </message>
    <message>
        <source>סיבת ההגעה:</source>
        <translation>سبب الزيارة:</translation>
    </message>
    <message>
        <source>קדימות:</source>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <source>סיבת הקדימות:</source>
        <translation>سبب الأولوية:</translation>
    </message>
    <message>
        <source>לא נמצא/ה - רישום בשם: %1</source>
        <translation>لم يُعثر عليه - التسجيل باسم: %1</translation>
    </message>
</context>
<context>
    <name>CollisionsPage</name>
    <message>
        <source>מיזוג שתי הרשומות... (Ctrl+M)</source>
        <translation>دمج السجلّين... (Ctrl+M)</translation>
    </message>
    <message>
        <source>אישור השינוי (Ctrl+K)</source>
        <translation>تأكيد التغيير (Ctrl+K)</translation>
    </message>
    <message>
        <source>שתי עמדות יצרו בלי לראות זו את זו את אותו שם משתמש, אותו קוד או אותה תעודת זהות. בכל העמדות המוקדם נשאר כפי שהוא והמאוחר קיבל את קוד העמדה שלו (למשל dana~lvi). שני תושבים עם אותה תעודת זהות הם אדם אחד: מיזוג מעביר את הפניות, ההחזקות, הביקורים וההיסטוריה לרשומה שנרשמה ראשונה, וכל פרט שהוקלד בשתיהן נשמר.</source>
        <translation>أنشأت محطتان اسم المستخدم نفسه أو الرمز نفسه أو رقم الهوية نفسه دون أن ترى إحداهما الأخرى. في كل المحطات يبقى الأقدم كما هو ويحصل الأحدث على رمز محطته (مثلاً dana~lvi). مقيمان برقم الهوية نفسه هما شخص واحد: الدمج ينقل الطلبات والممتلكات والزيارات والسجل إلى السجل المسجَّل أولاً، ويُحفظ كل تفصيل كُتب في أيٍّ منهما.</translation>
    </message>
    <message>
        <source>מה</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>ערך</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>נשאר/ה</source>
        <translation>يبقى</translation>
    </message>
    <message>
        <source>השני/ה</source>
        <translation>الآخر</translation>
    </message>
    <message>
        <source>עמדה</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>כפילויות לטיפול</source>
        <translation>تكرارات للمعالجة</translation>
    </message>
    <message>
        <source>מיזוג שתי רשומות התושב/ת</source>
        <translation>دمج سجلَّي المقيم</translation>
    </message>
    <message>
        <source>אישור שם המשתמש או הקוד שהשתנה</source>
        <translation>تأكيد اسم المستخدم أو الرمز الذي تغيّر</translation>
    </message>
    <message>
        <source>מיזוג רשומות</source>
        <translation>دمج السجلات</translation>
    </message>
    <message>
        <source>למזג את %1 אל %2? כל מה שנרשם לשתיהן יישמר ברשומה אחת. אי אפשר לבטל מיזוג.</source>
        <translation>دمج %1 في %2؟ كل ما سُجّل للاثنين يُحفظ في سجل واحد. لا يمكن التراجع عن الدمج.</translation>
    </message>
    <message>
        <source>יש לבחור שורה של תושב/ת שנרשם/ה פעמיים.</source>
        <translation>يجب اختيار صف مقيم مسجَّل مرتين.</translation>
    </message>
    <message>
        <source>הרשומות מוזגו. המיזוג יגיע לשאר העמדות בסנכרון הבא.</source>
        <translation>تم دمج السجلات. يصل الدمج إلى باقي المحطات في المزامنة التالية.</translation>
    </message>
    <message>
        <source>יש לבחור שורה בטבלה.</source>
        <translation>يرجى اختيار سطر في الجدول.</translation>
    </message>
    <message>
        <source>נרשם. השינוי יגיע לשאר העמדות בסנכרון הבא.</source>
        <translation>تم التسجيل. سيصل التغيير إلى باقي المحطات في المزامنة القادمة.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>חסר</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>רשומה</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>נעדר/ת</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>ממלא/ת מקום</source>
        <translation>البديل</translation>
    </message>
    <message>
        <source>מתאריך</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>עד תאריך</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>סיבה</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>פתוחים</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>להיום</source>
        <translation>مستحقة اليوم</translation>
    </message>
    <message>
        <source>באיחור</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>בסיכון</source>
        <translation>مهددة بالتأخير</translation>
    </message>
    <message>
        <source>נדחו</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <source>ללא עובד/ת</source>
        <translation>بلا موظف</translation>
    </message>
    <message>
        <source>עובד/ת</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>פנייה</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>מועד</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>משתמש/ת</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>במה</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>תושב/ת</source>
        <translation>المقيم</translation>
    </message>
    <message>
        <source>ת.ז.</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>פירוט</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>נושא</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>אחראי/ת פנייה</source>
        <translation>المسؤول عن الطلب</translation>
    </message>
    <message>
        <source>תאריך צפוי</source>
        <translation>التاريخ المتوقع</translation>
    </message>
    <message>
        <source>ימים פתוח</source>
        <translation>أيام الفتح</translation>
    </message>
    <message>
        <source>העברות</source>
        <translation>التحويلات</translation>
    </message>
    <message>
        <source>מצב</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>(תור המחלקה)</source>
        <translation>(طابور القسم)</translation>
    </message>
    <message>
        <source>שיחה חוזרת</source>
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <source>שיחת מעקב</source>
        <translation>مكالمة متابعة</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>הצעד הבא</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>מתי</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>מי</source>
        <translation>من</translation>
    </message>
    <message>
        <source>מה</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>באיחור: התאריך הצפוי עבר</source>
        <translation>متأخر: مضى التاريخ المتوقع</translation>
    </message>
    <message>
        <source>תחום</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>עמדה</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>פקיד/ה</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>תור</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>מאז</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>דקות</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <source>תחנה</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>שם</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>ממתין/ה</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>קדימות</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>סיבת ההגעה</source>
        <translation type="vanished">سبب الزيارة</translation>
    </message>
    <message>
        <source>חדש</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>עודכנה</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <source>מה קרה</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>נוצרה</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>ערוץ</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>אל</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>מה נעשה</source>
        <translation>ما تم فعله</translation>
    </message>
    <message>
        <source>למה</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>פג בתאריך</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>קוד</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>סוג פנייה</source>
        <translation>نوع الطلب</translation>
    </message>
    <message>
        <source>ימי טיפול</source>
        <translation>أيام المعالجة</translation>
    </message>
    <message>
        <source> (לא פעיל)</source>
        <translation> (غير نشط)</translation>
    </message>
    <message>
        <source>כותרת</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>השינוי</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>משימה</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>עד</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>טלפון</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>יישוב</source>
        <translation>البلدة</translation>
    </message>
    <message>
        <source>תאריך לידה</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>מה לומר</source>
        <translation>ما يجب قوله</translation>
    </message>
    <message>
        <source>שם משתמש</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>שם מלא</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>תפקיד</source>
        <translation>الوظيفة</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>העמדה</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>עמדה עצמאית עובדת לבד; עמדה מחוברת מסתנכרנת עם המרכזת של המועצה.</source>
        <translation>المحطة المستقلة تعمل وحدها؛ المحطة المتصلة تتزامن مع الخادم المركزي للمجلس.</translation>
    </message>
    <message>
        <source>עמדה עצמאית (בלי מרכזת)</source>
        <translation>محطة مستقلة (بدون خادم مركزي)</translation>
    </message>
    <message>
        <source>עמדה מחוברת למרכזת</source>
        <translation>محطة متصلة بالخادم المركزي</translation>
    </message>
    <message>
        <source>קוד העמדה (למספרי הפניות)</source>
        <translation>رمز المحطة (لأرقام الطلبات)</translation>
    </message>
</context>
<context>
    <name>CouncilFields</name>
    <message>
        <source>בחירת סמל...</source>
        <translation>اختيار شعار...</translation>
    </message>
    <message>
        <source>בלי סמל</source>
        <translation>بدون شعار</translation>
    </message>
    <message>
        <source>שם המועצה</source>
        <translation>اسم المجلس</translation>
    </message>
    <message>
        <source>סמל לקבלות</source>
        <translation>شعار الإيصالات</translation>
    </message>
    <message>
        <source>אין סמל</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <source>הקבלות יודפסו עם שם המועצה בלבד.</source>
        <translation>ستُطبع الإيصالات باسم المجلس فقط.</translation>
    </message>
    <message>
        <source>הסמל יודפס מעל שם המועצה בכל קבלה.</source>
        <translation>سيُطبع الشعار فوق اسم المجلس في كل إيصال.</translation>
    </message>
    <message>
        <source>סמל המועצה</source>
        <translation>شعار المجلس</translation>
    </message>
    <message>
        <source>תמונות (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>صور (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>המועצה</source>
        <translation>المجلس</translation>
    </message>
    <message>
        <source>השם והסמל שיודפסו בראש כל קבלה לתושבים.</source>
        <translation>الاسم والشعار اللذان يُطبعان في أعلى كل إيصال للمقيمين.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>אירעה שגיאה לא צפויה בדלפק.

מה נשמר: כל פעולה שהושלמה כבר נשמרה במסד הנתונים של העמדה. הפנייה שבהקלדה נשמרה כטיוטה, ותוצע שוב אם דלפק ייפתח מחדש.

אפשר להמשיך לעבוד. אם השגיאה חוזרת, סגרו את דלפק, פתחו אותו שוב ומסרו לתמיכה את קובצי היומן מהתיקייה:
%1</source>
        <translation>حدث خطأ غير متوقع في دلبك.

ما تم حفظه: كل عملية اكتملت محفوظة في قاعدة بيانات المحطة. الطلب الذي كان قيد الكتابة حُفظ كمسودة، وسيُعرض مجددًا عند إعادة فتح دلبك.

يمكن مواصلة العمل. إذا تكرر الخطأ، أغلقوا دلبك وافتحوه مجددًا، وسلّموا الدعم الفني ملفات السجل من المجلد:
%1</translation>
    </message>
    <message>
        <source>דלפק</source>
        <translation>دلبك</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>הגיבוי היומי נכשל: %1</source>
        <translation>فشل النسخ الاحتياطي اليومي: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>קביעה ליום העבודה הבא</source>
        <translation>تحديد ليوم العمل التالي</translation>
    </message>
    <message>
        <source>שבת</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>יום שישי</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>%1 - אינו יום עבודה.</source>
        <translation>%1 - ليس يوم عمل.</translation>
    </message>
    <message>
        <source>יום העבודה הבא: %1</source>
        <translation>يوم العمل التالي: %1</translation>
    </message>
</context>
<context>
    <name>ExtrasPanel</name>
    <message>
        <source>מגיע לתושב/ת גם</source>
        <translation>يستحق المقيم أيضًا</translation>
    </message>
    <message>
        <source>אין הצעות נוספות כרגע.</source>
        <translation>لا توجد اقتراحات أخرى حاليًا.</translation>
    </message>
    <message>
        <source>הוספה לפנייה</source>
        <translation>إضافة إلى الطلب</translation>
    </message>
    <message>
        <source>לא עכשיו</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>ההצעה לא התקבלה</source>
        <translation>لم يُقبل الاقتراح</translation>
    </message>
    <message>
        <source>למה? (יירשם, וההצעה לא תוצג שוב לזמן מה)</source>
        <translation>لماذا؟ (سيُسجَّل ذلك، ولن يُعرض الاقتراح مجددًا لفترة)</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>ביקורים</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>המתנה ממוצעת (דק&apos;)</source>
        <translation>متوسط الانتظار (دقيقة)</translation>
    </message>
    <message>
        <source>שירות ממוצע (דק&apos;)</source>
        <translation>متوسط الخدمة (دقيقة)</translation>
    </message>
    <message>
        <source>עמידה בזמן (%)</source>
        <translation>في الموعد (%)</translation>
    </message>
    <message>
        <source>מעל שתי העברות</source>
        <translation>أكثر من تحويلين</translation>
    </message>
    <message>
        <source>שביעות רצון (1-5)</source>
        <translation>الرضا (1-5)</translation>
    </message>
    <message>
        <source>ייצוא ל-Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <source>דוח PDF</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>רענון (F5)</source>
        <translation>تحديث (F5)</translation>
    </message>
    <message>
        <source>30 הימים האחרונים</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>החודש</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>החודש הקודם</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>90 הימים האחרונים</source>
        <translation>آخر 90 يومًا</translation>
    </message>
    <message>
        <source>השנה</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <source>תקופה לבחירה</source>
        <translation>فترة مخصصة</translation>
    </message>
    <message>
        <source>תקופה</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>סינון לפי מחלקה</source>
        <translation>تصفية حسب القسم</translation>
    </message>
    <message>
        <source>סינון לפי פקיד/ה</source>
        <translation>تصفية حسب الموظف</translation>
    </message>
    <message>
        <source>סינון לפי יישוב</source>
        <translation>تصفية حسب البلدة</translation>
    </message>
    <message>
        <source>סינון לפי סוג פנייה</source>
        <translation>تصفية حسب نوع الطلب</translation>
    </message>
    <message>
        <source>מתאריך</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>עד תאריך</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>כל המחלקות</source>
        <translation>كل الأقسام</translation>
    </message>
    <message>
        <source>כל הפקידים</source>
        <translation>كل الموظفين</translation>
    </message>
    <message>
        <source>כל היישובים</source>
        <translation>كل البلدات</translation>
    </message>
    <message>
        <source>כל סוגי הפניות</source>
        <translation>كل أنواع الطلبات</translation>
    </message>
    <message>
        <source>תקופה:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>עד</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>פקיד/ה</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>יישוב</source>
        <translation>البلدة</translation>
    </message>
    <message>
        <source>סוג פנייה</source>
        <translation>نوع الطلب</translation>
    </message>
    <message>
        <source>סוף התקופה לפני תחילתה: יש לתקן את התאריכים.</source>
        <translation>نهاية الفترة تسبق بدايتها: يرجى تصحيح التواريخ.</translation>
    </message>
    <message>
        <source>המדדים נטענים…</source>
        <translation>جارٍ تحميل المؤشرات…</translation>
    </message>
    <message>
        <source>קריאת המדדים נכשלה: %1</source>
        <translation>تعذّرت قراءة المؤشرات: %1</translation>
    </message>
    <message>
        <source>אין נתונים לתקופה ולסינון שנבחרו</source>
        <translation>لا توجد بيانات للفترة والتصفية المختارة</translation>
    </message>
    <message>
        <source>מדדים</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>ייצוא המדדים ל-Excel</source>
        <translation>تصدير المؤشرات إلى Excel</translation>
    </message>
    <message>
        <source>דוח המדדים</source>
        <translation>تقرير المؤشرات</translation>
    </message>
    <message>
        <source>הקובץ נשמר: %1</source>
        <translation>تم حفظ الملف: %1</translation>
    </message>
    <message>
        <source>שמירת הקובץ נכשלה: %1</source>
        <translation>تعذّر حفظ الملف: %1</translation>
    </message>
    <message>
        <source>הקובץ נשמר ברקע…</source>
        <translation>جارٍ حفظ الملف في الخلفية…</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>תיקייה</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>קובץ</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>קובץ %1</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <source>תיקייה:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>שם הקובץ:</source>
        <translation>اسم الملف:</translation>
    </message>
    <message>
        <source>סוג הקובץ:</source>
        <translation>نوع الملف:</translation>
    </message>
    <message>
        <source>ביטול</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>שמירה</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>פתיחה</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>דלפק - הגדרת עמדה חדשה</source>
        <translation>دلبك - إعداد محطة جديدة</translation>
    </message>
    <message>
        <source>הבא</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>הקודם</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>סיום והתחלת עבודה</source>
        <translation>إنهاء وبدء العمل</translation>
    </message>
    <message>
        <source>ביטול</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>מחברים את העמדה למרכזת ומושכים את נתוני המועצה...</source>
        <translation>جارٍ ربط المحطة بالخادم المركزي وجلب بيانات المجلس...</translation>
    </message>
    <message>
        <source>מכינים את העמדה...</source>
        <translation>جارٍ تجهيز المحطة...</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>אני מאשר/ת העברה מעבר למותר באמנה, מהסיבה שכתבתי</source>
        <translation>أوافق على تحويل يتجاوز ما يسمح به ميثاق الخدمة، للسبب الذي كتبته</translation>
    </message>
    <message>
        <source>העברה</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>העברת %1 למחלקה אחרת</source>
        <translation>تحويل %1 إلى قسم آخر</translation>
    </message>
    <message>
        <source>למה המחלקה האחרת היא הכתובת</source>
        <translation>لماذا القسم الآخر هو الجهة المختصة</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>עובד/ת (לא חובה)</source>
        <translation>الموظف (اختياري)</translation>
    </message>
    <message>
        <source>סיבה</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>נמצא כעת ב: %1</source>
        <translation>موجود حاليًا في: %1</translation>
    </message>
    <message>
        <source>כל המחלקה</source>
        <translation>القسم بأكمله</translation>
    </message>
    <message>
        <source>יש לבחור מחלקה.</source>
        <translation>يرجى اختيار قسم.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>עזרה - דלפק</source>
        <translation>مساعدة - دلبك</translation>
    </message>
    <message>
        <source>ביקור טיפוסי בדלפק</source>
        <translation>زيارة نموذجية لمكتب الاستقبال</translation>
    </message>
    <message>
        <source>מקלידים שם, ת.ז. או טלפון ולוחצים Enter.</source>
        <translation>اكتبوا الاسم أو رقم الهوية أو الهاتف واضغطوا Enter.</translation>
    </message>
    <message>
        <source>פותחים פנייה ב-Ctrl+E; מקלידים נושא, Enter, ושוב Enter להוספה.</source>
        <translation>افتحوا طلبًا بـ Ctrl+E؛ اكتبوا موضوعًا، Enter، ثم Enter مرة أخرى للإضافة.</translation>
    </message>
    <message>
        <source>שומרים את הפנייה ומציגים את הקבלה ב-Ctrl+P; מדפיסים ב-Enter.</source>
        <translation>احفظوا الطلب واعرضوا الإيصال بـ Ctrl+P؛ اطبعوا بـ Enter.</translation>
    </message>
    <message>
        <source>לובי</source>
        <translation>قاعة الانتظار</translation>
    </message>
    <message>
        <source>רושמים הגעה ב-Ctrl+Shift+L: תושב/ת מהחיפוש או שם כפי שנמסר, סיבת ההגעה, וקדימות עם הסיבה שלה.</source>
        <translation>سجّلوا الوصول بـ Ctrl+Shift+L: مقيم من البحث أو اسم كما ذُكر، سبب الزيارة، والأولوية مع سببها.</translation>
    </message>
    <message>
        <source>קוראים לבא/ה בתור ב-F9: הפנייה נפתחת עם התושב/ת, ושמירתה מסיימת את הביקור.</source>
        <translation>استدعوا صاحب الدور التالي بـ F9: يُفتح الطلب مع المقيم، وحفظه يُنهي الزيارة.</translation>
    </message>
    <message>
        <source>מסך הקריאה לתושבים נפתח ב-Ctrl+Shift+D.</source>
        <translation>تُفتح شاشة استدعاء المقيمين بـ Ctrl+Shift+D.</translation>
    </message>
    <message>
        <source>קיצורי מקלדת</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>סגירה</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>HubFields</name>
    <message>
        <source>בדיקת חיבור</source>
        <translation>فحص الاتصال</translation>
    </message>
    <message>
        <source>כתובת המרכזת</source>
        <translation>عنوان الخادم المركزي</translation>
    </message>
    <message>
        <source>קוד העמדה</source>
        <translation>رمز المحطة</translation>
    </message>
    <message>
        <source>אסימון העמדה</source>
        <translation>رمز الوصول للمحطة</translation>
    </message>
    <message>
        <source>בודקים את החיבור למרכזת...</source>
        <translation>جارٍ فحص الاتصال بالخادم المركزي...</translation>
    </message>
    <message>
        <source>החיבור תקין: המרכזת מכירה את העמדה %1.</source>
        <translation>الاتصال سليم: الخادم المركزي يتعرف على المحطة %1.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>באיחור בלבד</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <source>להיום בלבד</source>
        <translation>المستحقة اليوم فقط</translation>
    </message>
    <message>
        <source>פתיחה (Enter)</source>
        <translation>فتح (Enter)</translation>
    </message>
    <message>
        <source>רענון</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>סינון: מספר פנייה, שם תושב/ת או נושא</source>
        <translation>تصفية: رقم الطلب أو اسم المقيم أو الموضوع</translation>
    </message>
    <message>
        <source>סינון לפי מצב</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>כל המצבים הפתוחים</source>
        <translation>كل الحالات المفتوحة</translation>
    </message>
    <message>
        <source>אדום: באיחור · מודגש על רקע כתום: להיום</source>
        <translation>أحمر: متأخر · خط عريض على خلفية برتقالية: مستحق اليوم</translation>
    </message>
    <message>
        <source>אין פריטים שעונים לסינון. מנקים את הסינון כדי לראות את כולם.</source>
        <translation>لا توجد بنود تطابق التصفية. امسح التصفية لرؤيتها كلها.</translation>
    </message>
    <message>
        <source>אין פריטים פתוחים למחלקה שלך או לך. פריט שיועבר אליכם יופיע כאן.</source>
        <translation>لا توجد بنود مفتوحة لقسمك أو لك. البند الذي يُحوَّل إليكم سيظهر هنا.</translation>
    </message>
    <message>
        <source>נושא אחד</source>
        <translation>موضوع واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n נושאים</source>
        <translation>
            <numerusform>%n مواضيع</numerusform>
            <numerusform>%n مواضيع</numerusform>
            <numerusform>%n مواضيع</numerusform>
            <numerusform>%n مواضيع</numerusform>
            <numerusform>%n مواضيع</numerusform>
            <numerusform>%n مواضيع</numerusform>
        </translation>
    </message>
    <message>
        <source>קריאת התיבה נכשלה: %1</source>
        <translation>تعذّرت قراءة الصندوق: %1</translation>
    </message>
</context>
<context>
    <name>ItemDetailDialog</name>
    <message>
        <source>התושב/ת</source>
        <translation>المقيم</translation>
    </message>
    <message>
        <source>הנושא שלך</source>
        <translation>موضوعك</translation>
    </message>
    <message>
        <source>עדכון מצב (Enter)</source>
        <translation>تحديث الحالة (Enter)</translation>
    </message>
    <message>
        <source>העברה</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>פנייה %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <source>טלפון</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>ערוץ מועדף</source>
        <translation>القناة المفضلة</translation>
    </message>
    <message>
        <source>שפה</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>יישוב וכתובת</source>
        <translation>البلدة والعنوان</translation>
    </message>
    <message>
        <source>דוא&quot;ל</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>ת.ז.</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>תאריך לידה</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>צורכי נגישות</source>
        <translation>احتياجات الإتاحة</translation>
    </message>
    <message>
        <source>הנושא כבר אינו בפנייה הזאת.</source>
        <translation>الموضوع لم يعد ضمن هذا الطلب.</translation>
    </message>
    <message>
        <source>העברות: %1 מתוך %2 לפי האמנה</source>
        <translation>التحويلات: %1 من أصل %2 حسب ميثاق الخدمة</translation>
    </message>
    <message>
        <source>מצב</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>תאריך צפוי</source>
        <translation>التاريخ المتوقع</translation>
    </message>
    <message>
        <source>הצעד הבא</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>פירוט</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>העדכון נשמר ונשלח לבעלי הפנייה.</source>
        <translation>تم حفظ التحديث وإرساله إلى المسؤول عن الطلب.</translation>
    </message>
    <message>
        <source>הנושא הועבר ל%1. בעלי הפנייה קיבלו הודעה.</source>
        <translation>تم تحويل الموضوع إلى %1. تلقّى المسؤول عن الطلب إشعارًا.</translation>
    </message>
</context>
<context>
    <name>KnowledgeDialog</name>
    <message>
        <source>התשובה</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>הדפסה לתושב/ת</source>
        <translation>طباعة للمقيم</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>מאגר הידע</source>
        <translation>قاعدة المعرفة</translation>
    </message>
    <message>
        <source>מה שואלים? למשל: שעות, ארנונה הנחה, פינוי גזם</source>
        <translation>ما السؤال؟ مثلًا: ساعات العمل، تخفيض الأرنونا، إخلاء أغصان التقليم</translation>
    </message>
    <message>
        <source>הדף יודפס על שם %1</source>
        <translation>ستُطبع الصفحة باسم %1</translation>
    </message>
    <message>
        <source>לא נמצאה תשובה. אפשר לנסות מילה אחרת.</source>
        <translation>لم يتم العثور على إجابة. يمكن تجربة كلمة أخرى.</translation>
    </message>
    <message>
        <source>דף מידע: %1</source>
        <translation>صفحة معلومات: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgeEditor</name>
    <message>
        <source>מילים מופרדות בפסיקים</source>
        <translation>كلمات مفصولة بفواصل</translation>
    </message>
    <message>
        <source>קוד</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>כותרת</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>נושא</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>מילות חיפוש</source>
        <translation>كلمات البحث</translation>
    </message>
    <message>
        <source>התשובה</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>כל המועצה</source>
        <translation>المجلس بأكمله</translation>
    </message>
    <message>
        <source>(ייקבע בשמירה)</source>
        <translation>(يُحدد عند الحفظ)</translation>
    </message>
</context>
<context>
    <name>Lobby</name>
    <message>
        <source>%1 דק׳</source>
        <translation>%1 دقيقة</translation>
    </message>
</context>
<context>
    <name>LobbyBoard</name>
    <message>
        <source>כל התחנות במועצה</source>
        <translation>كل المحطات في المجلس</translation>
    </message>
    <message>
        <source>ממתינים עכשיו</source>
        <translation>ينتظرون الآن</translation>
    </message>
    <message>
        <source>ההמתנה הארוכה ביותר</source>
        <translation>أطول انتظار</translation>
    </message>
    <message>
        <source>המתנה צפויה למי שמגיע/ה עכשיו</source>
        <translation>الانتظار المتوقع لمن يصل الآن</translation>
    </message>
    <message>
        <source>קיבלו שירות היום</source>
        <translation>تلقّوا الخدمة اليوم</translation>
    </message>
    <message>
        <source>עזבו בלי שירות היום</source>
        <translation>غادروا دون خدمة اليوم</translation>
    </message>
    <message>
        <source>הצגת הלובי של כל התחנות במועצה</source>
        <translation>عرض قاعة الانتظار لكل محطات المجلس</translation>
    </message>
    <message>
        <source>%1 דקות</source>
        <translation>%1 دقائق</translation>
    </message>
    <message>
        <source>ממתינים עכשיו&lt;br&gt;מהם בקדימות: %1</source>
        <translation>ينتظرون الآن&lt;br&gt;منهم بأولوية: %1</translation>
    </message>
    <message>
        <source>ההמתנה הארוכה ביותר&lt;br&gt;תור %1</source>
        <translation>أطول انتظار&lt;br&gt;الدور %1</translation>
    </message>
    <message>
        <source>בשירות בעמדות: %1</source>
        <translation>قيد الخدمة في المحطات: %1</translation>
    </message>
    <message>
        <source>זמן שירות חציוני של %1 דקות ב-%2 הביקורים האחרונים</source>
        <translation>مدة الخدمة الوسيطة %1 دقائق في آخر %2 زيارات</translation>
    </message>
    <message>
        <source>זמן שירות משוער של %1 דקות, כי עדיין אין מספיק ביקורים שהסתיימו</source>
        <translation>مدة خدمة تقديرية %1 دقائق، لعدم وجود عدد كافٍ من الزيارات المكتملة بعد</translation>
    </message>
    <message>
        <source>ההמתנה הצפויה: הממתינים חלקי %1 עמדות פעילות בשעה האחרונה, כפול %2.</source>
        <translation>الانتظار المتوقع: عدد المنتظرين مقسومًا على %1 محطات نشطة في الساعة الأخيرة، مضروبًا في %2.</translation>
    </message>
</context>
<context>
    <name>LobbyDisplay</name>
    <message>
        <source>לובי - תורים</source>
        <translation>قاعة الانتظار - الأدوار</translation>
    </message>
    <message>
        <source>נקראים עכשיו</source>
        <translation>يُستدعى الآن</translation>
    </message>
    <message>
        <source>קריאות קודמות</source>
        <translation>الاستدعاءات السابقة</translation>
    </message>
    <message>
        <source>לעמדה %1</source>
        <translation>إلى المحطة %1</translation>
    </message>
    <message>
        <source>עמדה %1</source>
        <translation>المحطة %1</translation>
    </message>
    <message>
        <source>ממתינים: %1 · זמן המתנה משוער: %2 דקות</source>
        <translation>المنتظرون: %1 · مدة الانتظار التقديرية: %2 دقائق</translation>
    </message>
    <message>
        <source>אין ממתינים כרגע</source>
        <translation>لا يوجد منتظرون حاليًا</translation>
    </message>
</context>
<context>
    <name>LobbyPanel</name>
    <message>
        <source>אין ממתינים בלובי. רישום הגעה: Ctrl+Shift+L.</source>
        <translation>لا أحد ينتظر في الردهة. تسجيل وصول: Ctrl+Shift+L.</translation>
    </message>
    <message>
        <source>רישום הגעה (Ctrl+Shift+L)</source>
        <translation>تسجيل الوصول (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>הבא/ה בתור (F9)</source>
        <translation>الدور التالي (F9)</translation>
    </message>
    <message>
        <source>קריאה לנבחר/ת</source>
        <translation>استدعاء المحدد</translation>
    </message>
    <message>
        <source>עזב/ה</source>
        <translation>غادر</translation>
    </message>
    <message>
        <source>סיום בלי פנייה</source>
        <translation>إنهاء دون طلب</translation>
    </message>
    <message>
        <source>לובי</source>
        <translation>قاعة الانتظار</translation>
    </message>
    <message>
        <source>מס&apos; עמדה</source>
        <translation>رقم المحطة</translation>
    </message>
    <message>
        <source>Enter על שורה ברשימה</source>
        <translation>Enter على سطر في القائمة</translation>
    </message>
    <message>
        <source>התושב/ת המסומן/ת עזב/ה בלי לקבל שירות</source>
        <translation>المقيم المحدد غادر دون أن يتلقى الخدمة</translation>
    </message>
    <message>
        <source>השירות הסתיים בלי לפתוח פנייה (למשל מסירת מידע)</source>
        <translation>انتهت الخدمة دون فتح طلب (مثلًا تقديم معلومات)</translation>
    </message>
    <message>
        <source>עמדה:</source>
        <translation>المحطة:</translation>
    </message>
    <message>
        <source>ממתינים: %1 · המתנה צפויה: %2</source>
        <translation>المنتظرون: %1 · الانتظار المتوقع: %2</translation>
    </message>
    <message>
        <source>%1 נרשם/ה בתור %2.</source>
        <translation>تم تسجيل %1 في الدور %2.</translation>
    </message>
    <message>
        <source>בשירות: תור %1, %2</source>
        <translation>قيد الخدمة: الدور %1، %2</translation>
    </message>
    <message>
        <source>הביקור של תור %1 הסתיים.</source>
        <translation>انتهت زيارة الدور %1.</translation>
    </message>
    <message>
        <source>תור %1 עדיין בשירות: שומרים את הפנייה (Ctrl+P) או מסיימים בלי פנייה.</source>
        <translation>الدور %1 ما زال قيد الخدمة: احفظوا الطلب (Ctrl+P) أو أنهوا دون طلب.</translation>
    </message>
    <message>
        <source>%1 (תור %2) נקרא/ה לעמדה %3.</source>
        <translation>تم استدعاء %1 (الدور %2) إلى المحطة %3.</translation>
    </message>
    <message>
        <source>בחרו תושב/ת ברשימת הממתינים.</source>
        <translation>اختاروا مقيمًا من قائمة المنتظرين.</translation>
    </message>
    <message>
        <source>תור %1 סומן כמי שעזב/ה.</source>
        <translation>تم تعليم الدور %1 على أنه غادر.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>המסך נעול</source>
        <translation>الشاشة مقفلة</translation>
    </message>
    <message>
        <source>שחרור הנעילה</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>המסך ננעל כדי לשמור על פרטיות התושבים.
העבודה שלך שמורה.</source>
        <translation>تم قفل الشاشة حفاظًا على خصوصية المقيمين.
عملك محفوظ.</translation>
    </message>
    <message>
        <source>סיסמה של %1</source>
        <translation>كلمة مرور %1</translation>
    </message>
    <message>
        <source>הסיסמה שגויה.</source>
        <translation>كلمة المرور خاطئة.</translation>
    </message>
    <message>
        <source>הסיסמה שגויה. אפשר לנסות שוב.</source>
        <translation type="vanished">كلمة المرور غير صحيحة. يمكن المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>דלפק - כניסה</source>
        <translation>دلبك - تسجيل الدخول</translation>
    </message>
    <message>
        <source>כניסה</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>יציאה</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>שם משתמש</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>סיסמה</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>דלפק השירות - כניסה לעמדה %1</source>
        <translation>مكتب الخدمة - تسجيل الدخول إلى المحطة %1</translation>
    </message>
    <message>
        <source>בלי סיסמה חדשה אי אפשר להמשיך. אפשר להיכנס שוב.</source>
        <translation>لا يمكن المتابعة دون كلمة مرور جديدة. يمكنكم تسجيل الدخول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>פנייה חדשה (Ctrl+E)</source>
        <translation>طلب جديد (Ctrl+E)</translation>
    </message>
    <message>
        <source>שמירה והדפסת קבלה (Ctrl+P)</source>
        <translation>حفظ وطباعة إيصال (Ctrl+P)</translation>
    </message>
    <message>
        <source>דלפק - %1</source>
        <translation>دلبك - %1</translation>
    </message>
    <message>
        <source>מקלידים שם, תעודת זהות או טלפון בתיבת החיפוש (Ctrl+F) ולוחצים Enter.</source>
        <translation>اكتبوا الاسم أو رقم الهوية أو الهاتف في مربع البحث (Ctrl+F) واضغطوا Enter.</translation>
    </message>
    <message>
        <source>F1 לעזרה וקיצורי מקלדת.</source>
        <translation>F1 للمساعدة واختصارات لوحة المفاتيح.</translation>
    </message>
    <message>
        <source>העמוד הזה אינו פתוח לתפקיד שלך.</source>
        <translation>هذه الصفحة غير متاحة لدورك.</translation>
    </message>
    <message>
        <source>%1 (%2) · עמדה %3</source>
        <translation>%1 (%2) · المحطة %3</translation>
    </message>
    <message>
        <source>Ctrl+E לפנייה חדשה עבור %1 · Ctrl+F לתושב/ת הבא/ה</source>
        <translation>Ctrl+E لطلب جديد لـ %1 · Ctrl+F للمقيم التالي</translation>
    </message>
    <message>
        <source>פנייה בעריכה</source>
        <translation>طلب قيد التحرير</translation>
    </message>
    <message>
        <source>יש פנייה שלא נשמרה עבור %1. לבטל אותה ולפתוח כרטיס אחר?</source>
        <translation>يوجد طلب غير محفوظ لـ %1. هل تريد إلغاءه وفتح بطاقة أخرى؟</translation>
    </message>
    <message>
        <source>קודם פותחים כרטיס תושב/ת (Ctrl+F).</source>
        <translation>افتحوا أولًا بطاقة مقيم (Ctrl+F).</translation>
    </message>
    <message>
        <source>נושא אחד</source>
        <translation>موضوع واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n נושאים</source>
        <translation>
            <numerusform>%n مواضيع</numerusform>
            <numerusform>%n مواضيع</numerusform>
            <numerusform>%n مواضيع</numerusform>
            <numerusform>%n مواضيع</numerusform>
            <numerusform>%n مواضيع</numerusform>
            <numerusform>%n مواضيع</numerusform>
        </translation>
    </message>
    <message>
        <source>ביטול הפנייה</source>
        <translation>إلغاء الطلب</translation>
    </message>
    <message>
        <source>לבטל את הפנייה? מה שהוקלד (%1) לא יישמר.</source>
        <translation>هل تريد إلغاء الطلب؟ ما تمت كتابته (%1) لن يُحفظ.</translation>
    </message>
    <message>
        <source>הפנייה בוטלה; לא נשמר דבר.</source>
        <translation>تم إلغاء الطلب؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>טיוטה נשמרה %1</source>
        <translation>حُفظت المسودة %1</translation>
    </message>
    <message>
        <source>המשך פנייה שלא הסתיימה</source>
        <translation>متابعة طلب لم يكتمل</translation>
    </message>
    <message>
        <source>נמצאה פנייה שלא נשמרה (%1) מ-%2. להמשיך ממנה?</source>
        <translation>عُثر على طلب غير محفوظ (%1) من %2. هل تريد المتابعة منه؟</translation>
    </message>
    <message>
        <source>אין פנייה פתוחה לשמירה. Ctrl+E פותח פנייה.</source>
        <translation>لا يوجد طلب مفتوح للحفظ. Ctrl+E يفتح طلبًا.</translation>
    </message>
    <message>
        <source>הפנייה %1 נשמרה.</source>
        <translation>تم حفظ الطلب %1.</translation>
    </message>
    <message>
        <source>יש פנייה פתוחה: שומרים אותה (Ctrl+P) לפני קריאה לתושב/ת הבא/ה.</source>
        <translation>يوجد طلب مفتوح: احفظوه (Ctrl+P) قبل استدعاء المقيم التالي.</translation>
    </message>
    <message>
        <source>החשבון הושבת</source>
        <translation>تم تعطيل الحساب</translation>
    </message>
    <message>
        <source>מנהל/ת המערכת השבית/ה את החשבון שלך, והיישום נסגר. לפרטים פנו אליו/ה.</source>
        <translation>قام مدير النظام بتعطيل حسابك، وسيُغلق التطبيق. للتفاصيل توجهوا إلى مدير النظام.</translation>
    </message>
    <message>
        <source>מסך ההתנגשויות וההסגר פתוח למפקחים ולמנהלי מערכת.</source>
        <translation>شاشة التعارضات والحجر متاحة للمشرفين ومديري النظام.</translation>
    </message>
    <message>
        <source>ניהול היעדרויות פתוח למפקחים ולמנהלי מערכת.</source>
        <translation>إدارة الغياب متاحة للمشرفين ومديري النظام.</translation>
    </message>
</context>
<context>
    <name>MyCasesPage</name>
    <message>
        <source>כולל סגורות</source>
        <translation>بما في ذلك المغلقة</translation>
    </message>
    <message>
        <source>קבלה מעודכנת</source>
        <translation>إيصال محدّث</translation>
    </message>
    <message>
        <source>שליחת עדכון לתושב/ת</source>
        <translation>إرسال تحديث للمقيم</translation>
    </message>
    <message>
        <source>אין פניות בבעלותך.</source>
        <translation>لا توجد طلبات بمسؤوليتك.</translation>
    </message>
    <message>
        <source>אין לך פניות פתוחות. פנייה שתשמר/י בדלפק תופיע כאן.</source>
        <translation>ليست لديك طلبات مفتوحة. الطلب الذي تحفظه في المكتب سيظهر هنا.</translation>
    </message>
    <message>
        <source>אין הודעות חדשות. כאן יופיע מה שהמחלקות עשו בפניות שלך.</source>
        <translation>لا توجد إشعارات جديدة. هنا سيظهر ما فعلته الأقسام في طلباتك.</translation>
    </message>
    <message>
        <source>סימון כנקרא</source>
        <translation>تعليم كمقروء</translation>
    </message>
    <message>
        <source>הכול נקרא</source>
        <translation>تعليم الكل كمقروء</translation>
    </message>
    <message>
        <source>הפנייה שנבחרה ברשימה מוצגת כאן, עם הנושאים וההיסטוריה.</source>
        <translation>الطلب المختار في القائمة يظهر هنا، مع المواضيع والسجل.</translation>
    </message>
    <message>
        <source>פנייה נפתחת כאן, עם הנושאים וההיסטוריה, ב-Enter או בלחיצה כפולה על השורה.</source>
        <translation type="vanished">يُفتح الطلب هنا، مع مواضيعه وسجله، بـ Enter أو بنقرة مزدوجة على السطر.</translation>
    </message>
    <message>
        <source>&lt;b&gt;הפניות שלי&lt;/b&gt; (● עודכנה מאז שהסתכלת)</source>
        <translation>&lt;b&gt;طلباتي&lt;/b&gt; (● حُدّث منذ آخر اطلاع لك)</translation>
    </message>
    <message>
        <source>&lt;b&gt;הודעות&lt;/b&gt; (מודגש: לא נקרא)</source>
        <translation>&lt;b&gt;الرسائل&lt;/b&gt; (خط عريض: غير مقروءة)</translation>
    </message>
    <message>
        <source>שולח...</source>
        <translation>جارٍ الإرسال...</translation>
    </message>
    <message>
        <source>העדכון נשלח בדוא&quot;ל אל %1.</source>
        <translation>تم إرسال التحديث بالبريد الإلكتروني إلى %1.</translation>
    </message>
    <message>
        <source>העדכון ממתין בתיבת היוצא (ערוץ: %1); שולחים אותו משם ומסמנים שנשלח.</source>
        <translation>التحديث ينتظر في صندوق الصادر (القناة: %1)؛ أرسلوه من هناك وعلّموه كمُرسل.</translation>
    </message>
    <message>
        <source>יש לבחור הודעה ברשימה.</source>
        <translation>يرجى اختيار رسالة من القائمة.</translation>
    </message>
</context>
<context>
    <name>NewResidentDialog</name>
    <message>
        <source>תושב/ת חדש/ה</source>
        <translation>مقيم جديد</translation>
    </message>
    <message>
        <source>יום/חודש/שנה</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>לא צוין</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>זכר</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>נקבה</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>(לא נבחר)</source>
        <translation>(لم يُختر)</translation>
    </message>
    <message>
        <source>למשל: כיסא גלגלים, לקות שמיעה</source>
        <translation>مثلًا: كرسي متحرك، ضعف السمع</translation>
    </message>
    <message>
        <source>שמירה</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>ביטול</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>תעודת זהות</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>שם פרטי</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>שם משפחה</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>תאריך לידה</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>מגדר</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>טלפון</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>טלפון נוסף</source>
        <translation>هاتف إضافي</translation>
    </message>
    <message>
        <source>דוא&quot;ל</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>יישוב</source>
        <translation>البلدة</translation>
    </message>
    <message>
        <source>כתובת</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>ערוץ קשר מועדף</source>
        <translation>قناة الاتصال المفضلة</translation>
    </message>
    <message>
        <source>שפה</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>צורכי נגישות</source>
        <translation>احتياجات الإتاحة</translation>
    </message>
    <message>
        <source>תאריך הלידה אינו מובן. כתבו יום/חודש/שנה, למשל 12/03/1958.</source>
        <translation>تاريخ الميلاد غير مفهوم. اكتبوا يوم/شهر/سنة، مثلًا 12/03/1958.</translation>
    </message>
    <message>
        <source>תושב/ת קיים/ת?</source>
        <translation>مقيم موجود؟</translation>
    </message>
    <message>
        <source>פתיחת הרשומה הקיימת</source>
        <translation>فتح السجل الموجود</translation>
    </message>
    <message>
        <source>זה אדם אחר - לשמור</source>
        <translation>هذا شخص آخر - حفظ</translation>
    </message>
    <message>
        <source>חזרה לטופס</source>
        <translation>العودة إلى النموذج</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>אין הודעות שממתינות לשליחה. עדכון לתושב/ת שבוחר/ת וואטסאפ, מסרון או טלפון (או דוא&quot;ל כשאין שרת דואר) ימתין כאן.</source>
        <translation>لا توجد رسائل بانتظار الإرسال. التحديث لساكن يفضّل واتساب أو رسالة نصية أو الهاتف (أو البريد الإلكتروني حين لا يوجد خادم بريد) سينتظر هنا.</translation>
    </message>
    <message>
        <source>העתקת הנוסח (Ctrl+Shift+C)</source>
        <translation>نسخ النص (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>סימון שנשלח</source>
        <translation>تعليم كمُرسل</translation>
    </message>
    <message>
        <source>רענון</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>&lt;b&gt;הנוסח לשליחה&lt;/b&gt;</source>
        <translation>&lt;b&gt;النص المراد إرساله&lt;/b&gt;</translation>
    </message>
    <message>
        <source>הודעות שממתינות לשליחה ידנית: מעתיקים את הנוסח, שולחים בערוץ של התושב/ת ומסמנים שנשלח.</source>
        <translation>رسائل تنتظر الإرسال اليدوي: انسخوا النص، وأرسلوه عبر قناة المقيم، ثم علّموه كمُرسل.</translation>
    </message>
    <message>
        <source>הנוסח הועתק. שולחים ל-%1 ואז מסמנים שנשלח.</source>
        <translation>تم نسخ النص. أرسلوه إلى %1 ثم علّموه كمُرسل.</translation>
    </message>
    <message>
        <source>סומן שנשלח: %1</source>
        <translation>عُلّم كمُرسل: %1</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>פנייה</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>נושא</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>תאריך צפוי</source>
        <translation>التاريخ المتوقع</translation>
    </message>
    <message>
        <source>מצב</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>תאריך</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>נושאים</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>בעלים</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>אין לתושב/ת נושאים פתוחים.</source>
        <translation>لا توجد للساكن مواضيع مفتوحة.</translation>
    </message>
    <message>
        <source>אין פניות קודמות: זו הפנייה הראשונה.</source>
        <translation>لا توجد طلبات سابقة: هذا هو الطلب الأول.</translation>
    </message>
    <message>
        <source>פניות פתוחות</source>
        <translation>الطلبات المفتوحة</translation>
    </message>
    <message>
        <source>פניות קודמות</source>
        <translation>الطلبات السابقة</translation>
    </message>
    <message>
        <source>נכסים וזכויות</source>
        <translation>الأملاك والاستحقاقات</translation>
    </message>
    <message>
        <source>שלום, %1</source>
        <translation>مرحبًا، %1</translation>
    </message>
    <message>
        <source>גיל %1 (נולד/ה %2)</source>
        <translation>العمر %1 (مواليد %2)</translation>
    </message>
    <message>
        <source>תאריך לידה לא ידוע</source>
        <translation>تاريخ الميلاد غير معروف</translation>
    </message>
    <message>
        <source>כתובת לא ידועה</source>
        <translation>العنوان غير معروف</translation>
    </message>
    <message>
        <source>דוא&quot;ל</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>ת.ז.</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>כתובת</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>טלפון</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>ערוץ מועדף</source>
        <translation>القناة المفضلة</translation>
    </message>
    <message>
        <source>שפה</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>צורכי נגישות: %1</source>
        <translation>احتياجات الإتاحة: %1</translation>
    </message>
    <message>
        <source>פניות פתוחות (%1)</source>
        <translation>الطلبات المفتوحة (%1)</translation>
    </message>
    <message>
        <source>פניות קודמות (%1)</source>
        <translation>الطلبات السابقة (%1)</translation>
    </message>
    <message>
        <source>אין</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>&lt;b&gt;ארנונה&lt;/b&gt;: חשבון %1, %2, %3 מ&quot;ר · הנחות: %4 · יתרה %5 ₪</source>
        <translation>&lt;b&gt;الأرنونا&lt;/b&gt;: حساب %1، %2، %3 م² · التخفيضات: %4 · الرصيد %5 ₪</translation>
    </message>
    <message>
        <source>&lt;b&gt;כלב&lt;/b&gt;: %1 · רישיון עד %2 (%3) · חיסון כלבת %4</source>
        <translation>&lt;b&gt;كلب&lt;/b&gt;: %1 · الترخيص حتى %2 (%3) · تطعيم داء الكلب %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;תו חניה&lt;/b&gt;: רכב %1 · עד %2 (%3)</source>
        <translation>&lt;b&gt;تصريح وقوف&lt;/b&gt;: المركبة %1 · حتى %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;ילדים&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;الأولاد&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;מעמד&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;الوضع&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>אין נכסים או זכויות רשומים.</source>
        <translation>لا توجد أملاك أو استحقاقات مسجلة.</translation>
    </message>
    <message>
        <source>נכסים וזכויות (%1)</source>
        <translation>الأملاك والاستحقاقات (%1)</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>לעובד/ת</source>
        <translation>إلى موظف</translation>
    </message>
    <message>
        <source>לתור של מחלקה</source>
        <translation>إلى طابور قسم</translation>
    </message>
    <message>
        <source>שם העובד/ת</source>
        <translation>اسم الموظف</translation>
    </message>
    <message>
        <source>למשל: חופשה עד סוף החודש, סיום עבודה, איזון עומסים</source>
        <translation>مثلًا: إجازة حتى نهاية الشهر، انتهاء العمل، موازنة الأعباء</translation>
    </message>
    <message>
        <source>העברה</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>ביטול</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>לעובד/ת:</source>
        <translation>إلى الموظف:</translation>
    </message>
    <message>
        <source>סיבה (חובה):</source>
        <translation>السبب (إلزامي):</translation>
    </message>
    <message>
        <source>יש לבחור למי להעביר.</source>
        <translation>يرجى اختيار الجهة التي يتم التحويل إليها.</translation>
    </message>
    <message>
        <source>יש לכתוב את סיבת ההעברה.</source>
        <translation>يرجى كتابة سبب التحويل.</translation>
    </message>
    <message>
        <source>מעביר…</source>
        <translation>جارٍ التحويل…</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>גם בעברית (%1)</source>
        <translation>بالعبرية أيضا (%1)</translation>
    </message>
    <message>
        <source>להדפיס גם עותק בעברית</source>
        <translation>طباعة نسخة بالعبرية أيضا</translation>
    </message>
    <message>
        <source>קבלה לפנייה %1</source>
        <translation>إيصال للطلب %1</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>גליל 80 מ&quot;מ</source>
        <translation>لفافة 80 مم</translation>
    </message>
    <message>
        <source>אותיות גדולות (%1)</source>
        <translation>خط كبير (%1)</translation>
    </message>
    <message>
        <source>הדפסה (Enter)</source>
        <translation>طباعة (Enter)</translation>
    </message>
    <message>
        <source>בחירת מדפסת... (%1)</source>
        <translation>اختيار طابعة... (%1)</translation>
    </message>
    <message>
        <source>שמירה כקובץ PDF (Ctrl+S)</source>
        <translation>حفظ كملف PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>תצוגת הקבלה</source>
        <translation>معاينة الإيصال</translation>
    </message>
    <message>
        <source>הקבלה</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>נייר:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>מדפסת הקבלות של העמדה: %1</source>
        <translation>طابعة الإيصالات في المحطة: %1</translation>
    </message>
    <message>
        <source>מדפסת ברירת המחדל של המחשב</source>
        <translation>الطابعة الافتراضية للحاسوب</translation>
    </message>
    <message>
        <source>המדפסת %1 אינה זמינה. בודקים שהיא דולקת ומחוברת, או בוחרים מדפסת אחרת (%2).</source>
        <translation>الطابعة %1 غير متاحة. تأكدوا من أنها مشغّلة ومتصلة، أو اختاروا طابعة أخرى (%2).</translation>
    </message>
    <message>
        <source>שמירה כ-PDF</source>
        <translation type="vanished">حفظ كملف PDF</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>גודל:</source>
        <translation type="vanished">الحجم:</translation>
    </message>
    <message>
        <source>הקבלה נשלחה להדפסה.</source>
        <translation type="vanished">تم إرسال الإيصال للطباعة.</translation>
    </message>
    <message>
        <source>שמירת הקבלה</source>
        <translation>حفظ الإيصال</translation>
    </message>
    <message>
        <source>נשמר: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>איפוס סיסמה</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>איפוס (Enter)</source>
        <translation>إعادة تعيين (Enter)</translation>
    </message>
    <message>
        <source>ביטול (Esc)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
    <message>
        <source>סיסמה זמנית ל-%1. מסרו אותה לעובד/ת באופן אישי; בכניסה הבאה יתבקש/תתבקש לבחור סיסמה משלו/ה. חסימה אחרי ניסיונות שגויים בעמדה הזו מתבטלת.</source>
        <translation>كلمة مرور مؤقتة لـ %1. سلّموها للموظف شخصيًا؛ عند الدخول التالي سيُطلب منه اختيار كلمة مرور خاصة به. يُلغى الحظر بعد المحاولات الخاطئة في هذه المحطة.</translation>
    </message>
    <message>
        <source>סיסמה זמנית</source>
        <translation>كلمة مرور مؤقتة</translation>
    </message>
    <message>
        <source>שוב, לאימות</source>
        <translation>مرة أخرى للتأكيد</translation>
    </message>
    <message>
        <source>הסיסמה והאימות שלה אינם זהים.</source>
        <translation>كلمة المرور وتأكيدها غير متطابقين.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>מכתב בדואר</source>
        <translation>رسالة بالبريد</translation>
    </message>
    <message>
        <source>בדיקה מחדש (F5)</source>
        <translation>فحص مجدد (F5)</translation>
    </message>
    <message>
        <source>הפעלת הסריקה (Ctrl+Enter)</source>
        <translation>تشغيل الفحص (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>פתיחת המכתבים להדפסה</source>
        <translation>فتح الرسائل البريدية للطباعة</translation>
    </message>
    <message>
        <source>שמירת המכתבים כ-PDF</source>
        <translation>حفظ الرسائل البريدية كملف PDF</translation>
    </message>
    <message>
        <source>הסריקה עוברת על כל התושבים ומוצאת מה הגיע זמנו: גיל פרישה בלי הנחת ארנונה, תו חניה או רישיון כלב שפג או עומד לפוג. לכל ממצא נפתחת פנייה, והתושב/ת מקבל/ת הודעה בערוץ המועדף או מכתב. קודם בודקים מה תיצור, ואז מפעילים; הפעלה חוזרת לא יוצרת דבר פעמיים.</source>
        <translation>يمر الفحص على جميع المقيمين ويجد ما حان وقته: سن التقاعد دون تخفيض في الأرنونا، أو تصريح وقوف أو ترخيص كلب انتهى أو على وشك الانتهاء. يُفتح طلب لكل نتيجة، ويتلقى المقيم رسالة عبر قناته المفضلة أو رسالة بريدية. افحصوا أولًا ما الذي سيُنشأ، ثم شغّلوا الفحص؛ التشغيل المتكرر لا يُنشئ أي شيء مرتين.</translation>
    </message>
    <message>
        <source>בודקים את כל התושבים... (אפשר להמשיך לעבוד)</source>
        <translation>جارٍ فحص جميع المقيمين... (يمكن مواصلة العمل)</translation>
    </message>
    <message>
        <source>בדיקה בלבד: נסרקו %1 תושבים ב-%2 שניות. הסריקה תיצור %3 פניות</source>
        <translation>فحص فقط: تم فحص %1 مقيمين خلال %2 ثوانٍ. سيُنشئ الفحص %3 طلبات</translation>
    </message>
    <message>
        <source> (%1 כבר טופלו בסריקות קודמות)</source>
        <translation> (%1 عولجت في عمليات فحص سابقة)</translation>
    </message>
    <message>
        <source>אין כרגע דבר לעשות.</source>
        <translation>لا يوجد ما يجب فعله حاليًا.</translation>
    </message>
    <message>
        <source>הפעלת הסריקה היזומה</source>
        <translation>تشغيل الفحص الاستباقي</translation>
    </message>
    <message>
        <source>ייפתחו עד %1 פניות, וכל תושב/ת יקבל/ת הודעה או מכתב. להפעיל?</source>
        <translation>سيُفتح حتى %1 طلبات، وسيتلقى كل مقيم رسالة أو رسالة بريدية. هل تريد التشغيل؟</translation>
    </message>
    <message>
        <source>הסריקה פועלת: פותחים פניות ומכינים הודעות ומכתבים...</source>
        <translation>الفحص قيد التشغيل: جارٍ فتح الطلبات وتحضير الرسائل والرسائل البريدية...</translation>
    </message>
    <message>
        <source>הסריקה הושלמה.</source>
        <translation>اكتمل الفحص.</translation>
    </message>
    <message>
        <source>נוצרו %1 פניות: %2 הודעות בתיבת היוצא, %3 מכתבים להדפסה.</source>
        <translation>تم إنشاء %1 طلبات: %2 رسائل في صندوق الصادر، %3 رسائل بريدية للطباعة.</translation>
    </message>
    <message>
        <source>מכתבים</source>
        <translation>رسائل</translation>
    </message>
    <message>
        <source>המכתבים נפתחו: %1</source>
        <translation>تم فتح الرسائل البريدية: %1</translation>
    </message>
    <message>
        <source>שמירת המכתבים</source>
        <translation>حفظ الرسائل البريدية</translation>
    </message>
    <message>
        <source>נשמר: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>חיפוש תושב/ת: שם, ת.ז. או טלפון (Ctrl+F)</source>
        <translation>البحث عن مقيم: الاسم أو رقم الهوية أو الهاتف (Ctrl+F)</translation>
    </message>
    <message>
        <source>החיפוש נכשל: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>Enter לפתיחת הכרטיס, חיצים לבחירה</source>
        <translation>Enter لفتح البطاقة، والأسهم للاختيار</translation>
    </message>
    <message>
        <source>לא נמצאו תושבים. Enter או Ctrl+N ליצירת תושב/ת חדש/ה</source>
        <translation>لم يُعثر على مقيمين. Enter أو Ctrl+N لإنشاء مقيم جديد</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>תרגומים</source>
        <translation>الترجمات</translation>
    </message>
    <message>
        <source>קביעת היעדרות או ביטולה…</source>
        <translation>تحديد غياب أو إلغاؤه…</translation>
    </message>
    <message>
        <source>היעדרויות בתוקף ומתוכננות</source>
        <translation>حالات الغياب السارية والمخططة</translation>
    </message>
    <message>
        <source>מי שינה מה: הקטלוג, מאגר המידע וההיעדרויות</source>
        <translation>من غيّر ماذا: الكتالوج وقاعدة المعرفة وحالات الغياب</translation>
    </message>
    <message>
        <source>קטלוג סוגי פניות</source>
        <translation>كتالوج أنواع الطلبات</translation>
    </message>
    <message>
        <source>מאגר מידע</source>
        <translation>قاعدة المعرفة</translation>
    </message>
    <message>
        <source>היעדרויות</source>
        <translation>الغياب</translation>
    </message>
    <message>
        <source>היסטוריית שינויים</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>קריאת ההגדרות נכשלה: %1</source>
        <translation>تعذّرت قراءة الإعدادات: %1</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>הדפסה (Enter)</source>
        <translation>طباعة (Enter)</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>המדפסת לא נפתחה. בדקו שהיא מחוברת ונסו שוב.</source>
        <translation>لم تبدأ الطابعة. تأكدوا من أنها موصولة وحاولوا مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>חיפוש תושב/ת (שם, ת.ז., טלפון)</source>
        <translation>البحث عن مقيم (الاسم، رقم الهوية، الهاتف)</translation>
    </message>
    <message>
        <source>תושב/ת חדש/ה</source>
        <translation>مقيم جديد</translation>
    </message>
    <message>
        <source>פנייה חדשה לתושב/ת הפתוח/ה</source>
        <translation>طلب جديد للمقيم المفتوح</translation>
    </message>
    <message>
        <source>נושא נוסף בפנייה</source>
        <translation>موضوع إضافي في الطلب</translation>
    </message>
    <message>
        <source>שמירת הפנייה והדפסת קבלה</source>
        <translation>حفظ الطلب وطباعة إيصال</translation>
    </message>
    <message>
        <source>סנכרון עם המרכזת עכשיו</source>
        <translation>المزامنة مع الخادم المركزي الآن</translation>
    </message>
    <message>
        <source>התנגשויות והסגר (מפקחים)</source>
        <translation>التعارضات والحجر (للمشرفين)</translation>
    </message>
    <message>
        <source>נעילת המסך</source>
        <translation>قفل الشاشة</translation>
    </message>
    <message>
        <source>עזרה וקיצורי מקלדת</source>
        <translation>المساعدة واختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>עמוד הדלפק</source>
        <translation>صفحة مكتب الاستقبال</translation>
    </message>
    <message>
        <source>תיבת המחלקה</source>
        <translation>صندوق القسم</translation>
    </message>
    <message>
        <source>הפניות שלי והודעות</source>
        <translation>طلباتي والرسائل</translation>
    </message>
    <message>
        <source>משימות: שיחות חוזרות ומעקב</source>
        <translation>المهام: معاودة الاتصال ومكالمات المتابعة</translation>
    </message>
    <message>
        <source>תיבת יוצא</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>מאגר הידע</source>
        <translation>قاعدة المعرفة</translation>
    </message>
    <message>
        <source>היעדרויות וממלאי מקום (מפקחים)</source>
        <translation>الغياب والبدلاء (للمشرفين)</translation>
    </message>
    <message>
        <source>לובי: רישום הגעה של תושב/ת</source>
        <translation>قاعة الانتظار: تسجيل وصول مقيم</translation>
    </message>
    <message>
        <source>לובי: קריאה לבא/ה בתור לעמדה שלי</source>
        <translation>قاعة الانتظار: استدعاء صاحب الدور التالي إلى محطتي</translation>
    </message>
    <message>
        <source>לובי: פתיחת מסך הקריאה (מסך שני)</source>
        <translation>قاعة الانتظار: فتح شاشة الاستدعاء (شاشة ثانية)</translation>
    </message>
    <message>
        <source>בחיפוש: פתיחת הכרטיס; בלי תוצאות: יצירת תושב/ת</source>
        <translation>في البحث: فتح البطاقة؛ عند عدم وجود نتائج: إنشاء مقيم</translation>
    </message>
    <message>
        <source>מעבר בין תוצאות החיפוש או נושאי הקטלוג</source>
        <translation>التنقل بين نتائج البحث أو مواضيع الكتالوج</translation>
    </message>
    <message>
        <source>בנושא: בחירת הנושא המסומן; בפירוט: הוספת הנושא</source>
        <translation>في الموضوع: اختيار الموضوع المحدد؛ في التفاصيل: إضافة الموضوع</translation>
    </message>
    <message>
        <source>בטבלת הנושאים: הסרת הנושא המסומן</source>
        <translation>في جدول المواضيع: حذف الموضوع المحدد</translation>
    </message>
    <message>
        <source>בפנייה שבהקלדה: ביטול הפנייה (אחרי אישור); הטיוטה נמחקת</source>
        <translation>في طلب قيد الكتابة: إلغاء الطلب (بعد التأكيد)؛ تُحذف المسودة</translation>
    </message>
    <message>
        <source>בתצוגת הקבלה: הדפסה</source>
        <translation>في عرض الإيصال: طباعة</translation>
    </message>
    <message>
        <source>בתיבת המחלקה ובפניות שלי: פתיחת השורה; במשימות: רישום שיחה</source>
        <translation>في صندوق القسم وطلباتي: فتح السطر؛ في المهام: تسجيل مكالمة</translation>
    </message>
    <message>
        <source>ברשימת הממתינים בלובי: קריאה לתושב/ת המסומן/ת</source>
        <translation>في قائمة المنتظرين في قاعة الانتظار: استدعاء المقيم المحدد</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>דלפק</source>
        <translation>دلبك</translation>
    </message>
    <message>
        <source>דלפק לא נפתח.</source>
        <translation>لم يُفتح دلبك.</translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <source>התאריך ההיג&apos;רי בקבלות ובמכתבים בערבית</source>
        <translation>التاريخ الهجري في الإيصالات والرسائل بالعربية</translation>
    </message>
    <message>
        <source>הגדרות העמדה</source>
        <translation>إعدادات المحطة</translation>
    </message>
    <message>
        <source>שמירה</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>סגירה</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>המועצה על הקבלות</source>
        <translation>المجلس في الإيصالات</translation>
    </message>
    <message>
        <source>מדפסת הקבלות</source>
        <translation>طابعة الإيصالات</translation>
    </message>
    <message>
        <source>מדפסת:</source>
        <translation>الطابعة:</translation>
    </message>
    <message>
        <source>נייר:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>נייר הקבלות</source>
        <translation>ورق الإيصالات</translation>
    </message>
    <message>
        <source>העמדה והמרכזת</source>
        <translation>المحطة والخادم المركزي</translation>
    </message>
    <message>
        <source>עמדה עצמאית, קוד %1. חיבור למרכזת אפשרי כל עוד אין בה עבודה.</source>
        <translation>محطة مستقلة، الرمز %1. يمكن ربطها بالخادم المركزي ما دام لم يُنجز عليها أي عمل بعد.</translation>
    </message>
    <message>
        <source>חיבור העמדה למרכזת</source>
        <translation>ربط المحطة بالخادم المركزي</translation>
    </message>
    <message>
        <source>עמדה %1, מחוברת למרכזת %2</source>
        <translation>المحطة %1، متصلة بالخادم المركزي %2</translation>
    </message>
    <message>
        <source>שינוי הכתובת או האסימון של המרכזת</source>
        <translation>تغيير عنوان الخادم المركزي أو رمز الوصول</translation>
    </message>
    <message>
        <source>ברירת המחדל של המחשב</source>
        <translation>الافتراضي في الحاسوب</translation>
    </message>
    <message>
        <source>%1 (לא נמצאה כעת)</source>
        <translation>%1 (غير موجودة حاليًا)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>גליל 80 מ&quot;מ</source>
        <translation>لفافة 80 مم</translation>
    </message>
    <message>
        <source>שומרים...</source>
        <translation>جارٍ الحفظ...</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>התנגשויות והסגר</source>
        <translation>التعارضات والحجر</translation>
    </message>
    <message>
        <source>תושב/ת</source>
        <translation>المقيم</translation>
    </message>
    <message>
        <source>שדה</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>הערך המוצג</source>
        <translation>القيمة المعروضة</translation>
    </message>
    <message>
        <source>עמדה</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>הערך האחר</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <source>פעולה</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>זמן</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>סיבה</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>מצב</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>ניסיון חוזר (Ctrl+R)</source>
        <translation>محاولة أخرى (Ctrl+R)</translation>
    </message>
    <message>
        <source>תיקון ושליחה מחדש... (Ctrl+E)</source>
        <translation>تصحيح وإعادة الإرسال... (Ctrl+E)</translation>
    </message>
    <message>
        <source>ביטול הפעולה... (Ctrl+D)</source>
        <translation>إلغاء العملية... (Ctrl+D)</translation>
    </message>
    <message>
        <source>להשאיר את הערך המוצג</source>
        <translation>الإبقاء على القيمة المعروضة</translation>
    </message>
    <message>
        <source>לבחור את הערך האחר</source>
        <translation>اختيار القيمة الأخرى</translation>
    </message>
    <message>
        <source>סגירה</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>שתי עמדות שינו את אותו שדה בלי לראות זו את זו. כל העמדות מציגות את השינוי המאוחר; אפשר לאשר אותו או לבחור את הערך האחר (הבחירה נרשמת ומסונכרנת).</source>
        <translation>غيّرت محطتان الحقل نفسه دون أن ترى إحداهما تغيير الأخرى. تعرض جميع المحطات التغيير الأحدث؛ يمكن تأكيده أو اختيار القيمة الأخرى (يُسجَّل الاختيار ويُزامَن).</translation>
    </message>
    <message>
        <source>התנגשויות</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>פעולות שלא הוחלו: המרכזת דחתה אותן או לא יכלה להחיל אותן, או שהן ממתינות לפעולה קודמת על אותה פנייה או אותו תושב. הן אינן מגיעות לשאר העמדות עד שיטופלו. פעולה של העמדה הזו אפשר לנסות שוב, לתקן (הערך שבגללו נדחתה) או לבטל עם סיבה; הבחירה נרשמת ומסונכרנת, והפעולות שממתינות לה מטופלות איתה.</source>
        <translation>عمليات لم تُطبَّق: رفضها المركز أو لم يتمكن من تطبيقها، أو أنها تنتظر عملية سابقة على الطلب نفسه أو المقيم نفسه. لا تصل إلى بقية المحطات حتى تتم معالجتها. يمكن إعادة محاولة عملية من هذه المحطة أو تصحيحها (القيمة التي رُفضت بسببها) أو إلغاؤها مع ذكر السبب؛ يُسجَّل الاختيار ويُزامَن، وتُعالَج العمليات التي تنتظرها معها.</translation>
    </message>
    <message>
        <source>הסגר</source>
        <translation>الحجر</translation>
    </message>
    <message>
        <source>הסגר במרכזת</source>
        <translation>الحجر في الخادم المركزي</translation>
    </message>
    <message>
        <source>כפילויות</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>ממתינה לטיפול</source>
        <translation>بانتظار المعالجة</translation>
    </message>
    <message>
        <source>בוטלה: %1</source>
        <translation>أُلغيت: %1</translation>
    </message>
    <message>
        <source>התנגשויות (%1)</source>
        <translation>التعارضات (%1)</translation>
    </message>
    <message>
        <source>הסגר (%1)</source>
        <translation>الحجر (%1)</translation>
    </message>
    <message>
        <source>כפילויות (%1)</source>
        <translation>التكرارات (%1)</translation>
    </message>
    <message>
        <source>העמדה אינה מחוברת למרכזת.</source>
        <translation>المحطة غير متصلة بالخادم المركزي.</translation>
    </message>
    <message>
        <source>טוען מהמרכזת...</source>
        <translation>جارٍ التحميل من الخادم المركزي...</translation>
    </message>
    <message>
        <source>%1 פעולות בהסגר במרכזת</source>
        <translation>%1 عمليات في الحجر في الخادم المركزي</translation>
    </message>
    <message>
        <source>הסגר במרכזת (%1)</source>
        <translation>الحجر في الخادم المركزي (%1)</translation>
    </message>
    <message>
        <source>לא ניתן לקרוא את ההסגר מהמרכזת: %1</source>
        <translation>تعذّرت قراءة الحجر من الخادم المركزي: %1</translation>
    </message>
    <message>
        <source>יש לבחור פעולה שממתינה לטיפול.</source>
        <translation>يجب اختيار عملية بانتظار المعالجة.</translation>
    </message>
    <message>
        <source>הפעולה נעשתה בעמדה %1: מטפלים בה שם.</source>
        <translation>أُجريت العملية في المحطة %1: تتم معالجتها هناك.</translation>
    </message>
    <message>
        <source>רושם...</source>
        <translation>جارٍ التسجيل...</translation>
    </message>
    <message>
        <source>נרשם ניסיון חוזר; המרכזת תנסה שוב בסנכרון הבא.</source>
        <translation>سُجّلت محاولة جديدة؛ سيحاول المركز مجددًا في المزامنة القادمة.</translation>
    </message>
    <message>
        <source>אין בפעולה הזו שדות טקסט לתקן; אפשר לבטל אותה.</source>
        <translation>لا توجد في هذه العملية حقول نصية للتصحيح؛ يمكن إلغاؤها.</translation>
    </message>
    <message>
        <source>תיקון: %1</source>
        <translation>تصحيح: %1</translation>
    </message>
    <message>
        <source>יש לתקן את הערך ולאשר; הפעולה תישלח שוב.</source>
        <translation>يجب تصحيح القيمة والتأكيد؛ ستُرسَل العملية مجددًا.</translation>
    </message>
    <message>
        <source>התיקון נרשם; הפעולה תגיע לכל העמדות בסנכרון הבא.</source>
        <translation>سُجّل التصحيح؛ ستصل العملية إلى كل المحطات في المزامنة القادمة.</translation>
    </message>
    <message>
        <source>הסיבה לביטול</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <source>ביטול: %1</source>
        <translation>إلغاء: %1</translation>
    </message>
    <message>
        <source>הפעולה תבוטל בכל העמדות, וכך גם פעולות שלא יכולות לעמוד בלעדיה. העמדה הזו תחזור למצב שבלעדיה.</source>
        <translation>ستُلغى العملية في كل المحطات، وكذلك العمليات التي لا يمكن أن تبقى من دونها. ستعود هذه المحطة إلى الحالة من دونها.</translation>
    </message>
    <message>
        <source>הביטול נרשם ויגיע לכל העמדות בסנכרון הבא.</source>
        <translation>سُجّل الإلغاء وسيصل إلى كل المحطات في المزامنة القادمة.</translation>
    </message>
    <message>
        <source>יש לבחור שורה בטבלה.</source>
        <translation>يرجى اختيار سطر في الجدول.</translation>
    </message>
    <message>
        <source>נרשם. השינוי יגיע לשאר העמדות בסנכרון הבא.</source>
        <translation>تم التسجيل. سيصل التغيير إلى باقي المحطات في المزامنة القادمة.</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>לובי</source>
        <translation>قاعة الانتظار</translation>
    </message>
    <message>
        <source>עומס עבודה</source>
        <translation>عبء العمل</translation>
    </message>
    <message>
        <source>מדדים</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>הגדרות</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>סריקה יזומה</source>
        <translation>الفحص الاستباقي</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>סנכרון</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>סנכרון עם המרכזת עכשיו (Ctrl+Shift+S)</source>
        <translation>المزامنة مع الخادم المركزي الآن (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>כל פעולה נשמרת במסד הנתונים של העמדה (%1 פעולות עד כה); אין מרכזת לסנכרן איתה.</source>
        <translation>كل عملية تُحفظ في قاعدة بيانات المحطة (%1 عمليات حتى الآن)؛ لا يوجد خادم مركزي للمزامنة معه.</translation>
    </message>
    <message>
        <source>עמדה עצמאית</source>
        <translation>محطة مستقلة</translation>
    </message>
    <message>
        <source>מחובר למרכזת</source>
        <translation>متصل بالخادم المركزي</translation>
    </message>
    <message>
        <source>אין חיבור למרכזת</source>
        <translation>لا يوجد اتصال بالخادم المركزي</translation>
    </message>
    <message>
        <source>סנכרון אחרון %1</source>
        <translation>آخر مزامنة %1</translation>
    </message>
    <message>
        <source>עוד לא סונכרן</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>%1 ממתינות לשליחה</source>
        <translation>%1 بانتظار الإرسال</translation>
    </message>
    <message>
        <source>מסנכרן...</source>
        <translation>جارٍ المزامنة...</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>אין משימות כרגע. שיחה חוזרת נוספת כאן כשמחלקה מסיימת נושא בפנייה שלך, ושיחת מעקב שלושה ימי עבודה אחרי שפנייה נסגרת.</source>
        <translation>لا توجد مهام الآن. تُضاف مكالمة عودة هنا عندما ينهي قسم موضوعًا في طلبك، ومكالمة متابعة بعد ثلاثة أيام عمل من إغلاق الطلب.</translation>
    </message>
    <message>
        <source>רישום שיחה (Enter)</source>
        <translation>تسجيل المكالمة (Enter)</translation>
    </message>
    <message>
        <source>רענון</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>אדום: באיחור · מודגש על רקע כתום: להיום</source>
        <translation>أحمر: متأخر · خط عريض على خلفية برتقالية: مستحق اليوم</translation>
    </message>
    <message>
        <source>&lt;b&gt;המשימות שלי&lt;/b&gt;: שיחה חוזרת אחרי שמחלקה סיימה נושא, ושיחת מעקב אחרי סגירת פנייה. כולל משימות של מי שאני ממלא/ת את מקומו/ה.</source>
        <translation>&lt;b&gt;مهامي&lt;/b&gt;: معاودة الاتصال بعد أن ينهي القسم موضوعًا، ومكالمة متابعة بعد إغلاق الطلب. تشمل مهام من أحلّ محلّه كبديل.</translation>
    </message>
    <message>
        <source>הפנייה %1 נסגרה: כל הנושאים הסתיימו והתושב/ת עודכן/ה.</source>
        <translation>تم إغلاق الطلب %1: انتهت جميع المواضيع وتم إبلاغ المقيم.</translation>
    </message>
    <message>
        <source>שיחת מעקב נקבעה ל-%1.</source>
        <translation>تم تحديد مكالمة متابعة في %1.</translation>
    </message>
    <message>
        <source>נרשם ניסיון; המשימה עברה ליום העבודה הבא.</source>
        <translation>تم تسجيل المحاولة؛ انتقلت المهمة إلى يوم العمل التالي.</translation>
    </message>
    <message>
        <source>השיחה נרשמה.</source>
        <translation>تم تسجيل المكالمة.</translation>
    </message>
</context>
<context>
    <name>TranslationsEditor</name>
    <message>
        <source>%1 רשומות חסרות תרגום לשפה זו: הן יודפסו לתושבים בעברית.</source>
        <translation>%1 من البنود بلا ترجمة إلى هذه اللغة: ستطبع للسكان بالعبرية.</translation>
    </message>
    <message>
        <source>אנגלית</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>בוחרים רשומה ברשימה כדי לתרגם אותה.</source>
        <translation>اختر بندا من القائمة لترجمته.</translation>
    </message>
    <message>
        <source>בעברית</source>
        <translation>بالعبرية</translation>
    </message>
    <message>
        <source>המקור בעברית %1</source>
        <translation>الأصل بالعبرية %1</translation>
    </message>
    <message>
        <source>התרגום</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>התרגום %1</source>
        <translation>الترجمة %1</translation>
    </message>
    <message>
        <source>כל הקטלוג מתורגם לשפה זו.</source>
        <translation>الكتالوج كله مترجم إلى هذه اللغة.</translation>
    </message>
    <message>
        <source>לא היה שינוי.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>סינון התרגומים</source>
        <translation>تصفية الترجمات</translation>
    </message>
    <message>
        <source>ערבית</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>צעדים ומסמכים: שורה מתורגמת לכל שורה בעברית. שדה ריק יודפס בעברית, ולעולם לא כשורה ריקה.</source>
        <translation>الخطوات والمستندات: سطر مترجم لكل سطر بالعبرية. الحقل الفارغ يطبع بالعبرية، ولا يطبع أبدا كسطر فارغ.</translation>
    </message>
    <message>
        <source>רוסית</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>רק מה שחסר</source>
        <translation>الناقص فقط</translation>
    </message>
    <message>
        <source>רשומות לתרגום</source>
        <translation>بنود للترجمة</translation>
    </message>
    <message>
        <source>שפה:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>שפת התרגום</source>
        <translation>لغة الترجمة</translation>
    </message>
    <message>
        <source>סינון לפי שם או קוד</source>
        <translation>تصفية حسب الاسم أو الرمز</translation>
    </message>
    <message>
        <source>שמירה (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>נשמר.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>UpdateItemDialog</name>
    <message>
        <source>תאריך צפוי</source>
        <translation>التاريخ المتوقع</translation>
    </message>
    <message>
        <source>שמירת העדכון</source>
        <translation>حفظ التحديث</translation>
    </message>
    <message>
        <source>עדכון מצב: %1</source>
        <translation>تحديث الحالة: %1</translation>
    </message>
    <message>
        <source>מצב נוכחי: %1 · תאריך צפוי: %2
הצעד הבא שנקבע: %3</source>
        <translation>الحالة الحالية: %1 · التاريخ المتوقع: %2
الخطوة التالية المحددة: %3</translation>
    </message>
    <message>
        <source>למשל: מהנדס יבקר בנכס ויכין חוות דעת</source>
        <translation>مثلًا: سيزور مهندس العقار ويعدّ تقريرًا مهنيًا</translation>
    </message>
    <message>
        <source>מה נעשה, במילים שהתושב/ת יבינו</source>
        <translation>ما تم فعله، بكلمات يفهمها المقيم</translation>
    </message>
    <message>
        <source>הערה פנימית (לא חובה)</source>
        <translation>ملاحظة داخلية (اختياري)</translation>
    </message>
    <message>
        <source>מצב</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>הצעד הבא</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>תוצאה</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>הערה</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>משתמשים</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>השבתה (Ctrl+D)</source>
        <translation>تعطيل (Ctrl+D)</translation>
    </message>
    <message>
        <source>הפעלה מחדש (Ctrl+R)</source>
        <translation>إعادة التفعيل (Ctrl+R)</translation>
    </message>
    <message>
        <source>איפוס סיסמה (Ctrl+T)</source>
        <translation>إعادة تعيين كلمة المرور (Ctrl+T)</translation>
    </message>
    <message>
        <source>סגירה (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>משתמש/ת מושבת/ת אינו/ה יכול/ה להיכנס בעמדה הזו, ובכל עמדה אחרת אחרי הסנכרון הבא שלה. מה שעשה/תה לפני ההשבתה נשמר. הוספת משתמשים: בשורת הפקודה, dalpak user add.</source>
        <translation>لا يستطيع المستخدم المعطَّل الدخول في هذه المحطة، ولا في أي محطة أخرى بعد مزامنتها التالية. ما قام به قبل التعطيل محفوظ. إضافة مستخدمين: في سطر الأوامر، dalpak user add.</translation>
    </message>
    <message>
        <source>יש לבחור ברשימה משתמש/ת פעיל/ה.</source>
        <translation>اختاروا مستخدمًا نشطًا من القائمة.</translation>
    </message>
    <message>
        <source>השבתת משתמש</source>
        <translation>تعطيل مستخدم</translation>
    </message>
    <message>
        <source>להשבית את %1? הכניסה תיחסם בכל העמדות אחרי הסנכרון.</source>
        <translation>تعطيل %1؟ سيُمنع الدخول في كل المحطات بعد المزامنة.</translation>
    </message>
    <message>
        <source>%1 הושבת/ה.</source>
        <translation>تم تعطيل %1.</translation>
    </message>
    <message>
        <source>יש לבחור ברשימה משתמש/ת מושבת/ת.</source>
        <translation>اختاروا مستخدمًا معطَّلًا من القائمة.</translation>
    </message>
    <message>
        <source>%1 הופעל/ה מחדש.</source>
        <translation>أُعيد تفعيل %1.</translation>
    </message>
    <message>
        <source>הסיסמה של %1 אופסה; בכניסה הבאה יבחר/תבחר סיסמה חדשה.</source>
        <translation>أُعيد تعيين كلمة مرور %1؛ سيختار كلمة مرور جديدة عند الدخول التالي.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>פעיל/ה</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>מושבת/ת</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source> · יחליף/תחליף סיסמה בכניסה</source>
        <translation> · سيغيّر كلمة المرور عند الدخول</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>דלפק</source>
        <translation>دلبك</translation>
    </message>
    <message>
        <source>תיבת המחלקה</source>
        <translation>صندوق القسم</translation>
    </message>
    <message>
        <source>הפניות שלי</source>
        <translation>طلباتي</translation>
    </message>
    <message>
        <source>משימות</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>תיבת יוצא</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>פיקוח</source>
        <translation>الإشراف</translation>
    </message>
    <message>
        <source>מאגר ידע (Ctrl+K)</source>
        <translation>قاعدة المعرفة (Ctrl+K)</translation>
    </message>
    <message>
        <source>היעדרויות</source>
        <translation>الغياب</translation>
    </message>
    <message>
        <source>עודכנו: %1</source>
        <translation>محدّثة: %1</translation>
    </message>
    <message>
        <source>הודעות: %1</source>
        <translation>الرسائل: %1</translation>
    </message>
    <message>
        <source>באיחור: %1</source>
        <translation>متأخرة: %1</translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <source>סינון לפי שם או קוד</source>
        <translation>تصفية حسب الاسم أو الرمز</translation>
    </message>
    <message>
        <source>חדש (Ctrl+Shift+N)</source>
        <translation>جديد (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>שמירה (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>רשומה חדשה: יש למלא את הפרטים ולשמור.</source>
        <translation>سجل جديد: يرجى تعبئة التفاصيل والحفظ.</translation>
    </message>
    <message>
        <source>נשמר.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>ביטול (Esc)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>רשימה</source>
        <translation>القائمة</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;מערכת</source>
        <translation>&amp;النظام</translation>
    </message>
    <message>
        <source>הגדרות העמדה...</source>
        <translation>إعدادات المحطة...</translation>
    </message>
    <message>
        <source>משתמשים...</source>
        <translation>المستخدمون...</translation>
    </message>
    <message>
        <source>יומן גישה...</source>
        <translation>سجل الوصول...</translation>
    </message>
    <message>
        <source>&amp;חשבון</source>
        <translation>&amp;الحساب</translation>
    </message>
    <message>
        <source>החלפת הסיסמה שלי...</source>
        <translation>تغيير كلمة المرور الخاصة بي...</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>%(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(option)s אינו חד-משמעי: מתאים ל-%(matches)s</source>
        <translation>الخيار %(option)s غير واضح: قد يطابق %(matches)s</translation>
    </message>
    <message>
        <source>%(prog)s: שגיאה: %(message)s
</source>
        <translation>%(prog)s: خطأ: %(message)s
</translation>
    </message>
    <message>
        <source>(--skip-bad מייבא את השורות התקינות בלבד; --dry-run בודק בלי לכתוב.)</source>
        <translation>(الخيار --skip-bad يستورد الصفوف السليمة فقط؛ والخيار --dry-run يفحص دون كتابة.)</translation>
    </message>
    <message>
        <source>(יחליף/תחליף סיסמה בכניסה)</source>
        <translation>(سيغيّر كلمة المرور عند الدخول)</translation>
    </message>
    <message>
        <source>(נדחה מ-{date})</source>
        <translation>(تم التأجيل من {date})</translation>
    </message>
    <message>
        <source>(שביעות רצון {score}/5)</source>
        <translation>(الرضا {score}/5)</translation>
    </message>
    <message>
        <source>(תור {ticket})</source>
        <translation>(رقم الدور {ticket})</translation>
    </message>
    <message>
        <source>--listen צריך להיות HOST:PORT, למשל 0.0.0.0:8443</source>
        <translation>يجب أن تكون قيمة --listen بالشكل HOST:PORT، مثلًا 0.0.0.0:8443</translation>
    </message>
    <message>
        <source>--standalone או --hub</source>
        <translation>--standalone أو --hub</translation>
    </message>
    <message>
        <source>--station ו---token-file</source>
        <translation>--station و--token-file</translation>
    </message>
    <message>
        <source>--value-file צריך שם של הגדרה.</source>
        <translation>يحتاج --value-file إلى اسم إعداد.</translation>
    </message>
    <message>
        <source>all/any צריכים רשימה לא ריקה של תנאים</source>
        <translation>all/any تحتاج إلى قائمة شروط غير فارغة</translation>
    </message>
    <message>
        <source>{count} פעולות של העמדה נדחו או הוסגרו; מפקח/ת יראה אותן במסך ההסגר</source>
        <translation>تم رفض {count} عمليات لهذه المحطة أو وضعها في الحجر؛ سيراها المشرف في شاشة الحجر</translation>
    </message>
    <message>
        <source>{field} עודכנה</source>
        <translation>تم تحديث {field}</translation>
    </message>
    <message>
        <source>{field}: {before} ← {after}</source>
        <translation>{field}: {before} ← {after}</translation>
    </message>
    <message>
        <source>{field}: המספר גדול מדי (עד {whole} ספרות לפני הנקודה).</source>
        <translation>{field}: الرقم كبير جدًا (حتى {whole} خانات قبل الفاصلة العشرية).</translation>
    </message>
    <message>
        <source>{field}: עד {most} תווים (הוקלדו {typed}). נא לקצר.</source>
        <translation>{field}: حتى {most} حرفًا (تمت كتابة {typed}). يرجى الاختصار.</translation>
    </message>
    <message>
        <source>{label}: {kind} עד {date}</source>
        <translation>{label}: {kind} حتى {date}</translation>
    </message>
    <message>
        <source>{lowest} ומעלה</source>
        <translation>{lowest} فأكثر</translation>
    </message>
    <message>
        <source>{minutes} דקות</source>
        <translation>{minutes} دقيقة</translation>
    </message>
    <message>
        <source>{name} הוא סוד, ולכן אינו נכתב בשורת הפקודה (משתמשים אחרים במחשב רואים אותה). כך: dalpak settings {name} --value-file FILE (או &apos;-&apos; כדי להקליד אותו).</source>
        <translation>{name} سرّ، لذلك لا يُكتب في سطر الأوامر (يراه المستخدمون الآخرون في الحاسوب). بدلًا من ذلك: dalpak settings {name} --value-file FILE (أو &apos;-&apos; لكتابته).</translation>
    </message>
    <message>
        <source>{path} הוא קובץ ולא תיקייה</source>
        <translation>{path} ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>{setting}: {value} אינו בטווח המותר, בין {low} ל-{high}.</source>
        <translation>{setting}: القيمة {value} خارج النطاق المسموح، بين {low} و-{high}.</translation>
    </message>
    <message>
        <source>{setting}: הערך אינו מתאים, אחד מאלה: {choices}.</source>
        <translation>{setting}: القيمة غير مناسبة، يجب أن تكون واحدة من: {choices}.</translation>
    </message>
    <message>
        <source>{setting}: הערך אינו מתאים, נדרש {wanted}.</source>
        <translation>{setting}: القيمة غير مناسبة، المطلوب {wanted}.</translation>
    </message>
    <message>
        <source>{start}–{end}, ממלא/ת מקום: {stand_in}</source>
        <translation>{start}–{end}، البديل: {stand_in}</translation>
    </message>
    <message>
        <source>{what} אינו מוכר. אפשר לכתוב: {examples}.</source>
        <translation>{what} غير معروف. يمكن كتابة: {examples}.</translation>
    </message>
    <message>
        <source>{what} מופיע/ה בקובץ יותר מפעם אחת (שורות {rows}).</source>
        <translation>{what} يظهر في الملف أكثر من مرة (الأسطر {rows}).</translation>
    </message>
    <message>
        <source>אופרטור לא מוכר: {op}</source>
        <translation>عامل غير معروف: {op}</translation>
    </message>
    <message>
        <source>אזהרה: המרכזת מאזינה ב-http:// גלוי ב-{host}. כל מי שברשת יכול לקרוא את האסימונים של העמדות ואת הנתונים. עמדות מסרבות ל-http:// למחשב אחר.</source>
        <translation>تحذير: الخادم المركزي يستمع عبر http:// غير المشفّر على {host}. يستطيع أي شخص على الشبكة قراءة رموز الوصول للمحطات والبيانات. المحطات ترفض http:// إلى حاسوب آخر.</translation>
    </message>
    <message>
        <source>אזרח ותיק</source>
        <translation>مواطن مسنّ</translation>
    </message>
    <message>
        <source>אחד השדות</source>
        <translation>أحد الحقول</translation>
    </message>
    <message>
        <source>אחוז עמידה בזמן</source>
        <translation>نسبة الإنجاز في الموعد</translation>
    </message>
    <message>
        <source>אחוזון 90</source>
        <translation>المئين 90</translation>
    </message>
    <message>
        <source>אחר</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>אי אפשר יחד עם %s</source>
        <translation>غير مسموح مع %s</translation>
    </message>
    <message>
        <source>אי אפשר להעביר לאותו/ה עובד/ת.</source>
        <translation>لا يمكن التحويل إلى الموظف نفسه.</translation>
    </message>
    <message>
        <source>אי אפשר להשבית את החשבון שלך עצמך. מנהל/ת אחר/ת יכול/ה לעשות זאת.</source>
        <translation>لا يمكنك تعطيل حسابك بنفسك. يمكن لمدير/ة آخر/ى القيام بذلك.</translation>
    </message>
    <message>
        <source>אי אפשר לתקן את הפעולה הזו; אפשר לבטל אותה.</source>
        <translation>لا يمكن تصحيح هذه العملية؛ يمكن إلغاؤها.</translation>
    </message>
    <message>
        <source>אימות התעודה של המרכזת בכתובת {host} נכשל. אם למועצה רשות תעודות משלה, הגדירו את hub_ca_file.</source>
        <translation>فشل التحقق من شهادة الخادم المركزي في العنوان {host}. إذا كانت للمجلس جهة إصدار شهادات خاصة به، اضبطوا hub_ca_file.</translation>
    </message>
    <message>
        <source>אין</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>אין בעמדה מנהל/ת מערכת פעיל/ה.</source>
        <translation>لا يوجد في المحطة مدير نظام فعّال.</translation>
    </message>
    <message>
        <source>אין הגדרה בשם {name}. הגדרות: {names}</source>
        <translation>لا يوجد إعداد باسم {name}. الإعدادات: {names}</translation>
    </message>
    <message>
        <source>אין הרשאה</source>
        <translation>لا توجد صلاحية</translation>
    </message>
    <message>
        <source>אין הרשאה {action} כאן: ל{role} מותר {scope}.</source>
        <translation>لا تملك صلاحية {action} هنا ({role}: {scope}).</translation>
    </message>
    <message>
        <source>אין הרשאה {action}. הפעולה מותרת ל: {allowed}.</source>
        <translation>لا تملك صلاحية {action}. الإجراء مسموح لـ: {allowed}.</translation>
    </message>
    <message>
        <source>אין הרשאה {action}. רק המערכת עצמה עושה זאת.</source>
        <translation>لا تملك صلاحية {action}. النظام وحده يقوم بذلك.</translation>
    </message>
    <message>
        <source>אין הרשאה לכתוב בו או בתיקייה שלו</source>
        <translation>لا توجد صلاحية للكتابة فيه أو في مجلده</translation>
    </message>
    <message>
        <source>אין חיבור למסד הנתונים {where}: השרת אינו זמין, הכתובת שגויה או שהגישה נדחתה.</source>
        <translation>لا يوجد اتصال بقاعدة البيانات {where}: الخادم غير متاح، أو العنوان خاطئ، أو تم رفض الوصول.</translation>
    </message>
    <message>
        <source>אין חיבור למרכזת בכתובת {host}. בדקו את הכתובת, את מספר הפורט ואת חיבור הרשת.</source>
        <translation>لا يوجد اتصال بالخادم المركزي في العنوان {host}. تحققوا من العنوان ورقم المنفذ واتصال الشبكة.</translation>
    </message>
    <message>
        <source>אין חיבור למרכזת: {error}</source>
        <translation>لا يوجد اتصال بالخادم المركزي: {error}</translation>
    </message>
    <message>
        <source>אין מה להעביר: הפריטים שנבחרו הסתיימו או כבר נמצאים שם.</source>
        <translation>لا يوجد ما يُحوَّل: البنود المختارة انتهت أو موجودة هناك أصلًا.</translation>
    </message>
    <message>
        <source>אין מחלקה בקוד {code}. הריצו קודם: dalpak init</source>
        <translation>لا يوجد قسم بالرمز {code}. شغّلوا أولًا: dalpak init</translation>
    </message>
    <message>
        <source>אין ממתינים בלובי.</source>
        <translation>لا أحد ينتظر في الردهة.</translation>
    </message>
    <message>
        <source>אין מקום פנוי בדיסק</source>
        <translation>لا توجد مساحة فارغة على القرص</translation>
    </message>
    <message>
        <source>אין משתמש בשם {username}.</source>
        <translation>لا يوجد مستخدم باسم {username}.</translation>
    </message>
    <message>
        <source>אין עמדה רשומה בקוד {code}.</source>
        <translation>لا توجد محطة مسجّلة بالرمز {code}.</translation>
    </message>
    <message>
        <source>אין תאריך כזה בלוח השנה (יום {day}, חודש {month}, שנה {year}).</source>
        <translation>لا يوجد تاريخ كهذا في التقويم (اليوم {day}، الشهر {month}، السنة {year}).</translation>
    </message>
    <message>
        <source>אין תרגום לסוג הרשומה הזה.</source>
        <translation>لا توجد ترجمة لهذا النوع من السجلات.</translation>
    </message>
    <message>
        <source>אירעה שגיאה לא צפויה. כל פעולה שהושלמה כבר נשמרה.
הפרטים נרשמו ביומן: {log}</source>
        <translation>حدث خطأ غير متوقع. كل إجراء اكتمل قد حُفظ بالفعل.
سُجّلت التفاصيل في السجل: {log}</translation>
    </message>
    <message>
        <source>אמהרית</source>
        <translation>الأمهرية</translation>
    </message>
    <message>
        <source>אנגלית</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>אסימון חדש לעמדה (הישן עובד עד השימוש הראשון בחדש)</source>
        <translation>رمز وصول جديد لمحطة (يبقى القديم صالحًا حتى أول استخدام للجديد)</translation>
    </message>
    <message>
        <source>אפשר לנסות שוב.</source>
        <translation>يمكنك المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>אפשר לתקן רק את שדות הטקסט של הפעולה.</source>
        <translation>يمكن تصحيح حقول النص في العملية فقط.</translation>
    </message>
    <message>
        <source>אפשרויות</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>ארגומנטים</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>ארגומנטים לא מוכרים: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>בדיקה בלבד: דבר לא נכתב למסד הנתונים.</source>
        <translation>فحص فقط: لم يُكتب شيء في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>בדיקה ודוח בלבד, בלי לכתוב</source>
        <translation>فحص وتقرير فقط، دون كتابة</translation>
    </message>
    <message>
        <source>בדיקת השלמות של {path} נכשלה: {verdict}</source>
        <translation>فشل فحص سلامة {path}: {verdict}</translation>
    </message>
    <message>
        <source>בוצעו</source>
        <translation>تمّت</translation>
    </message>
    <message>
        <source>בחירה לא מוכרת: %(value)r (אפשר: %(choices)s)</source>
        <translation>اختيار غير معروف: %(value)r (الممكن: %(choices)s)</translation>
    </message>
    <message>
        <source>בטיפול</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <source>ביטול האסימון של עמדה</source>
        <translation>إلغاء رمز الوصول لمحطة</translation>
    </message>
    <message>
        <source>ביקור {visit} אינו ידוע.</source>
        <translation>الزيارة {visit} غير معروفة.</translation>
    </message>
    <message>
        <source>ביקורים</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>ביקורים ליום</source>
        <translation>الزيارات يوميًا</translation>
    </message>
    <message>
        <source>ביקורים לפי שעה</source>
        <translation>الزيارات حسب الساعة</translation>
    </message>
    <message>
        <source>ביקורים שנמדדו</source>
        <translation>الزيارات المقيسة</translation>
    </message>
    <message>
        <source>בכל המועצה</source>
        <translation>في المجلس كله</translation>
    </message>
    <message>
        <source>בכל עמדה: dalpak settings hub_ca_file {name} (העתיקו אליה את {name})</source>
        <translation>في كل محطة: dalpak settings hub_ca_file {name} (انسخوا إليها الملف {name})</translation>
    </message>
    <message>
        <source>בכניסה הראשונה יתבקש/תתבקש לבחור סיסמה משלו/ה.</source>
        <translation>عند الدخول الأول سيُطلب منه/منها اختيار كلمة مرور خاصة.</translation>
    </message>
    <message>
        <source>בכתובת {host} עונה שרת שאינו מרכזת של דלפק.</source>
        <translation>الخادم الذي يجيب في العنوان {host} ليس خادماً مركزياً لدلباك.</translation>
    </message>
    <message>
        <source>במה</source>
        <translation>أين شوهدت</translation>
    </message>
    <message>
        <source>במסד הנתונים כבר יש עבודה של העמדה {code}; אי אפשר לשנות את קוד העמדה.</source>
        <translation>قاعدة البيانات تحتوي بالفعل على عمل المحطة {code}؛ لا يمكن تغيير رمز المحطة.</translation>
    </message>
    <message>
        <source>במסד הנתונים רשומים {count} תושבים עם תעודת הזהות {number}. יש לאחד את הכפילות לפני הייבוא.</source>
        <translation>في قاعدة البيانات {count} مقيمين برقم الهوية {number}. يجب دمج التكرار قبل الاستيراد.</translation>
    </message>
    <message>
        <source>במרכזת: dalpak hub serve --listen 0.0.0.0:8443 --cert {cert} --key {key}</source>
        <translation>في الخادم المركزي: dalpak hub serve --listen 0.0.0.0:8443 --cert {cert} --key {key}</translation>
    </message>
    <message>
        <source>בן/בת משפחה באותו שם לאותו/ה תושב/ת</source>
        <translation>فرد عائلة بالاسم نفسه للمقيم/ة نفسه/ا</translation>
    </message>
    <message>
        <source>בני משפחה</source>
        <translation>أفراد العائلة</translation>
    </message>
    <message>
        <source>בעלים: {owner}   מצב: {status}</source>
        <translation>المسؤول: {owner}   الحالة: {status}</translation>
    </message>
    <message>
        <source>בעמדה {counter} ({called_by})</source>
        <translation>في المحطة {counter} ({called_by})</translation>
    </message>
    <message>
        <source>בקדימות: {reason}</source>
        <translation>بأولوية: {reason}</translation>
    </message>
    <message>
        <source>בקובץ ה-Excel אין גיליונות.</source>
        <translation>لا توجد أوراق عمل في ملف Excel.</translation>
    </message>
    <message>
        <source>בקובץ האסימון אין אסימון.</source>
        <translation>ملف رمز الوصول لا يحتوي على رمز.</translation>
    </message>
    <message>
        <source>בתוקף עוד {days} ימים</source>
        <translation>ساري المفعول {days} أيام أخرى</translation>
    </message>
    <message>
        <source>גיבוי מוצפן של מסד הנתונים של העמדה</source>
        <translation>نسخة احتياطية مشفّرة من قاعدة بيانات المحطة</translation>
    </message>
    <message>
        <source>גיל מבוגר</source>
        <translation>سن متقدمة</translation>
    </message>
    <message>
        <source>גיל פריטים פתוחים</source>
        <translation>عمر البنود المفتوحة</translation>
    </message>
    <message>
        <source>גם עותק בעברית, אחרי השפה של התושב/ת</source>
        <translation>نسخة بالعبرية أيضًا، بعد لغة المقيم/ة</translation>
    </message>
    <message>
        <source>דבר לא נכתב למסד הנתונים, כי יש שורות שגויות. יש לתקן אותן ולייבא שוב את הקובץ.</source>
        <translation>لم يُكتب شيء في قاعدة البيانات لوجود أسطر خاطئة. يجب تصحيحها واستيراد الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>דוא&quot;ל</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>דחיות מועד</source>
        <translation>تأجيلات الموعد</translation>
    </message>
    <message>
        <source>דחיות מועד (סה&quot;כ)</source>
        <translation>تأجيلات الموعد (المجموع)</translation>
    </message>
    <message>
        <source>דלפק - דלפק השירות של המועצה. בלי פקודה: פתיחת היישום.</source>
        <translation>دلباك - مكتب خدمة الجمهور في المجلس. بدون أمر: يفتح التطبيق.</translation>
    </message>
    <message>
        <source>דקות</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <source>דקות עד לנעילת המסך</source>
        <translation>الدقائق حتى قفل الشاشة</translation>
    </message>
    <message>
        <source>האסימון שייך לעמדה {code}, לא ל-{station}.</source>
        <translation>رمز الوصول يعود إلى المحطة {code}، لا إلى {station}.</translation>
    </message>
    <message>
        <source>האסימון שייך לעמדה {hub_code}, לא לעמדה {code}. בדקו את קוד העמדה.</source>
        <translation>رمز الوصول يخص المحطة {hub_code} وليس المحطة {code}. تحققوا من رمز المحطة.</translation>
    </message>
    <message>
        <source>האסימון שייך לעמדה אחרת.</source>
        <translation>رمز الوصول يخص محطة أخرى.</translation>
    </message>
    <message>
        <source>האסימון של העמדה {code} בוטל.</source>
        <translation>تم إلغاء رمز الوصول للمحطة {code}.</translation>
    </message>
    <message>
        <source>האסימון של העמדה {code} בוטל: הנפקת אסימון חדש לה היא רק ב---now.</source>
        <translation>تم إلغاء رمز الوصول للمحطة {code}: لا يمكن إصدار رمز جديد لها إلا مع --now.</translation>
    </message>
    <message>
        <source>הביקור לא נמצא.</source>
        <translation>لم يتم العثور على الزيارة.</translation>
    </message>
    <message>
        <source>הגדרת עמדה חדשה בלי אשף (להתקנה אוטומטית)</source>
        <translation>إعداد محطة جديدة دون المعالج (للتثبيت الآلي)</translation>
    </message>
    <message>
        <source>הגדרת עמדה חדשה: המועצה על הקבלות, עמדה עצמאית או מחוברת למרכזת, ומנהל/ת המערכת הראשון/ה. --show מציג את ההגדרות הנוכחיות.</source>
        <translation>إعداد محطة جديدة: اسم المجلس على الإيصالات، محطة مستقلة أو متصلة بالخادم المركزي، ومدير النظام الأول. الخيار --show يعرض الإعدادات الحالية.</translation>
    </message>
    <message>
        <source>הגודל המרבי של בקשת שליחה אחת, במגה-בייט (ברירת מחדל: 8)</source>
        <translation>الحجم الأقصى لطلب إرسال واحد، بالميغابايت (الافتراضي: 8)</translation>
    </message>
    <message>
        <source>הגיבוי {path} אינו קיים.</source>
        <translation>النسخة الاحتياطية {path} غير موجودة.</translation>
    </message>
    <message>
        <source>הגיבוי {path} מוצפן במפתח שאינו במאגר הסיסמאות של משתמש זה במחשב זה.</source>
        <translation>النسخة الاحتياطية {path} مشفّرة بمفتاح غير موجود في مخزن كلمات المرور لهذا المستخدم على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>הגיבוי {path} נוצר בגרסה חדשה יותר של דלפק ({revision}); יש לעדכן את התוכנה.</source>
        <translation>أُنشئت النسخة الاحتياطية {path} بإصدار أحدث من دلباك ({revision})؛ يجب تحديث البرنامج.</translation>
    </message>
    <message>
        <source>הגעה ללובי</source>
        <translation>الوصول إلى قاعة الانتظار</translation>
    </message>
    <message>
        <source>הדוח כ-JSON, עם כל השורות</source>
        <translation>التقرير بصيغة JSON، مع كل الصفوف</translation>
    </message>
    <message>
        <source>הדמו מוכן ({residents:,} תושבים).</source>
        <translation>العرض التجريبي جاهز ({residents:,} مقيم).</translation>
    </message>
    <message>
        <source>ההודעה לא נמצאה.</source>
        <translation>لم يتم العثور على الرسالة.</translation>
    </message>
    <message>
        <source>ההיעדרות {start}–{end} בוטלה</source>
        <translation>تم إلغاء الغياب {start}–{end}</translation>
    </message>
    <message>
        <source>ההיעדרות בוטלה</source>
        <translation>تم إلغاء الغياب</translation>
    </message>
    <message>
        <source>ההיעדרות לא נמצאה או שכבר בוטלה.</source>
        <translation>لم يتم العثور على الغياب أو أنه أُلغي من قبل.</translation>
    </message>
    <message>
        <source>ההנחה &quot;{discount}&quot; אינה מוכרת. קודים: {known}.</source>
        <translation>الخصم &quot;{discount}&quot; غير معروف. الرموز: {known}.</translation>
    </message>
    <message>
        <source>ההעתק אינו זהה למקור (מספר השורות שונה); לא שונה דבר.</source>
        <translation>النسخة لا تطابق الأصل (عدد الصفوف مختلف)؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>ההתנגשות כבר טופלה.</source>
        <translation>تمت معالجة هذا التعارض من قبل.</translation>
    </message>
    <message>
        <source>ההתנגשות לא נמצאה.</source>
        <translation>لم يتم العثور على التعارض.</translation>
    </message>
    <message>
        <source>הודעה לתושב/ת</source>
        <translation>رسالة إلى المقيم/ة</translation>
    </message>
    <message>
        <source>הודעה נשלחה</source>
        <translation>تم إرسال الرسالة</translation>
    </message>
    <message>
        <source>הוחזר לקטלוג</source>
        <translation>أُعيد إلى الكتالوج</translation>
    </message>
    <message>
        <source>הוספת משתמש (בכניסת מנהל/ת מערכת; הסיסמה נשאלת, או --password-stdin)</source>
        <translation>إضافة مستخدم (بدخول مدير النظام؛ تُطلب كلمة المرور، أو --password-stdin)</translation>
    </message>
    <message>
        <source>הוספת משתמש/ת</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>הופסק.</source>
        <translation>تم الإيقاف.</translation>
    </message>
    <message>
        <source>הופק ב-{date} ({hebrew_date}) · עמוד {page} מתוך {pages}</source>
        <translation>صدر بتاريخ {date} ({hebrew_date}) · صفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>הוצא מהקטלוג</source>
        <translation>أُزيل من الكتالوج</translation>
    </message>
    <message>
        <source>הוצעו</source>
        <translation>عُرضت</translation>
    </message>
    <message>
        <source>הורה יחיד</source>
        <translation>والد/ة وحيد/ة</translation>
    </message>
    <message>
        <source>הורה יחיד/ה</source>
        <translation>والد/ة وحيد/ة</translation>
    </message>
    <message>
        <source>הושלמה</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>החיבור למרכזת נכשל: {error}</source>
        <translation>فشل الاتصال بالخادم المركزي: {error}</translation>
    </message>
    <message>
        <source>החלפת הסיסמה שלך</source>
        <translation>تغيير كلمة المرور الخاصة بك</translation>
    </message>
    <message>
        <source>החשבון {name} במרכזת אינו של מנהל/ת מערכת. הקלידו חשבון מנהל/ת של המועצה, או רשמו אותו/ה קודם במסד המרכזת ונסו שוב: {command}</source>
        <translation>الحساب {name} في الخادم المركزي ليس لمدير نظام. أدخلوا حساب مدير للمجلس، أو سجّلوه أولاً في قاعدة بيانات الخادم المركزي وحاولوا مرة أخرى: {command}</translation>
    </message>
    <message>
        <source>החשבון הזה הושבת.</source>
        <translation>تم تعطيل هذا الحساب.</translation>
    </message>
    <message>
        <source>החשבון הזה הושבת. לפרטים פנו למנהל/ת המערכת.</source>
        <translation>تم تعطيل هذا الحساب. لمزيد من التفاصيل توجّه إلى مدير النظام.</translation>
    </message>
    <message>
        <source>הטבות</source>
        <translation>المزايا</translation>
    </message>
    <message>
        <source>הטבות שהוצעו</source>
        <translation>المزايا المعروضة</translation>
    </message>
    <message>
        <source>הטקסט ארוך מדי: עד {max_len} תווים.</source>
        <translation>النص طويل جدًا: حتى {max_len} حرفًا.</translation>
    </message>
    <message>
        <source>היישוב אינו מוכר.</source>
        <translation>البلدة غير معروفة.</translation>
    </message>
    <message>
        <source>היישוב אינו מוכר: יש לכתוב את שם היישוב במועצה או את הקוד שלו.</source>
        <translation>البلدة غير معروفة: يجب كتابة اسم بلدة في المجلس أو رمزها.</translation>
    </message>
    <message>
        <source>היעדרויות</source>
        <translation>الغياب</translation>
    </message>
    <message>
        <source>היתרה</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>הכותרת</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>הכותרת ארוכה מדי (עד 200 תווים).</source>
        <translation>العنوان طويل جدًا (حتى 200 حرف).</translation>
    </message>
    <message>
        <source>הכלל {rule}: period חייב להיות once, permit או dog</source>
        <translation>القاعدة {rule}: يجب أن تكون period إحدى once أو permit أو dog</translation>
    </message>
    <message>
        <source>הכלל {rule}: {why}</source>
        <translation>القاعدة {rule}: {why}</translation>
    </message>
    <message>
        <source>הכלל {rule}: התו {mark} שמור למערכת</source>
        <translation>القاعدة {rule}: الحرف {mark} محجوز للنظام</translation>
    </message>
    <message>
        <source>הכלל {rule}: חסר השדה {field}</source>
        <translation>القاعدة {rule}: الحقل {field} مفقود</translation>
    </message>
    <message>
        <source>הכלל {rule}: לכלל יזום נדרש מכתב עם subject ו-done</source>
        <translation>القاعدة {rule}: القاعدة الاستباقية تحتاج إلى رسالة فيها subject و-done</translation>
    </message>
    <message>
        <source>הכלל {rule}: סוג הפנייה {type} אינו בקטלוג</source>
        <translation>القاعدة {rule}: نوع الطلب {type} غير موجود في الكتالوج</translation>
    </message>
    <message>
        <source>הכניסה בשם הזה נחסמה בעמדה זו אחרי {failures} ניסיונות שגויים. אפשר לנסות שוב בעוד {minutes} דקות (בשעה {until}).</source>
        <translation>تم حظر الدخول بهذا الاسم في هذه المحطة بعد {failures} محاولات خاطئة. يمكن المحاولة مرة أخرى بعد {minutes} دقيقة (الساعة {until}).</translation>
    </message>
    <message>
        <source>הכנת מסד הנתונים המרכזי עם נתוני המועצה</source>
        <translation>تجهيز قاعدة البيانات المركزية ببيانات المجلس</translation>
    </message>
    <message>
        <source>הכפילות כבר טופלה.</source>
        <translation>تمت معالجة هذا التكرار من قبل.</translation>
    </message>
    <message>
        <source>הכפילות לא נמצאה.</source>
        <translation>لم يتم العثور على التكرار.</translation>
    </message>
    <message>
        <source>הכתובת {url} היא http:// בלי הצפנה: האסימון של העמדה היה עובר ברשת גלוי. חיבור למרכזת ברשת הוא רק ב-https://; http:// מותר רק למחשב הזה עצמו (127.0.0.1 או localhost).</source>
        <translation>العنوان {url} هو http:// بدون تشفير: كان رمز الوصول للمحطة سيمر عبر الشبكة مكشوفاً. الاتصال بالخادم المركزي عبر الشبكة يكون فقط بـ https://؛ يُسمح بـ http:// فقط لهذا الحاسوب نفسه (127.0.0.1 أو localhost).</translation>
    </message>
    <message>
        <source>הלובי</source>
        <translation>قاعة الانتظار</translation>
    </message>
    <message>
        <source>הלובי של כל התחנות במועצה, לא רק של זו</source>
        <translation>قاعة الانتظار لكل محطات المجلس، لا لهذه المحطة فقط</translation>
    </message>
    <message>
        <source>המגדר אינו מוכר.</source>
        <translation>الجنس غير معروف.</translation>
    </message>
    <message>
        <source>המועד שבחוק הוא מספר ימים קלנדריים (1 עד {most}), או ריק כשאין.</source>
        <translation>المهلة القانونية هي عدد من الأيام التقويمية (من 1 إلى {most})، أو فارغة إذا لم تكن هناك مهلة.</translation>
    </message>
    <message>
        <source>המועצה</source>
        <translation>المجلس</translation>
    </message>
    <message>
        <source>המחלקה לא נמצאה.</source>
        <translation>لم يُعثر على القسم.</translation>
    </message>
    <message>
        <source>המין</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>הממתינים היום לפי סדר הקריאה, ומי בעמדות</source>
        <translation>المنتظرون اليوم حسب ترتيب النداء، ومن عند المحطات</translation>
    </message>
    <message>
        <source>המספר מחוץ לטווח ({low} עד {high}).</source>
        <translation>الرقم خارج النطاق ({low} حتى {high}).</translation>
    </message>
    <message>
        <source>המערכת</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>המרכזת (מול מסד הנתונים המרכזי)</source>
        <translation>الخادم المركزي (مقابل قاعدة البيانات المركزية)</translation>
    </message>
    <message>
        <source>המרכזת אינה זמינה כעת ({reason}). העמדה לא תרשום דבר עד לסנכרון מוצלח: dalpak sync או Ctrl+Shift+S ביישום.</source>
        <translation>الخادم المركزي غير متاح حاليًا ({reason}). لن تسجّل المحطة شيئًا حتى مزامنة ناجحة: dalpak sync أو Ctrl+Shift+S في التطبيق.</translation>
    </message>
    <message>
        <source>המרכזת בכתובת {host} לא ענתה בזמן. בדקו שהשירות פועל ושהרשת מאפשרת גישה.</source>
        <translation>الخادم المركزي في العنوان {host} لم يستجب في الوقت المحدد. تحققوا من أن الخدمة تعمل وأن الشبكة تسمح بالوصول.</translation>
    </message>
    <message>
        <source>המרכזת דחתה את הבקשה ({status}): {text}</source>
        <translation>رفض الخادم المركزي الطلب ({status}): {text}</translation>
    </message>
    <message>
        <source>המרכזת דחתה: {reason}</source>
        <translation>رفضه الخادم المركزي: {reason}</translation>
    </message>
    <message>
        <source>המרכזת לא אישרה את כל הפעולות; ננסה שוב בסבב הבא.</source>
        <translation>لم يؤكد الخادم المركزي جميع العمليات؛ سنحاول مرة أخرى في الجولة التالية.</translation>
    </message>
    <message>
        <source>המרכזת לא מכירה את העמדה (אסימון שגוי או מבוטל).</source>
        <translation>الخادم المركزي لا يتعرف على المحطة (رمز وصول خاطئ أو ملغى).</translation>
    </message>
    <message>
        <source>המרכזת לא תאזין ב-{host} בלי TLS: האסימונים של העמדות היו עוברים ברשת גלויים. הפיקו תעודה (dalpak hub cert --out DIR --host NAME) והוסיפו --cert ו---key, או האזינו ב-127.0.0.1. ({flag} עוקף זאת, לא מומלץ.)</source>
        <translation>لن يستمع الخادم المركزي على {host} بدون TLS: كانت رموز الوصول للمحطات ستعبر الشبكة مكشوفة. أنشئوا شهادة (dalpak hub cert --out DIR --host NAME) وأضيفوا --cert و--key، أو استمعوا على 127.0.0.1. ({flag} يتجاوز ذلك، غير مستحسن.)</translation>
    </message>
    <message>
        <source>המרכזת מאזינה ב-{url}</source>
        <translation>الخادم المركزي يستمع على {url}</translation>
    </message>
    <message>
        <source>המשימה כבר בוצעה.</source>
        <translation>تم تنفيذ المهمة من قبل.</translation>
    </message>
    <message>
        <source>המשימה לא נמצאה.</source>
        <translation>لم يتم العثور على المهمة.</translation>
    </message>
    <message>
        <source>המשתמש {name} אינו רשום במרכזת. עמדה מחוברת נפתחת בחשבון מנהל/ת של המועצה: רשמו אותו/ה קודם במסד המרכזת ונסו שוב: {command}</source>
        <translation>المستخدم {name} غير مسجّل في الخادم المركزي. تُفتح المحطة المتصلة بحساب مدير للمجلس: سجّلوه أولاً في قاعدة بيانات الخادم المركزي وحاولوا مرة أخرى: {command}</translation>
    </message>
    <message>
        <source>המשתמש {username} הופעל מחדש.</source>
        <translation>أُعيد تفعيل المستخدم {username}.</translation>
    </message>
    <message>
        <source>המשתמש {username} הושבת; אחרי הסנכרון הבא לא ייכנס/תיכנס באף עמדה.</source>
        <translation>تم تعطيل المستخدم {username}؛ بعد المزامنة القادمة لن يتمكن من الدخول في أي محطة.</translation>
    </message>
    <message>
        <source>המשתמש {username} כבר מושבת.</source>
        <translation>المستخدم {username} معطّل بالفعل.</translation>
    </message>
    <message>
        <source>המשתמש {username} נוצר.</source>
        <translation>تم إنشاء المستخدم {username}.</translation>
    </message>
    <message>
        <source>המשתמש {username} פעיל.</source>
        <translation>المستخدم {username} فعّال.</translation>
    </message>
    <message>
        <source>המשתמש אינו קיים.</source>
        <translation>المستخدم غير موجود.</translation>
    </message>
    <message>
        <source>המשתמש לא נמצא.</source>
        <translation>لم يتم العثور على المستخدم.</translation>
    </message>
    <message>
        <source>המשתמש שייך לעמדה אחרת ואינו עובד בעמדה הזו.</source>
        <translation>المستخدم ينتمي إلى محطة أخرى ولا يعمل في هذه المحطة.</translation>
    </message>
    <message>
        <source>המשתמש שרשום בפעולה אינו מוכר או אינו פעיל.</source>
        <translation>المستخدم المسجّل في العملية غير معروف أو غير فعّال.</translation>
    </message>
    <message>
        <source>המתנה (דקות)</source>
        <translation>الانتظار (دقائق)</translation>
    </message>
    <message>
        <source>המתנה ושירות בדלפק</source>
        <translation>الانتظار والخدمة في المكتب</translation>
    </message>
    <message>
        <source>המתנה ממוצעת (דקות)</source>
        <translation>متوسط الانتظار (دقائق)</translation>
    </message>
    <message>
        <source>הנושא</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>הנחות</source>
        <translation>التخفيضات</translation>
    </message>
    <message>
        <source>הסטטוס</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>הסטטוס &quot;{status}&quot; לאותו/ה תושב/ת</source>
        <translation>الحالة &quot;{status}&quot; للمقيم/ة نفسه/ا</translation>
    </message>
    <message>
        <source>הסיסמאות אינן זהות.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>הסיסמה אינה יכולה להיות שם המשתמש.</source>
        <translation>لا يمكن أن تكون كلمة المرور هي اسم المستخدم.</translation>
    </message>
    <message>
        <source>הסיסמה אינה תואמת את החשבון {name} במרכזת.</source>
        <translation>كلمة المرور لا تطابق الحساب {name} في الخادم المركزي.</translation>
    </message>
    <message>
        <source>הסיסמה הוחלפה.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
    <message>
        <source>הסיסמה הזמנית מקובץ (&apos;-&apos;: מהקלט)</source>
        <translation>كلمة المرور المؤقتة من ملف (&apos;-&apos;: من الإدخال)</translation>
    </message>
    <message>
        <source>הסיסמה החדשה והאימות שלה אינם זהים.</source>
        <translation>كلمة المرور الجديدة وتأكيدها غير متطابقين.</translation>
    </message>
    <message>
        <source>הסיסמה החדשה מקובץ (&apos;-&apos;: מהקלט)</source>
        <translation>كلمة المرور الجديدة من ملف (&apos;-&apos;: من الإدخال)</translation>
    </message>
    <message>
        <source>הסיסמה החדשה צריכה להיות שונה מהנוכחית.</source>
        <translation>يجب أن تختلف كلمة المرور الجديدة عن الحالية.</translation>
    </message>
    <message>
        <source>הסיסמה החדשה: --new-password-file FILE (או &apos;-&apos; לקריאה מהקלט).</source>
        <translation>كلمة المرور الجديدة: --new-password-file FILE (أو &apos;-&apos; للقراءة من الإدخال).</translation>
    </message>
    <message>
        <source>הסיסמה הנוכחית מקובץ (&apos;-&apos;: מהקלט)</source>
        <translation>كلمة المرور الحالية من ملف (&apos;-&apos;: من الإدخال)</translation>
    </message>
    <message>
        <source>הסיסמה הנוכחית שגויה.</source>
        <translation>كلمة المرور الحالية خاطئة.</translation>
    </message>
    <message>
        <source>הסיסמה הנוכחית: </source>
        <translation>كلمة المرور الحالية: </translation>
    </message>
    <message>
        <source>הסיסמה הנוכחית: --password-file FILE (או &apos;-&apos; לקריאה מהקלט).</source>
        <translation>كلمة المرور الحالية: --password-file FILE (أو &apos;-&apos; للقراءة من الإدخال).</translation>
    </message>
    <message>
        <source>הסיסמה קצרה מדי: לפחות 8 תווים.</source>
        <translation>كلمة المرور قصيرة جدًا: 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>הסיסמה של {username} אופסה; בכניסה הבאה יתבקש/תתבקש לבחור סיסמה חדשה.</source>
        <translation>تمت إعادة تعيين كلمة مرور {username}؛ عند الدخول القادم سيُطلب منه/منها اختيار كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>הסיסמה של מנהל/ת המערכת מהשורה הראשונה בקובץ (&apos;-&apos;: מהקלט); בלעדיו: נשאלת</source>
        <translation>كلمة مرور مدير النظام من السطر الأول في ملف (&apos;-&apos;: من الإدخال)؛ بدونه: تُطلب</translation>
    </message>
    <message>
        <source>הסתיים</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>הסתיימו עד התאריך הצפוי</source>
        <translation>انتهت حتى التاريخ المتوقع</translation>
    </message>
    <message>
        <source>העברה</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>העברות</source>
        <translation>التحويلات</translation>
    </message>
    <message>
        <source>העברות לפריט</source>
        <translation>التحويلات لكل بند</translation>
    </message>
    <message>
        <source>העברת פריט</source>
        <translation>تحويل بند</translation>
    </message>
    <message>
        <source>העובד/ת אינו/ה שייך/ת למחלקה שנבחרה.</source>
        <translation>الموظف/ة لا ينتمي/تنتمي إلى القسم المختار.</translation>
    </message>
    <message>
        <source>העובד/ת שנבחר/ה אינו/ה פעיל/ה במערכת.</source>
        <translation>الموظف المختار غير نشط في النظام.</translation>
    </message>
    <message>
        <source>העובדה {name} אינה מקבלת arg</source>
        <translation>الحقيقة {name} لا تقبل arg</translation>
    </message>
    <message>
        <source>העובדה {name} צריכה arg טקסטואלי</source>
        <translation>الحقيقة {name} تحتاج إلى arg نصي</translation>
    </message>
    <message>
        <source>העובדה {name} צריכה arg של [מגיל, עד גיל]</source>
        <translation>الحقيقة {name} تحتاج إلى arg بصيغة [من عمر، حتى عمر]</translation>
    </message>
    <message>
        <source>העמדה {code} מוגדרת (מחוברת למרכזת {hub}).</source>
        <translation>تم إعداد المحطة {code} (متصلة بالخادم المركزي {hub}).</translation>
    </message>
    <message>
        <source>העמדה {code} מוגדרת (עצמאית).</source>
        <translation>تم إعداد المحطة {code} (مستقلة).</translation>
    </message>
    <message>
        <source>העמדה {code} נרשמה. האסימון (מוצג פעם אחת בלבד):</source>
        <translation>تم تسجيل المحطة {code}. رمز الوصول (يُعرض مرة واحدة فقط):</translation>
    </message>
    <message>
        <source>העמדה אינה מחוברת למרכזת: פניות שנפתחו אחרי הגיבוי אינן בו, ומספריהן עלולים לחזור על עצמם.</source>
        <translation>المحطة غير متصلة بالخادم المركزي: الطلبات التي فُتحت بعد النسخة الاحتياطية ليست فيها، وقد تتكرر أرقامها.</translation>
    </message>
    <message>
        <source>העמדה הזו היא {station}; האסימון שייך ל-{code}.</source>
        <translation>هذه المحطة هي {station}؛ رمز الوصول يخص {code}.</translation>
    </message>
    <message>
        <source>העמדה התחברה למרכזת וקיבלה ממנה {operations:,} פעולות; אפשר לשרת.</source>
        <translation>اتصلت المحطة بالخادم المركزي واستلمت منه {operations:,} عملية؛ يمكن تقديم الخدمة.</translation>
    </message>
    <message>
        <source>העמדה כבר מוגדרת. מנהל/ת מערכת משנה אותה במסך &apos;הגדרות העמדה&apos;.</source>
        <translation>المحطة مُعدّة مسبقًا. يغيّرها مدير النظام في شاشة &apos;إعدادات المحطة&apos;.</translation>
    </message>
    <message>
        <source>העמדה נפתחת בחשבון המועצה {username} (מהמרכזת).</source>
        <translation>تُفتح المحطة بحساب المجلس {username} (من الخادم المركزي).</translation>
    </message>
    <message>
        <source>העמדה עוד לא חוברה למרכזת: dalpak sync --hub URL --station CODE --token-file FILE</source>
        <translation>لم تُربط المحطة بالخادم المركزي بعد: dalpak sync --hub URL --station CODE --token-file FILE</translation>
    </message>
    <message>
        <source>העמדה שוחזרה מגיבוי ועדיין לא התחברה למרכזת. כדי שמספרי הפניות לא יחזרו על עצמם, אין לרשום דבר לפני סנכרון מוצלח (Ctrl+Shift+S או dalpak sync).</source>
        <translation>تمت استعادة المحطة من نسخة احتياطية ولم تتصل بعد بالخادم المركزي. حتى لا تتكرر أرقام الطلبات، لا تسجّل شيئًا قبل مزامنة ناجحة (Ctrl+Shift+S أو dalpak sync).</translation>
    </message>
    <message>
        <source>העמדה שוחזרה מגיבוי: אין לשרת לפני סנכרון מוצלח עם המרכזת</source>
        <translation>تمت استعادة المحطة من نسخة احتياطية: لا تخدموا السكان قبل مزامنة ناجحة مع الخادم المركزي</translation>
    </message>
    <message>
        <source>העמודות &quot;{first}&quot; ו-&quot;{second}&quot; הן אותו שדה ({field}). יש להשאיר רק אחת מהן.</source>
        <translation>العمودان &quot;{first}&quot; و&quot;{second}&quot; هما الحقل نفسه ({field}). يجب إبقاء واحد منهما فقط.</translation>
    </message>
    <message>
        <source>הערך (אינו מוצג): </source>
        <translation>القيمة (لا تُعرض): </translation>
    </message>
    <message>
        <source>הערך מהשורה הראשונה של קובץ (&apos;-&apos;: הקלט); כך נותנים סוד כמו smtp_password</source>
        <translation>القيمة من السطر الأول في ملف (&apos;-&apos;: الإدخال)؛ هكذا يُعطى سرّ مثل smtp_password</translation>
    </message>
    <message>
        <source>הפניות שנבחרו כבר באחריות העובד/ת הזה/ו.</source>
        <translation>الطلبات المختارة هي أصلًا من مسؤولية هذا الموظف.</translation>
    </message>
    <message>
        <source>הפנייה נסגרה</source>
        <translation>تم إغلاق الطلب</translation>
    </message>
    <message>
        <source>הפנייה נפתחה</source>
        <translation>تم فتح الطلب</translation>
    </message>
    <message>
        <source>הפעולה אינה בהסגר (אולי כבר טופלה).</source>
        <translation>العملية ليست في الحجر (ربما تمت معالجتها بالفعل).</translation>
    </message>
    <message>
        <source>הפעולה חתומה בשם עמדה אחרת.</source>
        <translation>العملية موقّعة باسم محطة أخرى.</translation>
    </message>
    <message>
        <source>הפעולה נעשתה בעמדה אחרת: רק מפקח/ת בעמדה שבה נעשתה יכול/ה לטפל בה.</source>
        <translation>أُجريت العملية في محطة أخرى: فقط مشرف في المحطة التي أُجريت فيها يمكنه معالجتها.</translation>
    </message>
    <message>
        <source>הפעלה מחדש של משתמש מושבת (בכניסת מנהל/ת מערכת)</source>
        <translation>إعادة تفعيل مستخدم معطَّل (بدخول مدير النظام)</translation>
    </message>
    <message>
        <source>הפעלת שירות המרכזת</source>
        <translation>تشغيل خدمة الخادم المركزي</translation>
    </message>
    <message>
        <source>הפקודה דורשת כניסה של מנהל/ת מערכת: --admin USER ו- --password-file FILE (או &apos;-&apos; לקריאה מהקלט).</source>
        <translation>يتطلب هذا الأمر دخول مدير النظام: --admin USER و--password-file FILE (أو &apos;-&apos; للقراءة من الإدخال).</translation>
    </message>
    <message>
        <source>הפקודה הזו מותרת רק למנהלי מערכת.</source>
        <translation>هذا الأمر مسموح لمديري النظام فقط.</translation>
    </message>
    <message>
        <source>הפריט כבר הסתיים; אי אפשר לעדכן אותו.</source>
        <translation>البند منتهٍ بالفعل؛ لا يمكن تحديثه.</translation>
    </message>
    <message>
        <source>הפריט כבר הסתיים; אין מה להעביר.</source>
        <translation>البند منتهٍ بالفعل؛ لا يوجد ما يُحوَّل.</translation>
    </message>
    <message>
        <source>הפריט כבר נמצא שם.</source>
        <translation>البند موجود هناك بالفعل.</translation>
    </message>
    <message>
        <source>הפריט לא נמצא.</source>
        <translation>لم يتم العثور على البند.</translation>
    </message>
    <message>
        <source>הצגה ושינוי של הגדרות העמדה</source>
        <translation>عرض إعدادات المحطة وتغييرها</translation>
    </message>
    <message>
        <source>הצגת ההגדרות הנוכחיות בלבד</source>
        <translation>عرض الإعدادات الحالية فقط</translation>
    </message>
    <message>
        <source>הצגת העזרה הזו ויציאה</source>
        <translation>عرض هذه المساعدة والخروج</translation>
    </message>
    <message>
        <source>הצעד הבא: {step}; צפוי {date}</source>
        <translation>الخطوة التالية: {step}؛ متوقع في {date}</translation>
    </message>
    <message>
        <source>הצעות</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>הצפנת מסד נתונים קיים של העמדה (כשהיישום סגור)</source>
        <translation>تشفير قاعدة بيانات المحطة الموجودة (عندما يكون التطبيق مغلقًا)</translation>
    </message>
    <message>
        <source>הקבלה נשמרה: {path}</source>
        <translation>تم حفظ الإيصال: {path}</translation>
    </message>
    <message>
        <source>הקובץ {path} אינו גיבוי של דלפק.</source>
        <translation>الملف {path} ليس نسخة احتياطية لدلباك.</translation>
    </message>
    <message>
        <source>הקובץ {path} אינו מסד נתונים של דלפק (או שהוא פגום).</source>
        <translation>الملف {path} ليس قاعدة بيانات دلبك (أو أنه تالف).</translation>
    </message>
    <message>
        <source>הקובץ {path} אינו מסד נתונים של עמדת דלפק.</source>
        <translation>الملف {path} ليس قاعدة بيانات لمحطة دلباك.</translation>
    </message>
    <message>
        <source>הקובץ או התיקייה אינם קיימים</source>
        <translation>الملف أو المجلد غير موجود</translation>
    </message>
    <message>
        <source>הקובץ כבר קיים</source>
        <translation>الملف موجود بالفعل</translation>
    </message>
    <message>
        <source>הקובץ לא נמצא: {path}</source>
        <translation>لم يتم العثور على الملف: {path}</translation>
    </message>
    <message>
        <source>הקובץ מסומן כ-UTF-8 אך יש בו תווים פגומים.</source>
        <translation>الملف معلَّم كـ UTF-8 لكن فيه أحرف تالفة.</translation>
    </message>
    <message>
        <source>הקובץ ריק: אין בו שורת כותרות.</source>
        <translation>الملف فارغ: لا يحتوي على سطر عناوين.</translation>
    </message>
    <message>
        <source>הקוד</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>הקוד {code} כבר קיים בקטלוג.</source>
        <translation>الرمز {code} موجود بالفعل في الكتالوج.</translation>
    </message>
    <message>
        <source>הקרבה</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>הריון</source>
        <translation>حمل</translation>
    </message>
    <message>
        <source>הרכב {plate}</source>
        <translation>المركبة {plate}</translation>
    </message>
    <message>
        <source>הרשומה לא נמצאה בקטלוג.</source>
        <translation>لم يتم العثور على السجل في الكتالوج.</translation>
    </message>
    <message>
        <source>השבב {chip}</source>
        <translation>الشريحة {chip}</translation>
    </message>
    <message>
        <source>השבתת משתמש: לא ייכנס עוד לאף עמדה (בכניסת מנהל/ת מערכת)</source>
        <translation>تعطيل مستخدم: لن يدخل بعد الآن إلى أي محطة (بدخول مدير النظام)</translation>
    </message>
    <message>
        <source>השורה מתאימה לאותה רשומה קיימת כמו שורה {row}.</source>
        <translation>السطر يطابق السجل الموجود نفسه الذي يطابقه السطر {row}.</translation>
    </message>
    <message>
        <source>השורות התקינות יובאו; השורות השגויות לא יובאו.</source>
        <translation>تم استيراد الأسطر السليمة؛ ولم تُستورد الأسطر الخاطئة.</translation>
    </message>
    <message>
        <source>השטח</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>השירות בדלפק הסתיים</source>
        <translation>انتهت الخدمة عند المكتب</translation>
    </message>
    <message>
        <source>השם</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>השם המלא</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>השם המלא של מנהל/ת המערכת</source>
        <translation>الاسم الكامل لمدير النظام</translation>
    </message>
    <message>
        <source>השם כפי שנמסר</source>
        <translation>الاسم كما أُعطي</translation>
    </message>
    <message>
        <source>השעון של המחשב רחוק משעון המרכזת ב-{minutes} דקות</source>
        <translation>ساعة الحاسوب تبتعد عن ساعة الخادم المركزي بـ {minutes} دقيقة</translation>
    </message>
    <message>
        <source>השפה</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>השפה אינה מוכרת.</source>
        <translation>اللغة غير معروفة.</translation>
    </message>
    <message>
        <source>התאריך אינו תקין.</source>
        <translation>التاريخ غير صالح.</translation>
    </message>
    <message>
        <source>התאריך הצפוי כבר עבר; יש לקבוע תאריך מהיום והלאה.</source>
        <translation>التاريخ المتوقع قد مضى؛ يجب تحديد تاريخ من اليوم فصاعدًا.</translation>
    </message>
    <message>
        <source>התו {mark} שמור למערכת ואינו יכול להופיע כאן.</source>
        <translation>الحرف {mark} محجوز للنظام ولا يمكن أن يظهر هنا.</translation>
    </message>
    <message>
        <source>התור {ticket} כבר אינו ממתין.</source>
        <translation>الدور {ticket} لم يعد في الانتظار.</translation>
    </message>
    <message>
        <source>התור {ticket} כבר הסתיים.</source>
        <translation>الدور {ticket} انتهى بالفعل.</translation>
    </message>
    <message>
        <source>התור {ticket} כבר עזב/ה בלי שירות.</source>
        <translation>صاحب/ة الدور {ticket} غادر/ت بالفعل دون خدمة.</translation>
    </message>
    <message>
        <source>התור {ticket} עדיין לא נקרא לעמדה.</source>
        <translation>الدور {ticket} لم يُستدعَ إلى الشباك بعد.</translation>
    </message>
    <message>
        <source>התושב/ת לא נמצא/ה.</source>
        <translation>لم يتم العثور على المقيم/ة.</translation>
    </message>
    <message>
        <source>התיקייה {folder} אינה קיימת</source>
        <translation>المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>התיקייה שאליה ייכתבו ca.pem, hub.pem ו-hub.key</source>
        <translation>المجلد الذي ستُكتب إليه الملفات ca.pem وhub.pem وhub.key</translation>
    </message>
    <message>
        <source>התפקיד אינו מוכר.</source>
        <translation>الدور غير معروف.</translation>
    </message>
    <message>
        <source>התקבלה</source>
        <translation>تم الاستلام</translation>
    </message>
    <message>
        <source>התקבלו</source>
        <translation>قُبلت</translation>
    </message>
    <message>
        <source>התרגום ארוך מדי (עד {most} תווים).</source>
        <translation>الترجمة طويلة جدًا (حتى {most} حرف).</translation>
    </message>
    <message>
        <source>התשובה לא נמצאה במאגר.</source>
        <translation>لم يتم العثور على الإجابة في قاعدة المعلومات.</translation>
    </message>
    <message>
        <source>וואטסאפ</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>זה עובד רק על מסד הנתונים של עמדה (קובץ SQLite); את מסד הנתונים של המרכזת מגבים בכלים של PostgreSQL (pg_dump).</source>
        <translation>هذا يعمل فقط على قاعدة بيانات محطة (ملف SQLite)؛ قاعدة بيانات الخادم المركزي تُنسخ احتياطياً بأدوات PostgreSQL (pg_dump).</translation>
    </message>
    <message>
        <source>זהו מנהל/ת המערכת הפעיל/ה האחרון/ה: אי אפשר להשבית.</source>
        <translation>هذا/هذه آخر مدير/ة نظام فعّال/ة: لا يمكن التعطيل.</translation>
    </message>
    <message>
        <source>זו תהיה העברה מספר {number}. אמנת השירות: לא יותר משני אנשים לתושב/ת. אפשר להעביר רק עם אישור וסיבה מפורטת.</source>
        <translation>سيكون هذا التحويل رقم {number}. ميثاق الخدمة: لا أكثر من شخصين لكل مقيم/ة. يمكن التحويل فقط بموافقة وسبب مفصّل.</translation>
    </message>
    <message>
        <source>זו תיקייה ולא קובץ</source>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>זמן הטיפול הוא מספר ימי עבודה (0 עד 120).</source>
        <translation>مدة المعالجة هي عدد من أيام العمل (من 0 إلى 120).</translation>
    </message>
    <message>
        <source>זמן טיפול (ימי עבודה)</source>
        <translation>مدة المعالجة (أيام عمل)</translation>
    </message>
    <message>
        <source>חדש/ה</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>חזרה לתושב/ת</source>
        <translation>معاودة الاتصال بالساكن</translation>
    </message>
    <message>
        <source>חייל/ת</source>
        <translation>جندي/ة</translation>
    </message>
    <message>
        <source>חייל/ת בשירות סדיר</source>
        <translation>جندي/ة في الخدمة النظامية</translation>
    </message>
    <message>
        <source>חיסון כלבת</source>
        <translation>تطعيم داء الكلب</translation>
    </message>
    <message>
        <source>חלק מהנתיב אינו תיקייה</source>
        <translation>جزء من المسار ليس مجلدًا</translation>
    </message>
    <message>
        <source>חסר מספר תעודת זהות.</source>
        <translation>رقم الهوية مفقود.</translation>
    </message>
    <message>
        <source>חסר ערך: {field}.</source>
        <translation>قيمة مفقودة: {field}.</translation>
    </message>
    <message>
        <source>חסרה בקובץ עמודת חובה: {names}. הכותרות שנמצאו בשורה 1: {found}.</source>
        <translation>ينقص الملف عمود إلزامي: {names}. العناوين الموجودة في السطر 1: {found}.</translation>
    </message>
    <message>
        <source>חסרה החבילה {package}: pip install &apos;dalpak[hub]&apos;</source>
        <translation>الحزمة {package} غير موجودة: pip install &apos;dalpak[hub]&apos;</translation>
    </message>
    <message>
        <source>חסרים בה נתונים</source>
        <translation>تنقصها بيانات</translation>
    </message>
    <message>
        <source>חסרים הארגומנטים: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>חסרים פרטים להתקנה: {missing}</source>
        <translation>تفاصيل ناقصة للإعداد: {missing}</translation>
    </message>
    <message>
        <source>חציון</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>חרגו מהתאריך הצפוי</source>
        <translation>تجاوزت التاريخ المتوقع</translation>
    </message>
    <message>
        <source>חשבון מספר {number}</source>
        <translation>الحساب رقم {number}</translation>
    </message>
    <message>
        <source>חשבון מספר {number} כבר רשום.</source>
        <translation>الحساب رقم {number} مسجّل بالفعل.</translation>
    </message>
    <message>
        <source>חשבונות ארנונה</source>
        <translation>حسابات الأرنونا</translation>
    </message>
    <message>
        <source>טלפון</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>טלפון נוסף</source>
        <translation>هاتف إضافي</translation>
    </message>
    <message>
        <source>טקסט</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>יומן גישה</source>
        <translation>سجل الوصول</translation>
    </message>
    <message>
        <source>ייבוא {kind} מהקובץ {file}</source>
        <translation>استيراد {kind} من الملف {file}</translation>
    </message>
    <message>
        <source>ייבוא תושבים או נתוניהם מקובץ CSV או Excel (xlsx)</source>
        <translation>استيراد المقيمين أو بياناتهم من ملف CSV أو Excel (xlsx)</translation>
    </message>
    <message>
        <source>ייצוא</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>יישוב</source>
        <translation>بلدة</translation>
    </message>
    <message>
        <source>ימים מהפתיחה</source>
        <translation>أيام منذ الفتح</translation>
    </message>
    <message>
        <source>יצירת מסד נתונים ריק עם נתוני המועצה</source>
        <translation>إنشاء قاعدة بيانات فارغة مع بيانات المجلس</translation>
    </message>
    <message>
        <source>יש לבחור למי להעביר: עובד/ת או מחלקה.</source>
        <translation>يرجى اختيار الجهة التي يُحوَّل إليها: موظف أو قسم.</translation>
    </message>
    <message>
        <source>יש לבחור מחלקה.</source>
        <translation>يرجى اختيار قسم.</translation>
    </message>
    <message>
        <source>יש לבחור מצב.</source>
        <translation>يجب اختيار حالة.</translation>
    </message>
    <message>
        <source>יש לבחור שפת תרגום: ערבית, רוסית או אנגלית.</source>
        <translation>يجب اختيار لغة الترجمة: العربية أو الروسية أو الإنجليزية.</translation>
    </message>
    <message>
        <source>יש לבחור תושב/ת או להקליד שם.</source>
        <translation>يجب اختيار مقيم/ة أو كتابة اسم.</translation>
    </message>
    <message>
        <source>יש להדביק את האסימון שהמרכזת הפיקה לעמדה.</source>
        <translation>يجب لصق رمز الوصول الذي أصدره الخادم المركزي للمحطة.</translation>
    </message>
    <message>
        <source>יש להוסיף לפנייה לפחות נושא אחד.</source>
        <translation>يجب إضافة موضوع واحد على الأقل إلى الطلب.</translation>
    </message>
    <message>
        <source>יש להחליף את הסיסמה לפני כל פעולה אחרת: dalpak user passwd {username} (או בכניסה ליישום).</source>
        <translation>يجب تغيير كلمة المرور قبل أي عملية أخرى: dalpak user passwd {username} (أو عند الدخول إلى التطبيق).</translation>
    </message>
    <message>
        <source>יש להקליד את הסיסמה של החשבון במרכזת.</source>
        <translation>يجب إدخال كلمة مرور الحساب في الخادم المركزي.</translation>
    </message>
    <message>
        <source>יש להקליד מספר תעודת זהות.</source>
        <translation>يجب كتابة رقم الهوية.</translation>
    </message>
    <message>
        <source>יש להקליד שם משפחה.</source>
        <translation>يجب كتابة اسم العائلة.</translation>
    </message>
    <message>
        <source>יש להקליד שם פרטי.</source>
        <translation>يجب كتابة الاسم الشخصي.</translation>
    </message>
    <message>
        <source>יש לכתוב את השנה בארבע ספרות.</source>
        <translation>يجب كتابة السنة بأربعة أرقام.</translation>
    </message>
    <message>
        <source>יש לכתוב את התוצאה במילים שהתושב/ת יבינו (לפחות משפט קצר).</source>
        <translation>يجب كتابة النتيجة بكلمات يفهمها المقيم/ة (جملة قصيرة على الأقل).</translation>
    </message>
    <message>
        <source>יש לכתוב את התשובה עצמה (לפחות משפט אחד).</source>
        <translation>يجب كتابة الإجابة نفسها (جملة واحدة على الأقل).</translation>
    </message>
    <message>
        <source>יש לכתוב את סיבת ההעברה.</source>
        <translation>يرجى كتابة سبب التحويل.</translation>
    </message>
    <message>
        <source>יש לכתוב את שם סוג הפנייה.</source>
        <translation>يجب كتابة اسم نوع الطلب.</translation>
    </message>
    <message>
        <source>יש לכתוב בקצרה מה נאמר או מה נעשה.</source>
        <translation>يجب كتابة ما قيل أو ما تم فعله باختصار.</translation>
    </message>
    <message>
        <source>יש לכתוב יום/חודש/שנה (למשל 15/03/1980) או שנה-חודש-יום (1980-03-15).</source>
        <translation>يجب كتابة يوم/شهر/سنة (مثلًا 15/03/1980) أو سنة-شهر-يوم (1980-03-15).</translation>
    </message>
    <message>
        <source>יש לכתוב כותרת לתשובה.</source>
        <translation>يجب كتابة عنوان للإجابة.</translation>
    </message>
    <message>
        <source>יש לכתוב למה הפעולה מבוטלת.</source>
        <translation>يجب كتابة سبب إلغاء العملية.</translation>
    </message>
    <message>
        <source>יש לכתוב לפחות צעד המשך אחד: מה יקרה אחרי הדלפק.</source>
        <translation>يجب كتابة خطوة متابعة واحدة على الأقل: ماذا سيحدث بعد المكتب.</translation>
    </message>
    <message>
        <source>יש לכתוב מה הצעד הבא, במפורש (למשל: &quot;מהנדס יבקר בנכס ויכין חוות דעת&quot;).</source>
        <translation>يجب كتابة الخطوة التالية بوضوح (مثلًا: &quot;سيزور مهندس العقار ويعدّ تقريرًا&quot;).</translation>
    </message>
    <message>
        <source>יש לכתוב מספר, למשל 120.50.</source>
        <translation>يجب كتابة رقم، مثلًا 120.50.</translation>
    </message>
    <message>
        <source>יש למלא את השם המלא של מנהל/ת המערכת.</source>
        <translation>يجب تعبئة الاسم الكامل لمدير النظام.</translation>
    </message>
    <message>
        <source>יש למלא את שם המועצה כפי שיודפס על הקבלות.</source>
        <translation>يجب تعبئة اسم المجلس كما سيُطبع على الإيصالات.</translation>
    </message>
    <message>
        <source>יש למלא שם משתמש ושם מלא.</source>
        <translation>يجب إدخال اسم المستخدم والاسم الكامل.</translation>
    </message>
    <message>
        <source>יש לקבוע תאריך צפוי. &quot;יטופל&quot; בלי תאריך אינו תשובה.</source>
        <translation>يجب تحديد تاريخ متوقع. &quot;ستتم المعالجة&quot; بلا تاريخ ليس جوابًا.</translation>
    </message>
    <message>
        <source>יש לרשום את מספר העמדה.</source>
        <translation>يجب تسجيل رقم الشباك.</translation>
    </message>
    <message>
        <source>יש לרשום בקצרה למה התושב/ת ויתר/ה על ההצעה.</source>
        <translation>يجب تسجيل سبب رفض المقيم/ة للعرض باختصار.</translation>
    </message>
    <message>
        <source>יש לרשום שביעות רצון בין 1 ל-5.</source>
        <translation>يجب تسجيل درجة الرضا بين 1 و-5.</translation>
    </message>
    <message>
        <source>יש לתרגם כל שורה בשורה משלה: {wanted} שורות, כמו בעברית (נכתבו {written}).</source>
        <translation>يجب ترجمة كل سطر في سطر خاص به: {wanted} أسطر، كما في العبرية (تمت كتابة {written}).</translation>
    </message>
    <message>
        <source>יש פעולות שלא נשלחו למרכזת כבר {days} ימים</source>
        <translation>توجد عمليات لم تُرسل إلى الخادم المركزي منذ {days} أيام</translation>
    </message>
    <message>
        <source>יתרה</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>כבר יש סוג פנייה בשם הזה ({code}).</source>
        <translation>يوجد بالفعل نوع طلب بهذا الاسم ({code}).</translation>
    </message>
    <message>
        <source>כבר יש תשובה בכותרת הזאת ({code}).</source>
        <translation>توجد بالفعل إجابة بهذا العنوان ({code}).</translation>
    </message>
    <message>
        <source>כבר קיימת עמדה בקוד {code}.</source>
        <translation>توجد بالفعل محطة بالرمز {code}.</translation>
    </message>
    <message>
        <source>כבר רשום/ה תושב/ת באותו שם ובאותו תאריך לידה. האם זה אותו אדם?</source>
        <translation>يوجد مقيم/ة مسجَّل/ة بنفس الاسم وتاريخ الميلاد. هل هو نفس الشخص؟</translation>
    </message>
    <message>
        <source>כותרת</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>כל המחלקות, הפקידים, היישובים וסוגי הפניות</source>
        <translation>كل الأقسام والموظفين والبلدات وأنواع الطلبات</translation>
    </message>
    <message>
        <source>כלב באותו שם לאותו/ה תושב/ת</source>
        <translation>كلب بالاسم نفسه للمقيم/ة نفسه/ا</translation>
    </message>
    <message>
        <source>כמה גיבויים אחרונים לשמור (ברירת מחדל: ההגדרה backup_keep)</source>
        <translation>كم نسخة احتياطية أخيرة يُحتفظ بها (الافتراضي: الإعداد backup_keep)</translation>
    </message>
    <message>
        <source>כן או לא (true/false)</source>
        <translation>نعم أو لا (true/false)</translation>
    </message>
    <message>
        <source>כניסות למערכת (סיסמה לכולם: {password}):</source>
        <translation>حسابات الدخول (كلمة المرور للجميع: {password}):</translation>
    </message>
    <message>
        <source>כרטיס תושב/ת</source>
        <translation>بطاقة المقيم/ة</translation>
    </message>
    <message>
        <source>כשגם --password-file - וגם --password-stdin: השורה הראשונה בקלט היא סיסמת המנהל/ת, השנייה סיסמת המשתמש החדש.</source>
        <translation>عند استخدام --password-file - و--password-stdin معًا: السطر الأول في الإدخال هو كلمة مرور المدير، والثاني كلمة مرور المستخدم الجديد.</translation>
    </message>
    <message>
        <source>כתובת</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>כתובת IP שגויה: {error}</source>
        <translation>عنوان IP غير صحيح: {error}</translation>
    </message>
    <message>
        <source>כתובת IP של המרכזת (אפשר כמה פעמים)</source>
        <translation>عنوان IP للخادم المركزي (يمكن تكراره عدة مرات)</translation>
    </message>
    <message>
        <source>כתובת הדוא&quot;ל אינה תקינה, למשל: name@example.com</source>
        <translation>عنوان البريد الإلكتروني غير صالح، مثلًا: name@example.com</translation>
    </message>
    <message>
        <source>כתובת המרכזת אינה תקינה. למשל: https://hub.council.local:8443</source>
        <translation>عنوان الخادم المركزي غير صالح. مثلاً: https://hub.council.local:8443</translation>
    </message>
    <message>
        <source>כתובת המרכזת אינה תקינה: חסר שם שרת או שמספר הפורט שגוי.</source>
        <translation>عنوان الخادم المركزي غير صالح: اسم الخادم ناقص أو رقم المنفذ خاطئ.</translation>
    </message>
    <message>
        <source>כתובת המרכזת צריכה להתחיל ב-https:// (או http:// למחשב הזה עצמו), למשל https://hub.council.local:8443</source>
        <translation>يجب أن يبدأ عنوان الخادم المركزي بـ https:// (أو http:// لهذا الحاسوب نفسه)، مثلاً https://hub.council.local:8443</translation>
    </message>
    <message>
        <source>כתובת המרכזת, למשל https://hub.council.local:8443</source>
        <translation>عنوان الخادم المركزي، مثلًا https://hub.council.local:8443</translation>
    </message>
    <message>
        <source>כתובת המרכזת, למשל https://hub.example:8443</source>
        <translation>عنوان الخادم المركزي، مثلًا https://hub.example:8443</translation>
    </message>
    <message>
        <source>כתובת מסד הנתונים (SQLAlchemy URL); ברירת מחדל: ${variable} או קובץ SQLite בתיקיית הנתונים</source>
        <translation>عنوان قاعدة البيانات (SQLAlchemy URL)؛ الافتراضي: ${variable} أو ملف SQLite في مجلد البيانات</translation>
    </message>
    <message>
        <source>כתובת מסד הנתונים אינה תקינה: {where}
דוגמאות: sqlite:///C:/Dalpak/dalpak.sqlite3 או postgresql://user@host/dalpak</source>
        <translation>عنوان قاعدة البيانات غير صالح: {where}
أمثلة: sqlite:///C:/Dalpak/dalpak.sqlite3 أو postgresql://user@host/dalpak</translation>
    </message>
    <message>
        <source>כתיבת קבלה לקובץ PDF</source>
        <translation>كتابة إيصال إلى ملف PDF</translation>
    </message>
    <message>
        <source>ל-TLS צריך גם --cert וגם --key.</source>
        <translation>يتطلب TLS كلًا من --cert و--key.</translation>
    </message>
    <message>
        <source>ל{department} (העברה {number}). סיבה: {reason}</source>
        <translation>إلى {department} (تحويل {number}). السبب: {reason}</translation>
    </message>
    <message>
        <source>ל{where}. סיבה: {reason}</source>
        <translation>إلى {where}. السبب: {reason}</translation>
    </message>
    <message>
        <source>לא נבחרו פניות להעברה.</source>
        <translation>لم يتم اختيار طلبات للتحويل.</translation>
    </message>
    <message>
        <source>לא נבחרו פריטים להעברה.</source>
        <translation>لم يتم اختيار بنود للتحويل.</translation>
    </message>
    <message>
        <source>לא ניתן לבצע</source>
        <translation>لا يمكن التنفيذ</translation>
    </message>
    <message>
        <source>לא ניתן להחיל במרכזת: {cause}.</source>
        <translation>تعذّر تطبيقها في الخادم المركزي: {cause}.</translation>
    </message>
    <message>
        <source>לא ניתן להחיל בעמדה: {cause}.</source>
        <translation>تعذّر تطبيقها في المحطة: {cause}.</translation>
    </message>
    <message>
        <source>לא ניתן ליצור את תיקיית הגיבויים {folder}: {error}.</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية {folder}: {error}.</translation>
    </message>
    <message>
        <source>לא ניתן לפתוח את מסד הנתונים {path}: {why}.</source>
        <translation>لا يمكن فتح قاعدة البيانات {path}: {why}.</translation>
    </message>
    <message>
        <source>לא ניתן לפתוח את קובץ ה-Excel: {error}</source>
        <translation>لا يمكن فتح ملف Excel: {error}</translation>
    </message>
    <message>
        <source>לא ניתן לקרוא את הגיבוי {path}: מפתח אחר או קובץ פגום ({error}).</source>
        <translation>تعذّرت قراءة النسخة الاحتياطية {path}: مفتاح آخر أو ملف تالف ({error}).</translation>
    </message>
    <message>
        <source>לא ניתן לקרוא את הקובץ: הקידוד אינו UTF-8 ואינו Windows-1255.</source>
        <translation>لا يمكن قراءة الملف: ترميزه ليس UTF-8 ولا Windows-1255.</translation>
    </message>
    <message>
        <source>לא ניתן לקרוא ממאגר הסיסמאות של מערכת ההפעלה ({error}). ייתכן שהוא נעול: יש להתחבר מחדש למחשב או לפנות לצוות המחשוב.</source>
        <translation>لا يمكن القراءة من مخزن كلمات المرور في نظام التشغيل ({error}). قد يكون مقفلًا: يجب تسجيل الدخول إلى الحاسوب من جديد أو التوجه إلى طاقم الحاسوب.</translation>
    </message>
    <message>
        <source>לא ניתן לשמור במאגר הסיסמאות של מערכת ההפעלה ({error}).</source>
        <translation>لا يمكن الحفظ في مخزن كلمات المرور في نظام التشغيل ({error}).</translation>
    </message>
    <message>
        <source>לא נמצא במחשב מאגר סיסמאות של מערכת ההפעלה (Windows Credential Manager, או Secret Service בלינוקס: GNOME Keyring או KWallet, פתוח בהתחברות). מפתח ההצפנה של מסד הנתונים נשמר רק שם. יש לפנות לצוות המחשוב.</source>
        <translation>لم يُعثر على هذا الحاسوب على مخزن كلمات مرور لنظام التشغيل (Windows Credential Manager، أو Secret Service في لينكس: GNOME Keyring أو KWallet، مفتوح عند تسجيل الدخول). مفتاح تشفير قاعدة البيانات محفوظ هناك فقط. يجب التوجه إلى طاقم الحاسوب.</translation>
    </message>
    <message>
        <source>לא נמצא משתמש שיהיה הבעלים של הפניות היזומות (--owner USERNAME).</source>
        <translation>لم يُعثر على مستخدم يكون مسؤولًا عن الطلبات الاستباقية (--owner USERNAME).</translation>
    </message>
    <message>
        <source>לא נמצא/ה במסד תושב/ת עם תעודת הזהות {number}. יש לייבא קודם את קובץ התושבים או לרשום אותו/ה בדלפק.</source>
        <translation>لم يتم العثور في قاعدة البيانات على مقيم/ة برقم الهوية {number}. يجب استيراد ملف المقيمين أولًا أو تسجيله/ا في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>לא נמצאה פנייה שמספרה {number}.</source>
        <translation>لم يتم العثور على طلب رقمه {number}.</translation>
    </message>
    <message>
        <source>לא נשמרה במרכזת: מספר פעולה שכבר נמצא בשימוש (גיבוי ששוחזר?).</source>
        <translation>لم تُحفظ في الخادم المركزي: رقم عملية مستخدم بالفعل (نسخة احتياطية مستعادة؟).</translation>
    </message>
    <message>
        <source>לא נשמרה בעמדה: מספר פעולה שכבר נמצא בשימוש (גיבוי ששוחזר?).</source>
        <translation>لم تُحفظ في المحطة: رقم عملية مستخدم بالفعل (نسخة احتياطية مستعادة؟).</translation>
    </message>
    <message>
        <source>לא שונה דבר: יש לתקן את הערך שבגללו הפעולה בהסגר.</source>
        <translation>لم يتغير شيء: يجب تصحيح القيمة التي بسببها وُضعت العملية في الحجر.</translation>
    </message>
    <message>
        <source>לבטל פעולות מההסגר</source>
        <translation>إلغاء عمليات من الحجر</translation>
    </message>
    <message>
        <source>לבנות רק אם אין עדיין תושבים במסד</source>
        <translation>البناء فقط إذا لم يكن في قاعدة البيانات مقيمون بعد</translation>
    </message>
    <message>
        <source>לבצע משימה</source>
        <translation>لتنفيذ مهمة</translation>
    </message>
    <message>
        <source>לדווח בלבד, בלי ליצור דבר</source>
        <translation>تقرير فقط، دون إنشاء أي شيء</translation>
    </message>
    <message>
        <source>לדחות את האסימון הישן מיד (מחשב שאבד, עובד/ת שעזב/ה)</source>
        <translation>رفض رمز الوصول القديم فورًا (حاسوب مفقود، موظف/ة غادر/ت)</translation>
    </message>
    <message>
        <source>להאזין ברשת ב-http:// גלוי, בלי TLS (לא מומלץ: האסימונים עוברים גלויים)</source>
        <translation>الاستماع على الشبكة عبر http:// غير المشفّر، بدون TLS (غير مستحسن: رموز الوصول تعبر مكشوفة)</translation>
    </message>
    <message>
        <source>להוסיף משתמשים</source>
        <translation>لإضافة مستخدمين</translation>
    </message>
    <message>
        <source>להעביר נושא למחלקה אחרת</source>
        <translation>لتحويل موضوع إلى قسم آخر</translation>
    </message>
    <message>
        <source>להעביר עבודה בין עובדים ומחלקות</source>
        <translation>لنقل العمل بين الموظفين والأقسام</translation>
    </message>
    <message>
        <source>להפעיל את הסריקה היזומה</source>
        <translation>لتشغيل الفحص الاستباقي</translation>
    </message>
    <message>
        <source>להפעלת המרכזת צריך את חבילות המרכזת, והחבילה {package} אינה מותקנת.</source>
        <translation>تشغيل الخادم المركزي يحتاج إلى حزم الخادم المركزي، والحزمة {package} غير مثبّتة.</translation>
    </message>
    <message>
        <source>להציע הטבות לתושבים</source>
        <translation>لعرض مزايا على المقيمين</translation>
    </message>
    <message>
        <source>להתקנה: pip install &apos;dalpak[hub]&apos;</source>
        <translation>للتثبيت: pip install &apos;dalpak[hub]&apos;</translation>
    </message>
    <message>
        <source>לחיבור ראשון צריך את שלושתם: --hub, --station ו---token-file.</source>
        <translation>الاتصال الأول يحتاج إلى الثلاثة: --hub و--station و--token-file.</translation>
    </message>
    <message>
        <source>לחפש תושבים</source>
        <translation>للبحث عن المقيمين</translation>
    </message>
    <message>
        <source>לטעון את נתוני המועצה</source>
        <translation>لتحميل بيانات المجلس</translation>
    </message>
    <message>
        <source>לטפל בהתנגשויות ובכפילויות</source>
        <translation>لمعالجة التعارضات والتكرارات</translation>
    </message>
    <message>
        <source>לייבא את השורות התקינות ולדווח על השגויות</source>
        <translation>استيراد الصفوف السليمة والإبلاغ عن الخاطئة</translation>
    </message>
    <message>
        <source>לייבא קובצי תושבים</source>
        <translation>لاستيراد ملفات المقيمين</translation>
    </message>
    <message>
        <source>ללא</source>
        <translation>بدون</translation>
    </message>
    <message>
        <source>ללא טלפון</source>
        <translation>بدون هاتف</translation>
    </message>
    <message>
        <source>ללא שינוי</source>
        <translation>بلا تغيير</translation>
    </message>
    <message>
        <source>למזג רשומות של תושבים</source>
        <translation>لدمج سجلات المقيمين</translation>
    </message>
    <message>
        <source>למכתבים להדפסה: --letters DIR או --batch FILE.pdf (בהרצה הבאה לא ייווצרו שוב).</source>
        <translation>لرسائل للطباعة: --letters DIR أو --batch FILE.pdf (لن تُنشأ مرة أخرى في التشغيل القادم).</translation>
    </message>
    <message>
        <source>למסד נתונים PostgreSQL צריך את חבילות המרכזת, והחבילה {package} אינה מותקנת.</source>
        <translation>قاعدة بيانات PostgreSQL تحتاج إلى حزم الخادم المركزي، والحزمة {package} غير مثبّتة.</translation>
    </message>
    <message>
        <source>לנהל משתמשים (השבתה, הפעלה מחדש, איפוס סיסמה)</source>
        <translation>لإدارة المستخدمين (التعطيل، إعادة التفعيل، إعادة تعيين كلمة المرور)</translation>
    </message>
    <message>
        <source>לנסות שוב פעולות מההסגר</source>
        <translation>إعادة محاولة عمليات من الحجر</translation>
    </message>
    <message>
        <source>לעבוד עם תור הלובי</source>
        <translation>للعمل مع دور قاعة الانتظار</translation>
    </message>
    <message>
        <source>לעדכן נושא בפנייה</source>
        <translation>لتحديث موضوع في طلب</translation>
    </message>
    <message>
        <source>לעדכן נכסים והיתרים של תושבים</source>
        <translation>لتحديث عقارات المقيمين وتصاريحهم</translation>
    </message>
    <message>
        <source>לעדכן פרטי תושבים</source>
        <translation>لتحديث بيانات المقيمين</translation>
    </message>
    <message>
        <source>לעיין בהיסטוריית ההגדרות</source>
        <translation>للاطلاع على سجل الإعدادات</translation>
    </message>
    <message>
        <source>לעיין ביומן הגישה ולייצא אותו</source>
        <translation>للاطلاع على سجل الوصول وتصديره</translation>
    </message>
    <message>
        <source>לעיין בנכסים ובהיתרים של תושבים</source>
        <translation>للاطلاع على عقارات المقيمين وتصاريحهم</translation>
    </message>
    <message>
        <source>לעיין בעבודה שלך</source>
        <translation>للاطلاع على عملك</translation>
    </message>
    <message>
        <source>לעיין בעומס העבודה ובמדדים</source>
        <translation>للاطلاع على عبء العمل والمؤشرات</translation>
    </message>
    <message>
        <source>לעיין בפנייה</source>
        <translation>للاطلاع على طلب</translation>
    </message>
    <message>
        <source>לעיין ברשימת כל הפניות</source>
        <translation>للاطلاع على قائمة كل الطلبات</translation>
    </message>
    <message>
        <source>לעמדה {code} הונפק אסימון חדש; הישן נדחה מעכשיו. האסימון (מוצג פעם אחת בלבד):</source>
        <translation>صدر للمحطة {code} رمز وصول جديد؛ القديم مرفوض من الآن. رمز الوصول (يُعرض مرة واحدة فقط):</translation>
    </message>
    <message>
        <source>לעמדה {code} הונפק אסימון חדש; הישן עובד עד שהעמדה תשתמש בחדש פעם אחת. האסימון (מוצג פעם אחת בלבד):</source>
        <translation>صدر للمحطة {code} رمز وصول جديد؛ يبقى القديم صالحًا حتى تستخدم المحطة الجديد مرة واحدة. رمز الوصول (يُعرض مرة واحدة فقط):</translation>
    </message>
    <message>
        <source>לערוך את כללי הזכאות</source>
        <translation>لتحرير قواعد الأهلية</translation>
    </message>
    <message>
        <source>לערוך את מאגר המידע</source>
        <translation>لتحرير قاعدة المعرفة</translation>
    </message>
    <message>
        <source>לערוך את קטלוג סוגי הפניות</source>
        <translation>لتحرير كتالوج أنواع الطلبات</translation>
    </message>
    <message>
        <source>לערוך את תרגומי הקטלוג</source>
        <translation>لتحرير ترجمات الكتالوج</translation>
    </message>
    <message>
        <source>לפי שעת ההגעה; כל ימי התקופה יחד</source>
        <translation>حسب ساعة الوصول؛ كل أيام الفترة معًا</translation>
    </message>
    <message>
        <source>לפתוח כרטיס תושב/ת</source>
        <translation>لفتح بطاقة مقيم/ة</translation>
    </message>
    <message>
        <source>לפתוח פניות</source>
        <translation>لفتح طلبات</translation>
    </message>
    <message>
        <source>לקבוע היעדרויות</source>
        <translation>لتحديد حالات الغياب</translation>
    </message>
    <message>
        <source>לקשר בדוא&quot;ל נדרשת כתובת דוא&quot;ל.</source>
        <translation>التواصل بالبريد الإلكتروني يتطلب عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>לקשר במסרון או בוואטסאפ נדרש מספר נייד.</source>
        <translation>التواصل عبر الرسائل القصيرة أو واتساب يتطلب رقم هاتف محمول.</translation>
    </message>
    <message>
        <source>לראות את תור הלובי</source>
        <translation>لرؤية دور قاعة الانتظار</translation>
    </message>
    <message>
        <source>לראות מה תמצא הסריקה היזומה</source>
        <translation>لرؤية ما سيجده الفحص الاستباقي</translation>
    </message>
    <message>
        <source>לראות תעודת זהות, תאריך לידה וצורכי נגישות</source>
        <translation>لرؤية رقم الهوية وتاريخ الميلاد واحتياجات الإتاحة</translation>
    </message>
    <message>
        <source>לרשום צפייה בפרטים אישיים</source>
        <translation>لتسجيل الاطلاع على التفاصيل الشخصية</translation>
    </message>
    <message>
        <source>לרשום תושבים</source>
        <translation>لتسجيل المقيمين</translation>
    </message>
    <message>
        <source>לשלוח הודעות מתיבת היוצא</source>
        <translation>لإرسال رسائل من صندوق الصادر</translation>
    </message>
    <message>
        <source>לשלוח לתושב/ת עדכון על פנייה</source>
        <translation>لإرسال تحديث عن طلب إلى المقيم/ة</translation>
    </message>
    <message>
        <source>לשמור טיוטת פנייה</source>
        <translation>لحفظ مسودة طلب</translation>
    </message>
    <message>
        <source>לשנות את הגדרות העמדה</source>
        <translation>تغيير إعدادات المحطة</translation>
    </message>
    <message>
        <source>לתושב/ת אין מספר טלפון רשום לערוץ הזה.</source>
        <translation>لا يوجد للمقيم/ة رقم هاتف مسجّل لهذه القناة.</translation>
    </message>
    <message>
        <source>לתפקיד של המשתמש אין הרשאה לפעולה הזו.</source>
        <translation>دور المستخدم لا يملك صلاحية لهذه العملية.</translation>
    </message>
    <message>
        <source>לתקן פעולות מההסגר</source>
        <translation>تصحيح عمليات من الحجر</translation>
    </message>
    <message>
        <source>מ{before} ל{after}. סיבה: {reason}</source>
        <translation>من {before} إلى {after}. السبب: {reason}</translation>
    </message>
    <message>
        <source>מאגר מידע</source>
        <translation>قاعدة المعرفة</translation>
    </message>
    <message>
        <source>מגדר</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>מגמת שביעות רצון</source>
        <translation>اتجاه الرضا</translation>
    </message>
    <message>
        <source>מדד</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>מדדי מסע התושב</source>
        <translation>مؤشرات رحلة الساكن</translation>
    </message>
    <message>
        <source>מה יש בקובץ (ברירת מחדל: residents)</source>
        <translation>ما يحتويه الملف (الافتراضي: residents)</translation>
    </message>
    <message>
        <source>מה נדרש מהתושב/ת</source>
        <translation>ما المطلوب من المقيم/ة</translation>
    </message>
    <message>
        <source>מה עשינו</source>
        <translation>ما قمنا به</translation>
    </message>
    <message>
        <source>מוגבלות</source>
        <translation>إعاقة</translation>
    </message>
    <message>
        <source>מועד</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>מועד בחוק (ימים)</source>
        <translation>الموعد القانوني (أيام)</translation>
    </message>
    <message>
        <source>מועצה: {name}</source>
        <translation>المجلس: {name}</translation>
    </message>
    <message>
        <source>מושבת/ת</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>מחלקה</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>מילוי מסד הנתונים בנתוני הדגמה</source>
        <translation>ملء قاعدة البيانات ببيانات تجريبية</translation>
    </message>
    <message>
        <source>מילות חיפוש</source>
        <translation>كلمات البحث</translation>
    </message>
    <message>
        <source>מין</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>מכתב שירות יזום</source>
        <translation>رسالة خدمة استباقية</translation>
    </message>
    <message>
        <source>ממוצע</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>ממוצע {average} העברות לפריט; {over} פריטים מעל המותר באמנה (שתיים)</source>
        <translation>المتوسط {average} تحويلات لكل بند؛ {over} بنود فوق الحد المسموح في ميثاق الخدمة (تحويلان)</translation>
    </message>
    <message>
        <source>ממוצע {average} מתוך {count} תשובות</source>
        <translation>المتوسط {average} من {count} إجابات</translation>
    </message>
    <message>
        <source>ממוצע התשובות בכל שבוע (1 עד 5)</source>
        <translation>متوسط الإجابات في كل أسبوع (1 إلى 5)</translation>
    </message>
    <message>
        <source>ממוצע מדויק; חציון ואחוזון 90 בדקות שלמות</source>
        <translation>متوسط دقيق؛ الوسيط والمئين 90 بدقائق كاملة</translation>
    </message>
    <message>
        <source>ממלא/ת המקום חייב/ת להיות מישהו/י אחר/ת.</source>
        <translation>يجب أن يكون البديل/ة شخصًا آخر.</translation>
    </message>
    <message>
        <source>ממלא/ת המקום עצמו/ה נעדר/ת בתאריכים האלה.</source>
        <translation>البديل/ة نفسه/ا غائب/ة في هذه التواريخ.</translation>
    </message>
    <message>
        <source>ממתין/ה</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>ממתינה למחלקה אחרת</source>
        <translation>بانتظار قسم آخر</translation>
    </message>
    <message>
        <source>ממתינה לפעולה קודמת על אותה פנייה או אותו תושב שבהסגר (במרכזת).</source>
        <translation>بانتظار عملية سابقة على نفس الطلب أو نفس المقيم موجودة في الحجر (في الخادم المركزي).</translation>
    </message>
    <message>
        <source>ממתינה לפעולה קודמת על אותה פנייה או אותו תושב שבהסגר (בעמדה).</source>
        <translation>بانتظار عملية سابقة على نفس الطلب أو نفس المقيم موجودة في الحجر (في المحطة).</translation>
    </message>
    <message>
        <source>ממתינה לתושב/ת</source>
        <translation>بانتظار المقيم/ة</translation>
    </message>
    <message>
        <source>ממתינות</source>
        <translation>بالانتظار</translation>
    </message>
    <message>
        <source>ממתינים: {waiting}   המתנה צפויה: {minutes} דקות</source>
        <translation>المنتظرون: {waiting}   الانتظار المتوقع: {minutes} دقيقة</translation>
    </message>
    <message>
        <source>מנהל/ת המערכת {username} נוצר/ה.</source>
        <translation>تم إنشاء مدير النظام {username}.</translation>
    </message>
    <message>
        <source>מנהל/ת מערכת</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>מסד הנתונים {path} אינו קיים.</source>
        <translation>قاعدة البيانات {path} غير موجودة.</translation>
    </message>
    <message>
        <source>מסד הנתונים {path} הוצפן: {tables} טבלאות, {rows:,} שורות, כולן נבדקו מול המקור. מפתח ההצפנה נשמר במאגר הסיסמאות של מערכת ההפעלה.</source>
        <translation>تم تشفير قاعدة البيانات {path}: {tables} جداول، {rows:,} صفوف، فُحصت كلها مقابل الأصل. مفتاح التشفير محفوظ في مخزن كلمات المرور لنظام التشغيل.</translation>
    </message>
    <message>
        <source>מסד הנתונים {path} כבר מוצפן.</source>
        <translation>قاعدة البيانات {path} مشفّرة بالفعل.</translation>
    </message>
    <message>
        <source>מסד הנתונים {path} מוצפן (או שאינו מסד נתונים של דלפק), ומפתח ההצפנה שלו אינו במאגר הסיסמאות של משתמש זה במחשב זה. יש להיכנס בחשבון שיצר אותו, או לשחזר מהמרכזת.</source>
        <translation>قاعدة البيانات {path} مشفّرة (أو أنها ليست قاعدة بيانات دلبك)، ومفتاح تشفيرها غير موجود في مخزن كلمات المرور لهذا المستخدم على هذا الحاسوب. يجب الدخول بالحساب الذي أنشأها، أو الاستعادة من الخادم المركزي.</translation>
    </message>
    <message>
        <source>מסד הנתונים {path} מוצפן במפתח אחר מזה שבמאגר הסיסמאות של משתמש זה במחשב זה (או שהוא פגום).</source>
        <translation>قاعدة البيانات {path} مشفّرة بمفتاح مختلف عن المفتاح الموجود في مخزن كلمات المرور لهذا المستخدم على هذا الحاسوب (أو أنها تالفة).</translation>
    </message>
    <message>
        <source>מסד הנתונים {where} נוצר בגרסה חדשה יותר של דלפק; יש לעדכן את דלפק בעמדה זו.</source>
        <translation>قاعدة البيانات {where} أُنشئت بإصدار أحدث من دلبك؛ يجب تحديث دلبك في هذه المحطة.</translation>
    </message>
    <message>
        <source>מסד הנתונים {where} שייך לעמדה (יש בו משתמשים, תושבים או פניות) ואינו מסד הנתונים של המרכזת. פקודות המרכזת רצות מול המסד המרכזי של המועצה (PostgreSQL) או מול מסד נתונים חדש; ציינו אותו ב---db.</source>
        <translation>قاعدة البيانات {where} تخص محطة (فيها مستخدمون أو سكان أو طلبات) وليست قاعدة بيانات الخادم المركزي. أوامر الخادم المركزي تعمل على قاعدة البيانات المركزية للمجلس (PostgreSQL) أو على قاعدة بيانات جديدة؛ حدّدوها بـ --db.</translation>
    </message>
    <message>
        <source>מסד הנתונים הזה כבר שייך לעמדה {code} ויש בו עבודה; אי אפשר לחבר אותו כעמדה {other}. השתמשו במסד נתונים חדש.</source>
        <translation>قاعدة البيانات هذه تخص بالفعل المحطة {code} وفيها عمل؛ لا يمكن ربطها كمحطة {other}. استخدموا قاعدة بيانات جديدة.</translation>
    </message>
    <message>
        <source>מסד הנתונים הקודם נשמר בשם {name}.</source>
        <translation>تم حفظ قاعدة البيانات السابقة باسم {name}.</translation>
    </message>
    <message>
        <source>מסד הנתונים כבר מלא; הדמו לא נבנה מחדש.</source>
        <translation>قاعدة البيانات ممتلئة مسبقًا؛ لم يُعَد بناء العرض التجريبي.</translation>
    </message>
    <message>
        <source>מסד הנתונים מוכן: {url}</source>
        <translation>قاعدة البيانات جاهزة: {url}</translation>
    </message>
    <message>
        <source>מסד הנתונים פתוח בתוכנה אחרת: יש לסגור את דלפק ולנסות שוב.</source>
        <translation>قاعدة البيانات مفتوحة في برنامج آخر: يجب إغلاق دلباك والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>מסד הנתונים של המרכזת מוכן: {url}</source>
        <translation>قاعدة بيانات الخادم المركزي جاهزة: {url}</translation>
    </message>
    <message>
        <source>מסמכים נדרשים</source>
        <translation>المستندات المطلوبة</translation>
    </message>
    <message>
        <source>מספר</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>מספר החשבון</source>
        <translation>رقم الحساب</translation>
    </message>
    <message>
        <source>מספר הטלפון אינו תקין. דוגמאות: 050-1234567, 04-6628000, +972501234567, 00972501234567.</source>
        <translation>رقم الهاتف غير صالح. أمثلة: 050-1234567، 04-6628000، +972501234567، 00972501234567.</translation>
    </message>
    <message>
        <source>מספר הניסיונות השגויים עד לנעילה</source>
        <translation>عدد المحاولات الخاطئة حتى القفل</translation>
    </message>
    <message>
        <source>מספר העמדה</source>
        <translation>رقم المحطة</translation>
    </message>
    <message>
        <source>מספר הרכב</source>
        <translation>رقم المركبة</translation>
    </message>
    <message>
        <source>מספר השבב</source>
        <translation>رقم الشريحة</translation>
    </message>
    <message>
        <source>מספר השבב צריך להכיל 9 עד 15 ספרות (בדרך כלל 15).</source>
        <translation>يجب أن يحتوي رقم الشريحة على 9 إلى 15 رقمًا (عادةً 15).</translation>
    </message>
    <message>
        <source>מספר התור</source>
        <translation>رقم الدور</translation>
    </message>
    <message>
        <source>מספר התושבים חייב להיות 0 או יותר.</source>
        <translation>يجب أن يكون عدد المقيمين 0 أو أكثر.</translation>
    </message>
    <message>
        <source>מספר חשבון</source>
        <translation>رقم الحساب</translation>
    </message>
    <message>
        <source>מספר חשבון ארנונה</source>
        <translation>رقم حساب الأرنونا</translation>
    </message>
    <message>
        <source>מספר פניות עבר (ברירת מחדל: לפי מספר התושבים)</source>
        <translation>عدد الطلبات السابقة (الافتراضي: حسب عدد المقيمين)</translation>
    </message>
    <message>
        <source>מספר רכב</source>
        <translation>رقم المركبة</translation>
    </message>
    <message>
        <source>מספר רכב צריך להכיל 7 או 8 ספרות, למשל 12-345-67 או 123-45-678.</source>
        <translation>يجب أن يحتوي رقم المركبة على 7 أو 8 أرقام، مثلًا 12-345-67 أو 123-45-678.</translation>
    </message>
    <message>
        <source>מספר שלם</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>מספר שלם בין {low} ל-{high}</source>
        <translation>عدد صحيح بين {low} و-{high}</translation>
    </message>
    <message>
        <source>מספר תעודת זהות אינו יכול להיות אפסים בלבד.</source>
        <translation>لا يمكن أن يتكوّن رقم الهوية من أصفار فقط.</translation>
    </message>
    <message>
        <source>מספר תעודת זהות ארוך מדי: עד 9 ספרות.</source>
        <translation>رقم الهوية طويل جدًا: حتى 9 أرقام.</translation>
    </message>
    <message>
        <source>מספר תעודת זהות הוא ספרות בלבד (אפשר עם רווחים או מקפים).</source>
        <translation>رقم الهوية أرقام فقط (يمكن مع مسافات أو شرطات).</translation>
    </message>
    <message>
        <source>מספר תעודת זהות קצר מדי: 9 ספרות, או לפחות 5 בלי האפסים שבהתחלה.</source>
        <translation>رقم الهوية قصير جدًا: 9 أرقام، أو 5 على الأقل دون الأصفار في البداية.</translation>
    </message>
    <message>
        <source>מסרון (SMS)</source>
        <translation>رسالة نصية (SMS)</translation>
    </message>
    <message>
        <source>מערכת הקבצים לקריאה בלבד</source>
        <translation>نظام الملفات للقراءة فقط</translation>
    </message>
    <message>
        <source>מפקח/ת</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>מצפין במקום את מסד הנתונים של העמדה; כל שורה נבדקת מול המקור.</source>
        <translation>يشفّر قاعدة بيانات المحطة في مكانها؛ يُفحص كل صف مقابل الأصل.</translation>
    </message>
    <message>
        <source>מרכזת: {url}</source>
        <translation>الخادم المركزي: {url}</translation>
    </message>
    <message>
        <source>מרכזת: אין (עמדה עצמאית)</source>
        <translation>الخادم المركزي: لا يوجد (محطة مستقلة)</translation>
    </message>
    <message>
        <source>משימה בוצעה</source>
        <translation>تم تنفيذ المهمة</translation>
    </message>
    <message>
        <source>משך הנעילה בדקות</source>
        <translation>مدة القفل بالدقائق</translation>
    </message>
    <message>
        <source>משך: {seconds} שניות</source>
        <translation>المدة: {seconds} ثوانٍ</translation>
    </message>
    <message>
        <source>משתמש/ת</source>
        <translation>المستخدم/ة</translation>
    </message>
    <message>
        <source>משתמש/ת רשאי/ת לשנות רק את הסיסמה של עצמו/ה.</source>
        <translation>يحق للمستخدم تغيير كلمة المرور الخاصة به فقط.</translation>
    </message>
    <message>
        <source>משתמשים</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>מתאריך</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>נדחו</source>
        <translation>رُفضت</translation>
    </message>
    <message>
        <source>נוסף פריט</source>
        <translation>تمت إضافة بند</translation>
    </message>
    <message>
        <source>נוצרה משימה</source>
        <translation>تم إنشاء مهمة</translation>
    </message>
    <message>
        <source>נושא</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>נושא המכתב</source>
        <translation>موضوع الرسالة</translation>
    </message>
    <message>
        <source>נותרו {left} ניסיונות לפני נעילה זמנית.</source>
        <translation>تبقّت {left} محاولات قبل القفل المؤقت.</translation>
    </message>
    <message>
        <source>נייר הקבלות: A4 או גליל 80 מ&quot;מ.</source>
        <translation>ورق الإيصالات: A4 أو لفّة 80 مم.</translation>
    </message>
    <message>
        <source>ניסיון התקשרות</source>
        <translation>محاولة اتصال</translation>
    </message>
    <message>
        <source>נכות</source>
        <translation>إعاقة</translation>
    </message>
    <message>
        <source>נכס או זכות של תושב/ת</source>
        <translation>ملك أو استحقاق لمقيم</translation>
    </message>
    <message>
        <source>נכתב גיבוי מוצפן: {path} ({rows:,} שורות).</source>
        <translation>كُتبت نسخة احتياطية مشفّرة: {path} ({rows:,} صفوف).</translation>
    </message>
    <message>
        <source>נכתב: {path}</source>
        <translation>كُتب: {path}</translation>
    </message>
    <message>
        <source>נכתבו: {ca} (רשות התעודות של המועצה), {cert} ו-{key} (התעודה של המרכזת).</source>
        <translation>كُتبت: {ca} (سلطة الشهادات للمجلس)، {cert} و{key} (شهادة الخادم المركزي).</translation>
    </message>
    <message>
        <source>נמצאו {found} (כבר טופלו קודם: {already_done}); נוצרו {created} פניות, {messages} הודעות בתיבת היוצא, {letters} מכתבים</source>
        <translation>وُجد {found} (عولج سابقًا: {already_done})؛ أُنشئ {created} طلبات، {messages} رسائل في صندوق الصادر، {letters} خطابات</translation>
    </message>
    <message>
        <source>נקרא/ה לעמדה</source>
        <translation>استُدعي/ت إلى الشباك</translation>
    </message>
    <message>
        <source>נקרא/ה שוב לעמדה</source>
        <translation>استُدعي/ت إلى الشباك مرة أخرى</translation>
    </message>
    <message>
        <source>נשמר ללא שינוי</source>
        <translation>حُفظ دون تغيير</translation>
    </message>
    <message>
        <source>סגורה</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>סגירת פנייה</source>
        <translation>إغلاق طلب</translation>
    </message>
    <message>
        <source>סדר חדש</source>
        <translation>ترتيب جديد</translation>
    </message>
    <message>
        <source>סוג הפנייה לא נמצא בקטלוג.</source>
        <translation>لم يتم العثور على نوع الطلب في الكتالوج.</translation>
    </message>
    <message>
        <source>סוג הקרבה</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>סוג ייבוא לא מוכר: {kind}. אפשר: {kinds}.</source>
        <translation>نوع استيراد غير معروف: {kind}. الممكن: {kinds}.</translation>
    </message>
    <message>
        <source>סוג פנייה</source>
        <translation>نوع الطلب</translation>
    </message>
    <message>
        <source>סוג פנייה חדש</source>
        <translation>نوع طلب جديد</translation>
    </message>
    <message>
        <source>סוג פעולה שאין לו כלל הרשאה.</source>
        <translation>نوع عملية ليست له قاعدة صلاحيات.</translation>
    </message>
    <message>
        <source>סוג קדימות לא מוכר.</source>
        <translation>نوع أولوية غير معروف.</translation>
    </message>
    <message>
        <source>סוף התקופה לפני תחילתה.</source>
        <translation>نهاية الفترة تسبق بدايتها.</translation>
    </message>
    <message>
        <source>סותרת נתון קיים, או תלויה ברשומה שאינה קיימת</source>
        <translation>تتعارض مع بيانات موجودة، أو تعتمد على سجل غير موجود</translation>
    </message>
    <message>
        <source>סטטוס</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>סטטוסים</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>סיכום</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>סיסמה זמנית למשתמש, שיחליף בכניסה הבאה (בכניסת מנהל/ת מערכת)</source>
        <translation>كلمة مرور مؤقتة لمستخدم، يغيّرها عند الدخول القادم (بدخول مدير النظام)</translation>
    </message>
    <message>
        <source>סיסמה זמנית: </source>
        <translation>كلمة المرور المؤقتة: </translation>
    </message>
    <message>
        <source>סיסמה חדשה: </source>
        <translation>كلمة المرور الجديدة: </translation>
    </message>
    <message>
        <source>סיסמה: </source>
        <translation>كلمة المرور: </translation>
    </message>
    <message>
        <source>סיסמת המשתמש החדש מקובץ (&apos;-&apos;: מהקלט)</source>
        <translation>كلمة مرور المستخدم الجديد من ملف (&apos;-&apos;: من الإدخال)</translation>
    </message>
    <message>
        <source>סמל על הקבלות: אין</source>
        <translation>الشعار على الإيصالات: لا يوجد</translation>
    </message>
    <message>
        <source>סמל על הקבלות: יש</source>
        <translation>الشعار على الإيصالات: موجود</translation>
    </message>
    <message>
        <source>סנכרון הושלם: נשלחו {pushed}, התקבלו {pulled}</source>
        <translation>اكتملت المزامنة: أُرسلت {pushed}، استُلمت {pulled}</translation>
    </message>
    <message>
        <source>סנכרון הושלם: נשלחו {pushed}, התקבלו {pulled}, בהסגר {quarantined}</source>
        <translation>اكتملت المزامنة: أُرسلت {pushed}، استُلمت {pulled}، في الحجر {quarantined}</translation>
    </message>
    <message>
        <source>סנכרון עם המרכזת עכשיו</source>
        <translation>المزامنة مع الخادم المركزي الآن</translation>
    </message>
    <message>
        <source>ספרת הביקורת של תעודת הזהות אינה תקינה. כדאי לבדוק שוב את המספר מול התעודה.</source>
        <translation>رقم التحقق في بطاقة الهوية غير صحيح. يُستحسن مراجعة الرقم مقابل البطاقة مرة أخرى.</translation>
    </message>
    <message>
        <source>סריקה יזומה - בדיקה בלבד (לא נוצר דבר): נסרקו {scanned:,} תושבים ב-{seconds:.1f} שניות</source>
        <translation>مسح استباقي - فحص فقط (لم يُنشأ شيء): تم مسح {scanned:,} مقيم في {seconds:.1f} ثانية</translation>
    </message>
    <message>
        <source>סריקה יזומה - בוצע: נסרקו {scanned:,} תושבים ב-{seconds:.1f} שניות</source>
        <translation>مسح استباقي - تم: تم مسح {scanned:,} مقيم في {seconds:.1f} ثانية</translation>
    </message>
    <message>
        <source>עברית</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <source>עד תאריך</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>עדכון מצב</source>
        <translation>تحديث الحالة</translation>
    </message>
    <message>
        <source>עדכון מצב פריט</source>
        <translation>تحديث حالة بند</translation>
    </message>
    <message>
        <source>עדכון פרטי תושב/ת</source>
        <translation>تحديث بيانات مقيم</translation>
    </message>
    <message>
        <source>עובדה לא מוכרת: {name}. מוכרות: {known}</source>
        <translation>حقيقة غير معروفة: {name}. المعروفة: {known}</translation>
    </message>
    <message>
        <source>עודכן/ה</source>
        <translation>تم التحديث</translation>
    </message>
    <message>
        <source>עולה חדש/ה</source>
        <translation>مهاجر/ة جديد/ة</translation>
    </message>
    <message>
        <source>עזב/ה בלי שירות</source>
        <translation>غادر/ت دون خدمة</translation>
    </message>
    <message>
        <source>עמדה</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>עמדה מקומית</source>
        <translation>محطة محلية</translation>
    </message>
    <message>
        <source>עמדה עצמאית, בלי מרכזת</source>
        <translation>محطة مستقلة، بدون خادم مركزي</translation>
    </message>
    <message>
        <source>עמודות שלא זוהו ולא יובאו: {names}</source>
        <translation>أعمدة لم يتم التعرف عليها ولم تُستورد: {names}</translation>
    </message>
    <message>
        <source>עמידה בזמן</source>
        <translation>الالتزام بالموعد</translation>
    </message>
    <message>
        <source>עמידה בזמן (%)</source>
        <translation>في الموعد (%)</translation>
    </message>
    <message>
        <source>ערבית</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>ערוץ הקשר</source>
        <translation>قناة التواصل</translation>
    </message>
    <message>
        <source>ערוץ הקשר אינו מוכר.</source>
        <translation>قناة التواصل غير معروفة.</translation>
    </message>
    <message>
        <source>ערוץ קשר מועדף</source>
        <translation>قناة التواصل المفضلة</translation>
    </message>
    <message>
        <source>ערך</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>ערך ארוך מדי או שגוי</source>
        <translation>قيمة طويلة جداً أو خاطئة</translation>
    </message>
    <message>
        <source>ערך לא תקין (%(type)s): %(value)r</source>
        <translation>قيمة غير صالحة (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>ערך מסוג שגוי לעובדה {name}: {value}</source>
        <translation>قيمة من نوع خاطئ للحقيقة {name}: {value}</translation>
    </message>
    <message>
        <source>פג היום</source>
        <translation>تنتهي صلاحيته اليوم</translation>
    </message>
    <message>
        <source>פג לפני {days} ימים</source>
        <translation>انتهت صلاحيته قبل {days} أيام</translation>
    </message>
    <message>
        <source>פגישה במשרד</source>
        <translation>لقاء في المكتب</translation>
    </message>
    <message>
        <source>פייסבוק</source>
        <translation>فيسبوك</translation>
    </message>
    <message>
        <source>פירוט</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>פניות</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>פנייה</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>פנייה {number} - {name} ({national_id})</source>
        <translation>الطلب {number} - {name} ({national_id})</translation>
    </message>
    <message>
        <source>פנייה אחת עם ציר הזמן</source>
        <translation>طلب واحد مع خطه الزمني</translation>
    </message>
    <message>
        <source>פעולה ללא משתמש מותרת רק למערכת עצמה.</source>
        <translation>العملية بدون مستخدم مسموحة للنظام نفسه فقط.</translation>
    </message>
    <message>
        <source>פעולה שלא ניתן להציג</source>
        <translation>إجراء لا يمكن عرضه</translation>
    </message>
    <message>
        <source>פעיל</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>פעיל/ה</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>פקיד/ה</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>פקיד/ת קבלה</source>
        <translation>موظف استقبال</translation>
    </message>
    <message>
        <source>פריט בפנייה</source>
        <translation>بند في طلب</translation>
    </message>
    <message>
        <source>פריט פתוח נספר כחריגה רק אחרי שהתאריך הצפוי עבר</source>
        <translation>البند المفتوح يُحسب متأخرًا فقط بعد مرور التاريخ المتوقع</translation>
    </message>
    <message>
        <source>פריטים</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>פריטים שמועדם נדחה</source>
        <translation>بنود تأجّل موعدها</translation>
    </message>
    <message>
        <source>פריטים שנפתחו</source>
        <translation>البنود التي فُتحت</translation>
    </message>
    <message>
        <source>פריטים שעברו יותר משתי העברות</source>
        <translation>بنود حُوّلت أكثر من مرتين</translation>
    </message>
    <message>
        <source>פתוחה</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>פתיחת היישום</source>
        <translation>فتح التطبيق</translation>
    </message>
    <message>
        <source>פתיחת פנייה</source>
        <translation>فتح طلب</translation>
    </message>
    <message>
        <source>צוות מחלקה</source>
        <translation>طاقم القسم</translation>
    </message>
    <message>
        <source>צורכי נגישות</source>
        <translation>احتياجات الإتاحة</translation>
    </message>
    <message>
        <source>ציון</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>ציר הזמן:</source>
        <translation>الخط الزمني:</translation>
    </message>
    <message>
        <source>צעדי המשך</source>
        <translation>خطوات المتابعة</translation>
    </message>
    <message>
        <source>צפייה בתיק תושב/ת</source>
        <translation>عرض ملف مقيم</translation>
    </message>
    <message>
        <source>צריך אחד מאלה: %s</source>
        <translation>مطلوب واحد من: %s</translation>
    </message>
    <message>
        <source>צריך ערך אחד</source>
        <translation>مطلوب قيمة واحدة</translation>
    </message>
    <message>
        <source>קבלה</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <source>קדימות בתור דורשת לרשום את הסיבה.</source>
        <translation>الأولوية في الدور تتطلب تسجيل السبب.</translation>
    </message>
    <message>
        <source>קדימות: {priority} - {reason}</source>
        <translation>الأولوية: {priority} - {reason}</translation>
    </message>
    <message>
        <source>קובץ CSV (UTF-8 או Windows-1255) או xlsx; שורה 1 היא הכותרות</source>
        <translation>ملف CSV (UTF-8 أو Windows-1255) أو xlsx؛ السطر 1 هو العناوين</translation>
    </message>
    <message>
        <source>קובץ PDF אחד עם כל המכתבים</source>
        <translation>ملف PDF واحد بكل الخطابات</translation>
    </message>
    <message>
        <source>קובץ ה-CSV אינו תקין: {error}</source>
        <translation>ملف CSV غير سليم: {error}</translation>
    </message>
    <message>
        <source>קובץ הגיבוי</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>קובץ המפתח של התעודה (PEM)</source>
        <translation>ملف مفتاح الشهادة (PEM)</translation>
    </message>
    <message>
        <source>קובץ הסמל אינו תמונה שאפשר לקרוא (PNG, JPG, BMP או GIF).</source>
        <translation>ملف الشعار ليس صورة يمكن قراءتها (PNG أو JPG أو BMP أو GIF).</translation>
    </message>
    <message>
        <source>קובץ הסמל לא נמצא: {file}</source>
        <translation>لم يُعثر على ملف الشعار: {file}</translation>
    </message>
    <message>
        <source>קובץ שבשורה הראשונה שלו האסימון (&apos;-&apos;: הקלט)</source>
        <translation>ملف سطره الأول هو رمز الوصول (&apos;-&apos;: الإدخال)</translation>
    </message>
    <message>
        <source>קובץ שבשורה הראשונה שלו האסימון שהופק ב-hub add-station או ב-hub rotate-station (&apos;-&apos;: הקלט)</source>
        <translation>ملف سطره الأول هو رمز الوصول الصادر عن hub add-station أو hub rotate-station (&apos;-&apos;: الإدخال)</translation>
    </message>
    <message>
        <source>קובץ שבשורה הראשונה שלו הסיסמה (&apos;-&apos;: הקלט)</source>
        <translation>ملف سطره الأول هو كلمة المرور (&apos;-&apos;: الإدخال)</translation>
    </message>
    <message>
        <source>קובץ תמונה של סמל המועצה (PNG או JPG)</source>
        <translation>ملف صورة لشعار المجلس (PNG أو JPG)</translation>
    </message>
    <message>
        <source>קובץ תעודת TLS (PEM)</source>
        <translation>ملف شهادة TLS (PEM)</translation>
    </message>
    <message>
        <source>קובצי Excel ישנים (xls) אינם נתמכים. יש לשמור את הקובץ כ-xlsx או כ-CSV.</source>
        <translation>ملفات Excel القديمة (xls) غير مدعومة. يجب حفظ الملف بصيغة xlsx أو CSV.</translation>
    </message>
    <message>
        <source>קוד במאגר המידע</source>
        <translation>رمز في قاعدة المعلومات</translation>
    </message>
    <message>
        <source>קוד בקטלוג</source>
        <translation>رمز في الكتالوج</translation>
    </message>
    <message>
        <source>קוד העמדה</source>
        <translation>رمز المحطة</translation>
    </message>
    <message>
        <source>קוד העמדה (במרכזת: כפי שנרשם ב-hub add-station)</source>
        <translation>رمز المحطة (مع خادم مركزي: كما سُجّل في hub add-station)</translation>
    </message>
    <message>
        <source>קוד העמדה למספרי פניות במסד חדש (ברירת מחדל KDR)</source>
        <translation>رمز المحطة لأرقام الطلبات في قاعدة بيانات جديدة (الافتراضي KDR)</translation>
    </message>
    <message>
        <source>קוד העמדה: {code}</source>
        <translation>رمز المحطة: {code}</translation>
    </message>
    <message>
        <source>קוד יישוב</source>
        <translation>رمز البلدة</translation>
    </message>
    <message>
        <source>קוד כלל זכאות</source>
        <translation>رمز قاعدة الأهلية</translation>
    </message>
    <message>
        <source>קוד מחלקה</source>
        <translation>رمز القسم</translation>
    </message>
    <message>
        <source>קוד מחלקה לצוות מחלקה, למשל REV</source>
        <translation>رمز القسم لموظفي القسم، مثلًا REV</translation>
    </message>
    <message>
        <source>קוד עמדה: 2 עד 8 אותיות לטיניות, למשל ARB.</source>
        <translation>رمز المحطة: من 2 إلى 8 أحرف لاتينية، مثلاً ARB.</translation>
    </message>
    <message>
        <source>קוד עמדה: 2 עד 8 אותיות לטיניות, למשל KDR.</source>
        <translation>رمز المحطة: من 2 إلى 8 أحرف لاتينية، مثلاً KDR.</translation>
    </message>
    <message>
        <source>קטלוג</source>
        <translation>الكتالوج</translation>
    </message>
    <message>
        <source>קרבה</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>קריאת הסיסמה משורה אחת בקלט</source>
        <translation>قراءة كلمة المرور من سطر واحد في الإدخال</translation>
    </message>
    <message>
        <source>קריאת התראות</source>
        <translation>قراءة الإشعارات</translation>
    </message>
    <message>
        <source>רוסית</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>רישום עמדה והפקת אסימון</source>
        <translation>تسجيل محطة وإصدار رمز وصول</translation>
    </message>
    <message>
        <source>רישום תושב/ת</source>
        <translation>تسجيل مقيم</translation>
    </message>
    <message>
        <source>רישיונות כלבים</source>
        <translation>رخص الكلاب</translation>
    </message>
    <message>
        <source>רק בעבודה של המחלקה שלו/ה</source>
        <translation>فقط في عمل قسمه/ا</translation>
    </message>
    <message>
        <source>רק בפניות ובמשימות שלו/ה</source>
        <translation>فقط في طلباته/ا ومهامه/ا</translation>
    </message>
    <message>
        <source>רק המרכזת רושמת עמדות ונתוני מועצה.</source>
        <translation>الخادم المركزي وحده يسجّل المحطات وبيانات المجلس.</translation>
    </message>
    <message>
        <source>רק משתמש/ת מחובר/ת יכול/ה להחליף סיסמה.</source>
        <translation>فقط مستخدم/ة مسجّل/ة الدخول يمكنه/ا تغيير كلمة المرور.</translation>
    </message>
    <message>
        <source>רשות תעודות של המועצה ותעודה למרכזת</source>
        <translation>سلطة شهادات للمجلس وشهادة للخادم المركزي</translation>
    </message>
    <message>
        <source>רשימת ההמתנה</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>רשימת המשתמשים (בכניסת מנהל/ת מערכת)</source>
        <translation>قائمة المستخدمين (بدخول مدير النظام)</translation>
    </message>
    <message>
        <source>רשימת פניות</source>
        <translation>قائمة الطلبات</translation>
    </message>
    <message>
        <source>שבב</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>שבוע (מיום א&apos;)</source>
        <translation>الأسبوع (من يوم الأحد)</translation>
    </message>
    <message>
        <source>שביעות רצון</source>
        <translation>الرضا</translation>
    </message>
    <message>
        <source>שביעות רצון ממוצעת (1-5)</source>
        <translation>متوسط الرضا (1-5)</translation>
    </message>
    <message>
        <source>שגיאת קובץ {file}: {why}.</source>
        <translation>خطأ في الملف {file}: {why}.</translation>
    </message>
    <message>
        <source>שגיאת קובץ: {why}.</source>
        <translation>خطأ في الملف: {why}.</translation>
    </message>
    <message>
        <source>שוב, לאימות: </source>
        <translation>مرة أخرى، للتأكيد: </translation>
    </message>
    <message>
        <source>שוחזר גיבוי אל {path}: {cases:,} פניות.</source>
        <translation>تمت استعادة نسخة احتياطية إلى {path}: {cases:,} طلبات.</translation>
    </message>
    <message>
        <source>שורה {row}, עמודה &quot;{column}&quot; (הערך: &quot;{value}&quot;): {message}</source>
        <translation>السطر {row}، العمود &quot;{column}&quot; (القيمة: &quot;{value}&quot;): {message}</translation>
    </message>
    <message>
        <source>שורה {row}, עמודה &quot;{column}&quot;: {message}</source>
        <translation>السطر {row}، العمود &quot;{column}&quot;: {message}</translation>
    </message>
    <message>
        <source>שורה {row}: {key} - {status}</source>
        <translation>السطر {row}: {key} - {status}</translation>
    </message>
    <message>
        <source>שורה {row}: {key} - {status} ({changed})</source>
        <translation>السطر {row}: {key} - {status} ({changed})</translation>
    </message>
    <message>
        <source>שורות: {rows} | ייווצרו: {created} | יעודכנו: {updated} | ללא שינוי: {unchanged} | שגויות: {errors}</source>
        <translation>الأسطر: {rows} | ستُنشأ: {created} | ستُحدَّث: {updated} | بلا تغيير: {unchanged} | خاطئة: {errors}</translation>
    </message>
    <message>
        <source>שורות: {rows} | נוצרו: {created} | עודכנו: {updated} | ללא שינוי: {unchanged} | שגויות: {errors}</source>
        <translation>الأسطر: {rows} | أُنشئت: {created} | حُدِّثت: {updated} | بلا تغيير: {unchanged} | خاطئة: {errors}</translation>
    </message>
    <message>
        <source>שחזור הוא למסד הנתונים של עמדה (קובץ SQLite) בלבד.</source>
        <translation>الاستعادة هي لقاعدة بيانات محطة (ملف SQLite) فقط.</translation>
    </message>
    <message>
        <source>שחזור מגיבוי (כשהיישום סגור); אחריו העמדה מתחברת למרכזת לפני שהיא משרתת</source>
        <translation>الاستعادة من نسخة احتياطية (عندما يكون التطبيق مغلقًا)؛ بعدها تتصل المحطة بالخادم المركزي قبل أن تقدّم الخدمة</translation>
    </message>
    <message>
        <source>שטח</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>שיחה</source>
        <translation>المكالمة</translation>
    </message>
    <message>
        <source>שיחה חוזרת לתושב/ת</source>
        <translation>معاودة الاتصال بالمقيم/ة</translation>
    </message>
    <message>
        <source>שיחות</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <source>שיחות חזרה שבוצעו</source>
        <translation>مكالمات معاودة الاتصال المنجزة</translation>
    </message>
    <message>
        <source>שיחות לתושבים</source>
        <translation>المكالمات مع السكان</translation>
    </message>
    <message>
        <source>שיחות מעקב שבוצעו</source>
        <translation>مكالمات المتابعة المنجزة</translation>
    </message>
    <message>
        <source>שיחת מעקב</source>
        <translation>مكالمة متابعة</translation>
    </message>
    <message>
        <source>שימוש: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>שירות (דקות)</source>
        <translation>الخدمة (دقائق)</translation>
    </message>
    <message>
        <source>שירות יזום: סריקת כל התושבים לטריגרים שהגיע זמנם</source>
        <translation>خدمة استباقية: مسح كل المقيمين بحثًا عن المحفّزات التي حان وقتها</translation>
    </message>
    <message>
        <source>שירות ממוצע (דקות)</source>
        <translation>متوسط الخدمة (دقائق)</translation>
    </message>
    <message>
        <source>שליחת הדוא&quot;ל נכשלה ({error}); ההודעה נשארת בתיבת היוצא.</source>
        <translation>فشل إرسال البريد الإلكتروني ({error})؛ تبقى الرسالة في صندوق الصادر.</translation>
    </message>
    <message>
        <source>שם</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>שם הכלב</source>
        <translation>اسم الكلب</translation>
    </message>
    <message>
        <source>שם המועצה ארוך מדי (עד 80 תווים).</source>
        <translation>اسم المجلس طويل جداً (حتى 80 حرفاً).</translation>
    </message>
    <message>
        <source>שם המועצה כפי שיודפס על הקבלות</source>
        <translation>اسم المجلس كما سيُطبع على الإيصالات</translation>
    </message>
    <message>
        <source>שם המשתמש</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>שם המשתמש {username} כבר קיים.</source>
        <translation>اسم المستخدم {username} موجود بالفعل.</translation>
    </message>
    <message>
        <source>שם המשתמש או הסיסמה שגויים.</source>
        <translation>اسم المستخدم أو كلمة المرور خاطئة.</translation>
    </message>
    <message>
        <source>שם המשתמש שיהיה הבעלים של הפניות (ברירת מחדל: מפקח/ת)</source>
        <translation>اسم المستخدم المسؤول عن الطلبات (الافتراضي: مشرف/ة)</translation>
    </message>
    <message>
        <source>שם המשתמש של מנהל/ת המערכת</source>
        <translation>اسم المستخدم لمدير النظام</translation>
    </message>
    <message>
        <source>שם המשתמש של מנהל/ת המערכת (בלעדיו: נשאל)</source>
        <translation>اسم المستخدم لمدير النظام (بدونه: يُطلب)</translation>
    </message>
    <message>
        <source>שם השרת של המרכזת, כפי שהעמדות פונות אליו</source>
        <translation>اسم خادم الخادم المركزي، كما تتصل به المحطات</translation>
    </message>
    <message>
        <source>שם מלא</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>שם משפחה</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>שם משתמש</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>שם משתמש של מנהל/ת המערכת: </source>
        <translation>اسم المستخدم لمدير النظام: </translation>
    </message>
    <message>
        <source>שם משתמש: אותיות לטיניות וספרות, בלי רווחים.</source>
        <translation>اسم المستخدم: أحرف لاتينية وأرقام، بدون مسافات.</translation>
    </message>
    <message>
        <source>שם פרטי</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>שעה</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>שפה</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>שפת הקבלה (ברירת המחדל: השפה שבפרופיל התושב/ת)</source>
        <translation>لغة الإيصال (الافتراضي: اللغة في ملف المقيم/ة)</translation>
    </message>
    <message>
        <source>שתי הרשומות כבר מוזגו לאחת.</source>
        <translation>تم دمج السجلين في سجل واحد من قبل.</translation>
    </message>
    <message>
        <source>ת.ז.</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>תאריך</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>תאריך ההתחלה אחרי תאריך הסיום.</source>
        <translation>تاريخ البداية بعد تاريخ النهاية.</translation>
    </message>
    <message>
        <source>תאריך הלידה הוא בעתיד.</source>
        <translation>تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>תאריך הלידה הוא בעתיד. כדאי לבדוק אותו שוב.</source>
        <translation>تاريخ الميلاد في المستقبل. يُرجى التحقق منه مرة أخرى.</translation>
    </message>
    <message>
        <source>תאריך הלידה רחוק מדי בעבר.</source>
        <translation>تاريخ الميلاد بعيد جدًا في الماضي.</translation>
    </message>
    <message>
        <source>תאריך הסיום לפני תאריך ההתחלה.</source>
        <translation>تاريخ الانتهاء قبل تاريخ البدء.</translation>
    </message>
    <message>
        <source>תאריך הסיום מוקדם מתאריך ההתחלה.</source>
        <translation>تاريخ الانتهاء أبكر من تاريخ البدء.</translation>
    </message>
    <message>
        <source>תאריך לידה</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>תווי חניה</source>
        <translation>تصاريح الوقوف</translation>
    </message>
    <message>
        <source>תוצאות חיפוש</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>תוקף</source>
        <translation>سارية حتى</translation>
    </message>
    <message>
        <source>תוקף רישיון</source>
        <translation>الرخصة سارية حتى</translation>
    </message>
    <message>
        <source>תושב/ת</source>
        <translation>المقيم/ة</translation>
    </message>
    <message>
        <source>תושב/ת עם תעודת זהות {national_id} כבר רשום/ה: {name}.</source>
        <translation>يوجد مقيم/ة برقم الهوية {national_id} مسجَّل/ة بالفعل: {name}.</translation>
    </message>
    <message>
        <source>תושבים</source>
        <translation>المقيمين</translation>
    </message>
    <message>
        <source>תושבים: {done:,}/{total:,}</source>
        <translation>المقيمون: {done:,}/{total:,}</translation>
    </message>
    <message>
        <source>תיקייה למכתב PDF לכל תושב/ת</source>
        <translation>مجلد لخطاب PDF لكل مقيم/ة</translation>
    </message>
    <message>
        <source>תיקיית הגיבויים (ברירת מחדל: ההגדרה backup_dir)</source>
        <translation>مجلد النسخ الاحتياطية (الافتراضي: الإعداد backup_dir)</translation>
    </message>
    <message>
        <source>תלויה בפעולה שבוטלה ({reason})</source>
        <translation>تعتمد على عملية أُلغيت ({reason})</translation>
    </message>
    <message>
        <source>תלויה בפעולה שתוקנה ולא ניתן להחיל אותה</source>
        <translation>تعتمد على عملية تم تصحيحها ولا يمكن تطبيقها</translation>
    </message>
    <message>
        <source>תנאי חייב להיות אובייקט</source>
        <translation>يجب أن يكون الشرط كائنًا</translation>
    </message>
    <message>
        <source>תעודת הזהות {number}</source>
        <translation>رقم الهوية {number}</translation>
    </message>
    <message>
        <source>תעודת זהות</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>תקופה</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>תקופה: {period}</source>
        <translation>الفترة: {period}</translation>
    </message>
    <message>
        <source>תשובה</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>תשובה חדשה</source>
        <translation>إجابة جديدة</translation>
    </message>
    <message>
        <source>תשובות</source>
        <translation>الإجابات</translation>
    </message>
</context>
</TS>
