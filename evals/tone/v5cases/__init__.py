"""Hand-written held-out tone cases v5 (issue 15), one module per language."""
