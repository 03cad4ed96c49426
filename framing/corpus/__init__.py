"""Whole corpora: batch runs, the worker pool, story groups, tables and source profiles."""
