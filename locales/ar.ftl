# العربية (الفصحى الحديثة)
# المسرد (مصطلح واحد لكل مفهوم):
#   sign in (verb): سجّل الدخول / تسجيل الدخول
#   sign-in (noun): تسجيل الدخول (the sign-in service: خدمة تسجيل الدخول)
#   sign out: تسجيل الخروج
#   password: كلمة المرور
#   temporary password: كلمة المرور المؤقتة
#   new password: كلمة المرور الجديدة
#   code: الرمز
#   invitation / invite: الدعوة / دعوة (يدعو)
#   username: اسم المستخدم
#   email address: عنوان البريد الإلكتروني
#   given name: الاسم الأول
#   family name: اسم العائلة
#   account: الحساب
#   session: الجلسة
#   group: المجموعة
#   administrator: المسؤول
#   professional: المختص
#   client: العميل
#   Cognito: اسم منتج، يبقى كما هو

## جميع الصفحات

skip-link = انتقل إلى المحتوى الرئيسي
document-title = { $title } – { $portal }
document-title-error = خطأ: { $title } – { $portal }
account-nav-label = الحساب
account-link = الحساب
signed-in-as = تم تسجيل الدخول باسم { $name }
sign-out-button = تسجيل الخروج
language-menu-label = اللغة
language-menu-button = تغيير اللغة
language-page-title = اختر لغتك
language-page-intro = تُعرض صفحات البوابة باللغة التي تختارها.

## النماذج

error-summary-title = حدثت مشكلة
error-prefix = خطأ:
username-label = اسم المستخدم
password-label = كلمة المرور
password-show-button = إظهار كلمة المرور
password-hide-button = إخفاء كلمة المرور
new-password-label = كلمة المرور الجديدة
confirm-password-label = تأكيد كلمة المرور الجديدة
current-password-label = كلمة المرور الحالية
given-name-label = الاسم الأول
family-name-label = اسم العائلة
email-label = عنوان البريد الإلكتروني
code-label = الرمز الوارد في البريد الإلكتروني
search-button = بحث
previous-page = الصفحة السابقة
next-page = الصفحة التالية
back-to-sign-in = العودة إلى تسجيل الدخول
back-to-account = العودة إلى حسابك
back-to-people = العودة إلى قائمة المستخدمين

## التحقق مما يُدخله المستخدمون

username-missing = أدخل اسم المستخدم.
username-too-long = يجب ألا يزيد اسم المستخدم على 128 حرفًا.
username-has-spaces = لا يمكن أن يحتوي اسم المستخدم على مسافات.
password-missing = أدخل كلمة المرور.
password-too-long = يجب ألا تزيد كلمة المرور على 256 حرفًا.
name-missing = أدخل اسمًا.
name-too-long = يجب ألا يزيد الاسم على 100 حرف.
name-has-control-characters = لا يمكن أن يحتوي الاسم على أحرف تحكم.
email-missing = أدخل عنوان البريد الإلكتروني.
email-too-long = يجب ألا يزيد عنوان البريد الإلكتروني على 254 حرفًا.
email-invalid = أدخل عنوان البريد الإلكتروني بالصيغة name@example.com.
email-in-use = عنوان البريد الإلكتروني هذا مستخدَم بالفعل في حساب آخر.
code-missing = أدخل الرمز الوارد في البريد الإلكتروني.
code-wrong-or-expired = هذا الرمز غير صحيح أو انتهت صلاحيته.
code-wrong = هذا الرمز غير صحيح.
code-expired = انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.
current-password-missing = أدخل كلمة المرور الحالية.
current-password-wrong = كلمة المرور الحالية غير صحيحة.
password-not-accepted = لم يقبل Cognito كلمة المرور هذه. اختر كلمة مرور أخرى.

## قواعد كلمة المرور

password-rules = { $count ->
        [zero] { $count } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $count } أحرف
        [many] { $count } حرفًا
       *[other] { $count } حرف
    } على الأقل.
password-rules-with = { $count ->
        [zero] { $count } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $count } أحرف
        [many] { $count } حرفًا
       *[other] { $count } حرف
    } على الأقل، من بينها { $kinds }.
