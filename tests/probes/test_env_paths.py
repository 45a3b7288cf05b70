"""gpufix.probes.env_paths: which Python pip belongs to and which one runs, from the paths a paste prints.

Real pastes from public threads (URL beside each; none is a field-corpus report)."""
from __future__ import annotations

from gpufix.probes import env_paths
from gpufix.probes.pasted import extract_facts_from_text

NAMES = ("log.pip_env", "log.run_env", "log.active_env", "log.pip_other_env", "log.python_envs_shown", "log.run_outside_env")


def _facts(text: str) -> dict:
    return {f.name: f for f in extract_facts_from_text(text) if f.name in NAMES}


# https://github.com/TorchStudio/torchstudio/issues/47: `where python` answers a python.org Python 3.10, while the
# `pip` on PATH is Anaconda's (its site-packages, and a Python 3.9 user site) - torch went to another Python.
TORCHSTUDIO_47 = r"""C:\Users\donhu>python
Python 3.10.9 (tags/v3.10.9:1dd9be6, Dec  6 2022, 20:01:21) [MSC v.1934 64 bit (AMD64)] on win32
Type "help", "copyright", "credits" or "license" for more information.
>>> exit()

C:\Users\donhu>where python
C:\Users\donhu\AppData\Local\Programs\Python\Python310\python.exe
C:\Users\donhu\AppData\Local\Microsoft\WindowsApps\python.exe

C:\Users\donhu>pip install torch
Defaulting to user installation because normal site-packages is not writeable
Looking in indexes: https://pypi.org/simple, https://pypi.ngc.nvidia.com
Requirement already satisfied: torch in c:\users\donhu\appdata\roaming\python\python39\site-packages (1.13.1+cu117)
Requirement already satisfied: typing-extensions in c:\programdata\anaconda3\lib\site-packages (from torch) (4.4.0)
"""

# https://github.com/ContinuumIO/anaconda-issues/issues/461: the notebook's sys.executable, before and after, in one
# paste: the environment's python, then the root environment's.
ANACONDA_461 = """```Python
import sys
print(sys.executable)
```
would yield
```
/Users/jhamman/anaconda/envs/test/bin/python
```
Recently, this behavior has changed (I've seen it on Mac OS and Linux for Python 2.7 and 3.4).  Now I get the root anaconda python executable:
```
/Users/jhamman/anaconda/bin/python
```
"""

# https://github.com/pytorch/pytorch/issues/4108: a conda environment's normal layout (prompt, traceback into the
# environment's own site-packages): one Python, nothing to say.
PYTORCH_4108 = """(myroot3) arslan993@ubuntu:~/Desktop/crnn.pytorch$ python3 demo.py 
Traceback (most recent call last):
  File "demo.py", line 1, in <module>
    import torch
  File "/home/arslan993/.conda/envs/myroot3/lib/python3.5/site-packages/torch/__init__.py", line 53, in <module>
    from torch._C import *
ImportError: /home/arslan993/.conda/envs/myroot3/lib/python3.5/site-packages/torch/_C.cpython-35m-x86_64-linux-gnu.so: undefined symbol: _ZN4thpp10THCSTensorIlEC1EP8THCStateP14THCSLongTensor
"""

# https://github.com/pytorch/pytorch/issues/1847: `which python` and torch.__file__ agree (one Anaconda).
PYTORCH_1847 = """>>> which python
/Users/user/anaconda/bin/python

>>> python
Python 3.6.0 |Anaconda 4.3.1 (x86_64)| (default, Dec 23 2016, 13:19:00)
[GCC 4.2.1 Compatible Apple LLVM 6.0 (clang-600.0.57)] on darwin
Type "help", "copyright", "credits" or "license" for more information.
>>> import torch
>>> torch.__file__
'/Users/user/anaconda/lib/python3.6/site-packages/torch/__init__.py'
"""

