"""Hand-written held-out tone cases v12 (issue 15), one module per language."""