password-kind-upper-and-lower = أحرف كبيرة وصغيرة
password-kind-upper = حرف كبير
password-kind-lower = حرف صغير
password-kind-number = رقم
password-kind-symbol = حرف خاص
# طريقة ربط الأنواع أعلاه: «أ وب وج».
list-two = { $first } و{ $second }
list-more = { $first } و{ $rest }
password-unmet-length = استخدم { $count ->
        [zero] { $count } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $count } أحرف
        [many] { $count } حرفًا
       *[other] { $count } حرف
    } على الأقل.
password-unmet-too-long = استخدم { $count ->
        [zero] { $count } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $count } أحرف
        [many] { $count } حرفًا
       *[other] { $count } حرف
    } على الأكثر.
password-unmet-upper = أضف حرفًا كبيرًا.
password-unmet-lower = أضف حرفًا صغيرًا.
password-unmet-number = أضف رقمًا.
password-unmet-symbol = أضف حرفًا خاصًا، مثل ! أو #.
password-unmet-space = يجب ألا تبدأ كلمة المرور أو تنتهي بمسافة.
new-password-missing = أدخل كلمة المرور الجديدة.
passwords-differ = كلمتا المرور غير متطابقتين.

## تسجيل الدخول

login-title = تسجيل الدخول
login-description = سجّل الدخول إلى { $portal }.
forgot-description = أعد تعيين كلمة مرورك في { $portal } برمز يُرسَل إلى عنوان بريدك الإلكتروني.
confirm-description = أدخل الرمز الذي أرسلناه إليك بالبريد الإلكتروني واختر كلمة مرور جديدة لـ { $portal }.
language-description = اختر اللغة التي تُعرض بها { $portal }.
login-button = تسجيل الدخول
forgot-password-link = هل نسيت كلمة المرور؟
login-wrong = اسم المستخدم أو كلمة المرور غير صحيحة.
login-invitation-expired = انتهت صلاحية دعوتك. استخدم «هل نسيت كلمة المرور؟» وسنرسل إليك دعوة جديدة.
login-reset-required = عليك اختيار كلمة مرور جديدة. استخدم «هل نسيت كلمة المرور؟» وسنرسل إليك رمزًا بالبريد الإلكتروني.
login-notice-ended = انتهت جلستك. سجّل الدخول مرة أخرى للمتابعة.
login-notice-signed-out = لقد سجّلت الخروج.
login-notice-signed-out-everywhere = لقد سجّلت الخروج من جميع الأجهزة.
login-notice-password-changed = تم تغيير كلمة المرور. سجّل الدخول باستخدام كلمة المرور الجديدة.
login-notice-slow = استغرق تسجيل الدخول وقتًا طويلًا جدًا؛ سجّل الدخول مرة أخرى.
login-notice-restart = تعذّر إكمال تسجيل الدخول؛ سجّل الدخول مرة أخرى.

## تسجيل الدخول لأول مرة

new-password-title = اختر كلمة المرور
new-password-intro = مرحبًا بك! نجحت كلمة المرور المؤقتة الواردة في دعوتك. اختر كلمة المرور التي ستستخدمها من الآن فصاعدًا.
new-password-button = تعيين كلمة المرور وتسجيل الدخول

## نسيان كلمة المرور

forgot-title = إعادة تعيين كلمة المرور
forgot-intro = أدخل اسم المستخدم. إذا كان مرتبطًا بحساب، فسنرسل رمزًا إلى عنوان البريد الإلكتروني المسجّل في هذا الحساب.
forgot-button = إرسال رمز إليّ بالبريد الإلكتروني
confirm-title = أدخل الرمز
confirm-new-code-button = إرسال رمز جديد إليّ
change-password-button = تغيير كلمة المرور
notice-code-sent = إذا كان هناك حساب باسم المستخدم هذا، فقد أرسلنا إليه رمزًا بالبريد الإلكتروني.

## لوحات المعلومات

