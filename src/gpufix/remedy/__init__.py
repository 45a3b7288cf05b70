"""Applying remedies safely: the fix service, environment snapshots, rollback, command execution.

    plan.py       a diagnosis's remedy as steps: command, check, or done by hand
    service.py    run_fix / FixSession: snapshot once, run, stop at a failure, re-probe, verify, re-diagnose
    events.py     what a fix reports, as plain data (front ends word it)
    reprobe.py    `reprobe:<fact>`: the probes that produce a fact, run again

Nothing here asks the user anything: callers (`gpufix fix`, the TUI, `gpufix rollback`) own
confirmation, through the `confirm` callback where the fix service needs an answer.
"""
