<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>works</source>
        <translation>works</translation>
    </message>
    <message>
        <source>failed at step {n}</source>
        <translation>failed at step {n}</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>failed at: {step}</source>
        <translation>failed at: {step}</translation>
    </message>
    <message>
        <source>connected and logged in</source>
        <translation>connected and logged in</translation>
    </message>
    <message>
        <source>warning: a password on the command line is visible to other users of this computer; use --password-stdin or FTPWIZARD_PASSWORD.</source>
        <translation>warning: a password on the command line is visible to other users of this computer; use --password-stdin or FTPWIZARD_PASSWORD.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Recommended mode</source>
        <translation>Recommended mode</translation>
    </message>
    <message>
        <source>Password for {user}@{host}: </source>
        <translation>Password for {user}@{host}: </translation>
    </message>
    <message>
        <source>{program}: cannot write the output: {reason}</source>
        <translation>{program}: cannot write the output: {reason}</translation>
    </message>
    <message>
        <source>Only if your hosting company confirms this fingerprint, test again with: --accept-certificate {fingerprint}</source>
        <translation>Only if your hosting company confirms this fingerprint, test again with: --accept-certificate {fingerprint}</translation>
    </message>
    <message>
        <source>ftpwizard probe: error: {message}</source>
        <translation>ftpwizard probe: error: {message}</translation>
    </message>
    <message>
        <source>{message} (see --help)</source>
        <translation>{message} (see --help)</translation>
    </message>
    <message>
        <source>--timeout must be between 0.5 and 300 seconds</source>
        <translation>--timeout must be between 0.5 and 300 seconds</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>no encryption</translation>
    </message>
    <message>
        <source>explicit FTPS</source>
        <translation>explicit FTPS</translation>
    </message>
    <message>
        <source>implicit FTPS</source>
        <translation>implicit FTPS</translation>
    </message>
    <message>
        <source>connect {address}</source>
        <translation>connect {address}</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>internal error</translation>
    </message>
    <message>
        <source>Test active and passive FTP against a server.</source>
        <translation>Test active and passive FTP against a server.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>host, host:port, ftp://user@host:port/path, ftps://host ...</source>
        <translation>host, host:port, ftp://user@host:port/path, ftps://host ...</translation>
    </message>
    <message>
        <source>user name (default: from the URL, else anonymous)</source>
        <translation>user name (default: from the URL, else anonymous)</translation>
    </message>
    <message>
        <source>read the password from the first line of stdin</source>
        <translation>read the password from the first line of stdin</translation>
    </message>
    <message>
        <source>which mode to test (default: both)</source>
        <translation>which mode to test (default: both)</translation>
    </message>
    <message>
        <source>FTPS: none, explicit (AUTH TLS) or implicit (port 990)</source>
        <translation>FTPS: none, explicit (AUTH TLS) or implicit (port 990)</translation>
    </message>
    <message>
        <source>seconds for connecting and each reply (default 8)</source>
        <translation>seconds for connecting and each reply (default 8)</translation>
    </message>
    <message>
        <source>continue although the server's certificate is not trusted (self-signed, or issued for another name), but only if its SHA-256 fingerprint is exactly this one (a failed test prints it); off by default: ask your hosting company to confirm the fingerprint first</source>
        <translation>continue although the server's certificate is not trusted (self-signed, or issued for another name), but only if its SHA-256 fingerprint is exactly this one (a failed test prints it); off by default: ask your hosting company to confirm the fingerprint first</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>print one JSON object</translation>
    </message>
    <message>
        <source>also write a report (.txt, .html or .json by extension)</source>
        <translation>also write a report (.txt, .html or .json by extension)</translation>
    </message>
    <message>
        <source>do not look for the FTP programs on this PC (by default each one's outcome with this server is shown)</source>
        <translation>do not look for the FTP programs on this PC (by default each one's outcome with this server is shown)</translation>
    </message>
    <message>
        <source>language of the output: {languages} (default: the system's)</source>
        <translation>language of the output: {languages} (default: the system's)</translation>
    </message>
</context>
</TS>