"""The ground floor: the database, the operation log, the clock, identity numbers, the business-day calendar, users and roles, numbering, settings. Imports nothing domain-specific."""