# https://github.com/open-mmlab/mmpretrain/pull/782: two pips (conda base's, a user-site one), and no word of the
# Python that runs anything: no fact.
MMPRETRAIN_782 = """(base) khj@khj:~/mmdeploy$ python3 -m pip --version
pip 21.2.4 from /mnt/d/khj/miniconda3/lib/python3.9/site-packages/pip (python 3.9)
(base) khj@khj:~/mmdeploy$ pip --version
pip 22.0.4 from /mnt/d/khj/.local/lib/python3.8/site-packages/pip (python 3.8)
"""

# https://github.com/hacksider/Deep-Live-Cam/issues/206: a venv inside conda base, a traceback of the project's own
# files only: no site-packages, no fact.
DEEP_LIVE_CAM_206 = r"""(venv) (base) D:\Deep-Live-Cam-cuda\Deep-Live-Cam-cuda>python run.py
Traceback (most recent call last):
  File "D:\Deep-Live-Cam-cuda\Deep-Live-Cam-cuda\run.py", line 3, in <module>
    from modules import core
  File "D:\Deep-Live-Cam-cuda\Deep-Live-Cam-cuda\modules\core.py", line 14, in <module>
    import torch
ModuleNotFoundError: No module named 'torch'
"""


def test_pip_of_another_python_than_where_python_names():
    f = _facts(TORCHSTUDIO_47)
    assert f["log.pip_other_env"].value is True
    assert f["log.pip_other_env"].line == 14  # pip's line naming Anaconda's site-packages is the evidence
    assert f["log.pip_env"].value == "c:/programdata/anaconda3"
    assert f["log.run_env"].value == "c:/users/donhu/appdata/local/programs/python/python310"


def test_two_interpreters_printed_in_one_paste():
    f = _facts(ANACONDA_461)
    assert "log.python_envs_shown" in f
    assert f["log.python_envs_shown"].value == "/users/jhamman/anaconda/envs/test | /users/jhamman/anaconda"
    assert "log.pip_other_env" not in f


def test_a_conda_envs_normal_layout_says_nothing():
    f = _facts(PYTORCH_4108)
    assert "log.pip_other_env" not in f and "log.python_envs_shown" not in f
    assert f["log.run_env"].value == "/home/arslan993/.conda/envs/myroot3"


def test_which_python_and_torch_file_agree():
    f = _facts(PYTORCH_1847)
    assert "log.pip_other_env" not in f and "log.python_envs_shown" not in f


def test_two_pips_without_the_running_python_say_nothing():
    f = _facts(MMPRETRAIN_782)
    assert "log.pip_other_env" not in f and "log.python_envs_shown" not in f


def test_project_frames_only_say_nothing():
    assert not {k for k in _facts(DEEP_LIVE_CAM_206) if k != "log.active_env"}


def test_roots_of_paths():
    r = env_paths.site_root(r"C:\Users\x\anaconda3\envs\y\lib\site-packages\torch\__init__.py")
    assert (r.kind, r.name) == ("conda-env", "y")
    assert env_paths.site_root("c:\\python310\\lib\\site-packages").kind == "system"
    assert env_paths.site_root("/usr/lib/python3/dist-packages/torch").same(
        env_paths.site_root("/usr/local/lib/python3.10/dist-packages/numpy"))  # one Debian Python
    assert env_paths.site_root("/home/u/.local/lib/python3.10/site-packages").kind == "user"
    assert env_paths.site_root(r"C:\Users\u\AppData\Roaming\Python\Python39\site-packages").pyver == "3.9"
    assert env_paths.site_root("/home/u/miniconda3/lib/python3.12/site-packages/pip").kind == "conda-base"
    # build isolation and 8.3 short names are never compared
    assert env_paths.site_root(r"C:\Users\VHARIK~1\AppData\Local\Temp\pip-build-env-x\overlay\Lib\site-packages") is None
    assert env_paths.exe_root("/home/u/.local/bin/pip") is None
    assert env_paths.exe_root(r"C:\proj\venv\Scripts\python.exe").base == "c:/proj/venv"
    # a symlinked home: the same install seen through two prefixes
    assert env_paths.site_root("/home/u/proj/venv/lib/python3.10/site-packages").same(
        env_paths.site_root("/data/u/proj/venv/lib/python3.10/site-packages"))


