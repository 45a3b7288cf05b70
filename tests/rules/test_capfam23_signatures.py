"""Session 23 (GPU capability family): the capability a card lacks said in words (FP8 on a card older than Ada, the
least CUDA a GeForce generation takes) and Caffe's word for a build without the GPU's code. Each line is verbatim
from the thread named; the near misses stay quiet."""
from __future__ import annotations

FIRES = [
    # FP8 refused or doubted with a pre-Ada card named as this machine's (read with sel_pre_ada).
    ("gpu-too-old-for-feature", "fp8_doubt_said", "It looks like the model or a dependency is using float8 (FP8), which A6000 "
     "does not support.", "kijai/ComfyUI-WanVideoWrapper#721"),
    ("gpu-too-old-for-feature", "fp8_doubt_said", "The quantization method fp8 is not supported for the current GPU. Minimum "
     "capability: 90. Current capability: 86", "vllm-project/vllm#4327"),
    # Caffe's CUDA check: the build has no code for this GPU.
    ("gpu-arch-unsupported", "invalid_device_function", "F1008 04:30:16.139123  5360 roi_pooling_layer.cu:91] Check failed: "
     "error == cudaSuccess (8 vs. 0)  invalid device function", "rbgirshick/py-faster-rcnn#2 (a K520)"),
    ("gpu-arch-unsupported", "invalid_device_function", "F0319 16:42:04.865949    3385 roi_pooling_layer.cu:91] Check "
     "failed:error == cudaSuccess ( 8 vs. 0 ) invalid device function", "rbgirshick/py-faster-rcnn#118 (a GTX 760)"),
]

QUIET = [
    # FP8 formats named by their full type, a card that runs one of them: not a verdict on FP8.
    ("gpu-too-old-for-feature", "fp8_gpu_said", "3090支持fp8e5m2的编译加速，但不支持fp8e4m3。", "chengzeyi/Comfy-WaveSpeed#65"),
    ("gpu-too-old-for-feature", "fp8_gpu_said", "I tested on the 3090 and found that FP8 quantization not only fails to "
     "accelerate the model, but also slows down the inference speed significantly", "aredden/flux-fp8-api#33"),
    # A CUDA said of a GeForce card without a floor word is the driver's ceiling or the toolkit in use, not the least
    # CUDA the card takes.
    ("gpu-arch-unsupported-said-evidence", "gpu_needs_newer_cuda", "I request to update for pytorch 1.7 and cuda 11.1, because the NVIDIA "
     "3090 can only support cuda 11.1.", "qubvel-org/segmentation_models.pytorch#290"),
    ("gpu-arch-unsupported-said-evidence", "gpu_needs_newer_cuda", "My GPU is 3090 which run on CUDA11.1,is the code support higher version "
     "pytorch?", "jwyang/faster-rcnn.pytorch#908"),
]
