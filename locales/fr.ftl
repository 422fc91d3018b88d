# Français
#
# Glossaire (un terme pour une notion, utilisé partout dans ce fichier) :
#   sign in (verbe) : se connecter
#   sign-in (nom) : connexion
#   sign out : se déconnecter (déconnexion)
#   password : mot de passe
#   temporary password : mot de passe temporaire
#   new password : nouveau mot de passe
#   code : code
#   invitation / invite : invitation / inviter
#   username : nom d’utilisateur
#   email address : adresse e-mail
#   given name : prénom
#   family name : nom de famille
#   account : compte
#   session : session
#   group : groupe
#   administrator : administrateur
#   professional : professionnel
#   client : client
#   Cognito : nom du service de connexion, conservé tel quel
# Registre : vouvoiement.

## Toutes les pages

skip-link = Aller au contenu principal
document-title = { $title } – { $portal }
document-title-error = Erreur : { $title } – { $portal }
account-nav-label = Compte
account-link = Compte
signed-in-as = Connecté en tant que { $name }
sign-out-button = Se déconnecter
language-menu-label = Langue
language-menu-button = Changer de langue
language-page-title = Choisissez votre langue
language-page-intro = Les pages du portail s’affichent dans la langue que vous choisissez.

## Formulaires

error-summary-title = Un problème est survenu
error-prefix = Erreur :
username-label = Nom d’utilisateur
password-label = Mot de passe
password-show-button = Afficher le mot de passe
password-hide-button = Masquer le mot de passe
new-password-label = Nouveau mot de passe
confirm-password-label = Confirmer le nouveau mot de passe
current-password-label = Mot de passe actuel
given-name-label = Prénom
family-name-label = Nom de famille
email-label = Adresse e-mail
code-label = Code reçu par e-mail
search-button = Rechercher
previous-page = Page précédente
next-page = Page suivante
back-to-sign-in = Retour à la connexion
back-to-account = Retour à votre compte
back-to-people = Retour à la liste des personnes

## Vérification de la saisie

username-missing = Saisissez votre nom d’utilisateur.
username-too-long = Le nom d’utilisateur ne doit pas dépasser 128 caractères.
username-has-spaces = Le nom d’utilisateur ne peut pas contenir d’espaces.
password-missing = Saisissez votre mot de passe.
password-too-long = Le mot de passe ne doit pas dépasser 256 caractères.
name-missing = Saisissez un nom.
name-too-long = Le nom ne doit pas dépasser 100 caractères.
name-has-control-characters = Le nom ne peut pas contenir de caractères de contrôle.
email-missing = Saisissez une adresse e-mail.
email-too-long = L’adresse e-mail ne doit pas dépasser 254 caractères.
email-invalid = Saisissez une adresse e-mail au format name@example.com.
email-in-use = Un autre compte utilise déjà cette adresse e-mail.
code-missing = Saisissez le code reçu par e-mail.
code-wrong-or-expired = Ce code est incorrect ou a expiré.
code-wrong = Ce code est incorrect.
code-expired = Ce code a expiré. Demandez-en un nouveau.
current-password-missing = Saisissez votre mot de passe actuel.
current-password-wrong = Votre mot de passe actuel est incorrect.
password-not-accepted = Cognito n’a pas accepté ce mot de passe. Choisissez-en un autre.

## Règles du mot de passe

password-rules = Au moins { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    }.
password-rules-with = Au moins { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    }, dont { $kinds }.
password-kind-upper-and-lower = des lettres majuscules et minuscules
password-kind-upper = une lettre majuscule
password-kind-lower = une lettre minuscule
password-kind-number = un chiffre
password-kind-symbol = un caractère spécial
# Façon de joindre les éléments ci-dessus : « a, b et c ».
list-two = { $first } et { $second }
list-more = { $first }, { $rest }
password-unmet-length = Utilisez au moins { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    }.
password-unmet-too-long = Utilisez au maximum { $count } caractères.
password-unmet-upper = Ajoutez une lettre majuscule.
password-unmet-lower = Ajoutez une lettre minuscule.
password-unmet-number = Ajoutez un chiffre.
password-unmet-symbol = Ajoutez un caractère spécial, comme ! ou #.
password-unmet-space = Ne mettez pas d’espace au début ni à la fin.
new-password-missing = Saisissez un nouveau mot de passe.
passwords-differ = Les mots de passe ne correspondent pas.

