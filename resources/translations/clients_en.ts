<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChangeQuestions</name>
    <message>
        <source>Change this in {program}?</source>
        <translation>Change this in {program}?</translation>
    </message>
    <message>
        <source>The settings file is backed up first, and Undo puts it back exactly as it was.</source>
        <translation>The settings file is backed up first, and Undo puts it back exactly as it was.</translation>
    </message>
    <message>
        <source>Change it for me</source>
        <translation>Change it for me</translation>
    </message>
    <message>
        <source>For new sites</source>
        <translation>For new sites</translation>
    </message>
    <message>
        <source>For all servers</source>
        <translation>For all servers</translation>
    </message>
    <message>
        <source>Change {program} to {mode}?</source>
        <translation>Change {program} to {mode}?</translation>
    </message>
    <message>
        <source>Only for {host}: just this server changes; other servers keep their setting. This is the safe choice.</source>
        <translation>Only for {host}: just this server changes; other servers keep their setting. This is the safe choice.</translation>
    </message>
    <message>
        <source>{choice}: WinSCP's Default Settings change, which new sites start from; saved sites keep their own setting.</source>
        <translation>{choice}: WinSCP's Default Settings change, which new sites start from; saved sites keep their own setting.</translation>
    </message>
    <message>
        <source>{choice}: the program-wide setting changes, so every server you connect to with {program} uses {mode}.</source>
        <translation>{choice}: the program-wide setting changes, so every server you connect to with {program} uses {mode}.</translation>
    </message>
    <message>
        <source>Only for {host}</source>
        <translation>Only for {host}</translation>
    </message>
    <message>
        <source>WinSCP has no saved site for {host}, so this changes WinSCP's Default Settings, which new sites start from.</source>
        <translation>WinSCP has no saved site for {host}, so this changes WinSCP's Default Settings, which new sites start from.</translation>
    </message>
    <message>
        <source>{program} has no saved site for {host}, so this changes the program-wide setting: every server you connect to with {program} will use {mode}.</source>
        <translation>{program} has no saved site for {host}, so this changes the program-wide setting: every server you connect to with {program} will use {mode}.</translation>
    </message>
    <message>
        <source>{program} keeps one setting for all servers: this changes it for every server you connect to with {program}, not only this one.</source>
        <translation>{program} keeps one setting for all servers: this changes it for every server you connect to with {program}, not only this one.</translation>
    </message>
