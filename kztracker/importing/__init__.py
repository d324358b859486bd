"""Importing announcements: read → extract → match → review → apply (see draft.py)."""
