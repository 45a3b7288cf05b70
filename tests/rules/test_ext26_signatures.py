"""Compiled-extension family (session 26): readings taken from the libraries' own messages. flash-attn's setup.py (and
the projects that copied it: mamba_ssm, causal_conv1d, FLA) refuses an nvcc older than its minimum and prints torch's
version; with torch built for CUDA 11.7 or newer the toolkit the build found is older than torch's CUDA
(extension-cuda-version-mismatch). torch.utils.cpp_extension's mismatch message is read whatever its case. PyTorch
Geometric's own warning names the companion (torch-scatter, torch-sparse, pyg-lib...) whose library failed to load.
Rows are (rule, signature, line, source), each line verbatim from the thread named."""
from __future__ import annotations

CUDA = "extension-cuda-version-mismatch"
OTHER = "extension-built-for-other-torch"

FIRES = [
    (CUDA, "nvcc_below_build_min", "      RuntimeError: FlashAttention is only supported on CUDA 11.6 and above.  Note: make "
     "sure nvcc has a supported version by running nvcc -V.", "haotian-liu/LLaVA#1140"),
    (CUDA, "nvcc_below_build_min", "RuntimeError: FlashAttention is only supported on CUDA 11.6 and above.  Note: make sure "
     "nvcc has a supported version by running nvcc -V.", "Dao-AILab/flash-attention#825"),
    (CUDA, "nvcc_below_build_min", "[SOLVED] RuntimeError: FlashAttention is only supported on CUDA 11.7 and above.",
     "DQiaole/MemFlow#14"),
    (CUDA, "nvcc_below_build_min", "      RuntimeError: causal_conv1d is only supported on CUDA 11.6 and above.  Note: make "
     "sure nvcc has a supported version by running nvcc -V.", "state-spaces/mamba#323"),
    (CUDA, "nvcc_below_build_min", "RuntimeError: FlashAttention is only supported on CUDA 11 and above", "lm-sys/FastChat#1070"),
    (CUDA, "torch_cu_at_least_117", "      torch.__version__  = 2.0.1+cu117", "haotian-liu/LLaVA#1140"),
    (CUDA, "torch_cu_at_least_117", "        torch.__version__  = 2.3.1+cu121", "zai-org/GLM-4#235"),
    (CUDA, "nvcc_below_build_min_123", "FlashAttention-3 is only supported on CUDA 12.3 and above",
     "Dao-AILab/flash-attention hopper/setup.py"),
    (CUDA, "nvcc_below_build_min_123", "RuntimeError: magi_attention is only supported on CUDA 12.3 and above",
     "SandAI-org/MagiAttention setup.py, quoted by a MAGI-1 install script"),
    (CUDA, "detected", "the detected cuda version (11.1) mismatches the version that was used to compile pytorch (10.2). "
     "I got this error [...]", "hailanyi/VirConv#18"),
    (CUDA, "detected", "RuntimeError:The detected CUDA version (12.1) mismatches the version that was used to compile "
     "PyTorch (11.7).", "Dao-AILab/flash-attention#219"),
    (CUDA, "fatbin_end_undefined", "ImportError: /mnt/data/code/MOC-Detector/src/network/DCNv2/_ext/dcn_v2/_dcn_v2.so: "
     "undefined symbol: __cudaRegisterFatBinaryEnd.", "MCG-NJU/MOC-Detector#48"),
    (CUDA, "fatbin_end_undefined", "ImportError: /home/ld/code/Mono-3D/3d-vehicle-tracking-master.2/faster-rcnn.pytorch/lib/"
     "model/roi_crop/_ext/roi_crop/_roi_crop.so: undefined symbol: __cudaRegisterFatBinaryEnd", "rowanz/neural-motifs#90"),
    (CUDA, "fatbin_end_undefined", "ImportError: /home/anam/Codes/mask-rcnn.pytorch/lib/model/roi_pooling/_ext/roi_pooling/"
     "_roi_pooling.so: undefined symbol: __cudaRegisterFatBinaryEnd", "roytseng-tw/Detectron.pytorch#237"),
    (CUDA, "fatbin_end_undefined", "ImportError: /home/l547/anaconda3/lib/python3.7/site-packages/mmdet-0.5.1+810b711-py3.7.egg/"
     "mmdet/ops/nms/gpu_nms.cpython-37m-x86_64-linux-gnu.so: undefined symbol: __cudaPopCallConfiguration",
     "open-mmlab/mmdetection#66"),
    (OTHER, "cuda_fatbin_end", "ImportError: /mnt/data/code/MOC-Detector/src/network/DCNv2/_ext/dcn_v2/_dcn_v2.so: "
     "undefined symbol: __cudaRegisterFatBinaryEnd.", "MCG-NJU/MOC-Detector#48"),
    (OTHER, "pyg_companion_warning", "/tmp/.local/lib/python3.10/site-packages/torch_geometric/typing.py:54: UserWarning: "
     "An issue occurred while importing 'pyg-lib'. Disabling its usage. Stacktrace: libcudart.so.11.0: cannot open shared "
     "object file: No such file or directory", "pyg-team/pytorch_geometric#9636"),
    (OTHER, "pyg_companion_warning", "UserWarning: An issue occurred while importing 'torch-scatter'. Disabling its usage. "
     "Stacktrace: dlopen(/Users/wuyou/PycharmProjects/MOTIFY/motif/venv/lib/python3.9/site-packages/torch_scatter/"
     "_version_cpu.so, 0x0006): Symbol not found: __ZN3c1017RegisterOperatorsD1Ev", "rusty1s/pytorch_scatter#430"),
    (OTHER, "lib_missing", "/tmp/.local/lib/python3.10/site-packages/torch_geometric/typing.py:54: UserWarning: "
     "An issue occurred while importing 'pyg-lib'. Disabling its usage. Stacktrace: libcudart.so.11.0: cannot open shared "
     "object file: No such file or directory", "pyg-team/pytorch_geometric#9636"),
    (OTHER, "dgl_torch_lib", "FileNotFoundError: Cannot find DGL C++ graphbolt library at C:\\Users\\csqjxiao\\.venv\\Lib\\"
     "site-packages\\dgl\\graphbolt\\graphbolt_pytorch_2.4.1.dll", "a DGL install guide in Chinese quoting Windows' error"),
    (OTHER, "dgl_torch_lib", "\t\"message\": \"Cannot find DGL C++ graphbolt library at /Users/bristi/Desktop/Design Project/"
     "Protein Structure Prediction/.venv/lib/python3.11/site-packages/dgl/graphbolt/libgraphbolt_pytorch_2.5.1.dylib\",",
     "dmlc/dgl#7835"),
    (OTHER, "dgl_lib_said", "When I using the new feature GraphBolt. I meet this question: **can't find c++ library graphbolt**",
     "dmlc/dgl#7157"),
    (OTHER, "dgl_lib_said", "DGL built from source in Windows 11 (CUDA 12.1, PyTorch 2.3.0): Cannot find DGL C++ graphbolt library.",
     "dmlc/dgl#7477"),
    (OTHER, "dgl_lib_said", "There is no such file `graphbolt_pytorch_2.4.1.dll`.", "dmlc/dgl#7809"),
    (OTHER, "dgl_lib_said", "Hi, @a1941409241 @jermainewang  I find the reason. This issue is due to the "
     "`libgraphbolt_pytorch_2.2.2.so` file does not exist at all.", "dmlc/dgl#7157 (a comment)"),
]

