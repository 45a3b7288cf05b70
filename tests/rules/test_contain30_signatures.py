"""container-toolkit-missing (session 30): two more ways the NVIDIA GPU runtime is missing from Docker.

1. The runtime or its hook named by an absolute path that no longer exists: Docker's daemon.json registers
   "/usr/bin/nvidia-container-runtime" and runc runs the hook by path, so Go's exec answers "fork/exec <path>: no such
   file or directory" (containerd's shim wraps it in "unable to retrieve OCI runtime error (...)"), and
   nvidia-container-runtime itself says "inject NVIDIA hook: stat /usr/bin/nvidia-container-runtime-hook: no such file
   or directory". The relative-name form ('exec: "nvidia-container-runtime": executable file not found in $PATH') was
   read before.
2. Docker Desktop on Linux: its containers run in a virtual machine that has neither the GPU nor the toolkit, so a
   toolkit installed on the host is never used (NVIDIA's maintainers: only Docker Engine / docker-ce is supported on
   Linux). Read from the words or from docker info / version, and never on Windows (WSL 2) or macOS.

The last rows are docker-desktop-gpu-regression's (a new rule: the Docker Desktop releases that broke GPU containers on
WSL 2, 3.3.2/3.3.3 and 4.17.1, read by their number). Each line is verbatim from the thread or source named; the near
misses stay quiet. The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

TOOLKIT = "container-toolkit-missing"
REGRESSION = "docker-desktop-gpu-regression"
RULES = load_rules()


def _ids(text: str) -> list[str]:
    return [d.id for d in diagnose_text(text, RULES).diagnoses]


FIRES = [
    # https://github.com/NVIDIA/nvidia-docker/issues/686 (title; maintainer: the nvidia-container-runtime package was removed)
    (TOOLKIT, "toolkit_binary_missing", "fork/exec /usr/bin/nvidia-container-runtime: no such file or directory: unknown",
     "NVIDIA/nvidia-docker#686"),
    # https://github.com/osrf/subt/issues/190 (docker compose, the runtime added to daemon.json)
    (TOOLKIT, "toolkit_binary_missing", "ERROR: for sim  Cannot start service sim: OCI runtime create failed: unable to retrieve OCI "
     "runtime error \\(open /run/containerd/io.containerd.runtime.v1.linux/moby/039b44061644400f4a12d6abc527e4a490b9a6956a650b"
     "f1e5ef301aa0f431cc/log.json: no such file or directory\\): fork/exec /usr/bin/nvidia-container-runtime: no such file or "
     "directory: unknown", "osrf/subt#190"),
    # https://github.com/PaddlePaddle/Paddle/issues/24299 (corpus; the maintainer pointed to the nvidia-docker install)
    (TOOLKIT, "toolkit_binary_missing", "docker: Error response from daemon: OCI runtime create failed: unable to retrieve OCI runtime "
     "error (open /run/containerd/io.containerd.runtime.v1.linux/moby/6a245b88265a0646ed388c9fb9d8e64835182902b30cbc773bc249f"
     "ed07984dc/log.json: no such file or directory): fork/exec /usr/bin/nvidia-container-runtime: no such file or directory: "
     ": unknown.", "PaddlePaddle/Paddle#24299"),
    # https://github.com/NVIDIA/nvidia-container-runtime/issues/68 (the hook gone after a package update)
    (TOOLKIT, "toolkit_binary_missing", "nvidia-container-runtime did not terminate sucessfully: 2019/07/23 17:28:30 ERROR: "
     "nvidia-container-runtime: inject NVIDIA hook: stat /usr/bin/nvidia-container-runtime-hook: no such file or directory",
     "NVIDIA/nvidia-container-runtime#68"),
    # a CI note kept in a repository (find_string): the hook by path, as runc prints it
    (TOOLKIT, "toolkit_binary_missing", 'the error: "fork/exec /usr/bin/nvidia-container-runtime-hook: no such file or directory"',
     "(a dagger GPU test's comment)"),
    # https://github.com/NVIDIA/nvidia-container-toolkit/issues/83 (corpus)
    (TOOLKIT, "docker_desktop_linux", "I installed nvidia-container-toolkit on Ubuntu 22 with the latest Docker-Desktop for Ubuntu, but "
     "it did not work.", "NVIDIA/nvidia-container-toolkit#83"),
    # https://github.com/docker/desktop-linux/issues/213
    (TOOLKIT, "docker_desktop_linux", "I spent a day trying to figure out how to get nvidia container toolkit work in runtime in docker "
     "containers on docker-desktop Debian 12. without docker-desktop, docker works fine with GPUs. any idea?",
     "docker/desktop-linux#213"),
    (TOOLKIT, "docker_desktop_linux", " Context:    desktop-linux", "docker/desktop-linux#213 (docker info)"),
    # https://github.com/NVIDIA/nvidia-container-toolkit/issues/229
    (TOOLKIT, "docker_desktop_linux", "2. [Install Docker Desktop](https://docs.docker.com/desktop/install/ubuntu/)",
     "NVIDIA/nvidia-container-toolkit#229"),
    # https://github.com/NVIDIA/nvidia-docker/issues/1742
    (TOOLKIT, "docker_desktop_linux", "At first, I got my Docker Desktop running on `Ubuntu 22.04` then I did the following: ",
     "NVIDIA/nvidia-docker#1742"),
    # https://github.com/docker/for-win/issues/13870 (docker version; on Windows, kept out by other_desktop_os)
    (TOOLKIT, "docker_desktop_linux", "Server: Docker Desktop", "docker/for-win#13870"),
    # https://github.com/microsoft/vscode-remote-release/issues/7622 (docker info as JSON; Windows)
    (TOOLKIT, "docker_desktop_linux", '"KernelVersion":"5.10.102.1-microsoft-standard-WSL2","OperatingSystem":"Docker Desktop",',
     "microsoft/vscode-remote-release#7622"),
    (TOOLKIT, "other_desktop_os", '"KernelVersion":"5.10.102.1-microsoft-standard-WSL2","OperatingSystem":"Docker Desktop",',
     "microsoft/vscode-remote-release#7622"),
    # https://github.com/docker/for-win/issues/14230 (docker version of Docker Desktop on Windows)
    (TOOLKIT, "other_desktop_os", " OS/Arch:           windows/amd64", "docker/for-win#14230"),
    (TOOLKIT, "other_desktop_os", "    Path:     C:\\Program Files\\Docker\\cli-plugins\\docker-buildx.exe", "docker/for-win#14230"),
    # https://github.com/lllyasviel/Fooocus/issues/3236 (a Mac)
    (TOOLKIT, "other_desktop_os", "[Bug]: docker: Error response from daemon: could not select device driver \"\" with capabilities: "
     "[[gpu]] - on Macbook Pro with M3 Max", "lllyasviel/Fooocus#3236"),
    # docker-desktop-gpu-regression: the release beside Docker Desktop's name, or after an upgrade
    # https://github.com/docker/for-win/issues/11246
    (REGRESSION, "broken_release", "- Docker Desktop for windows version 3.3.3", "docker/for-win#11246"),
    # https://github.com/docker/for-win/issues/11309 (corpus)
    (REGRESSION, "broken_release", "  - Docker Desktop Version: 3.3.3", "docker/for-win#11309"),
    # https://github.com/docker/for-win/issues/11246 (a second reporter)
    (REGRESSION, "broken_release", "- Docker for Desktop 3.3.3", "docker/for-win#11246 (a comment by cpbotha)"),
    # https://github.com/docker/for-win/issues/13324 (corpus)
    (REGRESSION, "broken_release", "After upgrade to 4.17.1 from 4.17.0, containers with `--gpu`", "docker/for-win#13324"),
    # https://github.com/docker/for-win/issues/13333
    (REGRESSION, "broken_release", "Upgrading to Docker Desktop 4.17.1 (101757) breaks the nVidia GPU support on WSL2.",
     "docker/for-win#13333"),
    # https://github.com/docker/for-win/issues/13332
    (REGRESSION, "broken_release", "  - Docker Desktop Version: 4.17.1", "docker/for-win#13332"),
]

QUIET = [
    # https://github.com/hekmak/Conf-net/issues/5: the toolkit's hook ran; the ldconfig it names is missing
    (TOOLKIT, "toolkit_binary_missing", "stderr: nvidia-container-cli: ldcache error: open failed: /sbin/ldconfig.real: no such file or "
     "directory: unknown.", "hekmak/Conf-net#5"),
    # https://github.com/NVIDIA/nvidia-container-toolkit/issues/281: podman's init, no toolkit binary named
    (TOOLKIT, "toolkit_binary_missing", "standard_init_linux.go:228: exec user process caused: no such file or directory",
     "NVIDIA/nvidia-container-toolkit#281"),
    # https://github.com/NVIDIA/nvidia-container-runtime/issues/114: the container's own program missing (no GPU in it)
    (TOOLKIT, "toolkit_binary_missing", 'container_linux.go:345: starting container process caused "exec: \\"nvidia-smi\\": executable '
     'file not found in $PATH"', "NVIDIA/nvidia-container-runtime#114"),
    # https://github.com/NVIDIA/nvidia-container-toolkit/issues/115: Docker Engine's own context
    (TOOLKIT, "docker_desktop_linux", " Context:    default", "NVIDIA/nvidia-container-toolkit#115"),
    (TOOLKIT, "docker_desktop_linux", " Operating System: Ubuntu 22.04.3 LTS", "NVIDIA/nvidia-container-toolkit#115"),
    # https://github.com/docker/for-win/issues/11246: Docker Desktop for Windows, no Linux distribution named beside it
    (TOOLKIT, "docker_desktop_linux", "- Docker Desktop for windows version 3.3.3", "docker/for-win#11246"),
    # https://github.com/rapidsai/docker/issues/680: WSL's list of distributions, one per line
    (TOOLKIT, "docker_desktop_linux", "  docker-desktop         Running         2", "rapidsai/docker#680"),
    # a Linux host's docker info
    (TOOLKIT, "other_desktop_os", " Kernel Version: 5.15.0-83-generic", "NVIDIA/nvidia-container-toolkit#115"),
    (TOOLKIT, "other_desktop_os", "Docker Desktop and Nvidia Runtime inoperable across multiple distros",
     "NVIDIA/nvidia-container-toolkit#229"),
    # docker-desktop-gpu-regression: the releases around the broken ones, and other versions' numbers
    # https://github.com/NVIDIA/nvidia-docker/issues/1496 (the release that worked)
    (REGRESSION, "broken_release", "I rolled back to Docker Desktop 3.3.1(63152), and perform a reboot, it works!",
     "NVIDIA/nvidia-docker#1496"),
    # https://github.com/docker/for-win/issues/13100
    (REGRESSION, "broken_release", "  - Docker Desktop Version: v4.14.1", "docker/for-win#13100"),
    # https://github.com/docker/for-win/issues/13324 (a comment: the release that worked)
    (REGRESSION, "broken_release", "Downgrading to 4.17.0 also didn't solve the problem.  Version 4.16.3 however works for me.",
     "docker/for-win#13324"),
    # https://github.com/docker/for-win/issues/13870 (Docker Engine's own version, not Docker Desktop's)
    (REGRESSION, "broken_release", " Git commit:        24.0.5-0ubuntu1~22.04.1", "docker/for-win#13870"),
]


def test_docker_desktop_on_linux_fires_without_an_error_line() -> None:
    # NVIDIA/nvidia-container-toolkit#83 (corpus): the words alone
    text = ("I installed nvidia-container-toolkit on Ubuntu 22 with the latest Docker-Desktop for Ubuntu, but it did not "
            "work. Does nvidia-container-toolkit support Docker-Desktop on Ubuntu?\n")
    assert _ids(text)[:1] == [TOOLKIT]


def test_docker_desktop_on_windows_stays_quiet() -> None:
    # docker/for-win#13870 (WSL Ubuntu, "Server: Docker Desktop"): Docker Desktop for Windows passes the GPU
    text = ("to check if my GPU is working in WSL Ubuntu, I used : \n"
            "`sudo docker run --env NVIDIA_DISABLE_REQUIRE=1 --gpus all nvcr.io/nvidia/k8s/cuda-sample:nbody nbody -gpu "
            "-benchmark`\nServer: Docker Desktop\n")
    assert TOOLKIT not in _ids(text)


def test_docker_desktop_remedy_only_when_shown() -> None:
    titles = [r.title["en"] if isinstance(r.title, dict) else str(r.title) for r in RULES.by_id[TOOLKIT].remedies]
    assert any("Docker Engine" in t for t in titles)