## Connexion

login-title = Connexion
login-description = Connectez-vous à { $portal }.
forgot-description = Réinitialisez votre mot de passe { $portal } grâce à un code envoyé à votre adresse e-mail.
confirm-description = Saisissez le code reçu par e-mail et choisissez un nouveau mot de passe pour { $portal }.
language-description = Choisissez la langue dans laquelle { $portal } s’affiche.
login-button = Se connecter
forgot-password-link = Mot de passe oublié ?
login-wrong = Nom d’utilisateur ou mot de passe incorrect.
login-invitation-expired = Votre invitation a expiré. Cliquez sur « Mot de passe oublié ? » et nous vous en enverrons une nouvelle.
login-reset-required = Vous devez choisir un nouveau mot de passe. Cliquez sur « Mot de passe oublié ? » et nous vous enverrons un code par e-mail.
login-notice-ended = Votre session a pris fin. Connectez-vous à nouveau pour continuer.
login-notice-signed-out = Vous êtes déconnecté.
login-notice-signed-out-everywhere = Vous êtes déconnecté de tous vos appareils.
login-notice-password-changed = Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.
login-notice-slow = Votre connexion a pris trop de temps ; connectez-vous à nouveau.
login-notice-restart = Votre connexion n’a pas pu aboutir ; connectez-vous à nouveau.

## Première connexion

new-password-title = Choisissez votre mot de passe
new-password-intro = Bienvenue ! Le mot de passe temporaire de votre invitation a bien fonctionné. Choisissez le mot de passe que vous utiliserez désormais.
new-password-button = Définir le mot de passe et se connecter

## Mot de passe oublié

forgot-title = Réinitialisez votre mot de passe
forgot-intro = Saisissez votre nom d’utilisateur. S’il correspond à un compte, nous enverrons un code par e-mail à l’adresse associée.
forgot-button = M’envoyer un code par e-mail
confirm-title = Saisissez votre code
confirm-new-code-button = M’envoyer un nouveau code
change-password-button = Modifier le mot de passe
notice-code-sent = Si un compte existe avec ce nom d’utilisateur, nous avons envoyé un code par e-mail à l’adresse associée.

## Tableaux de bord

welcome = Bienvenue, { $name }
client-dashboard-title = Tableau de bord client
client-dashboard-lead = Votre tableau de bord client.
professional-dashboard-title = Tableau de bord professionnel
professional-dashboard-lead = Votre tableau de bord professionnel.
no-role-title = Pas encore de tableau de bord
no-role-notice = Votre compte ne fait encore partie d’aucun groupe du portail : aucun tableau de bord ne peut donc vous être affiché. Demandez à votre administrateur de vous ajouter au groupe professionnel ou au groupe client, puis connectez-vous à nouveau.
account-card-title = Votre compte
account-email = E-mail
account-full-name = Nom complet
account-role = Rôle
account-session-ends = Fin de la session
session-ends-at = à { $time } UTC (dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    })
role-professional = Professionnel
role-client = Client
role-admin = Administrateur
role-none = Aucun pour l’instant

## Liste des clients

clients-heading = Clients
clients-loading = La liste des clients est en cours de chargement depuis Cognito. Actualisez la page dans un instant.
clients-unavailable = La liste des clients est indisponible pour le moment. Réessayez dans quelques minutes.
clients-search-label = Rechercher par nom ou adresse e-mail
clients-count = { $count ->
        [one] { $count } client
       *[other] { $count } clients
    }
clients-matches = { $count ->
        [one] { $count } résultat pour « { $query } »
       *[other] { $count } résultats pour « { $query } »
    }
clients-none = Aucun client pour l’instant.
clients-none-match = Aucun client n’a de nom ou d’adresse e-mail contenant « { $query } ».
clients-caption = Clients, triés par nom de famille
column-name = Nom
column-email = E-mail
clients-pages-label = Pages de la liste des clients
page-position = Page { $page } sur { $pages }

## Votre compte

