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
        <source>Active mode</source>
        <translation>Active mode</translation>
    </message>
    <message>
        <source>Passive mode</source>
        <translation>Passive mode</translation>
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
        <source>The server allowed only one connection: the modes were tested one after the other.</source>
        <translation>The server allowed only one connection: the modes were tested one after the other.</translation>
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
        <source>finding the server's address (DNS)</source>
        <translation>finding the server's address (DNS)</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>the server's greeting</source>
        <translation>the server's greeting</translation>
    </message>
    <message>
        <source>the secure connection (TLS)</source>
        <translation>the secure connection (TLS)</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>logging in</translation>
    </message>
    <message>
        <source>Only if the server's administrator confirms this fingerprint, test again with: --accept-certificate {fingerprint}</source>
        <translation>Only if the server's administrator confirms this fingerprint, test again with: --accept-certificate {fingerprint}</translation>
    </message>
</context>
</TS>