</context>
<context>
    <name>ClientsGuide</name>
    <message>
        <source>Click the [{menu}] menu.</source>
        <translation>Click the [{menu}] menu.</translation>
    </message>
    <message>
        <source>Click [{button}].</source>
        <translation>Click [{button}].</translation>
    </message>
    <message>
        <source>Click [{button}] on the toolbar.</source>
        <translation>Click [{button}] on the toolbar.</translation>
    </message>
    <message>
        <source>In {program}, passive mode is the box [{passive_label}]: ticked means passive mode, unticked means active mode.</source>
        <translation>In {program}, passive mode is the box [{passive_label}]: ticked means passive mode, unticked means active mode.</translation>
    </message>
    <message>
        <source>In {program}, passive mode is called [{passive_label}] and active mode [{active_label}].</source>
        <translation>In {program}, passive mode is called [{passive_label}] and active mode [{active_label}].</translation>
    </message>
    <message>
        <source>The Korean menu names in this picture are not verified and may differ in your version; the English names are shown next to them.</source>
        <translation>The Korean menu names in this picture are not verified and may differ in your version; the English names are shown next to them.</translation>
    </message>
    <message>
        <source>Click [{item}] in the menu.</source>
        <translation>Click [{item}] in the menu.</translation>
    </message>
    <message>
        <source>In the list on the left, select the site you use for this server (in the picture: [{site}]).</source>
        <translation>In the list on the left, select the site you use for this server (in the picture: [{site}]).</translation>
    </message>
    <message>
        <source>Select [{item}] in the list on the left.</source>
        <translation>Select [{item}] in the list on the left.</translation>
    </message>
    <message>
        <source>Open the [{tab}] tab.</source>
        <translation>Open the [{tab}] tab.</translation>
    </message>
    <message>
        <source>Type {value} in [{field}].</source>
        <translation>Type {value} in [{field}].</translation>
    </message>
    <message>
        <source>Select the connection you use for this server (in the picture: [{connection}]).</source>
        <translation>Select the connection you use for this server (in the picture: [{connection}]).</translation>
    </message>
    <message>
        <source>Select [{item}].</source>
        <translation>Select [{item}].</translation>
    </message>
    <message>
        <source>Tick [{box}].</source>
        <translation>Tick [{box}].</translation>
    </message>
    <message>
        <source>Untick [{box}] (clear the tick).</source>
        <translation>Untick [{box}] (clear the tick).</translation>
    </message>
    <message>
        <source>tick</source>
        <translation>tick</translation>
    </message>
    <message>
        <source>untick</source>
        <translation>untick</translation>
    </message>
    <message>
        <source>This box switches the mode: ticked means passive.</source>
        <translation>This box switches the mode: ticked means passive.</translation>
    </message>
    <message>
        <source>This box switches the mode: ticked means active.</source>
        <translation>This box switches the mode: ticked means active.</translation>
    </message>
    <message>
        <source>Choose [{option}].</source>
        <translation>Choose [{option}].</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>choose</translation>
    </message>
    <message>
        <source>The mode is chosen here.</source>
        <translation>The mode is chosen here.</translation>
    </message>
    <message>
        <source>Set [{setting}] to [{option}].</source>
        <translation>Set [{setting}] to [{option}].</translation>
    </message>
    <message>
        <source>Type this command and press Enter: {command}</source>
        <translation>Type this command and press Enter: {command}</translation>
    </message>
    <message>
        <source>This is what you should see: {output}</source>
        <translation>This is what you should see: {output}</translation>
    </message>
    <message>
        <source>not supported any more</source>
        <translation>not supported any more</translation>
    </message>
    <message>
        <source>This step is needed {condition}.</source>
        <translation>This step is needed {condition}.</translation>
    </message>
    <message>
        <source>The wording may differ in your version of the program: this picture is drawn from documentation, not copied from your screen.</source>
        <translation>The wording may differ in your version of the program: this picture is drawn from documentation, not copied from your screen.</translation>
    </message>
    <message>
        <source>{program} — step {step} of {total}</source>
        <translation>{program} — step {step} of {total}</translation>
    </message>
</context>
<context>
    <name>ClientsPanel</name>
    <message>
        <source>Web browsers (Chrome, Edge, Firefox)</source>
        <translation>Web browsers (Chrome, Edge, Firefox)</translation>
    </message>
    <message>
        <source>Another FTP program</source>
        <translation>Another FTP program</translation>
    </message>
    <message>
        <source>already set right</source>
        <translation>already set right</translation>
    </message>
    <message>
        <source>needs a change</source>
        <translation>needs a change</translation>
    </message>
    <message>
        <source>check by hand</source>
        <translation>check by hand</translation>
    </message>
    <message>
        <source>no recommended mode</source>
        <translation>no recommended mode</translation>
    </message>
    <message>
        <source>No FTP program was found on this computer. Web browsers cannot open ftp:// addresses any more; see below, or install FileZilla.</source>
        <translation>No FTP program was found on this computer. Web browsers cannot open ftp:// addresses any more; see below, or install FileZilla.</translation>
    </message>
    <message>
        <source>Web browsers have no passive/active setting.</source>
        <translation>Web browsers have no passive/active setting.</translation>
    </message>
    <message>
        <source>Look for a setting with one of these names in your program.</source>
        <translation>Look for a setting with one of these names in your program.</translation>
    </message>
    <message>
        <source>"Change it for me" below does it; Undo puts it back.</source>
        <translation>"Change it for me" below does it; Undo puts it back.</translation>
    </message>
    <message>
        <source>The pictures below show where the setting is.</source>
        <translation>The pictures below show where the setting is.</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;Search again</translation>
    </message>
    <message>
        <source>&amp;Change it for me</source>
        <translation>&amp;Change it for me</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>FTP programs on this computer</source>
        <translation>FTP programs on this computer</translation>
    </message>
    <message>
        <source>Where the setting is, in pictures</source>
        <translation>Where the setting is, in pictures</translation>
    </message>
    <message>
        <source>FTP &amp;programs on this computer:</source>
        <translation>FTP &amp;programs on this computer:</translation>
    </message>
    <message>
        <source>Change it for me</source>
        <translation>Change it for me</translation>
    </message>
    <message>
        <source>The site {sites} has its own setting for this server, which wins over the program-wide one. Change that site too?</source>
        <translation>The site {sites} has its own setting for this server, which wins over the program-wide one. Change that site too?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Put {program}'s settings back as they were?</source>
        <translation>Put {program}'s settings back as they were?</translation>
    </message>
    <message>
        <source>Still set differently for this server: {sites}.</source>
        <translation>Still set differently for this server: {sites}.</translation>
    </message>
    <message>
        <source>No FTP program found on this computer.</source>
        <translation>No FTP program found on this computer.</translation>
    </message>
