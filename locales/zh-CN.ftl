# 简体中文（中国大陆）
#
# 术语表（一个概念只用一个词）：
#   sign in（动词）：登录
#   sign-in（名词）：登录
#   sign out：退出登录
#   password：密码
#   temporary password：临时密码
#   new password：新密码
#   code：验证码
#   invitation / invite：邀请
#   username：用户名
#   email address：邮箱地址（简短标签中作“邮箱”）
#   given name：名字
#   family name：姓氏
#   account：账号
#   session：会话
#   group：用户组
#   administrator：管理员
#   professional：专业人员
#   client：客户
#   Cognito：产品名称，保持不变
# 称呼：统一使用“您”。

## 所有页面

skip-link = 跳到主要内容
document-title = { $title } – { $portal }
document-title-error = 错误：{ $title } – { $portal }
account-nav-label = 账号
account-link = 账号
signed-in-as = 已登录：{ $name }
sign-out-button = 退出登录
language-menu-label = 语言
language-menu-button = 切换语言
language-page-title = 选择您的语言
language-page-intro = 本门户的页面将以您选择的语言显示。

## 表单

error-summary-title = 出现了问题
error-prefix = 错误：
username-label = 用户名
password-label = 密码
password-show-button = 显示密码
password-hide-button = 隐藏密码
new-password-label = 新密码
confirm-password-label = 确认新密码
current-password-label = 当前密码
given-name-label = 名字
family-name-label = 姓氏
email-label = 邮箱地址
code-label = 邮件中的验证码
search-button = 搜索
previous-page = 上一页
next-page = 下一页
back-to-sign-in = 返回登录
back-to-account = 返回您的账号
back-to-people = 返回人员列表

## 输入内容校验

username-missing = 请输入用户名。
username-too-long = 用户名最多 128 个字符。
username-has-spaces = 用户名不能包含空格。
password-missing = 请输入密码。
password-too-long = 密码最多 256 个字符。
name-missing = 请输入姓名。
name-too-long = 姓名最多 100 个字符。
name-has-control-characters = 姓名不能包含控制字符。
email-missing = 请输入邮箱地址。
email-too-long = 邮箱地址最多 254 个字符。
email-invalid = 请按 name@example.com 的格式输入邮箱地址。
email-in-use = 此邮箱地址已被其他账号使用。
code-missing = 请输入邮件中的验证码。
code-wrong-or-expired = 验证码错误或已过期。
code-wrong = 验证码错误。
code-expired = 验证码已过期，请重新发送。
current-password-missing = 请输入当前密码。
current-password-wrong = 当前密码错误。
password-not-accepted = Cognito 未接受此密码，请换一个密码。

## 密码规则

password-rules = 至少 { $count } 个字符。
password-rules-with = 至少 { $count } 个字符，且须包含{ $kinds }。
password-kind-upper-and-lower = 大写和小写字母
password-kind-upper = 大写字母
password-kind-lower = 小写字母
password-kind-number = 数字
password-kind-symbol = 符号
# 上述各类的连接方式：“甲、乙和丙”。
list-two = { $first }和{ $second }
list-more = { $first }、{ $rest }
password-unmet-length = 请至少使用 { $count } 个字符。
password-unmet-too-long = 最多只能使用 { $count } 个字符。
password-unmet-upper = 请至少包含一个大写字母。
password-unmet-lower = 请至少包含一个小写字母。
password-unmet-number = 请至少包含一个数字。
password-unmet-symbol = 请至少包含一个符号，例如 ! 或 #。
password-unmet-space = 开头和结尾不能是空格。
new-password-missing = 请输入新密码。
passwords-differ = 两次输入的密码不一致。

## 登录

login-title = 登录
login-description = 登录 { $portal }。
forgot-description = 通过发送到您邮箱地址的验证码重置 { $portal } 的密码。
confirm-description = 输入邮件中的验证码，并为 { $portal } 设置新密码。
language-description = 选择 { $portal } 的显示语言。
login-button = 登录
forgot-password-link = 忘记密码？
login-wrong = 用户名或密码错误。
login-invitation-expired = 您的邀请已过期。请点击“忘记密码？”，我们会向您发送新的邀请。
login-reset-required = 您需要设置新密码。请点击“忘记密码？”，我们会通过邮件向您发送验证码。
login-notice-ended = 您的会话已结束，请重新登录以继续。
login-notice-signed-out = 您已退出登录。
login-notice-signed-out-everywhere = 您已在所有设备上退出登录。
login-notice-password-changed = 您的密码已更改，请使用新密码登录。
login-notice-slow = 登录耗时过长，请重新登录。
login-notice-restart = 登录未能完成，请重新登录。

