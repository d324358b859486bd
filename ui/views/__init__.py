"""One table view per record kind: a model over browse rows, a search box and filters."""
