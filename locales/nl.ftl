# Nederlands
#
# Woordenlijst (één term voor één ding, in het hele bestand):
#   sign in (verb): inloggen
#   sign-in (noun): het inloggen (in samenstellingen: inlog-, bijv. inlogdienst)
#   sign out: uitloggen
#   password: wachtwoord
#   temporary password: tijdelijk wachtwoord
#   new password: nieuw wachtwoord
#   code: code
#   invitation / invite: uitnodiging / uitnodigen
#   username: gebruikersnaam
#   email address: e-mailadres
#   given name: voornaam
#   family name: achternaam
#   account: account
#   session: sessie
#   group: groep
#   administrator: beheerder
#   professional: professional
#   client: cliënt
#   Cognito: naam van de inlogdienst, blijft ongewijzigd
# Aanspreekvorm: “u”.

## Elke pagina

skip-link = Direct naar de hoofdinhoud
document-title = { $title } – { $portal }
document-title-error = Fout: { $title } – { $portal }
account-nav-label = Account
account-link = Account
signed-in-as = Ingelogd als { $name }
sign-out-button = Uitloggen
language-menu-label = Taal
language-menu-button = Taal wijzigen
language-page-title = Kies uw taal
language-page-intro = De pagina’s van het portaal worden getoond in de taal die u kiest.

## Formulieren

error-summary-title = Er is een probleem
error-prefix = Fout:
username-label = Gebruikersnaam
password-label = Wachtwoord
password-show-button = Wachtwoord tonen
password-hide-button = Wachtwoord verbergen
new-password-label = Nieuw wachtwoord
confirm-password-label = Nieuw wachtwoord bevestigen
current-password-label = Huidig wachtwoord
given-name-label = Voornaam
family-name-label = Achternaam
email-label = E-mailadres
code-label = Code uit de e-mail
search-button = Zoeken
previous-page = Vorige pagina
next-page = Volgende pagina
back-to-sign-in = Terug naar inloggen
back-to-account = Terug naar uw account
back-to-people = Terug naar personen

## Controle van wat u invult

username-missing = Vul uw gebruikersnaam in.
username-too-long = Een gebruikersnaam mag maximaal 128 tekens lang zijn.
username-has-spaces = Een gebruikersnaam mag geen spaties bevatten.
password-missing = Vul uw wachtwoord in.
password-too-long = Een wachtwoord mag maximaal 256 tekens lang zijn.
name-missing = Vul een naam in.
name-too-long = Een naam mag maximaal 100 tekens lang zijn.
name-has-control-characters = Een naam mag geen stuurtekens bevatten.
email-missing = Vul een e-mailadres in.
email-too-long = Een e-mailadres mag maximaal 254 tekens lang zijn.
email-invalid = Vul een e-mailadres in de vorm name@example.com in.
email-in-use = Een ander account gebruikt dit e-mailadres al.
code-missing = Vul de code uit de e-mail in.
code-wrong-or-expired = Die code is onjuist of verlopen.
code-wrong = Die code is onjuist.
code-expired = Die code is verlopen. Vraag een nieuwe aan.
current-password-missing = Vul uw huidige wachtwoord in.
current-password-wrong = Uw huidige wachtwoord is onjuist.
password-not-accepted = Cognito heeft dit wachtwoord niet geaccepteerd. Kies een ander wachtwoord.

## De wachtwoordregels

password-rules = Minimaal { $count ->
        [one] { $count } teken
       *[other] { $count } tekens
    }.
password-rules-with = Minimaal { $count ->
        [one] { $count } teken
       *[other] { $count } tekens
    }, met { $kinds }.
password-kind-upper-and-lower = hoofdletters en kleine letters
password-kind-upper = een hoofdletter
password-kind-lower = een kleine letter
password-kind-number = een cijfer
password-kind-symbol = een speciaal teken
# Zo worden de soorten hierboven samengevoegd: “a, b en c”.
list-two = { $first } en { $second }
list-more = { $first }, { $rest }
password-unmet-length = Gebruik minimaal { $count ->
        [one] { $count } teken
       *[other] { $count } tekens
    }.
