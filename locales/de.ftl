# Deutsch
#
# Glossar (ein Begriff für eine Sache, in der ganzen Datei):
#   sign in (verb): anmelden
#   sign-in (noun): Anmeldung (in Zusammensetzungen: Anmelde-, z. B. Anmeldedienst)
#   sign out: abmelden
#   password: Passwort
#   temporary password: temporäres Passwort
#   new password: neues Passwort
#   code: Code
#   invitation / invite: Einladung / einladen
#   username: Benutzername
#   email address: E-Mail-Adresse
#   given name: Vorname
#   family name: Nachname
#   account: Konto
#   session: Sitzung
#   group: Gruppe
#   administrator: Administrator
#   professional: Fachkraft (Plural: Fachkräfte)
#   client: Klient (Plural: Klienten)
#   Cognito: Name des Anmeldedienstes, bleibt unverändert
# Anrede: „Sie“.

## Jede Seite

skip-link = Zum Hauptinhalt springen
document-title = { $title } – { $portal }
document-title-error = Fehler: { $title } – { $portal }
account-nav-label = Konto
account-link = Konto
signed-in-as = Angemeldet als { $name }
sign-out-button = Abmelden
language-menu-label = Sprache
language-menu-button = Sprache ändern
language-page-title = Wählen Sie Ihre Sprache
language-page-intro = Die Seiten des Portals werden in der von Ihnen gewählten Sprache angezeigt.

## Formulare

error-summary-title = Es ist ein Problem aufgetreten
error-prefix = Fehler:
username-label = Benutzername
password-label = Passwort
password-show-button = Passwort anzeigen
password-hide-button = Passwort verbergen
new-password-label = Neues Passwort
confirm-password-label = Neues Passwort bestätigen
current-password-label = Aktuelles Passwort
given-name-label = Vorname
family-name-label = Nachname
email-label = E-Mail-Adresse
code-label = Code aus der E-Mail
search-button = Suchen
previous-page = Vorherige Seite
next-page = Nächste Seite
back-to-sign-in = Zurück zur Anmeldung
back-to-account = Zurück zu Ihrem Konto
back-to-people = Zurück zu den Personen

## Prüfung der Eingaben

username-missing = Geben Sie Ihren Benutzernamen ein.
username-too-long = Ein Benutzername darf höchstens 128 Zeichen lang sein.
username-has-spaces = Ein Benutzername darf keine Leerzeichen enthalten.
password-missing = Geben Sie Ihr Passwort ein.
password-too-long = Ein Passwort darf höchstens 256 Zeichen lang sein.
name-missing = Geben Sie einen Namen ein.
name-too-long = Ein Name darf höchstens 100 Zeichen lang sein.
name-has-control-characters = Ein Name darf keine Steuerzeichen enthalten.
email-missing = Geben Sie eine E-Mail-Adresse ein.
email-too-long = Eine E-Mail-Adresse darf höchstens 254 Zeichen lang sein.
email-invalid = Geben Sie eine E-Mail-Adresse im Format name@example.com ein.
email-in-use = Diese E-Mail-Adresse wird bereits von einem anderen Konto verwendet.
code-missing = Geben Sie den Code aus der E-Mail ein.
code-wrong-or-expired = Dieser Code ist falsch oder abgelaufen.
code-wrong = Dieser Code ist falsch.
code-expired = Dieser Code ist abgelaufen. Fordern Sie einen neuen an.
current-password-missing = Geben Sie Ihr aktuelles Passwort ein.
current-password-wrong = Ihr aktuelles Passwort ist falsch.
password-not-accepted = Cognito hat dieses Passwort nicht akzeptiert. Wählen Sie ein anderes.

## Die Passwortregeln

password-rules = Mindestens { $count ->
        [one] { $count } Zeichen
       *[other] { $count } Zeichen
    }.
password-rules-with = Mindestens { $count ->
        [one] { $count } Zeichen
       *[other] { $count } Zeichen
    }, mit { $kinds }.
