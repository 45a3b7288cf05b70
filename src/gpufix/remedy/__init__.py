"""Running remedies safely: environment snapshots, rollback, and command execution.

Nothing here asks the user anything: callers (the TUI, `gpufix rollback`) own confirmation.
"""
