# Italiano
#
# Glossario (un termine per ogni concetto, usato in tutto il file):
#   sign in (verbo): accedere (pulsante «Accedi»)
#   sign-in (nome): accesso
#   sign out: disconnettersi / disconnettere (disconnessione)
#   password: password
#   temporary password: password temporanea
#   new password: nuova password
#   code: codice
#   invitation / invite: invito / invitare
#   username: nome utente
#   email address: indirizzo email
#   given name: nome
#   family name: cognome
#   account: account
#   session: sessione
#   group: gruppo
#   administrator: amministratore
#   professional: professionista
#   client: cliente
#   Cognito: nome del servizio di accesso, lasciato invariato
# Registro: forma impersonale (infinito) nelle istruzioni, «Lei» dove serve un pronome;
# pulsanti e link nella forma breve abituale delle interfacce (Accedi, Salva, Invia).

## Tutte le pagine

skip-link = Vai al contenuto principale
document-title = { $title } – { $portal }
document-title-error = Errore: { $title } – { $portal }
account-nav-label = Account
account-link = Account
signed-in-as = Accesso effettuato come { $name }
sign-out-button = Disconnetti
language-menu-label = Lingua
language-menu-button = Cambia lingua
language-page-title = Scelta della lingua
language-page-intro = Le pagine del portale vengono mostrate nella lingua scelta.

## Moduli

error-summary-title = Si è verificato un problema
error-prefix = Errore:
username-label = Nome utente
password-label = Password
password-show-button = Mostra password
password-hide-button = Nascondi password
new-password-label = Nuova password
confirm-password-label = Conferma la nuova password
current-password-label = Password attuale
given-name-label = Nome
family-name-label = Cognome
email-label = Indirizzo email
code-label = Codice ricevuto via email
search-button = Cerca
previous-page = Pagina precedente
next-page = Pagina successiva
back-to-sign-in = Torna all’accesso
back-to-account = Torna al mio account
back-to-people = Torna all’elenco delle persone

## Controllo dei dati inseriti

username-missing = Inserire il nome utente.
username-too-long = Il nome utente può contenere al massimo 128 caratteri.
username-has-spaces = Il nome utente non può contenere spazi.
password-missing = Inserire la password.
password-too-long = La password può contenere al massimo 256 caratteri.
name-missing = Inserire un nome.
name-too-long = Il nome può contenere al massimo 100 caratteri.
name-has-control-characters = Il nome non può contenere caratteri di controllo.
email-missing = Inserire un indirizzo email.
email-too-long = L’indirizzo email può contenere al massimo 254 caratteri.
email-invalid = Inserire un indirizzo email nel formato name@example.com.
email-in-use = Questo indirizzo email è già usato da un altro account.
code-missing = Inserire il codice ricevuto via email.
code-wrong-or-expired = Il codice è errato o scaduto.
code-wrong = Il codice è errato.
code-expired = Il codice è scaduto. Richiederne uno nuovo.
current-password-missing = Inserire la password attuale.
current-password-wrong = La password attuale è errata.
password-not-accepted = Cognito non ha accettato questa password. Sceglierne un’altra.

## Requisiti della password

password-rules = Almeno { $count ->
        [one] { $count } carattere
       *[other] { $count } caratteri
    }.
password-rules-with = Almeno { $count ->
        [one] { $count } carattere
       *[other] { $count } caratteri
    }, tra cui { $kinds }.
password-kind-upper-and-lower = lettere maiuscole e minuscole
password-kind-upper = una lettera maiuscola
password-kind-lower = una lettera minuscola
password-kind-number = un numero
password-kind-symbol = un carattere speciale
# Come si uniscono i requisiti qui sopra: «a, b e c».
list-two = { $first } e { $second }
list-more = { $first }, { $rest }
password-unmet-length = Usare almeno { $count ->
        [one] { $count } carattere
       *[other] { $count } caratteri
    }.
