"""Lịch sử khen thưởng: who received which title in which year, and the consecutive-year checks.

============  ======================================================================
module        what
============  ======================================================================
``catalogue`` the awards and rules of ``content/reference/award_history.yaml``
``rules``     checking a subject's history against the consecutive-year rules
``store``     reading and writing the history (``award_history`` table)
``sheet``     the Excel template and the row-by-row validation of an import
============  ======================================================================
"""
