"""The page's pure helpers, one job per module; app.py renders what they return. No Streamlit imports here.

labels    words the page shows: labels, human error sentences, what each score measures
form      form values -> situation dict (fields per intent from composer.models.INTENT_FIELDS), checked
downloads .txt/.eml (composer.outbox) and file names; the batch upload and its result files
history   this session's versions (edited ones too), for Undo and Restore
session   settings for this session, writer labels, the background loader, alternatives' differences

May import composer.* (models, advice, outbox, redact, batch, api); nothing imports composer.ui but app.py,
the tests and the benchmark.
"""
