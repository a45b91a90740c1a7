<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Handshake</name>
    <message>
        <source>Active mode</source>
        <translation>Active mode</translation>
    </message>
    <message>
        <source>Passive mode</source>
        <translation>Passive mode</translation>
    </message>
    <message>
        <source>The server connects back to your PC for the data</source>
        <translation>The server connects back to your PC for the data</translation>
    </message>
    <message>
        <source>Your PC connects to the server for the data too</source>
        <translation>Your PC connects to the server for the data too</translation>
    </message>
    <message>
        <source>My firewall / router</source>
        <translation>My firewall / router</translation>
    </message>
    <message>
        <source>Server firewall</source>
        <translation>Server firewall</translation>
    </message>
    <message>
        <source>command port</source>
        <translation>command port</translation>
    </message>
    <message>
        <source>data port</source>
        <translation>data port</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>any free port</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Blocked here</source>
        <translation>Blocked here</translation>
    </message>
    <message>
        <source>Address changed here</source>
        <translation>Address changed here</translation>
    </message>
    <message>
        <source>Refused here</source>
        <translation>Refused here</translation>
    </message>
    <message>
        <source>Problem here</source>
        <translation>Problem here</translation>
    </message>
    <message>
        <source>Hung up here</source>
        <translation>Hung up here</translation>
    </message>
    <message>
        <source>{mode}: connection steps</source>
        <translation>{mode}: connection steps</translation>
    </message>
    <message>
        <source>{command}: telling the server my port {port}</source>
        <translation>{command}: telling the server my port {port}</translation>
    </message>
    <message>
        <source>{command}: telling the server my port</source>
        <translation>{command}: telling the server my port</translation>
    </message>
    <message>
        <source>{command}: I'm listening on {port}</source>
        <translation>{command}: I'm listening on {port}</translation>
    </message>
    <message>
        <source>Waiting for the server's OK</source>
        <translation>Waiting for the server's OK</translation>
    </message>
    <message>
        <source>{code} OK</source>
        <translation>{code} OK</translation>
    </message>
    <message>
        <source>No reply: the server went to connect</source>
        <translation>No reply: the server went to connect</translation>
    </message>
    <message>
        <source>Server connecting to my port {port}</source>
        <translation>Server connecting to my port {port}</translation>
    </message>
    <message>
        <source>Server connected to my port {port}</source>
        <translation>Server connected to my port {port}</translation>
    </message>
    <message>
        <source>Blocked: no connection came in ({seconds} s)</source>
        <translation>Blocked: no connection came in ({seconds} s)</translation>
    </message>
    <message>
        <source>{command}: asking for a data port</source>
        <translation>{command}: asking for a data port</translation>
    </message>
    <message>
        <source>{command}: which port should I use?</source>
        <translation>{command}: which port should I use?</translation>
    </message>
    <message>
        <source>Waiting for the server's answer</source>
        <translation>Waiting for the server's answer</translation>
    </message>
    <message>
        <source>{code}: come to port {port}</source>
        <translation>{code}: come to port {port}</translation>
    </message>
    <message>
        <source>Server named {address} ({kind})</source>
        <translation>Server named {address} ({kind})</translation>
    </message>
    <message>
        <source>Connecting to server port {port}</source>
        <translation>Connecting to server port {port}</translation>
    </message>
    <message>
        <source>Connected to server port {port}</source>
        <translation>Connected to server port {port}</translation>
    </message>
    <message>
        <source>Blocked: port {port} did not answer ({seconds} s)</source>
        <translation>Blocked: port {port} did not answer ({seconds} s)</translation>
    </message>
    <message>
        <source>Port {port} refused the connection</source>
        <translation>Port {port} refused the connection</translation>
    </message>
    <message>
        <source>{command}: receiving the file list</source>
        <translation>{command}: receiving the file list</translation>
    </message>
    <message>
        <source>File list received ({bytes} bytes)</source>
        <translation>File list received ({bytes} bytes)</translation>
    </message>
    <message>
        <source>File list received (empty folder)</source>
        <translation>File list received (empty folder)</translation>
    </message>
    <message>
        <source>No answer after {seconds} s</source>
        <translation>No answer after {seconds} s</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Connection cut off</source>
        <translation>Connection cut off</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Server said: {reply}</source>
        <translation>Server said: {reply}</translation>
    </message>
    <message>
        <source>The server refused</source>
        <translation>The server refused</translation>
    </message>
    <message>
        <source>Unexpected answer: {reply}</source>
        <translation>Unexpected answer: {reply}</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unexpected answer</translation>
    </message>
    <message>
        <source>Encryption (TLS) failed</source>
        <translation>Encryption (TLS) failed</translation>
    </message>
    <message>
        <source>Server name not found</source>
        <translation>Server name not found</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>a private address</source>
        <translation>a private address</translation>
    </message>
    <message>
        <source>the server's own loopback</source>
        <translation>the server's own loopback</translation>
    </message>
    <message>
        <source>a link-local address</source>
        <translation>a link-local address</translation>
    </message>
    <message>
        <source>no real address</source>
        <translation>no real address</translation>
    </message>
    <message>
        <source>not reachable from here</source>
        <translation>not reachable from here</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Waiting to start</translation>
    </message>
    <message>
        <source>Step {n} in progress…</source>
        <translation>Step {n} in progress…</translation>
    </message>
    <message>
        <source>Step {n}: waiting for an answer… {seconds} s</source>
        <translation>Step {n}: waiting for an answer… {seconds} s</translation>
    </message>
    <message>
        <source>Waiting for the server to connect back… {seconds} s</source>
        <translation>Waiting for the server to connect back… {seconds} s</translation>
    </message>
    <message>
        <source>Connecting to the server's port {port}… {seconds} s</source>
        <translation>Connecting to the server's port {port}… {seconds} s</translation>
    </message>
    <message>
        <source>Works: the file list arrived</source>
        <translation>Works: the file list arrived</translation>
    </message>
    <message>
        <source>Works, but the server names a wrong address ({address}) for the data</source>
        <translation>Works, but the server names a wrong address ({address}) for the data</translation>
    </message>
    <message>
        <source>Blocked on your side: your firewall or router did not let the server's connection in</source>
        <translation>Blocked on your side: your firewall or router did not let the server's connection in</translation>
    </message>
    <message>
        <source>Your router changed your address, so the server refused it</source>
        <translation>Your router changed your address, so the server refused it</translation>
    </message>
    <message>
        <source>Your PC could not open a port for the data</source>
        <translation>Your PC could not open a port for the data</translation>
    </message>
    <message>
        <source>The server hung up instead of connecting back</source>
        <translation>The server hung up instead of connecting back</translation>
    </message>
    <message>
        <source>The server is refusing connections right now</source>
        <translation>The server is refusing connections right now</translation>
    </message>
    <message>
        <source>The server does not allow active mode</source>
        <translation>The server does not allow active mode</translation>
    </message>
    <message>
        <source>Blocked on the server side: the server's firewall did not let the connection to port {port} in</source>
        <translation>Blocked on the server side: the server's firewall did not let the connection to port {port} in</translation>
    </message>
    <message>
        <source>Blocked on the server side: the server's firewall did not let the data connection in</source>
        <translation>Blocked on the server side: the server's firewall did not let the data connection in</translation>
    </message>
    <message>
        <source>The server does not allow passive mode</source>
        <translation>The server does not allow passive mode</translation>
    </message>
    <message>
        <source>Step {n} failed</source>
        <translation>Step {n} failed</translation>
    </message>
    <message>
        <source>The server refused to list the folder: {reply}</source>
        <translation>The server refused to list the folder: {reply}</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Not tested</translation>
    </message>
    <message>
        <source>Not tested: connecting or logging in to the server failed</source>
        <translation>Not tested: connecting or logging in to the server failed</translation>
    </message>
</context>
</TS>