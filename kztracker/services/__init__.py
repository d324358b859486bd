"""The service facade: the functions the window and the command line both call."""
