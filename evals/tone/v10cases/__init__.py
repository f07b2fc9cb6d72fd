"""Hand-written held-out tone cases v10 (issue 15), one module per language."""
