"""Check: each stated figure recomputed from the figures it rests on.

Takes records; gives :class:`~pipeline.records.Check` objects with a verdict
(consistent, inconsistent, unverifiable) and the arithmetic, within one article
(:func:`check_record`) and across articles (:func:`check_across`).

Modules in data-flow order: ``tolerances`` (the named settings), ``verdicts``
(pure arithmetic), ``evidence`` (the figures a claim rests on), ``within``,
``across``, ``summary`` (the table ``newsfacts check`` prints).
"""
from pipeline.check.across import check_across, run_check
from pipeline.check.summary import Summary, summarise
from pipeline.check.tolerances import Tolerances
from pipeline.check.within import check_record

__all__ = ["Summary", "Tolerances", "check_across", "check_record", "run_check", "summarise"]
