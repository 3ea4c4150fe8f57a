"""mexico-land-defenders: the code the entry points in scripts/ share, one folder per stage.

- `vocab`, `lexicon`, `numbers`, `tables`, `atomic`, `paths`: definitions every stage reads.
- `extract/`: from a seed text to counts, shares and review items, each field with its evidence.
- `build/`: ids, corrections, derived figures, revisions, the descriptor, the staged build.
- `validate/`: a copy of the package checked against the package's own definition.
- `charts/`: the figures, drawn only from a validated package.
"""
