"""Hand-written held-out tone cases v4 (issue 15), one module per language."""
