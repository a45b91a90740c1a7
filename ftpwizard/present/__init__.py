"""Presentation without Qt: the wizard's flow and the handshake picture's state, timeline and layout, the
support report, the command lines' shared words. Read by the GUI and the command lines; reads the core and
the FTP-program layer."""
