# 繁體中文（台灣）
#
# 詞彙表（一個概念只用一個詞）：
#   sign in（動詞）：登入
#   sign-in（名詞）：登入
#   sign out：登出
#   password：密碼
#   temporary password：臨時密碼
#   new password：新密碼
#   code：驗證碼
#   invitation / invite：邀請
#   username：使用者名稱
#   email address：電子郵件地址（簡短標籤中作「電子郵件」）
#   given name：名字
#   family name：姓氏
#   account：帳號
#   session：工作階段
#   group：群組
#   administrator：管理員
#   professional：專業人員
#   client：客戶
#   Cognito：產品名稱，保留原文
# 稱呼：一律使用「您」。

## 所有頁面

skip-link = 跳至主要內容
document-title = { $title } – { $portal }
document-title-error = 錯誤：{ $title } – { $portal }
account-nav-label = 帳號
account-link = 帳號
signed-in-as = 已登入：{ $name }
sign-out-button = 登出
language-menu-label = 語言
language-menu-button = 變更語言
language-page-title = 選擇您的語言
language-page-intro = 本入口網站的頁面將以您選擇的語言顯示。

## 表單

error-summary-title = 發生問題
error-prefix = 錯誤：
username-label = 使用者名稱
password-label = 密碼
password-show-button = 顯示密碼
password-hide-button = 隱藏密碼
new-password-label = 新密碼
confirm-password-label = 確認新密碼
current-password-label = 目前的密碼
given-name-label = 名字
family-name-label = 姓氏
email-label = 電子郵件地址
code-label = 電子郵件中的驗證碼
search-button = 搜尋
previous-page = 上一頁
next-page = 下一頁
back-to-sign-in = 返回登入
back-to-account = 返回您的帳號
back-to-people = 返回人員清單

## 輸入內容檢查

username-missing = 請輸入使用者名稱。
username-too-long = 使用者名稱最多 128 個字元。
username-has-spaces = 使用者名稱不得包含空格。
password-missing = 請輸入密碼。
password-too-long = 密碼最多 256 個字元。
name-missing = 請輸入姓名。
name-too-long = 姓名最多 100 個字元。
name-has-control-characters = 姓名不得包含控制字元。
email-missing = 請輸入電子郵件地址。
email-too-long = 電子郵件地址最多 254 個字元。
email-invalid = 請依 name@example.com 的格式輸入電子郵件地址。
email-in-use = 此電子郵件地址已由其他帳號使用。
code-missing = 請輸入電子郵件中的驗證碼。
code-wrong-or-expired = 驗證碼錯誤或已過期。
code-wrong = 驗證碼錯誤。
code-expired = 驗證碼已過期，請重新傳送。
current-password-missing = 請輸入目前的密碼。
current-password-wrong = 目前的密碼錯誤。
password-not-accepted = Cognito 不接受此密碼，請改用其他密碼。

## 密碼規則

password-rules = 至少 { $count } 個字元。
password-rules-with = 至少 { $count } 個字元，且須包含{ $kinds }。
password-kind-upper-and-lower = 大寫和小寫字母
password-kind-upper = 大寫字母
password-kind-lower = 小寫字母
password-kind-number = 數字
password-kind-symbol = 符號
# 上述各類的連接方式：「甲、乙和丙」。
list-two = { $first }和{ $second }
list-more = { $first }、{ $rest }
password-unmet-length = 請至少使用 { $count } 個字元。
password-unmet-too-long = 最多只能使用 { $count } 個字元。
password-unmet-upper = 請至少包含一個大寫字母。
password-unmet-lower = 請至少包含一個小寫字母。
password-unmet-number = 請至少包含一個數字。
password-unmet-symbol = 請至少包含一個符號，例如 ! 或 #。
password-unmet-space = 開頭和結尾不得為空格。
new-password-missing = 請輸入新密碼。
passwords-differ = 兩次輸入的密碼不一致。

## 登入

login-title = 登入
login-description = 登入 { $portal }。
forgot-description = 透過寄到您電子郵件地址的驗證碼，重設 { $portal } 的密碼。
confirm-description = 輸入電子郵件中的驗證碼，並為 { $portal } 設定新密碼。
language-description = 選擇 { $portal } 的顯示語言。
login-button = 登入
forgot-password-link = 忘記密碼？
login-wrong = 使用者名稱或密碼錯誤。
login-invitation-expired = 您的邀請已過期。請點選「忘記密碼？」，我們會傳送新的邀請給您。
login-reset-required = 您必須設定新密碼。請點選「忘記密碼？」，我們會以電子郵件將驗證碼寄給您。
login-notice-ended = 您的工作階段已結束，請重新登入以繼續。
login-notice-signed-out = 您已登出。
login-notice-signed-out-everywhere = 您已在所有裝置上登出。
login-notice-password-changed = 您的密碼已變更，請使用新密碼登入。
login-notice-slow = 登入耗時過久，請重新登入。
login-notice-restart = 無法完成登入，請重新登入。

