from typing import Optional

__all__ = ['__version__', 'debug', 'cuda', 'git_version', 'hip', 'rocm', 'xpu']
__version__ = '2.11.0.dev20251221+cu128'
debug = False
cuda: Optional[str] = '12.8'
git_version = '430183e2e83fca8c0e56d12782281e885a4e3724'
hip: Optional[str] = None
rocm: Optional[str] = None
xpu: Optional[str] = None
