"""Station <-> hub replication. No Qt here."""
