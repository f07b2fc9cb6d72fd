"""Hand-written held-out tone cases v14 (issue 15), one module per language."""
