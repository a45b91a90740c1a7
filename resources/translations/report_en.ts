<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Details: live transcript and timings</source>
        <translation>Details: live transcript and timings</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copy all</translation>
    </message>
    <message>
        <source>Copies the whole transcript to the clipboard (the password shows as ****).</source>
        <translation>Copies the whole transcript to the clipboard (the password shows as ****).</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>Live transcript</translation>
    </message>
    <message>
        <source>The conversation with the server appears here while the test runs.</source>
        <translation>The conversation with the server appears here while the test runs.</translation>
    </message>
    <message>
        <source>{step} started</source>
        <translation>{step} started</translation>
    </message>
    <message>
        <source>(waits up to {seconds} s)</source>
        <translation>(waits up to {seconds} s)</translation>
    </message>
    <message>
        <source>{step} OK in {duration}</source>
        <translation>{step} OK in {duration}</translation>
    </message>
    <message>
        <source>{step} FAILED after {duration}: {reason}</source>
        <translation>{step} FAILED after {duration}: {reason}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passive</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>FTP connection check</source>
        <translation>FTP connection check</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Test started</source>
        <translation>Test started</translation>
    </message>
    <message>
        <source>ftpwizard version</source>
        <translation>ftpwizard version</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>This PC's addresses</source>
        <translation>This PC's addresses</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>none found</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>carrier NAT, a shared range</source>
        <translation>carrier NAT, a shared range</translation>
    </message>
    <message>
        <source>link-local, no network configured</source>
        <translation>link-local, no network configured</translation>
    </message>
    <message>
        <source>documentation example range, not a real address</source>
        <translation>documentation example range, not a real address</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>loopback</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>unspecified</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
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
        <source>Recommended mode</source>
        <translation>Recommended mode</translation>
    </message>
    <message>
        <source>The test was cancelled before it finished.</source>
        <translation>The test was cancelled before it finished.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>For the server's administrator: the passive reply names an address clients cannot use; set the server's public address for passive mode (pasv_address in vsftpd, MasqueradeAddress in ProFTPD).</source>
        <translation>For the server's administrator: the passive reply names an address clients cannot use; set the server's public address for passive mode (pasv_address in vsftpd, MasqueradeAddress in ProFTPD).</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>none (plain FTP)</source>
        <translation>none (plain FTP)</translation>
    </message>
    <message>
        <source>explicit FTPS (AUTH TLS)</source>
        <translation>explicit FTPS (AUTH TLS)</translation>
    </message>
    <message>
        <source>implicit FTPS</source>
        <translation>implicit FTPS</translation>
    </message>
    <message>
        <source>Connection and login</source>
        <translation>Connection and login</translation>
    </message>
    <message>
        <source>connected and logged in</source>
        <translation>connected and logged in</translation>
    </message>
    <message>
        <source>failed at: {step}</source>
        <translation>failed at: {step}</translation>
    </message>
    <message>
        <source>Server address reached</source>
        <translation>Server address reached</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Round trip</translation>
    </message>
    <message>
        <source>Server features</source>
        <translation>Server features</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
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
        <source>not tested</source>
        <translation>not tested</translation>
    </message>
    <message>
        <source>Your PC announces its address and port</source>
        <translation>Your PC announces its address and port</translation>
    </message>
    <message>
        <source>The server accepts</source>
        <translation>The server accepts</translation>
    </message>
    <message>
        <source>The server connects to your PC</source>
        <translation>The server connects to your PC</translation>
    </message>
    <message>
        <source>The file list arrives</source>
        <translation>The file list arrives</translation>
    </message>
    <message>
        <source>Your PC asks for passive mode</source>
        <translation>Your PC asks for passive mode</translation>
    </message>
    <message>
        <source>The server names an address and port</source>
        <translation>The server names an address and port</translation>
    </message>
    <message>
        <source>Your PC connects to that port</source>
        <translation>Your PC connects to that port</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Command / reply</source>
        <translation>Command / reply</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Server named (passive)</source>
        <translation>Server named (passive)</translation>
    </message>
    <message>
        <source>Connected to (passive)</source>
        <translation>Connected to (passive)</translation>
    </message>
    <message>
        <source>Announced (active)</source>
        <translation>Announced (active)</translation>
    </message>
    <message>
        <source>File list</source>
        <translation>File list</translation>
    </message>
    <message>
        <source>{lines} lines ({formats}), names: {encoding}</source>
        <translation>{lines} lines ({formats}), names: {encoding}</translation>
    </message>
    <message>
        <source>{unparsed} of them in a format FTP programs may not read</source>
        <translation>{unparsed} of them in a format FTP programs may not read</translation>
    </message>
    <message>
        <source>letters and digits only</source>
        <translation>letters and digits only</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>CP949 (old Korean)</source>
        <translation>CP949 (old Korean)</translation>
    </message>
    <message>
        <source>not UTF-8, not Korean</source>
        <translation>not UTF-8, not Korean</translation>
    </message>
    <message>
        <source>Your firewall / router</source>
        <translation>Your firewall / router</translation>
    </message>
    <message>
        <source>Server firewall</source>
        <translation>Server firewall</translation>
    </message>
    <message>
        <source>The four steps of {mode}</source>
        <translation>The four steps of {mode}</translation>
    </message>
    <message>
        <source>FTP programs on this PC</source>
        <translation>FTP programs on this PC</translation>
    </message>
    <message>
        <source>No FTP program was detected.</source>
        <translation>No FTP program was detected.</translation>
    </message>
    <message>
        <source>FTP programs were not checked.</source>
        <translation>FTP programs were not checked.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Current mode</source>
        <translation>Current mode</translation>
    </message>
    <message>
        <source>Mode setting</source>
        <translation>Mode setting</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>passive</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>program default</source>
        <translation>program default</translation>
    </message>
    <message>
        <source>one setting for all servers</source>
        <translation>one setting for all servers</translation>
    </message>
    <message>
        <source>a setting per site</source>
        <translation>a setting per site</translation>
    </message>
    <message>
        <source>no setting</source>
        <translation>no setting</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>The password is never recorded: it appears as ****. [1] to [4] mark the connections the test made to the server.</source>
        <translation>The password is never recorded: it appears as ****. [1] to [4] mark the connections the test made to the server.</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>Made by ftpwizard {version}. Send this file to your hosting company's support.</source>
        <translation>Made by ftpwizard {version}. Send this file to your hosting company's support.</translation>
    </message>
    <message>
        <source>cannot write the report '{path}': unknown format '{ext}'; use a name ending in .html, .txt or .json</source>
        <translation>cannot write the report '{path}': unknown format '{ext}'; use a name ending in .html, .txt or .json</translation>
    </message>
    <message>
        <source>cannot write the report '{path}': the folder '{folder}' does not exist</source>
        <translation>cannot write the report '{path}': the folder '{folder}' does not exist</translation>
    </message>
    <message>
        <source>cannot write the report '{path}': permission denied</source>
        <translation>cannot write the report '{path}': permission denied</translation>
    </message>
    <message>
        <source>cannot write the report '{path}': that is a folder; add a file name such as report.html</source>
        <translation>cannot write the report '{path}': that is a folder; add a file name such as report.html</translation>
    </message>
    <message>
        <source>cannot write the report '{path}': {reason}</source>
        <translation>cannot write the report '{path}': {reason}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Web page report (*.html)</source>
        <translation>Web page report (*.html)</translation>
    </message>
    <message>
        <source>JSON for scripts (*.json)</source>
        <translation>JSON for scripts (*.json)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Plain text (*.txt)</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <source>Copies a short text report: paste it into a chat or an e-mail.</source>
        <translation>Copies a short text report: paste it into a chat or an e-mail.</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>&amp;Save report...</translation>
    </message>
    <message>
        <source>Saves the full report as a web page (HTML) or as JSON.</source>
        <translation>Saves the full report as a web page (HTML) or as JSON.</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>&amp;Open log folder</translation>
    </message>
    <message>
        <source>Opens the folder with ftpwizard's log files (passwords are never logged).</source>
        <translation>Opens the folder with ftpwizard's log files (passwords are never logged).</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Report status</translation>
    </message>
    <message>
        <source>The report could not be made. Please test again.</source>
        <translation>The report could not be made. Please test again.</translation>
    </message>
    <message>
        <source>Report copied. Paste it into the chat or e-mail with Ctrl+V.</source>
        <translation>Report copied. Paste it into the chat or e-mail with Ctrl+V.</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>Log folder opened: {folder}</source>
        <translation>Log folder opened: {folder}</translation>
    </message>
    <message>
        <source>The log folder could not be opened. It is here: {folder}</source>
        <translation>The log folder could not be opened. It is here: {folder}</translation>
    </message>
    <message>
        <source>Opening the log folder: {folder}</source>
        <translation>Opening the log folder: {folder}</translation>
    </message>
</context>
</TS>