# 한국어
# 용어집(한 가지 대상에는 한 가지 용어만 씁니다):
#   sign in (verb): 로그인하다
#   sign-in (noun): 로그인
#   sign out: 로그아웃
#   password: 비밀번호
#   temporary password: 임시 비밀번호
#   new password: 새 비밀번호
#   code: 인증 코드
#   invitation / invite: 초대 / 초대하다
#   username: 사용자 이름
#   email address: 이메일 주소
#   given name: 이름
#   family name: 성
#   account: 계정
#   session: 세션
#   group: 그룹
#   administrator: 관리자
#   professional: 전문가
#   client: 고객
#   Cognito는 서비스 이름이므로 그대로 씁니다.
#   변수 뒤에는 받침에 따라 달라지는 조사(을/를, 이/가 등)를 붙이지 않습니다.

## 모든 페이지

skip-link = 본문으로 건너뛰기
document-title = { $title } – { $portal }
document-title-error = 오류: { $title } – { $portal }
account-nav-label = 계정
account-link = 계정
signed-in-as = { $name } 님으로 로그인됨
sign-out-button = 로그아웃
language-menu-label = 언어
language-menu-button = 언어 변경
language-page-title = 언어를 선택하세요
language-page-intro = 포털의 페이지가 선택한 언어로 표시됩니다.

## 양식

error-summary-title = 문제가 있습니다
error-prefix = 오류:
username-label = 사용자 이름
password-label = 비밀번호
password-show-button = 비밀번호 표시
password-hide-button = 비밀번호 숨기기
new-password-label = 새 비밀번호
confirm-password-label = 새 비밀번호 확인
current-password-label = 현재 비밀번호
given-name-label = 이름
family-name-label = 성
email-label = 이메일 주소
code-label = 이메일로 받은 인증 코드
search-button = 검색
previous-page = 이전 페이지
next-page = 다음 페이지
back-to-sign-in = 로그인으로 돌아가기
back-to-account = 내 계정으로 돌아가기
back-to-people = 사용자 목록으로 돌아가기

## 입력 내용 확인

username-missing = 사용자 이름을 입력하세요.
username-too-long = 사용자 이름은 최대 128자까지 입력할 수 있습니다.
username-has-spaces = 사용자 이름에는 공백을 사용할 수 없습니다.
password-missing = 비밀번호를 입력하세요.
password-too-long = 비밀번호는 최대 256자까지 입력할 수 있습니다.
name-missing = 이름을 입력하세요.
name-too-long = 이름은 최대 100자까지 입력할 수 있습니다.
name-has-control-characters = 이름에는 제어 문자를 사용할 수 없습니다.
email-missing = 이메일 주소를 입력하세요.
email-too-long = 이메일 주소는 최대 254자까지 입력할 수 있습니다.
email-invalid = 이메일 주소를 name@example.com 형식으로 입력하세요.
email-in-use = 이 이메일 주소는 이미 다른 계정에서 사용 중입니다.
code-missing = 이메일로 받은 인증 코드를 입력하세요.
code-wrong-or-expired = 인증 코드가 올바르지 않거나 만료되었습니다.
code-wrong = 인증 코드가 올바르지 않습니다.
code-expired = 인증 코드가 만료되었습니다. 새 인증 코드를 요청하세요.
current-password-missing = 현재 비밀번호를 입력하세요.
current-password-wrong = 현재 비밀번호가 올바르지 않습니다.
password-not-accepted = Cognito에서 이 비밀번호를 허용하지 않았습니다. 다른 비밀번호를 입력하세요.

## 비밀번호 규칙

password-rules = { $count }자 이상이어야 합니다.
password-rules-with = { $count }자 이상이어야 하며 { $kinds }를 포함해야 합니다.
# 아래 항목은 모두 '자'로 끝나므로 password-rules-with에서 뒤에 '를'이 붙습니다.
password-kind-upper-and-lower = 영문 대문자와 소문자
password-kind-upper = 영문 대문자
password-kind-lower = 영문 소문자
password-kind-number = 숫자
password-kind-symbol = 특수 문자
# 위 항목을 잇는 방식: "a, b 및 c".
list-two = { $first } 및 { $second }
list-more = { $first }, { $rest }
password-unmet-length = { $count }자 이상 입력하세요.
password-unmet-too-long = { $count }자 이하로 입력하세요.
password-unmet-upper = 영문 대문자를 포함하세요.
password-unmet-lower = 영문 소문자를 포함하세요.
password-unmet-number = 숫자를 포함하세요.
password-unmet-symbol = ! 또는 # 등의 특수 문자를 포함하세요.
password-unmet-space = 비밀번호의 앞뒤에 공백을 넣지 마세요.
new-password-missing = 새 비밀번호를 입력하세요.
passwords-differ = 비밀번호가 일치하지 않습니다.

