"""Seeding a database with the council's reference data as shipped: localities, departments,
the request-type catalogue, the knowledge base, the eligibility rules and the catalogue's
translations (resources/)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.oplog import Actor, record
from desktop.counter.knowledge import seed_knowledge
from desktop.counter.reference import council_data, differs
from desktop.counter.translations import seed_translations
from desktop.extras.eligibility import seed_rules
from desktop.models import Department, Locality, RequestType


def seed_reference_data(session: Session, actor: Actor) -> None:
    """Create or update localities, departments and request types from council.json.

    Seeding is the system's own act (the actor usually has no user): it records the operations
    itself and does not go through the supervisor's checked `save_request_type`.
    """
    data = council_data()
    by_code = {d.code: d for d in session.scalars(select(Department))}
    for dep in data["departments"]:
        existing = by_code.get(dep["code"])
        payload = {k: dep.get(k, "") for k in ("code", "name", "phone", "email", "description")}
        if existing is None or differs(existing, payload):
            dep_id = existing.id if existing else clock.new_id()
            record(session, actor, "department.upserted", dep_id, payload)
    session.flush()
    dep_ids = {d.code: d.id for d in session.scalars(select(Department))}
    localities = {loc.code: loc for loc in session.scalars(select(Locality))}
    for loc in data["localities"]:
        existing = localities.get(loc["code"])
        if existing is None or existing.name != loc["name"]:
            loc_id = existing.id if existing else clock.new_id()
            record(
                session,
                actor,
                "locality.upserted",
                loc_id,
                {"code": loc["code"], "name": loc["name"]},
            )
    types = {t.code: t for t in session.scalars(select(RequestType))}
    for rt in data["request_types"]:
        payload = {
            "code": rt["code"],
            "name": rt["name"],
            "department_id": dep_ids[rt["department"]],
            "sla_days": int(rt["sla_days"]),
            "statutory_days": rt.get("statutory_days"),
            "steps": rt["steps"],
            "documents": rt["documents"],
            "keywords": rt.get("keywords", []),
            "active": True,
        }
        existing = types.get(rt["code"])
        if existing is None or differs(existing, payload):
            rt_id = existing.id if existing else clock.new_id()
            record(session, actor, "request_type.upserted", rt_id, payload)

    session.flush()
    seed_knowledge(session, actor)
    session.flush()
    seed_rules(session, actor)
    seed_translations(session, actor)
