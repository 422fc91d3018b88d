# Português (Brasil) (Brazilian Portuguese). Mesmos identificadores e variáveis de en.ftl.
#
# Glossário (um termo para cada coisa; tratamento por "você"):
#   sign in (verbo): entrar
#   sign-in (substantivo): login
#   sign out: sair (encerrar as sessões de outra pessoa: encerrar sessões)
#   password: senha
#   temporary password: senha temporária
#   new password: nova senha
#   code: código
#   invitation / invite: convite / convidar
#   username: nome de usuário
#   email address: endereço de e-mail (em rótulos curtos: e-mail)
#   given name: nome
#   family name: sobrenome
#   account: conta
#   session: sessão
#   group: grupo
#   administrator: administrador
#   professional: profissional
#   client: cliente
#   Cognito: nome do serviço de login; não é traduzido

## Todas as páginas

skip-link = Pular para o conteúdo principal
document-title = { $title } – { $portal }
document-title-error = Erro: { $title } – { $portal }
account-nav-label = Conta
account-link = Conta
signed-in-as = Você entrou como { $name }
sign-out-button = Sair
language-menu-label = Idioma
language-menu-button = Alterar idioma
language-page-title = Escolha seu idioma
language-page-intro = As páginas do portal são exibidas no idioma que você escolher.

## Formulários

error-summary-title = Ocorreu um problema
error-prefix = Erro:
username-label = Nome de usuário
password-label = Senha
password-show-button = Mostrar senha
password-hide-button = Ocultar senha
new-password-label = Nova senha
confirm-password-label = Confirmar nova senha
current-password-label = Senha atual
given-name-label = Nome
family-name-label = Sobrenome
email-label = Endereço de e-mail
code-label = Código recebido por e-mail
search-button = Pesquisar
previous-page = Página anterior
next-page = Próxima página
back-to-sign-in = Voltar para o login
back-to-account = Voltar para sua conta
back-to-people = Voltar para Pessoas

## Verificação do que foi digitado

username-missing = Digite seu nome de usuário.
username-too-long = O nome de usuário pode ter no máximo 128 caracteres.
username-has-spaces = O nome de usuário não pode conter espaços.
password-missing = Digite sua senha.
password-too-long = A senha pode ter no máximo 256 caracteres.
name-missing = Digite um nome.
name-too-long = O nome pode ter no máximo 100 caracteres.
name-has-control-characters = O nome não pode conter caracteres de controle.
email-missing = Digite um endereço de e-mail.
email-too-long = O endereço de e-mail pode ter no máximo 254 caracteres.
email-invalid = Digite um endereço de e-mail no formato name@example.com.
email-in-use = Outra conta já usa este endereço de e-mail.
code-missing = Digite o código recebido por e-mail.
code-wrong-or-expired = Esse código está incorreto ou expirou.
code-wrong = Esse código está incorreto.
code-expired = Esse código expirou. Solicite um novo.
current-password-missing = Digite sua senha atual.
current-password-wrong = Sua senha atual está incorreta.
password-not-accepted = O Cognito não aceitou esta senha. Escolha outra.

## Requisitos da senha

password-rules = No mínimo { $count ->
        [one] { $count } caractere
       *[other] { $count } caracteres
    }.
password-rules-with = No mínimo { $count ->
        [one] { $count } caractere
       *[other] { $count } caracteres
    }, com { $kinds }.
password-kind-upper-and-lower = letras maiúsculas e minúsculas
password-kind-upper = uma letra maiúscula
password-kind-lower = uma letra minúscula
password-kind-number = um número
password-kind-symbol = um símbolo
# Como os tipos acima são unidos: “a, b e c”.
list-two = { $first } e { $second }
list-more = { $first }, { $rest }
password-unmet-length = Use no mínimo { $count ->
        [one] { $count } caractere
       *[other] { $count } caracteres
    }.
password-unmet-too-long = Use no máximo { $count } caracteres.
password-unmet-upper = Inclua uma letra maiúscula.
password-unmet-lower = Inclua uma letra minúscula.
password-unmet-number = Inclua um número.
password-unmet-symbol = Inclua um símbolo, como ! ou #.
password-unmet-space = Não comece nem termine com um espaço.
new-password-missing = Digite uma nova senha.
passwords-differ = As senhas não coincidem.

## Login

