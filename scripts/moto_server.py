#!/usr/bin/env python3
"""The local Cognito (moto) on 127.0.0.1.

Prints the port it listens on as its first line, then serves until it is stopped. With
--exit-on-stdin-eof it also stops when its standard input closes: a test binary that starts it
with a pipe thereby stops it by simply exiting, even when it crashes.

It keeps every message Cognito would email (invitations with their temporary password, reset
codes, email-verification codes) in an outbox: http://127.0.0.1:<port>/_outbox (newest first),
/_outbox.json (?to=address) for tests, and with --mail-log FILE appended to that file too.
For tests, POST /_outbox/expire?to=address lets a day pass for the codes sent to that address.
"""
import argparse
import datetime
import html
import json
import re
import secrets
import signal
import sys
import threading
import time
import urllib.parse

from moto.cognitoidp import models as cognito_models
from moto.cognitoidp.exceptions import (
    CodeMismatchException,
    ExpiredCodeException,
    InvalidParameterException,
    NotAuthorizedError,
)
from moto.cognitoidp.responses import CognitoIdpResponse as Responses
from moto.core.exceptions import JsonRESTError
from moto.core.responses import ActionResult, EmptyResult
from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import make_server

# Where moto differs from real Cognito in ways the portal depends on, real Cognito's semantics
# and error shapes are filled in here (never in the portal).
Backend = cognito_models.CognitoIdpBackend


class LimitExceededException(JsonRESTError):
    def __init__(self, message):
        super().__init__("LimitExceededException", message)


class UnsupportedUserStateException(JsonRESTError):
    def __init__(self, message):
        super().__init__("UnsupportedUserStateException", message)

# Cognito's pattern for user names: letters, marks, symbols, numbers and punctuation; no
# whitespace or control characters (moto takes anything).
USERNAME = re.compile(r"^[^\s\x00-\x1f\x7f]{1,128}$")


# --- The outbox: every message Cognito would email, kept here and shown at /_outbox. -------

OUTBOX: list = []
OUTBOX_LOCK = threading.Lock()
MAIL_LOG = None  # a file each message is appended to (scripts/dev shows it in the terminal)

# Cognito's own texts when a pool has no template of its own.
DEFAULT_INVITATION = ("Your temporary password", "Your username is {username} and temporary password is {####}.")
DEFAULT_VERIFICATION = ("Your verification code", "Your verification code is {####}.")


def _pool_of(backend, pool_id):
    return backend.user_pools.get(pool_id)


def _template(pool, kind):
    """The pool's (subject, body) for a kind of message, as Cognito would pick it."""
    config = pool.extended_config if pool else {}
    if kind == "invitation":
        invite = (config.get("AdminCreateUserConfig") or {}).get("InviteMessageTemplate") or {}
        return (
            invite.get("EmailSubject") or DEFAULT_INVITATION[0],
            invite.get("EmailMessage") or DEFAULT_INVITATION[1],
        )
    verification = config.get("VerificationMessageTemplate") or {}
    return (
        verification.get("EmailSubject") or config.get("EmailVerificationSubject") or DEFAULT_VERIFICATION[0],
        verification.get("EmailMessage") or config.get("EmailVerificationMessage") or DEFAULT_VERIFICATION[1],
    )


def send_mail(pool, kind, username, to, secret):
    """Keeps the message Cognito would send: `secret` is the temporary password or the code."""
    if not to:
        return
    subject, body = _template(pool, kind)
    body = body.replace("{username}", username).replace("{####}", secret)
    message = {
        "time": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "pool": pool.id if pool else "",
        "kind": kind,
        "username": username,
        "to": to,
        "subject": subject,
        "body": body,
        "code": secret,
    }
    with OUTBOX_LOCK:
        OUTBOX.append(message)
        if MAIL_LOG:
            # The terminal gets the text of an HTML body: tags dropped, links kept beside it.
            text = re.sub(r'<a href="([^"]*)">[^<]*</a>', r"\1", body)
            text = re.sub(r"</p>|<br\s*/?>", " ", text)
            text = html.unescape(re.sub(r"<[^>]+>", "", text))
            text = re.sub(r"\s+", " ", text).strip()
            with open(MAIL_LOG, "a", encoding="utf-8") as log:
                log.write(f"\n  Mail to {to} ({kind}): {subject}\n    {text}\n")