QUIET = [
    # No CUDA runtime loaded at all (a torch without CUDA): a symbol every runtime has.
    (CUDA, "fatbin_end_undefined", "```pytorch-faster-rcnn/tools/../lib/nms/_ext/nms/_nms.so: undefined symbol: "
     "__cudaUnregisterFatBinary```", "ruotianluo/pytorch-faster-rcnn#50"),
    # The library for this torch is there but does not load (a CUDA library of its own missing): not the torch pairing.
    (OTHER, "dgl_lib_said", "In most cases the `Cannot load Graphbolt C++ library` error is triggered by a `OSError: "
     "libnvrtc.so.12: cannot open shared object file: No such file or directory` error, even though `cuda-nvrtc` is installed.",
     "dmlc/dgl#7247"),
    # torch built for an older CUDA than the build's minimum: the whole environment is too old, not a mismatch.
    (CUDA, "torch_cu_at_least_117", "torch.__version__  = 2.1.2", "aqlaboratory/openfold#519"),
    # A GPU-capability refusal is not a toolkit minimum.
    (CUDA, "nvcc_below_build_min", "FlashAttention-3 is only supported on CUDA 12.3 and above",
     "Dao-AILab/flash-attention hopper/setup.py"),
    # PyG's warnings about other things than a companion's library.
    (OTHER, "pyg_companion_warning", "An issue occurred while importing 'torch-scatter'.", "rusty1s/pytorch_scatter#430 (title)"),
]
