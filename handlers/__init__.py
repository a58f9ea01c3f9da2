"""One module per command: `handle(request, store) -> Reply`. No platform knowledge here."""
