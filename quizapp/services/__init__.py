"""Use-cases over an explicit Session; no request, no `g`. Views and the CLI call these."""