</context>
<context>
    <name>ClientsText</name>
    <message>
        <source>{client} is now set to {mode}. Restart it if it is open.</source>
        <translation>{client} is now set to {mode}. Restart it if it is open.</translation>
    </message>
    <message>
        <source>{client} is now set to {mode}. If the Internet Options window is open, close it with Cancel: OK there would write its old setting back over this change.</source>
        <translation>{client} is now set to {mode}. If the Internet Options window is open, close it with Cancel: OK there would write its old setting back over this change.</translation>
    </message>
    <message>
        <source>{client} is already set to {mode}. Nothing was changed.</source>
        <translation>{client} is already set to {mode}. Nothing was changed.</translation>
    </message>
    <message>
        <source>{client} now uses {mode} for {host} only; other servers keep their setting. Restart it if it is open.</source>
        <translation>{client} now uses {mode} for {host} only; other servers keep their setting. Restart it if it is open.</translation>
    </message>
    <message>
        <source>{client} already uses {mode} for {host}. Nothing was changed.</source>
        <translation>{client} already uses {mode} for {host}. Nothing was changed.</translation>
    </message>
    <message>
        <source>{client} has no setting of its own for {host}: it keeps one setting for all servers, or the server has no saved site. Nothing was changed; change it for all servers instead.</source>
        <translation>{client} has no setting of its own for {host}: it keeps one setting for all servers, or the server has no saved site. Nothing was changed; change it for all servers instead.</translation>
    </message>
    <message>
        <source>{client} is running ({process}). Close it first: it saves its settings when it exits and would overwrite the change. Nothing was changed.</source>
        <translation>{client} is running ({process}). Close it first: it saves its settings when it exits and would overwrite the change. Nothing was changed.</translation>
    </message>
    <message>
        <source>{client} was not found on this computer.</source>
        <translation>{client} was not found on this computer.</translation>
    </message>
    <message>
        <source>{client} cannot be changed automatically. Please follow the pictures instead.</source>
        <translation>{client} cannot be changed automatically. Please follow the pictures instead.</translation>
    </message>
    <message>
        <source>Unknown program '{client}'. Known names: {known}.</source>
        <translation>Unknown program '{client}'. Known names: {known}.</translation>
    </message>
    <message>
        <source>The mode must be passive or active, not '{mode}'.</source>
        <translation>The mode must be passive or active, not '{mode}'.</translation>
    </message>
    <message>
        <source>The settings file {path} is not in the format {client} writes ({detail}). It was left untouched.</source>
        <translation>The settings file {path} is not in the format {client} writes ({detail}). It was left untouched.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({detail}). It was left untouched.</source>
        <translation>The settings file {path} could not be read ({detail}). It was left untouched.</translation>
    </message>
    <message>
        <source>{path} is read-only or locked by another program, so it was not changed. Close programs that may use it, or change the setting by hand.</source>
        <translation>{path} is read-only or locked by another program, so it was not changed. Close programs that may use it, or change the setting by hand.</translation>
    </message>
    <message>
        <source>{path} is in use by another program (often antivirus or OneDrive), so it was not changed. Wait a moment and try again.</source>
        <translation>{path} is in use by another program (often antivirus or OneDrive), so it was not changed. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Writing {path} failed ({detail}). The original was kept unchanged.</source>
        <translation>Writing {path} failed ({detail}). The original was kept unchanged.</translation>
    </message>
    <message>
        <source>{client} did not read back the new setting, so the original was put back.</source>
        <translation>{client} did not read back the new setting, so the original was put back.</translation>
    </message>
    <message>
        <source>{path} changed while we were working on it. Nothing was changed; please try again.</source>
        <translation>{path} changed while we were working on it. Nothing was changed; please try again.</translation>
    </message>
    <message>
        <source>{path} was changed after ftpwizard's change, so Undo would throw those changes away. Nothing was restored. The original is kept in {backup}.</source>
        <translation>{path} was changed after ftpwizard's change, so Undo would throw those changes away. Nothing was restored. The original is kept in {backup}.</translation>
    </message>
    <message>
        <source>There is no change of {client} to undo.</source>
        <translation>There is no change of {client} to undo.</translation>
    </message>
    <message>
        <source>{client} is back to its previous settings.</source>
        <translation>{client} is back to its previous settings.</translation>
    </message>
    <message>
        <source>{client} is back to its previous settings. If the Internet Options window is open, close it with Cancel: OK there would write the setting it shows back over this.</source>
        <translation>{client} is back to its previous settings. If the Internet Options window is open, close it with Cancel: OK there would write the setting it shows back over this.</translation>
    </message>
    <message>
        <source>There is no folder to keep the undo information in, so nothing was changed.</source>
        <translation>There is no folder to keep the undo information in, so nothing was changed.</translation>
    </message>
    <message>
        <source>{client}: {change}. This is the program-wide setting: it applies to every server. Restart it if it is open.</source>
        <translation>{client}: {change}. This is the program-wide setting: it applies to every server. Restart it if it is open.</translation>
    </message>
    <message>
        <source>{client}: {change}, for {host} only; other servers keep their setting. Restart it if it is open.</source>
        <translation>{client}: {change}, for {host} only; other servers keep their setting. Restart it if it is open.</translation>
    </message>
    <message>
        <source>{client} is already set this way: {change}. Nothing was changed.</source>
        <translation>{client} is already set this way: {change}. Nothing was changed.</translation>
    </message>
    <message>
        <source>{client}: ftpwizard cannot change {setting} for you. Please follow the pictures instead.</source>
        <translation>{client}: ftpwizard cannot change {setting} for you. Please follow the pictures instead.</translation>
    </message>
    <message>
        <source>{client}: '{value}' is not a value ftpwizard can set for {setting}. Nothing was changed.</source>
        <translation>{client}: '{value}' is not a value ftpwizard can set for {setting}. Nothing was changed.</translation>
    </message>
    <message>
        <source>{client} keeps {setting} in each saved site and has no such setting for all servers. Change it for one server instead. Nothing was changed.</source>
        <translation>{client} keeps {setting} in each saved site and has no such setting for all servers. Change it for one server instead. Nothing was changed.</translation>
    </message>
    <message>
        <source>{client} has no saved site for {host}, and it keeps {setting} in saved sites only. Save the server in its Site Manager first, or follow the pictures. Nothing was changed.</source>
        <translation>{client} has no saved site for {host}, and it keeps {setting} in saved sites only. Save the server in its Site Manager first, or follow the pictures. Nothing was changed.</translation>
    </message>
    <message>
        <source>{client} has its own {setting} line for {host} in {path}, which wins over the program-wide one. Change it for {host} only instead. Nothing was changed.</source>
        <translation>{client} has its own {setting} line for {host} in {path}, which wins over the program-wide one. Change it for {host} only instead. Nothing was changed.</translation>
    </message>
    <message>
        <source>it no longer tries EPSV and opens the data connection with PASV (disable-epsv)</source>
        <translation>it no longer tries EPSV and opens the data connection with PASV (disable-epsv)</translation>
    </message>
    <message>
        <source>it tries EPSV first again, then PASV (epsv)</source>
        <translation>it tries EPSV first again, then PASV (epsv)</translation>
    </message>
    <message>
        <source>it opens the data connection with EPSV first (ftp:prefer-epsv on)</source>
        <translation>it opens the data connection with EPSV first (ftp:prefer-epsv on)</translation>
    </message>
    <message>
        <source>it opens the data connection with PASV, and with EPSV only over IPv6 (ftp:prefer-epsv off)</source>
        <translation>it opens the data connection with PASV, and with EPSV only over IPv6 (ftp:prefer-epsv off)</translation>
    </message>
    <message>
        <source>it reads file names in the character set {value}</source>
        <translation>it reads file names in the character set {value}</translation>
    </message>
    <message>
        <source>it opens at most {value} connections to the server at once</source>
        <translation>it opens at most {value} connections to the server at once</translation>
    </message>
    <message>
        <source>the character set</source>
        <translation>the character set</translation>
    </message>
    <message>
        <source>the connection limit</source>
        <translation>the connection limit</translation>
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
        <source>automatic (tries both)</source>
        <translation>automatic (tries both)</translation>
    </message>
    <message>
        <source>unknown (cannot be read)</source>
        <translation>unknown (cannot be read)</translation>
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
        <source>set separately for each site</source>
        <translation>set separately for each site</translation>
    </message>
    <message>
        <source>no setting</source>
        <translation>no setting</translation>
    </message>
    <message>
        <source>FTP programs found on this computer:</source>
        <translation>FTP programs found on this computer:</translation>
    </message>
    <message>
        <source>No known FTP program was found. Web browsers (Chrome, Edge, Firefox) no longer open ftp:// addresses; use FileZilla or WinSCP.</source>
        <translation>No known FTP program was found. Web browsers (Chrome, Edge, Firefox) no longer open ftp:// addresses; use FileZilla or WinSCP.</translation>
    </message>
    <message>
        <source>current setting: {mode} ({scope})</source>
        <translation>current setting: {mode} ({scope})</translation>
    </message>
    <message>
        <source>current setting: {mode}, the program's default ({scope})</source>
        <translation>current setting: {mode}, the program's default ({scope})</translation>
    </message>
    <message>
        <source>site '{name}' ({host}): {mode}</source>
        <translation>site '{name}' ({host}): {mode}</translation>
    </message>
    <message>
        <source>settings: {path}</source>
        <translation>settings: {path}</translation>
    </message>
    <message>
        <source>ftpwizard can change this setting for you.</source>
        <translation>ftpwizard can change this setting for you.</translation>
    </message>
    <message>
        <source>Change this setting by hand (see the picture guide).</source>
        <translation>Change this setting by hand (see the picture guide).</translation>
    </message>
    <message>
        <source>Site '{name}' ({host}) has its own setting, {mode}, which wins over the program-wide one. It was left as it is.</source>
        <translation>Site '{name}' ({host}) has its own setting, {mode}, which wins over the program-wide one. It was left as it is.</translation>
    </message>
    <message>
        <source>To change it too: ftpwizard clients apply {id} --mode {target} --site {host}</source>
        <translation>To change it too: ftpwizard clients apply {id} --mode {target} --site {host}</translation>
    </message>
    <message>
        <source>backup: {path}</source>
        <translation>backup: {path}</translation>
    </message>
    <message>
        <source>This is the program-wide setting: it applies to every server.</source>
        <translation>This is the program-wide setting: it applies to every server.</translation>
    </message>
    <message>
        <source>For one server only: ftpwizard clients apply {id} --mode {target} --site HOST</source>
        <translation>For one server only: ftpwizard clients apply {id} --mode {target} --site HOST</translation>
    </message>
    <message>
        <source>For one server only: ftpwizard clients apply {id} --fix {fix} --site HOST</source>
        <translation>For one server only: ftpwizard clients apply {id} --fix {fix} --site HOST</translation>
    </message>
    <message>
        <source>changed: {what}</source>
        <translation>changed: {what}</translation>
    </message>
    <message>
        <source>problem: {message}</source>
        <translation>problem: {message}</translation>
    </message>
    <message>
        <source>usage: ftpwizard clients [--json] [--host HOST] [--result PROBE.json] [--lang {languages}]
       ftpwizard clients apply NAME --mode passive|active [--site HOST]
       ftpwizard clients apply NAME --fix SETTING=VALUE [--site HOST]
         (--site HOST: that server only; without it: every server)
       ftpwizard clients undo NAME</source>
        <translation>usage: ftpwizard clients [--json] [--host HOST] [--result PROBE.json] [--lang {languages}]
       ftpwizard clients apply NAME --mode passive|active [--site HOST]
       ftpwizard clients apply NAME --fix SETTING=VALUE [--site HOST]
         (--site HOST: that server only; without it: every server)
       ftpwizard clients undo NAME</translation>
    </message>
    <message>
        <source>{option} needs a value</source>
        <translation>{option} needs a value</translation>
    </message>
    <message>
        <source>unknown option {option}</source>
        <translation>unknown option {option}</translation>
    </message>
    <message>
        <source>--lang must be one of: {languages}</source>
        <translation>--lang must be one of: {languages}</translation>
    </message>
    <message>
        <source>unexpected argument {argument}</source>
        <translation>unexpected argument {argument}</translation>
    </message>
    <message>
        <source>{command} needs exactly one program name, e.g. filezilla</source>
        <translation>{command} needs exactly one program name, e.g. filezilla</translation>
    </message>
    <message>
        <source>apply needs --mode passive or --mode active</source>
        <translation>apply needs --mode passive or --mode active</translation>
    </message>
    <message>
        <source>undo takes no --mode or --site</source>
        <translation>undo takes no --mode or --site</translation>
    </message>
    <message>
        <source>unknown command {command} (expected apply or undo)</source>
        <translation>unknown command {command} (expected apply or undo)</translation>
    </message>
    <message>
        <source>--mode and --site belong to 'apply'</source>
        <translation>--mode and --site belong to 'apply'</translation>
    </message>
    <message>
        <source>--fix needs SETTING=VALUE, e.g. --fix disable-epsv=on</source>
        <translation>--fix needs SETTING=VALUE, e.g. --fix disable-epsv=on</translation>
    </message>
    <message>
        <source>apply takes --mode or --fix, not both</source>
        <translation>apply takes --mode or --fix, not both</translation>
    </message>
