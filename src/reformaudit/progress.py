"""The progress line of ``reformaudit batch``: a bar, the count, the rate and the time left, redrawn in
place on standard error — only when that is a terminal, never into a pipe or a CI log."""

from __future__ import annotations

import shutil
import sys
import time

from .messages import message

BAR = 20
REDRAW_EVERY = 0.1  # seconds: often enough to look live, rarely enough to cost nothing
RATE_AFTER = 0.05  # seconds: a rate over less is noise


def time_left(seconds: float, lang: str) -> str:
    """ "1 phút 08 giây", "42 s".

    >>> time_left(68, "vi"), time_left(42.4, "en"), time_left(3700, "vi")
    ('1 phút 08 giây', '42 s', '1 giờ 01 phút')
    """
    minutes, rest = divmod(round(seconds), 60)
    if minutes >= 60:
        return message("note.hours", lang, hours=minutes // 60, minutes=f"{minutes % 60:02d}")
    if minutes:
        return message("note.minutes", lang, minutes=minutes, seconds=f"{rest:02d}")
    return message("note.seconds", lang, seconds=rest)


def progress_line(done: int, total: int, elapsed: float, lang: str) -> str:
    """ "[########............] 12/30 báo cáo · 4,2 báo cáo/giây · còn khoảng 4 giây".

    >>> progress_line(12, 30, 3.0, "en")
    '[########............] 12/30 reports · 4 reports/s · about 4 s left'
    """
    filled = BAR * done // max(total, 1)
    bar = f"[{'#' * filled}{'.' * (BAR - filled)}] "
    if done == 0 or elapsed < RATE_AFTER:
        return bar + message("note.progress-start", lang, done=done, total=total)
    rate = done / elapsed
    left = time_left((total - done) / rate, lang)
    return bar + message("note.progress", lang, done=done, total=total, rate=round(rate, 1), left=left)


class Progress:
    """Draws :func:`progress_line` on ``stream`` if it is a terminal; does nothing otherwise."""

    def __init__(self, total: int, lang: str, stream=None):
        self.stream = stream or sys.stderr
        self.total, self.lang = total, lang
        self.shown = self.stream.isatty()
        self.start = self.drawn = time.monotonic()
        self.done = 0
        self._draw()

    def advance(self, done: int) -> None:
        self.done = done
        if self.shown and (time.monotonic() - self.drawn >= REDRAW_EVERY or done == self.total):
            self._draw()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_) -> None:
        self.close()

    def close(self) -> None:
        if self.shown:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self) -> None:
        if not self.shown:
            return
        self.drawn = time.monotonic()
        width = shutil.get_terminal_size().columns - 1
        line = progress_line(self.done, self.total, self.drawn - self.start, self.lang)[:width]
        self.stream.write(f"\r{line}\x1b[K")
        self.stream.flush()
