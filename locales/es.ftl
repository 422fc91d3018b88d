# Español (Spanish). Mismos identificadores y variables que en.ftl.
#
# Glosario (un término para cada cosa; tratamiento de usted):
#   sign in (verbo): iniciar sesión
#   sign-in (sustantivo): inicio de sesión
#   sign out: cerrar sesión
#   password: contraseña
#   temporary password: contraseña temporal
#   new password: nueva contraseña
#   code: código
#   invitation / invite: invitación / invitar
#   username: nombre de usuario
#   email address: dirección de correo electrónico (en encabezados breves: correo electrónico)
#   given name: nombre
#   family name: apellidos
#   account: cuenta
#   session: sesión
#   group: grupo
#   administrator: administrador
#   professional: profesional
#   client: cliente
#   Cognito: nombre del servicio de inicio de sesión; no se traduce

## Todas las páginas

skip-link = Saltar al contenido principal
document-title = { $title } – { $portal }
document-title-error = Error: { $title } – { $portal }
account-nav-label = Cuenta
account-link = Cuenta
signed-in-as = Sesión iniciada como { $name }
sign-out-button = Cerrar sesión
language-menu-label = Idioma
language-menu-button = Cambiar idioma
language-page-title = Elija su idioma
language-page-intro = Las páginas del portal se muestran en el idioma que elija.

## Formularios

error-summary-title = Hay un problema
error-prefix = Error:
username-label = Nombre de usuario
password-label = Contraseña
password-show-button = Mostrar la contraseña
password-hide-button = Ocultar la contraseña
new-password-label = Nueva contraseña
confirm-password-label = Confirmar nueva contraseña
current-password-label = Contraseña actual
given-name-label = Nombre
family-name-label = Apellidos
email-label = Dirección de correo electrónico
code-label = Código recibido por correo electrónico
search-button = Buscar
previous-page = Página anterior
next-page = Página siguiente
back-to-sign-in = Volver al inicio de sesión
back-to-account = Volver a su cuenta
back-to-people = Volver a Personas

## Comprobación de los datos escritos

username-missing = Escriba su nombre de usuario.
username-too-long = El nombre de usuario puede tener como máximo 128 caracteres.
username-has-spaces = El nombre de usuario no puede contener espacios.
password-missing = Escriba su contraseña.
password-too-long = La contraseña puede tener como máximo 256 caracteres.
name-missing = Escriba un nombre.
name-too-long = El nombre puede tener como máximo 100 caracteres.
name-has-control-characters = El nombre no puede contener caracteres de control.
email-missing = Escriba una dirección de correo electrónico.
email-too-long = La dirección de correo electrónico puede tener como máximo 254 caracteres.
email-invalid = Escriba una dirección de correo electrónico con el formato name@example.com.
email-in-use = Otra cuenta ya usa esta dirección de correo electrónico.
code-missing = Escriba el código que recibió por correo electrónico.
code-wrong-or-expired = El código es incorrecto o ha caducado.
code-wrong = El código es incorrecto.
code-expired = El código ha caducado. Solicite uno nuevo.
current-password-missing = Escriba su contraseña actual.
current-password-wrong = La contraseña actual es incorrecta.
password-not-accepted = Cognito no aceptó esta contraseña. Elija otra.

## Requisitos de la contraseña

password-rules = Al menos { $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }.
password-rules-with = Al menos { $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }, con { $kinds }.
password-kind-upper-and-lower = letras mayúsculas y minúsculas
password-kind-upper = una letra mayúscula
password-kind-lower = una letra minúscula
password-kind-number = un número
password-kind-symbol = un símbolo
# Cómo se unen los tipos anteriores: «a, b y c».
list-two = { $first } y { $second }
list-more = { $first }, { $rest }
password-unmet-length = Use al menos { $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }.
password-unmet-too-long = Use como máximo { $count } caracteres.
password-unmet-upper = Incluya una letra mayúscula.
password-unmet-lower = Incluya una letra minúscula.
password-unmet-number = Incluya un número.
password-unmet-symbol = Incluya un símbolo, como ! o #.
password-unmet-space = No empiece ni termine con un espacio.
new-password-missing = Escriba una nueva contraseña.
passwords-differ = Las contraseñas no coinciden.

