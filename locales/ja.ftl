# 日本語
# 用語集(1つの意味には1つの用語を使います):
#   sign in (verb): ログインする
#   sign-in (noun): ログイン
#   sign out: ログアウト
#   password: パスワード
#   temporary password: 仮パスワード
#   new password: 新しいパスワード
#   code: 確認コード
#   invitation / invite: 招待 / 招待する
#   username: ユーザー名
#   email address: メールアドレス
#   given name: 名
#   family name: 姓
#   account: アカウント
#   session: セッション
#   group: グループ
#   administrator: 管理者
#   professional: 専門家
#   client: 顧客
#   Cognito はサービス名のため、そのまま表記します。

## すべてのページ

skip-link = メインコンテンツへスキップ
document-title = { $title } – { $portal }
document-title-error = エラー: { $title } – { $portal }
account-nav-label = アカウント
account-link = アカウント
signed-in-as = { $name } としてログイン中
sign-out-button = ログアウト
language-menu-label = 言語
language-menu-button = 言語を変更
language-page-title = 言語を選択してください
language-page-intro = ポータルのページは、選択した言語で表示されます。

## フォーム

error-summary-title = エラーがあります
error-prefix = エラー:
username-label = ユーザー名
password-label = パスワード
password-show-button = パスワードを表示
password-hide-button = パスワードを隠す
new-password-label = 新しいパスワード
confirm-password-label = 新しいパスワード(確認)
current-password-label = 現在のパスワード
given-name-label = 名
family-name-label = 姓
email-label = メールアドレス
code-label = メールに記載された確認コード
search-button = 検索
previous-page = 前のページ
next-page = 次のページ
back-to-sign-in = ログイン画面に戻る
back-to-account = アカウントに戻る
back-to-people = ユーザー一覧に戻る

## 入力内容のチェック

username-missing = ユーザー名を入力してください。
username-too-long = ユーザー名は128文字以内で入力してください。
username-has-spaces = ユーザー名にスペースは使用できません。
password-missing = パスワードを入力してください。
password-too-long = パスワードは256文字以内で入力してください。
name-missing = 名前を入力してください。
name-too-long = 名前は100文字以内で入力してください。
name-has-control-characters = 名前に制御文字は使用できません。
email-missing = メールアドレスを入力してください。
email-too-long = メールアドレスは254文字以内で入力してください。
email-invalid = メールアドレスは name@example.com の形式で入力してください。
email-in-use = このメールアドレスは別のアカウントで使用されています。
code-missing = メールに記載された確認コードを入力してください。
code-wrong-or-expired = 確認コードが正しくないか、有効期限が切れています。
code-wrong = 確認コードが正しくありません。
code-expired = 確認コードの有効期限が切れています。新しい確認コードを送信してください。
current-password-missing = 現在のパスワードを入力してください。
current-password-wrong = 現在のパスワードが正しくありません。
password-not-accepted = このパスワードは Cognito で受け付けられませんでした。別のパスワードを設定してください。

## パスワードの条件

password-rules = { $count }文字以上で設定してください。
password-rules-with = { $count }文字以上で、{ $kinds }を含めてください。
password-kind-upper-and-lower = 英大文字と英小文字
password-kind-upper = 英大文字
password-kind-lower = 英小文字
password-kind-number = 数字
password-kind-symbol = 記号
# 上の種類のつなぎ方:「a、b、c」。
list-two = { $first }、{ $second }
list-more = { $first }、{ $rest }
password-unmet-length = { $count }文字以上にしてください。
password-unmet-too-long = { $count }文字以内にしてください。
password-unmet-upper = 英大文字を含めてください。
password-unmet-lower = 英小文字を含めてください。
password-unmet-number = 数字を含めてください。
password-unmet-symbol = ! や # などの記号を含めてください。
password-unmet-space = 先頭と末尾にはスペースを使用しないでください。
new-password-missing = 新しいパスワードを入力してください。
passwords-differ = パスワードが一致しません。

## ログイン

login-title = ログイン
login-description = { $portal } にログインします。
forgot-description = メールアドレスに届く確認コードで { $portal } のパスワードを再設定します。
confirm-description = メールで届いた確認コードを入力し、{ $portal } の新しいパスワードを設定します。
language-description = { $portal } の表示言語を選択します。
login-button = ログイン
forgot-password-link = パスワードをお忘れですか？
login-wrong = ユーザー名またはパスワードが正しくありません。
login-invitation-expired = 招待の有効期限が切れています。「パスワードをお忘れですか？」から手続きすると、新しい招待をお送りします。
login-reset-required = 新しいパスワードを設定する必要があります。「パスワードをお忘れですか？」から手続きすると、確認コードをメールでお送りします。
login-notice-ended = セッションが終了しました。続けるには、もう一度ログインしてください。
login-notice-signed-out = ログアウトしました。
login-notice-signed-out-everywhere = すべてのデバイスからログアウトしました。
login-notice-password-changed = パスワードを変更しました。新しいパスワードでログインしてください。
login-notice-slow = ログインに時間がかかりすぎました。もう一度ログインしてください。
login-notice-restart = ログインを完了できませんでした。もう一度ログインしてください。

