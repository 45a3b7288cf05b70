"""mac-named-evidence (session 34; no-rocm-os-evidence's mac_said in session 33 and no-nvidia-gpu-stated's mac_hardware in
session 32, merged): a Mac said in words, where no ROCm build and no CUDA build of torch exists.

An Intel Mac's Radeon Pro (560X, 5300M/5500M, Vega 56) beside a CUDA-only error is "no NVIDIA GPU, use the CPU or MPS",
not a CUDA or CPU wheel to swap for a ROCm one: rocm-cuda-wheel-on-amd steps aside by derived.no_rocm_wheel_os.

Where the program ran, said in passing (a bare "macOS", a /Users/ path, Darwin) stays no-rocm-os-evidence's own mac_os_trace
(rows with four fields): no ROCm build there, but an old Mac may hold an NVIDIA GPU (torch/cutorch#318).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations


FIRES = [
    ('mac-named-evidence', 'mac_named', 'In MAC - AssertionError: Torch not compiled with CUDA enabled', 'https://github.com/chenfei-wu/TaskMatrix/issues/341'),
    ('mac-named-evidence', 'mac_named', 'Platform: macbook pro 16in', 'https://github.com/alex-damian/pulse/issues/13'),
    ('mac-named-evidence', 'mac_named', 'I request to kindly help me on how to run the code in MAC. As I\'m not having a CUDA version for MAC.', 'https://github.com/jonkhler/s2cnn/issues/37'),
    ('mac-named-evidence', 'mac_named', "Check links [pytorch issue 30664](https://github.com/pytorch/pytorch/issues/30664), which seems focused on PC. Is there work around for Mac where CUDA-capable GPUs aren't available?", 'https://github.com/nlpyang/PreSumm/issues/159'),
    ('mac-named-evidence', 'mac_named', 'In Mac pro, there is no cuda, so you can only use the CPU.', 'https://github.com/cliffren/PENCIL/issues/13'),
    ('mac-named-evidence', 'mac_named', 'Config.py 第32行，由于 Mac 没有 CUDA，运行至直接报错：', 'https://github.com/RVC-Boss/GPT-SoVITS/issues/264'),
    ('no-rocm-os-evidence', 'mac_os_trace', 'AssertionError: Torch not compiled with CUDA enabled - macOS Sequoia 15.1.1 (intel, AMD)', 'https://github.com/Tencent-Hunyuan/HunyuanVideo/issues/22'),
    ('no-rocm-os-evidence', 'mac_os_trace', 'compatibility issues on macOS systems using Intel or AMD GPUs (such as the Radeon Pro Vega 56)', 'https://github.com/pytorch/pytorch/issues/141973'),
    ('no-rocm-os-evidence', 'mac_os_trace', '  File "/Users/greg/miniconda/lib/python3.12/site-packages/torch/cuda/__init__.py", line 293, in _lazy_init', 'https://github.com/Tencent-Hunyuan/Hunyuan3D-1/issues/55'),
]

QUIET = [
    ('mac-named-evidence', 'mac_named', '  File "C:\\Users\\me\\ComfyUI\\venv\\lib\\site-packages\\torch\\cuda\\__init__.py", line 289, in _lazy_init', 'a Windows path: backslashes'),
    ('mac-named-evidence', 'mac_named', 'MAC address of the ethernet adapter changed after the driver update', 'a MAC address, not the machine'),
    ('mac-named-evidence', 'mac_named', 'GPU: AMD Radeon RX 7900 XTX (gfx1100), machine: Ubuntu 22.04', 'a Linux AMD machine: ROCm is the answer there'),
    ('mac-named-evidence', 'mac_named', 'Collecting torch-2.2.1-cp311-none-macosx_11_0_arm64.whl', 'a wheel tag: "macosx" is no word "mac"'),
    ('mac-named-evidence', 'mac_named', 'I use a Macro in Excel to start the script', 'Macro is no Mac'),
    ('mac-named-evidence', 'mac_named', 'AssertionError: Torch not compiled with CUDA enabled - macOS Sequoia 15.1.1 (intel, AMD)', 'a bare macOS: no-rocm-os-evidence alone reads it'),
    ('mac-named-evidence', 'mac_named', '    > \t/Users/rafal/torch/install/share/lua/5.1/cutorch/init.lua:2: in main chunk', 'https://github.com/torch/cutorch/issues/318 (an old Mac with an NVIDIA GPU)'),
]
