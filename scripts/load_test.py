#!/usr/bin/env python3
"""Holds many signed-in sessions reading dashboards while a few people sign in and out in a
loop, for a bounded time, against a portal on loopback. Prints the figures; exits 1 on any
5xx or dropped session. Usage: load_test.py PORTAL_URLS PORTAL_PIDS PASSWORD [SESSIONS] [SECONDS]

PORTAL_URLS and PORTAL_PIDS may each list several instances, comma-separated: each request
then goes to the next instance in turn, as a round-robin load balancer would send it, and the
memory figures are the instances' total."""
import sys
import threading
import time

from portal_client import Browser

lock = threading.Lock()

bases = sys.argv[1].split(",")
pids = [int(p) for p in sys.argv[2].split(",")]
password = sys.argv[3]
sessions = int(sys.argv[4]) if len(sys.argv) > 4 else 200
seconds = float(sys.argv[5]) if len(sys.argv) > 5 else 60.0
people = [("pat", "/professional"), ("cleo", "/client"), ("chris", "/client")]


def rss_kib():
    total = 0
    for pid in pids:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total


turn = [0]


def next_base():
    """The instance the next request goes to (round robin)."""
    with lock:
        turn[0] += 1
        return bases[turn[0] % len(bases)]


counts = {"reads": 0, "server_errors": 0, "dropped": 0, "sign_ins": 0, "sign_outs": 0, "cycle_errors": 0}


def bump(key, by=1):
    with lock:
        counts[key] += by


print(f"signing in {sessions} sessions...", flush=True)
readers = []
for i in range(sessions):
    username, page = people[i % len(people)]
    browser = Browser(next_base())
    browser.sign_in(username, password)
    readers.append((browser, page))

stop = threading.Event()


def read(browser, page):
    while not stop.is_set():
        browser.base = next_base()
        response = browser.get(page)
        bump("reads")
        if response.status_code >= 500:
            bump("server_errors")
        elif response.status_code != 200:
            bump("dropped")
            return


def cycle(username, page):
    while not stop.is_set():
        browser = Browser(next_base())
        try:
            browser.sign_in(username, password)
            bump("sign_ins")
            browser.base = next_base()
            if browser.get(page).status_code != 200:
                bump("cycle_errors")
            browser.base = next_base()
            response = browser.sign_out()
            if response.status_code >= 500:
                bump("server_errors")
            bump("sign_outs")
            browser.base = next_base()
            if browser.get(page).status_code != 303:
                bump("cycle_errors")
        except Exception as err:  # noqa: BLE001 - counted and reported
            print(f"sign-in cycle failed: {err}", flush=True)
            bump("cycle_errors")


threads = [threading.Thread(target=read, args=r, daemon=True) for r in readers]
threads += [threading.Thread(target=cycle, args=people[i % len(people)], daemon=True) for i in range(5)]
for thread in threads:
    thread.start()
time.sleep(min(5.0, seconds / 4))
rss_start = rss_kib()
started = time.time()
time.sleep(seconds)
stop.set()
rss_end = rss_kib()
for thread in threads:
    thread.join(timeout=10)
elapsed = time.time() - started + min(5.0, seconds / 4)

growth = (rss_end - rss_start) / rss_start * 100 if rss_start else 0.0
print(f"instances: {len(bases)}, sessions: {sessions}, sign-in/out loops: 5, seconds: {elapsed:.0f}")
print(f"dashboard reads: {counts['reads']} ({counts['reads'] / elapsed:.0f}/s)")
print(f"sign-ins: {counts['sign_ins']}, sign-outs: {counts['sign_outs']}, cycle errors: {counts['cycle_errors']}")
print(f"5xx: {counts['server_errors']}, dropped sessions: {counts['dropped']}")
print(f"resident memory: start {rss_start / 1024:.1f} MiB, end {rss_end / 1024:.1f} MiB ({growth:+.1f}%)")
ok = counts["server_errors"] == 0 and counts["dropped"] == 0 and counts["cycle_errors"] == 0 and abs(growth) <= 20
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
