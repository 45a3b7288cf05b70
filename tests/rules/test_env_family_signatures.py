"""Families added in session 8 to the environment rules read real wordings, and their near misses stay
quiet. Each line is verbatim from the report named (or a near miss written to show the boundary)."""
from __future__ import annotations


FIRES = [
    ("no-nvidia-gpu-stated", "cpu_only_machine", "How do I change the program if the computer only has a CPU and no GPU?",
     "lshiwjx/2s-AGCN#50"),
    ("no-nvidia-gpu-stated", "cpu_only_machine", "作者您好，我的电脑只有cpu,当我配好环境修改需要用到cuda的换成cpu后", "yujiangpu20/PEL4VAD#4"),
    ("no-nvidia-gpu-stated", "no_card_opening", "  没有显卡报了这个错误RuntimeError: Found no NVIDIA driver on your system.",
     "THUDM/CogDL#421"),
    ("no-nvidia-gpu-stated", "no_gpu_at_all", "I don't have a dedicated graphics card.", "prose"),
    ("no-nvidia-gpu-stated", "no_gpu_on_machine", "no GPU on my machine: RuntimeError: Found no NVIDIA driver", "prose"),
    ("cuda-visible-devices", "cvd_fewer_than_procs",
     "CUDA_VISIBLE_DEVICES=1,2 python -m torch.distributed.launch --nnode=1 --node_rank=0 --nproc_per_node=4 \\",
     "wenwenyu/PICK-pytorch#14"),
    ("cuda-oom", "oom_short", "CUDA out-of-memory when GPU memory is 11GB", "edwardzhou130/PolarSeg#45"),
    ("cuda-oom", "oom_zh_problem", "总是报显存问题，初始化了显存大小也不起作用", "echonoshy/cgft-llm#4"),
    ("code-error", "mps_placeholder", "RuntimeError: Placeholder storage has not been allocated on MPS device!",
     "lucidrains/self-rewarding-lm-pytorch#15"),
    ("mps-unavailable", "available_false", "MPS available: False", "a script's own check"),
    ("mps-unavailable", "macos_feature_too_old", "MPS does not support cumsum op with int64 input", "pytorch/pytorch#96610"),
    ("cuda-visible-devices", "invalid_device_id", "AssertionError: Invalid device id", "torralba-lab/im2recipe-Pytorch#11"),
    ("cuda-visible-devices", "invalid_ordinal", "RuntimeError: Attempting to deserialize object on CUDA device 2 but "
     "torch.cuda.device_count() is 1. Please use torch.load with map_location", "computationalmedia/semstyle#3"),
    ("cuda-visible-devices", "cvd_hide_value", "os.environ['CUDA_VISIBLE_DEVICES'] = '-1'", "hides every GPU"),
    ("cuda-visible-devices", "cvd_hide_value", 'os.environ["CUDA_VISIBLE_DEVICES"] = ""', "hides every GPU"),
    ("cuda-oom", "oom_thc", 'I get "cuda runtime error: out of memory" and i know i should decrease the batchsize',
     "YantaoShen/kpm_rw_person_reid#3"),
    ("cuda-oom", "oom_zh_problem", "训练时显卡内存不足", "prose"),
    ("cuda-oom", "oom_prose", "I get a GPU out of memory error when training", "prose"),
    ("code-error", "two_devices_other", "Expected all tensors to be on the same device, but got mat2 is on cuda:0, different "
     "from other tensors on cpu (when checking argument in method wrapper_CUDA_mm)", "yolain/ComfyUI-Easy-Use#937"),
    ("code-error", "dtype_mismatch_matmul", "RuntimeError: expected mat1 and mat2 to have the same dtype, but got: float != "
     "c10::Half", "zjukg/KoPA#11"),
    ("code-error", "mps_float64", "TypeError: Cannot convert a MPS Tensor to float64 dtype as the MPS framework doesn't "
     "support float64. Please use float32 instead.", "CAREamics/MicroSplit-reproducibility#22"),
    # session 9
    ("mps-unavailable", "mps_works", "RuntimeError: Placeholder storage has not been allocated on MPS device!",
     "pytorch/pytorch#130790 (a tensor on MPS: the backend works)"),
    ("mps-unavailable", "mps_works", "[ignite]: Current run is terminating due to exception: Input type (MPSFloatType) and "
     "weight type (torch.FloatTensor) should be the same", "pytorch/ignite#2977"),
    ("mps-unavailable", "said_unavailable", "我的mac m1 无法使用mps加速", "verb first in Chinese"),
    ("mps-unavailable", "x86_platform_said", "          platform : osx-64", "conda info of an Intel conda"),
    ("code-error", "dtype_mismatch_matmul", "Input type (MPSFloatType) and weight type (torch.FloatTensor) should be the same",
     "pytorch/ignite#2977"),
    ("code-error", "dtype_mismatch_matmul", "Input type (MPSByteType) and weight type (MPSFloatType) should be the same",
     "pytorch/pytorch#88978"),
    ("cuda-oom", "oom_prose", "This error means you ran out of memory on your GPU.", "Comfy-Org/ComfyUI#9529"),
    ("cuda-oom", "oom_prose", "because OutOfMemoryError: Allocation on device", "GiusTex/ComfyUI-DiffusersImageOutpaint#6"),
    ("cuda-oom", "oom_prose", "When I proceed training.py, GPU memory problem occurred like this:", "chrischoy/FCGF#7"),
    ("cuda-visible-devices", "cvd_ignored", "在训练时，自动用0号gpu训练", "hiyouga/LlamaFactory#2430"),
    ("cuda-visible-devices", "invalid_ordinal", "cudaErrorInvalidDevice: invalid device ordinal", "open-mmlab/mmdetection#4824"),
    ("cuda-visible-devices", "invalid_ordinal", "RuntimeError: cuda runtime error (101) : invalid device ordinal at "
     "/opt/conda/conda-bld/pytorch_1595629427286/work/torch/csrc/cuda/Module.cpp:59", "csxmli2016/DFDNet#7"),
    ("rocm-gfx-unsupported", "crash", "res = t ** 2 #This causes the segfault", "pytorch/pytorch#113896"),
    ("rocm-gfx-unsupported", "tensile_lazy_missing", "rocBLAS error: Could not load C:\\Program Files\\AMD\\ROCm\\6.1\\bin"
     "\\/rocblas/library/TensileLibrary_lazy_gfx1103.dat", "likelovewant/ROCmLibs-for-gfx1103-AMD780M-APU#12"),
    ("rocm-gfx-unsupported", "invalid_image", "torch.AcceleratorError: HIP error: device kernel image is invalid",
     "ROCm/TheRock#7839"),
    ("rocm-gfx-unsupported", "igpu_enumerated", "the integrated GPU (iGPU) from my AMD 9000 series CPU is enumerated as "
     "cuda:0", "ROCm/TheRock#3392"),
    ("rocm-cuda-wheel-likely", "unused_said", "When launching an Invoke server that was installed with ROCm support, the CPU "
     "is selected as the torch device.", "invoke-ai/InvokeAI#7146"),
    # session 13
    ("cuda-visible-devices", "invalid_ordinal", "RuntimeError: device >= 0 && device < num_gpus INTERNAL ASSERT FAILED at "
     "\"../aten/src/ATen/cuda/CUDAContext.cpp\":50, please report a bug to PyTorch. device=, num_gpus=",
     "pytorch/pytorch#126344"),
    ("cuda-visible-devices", "invalid_ordinal", "    RuntimeError: 0 <= device && device < device_num INTERNAL ASSERT FAILED at "
     "/opt/conda/conda-bld/pytorch_1565272271120/work/c10/cuda/CUDACachingAllocator.cpp:667", "pytorch/pytorch#24463"),
    ("cuda-visible-devices", "invalid_ordinal", "RuntimeError: Device index value 3 is out of index range [0, 2)",
     "pytorch/pytorch#155318"),
    ("cuda-visible-devices", "told_use_zero", "Please change `CUDA_ID=1` to `CUDA_ID=0` in scripts/train_cGAN.sh",
     "azadis/MC-GAN#3"),
    ("cuda-visible-devices", "told_use_zero", "when error happen , or you should change it by your own device",
     "weizhepei/CasRel#28"),
    ("cuda-visible-devices", "cvd_ignored", "如上，设置了4,5,6,7号卡，并且打印出了环境变量，看了下也是成功的，但是为什么实际执行的时候还是以0,1,2,3前四张卡运行的。",
     "hiyouga/LlamaFactory#2664"),
    ("cuda-visible-devices", "cvd_ignored", "也使用了export CUDA_VISIBLE_DEVICES=4,5,6,7     还是占用0,1,2,3；求助",
     "shibing624/MedicalGPT#87"),
    ("cuda-visible-devices", "single_gpu", "Hello, when I used a single card 4090, an error occurred", "UbiquitousLearning/FedAdapter#2"),
    ("python-env-mismatch", "checked_by_hand", "您好想请问一下，我按照流程安装了cuda11.8和torch2.3.1，并且在python中检查可用，但运行示例的pdf文件ocr后却会报错",
     "opendatalab/MinerU#563"),
    # session 17: a Linux driver package inside WSL 2 in dpkg's and apt's listings; libcuda loaded from the Linux folder
    ("wsl-linux-driver-installed", "pkg_numbered", "libnvidia-compute-530:amd64                     install",
     "NVIDIA/cudf#13388 (dpkg --get-selections)"),
    ("wsl-linux-driver-installed", "pkg_numbered",
     "libnvidia-compute-530/jammy-updates,now 530.41.03-0ubuntu0.22.04.1 amd64 [installed,automatic]", "apt list --installed"),
    ("wsl-linux-driver-installed", "linux_libcuda", "AttributeError: /lib/x86_64-linux-gnu/libcuda.so: undefined symbol: undef",
     "numba/numba#9032"),
    ("wsl-linux-driver-installed", "gpu_fail", "numba.cuda.cudadrv.driver.CudaAPIError: [100] Call to cuInit results in "
     "CUDA_ERROR_NO_DEVICE", "numba/numba#9032"),
    # session 17: the machine's CUDA said to be too low for the software (driver-older-than-runtime)
    ("driver-older-than-runtime", "said_cuda_low", "My Cuda version is 11.7 which only can support torch 2.0.1, What Should "
     "I do to solve the problem?", "haotian-liu/LLaVA#1648"),
    ("driver-older-than-runtime", "said_cuda_low", "cuda12.4 not support 2.5.2", "opendatalab/MinerU#3543"),
    ("driver-older-than-runtime", "said_cuda_low", "@myhloli  没有那么高的cuda版本, 以下的不行吗", "opendatalab/MinerU#3543"),
    ("driver-older-than-runtime", "said_cuda_low", "If so, is it possible for AudioMuse to reduce the required CUDA version?",
     "NeptuneHub/AudioMuse-AI#468"),
    ("driver-older-than-runtime", "said_cuda_low", "因提示CUDA版本过旧而无法利用GPU", "hpc-admin-sist/DockerMonitor#42"),
    ("driver-older-than-runtime", "driver_updated_mismatch", "Failed to initialize NVML: Driver/library version mismatch",
     "hpc-admin-sist/DockerMonitor#42"),
    ("container-started-without-gpus", "plain_run_line",
     "$ docker run --rm -it --name $CONTAINER_NAME -p 3000:3000 $CONTAINER_IMG:$CONTAINER_VERSION $CMD",
     "NVIDIA/nvidia-docker#341"),
    ("container-started-without-gpus", "smi_check_request", "loreto@nvidia-docker:~$ sudo nvidia-docker run --rm nvidia/cuda nvidia-smi",
     "NVIDIA/nvidia-docker#341"),
    ("driver-older-than-runtime", "insufficient", "但又出现了一个新的错误：CUDA failed with error CUDA version is insufficient for "
     "CUDA runtime version。", "WEIFENG2333/VideoCaptioner#436 (retold without 'driver')"),
    # session 20: activation failing in other words, and the pre-1.0 TH core of two torch builds mixed
    ("python-env-mismatch", "env_not_found", "CommandNotFoundError: Your shell has not been properly configured to use "
     "'conda activate'.", "segrelab/MiCoNE#107"),
    ("python-env-mismatch", "env_not_found", "CommandNotFoundError: Your shell has not been properly configured to use "
     "'conda activate'.", "facebookresearch/demucs#18"),
    ("python-env-mismatch", "env_not_found", "Could not find conda environment: yanderify", "dunnousername/yanderifier#26"),
    ("multiple-torch-installs", "own_th_symbol", "importError: anaconda2/lib/python2.7/site-packages/torch/lib/libTHC.so.1: "
     "undefined symbol: THLongStorage_inferSizeN", "pytorch/pytorch#2036"),
    # session 42 (bundle family): an application's own Python, the package in another one
    ("python-env-mismatch", "own_python_app", "I'm wondering if I have to install pytorch in the blender python folder",
     "EasternJournalist/live_mocap#15"),
    ("python-env-mismatch", "own_python_app", "Blender also apparently has its own completely separate python environment "
     "anyway", "JamesPerlman/TurboNeRF-Blender#6"),
    ("python-env-mismatch", "own_python_app", "这个软件好像有个单独的环境（我也不是很懂程序这块，个人猜测）",
     "chn-lee-yumi/MaterialSearch#81"),
    ("python-env-mismatch", "own_python_app", "D:\\ComfyUI_windows_portable\\python_embeded\\python.exe", "a portable build's path"),
    ("python-env-mismatch", "own_python_app", "用的是秋叶整合包", "a launcher's integrated package"),
    ("python-env-mismatch", "installed_in_other_python", "Numpy is already installed systemwide.", "lampysprites/pribambase#22"),
    ("python-env-mismatch", "installed_in_other_python", "However Pytorch 2,2 is well installed in my system python folder.",
     "EasternJournalist/live_mocap#15"),
    ("python-env-mismatch", "installed_in_other_python", "instant-ngp runs just fine for me outside of blender.",
     "JamesPerlman/TurboNeRF-Blender#6"),
    ("python-env-mismatch", "installed_in_other_python", "检查发现好像是安装到系统环境中去了", "chn-lee-yumi/MaterialSearch#81"),
    ("python-env-mismatch", "installed_in_other_python", "torch装在了系统python里", "prose"),
]
QUIET = [
    # only the CPU is busy (a symptom), and the torch build (not the machine)
    ("no-nvidia-gpu-stated", "cpu_only_machine", "用的这个clean_youknow_video.pth模型，但是只有CPU在80%以上。", "hypox64/DeepMosaics#79"),
    ("no-nvidia-gpu-stated", "cpu_only_machine", "我的电脑只有cpu版的torch", "the build, not the machine"),
    ("no-nvidia-gpu-stated", "no_card_opening", "程序提示检测不到显卡", "a program's message"),
    ("no-nvidia-gpu-stated", "no_gpu_on_machine", "RuntimeError: No CUDA GPUs are available", "a symptom, no machine named"),
    ("cuda-oom", "oom_thc", "RuntimeError: $ Torch: not enough memory: you tried to allocate 2GB. Buy new RAM!",
     "shmsw25/single-hop-rc#2 (host RAM)"),
    # as many processes as devices listed
    ("cuda-visible-devices", "cvd_fewer_than_procs",
     "CUDA_VISIBLE_DEVICES=0,1,2 python -m torch.distributed.launch --nproc_per_node=3 --master_port=25901 tools/train.py",
     "HRNet/HRNet-Semantic-Segmentation#171 (the fixed command)"),
    ("cuda-visible-devices", "cvd_hide_value", "CUDA_VISIBLE_DEVICES=0,1 python train.py", "two GPUs named"),
    # no GPU visible at all is not an index problem
    ("cuda-visible-devices", "invalid_ordinal", "Attempting to deserialize object on CUDA device 0 but "
     "torch.cuda.device_count() is 0.", "mikel-brostrom/boxmot#1476"),
    ("cuda-oom", "oom_zh_problem", "显存占用问题：推理时显存一直增长", "no error reported"),
    # session 9
    ("mps-unavailable", "x86_platform_said", "          platform : osx-arm64", "an Apple-silicon conda"),
    ("mps-unavailable", "mps_works", "MPS is not available on this machine", "a claim: no tensor reached MPS"),
    ("mps-unavailable", "available_true", "torch.backends.mps.is_available() returns False", "False, not True"),
    ("rocm-gfx-unsupported", "crash", "the fault is in my data loader", "no crash word"),
    ("rocm-gfx-unsupported", "igpu_enumerated", "Model name: AMD Ryzen 5 5600G with Radeon Graphics", "a CPU's name, not a device"),
    # session 13
    ("cuda-visible-devices", "told_use_zero", "I changed the batch size 16 to 0.5", "a number, not a GPU index"),
    ("cuda-visible-devices", "told_use_zero", "GPU usage goes 99 to 0 between batches", "a utilisation, not an index"),
    ("cuda-visible-devices", "told_use_zero", "then I set device to cuda:0 and it still runs out of memory", "no index past 0 named"),
    ("cuda-visible-devices", "cvd_ignored", "I still run CUDA_VISIBLE_DEVICES=0,1 python train.py", "a plain assignment"),
    ("cuda-visible-devices", "invalid_ordinal", "RuntimeError: num_gpus <= 16 INTERNAL ASSERT FAILED", "another assert"),
    ("python-env-mismatch", "checked_by_hand", "在python中运行代码报错", "no check said to pass"),
    # session 17: a package removed, and WSL's own copy of libcuda
    ("wsl-linux-driver-installed", "pkg_numbered", "libnvidia-compute-530:amd64                     deinstall", "removed"),
    ("wsl-linux-driver-installed", "linux_libcuda", "/usr/lib/wsl/lib/libcuda.so.1", "WSL's own libcuda"),
    ("wsl-linux-driver-installed", "linux_libcuda", "/usr/local/cuda/lib64/stubs/libcuda.so", "the toolkit's link stub"),
    # session 17: asking is no verdict; a GPU target after "not support" is nvcc's, not the driver's
    ("driver-older-than-runtime", "said_cuda_low", "What exactly is not lining up? Is my CUDA version too low?",
     "tensorflow/tensorrt#85"),
    ("driver-older-than-runtime", "said_cuda_low", "CUDA11.0 does not support sm_86", "a toolkit's refusal of a GPU target"),
    ("driver-older-than-runtime", "said_cuda_low", "CUDA 11.0 does not support 3090", "a GPU model, not a software version"),
    ("container-started-without-gpus", "plain_run_line", "docker run --rm --gpus all -it my-image python train.py",
     "the GPU asked for on the line"),
    ("container-started-without-gpus", "plain_run_line", "docker run -it --rm \\", "a wrapped command: --gpus may follow"),
    ("container-started-without-gpus", "plain_run_line", "sudo docker run --runtime=nvidia -it my-image bash",
     "the nvidia runtime asked for"),
    # session 20
    ("python-env-mismatch", "env_not_found", "CommandNotFoundError: Your shell has not been properly configured to use "
     "'conda deactivate'.", "huyvvo/BiB#2: deactivating, the program's environment is not at stake"),
    ("python-env-mismatch", "env_not_found", "no change     /usr/local/anaconda3/bin/activate", "demucs#18: conda init's list"),
    ("multiple-torch-installs", "own_th_symbol", "ImportError: /home/u/.conda/envs/e/lib/python3.7/site-packages/detectron2/"
     "_C.cpython-37m-x86_64-linux-gnu.so: undefined symbol: THPVariableClass", "an extension built for another torch"),
    # session 42 (bundle family)
    ("python-env-mismatch", "own_python_app", "I blended the two models with a python script", "blend, not Blender"),
    ("python-env-mismatch", "own_python_app", "portable SSD with my python projects", "a disk, not a portable build"),
    ("python-env-mismatch", "installed_in_other_python", "torch is installed in the venv of the portable build", "the app's own env"),
    ("python-env-mismatch", "installed_in_other_python", "I installed torch into python_embeded with python.exe -m pip",
     "Comfy-Org/ComfyUI#4297: the application's own Python"),
    ("python-env-mismatch", "installed_in_other_python", "系统环境变量里加了CUDA_PATH", "an environment variable, not a Python"),
]
