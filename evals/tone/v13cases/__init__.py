"""Hand-written held-out tone cases v13 (issue 15), one module per language."""