def outbox_app(app):
    """Serves /_outbox (HTML, newest first) and /_outbox.json (?to=address filters); everything
    else goes to moto."""

    def serve(environ, start_response):
        path = environ.get("PATH_INFO", "")
        query = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
        to = (query.get("to") or [None])[0]
        if path == "/_outbox/expire" and environ.get("REQUEST_METHOD") == "POST":
            # For tests: a day passes for the email-verification codes sent to `to`.
            for pending in PENDING.values():
                if to and pending["value"].lower() == to.lower():
                    pending["issued"] -= CODE_LIFETIME_S + 1
            start_response("204 No Content", [])
            return [b""]
        if path not in ("/_outbox", "/_outbox.json"):
            return app(environ, start_response)
        with OUTBOX_LOCK:
            messages = [m for m in reversed(OUTBOX) if to is None or m["to"].lower() == to.lower()]
        if path == "/_outbox.json":
            body = json.dumps(messages).encode()
            start_response("200 OK", [("Content-Type", "application/json"), ("Cache-Control", "no-store")])
            return [body]
        rows = "".join(
            "<article><h2>{subject}</h2><p><b>To</b> {to} &middot; <b>{kind}</b> &middot; "
            "<time>{time}</time></p><pre>{body}</pre></article>".format(
                **{k: html.escape(str(v)) for k, v in m.items()}
            )
            for m in messages
        ) or "<p>No messages yet.</p>"
        page = (
            "<!doctype html><html lang=en><meta charset=utf-8><title>Local Cognito: outbox</title>"
            "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}"
            "article{border-top:1px solid #888;padding:.5rem 0}pre{white-space:pre-wrap}</style>"
            "<h1>Outbox of the local Cognito</h1><p>Every message Cognito would have emailed, "
            "newest first. Nothing here was sent.</p>" + rows + "</html>"
        )
        start_response("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")])
        return [page.encode()]

    return serve


def _new_code():
    return f"{secrets.randbelow(1_000_000):06d}"


def _temporary_password():
    # Meets Cognito's default policy: 8+ characters with upper, lower, digit and symbol.
    return "Tmp-" + secrets.token_urlsafe(9) + "a7Z!"


def _email_of(user):
    return user.attribute_lookup.get("email")


# --- AdminCreateUser --------------------------------------------------------------------------

_admin_create_user = Backend.admin_create_user


def admin_create_user(self, user_pool_id, username, message_action, temporary_password, attributes):
    if not USERNAME.match(username or ""):
        raise InvalidParameterException(
            "1 validation error detected: Value at 'username' failed to satisfy constraint: "
            "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+"
        )
    pool = _pool_of(self, user_pool_id)
    if message_action == "RESEND":
        # Real Cognito keeps the person (attributes, groups) and gives a new temporary password
        # and a new expiry; moto would replace them with an empty user.
        user = self.admin_get_user(user_pool_id, username)
        if user.status is not cognito_models.UserStatus.FORCE_CHANGE_PASSWORD:
            raise UnsupportedUserStateException("User does not exist or is not in FORCE_CHANGE_PASSWORD state.")
        user.password = temporary_password or _temporary_password()
        user.create_date = user.last_modified_date = cognito_models.utcnow()
        send_mail(pool, "invitation", user.username, _email_of(user), user.password)
        return user
    # Cognito makes a temporary password when none is given; moto would leave none at all.
    user = _admin_create_user(
        self, user_pool_id, username, message_action, temporary_password or _temporary_password(), attributes
    )
    if message_action != "SUPPRESS":
        send_mail(pool, "invitation", user.username, _email_of(user), user.password)
    return user


# --- ForgotPassword and ConfirmForgotPassword -------------------------------------------------

_forgot_password = Backend.forgot_password


