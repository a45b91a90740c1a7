"""The command-line front-ends, together: `ftpwizard` (main.py: the wizard or a subcommand), `ftpwizard probe`
(probe.py), `ftpwizard clients` (clients.py), `ftpwizard demo-server` (main.py); console.py keeps their
output safe on any console."""
