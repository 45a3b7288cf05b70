"""Files shipped inside gpufix's packages (the rules, the knowledge tables), found cheaply.

`importlib.resources` and what it loads (zipfile, tempfile, the compression modules) cost ~4 ms
of every start. For a package installed as a folder (every install pip makes, editable ones
included) what it returns is that folder as a Path, so the folder is taken directly; only a
package imported from elsewhere (a zip) goes through importlib.resources.
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any


def package_folder(package: str) -> Any:
    """The folder of `package` as a Path (a Traversable when it is not a folder on disk)."""
    module = importlib.import_module(package)
    file = getattr(module, "__file__", None)
    if file:
        folder = Path(file).parent
        if folder.is_dir():
            return folder
    from importlib import resources  # lazy: start-up; only a package that is not a folder needs it

    return resources.files(package)