password-unmet-too-long = Gebruik maximaal { $count } tekens.
password-unmet-upper = Gebruik minimaal één hoofdletter.
password-unmet-lower = Gebruik minimaal één kleine letter.
password-unmet-number = Gebruik minimaal één cijfer.
password-unmet-symbol = Gebruik minimaal één speciaal teken, zoals ! of #.
password-unmet-space = Begin of eindig niet met een spatie.
new-password-missing = Vul een nieuw wachtwoord in.
passwords-differ = De wachtwoorden komen niet overeen.

## Inloggen

login-title = Inloggen
login-description = Log in bij { $portal }.
forgot-description = Stel uw wachtwoord voor { $portal } opnieuw in met een code die we naar uw e-mailadres sturen.
confirm-description = Vul de code uit onze e-mail in en kies een nieuw wachtwoord voor { $portal }.
language-description = Kies de taal waarin { $portal } wordt getoond.
login-button = Inloggen
forgot-password-link = Wachtwoord vergeten?
login-wrong = Gebruikersnaam of wachtwoord is onjuist.
login-invitation-expired = Uw uitnodiging is verlopen. Kies “Wachtwoord vergeten?”, dan sturen we u een nieuwe.
login-reset-required = U moet een nieuw wachtwoord kiezen. Kies “Wachtwoord vergeten?”, dan mailen we u een code.
login-notice-ended = Uw sessie is beëindigd. Log opnieuw in om verder te gaan.
login-notice-signed-out = U bent uitgelogd.
login-notice-signed-out-everywhere = U bent op alle apparaten uitgelogd.
login-notice-password-changed = Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord.
login-notice-slow = Het inloggen duurde te lang. Log opnieuw in.
login-notice-restart = Het inloggen kon niet worden voltooid. Log opnieuw in.

## De eerste keer inloggen

new-password-title = Kies uw wachtwoord
new-password-intro = Welkom! Het tijdelijke wachtwoord uit uw uitnodiging werkt. Kies het wachtwoord dat u voortaan wilt gebruiken.
new-password-button = Wachtwoord instellen en inloggen

## Wachtwoord vergeten

forgot-title = Wachtwoord opnieuw instellen
forgot-intro = Vul uw gebruikersnaam in. Als die bij een account hoort, mailen we een code naar het e-mailadres van dat account.
forgot-button = Mail mij een code
confirm-title = Vul uw code in
confirm-new-code-button = Stuur mij een nieuwe code
change-password-button = Wachtwoord wijzigen
notice-code-sent = Als er een account met die gebruikersnaam bestaat, hebben we een code naar het bijbehorende e-mailadres gemaild.

## Dashboards

welcome = Welkom, { $name }
client-dashboard-title = Dashboard voor cliënten
client-dashboard-lead = Uw dashboard als cliënt.
professional-dashboard-title = Dashboard voor professionals
professional-dashboard-lead = Uw dashboard als professional.
no-role-title = Nog geen dashboard
no-role-notice = Uw account zit nog niet in een groep van het portaal, dus er is geen dashboard om u te tonen. Vraag uw beheerder om u toe te voegen aan de groep Professional of Cliënt en log daarna opnieuw in.
account-card-title = Uw account
account-email = E-mail
account-full-name = Volledige naam
account-role = Rol
account-session-ends = Sessie eindigt
session-ends-at = om { $time } UTC (over { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    })
role-professional = Professional
role-client = Cliënt
role-admin = Beheerder
role-none = Nog geen

## De cliëntenlijst

clients-heading = Cliënten
clients-loading = De cliëntenlijst wordt uit Cognito geladen. Vernieuw de pagina zo meteen.
clients-unavailable = De cliëntenlijst is op dit moment niet beschikbaar. Probeer het over een paar minuten opnieuw.
clients-search-label = Zoeken op naam of e-mailadres
clients-count = { $count ->
        [one] { $count } cliënt
       *[other] { $count } cliënten
    }
clients-matches = { $count ->
        [one] { $count } resultaat voor “{ $query }”
       *[other] { $count } resultaten voor “{ $query }”
    }
clients-none = Er zijn nog geen cliënten.
clients-none-match = Geen enkele cliënt heeft “{ $query }” in de naam of het e-mailadres.
clients-caption = Cliënten, op achternaam
column-name = Naam
column-email = E-mail
clients-pages-label = Pagina’s van de cliëntenlijst
page-position = Pagina { $page } van { $pages }

## Uw account

