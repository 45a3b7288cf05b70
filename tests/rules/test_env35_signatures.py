"""Session 35, env family (cluster-job-without-gpu, container-started-without-gpus, container-shm-too-small).

The rows are the session's readings from its outside sample (/work/wt/r-env-sample35) and their families: the GPU
partition and the big machines' launchers (jsrun, aprun) as a scheduler job; a docker command said to lack the GPU flag;
another container said to see the GPU; and other programs' /dev/shm (PostgreSQL, browsers, Frigate), which the shm
diagnosis steps aside for. Rows are (rule, signature, line, source).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    # cluster-job-without-gpu: the partition named, and the launchers of LSF's and Cray's machines.
    ('cluster-job-without-gpu', 'scheduler', 'After Perlmutter updates on Wed April 17th, CGYRO runs on the GPU partition core dump with the following error:', 'https://github.com/gafusion/gacode/issues/363'),
    ('cluster-job-without-gpu', 'scheduler', 'bash-4.2$ jsrun -n 2 examples/amgx_mpi_capi -m ../examples/matrix.mtx -c ../core/configs/FGMRES_AGGREGATION.json', 'https://github.com/NVIDIA/AMGX/issues/106'),
    ('cluster-job-without-gpu', 'no_gpu', '`GTL_DEBUG: [0] cudaHostRegister: no CUDA-capable device is detected`', 'https://github.com/gafusion/gacode/issues/363'),
    # container-started-without-gpus: a docker command said to lack the flag; another container said to see the GPU.
    ('container-started-without-gpus', 'command_missing_flag', 'The quickstart setup for GPU support is missing a flag for docker: --gpus all.', 'https://github.com/iot-salzburg/gpu-jupyter/issues/29'),
    ('container-started-without-gpus', 'command_missing_flag', 'Docker command to check GPUs is missing the `--gpus all` flag', 'https://github.com/stevezau/media_preview_generator/issues/124'),
    ('container-started-without-gpus', 'command_missing_flag', 'CLI example missing --gpus option for nvidia?', 'https://github.com/stefancrain/folding-at-home/issues/3'),
    ('container-started-without-gpus', 'command_missing_flag', 'from https://discuss.dvc.org/t/cml-self-hosted-runners-on-demand-with-gpus/462/2 - `docker run` commands may be missing `--gpus all`', 'https://github.com/treeverse/dvc.org/issues/3408'),
    ('container-started-without-gpus', 'gpu_flag_said_missing', 'The quickstart setup for GPU support is missing a flag for docker: --gpus all.', 'https://github.com/iot-salzburg/gpu-jupyter/issues/29'),
    ('container-started-without-gpus', 'in_container', "Yeah, not sure how that's possible if another container can see it just fine.", 'https://github.com/mmartial/ComfyUI-Nvidia-Docker/issues/33'),
    ('container-started-without-gpus', 'in_container', 'Yes, when run outside, every thing is ok. I can built containers from other images and run cuda programs inside them.', 'https://github.com/tensorflow/tensorflow/issues/28171'),
    # cuda-visible-devices: a program's own "no GPU" beside a variable naming a later GPU (read as the zero count).
    ('cuda-visible-devices', 'device_count_zero', '   Exception: No GPU found, please run without --cuda', 'https://github.com/XuelianCheng/LEAStereo/issues/10'),
    ('cuda-visible-devices', 'device_count_zero', 'This was caused, because torch.cuda.is_available() returned FALSE;', 'https://github.com/XuelianCheng/LEAStereo/issues/10'),
    ('cuda-visible-devices', 'device_count_zero', 'Right now, `torch.cuda.device_count()` returns 0', 'written: the count itself'),
    # other-shm-program-evidence: another program's /dev/shm.
    ('other-shm-program-evidence', 'other_shm_program', 'ERROR:  could not resize shared memory segment "/PostgreSQL.2088012784" to 50438144 bytes: No space left on device', 'https://github.com/docker-library/postgres/issues/416'),
    ('other-shm-program-evidence', 'other_shm_program', "I also have a use case of people running Chromium (for Selenium tests). 64MB default of shm is too low for them.", 'https://github.com/kubernetes/kubernetes/issues/28272'),
    ('other-shm-program-evidence', 'other_shm_program', '  File "/opt/frigate/frigate/app.py", line 161 in start_camera_capture_processes', 'https://github.com/blakeblackshear/frigate/issues/528'),
]

QUIET = [
    ('cluster-job-without-gpu', 'scheduler', 'MIG lets one A100 be split into up to seven GPU instances', 'written: MIG instances are no scheduler partition'),
    ('cluster-job-without-gpu', 'gpu_request', 'bash-4.2$ jsrun -n 2 examples/amgx_mpi_capi -m ../examples/matrix.mtx -c ../core/configs/FGMRES_AGGREGATION.json', 'https://github.com/NVIDIA/AMGX/issues/106 (no -g: no GPU asked)'),
    ('container-started-without-gpus', 'command_missing_flag', 'nvidia-docker is missing on the host, so --gpus fails', 'written: the toolkit missing, container-toolkit-missing'),
    ('container-started-without-gpus', 'command_missing_flag', 'If I remove the `--gpus all`, it runs successfully', 'https://github.com/isri-aist/BaselineWalkingController/issues/21'),
    ('container-started-without-gpus', 'in_container', 'The other day when running I had this error.', 'https://github.com/MIC-DKFZ/nnDetection/issues/77 (no container named)'),
    ('cuda-visible-devices', 'device_count_zero', 'But when I executed the code manually I could not reproduce it, because torch.cuda.is_available() returned TRUE;', 'https://github.com/XuelianCheng/LEAStereo/issues/10'),
    ('cuda-visible-devices', 'device_count_zero', 'torch.cuda.device_count() returns 4', 'written: a count above zero'),
    ('other-shm-program-evidence', 'torch_words', 'ERROR:  could not resize shared memory segment "/PostgreSQL.2088012784" to 50438144 bytes: No space left on device', 'https://github.com/docker-library/postgres/issues/416'),
    ('other-shm-program-evidence', 'other_shm_program', 'RuntimeError: DataLoader worker (pid 125) is killed by signal: Bus error. ', 'https://github.com/pytorch/pytorch/issues/16979'),
]