## Inicio de sesión

login-title = Iniciar sesión
login-description = Inicie sesión en { $portal }.
forgot-description = Restablezca su contraseña de { $portal } con un código enviado a su dirección de correo electrónico.
confirm-description = Escriba el código que le enviamos por correo electrónico y elija una nueva contraseña para { $portal }.
language-description = Elija el idioma en el que se muestra { $portal }.
login-button = Iniciar sesión
forgot-password-link = ¿Olvidó su contraseña?
login-wrong = Nombre de usuario o contraseña incorrectos.
login-invitation-expired = Su invitación ha caducado. Use «¿Olvidó su contraseña?» y le enviaremos una nueva.
login-reset-required = Debe elegir una nueva contraseña. Use «¿Olvidó su contraseña?» y le enviaremos un código por correo electrónico.
login-notice-ended = Su sesión ha finalizado. Vuelva a iniciar sesión para continuar.
login-notice-signed-out = Ha cerrado la sesión.
login-notice-signed-out-everywhere = Ha cerrado la sesión en todos los dispositivos.
login-notice-password-changed = Su contraseña se ha cambiado. Inicie sesión con su nueva contraseña.
login-notice-slow = El inicio de sesión ha tardado demasiado; vuelva a iniciar sesión.
login-notice-restart = No se ha podido completar el inicio de sesión; vuelva a iniciar sesión.

## Primer inicio de sesión

new-password-title = Elija su contraseña
new-password-intro = ¡Le damos la bienvenida! La contraseña temporal de su invitación ha funcionado. Elija la contraseña que usará a partir de ahora.
new-password-button = Establecer contraseña e iniciar sesión

## Contraseña olvidada

forgot-title = Restablecer la contraseña
forgot-intro = Escriba su nombre de usuario. Si corresponde a una cuenta, enviaremos un código a la dirección de correo electrónico de esa cuenta.
forgot-button = Enviarme un código por correo electrónico
confirm-title = Escriba el código
confirm-new-code-button = Enviarme un código nuevo
change-password-button = Cambiar contraseña
notice-code-sent = Si existe una cuenta con ese nombre de usuario, le hemos enviado un código por correo electrónico.

## Paneles

welcome = Hola, { $name }
client-dashboard-title = Panel de cliente
client-dashboard-lead = Su panel de cliente.
professional-dashboard-title = Panel de profesional
professional-dashboard-lead = Su panel de profesional.
no-role-title = Todavía no hay ningún panel
no-role-notice = Su cuenta todavía no pertenece a ningún grupo del portal, por lo que no hay ningún panel que mostrarle. Pida a su administrador que añada su cuenta al grupo de profesionales o al de clientes y vuelva a iniciar sesión.
account-card-title = Su cuenta
account-email = Correo electrónico
account-full-name = Nombre completo
account-role = Rol
account-session-ends = Fin de la sesión
session-ends-at = a las { $time } UTC (dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    })
role-professional = Profesional
role-client = Cliente
role-admin = Administrador
role-none = Ninguno por ahora

## La lista de clientes

clients-heading = Clientes
clients-loading = Se está cargando la lista de clientes desde Cognito. Actualice la página dentro de un momento.
clients-unavailable = La lista de clientes no está disponible en este momento. Vuelva a intentarlo dentro de unos minutos.
clients-search-label = Buscar por nombre o dirección de correo electrónico
clients-count = { $count ->
        [one] { $count } cliente
       *[other] { $count } clientes
    }
clients-matches = { $count ->
        [one] { $count } resultado para «{ $query }»
       *[other] { $count } resultados para «{ $query }»
    }
clients-none = Todavía no hay clientes.
clients-none-match = Ningún cliente tiene «{ $query }» en su nombre o en su dirección de correo electrónico.
clients-caption = Clientes, ordenados por apellidos
column-name = Nombre
column-email = Correo electrónico
clients-pages-label = Páginas de la lista de clientes
page-position = Página { $page } de { $pages }

