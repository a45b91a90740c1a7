<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ProgramOutcome</name>
    <message>
        <source>works</source>
        <translation>works</translation>
    </message>
    <message>
        <source>will fail</source>
        <translation>will fail</translation>
    </message>
    <message>
        <source>cannot work</source>
        <translation>cannot work</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>not sure</translation>
    </message>
    <message>
        <source>probably works</source>
        <translation>probably works</translation>
    </message>
    <message>
        <source>will probably fail</source>
        <translation>will probably fail</translation>
    </message>
    <message>
        <source>probably cannot work</source>
        <translation>probably cannot work</translation>
    </message>
    <message>
        <source>Your FTP programs</source>
        <translation>Your FTP programs</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>What to change</translation>
    </message>
    <message>
        <source>No known FTP program was found on this PC.</source>
        <translation>No known FTP program was found on this PC.</translation>
    </message>
    <message>
        <source>passive mode</source>
        <translation>passive mode</translation>
    </message>
    <message>
        <source>active mode</source>
        <translation>active mode</translation>
    </message>
    <message>
        <source>the program's default</source>
        <translation>the program's default</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>could not be read</translation>
    </message>
    <message>
        <source>{mode}, the program's default</source>
        <translation>{mode}, the program's default</translation>
    </message>
    <message>
        <source>{setting} ({scope})</source>
        <translation>{setting} ({scope})</translation>
    </message>
    <message>
        <source>saved site for this server</source>
        <translation>saved site for this server</translation>
    </message>
    <message>
        <source>for all servers</source>
        <translation>for all servers</translation>
    </message>
    <message>
        <source>Your PC's firewall or router blocks active mode.</source>
        <translation>Your PC's firewall or router blocks active mode.</translation>
    </message>
    <message>
        <source>Active mode cannot work from behind your router.</source>
        <translation>Active mode cannot work from behind your router.</translation>
    </message>
    <message>
        <source>This server does not allow active mode.</source>
        <translation>This server does not allow active mode.</translation>
    </message>
    <message>
        <source>The server's firewall blocks passive mode.</source>
        <translation>The server's firewall blocks passive mode.</translation>
    </message>
    <message>
        <source>This server refuses passive mode.</source>
        <translation>This server refuses passive mode.</translation>
    </message>
    <message>
        <source>In passive mode the server names an address your PC cannot use, and the program connects to it.</source>
        <translation>In passive mode the server names an address your PC cannot use, and the program connects to it.</translation>
    </message>
    <message>
        <source>This server's EPSV port is blocked; the PASV command works.</source>
        <translation>This server's EPSV port is blocked; the PASV command works.</translation>
    </message>
    <message>
        <source>This server's PASV port is blocked; the EPSV command works.</source>
        <translation>This server's PASV port is blocked; the EPSV command works.</translation>
    </message>
    <message>
        <source>This server refuses the EPSV command.</source>
        <translation>This server refuses the EPSV command.</translation>
    </message>
    <message>
        <source>This server accepts a secure data connection only when it resumes the command connection's TLS session.</source>
        <translation>This server accepts a secure data connection only when it resumes the command connection's TLS session.</translation>
    </message>
    <message>
        <source>This server allows only {limit} connections at once from your PC.</source>
        <translation>This server allows only {limit} connections at once from your PC.</translation>
    </message>
    <message>
        <source>The file names on this server are not in UTF-8 but in {encoding}.</source>
        <translation>The file names on this server are not in UTF-8 but in {encoding}.</translation>
    </message>
    <message>
        <source>Some lines of this server's file list are in a format programs may not read.</source>
        <translation>Some lines of this server's file list are in a format programs may not read.</translation>
    </message>
    <message>
        <source>The probe result {path} was not found.</source>
        <translation>The probe result {path} was not found.</translation>
    </message>
    <message>
        <source>The probe result {path} could not be read ({detail}).</source>
        <translation>The probe result {path} could not be read ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a probe result: save one with ftpwizard probe HOST --json &gt; PROBE.json, or a JSON report.</source>
        <translation>{path} is not a probe result: save one with ftpwizard probe HOST --json &gt; PROBE.json, or a JSON report.</translation>
    </message>
    <message>
        <source>Its setting for this server could not be read.</source>
        <translation>Its setting for this server could not be read.</translation>
    </message>
    <message>
        <source>your {program}</source>
        <translation>your {program}</translation>
    </message>
    <message>
        <source>{program} (not on this PC)</source>
        <translation>{program} (not on this PC)</translation>
    </message>
    <message>
        <source>{who} will work here.</source>
        <translation>{who} will work here.</translation>
    </message>
    <message>
        <source>{who} will probably work here.</source>
        <translation>{who} will probably work here.</translation>
    </message>
    <message>
        <source>{who} is set to passive mode: it will fail here.</source>
        <translation>{who} is set to passive mode: it will fail here.</translation>
    </message>
    <message>
        <source>{who} is set to active mode: it will fail here.</source>
        <translation>{who} is set to active mode: it will fail here.</translation>
    </message>
    <message>
        <source>{who} uses passive mode, its default: it will fail here.</source>
        <translation>{who} uses passive mode, its default: it will fail here.</translation>
    </message>
    <message>
        <source>{who} uses active mode, its default: it will fail here.</source>
        <translation>{who} uses active mode, its default: it will fail here.</translation>
    </message>
    <message>
        <source>{who} is set to passive mode: it will probably fail here.</source>
        <translation>{who} is set to passive mode: it will probably fail here.</translation>
    </message>
    <message>
        <source>{who} is set to active mode: it will probably fail here.</source>
        <translation>{who} is set to active mode: it will probably fail here.</translation>
    </message>
    <message>
        <source>{who} uses passive mode, its default: it will probably fail here.</source>
        <translation>{who} uses passive mode, its default: it will probably fail here.</translation>
    </message>
    <message>
        <source>{who} uses active mode, its default: it will probably fail here.</source>
        <translation>{who} uses active mode, its default: it will probably fail here.</translation>
    </message>
    <message>
        <source>{who} will fail here.</source>
        <translation>{who} will fail here.</translation>
    </message>
    <message>
        <source>{who} will probably fail here.</source>
        <translation>{who} will probably fail here.</translation>
    </message>
    <message>
        <source>{who} cannot work here.</source>
        <translation>{who} cannot work here.</translation>
    </message>
    <message>
        <source>{who} probably cannot work here.</source>
        <translation>{who} probably cannot work here.</translation>
    </message>
    <message>
        <source>Whether {who} works here cannot be told.</source>
        <translation>Whether {who} works here cannot be told.</translation>
    </message>
    <message>
        <source>Use File Explorer or FileZilla instead: they can use passive mode.</source>
        <translation>Use File Explorer or FileZilla instead: they can use passive mode.</translation>
    </message>
    <message>
        <source>Use FileZilla instead: it can use active mode.</source>
        <translation>Use FileZilla instead: it can use active mode.</translation>
    </message>
    <message>
        <source>Switch it to passive mode.</source>
        <translation>Switch it to passive mode.</translation>
    </message>
    <message>
        <source>Switch it to active mode.</source>
        <translation>Switch it to active mode.</translation>
    </message>
    <message>
        <source>Turn EPSV off.</source>
        <translation>Turn EPSV off.</translation>
    </message>
    <message>
        <source>Turn EPSV on.</source>
        <translation>Turn EPSV on.</translation>
    </message>
    <message>
        <source>Set its character set for file names to {encoding}.</source>
        <translation>Set its character set for file names to {encoding}.</translation>
    </message>
    <message>
        <source>Limit it to {limit} connections at once.</source>
        <translation>Limit it to {limit} connections at once.</translation>
    </message>
    <message>
        <source>Change its setting {setting} to {value}.</source>
        <translation>Change its setting {setting} to {value}.</translation>
    </message>
    <message>
        <source>Switch {program} to passive mode.</source>
        <translation>Switch {program} to passive mode.</translation>
    </message>
    <message>
        <source>Switch {program} to active mode.</source>
        <translation>Switch {program} to active mode.</translation>
    </message>
    <message>
        <source>Turn EPSV off in curl: add the line disable-epsv to your .curlrc, or add --disable-epsv to the command.</source>
        <translation>Turn EPSV off in curl: add the line disable-epsv to your .curlrc, or add --disable-epsv to the command.</translation>
    </message>
    <message>
        <source>Let curl use EPSV again: remove the line disable-epsv from your .curlrc.</source>
        <translation>Let curl use EPSV again: remove the line disable-epsv from your .curlrc.</translation>
    </message>
    <message>
        <source>In lftp, run {command}; to keep it, add the same line to ~/.lftprc.</source>
        <translation>In lftp, run {command}; to keep it, add the same line to ~/.lftprc.</translation>
    </message>
    <message>
        <source>In {program}, set the character set for this server's file names to {encoding}.</source>
        <translation>In {program}, set the character set for this server's file names to {encoding}.</translation>
    </message>
    <message>
        <source>In {program}, limit the connections at once to {limit}.</source>
        <translation>In {program}, limit the connections at once to {limit}.</translation>
    </message>
    <message>
        <source>In {program}, change the setting {setting} to {value}.</source>
        <translation>In {program}, change the setting {setting} to {value}.</translation>
    </message>
    <message>
        <source>Where: {where}</source>
        <translation>Where: {where}</translation>
    </message>
    <message>
        <source>In {program} this is {label}.</source>
        <translation>In {program} this is {label}.</translation>
    </message>
    <message>
        <source>tick</source>
        <translation>tick</translation>
    </message>
    <message>
        <source>untick</source>
        <translation>untick</translation>
    </message>
</context>
</TS>
