"""The fact catalog: what each fact is, and the one place that says so.

Every fact a probe, a log parser, the knowledge base, a rule or the verification run
produces is listed here with:

* ``type``: str, int, bool, float, version (a string compared with packaging.version),
  list[str], list[version];
* ``doc``: what it means (README's fact table is generated from it: tools/fact_table.py);
* ``area``: the part of the stack it is about (gpu, cuda, torch, python, packages), or
  None for inputs and conclusions; gpufix.areas files diagnoses by it;
* ``key``: its presence means its area was looked at (the area row is not "unchecked");
* ``producers``: who may state it (PRODUCERS below; a user's ``--fact`` may state any fact);
  tests/core/test_fact_catalog.py runs every producer over the recorded fixtures and checks
  both ways: each fact produced is listed, each listed producer produces it somewhere, or
  ``uncovered`` says why no recording shows it;
* ``precedence``: who wins when two producers state it, strongest first (FactBase.add);
* ``hidden``: never shown as a fact or an evidence line (the whole pasted log).

Rules may only name facts listed here (the rule loader checks). Names under a ``prefix.*``
entry are open families (``env.CUDA_HOME``, ``pkg.numpy``...). Most entries take area,
producers and precedence from their family (_FAMILIES); an entry says them only where it
differs.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

# The parts of the stack a fact can be about, bottom first (the order of gpufix.areas' rows).
AREAS = ("gpu", "cuda", "torch", "python", "packages")

# Where a fact came from (Fact.origin), strongest first: a value the user typed (--fact,
# case.yaml facts) > a pasted or loaded log > a value derived from other facts (knowledge
# base, rules) > a probe of this machine.
ORIGINS = ("user", "log", "derived", "probe")
# Every fact's precedence defaults to the origins, with the log's prose (a version said in words,
# gpufix.probes.prose) below the log's structured sections (collect_env, nvidia-smi's table): both
# are the log's machine, but the section is the program's own word and the sentence the user's.
_BY_ORIGIN = ("user", "log", "log-prose", "derived", "probe")

# Who produces facts. Probe names are gpufix.probes.registry's (tests check both lists agree).
PRODUCERS: dict[str, str] = {
    "platform": "probe: OS, kernel, architecture (in-process)",
    "environment": "probe: allow-listed environment variables (in-process)",
    "installer-config": "probe: pip and conda configuration files",
    "index-check": "probe (opt-in, --online): the configured pip index's simple page for torch",
    "python-env": "probe: the target interpreter and package metadata (no imports)",
    "nvidia-smi": "probe: `nvidia-smi` table and `--query-gpu` CSV",
    "nvcc": "probe: `nvcc -V`",
    "proc-driver": "probe: /proc/driver/nvidia/version",
    "nvml": "probe: NVML, in-process",
    "pci": "probe: the PCI bus (/sys/bus/pci, lspci), Windows video controllers, macOS system_profiler",
    "rocm": "probe: AMD ROCm (rocminfo, rocm-smi, amd-smi, /opt/rocm/.info/version, /sys/class/kfd, /dev/kfd)",
    "torch": "probe: imports torch in the target interpreter",
    "torch-static": "probe: torch's version.py and dist-info read as text (static phase, no import)",
    "log": "a pasted log or collect_env report (gpufix.probes.pasted, the log scanner)",
    "log-prose": "a pasted log's free text: versions, GPU names and platforms stated in words, headerless "
                 "package rows (gpufix.probes.prose); ranks below the log's structured sections",
    "knowledge": "the knowledge base, from other facts (gpufix.knowledge)",
    "rules": "rules: derived facts and groups captured by signatures (gpufix.engine)",
    "verify": "the verification run (gpufix.verify)",
    "path-python": "probe: the `python` executables on PATH, scanned in-process (as `where python` / `which -a python`)",
    "machines": "a pasted log's facts compared with this machine's probes (gpufix.core.machines)",
}

# A probe that is the better witness for a fact several probes state: NVML (the driver's
# own library) over nvidia-smi's text, nvidia-smi over the platform's guess.
_BY_PROBE = ("user", "log", "log-prose", "derived", "nvml", "nvidia-smi", "platform", "probe")
_GPU_PROBES = ("nvidia-smi", "nvml")
# What the static phase reads from torch's files; the torch import (dynamic phase) is the better
# witness when both answer (a broken install can leave a stale version.py behind).
_TORCH_FILES = ("torch-static",)
_BY_TORCH_IMPORT = ("user", "log", "log-prose", "derived", "torch", "torch-static", "probe")


class FactSpec(NamedTuple):
    type: str
    doc: str
    area: str | None = None
    producers: tuple[str, ...] = ()
    precedence: tuple[str, ...] = ()  # producer names or ORIGINS, strongest first; () = the family's
    hidden: bool = False
    key: bool = False
    uncovered: tuple[tuple[str, str], ...] = ()  # (producer, why no recorded fixture shows it)


class _Family(NamedTuple):
    area: str | None
    producers: tuple[str, ...]


# Defaults by the name's first part (before the first dot).
_FAMILIES: dict[str, _Family] = {
    "os": _Family("python", ("platform", "log", "log-prose")),
    "python": _Family("python", ("python-env",)),
    "gpu": _Family("gpu", _GPU_PROBES),
    "driver": _Family("gpu", _GPU_PROBES + ("log",)),
    "nvidia_smi": _Family("gpu", ("nvidia-smi",)),
    "pci": _Family("gpu", ("pci",)),
    "rocm": _Family("gpu", ("rocm",)),
    "nvcc": _Family("cuda", ("nvcc",)),
    "cudnn": _Family("cuda", ("log",)),
    "cuda_home": _Family("cuda", ()),
    # Only the user states these (answers to the container differential's questions).
    "container": _Family(None, ()),
    # Only the user states these too (the slow-GPU differential: what a run they watched showed).
    "run": _Family(None, ()),
    "path": _Family("python", ("path-python",)),
    "torch": _Family("torch", ("torch",)),
    "numpy": _Family("packages", ("python-env", "log", "log-prose")),
    "torchvision": _Family("packages", ("python-env", "log", "log-prose")),
    "torchaudio": _Family("packages", ("python-env", "log", "log-prose")),
    "pkg": _Family("packages", ("log", "log-prose")),
    "extensions": _Family("packages", ("torch",)),
    "pip": _Family("python", ("installer-config",)),
    "conda": _Family("python", ("installer-config",)),
    "env": _Family("python", ("environment",)),
    "log": _Family(None, ("log",)),
    "verify": _Family("cuda", ("verify",)),
    "compat": _Family(None, ("knowledge",)),
    "recommend": _Family(None, ("knowledge",)),
    "derived": _Family(None, ("rules",)),
    "match": _Family(None, ("rules",)),
}
# Members of an open family filed under another area than the family's.
_MEMBER_AREAS = {"env.CUDA": "cuda"}

_TORCH_AND_LOG = ("torch", "log")
_PROSE = ("log-prose",)
_NO_FIXTURE_PROSE = ("log-prose", "no fixture log states it in words; tests/probes/test_prose.py reads it from real lines")
NO_PRODUCER = ""  # in `uncovered`: the fact has no producer at all, and why
_NO_FIXTURE_PLATFORM_MACOS = ("platform", "only on macOS arm64; the macOS fixture is a pasted report, not a "
                                           "platform.json recording")
_ROCM_BY_HAND = ("knowledge", "the ROCm fixtures state the torch build by hand (case.yaml facts, not a recording); "
                              "tests/knowledge/test_rocm.py derives it")
_ROCM_AND_LOG = ("rocm", "log")  # the ROCm probe, and the same facts from a pasted report (probes/rocm_text.py)
_NO_FIXTURE_ROCK = ("log", "no fixture log pastes rocminfo's 'ROCk module version' line; tests/probes/test_rocm_text.py "
                           "reads it from real lines")
_NO_FIXTURE_NVML = ("nvml", "the one nvml.json recording (machine--linux-h200-driver580) is of a healthy driver; "
                           "tests/probes/test_nvml.py builds the error answers")

_DECLARED: dict[str, FactSpec] = {
    # --- operating system and interpreter -------------------------------------------
    "os.name": FactSpec("str", "linux, windows or macos"),
    "os.release": FactSpec("str", "kernel release / Windows build / macOS version"),
    "os.arch": FactSpec("str", "machine architecture: x86_64, aarch64, arm64, AMD64"),
    "os.wsl": FactSpec("bool", "running under Windows Subsystem for Linux"),
    "os.hostname": FactSpec("str", "the machine's host name (platform.node()); `gpufix fleet` names a node by it "
                            "when the launcher adds no label", producers=("platform",)),
    "os.l4t": FactSpec("version", "the Jetson Linux (L4T) release of an NVIDIA Jetson, as a paste states it "
                       "(/etc/nv_tegra_release, jtop, nvidia-l4t-core), e.g. 35.4.1; not a container image's tag",
                       producers=("log",)),
    "os.jetpack": FactSpec("version", "the JetPack release of an NVIDIA Jetson, as a paste states it (\"JetPack 5.1.2\", "
                           "apt show nvidia-jetpack, JETSON_JETPACK), major.minor at least", producers=("log",)),
    "container.image_l4t": FactSpec("version", "the L4T release an NVIDIA l4t container image was built for, from its "
                                    "tag in a paste (l4t-ml:r35.4.1, ros:foxy-pytorch-l4t-r32.5.0), e.g. 35.4.1",
                                    producers=("log",)),
    "os.distro": FactSpec("str", "Linux distribution (PRETTY_NAME from /etc/os-release, or collect_env's OS line)"),
    "container.inside": FactSpec("bool", "the program runs in a container (Docker, Podman, Kubernetes); stated by "
                                         "the user (--fact, --answer) or in a pasted log's words",
                                 producers=("log-prose",)),
    "container.gpus": FactSpec("str", "what `docker run --rm --gpus all ubuntu nvidia-smi` gave on the host: ok,"
                               " no-runtime (no NVIDIA Container Toolkit) or driver-error",
                               uncovered=((NO_PRODUCER, "stated by the user: gpufix --answer docker-gpus"),)),
    # What the user reports about a slow run (rules/differential/gpu-slow.yaml): stated with --fact
    # or as answers to its questions; no probe can see a run gpufix did not watch.
    "run.slow": FactSpec("bool", "the user says the program runs slower on the GPU than expected",
                         uncovered=((NO_PRODUCER, "stated by the user: gpufix --fact run.slow=true"),)),
    "run.gpu_util": FactSpec("int", "highest GPU-Util (%) nvidia-smi showed while the slow program ran",
                             uncovered=((NO_PRODUCER, "stated by the user: gpufix --answer gpu-util-during-run"),)),
    "run.slow_phase": FactSpec("str", "which steps are slow: first (only the first few) or throughout",
                               uncovered=((NO_PRODUCER, "stated by the user: gpufix --answer slow-phase"),)),
    "run.power_saving": FactSpec("bool", "the machine runs on battery or in a power-saving mode",
                                 uncovered=((NO_PRODUCER, "stated by the user: gpufix --answer power-mode"),)),
    "run.shared_gpu_memory": FactSpec("bool", "Windows Task Manager's Shared GPU memory rises while the program runs slowly",
                                      uncovered=((NO_PRODUCER, "stated by the user: gpufix --answer shared-gpu-memory"),)),
    "python.version": FactSpec("version", "version of the target interpreter",
                               producers=("python-env", "log") + _PROSE, key=True),
    "python.executable": FactSpec("str", "path of the target interpreter", key=True),
    "python.bits": FactSpec("int", "32 or 64", producers=("python-env", "log")),
    "python.env": FactSpec("str", "venv, conda or system", key=True),
    "python.prefix": FactSpec("str", "sys.prefix of the target interpreter"),
    "python.implementation": FactSpec("str", "cpython, pypy..."),
    # --- GPU and driver -------------------------------------------------------------
    "gpu.count": FactSpec("int", "number of NVIDIA GPUs seen",
                          producers=_GPU_PROBES + ("log",), precedence=_BY_PROBE, key=True),
    "gpu.name": FactSpec("list[str]", "GPU names, one per device",
                         producers=_GPU_PROBES + ("log",) + _PROSE, precedence=_BY_PROBE, key=True),
    "gpu.compute_capability": FactSpec("list[version]", "compute capability per device, e.g. 8.6",
                                       precedence=_BY_PROBE),
    "gpu.memory_total_mib": FactSpec("list[int]", "memory per device in MiB",
                                     producers=_GPU_PROBES + ("log",), precedence=_BY_PROBE),
    "gpu.mig_enabled": FactSpec("bool", "MIG (Multi-Instance GPU) mode is enabled on some GPU (nvidia-smi's MIG M. column)",
                                producers=("nvidia-smi", "log")),
    "gpu.mig_devices": FactSpec("int", "number of MIG devices nvidia-smi lists (0: MIG enabled, no GPU instance created)",
                                producers=("nvidia-smi", "log"),
                                uncovered=(("log", "no fixture log pastes nvidia-smi's MIG devices list whole; "
                                                   "tests/probes/test_nvidia_smi.py reads real ones"),)),
    "gpu.vendor": FactSpec("str", "nvidia, apple, amd or none",
                           producers=("platform",) + _GPU_PROBES + ("log",) + _PROSE, precedence=_BY_PROBE, key=True,
                           uncovered=(_NO_FIXTURE_PLATFORM_MACOS,)),
    "driver.version": FactSpec("version", "NVIDIA driver version, e.g. 535.104.05",
                               producers=_GPU_PROBES + ("log",) + _PROSE, precedence=_BY_PROBE, key=True),
    "driver.cuda": FactSpec("version", "highest CUDA version the driver supports (nvidia-smi 'CUDA Version')",
                            producers=_GPU_PROBES + ("log",) + _PROSE, precedence=_BY_PROBE),
    "driver.kernel_module": FactSpec("version", "version of the loaded kernel module (/proc/driver/nvidia/version)",
                                     producers=("proc-driver",)),
    "driver.error": FactSpec("str", "error text from nvidia-smi or NVML (e.g. driver/library version mismatch)",
                             precedence=_BY_PROBE, key=True, uncovered=(_NO_FIXTURE_NVML,)),
    "nvidia_smi.path": FactSpec("str", "where nvidia-smi was found"),
    # The bus needs no driver: these tell "no NVIDIA GPU" from "a GPU whose driver is missing".
    "pci.seen": FactSpec("bool", "the PCI bus (or the OS's list of video controllers) was read"),
    "pci.nvidia_count": FactSpec("int", "NVIDIA display devices (vendor 0x10de, class 0x03xx) on the PCI bus, "
                                        "with or without a driver", key=True),
    "pci.gpu_names": FactSpec("list[str]", "names of the NVIDIA GPUs on the PCI bus (lspci, Windows, macOS), "
                                           "or 'NVIDIA display device 10de:XXXX' where only the id is known"),
    "pci.device_ids": FactSpec("list[str]", "PCI vendor:device ids of the NVIDIA GPUs, e.g. 10de:2504"),
    "pci.kernel_driver": FactSpec("list[str]", "Linux: the kernel driver holding each NVIDIA GPU (nvidia, "
                                               "nouveau, vfio-pci, or none)"),
    "pci.error_codes": FactSpec("list[int]", "Windows: Device Manager's ConfigManagerErrorCode per NVIDIA GPU "
                                             "(0 = working; 43, 28, 31... = a driver problem)"),
    "pci.other_gpus": FactSpec("list[str]", "the other (non-NVIDIA) display devices, e.g. Intel UHD Graphics"),
    # --- AMD GPUs (ROCm) ----------------------------------------------------------------
    "rocm.gfx": FactSpec("list[str]", "gfx target of each AMD GPU agent (rocminfo, else the KFD topology), e.g. gfx1031",
                         key=True, producers=_ROCM_AND_LOG),
    "rocm.gpu_names": FactSpec("list[str]", "AMD GPU names (rocminfo Marketing Name, else rocm-smi Card series; "
                                            "a log: also collect_env's GPU line and names like RX 6800)",
                               producers=_ROCM_AND_LOG),
    "rocm.version": FactSpec("version", "installed ROCm release (/opt/rocm/.info/version, else amd-smi version; "
                                        "a log: also an /opt/rocm-X.Y.Z path)",
                             key=True, producers=_ROCM_AND_LOG),
    "rocm.driver_version": FactSpec("str", "amdgpu kernel driver version (rocm-smi --showdriverversion, amd-smi version; "
                                           "a log: rocminfo's 'ROCk module version X is loaded')",
                                    producers=_ROCM_AND_LOG, uncovered=(_NO_FIXTURE_ROCK,)),
    "rocm.kfd_access": FactSpec("bool", "this user can open /dev/kfd read-write (false: permission denied)"),
    "rocm.kfd_error": FactSpec("str", "rocminfo's 'Unable to open /dev/kfd read-write: ...' line"),
    "rocm.kfd_group": FactSpec("str", "the group that owns /dev/kfd (render or video), or the one rocminfo says the "
                                      "user is not in"),
    "rocm.user_groups": FactSpec("list[str]", "the groups of the user gpufix runs as"),
    "nvcc.version": FactSpec("version", "CUDA toolkit version from `nvcc -V` (absent when no toolkit)",
                             producers=("nvcc", "log") + _PROSE, key=True),
    "nvcc.path": FactSpec("str", "where nvcc was found"),
    "cudnn.system": FactSpec("list[version]", "system cuDNN versions named in a pasted collect_env report (not torch's own cuDNN)"),
    "cuda_home": FactSpec("str", "CUDA toolkit directory from CUDA_HOME/CUDA_PATH or the default location",
                          uncovered=((NO_PRODUCER, "no probe reads it yet; rules read env.CUDA_HOME and env.CUDA_PATH"),)),
    # --- torch ----------------------------------------------------------------------
    "torch.version": FactSpec("version", "torch.__version__ without the local suffix", producers=_TORCH_AND_LOG + _PROSE + _TORCH_FILES, precedence=_BY_TORCH_IMPORT, key=True),
    "torch.version_full": FactSpec("str", "torch.__version__ as printed, e.g. 2.4.1+cu121",
                                   producers=_TORCH_AND_LOG + _PROSE + _TORCH_FILES, precedence=_BY_TORCH_IMPORT, key=True),
    "torch.build": FactSpec("str", "cpu, cu121, rocm6.1, xpu... from the version suffix or torch.version.cuda/hip",
                            producers=_TORCH_AND_LOG + _PROSE + _TORCH_FILES + ("knowledge",), precedence=_BY_TORCH_IMPORT, key=True,
                            uncovered=(("knowledge", "derived only when no probe or log states torch.build; every "
                                                     "recording with a torch version states it"),)),
    "torch.cuda": FactSpec("version", "CUDA version torch was built with (torch.version.cuda)",
                           area="cuda", producers=_TORCH_AND_LOG + _PROSE + _TORCH_FILES + ("knowledge",), precedence=_BY_TORCH_IMPORT, key=True),
    "torch.hip": FactSpec("version", "ROCm/HIP version torch was built with",
                          area="cuda", producers=_TORCH_AND_LOG + _TORCH_FILES, precedence=_BY_TORCH_IMPORT, key=True),
    "torch.cuda_available": FactSpec("bool", "torch.cuda.is_available()", area="cuda", producers=_TORCH_AND_LOG + _PROSE, key=True),
    "torch.device_count": FactSpec("int", "torch.cuda.device_count()", area="cuda", producers=_TORCH_AND_LOG),
    "torch.arch_list": FactSpec("list[str]", "torch.cuda.get_arch_list(), e.g. sm_50 ... compute_90",
                                producers=_TORCH_AND_LOG),
    "torch.cudnn": FactSpec("int", "torch.backends.cudnn.version(), e.g. 90100", area="cuda", producers=_TORCH_AND_LOG,
                            uncovered=(("log", "no fixture log prints torch.backends.cudnn.version()"),)),
    "torch.error": FactSpec("str", "import error or CUDA-initialisation warning/error text", key=True),
    "torch.warnings": FactSpec("str", "warnings printed while importing torch / initialising CUDA"),
    "torch.location": FactSpec("str", "directory torch was imported from (or, before the import, where its files are)",
                               producers=("torch",) + _TORCH_FILES, precedence=_BY_TORCH_IMPORT),
    "torch.install_count": FactSpec("int", "number of torch distributions visible on sys.path",
                                    producers=("python-env",)),
    "torch.installs": FactSpec("list[str]", "locations of every torch distribution on sys.path",
                               producers=("python-env",)),
    "torch.metadata_version": FactSpec("str", "torch version in the metadata of the first torch distribution on sys.path (even when import fails)",
                                       producers=("python-env", "log"),
                                       uncovered=(("log", "no fixture log holds pip show's 'Package(s) not found: torch' (absent); tests/probes/test_pasted.py reads it"),)),
    "torch.user_site": FactSpec("bool", "a torch distribution is installed in the user site-packages (pip install --user)",
                                producers=("python-env",)),
    "torch.device_names": FactSpec("list[str]", "torch.cuda.get_device_name(i) per visible device (CUDA_VISIBLE_DEVICES applies)",
                                   producers=_TORCH_AND_LOG),
    "torch.device_capability": FactSpec("list[version]", "torch.cuda.get_device_capability(i) per visible device, e.g. 8.6",
                                        producers=_TORCH_AND_LOG),
    "torch.mps_built": FactSpec("bool", "torch.backends.mps.is_built()", producers=_TORCH_AND_LOG,
                                uncovered=(("log", "no fixture log prints torch.backends.mps.is_built() on a line of its own"),)),
    "torch.mps_available": FactSpec("bool", "torch.backends.mps.is_available()", producers=_TORCH_AND_LOG,
                                    uncovered=(("log", "no fixture log prints torch.backends.mps.is_available() on a line of its own; "
                                                       "tests/probes/test_pasted.py reads it from a real REPL paste"),)),
    "torch.installer": FactSpec("str", "pip, conda, uv... from the INSTALLER metadata / conda-meta",
                                producers=("python-env",)),
    "torch.numpy_error": FactSpec("str", "NumPy ABI or import error text seen while importing torch"),
    # --- other packages ---------------------------------------------------------------
    "numpy.version": FactSpec("version", "numpy version from metadata", key=True),
    "numpy.import_error": FactSpec("str", "error text when `import numpy` fails", producers=("torch",)),
    "torchvision.version": FactSpec("version", "torchvision version from metadata, without local suffix", key=True),
    "torchvision.version_full": FactSpec("str", "torchvision version as recorded, e.g. 0.19.1+cu121"),
    "torchvision.import_error": FactSpec("str", "error text when `import torchvision` fails", producers=("torch",)),
    "torchaudio.version": FactSpec("version", "torchaudio version from metadata, without local suffix", key=True),
    "torchaudio.version_full": FactSpec("str", "torchaudio version as recorded"),
    "torchaudio.import_error": FactSpec("str", "error text when `import torchaudio` fails", producers=("torch",)),
    "extensions.import_error": FactSpec("str", "error texts of compiled torch extensions (xformers, flash_attn, "
                                        "bitsandbytes, mmcv, detectron2) and of packages that check their "
                                        "companion's version when imported (mmdet, mmseg, mmdet3d, mmpose, spconv) "
                                        "that fail to import, each after [module]", producers=("torch",),
                                        area="packages"),
    "extensions.torch_requirements": FactSpec("list[str]", "for each torchvision/torchaudio/extension that fails to "
                                              "import: its Requires-Dist on torch, e.g. 'torchaudio 2.11.0: none'",
                                              producers=("torch",), area="packages"),
    "extensions.failed": FactSpec("list[str]", "the compiled torch extensions that fail to import",
                                  producers=("torch",), area="packages"),
    "pkg.*": FactSpec("version", "version of any other distribution named in a pasted pip/conda list"),
    # --- installers -------------------------------------------------------------------
    "pip.index_url": FactSpec("str", "effective pip index URL (PIP_INDEX_URL or pip config; PyPI when unset)"),
    "pip.extra_index_urls": FactSpec("list[str]", "extra index URLs from env or pip config"),
    "pip.mirror": FactSpec("str", "name of a known mirror when the index is one (tuna, aliyun, ...)"),
    "pip.config_files": FactSpec("list[str]", "pip configuration files that exist"),
    "pip.find_links": FactSpec("list[str]", "find-links locations from env or pip config"),
    "path.pythons": FactSpec("list[str]", "every `python` on PATH, first first (what `where python` / `which -a python` "
                             "print)", area="python", producers=("path-python",)),
    "path.python_count": FactSpec("int", "how many `python` executables PATH holds", area="python",
                                  producers=("path-python",)),
    "path.first_python": FactSpec("str", "the `python` a terminal runs: the first on PATH (a WindowsApps path is the "
                                  "Microsoft Store stub)", area="python", producers=("path-python",)),
    "pip.matches_python": FactSpec("bool", "the `pip` on PATH belongs to the target interpreter",
                                   producers=("python-env",)),
    "pip.python": FactSpec("str", "interpreter that the `pip` on PATH belongs to", producers=("python-env",)),
    "pip.index_cuda_wheels": FactSpec("bool", "the configured pip index serves CUDA builds of torch for this OS "
                                      "(checked: its simple page for torch, --online)", producers=("index-check",)),
    "pip.index_torch_variants": FactSpec("list[str]", "torch builds the configured pip index serves for this OS "
                                         "(cu124, cpu, rocm6.1, pypi-cuda = PyPI's plain Linux wheel, plain)",
                                         producers=("index-check",)),
    "conda.env": FactSpec("str", "active conda environment name"),
    "conda.prefix": FactSpec("str", "active conda environment prefix"),
    "conda.channels": FactSpec("list[str]", "channels from .condarc"),
    "conda.cpuonly": FactSpec("bool", "the `cpuonly` package is installed in the conda env",
                              area="torch", producers=("installer-config", "log") + _PROSE,
                              uncovered=(("log", "no fixture log holds a conda list with cpuonly"), _NO_FIXTURE_PROSE)),
    "conda.pytorch_build": FactSpec("str", "build string of the conda pytorch package (e.g. cpu_..., cuda118...)",
                                    area="torch", producers=("installer-config", "log") + _PROSE,
                                    uncovered=(("log", "no fixture log holds a conda list with pytorch"),)),
    # --- environment variables (allow-listed; see gpufix.probes.environment) ------------
    "env.*": FactSpec("str", "allow-listed environment variables: CUDA_*, NVIDIA_*, PYTORCH_*, PATH..."),
    # --- error text -------------------------------------------------------------------
    "log.text": FactSpec("str", "the error text a user pasted or gave as a file (not shown in facts output)",
                         hidden=True),
    "log.present": FactSpec("bool", "an error log was given"),
    "log.torch_api_missing": FactSpec("str", "a torch API the log's error says is missing (module attribute, import, "
                                      "keyword argument) that gpufix's table of added APIs knows"),
    "log.torch_api_since": FactSpec("version", "the torch release that added log.torch_api_missing "
                                    "(rules/knowledge/torch_api_since.yaml)"),
    "log.torch_builds_named": FactSpec("list[str]", "torch builds the text names with a CUDA variant, asked for or said "
                                       "('2.0.1+cu121'; a pinned torch==2.4.0 beside a .../whl/cu126 index: '2.4.0+cu126')"),
    "log.torch_defect": FactSpec("str", "a known defect of the torch release the log shows (its error and a torch in the "
                                 "affected range; rules/knowledge/torch_known_defects.yaml)"),
    "log.torch_defect_fixed_in": FactSpec("version", "the torch release that fixed log.torch_defect"),
    "log.torch_defect_issue": FactSpec("str", "the PyTorch issue or pull request where maintainers confirmed log.torch_defect"),
    "log.torchvision_api_missing": FactSpec("str", "a torchvision API the log's error says is missing that gpufix's "
                                            "table of added APIs knows"),
    "log.torchvision_api_since": FactSpec("version", "the torchvision release that added log.torchvision_api_missing "
                                          "(rules/knowledge/torch_api_since.yaml)"),
    "log.torch_api_removed": FactSpec("str", "a torch API the log's error says is missing that a later torch removed "
                                      "(rules/knowledge/torch_api_removed.yaml)"),
    "log.torch_api_removed_in": FactSpec("version", "the first torch release without log.torch_api_removed "
                                         "(rules/knowledge/torch_api_removed.yaml)"),
    "log.torchvision_api_removed": FactSpec("str", "a torchvision API the log's error says is missing that a later "
                                            "torchvision removed (rules/knowledge/torch_api_removed.yaml)"),
    "log.torchvision_api_removed_in": FactSpec("version", "the first torchvision release without "
                                               "log.torchvision_api_removed (rules/knowledge/torch_api_removed.yaml)"),
    "log.torchaudio_api_removed": FactSpec("str", "a torchaudio API the log's error says is missing that a later "
                                           "torchaudio removed (rules/knowledge/torch_api_removed.yaml)"),
    "log.torchaudio_api_removed_in": FactSpec("version", "the first torchaudio release without "
                                              "log.torchaudio_api_removed (rules/knowledge/torch_api_removed.yaml)"),
    "log.torch_pickled_attr": FactSpec("str", "an attribute a newer torch reads on every layer of its kind, which the "
                                       "log's error says a layer loaded from a model pickled by an older torch lacks "
                                       "(a `since` row of rules/knowledge/torch_api_removed.yaml)"),
    "log.torch_pickled_attr_since": FactSpec("version", "the first torch release that reads log.torch_pickled_attr "
                                             "(rules/knowledge/torch_api_removed.yaml)"),
    "log.api_removed_pin": FactSpec("str", "the torch/torchvision/torchaudio release set (pip requirement line) that "
                                    "still has the first removed API the log names, or still loads its pickled layer as it is "
                                    "(rules/knowledge/torch_api_removed.yaml)"),
    "log.api_removed_replacement": FactSpec("str", "what code should call instead of the first removed API the log "
                                            "names (rules/knowledge/torch_api_removed.yaml)"),
    "log.pip_env": FactSpec("str", "the Python install pip's own lines in a pasted log belong to (a site-packages prefix "
                            "from \"Requirement already satisfied ... in DIR\", \"pip N from DIR\", `which pip`)"),
    "log.run_env": FactSpec("str", "the Python install that runs the program in a pasted log (traceback frames' "
                            "site-packages, `which python`, a printed sys.executable)"),
    "log.active_env": FactSpec("str", "the environment a pasted log's shell prompt shows activated where pip was run "
                               "(\"(myenv) $ pip install ...\")"),
    "log.pip_other_env": FactSpec("bool", "pip's lines in a pasted log name another Python install than the one that "
                                  "runs the program (or than the environment the prompt shows activated)"),
    "log.run_outside_env": FactSpec("str", "the environment a pasted log's prompt shows activated, and the other "
                                    "Python install its traceback runs in (system, conda base, another environment)",
                                    uncovered=(("log", "no recorded fixture shows it yet: tests/probes/test_env_paths.py reads it from real pastes"),)),
    "log.python_envs_shown": FactSpec("str", "two different interpreters a pasted log prints (sys.executable, "
                                      "`which python`) in one paste"),
    "log.machine": FactSpec("str", "which machine a pasted log describes: this (its facts agree with the probes), "
                                   "other (they contradict), unknown (nothing to compare)", producers=("machines",)),
    "log.contradictions": FactSpec("list[str]", "facts of a pasted log that contradict this machine's probes "
                                                "(error: an error this torch build cannot raise); the values "
                                                "and lines are in the JSON's log.contradictions",
                                   producers=("machines",)),
    # --- verification -----------------------------------------------------------------
    "verify.status": FactSpec("str", "ok, cpu-only (no GPU checked), failed, crashed, timeout, cancelled or not-run"),
    "verify.torch_version": FactSpec("str", "torch.__version__ as the verification script imported it"),
    "verify.device": FactSpec("str", "cuda or mps: the GPU backend checked; cpu when no GPU was checked"),
    "verify.gpu_checked": FactSpec("bool", "a GPU backend was exercised (false: CPU-only torch or --device cpu)"),
    "verify.device_name": FactSpec("str", "name of the checked device, e.g. NVIDIA GeForce RTX 3070 Ti"),
    "verify.device_capability": FactSpec("version", "compute capability of the checked CUDA device, e.g. 8.6"),
    "verify.device_memory_mib": FactSpec("int", "memory of the checked CUDA device in MiB"),
    "verify.alloc_ok": FactSpec("bool", "a tensor was allocated on the device and filled from the CPU"),
    "verify.kernel_ok": FactSpec("bool", "one of torch's own kernels ran on the device and matched the CPU"),
    "verify.matmul_ok": FactSpec("bool", "fp32 and fp16 matrix products on the device matched the CPU"),
    "verify.error": FactSpec("str", "exact error text from the failed step (device check, import, training)"),
    "verify.error_type": FactSpec("str", "exception class of verify.error: RuntimeError, OutOfMemoryError..."),
    "verify.error_phase": FactSpec("str", "where verify.error happened: import, device, train, start"),
    "verify.warnings": FactSpec("str", "warnings while importing torch / initialising the device"),
    "verify.stderr": FactSpec("str", "the end of the verification script's standard error",
                              uncovered=(("verify", "every recorded run (tests/verify/data) has an empty "
                                                    "stderr.txt; tests/verify/test_events.py covers a cut-short "
                                                    "run"),)),
    "verify.data": FactSpec("str", "mnist (official checksums), idx (an IDX copy with other checksums) or generated"),
    "verify.data_source": FactSpec("str", "directory the MNIST copy was read from, or 'generated'"),
    "verify.data_verified": FactSpec("bool", "the MNIST files matched the official SHA-256 checksums"),
    "verify.train_device": FactSpec("str", "device the MNIST training ran on: cuda, mps or cpu"),
    "verify.mnist_epochs": FactSpec("int", "epochs of the MNIST run"),
    "verify.mnist_accuracy": FactSpec("float", "test accuracy after the MNIST run (0-1); see verify.data"),
    "verify.mnist_seconds": FactSpec("float", "wall time of the MNIST training, evaluation included"),
    "verify.mnist_images_per_s": FactSpec("float", "training throughput on verify.train_device"),
    "verify.cpu_images_per_s": FactSpec("float", "training throughput of the same model on the CPU"),
    "verify.speedup": FactSpec("float", "device throughput after its first epoch / CPU throughput (absent when no GPU was checked)"),
    # --- knowledge base and recommender (computed from rules/knowledge tables) -----------
    # (gpufix.knowledge; docs/knowledge.md. Produced only when their inputs are known.)
    "compat.driver_cuda": FactSpec("version", "the driver's CUDA version: driver.cuda (nvidia-smi), else a log's "
                                   "'found version 11040' (= 11.4), else the branch of driver.version", area="gpu"),
    "compat.driver_min_for_torch": FactSpec("version", "least driver that runs torch's CUDA build on this OS under "
                                            "minor-version compatibility (12.x: 525.60.13 Linux; 13.x: 580)", area="gpu"),
    "compat.driver_min_full_for_torch": FactSpec("version", "NVIDIA Table-3 driver for exactly torch.cuda "
                                                 "(needed to JIT its PTX)", area="gpu"),
    "compat.driver_supports_torch": FactSpec("bool", "the driver can run torch's CUDA build (real CUDA rules)",
                                             area="gpu"),
    "compat.driver_full_for_torch_ok": FactSpec("bool", "the driver is >= the Table-3 driver of torch.cuda (PTX JIT ok)",
                                                area="gpu"),
    "compat.driver_cuda_major_ok": FactSpec("bool", "driver CUDA major >= torch CUDA major", area="gpu"),
    "compat.newest_build_for_driver": FactSpec("str", "newest CUDA variant of the recommended release "
                                               "(recommend.torch) this driver runs and that covers the GPU; stable "
                                               "before experimental, as the recommender ranks them, e.g. cu128", area="gpu"),
    "compat.newest_build_for_driver_installed_release": FactSpec(
        "str", "the same for the installed torch's own release (torch 2.1.0 on driver 470: cu118)", area="gpu"),
    "compat.nvcc_matches_torch": FactSpec("bool", "nvcc.version has torch.cuda's major.minor (matters only when "
                                          "compiling CUDA extensions)", area="cuda"),
    "compat.nvcc_major_matches_torch": FactSpec("bool", "nvcc.version has torch.cuda's major", area="cuda"),
    "compat.nvcc_targets_gpu": FactSpec("bool", "nvcc.version is at least the first CUDA toolkit that compiles for "
                                         "every GPU's own compute capability (arch_lists.yaml nvcc_first_cuda)",
                                         area="cuda"),
    "compat.nvcc_min_for_gpu": FactSpec("version", "the first CUDA toolkit whose nvcc compiles for the GPU "
                                        "(set when compat.nvcc_targets_gpu is false)", area="cuda"),
    "compat.nvcc_gcc_max": FactSpec("str", "the newest gcc major version nvcc.version accepts as its host compiler "
                                    "(rules/knowledge/host_compilers.yaml)", area="cuda"),
    "compat.torch_gcc_min": FactSpec("str", "the oldest gcc (major[.minor]) torch.version's headers accept as the host "
                                     "compiler of an extension built against them (rules/knowledge/host_compilers.yaml "
                                     "torch_host_compilers)", area="torch"),
    "compat.torch_cxx_std": FactSpec("str", "the C++ standard torch.version's headers require: 14, 17 "
                                     "(rules/knowledge/host_compilers.yaml torch_host_compilers)", area="torch"),
    "compat.torch_msvc_min": FactSpec("str", "the oldest Visual Studio (year) torch.version's headers compile with "
                                      "(rules/knowledge/host_compilers.yaml torch_host_compilers)", area="torch"),
    "compat.triton_windows_requirement": FactSpec("str", "the pip requirement of the community triton-windows "
                                                  "release that pairs with the installed torch, e.g. "
                                                  "triton-windows>=3.3,<3.4 (rules/knowledge/windows_platform.yaml)",
                                                  area="torch"),
    "compat.jetpack": FactSpec("version", "the JetPack release of the Jetson (os.l4t read in rules/knowledge/"
                               "jetpack.yaml, else os.jetpack)", area="cuda"),
    "compat.l4t_major": FactSpec("str", "the major L4T release of the Jetson (32 = JetPack 4, 34/35 = 5, 36 = 6, "
                                 "38 = 7), from os.l4t or os.jetpack (rules/knowledge/jetpack.yaml)", area="cuda"),
    "compat.jetpack_cuda": FactSpec("version", "the CUDA release the Jetson's JetPack installs "
                                    "(rules/knowledge/jetpack.yaml)", area="cuda"),
    "compat.jetpack_cudnn": FactSpec("version", "the cuDNN release the Jetson's JetPack installs "
                                     "(rules/knowledge/jetpack.yaml)", area="cuda"),
    "compat.jetpack_cudnn_so": FactSpec("str", "the soname version of the JetPack's cuDNN (its major: libcudnn.so.8)",
                                        area="cuda"),
    "compat.jetpack_cudart_so": FactSpec("str", "the soname version of the JetPack's CUDA runtime (libcudart.so.10.2, "
                                         ".11.0, .12; rules/knowledge/jetpack.yaml cuda_sonames)", area="cuda"),
    "compat.jetpack_cublas_so": FactSpec("str", "the soname version of the JetPack's cuBLAS (libcublas.so.10)",
                                         area="cuda"),
    "compat.jetpack_cufft_so": FactSpec("str", "the soname version of the JetPack's cuFFT (libcufft.so.10)",
                                        area="cuda"),
    "compat.jetpack_curand_so": FactSpec("str", "the soname version of the JetPack's cuRAND (libcurand.so.10)",
                                         area="cuda"),
    "compat.image_cuda": FactSpec("version", "the CUDA release of the JetPack an l4t container image was built for "
                                  "(container.image_l4t read in rules/knowledge/jetpack.yaml)", area="cuda"),
    "compat.image_matches_jetpack": FactSpec("bool", "the l4t image's JetPack installs the same CUDA release as the "
                                             "board's JetPack (compat.image_cuda = compat.jetpack_cuda)", area="cuda"),
    "compat.nvcc_msvc_max": FactSpec("str", "the newest Visual Studio (year) nvcc.version accepts as its host "
                                     "compiler (rules/knowledge/host_compilers.yaml)", area="cuda"),
    "compat.nvcc_newer_than_driver": FactSpec("bool", "nvcc.version's major.minor is above the driver's CUDA "
                                              "(compat.driver_cuda): what nvcc builds may not load", area="cuda"),
    "compat.gpu_sm": FactSpec("list[str]", "sm_XY per GPU (from gpu.compute_capability, or the GPU name)",
                              area="gpu"),
    "compat.arch_list": FactSpec("list[str]", "arch list of the official wheel from the tables, when torch.arch_list "
                                 "is not known", area="torch"),
    "compat.rocm_wheel_gfx": FactSpec("list[str]", "gfx targets the installed ROCm torch carries code objects for",
                         uncovered=(_ROCM_BY_HAND,)),
    "compat.rocm_gfx_supported": FactSpec("bool", "every AMD GPU (after HSA_OVERRIDE_GFX_VERSION) is among the ROCm "
                                                  "wheel's gfx targets",
                         uncovered=(_ROCM_BY_HAND,)),
    "compat.rocm_unsupported_gfx": FactSpec("list[str]", "the AMD gfx targets the installed ROCm torch has no code for",
                         uncovered=(_ROCM_BY_HAND,)),
    "compat.rocm_gfx_not_own": FactSpec("list[str]", "AMD GPUs the ROCm runtime reports with a gfx target of another "
                                                      "ISA family than their product's own (rocminfo/clinfo), as "
                                                      "HSA_OVERRIDE_GFX_VERSION makes it"),
    "compat.rocm_override": FactSpec("str", "the HSA_OVERRIDE_GFX_VERSION value users run this unsupported consumer "
                                            "gfx with (10.3.0 for gfx103x, 11.0.0 for gfx110x)"),
    "compat.rocm_wheel_driver_ok": FactSpec("bool", "the ROCm torch's bundled ROCm is among the user-space releases "
                                                    "AMD tested with this machine's ROCm release",
                         uncovered=(_ROCM_BY_HAND,)),
    "compat.gpu_arch_supported": FactSpec("bool", "every GPU is covered by the arch list (same-major cubin with "
                                          "minor <= GPU's, or PTX <= GPU's CC)", area="gpu"),
    "compat.unsupported_gpus": FactSpec("list[str]", "'NAME (sm_XY)' for each GPU the arch list does not cover",
                                        area="gpu"),
    "compat.gpu_needs_ptx": FactSpec("bool", "some GPU runs torch only through PTX JIT (no fitting cubin)",
                                     area="gpu"),
    "compat.gpu_first_torch": FactSpec("version", "for a GPU newer than every kernel of the installed build: the "
                                       "oldest official torch release with kernels for it (sm_120: 2.7.0)", area="gpu"),
    "compat.gpu_first_build": FactSpec("str", "that release's first CUDA variant with kernels for the GPU (sm_120: "
                                       "cu128)", area="gpu"),
    "compat.gpu_driver_min": FactSpec("version", "the driver that CUDA variant needs (Table 3; the new architecture's "
                                      "driver branch: sm_120 -> 570)", area="gpu"),
    "compat.named_build_unpublished": FactSpec("str", "the first of log.torch_builds_named that download.pytorch.org "
                                               "never published (torch 2.0.1 has no cu121 build)", area="python"),
    "compat.torch_release_known": FactSpec("bool", "torch's release is in gpufix's release table", area="torch"),
    "compat.torchvision_expected": FactSpec("version", "torchvision paired with the installed torch patch",
                                            area="packages"),
    "compat.torchvision_matches": FactSpec("bool", "torchvision's release pairs with torch and its build suffix "
                                           "agrees (+cu121 vs +cpu: false)", area="packages"),
    "compat.torchaudio_expected": FactSpec("version", "torchaudio paired with the installed torch (2.11.0 for torch "
                                           ">= 2.11: maintenance)", area="packages"),
    "compat.torchaudio_matches": FactSpec("bool", "torchaudio's release pairs with torch and its build suffix agrees",
                                          area="packages"),
    "compat.numpy_abi_major": FactSpec("int", "NumPy major torch's wheels were compiled against (1 for torch <= 2.2)",
                                       area="packages"),
    "compat.numpy_abi_ok": FactSpec("bool", "the installed NumPy can load torch (false: NumPy-1 torch with numpy>=2)",
                                    area="packages"),
    "compat.python_range": FactSpec("str", "CPython minors torch's release has wheels for, e.g. 3.10-3.14",
                                    area="python"),
    "compat.python_supported": FactSpec("bool", "torch's release has wheels for python.version", area="python"),
    "compat.python_tag": FactSpec("str", "the CPython tag of python.version (3.10.9 -> 310), as extension modules "
                                  "built for it name it (cpython-310, cp310)", area="python"),
    "compat.index_kind": FactSpec("str", "pip.index_url is: pypi, pypi-mirror, pytorch, pytorch-mirror or other",
                                  area="python"),
    "compat.index_variant": FactSpec("str", "variant of a PyTorch wheel index URL (cu126, cpu...)", area="python",
                                     uncovered=(("knowledge", "needs a PyTorch wheel index in pip's config; no "
                                                              "recording configures one"),)),
    "compat.index_has_cuda_wheels": FactSpec("bool", "the configured pip indexes can serve CUDA torch wheels for "
                                             "this OS (PyPI on Windows/macOS: no)", area="python"),
    "compat.error": FactSpec("str", "the knowledge base failed on these facts (a gpufix bug; the text says where)",
                             uncovered=(("knowledge", "only when the knowledge base itself fails (a gpufix bug); "
                                                      "tests/knowledge covers it"),)),
    "recommend.kind": FactSpec("str", "cuda, cpu, mps, rocm or none (nothing fits)"),
    "recommend.torch": FactSpec("version", "torch version to install"),
    "recommend.build": FactSpec("str", "wheel variant: cu126, cpu, mps, rocm..."),
    "recommend.cuda_build": FactSpec("str", "recommend.build when it is a CUDA build (absent for CPU/MPS/ROCm)"),
    "recommend.cuda_pip_command": FactSpec("list[str]", "recommend.pip_command when it installs a CUDA build"),
    "recommend.cuda_uv_command": FactSpec("list[str]", "recommend.uv_command when it installs a CUDA build"),
    "recommend.cuda_uninstall_command": FactSpec("list[str]", "pip uninstall of torch, torchvision, torchaudio through "
                                                 "the same interpreter, only when recommend.cuda_pip_command exists"),
    "recommend.rocm_build": FactSpec("str", "the torch ROCm variant for this machine's ROCm release, e.g. rocm6.4"),
    "recommend.rocm_torch": FactSpec("version", "the newest torch release (major.minor) the tables list with that variant"),
    "recommend.rocm_index_url": FactSpec("str", "https://download.pytorch.org/whl/rocmX.Y for recommend.rocm_build"),
    "recommend.rocm_pip_command": FactSpec("list[str]", "pip install of torch and torchvision from recommend.rocm_index_url"),
    "recommend.rocm_uninstall_command": FactSpec("list[str]", "pip uninstall of torch, torchvision, torchaudio, given "
                                                              "with recommend.rocm_pip_command"),
    "recommend.torchvision": FactSpec("version", "torchvision to install with it"),
    "recommend.torchaudio": FactSpec("version", "torchaudio to install with it (absent when none fits)"),
    "recommend.torchaudio_note": FactSpec("str", "why torchaudio is left out or shared (maintenance mode)"),
    "recommend.index_url": FactSpec("str", "the PyTorch wheel index of the build"),
    "recommend.pip_command": FactSpec("list[str]", "pip install through the target interpreter"),
    "recommend.uv_command": FactSpec("list[str]", "uv pip install --python <target interpreter> ..."),
    "recommend.conda_command": FactSpec("list[str]", "conda-forge install into the target conda env",
                                        uncovered=(("knowledge", "only for a conda environment; no recording is "
                                                                 "one"),)),
    "recommend.mirror_index_url": FactSpec("str", "a mirror of the wheel index (China mirrors), when pip uses a mirror",
                                           uncovered=(("knowledge", "only when pip's config names a mirror; no "
                                                                    "recording's does"),)),
    "recommend.mirror_pip_command": FactSpec("list[str]", "the pip command through that mirror",
                                             uncovered=(("knowledge", "only when pip's config names a mirror; no "
                                                                      "recording's does"),)),
    "recommend.driver_min": FactSpec("version", "driver needed for the newest torch build covering this GPU"),
    "recommend.driver_update": FactSpec("bool", "the installed driver is below recommend.driver_min (or absent)"),
    "recommend.best_torch": FactSpec("version", "newest torch with a build covering this GPU, whatever the driver"),
    "recommend.best_build": FactSpec("str", "that build's variant"),
    "recommend.matches_installed": FactSpec("bool", "the installed torch already is the recommended build"),
    "recommend.reason": FactSpec("str", "the reasoning, in words"),
    "derived.*": FactSpec("str", "facts that rules derive for other rules (chaining); derived.dx.* are the"
                                 " differentials' (rules/differential/): symptom, evidence, ruled out, asked"),
    "match.*": FactSpec("str", "named groups captured by a rule's error-text signature"),
}



def _complete(name: str, spec: FactSpec) -> FactSpec:
    family = _FAMILIES[name.split(".", 1)[0]]
    return spec._replace(area=spec.area or family.area, producers=spec.producers or family.producers,
                         precedence=spec.precedence or _BY_ORIGIN)


FACTS: dict[str, FactSpec] = {name: _complete(name, spec) for name, spec in _DECLARED.items()}
HIDDEN: frozenset[str] = frozenset(name for name, spec in FACTS.items() if spec.hidden)


def lookup(name: str) -> FactSpec | None:
    """The spec for `name`, through an open family (``env.*``) where needed."""
    spec = FACTS.get(name)
    if spec is not None:
        return spec
    head = name.split(".", 1)[0]
    return FACTS.get(head + ".*") if "." in name else None


def is_known_name(name: str) -> bool:
    return lookup(name) is not None


def area_of(name: str) -> str | None:
    """The area a fact is about (gpu, cuda, torch, python, packages), None for inputs/conclusions."""
    for prefix, area in _MEMBER_AREAS.items():
        if name.startswith(prefix):
            return area
    spec = lookup(name)
    return spec.area if spec is not None else None


def key_facts(area: str) -> tuple[str, ...]:
    """Facts whose presence means `area` was looked at, in catalog order."""
    return tuple(name for name, spec in FACTS.items() if spec.key and spec.area == area)


def facts_of(producer: str) -> tuple[str, ...]:
    """The catalog names `producer` may state (an open family as ``env.*``)."""
    return tuple(name for name, spec in FACTS.items() if producer in spec.producers)


def producer_of(source: str, origin: str) -> str:
    """The PRODUCERS name behind a Fact's source/origin ("rule:ID" -> rules; any user fact -> user)."""
    if origin == "user":
        return "user"
    if source.startswith("rule:"):
        return "rules"
    return source


@lru_cache(maxsize=4096)
def rank(name: str, source: str, origin: str) -> int:
    """How strongly a fact from (source, origin) holds `name`: higher wins, 0 = not listed.

    The fact's precedence is matched by its producer first, then by its origin, so
    ``nvml`` can outrank ``nvidia-smi`` while every other probe ranks as ``probe``.
    """
    spec = lookup(name)
    order = spec.precedence if spec is not None else _BY_ORIGIN
    for who in (producer_of(source, origin), origin):
        if who in order:
            return len(order) - order.index(who)
    return 0
