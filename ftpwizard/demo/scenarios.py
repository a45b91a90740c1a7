"""The demo server's scenario names, apart from the server so that parsing arguments does not load pyftpdlib."""

SCENARIOS = ("healthy", "client-firewall", "client-nat", "server-firewall", "bad-pasv-address")