## 首次登录

new-password-title = 设置您的密码
new-password-intro = 欢迎！邀请中的临时密码验证成功。请设置您今后要使用的密码。
new-password-button = 设置密码并登录

## 忘记密码

forgot-title = 重置密码
forgot-intro = 请输入您的用户名。如果该用户名对应某个账号，我们会向该账号的邮箱地址发送验证码。
forgot-button = 发送验证码到我的邮箱
confirm-title = 输入验证码
confirm-new-code-button = 重新发送验证码
change-password-button = 更改密码
notice-code-sent = 如果存在使用该用户名的账号，我们已向其邮箱地址发送验证码。

## 仪表板

welcome = 欢迎，{ $name }
client-dashboard-title = 客户仪表板
client-dashboard-lead = 这是您的客户仪表板。
professional-dashboard-title = 专业人员仪表板
professional-dashboard-lead = 这是您的专业人员仪表板。
no-role-title = 暂无仪表板
no-role-notice = 您的账号尚未加入任何门户用户组，因此暂无可显示的仪表板。请联系管理员将您加入专业人员或客户用户组，然后重新登录。
account-card-title = 您的账号
account-email = 邮箱
account-full-name = 姓名
account-role = 角色
account-session-ends = 会话结束时间
session-ends-at = UTC { $time }（{ $minutes } 分钟后）
role-professional = 专业人员
role-client = 客户
role-admin = 管理员
role-none = 暂无

## 客户列表

clients-heading = 客户
clients-loading = 正在从 Cognito 读取客户列表，请稍后刷新页面。
clients-unavailable = 客户列表暂时无法使用，请几分钟后重试。
clients-search-label = 按姓名或邮箱地址搜索
clients-count = { $count } 位客户
clients-matches = { $count } 位客户与“{ $query }”匹配
clients-none = 暂无客户。
clients-none-match = 没有客户的姓名或邮箱地址包含“{ $query }”。
clients-caption = 客户（按姓氏排序）
column-name = 姓名
column-email = 邮箱
clients-pages-label = 客户列表分页
page-position = 第 { $page } 页，共 { $pages } 页

## 您的账号

account-title = 您的账号
email-heading = 您的邮箱地址
email-pending = 您已申请将邮箱地址更改为 { $new }，我们已向该地址发送验证码。在您输入验证码之前，登录和重置密码仍使用 { $current }。
email-enter-code = 输入验证码
email-codes-go-to = 密码重置验证码将发送至 { $email }。
email-change-link = 更改邮箱地址
name-heading = 您的姓名
name-save-button = 保存姓名
password-heading = 更改密码
everywhere-heading = 在所有设备上退出登录
everywhere-intro = 结束您账号在所有设备上的全部会话，包括当前会话。
everywhere-button = 在所有设备上退出登录
language-heading = 语言
language-intro = 在您登录的所有设备上，页面都将以此语言显示。
language-save-button = 保存语言
notice-name-saved = 您的姓名已保存。
notice-password-changed = 您的密码已更改，您的其他会话均已退出登录。

## 更改邮箱地址