## 首次登入

new-password-title = 設定您的密碼
new-password-intro = 歡迎！邀請中的臨時密碼驗證成功。請設定您往後要使用的密碼。
new-password-button = 設定密碼並登入

## 忘記密碼

forgot-title = 重設密碼
forgot-intro = 請輸入您的使用者名稱。如果有帳號使用此使用者名稱，我們會將驗證碼寄到該帳號的電子郵件地址。
forgot-button = 以電子郵件寄送驗證碼給我
confirm-title = 輸入驗證碼
confirm-new-code-button = 重新傳送驗證碼
change-password-button = 變更密碼
notice-code-sent = 如果有帳號使用此使用者名稱，我們已將驗證碼寄到該帳號的電子郵件地址。

## 儀表板

welcome = 歡迎，{ $name }
client-dashboard-title = 客戶儀表板
client-dashboard-lead = 這是您的客戶儀表板。
professional-dashboard-title = 專業人員儀表板
professional-dashboard-lead = 這是您的專業人員儀表板。
no-role-title = 尚無儀表板
no-role-notice = 您的帳號尚未加入任何入口網站群組，因此目前沒有可顯示的儀表板。請聯絡管理員將您加入專業人員或客戶群組，然後重新登入。
account-card-title = 您的帳號
account-email = 電子郵件
account-full-name = 姓名
account-role = 角色
account-session-ends = 工作階段結束時間
session-ends-at = UTC { $time }（{ $minutes } 分鐘後）
role-professional = 專業人員
role-client = 客戶
role-admin = 管理員
role-none = 尚無

## 客戶清單

clients-heading = 客戶
clients-loading = 正在從 Cognito 讀取客戶清單，請稍後重新整理頁面。
clients-unavailable = 目前無法使用客戶清單，請幾分鐘後再試一次。
clients-search-label = 依姓名或電子郵件地址搜尋
clients-count = { $count } 位客戶
clients-matches = { $count } 位客戶符合「{ $query }」
clients-none = 目前還沒有客戶。
clients-none-match = 沒有客戶的姓名或電子郵件地址包含「{ $query }」。
clients-caption = 客戶（依姓氏排序）
column-name = 姓名
column-email = 電子郵件
clients-pages-label = 客戶清單分頁
page-position = 第 { $page } 頁，共 { $pages } 頁

## 您的帳號

account-title = 您的帳號
email-heading = 您的電子郵件地址
email-pending = 您已要求將電子郵件地址變更為 { $new }，我們已將驗證碼寄到該地址。在您輸入驗證碼之前，登入和重設密碼仍使用 { $current }。
email-enter-code = 輸入驗證碼
email-codes-go-to = 密碼重設驗證碼將寄到 { $email }。
email-change-link = 變更電子郵件地址
name-heading = 您的姓名
name-save-button = 儲存姓名
password-heading = 變更密碼
everywhere-heading = 在所有裝置上登出
everywhere-intro = 結束您帳號在所有裝置上的全部工作階段，包括目前這個工作階段。
everywhere-button = 在所有裝置上登出
language-heading = 語言
language-intro = 在您登入的所有裝置上，頁面都會以此語言顯示。
language-save-button = 儲存語言
notice-name-saved = 您的姓名已儲存。
notice-password-changed = 您的密碼已變更，您的其他工作階段均已登出。

## 變更電子郵件地址

