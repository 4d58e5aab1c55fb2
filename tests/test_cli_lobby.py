"""`dalpak lobby list`: the demo's morning lobby, priority first, as text and as JSON."""

from __future__ import annotations

import contextlib
import io
import json

from desktop.cli import main


def test_lobby_list_of_the_demo(tmp_path, capsys, demo_admin):
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--db", url, "demo", "--residents", "60", "--cases", "2", "--seed", "4"]) == 0
    assert main(["--db", url, "lobby", "list", "--json", *demo_admin]) == 0
    lobby = json.loads(capsys.readouterr().out)
    waiting = lobby["waiting"]
    assert len(waiting) == 5 and lobby["called"] == []
    assert waiting[0]["priority"] != "none" and waiting[0]["priority_reason"]
    assert all(v["priority"] == "none" for v in waiting[1:])
    arrivals = [v["arrived_at"] for v in waiting[1:]]
    assert arrivals == sorted(arrivals)
    assert [v["ticket"][-3:] for v in waiting] == ["007", "004", "005", "006", "008"]
    assert lobby["expected_wait_minutes"] > 0

    assert main(["--db", url, "lobby", "list", *demo_admin]) == 0
    text = capsys.readouterr().out
    assert "ממתינים: 5" in text and waiting[0]["ticket"] in text
