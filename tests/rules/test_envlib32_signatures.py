"""non-torch-library-cuda-deps (session 32): CuPy's own import failure, and ONNX Runtime's CUDA_PATH message retyped by its tail.

CuPy's compiled core links the CUDA runtime and math libraries of the CUDA major its wheel (cupy-cuda11x, cupy-cuda12x) was
built for, from the system toolkit; cupy/__init__.py wraps the loader's error in its banner ("Failed to import CuPy." since
CuPy 8, "CuPy is not correctly installed." before) and repeats it after "Original error:". The reading needs the banner or a
CuPy frame and a CUDA library named missing (libcuda.so, the driver, is not in the list), or, on Windows, the banner with
"DLL load failed". ONNX Runtime 1.13-1.18's "CUDA_PATH is set but CUDA wasnt able to be loaded" is read by its tail too.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "non-torch-library-cuda-deps"

FIRES = [
    ('cupy_banner', 'Failed to import CuPy.', 'https://github.com/cupy/cupy/issues/8227'),
    ('cupy_banner', 'CuPy is not correctly installed.', 'https://github.com/cupy/cupy/issues/714'),
    ('cupy_frame', '  File "/home/zhhuo/rl_llm_py_product/venv/lib64/python3.9/site-packages/cupy/_core/__init__.py", line 3, in <module>', 'https://github.com/cupy/cupy/issues/8227'),
    ('cupy_frame', '  File "cupy/_core/core.pyx", line 1, in init cupy._core.core', 'https://github.com/arch4edu/arch4edu/issues/220'),
    ('cupy_frame', '  File "/home/istek/.local/lib/python3.8/site-packages/cupy_backends/cuda/api/runtime.cpython-38-x86_64-linux-gnu.so"', 'https://github.com/sniklaus/pytorch-pwc/issues/58'),
    ('cupy_lib_missing', 'ImportError: libcudart.so.12: cannot open shared object file: No such file or directory', 'https://github.com/cupy/cupy/issues/7772'),
    ('cupy_lib_missing', '  ImportError: libnvrtc.so.11.1: cannot open shared object file: No such file or directory', 'https://github.com/sniklaus/pytorch-pwc/issues/58'),
    ('cupy_lib_missing', 'ImportError: libnvJitLink.so.12: cannot open shared object file: No such file or directory', 'https://github.com/cupy/cupy/issues/7573'),
    ('cupy_lib_missing', 'ImportError: libcudart.so.7.5: cannot open shared object file: No such file or directory', 'https://github.com/cupy/cupy/issues/714'),
    ('cupy_dll_failed', '  ImportError: DLL load failed: The specified module could not be found.', 'https://github.com/LipingYi/QSFL/issues/1'),
    ('cupy_dll_failed', 'ImportError: DLL load failed while importing runtime: The specified module could not be found.', 'https://github.com/cupy/cupy/issues/7253'),
    ('cupy_dll_failed', 'ImportError: DLL load failed while importing runtime: 找不到指定的模块。', 'https://github.com/cupy/cupy/issues/6325'),
    ('ort_create_failed', 'CUDA wasnt able to be loaded when tring to use CUDA12.4 and onnxruntime-gpu 11.8', 'https://github.com/microsoft/onnxruntime/issues/21049'),
    ('ort_create_failed', "EP Error C:\\a\\_work\\1\\s\\onnxruntime\\python\\onnxruntime_pybind_state.cc:866 onnxruntime::python::CreateExecutionProviderInstance CUDA_PATH is set but CUDA wasnt able to be loaded. Please install the correct version of CUDA andcuDNN as mentioned in the GPU requirements page", 'https://github.com/pythongosssss/ComfyUI-WD14-Tagger/issues/59'),
]

QUIET = [
    ('cupy_lib_missing', 'ImportError: @": cannot open shared object file: No such file or directory', 'https://github.com/cupy/cupy/issues/7565'),
    ('cupy_lib_missing', "ImportError: /lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.29' not found (required by /PATH/TO/ENV/lib/python3.11/site-packages/cupy/_core/core.cpython-311-x86_64-linux-gnu.so)", "pykokkos' install notes: an old system libstdc++, not a CUDA library"),
    ('cupy_lib_missing', 'OSError: libcuda.so.1: cannot open shared object file: No such file or directory', 'https://github.com/xorbitsai/inference/issues/2865'),
    ('cupy_frame', '  File "/opt/conda/lib/python3.8/site-packages/torch/__init__.py", line 189, in <module>', "torch's own frame"),
    ('cupy_banner', 'log.error("Failed to import cupy. Falling back to numpy.")', "an application's own fallback log in lower case, not CuPy's banner"),
    ('ort_create_failed', 'CUDA was able to be loaded after I set the path', 'the working case said in words'),
]
