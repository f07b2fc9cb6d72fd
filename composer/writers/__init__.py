"""Writers turn a situation and its guidance into a draft: `builtin` (offline, per-language phrasebooks
planned by `plan.py`) and `llm` (any OpenAI-compatible endpoint through `composer.llm`), both meeting the
typed protocol in `base.py`. Writers may import models, errors, facts, guard, names, revisions, prompts
and llm; never the service, the CLI, the page or the batch engine.
"""