login-title = Entrar
login-description = Entre em { $portal }.
forgot-description = Redefina sua senha de { $portal } com um código enviado para seu endereço de e-mail.
confirm-description = Digite o código que enviamos por e-mail e escolha uma nova senha para { $portal }.
language-description = Escolha o idioma em que { $portal } é exibido.
login-button = Entrar
forgot-password-link = Esqueceu sua senha?
login-wrong = Nome de usuário ou senha incorretos.
login-invitation-expired = Seu convite expirou. Use “Esqueceu sua senha?” e enviaremos um novo para você.
login-reset-required = Você precisa escolher uma nova senha. Use “Esqueceu sua senha?” e enviaremos um código para seu e-mail.
login-notice-ended = Sua sessão terminou. Entre novamente para continuar.
login-notice-signed-out = Você saiu.
login-notice-signed-out-everywhere = Você saiu de todos os dispositivos.
login-notice-password-changed = Sua senha foi alterada. Entre com sua nova senha.
login-notice-slow = Seu login demorou demais; entre novamente.
login-notice-restart = Não foi possível concluir seu login; entre novamente.

## Primeiro login

new-password-title = Escolha sua senha
new-password-intro = Boas-vindas! A senha temporária do seu convite funcionou. Escolha a senha que você usará daqui em diante.
new-password-button = Definir senha e entrar

## Senha esquecida

forgot-title = Redefinir sua senha
forgot-intro = Digite seu nome de usuário. Se ele pertencer a uma conta, enviaremos um código para o endereço de e-mail dessa conta.
forgot-button = Enviar um código para meu e-mail
confirm-title = Digite seu código
confirm-new-code-button = Enviar um novo código para mim
change-password-button = Alterar senha
notice-code-sent = Se houver uma conta com esse nome de usuário, enviamos um código para o e-mail dela.

## Painéis

welcome = Olá, { $name }
client-dashboard-title = Painel do cliente
client-dashboard-lead = Seu painel de cliente.
professional-dashboard-title = Painel do profissional
professional-dashboard-lead = Seu painel de profissional.
no-role-title = Ainda não há painel
no-role-notice = Sua conta ainda não está em nenhum grupo do portal, por isso não há nenhum painel para mostrar. Peça ao seu administrador para adicionar você ao grupo de profissionais ou de clientes e depois entre novamente.
account-card-title = Sua conta
account-email = E-mail
account-full-name = Nome completo
account-role = Função
account-session-ends = Fim da sessão
session-ends-at = às { $time } UTC (em { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    })
role-professional = Profissional
role-client = Cliente
role-admin = Administrador
role-none = Nenhuma por enquanto

## Lista de clientes

clients-heading = Clientes
clients-loading = A lista de clientes está sendo carregada do Cognito. Atualize a página em instantes.
clients-unavailable = A lista de clientes está indisponível no momento. Tente novamente em alguns minutos.
clients-search-label = Pesquisar por nome ou endereço de e-mail
clients-count = { $count ->
        [one] { $count } cliente
       *[other] { $count } clientes
    }
clients-matches = { $count ->
        [one] { $count } resultado para “{ $query }”
       *[other] { $count } resultados para “{ $query }”
    }
clients-none = Ainda não há clientes.
clients-none-match = Nenhum cliente tem “{ $query }” no nome ou no endereço de e-mail.
clients-caption = Clientes, por sobrenome
column-name = Nome
column-email = E-mail
clients-pages-label = Páginas da lista de clientes
page-position = Página { $page } de { $pages }

## Sua conta

account-title = Sua conta
email-heading = Seu endereço de e-mail
email-pending = Você pediu para alterar seu endereço de e-mail para { $new }. Enviamos um código para esse endereço. Enquanto você não digitar o código, continuará entrando e redefinindo sua senha com { $current }.
email-enter-code = Digitar o código
email-codes-go-to = Os códigos de redefinição de senha são enviados para { $email }.
email-change-link = Alterar seu endereço de e-mail
name-heading = Seu nome
name-save-button = Salvar nome
password-heading = Alterar sua senha
everywhere-heading = Sair de todos os dispositivos
everywhere-intro = Encerra todas as sessões da sua conta, em todos os dispositivos, inclusive neste.
everywhere-button = Sair de todos os dispositivos
language-heading = Idioma
language-intro = As páginas são exibidas neste idioma em todos os dispositivos em que você entrar.
language-save-button = Salvar idioma
notice-name-saved = Seu nome foi salvo.
notice-password-changed = Sua senha foi alterada. Suas outras sessões foram encerradas.

## Alteração do endereço de e-mail

