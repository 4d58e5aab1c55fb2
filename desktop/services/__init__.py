"""Domain logic: intake, routing, the business-day calendar, audit. No Qt here."""