## 로그인

login-title = 로그인
login-description = { $portal }에 로그인합니다.
forgot-description = 이메일 주소로 받은 인증 코드로 { $portal } 비밀번호를 재설정합니다.
confirm-description = 이메일로 받은 인증 코드를 입력하고 { $portal }의 새 비밀번호를 설정합니다.
language-description = { $portal }의 표시 언어를 선택합니다.
login-button = 로그인
forgot-password-link = 비밀번호를 잊으셨나요?
login-wrong = 사용자 이름 또는 비밀번호가 올바르지 않습니다.
login-invitation-expired = 초대가 만료되었습니다. “비밀번호를 잊으셨나요?”를 이용하시면 새 초대를 보내 드립니다.
login-reset-required = 새 비밀번호를 설정해야 합니다. “비밀번호를 잊으셨나요?”를 이용하시면 인증 코드를 이메일로 보내 드립니다.
login-notice-ended = 세션이 종료되었습니다. 계속하려면 다시 로그인하세요.
login-notice-signed-out = 로그아웃되었습니다.
login-notice-signed-out-everywhere = 모든 기기에서 로그아웃되었습니다.
login-notice-password-changed = 비밀번호가 변경되었습니다. 새 비밀번호로 로그인하세요.
login-notice-slow = 로그인에 시간이 너무 오래 걸렸습니다. 다시 로그인하세요.
login-notice-restart = 로그인을 완료하지 못했습니다. 다시 로그인하세요.

## 첫 로그인

new-password-title = 비밀번호 설정
new-password-intro = 환영합니다! 초대 이메일의 임시 비밀번호로 로그인했습니다. 앞으로 사용할 비밀번호를 설정하세요.
new-password-button = 비밀번호 설정 후 로그인

## 비밀번호 재설정

forgot-title = 비밀번호 재설정
forgot-intro = 사용자 이름을 입력하세요. 해당하는 계정이 있으면 계정에 등록된 이메일 주소로 인증 코드를 보내 드립니다.
forgot-button = 이메일로 인증 코드 받기
confirm-title = 인증 코드 입력
confirm-new-code-button = 새 인증 코드 받기
change-password-button = 비밀번호 변경
notice-code-sent = 해당 사용자 이름의 계정이 있으면 인증 코드를 이메일로 보냈습니다.

## 대시보드

welcome = { $name } 님, 환영합니다
client-dashboard-title = 고객 대시보드
client-dashboard-lead = 고객용 대시보드입니다.
professional-dashboard-title = 전문가 대시보드
professional-dashboard-lead = 전문가용 대시보드입니다.
no-role-title = 아직 대시보드가 없습니다
no-role-notice = 계정이 아직 포털 그룹에 속해 있지 않아 표시할 대시보드가 없습니다. 관리자에게 전문가 그룹이나 고객 그룹에 추가해 달라고 요청한 후 다시 로그인하세요.
account-card-title = 내 계정
account-email = 이메일 주소
account-full-name = 성명
account-role = 역할
account-session-ends = 세션 종료
session-ends-at = { $time } UTC({ $minutes }분 후)
role-professional = 전문가
role-client = 고객
role-admin = 관리자
role-none = 아직 없음

## 고객 목록

clients-heading = 고객
clients-loading = Cognito에서 고객 목록을 불러오는 중입니다. 잠시 후 페이지를 새로 고침하세요.
clients-unavailable = 지금은 고객 목록을 사용할 수 없습니다. 몇 분 후에 다시 시도하세요.
clients-search-label = 이름 또는 이메일 주소로 검색
clients-count = 고객 { $count }명
clients-matches = ‘{ $query }’ 검색 결과: { $count }명
clients-none = 아직 고객이 없습니다.
clients-none-match = 이름 또는 이메일 주소에서 ‘{ $query }’에 해당하는 고객을 찾을 수 없습니다.
clients-caption = 고객(성 기준 정렬)
column-name = 이름
column-email = 이메일 주소
clients-pages-label = 고객 목록 페이지
page-position = { $page } / { $pages } 페이지

## 내 계정

