"""Source files written for the tests: long ones, spaced as their style guides space them."""

from __future__ import annotations


def spaced_source(functions: int) -> str:
    """Python as PEP 8 spaces it: a blank line in each function, two between functions; the
    two imports on top put the first blank line past each 300th line in a run of two."""
    return "import os\nimport sys\n" + "".join(
        f"def step_{n}(x):\n    y = x + {n}\n\n    return y\n\n\n" for n in range(functions)
    ) + "END = True\n"
