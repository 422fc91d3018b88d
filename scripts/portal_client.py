#!/usr/bin/env python3
"""A small client of the portal for scripts/load and scripts/bench (loopback only).

The session cookie is Secure, and Python's cookie jar never sends Secure cookies over plain
http, so cookies are carried by hand.
"""
import re
import time

import requests

COOKIE = "__Host-portal"


def _cookie(response, current=None):
    for header in response.raw.headers.getlist("Set-Cookie"):
        name, _, rest = header.partition("=")
        if name == COOKIE:
            value = rest.split(";", 1)[0]
            return None if "max-age=0" in header.lower() else value
    return current


def _csrf(html):
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    if not match:
        raise RuntimeError("no CSRF token on the page")
    return match.group(1)


class Browser:
    def __init__(self, base):
        self.base = base
        self.http = requests.Session()
        self.cookie = None
        self.csrf = None

    def _headers(self):
        return {"Cookie": f"{COOKIE}={self.cookie}"} if self.cookie else {}

    def get(self, path):
        response = self.http.get(self.base + path, headers=self._headers(), allow_redirects=False)
        self.cookie = _cookie(response, self.cookie)
        return response

    def post(self, path, fields):
        response = self.http.post(self.base + path, data=fields, headers=self._headers(), allow_redirects=False)
        self.cookie = _cookie(response, self.cookie)
        return response

    def sign_in(self, username, password):
        """Signs in; returns the seconds the POST /login took."""
        page = self.get("/login")
        token = _csrf(page.text)
        started = time.perf_counter()
        response = self.post("/login", {"username": username, "password": password, "csrf_token": token})
        took = time.perf_counter() - started
        if response.status_code != 303 or response.headers.get("Location") != "/dashboard":
            raise RuntimeError(f"sign-in of {username} failed: {response.status_code}")
        self.csrf = _csrf(self.get("/account").text)
        return took

    def sign_out(self):
        return self.post("/logout", {"csrf_token": self.csrf})