email-change-title = Alterar seu endereço de e-mail
email-change-intro = Seu endereço de e-mail atual é { $current }. Enviaremos um código para o novo endereço; a alteração entra em vigor quando você digitar o código. Até lá, você continua entrando e redefinindo sua senha com o endereço atual.
new-email-label = Novo endereço de e-mail
email-change-password-hint = Para manter sua conta segura, digite sua senha novamente.
email-change-button = Enviar o código
email-same = Esse já é o seu endereço de e-mail.
email-not-accepted = O Cognito não aceitou este endereço. Verifique-o e tente novamente.
verify-email-title = Confirme seu novo endereço de e-mail
verify-email-intro = Enviamos um código para { $new }. Enquanto você não digitar o código, seu endereço de e-mail continua sendo { $current }: é com ele que você entra e redefine sua senha.
verify-email-button = Confirmar o novo endereço
email-new-code-button = Enviar um novo código
email-cancel-button = Cancelar a alteração
notice-email-code-sent = Enviamos um código para { $email }. Digite-o aqui para confirmar o novo endereço.
notice-email-code-resent = Enviamos um novo código para { $email }.
notice-email-changed = Seu endereço de e-mail agora é { $email }.
notice-email-change-cancelled = A alteração do endereço de e-mail foi cancelada. Seu endereço não mudou.
notice-email-change-lapsed = A alteração do endereço de e-mail expirou antes de ser confirmada. Comece de novo se ainda quiser fazê-la.

## Pessoas (administradores)

people-title = Pessoas
invite-person-link = Convidar uma pessoa
invite-csv-link = Convidar a partir de um arquivo CSV
people-search-label = Pesquisar
people-search-hint = O início de um nome de usuário, e-mail, nome ou sobrenome.
group-label = Grupo
all-groups = Todos os grupos
people-none-match = Ninguém corresponde a essa pesquisa.
people-none = Ainda não há ninguém cadastrado.
people-caption = Pessoas cadastradas
people-pages-label = Páginas
people-stale-link = Esse link de página não é mais válido, por isso esta é a primeira página.
column-username = Nome de usuário
column-groups = Grupos
column-status = Status
column-created = Criação
groups-none = Nenhum
status-invited = Convite enviado
status-invitation-expired = Convite expirado
status-active = Ativa
status-disabled = Desativada
status-reset-required = Redefinição de senha pendente
status-unknown = Desconhecido

## Uma pessoa (administradores)

person-title = { $username }
not-done-title = A ação não foi realizada
details-heading = Dados
correct-details-heading = Corrigir os dados
correct-details-hint = Um novo endereço entra em vigor imediatamente, sem código: você se responsabiliza por ele.
save-details-button = Salvar os dados
actions-heading = Ações
resend-button = Reenviar o convite
resend-goes-to = Ele será enviado para { $email }.
move-group-button = Mover para este grupo
sign-out-person-button = Encerrar todas as sessões
disable-button = Desativar conta
enable-button = Ativar conta
delete-confirm-label = Para excluir, digite o nome de usuário
delete-button = Excluir conta
admin-not-yourself = Você não pode desativar nem excluir sua própria conta.
admin-resend-only-invited = O convite só pode ser reenviado para quem ainda não entrou.
admin-delete-mismatch = O nome de usuário digitado não corresponde. Nada foi excluído.
username-taken = Esse nome de usuário já está em uso.
admin-resent = Convite reenviado para { $username }.
admin-disabled = A conta de { $username } foi desativada e todas as sessões foram encerradas.
admin-enabled = A conta de { $username } foi ativada.
admin-signed-out = Todas as sessões de { $username } foram encerradas.
admin-moved = { $username } agora está no grupo { $group }. A alteração vale a partir do próximo login.
admin-deleted = A conta de { $username } foi excluída.
admin-nothing-changed = Nada foi alterado.
admin-details-saved = Os dados de { $username } foram salvos.
admin-details-saved-invited = Os dados de { $username } foram salvos. Essa pessoa ainda não entrou: reenvie o convite para que ele chegue ao novo endereço.

## Convites

invite-title = Convidar uma pessoa
invite-intro = O Cognito envia uma senha temporária por e-mail para a pessoa; ela escolhe a própria senha no primeiro login.
invite-username-hint = Até 128 caracteres, sem espaços. Armazenado em letras minúsculas.
invite-locale-label = Idioma das páginas da pessoa
invite-locale-hint = Opcional. Se não for definido, será usado o idioma do navegador da pessoa até que ela escolha um.
invite-locale-unset = Não definido
invite-button = Enviar convite
invite-group-missing = Escolha profissional, cliente ou administrador.
invite-sent = Convite enviado para { $email }.
locale-unknown = Escolha um dos idiomas da lista.

## Convites a partir de um arquivo CSV

bulk-title = Convidar a partir de um arquivo CSV
bulk-upload-heading = Carregar arquivo
bulk-upload-another-heading = Carregar outro arquivo
bulk-intro = Um arquivo CSV em UTF-8 com o cabeçalho { $header }, com no máximo 500 linhas e 256 KB. Uma última coluna opcional, { $locale }, define o idioma de cada pessoa (por exemplo, de ou pt-BR). Nada é enviado antes de você verificar as linhas.
bulk-file-label = Arquivo CSV
bulk-check-button = Verificar o arquivo
bulk-results-heading = Resultados
bulk-check-heading = Verifique antes de enviar
column-line = Linha
column-group = Grupo
column-result = Resultado
column-check = Verificação
bulk-send-button = { $count ->
        [one] Enviar { $count } convite
       *[other] Enviar { $count } convites
    }