email-change-title = 變更電子郵件地址
email-change-intro = 您目前的電子郵件地址是 { $current }。我們會將驗證碼寄到新地址，您輸入驗證碼後變更即生效。在此之前，登入和重設密碼仍使用目前的地址。
new-email-label = 新的電子郵件地址
email-change-password-hint = 為了保護您的帳號安全，請再次輸入密碼。
email-change-button = 傳送驗證碼
email-same = 這已經是您的電子郵件地址。
email-not-accepted = Cognito 不接受此電子郵件地址，請檢查後再試一次。
verify-email-title = 確認新的電子郵件地址
verify-email-intro = 我們已將驗證碼寄到 { $new }。在您輸入驗證碼之前，您的電子郵件地址仍為 { $current }，登入和重設密碼都使用該地址。
verify-email-button = 確認新地址
email-new-code-button = 重新傳送驗證碼
email-cancel-button = 取消變更
notice-email-code-sent = 我們已將驗證碼寄到 { $email }。請在此輸入驗證碼以確認新地址。
notice-email-code-resent = 我們已將新的驗證碼寄到 { $email }。
notice-email-changed = 您的電子郵件地址已變更為 { $email }。
notice-email-change-cancelled = 已取消變更電子郵件地址，您的地址維持不變。
notice-email-change-lapsed = 電子郵件地址的變更在確認前已逾時。如仍要變更，請重新操作。

## 人員（管理員）

people-title = 人員
invite-person-link = 邀請人員
invite-csv-link = 透過 CSV 檔案邀請
people-search-label = 搜尋
people-search-hint = 輸入使用者名稱、電子郵件、名字或姓氏的開頭。
group-label = 群組
all-groups = 所有群組
people-none-match = 沒有符合搜尋條件的人員。
people-none = 使用者集區中還沒有任何人員。
people-caption = 使用者集區中的人員
people-pages-label = 分頁
people-stale-link = 此分頁連結已失效，因此顯示第一頁。
column-username = 使用者名稱
column-groups = 群組
column-status = 狀態
column-created = 建立時間
groups-none = 無
status-invited = 已邀請
status-invitation-expired = 邀請已過期
status-active = 使用中
status-disabled = 已停用
status-reset-required = 須重設密碼
status-unknown = 不明

## 單一人員（管理員）

person-title = { $username }
not-done-title = 操作未完成
details-heading = 詳細資料
correct-details-heading = 更正詳細資料
correct-details-hint = 新地址會立即生效，不需要驗證碼，由您擔保其正確無誤。
save-details-button = 儲存詳細資料
actions-heading = 操作
resend-button = 重新傳送邀請
resend-goes-to = 邀請將寄到 { $email }。
move-group-button = 移至此群組
sign-out-person-button = 登出所有工作階段
disable-button = 停用帳號
enable-button = 啟用帳號
delete-confirm-label = 如要刪除，請輸入使用者名稱
delete-button = 刪除帳號
admin-not-yourself = 您無法停用或刪除自己的帳號。
admin-resend-only-invited = 只能重新傳送邀請給尚未登入過的人員。
admin-delete-mismatch = 您輸入的使用者名稱不符，未刪除任何內容。
username-taken = 此使用者名稱已有人使用。
admin-resent = 已重新傳送邀請給 { $username }。
admin-disabled = 已停用 { $username }，並已在所有裝置上將其登出。
admin-enabled = 已啟用 { $username }。
admin-signed-out = 已將 { $username } 從所有工作階段登出。
admin-moved = { $username } 現已在 { $group } 群組中。此變更將於其下次登入時生效。
admin-deleted = 已刪除 { $username }。
admin-nothing-changed = 未做任何變更。
admin-details-saved = 已儲存 { $username } 的詳細資料。
admin-details-saved-invited = 已儲存 { $username } 的詳細資料。此人尚未登入：請重新傳送邀請，讓邀請寄到新地址。

## 邀請

invite-title = 邀請人員
invite-intro = Cognito 會以電子郵件將臨時密碼寄給對方，對方首次登入時再設定自己的密碼。
invite-username-hint = 最多 128 個字元，不得包含空格。將以小寫儲存。
invite-locale-label = 對方頁面的顯示語言
invite-locale-hint = 選填。若不設定，在對方自行選擇語言之前，將使用其瀏覽器的語言。
invite-locale-unset = 未設定
invite-button = 傳送邀請
invite-group-missing = 請選擇專業人員、客戶或管理員。
invite-sent = 已傳送邀請至 { $email }。
locale-unknown = 請從清單中選擇一種語言。

## 透過 CSV 檔案邀請

