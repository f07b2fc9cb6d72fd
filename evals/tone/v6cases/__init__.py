"""Hand-written held-out tone cases v6 (issue 15), one module per language."""
