"""Spreadsheets in: a sheet of partners, people, memoranda or milestones read into a Draft.

read.py turns a file (.xlsx, .xls, .ods, .csv) into a `Table` of cells; columns.py guesses
which field each column holds from its header (the words per language live in data/*.json);
values.py reads a cell as a user means it (dates with their precision, statuses, lists);
build.py turns the mapped rows into the same Draft an announcement yields, so matching, the
review and apply are the announcement import's own. Nothing here writes.
"""
