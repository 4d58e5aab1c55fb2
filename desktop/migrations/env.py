"""Alembic environment: runs migrations on the engine the application hands over."""

from alembic import context
from sqlalchemy import create_engine

from desktop.models import Base
from desktop.models.base import UTCDateTime


def render_item(kind, obj, autogen_context):  # noqa: ANN001, ANN201
    """Migrations name plain SQL types, never the application's Python-side decorators."""
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


config = context.config
engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # A batch migration rebuilds a SQLite table (copy, drop, rename); with foreign keys on,
        # dropping a referenced table fails or cascades. The pragma works only outside a
        # transaction, so it is set before Alembic opens one, and checked before commit.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        # Python's sqlite3 opens a transaction only before INSERT, UPDATE or DELETE, so every
        # CREATE or DROP would be committed on its own and a migration cut short (a power cut,
        # a killed process) would leave half a schema. Driven by hand, the whole upgrade is one
        # transaction: all of it or nothing.
        connection.connection.driver_connection.isolation_level = None
        connection.exec_driver_sql("BEGIN")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=sqlite,
        compare_type=True,
        render_item=render_item,
    )
    try:
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"the migration broke foreign keys: {broken[:5]}")
        connection.commit()
    except BaseException:
        if sqlite:
            connection.invalidate()  # never return a connection without foreign keys to the pool
        raise
    if sqlite:
        connection.connection.driver_connection.isolation_level = ""  # the driver's default
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
