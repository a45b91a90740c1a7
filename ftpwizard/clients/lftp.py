"""lftp: ``set ftp:passive-mode on|off`` (default on), per host ``set ftp:passive-mode/HOST off``; and
``set ftp:prefer-epsv on|off`` (default off: PASV on IPv4), per host ``set ftp:prefer-epsv/HOST on``, which
ftpwizard changes the same way (a fix outcome.py predicts). Both variables follow the same rules below.

Read order (later wins): /etc/lftp.conf, ~/.lftprc, then ~/.lftp/rc ($LFTP_HOME/rc when LFTP_HOME is
set), or $XDG_CONFIG_HOME/lftp/rc (default ~/.config/lftp/rc) when that folder does not exist. The parser
follows lftp's own rules, which the tests check against the real lftp: quoting, ';' between commands, '#'
comments, abbreviated variable names (``set passive off``) and booleans judged by their first letter (an
invalid value is ignored).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ftpwizard.clients.changes import FileChange, Plan, PlanError
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ChangeScope, ClientStatus, SiteSetting, TargetMode, host_matches
from ftpwizard.clients.program_facts import new_status
from ftpwizard.clients.textedit import decode, insert_line, split_lines

ID = "lftp"
EXES = ("lftp",)
WRITES_ON_EXIT = False  # lftp never writes its rc files: a running lftp just keeps its old value


def rc_files(env: Environment) -> list[Path]:
    files = [env.path("/etc/lftp.conf"), env.home / ".lftprc"]
    # lftp's get_lftp_home_if_exists(): $LFTP_HOME (set but empty: none), else ~/.lftp; used when it is a folder.
    lftp_home = env.var("LFTP_HOME")
    old_dir = env.home / ".lftp" if lftp_home is None else Path(lftp_home) if lftp_home else None
    if old_dir is not None and old_dir.is_dir():
        files.append(old_dir / "rc")
    else:
        xdg = env.var_path("XDG_CONFIG_HOME") or env.home / ".config"
        files.append(xdg / "lftp" / "rc")
    return files


@dataclass
class Token:
    text: str
    start: int
    end: int


def commands(text: str) -> list[list[Token]]:
    """Split rc text into commands of tokens, with each token's position in ``text``."""
    cmds: list[list[Token]] = []
    cur: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in " \t":
            i += 1
            continue
        if c in "\r\n;&|":
            if cur:
                cmds.append(cur)
                cur = []
            i += 1
            continue
        if c == "#":
            while i < n and text[i] not in "\r\n":
                i += 1
            continue
        start, buf, quote = i, [], None
        while i < n:
            c = text[i]
            if quote:
                if c == quote:
                    quote = None
                elif c == "\\" and quote == '"' and i + 1 < n:
                    i += 1
                    buf.append(text[i])
                elif c in "\r\n":
                    break
                else:
                    buf.append(c)
            elif c in "'\"":
                quote = c
            elif c == "\\" and i + 1 < n and text[i + 1] not in "\r\n":
                i += 1
                buf.append(text[i])
            elif c in " \t\r\n;&|":
                break
            else:
                buf.append(c)
            i += 1
        cur.append(Token("".join(buf), start, i))
    if cur:
        cmds.append(cur)
    return cmds


def is_passive_var(name: str) -> bool:
    """Does ``name`` (as typed after ``set``) select ftp:passive-mode, allowing lftp's abbreviations?"""
    prefix, sep, rest = name.lower().partition(":")
    if not sep:
        prefix, rest = "ftp", name.lower()
    if not prefix or not "ftp".startswith(prefix):
        return False
    # "pas" alone is ambiguous in lftp (ftp:passive-mode, ftp:password?); lftp accepts from "pass".
    return len(rest) >= 4 and "passive-mode".startswith(rest)


def is_prefer_epsv_var(name: str) -> bool:
    """Does ``name`` select ftp:prefer-epsv? lftp takes any unambiguous prefix; from "prefer-e" on no other
    ftp: variable starts the same way."""
    prefix, sep, rest = name.lower().partition(":")
    if not sep:
        prefix, rest = "ftp", name.lower()
    return bool(prefix) and "ftp".startswith(prefix) and len(rest) >= 8 and "prefer-epsv".startswith(rest)


# A boolean variable ftpwizard reads and changes: its full name, how a typed name is matched (lftp accepts
# abbreviations), and lftp's default.
@dataclass(frozen=True)
class Variable:
    name: str
    matches: Callable[[str], bool]
    default: bool


PASSIVE_MODE = Variable("ftp:passive-mode", is_passive_var, True)
PREFER_EPSV = Variable("ftp:prefer-epsv", is_prefer_epsv_var, False)


def parse_bool(value: str) -> bool | None:
    if not value:
        return None
    c = value[0]
    if c in "tTyY1+":
        return True
    if c in "fFnN0-":
        return False
    if c in "oO" and len(value) > 1:
        return {"n": True, "f": False}.get(value[1].lower())
    return None


