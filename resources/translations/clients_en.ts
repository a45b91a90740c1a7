<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ClientsText</name>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="24" />
        <source>{client} is now set to {mode}. Restart it if it is open.</source>
        <translation>{client} is now set to {mode}. Restart it if it is open.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="25" />
        <source>{client} is already set to {mode}. Nothing was changed.</source>
        <translation>{client} is already set to {mode}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="26" />
        <source>{client} is running ({process}). Close it first: it saves its settings when it exits and would overwrite the change. Nothing was changed.</source>
        <translation>{client} is running ({process}). Close it first: it saves its settings when it exits and would overwrite the change. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="31" />
        <source>{client} was not found on this computer.</source>
        <translation>{client} was not found on this computer.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="32" />
        <source>{client} cannot be changed automatically. Please follow the pictures instead.</source>
        <translation>{client} cannot be changed automatically. Please follow the pictures instead.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="35" />
        <source>Unknown program '{client}'. Known names: {known}.</source>
        <translation>Unknown program '{client}'. Known names: {known}.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="38" />
        <source>The mode must be passive or active, not '{mode}'.</source>
        <translation>The mode must be passive or active, not '{mode}'.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="39" />
        <source>The settings file {path} is not in the format {client} writes ({detail}). It was left untouched.</source>
        <translation>The settings file {path} is not in the format {client} writes ({detail}). It was left untouched.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="43" />
        <source>The settings file {path} could not be read ({detail}). It was left untouched.</source>
        <translation>The settings file {path} could not be read ({detail}). It was left untouched.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="46" />
        <source>{path} is read-only or locked by another program, so it was not changed. Close programs that may use it, or change the setting by hand.</source>
        <translation>{path} is read-only or locked by another program, so it was not changed. Close programs that may use it, or change the setting by hand.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="51" />
        <source>Writing {path} failed ({detail}). The original was kept unchanged.</source>
        <translation>Writing {path} failed ({detail}). The original was kept unchanged.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="54" />
        <source>{client} did not read back the new setting, so the original was put back.</source>
        <translation>{client} did not read back the new setting, so the original was put back.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="57" />
        <source>{path} changed while we were working on it. Nothing was changed; please try again.</source>
        <translation>{path} changed while we were working on it. Nothing was changed; please try again.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="60" />
        <source>{path} was changed after ftpwizard's change, so Undo would throw those changes away. Nothing was restored. The original is kept in {backup}.</source>
        <translation>{path} was changed after ftpwizard's change, so Undo would throw those changes away. Nothing was restored. The original is kept in {backup}.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="65" />
        <source>There is no change of {client} to undo.</source>
        <translation>There is no change of {client} to undo.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="66" />
        <source>{client} is back to its previous settings.</source>
        <translation>{client} is back to its previous settings.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="67" />
        <source>There is no folder to keep the undo information in, so nothing was changed.</source>
        <translation>There is no folder to keep the undo information in, so nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="73" />
        <source>passive mode</source>
        <translation>passive mode</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="74" />
        <source>active mode</source>
        <translation>active mode</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="75" />
        <source>automatic (tries both)</source>
        <translation>automatic (tries both)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="76" />
        <source>unknown (cannot be read)</source>
        <translation>unknown (cannot be read)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="77" />
        <source>program default</source>
        <translation>program default</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="80" />
        <source>one setting for all servers</source>
        <translation>one setting for all servers</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="81" />
        <source>set separately for each site</source>
        <translation>set separately for each site</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="82" />
        <source>no setting</source>
        <translation>no setting</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="85" />
        <source>FTP programs found on this computer:</source>
        <translation>FTP programs found on this computer:</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="86" />
        <source>No known FTP program was found. Web browsers (Chrome, Edge, Firefox) no longer open ftp:// addresses; use FileZilla or WinSCP.</source>
        <translation>No known FTP program was found. Web browsers (Chrome, Edge, Firefox) no longer open ftp:// addresses; use FileZilla or WinSCP.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="91" />
        <source>current setting: {mode} ({scope})</source>
        <translation>current setting: {mode} ({scope})</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="92" />
        <source>current setting: {mode}, the program's default ({scope})</source>
        <translation>current setting: {mode}, the program's default ({scope})</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="93" />
        <source>site '{name}' ({host}): {mode}</source>
        <translation>site '{name}' ({host}): {mode}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="94" />
        <source>settings: {path}</source>
        <translation>settings: {path}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="95" />
        <source>ftpwizard can change this setting for you.</source>
        <translation>ftpwizard can change this setting for you.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="96" />
        <source>Change this setting by hand (see the picture guide).</source>
        <translation>Change this setting by hand (see the picture guide).</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="97" />
        <source>Site '{name}' ({host}) has its own setting, {mode}, which wins over the program-wide one. It was left as it is.</source>
        <translation>Site '{name}' ({host}) has its own setting, {mode}, which wins over the program-wide one. It was left as it is.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="102" />
        <source>To change it too: ftpwizard clients apply {id} --mode {target} --site {host}</source>
        <translation>To change it too: ftpwizard clients apply {id} --mode {target} --site {host}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="105" />
        <source>backup: {path}</source>
        <translation>backup: {path}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="106" />
        <source>changed: {what}</source>
        <translation>changed: {what}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="107" />
        <source>problem: {message}</source>
        <translation>problem: {message}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="108" />
        <source>usage: ftpwizard clients [--json] [--host HOST] [--lang ko|en]
       ftpwizard clients apply NAME --mode passive|active [--site HOST]
       ftpwizard clients undo NAME</source>
        <translation>usage: ftpwizard clients [--json] [--host HOST] [--lang ko|en]
       ftpwizard clients apply NAME --mode passive|active [--site HOST]
       ftpwizard clients undo NAME</translation>
    </message>
</context>
</TS>