from gpufix.cli import entry

entry()