def test_linear_on_a_long_line():
    import time
    line = "Requirement already satisfied: torch in " + "c:\\a b" * 400 + "\n"
    t = time.perf_counter()
    extract_facts_from_text(line * 50 + 'File "' + "/x" * 1000 + '", line 1\n')
    assert time.perf_counter() - t < 2


# https://github.com/pytorch/pytorch/issues/909: `python` in the activated environment imports torch, `ipython` (the
# Anaconda root's, another build of 3.6.0) does not: two interpreter banners in one paste.
PYTORCH_909 = """(pytorch) pedro@hal9000:~/workspace$ python 
Python 3.6.0 |Continuum Analytics, Inc.| (default, Dec 23 2016, 12:22:00) 
[GCC 4.4.7 20120313 (Red Hat 4.4.7-1)] on linux
Type "help", "copyright", "credits" or "license" for more information.
>>> import torch
>>> torch.__version__
'0.1.9+0720ba5'
>>> 
(pytorch) pedro@hal9000:~/workspace$ ipython
Python 3.6.0 |Anaconda 4.3.0 (64-bit)| (default, Dec 23 2016, 12:22:00) 
Type "copyright", "credits" or "license" for more information.

IPython 5.1.0 -- An enhanced Interactive Python.
In [1]: import torch
---------------------------------------------------------------------------
ModuleNotFoundError                       Traceback (most recent call last)
<ipython-input-1-c031d3dd82fc> in <module>()
----> 1 import torch

ModuleNotFoundError: No module named 'torch'
"""


def test_two_interpreter_banners():
    f = _facts(PYTORCH_909)
    assert f["log.python_envs_shown"].line == 10
    assert "Anaconda 4.3.0" in f["log.python_envs_shown"].value


def test_one_banner_twice_is_one_interpreter():
    one = PYTORCH_909.split("(pytorch) pedro@hal9000:~/workspace$ ipython")[0]
    assert "log.python_envs_shown" not in _facts(one + one)


# https://github.com/jianfch/stable-ts/issues/443: IPython 8's frames ("File c:\...:9, in is_fbcode()") inside the
# environment's own site-packages: read as the program's Python, and nothing else to say.
STABLE_TS_443 = r"""File c:\Anaconda3\envs\alignment\lib\site-packages\torch\_inductor\config.py:9, in is_fbcode()
      [8](file:///C:/Anaconda3/envs/alignment/lib/site-packages/torch/_inductor/config.py:8) def is_fbcode() -> bool:
----> [9](file:///C:/Anaconda3/envs/alignment/lib/site-packages/torch/_inductor/config.py:9)     return not hasattr(torch.version, "git_version")

AttributeError: partially initialized module 'torch' has no attribute 'version' (most likely due to a circular import)
"""


def test_ipython_frames_name_the_running_python():
    f = _facts(STABLE_TS_443)
    assert f["log.run_env"].value == "c:/anaconda3/envs/alignment"
    assert not {"log.pip_other_env", "log.python_envs_shown", "log.run_outside_env"} & set(f)


def test_an_environment_prompt_over_its_own_frames_says_nothing():
    assert "log.run_outside_env" not in _facts(PYTORCH_4108)