account-title = 내 계정
email-heading = 이메일 주소
email-pending = 이메일 주소를 { $new } 주소로 변경해 달라고 요청하셨습니다. 이 주소로 인증 코드를 보냈습니다. 인증 코드를 입력하기 전까지는 로그인과 비밀번호 재설정에 { $current } 주소가 사용됩니다.
email-enter-code = 인증 코드 입력
email-codes-go-to = 비밀번호 재설정 인증 코드는 { $email } 주소로 전송됩니다.
email-change-link = 이메일 주소 변경
name-heading = 이름
name-save-button = 이름 저장
password-heading = 비밀번호 변경
everywhere-heading = 모든 기기에서 로그아웃
everywhere-intro = 이 기기를 포함한 모든 기기에서 계정의 모든 세션을 종료합니다.
everywhere-button = 모든 기기에서 로그아웃
language-heading = 언어
language-intro = 로그인하는 모든 기기에서 페이지가 이 언어로 표시됩니다.
language-save-button = 언어 저장
notice-name-saved = 이름이 저장되었습니다.
notice-password-changed = 비밀번호가 변경되었습니다. 다른 세션은 모두 로그아웃되었습니다.

## 이메일 주소 변경

email-change-title = 이메일 주소 변경
email-change-intro = 현재 이메일 주소는 { $current }입니다. 새 주소로 인증 코드를 보내 드리며, 인증 코드를 입력하면 변경이 적용됩니다. 그때까지는 로그인과 비밀번호 재설정에 현재 주소가 사용됩니다.
new-email-label = 새 이메일 주소
email-change-password-hint = 계정 보호를 위해 비밀번호를 다시 입력하세요.
email-change-button = 인증 코드 보내기
email-same = 현재 이메일 주소와 같습니다.
email-not-accepted = Cognito에서 이 주소를 허용하지 않았습니다. 주소를 확인하고 다시 시도하세요.
verify-email-title = 새 이메일 주소 확인
verify-email-intro = { $new } 주소로 인증 코드를 보냈습니다. 인증 코드를 입력하기 전까지 이메일 주소는 { $current } 그대로이며, 로그인과 비밀번호 재설정에도 이 주소가 사용됩니다.
verify-email-button = 새 주소 확인
email-new-code-button = 새 인증 코드 받기
email-cancel-button = 변경 취소
notice-email-code-sent = { $email } 주소로 인증 코드를 보냈습니다. 여기에 입력하여 새 주소를 확인하세요.
notice-email-code-resent = { $email } 주소로 새 인증 코드를 보냈습니다.
notice-email-changed = 이제 이메일 주소는 { $email }입니다.
notice-email-change-cancelled = 이메일 주소 변경이 취소되었습니다. 주소는 바뀌지 않았습니다.
notice-email-change-lapsed = 이메일 주소 변경이 확인되기 전에 시간이 초과되었습니다. 계속 변경하려면 처음부터 다시 시작하세요.

## 사용자(관리자)

people-title = 사용자
invite-person-link = 사용자 초대
invite-csv-link = CSV 파일로 초대
people-search-label = 검색
people-search-hint = 사용자 이름, 이메일 주소, 이름 또는 성의 앞부분을 입력하세요.
group-label = 그룹
all-groups = 모든 그룹
people-none-match = 검색 조건과 일치하는 사용자가 없습니다.
people-none = 아직 사용자 풀에 사용자가 없습니다.
people-caption = 사용자 풀의 사용자
people-pages-label = 페이지
people-stale-link = 페이지 링크가 더 이상 유효하지 않아 첫 페이지를 표시합니다.
column-username = 사용자 이름
column-groups = 그룹
column-status = 상태
column-created = 생성일
groups-none = 없음
status-invited = 초대됨
status-invitation-expired = 초대 만료
status-active = 활성
status-disabled = 비활성
status-reset-required = 비밀번호 재설정 필요
status-unknown = 알 수 없음

## 사용자 상세(관리자)

