<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ClientsGuide</name>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="322" />
        <source>Click the [%1] menu.</source>
        <translation>Click the [%1] menu.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="487" />
        <source>Click [%1].</source>
        <translation>Click [%1].</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="420" />
        <source>Click [%1] on the toolbar.</source>
        <translation>Click [%1] on the toolbar.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="330" />
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="336" />
        <source>Click [%1] in the menu.</source>
        <translation>Click [%1] in the menu.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="438" />
        <source>Select [%1] in the list on the left.</source>
        <translation>Select [%1] in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="457" />
        <source>Open the [%1] tab.</source>
        <translation>Open the [%1] tab.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="562" />
        <source>Type %1 in [%2].</source>
        <translation>Type %1 in [%2].</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="573" />
        <source>Select [%1].</source>
        <translation>Select [%1].</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="593" />
        <source>Tick [%1].</source>
        <translation>Tick [%1].</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="593" />
        <source>Untick [%1] (clear the tick).</source>
        <translation>Untick [%1] (clear the tick).</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="594" />
        <source>tick</source>
        <translation>tick</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="594" />
        <source>untick</source>
        <translation>untick</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="596" />
        <source>This box switches the mode: ticked means passive.</source>
        <translation>This box switches the mode: ticked means passive.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="597" />
        <source>This box switches the mode: ticked means active.</source>
        <translation>This box switches the mode: ticked means active.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="621" />
        <source>Choose [%1].</source>
        <translation>Choose [%1].</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="621" />
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="645" />
        <source>choose</source>
        <translation>choose</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="623" />
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="647" />
        <source>The mode is chosen here.</source>
        <translation>The mode is chosen here.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="644" />
        <source>Set [%1] to [%2].</source>
        <translation>Set [%1] to [%2].</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="720" />
        <source>Type this command and press Enter: %1</source>
        <translation>Type this command and press Enter: %1</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="723" />
        <source>This is what you should see: %1</source>
        <translation>This is what you should see: %1</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="777" />
        <source>not supported any more</source>
        <translation>not supported any more</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="829" />
        <source>This step is needed %1.</source>
        <translation>This step is needed %1.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="833" />
        <source>The wording may differ in your version of the program: this picture is drawn from documentation, not copied from your screen.</source>
        <translation>The wording may differ in your version of the program: this picture is drawn from documentation, not copied from your screen.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="838" />
        <source>%1 — step %2 of %3</source>
        <translation>%1 — step %2 of %3</translation>
    </message>
