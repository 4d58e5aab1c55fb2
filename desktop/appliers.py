"""Every kind of operation and the capability that applies it.

The operation log (desktop.core.oplog) keeps a registry that the capabilities fill when they
are imported; this module, above them all, imports each one that registers an applier and then
declares the registry complete. Entry points (the command line, the app, the hub, tests)
import it once; the log refuses to apply anything before that, so an operation is never
quarantined only because its capability was not loaded.
"""

from __future__ import annotations

from desktop.core import accounts, db, oplog, users  # noqa: F401
from desktop.counter import (  # noqa: F401
    access,
    cases,
    conflicts,
    knowledge,
    merging,
    reference,
    residents,
    translations,
)
from desktop.extras import eligibility, holdings, outreach  # noqa: F401
from desktop.followthrough import absence, items, outbox  # noqa: F401
from desktop.lobby import visits  # noqa: F401
from desktop.supervision import reassign  # noqa: F401
from desktop.sync import quarantine  # noqa: F401

oplog.registry_complete()
