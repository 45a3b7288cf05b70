"""driver-older-than-runtime (session 32): two more places where a container says its image's CUDA is newer than the
host's driver.

nvidia-docker 1.x checked an image's com.nvidia.cuda.version label against cudaDriverGetVersion before it started a
container and refused with "Error: unsupported CUDA version: driver 8.0 < image 9.0.176" (src/nvidia-docker/utils.go;
its release candidates and the Kubernetes GPU plugins copied from it print the image's number first, "7.5 < 6.5").
"driver 0.0" is nvidia-docker reading no driver library at all, not an old driver.

An image's CUDA is also named by its tag ("nvidia/cuda:11.8.0-base", "pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime"):
compared (its major) with the CUDA the host's driver reaches, like the other wordings of the CUDA a software needs.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "driver-older-than-runtime"

FIRES = [
    ('nvidia_docker_v1', 'nvidia-docker | 2017/10/13 08:33:01 Error: unsupported CUDA version: driver 8.0 < image 9.0.176', 'https://github.com/NVIDIA/nvidia-docker/issues/497'),
    ('nvidia_docker_v1', 'Error: unsupported CUDA version: driver 7.5 < image 8.0', 'https://github.com/floydhub/dl-docker/issues/34'),
    ('nvidia_docker_v1', 'nvidia-docker | 2016/09/23 23:21:01 Error: unsupported CUDA version: driver 7.0 < image 8.0', 'https://github.com/NVIDIA/nvidia-docker/issues/207'),
    ('nvidia_docker_v1', 'nvidia-docker | 2017/11/21 00:48:39 Error: unsupported CUDA version: driver 8.0 < image 9.0.176', 'https://github.com/h2oai/h2o4gpu/issues/298'),
    ('needs_cuda_image', 'just `docker run --rm --gpus all nvidia/cuda:cuda11.8.0-cudnn8-devel-ubuntu20.04`', 'https://github.com/NVIDIA/nvidia-container-toolkit/issues/214'),
    ('needs_cuda_image', 'FROM nvidia/cuda:12.4.1-cudnn-devel-ubuntu22.04', 'https://github.com/pytorch/pytorch/issues/135508'),
    ('needs_cuda_image', "I tried to use CUDA in a docker container ```pytorch/pytorch:2.0.1-cuda11.7-cudnn8-devel``` but the driver seems incorrect:", 'https://github.com/csguoh/MambaIR/issues/37'),
    ('needs_cuda_image', 'Cuda.is_available() return False on Docker image pytorch/pytorch:1.7.0-cuda11.0-cudnn8-devel', 'https://github.com/pytorch/pytorch/issues/48361'),
]

QUIET = [
    ('nvidia_docker_v1', 'nvidia-docker | 2016/09/04 14:43:17 Error: unsupported CUDA version: driver 0.0 < image 8.0', 'driver 0.0: nvidia-docker found no driver library, no version to compare (nvidia-docker#190)'),
    ('nvidia_docker_v1', 'My error is : nvidia-docker | 2017/05/22 10:21:16 Error: unsupported CUDA version: driver 0.0 < image 8.0.61', 'driver 0.0 again (nvidia-docker#384)'),
    ('needs_cuda_image', 'docker run --gpus all vllm/vllm-openai:latest --model /models/x', 'a tag without a CUDA in it names no runtime'),
    ('needs_cuda_image', 'pip install torch --index-url https://download.pytorch.org/whl/cu121', 'a wheel index, not an image (needs_cuda_build reads it)'),
    ('needs_cuda_image', 'export PATH=/usr/local/cuda-12.1/bin:$PATH', 'a toolkit path, no image'),
]
