"""Verification: does torch really work on this machine's GPU?

``gpufix.verify.runner.run_verify(python, options, on_event)`` runs
``scripts/verify_torch.py`` in the target interpreter (gpufix never imports torch) and
returns a ``VerifyResult`` whose ``facts`` (``verify.*``) flow into the rules like any
other facts. ``gpufix.verify.events`` turns the script's JSON lines into that result and
is pure, so recorded GPU runs replay in tests.
"""
