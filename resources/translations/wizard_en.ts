<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Finds out why FTP logs in but never shows the file list. Subcommands: probe, clients, demo-server (see 'ftpwizard probe --help').</source>
        <translation>Finds out why FTP logs in but never shows the file list. Subcommands: probe, clients, demo-server (see 'ftpwizard probe --help').</translation>
    </message>
    <message>
        <source>the server to fill in, e.g. ftp://user@ftp.example.com:21</source>
        <translation>the server to fill in, e.g. ftp://user@ftp.example.com:21</translation>
    </message>
    <message>
        <source>start the built-in demo server and test it</source>
        <translation>start the built-in demo server and test it</translation>
    </message>
    <message>
        <source>what the demo server simulates</source>
        <translation>what the demo server simulates</translation>
    </message>
    <message>
        <source>language (default: the system's)</source>
        <translation>language (default: the system's)</translation>
    </message>
    <message>
        <source>walk the whole wizard headless through every demo scenario</source>
        <translation>walk the whole wizard headless through every demo scenario</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>After changing the setting in your FTP program, connect again in that program and check that the file list appears.</source>
        <translation>After changing the setting in your FTP program, connect again in that program and check that the file list appears.</translation>
    </message>
    <message>
        <source>Still no file list? Press [Test again], or send the report below to your hosting company.</source>
        <translation>Still no file list? Press [Test again], or send the report below to your hosting company.</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Test again</translation>
    </message>
    <message>
        <source>Report for your hosting company</source>
        <translation>Report for your hosting company</translation>
    </message>
    <message>
        <source>If you need help, copy or save the report and send it to your hosting company's support. It contains everything they need, and never your password.</source>
        <translation>If you need help, copy or save the report and send it to your hosting company's support. It contains everything they need, and never your password.</translation>
    </message>
    <message>
        <source>Check the server details, or send the report to your hosting company. Then test again.</source>
        <translation>Check the server details, or send the report to your hosting company. Then test again.</translation>
    </message>
</context>
<context>
    <name>FtpWizard</name>
    <message>
        <source>FTP connection check</source>
        <translation>FTP connection check</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Close the program?</source>
        <translation>Close the program?</translation>
    </message>
    <message>
        <source>Close the program? The result is lost unless you saved or copied the report on the last page.</source>
        <translation>Close the program? The result is lost unless you saved or copied the report on the last page.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Stay</translation>
    </message>
</context>
<context>
    <name>ProgramLines</name>
    <message>
        <source>The next page changes it for you.</source>
        <translation>The next page changes it for you.</translation>
    </message>
    <message>
        <source>The next page shows where this setting is.</source>
        <translation>The next page shows where this setting is.</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>Your FTP program</source>
        <translation>Your FTP program</translation>
    </message>
    <message>
        <source>Neither mode works yet, so there is nothing to change in your program.</source>
        <translation>Neither mode works yet, so there is nothing to change in your program.</translation>
    </message>
    <message>
        <source>Send the report on the next page to your hosting company.</source>
        <translation>Send the report on the next page to your hosting company.</translation>
    </message>
    <message>
        <source>Choose {mode} in your FTP program.</source>
        <translation>Choose {mode} in your FTP program.</translation>
    </message>
    <message>
        <source>Every FTP program has this setting, but each program names it in its own way: for example "Passive" in FileZilla, "Use Passive FTP" in Internet Options, "PASV" in CuteFTP. Select a program below to see its name for the two modes and where the setting is.</source>
        <translation>Every FTP program has this setting, but each program names it in its own way: for example "Passive" in FileZilla, "Use Passive FTP" in Internet Options, "PASV" in CuteFTP. Select a program below to see its name for the two modes and where the setting is.</translation>
    </message>
</context>
<context>
    <name>ServerInput</name>
    <message>
        <source>Enter the server's address, for example ftp.example.com.</source>
        <translation>Enter the server's address, for example ftp.example.com.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (FTP normally uses 21).</source>
        <translation>The port must be a number from 1 to 65535 (FTP normally uses 21).</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the FTP server's address (for example ftp.{domain}).</source>
        <translation>This looks like an e-mail address. Enter the FTP server's address (for example ftp.{domain}).</translation>
    </message>
    <message>
        <source>sftp:// is SSH, not FTP: this program tests FTP and FTPS servers. Ask your hosting company whether the server also offers FTP.</source>
        <translation>sftp:// is SSH, not FTP: this program tests FTP and FTPS servers. Ask your hosting company whether the server also offers FTP.</translation>
    </message>
    <message>
        <source>'{scheme}://' is not an FTP address. Use an address like ftp.example.com or ftp://ftp.example.com.</source>
        <translation>'{scheme}://' is not an FTP address. Use an address like ftp.example.com or ftp://ftp.example.com.</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces.</source>
        <translation>A server address cannot contain spaces.</translation>
    </message>
    <message>
        <source>That address is too long to be a server name (at most 253 characters).</source>
        <translation>That address is too long to be a server name (at most 253 characters).</translation>
    </message>
    <message>
        <source>'{host}' is not a valid server name or IP address.</source>
        <translation>'{host}' is not a valid server name or IP address.</translation>
    </message>
    <message>
        <source>That IPv6 address is not valid. Write it in brackets, for example [2001:db8::1].</source>
        <translation>That IPv6 address is not valid. Write it in brackets, for example [2001:db8::1].</translation>
    </message>
    <message>
        <source>The address contains more than one '@'. Enter the user name in its own field.</source>
        <translation>The address contains more than one '@'. Enter the user name in its own field.</translation>
    </message>
    <message>
        <source>The address has a '?' or '#' part that an FTP address never has.</source>
        <translation>The address has a '?' or '#' part that an FTP address never has.</translation>
    </message>
    <message>
        <source>The address says port {address_port} but the Port field says {field_port}. Remove the port from the address or make the two the same.</source>
        <translation>The address says port {address_port} but the Port field says {field_port}. Remove the port from the address or make the two the same.</translation>
    </message>
    <message>
        <source>The user name contains a line break. Type it again on one line.</source>
        <translation>The user name contains a line break. Type it again on one line.</translation>
    </message>
    <message>
        <source>The password contains a line break, which FTP cannot send. Type or paste only the password itself.</source>
        <translation>The password contains a line break, which FTP cannot send. Type or paste only the password itself.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Your FTP server</source>
        <translation>Your FTP server</translation>
    </message>
    <message>
        <source>Use the details your hosting company gave you. You can also paste an ftp:// address.</source>
        <translation>Use the details your hosting company gave you. You can also paste an ftp:// address.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Secure connection:</source>
        <translation>&amp;Secure connection:</translation>
    </message>
    <message>
        <source>ftp.example.com</source>
        <translation>ftp.example.com</translation>
    </message>
    <message>
        <source>empty = anonymous</source>
        <translation>empty = anonymous</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>S&amp;how password</translation>
    </message>
    <message>
        <source>No (plain FTP)</source>
        <translation>No (plain FTP)</translation>
    </message>
    <message>
        <source>FTPS, explicit (AUTH TLS)</source>
        <translation>FTPS, explicit (AUTH TLS)</translation>
    </message>
    <message>
        <source>FTPS, implicit (port 990)</source>
        <translation>FTPS, implicit (port 990)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Show password</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Secure connection</translation>
    </message>
    <message>
        <source>Problem with the server address</source>
        <translation>Problem with the server address</translation>
    </message>
    <message>
        <source>The password is used only for this test. It is never saved or shown in the report.</source>
        <translation>The password is used only for this test. It is never saved or shown in the report.</translation>
    </message>
    <message>
        <source>a healthy server: both modes work</source>
        <translation>a healthy server: both modes work</translation>
    </message>
    <message>
        <source>a firewall on your PC that blocks the data connection of active mode</source>
        <translation>a firewall on your PC that blocks the data connection of active mode</translation>
    </message>
    <message>
        <source>a router that changes your PC's address, so the server refuses active mode</source>
        <translation>a router that changes your PC's address, so the server refuses active mode</translation>
    </message>
    <message>
        <source>a server firewall that blocks the data connection of passive mode</source>
        <translation>a server firewall that blocks the data connection of passive mode</translation>
    </message>
    <message>
        <source>a server that gives a wrong internal address in passive mode</source>
        <translation>a server that gives a wrong internal address in passive mode</translation>
    </message>
    <message>
        <source>This is the built-in demo server, running on this PC. It simulates {problem}.</source>
        <translation>This is the built-in demo server, running on this PC. It simulates {problem}.</translation>
    </message>
    <message>
        <source>Problem with the port</source>
        <translation>Problem with the port</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Connecting to {host} ...</source>
        <translation>Connecting to {host} ...</translation>
    </message>
    <message>
        <source>Stopping ...</source>
        <translation>Stopping ...</translation>
    </message>
    <message>
        <source>The server allows only one connection at a time: testing the modes one after the other.</source>
        <translation>The server allows only one connection at a time: testing the modes one after the other.</translation>
    </message>
    <message>
        <source>Logged in. Now testing both ways of getting the file list ...</source>
        <translation>Logged in. Now testing both ways of getting the file list ...</translation>
    </message>
    <message>
        <source>The connection to the server failed. See the result on the next page.</source>
        <translation>The connection to the server failed. See the result on the next page.</translation>
    </message>
    <message>
        <source>The test stopped because of an internal error.</source>
        <translation>The test stopped because of an internal error.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test cancelled.</translation>
    </message>
    <message>
        <source>Done. Press Next to see what it means.</source>
        <translation>Done. Press Next to see what it means.</translation>
    </message>
    <message>
        <source>Could not connect to the server. Press Next to see why.</source>
        <translation>Could not connect to the server. Press Next to see why.</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>&amp;Cancel test</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Test again</translation>
    </message>
    <message>
        <source>Testing both modes</source>
        <translation>Testing both modes</translation>
    </message>
    <message>
        <source>Active mode: the server connects to your PC. Passive mode: your PC connects to the server.</source>
        <translation>Active mode: the server connects to your PC. Passive mode: your PC connects to the server.</translation>
    </message>
    <message>
        <source>&amp;Animate</source>
        <translation>&amp;Animate</translation>
    </message>
    <message>
        <source>&amp;Details (Ctrl+D)</source>
        <translation>&amp;Details (Ctrl+D)</translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation>Show the technical details</translation>
    </message>
    <message>
        <source>Cancel or repeat the test</source>
        <translation>Cancel or repeat the test</translation>
    </message>
    <message>
        <source>Animate the pictures</source>
        <translation>Animate the pictures</translation>
    </message>
    <message>
        <source>Test finished</source>
        <translation>Test finished</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>Test cancelled</translation>
    </message>
    <message>
        <source>Could not connect to the server</source>
        <translation>Could not connect to the server</translation>
    </message>
    <message>
        <source>The test stopped</source>
        <translation>The test stopped</translation>
    </message>
    <message>
        <source>Pictures of both modes</source>
        <translation>Pictures of both modes</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>The next page shows where this setting is in your FTP program.</source>
        <translation>The next page shows where this setting is in your FTP program.</translation>
    </message>
    <message>
        <source>In the FTP programs on this PC: {programs}.</source>
        <translation>In the FTP programs on this PC: {programs}.</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>The result</translation>
    </message>
    <message>
        <source>What the test found, and what to do about it.</source>
        <translation>What the test found, and what to do about it.</translation>
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
        <source>&amp;Show me again</source>
        <translation>&amp;Show me again</translation>
    </message>
    <message>
        <source>Replay both pictures slowly</source>
        <translation>Replay both pictures slowly</translation>
    </message>
    <message>
        <source>The result and the pictures of both modes</source>
        <translation>The result and the pictures of both modes</translation>
    </message>
    <message>
        <source>&amp;Change the server details</source>
        <translation>&amp;Change the server details</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate and test again</source>
        <translation>&amp;Trust this certificate and test again</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Why doesn't my FTP file list show up?</source>
        <translation>Why doesn't my FTP file list show up?</translation>
    </message>
    <message>
        <source>This check takes about 10 seconds.</source>
        <translation>This check takes about 10 seconds.</translation>
    </message>
    <message>
        <source>Your FTP program logs in, but the list of files never appears? This program tests the two ways FTP can send the list (active and passive mode) from this PC to your server, shows you where it stops, and tells you which setting to choose.</source>
        <translation>Your FTP program logs in, but the list of files never appears? This program tests the two ways FTP can send the list (active and passive mode) from this PC to your server, shows you where it stops, and tells you which setting to choose.</translation>
    </message>
    <message>
        <source>1. Enter your server's address (from your hosting company's e-mail).
2. Watch both tests run.
3. Read the result and change your FTP program's setting; we show you where.</source>
        <translation>1. Enter your server's address (from your hosting company's e-mail).
2. Watch both tests run.
3. Read the result and change your FTP program's setting; we show you where.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
</TS>