person-title = { $username }
not-done-title = 처리하지 못했습니다
details-heading = 상세 정보
correct-details-heading = 상세 정보 수정
correct-details-hint = 새 주소는 인증 코드 없이 즉시 적용되므로, 올바른 주소인지 직접 확인하세요.
save-details-button = 상세 정보 저장
actions-heading = 작업
resend-button = 초대 다시 보내기
resend-goes-to = { $email } 주소로 전송됩니다.
move-group-button = 이 그룹으로 이동
sign-out-person-button = 모든 세션에서 로그아웃시키기
disable-button = 계정 비활성화
enable-button = 계정 활성화
delete-confirm-label = 삭제하려면 사용자 이름을 입력하세요
delete-button = 계정 삭제
admin-not-yourself = 자신의 계정은 비활성화하거나 삭제할 수 없습니다.
admin-resend-only-invited = 초대는 아직 로그인하지 않은 사용자에게만 다시 보낼 수 있습니다.
admin-delete-mismatch = 입력한 사용자 이름이 일치하지 않습니다. 아무것도 삭제되지 않았습니다.
username-taken = 이미 사용 중인 사용자 이름입니다.
admin-resent = { $username } 님에게 초대를 다시 보냈습니다.
admin-disabled = { $username } 님의 계정을 비활성화하고 모든 기기에서 로그아웃시켰습니다.
admin-enabled = { $username } 님의 계정을 활성화했습니다.
admin-signed-out = { $username } 님을 모든 세션에서 로그아웃시켰습니다.
admin-moved = { $username } 님을 { $group } 그룹으로 이동했습니다. 변경 사항은 다음 로그인 때 적용됩니다.
admin-deleted = { $username } 님의 계정을 삭제했습니다.
admin-nothing-changed = 변경된 내용이 없습니다.
admin-details-saved = { $username } 님의 상세 정보를 저장했습니다.
admin-details-saved-invited = { $username } 님의 상세 정보를 저장했습니다. 아직 로그인하지 않은 사용자이므로 새 주소로 초대를 다시 보내세요.

## 초대

invite-title = 사용자 초대
invite-intro = Cognito가 임시 비밀번호를 이메일로 보내며, 사용자는 첫 로그인 때 자신의 비밀번호를 설정합니다.
invite-username-hint = 최대 128자이며 공백은 사용할 수 없습니다. 소문자로 저장됩니다.
invite-locale-label = 페이지 표시 언어
invite-locale-hint = 선택 사항입니다. 설정하지 않으면 사용자가 언어를 선택할 때까지 브라우저 언어가 사용됩니다.
invite-locale-unset = 설정 안 함
invite-button = 초대 보내기
invite-group-missing = 전문가, 고객, 관리자 중 하나를 선택하세요.
invite-sent = { $email } 주소로 초대를 보냈습니다.
locale-unknown = 목록에 있는 언어 중 하나를 선택하세요.

## CSV 파일로 초대

bulk-title = CSV 파일로 초대
bulk-upload-heading = 업로드
bulk-upload-another-heading = 다른 파일 업로드
bulk-intro = 헤더가 { $header }인 UTF-8 CSV 파일을 사용합니다(최대 500행, 256KB). 선택 사항인 마지막 열 { $locale }에서 사용자별 언어를 지정할 수 있습니다(예: de 또는 pt-BR). 행을 확인하기 전에는 아무것도 전송되지 않습니다.
bulk-file-label = CSV 파일
bulk-check-button = 파일 확인
bulk-results-heading = 결과
bulk-check-heading = 보내기 전 확인
column-line = 행
column-group = 그룹
column-result = 결과
column-check = 확인
bulk-send-button = 초대 { $count }건 보내기
bulk-ready = 보낼 준비 완료
bulk-sent = 전송됨
bulk-duplicate = 중복: 이 사용자 이름은 앞 행에 이미 있습니다.
bulk-group-invalid = 그룹은 전문가(professional), 고객(client), 관리자 중 하나여야 합니다.
bulk-locale-invalid = 로캘은 de 또는 pt-BR 등 포털에서 지원하는 언어 중 하나여야 합니다.
bulk-exists = 이미 사용자 풀에 있음: 이미 사용 중인 사용자 이름입니다.
bulk-skipped-taken = 건너뜀: 이미 사용 중인 사용자 이름입니다.
bulk-unreachable = Cognito에 연결할 수 없습니다.
bulk-slow-down = Cognito에서 요청 속도를 줄여 달라고 요청했습니다.
bulk-unexpected = Cognito에서 예기치 않은 응답을 받았습니다. 나중에 다시 시도하세요.
bulk-refused = Cognito에서 초대를 거부했습니다.
bulk-unconfirmed = Cognito에서 제시간에 응답하지 않아 초대가 전송되었는지 확실하지 않습니다. 초대를 다시 보내기 전에 사용자의 상태를 확인하세요.
bulk-failed = 실패: { $reason }
bulk-stale = 이 행들은 확인한 지 너무 오래되었거나 변경되었습니다. 파일을 다시 업로드하세요.
bulk-too-large = 파일이 256KB를 초과합니다.
bulk-not-utf8 = 파일이 UTF-8 텍스트가 아닙니다.
bulk-wrong-header = 첫 행은 정확히 다음과 같아야 합니다: username,email,given_name,family_name,group(끝에 ,locale을 추가할 수도 있음)
bulk-too-many-rows = 파일이 500행을 초과합니다.
bulk-empty = 파일에 헤더 다음 행이 없습니다.
bulk-not-csv = 파일이 올바른 CSV가 아닙니다({ $line }행).

