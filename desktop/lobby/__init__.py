"""The lobby: residents checked in, called to a counter, and the journey of their visit. No Qt here."""