password-unmet-too-long = Usare al massimo { $count } caratteri.
password-unmet-upper = Includere una lettera maiuscola.
password-unmet-lower = Includere una lettera minuscola.
password-unmet-number = Includere un numero.
password-unmet-symbol = Includere un carattere speciale, ad esempio ! o #.
password-unmet-space = La password non deve iniziare né terminare con uno spazio.
new-password-missing = Inserire una nuova password.
passwords-differ = Le password non coincidono.

## Accesso

login-title = Accesso
login-description = Accesso a { $portal }.
forgot-description = Reimpostazione della password di { $portal } con un codice inviato all’indirizzo email.
confirm-description = Inserimento del codice ricevuto via email e scelta di una nuova password per { $portal }.
language-description = Scelta della lingua in cui viene mostrato { $portal }.
login-button = Accedi
forgot-password-link = Password dimenticata?
login-wrong = Nome utente o password errati.
login-invitation-expired = L’invito è scaduto. Usare «Password dimenticata?» per riceverne uno nuovo.
login-reset-required = È necessario scegliere una nuova password. Usare «Password dimenticata?» per ricevere un codice via email.
login-notice-ended = La sessione è terminata. Accedere di nuovo per continuare.
login-notice-signed-out = Disconnessione effettuata.
login-notice-signed-out-everywhere = Disconnessione effettuata su tutti i dispositivi.
login-notice-password-changed = La password è stata modificata. Accedere con la nuova password.
login-notice-slow = L’accesso ha richiesto troppo tempo; accedere di nuovo.
login-notice-restart = Non è stato possibile completare l’accesso; accedere di nuovo.

## Primo accesso

new-password-title = Scelta della password
new-password-intro = Le diamo il benvenuto! La password temporanea dell’invito è stata accettata. Scegliere la password da usare d’ora in poi.
new-password-button = Imposta la password e accedi

## Password dimenticata

forgot-title = Reimpostazione della password
forgot-intro = Inserire il nome utente. Se corrisponde a un account, verrà inviato un codice via email all’indirizzo associato.
forgot-button = Inviami un codice via email
confirm-title = Inserimento del codice
confirm-new-code-button = Inviami un nuovo codice
change-password-button = Modifica la password
notice-code-sent = Se esiste un account con questo nome utente, è stato inviato un codice via email all’indirizzo associato.

## Dashboard

welcome = Le diamo il benvenuto, { $name }
client-dashboard-title = Dashboard cliente
client-dashboard-lead = La dashboard dedicata ai clienti.
professional-dashboard-title = Dashboard professionista
professional-dashboard-lead = La dashboard dedicata ai professionisti.
no-role-title = Nessuna dashboard disponibile
no-role-notice = L’account non fa ancora parte di alcun gruppo del portale, quindi non c’è nessuna dashboard da mostrare. Chiedere all’amministratore di aggiungere l’account al gruppo professionista o al gruppo cliente, poi accedere di nuovo.
account-card-title = Il mio account
account-email = Email
account-full-name = Nome e cognome
account-role = Ruolo
account-session-ends = Fine della sessione
session-ends-at = alle { $time } UTC (tra { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    })
role-professional = Professionista
role-client = Cliente
role-admin = Amministratore
role-none = Nessuno per ora

## Elenco dei clienti

clients-heading = Clienti
clients-loading = L’elenco dei clienti è in fase di caricamento da Cognito. Aggiornare la pagina tra qualche istante.
clients-unavailable = L’elenco dei clienti al momento non è disponibile. Riprovare tra qualche minuto.
clients-search-label = Cerca per nome o indirizzo email
clients-count = { $count ->
        [one] { $count } cliente
       *[other] { $count } clienti
    }
clients-matches = { $count ->
        [one] { $count } risultato per «{ $query }»
       *[other] { $count } risultati per «{ $query }»
    }
clients-none = Non ci sono ancora clienti.
clients-none-match = Nessun cliente ha un nome o un indirizzo email che contiene «{ $query }».
clients-caption = Clienti, in ordine di cognome
column-name = Nominativo
column-email = Email
clients-pages-label = Pagine dell’elenco dei clienti
page-position = Pagina { $page } di { $pages }

