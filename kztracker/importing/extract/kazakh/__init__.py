"""Kazakh extraction: rules and gazetteers over the stages segment → mentions → normalize →
resolve → relate → date. What the language knows sits in data/*.json, read by `lexicon`."""
