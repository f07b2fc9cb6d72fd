"""Hand-written held-out tone cases v7 (issue 15), one module per language."""
