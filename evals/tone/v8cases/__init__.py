"""Hand-written held-out tone cases v8 (issue 15), one module per language."""
