<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Verdict</name>
    <message>
        <source>Both modes work. Use passive mode.</source>
        <translation>Both modes work. Use passive mode.</translation>
    </message>
    <message>
        <source>Your PC opened the data connection to the server (passive), and the server could also connect back to your PC (active).</source>
        <translation>Your PC opened the data connection to the server (passive), and the server could also connect back to your PC (active).</translation>
    </message>
    <message>
        <source>Set your FTP program to passive mode: it is the standard and keeps working when you change networks. If the file list still does not appear, the cause is in the program's settings, not in the network.</source>
        <translation>Set your FTP program to passive mode: it is the standard and keeps working when you change networks. If the file list still does not appear, the cause is in the program's settings, not in the network.</translation>
    </message>
    <message>
        <source>Active mode works.</source>
        <translation>Active mode works.</translation>
    </message>
    <message>
        <source>Only active mode was tested, and the server connected back to your PC.</source>
        <translation>Only active mode was tested, and the server connected back to your PC.</translation>
    </message>
    <message>
        <source>Test both modes to get a recommendation.</source>
        <translation>Test both modes to get a recommendation.</translation>
    </message>
    <message>
        <source>Passive mode works.</source>
        <translation>Passive mode works.</translation>
    </message>
    <message>
        <source>Only passive mode was tested, and your PC opened the data connection to the server.</source>
        <translation>Only passive mode was tested, and your PC opened the data connection to the server.</translation>
    </message>
    <message>
        <source>Set your FTP program to passive mode.</source>
        <translation>Set your FTP program to passive mode.</translation>
    </message>
    <message>
        <source>Use passive mode: your PC's firewall or router blocks active mode.</source>
        <translation>Use passive mode: your PC's firewall or router blocks active mode.</translation>
    </message>
    <message>
        <source>In active mode the server must connect back to your PC (step ③). That connection never arrived: a firewall on your PC or your router stopped it. In passive mode your PC makes every connection itself, so nothing needs to come in.</source>
        <translation>In active mode the server must connect back to your PC (step ③). That connection never arrived: a firewall on your PC or your router stopped it. In passive mode your PC makes every connection itself, so nothing needs to come in.</translation>
    </message>
    <message>
        <source>Switch your FTP program to passive mode. You do not need to change your firewall.</source>
        <translation>Switch your FTP program to passive mode. You do not need to change your firewall.</translation>
    </message>
    <message>
        <source>Your PC asked the server to connect to {announced}, an address inside your network. The server sees you coming from a different address and refused (step ②, server reply: {step_reply}). Home and office routers cause this.</source>
        <translation>Your PC asked the server to connect to {announced}, an address inside your network. The server sees you coming from a different address and refused (step ②, server reply: {step_reply}). Home and office routers cause this.</translation>
    </message>
    <message>
        <source>Switch your FTP program to passive mode.</source>
        <translation>Switch your FTP program to passive mode.</translation>
    </message>
    <message>
        <source>The server refused the active-mode request (step ②, server reply: {step_reply}).</source>
        <translation>The server refused the active-mode request (step ②, server reply: {step_reply}).</translation>
    </message>
    <message>
        <source>Switch your FTP program to active mode. Ask your hosting company to open the passive-mode port range in the server's firewall (in this test the server offered port {passive_port}); after that, switch back to passive mode.</source>
        <translation>Switch your FTP program to active mode. Ask your hosting company to open the passive-mode port range in the server's firewall (in this test the server offered port {passive_port}); after that, switch back to passive mode.</translation>
    </message>
    <message>
        <source>The server refused the passive-mode request (step ②, server reply: {step_reply}).</source>
        <translation>The server refused the passive-mode request (step ②, server reply: {step_reply}).</translation>
    </message>
    <message>
        <source>Switch your FTP program to active mode, and tell your hosting company that passive mode is turned off.</source>
        <translation>Switch your FTP program to active mode, and tell your hosting company that passive mode is turned off.</translation>
    </message>
    <message>
        <source>Ask your hosting company to open the passive-mode port range; then use passive mode. Until then, try from another network (for example a phone hotspot).</source>
        <translation>Ask your hosting company to open the passive-mode port range; then use passive mode. Until then, try from another network (for example a phone hotspot).</translation>
    </message>
    <message>
        <source>The last step failed (server reply: {step_reply}).</source>
        <translation>The last step failed (server reply: {step_reply}).</translation>
    </message>
    <message>
        <source>You are connected, but the server refused the login (server reply: {reply}).</source>
        <translation>You are connected, but the server refused the login (server reply: {reply}).</translation>
    </message>
    <message>
        <source>The server refused to log in without encryption (server reply: {reply}).</source>
        <translation>The server refused to log in without encryption (server reply: {reply}).</translation>
    </message>
    <message>
        <source>Test again with the secure connection set to "FTPS, explicit (AUTH TLS)". In your FTP program set the encryption to "Require explicit FTP over TLS" (FileZilla) or "TLS/SSL Explicit encryption" (WinSCP).</source>
        <translation>Test again with the secure connection set to "FTPS, explicit (AUTH TLS)". In your FTP program set the encryption to "Require explicit FTP over TLS" (FileZilla) or "TLS/SSL Explicit encryption" (WinSCP).</translation>
    </message>
    <message>
        <source>Port {port} at {host} answered in another language than FTP (server reply: {reply}).</source>
        <translation>Port {port} at {host} answered in another language than FTP (server reply: {reply}).</translation>
    </message>
    <message>
        <source>The server closed the connection (server reply: {reply}). Often it allows only a few connections at once from one address, or it is overloaded.</source>
        <translation>The server closed the connection (server reply: {reply}). Often it allows only a few connections at once from one address, or it is overloaded.</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid FTP reply (server reply: {reply}). A security device in between may be interfering, or it may not be an FTP server.</source>
        <translation>The server sent something that is not a valid FTP reply (server reply: {reply}). A security device in between may be interfering, or it may not be an FTP server.</translation>
    </message>
    <message>
        <source>With FTPS the command that announces your port is encrypted, so the router's FTP support (FTP ALG) cannot read and rewrite it: active mode may work with plain FTP but fails with FTPS. Passive mode avoids this.</source>
        <translation>With FTPS the command that announces your port is encrypted, so the router's FTP support (FTP ALG) cannot read and rewrite it: active mode may work with plain FTP but fails with FTPS. Passive mode avoids this.</translation>
    </message>
    <message>
        <source>The server does not offer FTPS, or the secure connection failed while it was being set up (server reply: {reply}).</source>
        <translation>The server does not offer FTPS, or the secure connection failed while it was being set up (server reply: {reply}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>This server does not seem to support FTPS (secure connection). Set the secure connection to "No (plain FTP)" and test again, or ask your hosting company whether the server offers FTPS.</source>
        <translation>This server does not seem to support FTPS (secure connection). Set the secure connection to "No (plain FTP)" and test again, or ask your hosting company whether the server offers FTPS.</translation>
    </message>
    <message>
        <source>not the certificate you accepted before</source>
        <translation>not the certificate you accepted before</translation>
    </message>
    <message>
        <source>a self-signed certificate</source>
        <translation>a self-signed certificate</translation>
    </message>
    <message>
        <source>the certificate's domain differs from the server address</source>
        <translation>the certificate's domain differs from the server address</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>the certificate has expired</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>the certificate is not valid yet</translation>
    </message>
    <message>
        <source>issued by an authority this PC does not trust</source>
        <translation>issued by an authority this PC does not trust</translation>
    </message>
    <message>
        <source>the certificate could not be verified</source>
        <translation>the certificate could not be verified</translation>
    </message>
    <message>
        <source>Use passive mode: your PC is behind a router, so active mode cannot work.</source>
        <translation>Use passive mode: your PC is behind a router, so active mode cannot work.</translation>
    </message>
    <message>
        <source>Use passive mode: this server does not allow active mode.</source>
        <translation>Use passive mode: this server does not allow active mode.</translation>
    </message>
    <message>
        <source>Use active mode for now: the server's firewall blocks passive mode.</source>
        <translation>Use active mode for now: the server's firewall blocks passive mode.</translation>
    </message>
    <message>
        <source>The server offered port {passive_port} for the file list, but your PC's connection to that port got no answer (step ③). The server's firewall keeps its passive ports closed. Active mode works.</source>
        <translation>The server offered port {passive_port} for the file list, but your PC's connection to that port got no answer (step ③). The server's firewall keeps its passive ports closed. Active mode works.</translation>
    </message>
    <message>
        <source>Use active mode: this server refuses passive mode.</source>
        <translation>Use active mode: this server refuses passive mode.</translation>
    </message>
    <message>
        <source>Use passive mode in an up-to-date FTP program: the server names a wrong address.</source>
        <translation>Use passive mode in an up-to-date FTP program: the server names a wrong address.</translation>
    </message>
    <message>
        <source>In its passive reply the server told your PC to connect to {advertised}, {advertised_class} address that your PC cannot use. Connecting to the server's own address instead worked.</source>
        <translation>In its passive reply the server told your PC to connect to {advertised}, {advertised_class} address that your PC cannot use. Connecting to the server's own address instead worked.</translation>
    </message>
    <message>
        <source>FileZilla, WinSCP and curl ignore the wrong address and work in passive mode. Older programs such as AlFTP and Internet Explorer may hang while loading the file list: use active mode in those. The server's settings need fixing: tell your hosting company, and send them the report if you can.</source>
        <translation>FileZilla, WinSCP and curl ignore the wrong address and work in passive mode. Older programs such as AlFTP and Internet Explorer may hang while loading the file list: use active mode in those. The server's settings need fixing: tell your hosting company, and send them the report if you can.</translation>
    </message>
    <message>
        <source>Neither mode works: the file list is blocked on both sides.</source>
        <translation>Neither mode works: the file list is blocked on both sides.</translation>
    </message>
    <message>
        <source>Active mode failed because the server could not connect back to your PC (your firewall or router). Passive mode failed because the server's port {passive_port} did not answer (the server's firewall).</source>
        <translation>Active mode failed because the server could not connect back to your PC (your firewall or router). Passive mode failed because the server's port {passive_port} did not answer (the server's firewall).</translation>
    </message>
    <message>
        <source>The data connection opened, but the file list did not arrive.</source>
        <translation>The data connection opened, but the file list did not arrive.</translation>
    </message>
    <message>
        <source>The folder may not exist, you may lack permission, or the server stopped the transfer. Test again; if it repeats, send the report to your hosting company.</source>
        <translation>The folder may not exist, you may lack permission, or the server stopped the transfer. Test again; if it repeats, send the report to your hosting company.</translation>
    </message>
    <message>
        <source>The server name {host} could not be found.</source>
        <translation>The server name {host} could not be found.</translation>
    </message>
    <message>
        <source>Your PC could not look up the address of {host}. The name may be mistyped, or your internet connection is not working.</source>
        <translation>Your PC could not look up the address of {host}. The name may be mistyped, or your internet connection is not working.</translation>
    </message>
    <message>
        <source>Check the spelling of the server address (your hosting company's welcome e-mail has it) and that websites open.</source>
        <translation>Check the spelling of the server address (your hosting company's welcome e-mail has it) and that websites open.</translation>
    </message>
    <message>
        <source>The server refused the connection on port {port}.</source>
        <translation>The server refused the connection on port {port}.</translation>
    </message>
    <message>
        <source>Nothing accepts FTP connections at {host} port {port}: the FTP service is not running there, or the port is wrong.</source>
        <translation>Nothing accepts FTP connections at {host} port {port}: the FTP service is not running there, or the port is wrong.</translation>
    </message>
    <message>
        <source>Check the port (FTP normally uses 21) and ask your hosting company whether FTP is turned on for your account.</source>
        <translation>Check the port (FTP normally uses 21) and ask your hosting company whether FTP is turned on for your account.</translation>
    </message>
    <message>
        <source>The server did not answer on port {port}.</source>
        <translation>The server did not answer on port {port}.</translation>
    </message>
    <message>
        <source>Your PC's connection to {host} port {port} got no answer: a firewall drops it silently (on your PC, in your network or at the server), or the server is down.</source>
        <translation>Your PC's connection to {host} port {port} got no answer: a firewall drops it silently (on your PC, in your network or at the server), or the server is down.</translation>
    </message>
    <message>
        <source>Check the address and port. Try from another network (for example a phone hotspot): if it works there, your network blocks FTP. Otherwise ask your hosting company.</source>
        <translation>Check the address and port. Try from another network (for example a phone hotspot): if it works there, your network blocks FTP. Otherwise ask your hosting company.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password.</source>
        <translation>The server rejected the user name or password.</translation>
    </message>
    <message>
        <source>Check the user name and password (capital letters matter). Your hosting company can reset the FTP password.</source>
        <translation>Check the user name and password (capital letters matter). Your hosting company can reset the FTP password.</translation>
    </message>
    <message>
        <source>The server requires a secure connection (FTPS).</source>
        <translation>The server requires a secure connection (FTPS).</translation>
    </message>
    <message>
        <source>The secure connection (FTPS) could not be set up.</source>
        <translation>The secure connection (FTPS) could not be set up.</translation>
    </message>
    <message>
        <source>{tls_detail}</source>
        <translation>{tls_detail}</translation>
    </message>
    <message>
        <source>Many hosting companies use a shared certificate. Ask them to confirm the fingerprint; if it matches, you can accept this certificate and test again. You can also test without FTPS to check the data connection.</source>
        <translation>Many hosting companies use a shared certificate. Ask them to confirm the fingerprint; if it matches, you can accept this certificate and test again. You can also test without FTPS to check the data connection.</translation>
    </message>
    <message>
        <source>This is not an FTP server.</source>
        <translation>This is not an FTP server.</translation>
    </message>
    <message>
        <source>Check the port with your hosting company (FTP normally uses 21).</source>
        <translation>Check the port with your hosting company (FTP normally uses 21).</translation>
    </message>
    <message>
        <source>This is an SFTP (SSH) server, not an FTP server.</source>
        <translation>This is an SFTP (SSH) server, not an FTP server.</translation>
    </message>
    <message>
        <source>Port {port} at {host} speaks SSH: SFTP is a different protocol with no active or passive mode, so this tool cannot test it.</source>
        <translation>Port {port} at {host} speaks SSH: SFTP is a different protocol with no active or passive mode, so this tool cannot test it.</translation>
    </message>
    <message>
        <source>In FileZilla or WinSCP choose the SFTP protocol (port 22) for this server, or ask your hosting company for the FTP port.</source>
        <translation>In FileZilla or WinSCP choose the SFTP protocol (port 22) for this server, or ask your hosting company for the FTP port.</translation>
    </message>
    <message>
        <source>This is a web server, not an FTP server.</source>
        <translation>This is a web server, not an FTP server.</translation>
    </message>
    <message>
        <source>Port {port} at {host} answered like a website.</source>
        <translation>Port {port} at {host} answered like a website.</translation>
    </message>
    <message>
        <source>Use the FTP address and port your hosting company gave you (FTP normally uses port 21).</source>
        <translation>Use the FTP address and port your hosting company gave you (FTP normally uses port 21).</translation>
    </message>
    <message>
        <source>The server accepted the connection but never greeted.</source>
        <translation>The server accepted the connection but never greeted.</translation>
    </message>
    <message>
        <source>An FTP server says hello first. This one stayed silent: it may expect a secure connection from the very start (implicit FTPS, usually port 990), or it is not an FTP server.</source>
        <translation>An FTP server says hello first. This one stayed silent: it may expect a secure connection from the very start (implicit FTPS, usually port 990), or it is not an FTP server.</translation>
    </message>
    <message>
        <source>If your hosting company mentions FTPS or port 990, choose the implicit secure connection (ftps://) and test again.</source>
        <translation>If your hosting company mentions FTPS or port 990, choose the implicit secure connection (ftps://) and test again.</translation>
    </message>
    <message>
        <source>The server is refusing connections right now.</source>
        <translation>The server is refusing connections right now.</translation>
    </message>
    <message>
        <source>Close other FTP programs connected to this server, wait a minute and test again.</source>
        <translation>Close other FTP programs connected to this server, wait a minute and test again.</translation>
    </message>
    <message>
        <source>The server hung up in the middle of the test.</source>
        <translation>The server hung up in the middle of the test.</translation>
    </message>
    <message>
        <source>While your PC waited for the server to connect back (step ③ of active mode), the server closed the command connection instead. Your firewall does not do that: the server stopped, restarted or ended the session itself. So this test cannot tell whether active mode works.</source>
        <translation>While your PC waited for the server to connect back (step ③ of active mode), the server closed the command connection instead. Your firewall does not do that: the server stopped, restarted or ended the session itself. So this test cannot tell whether active mode works.</translation>
    </message>
    <message>
        <source>Test again in a minute. If it happens again, send the report to your hosting company.</source>
        <translation>Test again in a minute. If it happens again, send the report to your hosting company.</translation>
    </message>
    <message>
        <source>The server's replies make no sense.</source>
        <translation>The server's replies make no sense.</translation>
    </message>
    <message>
        <source>Send the report to your hosting company.</source>
        <translation>Send the report to your hosting company.</translation>
    </message>
    <message>
        <source>The server allows only one connection from your address at a time, so the two modes were tested one after the other.</source>
        <translation>The server allows only one connection from your address at a time, so the two modes were tested one after the other.</translation>
    </message>
    <message>
        <source>The server's passive reply names {advertised}, which your PC cannot use; the test connected to the server's own address instead.</source>
        <translation>The server's passive reply names {advertised}, which your PC cannot use; the test connected to the server's own address instead.</translation>
    </message>
    <message>
        <source>The file names on this server are written in the old Korean character set, not in UTF-8: {encoding_name}. FTP programs that assume UTF-8 show these names garbled. In your FTP program, set the character set for this server to {encoding_name}.</source>
        <translation>The file names on this server are written in the old Korean character set, not in UTF-8: {encoding_name}. FTP programs that assume UTF-8 show these names garbled. In your FTP program, set the character set for this server to {encoding_name}.</translation>
    </message>
    <message>
        <source>Some lines of the file list are in a format FTP programs may not read, for example: “{sample}”. If your FTP program shows the folder empty or with files missing, send the report to your hosting company.</source>
        <translation>Some lines of the file list are in a format FTP programs may not read, for example: “{sample}”. If your FTP program shows the folder empty or with files missing, send the report to your hosting company.</translation>
    </message>
    <message>
        <source>The data port the server names for EPSV is blocked, while the one for PASV works: FTP programs that ask with EPSV first cannot list the files in passive mode.</source>
        <translation>The data port the server names for EPSV is blocked, while the one for PASV works: FTP programs that ask with EPSV first cannot list the files in passive mode.</translation>
    </message>
    <message>
        <source>The data port the server names for PASV is blocked, but the one for EPSV works: FTP programs that ask with EPSV first can list the files in passive mode too.</source>
        <translation>The data port the server names for PASV is blocked, but the one for EPSV works: FTP programs that ask with EPSV first can list the files in passive mode too.</translation>
    </message>
    <message>
        <source>The server accepts a secure data connection only when it reuses the command connection's TLS session: FTP programs that do not reuse it cannot list the files.</source>
        <translation>The server accepts a secure data connection only when it reuses the command connection's TLS session: FTP programs that do not reuse it cannot list the files.</translation>
    </message>
    <message>
        <source>The server allows your PC this many connections at once: {limit}. If your FTP program opens more (to transfer several files at once), lower its number of simultaneous connections to {limit}.</source>
        <translation>The server allows your PC this many connections at once: {limit}. If your FTP program opens more (to transfer several files at once), lower its number of simultaneous connections to {limit}.</translation>
    </message>
    <message>
        <source>a private (internal network)</source>
        <translation>a private (internal network)</translation>
    </message>
    <message>
        <source>a loopback (the server itself)</source>
        <translation>a loopback (the server itself)</translation>
    </message>
    <message>
        <source>an empty (0.0.0.0)</source>
        <translation>an empty (0.0.0.0)</translation>
    </message>
    <message>
        <source>a link-local</source>
        <translation>a link-local</translation>
    </message>
    <message>
        <source>an example (documentation)</source>
        <translation>an example (documentation)</translation>
    </message>
    <message>
        <source>a carrier-internal</source>
        <translation>a carrier-internal</translation>
    </message>
    <message>
        <source>another public</source>
        <translation>another public</translation>
    </message>
    <message>
        <source>an invalid</source>
        <translation>an invalid</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted ({certificate_problem}). Its SHA-256 fingerprint is {fingerprint}.</source>
        <translation>The server's certificate is not trusted ({certificate_problem}). Its SHA-256 fingerprint is {fingerprint}.</translation>
    </message>
    <message>
        <source>The server does not offer FTPS, or the TLS handshake failed: {reply}</source>
        <translation>The server does not offer FTPS, or the TLS handshake failed: {reply}</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>your PC's firewall or router</source>
        <translation>your PC's firewall or router</translation>
    </message>
    <message>
        <source>the server's firewall</source>
        <translation>the server's firewall</translation>
    </message>
    <message>
        <source>Where it stopped</source>
        <translation>Where it stopped</translation>
    </message>
    <message>
        <source>{place}, at step {step}</source>
        <translation>{place}, at step {step}</translation>
    </message>
</context>
</TS>