password-kind-upper-and-lower = Groß- und Kleinbuchstaben
password-kind-upper = einem Großbuchstaben
password-kind-lower = einem Kleinbuchstaben
password-kind-number = einer Ziffer
password-kind-symbol = einem Sonderzeichen
# So werden die Arten oben verbunden: „a, b und c“ (Dativ, da nach „mit“).
list-two = { $first } und { $second }
list-more = { $first }, { $rest }
password-unmet-length = Verwenden Sie mindestens { $count ->
        [one] { $count } Zeichen
       *[other] { $count } Zeichen
    }.
password-unmet-too-long = Verwenden Sie höchstens { $count } Zeichen.
password-unmet-upper = Verwenden Sie mindestens einen Großbuchstaben.
password-unmet-lower = Verwenden Sie mindestens einen Kleinbuchstaben.
password-unmet-number = Verwenden Sie mindestens eine Ziffer.
password-unmet-symbol = Verwenden Sie mindestens ein Sonderzeichen, zum Beispiel ! oder #.
password-unmet-space = Das Passwort darf nicht mit einem Leerzeichen beginnen oder enden.
new-password-missing = Geben Sie ein neues Passwort ein.
passwords-differ = Die Passwörter stimmen nicht überein.

## Anmelden

login-title = Anmelden
login-description = Melden Sie sich bei { $portal } an.
forgot-description = Setzen Sie Ihr Passwort für { $portal } mit einem Code zurück, den wir an Ihre E-Mail-Adresse senden.
confirm-description = Geben Sie den Code aus unserer E-Mail ein und wählen Sie ein neues Passwort für { $portal }.
language-description = Wählen Sie die Sprache, in der { $portal } angezeigt wird.
login-button = Anmelden
forgot-password-link = Passwort vergessen?
login-wrong = Benutzername oder Passwort ist falsch.
login-invitation-expired = Ihre Einladung ist abgelaufen. Wählen Sie „Passwort vergessen?“, dann senden wir Ihnen eine neue.
login-reset-required = Sie müssen ein neues Passwort festlegen. Wählen Sie „Passwort vergessen?“, dann senden wir Ihnen einen Code per E-Mail.
login-notice-ended = Ihre Sitzung wurde beendet. Melden Sie sich erneut an, um fortzufahren.
login-notice-signed-out = Sie haben sich abgemeldet.
login-notice-signed-out-everywhere = Sie haben sich auf allen Geräten abgemeldet.
login-notice-password-changed = Ihr Passwort wurde geändert. Melden Sie sich mit Ihrem neuen Passwort an.
login-notice-slow = Ihre Anmeldung hat zu lange gedauert. Bitte melden Sie sich erneut an.
login-notice-restart = Ihre Anmeldung konnte nicht abgeschlossen werden. Bitte melden Sie sich erneut an.

## Erste Anmeldung

new-password-title = Passwort festlegen
new-password-intro = Willkommen! Das temporäre Passwort aus Ihrer Einladung hat funktioniert. Legen Sie nun das Passwort fest, das Sie ab jetzt verwenden möchten.
new-password-button = Passwort festlegen und anmelden

## Passwort vergessen

forgot-title = Passwort zurücksetzen
forgot-intro = Geben Sie Ihren Benutzernamen ein. Wenn er zu einem Konto gehört, senden wir einen Code an die dort hinterlegte E-Mail-Adresse.
forgot-button = Code per E-Mail senden
confirm-title = Code eingeben
confirm-new-code-button = Neuen Code senden
change-password-button = Passwort ändern
notice-code-sent = Falls ein Konto mit diesem Benutzernamen existiert, haben wir einen Code an die zugehörige E-Mail-Adresse gesendet.

## Dashboards

