"""app-gpu-refused-evidence (session 33): koharu's own accelerator check, which cpu-only-wheel read as a CPU-only wheel.

koharu picks its torch package from its own hardware check (Hardware::supports_cuda(): an NVIDIA device with compute
capability 7.5 and up in one release, a driver for CUDA 13 and up in another) and, when the check turns the GPU down and no
ROCm device passes either, warns "no supported Torch accelerator was discovered; using CPU" and selects its CPU package
(koharu's source; the maintainer: "it will automaticlly use CPU if GPU not supported", koharu-rs/koharu#877). The CPU torch
is the application's choice below its own floor, so the evidence that an application refused the GPU reads the line and
cpu-build-likely (the base-rate CPU-wheel reading) stands aside. Other programs' "no supported torch accelerator is
available" / "... available" (a benchmark's RuntimeError, a VAD's fallback note) are not koharu's floor and stay quiet.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "app-gpu-refused-evidence"

FIRES = [
    ('app_accel_refused', '│ ⚠ no supported Torch accelerator was discovered; using CPU', 'https://github.com/koharu-rs/koharu/issues/1002'),
    ('app_accel_refused', '2026-08-28T10:00:00Z  WARN koharu_runtime::torch: no supported Torch accelerator was discovered; using CPU', 'https://github.com/koharu-rs/koharu/issues/1002'),
]

QUIET = [
    ('app_accel_refused', "    raise RuntimeError('no supported torch accelerator is available')", "another program's own error (a benchmark with no CUDA/MLU/MUSA/NPU device), not koharu's floor"),
    ('app_accel_refused', '        return "cpu", "no supported Torch accelerator available"', "a VAD module's fallback note, not koharu's hardware check"),
    ('app_accel_refused', 'Koharu logs indicate that no supported Torch accelerator could be found.', "the reporter's paraphrase: the read is koharu's exact log line"),
]
