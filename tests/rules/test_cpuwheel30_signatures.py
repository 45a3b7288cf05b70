"""Session 30: what tells a machine without an NVIDIA GPU from a CPU-only torch, read in the report's text.

- no-nvidia-gpu-stated's `lacks_gpu_other_words`: the missing GPU said with other verbs and objects (a machine that "does not
  contain" / "lacks" / "is not equipped with" one, CUDA and the GPU denied together, a "CUDA compatible video card" denied, "no
  CUDA GPU installed on the machine") and an Apple-silicon chip named with its tier or as a chip ("a M3 Pro", "M1 Pro Chip").
  Only the reporter's own machine: READMEs' conditionals ("If your machine is not equipped with ...") stay out.
- gpu-expected-evidence's `cuda_installed`: CUDA said downloaded ("I downloaded CUDA", "I have download CUDA from nvidia",
  "下载了cuda"), past or perfect only; "you will now have to download CUDA" is advice.
Each line is verbatim from the source named."""
from __future__ import annotations

STATED = "no-nvidia-gpu-stated"
LACKS = "lacks_gpu_other_words"
EXPECTED = "gpu-expected-evidence"
CUDA = "cuda_installed"

FIRES = [
    (STATED, LACKS, "I am running the code in my laptop which does not contain nvidia-graphics card . Does the above code is "
     "supposed to work on gpu and then export the file and then work on cpu .", "https://github.com/karpathy/llm.c/issues/88"),
    (STATED, LACKS, "Hi. I think your code has a CUDA dependency. However, I do not have CUDA or any GPU available. When I load "
     "my own saved model, I get the error \"Torch not compiled with CUDA enabled\" .",
     "https://github.com/jjery2243542/voice_conversion/issues/17"),
    (STATED, LACKS, "I don't have a CUDA compatible video card. However, that shouldn't matter as I input `-gpu -1` in order to "
     "run on only CPU and not require CUDA or GPU.", "https://github.com/jcjohnson/neural-style/issues/355 (Lua Torch, same words)"),
    (STATED, LACKS, "There is no CUDA GPU installed on the machine (it is Virtualbox virtual machine)",
     "https://github.com/pytorch/pytorch/issues/1154"),
    (STATED, LACKS, "i have a M3 Pro , how can I solve it?", "https://github.com/kijai/ComfyUI-LivePortraitKJ/issues/31 (a dev report)"),
    (STATED, LACKS, "I think its impossible to run on Mac. I have m3 max too! And 48 gb version.",
     "https://github.com/genmoai/mochi/issues/74 (a comment)"),
    (STATED, LACKS, "when i'm using training mode, my current machine is MacBook Pro 2021 with M1 Pro Chip, and 16 GB RAM, "
     "hoping some helps, thanks!", "https://github.com/yizhiwang96/deepvecfont-v2/issues/9"),
    (EXPECTED, CUDA, "I have download CUDA from nvidia but the CUDA compatible device still not found",
     "https://github.com/zyddnys/manga-image-translator/issues/138 (a dev report)"),
    (EXPECTED, CUDA, "<p>The other issue is that the GPU cannot be found error. I downloaded CUDA. However, the same error "
     "persists.</p>", "https://discourse.slicer.org/t/total-segmentator-error-log/34348"),
    (EXPECTED, CUDA, "My GPU supports CUDA 11.6 and [Pytorch](https://pytorch.org/get-started/locally/) supports CUDA 11.6, so "
     "I downloaded CUDA 11.6 [here](https://developer.nvidia.com/cuda-toolkit-archive).",
     "https://cmwdexint.com/2022/10/09/exploring-stable-diffusion-setup/ (is_available() False until the +cu116 wheel)"),
]

NEAR_MISSES = [
    # A README's conditional and advice: nobody's machine.
    (STATED, LACKS, "If your machine is not equipped with an NVIDIA GPU, you can add `--gpu_id -1` to train on the CPU (although "
     "this is not recommended and will take a long time). ", "https://github.com/bubba/cs4404-project-1 (pytorch README)"),
    (STATED, LACKS, "Select the correct operating system, Python version, and CUDA version (or choose the CPU version if you do "
     "not have CUDA or a GPU).", "find_string 'have CUDA or a GPU' (a FaceNet-Pytorch face-recognition README)"),
    (STATED, LACKS, "The MI25 does not come with a GPU fan.", "find_string 'does not come with a GPU' (an AMD Instinct MI25 fan "
     "control README)"),
    # A chip's profile name, no owner.
    (STATED, LACKS, "    HardwareProfile::M2Pro16Gb,", "find_string 'I have a M2 Pro' (a Rust hardware-profile table)"),
    # CUDA to be downloaded: advice, not a statement.
    (EXPECTED, CUDA, "- you will now have to download CUDA and cuDNN these are tools that will utilize the graphics memory of "
     "the GPU and shift the workload.", "https://github.com/bgarciapong/Tensorflow-2-Custom-object-detection-and-Raspberrypi-usage"),
]

FIRES += [
    (STATED, LACKS, "搜索后很快排除了显卡驱动和OpenGL版本的问题，因为我不是虚拟机，没有装在Docker里，也没有英伟达的显卡。",
     "find_string '没有英伟达的显卡' (a ROS 2 blog post: rviz on Wayland)"),
    (STATED, LACKS, "device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')  # 并没有英伟达的显卡qwq",
     "find_string '没有英伟达的显卡' (a face-recognition training script's own comment)"),
    (STATED, LACKS, "    4) 我没有Nvidia的独立显卡，使用CPU生成", "find_string '没有nvidia的' (a Stable Diffusion launcher's menu)"),
]

NEAR_MISSES += [
    # A conditional's second person: any reader's machine.
    (STATED, LACKS, "如果你的电脑上没有Nvidia的显卡，就安装CPU版本的TensorFlow，命令如下：",
     "find_string '没有nvidia的' (a TensorFlow conda install note)"),
    (STATED, LACKS, "> 必须是英伟达的显卡，如果是AMD的显卡或者电脑上没有英伟达的显卡，可以跳过这一步",
     "find_string '没有英伟达的显卡' (a CUDA install guide)"),
    (STATED, LACKS, "#cfg.MODEL.DEVICE='cpu'  #如果你的电脑没有Nvidia的显卡或者你下载的是cpu版本的pytorch就将注释打开",
     "find_string '没有nvidia的' (a detectron2 demo script's comment)"),
]
