"""Support reports: one model (model.build_report), rendered as text, HTML and JSON; file writing; logging.

Plain Python (no Qt): the command line writes reports too. The wizard's buttons are in ftpwizard/gui/report_actions.py.
"""
