"""old-windows-evidence and os-too-old-for-build (session 18) read the OS version in every era's and tool's
wording, and their near misses stay quiet. Each line is verbatim from the thread named, or the output format of
the tool named (`ver`, systeminfo, platform.platform(), collect_env), or a near miss written to show the boundary."""
from __future__ import annotations


FIRES = [
    ("old-windows-evidence", "old_windows_said", "Python 313, windows 7, intel hd graphics 4600", "pytorch/pytorch#156159"),
    ("old-windows-evidence", "old_windows_said", "I tried running stable-diffusion-webui on Windows 7, SP1, using the "
     "unofficial build of Python version 3.10.6 (PythonWin7).", "AUTOMATIC1111/stable-diffusion-webui#7379"),
    ("old-windows-evidence", "old_windows_said", "Hi, i'm running win7 x64, when running \"run.bat\"", "lllyasviel/Fooocus#2269"),
    ("old-windows-evidence", "old_windows_said", "* OS Version： Windows7", "NewFuture/DDNS#363"),
    ("old-windows-evidence", "old_windows_said", "win7 打开提示丢失api-ms-win-core-path-l1-1-0", "moshstudio/TAICHI-flet#74"),
    ("old-windows-evidence", "old_windows_said", "OS: Microsoft Windows 7 Ultimate", "collect_env's OS line"),
    ("old-windows-evidence", "old_windows_said", "I am on Windows 8.1 64-bit", "prose"),
    ("old-windows-evidence", "old_windows_said", "windows server 2008 R2系统无法运行", "FindAllTeam/FindAll#2"),
    ("old-windows-evidence", "old_windows_version", "Microsoft Windows [Version 6.1.7601]", "`ver` on Windows 7 SP1"),
    ("old-windows-evidence", "old_windows_version", "Microsoft Windows [版本 6.1.7601]", "`ver` on a Chinese Windows 7"),
    ("old-windows-evidence", "old_windows_version", "OS Version:                6.1.7601 Service Pack 1 Build 7601",
     "systeminfo on Windows 7 SP1"),
    ("old-windows-evidence", "old_windows_version", "Python platform: Windows-7-6.1.7601-SP1", "collect_env / platform.platform()"),
    ("old-windows-evidence", "new_windows_version", "Python platform: Windows-10-10.0.19044-SP0", "pytorch/pytorch#125109"),
    ("os-too-old-for-build", "api_set_missing", "The program can't start because api-ms-win-core-path-l1-1-0.dll is missing "
     "from your computer. Try reinstalling the program to fix this problem.", "Purfview/whisper-standalone-win#383"),
    ("os-too-old-for-build", "kernel32_win8_api", "Immediately gives an error: The procedure entry point "
     "GetSystemTimePreciseAsFileTime could not be located in the dynamic link library KERNEL32.dll", "w3champions/launcher#182"),
    ("os-too-old-for-build", "win_load_failure", "Error loading ,,,\\Lib\\site-packages\\torch\\lib\\shm.dll \" or one of its "
     "dependencies.", "pytorch/pytorch#156159"),
    ("os-too-old-for-build", "macos_built_newer", "  Referenced from: /Library/Frameworks/Python.framework/Versions/3.10/lib/"
     "python3.10/site-packages/torch/lib/libc10.dylib (which was built for Mac OS X 10.13)", "pytorch/pytorch#126679"),
    ("os-too-old-for-build", "chkstk_missing", "dyld: Symbol not found: ____chkstk_darwin", "zhkl0228/unidbg#469"),
]

QUIET = [
    ("old-windows-evidence", "old_windows_said", "Windows 10 Home version", "pytorch/pytorch#39980"),
    ("old-windows-evidence", "old_windows_said", "环境win11", "modelscope/FunClip#105"),
    ("old-windows-evidence", "old_windows_said", "unofficial build of Python (PythonWin7)", "a project's name, not the OS"),
    ("old-windows-evidence", "old_windows_said", "Windows 7.5", "no such Windows"),
    ("old-windows-evidence", "old_windows_version", "Microsoft Windows [Version 10.0.19045.3693]", "`ver` on Windows 10"),
    ("os-too-old-for-build", "macos_built_newer", "ld: warning: dylib (/Users/runner/work/_temp/anaconda/envs/wheel_py38/lib/"
     "libomp.dylib) was built for newer macOS version (11.1) than being linked (11.0)", "pytorch/pytorch#119373"),
]