## 初回ログイン

new-password-title = パスワードの設定
new-password-intro = ようこそ。招待の仮パスワードでログインできました。今後使用するパスワードを設定してください。
new-password-button = パスワードを設定してログイン

## パスワードの再設定

forgot-title = パスワードの再設定
forgot-intro = ユーザー名を入力してください。該当するアカウントがある場合は、登録されているメールアドレスに確認コードをお送りします。
forgot-button = 確認コードをメールで受け取る
confirm-title = 確認コードの入力
confirm-new-code-button = 新しい確認コードを送信
change-password-button = パスワードを変更
notice-code-sent = そのユーザー名のアカウントが存在する場合は、確認コードをメールでお送りしました。

## ダッシュボード

welcome = ようこそ、{ $name } さん
client-dashboard-title = 顧客用ダッシュボード
client-dashboard-lead = 顧客用のダッシュボードです。
professional-dashboard-title = 専門家用ダッシュボード
professional-dashboard-lead = 専門家用のダッシュボードです。
no-role-title = まだダッシュボードがありません
no-role-notice = お使いのアカウントはまだポータルのグループに所属していないため、表示できるダッシュボードがありません。専門家グループまたは顧客グループへの追加を管理者に依頼してから、もう一度ログインしてください。
account-card-title = アカウント情報
account-email = メールアドレス
account-full-name = 氏名
account-role = 役割
account-session-ends = セッション終了
session-ends-at = { $time } UTC(あと{ $minutes }分)
role-professional = 専門家
role-client = 顧客
role-admin = 管理者
role-none = 未設定

## 顧客一覧

clients-heading = 顧客
clients-loading = 顧客一覧を Cognito から読み込んでいます。しばらくしてからページを更新してください。
clients-unavailable = 現在、顧客一覧を表示できません。数分後にもう一度お試しください。
clients-search-label = 名前またはメールアドレスで検索
clients-count = 顧客 { $count }人
clients-matches = 「{ $query }」の検索結果: { $count }人
clients-none = 顧客はまだいません。
clients-none-match = 名前またはメールアドレスに「{ $query }」を含む顧客はいません。
clients-caption = 顧客(姓で並べ替え)
column-name = 名前
column-email = メールアドレス
clients-pages-label = 顧客一覧のページ
page-position = { $page } / { $pages } ページ

## アカウント

account-title = アカウント
email-heading = メールアドレス
email-pending = メールアドレスを { $new } に変更するリクエストを受け付けました。そのアドレスに確認コードをメールでお送りしました。確認コードを入力するまでは、ログインとパスワードの再設定には { $current } を使用します。
email-enter-code = 確認コードを入力
email-codes-go-to = パスワード再設定用の確認コードは { $email } に送信されます。
email-change-link = メールアドレスを変更
name-heading = 名前
name-save-button = 名前を保存
password-heading = パスワードの変更
everywhere-heading = すべてのデバイスからログアウト
everywhere-intro = このデバイスを含むすべてのデバイスで、アカウントのすべてのセッションを終了します。
everywhere-button = すべてのデバイスからログアウト
language-heading = 言語
language-intro = ログインするすべてのデバイスで、ページがこの言語で表示されます。
language-save-button = 言語を保存
notice-name-saved = 名前を保存しました。
notice-password-changed = パスワードを変更しました。ほかのセッションはすべてログアウトされました。

## メールアドレスの変更

email-change-title = メールアドレスの変更
email-change-intro = 現在のメールアドレスは { $current } です。新しいアドレスに確認コードをメールでお送りします。確認コードを入力すると変更が反映されます。それまでは、ログインとパスワードの再設定には現在のアドレスを使用します。
new-email-label = 新しいメールアドレス
email-change-password-hint = アカウントを保護するため、パスワードをもう一度入力してください。
email-change-button = 確認コードを送信
email-same = 現在のメールアドレスと同じです。
email-not-accepted = このアドレスは Cognito で受け付けられませんでした。内容を確認して、もう一度お試しください。
verify-email-title = 新しいメールアドレスの確認
verify-email-intro = { $new } に確認コードをメールでお送りしました。確認コードを入力するまで、メールアドレスは { $current } のままです。ログインとパスワードの再設定にはこちらを使用します。
verify-email-button = 新しいアドレスを確認
email-new-code-button = 新しい確認コードを送信
email-cancel-button = 変更を取り消す
notice-email-code-sent = { $email } に確認コードをメールでお送りしました。ここに入力して、新しいアドレスを確認してください。
notice-email-code-resent = { $email } に新しい確認コードを送信しました。
notice-email-changed = メールアドレスが { $email } に変更されました。
notice-email-change-cancelled = メールアドレスの変更を取り消しました。アドレスは変更されていません。
notice-email-change-lapsed = メールアドレスの変更は、確認が完了する前に期限切れになりました。変更する場合は、もう一度最初から手続きしてください。

