"""cpu-only-wheel family (session 35): readings written from an outside sample of 9 threads (/work/wt/r-cpuwheel-sample35).

1. cpu-only-wheel, stated_cpu_build: a CPU build said to have come "instead of" a CUDA or GPU one, whatever the verb's
   form ("that lead pytorch choose cpu version instead cuda version", "This command installs cpu version instead of
   cuda"), and torch named before "cpu version" after a third-person or past install ("environment installs pytorch cpu
   version", "It installed PyTorch, but the cpu version"). An imperative ("Install torch cpu only version") or a CUDA tag
   after "instead of" ("cpu version instead of cu121", a PyG wheel) is no statement about torch's build.
2. cpu-build-evidence, conda_cpu_plan: conda's distribution name of a CPU build without its channel, as a remove plan, a
   package cache or an explicit list prints it ("pytorch-1.13.1-py3.10_cpu_0"); a CUDA build's name stays quiet.
3. no-nvidia-gpu-stated, stated_none: the vendor said absent in its common misspellings ("i don't have nivida gpu").

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('cpu-only-wheel', 'stated_cpu_build', 'In current environment.yml conda not install cuda related package, that lead pytorch choose cpu version instead cuda version. and will fail when python setup.py install or run the infer.py', 'https://github.com/hpcaitech/FastFold/pull/27'),
    ('cpu-only-wheel', 'stated_cpu_build', 'This command installs cpu version instead of cuda.', 'https://github.com/SupreethN/HOISTFormer/issues/3'),
    ('cpu-only-wheel', 'stated_cpu_build', 'openfold-venv environment installs pytorch cpu version', 'https://github.com/mlcommons/hpc/issues/45'),
    ('cpu-only-wheel', 'stated_cpu_build', 'It installed PyTorch, but the cpu version and, therefore, the GPU could not be found:', 'https://github.com/mlcommons/hpc/issues/45'),
    ('cpu-build-evidence', 'conda_cpu_plan', '  pytorch-1.13.1-py3.10_cpu_0', 'https://github.com/chemprop/chemprop/issues/355'),
    ('no-nvidia-gpu-stated', 'stated_none', "i don't have nivida gpu but with google collab i could use the fooocus but not in its fullest so what can i do could anyone help??", 'https://github.com/pytorch/pytorch/issues/117358'),
]

QUIET = [
    ('cpu-only-wheel', 'stated_cpu_build', '[ACTIONS] Install torch cpu only version', 'https://github.com/fmralign/fmralign/issues/91: an imperative, a CPU build wanted for CI'),
    ('cpu-only-wheel', 'stated_cpu_build', 'cpu version instead of cu121', 'https://github.com/pyg-team/pytorch_geometric/issues/8948: a PyG build, a CUDA tag after "instead of"'),
    ('cpu-build-evidence', 'conda_cpu_plan', '  pytorch            pytorch/linux-64::pytorch-1.4.0-py3.7_cuda10.1.243_cudnn7.6.3_0', 'https://github.com/pytorch/pytorch/issues/32524: a CUDA build'),
    ('cpu-build-evidence', 'conda_cpu_plan', '  pytorch-mutex-1.0-cpu', 'https://github.com/chemprop/chemprop/issues/355: the mutex alone, read elsewhere with its columns'),
    ('no-nvidia-gpu-stated', 'stated_none', 'GPU models and configuration: GPU 0: NVIDIA GeForce GTX 1050 Ti', 'https://github.com/pytorch/pytorch/issues/51858: an NVIDIA GPU listed as present'),
]