# Real Cognito emails a six-digit code and checks it strictly: a wrong code is CodeMismatch, a
# used one (or none asked for) ExpiredCode. moto makes "moto-confirmation-code:NNNNNN" codes and
# accepts any code without that prefix. The code still comes back in moto's
# x-moto-forgot-password-confirmation-code header, as well as in the outbox.
def forgot_password(self, client_id, username):
    moto_code, details = _forgot_password(self, client_id, username)
    if moto_code is None:
        return None, details
    code = _new_code()
    for pool in self.user_pools.values():
        user = pool._get_user(username) if client_id in pool.clients else None
        if user:
            user.confirmation_code = code
            if user.attribute_lookup.get("email_verified") == "true":
                send_mail(pool, "reset-code", user.username, _email_of(user), code)
    return code, details


# With user-existence errors prevented (the setup guide's setting), ConfirmForgotPassword for a
# user the pool does not hold answers as for a wrong code; moto raises ResourceNotFound.
_confirm_forgot_password = Backend.confirm_forgot_password


def confirm_forgot_password(self, client_id, username, password, confirmation_code):
    user = next(
        (
            pool._get_user(username)
            for pool in self.user_pools.values()
            if client_id in pool.clients and pool._get_user(username)
        ),
        None,
    )
    if user is None:
        raise CodeMismatchException("Invalid verification code provided, please try again.")
    if user.confirmation_code is None:
        raise ExpiredCodeException("Invalid code provided, please request a code again.")
    if not secrets.compare_digest(str(confirmation_code), user.confirmation_code):
        raise CodeMismatchException("Invalid verification code provided, please try again.")
    _confirm_forgot_password(self, client_id, username, password, confirmation_code)
    user.confirmation_code = None


# An unknown or used challenge session: real Cognito says NotAuthorized ("Invalid session for
# the user"); moto raises ResourceNotFound.
_respond_to_auth_challenge = Backend.respond_to_auth_challenge


def respond_to_auth_challenge(self, session, client_id, challenge_name, challenge_responses):
    if challenge_name != "PASSWORD_VERIFIER" and session not in self.sessions:
        raise NotAuthorizedError("Invalid session for the user, session is expired.")
    return _respond_to_auth_challenge(self, session, client_id, challenge_name, challenge_responses)


# Real Cognito's NEW_PASSWORD_REQUIRED carries the person's attributes (`userAttributes`, a JSON
# object: the portal reads the invitee's `locale` from it); moto's challenge parameters are empty.
_admin_initiate_auth = Backend.admin_initiate_auth


def admin_initiate_auth(self, user_pool_id, *args, **kwargs):
    result = _admin_initiate_auth(self, user_pool_id, *args, **kwargs)
    if result.get("ChallengeName") == "NEW_PASSWORD_REQUIRED":
        username, _pool = self.sessions.get(result.get("Session"), (None, None))
        pool = _pool_of(self, user_pool_id)
        user = pool.users.get(username) if pool and username else None
        if user is not None:
            attributes = {a["Name"]: a["Value"] for a in user.attributes if a["Name"] != "sub"}
            result.setdefault("ChallengeParameters", {})["userAttributes"] = json.dumps(attributes)
    return result


# --- Attribute verification -------------------------------------------------------------------
# moto has no VerifyUserAttribute or GetUserAttributeVerificationCode, and its
# UpdateUserAttributes applies a new email at once. Real Cognito, with the pool's
# AttributesRequireVerificationBeforeUpdate holding `email` (the setup guide's setting), keeps the
# old address active and `email_verified` true, emails a code to the new address and applies it
# only when VerifyUserAttribute gets that code.

# (pool id, username, attribute) -> {"value", "code", "issued", "failures"}; "code" None = used.
PENDING: dict = {}
CODE_LIFETIME_S = 24 * 3600
MAX_FAILURES = 5


def _user_of_token(access_token):
    for backends in cognito_models.cognitoidp_backends.values():
        for region, backend in backends.items():
            if region == "global":
                continue
            for pool in backend.user_pools.values():
                if access_token in pool.access_tokens:
                    _, username = pool.access_tokens[access_token]
                    user = pool._get_user(username)
                    if not user or not user.enabled:
                        raise NotAuthorizedError("User is disabled.")
                    return pool, user
    raise NotAuthorizedError("Access Token has been revoked")


def _keeps_old_value(pool, attribute):
    settings = pool.extended_config.get("UserAttributeUpdateSettings") or {}
    return attribute in (settings.get("AttributesRequireVerificationBeforeUpdate") or [])