bulk-ready = Pronto para enviar
bulk-sent = Enviado
bulk-duplicate = Duplicado: este nome de usuário já aparece em uma linha anterior.
bulk-group-invalid = O grupo deve ser profissional, cliente ou administrador.
bulk-locale-invalid = O idioma deve ser um dos idiomas do portal, como de ou pt-BR.
bulk-exists = Já cadastrado: esse nome de usuário já está em uso.
bulk-skipped-taken = Ignorado: esse nome de usuário já está em uso.
bulk-unreachable = Não foi possível conectar ao Cognito.
bulk-slow-down = O Cognito pediu que reduzíssemos o ritmo.
bulk-unexpected = O Cognito deu uma resposta inesperada; tente novamente mais tarde.
bulk-refused = O Cognito recusou o convite.
bulk-unconfirmed = O Cognito não respondeu a tempo, por isso não é possível saber se o convite foi enviado. Verifique o status da pessoa antes de reenviar o convite.
bulk-failed = Falhou: { $reason }
bulk-stale = Estas linhas foram verificadas há muito tempo ou foram alteradas. Carregue o arquivo novamente.
bulk-too-large = O arquivo tem mais de 256 KB.
bulk-not-utf8 = O arquivo não é texto UTF-8.
bulk-wrong-header = A primeira linha deve ser exatamente: username,email,given_name,family_name,group (ou com ,locale no final)
bulk-too-many-rows = O arquivo tem mais de 500 linhas.
bulk-empty = O arquivo não tem linhas depois do cabeçalho.
bulk-not-csv = O arquivo não é um CSV válido (linha { $line }).

## Páginas de erro

error-status = Erro { $status }
error-home-link = Ir para a página inicial
error-not-found-title = Página não encontrada
error-not-found = Não há nenhuma página neste endereço. Verifique o endereço ou volte para seu painel.
error-method-title = Ação não permitida
error-method = Esta página não pode ser usada dessa forma.
error-forbidden-title = Você não tem acesso a esta página
error-forbidden = Sua conta não tem acesso a esta página. Se você acha que deveria ter, fale com seu administrador.
error-csrf-title = O formulário expirou
error-csrf = Para sua segurança, não foi possível aceitar o formulário. Volte, recarregue a página e tente novamente.
error-bad-request-title = Não foi possível entender a solicitação
error-bad-request = Algo no que foi enviado não era válido. Volte e tente novamente.
error-too-large-title = O envio é grande demais
error-too-large = O formulário enviado é maior do que esta página aceita. Encurte o texto digitado e tente novamente.
error-too-many-title = Tentativas demais
error-too-many = Muitas tentativas sem sucesso; tente novamente em alguns minutos.
error-rate-limited-seconds = Houve tentativas demais. Tente novamente em { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }.
error-rate-limited-minutes = Houve tentativas demais. Tente novamente em { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }.
error-cross-site-title = O formulário veio de outro site
error-cross-site = Para sua segurança, este portal só aceita formulários das próprias páginas. Acesse o portal e tente novamente.
error-conflict-title = Isso já existe
error-conflict = O que você pediu já existe, por isso nada foi alterado. Volte e verifique os dados.
error-refused-title = Não foi possível realizar a ação
error-refused = O serviço de login não aceitou esta solicitação. Volte, verifique o que você digitou e tente novamente; se isso continuar acontecendo, fale com seu administrador.
error-unexpected-title = O serviço de login deu uma resposta inesperada
error-unexpected = Até onde sabemos, nada foi alterado. Tente novamente em alguns minutos; se isso continuar acontecendo, avise seu administrador.
error-unavailable-title = O login está temporariamente indisponível
error-unavailable = Não conseguimos acessar o serviço de login no momento. Tente novamente em alguns minutos.
error-unconfirmed-title = Não é possível saber se a ação foi realizada
error-unconfirmed-invite = O serviço de login não respondeu a tempo, por isso não é possível saber se o convite foi enviado. Verifique o status da pessoa na lista antes de reenviar o convite.
error-unconfirmed-delete = O serviço de login não respondeu a tempo, por isso não é possível saber se a conta foi excluída. Procure a pessoa na lista antes de tentar novamente.
error-unconfirmed = O serviço de login não respondeu a tempo, por isso não é possível saber se a ação foi realizada. Verifique antes de tentar novamente.
error-storage-title = O portal está temporariamente indisponível
error-storage = O portal não consegue acessar o armazenamento de sessões no momento. Tente novamente em um minuto.
error-internal-title = Algo deu errado
error-internal = Algo deu errado do nosso lado. Tente novamente em instantes.
