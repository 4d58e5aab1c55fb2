"""A station's sync in a process of its own, for the crash tests to kill -9 at any moment.

    python -m tests.sync.station_worker DB_URL HUB_URL TOKEN [--latency S]
                                        [--push-batch N] [--pull-batch N]

Runs the real `sync_once` once. Every request is announced on stdout before it is sent
("send /v1/push 300") and after its reply arrived ("recv /v1/push 200"), and `--latency`
seconds are spent on each side, so that a kill can land before a request, while the hub
works on it, or after the reply but before the station recorded it. Smaller batches make more
rounds (sync_once calls the module's push_all / pull_all, rebound here with the batch size).
Prints "done pushed=P pulled=Q" and exits 0 when the sync finished.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time

import httpx


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


class AnnouncingTransport(httpx.HTTPTransport):
    def __init__(self, latency: float) -> None:
        super().__init__()
        self.latency = latency

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        ops = len(json.loads(request.content)["ops"]) if path.endswith("/push") else 0
        say(f"send {path} {ops}")
        time.sleep(self.latency)
        response = super().handle_request(request)
        response.read()
        say(f"recv {path} {response.status_code}")
        time.sleep(self.latency)
        return response


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("hub")
    parser.add_argument("token")
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--push-batch", type=int, default=0)
    parser.add_argument("--pull-batch", type=int, default=0)
    args = parser.parse_args(argv)

    import desktop.appliers  # noqa: F401
    from desktop.core.db import open_database, session_factory
    from desktop.sync import client as sync_client

    if args.push_batch:
        sync_client.push_all = functools.partial(sync_client.push_all, batch=args.push_batch)
    if args.pull_batch:
        sync_client.pull_all = functools.partial(sync_client.pull_all, batch=args.pull_batch)
    engine = open_database(args.db)
    try:
        say("open")
        transport = AnnouncingTransport(args.latency)
        with sync_client.HubClient(args.hub, args.token, transport=transport) as client:
            report = sync_client.sync_once(session_factory(engine), client)
        say(f"done pushed={report.pushed} pulled={report.pulled}")
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
