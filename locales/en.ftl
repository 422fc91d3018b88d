# English: the source language. Every other file in locales/ has the same ids and variables.
#
# Glossary (one term for one thing; each translation keeps its own list like this one):
#   sign in (verb), sign-in (noun), sign out: entering and leaving the portal
#   password, temporary password (from an invitation), new password
#   code: the six digits Cognito emails to reset a password or confirm an address
#   invitation, invite: how an administrator lets a person in
#   username, email address, given name, family name
#   account, session (one signed-in browser), group, administrator, professional, client
#   Cognito: the sign-in service; its name is kept as is

## Every page

skip-link = Skip to main content
document-title = { $title } – { $portal }
document-title-error = Error: { $title } – { $portal }
account-nav-label = Account
account-link = Account
signed-in-as = Signed in as { $name }
sign-out-button = Sign out
language-menu-label = Language
language-menu-button = Change language
language-page-title = Choose your language
language-page-intro = The portal’s pages are shown in the language you choose.

## Forms

error-summary-title = There is a problem
error-prefix = Error:
username-label = Username
password-label = Password
password-show-button = Show password
password-hide-button = Hide password
new-password-label = New password
confirm-password-label = Confirm new password
current-password-label = Current password
given-name-label = Given name
family-name-label = Family name
email-label = Email address
code-label = Code from the email
search-button = Search
previous-page = Previous page
next-page = Next page
back-to-sign-in = Back to sign in
back-to-account = Back to your account
back-to-people = Back to people

## What people type, checked

username-missing = Enter your username.
username-too-long = A username has at most 128 characters.
username-has-spaces = A username cannot contain spaces.
password-missing = Enter your password.
password-too-long = A password has at most 256 characters.
name-missing = Enter a name.
name-too-long = A name has at most 100 characters.
name-has-control-characters = A name cannot contain control characters.
email-missing = Enter an email address.
email-too-long = An email address has at most 254 characters.
email-invalid = Enter an email address in the form name@example.com.
email-in-use = Another account already uses this email address.
code-missing = Enter the code from the email.
code-wrong-or-expired = That code is wrong or has expired.
code-wrong = That code is wrong.
code-expired = That code has expired. Send a new one.
current-password-missing = Enter your current password.
current-password-wrong = Your current password is wrong.
password-not-accepted = Cognito did not accept this password. Choose a different one.

## The password rules

password-rules = At least { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }.
password-rules-with = At least { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }, with { $kinds }.
password-kind-upper-and-lower = upper and lower case letters
password-kind-upper = an upper case letter
password-kind-lower = a lower case letter
password-kind-number = a number
password-kind-symbol = a symbol
# How the kinds above are joined: "a, b and c".
list-two = { $first } and { $second }
list-more = { $first }, { $rest }
password-unmet-length = Use at least { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }.
password-unmet-too-long = Use at most { $count } characters.
password-unmet-upper = Include an upper case letter.
password-unmet-lower = Include a lower case letter.
password-unmet-number = Include a number.
password-unmet-symbol = Include a symbol, such as ! or #.
password-unmet-space = Do not start or end with a space.
new-password-missing = Enter a new password.
passwords-differ = The passwords do not match.

## Sign in

login-title = Sign in
login-description = Sign in to { $portal }.
forgot-description = Reset your password for { $portal } with a code sent to your email address.
confirm-description = Enter the code we emailed you and choose a new password for { $portal }.
language-description = Choose the language { $portal } is shown in.
login-button = Sign in
forgot-password-link = Forgot your password?
login-wrong = Incorrect username or password.
login-invitation-expired = Your invitation has expired. Use “Forgot your password?” and we will send you a new one.
login-reset-required = You need to choose a new password. Use “Forgot your password?” and we will email you a code.
login-notice-ended = Your session has ended. Sign in again to continue.
login-notice-signed-out = You have signed out.
login-notice-signed-out-everywhere = You have signed out on every device.
login-notice-password-changed = Your password has been changed. Sign in with your new password.
login-notice-slow = Your sign-in took too long; sign in again.
login-notice-restart = Your sign-in could not be completed; sign in again.

## First sign-in

new-password-title = Choose your password
new-password-intro = Welcome! Your invitation’s temporary password worked. Choose the password you will use from now on.
new-password-button = Set password and sign in

## Forgotten password

forgot-title = Reset your password
forgot-intro = Enter your username. If it belongs to an account, we will email a code to the address on it.
forgot-button = Email me a code
confirm-title = Enter your code
confirm-new-code-button = Send me a new code
change-password-button = Change password
notice-code-sent = If an account with that username exists, we have emailed it a code.

## Dashboards