welcome = Willkommen, { $name }
client-dashboard-title = Klienten-Dashboard
client-dashboard-lead = Ihr Dashboard als Klient.
professional-dashboard-title = Fachkräfte-Dashboard
professional-dashboard-lead = Ihr Dashboard als Fachkraft.
no-role-title = Noch kein Dashboard
no-role-notice = Ihr Konto gehört noch keiner Portalgruppe an, daher können wir Ihnen kein Dashboard anzeigen. Bitten Sie Ihren Administrator, Sie der Gruppe „Fachkraft“ oder „Klient“ hinzuzufügen, und melden Sie sich dann erneut an.
account-card-title = Ihr Konto
account-email = E-Mail
account-full-name = Vollständiger Name
account-role = Rolle
account-session-ends = Sitzung endet
session-ends-at = um { $time } UTC (in { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    })
role-professional = Fachkraft
role-client = Klient
role-admin = Administrator
role-none = Noch keine

## Die Klientenliste

clients-heading = Klienten
clients-loading = Die Klientenliste wird gerade aus Cognito geladen. Aktualisieren Sie die Seite in einem Moment.
clients-unavailable = Die Klientenliste ist derzeit nicht verfügbar. Versuchen Sie es in ein paar Minuten erneut.
clients-search-label = Nach Name oder E-Mail-Adresse suchen
clients-count = { $count ->
        [one] { $count } Klient
       *[other] { $count } Klienten
    }
clients-matches = { $count ->
        [one] { $count } Treffer für „{ $query }“
       *[other] { $count } Treffer für „{ $query }“
    }
clients-none = Es gibt noch keine Klienten.
clients-none-match = Kein Klient hat „{ $query }“ im Namen oder in der E-Mail-Adresse.
clients-caption = Klienten, nach Nachname sortiert
column-name = Name
column-email = E-Mail
clients-pages-label = Seiten der Klientenliste
page-position = Seite { $page } von { $pages }

## Ihr Konto

account-title = Ihr Konto
email-heading = Ihre E-Mail-Adresse
email-pending = Sie haben beantragt, Ihre E-Mail-Adresse in { $new } zu ändern. Wir haben einen Code an diese Adresse gesendet. Bis Sie ihn eingeben, gilt für die Anmeldung und das Zurücksetzen Ihres Passworts weiterhin { $current }.
email-enter-code = Code eingeben
email-codes-go-to = Codes zum Zurücksetzen des Passworts werden an { $email } gesendet.
email-change-link = E-Mail-Adresse ändern
name-heading = Ihr Name
name-save-button = Name speichern
password-heading = Passwort ändern
everywhere-heading = Überall abmelden
everywhere-intro = Beendet alle Sitzungen Ihres Kontos auf allen Geräten, auch auf diesem.
everywhere-button = Überall abmelden
language-heading = Sprache
language-intro = Die Seiten werden auf allen Geräten, auf denen Sie sich anmelden, in dieser Sprache angezeigt.
language-save-button = Sprache speichern
notice-name-saved = Ihr Name wurde gespeichert.
notice-password-changed = Ihr Passwort wurde geändert. In Ihren anderen Sitzungen wurden Sie abgemeldet.

## E-Mail-Adresse ändern

