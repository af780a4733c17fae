"""Where every application stands after it is sent.

The tracker and its status history (``service``), two-way Notion sync, outcomes read from the user's mail, the daily
digest and alerts, and Prometheus metrics.
"""