## 오류 페이지

error-status = 오류 { $status }
error-home-link = 시작 페이지로 이동
error-not-found-title = 페이지를 찾을 수 없습니다
error-not-found = 이 주소에는 페이지가 없습니다. 주소를 확인하거나 대시보드로 돌아가세요.
error-method-title = 허용되지 않음
error-method = 이 페이지는 그런 방식으로 사용할 수 없습니다.
error-forbidden-title = 이 페이지에 접근할 권한이 없습니다
error-forbidden = 계정에 이 페이지에 접근할 권한이 없습니다. 권한이 있어야 한다고 생각되면 관리자에게 문의하세요.
error-csrf-title = 양식이 만료되었습니다
error-csrf = 보안을 위해 양식을 처리할 수 없었습니다. 이전 페이지로 돌아가 페이지를 새로 고친 후 다시 시도하세요.
error-bad-request-title = 요청을 처리할 수 없습니다
error-bad-request = 전송된 내용 중 유효하지 않은 항목이 있습니다. 이전 페이지로 돌아가 다시 시도하세요.
error-too-large-title = 전송한 내용이 너무 큽니다
error-too-large = 전송한 양식이 이 페이지에서 허용하는 크기를 초과했습니다. 입력한 내용을 줄인 후 다시 시도하세요.
error-too-many-title = 시도 횟수 초과
error-too-many = 실패한 시도가 너무 많습니다. 몇 분 후에 다시 시도하세요.
error-rate-limited-seconds = 시도 횟수가 너무 많습니다. { $count }초 후에 다시 시도하세요.
error-rate-limited-minutes = 시도 횟수가 너무 많습니다. { $count }분 후에 다시 시도하세요.
error-cross-site-title = 다른 사이트에서 전송된 양식입니다
error-cross-site = 보안을 위해 이 포털은 포털 자체 페이지에서 전송된 양식만 허용합니다. 포털로 이동하여 다시 시도하세요.
error-conflict-title = 이미 존재합니다
error-conflict = 요청한 항목이 이미 존재하므로 아무것도 변경되지 않았습니다. 이전 페이지로 돌아가 상세 정보를 확인하세요.
error-refused-title = 처리하지 못했습니다
error-refused = 로그인 서비스에서 이 요청을 허용하지 않았습니다. 이전 페이지로 돌아가 입력한 내용을 확인하고 다시 시도하세요. 문제가 계속되면 관리자에게 문의하세요.
error-unexpected-title = 로그인 서비스에서 예기치 않은 응답을 받았습니다
error-unexpected = 확인된 바로는 아무것도 변경되지 않았습니다. 몇 분 후에 다시 시도하세요. 문제가 계속되면 관리자에게 알려 주세요.
error-unavailable-title = 일시적으로 로그인할 수 없습니다
error-unavailable = 지금은 로그인 서비스에 연결할 수 없습니다. 몇 분 후에 다시 시도하세요.
error-unconfirmed-title = 처리되었는지 확실하지 않습니다
error-unconfirmed-invite = 로그인 서비스에서 제시간에 응답하지 않아 초대가 전송되었는지 확실하지 않습니다. 초대를 다시 보내기 전에 목록에서 사용자의 상태를 확인하세요.
error-unconfirmed-delete = 로그인 서비스에서 제시간에 응답하지 않아 사용자가 삭제되었는지 확실하지 않습니다. 다시 시도하기 전에 목록에 해당 사용자가 있는지 확인하세요.
error-unconfirmed = 로그인 서비스에서 제시간에 응답하지 않아 처리되었는지 확실하지 않습니다. 다시 시도하기 전에 확인하세요.
error-storage-title = 일시적으로 포털을 사용할 수 없습니다
error-storage = 지금은 포털이 세션 저장소에 연결할 수 없습니다. 1분 후에 다시 시도하세요.
error-internal-title = 문제가 발생했습니다
error-internal = 시스템에서 문제가 발생했습니다. 잠시 후 다시 시도하세요.
