"""The one way every command writes an output file.

    with output_file("articles.jsonl") as fh:      # "-" = stdout
        fh.write(...)

- a regular file (or a new one) is written to a hidden temporary file in the same directory,
  flushed and fsync'ed, and renamed over the target only when the `with` block ends without an
  exception: Ctrl-C, a full disk or a crash leave the previous file untouched, and the temporary
  file is removed;
- a symlink is followed: its target is replaced the same way and the link stays a link;
- a device, FIFO or socket (`-o /dev/null`, `-o /dev/stdout`, a named pipe) is written through:
  renaming a regular file over it would replace the device node itself;
- the new file keeps the permissions of the file it replaces.

`PendingFile` is the same, split in steps, for a command that commits several files together
(the export renames its files only when all are written).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, Iterator, cast

PART_SUFFIX = ".part"


class OutputError(OSError):
    """Writing an output file failed (full disk, size limit, permissions); the message names the
    file and says that an earlier version of it was kept."""

    def __str__(self) -> str:
        return str(self.strerror)


def _output_error(path, exc: OSError) -> OutputError:
    kept = " (its earlier version is unchanged)" if Path(path).exists() else ""
    return OutputError(exc.errno, f"writing {path} failed: {exc.strerror or exc}{kept}")


class _Checked:
    """The output stream, with a write error turned into OutputError (a read error of the
    input, raised in the same `with` block, stays what it is)."""

    def __init__(self, fh: IO, path):
        self._fh, self._path = fh, path

    def write(self, data):
        try:
            return self._fh.write(data)
        except OutputError:
            raise
        except OSError as exc:
            raise _output_error(self._path, exc) from None

    def __getattr__(self, name):
        return getattr(self._fh, name)


def _write_through(path: Path) -> bool:
    """True for an existing non-regular target (after following symlinks)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    return not stat.S_ISREG(st.st_mode)


class PendingFile:
    """An output being written: `open()` it, write, then `commit()` (rename into place) or
    `discard()` (remove the temporary file; the target stays as it was)."""

    def __init__(self, path: str | os.PathLike):
        given = Path(path)
        # follow a symlink so the link itself survives and its target gets the new content
        self.target = Path(os.path.realpath(given)) if given.is_symlink() else given
        self.through = _write_through(self.target)
        self.tmp: Path | None = None
        self.fh: IO | None = None

    def open(self, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None) -> IO:
        binary = "b" in mode
        kw: dict[str, Any] = {} if binary else {"encoding": encoding, "newline": newline}
        if self.through:
            self.fh = open(self.target, mode, **kw)
            return self.fh
        self.target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=PART_SUFFIX, dir=self.target.parent)
        self.tmp = Path(tmp)
        self.fh = os.fdopen(fd, mode, **kw)
        return self.fh

    @property
    def write_path(self) -> Path:
        """Where a library that opens files by name (Parquet) should write."""
        if self.through:
            return self.target
        if self.tmp is None:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=PART_SUFFIX, dir=self.target.parent)
            os.close(fd)
            self.tmp = Path(tmp)
        return self.tmp

    def finish_writing(self) -> None:
        """Flush and fsync the data (a rename must never publish a file the disk has not got)."""
        if self.fh is not None and not self.fh.closed:
            self.fh.flush()
            if not self.through:
                os.fsync(self.fh.fileno())
            self.fh.close()
        elif self.tmp is not None and self.tmp.exists():
            fd = os.open(self.tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def commit(self) -> Path:
        self.finish_writing()
        if self.tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.chmod(self.tmp, stat.S_IMODE(os.stat(self.target).st_mode))
            if not self.target.exists():
                os.chmod(self.tmp, 0o666 & ~_umask())
            os.replace(self.tmp, self.target)
            self.tmp = None
            _fsync_dir(self.target.parent)
        return self.target

    def discard(self) -> None:
        if self.fh is not None and not self.fh.closed:
            with contextlib.suppress(OSError):
                self.fh.close()
        if self.tmp is not None:
            self.tmp.unlink(missing_ok=True)
            self.tmp = None


@contextlib.contextmanager
def output_file(
    path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None
) -> Iterator[IO]:
    """An output file that appears complete or not at all ("-" = stdout, never closed)."""
    if str(path) == "-":
        out = sys.stdout.buffer if "b" in mode else sys.stdout
        yield out
        out.flush()
        return
    pending = PendingFile(path)
    try:
        fh = pending.open(mode, encoding=encoding, newline=newline)
    except OSError as exc:
        raise _output_error(path, exc) from None
    try:
        yield cast(IO, _Checked(fh, path))  # the file itself to its writer: writes checked, the rest delegated
    except BaseException:
        pending.discard()
        raise
    try:
        pending.commit()
    except BaseException as exc:
        pending.discard()
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise _output_error(path, exc) from None
        raise


def write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    with output_file(path, "w", encoding=encoding, newline="") as fh:
        fh.write(text)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(d: Path) -> None:
    try:
        fd = os.open(d, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory; the rename itself is still atomic
    finally:
        os.close(fd)
