"""Session 26: who owns the GPU, said in the reporter's own words. nvidia-gpu-evidence's said_own reads an NVIDIA GPU the
reporter calls theirs without naming a model ("my Nvidia GPU", "I have a Nvidia GPU"); no-nvidia-gpu-stated's
cpu_only_machine reads "I just/only have (a) CPU" at the end of its clause as the machine's inventory. Each line is verbatim
from the source named; the near misses show the boundary: another person's GPU, torch's own advice, a driver, a question,
a build, a symptom."""
from __future__ import annotations


FIRES = [
    ("nvidia-gpu-evidence", "said_own", "Hi, I am having trouble getting RIFE accelerated by my Nvidia GPU.",
     "hzwer/ECCV2022-RIFE#76"),
    ("nvidia-gpu-evidence", "said_own", "Hi! Thanks for the help narukazel. Yes; I have a Nvidia GPU.",
     "Comfy-Org/ComfyUI#2427"),
    ("nvidia-gpu-evidence", "said_own", "but even when i try to force the program to use my nvidia gpu now (using "
     "**--use-cuda**), it keeps on using my CPU for some explicable reason...", "vladmandic/sdnext#4002"),
    ("nvidia-gpu-evidence", "said_own", "Using g-helper disconnects my Nvidia graphics card", "seerge/g-helper#1183"),
    ("no-nvidia-gpu-stated", "cpu_only_machine", "i just have cpu,maybook doesnt have cpu .then can i run this project?",
     "jiupinjia/stylized-neural-painting#46"),
    ("no-nvidia-gpu-stated", "cpu_only_machine", '**"I only have CPU"**. Okay, in that case download the [cpu model checkpoint]'
     "(http://cs.stanford.edu/people/karpathy/neuraltalk2/checkpoint_v1_cpu.zip).", "karpathy/neuraltalk2 README.md"),
    ("no-nvidia-gpu-stated", "cpu_only_machine", '"I ran the unit tests but never started the stack." "The GPU path is '
     'untested; I only have CPU."', "a pull-request template's example (find_string: 'I only have CPU')"),
]

NEAR_MISSES = [
    ("nvidia-gpu-evidence", "said_own", "RuntimeError: Found no NVIDIA driver on your system. Please check that you have an "
     "NVIDIA GPU and installed a driver from http://www.nvidia.com/Download/index.aspx", "mbrossar/denoise-imu-gyro#5: torch's own advice"),
    ("nvidia-gpu-evidence", "said_own", "Hi! My GPU is unfortunately not by nvidia and so its not possible to compile torch "
     "with cuda.", "lck1201/win_det_heatmaps#16"),
    ("nvidia-gpu-evidence", "said_own", "I saw there is a CPU option in Image Enhancing Utility settings, so you could use "
     "that if you don't have an Nvidia card.", "pytorch/pytorch#53609"),
    ("nvidia-gpu-evidence", "said_own", "I ran `torch.cuda.is_available()` on a computer without an nvidia graphics card, and "
     "the python process simply ended without any output", "pytorch/pytorch#101147"),
    ("nvidia-gpu-evidence", "said_own", "My Nvidia driver is not supported for the pytorch-gpu version that was requested in "
     "environment.yml.", "BayesWatch/nas-without-training#2: a driver, not a card"),
    ("nvidia-gpu-evidence", "said_own", "I have an intel graphics card.", "facebookresearch/SymbolicMathematics#15"),
    ("nvidia-gpu-evidence", "said_own", "Do I have an NVIDIA GPU?", "written: a question"),
    ("no-nvidia-gpu-stated", "cpu_only_machine", "And training model took much longer to run. I only have CPU available.",
     "a README (find_string: 'I only have CPU'): a symptom"),
    ("no-nvidia-gpu-stated", "cpu_only_machine", "What if I only have CPU, no GPU, and no CoreML?",
     "a FAQ (find_string: 'I only have CPU'): a case asked about"),
    ("no-nvidia-gpu-stated", "cpu_only_machine", "Lowered CPU count to \"8\", because I only have a CPU with 2C4T",
     "a kernel config note (find_string: 'I only have a CPU'): the processor's size"),
    ("no-nvidia-gpu-stated", "cpu_only_machine", "I just have the CPU version of torch installed", "written: the build"),
]
