"""Version-of-code families of session 30, read from the emitting projects' own wordings.

torch-too-old-for-code:
- transformers_torch_floor: transformers' import-time floor check (src/transformers/utils/import_utils.py,
  is_torch_available) logs "Disabling PyTorch because PyTorch >= X is required but found Y" and carries on without
  torch; every model class then "requires the PyTorch library". The floor rose with the releases (2.1, 2.2, 2.4, 2.5).
  Pastes wrap it after "required". The source line (with "{torch_version}") and the "None of PyTorch ... have been
  found" line (no torch at all) are not it.

torchvision-mismatch:
- cuda_pair_said: the second sentence of torchvision's _check_cuda_version (torchvision/extension.py), "PyTorch has
  CUDA Version=11.7 and torchvision has CUDA Version=11.8", quoted without the first. torchaudio's check words it "CUDA
  version 11.8 whereas TorchAudio has CUDA version 11.7" and is not read.

Each line is verbatim from the source named."""
from __future__ import annotations

OLD = "torch-too-old-for-code"
TV = "torchvision-mismatch"

FIRES = [
    # https://github.com/jingyaogong/minimind/issues/588
    (OLD, "transformers_torch_floor", "Disabling PyTorch because PyTorch >= 2.1 is required but found 2.0.1",
     "jingyaogong/minimind#588"),
    # https://github.com/XiaoxinHe/G-Retriever/issues/48
    (OLD, "transformers_torch_floor", "Disabling PyTorch because PyTorch >= 2.1 is required but found 2.0.1\nso ,what can i do ?",
     "XiaoxinHe/G-Retriever#48"),
    # a stored troubleshooting note (code-search file 52277950267): fixed by pip install "torch>=2.4"
    (OLD, "transformers_torch_floor", "Disabling PyTorch because PyTorch >= 2.4 is required but found 2.3.0",
     "a stored troubleshooting note (code-search file 52277950267)"),
    # a stored CI log excerpt, wrapped after "required" (code-search file 57927127373)
    (OLD, "transformers_torch_floor", "[transformers] Disabling PyTorch because PyTorch >= 2.5 is required\nbut found 2.4.1",
     "a stored CI log excerpt (code-search file 57927127373)"),
    # a Jetson build's alpha version (code-search file 63566135061)
    (OLD, "transformers_torch_floor", "UserWarning: Disabling PyTorch because PyTorch >= 2.1 is required but found "
     "2.1.0a0+41361538.nv23.06...", "a stored Jetson setup note (code-search file 63566135061)"),
    # https://github.com/nerdyrodent/AVeryComfyNerd/issues/8
    (TV, "cuda_pair_said", "PyTorch has CUDA Version=11.7 and torchvision has CUDA Version=11.8.",
     "nerdyrodent/AVeryComfyNerd#8"),
    # https://github.com/m-bain/whisperX/issues/320
    (TV, "cuda_pair_said", "\"RuntimeError: Detected that PyTorch and torchvision were compiled with different CUDA versions. "
     "PyTorch has CUDA Version=11.7 and torchvision has CUDA Version=11.8\".", "m-bain/whisperX#320"),
    # https://github.com/acheong08/Diffusion-ColabUI/issues/108 (wrapped by the console)
    (TV, "cuda_pair_said", "CUDA versions. PyTorch has CUDA Version=11.7 and torchvision has CUDA \nVersion=11.8. Please "
     "reinstall the torchvision that matches your PyTorch ", "acheong08/Diffusion-ColabUI#108"),
    # https://github.com/m-bain/frozen-in-time/pull/7
    (TV, "cuda_pair_said", "RuntimeError: Detected that PyTorch and torchvision were compiled with different CUDA versions. "
     "PyTorch has CUDA Version=11.1 and torchvision has CUDA Version=10.2. Please reinstall the torchvision that matches "
     "your PyTorch install.", "m-bain/frozen-in-time#7"),
]

QUIET = [
    # transformers' source line: no version was found, the f-string is printed as code
    (OLD, "transformers_torch_floor", '            logger.warning_once(f"Disabling PyTorch because PyTorch >= 2.4 is required '
     'but found {torch_version}")', "huggingface/transformers src/transformers/utils/import_utils.py"),
    # no torch at all: another cause (torch missing)
    (OLD, "transformers_torch_floor", "Neither PyTorch nor TensorFlow >= 2.0 have been found.Models won't be available and "
     "only tokenizers, configurationand file/data utilities can be used.", "Vennify-Inc/chatting-transformer#14"),
    (OLD, "transformers_torch_floor", "None of PyTorch, TensorFlow >= 2.0, or Flax have been found. Models won't be available "
     "and only tokenizers, configuration and file/data utilities can be used.", "a stored ticket (code-search file 59594540947)"),
    # torchaudio's own check (torchaudio/_extension/utils.py): torchaudio is the odd build
    (TV, "cuda_pair_said", "RuntimeError: Detected that PyTorch and TorchAudio were compiled with different CUDA versions. "
     "PyTorch has CUDA version 11.8 whereas TorchAudio has CUDA version 11.7. Please install the TorchAudio version that "
     "matches your PyTorch version.", "mli/autocut#106"),
    (TV, "cuda_pair_said", "PyTorch has CUDA version 13.0 whereas TorchAudio has CUDA version 12.8.", "NixOS/nixpkgs#558343"),
    # torch's own extension-build warning about the toolkit, not torchvision
    (TV, "cuda_pair_said", "UserWarning: The detected CUDA version (11.7) has a minor version mismatch with the version that "
     "was used to compile PyTorch (11.3). Most likely this shouldn't be a problem.", "mathmanu/edgeai-torchvision#18"),
]
