"""Hand-written v6 records (held-out fact set, issue 13), one module per language."""