</context>
<context>
    <name>GuideStrip</name>
    <message>
        <source>Command to type</source>
        <translation>Command to type</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the command: {command}</source>
        <translation>Copy the command: {command}</translation>
    </message>
    <message>
        <source>Copied: {command}</source>
        <translation>Copied: {command}</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>This program's setting cannot be read automatically. Follow the pictures to check it.</source>
        <translation>This program's setting cannot be read automatically. Follow the pictures to check it.</translation>
    </message>
    <message>
        <source>Current setting: {mode} (the program's default, {scope}).</source>
        <translation>Current setting: {mode} (the program's default, {scope}).</translation>
    </message>
    <message>
        <source>Current setting: {mode} ({scope}).</source>
        <translation>Current setting: {mode} ({scope}).</translation>
    </message>
    <message>
        <source>Site '{site}' ({host}): {mode}</source>
        <translation>Site '{site}' ({host}): {mode}</translation>
    </message>
    <message>
        <source>(set for this site only)</source>
        <translation>(set for this site only)</translation>
    </message>
    <message>
        <source>Already set the way the test recommends.</source>
        <translation>Already set the way the test recommends.</translation>
    </message>
    <message>
        <source>Needs a change: choose {mode}.</source>
        <translation>Needs a change: choose {mode}.</translation>
    </message>
    <message>
        <source>{program} has no {mode} setting. Connect to this server with another FTP program.</source>
        <translation>{program} has no {mode} setting. Connect to this server with another FTP program.</translation>
    </message>
    <message>
        <source>The test found no mode that works, so changing this program will not help.</source>
        <translation>The test found no mode that works, so changing this program will not help.</translation>
    </message>
    <message>
        <source>This program keeps the setting for each site separately; check the site you use for this server.</source>
        <translation>This program keeps the setting for each site separately; check the site you use for this server.</translation>
    </message>
</context>
</TS>