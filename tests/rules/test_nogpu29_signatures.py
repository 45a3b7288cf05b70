"""Session 29: the no-NVIDIA-GPU and container-without-GPU families.

- PyTorch Lightning's own words for a CUDA device count of 0 (its device parser asks torch.cuda.device_count()):
  "You requested GPUs: [0]\\n But your machine only has: []" (the list's own line is the one read), "`CUDAAccelerator` can
  not run on your system since the accelerator is not available" ("GPUAccelerator" in PL 1.6), "No supported gpu backend
  found!". Only the EMPTY list: "only has: [0]" is a device index or count mismatch, and the MPS/TPU accelerators'
  sentences are about other hardware.
- no-nvidia-gpu's `trouble`: a failure reported on a stated non-NVIDIA machine with no CUDA word in the paste (a screenshot,
  a cut log); `gpu_topic` now reads "graphics card" / "video card" as the GPU word too.
Each line is verbatim from the source named."""
from __future__ import annotations

LIGHTNING = "lightning_no_cuda_device"

FIRES = [
    # PyTorch Lightning, the empty device list.
    ("no-cuda-device-seen-evidence", LIGHTNING, " But your machine only has: [] ", "https://github.com/AntixK/PyTorch-VAE/issues/81"),
    ("no-cuda-device-seen-evidence", LIGHTNING, " But your machine only has: []", "https://github.com/zjunlp/KNN-KG/issues/10"),
    ("no-cuda-device-seen-evidence", LIGHTNING, "pytorch_lightning.utilities.exceptions.MisconfigurationException: You requested "
     "GPUs: [0] But your machine only has: []", "https://github.com/Lightning-AI/pytorch-lightning/issues/12087"),
    ("no-cuda-device-seen-evidence", LIGHTNING, "`MisconfigurationException: GPUAccelerator can not run on your system since the "
     "accelerator is not available.`", "https://github.com/FoNDUE-HTR/Documentation/issues/12 (the title)"),
    ("no-cuda-device-seen-evidence", LIGHTNING, "`CUDAAccelerator` can not run on your system since the accelerator is not "
     "available.", "https://github.com/Lightning-AI/pytorch-lightning/issues/16590 (the title)"),
    ("no-cuda-device-seen-evidence", LIGHTNING, "MisconfigurationException('No supported gpu backend found!')",
     "https://github.com/microsoft/mattergen/issues/217 (a SLURM job; maintainer: no GPU available to train on)"),
    ("no-cuda-device-seen-evidence", LIGHTNING, "lightning_fabric.utilities.exceptions.MisconfigurationException: No supported "
     "gpu backend found!", "find_string 'No supported gpu backend found!' (experiment notes: an AutoDL instance in no-GPU mode)"),
    ("container-started-without-gpus", "unavailable", "- Boltz: Fails (`MisconfigurationException: No supported gpu backend "
     "found!`)", "find_string 'No supported gpu backend found!' (a CWL runner's notes: Apptainer without --nv)"),
    ("container-started-without-gpus", "unavailable", " But your machine only has: []",
     "https://github.com/apptainer/singularity/issues/6203 (singularity shell without --nv)"),
    ("no-nvidia-gpu", "no_device", "pytorch_lightning.utilities.exceptions.MisconfigurationException: You requested GPUs: [0] "
     "But your machine only has: []", "https://github.com/Lightning-AI/pytorch-lightning/issues/12087"),
    # A failure on a stated non-NVIDIA machine, no CUDA word.
    ("no-nvidia-gpu", "trouble", "I'm an AMD graphics card and I got an error while this code, what should I do",
     "https://github.com/genmoai/mochi/issues/80"),
    ("no-nvidia-gpu", "trouble", "I get this error when running the complete example of the section Control your Robot.",
     "https://github.com/Genesis-Embodied-AI/genesis-world/issues/156"),
    ("no-nvidia-gpu", "trouble", "I am trying to get LLaMA-Factory running on Intel Arc A770 using Deepspeed.  The issue is, I "
     "attempt to run and the code is stopping for some reason but I don't get an error.", "https://github.com/hiyouga/LlamaFactory/issues/2491"),
    ("no-nvidia-gpu", "gpu_topic", "I'm an AMD graphics card and I got an error while this code, what should I do",
     "https://github.com/genmoai/mochi/issues/80"),
]

NEAR_MISSES = [
    # A non-empty list: a device index or count the machine does not have, not a missing GPU.
    ("no-cuda-device-seen-evidence", LIGHTNING, "                But your machine only has: [0]",
     "https://github.com/googlecolab/colabtools/issues/1822 (gpus=[1] on a one-GPU Colab runtime)"),
    ("no-cuda-device-seen-evidence", LIGHTNING, "pytorch_lightning.utilities.exceptions.MisconfigurationException: You requested "
     "GPUs: [1] But your machine only has: [0]", "https://github.com/AntixK/PyTorch-VAE/issues/98 (the title; an RTX 4070 shown)"),
    ("container-started-without-gpus", "unavailable", "lightning_fabric.utilities.exceptions.MisconfigurationException: You "
     "requested gpu: [1]", "https://github.com/bene-ges/nemo_compatible/issues/16 (the request's own line)"),
    # Other accelerators' sentences.
    ("no-cuda-device-seen-evidence", LIGHTNING, "   MisconfigurationException: `MPSAccelerator` can not run on your system since "
     "the accelerator is not available.", "Lightning's MPS docs (find_string 'can not run on your system since the accelerator')"),
    ("no-cuda-device-seen-evidence", LIGHTNING, "`pytorch_lightning.utilities.exceptions.MisconfigurationException: TPUAccelerator "
     "can not run on your system since the accelerator is not available. The following accelerator(s) is available and can be "
     "passed into `accelerator` argument of `Trainer`: ['cpu'].`", "https://github.com/jbohnslav/deepethogram/issues/119"),
    # "No Errors": the console-log field of an issue form, filled in as nothing wrong (a healthy report).
    ("no-nvidia-gpu", "trouble", "No Errors", "https://github.com/lllyasviel/Fooocus/issues/3974 (Console logs field)"),
    # A question with no failure in it.
    ("no-nvidia-gpu", "trouble", "Is it possible to run this project on this GPU?", "https://github.com/lllyasviel/FramePack/issues/363"),
    ("no-nvidia-gpu", "trouble", "Would be nice to have suport for intel arc a770 since my new pc doesnt support cuda",
     "https://github.com/MrNeRF/LichtFeld-Studio/issues/818"),
]
