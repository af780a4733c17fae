"""Finding postings.

Every source run concurrently and politely, normalized, de-duplicated across sources and stored (``service``);
cross-source dedupe (``dedupe``); a short cited brief per company (``research``). The sources themselves are
outbound adapters in ``careerpilot.tools.sources``.
"""
