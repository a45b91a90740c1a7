"""ftpwizard: finds the exact step where active or passive FTP breaks, and says which mode to use."""

__version__ = "0.1.0"
