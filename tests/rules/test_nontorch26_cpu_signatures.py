"""nontorch-cpu-build-evidence (session 26) reads llama.cpp's missing GPU offload said in words beside llama.cpp named: the
layers asked for stay on the CPU, which a plain pip build of llama-cpp-python (no CUDA) does. Each line is verbatim from the
thread named; the near misses are offload working and the GPU said busy."""
from __future__ import annotations


RULE = "nontorch-cpu-build-evidence"

FIRES = [
    ("llama_offload_said", "But i load model mixtral-8x7b-instruct-v0.1.Q5_K_M.gguf, i can't see gpu offload. This is my code:",
     "oobabooga/textgen#5724"),
    ("llama_offload_said", "but it does not seem to use the GPU when I pass n_gpu_layers param !!!",
     "abetlen/llama-cpp-python#514"),
    ("llama_offload_said", "llama-cpp-python doesn't tell me that it is offloading layers to the gpu, and it should be telling me "
     "something like that", "oobabooga/textgen#2782"),
    ("llama_named", "llama-cpp-python == 0.1.54", "langchain-ai/langchain#5187"),
    ("llama_named", "`llm = LlamaCpp(model_path=f\"{self.llm_path}/{self.selection}.bin\", n_gpu_layers=25, n_ctx=1024, "
     "n_threads=8, callback_manager=callback_manager, verbose=True)`", "langchain-ai/langchain#5187"),
]

QUIET = [
    ("llama_offload_said", "I've compiled llama.cpp python binding with CUDA support enabled and the GPU offload is working:",
     "simonw/llm-llama-cpp#19"),
    ("llama_offload_said", "llm_load_tensors: offloaded 1/35 layers to GPU", "simonw/llm-llama-cpp#19"),
    ("llama_offload_said", "However, it looks like `n_gpu_layers` is set to 1 and can't be changed?", "simonw/llm-llama-cpp#19"),
]