welcome = Welcome, { $name }
client-dashboard-title = Client dashboard
client-dashboard-lead = Your client dashboard.
professional-dashboard-title = Professional dashboard
professional-dashboard-lead = Your professional dashboard.
no-role-title = No dashboard yet
no-role-notice = Your account is not yet in a portal group, so there is no dashboard to show you. Ask your administrator to add you to the professional or client group, then sign in again.
account-card-title = Your account
account-email = Email
account-full-name = Full name
account-role = Role
account-session-ends = Session ends
session-ends-at = at { $time } UTC (in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    })
role-professional = Professional
role-client = Client
role-admin = Administrator
role-none = None yet

## The client list

clients-heading = Clients
clients-loading = The client list is being read from Cognito. Refresh the page in a moment.
clients-unavailable = The client list is unavailable right now. Try again in a few minutes.
clients-search-label = Search by name or email address
clients-count = { $count ->
        [one] { $count } client
       *[other] { $count } clients
    }
clients-matches = { $count ->
        [one] { $count } matches ‘{ $query }’
       *[other] { $count } match ‘{ $query }’
    }
clients-none = There are no clients yet.
clients-none-match = No client’s name or email address holds ‘{ $query }’.
clients-caption = Clients, by family name
column-name = Name
column-email = Email
clients-pages-label = Pages of the client list
page-position = Page { $page } of { $pages }

## Your account

account-title = Your account
email-heading = Your email address
email-pending = You asked to change your email address to { $new }. We emailed a code there. Until you enter it, you sign in and reset your password with { $current }.
email-enter-code = Enter the code
email-codes-go-to = Password reset codes go to { $email }.
email-change-link = Change your email address
name-heading = Your name
name-save-button = Save name
password-heading = Change your password
everywhere-heading = Sign out everywhere
everywhere-intro = Ends every session of your account, on every device, this one included.
everywhere-button = Sign out everywhere
language-heading = Language
language-intro = Pages are shown in this language on every device you sign in on.
language-save-button = Save language
notice-name-saved = Your name has been saved.
notice-password-changed = Your password has been changed. Your other sessions have been signed out.

## Changing your email address

email-change-title = Change your email address
email-change-intro = Your email address is now { $current }. We will email a code to the new address; the change takes effect when you enter it. Until then you sign in and reset your password with the address you have now.
new-email-label = New email address
email-change-password-hint = To keep your account safe, enter your password again.
email-change-button = Send the code
email-same = That is already your email address.
email-not-accepted = Cognito did not accept this address. Check it and try again.
verify-email-title = Confirm your new email address
verify-email-intro = We emailed a code to { $new }. Until you enter it, your email address stays { $current }: you sign in and reset your password with that one.
verify-email-button = Confirm the new address
email-new-code-button = Send a new code
email-cancel-button = Cancel the change
notice-email-code-sent = We have emailed a code to { $email }. Enter it here to confirm the new address.
notice-email-code-resent = We have sent a new code to { $email }.
notice-email-changed = Your email address is now { $email }.
notice-email-change-cancelled = The change of email address is cancelled. Your address has not changed.
notice-email-change-lapsed = Your change of email address timed out before it was confirmed. Start it again if you still want it.

## People (administrators)

people-title = People
invite-person-link = Invite a person
invite-csv-link = Invite from a CSV file
people-search-label = Search
people-search-hint = The start of a username, email, given or family name.
group-label = Group
all-groups = All groups
people-none-match = Nobody matches that search.
people-none = There is nobody in the pool yet.
people-caption = People in the pool
people-pages-label = Pages
people-stale-link = That page link is no longer valid, so this is the first page.
column-username = Username
column-groups = Groups
column-status = Status
column-created = Created
groups-none = None
status-invited = Invited
status-invitation-expired = Invitation expired
status-active = Active
status-disabled = Disabled
status-reset-required = Password reset required
status-unknown = Unknown

## One person (administrators)

person-title = { $username }
not-done-title = That was not done
details-heading = Details
correct-details-heading = Correct the details
correct-details-hint = A new address takes effect at once, without a code: you vouch for it.
save-details-button = Save the details
actions-heading = Actions
resend-button = Send the invitation again
resend-goes-to = It goes to { $email }.
move-group-button = Move to this group
sign-out-person-button = Sign out of every session
disable-button = Disable account
enable-button = Enable account
delete-confirm-label = To delete, type the username
delete-button = Delete account
admin-not-yourself = You cannot disable or delete your own account.
admin-resend-only-invited = The invitation can only be sent again to someone who has not signed in yet.
admin-delete-mismatch = The username you typed does not match. Nothing was deleted.
username-taken = That username is taken.
admin-resent = Invitation sent again to { $username }.
admin-disabled = { $username } is disabled and signed out everywhere.
admin-enabled = { $username } is enabled.
admin-signed-out = { $username } is signed out of every session.
admin-moved = { $username } is now in the { $group } group. The change applies when they next sign in.
admin-deleted = { $username } has been deleted.
admin-nothing-changed = Nothing changed.
admin-details-saved = The details of { $username } are saved.
admin-details-saved-invited = The details of { $username } are saved. They have not signed in yet: send the invitation again to reach the new address.

