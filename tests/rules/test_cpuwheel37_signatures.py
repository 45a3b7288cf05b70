"""cpu-only-wheel family (session 37): readings written from an outside sample of 12 threads (/work/wt/r-cpuwheel-sample37),
each backed by other threads of its wording.

1. cpu-only-wheel, stated_cpu_installed: the CUDA torch replaced with a CPU one, with the replaced torch's qualifiers before
   it ("replaces conda-installed CUDA PyTorch with CPU one", "replace the CUDA version of PyTorch with the CPU version"). A
   ROCm torch replaced, and the fix said the other way round (a CPU torch replaced with the CUDA one), stay quiet.
2. cpu-build-evidence, djl_cpu_flavor and djl_on_cpu: DJL's PyTorch engine, finding no libtorch flavor for the CUDA it
   detects, loads the CPU libtorch ("No matching cuda flavor for linux-x86_64 found: cu121.", the ~/.djl.ai/pytorch/...-cpu-
   cache folder), said in words with DJL or PtEngine on the line ("DJL is running on CPU", "DJL falls back to CPU",
   "getDevices(1) return cpu but not gpu"). The CPU wanted ("How can I make DJL run on CPU only?") and a CUDA flavor's folder
   stay quiet.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('cpu-only-wheel', 'stated_cpu_installed', 'Faster-whisper installation replaces conda-installed CUDA PyTorch with CPU one', 'https://github.com/SYSTRAN/faster-whisper/issues/930'),
    ('cpu-only-wheel', 'stated_cpu_installed', '[bug]: Updating invokeAI will replace the CUDA version of PyTorch with the CPU version', 'https://github.com/invoke-ai/InvokeAI/issues/5399'),
    ('cpu-build-evidence', 'djl_cpu_flavor', '16:41:59.005 [pool-3-thread-1] WARN ai.djl.pytorch.jni.LibUtils - No matching cuda flavor for linux-x86_64 found: cu121.', 'https://github.com/deepjavalibrary/djl/issues/2485'),
    ('cpu-build-evidence', 'djl_cpu_flavor', '16:41:59.008 [pool-3-thread-1] DEBUG ai.djl.pytorch.jni.LibUtils - Loading native library: ~/.djl.ai/pytorch/1.13.1-cpu-linux-x86_64/libtorch_cpu.so', 'https://github.com/deepjavalibrary/djl/issues/2485'),
    ('cpu-build-evidence', 'djl_cpu_flavor', '    No matching cuda flavor for win-x86_64 found: cu065', 'https://github.com/qupath/qupath-extension-djl/issues/46'),
    ('cpu-build-evidence', 'djl_on_cpu', 'Hi, team. I am trying to run TrainMnist in [examples](https://github.com/deepjavalibrary/djl/blob/master/examples/README.md) on gpu in windows os but get this warning so DJL is running on CPU. Is this the result of a downloading problem? How can I fix it?', 'https://github.com/deepjavalibrary/djl/issues/2775'),
    ('cpu-build-evidence', 'djl_on_cpu', 'RTX 5090 (Blackwell/sm_120) not detected — DJL falls back to CPU', 'https://github.com/qupath/qupath-extension-djl/issues/46'),
    ('cpu-build-evidence', 'djl_on_cpu', "I install cuda by cuda_12.3.1_545.23.08_linux.run on Centos 9 and PtEngine.getInstance().getDevices(1) return cpu but not gpu. Does DJL support cuda 12.3.1? Why can't get gpu? Thanks.", 'https://github.com/deepjavalibrary/djl/issues/2902'),
]

QUIET = [
    ('cpu-only-wheel', 'stated_cpu_installed', 'pip install replaced my ROCm torch with the CPU version', '(an AMD machine: a ROCm torch replaced, rocm-cuda-wheel-on-amd\'s family)'),
    ('cpu-only-wheel', 'stated_cpu_installed', 'I replaced the CPU version of torch with the CUDA one and it works now', '(the fix, the other way round)'),
    ('cpu-build-evidence', 'djl_cpu_flavor', '   set PATH=C:\\Users\\<user>\\.djl.ai\\pytorch\\2.7.1-cu128-win-x86_64;%PATH%', 'https://github.com/qupath/qupath-extension-djl/issues/46: the cu128 flavor, after the fix'),
    ('cpu-build-evidence', 'djl_on_cpu', 'How can I make DJL run on CPU only?', '(a question: the CPU wanted)'),
    ('cpu-build-evidence', 'djl_on_cpu', 'DJL should fall back to CPU when no GPU is found', '(a feature request: the CPU wanted)'),
]