email-change-title = 更改邮箱地址
email-change-intro = 您当前的邮箱地址是 { $current }。我们会向新地址发送验证码，您输入验证码后更改即生效。在此之前，登录和重置密码仍使用当前地址。
new-email-label = 新邮箱地址
email-change-password-hint = 为保障您的账号安全，请再次输入密码。
email-change-button = 发送验证码
email-same = 这已经是您的邮箱地址。
email-not-accepted = Cognito 未接受此邮箱地址，请检查后重试。
verify-email-title = 确认新邮箱地址
verify-email-intro = 我们已向 { $new } 发送验证码。在您输入验证码之前，您的邮箱地址仍为 { $current }，登录和重置密码都使用该地址。
verify-email-button = 确认新地址
email-new-code-button = 重新发送验证码
email-cancel-button = 取消更改
notice-email-code-sent = 我们已向 { $email } 发送验证码。请在此处输入验证码以确认新地址。
notice-email-code-resent = 我们已向 { $email } 发送新的验证码。
notice-email-changed = 您的邮箱地址已更改为 { $email }。
notice-email-change-cancelled = 邮箱地址更改已取消，您的地址保持不变。
notice-email-change-lapsed = 邮箱地址更改在确认前已超时。如仍需更改，请重新操作。

## 人员（管理员）

people-title = 人员
invite-person-link = 邀请人员
invite-csv-link = 通过 CSV 文件邀请
people-search-label = 搜索
people-search-hint = 输入用户名、邮箱、名字或姓氏的开头部分。
group-label = 用户组
all-groups = 所有用户组
people-none-match = 没有符合搜索条件的人员。
people-none = 用户池中还没有任何人员。
people-caption = 用户池中的人员
people-pages-label = 分页
people-stale-link = 该分页链接已失效，因此显示第一页。
column-username = 用户名
column-groups = 用户组
column-status = 状态
column-created = 创建时间
groups-none = 无
status-invited = 已邀请
status-invitation-expired = 邀请已过期
status-active = 已激活
status-disabled = 已停用
status-reset-required = 需要重置密码
status-unknown = 未知

## 单个人员（管理员）

person-title = { $username }
not-done-title = 操作未完成
details-heading = 详细信息
correct-details-heading = 更正详细信息
correct-details-hint = 新地址将立即生效，无需验证码，由您担保其准确无误。
save-details-button = 保存详细信息
actions-heading = 操作
resend-button = 重新发送邀请
resend-goes-to = 邀请将发送至 { $email }。
move-group-button = 移至此用户组
sign-out-person-button = 在所有会话中退出登录
disable-button = 停用账号
enable-button = 启用账号
delete-confirm-label = 如需删除，请输入用户名
delete-button = 删除账号
admin-not-yourself = 您不能停用或删除自己的账号。
admin-resend-only-invited = 只能向尚未登录过的人员重新发送邀请。
admin-delete-mismatch = 您输入的用户名不匹配，未删除任何内容。
username-taken = 该用户名已被占用。
admin-resent = 已向 { $username } 重新发送邀请。
admin-disabled = { $username } 已被停用，并已在所有设备上退出登录。
admin-enabled = { $username } 已启用。
admin-signed-out = { $username } 已在所有会话中退出登录。
admin-moved = { $username } 现已在 { $group } 用户组中。此更改将在其下次登录时生效。
admin-deleted = { $username } 已被删除。
admin-nothing-changed = 未做任何更改。
admin-details-saved = { $username } 的详细信息已保存。
admin-details-saved-invited = { $username } 的详细信息已保存。此人尚未登录：请重新发送邀请，以便邀请发送到新地址。

## 邀请

invite-title = 邀请人员
invite-intro = Cognito 会通过邮件向对方发送临时密码，对方首次登录时再设置自己的密码。
invite-username-hint = 最多 128 个字符，不能包含空格。将以小写形式存储。
invite-locale-label = 对方页面的显示语言
invite-locale-hint = 可选。如不设置，在对方自行选择语言之前，将使用其浏览器的语言。
invite-locale-unset = 未设置
invite-button = 发送邀请
invite-group-missing = 请选择专业人员、客户或管理员。
invite-sent = 已向 { $email } 发送邀请。
locale-unknown = 请从列表中选择一种语言。

## 通过 CSV 文件邀请