account-title = Uw account
email-heading = Uw e-mailadres
email-pending = U hebt gevraagd uw e-mailadres te wijzigen in { $new }. We hebben een code naar dat adres gemaild. Zolang u die niet hebt ingevuld, logt u in en stelt u uw wachtwoord opnieuw in met { $current }.
email-enter-code = Vul de code in
email-codes-go-to = Codes om uw wachtwoord opnieuw in te stellen gaan naar { $email }.
email-change-link = Uw e-mailadres wijzigen
name-heading = Uw naam
name-save-button = Naam opslaan
password-heading = Uw wachtwoord wijzigen
everywhere-heading = Overal uitloggen
everywhere-intro = Beëindigt alle sessies van uw account op alle apparaten, ook op dit apparaat.
everywhere-button = Overal uitloggen
language-heading = Taal
language-intro = Pagina’s worden in deze taal getoond op elk apparaat waarop u inlogt.
language-save-button = Taal opslaan
notice-name-saved = Uw naam is opgeslagen.
notice-password-changed = Uw wachtwoord is gewijzigd. U bent uitgelogd in uw andere sessies.

## Uw e-mailadres wijzigen

email-change-title = Uw e-mailadres wijzigen
email-change-intro = Uw e-mailadres is nu { $current }. We mailen een code naar het nieuwe adres; de wijziging gaat in zodra u die code invult. Tot die tijd logt u in en stelt u uw wachtwoord opnieuw in met uw huidige adres.
new-email-label = Nieuw e-mailadres
email-change-password-hint = Vul ter beveiliging van uw account uw wachtwoord opnieuw in.
email-change-button = Code sturen
email-same = Dat is al uw e-mailadres.
email-not-accepted = Cognito heeft dit adres niet geaccepteerd. Controleer het en probeer het opnieuw.
verify-email-title = Bevestig uw nieuwe e-mailadres
verify-email-intro = We hebben een code naar { $new } gemaild. Zolang u die niet hebt ingevuld, blijft uw e-mailadres { $current }: daarmee logt u in en stelt u uw wachtwoord opnieuw in.
verify-email-button = Nieuw adres bevestigen
email-new-code-button = Nieuwe code sturen
email-cancel-button = Wijziging annuleren
notice-email-code-sent = We hebben een code naar { $email } gemaild. Vul die hier in om het nieuwe adres te bevestigen.
notice-email-code-resent = We hebben een nieuwe code naar { $email } gestuurd.
notice-email-changed = Uw e-mailadres is nu { $email }.
notice-email-change-cancelled = De wijziging van uw e-mailadres is geannuleerd. Uw adres is niet gewijzigd.
notice-email-change-lapsed = De wijziging van uw e-mailadres is verlopen voordat die werd bevestigd. Begin opnieuw als u de wijziging nog wilt.

## Personen (beheerders)

people-title = Personen
invite-person-link = Iemand uitnodigen
invite-csv-link = Uitnodigen via een CSV-bestand
people-search-label = Zoeken
people-search-hint = Het begin van een gebruikersnaam, e-mailadres, voornaam of achternaam.
group-label = Groep
all-groups = Alle groepen
people-none-match = Niemand voldoet aan deze zoekopdracht.
people-none = Er staat nog niemand in de gebruikerspool.
people-caption = Personen in de gebruikerspool
people-pages-label = Pagina’s
people-stale-link = Die paginalink is niet meer geldig. Daarom ziet u de eerste pagina.
column-username = Gebruikersnaam
column-groups = Groepen
column-status = Status
column-created = Aangemaakt
groups-none = Geen
status-invited = Uitgenodigd
status-invitation-expired = Uitnodiging verlopen
status-active = Actief
status-disabled = Uitgeschakeld
status-reset-required = Wachtwoord moet opnieuw worden ingesteld
status-unknown = Onbekend

## Eén persoon (beheerders)