email-change-title = E-Mail-Adresse ändern
email-change-intro = Ihre E-Mail-Adresse lautet derzeit { $current }. Wir senden einen Code an die neue Adresse; die Änderung wird wirksam, sobald Sie ihn eingeben. Bis dahin gilt für die Anmeldung und das Zurücksetzen Ihres Passworts Ihre bisherige Adresse.
new-email-label = Neue E-Mail-Adresse
email-change-password-hint = Geben Sie zum Schutz Ihres Kontos Ihr Passwort erneut ein.
email-change-button = Code senden
email-same = Das ist bereits Ihre E-Mail-Adresse.
email-not-accepted = Cognito hat diese Adresse nicht akzeptiert. Prüfen Sie sie und versuchen Sie es erneut.
verify-email-title = Neue E-Mail-Adresse bestätigen
verify-email-intro = Wir haben einen Code an { $new } gesendet. Bis Sie ihn eingeben, bleibt Ihre E-Mail-Adresse { $current }: Diese gilt weiterhin für die Anmeldung und das Zurücksetzen Ihres Passworts.
verify-email-button = Neue Adresse bestätigen
email-new-code-button = Neuen Code senden
email-cancel-button = Änderung abbrechen
notice-email-code-sent = Wir haben einen Code an { $email } gesendet. Geben Sie ihn hier ein, um die neue Adresse zu bestätigen.
notice-email-code-resent = Wir haben einen neuen Code an { $email } gesendet.
notice-email-changed = Ihre E-Mail-Adresse lautet jetzt { $email }.
notice-email-change-cancelled = Die Änderung der E-Mail-Adresse wurde abgebrochen. Ihre Adresse bleibt unverändert.
notice-email-change-lapsed = Die Änderung Ihrer E-Mail-Adresse ist abgelaufen, bevor sie bestätigt wurde. Starten Sie sie erneut, wenn Sie sie weiterhin wünschen.

## Personen (Administratoren)

people-title = Personen
invite-person-link = Person einladen
invite-csv-link = Aus CSV-Datei einladen
people-search-label = Suchen
people-search-hint = Der Anfang eines Benutzernamens, einer E-Mail-Adresse, eines Vor- oder Nachnamens.
group-label = Gruppe
all-groups = Alle Gruppen
people-none-match = Die Suche ergab keine Treffer.
people-none = Im Benutzerpool ist noch niemand.
people-caption = Personen im Benutzerpool
people-pages-label = Seiten
people-stale-link = Dieser Seitenlink ist nicht mehr gültig, daher wird die erste Seite angezeigt.
column-username = Benutzername
column-groups = Gruppen
column-status = Status
column-created = Erstellt
groups-none = Keine
status-invited = Eingeladen
status-invitation-expired = Einladung abgelaufen
status-active = Aktiv
status-disabled = Deaktiviert
status-reset-required = Zurücksetzen des Passworts erforderlich
status-unknown = Unbekannt

## Eine Person (Administratoren)

person-title = { $username }
not-done-title = Aktion nicht ausgeführt
details-heading = Angaben
correct-details-heading = Angaben korrigieren
correct-details-hint = Eine neue Adresse gilt sofort, ohne Code: Sie stehen dafür ein, dass sie stimmt.
save-details-button = Angaben speichern
actions-heading = Aktionen
resend-button = Einladung erneut senden
resend-goes-to = Sie wird an { $email } gesendet.
move-group-button = In diese Gruppe verschieben
sign-out-person-button = Aus allen Sitzungen abmelden
disable-button = Konto deaktivieren
enable-button = Konto aktivieren
delete-confirm-label = Geben Sie zum Löschen den Benutzernamen ein
delete-button = Konto löschen
admin-not-yourself = Sie können Ihr eigenes Konto nicht deaktivieren oder löschen.
admin-resend-only-invited = Die Einladung kann nur an Personen erneut gesendet werden, die sich noch nicht angemeldet haben.
admin-delete-mismatch = Der eingegebene Benutzername stimmt nicht überein. Es wurde nichts gelöscht.
username-taken = Dieser Benutzername ist bereits vergeben.
admin-resent = Einladung erneut an { $username } gesendet.
admin-disabled = { $username } wurde deaktiviert und überall abgemeldet.
admin-enabled = { $username } wurde aktiviert.
admin-signed-out = { $username } wurde aus allen Sitzungen abgemeldet.
admin-moved = { $username } ist jetzt in der Gruppe „{ $group }“. Die Änderung gilt ab der nächsten Anmeldung.
admin-deleted = { $username } wurde gelöscht.
admin-nothing-changed = Es wurde nichts geändert.
admin-details-saved = Die Angaben zu { $username } wurden gespeichert.
admin-details-saved-invited = Die Angaben zu { $username } wurden gespeichert. Die Person hat sich noch nicht angemeldet: Senden Sie die Einladung erneut, damit sie an die neue Adresse geht.