def _masked(address):
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain[:1]}***"


def _issue_code(pool, user, attribute, value):
    code = _new_code()
    PENDING[(pool.id, user.username, attribute)] = {
        "value": value, "code": code, "issued": time.time(), "failures": 0,
    }
    send_mail(pool, "verification-code", user.username, value, code)
    return {"Destination": _masked(value), "DeliveryMedium": "EMAIL", "AttributeName": attribute}


def _split_email(pool, user, attributes):
    """Takes a new, unverified email out of `attributes` when the pool keeps the old value until
    the new one is verified; returns it (or None)."""
    flat = {a["Name"]: a.get("Value") for a in attributes}
    email = flat.get("email")
    if email is None or email == _email_of(user):
        return None
    if flat.get("email_verified") == "true":
        PENDING.pop((pool.id, user.username, "email"), None)
        return None
    if not _keeps_old_value(pool, "email"):
        attributes.append({"Name": "email_verified", "Value": "false"})
        return email
    attributes[:] = [a for a in attributes if a["Name"] not in ("email", "email_verified")]
    return email


def update_user_attributes(self, access_token, attributes):
    pool, user = _user_of_token(access_token)
    attributes = list(attributes)
    email = _split_email(pool, user, attributes)
    if attributes:
        user.update_attributes(attributes)
    if email is None:
        return []
    return [_issue_code(pool, user, "email", email)]


_admin_update_user_attributes = Backend.admin_update_user_attributes


def admin_update_user_attributes(self, user_pool_id, username, attributes):
    user = self.admin_get_user(user_pool_id, username)
    pool = _pool_of(self, user_pool_id)
    attributes = list(attributes)
    email = _split_email(pool, user, attributes)
    if attributes:
        _admin_update_user_attributes(self, user_pool_id, username, attributes)
    if email is not None:
        _issue_code(pool, user, "email", email)


def verify_user_attribute(access_token, attribute, code):
    pool, user = _user_of_token(access_token)
    pending = PENDING.get((pool.id, user.username, attribute))
    if not pending or pending["code"] is None or time.time() - pending["issued"] > CODE_LIFETIME_S:
        raise ExpiredCodeException("Invalid code provided, please request a code again.")
    if pending["failures"] >= MAX_FAILURES:
        raise LimitExceededException("Attempt limit exceeded, please try after some time.")
    if not secrets.compare_digest(str(code), pending["code"]):
        pending["failures"] += 1
        raise CodeMismatchException("Invalid verification code provided, please try again.")
    pending["code"] = None
    user.update_attributes([
        {"Name": attribute, "Value": pending["value"]},
        {"Name": f"{attribute}_verified", "Value": "true"},
    ])


def get_user_attribute_verification_code(access_token, attribute):
    pool, user = _user_of_token(access_token)
    if attribute != "email":
        raise InvalidParameterException(f"Invalid attribute name: {attribute}")
    pending = PENDING.get((pool.id, user.username, attribute))
    if pending and pending["code"] is not None:
        value = pending["value"]
    elif user.attribute_lookup.get("email_verified") != "true" and _email_of(user):
        value = _email_of(user)
    else:
        raise InvalidParameterException("Cannot send a code: the attribute is already verified.")
    return _issue_code(pool, user, attribute, value)


def _verify_user_attribute_action(self):
    verify_user_attribute(
        self._get_param("AccessToken"), self._get_param("AttributeName"), self._get_param("Code")
    )
    return EmptyResult()


def _get_user_attribute_verification_code_action(self):
    details = get_user_attribute_verification_code(
        self._get_param("AccessToken"), self._get_param("AttributeName")
    )
    return ActionResult({"CodeDeliveryDetails": details})


def _update_user_attributes_action(self):
    details = update_user_attributes(
        None, self._get_param("AccessToken"), self._get_param("UserAttributes")
    )
    return ActionResult({"CodeDeliveryDetailsList": details})