</context>
<context>
    <name>ClientsPanel</name>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="128" />
        <source>Web browsers (Chrome, Edge, Firefox)</source>
        <translation>Web browsers (Chrome, Edge, Firefox)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="129" />
        <source>Another FTP program</source>
        <translation>Another FTP program</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="165" />
        <source>already set right</source>
        <translation>already set right</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="166" />
        <source>needs a change</source>
        <translation>needs a change</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="167" />
        <source>check by hand</source>
        <translation>check by hand</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="184" />
        <source>No FTP program was found on this computer. Web browsers cannot open ftp:// addresses any more; see below, or install FileZilla.</source>
        <translation>No FTP program was found on this computer. Web browsers cannot open ftp:// addresses any more; see below, or install FileZilla.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="187" />
        <source>Web browsers have no passive/active setting.</source>
        <translation>Web browsers have no passive/active setting.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="189" />
        <source>Look for a setting with one of these names in your program.</source>
        <translation>Look for a setting with one of these names in your program.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="208" />
        <source>This program's setting cannot be read automatically. Follow the pictures to check it.</source>
        <translation>This program's setting cannot be read automatically. Follow the pictures to check it.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="212" />
        <source>Current setting: %1 (%2).</source>
        <translation>Current setting: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="214" />
        <source>(the program's default)</source>
        <translation>(the program's default)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="217" />
        <source>Site '%1' (%2): %3</source>
        <translation>Site '%1' (%2): %3</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="219" />
        <source>(set for this site only)</source>
        <translation>(set for this site only)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="222" />
        <source>Already set the way the test recommends.</source>
        <translation>Already set the way the test recommends.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="226" />
        <source>Needs a change: choose %1.</source>
        <translation>Needs a change: choose %1.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="229" />
        <source>The test found no mode that works, so changing this program will not help.</source>
        <translation>The test found no mode that works, so changing this program will not help.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="231" />
        <source>This program keeps the setting for each site separately; check the site you use for this server.</source>
        <translation>This program keeps the setting for each site separately; check the site you use for this server.</translation>
    </message>
    <message>
        <source>Change %1 to %2?</source>
        <translation>Change %1 to %2?</translation>
    </message>
    <message>
        <source>The settings file is backed up first, and Undo puts it back exactly as it was.</source>
        <translation>The settings file is backed up first, and Undo puts it back exactly as it was.</translation>
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
        <source>Only for %1: just this server changes; other servers keep their setting. This is the safe choice.</source>
        <translation>Only for %1: just this server changes; other servers keep their setting. This is the safe choice.</translation>
    </message>
    <message>
        <source>%1: WinSCP's Default Settings change, which new sites start from; saved sites keep their own setting.</source>
        <translation>%1: WinSCP's Default Settings change, which new sites start from; saved sites keep their own setting.</translation>
    </message>
    <message>
        <source>%1: the program-wide setting changes, so every server you connect to with %2 uses %3.</source>
        <translation>%1: the program-wide setting changes, so every server you connect to with %2 uses %3.</translation>
    </message>
    <message>
        <source>Only for %1</source>
        <translation>Only for %1</translation>
    </message>
    <message>
        <source>WinSCP has no saved site for %1, so this changes WinSCP's Default Settings, which new sites start from.</source>
        <translation>WinSCP has no saved site for %1, so this changes WinSCP's Default Settings, which new sites start from.</translation>
    </message>
    <message>
        <source>%1 has no saved site for %2, so this changes the program-wide setting: every server you connect to with %1 will use %3.</source>
        <translation>%1 has no saved site for %2, so this changes the program-wide setting: every server you connect to with %1 will use %3.</translation>
    </message>
    <message>
        <source>%1 keeps one setting for all servers: this changes it for every server you connect to with %1, not only this one.</source>
        <translation>%1 keeps one setting for all servers: this changes it for every server you connect to with %1, not only this one.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="254" />
        <location filename="../../ftpwizard/ui/clients/panel.py" line="261" />
        <location filename="../../ftpwizard/ui/clients/panel.py" line="305" />
        <source>Change it for me</source>
        <translation>Change it for me</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="259" />
        <source>The site %1 has its own setting for this server, which wins over the program-wide one. Change that site too?</source>
        <translation>The site %1 has its own setting for this server, which wins over the program-wide one. Change that site too?</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="275" />
        <location filename="../../ftpwizard/ui/clients/panel.py" line="306" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="275" />
        <source>Put %1's settings back as they were?</source>
        <translation>Put %1's settings back as they were?</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="282" />
        <source>Still set differently for this server: %1.</source>
        <translation>Still set differently for this server: %1.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="304" />
        <source>Search again</source>
        <translation>Search again</translation>
    </message>
    <message>
        <source>Command to type</source>
        <translation>Command to type</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the command: %1</source>
        <translation>Copy the command: %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copied: %1</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="311" />
        <source>FTP programs on this computer:</source>
        <translation>FTP programs on this computer:</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="313" />
        <source>No FTP program found on this computer.</source>
        <translation>No FTP program found on this computer.</translation>
    </message>
</context>
<context>
    <name>ClientsText</name>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="21" />
        <source>{client} is now set to {mode}. Restart it if it is open.</source>
        <translation>{client} is now set to {mode}. Restart it if it is open.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="22" />
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
        <location filename="../../ftpwizard/clients/messages.py" line="23" />
        <source>{client} is running ({process}). Close it first: it saves its settings when it exits and would overwrite the change. Nothing was changed.</source>
        <translation>{client} is running ({process}). Close it first: it saves its settings when it exits and would overwrite the change. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="28" />
        <source>{client} was not found on this computer.</source>
        <translation>{client} was not found on this computer.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="29" />
        <source>{client} cannot be changed automatically. Please follow the pictures instead.</source>
        <translation>{client} cannot be changed automatically. Please follow the pictures instead.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="32" />
        <source>Unknown program '{client}'. Known names: {known}.</source>
        <translation>Unknown program '{client}'. Known names: {known}.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="35" />
        <source>The mode must be passive or active, not '{mode}'.</source>
        <translation>The mode must be passive or active, not '{mode}'.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="36" />
        <source>The settings file {path} is not in the format {client} writes ({detail}). It was left untouched.</source>
        <translation>The settings file {path} is not in the format {client} writes ({detail}). It was left untouched.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="40" />
        <source>The settings file {path} could not be read ({detail}). It was left untouched.</source>
        <translation>The settings file {path} could not be read ({detail}). It was left untouched.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="43" />
        <source>{path} is read-only or locked by another program, so it was not changed. Close programs that may use it, or change the setting by hand.</source>
        <translation>{path} is read-only or locked by another program, so it was not changed. Close programs that may use it, or change the setting by hand.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="48" />
        <source>Writing {path} failed ({detail}). The original was kept unchanged.</source>
        <translation>Writing {path} failed ({detail}). The original was kept unchanged.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="51" />
        <source>{client} did not read back the new setting, so the original was put back.</source>
        <translation>{client} did not read back the new setting, so the original was put back.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="54" />
        <source>{path} changed while we were working on it. Nothing was changed; please try again.</source>
        <translation>{path} changed while we were working on it. Nothing was changed; please try again.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="57" />
        <source>{path} was changed after ftpwizard's change, so Undo would throw those changes away. Nothing was restored. The original is kept in {backup}.</source>
        <translation>{path} was changed after ftpwizard's change, so Undo would throw those changes away. Nothing was restored. The original is kept in {backup}.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="62" />
        <source>There is no change of {client} to undo.</source>
        <translation>There is no change of {client} to undo.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="63" />
        <source>{client} is back to its previous settings.</source>
        <translation>{client} is back to its previous settings.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="64" />
        <source>There is no folder to keep the undo information in, so nothing was changed.</source>
        <translation>There is no folder to keep the undo information in, so nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="70" />
        <source>passive mode</source>
        <translation>passive mode</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="71" />
        <source>active mode</source>
        <translation>active mode</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="72" />
        <source>automatic (tries both)</source>
        <translation>automatic (tries both)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="73" />
        <source>unknown (cannot be read)</source>
        <translation>unknown (cannot be read)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="74" />
        <source>program default</source>
        <translation>program default</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="77" />
        <source>one setting for all servers</source>
        <translation>one setting for all servers</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="78" />
        <source>set separately for each site</source>
        <translation>set separately for each site</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="79" />
        <source>no setting</source>
        <translation>no setting</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="82" />
        <source>FTP programs found on this computer:</source>
        <translation>FTP programs found on this computer:</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="83" />
        <source>No known FTP program was found. Web browsers (Chrome, Edge, Firefox) no longer open ftp:// addresses; use FileZilla or WinSCP.</source>
        <translation>No known FTP program was found. Web browsers (Chrome, Edge, Firefox) no longer open ftp:// addresses; use FileZilla or WinSCP.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="88" />
        <source>current setting: {mode} ({scope})</source>
        <translation>current setting: {mode} ({scope})</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="89" />
        <source>current setting: {mode}, the program's default ({scope})</source>
        <translation>current setting: {mode}, the program's default ({scope})</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="90" />
        <source>site '{name}' ({host}): {mode}</source>
        <translation>site '{name}' ({host}): {mode}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="91" />
        <source>settings: {path}</source>
        <translation>settings: {path}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="92" />
        <source>ftpwizard can change this setting for you.</source>
        <translation>ftpwizard can change this setting for you.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="93" />
        <source>Change this setting by hand (see the picture guide).</source>
        <translation>Change this setting by hand (see the picture guide).</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="94" />
        <source>Site '{name}' ({host}) has its own setting, {mode}, which wins over the program-wide one. It was left as it is.</source>
        <translation>Site '{name}' ({host}) has its own setting, {mode}, which wins over the program-wide one. It was left as it is.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="99" />
        <source>To change it too: ftpwizard clients apply {id} --mode {target} --site {host}</source>
        <translation>To change it too: ftpwizard clients apply {id} --mode {target} --site {host}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="102" />
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
        <location filename="../../ftpwizard/clients/messages.py" line="103" />
        <source>changed: {what}</source>
        <translation>changed: {what}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="104" />
        <source>problem: {message}</source>
        <translation>problem: {message}</translation>
    </message>
    <message>
        <source>usage: ftpwizard clients [--json] [--host HOST] [--lang ko|en]
       ftpwizard clients apply NAME --mode passive|active [--site HOST]
         (--site HOST: that server only; without it: every server)
       ftpwizard clients undo NAME</source>
        <translation>usage: ftpwizard clients [--json] [--host HOST] [--lang ko|en]
       ftpwizard clients apply NAME --mode passive|active [--site HOST]
         (--site HOST: that server only; without it: every server)
       ftpwizard clients undo NAME</translation>
    </message>
</context>
</TS>