## ユーザー(管理者向け)

people-title = ユーザー
invite-person-link = ユーザーを招待
invite-csv-link = CSV ファイルから招待
people-search-label = 検索
people-search-hint = ユーザー名、メールアドレス、名または姓の先頭部分を入力します。
group-label = グループ
all-groups = すべてのグループ
people-none-match = 検索条件に一致するユーザーはいません。
people-none = ユーザープールにはまだユーザーがいません。
people-caption = ユーザープールのユーザー
people-pages-label = ページ
people-stale-link = このページへのリンクは無効になったため、最初のページを表示しています。
column-username = ユーザー名
column-groups = グループ
column-status = ステータス
column-created = 作成日
groups-none = なし
status-invited = 招待済み
status-invitation-expired = 招待の期限切れ
status-active = 有効
status-disabled = 無効
status-reset-required = パスワードの再設定が必要
status-unknown = 不明

## ユーザーの詳細(管理者向け)

person-title = { $username }
not-done-title = 実行できませんでした
details-heading = 詳細
correct-details-heading = 詳細の修正
correct-details-hint = 新しいアドレスは確認コードなしですぐに反映されます。正しいアドレスであることを必ずご自身で確認してください。
save-details-button = 詳細を保存
actions-heading = 操作
resend-button = 招待を再送信
resend-goes-to = 送信先は { $email } です。
move-group-button = このグループに移動
sign-out-person-button = すべてのセッションからログアウトさせる
disable-button = アカウントを無効化
enable-button = アカウントを有効化
delete-confirm-label = 削除するには、ユーザー名を入力してください
delete-button = アカウントを削除
admin-not-yourself = 自分のアカウントを無効化または削除することはできません。
admin-resend-only-invited = 招待を再送信できるのは、まだログインしていないユーザーのみです。
admin-delete-mismatch = 入力したユーザー名が一致しません。何も削除されていません。
username-taken = このユーザー名はすでに使用されています。
admin-resent = { $username } に招待を再送信しました。
admin-disabled = { $username } を無効化し、すべてのデバイスからログアウトさせました。
admin-enabled = { $username } を有効化しました。
admin-signed-out = { $username } をすべてのセッションからログアウトさせました。
admin-moved = { $username } を { $group } グループに移動しました。変更は次回のログイン時に反映されます。
admin-deleted = { $username } を削除しました。
admin-nothing-changed = 変更はありません。
admin-details-saved = { $username } の詳細を保存しました。
admin-details-saved-invited = { $username } の詳細を保存しました。このユーザーはまだログインしていません。新しいアドレスに届くよう、招待を再送信してください。

## 招待

invite-title = ユーザーを招待
invite-intro = Cognito から仮パスワードがメールで送信されます。ユーザーは初回ログイン時に自分のパスワードを設定します。
invite-username-hint = 128文字以内で、スペースは使用できません。小文字で保存されます。
invite-locale-label = ページの表示言語
invite-locale-hint = 任意です。設定しない場合、本人が言語を選択するまではブラウザーの言語が使用されます。
invite-locale-unset = 未設定
invite-button = 招待を送信
invite-group-missing = 専門家、顧客、管理者のいずれかを選択してください。
invite-sent = { $email } に招待を送信しました。
locale-unknown = 一覧にある言語から選択してください。

## CSV ファイルからの招待