def test_foreign_roots():
    assert env_paths._foreign(env_paths.site_root("/root/usr/lib/python3.10/site-packages"), "trainer")
    assert env_paths._foreign(env_paths.site_root("/home/u/anaconda3/lib/python3.9/site-packages"), "myenv")
    assert env_paths._foreign(env_paths.site_root("/home/u/anaconda3/envs/other/lib/python3.9/site-packages"), "myenv")
    assert not env_paths._foreign(env_paths.site_root("/home/u/anaconda3/envs/myenv/lib/python3.9/site-packages"), "myenv")
    # a venv, a poetry or uv environment: no kind that is surely another install
    assert not env_paths._foreign(env_paths.site_root("/home/u/.cache/pypoetry/virtualenvs/proj-AbC1-py3.10/lib/python3.10/site-packages"), "proj-py3.10")
    assert not env_paths._foreign(env_paths.site_root("/home/u/proj/.venv/lib/python3.12/site-packages"), "proj")


def test_installer_targets():
    # pip's warning names its own scripts folder: a user site's carries its Python version
    r = env_paths.scripts_root(r"C:\Users\u\AppData\Roaming\Python\Python311\Scripts")
    assert (r.kind, r.pyver) == ("user", "3.11")
    assert env_paths.scripts_root(r"C:\Users\u\AppData\Local\Programs\Python\Python310\Scripts").kind == "system"
    assert env_paths.scripts_root("/home/u/.local/bin") is None


# https://github.com/conda/conda/issues/10401: with pyenv's shims first on PATH, `which python` in the activated
# environment answers the shim - a pyenv shim is no install of its own kind, so nothing is said.
CONDA_10401 = """(base) joshua@XPS-15-9560:~$ which python
/home/joshua/.pyenv/shims/python
(base) joshua@XPS-15-9560:~$ source $SCT_DIR/python/etc/profile.d/conda.sh
(base) joshua@XPS-15-9560:~$ conda activate venv_sct
(venv_sct) joshua@XPS-15-9560:~$ which python
/home/joshua/.pyenv/shims/python  # Incorrect result
"""


def test_which_python_under_an_activated_prompt():
    assert "log.run_outside_env" not in _facts(CONDA_10401)
    # the same answer naming the system's Python is the environment passed over
    f = _facts(CONDA_10401.replace("/home/joshua/.pyenv/shims/python", "/usr/bin/python"))
    assert f["log.run_outside_env"].value == "venv_sct | /usr"


# Session 28 (envmix): the interpreter a run line names, pip's own package against the import that fails.

# https://github.com/microsoft/vscode-python/issues/15886: pip is the Microsoft Store's Python 3.9 (its
# LocalCache\local-packages site); VS Code's Run line starts Visual Studio's Python 3.7 by its path.
VSCODE_15886 = r"""PS C:\Users\prasadk\Media> python --version
Python 3.9.4
PS C:\Users\prasadk\Media> pip --version
pip 21.0.1 from C:\Users\xxx\AppData\Local\Packages\PythonSoftwareFoundation.Python.3.9_qbz5n2kfra8p0\LocalCache\local-packages\Python39\site-packages\pip (python 3.9)

PS C:\Users\xxx\Media> pip install winrt
Requirement already satisfied: winrt in c:\users\xxx\appdata\local\packages\pythonsoftwarefoundation.python.3.9_qbz5n2kfra8p0\localcache\local-packages\python39\site-packages (1.0.21033.1)
PS C:\Users\xxx\Media> & "C:/Program Files (x86)/Microsoft Visual Studio/Shared/Python37_64/python.exe" c:/Users/xxx/Media/winrtEx.py
Traceback (most recent call last):
  File "c:/Users/xxx/Media/winrtEx.py", line 1, in <module>
    import winrt.windows.foundation as wf
ModuleNotFoundError: No module named 'winrt'
"""

# https://github.com/ThioJoe/YT-Spammer-Purge/issues/229: pip answers from python.org's Python 3.10, the Run line
# starts Python 3.9 (two python.org installs are two interpreters, unlike Debian's /usr and /usr/local).
YT_SPAMMER_229 = r"""Requirement already satisfied: requests in c:\users\admin\appdata\local\programs\python\python310\lib\site-packages (2.26.0)
PS D:\Kendall\YouTube-Spammer-Purge-main> & C:/Users/Admin/AppData/Local/Programs/Python/Python39/python.exe d:/Kendall/YouTube-Spammer-Purge-main/YouTubeSpammerPurge.py
File "d:\Kendall\YouTube-Spammer-Purge-main\YouTubeSpammerPurge.py", line 43, in
ModuleNotFoundError: No module named 'requests'
"""

