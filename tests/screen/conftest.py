"""The screen-size tests start their own X server (Xvfb + Openbox) per test; see x_display.py."""