# --- UpdateUserPool and UpdateUserPoolClient --------------------------------------------------
# Real Cognito sets every updatable setting that an update leaves out back to its default ("If you
# don't provide a value for an attribute, Amazon Cognito sets it to its default value"), so the
# portal must send back the whole configuration. moto's UpdateUserPool resets too but also drops
# what an update cannot change (UsernameAttributes, AliasAttributes, UsernameConfiguration) and
# keeps the old MfaConfiguration; its UpdateUserPoolClient merges the request into the old
# settings. Here the updatable settings (the members of botocore's UpdateUserPoolRequest and
# UpdateUserPoolClientRequest) become exactly the request, so a test that nothing was lost can fail.
POOL_SETTINGS = frozenset((
    "Policies DeletionProtection LambdaConfig AutoVerifiedAttributes SmsVerificationMessage "
    "EmailVerificationMessage EmailVerificationSubject VerificationMessageTemplate "
    "SmsAuthenticationMessage UserAttributeUpdateSettings MfaConfiguration DeviceConfiguration "
    "EmailConfiguration SmsConfiguration UserPoolTags AdminCreateUserConfig UserPoolAddOns "
    "DcrConfiguration AccountRecoverySetting PoolName UserPoolTier KeyConfiguration "
    "IssuerConfiguration AcrConfiguration"
).split())
POOL_KEPT_WHEN_OMITTED = {"PoolName", "DcrConfiguration"}  # as Cognito documents them
CLIENT_SETTINGS = frozenset((
    "ClientName RefreshTokenValidity AccessTokenValidity IdTokenValidity TokenValidityUnits "
    "ReadAttributes WriteAttributes ExplicitAuthFlows SupportedIdentityProviders CallbackURLs "
    "LogoutURLs DefaultRedirectURI AllowedOAuthFlows AllowedOAuthScopes "
    "AllowedOAuthFlowsUserPoolClient AnalyticsConfiguration PreventUserExistenceErrors "
    "EnableTokenRevocation EnablePropagateAdditionalUserContextData AuthSessionValidity "
    "RefreshTokenRotation PublishSecretsInAWSSecretsManager"
).split())
CLIENT_KEPT_WHEN_OMITTED = {"ClientName", "PublishSecretsInAWSSecretsManager"}
# Cognito's token lifetimes when a client names none: one hour, one hour, 30 days.
TOKEN_DEFAULTS = {"AccessToken": (60, "minutes"), "IdToken": (60, "minutes"), "RefreshToken": (30, "days")}


def _replaced(old, request, settings, kept_when_omitted):
    """The new config: what no update can change, the kept settings the request leaves out, and
    the request's settings; the other updatable settings are gone (moto then shows defaults)."""
    given = {k: v for k, v in request.items() if k in settings}
    keep = {k: v for k, v in old.items() if k not in settings or (k in kept_when_omitted and k not in given)}
    return {**keep, **given}


_update_user_pool = Backend.update_user_pool


def update_user_pool(self, user_pool_id, extended_config):
    pool = self.describe_user_pool(user_pool_id)
    config = _replaced(pool.extended_config, extended_config, POOL_SETTINGS, POOL_KEPT_WHEN_OMITTED)
    pool.name = config.pop("PoolName", pool.name)
    # DescribeUserPool always shows a password policy: Cognito's default one unless given.
    default_policy = cognito_models.DEFAULT_USER_POOL_CONFIG["Policies"]["PasswordPolicy"]
    config["Policies"] = {"PasswordPolicy": default_policy, **(config.get("Policies") or {})}
    # moto reports (and enforces) MFA from its own attribute: omitted means OFF.
    pool.mfa_config = config.get("MfaConfiguration") or "OFF"
    _update_user_pool(self, user_pool_id, config)  # fills moto's defaults for the rest
    pool.last_modified_date = cognito_models.utcnow()


def update_user_pool_client(self, user_pool_id, client_id, extended_config):
    client = self.describe_user_pool_client(user_pool_id, client_id)
    config = _replaced(client.extended_config, extended_config, CLIENT_SETTINGS, CLIENT_KEPT_WHEN_OMITTED)
    units = dict(config.get("TokenValidityUnits") or {})
    for token, (value, unit) in TOKEN_DEFAULTS.items():
        if f"{token}Validity" not in config:
            config[f"{token}Validity"], units[token] = value, unit
    config["TokenValidityUnits"] = units
    # The settings a new client has (moto's defaults), then the config; the secret stays as it is.
    fresh = cognito_models.CognitoIdpUserPoolClient(user_pool_id, False, None)
    client.extended_config = {**fresh.extended_config, **config}
    return client