person-title = { $username }
not-done-title = Dat is niet uitgevoerd
details-heading = Gegevens
correct-details-heading = Gegevens corrigeren
correct-details-hint = Een nieuw adres geldt meteen, zonder code: u staat ervoor in dat het klopt.
save-details-button = Gegevens opslaan
actions-heading = Acties
resend-button = Uitnodiging opnieuw sturen
resend-goes-to = Deze gaat naar { $email }.
move-group-button = Naar deze groep verplaatsen
sign-out-person-button = Uit alle sessies uitloggen
disable-button = Account uitschakelen
enable-button = Account inschakelen
delete-confirm-label = Typ de gebruikersnaam om het account te verwijderen
delete-button = Account verwijderen
admin-not-yourself = U kunt uw eigen account niet uitschakelen of verwijderen.
admin-resend-only-invited = De uitnodiging kan alleen opnieuw worden gestuurd naar iemand die nog niet heeft ingelogd.
admin-delete-mismatch = De gebruikersnaam die u hebt getypt, komt niet overeen. Er is niets verwijderd.
username-taken = Die gebruikersnaam is al in gebruik.
admin-resent = Uitnodiging opnieuw gestuurd naar { $username }.
admin-disabled = { $username } is uitgeschakeld en overal uitgelogd.
admin-enabled = { $username } is ingeschakeld.
admin-signed-out = { $username } is uit alle sessies uitgelogd.
admin-moved = { $username } zit nu in de groep { $group }. De wijziging gaat in zodra deze persoon weer inlogt.
admin-deleted = { $username } is verwijderd.
admin-nothing-changed = Er is niets gewijzigd.
admin-details-saved = De gegevens van { $username } zijn opgeslagen.
admin-details-saved-invited = De gegevens van { $username } zijn opgeslagen. Deze persoon heeft nog niet ingelogd: stuur de uitnodiging opnieuw, zodat die op het nieuwe adres aankomt.

## Uitnodigen

invite-title = Iemand uitnodigen
invite-intro = Cognito mailt deze persoon een tijdelijk wachtwoord; bij de eerste keer inloggen kiest deze persoon zelf een wachtwoord.
invite-username-hint = Maximaal 128 tekens, geen spaties. Wordt in kleine letters opgeslagen.
invite-locale-label = Taal van de pagina’s voor deze persoon
invite-locale-hint = Optioneel. Zonder keuze wordt de taal van de browser gebruikt totdat deze persoon zelf een taal kiest.
invite-locale-unset = Niet ingesteld
invite-button = Uitnodiging sturen
invite-group-missing = Kies professional, cliënt of beheerder.
invite-sent = Uitnodiging gestuurd naar { $email }.
locale-unknown = Kies een van de talen in de lijst.

## Uitnodigen via een CSV-bestand

bulk-title = Uitnodigen via een CSV-bestand
bulk-upload-heading = Uploaden
bulk-upload-another-heading = Nog een bestand uploaden
bulk-intro = Een CSV-bestand in UTF-8 met de kopregel { $header }, maximaal 500 rijen en 256 KB. Een optionele laatste kolom, { $locale }, bepaalt de taal van elke persoon (bijvoorbeeld de of pt-BR). Er wordt niets verstuurd voordat u de rijen hebt gecontroleerd.
bulk-file-label = CSV-bestand
bulk-check-button = Bestand controleren
bulk-results-heading = Resultaten
bulk-check-heading = Controleren vóór verzending
column-line = Regel
column-group = Groep
column-result = Resultaat
column-check = Controle
bulk-send-button = { $count ->
        [one] { $count } uitnodiging sturen
       *[other] { $count } uitnodigingen sturen
    }
bulk-ready = Klaar om te sturen
bulk-sent = Verstuurd
bulk-duplicate = Dubbel: deze gebruikersnaam staat al op een eerdere regel.
bulk-group-invalid = De groep moet professional, client of administrator zijn.
bulk-locale-invalid = De taal moet een van de talen van het portaal zijn, zoals de of pt-BR.
bulk-exists = Al in de gebruikerspool: die gebruikersnaam is al in gebruik.
bulk-skipped-taken = Overgeslagen: die gebruikersnaam is al in gebruik.
bulk-unreachable = Cognito was niet bereikbaar.
bulk-slow-down = Cognito heeft gevraagd het tempo te verlagen.
bulk-unexpected = Cognito gaf een onverwacht antwoord; probeer het later opnieuw.
bulk-refused = Cognito heeft de uitnodiging geweigerd.
bulk-unconfirmed = Cognito heeft niet op tijd geantwoord, dus het is niet zeker of de uitnodiging is gestuurd. Controleer de status van deze persoon voordat u de uitnodiging opnieuw stuurt.
bulk-failed = Mislukt: { $reason }
bulk-stale = Deze rijen zijn te lang geleden gecontroleerd of zijn gewijzigd. Upload het bestand opnieuw.
bulk-too-large = Het bestand is groter dan 256 KB.
bulk-not-utf8 = Het bestand is geen UTF-8-tekst.
bulk-wrong-header = De eerste regel moet precies zo luiden: username,email,given_name,family_name,group (of met ,locale aan het eind)
bulk-too-many-rows = Het bestand heeft meer dan 500 rijen.
bulk-empty = Het bestand heeft geen rijen na de kopregel.
bulk-not-csv = Het bestand is geen geldig CSV-bestand (regel { $line }).

