"""Session 36, the arch family: Triton's compiler older than the GPU, in LLVM's words.

- gpu-arch-unsupported (nvrtc_arch, the run-time compilers of the build): the LLVM bundled with a Triton older than the
  GPU prints "'sm_120' is not a recognized processor for this target (ignoring processor)" for each kernel it builds
  (RTX 50 under a Triton before 3.3; RTX 40's sm_89 under torch 2.0's early Triton). The same words for a CPU target
  ('znver1', 'x86_64', 'cortex-a75': a compiler flag for another CPU) are not read.
- other-framework-only-evidence (read by arch-gap-elsewhere-evidence, the step-aside of gpu-arch-unsupported): TensorFlow's
  own device log pasted alone ("Ignoring visible gpu device ... The minimum required Cuda capability is 3.5.") is
  TensorFlow's build floor; torch's "The minimum cuda capability that we support is 3.5." is not TensorFlow's.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('gpu-arch-unsupported', 'nvrtc_arch', "'sm_120' is not a recognized processor for this target (ignoring processor)", 'https://github.com/woct0rdho/triton-windows/issues/93'),
    ('gpu-arch-unsupported', 'nvrtc_arch', "'sm_120' is not a recognized processor for this target (ignoring processor)", 'https://github.com/fishaudio/fish-speech/issues/907'),
    ('gpu-arch-unsupported', 'nvrtc_arch', "'sm_120' is not a recognized processor for this target (ignoring processor)", 'https://github.com/pytorch/pytorch/issues/148551'),
    ('gpu-arch-unsupported', 'nvrtc_arch', "'sm_89' is not a recognized processor for this target (ignoring processor)", 'https://github.com/pytorch/pytorch/issues/95082'),
    ('other-framework-only-evidence', 'other_framework', '`Ignoring visible gpu device (device: 0, name: GeForce GTX 660M, pci bus id: 0000:01:00.0, compute capability: 3.0) with Cuda compute capability 3.0. The minimum required Cuda capability is 3.5.', 'https://github.com/williamFalcon/tensorflow-gpu-install-ubuntu-16.04/issues/22'),
    ('other-framework-only-evidence', 'other_framework', 'ompute capability 3.0. The minimum required Cuda capability is 3.5.', 'https://github.com/tensorflow/tensorflow/issues/6125 (the wrapped second line)'),
    ('other-framework-only-evidence', 'other_framework', '`Ignoring visible gpu device (device: 0, name: Tesla K80, compute capability: 3.7) with Cuda compute capability 3.7. The minimum required Cuda capability is 6.0.`', 'https://github.com/tlkh/ai-lab/issues/30'),
]

QUIET = [
    ('gpu-arch-unsupported', 'nvrtc_arch', "`'znver1' is not a recognized processor for this target (ignoring processor)`", 'a CPU flag left set while cross-compiling (https://github.com/rust-embedded/discovery/issues/224)'),
    ('gpu-arch-unsupported', 'nvrtc_arch', "'x86_64' is not a recognized processor for this target (ignoring processor)", 'a Rust build on Arch (https://github.com/pop-os/shell-shortcuts/issues/43)'),
    ('gpu-arch-unsupported', 'nvrtc_arch', "'cortex-a75' is not a recognized processor for this target (ignoring processor)", 'a bad target-cpu for rustc (https://github.com/rust-lang/rust/issues/90894)'),
    ('other-framework-only-evidence', 'other_framework', '    The minimum cuda capability that we support is 3.5.`', "torch's own too-old warning (https://github.com/alievk/avatarify-python/issues/58)"),
]
