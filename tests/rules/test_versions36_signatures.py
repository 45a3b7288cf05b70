"""Version-of-code families of session 36, read from the emitting library's own wordings.

torch-too-old-for-code:
- old_module_getattr / old_module_getattr_frame: torch 0.1.x's Module.__getattr__ ended in
  `return object.__getattr__(self, name)` (torch/nn/modules/module.py, line 237), so any Module attribute it lacked
  failed with Python's "type object 'object' has no attribute '__getattr__'" (pytorch#1126; 0.2.0 names the attribute).
  Read only with torch's own frame or source line beside it; a modern torch's frame naming the attribute is not it,
  nor another library's __getattr__ frame.

Each line is verbatim from the source named."""
from __future__ import annotations

OLD = "torch-too-old-for-code"

FIRES = [
    # https://github.com/marvis/pytorch-yolo2/issues/51 (dict(model.named_parameters()), Python 2.7)
    (OLD, "old_module_getattr", "AttributeError: type object 'object' has no attribute '__getattr__'",
     "marvis/pytorch-yolo2#51"),
    (OLD, "old_module_getattr_frame",
     '  File "/usr/local/lib/python2.7/dist-packages/torch/nn/modules/module.py", line 237, in __getattr__',
     "marvis/pytorch-yolo2#51"),
    (OLD, "old_module_getattr_frame", "    return object.__getattr__(self, name)", "marvis/pytorch-yolo2#51"),
    # https://github.com/pytorch/pytorch/issues/1126 (IPython's layout of the same frame)
    (OLD, "old_module_getattr", "AttributeError: type object 'object' has no attribute '__getattr__'", "pytorch/pytorch#1126"),
    (OLD, "old_module_getattr_frame", ".../torch/nn/modules/module.py in __getattr__(self, name)", "pytorch/pytorch#1126"),
    (OLD, "old_module_getattr_frame", "--> 237         return object.__getattr__(self, name)", "pytorch/pytorch#1126"),
    # https://github.com/wentaozhu/DeepLung/issues/11 (anaconda2 env; "fixed it by upgrading pytorch")
    (OLD, "old_module_getattr_frame",
     '  File "/home/jin/anaconda2/envs/lung/lib/python2.7/site-packages/torch/nn/modules/module.py", line 237, in __getattr__',
     "wentaozhu/DeepLung#11"),
]

QUIET = [
    # a modern torch: the frame is there but the sentence names the attribute
    (OLD, "old_module_getattr", "AttributeError: 'A' object has no attribute 'foo'", "pytorch/pytorch#152308"),
    # another program's own __getattr__ frame
    (OLD, "old_module_getattr_frame",
     '  File "C:\\Users\\c32825\\Documents\\GitHub\\uml\\python3\\dummy3.py", line 9, in __getattr__',
     "mhammond/pywin32#2564"),
    # a modern torch's raise line, not 0.1.x's fall-through
    (OLD, "old_module_getattr_frame",
     "    raise AttributeError(f\"'{type(self).__name__}' object has no attribute '{name}'\")", "pytorch/pytorch#152308"),
]