account-title = Votre compte
email-heading = Votre adresse e-mail
email-pending = Vous avez demandé à remplacer votre adresse e-mail par { $new }. Nous y avons envoyé un code. Tant que vous ne l’avez pas saisi, vous vous connectez et réinitialisez votre mot de passe avec { $current }.
email-enter-code = Saisir le code
email-codes-go-to = Les codes de réinitialisation du mot de passe sont envoyés à { $email }.
email-change-link = Modifier votre adresse e-mail
name-heading = Votre nom
name-save-button = Enregistrer le nom
password-heading = Modifier votre mot de passe
everywhere-heading = Se déconnecter partout
everywhere-intro = Met fin à toutes les sessions de votre compte, sur tous les appareils, y compris celui-ci.
everywhere-button = Se déconnecter partout
language-heading = Langue
language-intro = Les pages s’affichent dans cette langue sur tous les appareils sur lesquels vous vous connectez.
language-save-button = Enregistrer la langue
notice-name-saved = Votre nom a été enregistré.
notice-password-changed = Votre mot de passe a été modifié. Vos autres sessions ont été déconnectées.

## Modification de l’adresse e-mail

email-change-title = Modifier votre adresse e-mail
email-change-intro = Votre adresse e-mail actuelle est { $current }. Nous enverrons un code par e-mail à la nouvelle adresse ; la modification prendra effet lorsque vous l’aurez saisi. D’ici là, vous vous connectez et réinitialisez votre mot de passe avec votre adresse actuelle.
new-email-label = Nouvelle adresse e-mail
email-change-password-hint = Pour la sécurité de votre compte, saisissez à nouveau votre mot de passe.
email-change-button = Envoyer le code
email-same = C’est déjà votre adresse e-mail.
email-not-accepted = Cognito n’a pas accepté cette adresse. Vérifiez-la et réessayez.
verify-email-title = Confirmez votre nouvelle adresse e-mail
verify-email-intro = Nous avons envoyé un code par e-mail à { $new }. Tant que vous ne l’avez pas saisi, votre adresse e-mail reste { $current } : c’est avec elle que vous vous connectez et réinitialisez votre mot de passe.
verify-email-button = Confirmer la nouvelle adresse
email-new-code-button = Envoyer un nouveau code
email-cancel-button = Annuler la modification
notice-email-code-sent = Nous avons envoyé un code par e-mail à { $email }. Saisissez-le ici pour confirmer la nouvelle adresse.
notice-email-code-resent = Nous avons envoyé un nouveau code à { $email }.
notice-email-changed = Votre adresse e-mail est désormais { $email }.
notice-email-change-cancelled = La modification de l’adresse e-mail a été annulée. Votre adresse n’a pas changé.
notice-email-change-lapsed = Votre demande de modification de l’adresse e-mail a expiré avant d’avoir été confirmée. Recommencez si vous le souhaitez toujours.

## Personnes (administrateurs)

people-title = Personnes
invite-person-link = Inviter une personne
invite-csv-link = Inviter à partir d’un fichier CSV
people-search-label = Rechercher
people-search-hint = Le début d’un nom d’utilisateur, d’une adresse e-mail, d’un prénom ou d’un nom de famille.
group-label = Groupe
all-groups = Tous les groupes
people-none-match = Aucune personne ne correspond à cette recherche.
people-none = Aucune personne n’est encore enregistrée.
people-caption = Personnes enregistrées
people-pages-label = Pages
people-stale-link = Ce lien de page n’est plus valide ; voici donc la première page.
column-username = Nom d’utilisateur
column-groups = Groupes
column-status = Statut
column-created = Créé le
groups-none = Aucun
status-invited = Invitation envoyée
status-invitation-expired = Invitation expirée
status-active = Actif
status-disabled = Désactivé
status-reset-required = Réinitialisation du mot de passe requise
status-unknown = Inconnu

## Une personne (administrateurs)

