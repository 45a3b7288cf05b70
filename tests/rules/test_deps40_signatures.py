"""Libraries beside torch and extensions built for another torch, read a seventh time (session 40, deps).

- ONNX Runtime's own provider loader said with the provider's file name cut off or wrapped onto the next line: its status
  "[ONNXRuntimeError] : 1 : FAIL : LoadLibrary failed with error 126" ending the line or the opening quote, the 2021-2022 log
  form whose path breaks before onnxruntime_providers_cuda.dll, and the error-level prefix "onnxruntime::TryGetProviderInfo_CUDA]"
  (non-torch-library-cuda-deps's ort_loader_cut). Windows' own "LoadLibrary failed with error 87: The parameter is incorrect" is
  not it, and another provider named (OpenVINO, the shared provider library) keeps it quiet (ort_other_provider).
- An extension's build asked for a CUDA variant rather than a torch release ("provide Cuda 11.3 builds for MMCV", "a
  pre-compiled wheel for CUDA 11.8", "cuda11.8 prebuilt binary"; extension-no-prebuilt-wheel-for-torch's build_for_cuda_asked),
  with torch's own builds asked for a CUDA kept out (torch_cuda_build_asked).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

DEPS = "non-torch-library-cuda-deps"
WHEEL = "extension-no-prebuilt-wheel-for-torch"

FIRES = [
    (DEPS, 'ort_loader_cut', 'FAIL : LoadLibrary failed with error 126', 'https://github.com/Gourieff/sd-webui-reactor/issues/310 (title; the sample the reading was written from)'),
    (DEPS, 'ort_loader_cut', 'FAIL : LoadLibrary failed with error 126', 'https://github.com/ZHO-ZHO-ZHO/ComfyUI-InstantID/issues/48 (title)'),
    (DEPS, 'ort_loader_cut', '[Build] onnxruntime::ProviderLibrary::Get [ONNXRuntimeError] : 1 : FAIL : LoadLibrary failed with error 126 "', 'https://github.com/microsoft/onnxruntime/issues/22491 (title, cut at the opening quote)'),
    (DEPS, 'ort_loader_cut', '2022-06-22 14:55:38.7527020 [E:onnxruntime:Default, provider_bridge_ort.cc:1022 onnxruntime::ProviderLibrary::Get] LoadLibrary failed with error 126 "" when trying to load "C:\\Users\\Tensor\\Desktop\\WESpeechS', 'https://github.com/microsoft/onnxruntime/issues/11826 (the path wrapped before the DLL name)'),
    (DEPS, 'ort_loader_cut', '2024-01-26 04:27:18.9442572 [E:onnxruntime:Default, provider_bridge_ort.cc:1480 onnxruntime::TryGetProviderInfo_CUDA] D:\\a\\_work\\1\\s\\onnxruntime\\core\\session\\provider_bridge_ort.cc:1193 onnxruntime::ProviderLibrary::Get [ONNXRuntimeError] : 1 : FAIL : LoadLibrary failed with error 126 "" when trying to load "Z:\\ComfyUI\\python_embeded\\Lib\\site-packages\\onnxruntime\\capi\\onnxruntime_providers_cuda.dll"', 'https://github.com/ZHO-ZHO-ZHO/ComfyUI-InstantID/issues/48'),
    (DEPS, 'ort_other_provider', 'ntime error: D:\\a\\_work\\1\\s\\onnxruntime\\core\\session\\provider_bridge_ort.cc:1586 onnxruntime::ProviderSharedLibra', 'https://github.com/XingRay/my-note/blob/HEAD/ai/onnx/001_onnx_报错处理.md (its first wrapped line)'),
    (DEPS, 'ort_other_provider', 'nx\\onnx-test\\cmake-build-vs2022-debug\\bin\\Debug\\onnxruntime_providers_shared.dll"', 'https://github.com/XingRay/my-note/blob/HEAD/ai/onnx/001_onnx_报错处理.md (the shared provider library missing beside a C++ exe)'),
    (WHEEL, 'build_for_cuda_asked', 'Thus we\'d appreciate if you could provide Cuda 11.3 builds for MMCV as well.', 'https://github.com/open-mmlab/mmcv/issues/1478 (the sample the reading was written from)'),
    (WHEEL, 'build_for_cuda_asked', 'Will vLLM 0.11.0 provide a pre-compiled wheel for CUDA 11.8? Thanks', 'https://github.com/vllm-project/vllm/issues/26221'),
    (WHEEL, 'build_for_cuda_asked', 'Hello, saw the pip installed one are cuda12.1 version, does there any cuda11.8 prebuilt binary which can be easily installed?', 'https://github.com/AutoGPTQ/AutoGPTQ/issues/447 (maintainer: the cu118 wheels are on its index)'),
    (WHEEL, 'build_for_cuda_asked', 'Do you have any plans for adding prebuilt wheels for CUDA 13.1? 🙏', 'https://github.com/mjun0812/flash-attention-prebuild-wheels/issues/73 (maintainer: "Starting the build now!")'),
    (WHEEL, 'build_for_cuda_asked', 'Request CUDA12.6 prebuilt wheel for vllm v0.11', 'https://github.com/vllm-project/vllm/issues/28013'),
    (WHEEL, 'torch_cuda_build_asked', '[Much like `torch` has done](https://github.com/pytorch/pytorch/pull/90826), `torchvision` should provide binaries built with CUDA 11.8 to enable use of these new architectures.', 'https://github.com/pytorch/vision/issues/7052 (torchvision\'s own builds asked)'),
]

QUIET = [
    (DEPS, 'ort_loader_cut', ' Here are a few troubleshooting steps to help you fix the "LoadLibrary failed with error 87: The parameter is incorrect" issue on Windows.', 'https://github.com/techidaily/site-win11/blob/HEAD/source/_posts/tackling-err-87-unmatched-library-loading-in-windows.md (Windows\' own message, an AMD OpenGL driver)'),
    (DEPS, 'ort_loader_cut', 'Microsoft.ML.OnnxRuntime.OnnxRuntimeException:“[ErrorCode:RuntimeException] D:\\a\\_work\\1\\s\\onnxruntime\\core\\session\\provider_bridge_ort.cc:1193 onnxruntime::ProviderLibrary::Get [ONNXRuntimeError] : 1 : FAIL : LoadLibrary failed with error 126 "" when trying to load "D:\\Projects\\Yolov8.Net\\Yolo.Net.FromTest\\bin\\Debug\\net6.0-windows\\runtimes\\win-x64\\native\\onnxruntime_providers_cuda.dll"', 'https://github.com/microsoft/onnxruntime/issues/20571 (the whole line, closing quote kept: ort_loadlibrary reads it, not the cut form)'),
    (WHEEL, 'build_for_cuda_asked', 'While they also have PyTorch 1.10 Cuda 11.1 builds, there is for example no docker image for that: https://hub.docker.com/r/pytorch/pytorch/tags', 'https://github.com/open-mmlab/mmcv/issues/1478 (builds stated, not asked)'),
    (WHEEL, 'build_for_cuda_asked', 'I have installed CUDA toolkit 12.6, CuDnn 9.x but still not received', 'https://github.com/PaddlePaddle/Paddle/issues/75939 (a toolkit installed, no build asked)'),
]
