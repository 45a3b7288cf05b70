"""Session 23, the "CUDA is not available" family (no-nvidia-gpu, cpu-only-wheel, driver-older-than-runtime): wordings of
the family that dev reports showed the rules could not read. Each line is verbatim from the thread named (threads that
are not corpus reports), or a near miss that must stay quiet."""
from __future__ import annotations

FIRES = [
    # The reporter asks whether the program runs on the non-NVIDIA GPU in hand (integrated graphics, an AMD card).
    ("no-nvidia-gpu-stated", "asks_other_gpu", "只有核显可以用吗？", "GeekASMR/ASRock-Z390-Phantom-ITX-OpenCore-Hackintosh#36"),
    ("no-nvidia-gpu-stated", "asks_other_gpu", "没显卡 核显可以嘛", "maemual/MSI-B460M-10700-5500XT#8"),
    ("no-nvidia-gpu-stated", "asks_other_gpu", "大佬好 核显可以用嘛", "WenvyG/ASRock-B460M-ITX-ac-Hackintosh#10"),
    ("no-nvidia-gpu", "gpu_topic", "amd显卡不支持 有a卡版本吗！！求", "MeiGen-AI/InfiniteTalk#157"),
]

QUIET = [
    # A wish or a feature list is no question about the card in hand.
    ("no-nvidia-gpu-stated", "asks_other_gpu", "希望可以支持A卡", "SUC-DriverOld/MSST-WebUI#35 (title)"),
    ("no-nvidia-gpu-stated", "asks_other_gpu", "是否支持intel的独立显卡？", "nhjydywd/SubtitleOCR#59"),
    ("no-nvidia-gpu-stated", "asks_other_gpu", "CPU: AMD Ryzen 7 5800H with Radeon Graphics", "a near miss: an AMD CPU"),
]
