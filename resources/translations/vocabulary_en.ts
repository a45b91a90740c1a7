<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Vocabulary</name>
    <message>
        <source>Active mode</source>
        <translation>Active mode</translation>
    </message>
    <message>
        <source>Passive mode</source>
        <translation>Passive mode</translation>
    </message>
    <message>
        <source>The server allowed only one connection: the modes were tested one after the other.</source>
        <translation>The server allowed only one connection: the modes were tested one after the other.</translation>
    </message>
    <message>
        <source>Look up the server's address</source>
        <translation>Look up the server's address</translation>
    </message>
    <message>
        <source>Connect to the server</source>
        <translation>Connect to the server</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Server greeting</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Secure connection (TLS)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>My PC</source>
        <translation>My PC</translation>
    </message>
    <message>
        <source>FTP server</source>
        <translation>FTP server</translation>
    </message>
    <message>
        <source>The network between my PC and the server</source>
        <translation>The network between my PC and the server</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Cannot tell</translation>
    </message>
    <message>
        <source>name not found</source>
        <translation>name not found</translation>
    </message>
    <message>
        <source>no answer (timeout)</source>
        <translation>no answer (timeout)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>connection reset</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>rejected by the server</source>
        <translation>rejected by the server</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS error</translation>
    </message>
    <message>
        <source>invalid reply</source>
        <translation>invalid reply</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
</TS>