## Einladen

invite-title = Person einladen
invite-intro = Cognito sendet der Person ein temporäres Passwort per E-Mail; bei der ersten Anmeldung legt sie ihr eigenes fest.
invite-username-hint = Bis zu 128 Zeichen, keine Leerzeichen. Wird in Kleinbuchstaben gespeichert.
invite-locale-label = Sprache der Seiten für diese Person
invite-locale-hint = Optional. Ohne Angabe wird die Browsersprache der Person verwendet, bis sie selbst eine Sprache auswählt.
invite-locale-unset = Nicht festgelegt
invite-button = Einladung senden
invite-group-missing = Wählen Sie Fachkraft, Klient oder Administrator.
invite-sent = Einladung an { $email } gesendet.
locale-unknown = Wählen Sie eine der Sprachen aus der Liste.

## Aus einer CSV-Datei einladen

bulk-title = Aus CSV-Datei einladen
bulk-upload-heading = Hochladen
bulk-upload-another-heading = Weitere Datei hochladen
bulk-intro = Eine CSV-Datei in UTF-8 mit der Kopfzeile { $header }, höchstens 500 Zeilen und 256 KB. Eine optionale letzte Spalte, { $locale }, legt die Sprache der jeweiligen Person fest (zum Beispiel de oder pt-BR). Es wird nichts gesendet, bevor Sie die Zeilen geprüft haben.
bulk-file-label = CSV-Datei
bulk-check-button = Datei prüfen
bulk-results-heading = Ergebnisse
bulk-check-heading = Vor dem Senden prüfen
column-line = Zeile
column-group = Gruppe
column-result = Ergebnis
column-check = Prüfung
bulk-send-button = { $count ->
        [one] { $count } Einladung senden
       *[other] { $count } Einladungen senden
    }
bulk-ready = Bereit zum Senden
bulk-sent = Gesendet
bulk-duplicate = Duplikat: Dieser Benutzername steht bereits in einer früheren Zeile.
bulk-group-invalid = Die Gruppe muss professional, client oder administrator lauten.
bulk-locale-invalid = Die Sprache muss eine der Sprachen des Portals sein, zum Beispiel de oder pt-BR.
bulk-exists = Bereits im Benutzerpool: Dieser Benutzername ist vergeben.
bulk-skipped-taken = Übersprungen: Dieser Benutzername ist vergeben.
bulk-unreachable = Cognito war nicht erreichbar.
bulk-slow-down = Cognito hat die Anfragen gedrosselt.
bulk-unexpected = Cognito hat unerwartet geantwortet; versuchen Sie es später erneut.
bulk-refused = Cognito hat die Einladung abgelehnt.
bulk-unconfirmed = Cognito hat nicht rechtzeitig geantwortet, daher ist unklar, ob die Einladung gesendet wurde. Prüfen Sie den Status der Person, bevor Sie die Einladung erneut senden.
bulk-failed = Fehlgeschlagen: { $reason }
bulk-stale = Diese Zeilen wurden vor zu langer Zeit geprüft oder inzwischen geändert. Laden Sie die Datei erneut hoch.
bulk-too-large = Die Datei ist größer als 256 KB.
bulk-not-utf8 = Die Datei ist kein UTF-8-Text.
bulk-wrong-header = Die erste Zeile muss genau so lauten: username,email,given_name,family_name,group (oder mit ,locale am Ende)
bulk-too-many-rows = Die Datei hat mehr als 500 Zeilen.
bulk-empty = Die Datei enthält nach der Kopfzeile keine Zeilen.
bulk-not-csv = Die Datei ist keine gültige CSV-Datei (Zeile { $line }).

## Fehlerseiten

