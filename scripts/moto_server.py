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

from moto.moto_server.threaded_moto_server import ThreadedMotoServer


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
