"""Test doubles shared by the LLM tests and the benchmark: a fake OpenAI-compatible server and its replies."""
