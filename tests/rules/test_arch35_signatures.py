"""Session 35, the arch family: the floor said in a library's or an application's own words, and the build's drop said of
the reporter's own GPU.

- old-gpu-floor-said-evidence (read by gpu-too-old-for-feature): a library's check states the compute capability it needs,
  "or higher is required", ">=", "and above" (kernl, xFormers' CUTLASS attention, SGLang). A floor said without "is
  required" (SageAttention's stale-wheel assertion), TensorRT's "Unsupported SM", TensorFlow's build floor, TensorRT-LLM's
  answer "need compute capability >= 8.6" are not read.
- app-gpu-refused-evidence: DeepFaceLab's "No CUDA device found with minimum required compute capability" and the SIBR
  viewer's "Sorry, need at least compute capability 7.0+!", beside a GPU of known architecture or a capability stated for
  the card; neon's check after no CUDA device was found is not an application's floor.
- gpu-arch-unsupported-said-evidence: the build said to have dropped the reporter's own GPU or a capability range; a
  driver's or TensorRT's "no longer supports my GPU" names no torch build.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('old-gpu-floor-said-evidence', 'lib_cc_floor', 'RuntimeError: GPU compute capability 8.0 (Ampere) or higher is required to install kernl', 'https://github.com/ELS-RD/kernl/issues/133'),
    ('old-gpu-floor-said-evidence', 'lib_cc_floor', 'RuntimeError: Your device is too old. We require compute capability >= 50', 'https://github.com/facebookresearch/xformers/issues/685'),
    ('old-gpu-floor-said-evidence', 'lib_cc_floor', '报错信息：SGlang only supports sm 75 and  above ', 'https://github.com/opendatalab/MinerU/issues/3416'),
    ('old-gpu-floor-said-evidence', 'lib_cc_floor', 'SGlang only supports sm 75 and above ！使用sglang加速报错', 'https://github.com/opendatalab/MinerU/issues/3416 (title)'),
    ('app-gpu-refused-evidence', 'app_cc_floor_found', 'No CUDA device found with minimum required compute capability 3.5', 'https://github.com/iperov/DeepFaceLab/issues/264 (title)'),
    ('app-gpu-refused-evidence', 'app_cc_floor_found', '                        Sorry, need at least compute capability 7.0+!', 'https://github.com/graphdeco-inria/gaussian-splatting/issues/206'),
    ('app-gpu-refused-evidence', 'cc_of_card_said', 'My graphic card is dual GeForce 780M with a compute capability 3.0. Then How could I change the minimum required compute capability to 3.0?', 'https://github.com/iperov/DeepFaceLab/issues/264'),
    ('gpu-arch-unsupported-said-evidence', 'build_drops_my_gpu', '1. PyTorch 2.4+ dropped support for compute capability < 7.0 (GTX 10xx series and older)', 'https://github.com/Aaronontheweb/witticism/pull/10'),
]

QUIET = [
    ('old-gpu-floor-said-evidence', 'lib_cc_floor', 'AssertionError: SM80 kernel is not available. make sure you GPUs with compute capability 8.0 or higher.', 'a stale SageAttention wheel on a new card (https://github.com/Comfy-Org/ComfyUI/issues/7770)'),
    ('old-gpu-floor-said-evidence', 'lib_cc_floor', '> [04/25/2024-15:52:54] [TRT] [E] 1: Unsupported SM: 0x601', "TensorRT's own list (https://github.com/NVIDIA/TensorRT/issues/3826)"),
    ('old-gpu-floor-said-evidence', 'lib_cc_floor', '`Ignoring visible gpu device (device: 0, name: GeForce GTX 660M, pci bus id: 0000:01:00.0, compute capability: 3.0) with Cuda compute capability 3.0. The minimum required Cuda capability is 3.5.', "TensorFlow's build floor (https://github.com/williamFalcon/tensorflow-gpu-install-ubuntu-16.04/issues/22)"),
    ('old-gpu-floor-said-evidence', 'lib_cc_floor', 'need compute capability >= 8.6', "a TensorRT-LLM port's answer to a question (https://github.com/Tlntin/Qwen-TensorRT-LLM/issues/17)"),
    ('app-gpu-refused-evidence', 'app_cc_floor_found', 'RuntimeError: Device 0 does not have CUDA compute capability 3.0 or greater', 'neon after no CUDA device was found (https://github.com/tambetm/simple_dqn/issues/50)'),
    ('app-gpu-refused-evidence', 'app_cc_floor_found', '`Ignoring visible gpu device (device: 0, name: GeForce GTX 660M, pci bus id: 0000:01:00.0, compute capability: 3.0) with Cuda compute capability 3.0. The minimum required Cuda capability is 3.5.', "TensorFlow's build floor (https://github.com/williamFalcon/tensorflow-gpu-install-ubuntu-16.04/issues/22)"),
    ('app-gpu-refused-evidence', 'cc_of_card_said', 'No CUDA device found with minimum required compute capability 3.5', 'the floor, not the card (https://github.com/iperov/DeepFaceLab/issues/264)'),
    ('gpu-arch-unsupported-said-evidence', 'build_drops_my_gpu', '- Other note: TensorRT no longer supports my gpu, but onnx will fall back to cuda and cpu after warning that TensorRT doesn\'t work.', 'TensorRT, not a torch build (a public README, the index\'s file 29497790260)'),
    ('gpu-arch-unsupported-said-evidence', 'build_drops_my_gpu', '        package = config.boot.kernelPackages.nvidiaPackages.stable; # 590 no longer supports my GPU', "a driver branch (a NixOS config, the index's file 29209161236)"),
]
