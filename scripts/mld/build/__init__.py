"""From extractions to the package: ids, corrections, derived figures, revisions, the descriptor,
and the staged, all-or-nothing build."""