## Su cuenta

account-title = Su cuenta
email-heading = Su dirección de correo electrónico
email-pending = Ha solicitado cambiar su dirección de correo electrónico a { $new }. Le hemos enviado un código a esa dirección. Hasta que lo escriba, seguirá iniciando sesión y restableciendo su contraseña con { $current }.
email-enter-code = Escribir el código
email-codes-go-to = Los códigos para restablecer la contraseña se envían a { $email }.
email-change-link = Cambiar la dirección de correo electrónico
name-heading = Su nombre
name-save-button = Guardar nombre
password-heading = Cambiar la contraseña
everywhere-heading = Cerrar sesión en todos los dispositivos
everywhere-intro = Finaliza todas las sesiones de su cuenta en todos los dispositivos, incluido este.
everywhere-button = Cerrar sesión en todos los dispositivos
language-heading = Idioma
language-intro = Las páginas se muestran en este idioma en todos los dispositivos en los que inicie sesión.
language-save-button = Guardar idioma
notice-name-saved = Su nombre se ha guardado.
notice-password-changed = Su contraseña se ha cambiado. Se han cerrado sus demás sesiones.

## Cambio de la dirección de correo electrónico

email-change-title = Cambiar la dirección de correo electrónico
email-change-intro = Su dirección de correo electrónico actual es { $current }. Enviaremos un código a la nueva dirección; el cambio se aplicará cuando lo escriba. Hasta entonces, seguirá iniciando sesión y restableciendo su contraseña con su dirección actual.
new-email-label = Nueva dirección de correo electrónico
email-change-password-hint = Para proteger su cuenta, vuelva a escribir su contraseña.
email-change-button = Enviar el código
email-same = Esa ya es su dirección de correo electrónico.
email-not-accepted = Cognito no aceptó esta dirección. Compruébela y vuelva a intentarlo.
verify-email-title = Confirme su nueva dirección de correo electrónico
verify-email-intro = Le hemos enviado un código a { $new }. Hasta que lo escriba, su dirección de correo electrónico seguirá siendo { $current }: con ella inicia sesión y restablece su contraseña.
verify-email-button = Confirmar la nueva dirección
email-new-code-button = Enviar un código nuevo
email-cancel-button = Cancelar el cambio
notice-email-code-sent = Le hemos enviado un código a { $email }. Escríbalo aquí para confirmar la nueva dirección.
notice-email-code-resent = Le hemos enviado un código nuevo a { $email }.
notice-email-changed = Su dirección de correo electrónico ahora es { $email }.
notice-email-change-cancelled = Se ha cancelado el cambio de dirección de correo electrónico. Su dirección no ha cambiado.
notice-email-change-lapsed = El cambio de dirección de correo electrónico caducó antes de confirmarse. Vuelva a empezar si todavía desea hacerlo.

## Personas (administradores)

people-title = Personas
invite-person-link = Invitar a una persona
invite-csv-link = Invitar desde un archivo CSV
people-search-label = Buscar
people-search-hint = El comienzo de un nombre de usuario, correo electrónico, nombre o apellido.
group-label = Grupo
all-groups = Todos los grupos
people-none-match = Ninguna persona coincide con esa búsqueda.
people-none = Todavía no hay ninguna persona registrada.
people-caption = Personas registradas
people-pages-label = Páginas
people-stale-link = Ese enlace de página ya no es válido, así que se muestra la primera página.
column-username = Nombre de usuario
column-groups = Grupos
column-status = Estado
column-created = Creación
groups-none = Ninguno
status-invited = Invitación enviada
status-invitation-expired = Invitación caducada
status-active = Activa
status-disabled = Desactivada
status-reset-required = Restablecimiento de contraseña pendiente
status-unknown = Desconocido

## Una persona (administradores)

