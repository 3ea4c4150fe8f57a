"""The figures, drawn only from a validated package: one module per chart (composition, share,
units, years), with the data questions (data), the declared sources and country (config), the
locale formatting (fmt), the look (style), the orchestration (draw) and figures/README.md (readme).
The per-year chart of a records download (per_year) is drawn by scripts/reconcile.py."""
