"""Hand-written held-out tone cases v15 (issue 15), one module per language."""
