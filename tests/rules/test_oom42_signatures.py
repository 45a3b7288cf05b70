"""cuda-oom (session 42): CUDA's own status 2 (cudaErrorMemoryAllocation) as the C++ frameworks of torch's early era
checked it, with no "CUDA out of memory" of torch's: Caffe and its forks (glog's "Check failed: error == cudaSuccess
(2 vs. 0)  out of memory"), PaddlePaddle's first C++ API ("cudaSuccess == cudaStat (0 vs. 2) Cuda Error: out of
memory") and MXNet's pooled allocator ("cudaMalloc failed: out of memory"). The same checks print other statuses for
other causes (invalid device function, unknown error, busy devices, an old driver): those stay with their rules.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "cuda-oom"

FIRES = [
    ('oom_cuda_status_2', 'F0911 12:46:40.284883 18216 syncedmem.cpp:56] Check failed: error == cudaSuccess (2 vs. 0)  out of memory', 'https://github.com/aharley/segaware/issues/3'),
    ('oom_cuda_status_2', 'syncedmem.cpp:71] Check failed: error == cudaSuccess (2 vs. 0)  out of memory', 'https://github.com/zeakey/hed/issues/2'),
    ('oom_cuda_status_2', 'F0903 14:31:26.106397 92421 syncedmem.cpp:56] Check failed: error == cudaSuccess (2 vs. 0)  out of memory', 'https://github.com/MhLiao/TextBoxes_plusplus/issues/132'),
    ('oom_cuda_status_2', 'F1206 16:55:19.914152  3830 parallel.cpp:85] Check failed: error == cudaSuccess (2 vs. 0)  out of memory', 'https://github.com/yahoo/CaffeOnSpark/issues/204'),
    ('oom_cuda_status_2', '# Syncedmem.cpp : Check failed : error == cudaSuccess (2 vs 0) out of memory', 'https://github.com/BVLC/caffe/issues/6821 (title)'),
    ('oom_cuda_status_2', '# check failed: error == cudaSuccess(2 vs. 0) out of memory while testing', 'https://github.com/kmaninis/COB/issues/15 (title)'),
    ('oom_cuda_status_2', '# Check failed: cudaSuccess == cudaStat (0 vs. 2) Cuda Error: out of memory', 'https://github.com/PaddlePaddle/Paddle/issues/8949 (title)'),
    ('oom_cuda_status_2', 'pooled_storage_manager.h:80: cudaMalloc failed: out of memory', 'https://github.com/apache/mxnet/issues/6095'),
    ('oom_cuda_status_2', '`mxnet.base.MXNetError: [11:18:15] src/storage/./pooled_storage_manager.h:157: cudaMalloc failed: out of memory', 'https://github.com/apache/mxnet/issues/675'),
    ('oom_cuda_status_2', '[17:36:58] /opt/mxnet/dmlc-core/include/dmlc/./logging.h:308: [17:36:58] src/storage/./pooled_storage_manager.h:111: cudaMalloc failed: out of memory', 'https://github.com/zackchase/mxnet-the-straight-dope/issues/361'),
]

QUIET = [
    ('oom_cuda_status_2', 'Check failed: error == cudaSuccess (46 vs. 0)  all CUDA-capable devices are busy or unavailable', 'https://github.com/NVIDIA/DIGITS/issues/2005 (gpu-exclusive-or-busy)'),
    ('oom_cuda_status_2', 'Check failed: error == cudaSuccess (8 vs. 0)  invalid device function', "Caffe's check for a GPU the build has no kernels for (gpu-arch-unsupported)"),
    ('oom_cuda_status_2', 'Check failed: error == cudaSuccess (30 vs. 0)  unknown error', "Caffe's check for CUDA's unknown error (cuda-unknown-error)"),
    ('oom_cuda_status_2', 'Check failed: cudaSuccess == cudaStat (0 vs. 35) Cuda Error: CUDA driver version is insufficient for CUDA runtime version', 'https://github.com/PaddlePaddle/Paddle/issues/598 (driver-older-than-runtime)'),
    ('oom_cuda_status_2', 'src/storage/./pooled_storage_manager.h:62: Memory allocation failed.', "MXNet 0.7's allocator message, which names no CUDA status (https://github.com/apache/mxnet/issues/2913)"),
]
