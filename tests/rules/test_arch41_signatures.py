"""Session 41, the arch family: structures read as families, not as the threads they were found in.

- nvcc-too-old-for-gpu-arch's not_defined: nvcc's own "Value 'sm_XX' is not defined for option 'gpu-architecture'" (ptxas'
  'gpu-name') cut from its tool's prefix (a title, a paste quoting stderr), glued to the word before, with a space inside the
  quote, or said by cuobjdump. The option's name is the toolkit's alone; an old architecture (sm_20, sm_30) is the other way
  round (a toolkit newer than the build script's target) and stays quiet.
- gpu-arch-unsupported-said-evidence's gpu_takes_only_its_cuda / gpu_refuses_older_cuda: a GPU (a GeForce model or series, an
  Ampere die) said to take only its own generation's CUDA ("the NVIDIA 3090 can only support cuda 11.1", "RTX30系的显卡只支持
  CUDA11") or not to run with an older one ("RTX30系列显卡不支持cuda10.2", "not supported by cuda verision lower than 11.0").
  The driver's ceiling ("only supports up to CUDA 11.6") and a release the generation does run stay quiet.
- gpu-too-old-for-feature's autocast_bf16: torch's "Current CUDA Device does not support bfloat16" said by the reporter of
  their own card ("because my card does not support bf16", "我的显卡不支持bf16") or of a pre-Ampere GeForce model; a README's
  conditional ("如果显卡不支持BF16，使用FP16") stays quiet.
- rocm-gfx-said-unsupported's unlisted_card: the workstation and die names of targets no stock ROCm build carries (Radeon PRO
  W6600/W6400, W5500/W5700, WX x100, "Navi 23"); the W6800 (gfx1030, carried) stays quiet.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

NVCC = 'nvcc-too-old-for-gpu-arch'
FEAT = 'gpu-too-old-for-feature'
ROCM = 'rocm-gfx-said-unsupported'
SAID = 'gpu-arch-unsupported-said-evidence'

FIRES = [
    (NVCC, 'not_defined', "     Value 'sm_75' is not defined for option 'gpu-architecture'", 'https://github.com/inducer/pycuda/issues/191'),
    (NVCC, 'not_defined', "I tried to build and test GPUSPH. And it said “[CU] Dambreak3D.onvcc fatal : Value ' sm_86' is not defined for option 'gpu-architecture”. Could you give me some suggestions and how should I deal with it?", 'https://github.com/GPUSPH/gpusph/issues/72'),
    (NVCC, 'not_defined', "Value 'compute_89' is not defined for option 'gpu-architecture'", 'https://github.com/Jittor/JittorLLMs/issues/10 (title)'),
    (NVCC, 'not_defined', "Value 'sm_89' is not defined for option 'gpu-architecture' error", 'https://github.com/inducer/pycuda/issues/440 (title)'),
    (NVCC, 'not_defined', "ptxas fatal : Value 'sm_121a' is not defined for option 'gpu-name'", 'https://github.com/gpustack/gpustack/issues/4372 (title)'),
    (SAID, 'gpu_takes_only_its_cuda', 'I request to update for pytorch 1.7 and cuda 11.1, because the NVIDIA 3090 can only support cuda 11.1.', 'https://github.com/qubvel-org/segmentation_models.pytorch/issues/290'),
    (SAID, 'gpu_takes_only_its_cuda', 'RTX30系的显卡只支持CUDA11，不能使用CUDA10.2的话，请问有什么11以上的版本支持本项目吗？', 'https://github.com/yeyupiaoling/PPASR/issues/129 (title)'),
    (SAID, 'gpu_takes_only_its_cuda', '30系列显卡不兼容cuda9.0,但是pytorch1.4对应的cuda的版本是9.0或者10.0,3070显卡主要支持cuda11，这个怎么解决', 'https://github.com/Lei-Kun/End-to-end-DRL-for-FJSP/issues/4'),
    (SAID, 'gpu_refuses_older_cuda', '30系列显卡不兼容cuda9.0,但是pytorch1.4对应的cuda的版本是9.0或者10.0,3070显卡主要支持cuda11，这个怎么解决', 'https://github.com/Lei-Kun/End-to-end-DRL-for-FJSP/issues/4'),
    (SAID, 'gpu_refuses_older_cuda', '您好 我是中国传媒大学研究生，正在学习您的工程，您的cuda要求为10.2， 请问能否换为cuda11 ，因为RTX30系列显卡不支持cuda10.2', 'https://github.com/zju3dv/NeuralRecon/issues/55'),
    (SAID, 'gpu_refuses_older_cuda', 'The GA102 chips is not supported by cuda verision lower than 11.0, but the latest PYG only support pytorch 1.6.0 and cuda 10.2. Is there any way to run PYG on RTX3090 GPU? Thank you.', 'https://github.com/pyg-team/pytorch_geometric/issues/1789'),
    (FEAT, 'autocast_bf16', '(because my card does not support bf16)', 'https://github.com/balazik/ComfyUI-PuLID-Flux/issues/64'),
    (FEAT, 'autocast_bf16', "My card (RTX 5000 Max-Q 16GB) doesn't support bf16 and the training lasts forever without effects (samples give only weird artifacts or whatever it is). Can I somehow switch to fp16?", 'https://github.com/cocktailpeanut/fluxgym/issues/241'),
    (FEAT, 'autocast_bf16', 'rtx 2070 does not support bfloat16', '(constructed: a pre-Ampere GeForce model as the subject; the thread this form was first seen in is in the corpus test split, session 41, and is not quoted)'),
    (ROCM, 'unlisted_card', 'If ROCm can support AMD Radeon PRO W6600? If not, is there an AMD GPU type support list ? Thanks', 'https://github.com/ROCm/ROCm-docker/issues/105'),
    (ROCM, 'unlisted_card', 'Is there support or any plans to add the W6600 (Navi 23) GPUs to the ROCm 5.x line?', 'https://github.com/ROCm/legacy-rocm-build/issues/1694'),
]

QUIET = [
    (ROCM, 'unlisted_card', "Is there an ETA on when the W6800 will support ROCm? We'd like to trial ROCm for our ML applications, but Vega chips are getting more and more difficult to find.", 'https://github.com/ROCm/legacy-rocm-build/issues/1595 (the W6800 is gfx1030, which ROCm carries)'),
    (FEAT, 'autocast_bf16', "fp16 will currently be auto-selected if GPU doesn't support bf16, but it can't be selected otherwise.", 'https://github.com/deepbeepmeep/Wan2GP/issues/225 (a conditional, no card of the reporter)'),
    (FEAT, 'autocast_bf16', "If I understand correctly, this is not about AMD GPU, but older Nvidia GPU like RTX 20xx, which don't support bf16.", 'https://github.com/ace-step/ACE-Step/issues/133 (a generation in general, no card of the reporter)'),
    (SAID, 'gpu_takes_only_its_cuda', 'worked for: _GeForce RTX 3090  |  CUDA 11.2_', 'https://github.com/pytorch/pytorch/issues/50032 (a GPU and the CUDA it ran with)'),
    (SAID, 'gpu_refuses_older_cuda', 'CUDA 11.1 start support for NVIDIA GeForce RTX 30 Series. 11.0 is not supported.', 'https://github.com/km2ii/JVP_TG-PLUS/issues/31 (said of a CUDA release, no GPU refusing it; the reporter had a GTX 1080)'),
    (SAID, 'gpu_takes_only_its_cuda', 'Changes to support 3000 series GPUs using pytorch 1.8.2 and CUDA 11.2.', 'https://github.com/johanmodin/clifs/pull/8 (a fix, no claim)'),
    (NVCC, 'not_defined', "nvcc fatal   : Value 'sm_20' is not defined for option 'gpu-architecture'", 'https://github.com/SLACKHA/pyJac/issues/38 (CUDA 11.0 dropped sm_20: the build script is old, not the toolkit)'),
    (NVCC, 'not_defined', "“nvcc fatal   : Value 'sm_30' is not defined for option 'gpu-architecture'", 'https://github.com/HazyResearch/butterfly/issues/23 (CUDA 11.2 dropped sm_30)'),
    (NVCC, 'not_defined', "nvcc fatal : value 'arch' is not defined for option 'gpu-architecture' ", 'https://github.com/jytime/Mask_RCNN_Pytorch/issues/15 (a placeholder typed as the value)'),
]