welcome = مرحبًا، { $name }
client-dashboard-title = لوحة معلومات العميل
client-dashboard-lead = لوحة معلومات العميل الخاصة بك.
professional-dashboard-title = لوحة معلومات المختص
professional-dashboard-lead = لوحة معلومات المختص الخاصة بك.
no-role-title = لا توجد لوحة معلومات بعد
no-role-notice = لم يُضَف حسابك بعد إلى أي مجموعة في البوابة، لذا لا توجد لوحة معلومات لعرضها لك. اطلب من المسؤول إضافتك إلى مجموعة المختصين أو مجموعة العملاء، ثم سجّل الدخول مرة أخرى.
account-card-title = حسابك
account-email = البريد الإلكتروني
account-full-name = الاسم الكامل
account-role = الدور
account-session-ends = تنتهي الجلسة
session-ends-at = في الساعة { $time } بتوقيت UTC (بعد { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    })
role-professional = مختص
role-client = عميل
role-admin = مسؤول
role-none = لا يوجد بعد

## قائمة العملاء

clients-heading = العملاء
clients-loading = تجري قراءة قائمة العملاء من Cognito. حدّث الصفحة بعد لحظات.
clients-unavailable = قائمة العملاء غير متاحة حاليًا. حاول مرة أخرى بعد بضع دقائق.
clients-search-label = البحث بالاسم أو بعنوان البريد الإلكتروني
clients-count = { $count ->
        [zero] لا يوجد عملاء
        [one] عميل واحد
        [two] عميلان
        [few] { $count } عملاء
        [many] { $count } عميلًا
       *[other] { $count } عميل
    }
clients-matches = { $count ->
        [zero] لا يوجد عملاء يطابقون «{ $query }»
        [one] عميل واحد يطابق «{ $query }»
        [two] عميلان يطابقان «{ $query }»
        [few] { $count } عملاء يطابقون «{ $query }»
        [many] { $count } عميلًا يطابقون «{ $query }»
       *[other] { $count } عميل يطابقون «{ $query }»
    }
clients-none = لا يوجد عملاء بعد.
clients-none-match = لا يوجد عميل يتضمن اسمه أو عنوان بريده الإلكتروني «{ $query }».
clients-caption = العملاء، مرتبون حسب اسم العائلة
column-name = الاسم
column-email = البريد الإلكتروني
clients-pages-label = صفحات قائمة العملاء
page-position = الصفحة { $page } من { $pages }

## حسابك

account-title = حسابك
email-heading = عنوان بريدك الإلكتروني
email-pending = طلبت تغيير عنوان بريدك الإلكتروني إلى { $new }. وقد أرسلنا رمزًا إلى هذا العنوان. وإلى أن تُدخله، ستواصل تسجيل الدخول وإعادة تعيين كلمة المرور باستخدام { $current }.
email-enter-code = أدخل الرمز
email-codes-go-to = تُرسَل رموز إعادة تعيين كلمة المرور إلى { $email }.
email-change-link = تغيير عنوان بريدك الإلكتروني
name-heading = اسمك
name-save-button = حفظ الاسم
password-heading = تغيير كلمة المرور
everywhere-heading = تسجيل الخروج من جميع الأجهزة
everywhere-intro = يُنهي جميع جلسات حسابك على جميع الأجهزة، بما فيها هذا الجهاز.
everywhere-button = تسجيل الخروج من جميع الأجهزة
language-heading = اللغة
language-intro = تُعرض الصفحات بهذه اللغة على كل جهاز تسجّل الدخول منه.
language-save-button = حفظ اللغة
notice-name-saved = تم حفظ اسمك.
notice-password-changed = تم تغيير كلمة المرور، وتم تسجيل خروجك من جلساتك الأخرى.

## تغيير عنوان البريد الإلكتروني

