"""A uvicorn server that stops as soon as it is asked to, for the stand-in's background thread.

uvicorn notices ``should_exit`` on a 0.1 s tick and then sleeps another 0.1 s before its graceful
shutdown: ~0.15 s of every ``local_posthog()`` block and every ``posthog-rest --demo`` command spent
waiting. Here a stop request wakes the loop at once, and the shutdown waits for open connections and
tasks by polling every few milliseconds (still up to ``timeout_graceful_shutdown``).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading

import uvicorn

__all__ = ["PromptServer"]

#: How often shutdown looks whether the open connections and tasks have finished.
_POLL = 0.005
#: uvicorn's tick: the ``Date`` header and ``limit_max_requests`` are checked this often.
_TICK = 0.1


class PromptServer(uvicorn.Server):
    """``uvicorn.Server`` whose :meth:`request_exit` (any thread) ends it without waiting for a tick, and whose
    :attr:`up` event says when it has started.

    Example:
        >>> server = PromptServer(uvicorn.Config(app, lifespan="off"))
        >>> threading.Thread(target=server.run).start(); ...; server.request_exit()
    """

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        #: Set once the server accepts connections (or has failed to start): waiters wake at once.
        self.up = threading.Event()

    def request_exit(self) -> None:
        """Ask the server to stop, from any thread; it wakes at once.

        Example:
            >>> server.request_exit()
        """
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already closed: nothing to wake
                loop.call_soon_threadsafe(wake.set)

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().startup(sockets)
        finally:
            self.up.set()

    async def main_loop(self) -> None:
        # The event is made before the first check of should_exit, so a request_exit() that finds no loop
        # yet has already set the flag that check reads.
        self._wake = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), _TICK)
            should_exit = await self.on_tick(counter)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        state = self.server_state
        for connection in list(state.connections):
            connection.shutdown()
        loop = asyncio.get_running_loop()
        deadline = (
            loop.time() + self.config.timeout_graceful_shutdown if self.config.timeout_graceful_shutdown else None
        )
        while (state.connections or state.tasks) and not self.force_exit:
            if deadline is not None and loop.time() >= deadline:
                for task in state.tasks:
                    task.cancel(msg="Task cancelled, timeout graceful shutdown exceeded")
                break
            await asyncio.sleep(_POLL)
        for server in self.servers:
            await server.wait_closed()
        if not self.force_exit:
            await self.lifespan.shutdown()
