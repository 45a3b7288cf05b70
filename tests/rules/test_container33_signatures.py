"""container-started-without-gpus (session 33): the GPU request said to be missing.

A container started without the GPU (docker run without --gpus all, singularity without --nv) is often reported in the
user's own words about the flag: "running without --gpus all", "require passing an option like `--gpus all`",
"forgot ... the --nv flag", "需要添加`--gpus all`参数"; an image's startup check says it too (Unsloth's entrypoint:
"You started the container without --gpus all"). The flag named there is what gpu_request reads, so the rule reads these
words in their own branch, only beside a GPU failure (gpu-unused-said's fact since session 34, and the rule's other failure
signatures) and with no
shown run line that asks for the GPU (gpu_run_line).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "container-started-without-gpus"

FIRES = [
    ('gpu_flag_said_missing', 'CUDA not detected when running without --gpus all', 'https://github.com/abetlen/llama-cpp-python/issues/1882'),
    ('gpu_flag_said_missing', "It seems that Docker-native GPU support seems to require passing an option like `--gpus all` to `docker run` - my GPU is not used without it. I'm on Docker 19.03.6.", 'https://github.com/stefancrain/folding-at-home/issues/3'),
    ('gpu_flag_said_missing', 'CLI example missing --gpus option for nvidia?', 'https://github.com/stefancrain/folding-at-home/issues/3'),
    ('gpu_flag_said_missing', "I haven't really used `docker-compose` much, but it seems like the `--gpus` option needs to be passed? ", 'https://github.com/kcosta42/VQGAN-CLIP-Docker/issues/1'),
    ('gpu_flag_said_missing', '这个doc pr中docker run时需要添加`--gpus all`参数，否则容器内检测不到gpu', 'https://github.com/PaddlePaddle/docs/pull/6499'),
    ('gpu_flag_said_missing', '  1. You started the container without --gpus all.', 'unslothai/unsloth docker/entrypoint.sh'),
    ('gpu_flag_said_missing', 'Docker command to check GPUs is missing the `--gpus all` flag', 'https://github.com/stevezau/media_preview_generator/issues/124'),
    ('gpu_run_line', "docker run -it --rm -e DISPLAY=host.docker.internal:0.0 --gpus all -v /root/tdmpc2 --name tdmpc2_container  tdmpc2", 'https://github.com/nicklashansen/tdmpc2/issues/51'),
    ('gpu_run_line', 'singularity exec --nv -B outsidepath:insidepath imagename.simg myscript.sh', 'https://github.com/jade-hpc-gpu/jade-hpc-gpu.github.io/issues/82'),
]

QUIET = [
    ('gpu_flag_said_missing', 'docker run --gpus all --rm -it ghcr.io/isri-aist/baseline_walking_controller:latest ./walk_on_plane.bash', 'a run line that asks for the GPU names no flag as missing'),
    ('gpu_flag_said_missing', 'If you want to run without NVIDIA acceleration, run without the --nvidia flag.', "a script's own --nvidia option is not singularity's --nv"),
    ('gpu_flag_said_missing', 'No CUDA device have been detected, maybe you forgot to add --gpus-per-node option in srun?', "Slurm's --gpus-per-node is a job's request, not a container's"),
    ('gpu_run_line', '       docker run --gpus all <other-flags> unsloth/unsloth:latest <cmd>', "an image's own advice with placeholders is not the command that was run"),
    ('gpu_run_line', 'sudo docker run -t -i --privileged testimage bash', 'a run line asking for no GPU'),
]