email-change-title = تغيير عنوان بريدك الإلكتروني
email-change-intro = عنوان بريدك الإلكتروني الحالي هو { $current }. سنرسل رمزًا إلى العنوان الجديد، ويسري التغيير عندما تُدخله. وحتى ذلك الحين، ستواصل تسجيل الدخول وإعادة تعيين كلمة المرور باستخدام عنوانك الحالي.
new-email-label = عنوان البريد الإلكتروني الجديد
email-change-password-hint = للحفاظ على أمان حسابك، أدخل كلمة المرور مرة أخرى.
email-change-button = إرسال الرمز
email-same = هذا هو عنوان بريدك الإلكتروني الحالي بالفعل.
email-not-accepted = لم يقبل Cognito هذا العنوان. تحقّق منه وحاول مرة أخرى.
verify-email-title = تأكيد عنوان بريدك الإلكتروني الجديد
verify-email-intro = أرسلنا رمزًا إلى { $new }. وإلى أن تُدخله، يظل عنوان بريدك الإلكتروني { $current }، وهو الذي تستخدمه لتسجيل الدخول وإعادة تعيين كلمة المرور.
verify-email-button = تأكيد العنوان الجديد
email-new-code-button = إرسال رمز جديد
email-cancel-button = إلغاء التغيير
notice-email-code-sent = أرسلنا رمزًا إلى { $email }. أدخله هنا لتأكيد العنوان الجديد.
notice-email-code-resent = أرسلنا رمزًا جديدًا إلى { $email }.
notice-email-changed = عنوان بريدك الإلكتروني الآن هو { $email }.
notice-email-change-cancelled = تم إلغاء تغيير عنوان البريد الإلكتروني. لم يتغير عنوانك.
notice-email-change-lapsed = انتهت مهلة تغيير عنوان بريدك الإلكتروني قبل تأكيده. ابدأ من جديد إذا كنت لا تزال ترغب في ذلك.

## المستخدمون (للمسؤولين)

people-title = المستخدمون
invite-person-link = دعوة مستخدم
invite-csv-link = الدعوة من ملف CSV
people-search-label = بحث
people-search-hint = بداية اسم المستخدم أو البريد الإلكتروني أو الاسم الأول أو اسم العائلة.
group-label = المجموعة
all-groups = جميع المجموعات
people-none-match = لا يوجد أحد يطابق هذا البحث.
people-none = لا يوجد أحد في تجمّع المستخدمين بعد.
people-caption = المستخدمون في تجمّع المستخدمين
people-pages-label = الصفحات
people-stale-link = رابط الصفحة هذا لم يعد صالحًا، لذا تُعرض لك الصفحة الأولى.
column-username = اسم المستخدم
column-groups = المجموعات
column-status = الحالة
column-created = تاريخ الإنشاء
groups-none = لا يوجد
status-invited = مدعو
status-invitation-expired = انتهت صلاحية الدعوة
status-active = نشط
status-disabled = معطّل
status-reset-required = يلزم إعادة تعيين كلمة المرور
status-unknown = غير معروف

## مستخدم واحد (للمسؤولين)

person-title = { $username }
not-done-title = لم يتم تنفيذ ذلك
details-heading = التفاصيل
correct-details-heading = تصحيح التفاصيل
correct-details-hint = يسري العنوان الجديد فورًا، دون رمز: فأنت تضمن صحته.
save-details-button = حفظ التفاصيل
actions-heading = الإجراءات
resend-button = إعادة إرسال الدعوة
resend-goes-to = ستُرسَل إلى { $email }.
move-group-button = النقل إلى هذه المجموعة
sign-out-person-button = تسجيل الخروج من جميع الجلسات
disable-button = تعطيل الحساب
enable-button = تفعيل الحساب
delete-confirm-label = للحذف، اكتب اسم المستخدم
delete-button = حذف الحساب
admin-not-yourself = لا يمكنك تعطيل حسابك أو حذفه.
admin-resend-only-invited = لا يمكن إعادة إرسال الدعوة إلا إلى شخص لم يسجّل الدخول بعد.
admin-delete-mismatch = اسم المستخدم الذي كتبته غير مطابق. لم يُحذف أي شيء.
username-taken = اسم المستخدم هذا غير متاح.
admin-resent = تمت إعادة إرسال الدعوة إلى { $username }.
admin-disabled = تم تعطيل { $username } وتسجيل خروجه من جميع الأجهزة.
admin-enabled = تم تفعيل { $username }.
admin-signed-out = تم تسجيل خروج { $username } من جميع الجلسات.
admin-moved = أصبح { $username } الآن في مجموعة { $group }. يسري التغيير عند تسجيل دخوله التالي.
admin-deleted = تم حذف { $username }.
admin-nothing-changed = لم يتغير شيء.
admin-details-saved = تم حفظ تفاصيل { $username }.
admin-details-saved-invited = تم حفظ تفاصيل { $username }. لم يسجّل هذا المستخدم الدخول بعد: أعد إرسال الدعوة لتصل إلى العنوان الجديد.

