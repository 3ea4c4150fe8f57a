"""Run a part of the validation on the second core: a forked process sees this one's data without
copying it, and sends its result back. Without fork (Windows), the part runs at once."""

from __future__ import annotations

import multiprocessing as mp
import traceback
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def in_background(fn: Callable[[], T]) -> Callable[[], T]:
    """Start `fn` and return a function that waits for its result."""
    if "fork" not in mp.get_all_start_methods():
        result = fn()
        return lambda: result
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def child() -> None:
        try:
            send.send(("ok", fn()))
        except BaseException:
            send.send(("error", traceback.format_exc()))

    proc = ctx.Process(target=child, daemon=True)
    proc.start()
    send.close()

    def wait() -> T:
        try:
            status, value = receive.recv()
        except EOFError:
            raise RuntimeError(f"validate: the worker process died (exit code {proc.exitcode}; out of memory?)") from None
        finally:
            proc.join()
        if status == "error":
            raise RuntimeError("validate: a check failed in the worker:\n" + value)
        return value
    return wait
