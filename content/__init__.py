"""The packaged content (kb, facts, forms, plans, reference, templates, demo) as data files.

A package only so that the wheel carries it and ``importlib.resources`` finds it; code reads it
through :mod:`bot.content`, which also lays a deployment's ``TDKT_CONTENT_DIR`` over it.
"""
