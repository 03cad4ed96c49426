"""Learning: the reliability model over feature rows, and the training of the analysis's models (``training/``)."""