person-title = { $username }
not-done-title = No se ha realizado la acción
details-heading = Datos
correct-details-heading = Corregir los datos
correct-details-hint = Una nueva dirección se aplica de inmediato, sin código: usted responde de que es correcta.
save-details-button = Guardar los datos
actions-heading = Acciones
resend-button = Reenviar la invitación
resend-goes-to = Se enviará a { $email }.
move-group-button = Mover a este grupo
sign-out-person-button = Cerrar todas las sesiones
disable-button = Desactivar la cuenta
enable-button = Activar la cuenta
delete-confirm-label = Para eliminarla, escriba el nombre de usuario
delete-button = Eliminar la cuenta
admin-not-yourself = No puede desactivar ni eliminar su propia cuenta.
admin-resend-only-invited = Solo se puede reenviar la invitación a quien todavía no haya iniciado sesión.
admin-delete-mismatch = El nombre de usuario que ha escrito no coincide. No se ha eliminado nada.
username-taken = Ese nombre de usuario ya está en uso.
admin-resent = Invitación reenviada a { $username }.
admin-disabled = La cuenta de { $username } está desactivada y se han cerrado todas sus sesiones.
admin-enabled = La cuenta de { $username } está activada.
admin-signed-out = Se han cerrado todas las sesiones de { $username }.
admin-moved = { $username } está ahora en el grupo { $group }. El cambio se aplicará en su próximo inicio de sesión.
admin-deleted = Se ha eliminado la cuenta de { $username }.
admin-nothing-changed = No se ha cambiado nada.
admin-details-saved = Se han guardado los datos de { $username }.
admin-details-saved-invited = Se han guardado los datos de { $username }. Todavía no ha iniciado sesión: reenvíe la invitación para que llegue a la nueva dirección.

## Invitaciones

invite-title = Invitar a una persona
invite-intro = Cognito enviará a la persona una contraseña temporal por correo electrónico; ella elegirá la suya en su primer inicio de sesión.
invite-username-hint = Hasta 128 caracteres, sin espacios. Se guarda en minúsculas.
invite-locale-label = Idioma de las páginas de la persona
invite-locale-hint = Opcional. Si no se indica, se usará el idioma del navegador de la persona hasta que elija uno.
invite-locale-unset = Sin definir
invite-button = Enviar invitación
invite-group-missing = Elija profesional, cliente o administrador.
invite-sent = Invitación enviada a { $email }.
locale-unknown = Elija uno de los idiomas de la lista.

## Invitaciones desde un archivo CSV

bulk-title = Invitar desde un archivo CSV
bulk-upload-heading = Subir archivo
bulk-upload-another-heading = Subir otro archivo
bulk-intro = Un archivo CSV en UTF-8 con el encabezado { $header }, de 500 filas y 256 KB como máximo. Una última columna opcional, { $locale }, define el idioma de cada persona (por ejemplo, de o pt-BR). No se envía nada hasta que haya comprobado las filas.
bulk-file-label = Archivo CSV
bulk-check-button = Comprobar el archivo
bulk-results-heading = Resultados
bulk-check-heading = Compruebe antes de enviar
column-line = Línea
column-group = Grupo
column-result = Resultado
column-check = Comprobación
bulk-send-button = { $count ->
        [one] Enviar { $count } invitación
       *[other] Enviar { $count } invitaciones
    }
bulk-ready = Lista para enviar
bulk-sent = Enviada
bulk-duplicate = Duplicado: este nombre de usuario ya aparece en una línea anterior.
bulk-group-invalid = El grupo debe ser profesional, cliente o administrador.
bulk-locale-invalid = El idioma debe ser uno de los idiomas del portal, como de o pt-BR.
bulk-exists = Ya registrado: ese nombre de usuario ya está en uso.
bulk-skipped-taken = Omitido: ese nombre de usuario ya está en uso.
bulk-unreachable = No se ha podido conectar con Cognito.
bulk-slow-down = Cognito ha pedido que reduzcamos el ritmo.
bulk-unexpected = Cognito ha dado una respuesta inesperada; vuelva a intentarlo más tarde.
bulk-refused = Cognito ha rechazado la invitación.
bulk-unconfirmed = Cognito no ha respondido a tiempo, así que no se sabe con certeza si se ha enviado la invitación. Compruebe el estado de la persona antes de reenviar la invitación.
bulk-failed = No se pudo enviar: { $reason }
bulk-stale = Estas filas se comprobaron hace demasiado tiempo o han cambiado. Vuelva a subir el archivo.
bulk-too-large = El archivo supera los 256 KB.
bulk-not-utf8 = El archivo no es texto UTF-8.
bulk-wrong-header = La primera línea debe ser exactamente: username,email,given_name,family_name,group (o con ,locale al final)
bulk-too-many-rows = El archivo tiene más de 500 filas.
bulk-empty = El archivo no tiene filas después del encabezado.
bulk-not-csv = El archivo no es un CSV válido (línea { $line }).