## Il mio account

account-title = Il mio account
email-heading = Indirizzo email
email-pending = È stata richiesta la modifica dell’indirizzo email in { $new } e a quell’indirizzo è stato inviato un codice. Finché il codice non viene inserito, per accedere e reimpostare la password si usa { $current }.
email-enter-code = Inserisci il codice
email-codes-go-to = I codici per reimpostare la password vengono inviati a { $email }.
email-change-link = Modifica l’indirizzo email
name-heading = Nome e cognome
name-save-button = Salva nome e cognome
password-heading = Modifica della password
everywhere-heading = Disconnessione da tutti i dispositivi
everywhere-intro = Termina tutte le sessioni dell’account su tutti i dispositivi, compreso questo.
everywhere-button = Disconnetti da tutti i dispositivi
language-heading = Lingua
language-intro = Le pagine vengono mostrate in questa lingua su tutti i dispositivi da cui si accede.
language-save-button = Salva la lingua
notice-name-saved = Nome e cognome sono stati salvati.
notice-password-changed = La password è stata modificata. Le altre sessioni sono state disconnesse.

## Modifica dell’indirizzo email

email-change-title = Modifica dell’indirizzo email
email-change-intro = L’indirizzo email attuale è { $current }. Verrà inviato un codice via email al nuovo indirizzo; la modifica diventa effettiva quando il codice viene inserito. Fino ad allora, per accedere e reimpostare la password si usa l’indirizzo attuale.
new-email-label = Nuovo indirizzo email
email-change-password-hint = Per la sicurezza dell’account, inserire di nuovo la password.
email-change-button = Invia il codice
email-same = Questo è già l’indirizzo email in uso.
email-not-accepted = Cognito non ha accettato questo indirizzo. Verificarlo e riprovare.
verify-email-title = Conferma del nuovo indirizzo email
verify-email-intro = È stato inviato un codice via email a { $new }. Finché il codice non viene inserito, l’indirizzo email resta { $current }: è quello da usare per accedere e reimpostare la password.
verify-email-button = Conferma il nuovo indirizzo
email-new-code-button = Invia un nuovo codice
email-cancel-button = Annulla la modifica
notice-email-code-sent = È stato inviato un codice via email a { $email }. Inserirlo qui per confermare il nuovo indirizzo.
notice-email-code-resent = È stato inviato un nuovo codice a { $email }.
notice-email-changed = L’indirizzo email ora è { $email }.
notice-email-change-cancelled = La modifica dell’indirizzo email è stata annullata. L’indirizzo non è cambiato.
notice-email-change-lapsed = La richiesta di modifica dell’indirizzo email è scaduta prima della conferma. Ripeterla se si desidera ancora modificarlo.

## Persone (amministratori)

people-title = Persone
invite-person-link = Invita una persona
invite-csv-link = Invita da un file CSV
people-search-label = Cerca
people-search-hint = L’inizio di un nome utente, indirizzo email, nome o cognome.
group-label = Gruppo
all-groups = Tutti i gruppi
people-none-match = Nessuna persona corrisponde alla ricerca.
people-none = Non ci sono ancora persone registrate.
people-caption = Persone registrate
people-pages-label = Pagine
people-stale-link = Il link alla pagina non è più valido, quindi viene mostrata la prima pagina.
column-username = Nome utente
column-groups = Gruppi
column-status = Stato
column-created = Data di creazione
groups-none = Nessuno
status-invited = Invito inviato
status-invitation-expired = Invito scaduto
status-active = Attivo
status-disabled = Disattivato
status-reset-required = Reimpostazione della password richiesta
status-unknown = Sconosciuto

## Una persona (amministratori)

