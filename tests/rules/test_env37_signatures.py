"""Session 37, env family (no-nvidia-gpu-stated, no-nvidia-gpu-evidence / no-nvidia-gpu, container-started-without-gpus).

The rows are the session's readings from its outside sample (/work/wt/r-env-sample37) and their families: an AMD model
number with its suffix run on ("Rx7900xt", "RX6800XT"); a hosted notebook (Colab, spelt "Collab" too) whose NVIDIA driver is
said missing in the user's words ("asking for Nvidia driver", "nvidia drivers missing"); and a compose file's GPU reservation
said not to give the GPU ("pytorch has no access to GPU", "not working in some versions of Docker Compose"). Rows are
(rule, signature, line, source).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    # no-nvidia-gpu-stated: the AMD model number with its suffix run on.
    ('no-nvidia-gpu-stated', 'amd_listed', "I'm using a Rx7900xt from AMD i can't use Cuda and when i switch to cpu it still try to use Cuda", 'https://github.com/C0untFloyd/roop-unleashed/issues/524'),
    ('no-nvidia-gpu-stated', 'amd_listed', 'Running on rx7900xtx gpu，', 'https://github.com/githubcto/FramePack-ZLUDA/issues/1'),
    ('no-nvidia-gpu-stated', 'amd_listed', 'I am trying to run a test for my RX 6700xt but I  face many problems.', 'https://github.com/ROCm/legacy-rocm-build/issues/1931'),
    ('no-nvidia-gpu-stated', 'amd_listed', 'Running Ubuntu 22.04 with ROCm 5.7 on a Radeon RX6800XT and an Intel I7-12700k.', 'https://github.com/Stability-AI/StableSwarmUI/issues/260'),
    ('no-nvidia-gpu-stated', 'amd_listed', 'My card is an RX 7900 GRE, 16 GB.', 'written: the GRE suffix'),
    # no-nvidia-gpu-evidence: a hosted notebook spelt "Collab".
    ('no-nvidia-gpu-evidence', 'hosted_notebook', 'yesterday and the days before i was able to make Images with the Collab.', 'https://github.com/lllyasviel/Fooocus/issues/1276'),
    ('no-nvidia-gpu-evidence', 'hosted_notebook', 'collab section isnt working it run on my computer for while', 'https://github.com/googlecolab/colabtools/issues/4467'),
    # no-nvidia-gpu-evidence / no-nvidia-gpu: the notebook's missing driver in the user's words.
    ('no-nvidia-gpu-evidence', 'driver_said_missing', 'collab section isnt working it run on my computer for while and then all the sudden when tried to run it again is asking for Nvidia driver which i had updated', 'https://github.com/googlecolab/colabtools/issues/4467'),
    ('no-nvidia-gpu-evidence', 'driver_said_missing', 'hi folks, everything was fine till today with colab then suddenly i am getting this nvidia drivers missing.', 'https://github.com/lllyasviel/Fooocus/issues/1877'),
    ('no-nvidia-gpu-evidence', 'driver_said_missing', 'When I try running the program on the "colab" link posted, it tells me that it couldn\'t find a NVIDIA driver.', 'https://github.com/lllyasviel/Fooocus/issues/2312'),
    ('no-nvidia-gpu-evidence', 'driver_said_missing', 'Colab asking for nvidia driver never had an issue until today', 'https://github.com/lllyasviel/Fooocus/issues/4036'),
    ('no-nvidia-gpu-evidence', 'driver_said_missing', 'colab 运行时提示找不到NVIDIA驱动', 'written: the same in Chinese'),
    ('no-nvidia-gpu', 'driver_said_missing', 'Colab asking for nvidia driver never had an issue until today', 'https://github.com/lllyasviel/Fooocus/issues/4036'),
    # container-started-without-gpus: a compose GPU reservation shown and said not to give the GPU.
    ('container-started-without-gpus', 'compose_gpu_block', 'When specifying GPU-ressources within the "deploy" parameter of the docker-compose instead of (legacy) "runtime: nvidia", pytorch has no access to GPU ressources.', 'https://github.com/docker/compose/issues/8237'),
    ('container-started-without-gpus', 'compose_gpu_block', '          capabilities: [ gpu ]', 'https://github.com/cresset-template/cresset/issues/216'),
    ('container-started-without-gpus', 'compose_gpu_block', '          - driver: nvidia', 'https://github.com/docker/compose/issues/8569'),
    ('container-started-without-gpus', 'compose_gpu_said_failing', 'When specifying GPU-ressources within the "deploy" parameter of the docker-compose instead of (legacy) "runtime: nvidia", pytorch has no access to GPU ressources.', 'https://github.com/docker/compose/issues/8237'),
    ('container-started-without-gpus', 'compose_gpu_said_failing', 'The code above is not working in some versions of Docker Compose.', 'https://github.com/cresset-template/cresset/issues/216'),
    ('container-started-without-gpus', 'compose_gpu_said_failing', 'But GPU don\'t work.', 'https://github.com/docker/compose/issues/8569'),
]

QUIET = [
    ('no-nvidia-gpu-stated', 'amd_listed', 'NVIDIA RTX 6000 Ada Generation, 48 GB', 'written: an NVIDIA RTX model number'),
    ('no-nvidia-gpu-stated', 'amd_listed', 'GeForce GTX 1660Ti with Max-Q design', 'written: an NVIDIA GTX model with its suffix run on'),
    ('no-nvidia-gpu-stated', 'amd_listed', 'the proxy6000xt service failed to start', 'written: the digits inside another word'),
    ('no-nvidia-gpu-evidence', 'hosted_notebook', 'collaborative filtering with torch on a GPU', 'written: a word that starts with collab'),
    ('no-nvidia-gpu-evidence', 'driver_said_missing', 'Install the NVIDIA driver before you start (see the docs).', 'written: advice, no driver said missing'),
    ('no-nvidia-gpu-evidence', 'driver_said_missing', 'nvidia driver version 535.104 found, CUDA 12.2', 'written: the driver found'),
    ('container-started-without-gpus', 'compose_gpu_block', '    deploy:', 'https://github.com/docker/compose/pull/7929 (a bare deploy key: any resource limit has one)'),
    ('container-started-without-gpus', 'compose_gpu_block', "`capabilities` field must be set, otherwise an error will be returned on service deployment.", 'https://github.com/docker/docs/pull/12315 (the docs naming the field)'),
    ('container-started-without-gpus', 'compose_gpu_said_failing', 'The GPU works fine in the container, but training is slow.', 'written: the GPU said to work'),
    ('container-started-without-gpus', 'compose_gpu_said_failing', 'If the GPU does not work, check the driver first.', 'written: a conditional in advice, not at the start of a line'),
]
