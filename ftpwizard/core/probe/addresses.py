"""Classify the address a server names in its passive reply, and the machine's own addresses."""

from __future__ import annotations

import ipaddress
import socket

_DOCUMENTATION = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]


_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT


def _ip(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """The address, an IPv4-mapped IPv6 one (::ffff:192.0.2.7) as the IPv4 address it is; ValueError if none."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return ip.ipv4_mapped
    return ip


def classify(address: str) -> str:
    """One of: unspecified, loopback, link-local, documentation, private, shared, public, invalid."""
    try:
        ip = _ip(address)
    except ValueError:
        return "invalid"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if any(ip in net for net in _DOCUMENTATION):
        return "documentation"
    if isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED:
        return "shared"
    if ip.is_private:
        return "private"
    return "public"


def same_address(a: str, b: str) -> bool:
    try:
        return _ip(a) == _ip(b)
    except ValueError:
        return a == b


def local_addresses() -> list[tuple[str, str]]:
    """The machine's own addresses with their class, without sending anything anywhere."""
    found: dict[str, str] = {}
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None):
            addr = str(info[4][0]).split("%", 1)[0]
            found[addr] = classify(addr)
    except OSError:
        pass
    try:
        import fcntl  # noqa: F401  (POSIX only; the interface list below needs it)

        for _index, name in socket.if_nameindex():
            ipv4 = _ipv4_of_interface(name)
            if ipv4:
                found[ipv4] = classify(ipv4)
    except (ImportError, OSError, AttributeError):
        pass
    return sorted(found.items())


def _ipv4_of_interface(name: str) -> str | None:
    import fcntl
    import struct

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            packed = fcntl.ioctl(s.fileno(), 0x8915, struct.pack("256s", name[:15].encode()))  # SIOCGIFADDR
        except OSError:
            return None
    return socket.inet_ntoa(packed[20:24])
