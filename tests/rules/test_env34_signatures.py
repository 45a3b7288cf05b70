"""Session 34, env family (no-nvidia-gpu, container-started-without-gpus, container-shm-too-small, cuda-visible-devices).

container-started-without-gpus read "the GPU is not seen" in its own signature (gpu_unseen_said) beside a missing --gpus
flag; since session 34 it reads gpu-unused-said's fact, whose said_unavailable now has that signature's wordings
("visible", "accessible", "isnt"). The other rows are the session's readings from its outside sample
(/work/wt/r-env-sample34) and their families. Rows are (rule, signature, line, source).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('gpu-unused-said', 'said_unavailable', 'CUDA not detected when running without --gpus all', 'https://github.com/abetlen/llama-cpp-python/issues/1882'),
    ('gpu-unused-said', 'said_unavailable', 'Gpu isnt recognized after install . Docker .', 'https://github.com/odysseus-dev/odysseus/issues/458'),
    ('gpu-unused-said', 'said_unavailable', "It seems that Docker-native GPU support seems to require passing an option like `--gpus all` to `docker run` - my GPU is not used without it. I'm on Docker 19.03.6.", 'https://github.com/stefancrain/folding-at-home/issues/3'),
    ('gpu-unused-said', 'said_unavailable', 'err "No GPU visible to nvidia-smi from inside the container."', 'unslothai/unsloth docker/entrypoint.sh'),
    ('gpu-unused-said', 'said_unavailable', 'GPU is not accessible from inside the container', 'written: the word container-started-without-gpus read'),
    # container-started-without-gpus: the flag that cannot be given; the request said missing where it is no flag (compose, pods).
    ('container-started-without-gpus', 'gpu_flag_said_missing', "So I suppose that I can use GPUs in this container. Can you help me why this happens? The thing is that I am using Pycharm and I cannot include `--gpus `option in my run configuration. I tried to add option `-e  NVIDIA_VISIBLE_DEVICES=all` when running Docker but Pycharm still cannot detect GPUs when running python code.", 'https://github.com/NVIDIA/nvidia-docker/issues/1113'),
    ('container-started-without-gpus', 'gpu_flag_said_missing', 'docker-compose: NVIDIA GPU not passed through to container — cookbook hardware detection always returns no GPU', 'https://github.com/odysseus-dev/odysseus/issues/2659'),
    ('container-started-without-gpus', 'gpu_flag_said_missing', 'The `odysseus` service in `docker-compose.yml` has no NVIDIA device reservation, so `nvidia-smi` is unavailable inside the container.', 'https://github.com/odysseus-dev/odysseus/issues/2659'),
    ('container-started-without-gpus', 'unavailable', 'The `odysseus` service in `docker-compose.yml` has no NVIDIA device reservation, so `nvidia-smi` is unavailable inside the container.', 'https://github.com/odysseus-dev/odysseus/issues/2659'),
    ('container-started-without-gpus', 'gpu_flag_said_missing', 'The pod was started without a nvidia.com/gpu limit, so torch sees no GPU', 'written: a Kubernetes pod (onnxruntime#13753 needed nvidia.com/gpu in its limits)'),
    # cuda-visible-devices: the numbering said not to match nvidia-smi's (CUDA_DEVICE_ORDER); a GPU by number not seen after the variable.
    ('cuda-visible-devices', 'order_mismatch', 'bonito --device and nvidia-smi device number not matching', 'https://github.com/nanoporetech/bonito/issues/120'),
    ('cuda-visible-devices', 'order_mismatch', 'DIGITS GPU ID appears to disagree with nvidia-smi', 'https://github.com/NVIDIA/DIGITS/issues/1358'),
    ('cuda-visible-devices', 'order_mismatch', "nvidia-smi number and cuda number aren't the same.", 'https://github.com/Theano/Theano/issues/5176'),
    ('cuda-visible-devices', 'order_mismatch', 'When a machine has multiple different NVIDIA GPUs, the GPU index obtained by CUDA may not match the index shown in `nvidia-smi`.', 'https://github.com/gpustack/gpustack/issues/1633'),
    ('cuda-visible-devices', 'cvd_ineffective', 'CUDA_VISIBLE_DEVICES=4,3 python ./local_search.py时，tool中不能识别到GPU3', 'https://github.com/FlagAI-Open/Aquila2/issues/132'),
    # no-nvidia-gpu-stated: the vendor said absent from the machine.
    ('no-nvidia-gpu-stated', 'stated_none', 'NO NVIDIA IN MY COMPUTER', 'https://github.com/googlecolab/colabtools/issues/4289'),
    # container-shm-too-small: the --shm-size flag asked for.
    ('container-shm-too-small', 'shm_limit_said', 'Running with custom docker shm-size flag', 'https://github.com/Kaggle/docker-python/issues/377'),
    ('container-shm-too-small', 'shm_limit_said', 'PyTorch: increasing --shm-size to allow multiprocessing data loaders', 'https://github.com/aws/sagemaker-python-sdk/issues/937'),
]

QUIET = [
    ('gpu-unused-said', 'said_unavailable', 'torch.cuda.is_available(): True', 'CUDA available is not a failure'),
    ('container-started-without-gpus', 'gpu_flag_said_missing', 'The GPU is passed through to the container and nvidia-smi works there', 'written: the request made'),
    ('container-started-without-gpus', 'gpu_flag_said_missing', 'docker run --gpus all --rm -it ghcr.io/isri-aist/baseline_walking_controller:latest ./walk_on_plane.bash', 'a run line that asks for the GPU'),
    ('cuda-visible-devices', 'order_mismatch', 'The device numbers now match nvidia-smi after setting CUDA_DEVICE_ORDER=PCI_BUS_ID', 'written: the numbering agrees'),
    ('cuda-visible-devices', 'order_mismatch', 'nvidia-smi shows CUDA Version 12.2 but torch.version.cuda is 11.8, the versions do not match', 'written: a CUDA version, no device number'),
    ('cuda-visible-devices', 'cvd_ineffective', 'CUDA_VISIBLE_DEVICES=0,1 python train.py, I cannot see GPU memory usage in the log', 'written: no GPU number'),
    ('no-nvidia-gpu-stated', 'stated_none', 'There is no nvidia-smi in my PATH', 'written: the tool, not the vendor'),
    ('container-shm-too-small', 'shm_limit_said', 'I also tried `--shm-size=8g` when doing docker run, but the same happens(Training crash).', 'https://github.com/open-mmlab/mmdetection/issues/10083 (the flag already given)'),
    ('container-started-without-gpus', 'gpu_flag_said_missing', '[BUG] cuda program is unable to run on a VM with GPU passthrough', 'https://github.com/harvester/harvester/issues/4344 (a VM, not a container)'),
]
