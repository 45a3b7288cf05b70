"""Session 36, env family (no-nvidia-gpu-stated, cluster-job-without-gpu, cuda-visible-devices).

The rows are the session's readings from its outside sample (/work/wt/r-env-sample36) and their families: the machine
said to have no NVIDIA GPU with an adverb between the subject and the negation; Intel spelt "Inter" before a graphics
word; the scheduler's own refusal of a job that asked for no GPU; and CUDA_VISIBLE_DEVICES changed inside a process
whose CUDA had already started. Rows are (rule, signature, line, source).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    # no-nvidia-gpu-stated: an adverb before the negation.
    ('no-nvidia-gpu-stated', 'stated_none', "If it can be used without cuda, then how do I do it? I unfortunately don't have Nvidia GPU but I wanna try this out.", 'https://github.com/0Xiaohei0/LocalAIVtuber/issues/41'),
    ('no-nvidia-gpu-stated', 'stated_none', 'I sadly do not have an NVIDIA card, only the laptop I am writing this on.', 'written: the same with another adverb'),
    ('no-nvidia-gpu-stated', 'no_gpu_at_all', "I unfortunately don't have a GPU, so I tried --cpu.", 'written: no GPU at all, the same adverb'),
    # no-nvidia-gpu-stated: Intel spelt "Inter".
    ('no-nvidia-gpu-stated', 'intel_gpu', '我是inter显卡，这个该怎么运行起来', 'https://github.com/Sierkinhane/CRNN_Chinese_Characters_Rec/issues/35'),
    ('no-nvidia-gpu-stated', 'intel_gpu', '先在宿主机PVE安装inter核显驱动', 'a public PVE/Jellyfin setup note (find_string "inter核显")'),
    ('no-nvidia-gpu-stated', 'intel_gpu', 'CPU 集成显卡型号：Inter(R) UHD Graphics 630', 'a public OBS setup note (find_string "Inter(R) UHD Graphics"; an NVIDIA GTX 1050 is listed on the next line, and nvidia-gpu-evidence wins there)'),
    # cluster-job-without-gpu: the scheduler refuses a job without a GPU request.
    ('cluster-job-without-gpu', 'submit_refused', 'sbatch: error: Cannot find GPU specification, you may not submit a job not requesting GPUs in a GPU partition, partition: ...', 'https://github.com/NVIDIA/exemplar-performance/issues/5'),
    ('cluster-job-without-gpu', 'submit_refused', "error: Alert: partition 'b200' is a GPU partition but this job requests no GPU.", "a public cluster guide quoting its site's job_submit.lua (find_string 'must request at least one GPU')"),
    ('cluster-job-without-gpu', 'submit_refused', 'Must request at least one GPU to use the "gpu" queue!', 'https://github.com/cBio/cbio-cluster/issues/200'),
    # cuda-visible-devices: the variable changed after CUDA started in the process.
    ('cuda-visible-devices', 'cvd_ineffective', 'After the first call, changing CUDA_VISIBLE_DEVICES no longer has any effect.', 'https://github.com/pytorch/pytorch/issues/159641'),
    ('cuda-visible-devices', 'cvd_ineffective', 'is_available and device_count does not update after change of CUDA_VISIBLE_DEVICES', 'https://github.com/pytorch/pytorch/issues/40618'),
]

QUIET = [
    ('no-nvidia-gpu-stated', 'stated_none', "I unfortunately don't have nvidia-smi on this node", 'written: a tool, not the GPU'),
    ('no-nvidia-gpu-stated', 'stated_none', "- ❌ You don't have NVIDIA GPU", 'a README bullet (find_string "don\'t have nvidia gpu"): advice, not the reporter'),
    ('no-nvidia-gpu-stated', 'intel_gpu', 'The internal graphics driver interface (inter-process) failed', 'written: "inter" as a prefix'),
    ('no-nvidia-gpu-stated', 'intel_gpu', 'interpolation 显卡 加速', 'written: another word starting with inter'),
    ('cluster-job-without-gpu', 'submit_refused', 'Gilbreth is **GPU-only**: every job must request at least one GPU via `#SBATCH --gres=gpu:1`.', 'a cluster guide (find_string "must request at least one GPU"): advice, not the refusal'),
    ('cluster-job-without-gpu', 'submit_refused', 'ValueError: GPU jobs must request at least one GPU (--gres=gpu:N).', 'written: a tool validating its own job spec'),
    ('cuda-visible-devices', 'cvd_ineffective', 'Before initializing CUDA, it can change by modifying CUDA_VISIBLE_DEVICES', 'https://github.com/pytorch/pytorch/pull/122815 (the fix, describing the case)'),
    ('cuda-visible-devices', 'cvd_ineffective', 'The page does not update after changing the theme; CUDA_VISIBLE_DEVICES=0 is set in the env file', 'written: "does not update after changing" about something else, CVD on the same line'),
]
