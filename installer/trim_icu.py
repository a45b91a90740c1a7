"""A smaller ICU data library for the Linux bundle: 32 MB of every language's data down to about 8 MB.

Qt's Linux wheels link ICU, whose libicudata.so.NN is one 32 MB blob of locale data for ~800 locales. It is
28% of what the onefile build unpacks on every launch. Qt uses ICU only for collation, locale-aware case
mapping, time-zone names and legacy text codecs, and this program speaks Korean and English: so the blob
is unpacked with icupkg, every other language's resource bundles and every non-Korean legacy codec are
removed, and the rest is assembled back into a library with the same soname and symbol.

Needs `objdump`/`icupkg`/`gcc` (Debian: binutils, icu-devtools, gcc). Without them the build keeps the full
library and says so: the bundle is larger, never broken. (Windows Qt uses the system's ICU: nothing to do.)
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

from ftpwizard.core.i18n import LANGUAGES

KEEP_LANGUAGES = frozenset({"root", *LANGUAGES})
# Non-locale resource bundles whose names look like locales.
NOT_LOCALES = frozenset({"res_index.res", "pool.res"})
# Legacy codecs kept: Korean ones (EUC-KR = ibm-970, CP949 = windows-949 / ibm-949, ibm-1363).
KEEP_CONVERTERS = re.compile(r"(949|970|1363)")
_LOCALE_BUNDLE = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
_DATA_SYMBOL = re.compile(r"^(?P<address>[0-9a-f]+)\s.*\s(?P<size>[0-9a-f]+)\s+(?P<name>icudt\d+_dat)$")


def items_to_drop(items: Iterable[str]) -> list[str]:
    """ICU data items (as `icupkg -l` lists them) that a Korean/English Qt widgets program never reads."""
    drop = []
    for item in items:
        folder, _, name = item.rpartition("/")
        locale = _LOCALE_BUNDLE.match(name)
        if name.endswith(".cnv"):
            if not KEEP_CONVERTERS.search(name):
                drop.append(item)
        elif folder == "translit":
            drop.append(item)  # transliteration: Qt never calls it
        elif locale and name not in NOT_LOCALES and locale.group("lang") not in KEEP_LANGUAGES:
            drop.append(item)
    return drop


def tools_missing() -> list[str]:
    return [tool for tool in ("objdump", "icupkg", "gcc") if not shutil.which(tool)]


def _run(cmd: list[str], cwd: Path) -> str:
    return subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, text=True).stdout


def trim(library: Path, work: Path) -> Path:
    """Write a trimmed copy of `library` (libicudataNN.so) into `work` and return its path."""
    work.mkdir(parents=True, exist_ok=True)
    symbol = next(
        (m for line in _run(["objdump", "-T", str(library)], work).splitlines() if (m := _DATA_SYMBOL.match(line.strip()))),
        None,
    )
    if symbol is None:
        raise RuntimeError(f"{library.name} has no icudtNN_dat symbol")
    address, size, name = int(symbol["address"], 16), int(symbol["size"], 16), symbol["name"]
    # The symbol's file offset: find the section holding it (objdump -h: name size vma lma file-offset).
    offset = None
    for line in _run(["objdump", "-h", str(library)], work).splitlines():
        fields = line.split()
        if len(fields) >= 6 and fields[0].isdigit():
            vma, section_size, file_offset = int(fields[3], 16), int(fields[2], 16), int(fields[5], 16)
            if vma <= address < vma + section_size:
                offset = file_offset + (address - vma)
    if offset is None:
        raise RuntimeError(f"cannot find {name} in {library.name}'s sections")
    package = name.removesuffix("_dat") + "l"  # icudt73_dat -> icudt73l (little-endian package)
    full = work / "full" / f"{package}.dat"
    full.parent.mkdir(exist_ok=True)
    with library.open("rb") as handle:
        handle.seek(offset)
        full.write_bytes(handle.read(size))
    items = _run(["icupkg", "-l", str(full)], work).split()
    (work / "drop.txt").write_text("\n".join(items_to_drop(items)) + "\n", encoding="utf-8")
    trimmed = work / "trimmed" / f"{package}.dat"
    trimmed.parent.mkdir(exist_ok=True)
    trimmed.unlink(missing_ok=True)
    _run(["icupkg", "-r", str(work / "drop.txt"), str(full), str(trimmed)], work)
    assembly = work / "icudata.S"
    assembly.write_text(
        "    .section .rodata\n"
        f"    .globl {name}\n"
        f"    .type {name}, @object\n"
        "    .balign 16\n"
        f"{name}:\n"
        f'    .incbin "{trimmed}"\n'
        f"    .size {name}, . - {name}\n"
        '    .section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    output = work / library.name
    _run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(output), str(assembly)], work)
    return output