## Páginas de error

error-status = Error { $status }
error-home-link = Ir a la página de inicio
error-not-found-title = Página no encontrada
error-not-found = No hay ninguna página en esta dirección. Compruebe la dirección o vuelva a su panel.
error-method-title = Acción no permitida
error-method = Esta página no se puede usar de esa forma.
error-forbidden-title = No tiene acceso a esta página
error-forbidden = Su cuenta no tiene acceso a esta página. Si cree que debería tenerlo, consulte a su administrador.
error-csrf-title = El formulario ha caducado
error-csrf = Por su seguridad, no se ha podido aceptar el formulario. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-bad-request-title = No se ha podido entender la solicitud
error-bad-request = Parte de lo que se envió no era válido. Vuelva atrás e inténtelo de nuevo.
error-too-large-title = El envío es demasiado grande
error-too-large = El formulario que ha enviado supera el tamaño que admite esta página. Acorte el texto y vuelva a intentarlo.
error-too-many-title = Demasiados intentos
error-too-many = Demasiados intentos fallidos; vuelva a intentarlo dentro de unos minutos.
error-rate-limited-seconds = Se han producido demasiados intentos. Vuelva a intentarlo dentro de { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }.
error-rate-limited-minutes = Se han producido demasiados intentos. Vuelva a intentarlo dentro de { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }.
error-cross-site-title = El formulario procede de otro sitio
error-cross-site = Por su seguridad, este portal solo acepta formularios de sus propias páginas. Vaya al portal y vuelva a intentarlo.
error-conflict-title = Ya existe
error-conflict = Lo que ha solicitado ya existe, así que no se ha cambiado nada. Vuelva atrás y compruebe los datos.
error-refused-title = No se ha podido realizar la acción
error-refused = El servicio de inicio de sesión no ha aceptado esta solicitud. Vuelva atrás, compruebe lo que ha escrito e inténtelo de nuevo; si sigue ocurriendo, consulte a su administrador.
error-unexpected-title = El servicio de inicio de sesión ha dado una respuesta inesperada
error-unexpected = Que sepamos, no se ha cambiado nada. Vuelva a intentarlo dentro de unos minutos; si sigue ocurriendo, avise a su administrador.
error-unavailable-title = El inicio de sesión no está disponible temporalmente
error-unavailable = No podemos conectar con el servicio de inicio de sesión en este momento. Vuelva a intentarlo dentro de unos minutos.
error-unconfirmed-title = No se sabe si se ha realizado la acción
error-unconfirmed-invite = El servicio de inicio de sesión no ha respondido a tiempo, así que no se sabe con certeza si se ha enviado la invitación. Compruebe el estado de la persona en la lista antes de reenviar la invitación.
error-unconfirmed-delete = El servicio de inicio de sesión no ha respondido a tiempo, así que no se sabe con certeza si se ha eliminado la cuenta. Busque a la persona en la lista antes de volver a intentarlo.
error-unconfirmed = El servicio de inicio de sesión no ha respondido a tiempo, así que no se sabe con certeza si se ha realizado la acción. Compruébelo antes de volver a intentarlo.
error-storage-title = El portal no está disponible temporalmente
error-storage = El portal no puede acceder a su almacén de sesiones en este momento. Vuelva a intentarlo dentro de un minuto.
error-internal-title = Algo ha salido mal
error-internal = Algo ha salido mal por nuestra parte. Vuelva a intentarlo dentro de un momento.