# https://github.com/r1chardj0n3s/parse/issues/143: pip says parse is installed, python cannot import parse; no path
# of the running Python, but the very package pip names is the one missing.
PARSE_143 = r"""Requirement already satisfied: parse in c:\users\mynamecom\appdata\local\programs\python\python310\lib\site-packages (1.19.0)

but

in running in cmd script python 

    from parse import parse
ModuleNotFoundError: No module named 'parse'
"""

# https://github.com/IDEA-Research/Rex-Omni/issues/161: torch satisfied in the environment, then a requirements file's
# build fails on "No module named 'torch'": pip's isolated build, not another interpreter.
REX_OMNI_161 = """ModuleNotFoundError: No module named 'torch'
Torch is already installed
```
pip install torch==2.7.0 torchvision --index-url https://download.pytorch.org/whl/cu128
Looking in indexes: https://download.pytorch.org/whl/cu128
Requirement already satisfied: torch==2.7.0 in /home/merito/miniconda3/envs/rexomni/lib/python3.10/site-packages (2.7.0+cu128)
Requirement already satisfied: torchvision in /home/merito/miniconda3/envs/rexomni/lib/python3.10/site-packages (0.22.0+cu128)
```
but
```
pip install -r requirements.txt
"""


def test_run_line_names_the_running_python():
    f = _facts(VSCODE_15886)
    assert f["log.run_env"].value == "c:/program files (x86)/microsoft visual studio/shared/python37_64"
    assert f["log.pip_env"].value.endswith("pythonsoftwarefoundation.python.3.9_qbz5n2kfra8p0")
    assert f["log.pip_other_env"].value is True
    f = _facts(YT_SPAMMER_229)
    assert f["log.run_env"].value == "c:/users/admin/appdata/local/programs/python/python39"
    assert f["log.pip_other_env"].value is True


def test_run_line_of_pips_own_python_says_nothing():
    same = YT_SPAMMER_229.replace("Python/Python39/python.exe", "Python/Python310/python.exe")
    assert "log.pip_other_env" not in _facts(same)
    # a command line that runs no script is no run line ("python.exe -m pip install ...")
    assert env_paths._RUN_LINE.search(r"C:\x\python\python.exe -m pip install torch") is None


def test_package_pip_has_is_the_one_missing():
    assert _facts(PARSE_143)["log.pip_other_env"].value is True
    # another module missing: nothing to say
    assert "log.pip_other_env" not in _facts(PARSE_143.replace("'parse'", "'yaml'"))
    # a dotted module (a submodule, a shadowing folder) is not the package pip names
    assert "log.pip_other_env" not in _facts(PARSE_143.replace("'parse'", "'parse.utils'"))


def test_package_missing_in_a_build_says_nothing():
    assert "log.pip_other_env" not in _facts(REX_OMNI_161)


def test_store_site_and_store_alias_are_one_python():
    a = env_paths.site_root(r"c:\users\u\appdata\local\packages\pythonsoftwarefoundation.python.3.9_qbz5n2kfra8p0"
                            r"\localcache\local-packages\python39\site-packages")
    b = env_paths.exe_root(r"C:\Users\u\AppData\Local\Microsoft\WindowsApps\python.exe")
    assert a.kind == "store" and a.pyver == "3.9" and a.same(b)
    c = env_paths.site_root(r"c:\users\u\appdata\local\packages\pythonsoftwarefoundation.python.3.11_qbz5n2kfra8p0"
                            r"\localcache\local-packages\python311\site-packages")
    assert not a.same(c)
