"""Windows platform families read in session 38.

windows-dataloader-workers: the broken pipe named in words ("'BrokenPipeError: [Errno 32] Broken pipe' in
'cifar10_tutorial.py' if running on Windows", "throws a `BrokenPipeError` exception") beside Windows and the DataLoader
or its multiprocessing, with no traceback that shows the worker start; and Jupyter's "BrokenPipeError   Traceback"
header pasted indented (a Markdown code block). Windows in English prose is read capitalised or after a preposition
("on Windows", "my os is Win10"), never the sliding "windows" of a sequence model.
windows-store-python: a native module's DLL not loading ("DLL load failed", "a DLL import error"), said by a reporter
who names the Store Python, whichever library meets it.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('windows-dataloader-workers', 'broken_pipe_said', "'BrokenPipeError: [Errno 32] Broken pipe' in 'cifar10_tutorial.py' if running on Windows.", 'https://github.com/pytorch/tutorials/issues/412'),
    ('windows-dataloader-workers', 'broken_pipe_said', 'As reported by some Windows users, the code in the tutorial [Training a classifier](https://pytorch.org/tutorials/beginner/blitz/cifar10_tutorial.html#sphx-glr-beginner-blitz-cifar10-tutorial-py), which is part of the _Deep Learning with PyTorch: A 60 Minute Blitz_ tutorial, throws a `BrokenPipeError` exception and crashes when executed.', 'https://github.com/pytorch/pytorch/issues/8494'),
    ('windows-dataloader-workers', 'broken_pipe_said', 'Broken pipe error: errno 32 broken pipe in windows', 'https://github.com/pytorch/pytorch/issues/35183 (its title)'),
    ('windows-dataloader-workers', 'dataloader_said', 'Setting the parameter ‘new_workers’ of torch.utils.data.DataLoader() to zero, could solve the problem temporarily.', 'https://github.com/pytorch/tutorials/issues/412'),
    ('windows-dataloader-workers', 'dataloader_said', "this kind of message usually happen on Windows （not on Linux or Mac OS） because of PYTORCH's Multithreading Strategy on Win10", 'https://github.com/leaderj1001/RandWireNN/issues/2'),
    ('windows-dataloader-workers', 'windows_said_en', "There may be an error in 'cifar10_tutorial.py' if running on Windows, which is 'BrokenPipeError: [Errno 32] Broken pipe'.", 'https://github.com/pytorch/tutorials/issues/412'),
    ('windows-dataloader-workers', 'windows_said_en', 'I am a learner of pytorch , I run your code in my pc , but it report BrokenPipeError: [Errno 32] Broken pipe ,and my os is Win10 ,Pytorch is 0.4 and Jupyter is 1.0 ', 'https://github.com/harveyslash/Facial-Similarity-with-Siamese-Networks-in-Pytorch/issues/12'),
    ('windows-dataloader-workers', 'windows_said_en', 'BrokenPipeError on Windows when setting the num_workers as 4 in DataLoader but 2 num_workers is fine', 'https://github.com/pytorch/pytorch/issues/31469 (its title)'),
    ('windows-dataloader-workers', 'broken_pipe_jupyter', '\tBrokenPipeError                           Traceback (most recent call last)', 'https://github.com/pytorch/tutorials/issues/326 (pasted as an indented code block)'),
    ('windows-store-python', 'dll_failure_said', 'I\'m not sure if it is an error of numpy or python, but when using Python 3.7 from the Windows store, importing numpy fails with "DLL load failed". Even though there are already many quite similar issues, I never found that issue in combination with a fresh python installation (from the Microsoft Store).', 'https://github.com/numpy/numpy/issues/12667'),
    ('windows-store-python', 'store_said', 'I\'m not sure if it is an error of numpy or python, but when using Python 3.7 from the Windows store, importing numpy fails with "DLL load failed". Even though there are already many quite similar issues, I never found that issue in combination with a fresh python installation (from the Microsoft Store).', 'https://github.com/numpy/numpy/issues/12667'),
]

QUIET = [
    ('windows-store-python', 'dll_failure_said', 'OSError: [WinError 126] 找不到指定的模块。 Error loading "D:\\soft\\Anaconda\\envs\\Muice\\lib\\site-packages\\torch\\lib\\fbgemm.dll" or one of its dependencies.', 'https://github.com/Moemu/Muice-Chatbot/issues/50 (torch 1.5+ names the DLL: windows-dll-load, read by modern_dll)'),
    ('windows-dataloader-workers', 'windows_said_en', 'Pytorch\'s DataLoader gives "Broken pipe" error on Linux platform (not Windows). Using `num_workers=0` suppresses the error but that not a satisfying solution (more of a workaround) because it will largely reduce the efficiency of the code. ', 'https://github.com/pytorch/pytorch/issues/46802 (Linux; Windows only set aside)'),
    ('windows-dataloader-workers', 'windows_said_en', 'if I do not set the num_workers as 0, I will get this BrokenPipeError. Does anyone have an idea about it?', 'https://github.com/donghyeonk/match-lstm/issues/2 (no OS named)'),
    ('windows-dataloader-workers', 'windows_said_en', 'BrokenPipeError: [Errno 32] Broken pipe', 'https://github.com/facebookresearch/fastMRI/issues/228 (a comment; no OS named)'),
    ('windows-dataloader-workers', 'broken_pipe_said', 'RuntimeError: DataLoader worker (pid 325) is killed by signal: Bus error.', 'https://github.com/msr-fiddle/pipedream/issues/28 (a container\'s /dev/shm, not a pipe)'),
]
