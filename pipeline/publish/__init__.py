"""Publish: records written out for the people who open them.

Takes records and checks; gives JSON Lines in the format of ``RECORDS.md``
(:mod:`jsonl`). Every writer serialises :mod:`pipeline.records` through
``records.to_dict``.
"""
from pipeline.publish.jsonl import WriteSummary, dumps, json_line, write_jsonl

__all__ = ["WriteSummary", "dumps", "json_line", "write_jsonl"]
