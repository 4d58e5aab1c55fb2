"""PDF rendering of receipts, letters and reports. No Qt here."""