## الدعوة

invite-title = دعوة مستخدم
invite-intro = يرسل Cognito إلى المستخدم كلمة مرور مؤقتة بالبريد الإلكتروني، ويختار المستخدم كلمة المرور الخاصة به عند أول تسجيل دخول.
invite-username-hint = حتى 128 حرفًا، دون مسافات. يُحفظ بأحرف صغيرة.
invite-locale-label = لغة صفحاته
invite-locale-hint = اختياري. إن لم تحدده، فستُستخدم لغة متصفحه إلى أن يختار لغة.
invite-locale-unset = غير محدد
invite-button = إرسال الدعوة
invite-group-missing = اختر: مختص أو عميل أو مسؤول.
invite-sent = تم إرسال الدعوة إلى { $email }.
locale-unknown = اختر إحدى اللغات الموجودة في القائمة.

## الدعوة من ملف CSV

bulk-title = الدعوة من ملف CSV
bulk-upload-heading = رفع الملف
bulk-upload-another-heading = رفع ملف آخر
bulk-intro = ملف CSV بترميز UTF-8 يبدأ بسطر العناوين { $header }، بحد أقصى 500 صف و256 KB. يحدد عمود أخير اختياري، { $locale }، لغة كل شخص (مثل de أو pt-BR). لن يُرسَل أي شيء قبل أن تتحقق من الصفوف.
bulk-file-label = ملف CSV
bulk-check-button = فحص الملف
bulk-results-heading = النتائج
bulk-check-heading = الفحص قبل الإرسال
column-line = السطر
column-group = المجموعة
column-result = النتيجة
column-check = الفحص
bulk-send-button = { $count ->
        [zero] إرسال { $count } دعوة
        [one] إرسال دعوة واحدة
        [two] إرسال دعوتين
        [few] إرسال { $count } دعوات
        [many] إرسال { $count } دعوة
       *[other] إرسال { $count } دعوة
    }
bulk-ready = جاهز للإرسال
bulk-sent = تم الإرسال
bulk-duplicate = مكرر: اسم المستخدم هذا موجود بالفعل في سطر سابق.
bulk-group-invalid = يجب أن تكون المجموعة: مختص أو عميل أو مسؤول.
bulk-locale-invalid = يجب أن تكون قيمة locale إحدى لغات البوابة، مثل de أو pt-BR.
bulk-exists = موجود بالفعل في تجمّع المستخدمين: اسم المستخدم هذا غير متاح.
bulk-skipped-taken = تم التخطي: اسم المستخدم هذا غير متاح.
bulk-unreachable = تعذّر الاتصال بـ Cognito.
bulk-slow-down = طلب Cognito منا إبطاء الطلبات.
bulk-unexpected = أعاد Cognito استجابة غير متوقعة؛ حاول مرة أخرى لاحقًا.
bulk-refused = رفض Cognito الدعوة.
bulk-unconfirmed = لم يستجب Cognito في الوقت المحدد، لذا ليس من المؤكد أنه تم إرسال الدعوة. تحقّق من حالة المستخدم قبل إعادة إرسال الدعوة.
bulk-failed = تعذّر الإرسال: { $reason }
bulk-stale = مضى وقت طويل جدًا على فحص هذه الصفوف أو تم تغييرها. ارفع الملف مرة أخرى.
bulk-too-large = حجم الملف أكبر من 256 KB.
bulk-not-utf8 = الملف ليس نصًا بترميز UTF-8.
bulk-wrong-header = يجب أن يكون السطر الأول بالضبط: username,email,given_name,family_name,group (أو مع ,locale في النهاية)
bulk-too-many-rows = يحتوي الملف على أكثر من 500 صف.
bulk-empty = لا يحتوي الملف على أي صفوف بعد سطر العناوين.
bulk-not-csv = الملف ليس ملف CSV صالحًا (السطر { $line }).

## صفحات الأخطاء

