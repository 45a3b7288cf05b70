"""directml-op-not-implemented (session 23) reads torch-directml meeting an operation its backend does not implement:
its own CPU-fallback warning in every casing and wrap, torch.Generator on its device, DirectML's dtype refusals, and
PrivateUse1 refusals or inference tensors with DirectML in view. Its look-alikes (MPS's missing operators, DirectML's
device removal and out-of-memory, a custom PrivateUse1 backend) are read so that the rule stays quiet; DirectML's
out-of-memory is cuda-oom's. Each line is verbatim from the thread named."""
from __future__ import annotations

R = "directml-op-not-implemented"

FIRES = [
    (R, "dml_fallback", "It fires a warning saying `UserWarning: The operator 'aten::eye.m_out' is not currently supported on "
     "the DML backend and will fall back to run on the CPU. This may have performance implications.", "microsoft/DirectML#431"),
    (R, "dml_fallback", "userwarning: the operator 'aten::count_nonzero.dim_intlist' is not currently supported on the dml "
     "backend and will fall back to run on the cpu. this may have performance implications.", "microsoft/DirectML#665"),
    (R, "dml_fallback", "UserWarning: The operator 'aten::native_group_norm_backward' is not currently supported on the DML "
     "backend and will fall back to run on the CPU.", "microsoft/DirectML#678"),
    (R, "dml_generator", "RuntimeError: Device type privateuseone is not supported for torch.Generator() api.",
     "lllyasviel/Fooocus#624"),
    (R, "dml_dtype", "> [F D:\\a\\_work\\1\\s\\pytorch-directml-plugin\\torch_directml\\csrc\\engine\\dml_util.cc:118] Invalid or "
     "unsupported data type.", "ljleb/sd-webui-freeu#21"),
    (R, "dml_dtype", "RuntimeError: The GPU device does not support Double (Float64) operations!", "microsoft/DirectML#438 (title)"),
    (R, "pu1_refusal", "RuntimeError: new(): expected key in DispatchKeySet(CPU, CUDA, HIP, XLA, MPS, IPU, XPU, HPU, Lazy, Meta) "
     "but got: PrivateUse1", "pytorch/pytorch#95734"),
    (R, "pu1_refusal", "Execution time report: expected key in DispatchKeySet (CPU, CUDA, HIP, XLA, MPS, IPU, XPU, HPU, Lazy, Meta) "
     "but got: PrivateUse1 ", "zai-org/ChatGLM3#1115"),
    (R, "pu1_refusal", "4. `torch_directml.PrivateUse1Module.device_count()` seems **not to be implemented** ???",
     "microsoft/DirectML#609"),
    (R, "inference_tensor", "RuntimeError: Cannot set version_counter for inference tensor", "microsoft/DirectML#602"),
    (R, "dml_context", "`import torch_directml`", "microsoft/DirectML#622"),
    (R, "dml_context", "[System ARGV] ['E:\\\\StabilityMatrix-win-x64\\\\Data\\\\Packages\\\\Fooocus\\\\launch.py', '--preset', 'realistic', "
     "'--normalvram', '--directml', '--disable-xformers', '--auto-launch']", "lllyasviel/Fooocus#970"),
    (R, "dml_other_failure", "RuntimeError: CHECK failed: ((((HRESULT)((dml_device_->GetDeviceRemovedReason()))) >= 0)) == (true):",
     "microsoft/DirectML#287"),
    ("cuda-oom", "oom_other_backend", "After installation, I was able to start the WebUI but was unable to generate anything, I "
     "keep getting the error : RuntimeError: Could not allocate tensor with 9831040 bytes. There is not enough GPU video memory "
     "available!", "AUTOMATIC1111/stable-diffusion-webui#8806"),
]

QUIET = [
    # MPS's wording of the same gap is mps-op-not-implemented's.
    (R, "dml_fallback", "NotImplementedError: The operator 'aten::_fft_r2c' is not currently implemented for the MPS device.",
     "pytorch/pytorch#116392"),
    # A custom backend in the PrivateUse1 slot says "privateuseone" too; that name alone is not DirectML.
    (R, "dml_context", "a = torch.ones((3,3), device=\"privateuseone\")", "pytorch/pytorch#144845"),
    # ONNX Runtime's DirectML provider is another library.
    (R, "dml_dtype", "C:\\apilot\\agent\\_work\\6\\s\\engine\\lotus\\onnxruntime\\core\\providers\\dml\\DmlExecutionProvider\\src\\"
     "ExecutionProvider.cpp(381)\\onnxruntime.dll!00007FFE69DD5671: (caller: 00007FFE69DD58EC) Exception(1) tid(1a04) 80070057 "
     "The parameter is incorrect.", "microsoft/Windows-Machine-Learning#509"),
    # The webui without torch-directml installed is a setup step, not a missing operator.
    (R, "pu1_refusal", "AttributeError: module 'torch' has no attribute 'dml'", "lshqqytiger/stable-diffusion-webui-amdgpu#626"),
]
