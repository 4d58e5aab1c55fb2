"""Qt widgets, dialogs and item models adapting services to views."""
