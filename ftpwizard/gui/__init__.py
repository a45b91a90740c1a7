"""The Qt user interface (PySide6 QtCore/QtGui/QtWidgets only)."""
