"""Runtime trouble on a working setup (session 30).

1. oom-killed-evidence: Docker's settings that only name the OOM killer are not a kill. docker info's JSON
   ("OomKillDisable":true), its cgroup-v1 warning "WARNING: No oom kill disable support" (moby's daemon/info.go),
   `docker run --oom-kill-disable` and its "Your kernel does not support OomKillDisable" warning, compose's
   oom_kill_disable: each stops before "disable". dmesg's oom-kill / oom_kill_process and Kubernetes' OOMKilled still
   read.
2. cuda-oom: the GPU's memory as the subject of running out, filling up or overflowing ("the GPU memory of 15.90 GiB
   runs out"), and "You do not have enough GPU memory available" at the start of a sentence; a README's conditional
   ("If GPU memory runs out, reduce batch size") and advice ("if you don't have enough GPU memory") stay out.
   Chinese prose naming 显存 (the GPU's memory) beside the English "out of memory" is read as well.
3. cuda-visible-devices: the variable said "invalid" or to "seem not work" in English, and named without its S.

Each line is verbatim from the thread named (the near misses too). The FIRES and QUIET tables run in
tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

KILL = "oom-killed-evidence"
OOM = "cuda-oom"
CVD = "cuda-visible-devices"
RULES = load_rules()

FIRES = [
    # https://github.com/DDMAL/Rodan/issues/1197 (dmesg)
    (KILL, "sigkill", "[67276.890932] oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,"
     "task_memcg=/system.slice/docker.service,task=dockerd,pid=306726,uid=0", "DDMAL/Rodan#1197"),
    (KILL, "sigkill", "[67351.986945] dockerd invoked oom-killer: gfp_mask=0x100dca(GFP_HIGHUSER_MOVABLE|__GFP_ZERO), order=0, "
     "oom_score_adj=-500", "DDMAL/Rodan#1197"),
    # https://github.com/chenxie95/DeepLearning-Course-SJTU/issues/20 (corpus; Slurm)
    (KILL, "sigkill", "oom-kill event(s) in StepId=", "chenxie95/DeepLearning-Course-SJTU#20"),
    # the kernel's call trace, as dmesg prints it
    (KILL, "sigkill", " oom_kill_process.cold+0xb/0x10", "(a dmesg call trace)"),
    # https://github.com/pytorch/pytorch/issues/1022 (corpus)
    (KILL, "sigkill", "OOM-killed by the kernel", "pytorch/pytorch#1022"),
    # cuda-oom: the GPU's memory running out, filling up, overflowing
    # https://github.com/cpnota/autonomous-learning-library/issues/144 (corpus)
    (OOM, "oom_prose", "In particular, the GPU memory of 15.90 GiB runs out, which seems like a bug",
     "cpnota/autonomous-learning-library#144"),
    # https://github.com/choltz95/MTGP-NN/issues/3
    (OOM, "oom_prose", " With the progress of training, the gpu memory utilization keeps increasing and finally overflows. What "
     "do you think about that？", "choltz95/MTGP-NN#3"),
    # https://github.com/deepfakes/faceswap/issues/899 (faceswap's own message; maintainer: it says what is wrong)
    (OOM, "oom_prose", "10/08/2019 22:53:01 MainProcess     MainThread      cli             execute_script            ERROR    "
     "You do not have enough GPU memory available to train the selected model at the selected settings. You can try a "
     "number of things:", "deepfakes/faceswap#899"),
    # https://github.com/espnet/espnet/issues/191 (title)
    (OOM, "oom_prose", "pytorch GPU memory full error at validation", "espnet/espnet#191"),
    # cuda-oom: 显存 (the GPU's memory) beside the English "out of memory"
    # https://github.com/open-mmlab/mmskeleton/issues/187
    (OOM, "oom_said_gpu", "分成两张卡则可以训练，但是总的占显卡只有8000多M。在单卡显存够的情况下，却out of memory。查看过没有其他程序占用。",
     "open-mmlab/mmskeleton#187"),
    # https://github.com/open-mmlab/mmdetection/issues/12370
    (OOM, "oom_said_gpu", "如图，在训练一定次数后，进行验证时，模型突然爆出out of memory，之前验证都是正常的，为什么会突然显存暴增导致训练出错",
     "open-mmlab/mmdetection#12370"),
    # https://github.com/haofengl/DragNoise/issues/7
    (OOM, "oom_said_gpu", "你好，想请问有没有降低显存的办法，我想在12g的显存上跑，但是跑了几步后出现了out of memory", "haofengl/DragNoise#7"),
    # cuda-visible-devices: said not to work
    # https://github.com/openai/improved-diffusion/issues/46
    (CVD, "cvd_ineffective", "@greens007 Hi~I have the same problem. When I set `CUDA_VISIBLE_DEVICES=1`, it is invalid. Could you "
     "tell me how you solved this problem, please?", "openai/improved-diffusion#46"),
    # https://github.com/dbolya/yolact/issues/369
    (CVD, "cvd_ineffective", "Setting CUDA_VISIBLE_DEVICES just seems not work. I want to know why. ", "dbolya/yolact#369"),
    # https://github.com/catalyst-team/catalyst/issues/1451 (corpus)
    (CVD, "cvd_ineffective", "After `from catalyst.data.sampler import DistributedSamplerWrapper`, setting CUDA_VISIBLE_DEVICE will "
     "have no effect.", "catalyst-team/catalyst#1451"),
]

QUIET = [
    # https://github.com/microsoft/vscode-remote-release/issues/7622 (docker info as JSON)
    (KILL, "sigkill", '"Debug":false,"NFd":46,"OomKillDisable":true,"NGoroutines":49,', "microsoft/vscode-remote-release#7622"),
    # https://github.com/treehouses/builder/issues/215 (docker info's warnings on cgroup v1)
    (KILL, "sigkill", "WARNING: No oom kill disable support", "treehouses/builder#215"),
    # https://github.com/moby/moby/pull/19311 (docker run with the flag, and the daemon's warning)
    (KILL, "sigkill", "$ docker run -it --rm --oom-kill-disable s390x/debian:jessie", "moby/moby#19311"),
    (KILL, "sigkill", "WARNING: Your kernel does not support OomKillDisable, OomKillDisable discarded.", "moby/moby#19311"),
    # https://github.com/sous-chefs/docker/pull/975 (a resource's option)
    (KILL, "sigkill", "Added **oom_kill_disable** and **oom_score_adj** support to docker_container.", "sous-chefs/docker#975"),
    # cuda-oom: conditionals and advice, not a failure
    # a README's table (find_string): "If GPU memory runs out, reduce batch size first."
    (OOM, "oom_prose", "If GPU memory runs out, reduce batch size first. Keep L, h and image size fixed", "(a README)"),
    # https://github.com/NVlabs/stylegan2-ada/issues/9 (the reporter: not memory after all)
    (OOM, "oom_prose", "My crashes are not due to insufficient memory, even when running with lower batch size where I'm only "
     "using 8/11 Gb train.py occasionally crashes silently...", "NVlabs/stylegan2-ada#9"),
    # a README (find_string): advice
    (OOM, "oom_prose", "Please change `batch_size`&`lr` accoordingly if you don't have enough GPU memory. (e.g. `batch_size=6` for "
     "24GB GPU)", "(DeFlow README)"),
    # https://github.com/ray-project/ray_lightning/issues/24 (a fixture's): the memory filling as training starts
    (OOM, "oom_prose", "just the training was about to start (nvidia-smi shows the GPU memory filling up), there's a new error",
     "ray-project/ray_lightning#24"),
    # https://github.com/JindongJiang/WeightedLoss_Convolutional_Pose_Machines_PyTorch/issues/5 (RAM, 内存: not the GPU's)
    (OOM, "oom_said_gpu", "我在训练时出现了内存过大错误", "JindongJiang/WeightedLoss_Convolutional_Pose_Machines_PyTorch#5"),
    # cuda-visible-devices: the variable named, no complaint
    # https://github.com/ubicomplab/rPPG-Toolbox/issues/317 (a maintainer's advice)
    (CVD, "cvd_ineffective", "Prepending your python command with `CUDA_VISIBLE_DEVICES=` and then selecting the GPU IDs should "
     "work fine", "ubicomplab/rPPG-Toolbox#317"),
]


def _ids(text: str) -> list[str]:
    return [d.id for d in diagnose_text(text, RULES).diagnoses]


def test_docker_info_with_oom_kill_disable_is_no_kill() -> None:
    # microsoft/vscode-remote-release#7622: WSL 2's kernel and Docker's setting, no process killed
    text = ('{"NFd":46,"OomKillDisable":true,"NGoroutines":49,"CgroupVersion":"1",'
            '"KernelVersion":"5.10.102.1-microsoft-standard-WSL2","OperatingSystem":"Docker Desktop"}\n')
    assert "wsl-memory-limit" not in _ids(text)


def test_gpu_memory_running_out_is_read() -> None:
    text = ("Hi, thanks for the great library. I had a issue with using GPU training the agents to play Breakout.\n\n"
            "In particular, the GPU memory of 15.90 GiB runs out, which seems like a bug\n")
    assert OOM in _ids(text)
