"""Reconciliation with a download of Global Witness's records (scripts/reconcile.py): reading the
export (records), comparing each reported count (compare), totals per year and the download date
(years), and the report in every language (report)."""
