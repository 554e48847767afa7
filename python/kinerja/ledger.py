"""The ledger layer: budget lines of many bodies and years, rolled up to every level."""

from kinerja._core import Ledger, LedgerField, LedgerGroup, LedgerLevel, LedgerTotals

__all__ = ["Ledger", "LedgerField", "LedgerGroup", "LedgerLevel", "LedgerTotals"]