## Inviting

invite-title = Invite a person
invite-intro = Cognito emails them a temporary password; they choose their own at first sign-in.
invite-username-hint = Up to 128 characters, no spaces. Stored in lower case.
invite-locale-label = Language of their pages
invite-locale-hint = Optional. Without it, their browser’s language is used until they choose one.
invite-locale-unset = Not set
invite-button = Send invitation
invite-group-missing = Choose professional, client or administrator.
invite-sent = Invitation sent to { $email }.
locale-unknown = Choose one of the languages in the list.

## Inviting from a CSV file

bulk-title = Invite from a CSV file
bulk-upload-heading = Upload
bulk-upload-another-heading = Upload another file
bulk-intro = A UTF-8 CSV file with the header { $header }, at most 500 rows and 256 KB. An optional last column, { $locale }, sets each person’s language (for example de or pt-BR). Nothing is sent until you have checked the rows.
bulk-file-label = CSV file
bulk-check-button = Check the file
bulk-results-heading = Results
bulk-check-heading = Check before sending
column-line = Line
column-group = Group
column-result = Result
column-check = Check
bulk-send-button = { $count ->
        [one] Send { $count } invitation
       *[other] Send { $count } invitations
    }
bulk-ready = Ready to send
bulk-sent = Sent
bulk-duplicate = Duplicate: this username is already on an earlier line.
bulk-group-invalid = The group must be professional, client or administrator.
bulk-locale-invalid = The locale must be one of the portal’s languages, such as de or pt-BR.
bulk-exists = Already in the pool: that username is taken.
bulk-skipped-taken = Skipped: that username is taken.
bulk-unreachable = Cognito could not be reached.
bulk-slow-down = Cognito asked us to slow down.
bulk-unexpected = Cognito gave an unexpected answer; try again later.
bulk-refused = Cognito refused the invitation.
bulk-unconfirmed = Cognito did not answer in time, so it is not sure whether the invitation went out. Look at the person’s status before sending it again.
bulk-failed = Failed: { $reason }
bulk-stale = These rows were checked too long ago or were changed. Upload the file again.
bulk-too-large = The file is larger than 256 KB.
bulk-not-utf8 = The file is not UTF-8 text.
bulk-wrong-header = The first line must be exactly: username,email,given_name,family_name,group (or with ,locale at the end)
bulk-too-many-rows = The file has more than 500 rows.
bulk-empty = The file has no rows after the header.
bulk-not-csv = The file is not valid CSV (line { $line }).

## Error pages

error-status = Error { $status }
error-home-link = Go to the start page
error-not-found-title = Page not found
error-not-found = There is no page at this address. Check the address, or go back to your dashboard.
error-method-title = Not allowed
error-method = This page cannot be used that way.
error-forbidden-title = You do not have access to this page
error-forbidden = Your account does not have access to this page. If you think it should, ask your administrator.
error-csrf-title = The form has expired
error-csrf = For your security the form could not be accepted. Go back, reload the page and try again.
error-bad-request-title = The request could not be understood
error-bad-request = Something in what was sent was not valid. Go back and try again.
error-too-large-title = What you sent is too large
error-too-large = The form you sent was larger than this page accepts. Shorten what you typed and try again.
error-too-many-title = Too many attempts
error-too-many = Too many failed attempts, try again in a few minutes.
error-rate-limited-seconds = There have been too many attempts. Try again in { $count ->
        [one] { $count } second
       *[other] { $count } seconds
    }.
error-rate-limited-minutes = There have been too many attempts. Try again in { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }.
error-cross-site-title = The form came from another site
error-cross-site = For your security this portal only accepts forms from its own pages. Go to the portal and try again.
error-conflict-title = That already exists
error-conflict = What you asked for already exists, so nothing was changed. Go back and check the details.
error-refused-title = That could not be done
error-refused = The sign-in service did not accept this request. Go back, check what you entered and try again; if it keeps happening, ask your administrator.
error-unexpected-title = The sign-in service gave an unexpected answer
error-unexpected = Nothing has been changed that we know of. Please try again in a few minutes; if it keeps happening, tell your administrator.
error-unavailable-title = Sign-in is temporarily unavailable
error-unavailable = We cannot reach the sign-in service right now. Please try again in a few minutes.
error-unconfirmed-title = Not sure it was done
error-unconfirmed-invite = The sign-in service did not answer in time, so it is not sure whether the invitation went out. Look at the person’s status in the list before sending it again.
error-unconfirmed-delete = The sign-in service did not answer in time, so it is not sure whether the person was deleted. Look for them in the list before trying again.
error-unconfirmed = The sign-in service did not answer in time, so it is not sure whether this was done. Check before trying again.
error-storage-title = The portal is temporarily unavailable
error-storage = The portal cannot reach its session store right now. Please try again in a minute.
error-internal-title = Something went wrong
error-internal = Something went wrong on our side. Please try again in a moment.
