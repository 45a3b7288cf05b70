"""What a fact is called where a person reads it: the evidence lines of the text report and the TUI.

Fact names (`compat.driver_min_for_torch`) are gpufix's internal vocabulary: rules, `--fact`,
`--json` and the docs use them. A finding's evidence block is read by the person whose setup
it is, so it shows these labels instead (tests/core/test_fact_labels.py checks every catalog
fact has one in English and Chinese, and that the reports print no fact name).

Open families are labelled from their member: `env.CUDA_HOME` -> "environment variable
CUDA_HOME", `pkg.xformers` -> "xformers version"; `signature.*` (the log line a signature
matched) says it comes from the error text. `match.*` (a group a rule's error-text signature
captured) reads its words from rules/_evidence_labels.yaml, data beside the rules that name the
groups; a group missing there (a user's own rule folder) says it comes from the error text.
"""
from __future__ import annotations

import functools

from gpufix.package_files import package_folder
from gpufix.parse_cache import cached_yaml

EVIDENCE_LABELS_FILE = "_evidence_labels.yaml"

# name -> (en, zh)
LABELS: dict[str, tuple[str, str]] = {
    "os.name": ("operating system", "操作系统"),
    "os.release": ("OS release", "系统版本"),
    "os.arch": ("CPU architecture", "CPU 架构"),
    "os.wsl": ("running under WSL", "在 WSL 中运行"),
    "os.hostname": ("host name", "主机名"),
    "os.distro": ("Linux distribution", "Linux 发行版"),
    "container.image_l4t": ("L4T release of the container image", "容器镜像对应的 L4T 版本"),
    "os.l4t": ("Jetson Linux (L4T) release", "Jetson Linux（L4T）版本"),
    "os.jetpack": ("JetPack release", "JetPack 版本"),
    "container.inside": ("runs in a container", "在容器中运行"),
    "container.gpus": ("GPU test container on the host", "宿主机上的 GPU 测试容器"),
    "run.slow": ("slower than expected", "比预期慢"),
    "run.gpu_util": ("highest GPU utilisation seen", "观察到的最高 GPU 利用率"),
    "run.slow_phase": ("which steps are slow", "哪些步骤慢"),
    "run.power_saving": ("battery or power-saving mode", "电池或省电模式"),
    "run.shared_gpu_memory": ("shared GPU memory in use", "共享 GPU 内存被占用"),
    "python.version": ("Python version", "Python 版本"),
    "python.executable": ("Python interpreter", "Python 解释器"),
    "python.bits": ("Python bitness", "Python 位数"),
    "python.env": ("kind of Python environment", "Python 环境类型"),
    "python.prefix": ("Python environment folder", "Python 环境目录"),
    "python.implementation": ("Python implementation", "Python 实现"),
    "gpu.count": ("NVIDIA GPUs seen", "检测到的 NVIDIA GPU 数"),
    "gpu.name": ("GPU", "GPU 型号"),
    "gpu.compute_capability": ("GPU compute capability", "GPU 计算能力"),
    "gpu.memory_total_mib": ("GPU memory (MiB)", "显存（MiB）"),
    "gpu.mig_enabled": ("MIG mode enabled", "MIG 模式已启用"),
    "gpu.mig_devices": ("MIG devices listed", "已列出的 MIG 设备数"),
    "gpu.vendor": ("GPU vendor", "GPU 厂商"),
    "driver.version": ("NVIDIA driver version", "NVIDIA 驱动版本"),
    "driver.cuda": ("CUDA version the driver supports", "驱动支持的 CUDA 版本"),
    "driver.kernel_module": ("NVIDIA kernel module version", "NVIDIA 内核模块版本"),
    "driver.error": ("driver error", "驱动错误"),
    "nvidia_smi.path": ("nvidia-smi location", "nvidia-smi 位置"),
    "pci.seen": ("PCI bus read", "已读取 PCI 总线"),
    "pci.nvidia_count": ("NVIDIA devices on the PCI bus", "PCI 总线上的 NVIDIA 设备数"),
    "pci.gpu_names": ("NVIDIA GPUs on the PCI bus", "PCI 总线上的 NVIDIA GPU"),
    "pci.device_ids": ("NVIDIA PCI device ids", "NVIDIA PCI 设备 ID"),
    "pci.kernel_driver": ("kernel driver holding the GPU", "占用 GPU 的内核驱动"),
    "pci.error_codes": ("Device Manager error codes", "设备管理器错误代码"),
    "pci.other_gpus": ("other display devices", "其他显示设备"),
    "rocm.gfx": ("AMD GPU gfx target", "AMD GPU gfx 架构"),
    "rocm.gpu_names": ("AMD GPU", "AMD GPU 型号"),
    "rocm.version": ("installed ROCm", "已安装的 ROCm"),
    "rocm.driver_version": ("amdgpu driver version", "amdgpu 驱动版本"),
    "rocm.kfd_access": ("can open /dev/kfd", "可以打开 /dev/kfd"),
    "rocm.kfd_error": ("/dev/kfd error", "/dev/kfd 错误"),
    "rocm.kfd_group": ("group owning /dev/kfd", "/dev/kfd 所属用户组"),
    "rocm.user_groups": ("your user's groups", "当前用户所属组"),
    "nvcc.version": ("CUDA Toolkit (nvcc) version", "CUDA Toolkit（nvcc）版本"),
    "nvcc.path": ("nvcc location", "nvcc 位置"),
    "cudnn.system": ("system cuDNN", "系统 cuDNN"),
    "cuda_home": ("CUDA Toolkit folder", "CUDA Toolkit 目录"),
    "torch.version": ("torch version", "torch 版本"),
    "torch.version_full": ("torch version", "torch 版本"),
    "torch.build": ("torch build", "torch 构建"),
    "torch.cuda": ("CUDA version torch was built with", "torch 编译用的 CUDA 版本"),
    "torch.hip": ("ROCm version torch was built with", "torch 编译用的 ROCm 版本"),
    "torch.cuda_available": ("torch sees a CUDA GPU", "torch 检测到 CUDA GPU"),
    "torch.device_count": ("GPUs torch sees", "torch 检测到的 GPU 数"),
    "torch.arch_list": ("GPU architectures in the torch build", "torch 构建包含的 GPU 架构"),
    "torch.cudnn": ("torch's cuDNN", "torch 自带的 cuDNN"),
    "torch.error": ("torch error", "torch 错误"),
    "torch.warnings": ("torch warnings", "torch 警告"),
    "torch.location": ("torch location", "torch 安装位置"),
    "torch.install_count": ("torch installations found", "找到的 torch 安装数"),
    "torch.installs": ("torch installations", "torch 安装位置列表"),
    "torch.metadata_version": ("torch version in its package metadata", "包元数据中的 torch 版本"),
    "torch.user_site": ("torch in the user site-packages", "torch 装在用户 site-packages"),
    "torch.device_names": ("GPUs as torch names them", "torch 报告的 GPU 名称"),
    "torch.device_capability": ("compute capability torch reports", "torch 报告的计算能力"),
    "torch.mps_built": ("torch built with MPS", "torch 含 MPS 支持"),
    "torch.mps_available": ("MPS available", "MPS 可用"),
    "torch.installer": ("torch installed by", "torch 的安装工具"),
    "torch.numpy_error": ("NumPy error while importing torch", "导入 torch 时的 NumPy 错误"),
    "numpy.version": ("NumPy version", "NumPy 版本"),
    "numpy.import_error": ("NumPy import error", "NumPy 导入错误"),
    "torchvision.version": ("torchvision version", "torchvision 版本"),
    "torchvision.version_full": ("torchvision version", "torchvision 版本"),
    "torchvision.import_error": ("torchvision import error", "torchvision 导入错误"),
    "torchaudio.version": ("torchaudio version", "torchaudio 版本"),
    "torchaudio.version_full": ("torchaudio version", "torchaudio 版本"),
    "torchaudio.import_error": ("torchaudio import error", "torchaudio 导入错误"),
    "extensions.import_error": ("extension import errors", "扩展导入错误"),
    "extensions.torch_requirements": ("torch versions the extensions require", "扩展要求的 torch 版本"),
    "extensions.failed": ("extensions that fail to import", "无法导入的扩展"),
    "pip.index_url": ("pip index", "pip 索引"),
    "pip.extra_index_urls": ("pip extra indexes", "pip 额外索引"),
    "pip.mirror": ("pip mirror", "pip 镜像"),
    "pip.config_files": ("pip configuration files", "pip 配置文件"),
    "pip.find_links": ("pip find-links", "pip find-links 位置"),
    "path.pythons": ("Pythons on PATH", "PATH 上的 Python"),
    "path.python_count": ("Pythons on PATH", "PATH 上的 Python 数"),
    "path.first_python": ("the python a terminal runs", "终端运行的 python"),
    "pip.matches_python": ("pip belongs to this Python", "pip 属于该 Python"),
    "pip.python": ("Python the pip on PATH belongs to", "PATH 上的 pip 所属的 Python"),
    "pip.index_cuda_wheels": ("index serves CUDA builds of torch", "索引提供 CUDA 版 torch"),
    "pip.index_torch_variants": ("torch builds the index serves", "索引提供的 torch 构建"),
    "conda.env": ("conda environment", "conda 环境"),
    "conda.prefix": ("conda environment folder", "conda 环境目录"),
    "conda.channels": ("conda channels", "conda 频道"),
    "conda.cpuonly": ("conda cpuonly package installed", "已安装 conda cpuonly 包"),
    "conda.pytorch_build": ("conda pytorch build", "conda pytorch 构建"),
    "log.present": ("error log given", "提供了错误日志"),
    "log.pip_env": ("Python install pip belongs to", "pip 所属的 Python 安装"),
    "log.run_env": ("Python install running the program", "运行程序的 Python 安装"),
    "log.active_env": ("environment activated in the prompt", "命令提示符中已激活的环境"),
    "log.pip_other_env": ("pip belongs to another Python than the program's", "pip 属于另一个 Python，而非运行程序的那个"),
    "log.run_outside_env": ("program ran outside the activated environment", "程序没有在已激活的环境中运行"),
    "log.python_envs_shown": ("two interpreters shown in the log", "日志中出现的两个解释器"),
    "log.torch_api_missing": ("torch API the error says is missing", "报错中缺失的 torch API"),
    "log.torch_api_since": ("torch release that added it", "加入该 API 的 torch 版本"),
    "log.torch_builds_named": ("torch builds named with a CUDA variant", "提到的带 CUDA 变体的 torch 构建"),
    "log.torch_defect": ("known defect of this torch release", "该 torch 版本的已知缺陷"),
    "log.torch_defect_fixed_in": ("torch release that fixed it", "修复该缺陷的 torch 版本"),
    "log.torch_defect_issue": ("where PyTorch confirmed it", "PyTorch 确认该缺陷的位置"),
    "log.torchvision_api_missing": ("torchvision API the error says is missing", "报错中缺失的 torchvision API"),
    "log.torchvision_api_since": ("torchvision release that added it", "加入该 API 的 torchvision 版本"),
    "log.torch_api_removed": ("torch API removed since", "已被移除的 torch API"),
    "log.torch_api_removed_in": ("first torch release without it", "不再包含它的首个 torch 版本"),
    "log.torchvision_api_removed": ("torchvision API removed since", "已被移除的 torchvision API"),
    "log.torchvision_api_removed_in": ("first torchvision release without it", "不再包含它的首个 torchvision 版本"),
    "log.torchaudio_api_removed": ("torchaudio API removed since", "已被移除的 torchaudio API"),
    "log.torchaudio_api_removed_in": ("first torchaudio release without it", "不再包含它的首个 torchaudio 版本"),
    "log.torch_pickled_attr": ("attribute the installed torch reads on a saved layer", "已安装的 torch 在已保存的层上读取的属性"),
    "log.torch_pickled_attr_since": ("first torch release that reads it", "开始读取该属性的首个 torch 版本"),
    "log.api_removed_pin": ("last releases that still work with it", "仍能与之配合的最后版本组合"),
    "log.api_removed_replacement": ("what to call instead", "应改用的 API"),
    "log.machine": ("which machine the log describes", "日志描述的机器"),
    "log.contradictions": ("log facts that contradict this machine", "与本机不符的日志信息"),
    "verify.status": ("check result", "检查结果"),
    "verify.torch_version": ("torch version checked", "检查时的 torch 版本"),
    "verify.device": ("GPU backend checked", "检查的 GPU 后端"),
    "verify.gpu_checked": ("a GPU was checked", "检查了 GPU"),
    "verify.device_name": ("device checked", "检查的设备"),
    "verify.device_capability": ("compute capability of the device checked", "所检查设备的计算能力"),
    "verify.device_memory_mib": ("memory of the device checked (MiB)", "所检查设备的显存（MiB）"),
    "verify.alloc_ok": ("tensor allocated on the GPU", "在 GPU 上分配了张量"),
    "verify.kernel_ok": ("a torch kernel ran on the GPU and matched the CPU", "torch 内核在 GPU 上运行且与 CPU 结果一致"),
    "verify.matmul_ok": ("matrix products matched the CPU", "矩阵乘法与 CPU 结果一致"),
    "verify.error": ("check error", "检查错误"),
    "verify.error_type": ("kind of check error", "检查错误类型"),
    "verify.error_phase": ("step that failed", "失败的步骤"),
    "verify.warnings": ("warnings during the check", "检查时的警告"),
    "verify.stderr": ("end of the check's error output", "检查的错误输出末尾"),
    "verify.data": ("MNIST data used", "使用的 MNIST 数据"),
    "verify.data_source": ("MNIST data folder", "MNIST 数据目录"),
    "verify.data_verified": ("MNIST checksums matched", "MNIST 校验和一致"),
    "verify.train_device": ("device MNIST trained on", "MNIST 训练所用设备"),
    "verify.mnist_epochs": ("MNIST epochs", "MNIST 训练轮数"),
    "verify.mnist_accuracy": ("MNIST test accuracy", "MNIST 测试准确率"),
    "verify.mnist_seconds": ("MNIST training time (s)", "MNIST 训练用时（秒）"),
    "verify.mnist_images_per_s": ("training images per second", "每秒训练图片数"),
    "verify.cpu_images_per_s": ("training images per second on the CPU", "CPU 上每秒训练图片数"),
    "verify.speedup": ("speed-up over the CPU", "相对 CPU 的加速比"),
    "compat.driver_cuda": ("CUDA version the driver supports", "驱动支持的 CUDA 版本"),
    "compat.driver_min_for_torch": ("least driver this torch build needs", "该 torch 构建所需的最低驱动"),
    "compat.driver_min_full_for_torch": ("driver for this exact CUDA release", "该 CUDA 版本对应的驱动"),
    "compat.driver_supports_torch": ("driver can run this torch build", "驱动能运行该 torch 构建"),
    "compat.driver_full_for_torch_ok": ("driver new enough to compile PTX", "驱动足以编译 PTX"),
    "compat.driver_cuda_major_ok": ("driver's CUDA major is new enough", "驱动的 CUDA 主版本足够新"),
    "compat.newest_build_for_driver": ("newest torch build this driver runs", "该驱动能运行的最新 torch 构建"),
    "compat.newest_build_for_driver_installed_release": ("this torch release's build this driver runs",
                                                         "该驱动能运行的本 torch 版本构建"),
    "compat.nvcc_matches_torch": ("nvcc matches torch's CUDA", "nvcc 与 torch 的 CUDA 一致"),
    "compat.nvcc_major_matches_torch": ("nvcc's CUDA major matches torch's", "nvcc 与 torch 的 CUDA 主版本一致"),
    "compat.nvcc_targets_gpu": ("nvcc can compile for this GPU", "nvcc 能为该 GPU 编译"),
    "compat.nvcc_min_for_gpu": ("first CUDA Toolkit that compiles for this GPU", "能为该 GPU 编译的首个 CUDA Toolkit"),
    "compat.nvcc_gcc_max": ("newest gcc this nvcc accepts", "该 nvcc 支持的最新 gcc"),
    "compat.torch_gcc_min": ("oldest gcc this torch's headers accept", "该 torch 头文件支持的最旧 gcc"),
    "compat.torch_cxx_std": ("C++ standard this torch's headers need", "该 torch 头文件要求的 C++ 标准"),
    "compat.torch_msvc_min": ("oldest Visual Studio this torch's headers compile with", "该 torch 头文件支持的最旧 Visual Studio"),
    "compat.image_cuda": ("CUDA of the container image's JetPack", "容器镜像对应 JetPack 的 CUDA"),
    "compat.image_matches_jetpack": ("container image built for this JetPack's CUDA", "容器镜像与板卡 JetPack 的 CUDA 一致"),
    "compat.jetpack": ("JetPack release of the board", "板卡的 JetPack 版本"),
    "compat.l4t_major": ("major L4T release of the board", "板卡的 L4T 主版本"),
    "compat.jetpack_cuda": ("CUDA of the board's JetPack", "板卡 JetPack 自带的 CUDA"),
    "compat.jetpack_cudnn": ("cuDNN of the board's JetPack", "板卡 JetPack 自带的 cuDNN"),
    "compat.jetpack_cudnn_so": ("cuDNN library version of the JetPack", "JetPack 的 cuDNN 库版本号"),
    "compat.jetpack_cudart_so": ("CUDA runtime library version of the JetPack", "JetPack 的 CUDA 运行时库版本号"),
    "compat.jetpack_cublas_so": ("cuBLAS library version of the JetPack", "JetPack 的 cuBLAS 库版本号"),
    "compat.jetpack_cufft_so": ("cuFFT library version of the JetPack", "JetPack 的 cuFFT 库版本号"),
    "compat.jetpack_curand_so": ("cuRAND library version of the JetPack", "JetPack 的 cuRAND 库版本号"),
    "compat.nvcc_msvc_max": ("newest Visual Studio this nvcc accepts", "该 nvcc 支持的最新 Visual Studio"),
    "compat.triton_windows_requirement": ("triton-windows release for this torch", "与该 torch 配对的 triton-windows"),
    "compat.nvcc_newer_than_driver": ("nvcc newer than the driver", "nvcc 比驱动新"),
    "compat.gpu_sm": ("GPU architecture", "GPU 架构"),
    "compat.arch_list": ("GPU architectures in the official build", "官方构建包含的 GPU 架构"),
    "compat.rocm_wheel_gfx": ("AMD architectures in the ROCm build", "ROCm 构建包含的 AMD 架构"),
    "compat.rocm_gfx_supported": ("ROCm build covers every AMD GPU", "ROCm 构建覆盖所有 AMD GPU"),
    "compat.rocm_unsupported_gfx": ("AMD architectures the build lacks", "构建缺少的 AMD 架构"),
    "compat.rocm_gfx_not_own": ("AMD GPU reported as another GPU family", "被报告为另一代架构的 AMD GPU"),
    "compat.rocm_override": ("HSA_OVERRIDE_GFX_VERSION users set for this GPU", "此 GPU 常用的 HSA_OVERRIDE_GFX_VERSION"),
    "compat.rocm_wheel_driver_ok": ("ROCm build tested with this driver", "ROCm 构建已在此驱动上测试"),
    "compat.gpu_arch_supported": ("torch build covers every GPU", "torch 构建覆盖所有 GPU"),
    "compat.unsupported_gpus": ("GPUs the torch build lacks", "torch 构建不支持的 GPU"),
    "compat.gpu_needs_ptx": ("GPU runs only through PTX compilation", "GPU 只能靠 PTX 编译运行"),
    "compat.gpu_first_torch": ("first torch release for this GPU", "支持该 GPU 的首个 torch 版本"),
    "compat.gpu_first_build": ("first torch build for this GPU", "支持该 GPU 的首个 torch 构建"),
    "compat.gpu_driver_min": ("driver that build needs", "该构建所需的驱动"),
    "compat.named_build_unpublished": ("torch build named that was never published", "提到的 torch 构建从未发布过"),
    "compat.torch_release_known": ("torch release known to gpufix", "gpufix 知道该 torch 版本"),
    "compat.torchvision_expected": ("torchvision that pairs with this torch", "与该 torch 配套的 torchvision"),
    "compat.torchvision_matches": ("torchvision pairs with torch", "torchvision 与 torch 配套"),
    "compat.torchaudio_expected": ("torchaudio that pairs with this torch", "与该 torch 配套的 torchaudio"),
    "compat.torchaudio_matches": ("torchaudio pairs with torch", "torchaudio 与 torch 配套"),
    "compat.numpy_abi_major": ("NumPy major torch was built against", "torch 编译时的 NumPy 主版本"),
    "compat.numpy_abi_ok": ("installed NumPy can load torch", "已安装的 NumPy 能加载 torch"),
    "compat.python_range": ("Python versions this torch supports", "该 torch 支持的 Python 版本"),
    "compat.python_supported": ("torch has wheels for this Python", "该 Python 有对应的 torch wheel"),
    "compat.python_tag": ("CPython tag of this Python", "该 Python 的 CPython 标签"),
    "compat.index_kind": ("kind of pip index", "pip 索引类型"),
    "compat.index_variant": ("torch build of the index", "索引对应的 torch 构建"),
    "compat.index_has_cuda_wheels": ("pip indexes serve CUDA builds", "pip 索引提供 CUDA 构建"),
    "compat.error": ("knowledge-base error", "知识库错误"),
    "recommend.kind": ("recommended kind of build", "推荐的构建类型"),
    "recommend.torch": ("recommended torch", "推荐的 torch"),
    "recommend.build": ("recommended build", "推荐的构建"),
    "recommend.cuda_build": ("recommended CUDA build", "推荐的 CUDA 构建"),
    "recommend.cuda_pip_command": ("pip command for the CUDA build", "安装 CUDA 构建的 pip 命令"),
    "recommend.cuda_uv_command": ("uv command for the CUDA build", "安装 CUDA 构建的 uv 命令"),
    "recommend.cuda_uninstall_command": ("uninstall command", "卸载命令"),
    "recommend.rocm_build": ("recommended ROCm build", "推荐的 ROCm 构建"),
    "recommend.rocm_torch": ("newest torch with that ROCm build", "含该 ROCm 构建的最新 torch"),
    "recommend.rocm_index_url": ("ROCm wheel index", "ROCm wheel 索引"),
    "recommend.rocm_pip_command": ("pip command for the ROCm build", "安装 ROCm 构建的 pip 命令"),
    "recommend.rocm_uninstall_command": ("uninstall command", "卸载命令"),
    "recommend.torchvision": ("recommended torchvision", "推荐的 torchvision"),
    "recommend.torchaudio": ("recommended torchaudio", "推荐的 torchaudio"),
    "recommend.torchaudio_note": ("about torchaudio", "关于 torchaudio"),
    "recommend.index_url": ("wheel index of the build", "该构建的 wheel 索引"),
    "recommend.pip_command": ("pip command", "pip 命令"),
    "recommend.uv_command": ("uv command", "uv 命令"),
    "recommend.conda_command": ("conda command", "conda 命令"),
    "recommend.mirror_index_url": ("mirror of the wheel index", "wheel 索引的镜像"),
    "recommend.mirror_pip_command": ("pip command through the mirror", "通过镜像的 pip 命令"),
    "recommend.driver_min": ("driver the recommended build needs", "推荐构建所需的驱动"),
    "recommend.driver_update": ("driver update needed", "需要更新驱动"),
    "recommend.best_torch": ("newest torch for this GPU", "支持该 GPU 的最新 torch"),
    "recommend.best_build": ("its build", "其构建"),
    "recommend.matches_installed": ("installed torch is the recommended build", "已安装的 torch 即推荐构建"),
    "recommend.reason": ("why", "原因"),
    # Conclusions rules draw for other rules (chaining); they show up as evidence of the finding
    # that uses them.
    "derived.amd_gpu": ("an AMD GPU is present", "存在 AMD GPU"),
    "derived.nvidia_gpu": ("an NVIDIA GPU is present", "存在 NVIDIA GPU"),
    "derived.no_nvidia_gpu": ("no NVIDIA GPU", "没有 NVIDIA GPU"),
    "derived.no_cuda_device_seen": ("torch said it found no CUDA device or no NVIDIA driver", "torch 报告找不到 CUDA 设备或 NVIDIA 驱动"),
    "derived.no_nvidia_gpu_likely": ("likely no NVIDIA GPU", "很可能没有 NVIDIA GPU"),
    "derived.mps_not_expected": ("not a machine that would use the Apple GPU (MPS)", "不是会使用 Apple GPU（MPS）的机器"),
    "derived.no_nvidia_gpu_stated": ("the report says there is no NVIDIA GPU", "报告称没有 NVIDIA GPU"),
    "derived.desktop_vm_guest": ("the report comes from a desktop virtual machine (VirtualBox, VMware, Parallels)", "报告来自桌面虚拟机（VirtualBox、VMware、Parallels）"),
    "derived.cpu_build_likely": ("likely a CPU-only torch", "很可能是仅 CPU 版 torch"),
    "derived.cpu_build_stated": ("the report says torch is a CPU-only build", "报告表明 torch 是仅 CPU 版本"),
    "derived.driver_runs_torch_shown": ("torch is shown to run on this driver (CUDA available, or the tables say the driver runs its CUDA)", "torch 在此驱动上可以运行（CUDA 可用，或版本表表明该驱动支持它的 CUDA）"),
    "derived.asked_build_minor_above_driver": ("the CUDA 9.x/10.x build asked for is a newer minor release than the driver reaches", "所要求的 CUDA 9.x/10.x 版本的次版本号高于驱动所支持的"),
    "derived.cpu_build_in_use": ("the torch that ran is a CPU-only build (shown, said, or raised by torch)", "运行的 torch 是仅 CPU 版本（由输出、描述或 torch 自身的报错表明）"),
    "derived.gpu_expected": ("an NVIDIA GPU is expected (named, or CUDA said installed)", "应有 NVIDIA GPU（已指明显卡，或说已安装 CUDA）"),
    "derived.cpu_build_shown": ("a CPU-only torch is shown", "显示为仅 CPU 版 torch"),
    "derived.cuda_build_ran": ("a CUDA build of torch ran and reported a CUDA error", "CUDA 版 torch 已运行并报出 CUDA 错误"),
    "derived.checks_disagree": ("the CUDA check returned True in one place and False in another", "CUDA 检查在一处返回 True、另一处返回 False"),
    "derived.cuda_said_available": ("the reporter's own check says CUDA is available", "报告者自己的检查显示 CUDA 可用"),
    "derived.blackwell_torch_likely_old": ("torch likely older than the GPU", "torch 很可能比 GPU 旧"),
    "derived.cuda_said_predates_gpu": ("the CUDA named predates the GPU", "所述 CUDA 早于该 GPU"),
    "derived.arch_gap_package": ("the package whose build lacks the GPU's kernels", "缺少该 GPU 内核的软件包"),
    "derived.ascend_npu": ("a Huawei Ascend NPU setup (torch_npu, CANN)", "华为昇腾 NPU 环境（torch_npu、CANN）"),
    "derived.gpu_framework": ("the GPU framework the report is about (not torch)", "报告所涉及的 GPU 框架（不是 torch）"),
    "derived.cpu_run_chosen": ("the reporter already ran the program on the CPU by its flag, and pasted no exception",
                               "报告者已用程序的参数改在 CPU 上运行，且未贴出异常"),
    "derived.gpu_use_asked": ("the report asks how to make the program use the GPU", "报告询问如何让程序使用 GPU"),
    "derived.gpu_unused_said": ("the report says the GPU is not used", "报告称未使用 GPU"),
    "derived.hybrid_mode_said": ("the report says a laptop graphics mode keeps the NVIDIA GPU off", "报告称笔记本的显卡模式关闭了 NVIDIA 独显"),
    "derived.igpu_used_said": ("the report says the program runs on the integrated GPU", "报告称程序运行在集成显卡上"),
    "derived.cluster_job_explained": ("another cause of torch finding no GPU is shown", "显示了 torch 找不到 GPU 的其他原因"),
    "derived.mirror_used": ("a package mirror is used", "使用了包镜像"),
    "derived.several_torch": ("several torch installations", "存在多份 torch 安装"),
    "derived.rocm_cuda_wheel_likely": ("likely a CUDA torch on an AMD GPU", "很可能在 AMD GPU 上装了 CUDA 版 torch"),
    "derived.no_rocm_wheel_os": ("an OS without a ROCm build of torch (Windows or macOS)", "没有 ROCm 版 torch 的操作系统（Windows 或 macOS）"),
    "derived.mac_named": ("the report names a Mac", "报告提到 Mac 电脑"),
    "derived.shm_workers0_still": ("the run already had num_workers=0 and still died of a bus error",
                                   "已设 num_workers=0 仍出现 Bus error"),
    "derived.other_shm_program_only": ("the shared-memory trouble is another program's (a browser, PostgreSQL), not torch's",
                                       "共享内存问题出自其他程序（浏览器、PostgreSQL），而非 torch"),
    "derived.old_gpu_cublas_arch_library": ("the library that refused this GPU's architecture",
                                            "拒绝这块 GPU 架构的库"),
    "derived.rocm_wheel_on_nvidia": ("a ROCm (AMD) torch beside an NVIDIA GPU", "NVIDIA GPU 旁装的是 ROCm（AMD）版 torch"),
    "derived.rocm_gfx_said_unsupported": ("the AMD GPU is said to be unsupported", "报告称该 AMD GPU 不受支持"),
    "derived.rocm_unlisted_gpu_crash": ("an unlisted AMD GPU crashed", "未列入支持列表的 AMD GPU 崩溃"),
    "derived.jetson_other_jetpack": ("a Jetson build of torch made for another JetPack release",
                                     "为另一个 JetPack 版本构建的 Jetson 版 torch"),
    "derived.jetson_generic_torch": ("a Jetson board with a generic aarch64 torch", "Jetson 板卡上装的是通用 aarch64 版 torch"),
    "derived.arch_gap_said": ("the report says the build lacks this GPU's architecture", "报告中说安装包不支持这块显卡的架构"),
    "derived.arch_gap_elsewhere": ("a Jetson board's generic torch, another framework's own GPU build, or a ROCm build's capability warning about an AMD GPU (not a torch wheel to replace)", "Jetson 板卡上的通用 torch、其他框架自身的 GPU 版本，或 ROCm 版 torch 对 AMD 显卡发出的算力警告（不是要更换的 torch 安装包）"),
    "derived.toolkit_question": ("asks whether the CUDA Toolkit is needed", "询问是否需要 CUDA Toolkit"),
    "derived.app_gpu_refused": ("the application's own check refused the GPU (its VRAM or compute-capability floor)", "应用程序自己的检查拒绝了这块 GPU（低于它的显存或计算能力下限）"),
    "derived.oom_killed": ("the process was killed for lack of RAM", "进程因内存不足被杀死"),
    "derived.ray_gpu_unrequested": ("a Ray task, actor or trial that asked for no GPU", "未申请 GPU 的 Ray task、actor 或 trial"),
    "derived.wrong_cudnn": ("a cuDNN other than torch's own was loaded", "加载了 torch 自带之外的 cuDNN"),
    "derived.nontorch_cpu_build": ("a library used beside torch is its CPU-only build", "与 torch 一起使用的某个库是仅 CPU 的版本"),
    "derived.ort_cpu_package": ("ONNX Runtime lists no CUDA provider (its CPU package is loaded)",
                                "ONNX Runtime 的提供程序列表里没有 CUDA（加载的是它的 CPU 版包）"),
    "derived.zluda_setup": ("a ZLUDA setup (CUDA torch on an AMD GPU) failing", "ZLUDA（AMD 显卡上运行 CUDA 版 torch）的配置出错"),
    "derived.rocm_wsl": ("ROCm or an AMD GPU under WSL, and torch not shown reaching it",
                         "在 WSL 中使用 ROCm 或 AMD 显卡，且没有迹象表明 torch 能访问到它"),
    "derived.cuda_malloc_async": ("torch's cudaMallocAsync allocator on a GPU or setup that cannot use it",
                                  "torch 的 cudaMallocAsync 分配器用在了不支持它的显卡或环境上"),
    "derived.container_gpu_lost": ("the container had the GPU and lost access to it", "容器原本可用 GPU，后来失去了访问权限"),
    "derived.container_no_cuda_anyway": ("CUDA would stay out of reach even with the GPU passed into the container (no NVIDIA GPU, or a CPU build of torch)",
                                         "即使把 GPU 传入容器也用不了 CUDA（没有 NVIDIA GPU，或 torch 是 CPU 版本）"),
    "derived.windows_tdr": ("Windows reset the GPU under a long GPU job (TDR)", "Windows 因单个 GPU 任务运行过久而重置了 GPU（TDR）"),
    "derived.ext_build_cuda_major_differs": ("a CUDA extension build that failed with an nvcc of another CUDA major "
                                             "version than torch's", "CUDA 扩展编译失败，且 nvcc 与 torch 的 CUDA 主版本不同"),
    "derived.arch_list_undetermined": ("a CUDA extension build that saw no GPU and was given no architecture list",
                                       "编译 CUDA 扩展时看不到 GPU，也没有指定架构列表"),
    "derived.old_windows": ("a Windows older than Windows 10", "早于 Windows 10 的 Windows 版本"),
    "derived.other_framework_only": ("a report about TensorFlow's or JAX's own GPU setup that never names torch", "只涉及 TensorFlow 或 JAX 自身 GPU 配置、未提到 torch 的报告"),
    "derived.python_ssl_missing": ("a Python without a working ssl module", "没有可用 ssl 模块的 Python"),
    "derived.old_gpu_feature_refused": ("a library refused a feature this GPU is too old for", "某个库因这块 GPU 太旧而拒绝了某项功能"),
    "derived.old_gpu_int8_library": ("the library whose 8-bit matrix multiplication this GPU is too old for", "这块 GPU 太旧、无法运行其 8 位矩阵乘法的库"),
    "derived.old_gpu_vllm_engine": ("the inference engine whose FlashAttention 2 this GPU is too old for", "这块 GPU 太旧、无法使用其 FlashAttention 2 的推理引擎"),
    "derived.old_gpu_flash_server": ("the inference server whose flash attention this GPU is too old for", "这块 GPU 太旧、无法使用其 flash attention 的推理服务"),
    "derived.old_gpu_ptx_assembler": ("the assembler that refused instructions this GPU is too old for", "因这块 GPU 太旧而拒绝其指令的汇编器"),
    "derived.old_gpu_attention_library": ("the attention library whose operators this GPU is too old for", "这块 GPU 太旧、无法使用其注意力算子的库"),
    "derived.old_gpu_bf16_gemm_library": ("the library whose bfloat16 matrix multiplication this GPU is too old for", "这块 GPU 太旧、无法运行其 bfloat16 矩阵乘法的库"),
    "derived.old_gpu_atomic_op": ("the CUDA atomic operation with no version for this GPU and operand type", "这块 GPU 上没有对应操作数类型版本的 CUDA 原子操作"),
    "derived.runtime_kernel_build": ("a native kernel build while the program runs", "程序运行时的本机内核编译"),
    "derived.install_network_blocked": ("the connection to the package index intercepted or blocked (proxy, TLS inspection, firewall)",
                                        "到软件包索引的连接被拦截或阻断（代理、HTTPS 检查、防火墙）"),
    "derived.windows_path_lacks_system32": ("the Windows PATH lacks the system folder (or nvidia-smi's folder)",
                                            "Windows 的 PATH 缺少系统文件夹（或 nvidia-smi 所在文件夹）"),
    "derived.setuptools_below_tensorboard": ("the setuptools torch's tensorboard module still works with",
                                             "torch 的 tensorboard 模块仍兼容的 setuptools 版本"),
    "derived.setuptools_below_cpp_extension": ("the setuptools torch's cpp_extension module still works with",
                                               "torch 的 cpp_extension 模块仍兼容的 setuptools 版本"),
    # A differential's symptom shown as a finding's evidence (torch-not-installed's bare-traceback reading).
    "derived.dx.no-module-torch.symptom": ("Python could not find torch (No module named 'torch')",
                                           "Python 找不到 torch（No module named 'torch'）"),
    "derived.cuda_compat_refused": ("CUDA refused a forward-compatibility driver library (error 804)",
                                    "CUDA 拒绝了前向兼容驱动库（错误 804）"),
}

