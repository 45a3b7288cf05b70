"""gpufix's core: the one pipeline every front end calls.

    gpufix.core.outcome       Request, Collected, Outcome (plain data)
    gpufix.core.inputs        --python, --fact, fixtures, logs: read and checked
    gpufix.core.pipeline      collect -> analyse -> Outcome, in phases (static, then dynamic)
    gpufix.core.verification  verification on demand, its facts through the same analysis
    gpufix.core.recommend     the torch build to install, from the same collected facts
    gpufix.core.rule_tests    fixture cases through the same pipeline (`gpufix rules test`)
    gpufix.core.checkout      which rules/ and tests/fixtures/ a command reads
    gpufix.core.logs          an error log scanned, the facts it states (each with its line)
    gpufix.core.machines      which machine a pasted log describes (log.machine); another's is
                              analysed from the log alone, apart from this machine's probes

Front ends (gpufix.cli, gpufix.commands, gpufix.tui, the renderers) import these modules;
the core imports the engine, the knowledge base, verification, remedies and probes, never a
front end. Layers: pyproject.toml [tool.importlinter], checked by tests/test_architecture.py.
This file imports nothing, so `import gpufix.core.outcome` stays cheap.
"""
