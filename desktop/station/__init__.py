"""This station as a whole: its configuration (standalone or linked to the hub), seeding the council's reference data, and the demo council. Sits above the capabilities and sync."""
