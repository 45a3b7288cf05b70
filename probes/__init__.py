"""Probes: gather facts about the machine. Never import torch or textual here."""
