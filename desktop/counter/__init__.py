"""At the counter: residents, cases and their items, the catalogue, the knowledge base, drafts and what a receipt says. No Qt here."""
