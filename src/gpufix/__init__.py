"""gpufix: a rule-based troubleshooter for GPU PyTorch setups."""
__version__ = "0.1.0"