person-title = { $username }
not-done-title = Operazione non eseguita
details-heading = Dati
correct-details-heading = Correzione dei dati
correct-details-hint = Un nuovo indirizzo diventa effettivo subito, senza codice: inserirlo significa garantirne la correttezza.
save-details-button = Salva i dati
actions-heading = Azioni
resend-button = Invia di nuovo l’invito
resend-goes-to = Verrà inviato a { $email }.
move-group-button = Sposta in questo gruppo
sign-out-person-button = Disconnetti da tutte le sessioni
disable-button = Disattiva l’account
enable-button = Attiva l’account
delete-confirm-label = Per eliminare l’account, digitare il nome utente
delete-button = Elimina l’account
admin-not-yourself = Non è possibile disattivare o eliminare il proprio account.
admin-resend-only-invited = L’invito può essere inviato di nuovo solo a chi non ha ancora effettuato l’accesso.
admin-delete-mismatch = Il nome utente digitato non corrisponde. Non è stato eliminato nulla.
username-taken = Questo nome utente è già in uso.
admin-resent = Invito inviato di nuovo a { $username }.
admin-disabled = L’account { $username } è stato disattivato e disconnesso da tutte le sessioni.
admin-enabled = L’account { $username } è stato attivato.
admin-signed-out = L’account { $username } è stato disconnesso da tutte le sessioni.
admin-moved = L’account { $username } ora fa parte del gruppo { $group }. La modifica avrà effetto dal prossimo accesso.
admin-deleted = L’account { $username } è stato eliminato.
admin-nothing-changed = Nessuna modifica effettuata.
admin-details-saved = I dati di { $username } sono stati salvati.
admin-details-saved-invited = I dati di { $username } sono stati salvati. Questa persona non ha ancora effettuato l’accesso: inviare di nuovo l’invito perché arrivi al nuovo indirizzo.

## Invito

invite-title = Invita una persona
invite-intro = Cognito invia alla persona una password temporanea via email; al primo accesso potrà sceglierne una propria.
invite-username-hint = Fino a 128 caratteri, senza spazi. Viene salvato in minuscolo.
invite-locale-label = Lingua delle pagine per questa persona
invite-locale-hint = Facoltativa. Se non è impostata, viene usata la lingua del browser della persona finché non ne sceglie una.
invite-locale-unset = Non impostata
invite-button = Invia l’invito
invite-group-missing = Scegliere professionista, cliente o amministratore.
invite-sent = Invito inviato a { $email }.
locale-unknown = Scegliere una delle lingue dell’elenco.

## Invito da un file CSV

bulk-title = Invita da un file CSV
bulk-upload-heading = Caricamento
bulk-upload-another-heading = Caricamento di un altro file
bulk-intro = Un file CSV in UTF-8 con l’intestazione { $header }, al massimo 500 righe e 256 KB. Un’ultima colonna facoltativa, { $locale }, imposta la lingua di ogni persona (ad esempio de o pt-BR). Non viene inviato nulla finché le righe non sono state verificate.
bulk-file-label = File CSV
bulk-check-button = Verifica il file
bulk-results-heading = Risultati
bulk-check-heading = Verifica prima dell’invio
column-line = Riga
column-group = Gruppo
column-result = Risultato
column-check = Verifica
bulk-send-button = { $count ->
        [one] Invia { $count } invito
       *[other] Invia { $count } inviti
    }
bulk-ready = Pronto per l’invio
bulk-sent = Inviato
bulk-duplicate = Duplicato: questo nome utente compare già in una riga precedente.
bulk-group-invalid = Il gruppo deve essere professionista, cliente o amministratore.
bulk-locale-invalid = La lingua deve essere una di quelle del portale, ad esempio de o pt-BR.
bulk-exists = Già registrato: questo nome utente è già in uso.
bulk-skipped-taken = Saltato: questo nome utente è già in uso.
bulk-unreachable = Impossibile contattare Cognito.
bulk-slow-down = Cognito ha chiesto di rallentare.
bulk-unexpected = Cognito ha dato una risposta inattesa; riprovare più tardi.
bulk-refused = Cognito ha rifiutato l’invito.
bulk-unconfirmed = Cognito non ha risposto in tempo, quindi non è certo che l’invito sia stato inviato. Controllare lo stato della persona prima di inviare di nuovo l’invito.
bulk-failed = Non riuscito: { $reason }
bulk-stale = Queste righe sono state verificate troppo tempo fa o sono state modificate. Caricare di nuovo il file.
bulk-too-large = Il file supera 256 KB.
bulk-not-utf8 = Il file non è un testo UTF-8.
bulk-wrong-header = La prima riga deve essere esattamente: username,email,given_name,family_name,group (oppure con ,locale alla fine)
bulk-too-many-rows = Il file contiene più di 500 righe.
bulk-empty = Il file non contiene righe dopo l’intestazione.
bulk-not-csv = Il file non è un CSV valido (riga { $line }).

