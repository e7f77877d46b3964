"""Files in and out, shared by every stage (a bottom layer: it imports no stage).

- `fileio.inputs`: the one input reader (JSONL, JSONL.gz, an .html file or a directory of them,
  WARC, stdin), with the same messages and exit codes for every command;
- `fileio.outfile`: the one output writer (temp file beside the target, fsync, rename only on
  success; device files and symlink targets written through);
- `fileio.csvsafe`: CSV cells that would start a spreadsheet formula neutralised;
- `fileio.terminal`: consoles for the commands' tables (wide when the output is not a terminal).
"""
