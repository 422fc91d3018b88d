#!/usr/bin/env python3
"""The cost of a sign-in in the portal, Cognito excluded: the mean latency of N sign-ins
through the portal minus that of the Cognito calls a sign-in makes, timed directly against the
same Cognito with the same HTTP client. The local Cognito's ID tokens carry no email or names,
so the portal also calls AdminGetUser once per sign-in (real Cognito's tokens do carry them);
that call is timed and subtracted too. Usage: sign_in_cost.py PORTAL_URL USERNAME PASSWORD [N]"""
import base64
import hashlib
import hmac
import json
import os
import statistics
import sys
import time

import requests

from portal_client import Browser

base, username, password = sys.argv[1], sys.argv[2], sys.argv[3]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 200

def metric_sums():
    """Sums of the portal's own histograms: POST /login time, and Cognito call time."""
    text = requests.get(base + "/metrics").text
    login = cognito = 0.0
    for line in text.splitlines():
        if line.startswith('http_request_duration_seconds_sum{route="/login",method="POST"'):
            login += float(line.rsplit(" ", 1)[1])
        elif line.startswith("cognito_call_duration_seconds_sum{"):
            cognito += float(line.rsplit(" ", 1)[1])
    return login, cognito


login_before, cognito_before = metric_sums()
through_portal = []
for _ in range(n):
    browser = Browser(base)
    through_portal.append(browser.sign_in(username, password))

login_after, cognito_after = metric_sums()
inside = ((login_after - login_before) - (cognito_after - cognito_before)) / n

client_id, secret = os.environ["COGNITO_CLIENT"], os.environ["COGNITO_CLIENT_SECRET"]
digest = hmac.new(secret.encode(), (username + client_id).encode(), hashlib.sha256).digest()
body = json.dumps({
    "UserPoolId": os.environ["COGNITO_POOL_ID"], "ClientId": client_id, "AuthFlow": "ADMIN_USER_PASSWORD_AUTH",
    "AuthParameters": {"USERNAME": username, "PASSWORD": password, "SECRET_HASH": base64.b64encode(digest).decode()},
})
headers = {
    "X-Amz-Target": "AWSCognitoIdentityProviderService.AdminInitiateAuth",
    "Content-Type": "application/x-amz-json-1.1",
    "Authorization": "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0",
}
http = requests.Session()


def timed(target, payload):
    times = []
    for _ in range(n):
        started = time.perf_counter()
        response = http.post(os.environ["AWS_ENDPOINT_URL"], data=payload, headers={**headers, "X-Amz-Target": target})
        times.append(time.perf_counter() - started)
        response.raise_for_status()
    return times


auth = timed("AWSCognitoIdentityProviderService.AdminInitiateAuth", body)
get_user = timed(
    "AWSCognitoIdentityProviderService.AdminGetUser",
    json.dumps({"UserPoolId": os.environ["COGNITO_POOL_ID"], "Username": username}),
)
direct = [a + g for a, g in zip(auth, get_user)]

ms = lambda xs: statistics.mean(xs) * 1000
med = lambda xs: statistics.median(xs) * 1000
print(f"sign-ins: {n}")
print(f"through the portal: mean {ms(through_portal):.2f} ms, median {med(through_portal):.2f} ms")
print(f"direct AdminInitiateAuth: mean {ms(auth):.2f} ms; AdminGetUser: mean {ms(get_user):.2f} ms")
print(f"outside view, portal minus direct calls: mean {ms(through_portal) - ms(direct):.2f} ms (the Python client's cost of two calls exceeds the portal's)")
print(f"portal's own cost per sign-in, from its metrics (POST /login time minus its Cognito calls' time): {inside * 1000:.3f} ms")