## Pagine di errore

error-status = Errore { $status }
error-home-link = Vai alla pagina iniziale
error-not-found-title = Pagina non trovata
error-not-found = A questo indirizzo non c’è nessuna pagina. Controllare l’indirizzo o tornare alla dashboard.
error-method-title = Operazione non consentita
error-method = Questa pagina non può essere usata in questo modo.
error-forbidden-title = Permessi insufficienti per questa pagina
error-forbidden = L’account non ha i permessi per visualizzare questa pagina. Se si ritiene che dovrebbe averli, rivolgersi all’amministratore.
error-csrf-title = Il modulo è scaduto
error-csrf = Per motivi di sicurezza non è stato possibile accettare il modulo. Tornare indietro, ricaricare la pagina e riprovare.
error-bad-request-title = Impossibile interpretare la richiesta
error-bad-request = Alcuni dei dati inviati non erano validi. Tornare indietro e riprovare.
error-too-large-title = I dati inviati sono troppo grandi
error-too-large = Il modulo inviato supera le dimensioni accettate da questa pagina. Abbreviare il testo inserito e riprovare.
error-too-many-title = Troppi tentativi
error-too-many = Troppi tentativi non riusciti; riprovare tra qualche minuto.
error-rate-limited-seconds = Sono stati effettuati troppi tentativi. Riprovare tra { $count ->
        [one] { $count } secondo
       *[other] { $count } secondi
    }.
error-rate-limited-minutes = Sono stati effettuati troppi tentativi. Riprovare tra { $count ->
        [one] { $count } minuto
       *[other] { $count } minuti
    }.
error-cross-site-title = Il modulo proviene da un altro sito
error-cross-site = Per motivi di sicurezza questo portale accetta solo moduli inviati dalle proprie pagine. Andare al portale e riprovare.
error-conflict-title = Esiste già
error-conflict = Quanto richiesto esiste già, quindi non è stato modificato nulla. Tornare indietro e controllare i dati.
error-refused-title = Operazione non riuscita
error-refused = Il servizio di accesso non ha accettato la richiesta. Tornare indietro, controllare i dati inseriti e riprovare; se il problema persiste, rivolgersi all’amministratore.
error-unexpected-title = Il servizio di accesso ha dato una risposta inattesa
error-unexpected = Per quanto ci risulta, non è stato modificato nulla. Riprovare tra qualche minuto; se il problema persiste, informare l’amministratore.
error-unavailable-title = L’accesso è temporaneamente non disponibile
error-unavailable = Al momento non è possibile contattare il servizio di accesso. Riprovare tra qualche minuto.
error-unconfirmed-title = Non è certo che l’operazione sia stata eseguita
error-unconfirmed-invite = Il servizio di accesso non ha risposto in tempo, quindi non è certo che l’invito sia stato inviato. Controllare lo stato della persona nell’elenco prima di inviare di nuovo l’invito.
error-unconfirmed-delete = Il servizio di accesso non ha risposto in tempo, quindi non è certo che l’account sia stato eliminato. Cercare la persona nell’elenco prima di riprovare.
error-unconfirmed = Il servizio di accesso non ha risposto in tempo, quindi non è certo che l’operazione sia stata eseguita. Verificare prima di riprovare.
error-storage-title = Il portale è temporaneamente non disponibile
error-storage = Al momento il portale non riesce a raggiungere l’archivio delle sessioni. Riprovare tra un minuto.
error-internal-title = Si è verificato un errore
error-internal = Si è verificato un errore da parte nostra. Riprovare tra qualche istante.