error-status = خطأ { $status }
error-home-link = الانتقال إلى الصفحة الرئيسية
error-not-found-title = الصفحة غير موجودة
error-not-found = لا توجد صفحة على هذا العنوان. تحقّق من العنوان، أو عُد إلى لوحة المعلومات.
error-method-title = غير مسموح
error-method = لا يمكن استخدام هذه الصفحة بهذه الطريقة.
error-forbidden-title = ليس لديك إذن بالوصول إلى هذه الصفحة
error-forbidden = ليس لدى حسابك إذن بالوصول إلى هذه الصفحة. إذا كنت تعتقد أنه ينبغي أن يكون لديه إذن، فاسأل المسؤول.
error-csrf-title = انتهت صلاحية النموذج
error-csrf = حفاظًا على أمانك، تعذّر قبول النموذج. ارجع وأعد تحميل الصفحة، ثم حاول مرة أخرى.
error-bad-request-title = تعذّر فهم الطلب
error-bad-request = بعض البيانات المرسلة غير صالحة. ارجع وحاول مرة أخرى.
error-too-large-title = ما أرسلته كبير جدًا
error-too-large = النموذج الذي أرسلته أكبر مما تقبله هذه الصفحة. اختصر ما كتبته وحاول مرة أخرى.
error-too-many-title = محاولات كثيرة جدًا
error-too-many = محاولات فاشلة كثيرة جدًا، حاول مرة أخرى بعد بضع دقائق.
error-rate-limited-seconds = حدثت محاولات كثيرة جدًا. حاول مرة أخرى بعد { $count ->
        [zero] { $count } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $count } ثوانٍ
        [many] { $count } ثانية
       *[other] { $count } ثانية
    }.
error-rate-limited-minutes = حدثت محاولات كثيرة جدًا. حاول مرة أخرى بعد { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }.
error-cross-site-title = ورد النموذج من موقع آخر
error-cross-site = حفاظًا على أمانك، لا تقبل هذه البوابة إلا النماذج الواردة من صفحاتها. انتقل إلى البوابة وحاول مرة أخرى.
error-conflict-title = هذا موجود بالفعل
error-conflict = ما طلبته موجود بالفعل، لذا لم يتغير شيء. ارجع وتحقّق من التفاصيل.
error-refused-title = تعذّر تنفيذ ذلك
error-refused = لم تقبل خدمة تسجيل الدخول هذا الطلب. ارجع وتحقّق مما أدخلته وحاول مرة أخرى؛ وإذا تكرر ذلك، فاسأل المسؤول.
error-unexpected-title = أعادت خدمة تسجيل الدخول استجابة غير متوقعة
error-unexpected = لم يتغير شيء على حد علمنا. يُرجى المحاولة مرة أخرى بعد بضع دقائق؛ وإذا تكرر ذلك، فأبلغ المسؤول.
error-unavailable-title = تسجيل الدخول غير متاح مؤقتًا
error-unavailable = يتعذّر علينا الوصول إلى خدمة تسجيل الدخول حاليًا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error-unconfirmed-title = ليس من المؤكد أنه تم تنفيذ ذلك
error-unconfirmed-invite = لم تستجب خدمة تسجيل الدخول في الوقت المحدد، لذا ليس من المؤكد أنه تم إرسال الدعوة. تحقّق من حالة المستخدم في القائمة قبل إعادة إرسال الدعوة.
error-unconfirmed-delete = لم تستجب خدمة تسجيل الدخول في الوقت المحدد، لذا ليس من المؤكد أنه تم حذف المستخدم. ابحث عنه في القائمة قبل المحاولة مرة أخرى.
error-unconfirmed = لم تستجب خدمة تسجيل الدخول في الوقت المحدد، لذا ليس من المؤكد أنه تم تنفيذ ذلك. تحقّق من ذلك قبل المحاولة مرة أخرى.
error-storage-title = البوابة غير متاحة مؤقتًا
error-storage = يتعذّر على البوابة الوصول إلى مخزن الجلسات حاليًا. يُرجى المحاولة مرة أخرى بعد دقيقة.
error-internal-title = حدث خطأ ما
error-internal = حدث خطأ ما من جانبنا. يُرجى المحاولة مرة أخرى بعد لحظات.