@dataclass
class Setting:
    path: Path
    closure: str | None  # None = global
    value: bool | None  # None: "set ftp:passive-mode" without a value resets it to the default
    token: Token | None  # the value token, for editing


def _effective(s: Setting | None, default: bool = True) -> bool:
    return default if s is None or s.value is None else s.value


def settings(files: list[Path], var: Variable = PASSIVE_MODE) -> list[Setting]:
    """Every line setting ``var`` (by default ftp:passive-mode) in ``files`` (rc_files' order), in the order lftp
    runs them."""
    found = []
    for path in files:
        try:
            text = decode(path.read_bytes()).text
        except OSError:
            continue
        for cmd in commands(text):
            if cmd[0].text != "set":
                continue
            args = cmd[1:]
            while args and args[0].text.startswith("-"):  # options (-a, -d) come before the name
                args = args[1:]
            if not args:
                continue
            name, _, closure = args[0].text.partition("/")
            if not var.matches(name):
                continue
            if len(args) == 1:
                found.append(Setting(path, closure or None, None, None))
                continue
            value = parse_bool(args[1].text)
            if value is not None:  # lftp rejects an invalid value and keeps the previous one
                found.append(Setting(path, closure or None, value, args[1]))
    return found


def closure_matches(closure: str, host: str) -> bool:
    return host_matches(closure, host) or fnmatch.fnmatch(host.lower(), closure.lower())


@dataclass
class _Resolved:
    """What the rc files say, read once: the line that wins globally and, per host pattern, its last line."""

    files: list[Path]
    last_global: Setting | None
    closures: dict[str, Setting]  # host pattern -> its last line; only patterns matching the host asked about


def _resolve(env: Environment, host: str | None, var: Variable = PASSIVE_MODE) -> _Resolved:
    """``host`` None: every host pattern."""
    files = rc_files(env)
    found = settings(files, var)
    glob = [s for s in found if s.closure is None]
    closures: dict[str, Setting] = {}
    for s in found:
        if s.closure and (host is None or closure_matches(s.closure, host)):
            # As lftp keeps them (checked with the real lftp): a new value replaces the old one in place,
            # a line without a value removes the pattern, so setting it again puts it last.
            if s.value is None:
                closures.pop(s.closure, None)
            else:
                closures[s.closure] = s
    return _Resolved(files, glob[-1] if glob else None, closures)


def _winner(resolved: _Resolved) -> Setting | None:
    """The host pattern lftp uses for the host: the first one set that matches. A later, more exact pattern
    does not win over it (checked with the real lftp), and every pattern wins over the global line."""
    return next(iter(resolved.closures.values()), None)


def detect(env: Environment, host: str | None) -> ClientStatus | None:
    if env.platform == "windows":
        return None
    exe = env.which("lftp")
    resolved = _resolve(env, host)
    if not exe and not any(p.is_file() for p in resolved.files[1:]):
        return None
    last = resolved.last_global
    status = new_status(ID, can_apply=True, install_path=exe)
    status.mode = "passive" if _effective(last) else "active"
    status.mode_is_default = last is None or last.value is None
    status.config = str(last.path if last else user_rc(resolved.files, env))
    winner = _winner(resolved) if host else None
    if winner is not None and winner.closure:
        # Only the pattern lftp uses for this server: the others that match never take effect for it.
        status.sites = [SiteSetting(winner.closure, winner.closure, "passive" if winner.value else "active")]
    return status


def user_rc(files: list[Path], env: Environment) -> Path:
    """The user's rc file to add a line to: the first existing one of ``files`` (rc_files), else ~/.lftprc."""
    for p in files[1:]:
        if p.is_file():
            return p
    return env.home / ".lftprc"


def plan(env: Environment, status: ClientStatus, mode: TargetMode, host: str | None, change_sites: bool) -> Plan:
    want = mode == "passive"
    word = "on" if want else "off"
    system = env.path("/etc/lftp.conf")
    resolved = _resolve(env, host)
    edits: dict[Path, list[tuple[Token | None, str]]] = {}  # None token = append a new line
    last = resolved.last_global
    if status.mode != mode:  # detect() judged the same last global line moments ago
        if last is not None and last.path != system and last.token is not None:
            edits.setdefault(last.path, []).append((last.token, word))
        else:
            edits.setdefault(user_rc(resolved.files, env), []).append((None, f"set ftp:passive-mode {word}"))
    result = Plan()
    contradicting = [s for s in resolved.closures.values() if s.value is not None and s.value != want]
    if change_sites:
        for s in contradicting:
            if s.path != system and s.token is not None:
                edits.setdefault(s.path, []).append((s.token, word))
            else:
                line = f"set ftp:passive-mode/{s.closure} {word}"
                edits.setdefault(user_rc(resolved.files, env), []).append((None, line))
    else:
        result.conflicts = [SiteSetting(s.closure or "", s.closure or "", "passive" if s.value else "active")
                            for s in contradicting]
    for path, items in edits.items():
        old = path.read_bytes() if path.exists() else None
        result.changes.append(FileChange(path, old, edit_rc(old, items), f"{path.name}: ftp:passive-mode"))
    return result


