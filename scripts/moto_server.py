#!/usr/bin/env python3
"""The local Cognito (moto) on 127.0.0.1.

Prints the port it listens on as its first line, then serves until it is stopped. With
--exit-on-stdin-eof it also stops when its standard input closes: a test binary that starts it
with a pipe thereby stops it by simply exiting, even when it crashes.
"""
import argparse
import signal
import sys
import threading

import re

from moto.cognitoidp import models as cognito_models
from moto.cognitoidp.exceptions import (
    CodeMismatchException,
    InvalidParameterException,
    NotAuthorizedError,
)
from moto.moto_server.threaded_moto_server import ThreadedMotoServer

# Where moto differs from real Cognito in ways the portal depends on, real Cognito's semantics
# and error shapes are filled in here (never in the portal).
Backend = cognito_models.CognitoIdpBackend

# Cognito's pattern for user names: letters, marks, symbols, numbers and punctuation; no
# whitespace or control characters (moto takes anything).
USERNAME = re.compile(r"^[^\s\x00-\x1f\x7f]{1,128}$")
_admin_create_user = Backend.admin_create_user


def admin_create_user(self, user_pool_id, username, *args, **kwargs):
    if not USERNAME.match(username or ""):
        raise InvalidParameterException(
            "1 validation error detected: Value at 'username' failed to satisfy constraint: "
            "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+"
        )
    return _admin_create_user(self, user_pool_id, username, *args, **kwargs)


# With user-existence errors prevented (the setup guide's setting), ConfirmForgotPassword for a
# user the pool does not hold answers as for a wrong code; moto raises ResourceNotFound.
_confirm_forgot_password = Backend.confirm_forgot_password


def confirm_forgot_password(self, client_id, username, password, confirmation_code):
    known = any(
        client_id in pool.clients and pool._get_user(username)
        for pool in self.user_pools.values()
    )
    if not known:
        raise CodeMismatchException("Invalid verification code provided, please try again.")
    return _confirm_forgot_password(self, client_id, username, password, confirmation_code)


# An unknown or used challenge session: real Cognito says NotAuthorized ("Invalid session for
# the user"); moto raises ResourceNotFound.
_respond_to_auth_challenge = Backend.respond_to_auth_challenge


def respond_to_auth_challenge(self, session, client_id, challenge_name, challenge_responses):
    if challenge_name != "PASSWORD_VERIFIER" and session not in self.sessions:
        raise NotAuthorizedError("Invalid session for the user, session is expired.")
    return _respond_to_auth_challenge(self, session, client_id, challenge_name, challenge_responses)


Backend.respond_to_auth_challenge = respond_to_auth_challenge
Backend.admin_create_user = admin_create_user
Backend.confirm_forgot_password = confirm_forgot_password


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--exit-on-stdin-eof", action="store_true")
    args = parser.parse_args()

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=args.port, verbose=False)
    server.start()
    print(server.get_host_and_port()[1], flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    if args.exit_on_stdin_eof:
        def wait_for_eof() -> None:
            sys.stdin.read()
            stop.set()

        threading.Thread(target=wait_for_eof, daemon=True).start()
    stop.wait()
    server.stop()


if __name__ == "__main__":
    main()