_FAMILY: dict[str, tuple[str, str]] = {
    "env": ("environment variable {x}", "环境变量 {x}"),
    "pkg": ("{x} version", "{x} 版本"),
    "match": ("from the error text: {x}", "来自错误文本：{x}"),
    "signature": ("error text in the log", "日志中的错误文本"),
    "derived": ("concluded from the other facts", "由其他信息推出"),
}


def label(name: str, lang: str = "en") -> str:
    """The words a person reads for fact `name` (English when `lang` is not zh)."""
    i = 1 if lang == "zh" else 0
    if name in LABELS:
        return LABELS[name][i]
    head, _, member = name.partition(".")
    if head == "match" and member in match_labels():
        return match_labels()[member][i]
    if head in _FAMILY:
        # A captured group's name is a rule author's word (found_version): readable with spaces.
        word = member.replace("_", " ") if head == "match" else member
        return _FAMILY[head][i].format(x=word)
    return name


@functools.lru_cache(maxsize=1)
def match_labels() -> dict[str, tuple[str, str]]:
    """group -> (en, zh) from the installed rules' _evidence_labels.yaml; {} when it cannot be read, so a
    broken file costs the labels (the group's own words show), never the report."""
    try:
        text = package_folder("gpufix.rules").joinpath(EVIDENCE_LABELS_FILE).read_text(encoding="utf-8")
        data = cached_yaml(text)
    except (OSError, ValueError):
        return {}
    groups = data.get("groups") if isinstance(data, dict) else None
    if not isinstance(groups, dict):
        return {}
    return {str(k): (v["en"], v["zh"]) for k, v in groups.items()
            if isinstance(v, dict) and isinstance(v.get("en"), str) and isinstance(v.get("zh"), str)}