error-status = Fehler { $status }
error-home-link = Zur Startseite
error-not-found-title = Seite nicht gefunden
error-not-found = Unter dieser Adresse gibt es keine Seite. Prüfen Sie die Adresse oder kehren Sie zu Ihrem Dashboard zurück.
error-method-title = Nicht zulässig
error-method = Diese Seite kann nicht auf diese Weise verwendet werden.
error-forbidden-title = Sie haben keinen Zugriff auf diese Seite
error-forbidden = Ihr Konto hat keinen Zugriff auf diese Seite. Wenn Sie meinen, dass das nicht richtig ist, wenden Sie sich an Ihren Administrator.
error-csrf-title = Das Formular ist abgelaufen
error-csrf = Aus Sicherheitsgründen konnte das Formular nicht angenommen werden. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
error-bad-request-title = Die Anfrage konnte nicht verarbeitet werden
error-bad-request = Die gesendeten Daten waren nicht gültig. Gehen Sie zurück und versuchen Sie es erneut.
error-too-large-title = Die gesendeten Daten sind zu groß
error-too-large = Das gesendete Formular ist größer, als diese Seite annimmt. Kürzen Sie Ihre Eingabe und versuchen Sie es erneut.
error-too-many-title = Zu viele Versuche
error-too-many = Zu viele fehlgeschlagene Versuche. Versuchen Sie es in ein paar Minuten erneut.
error-rate-limited-seconds = Es gab zu viele Versuche. Versuchen Sie es in { $count ->
        [one] { $count } Sekunde
       *[other] { $count } Sekunden
    } erneut.
error-rate-limited-minutes = Es gab zu viele Versuche. Versuchen Sie es in { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    } erneut.
error-cross-site-title = Das Formular stammt von einer anderen Website
error-cross-site = Aus Sicherheitsgründen nimmt dieses Portal nur Formulare von seinen eigenen Seiten an. Rufen Sie das Portal auf und versuchen Sie es erneut.
error-conflict-title = Das gibt es bereits
error-conflict = Was Sie angefordert haben, gibt es bereits, daher wurde nichts geändert. Gehen Sie zurück und prüfen Sie die Angaben.
error-refused-title = Das konnte nicht ausgeführt werden
error-refused = Der Anmeldedienst hat diese Anfrage nicht angenommen. Gehen Sie zurück, prüfen Sie Ihre Eingaben und versuchen Sie es erneut. Falls das Problem weiterhin auftritt, wenden Sie sich an Ihren Administrator.
error-unexpected-title = Der Anmeldedienst hat unerwartet geantwortet
error-unexpected = Soweit wir wissen, wurde nichts geändert. Bitte versuchen Sie es in ein paar Minuten erneut. Falls das Problem weiterhin auftritt, informieren Sie Ihren Administrator.
error-unavailable-title = Die Anmeldung ist vorübergehend nicht verfügbar
error-unavailable = Der Anmeldedienst ist derzeit nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten erneut.
error-unconfirmed-title = Unklar, ob die Aktion ausgeführt wurde
error-unconfirmed-invite = Der Anmeldedienst hat nicht rechtzeitig geantwortet, daher ist unklar, ob die Einladung gesendet wurde. Prüfen Sie den Status der Person in der Liste, bevor Sie die Einladung erneut senden.
error-unconfirmed-delete = Der Anmeldedienst hat nicht rechtzeitig geantwortet, daher ist unklar, ob die Person gelöscht wurde. Suchen Sie die Person in der Liste, bevor Sie es erneut versuchen.
error-unconfirmed = Der Anmeldedienst hat nicht rechtzeitig geantwortet, daher ist unklar, ob die Aktion ausgeführt wurde. Prüfen Sie das, bevor Sie es erneut versuchen.
error-storage-title = Das Portal ist vorübergehend nicht verfügbar
error-storage = Das Portal kann seinen Sitzungsspeicher derzeit nicht erreichen. Bitte versuchen Sie es in einer Minute erneut.
error-internal-title = Etwas ist schiefgelaufen
error-internal = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.