person-title = { $username }
not-done-title = L’opération n’a pas été effectuée
details-heading = Informations
correct-details-heading = Corriger les informations
correct-details-hint = Une nouvelle adresse prend effet immédiatement, sans code : vous vous en portez garant.
save-details-button = Enregistrer les informations
actions-heading = Actions
resend-button = Renvoyer l’invitation
resend-goes-to = Elle sera envoyée à { $email }.
move-group-button = Déplacer dans ce groupe
sign-out-person-button = Déconnecter de toutes les sessions
disable-button = Désactiver le compte
enable-button = Activer le compte
delete-confirm-label = Pour supprimer le compte, saisissez le nom d’utilisateur
delete-button = Supprimer le compte
admin-not-yourself = Vous ne pouvez ni désactiver ni supprimer votre propre compte.
admin-resend-only-invited = L’invitation ne peut être renvoyée qu’à une personne qui ne s’est pas encore connectée.
admin-delete-mismatch = Le nom d’utilisateur saisi ne correspond pas. Rien n’a été supprimé.
username-taken = Ce nom d’utilisateur est déjà pris.
admin-resent = Invitation renvoyée à { $username }.
admin-disabled = Le compte { $username } est désactivé et déconnecté de toutes les sessions.
admin-enabled = Le compte { $username } est activé.
admin-signed-out = Le compte { $username } est déconnecté de toutes les sessions.
admin-moved = Le compte { $username } fait désormais partie du groupe { $group }. La modification s’appliquera à sa prochaine connexion.
admin-deleted = Le compte { $username } a été supprimé.
admin-nothing-changed = Aucune modification n’a été apportée.
admin-details-saved = Les informations de { $username } ont été enregistrées.
admin-details-saved-invited = Les informations de { $username } ont été enregistrées. Cette personne ne s’est pas encore connectée : renvoyez l’invitation pour qu’elle parvienne à la nouvelle adresse.

## Invitation

invite-title = Inviter une personne
invite-intro = Cognito envoie un mot de passe temporaire par e-mail à la personne ; elle choisit le sien lors de sa première connexion.
invite-username-hint = 128 caractères maximum, sans espaces. Enregistré en minuscules.
invite-locale-label = Langue de ses pages
invite-locale-hint = Facultatif. À défaut, la langue de son navigateur est utilisée jusqu’à ce qu’elle en choisisse une.
invite-locale-unset = Non définie
invite-button = Envoyer l’invitation
invite-group-missing = Choisissez professionnel, client ou administrateur.
invite-sent = Invitation envoyée à { $email }.
locale-unknown = Choisissez l’une des langues de la liste.

## Invitation à partir d’un fichier CSV

bulk-title = Inviter à partir d’un fichier CSV
bulk-upload-heading = Importer
bulk-upload-another-heading = Importer un autre fichier
bulk-intro = Un fichier CSV encodé en UTF-8, avec l’en-tête { $header }, de 500 lignes et 256 KB au maximum. Une dernière colonne facultative, { $locale }, définit la langue de chaque personne (par exemple de ou pt-BR). Rien n’est envoyé tant que vous n’avez pas vérifié les lignes.
bulk-file-label = Fichier CSV
bulk-check-button = Vérifier le fichier
bulk-results-heading = Résultats
bulk-check-heading = Vérifier avant l’envoi
column-line = Ligne
column-group = Groupe
column-result = Résultat
column-check = Vérification
bulk-send-button = { $count ->
        [one] Envoyer { $count } invitation
       *[other] Envoyer { $count } invitations
    }
bulk-ready = Prête à être envoyée
bulk-sent = Envoyée
bulk-duplicate = Doublon : ce nom d’utilisateur figure déjà sur une ligne précédente.
bulk-group-invalid = Le groupe doit être professionnel, client ou administrateur.
bulk-locale-invalid = La langue doit être l’une de celles du portail, par exemple de ou pt-BR.
bulk-exists = Déjà enregistré : ce nom d’utilisateur est déjà pris.
bulk-skipped-taken = Ignorée : ce nom d’utilisateur est déjà pris.
bulk-unreachable = Impossible de joindre Cognito.
bulk-slow-down = Cognito nous a demandé de ralentir.
bulk-unexpected = Cognito a renvoyé une réponse inattendue ; réessayez plus tard.
bulk-refused = Cognito a refusé l’invitation.
bulk-unconfirmed = Cognito n’a pas répondu à temps ; il n’est donc pas certain que l’invitation ait été envoyée. Vérifiez le statut de la personne avant de renvoyer l’invitation.
bulk-failed = Échec : { $reason }
bulk-stale = Ces lignes ont été vérifiées il y a trop longtemps ou ont été modifiées. Importez à nouveau le fichier.
bulk-too-large = Le fichier dépasse 256 KB.
bulk-not-utf8 = Le fichier n’est pas un texte UTF-8.
bulk-wrong-header = La première ligne doit être exactement : username,email,given_name,family_name,group (ou avec ,locale à la fin)
bulk-too-many-rows = Le fichier contient plus de 500 lignes.
bulk-empty = Le fichier ne contient aucune ligne après l’en-tête.
bulk-not-csv = Le fichier n’est pas un fichier CSV valide (ligne { $line }).