## Foutpagina’s

error-status = Fout { $status }
error-home-link = Naar de startpagina
error-not-found-title = Pagina niet gevonden
error-not-found = Op dit adres staat geen pagina. Controleer het adres of ga terug naar uw dashboard.
error-method-title = Niet toegestaan
error-method = Deze pagina kan niet op die manier worden gebruikt.
error-forbidden-title = U hebt geen toegang tot deze pagina
error-forbidden = Uw account heeft geen toegang tot deze pagina. Denkt u dat dit wel zou moeten? Vraag het dan aan uw beheerder.
error-csrf-title = Het formulier is verlopen
error-csrf = Voor uw veiligheid kon het formulier niet worden geaccepteerd. Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-bad-request-title = Het verzoek kon niet worden verwerkt
error-bad-request = Er zat iets ongeldigs in wat er is verstuurd. Ga terug en probeer het opnieuw.
error-too-large-title = Wat u hebt verstuurd, is te groot
error-too-large = Het formulier dat u hebt verstuurd, is groter dan deze pagina accepteert. Maak uw invoer korter en probeer het opnieuw.
error-too-many-title = Te veel pogingen
error-too-many = Te veel mislukte pogingen. Probeer het over een paar minuten opnieuw.
error-rate-limited-seconds = Er zijn te veel pogingen gedaan. Probeer het over { $count ->
        [one] { $count } seconde
       *[other] { $count } seconden
    } opnieuw.
error-rate-limited-minutes = Er zijn te veel pogingen gedaan. Probeer het over { $count ->
        [one] { $count } minuut
       *[other] { $count } minuten
    } opnieuw.
error-cross-site-title = Het formulier kwam van een andere website
error-cross-site = Voor uw veiligheid accepteert dit portaal alleen formulieren van zijn eigen pagina’s. Ga naar het portaal en probeer het opnieuw.
error-conflict-title = Dat bestaat al
error-conflict = Wat u hebt gevraagd, bestaat al, dus er is niets gewijzigd. Ga terug en controleer de gegevens.
error-refused-title = Dat kon niet worden uitgevoerd
error-refused = De inlogdienst heeft dit verzoek niet geaccepteerd. Ga terug, controleer wat u hebt ingevuld en probeer het opnieuw. Blijft het probleem zich voordoen? Neem dan contact op met uw beheerder.
error-unexpected-title = De inlogdienst gaf een onverwacht antwoord
error-unexpected = Voor zover wij weten, is er niets gewijzigd. Probeer het over een paar minuten opnieuw. Blijft het probleem zich voordoen? Laat het dan weten aan uw beheerder.
error-unavailable-title = Inloggen is tijdelijk niet mogelijk
error-unavailable = We kunnen de inlogdienst op dit moment niet bereiken. Probeer het over een paar minuten opnieuw.
error-unconfirmed-title = Niet zeker of dat is uitgevoerd
error-unconfirmed-invite = De inlogdienst heeft niet op tijd geantwoord, dus het is niet zeker of de uitnodiging is gestuurd. Controleer de status van deze persoon in de lijst voordat u de uitnodiging opnieuw stuurt.
error-unconfirmed-delete = De inlogdienst heeft niet op tijd geantwoord, dus het is niet zeker of deze persoon is verwijderd. Zoek deze persoon op in de lijst voordat u het opnieuw probeert.
error-unconfirmed = De inlogdienst heeft niet op tijd geantwoord, dus het is niet zeker of dit is uitgevoerd. Controleer dat voordat u het opnieuw probeert.
error-storage-title = Het portaal is tijdelijk niet beschikbaar
error-storage = Het portaal kan de sessieopslag op dit moment niet bereiken. Probeer het over een minuut opnieuw.
error-internal-title = Er is iets misgegaan
error-internal = Er is bij ons iets misgegaan. Probeer het zo meteen opnieuw.
