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
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
