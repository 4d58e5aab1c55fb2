"""After the counter: departments update and hand off items, owners call back and close, absences, worklists and the outbox. No Qt here."""
