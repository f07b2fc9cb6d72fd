"""Hand-written held-out tone cases v9 (issue 15), one module per language."""
