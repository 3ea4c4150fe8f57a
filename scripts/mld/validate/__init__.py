"""A copy of the package checked against the package's own definition (not the descriptor it is
handed): file-level problems, every cell (pandera, from the Table Schema), keys, consistency (one
lattice engine) and grounding (every field re-read in the seed at its evidence offsets)."""