bulk-title = 通过 CSV 文件邀请
bulk-upload-heading = 上传
bulk-upload-another-heading = 上传其他文件
bulk-intro = 请使用 UTF-8 编码的 CSV 文件，表头为 { $header }，最多 500 行，大小不超过 256 KB。可选的最后一列 { $locale } 用于设置每个人的语言（例如 de 或 pt-BR）。在您检查完各行之前，不会发送任何邀请。
bulk-file-label = CSV 文件
bulk-check-button = 检查文件
bulk-results-heading = 结果
bulk-check-heading = 发送前检查
column-line = 行号
column-group = 用户组
column-result = 结果
column-check = 检查结果
bulk-send-button = 发送 { $count } 个邀请
bulk-ready = 可以发送
bulk-sent = 已发送
bulk-duplicate = 重复：此用户名已在前面的行中出现。
bulk-group-invalid = 用户组必须是专业人员、客户或管理员。
bulk-locale-invalid = 语言代码必须是本门户支持的语言之一，例如 de 或 pt-BR。
bulk-exists = 已在用户池中：该用户名已被占用。
bulk-skipped-taken = 已跳过：该用户名已被占用。
bulk-unreachable = 无法连接 Cognito。
bulk-slow-down = Cognito 要求我们降低请求速度。
bulk-unexpected = Cognito 返回了意外的响应，请稍后重试。
bulk-refused = Cognito 拒绝了此邀请。
bulk-unconfirmed = Cognito 未能及时响应，因此无法确定邀请是否已发送。请先查看此人的状态，再重新发送邀请。
bulk-failed = 失败：{ $reason }
bulk-stale = 这些行的检查时间过久或已被更改，请重新上传文件。
bulk-too-large = 文件大小超过 256 KB。
bulk-not-utf8 = 文件不是 UTF-8 文本。
bulk-wrong-header = 第一行必须完全是：username,email,given_name,family_name,group（也可在末尾加上 ,locale）
bulk-too-many-rows = 文件超过 500 行。
bulk-empty = 表头之后没有任何数据行。
bulk-not-csv = 文件不是有效的 CSV（第 { $line } 行）。

## 错误页面

error-status = 错误 { $status }
error-home-link = 前往首页
error-not-found-title = 页面不存在
error-not-found = 此地址没有对应的页面。请检查地址，或返回您的仪表板。
error-method-title = 不允许的操作
error-method = 无法以这种方式使用此页面。
error-forbidden-title = 您无权访问此页面
error-forbidden = 您的账号无权访问此页面。如果您认为应当有权访问，请联系管理员。
error-csrf-title = 表单已过期
error-csrf = 出于安全考虑，无法接受此表单。请返回并刷新页面，然后重试。
error-bad-request-title = 无法理解该请求
error-bad-request = 提交的内容中有无效信息。请返回后重试。
error-too-large-title = 提交的内容过大
error-too-large = 您提交的表单超出了此页面允许的大小。请精简输入内容后重试。
error-too-many-title = 尝试次数过多
error-too-many = 失败次数过多，请几分钟后重试。
error-rate-limited-seconds = 尝试次数过多。请在 { $count } 秒后重试。
error-rate-limited-minutes = 尝试次数过多。请在 { $count } 分钟后重试。
error-cross-site-title = 表单来自其他网站
error-cross-site = 出于安全考虑，本门户只接受来自其自身页面的表单。请前往本门户后重试。
error-conflict-title = 该项已存在
error-conflict = 您请求的内容已存在，因此未做任何更改。请返回并检查详细信息。
error-refused-title = 无法完成此操作
error-refused = 登录服务未接受此请求。请返回，检查您输入的内容后重试；如果问题持续出现，请联系管理员。
error-unexpected-title = 登录服务返回了意外的响应
error-unexpected = 据我们所知，未做任何更改。请几分钟后重试；如果问题持续出现，请告知管理员。
error-unavailable-title = 登录服务暂时不可用
error-unavailable = 目前无法连接登录服务，请几分钟后重试。
error-unconfirmed-title = 无法确定操作是否完成
error-unconfirmed-invite = 登录服务未能及时响应，因此无法确定邀请是否已发送。请先在列表中查看此人的状态，再重新发送邀请。
error-unconfirmed-delete = 登录服务未能及时响应，因此无法确定此人是否已被删除。请先在列表中查找此人，然后再重试。
error-unconfirmed = 登录服务未能及时响应，因此无法确定操作是否完成。请先确认，然后再重试。
error-storage-title = 门户暂时不可用
error-storage = 门户目前无法连接其会话存储，请一分钟后重试。
error-internal-title = 出错了
error-internal = 我们这边出了点问题，请稍后重试。
