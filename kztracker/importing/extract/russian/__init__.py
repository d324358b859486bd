"""Russian extraction rules: see rules.py for the stages in order."""
