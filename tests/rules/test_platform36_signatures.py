"""Windows platform families read in session 36.

windows-gloo-device-unavailable: torch's Windows builds have only gloo, which talks through its libuv device made for the
host name; "makeDeviceForHostname(): unsupported gloo device" (torch 2.8-2.9 Windows builds, pytorch#150381) and
"GlooDeviceFactory::makeUVDevice(): interface or hostname can't be empty" (a host name gloo cannot bind) both stop the
process group before any GPU work. gloo's connectFullMesh between Linux ranks and DDP's device_ids refusal are not it.
windows-path-system32-evidence: a program's own words that it cannot start nvidia-smi ("nvidia-smi cannot be invoked",
"nvidia-smi is not available on this system"), counted on Windows beside a driver shown to work.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('windows-gloo-device-unavailable', 'gloo_unsupported_device', 'RuntimeError: makeDeviceForHostname(): unsupported gloo device', 'https://github.com/IAHispano/Applio/issues/1019'),
    ('windows-gloo-device-unavailable', 'gloo_unsupported_device', '[Bug]: Multi GPU error on Windows: unsupported gloo device', 'https://github.com/Nerogar/OneTrainer/issues/1122'),
    ('windows-gloo-device-unavailable', 'gloo_unsupported_device', 'Unsupported gloo device', 'https://github.com/Isi-dev/ComfyUI-UniAnimate-W/issues/44'),
    ('windows-gloo-device-unavailable', 'gloo_unsupported_device', 'VLLM for Windows unsupported gloo device', 'https://github.com/Ksuriuri/index-tts-vllm/issues/155'),
    ('windows-gloo-device-unavailable', 'gloo_uv_hostname_empty', "RuntimeError: GlooDeviceFactory::makeUVDevice(): interface or hostname can't be empty", 'https://github.com/IAHispano/Applio/issues/137'),
    ('windows-gloo-device-unavailable', 'gloo_uv_hostname_empty', "RuntimeError: GlooDeviceFactory::makeUVDevice(): interface or hostname can't be empty when training", 'https://github.com/pytorch/pytorch/issues/106271'),
    ('windows-path-system32-evidence', 'smi_unavailable_said', 'Cuda device successfully detected. However, nvidia-smi cannot be invoked', 'https://github.com/keras-team/autokeras/issues/391'),
    ('windows-path-system32-evidence', 'smi_unavailable_said', 'No NVIDIA GPUs detected! nvidia-smi is not available on this system.', 'https://github.com/ostris/ai-toolkit/issues/512'),
    ('windows-path-system32-evidence', 'driver_works', 'Cuda device successfully detected. However, nvidia-smi cannot be invoked', 'https://github.com/keras-team/autokeras/issues/391'),
]

QUIET = [
    ('windows-gloo-device-unavailable', 'gloo_unsupported_device', '[rank4]:[E421 02:05:38.764490322 ProcessGroupGloo.cpp:143] Gloo connectFullMesh failed with [../third_party/gloo/gloo/transport/tcp/pair.cc:144] no error', 'https://github.com/DeepAuto-AI/hip-attention/pull/59 (gloo between Linux ranks)'),
    ('windows-gloo-device-unavailable', 'gloo_unsupported_device', 'RuntimeError: Function argument device_ids not supported for the selected backend gloo', "https://github.com/huawei-noah/Efficient-Computing/issues/90 (DDP's arguments)"),
    ('windows-gloo-device-unavailable', 'gloo_uv_hostname_empty', 'RuntimeError: use_libuv was requested but PyTorch was build without libuv support', 'https://github.com/cocktailpeanut/fluxgym/issues/302 (the TCPStore, libuv-unavailable-windows)'),
    ('windows-path-system32-evidence', 'smi_unavailable_said', 'deal with cases where nvidia-smi is not available', 'https://github.com/vllm-project/ci-infra/pull/20 (a CI note, no failure on this system)'),
    ('windows-path-system32-evidence', 'smi_unavailable_said', "Some Windows GPU runners don't have nvidia-smi available even though the CUDA toolkit (nvcc) is properly installed.", 'https://github.com/pytorch/executorch/pull/18564 (runners without a driver tool, said of CI)'),
]
