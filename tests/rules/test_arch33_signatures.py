"""gpu-arch-unsupported-said-evidence (session 33): the verdict said of a CUDA-versioned build rather than of torch by
name, how app maintainers and users word the cu128 / cu130 architecture drops (torch 2.8's cu128 dropped Maxwell and
Pascal, 2.11's cu128 Volta, cu130 everything below Turing).

cuda_build_dropped_cards points at the user's own cards ("these", "my") and is read alone; cuda_build_lacks_gpu (the
general statement, or the build said not to work with the GPU) only beside a GPU whose architecture is known.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "gpu-arch-unsupported-said-evidence"

FIRES = [
    ('cuda_build_dropped_cards', 'Upon investigation it was found that the 12.8 version of cuda dropped support for these cards.', 'https://github.com/chaiNNer-org/chaiNNer/issues/3160'),
    ('cuda_build_lacks_gpu', 'the "latest" containers für cuda13 dont work with my V100.', 'https://github.com/mudler/LocalAI/issues/9948'),
    ('cuda_build_lacks_gpu', "@peterschmidt85, IIRC, cuda 12.8 drops support for old architectures which includes V100, so these old GPUs should be handled", 'https://github.com/dstackai/dstack/pull/3166'),
    ('cuda_build_lacks_gpu', "apparently 10 series and older gpus don't work with `cu128`", 'https://github.com/AUTOMATIC1111/stable-diffusion-webui/pull/17172'),
    ('cuda_build_lacks_gpu', 'Yes, I am aware cuda 13 dropped older GPU cards but this is something cuda users already aware', 'https://github.com/ultralytics/ultralytics/pull/24498 (read; the rule wants a known GPU beside it)'),
]

QUIET = [
    ('cuda_build_dropped_cards', 'Yes, I am aware cuda 13 dropped older GPU cards but this is something cuda users already aware', 'general knowledge, no card of the writer pointed at (https://github.com/ultralytics/ultralytics/pull/24498)'),
    ('cuda_build_lacks_gpu', 'and if we run our new Docker image with CUDA 12.8, V100 will work - I\'ve just confirmed that.', 'said to work (https://github.com/dstackai/dstack/pull/3166)'),
    ('cuda_build_lacks_gpu', 'The 470 LTS branch confirmed to no longer support 12.8 The 550 PB branch lasts a bit longer and supports 12.8 and 12.9', 'a driver branch and a CUDA version (https://github.com/ComputeCanada/software-stack-config/pull/101)'),
    ('cuda_build_dropped_cards', 'CUDA 13.x dropped support for compute capabilities below Turing (sm_75).', 'a release RFC, no card of the writer (https://github.com/pytorch/pytorch/issues/190385)'),
    ('cuda_build_lacks_gpu', 'Remove 12.8 and 12.9, which are no longer supported.', 'CUDA versions dropped by a project, no GPU (https://github.com/pytorch/executorch/pull/20440)'),
]
