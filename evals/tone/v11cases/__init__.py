"""Hand-written held-out tone cases v11 (issue 15), one module per language."""
