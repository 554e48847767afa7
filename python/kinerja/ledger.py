"""The ledger layer: budget lines of many bodies and years, rolled up to every level."""

from kinerja._core import Ledger, LedgerGroup, LedgerTotals

__all__ = ["Ledger", "LedgerGroup", "LedgerTotals"]