bulk-title = 透過 CSV 檔案邀請
bulk-upload-heading = 上傳
bulk-upload-another-heading = 上傳其他檔案
bulk-intro = 請使用 UTF-8 編碼的 CSV 檔案，標題列為 { $header }，最多 500 列，大小不超過 256 KB。可選的最後一欄 { $locale } 用於設定每個人的語言（例如 de 或 pt-BR）。在您檢查完各列之前，不會傳送任何邀請。
bulk-file-label = CSV 檔案
bulk-check-button = 檢查檔案
bulk-results-heading = 結果
bulk-check-heading = 傳送前檢查
column-line = 行號
column-group = 群組
column-result = 結果
column-check = 檢查結果
bulk-send-button = 傳送 { $count } 份邀請
bulk-ready = 可以傳送
bulk-sent = 已傳送
bulk-duplicate = 重複：此使用者名稱已出現在前面的行中。
bulk-group-invalid = 群組必須是專業人員、客戶或管理員。
bulk-locale-invalid = 語言代碼必須是本入口網站支援的語言之一，例如 de 或 pt-BR。
bulk-exists = 已在使用者集區中：此使用者名稱已有人使用。
bulk-skipped-taken = 已略過：此使用者名稱已有人使用。
bulk-unreachable = 無法連線至 Cognito。
bulk-slow-down = Cognito 要求我們降低傳送頻率。
bulk-unexpected = Cognito 傳回了非預期的回應，請稍後再試一次。
bulk-refused = Cognito 拒絕了此邀請。
bulk-unconfirmed = Cognito 未能及時回應，因此無法確定邀請是否已傳送。請先查看此人的狀態，再重新傳送邀請。
bulk-failed = 失敗：{ $reason }
bulk-stale = 這些資料列的檢查時間已過久或已被變更，請重新上傳檔案。
bulk-too-large = 檔案大小超過 256 KB。
bulk-not-utf8 = 檔案不是 UTF-8 文字。
bulk-wrong-header = 第一行必須完全是：username,email,given_name,family_name,group（也可在結尾加上 ,locale）
bulk-too-many-rows = 檔案超過 500 列。
bulk-empty = 標題列之後沒有任何資料列。
bulk-not-csv = 檔案不是有效的 CSV（第 { $line } 行）。

## 錯誤頁面

error-status = 錯誤 { $status }
error-home-link = 前往首頁
error-not-found-title = 找不到網頁
error-not-found = 此網址沒有對應的網頁。請檢查網址，或返回您的儀表板。
error-method-title = 不允許的操作
error-method = 無法以這種方式使用此頁面。
error-forbidden-title = 您無權存取此頁面
error-forbidden = 您的帳號無權存取此頁面。如果您認為應該有權存取，請洽詢管理員。
error-csrf-title = 表單已過期
error-csrf = 基於安全考量，無法接受此表單。請返回並重新載入頁面，然後再試一次。
error-bad-request-title = 無法理解此要求
error-bad-request = 送出的內容中有無效的資料。請返回後再試一次。
error-too-large-title = 送出的內容過大
error-too-large = 您送出的表單超過此頁面允許的大小。請精簡輸入內容後再試一次。
error-too-many-title = 嘗試次數過多
error-too-many = 失敗次數過多，請幾分鐘後再試一次。
error-rate-limited-seconds = 嘗試次數過多。請在 { $count } 秒後再試一次。
error-rate-limited-minutes = 嘗試次數過多。請在 { $count } 分鐘後再試一次。
error-cross-site-title = 表單來自其他網站
error-cross-site = 基於安全考量，本入口網站只接受來自本站頁面的表單。請前往本入口網站後再試一次。
error-conflict-title = 項目已存在
error-conflict = 您要求的項目已存在，因此未做任何變更。請返回並檢查詳細資料。
error-refused-title = 無法完成此操作
error-refused = 登入服務不接受此要求。請返回，檢查您輸入的內容後再試一次；如果問題持續發生，請洽詢管理員。
error-unexpected-title = 登入服務傳回了非預期的回應
error-unexpected = 就我們所知，未做任何變更。請幾分鐘後再試一次；如果問題持續發生，請告知管理員。
error-unavailable-title = 登入服務暫時無法使用
error-unavailable = 目前無法連線至登入服務，請幾分鐘後再試一次。
error-unconfirmed-title = 無法確定操作是否完成
error-unconfirmed-invite = 登入服務未能及時回應，因此無法確定邀請是否已傳送。請先在清單中查看此人的狀態，再重新傳送邀請。
error-unconfirmed-delete = 登入服務未能及時回應，因此無法確定此人是否已被刪除。請先在清單中查看此人，然後再試一次。
error-unconfirmed = 登入服務未能及時回應，因此無法確定操作是否完成。請先確認，然後再試一次。
error-storage-title = 入口網站暫時無法使用
error-storage = 入口網站目前無法連線至其工作階段儲存區，請一分鐘後再試一次。
error-internal-title = 發生錯誤
error-internal = 我們這邊發生了問題，請稍後再試一次。
