"""framing's version, on the ground floor: every stage may read it."""
__version__ = "0.1.0"
