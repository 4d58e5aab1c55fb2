"""For supervisors: the workload board, moving work, journey figures and the history of settings. No Qt here."""
