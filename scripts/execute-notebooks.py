#!/usr/bin/python3
"""Executes Jupyter notebooks with nbclient (Debian's python3-nbclient) and writes the executed copies.

Usage: execute-notebooks.py <output dir> <notebook.ipynb>...   (each runs with its own folder as working directory)

It is nbclient's NotebookClient with one change: after a cell's `status: idle`, it keeps reading IOPub for up
to GRACE seconds until the cell's `execute_result` (or error) arrives. The Deno kernel (2.9) sometimes publishes a
cell's execute_result just after its `status: idle` (about 1 cell in 6 on a busy machine), a violation of the
messaging protocol that makes plain `jupyter nbconvert --execute` drop the output at random. Interactive front
ends show the late result anyway, so a gate that lost it would fail notebooks that work.
"""
import os
import sys
import time
from queue import Empty

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete
from nbclient.util import ensure_async

GRACE = 0.5


class LateOutputClient(NotebookClient):
    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        await super()._async_poll_output_msg(parent_msg_id, cell, cell_index)
        deadline = time.monotonic() + GRACE
        while not any(output.get("output_type") in ("execute_result", "error") for output in cell.outputs):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=remaining))
            except Empty:
                return
            if msg["parent_header"].get("msg_id") == parent_msg_id:
                try:
                    self.process_message(msg, cell, cell_index)
                except CellExecutionComplete:
                    pass


def main(out_dir, paths):
    os.makedirs(out_dir, exist_ok=True)
    for path in paths:
        notebook = nbformat.read(path, as_version=4)
        started = time.monotonic()
        client = LateOutputClient(notebook, timeout=300, allow_errors=True, resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
        client.execute()
        nbformat.write(notebook, os.path.join(out_dir, os.path.basename(path)))
        print(f"executed {os.path.basename(path)} in {time.monotonic() - started:.1f} s", flush=True)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
