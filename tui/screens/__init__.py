"""One screen per module: scan, findings, remedy walk-through, confirmation, paste-a-log."""