def plan_server(env: Environment, status: ClientStatus, mode: TargetMode, host: str) -> Plan:
    """Set the mode for ``host`` alone with ``set ftp:passive-mode/HOST on|off``; the global line and other
    hosts stay as they are."""
    return _plan_host_line(env, PASSIVE_MODE, mode == "passive", host)


def _plan_host_line(env: Environment, var: Variable, want: bool, host: str) -> Plan:
    """``set VAR/HOST on|off`` for ``host`` alone. An existing line for exactly this host is edited in place;
    otherwise the new line goes before the pattern lftp uses for the host now (the first pattern set wins),
    or at the end."""
    word = "on" if want else "off"
    system = env.path("/etc/lftp.conf")
    resolved = _resolve(env, host, var)
    winner = _winner(resolved)
    if (winner.value if winner is not None else _effective(resolved.last_global, var.default)) == want:
        return Plan()
    # lftp compares host patterns with the name as typed, case and trailing dot included (checked with the
    # real lftp): write the name the way host names are written, lower case and without the dot.
    line = f"set {var.name}/{host.strip().rstrip('.').lower()} {word}"
    if winner is not None and winner.path != system and winner.token is not None:
        path = winner.path
        if host_matches(winner.closure or "", host):
            items: list[tuple[Token | None, str]] = [(winner.token, word)]
            new = edit_rc(path.read_bytes(), items)
        else:
            new = _insert_before(path.read_bytes(), winner.token.start, line)
    else:
        path = user_rc(resolved.files, env)
        new = edit_rc(path.read_bytes() if path.exists() else None, [(None, line)])
    old = path.read_bytes() if path.exists() else None
    return Plan([FileChange(path, old, new, f"{path.name}: {line.removeprefix('set ')}")])


def read_prefer_epsv(env: Environment, host: str | None) -> bool | None:
    """ftp:prefer-epsv as lftp uses it for ``host``: the host's pattern, else the last global line; None when
    no rc file sets it (lftp's default, off)."""
    resolved = _resolve(env, host, PREFER_EPSV)
    winner = _winner(resolved) if host else None
    if winner is not None:
        return winner.value
    last = resolved.last_global
    return None if last is None or last.value is None else last.value


def plan_prefer_epsv(env: Environment, status: ClientStatus, value: bool, host: str | None,
                     scope: ChangeScope) -> Plan:
    """``set ftp:prefer-epsv on|off``: for ``host`` alone (scope "server", as the mode's per-host line), or
    the global line. A global change that a line for ``host`` would override is refused, not made."""
    if scope == "server":
        assert host is not None  # apply_fix asks for a host before a per-server change
        return _plan_host_line(env, PREFER_EPSV, value, host)
    resolved = _resolve(env, host, PREFER_EPSV)
    winner = _winner(resolved) if host else None
    if winner is not None and winner.value != value:
        raise PlanError("fix_host_overrides", path=str(winner.path), host=host or "")
    last = resolved.last_global
    if _effective(last, PREFER_EPSV.default) == value:
        return Plan()
    word = "on" if value else "off"
    items: list[tuple[Token | None, str]]
    if last is not None and last.path != env.path("/etc/lftp.conf") and last.token is not None:
        path, items = last.path, [(last.token, word)]
    else:
        path, items = user_rc(resolved.files, env), [(None, f"set {PREFER_EPSV.name} {word}")]
    old = path.read_bytes() if path.exists() else None
    return Plan([FileChange(path, old, edit_rc(old, items), f"{path.name}: {PREFER_EPSV.name} {word}")])


def _insert_before(data: bytes, pos: int, line: str) -> bytes:
    """Insert ``line`` before the line that holds text position ``pos``."""
    tf = decode(data)
    lines = split_lines(tf.text)
    index, start = 0, 0
    while index < len(lines) and start + len(lines[index]) <= pos:
        start += len(lines[index])
        index += 1
    insert_line(lines, index, line, tf.eol())
    tf.text = "".join(lines)
    return tf.encode()


def edit_rc(data: bytes | None, items: list[tuple[Token | None, str]]) -> bytes:
    tf = decode(data or b"")
    text = tf.text
    # Replace from the end so earlier positions stay valid.
    for token, value in sorted((i for i in items if i[0] is not None), key=lambda i: -i[0].start):  # type: ignore[union-attr]
        assert token is not None
        text = text[: token.start] + value + text[token.end :]
    lines = split_lines(text)
    for token, line in items:
        if token is None:
            insert_line(lines, len(lines), line, tf.eol())
    tf.text = "".join(lines)
    return tf.encode()
