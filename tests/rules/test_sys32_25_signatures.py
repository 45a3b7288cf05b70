"""windows-path-system32-evidence (session 25) reads a Windows PATH that lost C:\\Windows\\System32 (or the folder of
nvidia-smi.exe): System32's own programs not found in cmd's and PowerShell's words (several languages), nvidia-smi not
found beside a driver shown to work or from a program's subprocess call, and the reporter saying the folder is not on
PATH or that PATH was wiped. Each line is verbatim from the thread named; the near misses are a user's own program not
found, a Unix tool run on Windows, nvidia-smi on a machine without an NVIDIA driver, and file paths said to be cut."""
from __future__ import annotations


RULE = "windows-path-system32-evidence"

FIRES = [
    ("system_tool_missing", "'where' is not recognized as an internal or esternal command", "sup3rgiu/PoliWebex#14"),
    ("system_tool_missing", "'findstr' is not recognized as an internal or external command,", "cmderdev/cmder#2108"),
    ("system_tool_missing", "'cmd' is not recognized as an internal or external command,",
     "ddean2009/blog-auto-publishing-tools#6"),
    ("system_tool_missing", "'cmd' is not recognised as an internal or external command", "ConEmu/ConEmu#556 (title)"),
    ("system_tool_missing", "'cscript' is not recognized as an internal or external command",
     "balena-io-modules/drivelist#95"),
    ("system_tool_missing", "'taskkill' is not recognized as an internal or external command", "sup3rgiu/PoliWebex#14 (title)"),
    ("smi_missing_win", "nvidia-smi 不是内部或外部命令，也不是可运行的程序", "jiangsutx/SPMC_VideoSR#2"),
    ("smi_missing_win", "'nvidia-smi' n�o � reconhecido como um comando interno", "microsoft/vscode#195198"),
    ("smi_missing_win", "Value \"'nvidia-smi' is not recognized as an internal or external command,",
     "RichardKav/zabbix-nvidia-smi-integration#5"),
    ("smi_missing_win", "[Error GPU temperature protection] nvidia-smi: [WinError 2] The system cannot find the file "
     "specified", "anderskm/gputil#51"),
    ("smi_popen", "    p = Popen([\"nvidia-smi\",\"--query-gpu=index,uuid,utilization.gpu,memory.total,memory.used,"
     "memory.free,driver_version,name,gpu_serial,display_active,display_mode\", \"--format=csv,noheader,nounits\"], "
     "stdout=PIPE)", "anderskm/gputil#20"),
    ("winerror2_not_found", "FileNotFoundError: [WinError 2] The system cannot find the file specified", "anderskm/gputil#8"),
    ("driver_works", "ggml_cuda_init: found 1 CUDA devices:", "PiDanShouRouZhouXD/Sakura_Launcher_GUI#24"),
    ("driver_works", "| NVIDIA-SMI 451.77       Driver Version: 451.77       CUDA Version: 11.0     |",
     "anderskm/gputil#37"),
    ("driver_works", "However if i run nvidia-smi in a terminal i can see my two 3090 /but not my 3060),so nvidia-smi "
     "does detect my gpu.", "ostris/ai-toolkit#512"),
    ("said_not_on_path", "C:\\WINDOWS\\System32\\Wbem; is not in the environment variable.",
     "AUTOMATIC1111/stable-diffusion-webui#13892"),
    ("said_not_on_path", "I don't know if this is default on Windows 10 (1903), but on my machine 'C:\\Windows\\System32' "
     "was not on PATH.", "mintty/wsltty#172"),
    ("said_smi_not_on_path", "nvidia-smi is not on path for command line execution on my (all?) windows machine by "
     "default.", "Project-MONAI/MONAILabel#306"),
    ("said_smi_not_on_path", "稍微debug了一下发现原因了，gpu列表的抓取是靠nvidia-smi，但nvidia-smi默认并不在path里，所以获取显卡列表会出错",
     "PiDanShouRouZhouXD/Sakura_Launcher_GUI#24"),
    ("path_wiped", "[BUG] - PATH variable is overwritten", "Atlas-OS/Atlas#1076 (title)"),
    ("path_wiped", "The installer will clear all system paths if \"Add to system path\"",
     "cnlohr/tinycc-win64-installer#2 (title)"),
    ("path_wiped", "It seems another program, TessaractOCR, that was installed the same day obliterated the PATH variable.",
     "ConEmu/ConEmu#556"),
    ("not_nvidia_here", "ZLUDA with Blender 4.1 compatibility version used", "vosen/ZLUDA#213"),
    ("not_nvidia_here", "Loading VAE weights specified in settings: C:\\Users\\xxxxxxx\\stable-diffusion-webui-directml\\models"
     "\\VAE\\klF8Anime2VAE_klF8Anime2VAE.safetensors", "anderskm/gputil#51"),
]

QUIET = [
    # A user's own program not found: its folder is missing from PATH, not the system's.
    ("system_tool_missing", "'python.exe' is not recognized as an internal or external command,",
     "ddean2009/blog-auto-publishing-tools#6"),
    ("system_tool_missing", "'conda' is not recognized as an internal or external command, operable program or batch file.",
     "CWTSLeiden/CSSS#2"),
    ("system_tool_missing", "'C:\\Program' is not recognized as an internal or external command,", "conda/conda#247"),
    # PATHEXT's value run as a command by a broken activate.bat.
    ("system_tool_missing", "  '.COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC;.PY' is not ", "conda/conda#5559"),
    # A Unix tool called on Windows: cmd never had it.
    ("system_tool_missing", "'cp' 不是内部或外部命令，也不是可运行的程序", "chatchat-space/Langchain-Chatchat#4409"),
    # nvidia-smi on Linux: no-driver's words, not Windows'.
    ("smi_missing_win", "FileNotFoundError: [Errno 2] No such file or directory: 'nvidia-smi': 'nvidia-smi'",
     "peci1/nvidia-htop#23"),
    ("smi_missing_win", "/bin/sh: 1: nvidia-smi: not found", "replicate/dreambooth#30"),
    # torch finding no CUDA device is not a working driver.
    ("driver_works", "Is CUDA available: False", "pytorch/pytorch#51858"),
    # A Windows long-path failure: a file path, not PATH.
    ("path_wiped", "torch.compile temporary files longer than windows MAX_PATH / 260 characters", "pytorch/pytorch#167891 (title)"),
    ("said_not_on_path", "Torch not added to PATH variable", "torch/torch7#1095 (title)"),
]
