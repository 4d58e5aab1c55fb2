"""What the databases keep is the same whatever language each clerk reads: a text said in the
user's language (desktop/phrases.py) never reaches a table, so a station whose clerk reads
Arabic and one whose clerk reads Hebrew end with the same rows (issue 17 with issue 14).

The random histories of tests/sync/test_state_machine.py run with every said text marked; at
the end of each, no table of the hub or of any station may hold a marked text."""

from __future__ import annotations

import pytest
from sqlalchemy import String, Text, column, inspect, select, table
from sqlalchemy.engine import Engine

from desktop import phrases
from tests.sync import test_state_machine as machine

MARK = "⟦"
council = machine.council  # the fixture: a hub and stations for each history


def marked_texts(engine: Engine) -> list[str]:
    """table.column: text, for every text column's value that holds the mark."""
    found = []
    names = inspect(engine)
    with engine.connect() as connection:
        for name in names.get_table_names():
            texts = [
                c["name"] for c in names.get_columns(name) if isinstance(c["type"], (String, Text))
            ]
            for text in texts:
                rows = connection.execute(
                    select(column(text)).select_from(table(name)).where(column(text).contains(MARK))
                )
                found += [f"{name}.{text}: {value[:80]}" for (value,) in rows]
    return found


def test_the_check_finds_a_marked_text(engine, seeded):
    from sqlalchemy import text

    assert marked_texts(engine) == []
    with engine.begin() as connection:
        connection.execute(text("UPDATE departments SET name = :n WHERE code = 'ENG'"), {"n": MARK})
    assert marked_texts(engine) == [f"departments.name: {MARK}"]


@pytest.mark.timeout(600)
def test_no_database_keeps_a_text_in_the_users_language(council, tmp_path, monkeypatch):
    found: list[str] = []
    converged = machine.assert_converged

    def checked(hub_engine, stations, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        for name, engine in {"hub": hub_engine, **stations}.items():
            found.extend(f"{name}: {t}" for t in marked_texts(engine))
        return converged(hub_engine, stations, *args, **kwargs)

    monkeypatch.setattr(machine, "assert_converged", checked)
    said: list[str] = []

    def say(text: str) -> str:
        said.append(text)
        return f"{MARK}{text}"

    phrases.install(say)
    try:
        machine._run(council, tmp_path, monkeypatch, examples=4, steps=35)
    finally:
        phrases.install(None)
    assert said  # the histories did say texts (refusals, labels), marked
    assert not found, "\n".join(sorted(set(found))[:30])