# --- DescribeUserPool (and CreateUserPool's answer) -------------------------------------------
# Real Cognito lists every standard attribute, in its own fixed order and with its Required flag,
# then the pool's custom and developer-only attributes; `given_name` and `family_name` come
# before `email` whatever order the pool was created with (the AWS CLI's documented output of
# describe-user-pool and create-user-pool:
# https://docs.aws.amazon.com/cli/latest/reference/cognito-idp/describe-user-pool.html,
# https://docs.aws.amazon.com/cli/latest/reference/cognito-idp/create-user-pool.html). moto lists
# only the attributes a pool was created with, in the order given.
STANDARD_ATTRIBUTES = (
    "sub name given_name family_name middle_name nickname preferred_username profile picture "
    "website email email_verified gender birthdate zoneinfo locale phone_number "
    "phone_number_verified address updated_at identities"
).split()
# The one standard attribute moto does not know, as the describe-user-pool example shows it.
IDENTITIES = {
    "Name": "identities", "AttributeDataType": "String", "DeveloperOnlyAttribute": False,
    "Mutable": True, "Required": False, "StringAttributeConstraints": {},
}


def _standard_attribute(name):
    if name == "identities":
        return dict(IDENTITIES)
    schema = cognito_models.CognitoIdpUserPoolAttribute.STANDARD_SCHEMA[name]
    return cognito_models.CognitoIdpUserPoolAttribute(name, False, schema).to_json()


_pool_to_json = cognito_models.CognitoIdpUserPool.to_json


def pool_to_json(self, extended=False):
    result = _pool_to_json(self, extended)
    if not extended:
        return result
    given = self.schema_attributes
    result["SchemaAttributes"] = [
        given[name].to_json() if name in given else _standard_attribute(name) for name in STANDARD_ATTRIBUTES
    ] + [attribute.to_json() for name, attribute in given.items() if name not in STANDARD_ATTRIBUTES]
    # The pool's MFA as SetUserPoolMfaConfig (or UpdateUserPool) last set it: DescribeUserPool's
    # MfaConfiguration is the pool's current setting (API reference, UserPoolType and
    # SetUserPoolMfaConfig). moto shows the value the pool was created with, if it was given one.
    result["MfaConfiguration"] = self.mfa_config
    # A pool that keeps no attribute pending shows an empty list, as in the describe-user-pool
    # example; moto shows nothing.
    if not result.get("UserAttributeUpdateSettings"):
        result["UserAttributeUpdateSettings"] = {"AttributesRequireVerificationBeforeUpdate": []}
    return result


cognito_models.CognitoIdpUserPool.to_json = pool_to_json
Backend.respond_to_auth_challenge = respond_to_auth_challenge
Backend.admin_initiate_auth = admin_initiate_auth
Backend.admin_create_user = admin_create_user
Backend.forgot_password = forgot_password
Backend.confirm_forgot_password = confirm_forgot_password
Backend.admin_update_user_attributes = admin_update_user_attributes
Backend.update_user_pool = update_user_pool
Backend.update_user_pool_client = update_user_pool_client
Responses.verify_user_attribute = _verify_user_attribute_action
Responses.get_user_attribute_verification_code = _get_user_attribute_verification_code_action
Responses.update_user_attributes = _update_user_attributes_action


def main() -> None:
    global MAIL_LOG
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--exit-on-stdin-eof", action="store_true")
    parser.add_argument("--mail-log", help="also append every outbox message to this file")
    args = parser.parse_args()
    MAIL_LOG = args.mail_log

    app = outbox_app(DomainDispatcherApplication(create_backend_app))
    server = make_server("127.0.0.1", args.port, app, True, request_handler=MotoRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    if args.exit_on_stdin_eof:
        def wait_for_eof() -> None:
            sys.stdin.read()
            stop.set()

        threading.Thread(target=wait_for_eof, daemon=True).start()
    stop.wait()
    server.shutdown()


if __name__ == "__main__":
    main()
