"""The LLM path's parts: prompt building, reading replies, retry policy, and the client that talks to the endpoint.

The writer in `composer.writers.llm` is the only user; nothing here falls back to the built-in writer.
May import models, errors, config, redact, prompts and facts; never the writers, the service or front ends.
"""