def origin_label(provenance: str, lang: str = "en") -> str:
    """Fact.provenance ("log line 3", "probe torch", "derived rule X from log line 4") in the words a person reads.
    JSON keeps the raw provenance for scripts; the text report and the TUI show this: a derive rule's id is an
    internal name, so a rule's conclusion reads as concluded from the other facts."""
    zh = lang == "zh"
    head, _, rest = provenance.partition(" ")
    if head == "derived":
        if rest == "knowledge":
            return "gpufix 的兼容性表" if zh else "gpufix's compatibility tables"
        _, on_log, line = rest.rpartition(" from log line ")
        if on_log and line.isdigit():  # a conclusion resting on the pasted log: say which line
            return f"由日志第 {line} 行推出" if zh else f"concluded from log line {line}"
        return _FAMILY["derived"][1 if zh else 0]
    if not zh:
        return provenance
    if head == "log":
        return f"日志第 {rest[5:]} 行" if rest.startswith("line ") else "日志"
    if head == "probe":
        return f"探测 {rest}".strip()
    if head == "user":
        return f"用户 {rest}".strip()
    return provenance


def missing_labels(names: list[str], lang: str = "en") -> list[str]:
    """Labels of the facts a finding could not see, each once (two names can share a label)."""
    return list(dict.fromkeys(label(n, lang) for n in names))


__all__ = ["EVIDENCE_LABELS_FILE", "LABELS", "label", "match_labels", "missing_labels", "origin_label"]
