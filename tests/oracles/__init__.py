"""Oracles: plain statements of what an optimized part of framing computes, for tests to compare with.

Each module says in one line why its oracle stays (what it states that no property of the real
outputs pins down as well). A plain package imported by the tests, never by framing.
"""
