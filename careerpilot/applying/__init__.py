"""Applying for a job, one idea per module.

- ``gate``: THE approval gate. Recording decisions (approve / edit / reject), the autonomous policy's approvals,
  and the refusal of any submit (or status update) without a recorded approval. Look here for where approval is
  enforced.
- ``pending``: what waits for a decision: each drafted application with its job, match and form fields.
- ``prepare``: reading each application's form in a dry run, every value with its source.
- ``submit``: submitting an approved application once, with the ledger, the daily caps and the lock.
- ``url_drafts``: one job given by its application URL, drafted up to the same gate.
- ``browser``: the walled-in browser and the audit folder of each form run.
- ``service``: ``ApplyingService``, the one object faces and the graph call, over the parts above.
- ``answers`` (screening answers with their sources), ``review`` (decisions from any face, checked and grouped by
  run before the run resumes) and ``assist`` (help for a person applying in their own browser).
"""
