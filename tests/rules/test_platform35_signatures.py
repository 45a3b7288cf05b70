"""Windows platform limits said in other words (session 35).

windows-paging-file-1455 reads torch's CPU allocator refusing memory in its Windows wording: "DefaultCPUAllocator: not
enough memory: you tried to allocate N bytes" is the _aligned_malloc branch of alloc_cpu.cpp (CPUAllocator.cpp before it),
so Windows' commit limit (RAM plus paging file) is spent; Linux's and macOS's posix_memalign branch says "can't allocate
memory ... Error code 12", and the TH era's "Torch: not enough memory ... 2GB. Buy new RAM!" named no platform.
nccl-unavailable-windows reads NCCL said to be Linux's only on the line that names Windows, and training "without NCCL"
asked for on Windows. windows-dll-load reads torch's "Error loading X.dll" retold without its path, or the
failure said before "loading" one of the DLLs only torch ships.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('windows-paging-file-1455', 'cpu_alloc_windows', r"RuntimeError: [enforce fail at ..\c10\core\impl\alloc_cpu.cpp:81] data. DefaultCPUAllocator: not enough memory: you tried to allocate 52428800 bytes.", 'https://github.com/AUTOMATIC1111/stable-diffusion-webui/issues/2478'),
    ('windows-paging-file-1455', 'cpu_alloc_windows', 'DefaultCPUAllocator: not enough memory: you tried to allocate 41943040000 bytes', 'https://github.com/AUTOMATIC1111/stable-diffusion-webui/issues/11033'),
    ('windows-paging-file-1455', 'cpu_alloc_windows', r"RuntimeError: [enforce fail at ..\c10\core\impl\alloc_cpu.cpp:72] data. DefaultCPUAllocator: not enough memory: you tried to allocate 26214400 bytes. form the run.bat", 'https://github.com/lllyasviel/Fooocus/issues/237'),
    ('nccl-unavailable-windows', 'nccl_windows_said', "I tried to run UniTS_supervised with all default settings just for an initial test, but I got this error below. It seems that Torch is missing something, but I didn't see NCCL mentioned anywhere, I just installed everything in requirements.txt. I tried to install NCCL, but it seems to me that it's Linux only. Do you have an idea how to solve this on Windows 10?", 'https://github.com/mims-harvard/UniTS/issues/9'),
    ('nccl-unavailable-windows', 'nccl_windows_said', 'How to train without NCCL in Windows？', 'https://github.com/mk-minchul/AdaFace/issues/138'),
    ('windows-dll-load', 'torch_dll_failed', 'When running the code in Widows I got a torch related error when loading the c10.dll library.', 'https://github.com/jiaxinwang123/StoManager1/issues/50'),
]

QUIET = [
    ('windows-paging-file-1455', 'cpu_alloc_windows', "RuntimeError: [enforce fail at CPUAllocator.cpp:64] . DefaultCPUAllocator: can't allocate memory: you tried to allocate 402653184 bytes. Error code 12 (Cannot allocate memory).", "https://github.com/Esri/arcgis-python-api/issues/743 (Linux's posix_memalign wording)"),
    ('windows-paging-file-1455', 'cpu_alloc_windows', 'RuntimeError: $ Torch: not enough memory: you tried to allocate 2GB. Buy new RAM! at /pytorch/aten/src/TH/THGeneral.cpp:201', "https://github.com/shmsw25/single-hop-rc/issues/2 (the TH era's allocator on Linux)"),
    ('nccl-unavailable-windows', 'nccl_windows_said', "    raise ValueError('Currently NCCL is only supported on Linux platforms.')", "tensorflow/tensorflow configure.py (a build script's own check names no Windows)"),
    ('windows-dll-load', 'torch_dll_failed', 'c10.dll!c10::detail::torchCheckFail [...]', 'https://github.com/Dao-AILab/flash-attention/issues/1540 (a native stack frame of an exception, no loading)'),
    ('nccl-unavailable-windows', 'nccl_windows_said', '# NCCL is linux only : conda install -y -S -p $venv -c conda-forge nccl mpi4py gxx_linux-64 gcc_linux-64', 'a Linux setup script: no Windows on the line'),
]