bulk-title = CSV ファイルから招待
bulk-upload-heading = アップロード
bulk-upload-another-heading = 別のファイルをアップロード
bulk-intro = ヘッダーが { $header } の UTF-8 の CSV ファイルを使用します(500行以内、256 KB 以内)。省略可能な最後の列 { $locale } で、各ユーザーの言語を指定できます(例: de や pt-BR)。行を確認するまで、何も送信されません。
bulk-file-label = CSV ファイル
bulk-check-button = ファイルを確認
bulk-results-heading = 結果
bulk-check-heading = 送信前の確認
column-line = 行
column-group = グループ
column-result = 結果
column-check = 確認
bulk-send-button = { $count }件の招待を送信
bulk-ready = 送信可能
bulk-sent = 送信済み
bulk-duplicate = 重複: このユーザー名は前の行にすでにあります。
bulk-group-invalid = グループには専門家(professional)、顧客(client)、管理者のいずれかを指定してください。
bulk-locale-invalid = ロケールには、ポータルが対応している言語(de や pt-BR など)を指定してください。
bulk-exists = ユーザープールに登録済み: このユーザー名はすでに使用されています。
bulk-skipped-taken = スキップ: このユーザー名はすでに使用されています。
bulk-unreachable = Cognito に接続できませんでした。
bulk-slow-down = Cognito からリクエストの頻度を下げるよう求められました。
bulk-unexpected = Cognito から予期しない応答がありました。しばらくしてからもう一度お試しください。
bulk-refused = Cognito により招待が拒否されました。
bulk-unconfirmed = Cognito から時間内に応答がなかったため、招待が送信されたかどうか確認できませんでした。再送信する前に、ユーザーのステータスを確認してください。
bulk-failed = 失敗しました: { $reason }
bulk-stale = これらの行は確認してから時間が経ちすぎているか、変更されています。ファイルをもう一度アップロードしてください。
bulk-too-large = ファイルが 256 KB を超えています。
bulk-not-utf8 = ファイルが UTF-8 のテキストではありません。
bulk-wrong-header = 1行目は正確に次のとおりにしてください: username,email,given_name,family_name,group(末尾に ,locale を付けることもできます)
bulk-too-many-rows = ファイルの行数が500行を超えています。
bulk-empty = ファイルにヘッダー以外の行がありません。
bulk-not-csv = ファイルが有効な CSV ではありません({ $line }行目)。

## エラーページ

error-status = エラー { $status }
error-home-link = トップページへ移動
error-not-found-title = ページが見つかりません
error-not-found = このアドレスにページはありません。アドレスを確認するか、ダッシュボードに戻ってください。
error-method-title = 許可されていません
error-method = このページはその方法では使用できません。
error-forbidden-title = このページへのアクセス権がありません
error-forbidden = お使いのアカウントには、このページへのアクセス権がありません。アクセスできるはずだと思われる場合は、管理者にお問い合わせください。
error-csrf-title = フォームの有効期限が切れました
error-csrf = セキュリティ保護のため、フォームを受け付けられませんでした。前のページに戻り、ページを再読み込みしてから、もう一度お試しください。
error-bad-request-title = リクエストを処理できませんでした
error-bad-request = 送信された内容に無効なものが含まれていました。前のページに戻り、もう一度お試しください。
error-too-large-title = 送信された内容が大きすぎます
error-too-large = 送信されたフォームが、このページで受け付けられるサイズを超えていました。入力内容を短くして、もう一度お試しください。
error-too-many-title = 試行回数が多すぎます
error-too-many = 失敗した試行が多すぎます。数分後にもう一度お試しください。
error-rate-limited-seconds = 試行回数が多すぎます。{ $count }秒後にもう一度お試しください。
error-rate-limited-minutes = 試行回数が多すぎます。{ $count }分後にもう一度お試しください。
error-cross-site-title = フォームが別のサイトから送信されました
error-cross-site = セキュリティ保護のため、このポータルは自身のページから送信されたフォームのみを受け付けます。ポータルに移動して、もう一度お試しください。
error-conflict-title = すでに存在します
error-conflict = 指定されたものはすでに存在するため、何も変更されていません。前のページに戻り、詳細を確認してください。
error-refused-title = 実行できませんでした
error-refused = ログインサービスがこのリクエストを受け付けませんでした。前のページに戻り、入力内容を確認してもう一度お試しください。問題が解決しない場合は、管理者にお問い合わせください。
error-unexpected-title = ログインサービスから予期しない応答がありました
error-unexpected = 確認できる範囲では、何も変更されていません。数分後にもう一度お試しください。問題が解決しない場合は、管理者にお知らせください。
error-unavailable-title = ログインは一時的に利用できません
error-unavailable = 現在、ログインサービスに接続できません。数分後にもう一度お試しください。
error-unconfirmed-title = 実行されたかどうか不明です
error-unconfirmed-invite = ログインサービスから時間内に応答がなかったため、招待が送信されたかどうか確認できませんでした。再送信する前に、一覧でユーザーのステータスを確認してください。
error-unconfirmed-delete = ログインサービスから時間内に応答がなかったため、ユーザーが削除されたかどうか確認できませんでした。一覧にこのユーザーが残っているか確認してから、もう一度お試しください。
error-unconfirmed = ログインサービスから時間内に応答がなかったため、実行されたかどうか確認できませんでした。状況を確認してから、もう一度お試しください。
error-storage-title = ポータルは一時的に利用できません
error-storage = 現在、ポータルがセッションストアに接続できません。1分ほどしてからもう一度お試しください。
error-internal-title = 問題が発生しました
error-internal = システム側で問題が発生しました。しばらくしてからもう一度お試しください。
