"""Queries run in a forked child process, so that nothing a query does to the engine reaches
the command or the server that asked: a panic of Oxigraph (an abort), a stack overflow of a
parser (a segfault), a join that never ends (killed at the time limit).

    value = isolated(lambda: store.run(query).text("table"), timeout=30)    # the command line
    value = await isolated_async(work, timeout=10, on_slow=...)             # the server

The child inherits the loaded store (forked, nothing copied until written), runs `work`,
sends back its value or the DiplographError it raised (pickled: the two processes are the
same program), and leaves without running the parent's cleanup. The parent reads with poll
or its event loop, never select(), which stops at descriptor 1024. A child that ends without
an answer is reported in one line, with the signal that ended it.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import faulthandler
import os
import pickle
import select
import signal
import time
import warnings
from collections.abc import Callable
from typing import Any

from ..errors import DiplographError, GraphError

__all__ = ["CrashError", "TimeLimitError", "isolated", "isolated_async"]

_CHUNK = 1 << 16
_REAPING: set[asyncio.Future[int]] = set()


class TimeLimitError(GraphError):
    """A query stopped at its time limit."""

    def __init__(self, timeout: float) -> None:
        super().__init__(f"the time limit of {timeout:g} s was hit and the query was stopped")
        self.timeout = timeout

    def __reduce__(self) -> tuple[type[TimeLimitError], tuple[float]]:
        return TimeLimitError, (self.timeout,)


class CrashError(GraphError):
    """The query's process ended without an answer (the engine crashed)."""


def _fork(work: Callable[[], Any]) -> tuple[int, int]:
    """Fork a child that runs `work` and writes the pickled outcome to a pipe; return the
    child's pid and the pipe's reading end."""
    read, write = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads
        pid = os.fork()
    if pid == 0:  # the child: answer, write, leave without running the parent's cleanup
        code = 0
        try:
            os.close(read)
            # what an engine prints as it dies (a panic's backtrace) is not the user's to read:
            # the parent says in one line how the process ended
            quiet = os.open(os.devnull, os.O_WRONLY)
            os.dup2(quiet, 2)
            os.close(quiet)
            faulthandler.disable()
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            with contextlib.suppress(ValueError):  # not the main thread: nothing to undo
                signal.set_wakeup_fd(-1)  # the parent's event loop must not hear our signals
            try:
                outcome: tuple[str, Any] = ("ok", work())
            except DiplographError as error:
                outcome = ("error", error)
            except Exception as error:  # the engine's own failures, said in one line
                first = str(error).strip().splitlines()[0] if str(error).strip() else ""
                outcome = ("error", GraphError(f"query failed: {type(error).__name__} {first}"))
            try:
                data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # an error that does not pickle is sent as its text
                data = pickle.dumps(("error", GraphError(str(outcome[1]))))
            with os.fdopen(write, "wb") as out:
                out.write(data)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write)
    return pid, read


def _outcome(data: bytes, status: int) -> Any:
    if data:
        try:
            kind, value = pickle.loads(data)
        except Exception:
            kind, value = "", None
        if kind == "ok":
            return value
        if kind == "error" and isinstance(value, BaseException):
            raise value
    raise CrashError(f"the query engine crashed ({_ended(status)}); nothing was answered")


def _ended(status: int) -> str:
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"its process was ended by {name}"
    return f"its process exited with status {os.WEXITSTATUS(status)}"


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def isolated(work: Callable[[], Any], timeout: float | None = None) -> Any:
    """`work()` run in a child process: its value, or the error it raised; TimeLimitError
    past `timeout` seconds, CrashError if the child died. Where there is no fork (Windows),
    `work` runs here."""
    if not hasattr(os, "fork"):  # pragma: no cover
        return work()
    pid, read = _fork(work)
    chunks: list[bytes] = []
    deadline = None if timeout is None else time.monotonic() + timeout
    poller = select.poll()
    poller.register(read, select.POLLIN | select.POLLHUP)
    status = 0
    try:
        while True:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            if wait == 0.0:
                _kill(pid)
                raise TimeLimitError(timeout or 0.0)
            try:
                ready = poller.poll(None if wait is None else wait * 1000)
            except InterruptedError:  # pragma: no cover (retried by Python since 3.5)
                continue
            if ready:
                chunk = os.read(read, _CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
    except BaseException:
        _kill(pid)
        raise
    finally:
        os.close(read)
        _, status = os.waitpid(pid, 0)
    return _outcome(b"".join(chunks), status)


async def isolated_async(
    work: Callable[[], Any],
    timeout: float,
    *,
    slow_after: float | None = None,
    on_slow: Callable[[int], Any] | None = None,
) -> Any:
    """`isolated` for an event loop: the pipe is read by the loop, the child killed at the
    deadline or when the awaiting task is cancelled (its client went away). After
    `slow_after` seconds, `on_slow(pid)` is called once (the server lowers the priority of
    long queries)."""
    loop = asyncio.get_running_loop()
    pid, read = _fork(work)
    os.set_blocking(read, False)
    done = loop.create_future()
    chunks: list[bytes] = []

    def readable() -> None:
        try:
            chunk = os.read(read, _CHUNK)
        except BlockingIOError:
            return
        except OSError as error:  # pragma: no cover
            chunk = b""
            if error.errno not in (errno.EIO, errno.EBADF):
                raise
        if chunk:
            chunks.append(chunk)
        elif not done.done():
            done.set_result(None)

    loop.add_reader(read, readable)
    slow = None
    if slow_after is not None and on_slow is not None and slow_after < timeout:
        slow = loop.call_later(slow_after, on_slow, pid)
    try:
        try:
            await asyncio.wait_for(asyncio.shield(done), timeout)
        except TimeoutError:
            _kill(pid)
            raise TimeLimitError(timeout) from None
        except BaseException:
            _kill(pid)
            raise
    finally:
        if slow is not None:
            slow.cancel()
        loop.remove_reader(read)
        os.close(read)
        # reaped by a task of its own, which a cancelled request cannot stop half-way
        reaping = asyncio.ensure_future(_reap(pid))
        _REAPING.add(reaping)
        reaping.add_done_callback(_REAPING.discard)
        status = await asyncio.shield(reaping)
    return _outcome(b"".join(chunks), status)


async def _reap(pid: int) -> int:
    """Wait for the child without blocking the loop (it has closed its pipe: it is ending)."""
    delay = 0.0005
    while True:
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:  # pragma: no cover (reaped elsewhere)
            return 0
        if done:
            return status
        await asyncio.sleep(delay)
        delay = min(delay * 2, 0.05)
