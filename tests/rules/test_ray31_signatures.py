"""ray-gpu-unrequested-evidence (session 31): a Ray task, actor or Tune trial that asked for no GPU finds none.

Ray sets CUDA_VISIBLE_DEVICES in each worker to the GPUs the task asked for, and to "" for a task, actor or trial that
names no num_gpus (ray PR #1044: "prohibiting GPU usage for tasks that don't specify `num_gpus` is intentional"; verl
PR #590; vllm PR #3198), so torch there counts no GPU while the same code outside Ray uses it. cuda-visible-devices
reads the derived fact. ray_named places the code in Ray, ray_gpu_unseen is the symptom said in words, and
ray_gpu_requested (a task's own num_gpus, Tune's resources_per_trial, use_gpu=True) keeps it quiet; ray.init(num_gpus=N)
only declares the node's GPUs and is not a task's request.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "ray-gpu-unrequested-evidence"

FIRES = [
    ('ray_named', 'ray.init()', 'https://github.com/ray-project/ray/issues/24455'),
    ('ray_named', '            ray_client = ray.remote(client_cls)', 'https://github.com/ray-project/ray/issues/44722'),
    ('ray_named', '@ray.remote', 'https://github.com/ray-project/ray/issues/33798'),
    ('ray_named', 'Ray fails to utilize GPU resources, the code when run without ray works fine.', 'https://github.com/ray-project/ray/issues/2096'),
    ('ray_named', 'This code can run, but I found that my gpu (nvidia gtx 3070 laptop) is not recognized while using Ray.', 'https://github.com/ray-project/ray/issues/44722#symptom'),
    ('ray_gpu_unseen', 'Ray fails to utilize GPU resources, the code when run without ray works fine.', 'https://github.com/ray-project/ray/issues/2096#unseen'),
    ('ray_gpu_unseen', 'This code can run, but I found that my gpu (nvidia gtx 3070 laptop) is not recognized while using Ray.', 'https://github.com/ray-project/ray/issues/44722#unseen'),
    ('ray_gpu_unseen', 'When run directly on the node, the assert statement passes. When running via Job submission, the assert statement fails.', 'https://github.com/ray-project/ray/issues/24455#unseen'),
    ('ray_gpu_requested', '@ray.remote(num_gpus=1)', 'https://github.com/ray-project/ray/issues/22504'),
    ('ray_gpu_requested', 'I try to allocate GPU for the task by using @ray.remote(num_gpus=1) instead of num_cpus=1', 'https://github.com/JIA-Lab-research/Seg-Zero/issues/21'),
    ('ray_gpu_requested', '        hjob = RayExecutor(setting, num_workers=4, use_gpu=True)', 'https://github.com/horovod/horovod/issues/3357'),
]

QUIET = [
    ('ray_named', 'x-ray images are loaded from the array', 'words that contain ray'),
    ('ray_named', 'ray tracing with OptiX is enabled on the RTX card', 'ray tracing, not the Ray framework (no Ray call or Ray noun after it)'),
    ('ray_gpu_requested', "ray.init(num_cpus=cpu_count(), num_gpus=1)", 'https://github.com/ray-project/ray/issues/33798 (the node declared to have a GPU; the task still asks for none)'),
    ('ray_gpu_requested', '@ray.remote(num_cpus=1)', 'a CPU-only task'),
    ('ray_gpu_unseen', 'the GPU is used for a very small portion of the time', 'a GPU in use, not unseen'),
]