## Pages d’erreur

error-status = Erreur { $status }
error-home-link = Aller à la page d’accueil
error-not-found-title = Page introuvable
error-not-found = Aucune page n’existe à cette adresse. Vérifiez l’adresse ou revenez à votre tableau de bord.
error-method-title = Action non autorisée
error-method = Cette page ne peut pas être utilisée de cette façon.
error-forbidden-title = Vous n’avez pas accès à cette page
error-forbidden = Votre compte n’a pas accès à cette page. Si vous pensez qu’il devrait y avoir accès, adressez-vous à votre administrateur.
error-csrf-title = Le formulaire a expiré
error-csrf = Pour votre sécurité, le formulaire n’a pas pu être accepté. Revenez en arrière, actualisez la page et réessayez.
error-bad-request-title = La requête n’a pas pu être comprise
error-bad-request = Certaines des données envoyées n’étaient pas valides. Revenez en arrière et réessayez.
error-too-large-title = Votre envoi est trop volumineux
error-too-large = Le formulaire envoyé dépasse la taille acceptée par cette page. Raccourcissez votre saisie et réessayez.
error-too-many-title = Trop de tentatives
error-too-many = Trop de tentatives infructueuses ; réessayez dans quelques minutes.
error-rate-limited-seconds = Il y a eu trop de tentatives. Réessayez dans { $count ->
        [one] { $count } seconde
       *[other] { $count } secondes
    }.
error-rate-limited-minutes = Il y a eu trop de tentatives. Réessayez dans { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }.
error-cross-site-title = Le formulaire provient d’un autre site
error-cross-site = Pour votre sécurité, ce portail n’accepte que les formulaires provenant de ses propres pages. Accédez au portail et réessayez.
error-conflict-title = Cet élément existe déjà
error-conflict = Ce que vous avez demandé existe déjà ; rien n’a donc été modifié. Revenez en arrière et vérifiez les informations.
error-refused-title = L’opération n’a pas pu être effectuée
error-refused = Le service de connexion n’a pas accepté cette demande. Revenez en arrière, vérifiez votre saisie et réessayez ; si le problème persiste, adressez-vous à votre administrateur.
error-unexpected-title = Le service de connexion a renvoyé une réponse inattendue
error-unexpected = À notre connaissance, rien n’a été modifié. Veuillez réessayer dans quelques minutes ; si le problème persiste, prévenez votre administrateur.
error-unavailable-title = La connexion est temporairement indisponible
error-unavailable = Nous ne parvenons pas à joindre le service de connexion pour le moment. Veuillez réessayer dans quelques minutes.
error-unconfirmed-title = Impossible de savoir si l’opération a été effectuée
error-unconfirmed-invite = Le service de connexion n’a pas répondu à temps ; il n’est donc pas certain que l’invitation ait été envoyée. Vérifiez le statut de la personne dans la liste avant de renvoyer l’invitation.
error-unconfirmed-delete = Le service de connexion n’a pas répondu à temps ; il n’est donc pas certain que le compte ait été supprimé. Cherchez la personne dans la liste avant de réessayer.
error-unconfirmed = Le service de connexion n’a pas répondu à temps ; il n’est donc pas certain que l’opération ait été effectuée. Vérifiez-le avant de réessayer.
error-storage-title = Le portail est temporairement indisponible
error-storage = Le portail ne parvient pas à accéder à son stockage de sessions pour le moment. Veuillez réessayer dans une minute.
error-internal-title = Une erreur est survenue
error-internal = Une erreur est survenue de notre côté. Veuillez réessayer dans un instant.
