"""Where a run's outputs go: stdout, one file, or one file per input in an output folder."""

from __future__ import annotations

import os

from newsclean._cli.files import check_not_an_input
from newsclean._cli.inputs import Inputs, is_jsonl_path
from newsclean._errors import InputError

__all__ = ["folder_targets", "is_output_folder"]


def is_output_folder(output: str | None, inputs: Inputs) -> bool:
    """Whether ``-o output`` names a folder that gets one output per input.

    It does if it ends in ``/``, is an existing folder, or, when the inputs are a folder
    or several files, if it is a new name without a JSONL extension (``-o clean.jsonl``
    gathers JSONL inputs into one file).
    """
    if output is None or output == "-":
        return False
    if output.endswith(("/", os.sep)) or os.path.isdir(output):
        return True
    if is_jsonl_path(output) or os.path.exists(output):
        return False
    return inputs.folders or len(inputs.names) > 1


def folder_targets(output: str, inputs: Inputs, stdin_name: str) -> dict[str, str]:
    """Each input's output path in the folder ``output``, checked before anything is written.

    Each output keeps its input's name relative to the folder it was found in; no two may
    collide and none may overwrite an input.
    """
    if os.path.exists(output) and not os.path.isdir(output):
        raise InputError(f"{output}: several inputs need -o to be a folder")
    paths = inputs.paths
    targets: dict[str, str] = {}
    seen: dict[str, str] = {}
    for path, name in inputs.names:
        target = os.path.join(output, stdin_name if path == "-" else name)
        if target in seen:
            raise InputError(f"{seen[target]} and {path} would both be written to {target}")
        check_not_an_input(target, paths)
        seen[target] = path
        targets[path] = target
    return targets
