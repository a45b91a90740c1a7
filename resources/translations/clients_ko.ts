<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ChangeQuestions</name>
    <message>
        <source>Change this in {program}?</source>
        <translation>{program} 프로그램의 설정을 이렇게 바꿀까요?</translation>
    </message>
    <message>
        <source>The settings file is backed up first, and Undo puts it back exactly as it was.</source>
        <translation>바꾸기 전에 설정 파일을 백업해 두며, [되돌리기]를 누르면 원래 상태 그대로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Change it for me</source>
        <translation>자동으로 바꾸기</translation>
    </message>
    <message>
        <source>For new sites</source>
        <translation>새로 만드는 사이트에</translation>
    </message>
    <message>
        <source>For all servers</source>
        <translation>모든 서버에</translation>
    </message>
    <message>
        <source>Change {program} to {mode}?</source>
        <translation>{program} 프로그램의 설정을 바꿀까요? 새 설정: {mode}</translation>
    </message>
    <message>
        <source>Only for {host}: just this server changes; other servers keep their setting. This is the safe choice.</source>
        <translation>{host} 서버에만: 이 서버의 설정만 바뀌고 다른 서버의 설정은 그대로입니다. 안전한 방법입니다.</translation>
    </message>
    <message>
        <source>{choice}: WinSCP's Default Settings change, which new sites start from; saved sites keep their own setting.</source>
        <translation>{choice}: WinSCP의 기본 설정이 바뀝니다. 새로 만드는 사이트가 이 설정으로 시작하며, 저장된 사이트는 각자의 설정을 그대로 씁니다.</translation>
    </message>
    <message>
        <source>{choice}: the program-wide setting changes, so every server you connect to with {program} uses {mode}.</source>
        <translation>{choice}: 프로그램 전체 설정이 바뀌어, {program} 프로그램으로 접속하는 모든 서버가 {mode} 설정을 씁니다.</translation>
    </message>
    <message>
        <source>Only for {host}</source>
        <translation>{host} 서버에만</translation>
    </message>
    <message>
        <source>WinSCP has no saved site for {host}, so this changes WinSCP's Default Settings, which new sites start from.</source>
        <translation>WinSCP에 저장된 {host} 서버 사이트가 없어서, 새로 만드는 사이트가 따르는 WinSCP 기본 설정을 바꿉니다.</translation>
    </message>
    <message>
        <source>{program} has no saved site for {host}, so this changes the program-wide setting: every server you connect to with {program} will use {mode}.</source>
        <translation>{program} 프로그램에 저장된 {host} 서버 사이트가 없어서 프로그램 전체 설정을 바꿉니다. {program} 프로그램으로 접속하는 모든 서버가 {mode} 설정을 쓰게 됩니다.</translation>
    </message>
    <message>
        <source>{program} keeps one setting for all servers: this changes it for every server you connect to with {program}, not only this one.</source>
        <translation>{program} 프로그램은 모든 서버에 설정 하나를 씁니다. 이 서버만이 아니라 {program} 프로그램으로 접속하는 모든 서버의 설정이 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>ClientsGuide</name>
    <message>
        <source>Click the [{menu}] menu.</source>
        <translation>[{menu}] 메뉴를 누릅니다.</translation>
    </message>
    <message>
        <source>Click [{button}].</source>
        <translation>[{button}] 버튼을 누릅니다.</translation>
    </message>
    <message>
        <source>Click [{button}] on the toolbar.</source>
        <translation>도구 모음에서 [{button}] 버튼을 누릅니다.</translation>
    </message>
    <message>
        <source>In {program}, passive mode is the box [{passive_label}]: ticked means passive mode, unticked means active mode.</source>
        <translation>{program}에서는 [{passive_label}] 상자가 패시브 모드 설정입니다. 체크하면 패시브 모드, 체크를 해제하면 액티브 모드입니다.</translation>
    </message>
    <message>
        <source>In {program}, passive mode is called [{passive_label}] and active mode [{active_label}].</source>
        <translation>{program}에서는 패시브 모드가 [{passive_label}], 액티브 모드가 [{active_label}]입니다.</translation>
    </message>
    <message>
        <source>The Korean menu names in this picture are not verified and may differ in your version; the English names are shown next to them.</source>
        <translation>이 그림의 한국어 메뉴 이름은 확인되지 않았으며 버전에 따라 다를 수 있습니다. 그래서 영어판 이름을 함께 적었습니다.</translation>
    </message>
    <message>
        <source>Click [{item}] in the menu.</source>
        <translation>메뉴에서 [{item}] 항목을 누릅니다.</translation>
    </message>
    <message>
        <source>In the list on the left, select the site you use for this server (in the picture: [{site}]).</source>
        <translation>왼쪽 목록에서 이 서버에 접속할 때 쓰는 사이트를 고릅니다(그림에서는 [{site}]).</translation>
    </message>
    <message>
        <source>Select [{item}] in the list on the left.</source>
        <translation>왼쪽 목록에서 [{item}] 항목을 고릅니다.</translation>
    </message>
    <message>
        <source>Open the [{tab}] tab.</source>
        <translation>[{tab}] 탭을 누릅니다.</translation>
    </message>
    <message>
        <source>Type {value} in [{field}].</source>
        <translation>[{field}] 칸에 다음을 입력합니다: {value}</translation>
    </message>
    <message>
        <source>Select the connection you use for this server (in the picture: [{connection}]).</source>
        <translation>이 서버에 접속할 때 쓰는 연결을 고릅니다(그림에서는 [{connection}]).</translation>
    </message>
    <message>
        <source>Select [{item}].</source>
        <translation>[{item}] 항목을 고릅니다.</translation>
    </message>
    <message>
        <source>Tick [{box}].</source>
        <translation>[{box}] 상자에 체크합니다(✔ 표시).</translation>
    </message>
    <message>
        <source>Untick [{box}] (clear the tick).</source>
        <translation>[{box}] 상자의 체크를 해제합니다(빈 상자로).</translation>
    </message>
    <message>
        <source>tick</source>
        <translation>체크</translation>
    </message>
    <message>
        <source>untick</source>
        <translation>체크 해제</translation>
    </message>
    <message>
        <source>This box switches the mode: ticked means passive.</source>
        <translation>이 상자로 모드를 정합니다. 체크하면 패시브 모드입니다.</translation>
    </message>
    <message>
        <source>This box switches the mode: ticked means active.</source>
        <translation>이 상자로 모드를 정합니다. 체크하면 액티브 모드입니다.</translation>
    </message>
    <message>
        <source>Choose [{option}].</source>
        <translation>[{option}] 항목을 선택합니다.</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>The mode is chosen here.</source>
        <translation>여기에서 모드를 고릅니다.</translation>
    </message>
    <message>
        <source>Set [{setting}] to [{option}].</source>
        <translation>[{setting}] 목록에서 [{option}] 항목을 고릅니다.</translation>
    </message>
    <message>
        <source>Type this command and press Enter: {command}</source>
        <translation>이 명령을 입력하고 Enter 키를 누릅니다: {command}</translation>
    </message>
    <message>
        <source>This is what you should see: {output}</source>
        <translation>이렇게 나오면 됩니다: {output}</translation>
    </message>
    <message>
        <source>not supported any more</source>
        <translation>더 이상 지원 안 함</translation>
    </message>
    <message>
        <source>This step is needed {condition}.</source>
        <translation>이 단계는 {condition} 필요합니다.</translation>
    </message>
    <message>
        <source>The wording may differ in your version of the program: this picture is drawn from documentation, not copied from your screen.</source>
        <translation>프로그램 버전에 따라 메뉴 이름이나 위치가 다를 수 있습니다. 이 그림은 설명서를 바탕으로 그린 것이며, 실제 화면을 찍은 것이 아닙니다.</translation>
    </message>
    <message>
        <source>{program} — step {step} of {total}</source>
        <translation>{program} — {total}단계 중 {step}단계</translation>
    </message>
</context>
<context>
    <name>ClientsPanel</name>
    <message>
        <source>Web browsers (Chrome, Edge, Firefox)</source>
        <translation>웹 브라우저(크롬, 엣지, 파이어폭스)</translation>
    </message>
    <message>
        <source>Another FTP program</source>
        <translation>다른 FTP 프로그램</translation>
    </message>
    <message>
        <source>already set right</source>
        <translation>이미 맞게 설정됨</translation>
    </message>
    <message>
        <source>needs a change</source>
        <translation>바꿔야 함</translation>
    </message>
    <message>
        <source>check by hand</source>
        <translation>직접 확인 필요</translation>
    </message>
    <message>
        <source>no recommended mode</source>
        <translation>권장 모드 없음</translation>
    </message>
    <message>
        <source>No FTP program was found on this computer. Web browsers cannot open ftp:// addresses any more; see below, or install FileZilla.</source>
        <translation>내 PC에서 FTP 프로그램을 찾지 못했습니다. 웹 브라우저는 이제 ftp:// 주소를 열 수 없으니 아래 안내를 보시거나 FileZilla를 설치하세요.</translation>
    </message>
    <message>
        <source>Web browsers have no passive/active setting.</source>
        <translation>웹 브라우저에는 패시브/액티브 모드 설정이 없습니다.</translation>
    </message>
    <message>
        <source>Look for a setting with one of these names in your program.</source>
        <translation>사용하시는 프로그램에서 아래와 같은 이름의 설정을 찾아보세요.</translation>
    </message>
    <message>
        <source>"Change it for me" below does it; Undo puts it back.</source>
        <translation>아래 [대신 바꿔 주기]를 누르면 바뀌고, [되돌리기]를 누르면 원래대로 돌아갑니다.</translation>
    </message>
    <message>
        <source>The pictures below show where the setting is.</source>
        <translation>이 설정을 바꾸는 곳은 아래 그림에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>다시 찾기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Change it for me</source>
        <translation>대신 바꿔 주기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>FTP programs on this computer</source>
        <translation>내 PC에서 찾은 FTP 프로그램</translation>
    </message>
    <message>
        <source>Where the setting is, in pictures</source>
        <translation>설정 위치를 보여 주는 그림</translation>
    </message>
    <message>
        <source>FTP &amp;programs on this computer:</source>
        <translation>내 PC에서 찾은 FTP 프로그램(&amp;P):</translation>
    </message>
    <message>
        <source>Change it for me</source>
        <translation>자동으로 바꾸기</translation>
    </message>
    <message>
        <source>The site {sites} has its own setting for this server, which wins over the program-wide one. Change that site too?</source>
        <translation>사이트 {sites}에는 이 서버용 설정이 따로 지정되어 있어 프로그램 전체 설정보다 우선합니다. 이 사이트도 바꿀까요?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Put {program}'s settings back as they were?</source>
        <translation>{program} 설정을 바꾸기 전으로 되돌릴까요?</translation>
    </message>
    <message>
        <source>Still set differently for this server: {sites}.</source>
        <translation>이 서버에 대해 아직 다르게 설정된 사이트: {sites}</translation>
    </message>
    <message>
        <source>No FTP program found on this computer.</source>
        <translation>내 PC에서 FTP 프로그램을 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ClientsText</name>
    <message>
        <source>{client} is now set to {mode}. Restart it if it is open.</source>
        <translation>{client} 설정을 바꿨습니다. 이제 {mode}입니다. 프로그램이 열려 있으면 다시 실행하세요.</translation>
    </message>
    <message>
        <source>{client} is now set to {mode}. If the Internet Options window is open, close it with Cancel: OK there would write its old setting back over this change.</source>
        <translation>{client} 설정을 바꿨습니다. 이제 {mode}입니다. 인터넷 옵션 창이 열려 있으면 [취소]를 눌러 닫으세요. 그 창에서 [확인]을 누르면 예전 설정이 다시 저장되어 이 변경이 사라집니다.</translation>
    </message>
    <message>
        <source>{client} is already set to {mode}. Nothing was changed.</source>
        <translation>{client}: 이미 {mode}입니다. 바꾼 것은 없습니다.</translation>
    </message>
    <message>
        <source>{client} now uses {mode} for {host} only; other servers keep their setting. Restart it if it is open.</source>
        <translation>{client} 프로그램에서 {host} 서버만 {mode} 설정으로 바꿨습니다. 다른 서버의 설정은 그대로입니다. 프로그램이 열려 있으면 다시 실행하세요.</translation>
    </message>
    <message>
        <source>{client} already uses {mode} for {host}. Nothing was changed.</source>
        <translation>{client} 프로그램은 {host} 서버에 이미 {mode} 설정을 쓰고 있습니다. 바꾼 것은 없습니다.</translation>
    </message>
    <message>
        <source>{client} has no setting of its own for {host}: it keeps one setting for all servers, or the server has no saved site. Nothing was changed; change it for all servers instead.</source>
        <translation>{client} 프로그램에는 {host} 서버만 따로 정하는 설정이 없습니다. 모든 서버에 설정 하나를 쓰거나, 이 서버를 사이트로 저장해 두지 않았기 때문입니다. 바꾼 것은 없습니다. 대신 모든 서버의 설정을 바꾸세요.</translation>
    </message>
    <message>
        <source>{client} is running ({process}). Close it first: it saves its settings when it exits and would overwrite the change. Nothing was changed.</source>
        <translation>{client} 프로그램이 실행 중입니다({process}). 먼저 프로그램을 닫으세요. 실행 중에 바꾸면 프로그램이 끝날 때 설정을 다시 저장하면서 바꾼 내용을 덮어씁니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>{client} was not found on this computer.</source>
        <translation>내 PC에서 찾지 못한 프로그램입니다: {client}</translation>
    </message>
    <message>
        <source>{client} cannot be changed automatically. Please follow the pictures instead.</source>
        <translation>{client}: 자동으로 바꿀 수 없습니다. 그림 안내를 따라 직접 바꾸세요.</translation>
    </message>
    <message>
        <source>Unknown program '{client}'. Known names: {known}.</source>
        <translation>알 수 없는 프로그램 이름입니다: '{client}'. 사용할 수 있는 이름: {known}.</translation>
    </message>
    <message>
        <source>The mode must be passive or active, not '{mode}'.</source>
        <translation>모드는 passive 또는 active여야 합니다. 사용할 수 없는 값: '{mode}'</translation>
    </message>
    <message>
        <source>The settings file {path} is not in the format {client} writes ({detail}). It was left untouched.</source>
        <translation>설정 파일 {path}의 내용이 {client} 프로그램이 쓰는 형식과 다릅니다({detail}). 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({detail}). It was left untouched.</source>
        <translation>설정 파일을 읽지 못했습니다({detail}). 파일은 그대로 두었습니다: {path}</translation>
    </message>
    <message>
        <source>{path} is read-only or locked by another program, so it was not changed. Close programs that may use it, or change the setting by hand.</source>
        <translation>{path} 파일은 읽기 전용이거나 다른 프로그램이 사용 중이라 바꾸지 못했습니다. 이 파일을 쓰는 프로그램을 닫거나, 그림 안내를 따라 직접 바꾸세요.</translation>
    </message>
    <message>
        <source>{path} is in use by another program (often antivirus or OneDrive), so it was not changed. Wait a moment and try again.</source>
        <translation>다른 프로그램이 {path} 파일을 쓰고 있어 바꾸지 못했습니다. 백신 프로그램이나 OneDrive인 경우가 많습니다. 잠시 뒤에 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Writing {path} failed ({detail}). The original was kept unchanged.</source>
        <translation>{path} 파일에 쓰지 못했습니다({detail}). 원래 파일은 그대로입니다.</translation>
    </message>
    <message>
        <source>{client} did not read back the new setting, so the original was put back.</source>
        <translation>바꾼 설정이 {client}에 제대로 읽히지 않아 원래대로 되돌려 놓았습니다.</translation>
    </message>
    <message>
        <source>{path} changed while we were working on it. Nothing was changed; please try again.</source>
        <translation>작업하는 동안 {path} 파일이 바뀌었습니다. 아무것도 바꾸지 않았으니 다시 시도하세요.</translation>
    </message>
    <message>
        <source>{path} was changed after ftpwizard's change, so Undo would throw those changes away. Nothing was restored. The original is kept in {backup}.</source>
        <translation>ftpwizard가 바꾼 뒤에 {path} 파일이 다시 바뀌어서, 되돌리면 그 변경 내용이 사라집니다. 그래서 되돌리지 않았습니다. 원래 파일은 {backup}에 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>There is no change of {client} to undo.</source>
        <translation>되돌릴 {client} 변경 내역이 없습니다.</translation>
    </message>
    <message>
        <source>{client} is back to its previous settings.</source>
        <translation>{client} 설정을 바꾸기 전으로 되돌렸습니다.</translation>
    </message>
    <message>
        <source>{client} is back to its previous settings. If the Internet Options window is open, close it with Cancel: OK there would write the setting it shows back over this.</source>
        <translation>{client} 설정을 바꾸기 전으로 되돌렸습니다. 인터넷 옵션 창이 열려 있으면 [취소]를 눌러 닫으세요. 그 창에서 [확인]을 누르면 창에 보이는 설정이 다시 저장됩니다.</translation>
    </message>
    <message>
        <source>There is no folder to keep the undo information in, so nothing was changed.</source>
        <translation>되돌리기 정보를 저장할 폴더가 없어 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>{client}: {change}. This is the program-wide setting: it applies to every server. Restart it if it is open.</source>
        <translation>{client}: {change}. 모든 서버에 적용되는 설정입니다. 프로그램이 열려 있으면 다시 실행하세요.</translation>
    </message>
    <message>
        <source>{client}: {change}, for {host} only; other servers keep their setting. Restart it if it is open.</source>
        <translation>{client}: {host} 서버만 바꿨습니다. {change}. 다른 서버의 설정은 그대로입니다. 프로그램이 열려 있으면 다시 실행하세요.</translation>
    </message>
    <message>
        <source>{client} is already set this way: {change}. Nothing was changed.</source>
        <translation>{client}: 이미 이렇게 설정되어 있습니다. {change}. 바꾼 것은 없습니다.</translation>
    </message>
    <message>
        <source>{client}: ftpwizard cannot change {setting} for you. Please follow the pictures instead.</source>
        <translation>{client}: {setting} 설정은 자동으로 바꿀 수 없습니다. 그림 안내를 따라 직접 바꾸세요.</translation>
    </message>
    <message>
        <source>{client}: '{value}' is not a value ftpwizard can set for {setting}. Nothing was changed.</source>
        <translation>{client}: {setting} 설정에 넣을 수 없는 값입니다: {value}. 바꾼 것은 없습니다.</translation>
    </message>
    <message>
        <source>{client} keeps {setting} in each saved site and has no such setting for all servers. Change it for one server instead. Nothing was changed.</source>
        <translation>{client}: {setting} 설정은 저장된 사이트마다 따로 있고, 모든 서버에 한 번에 적용하는 설정은 없습니다. 서버 하나만 바꾸세요. 바꾼 것은 없습니다.</translation>
    </message>
    <message>
        <source>{client} has no saved site for {host}, and it keeps {setting} in saved sites only. Save the server in its Site Manager first, or follow the pictures. Nothing was changed.</source>
        <translation>{client}: {host} 서버가 사이트 관리자에 저장되어 있지 않습니다. {setting} 설정은 저장된 사이트에만 있습니다. 먼저 사이트 관리자에 서버를 저장하거나 그림 안내를 따라 직접 바꾸세요. 바꾼 것은 없습니다.</translation>
    </message>
    <message>
        <source>{client} has its own {setting} line for {host} in {path}, which wins over the program-wide one. Change it for {host} only instead. Nothing was changed.</source>
        <translation>{client}: {path} 파일에 {host} 서버만의 {setting} 설정이 있어, 모든 서버용 설정보다 우선합니다. {host} 서버만 바꾸세요. 바꾼 것은 없습니다.</translation>
    </message>
    <message>
        <source>it no longer tries EPSV and opens the data connection with PASV (disable-epsv)</source>
        <translation>이제 EPSV 명령을 쓰지 않고 PASV 명령으로 데이터 연결을 엽니다(disable-epsv)</translation>
    </message>
    <message>
        <source>it tries EPSV first again, then PASV (epsv)</source>
        <translation>다시 EPSV 명령을 먼저 쓰고, 안 되면 PASV 명령을 씁니다(epsv)</translation>
    </message>
    <message>
        <source>it opens the data connection with EPSV first (ftp:prefer-epsv on)</source>
        <translation>데이터 연결을 열 때 EPSV 명령을 먼저 씁니다(ftp:prefer-epsv on)</translation>
    </message>
    <message>
        <source>it opens the data connection with PASV, and with EPSV only over IPv6 (ftp:prefer-epsv off)</source>
        <translation>데이터 연결을 열 때 PASV 명령을 쓰고, EPSV 명령은 IPv6에서만 씁니다(ftp:prefer-epsv off)</translation>
    </message>
    <message>
        <source>it reads file names in the character set {value}</source>
        <translation>파일 이름을 문자 인코딩 {value}에 맞춰 읽습니다</translation>
    </message>
    <message>
        <source>it opens at most {value} connections to the server at once</source>
        <translation>서버에 한 번에 최대 {value}개까지만 접속합니다</translation>
    </message>
    <message>
        <source>the character set</source>
        <translation>문자 인코딩</translation>
    </message>
    <message>
        <source>the connection limit</source>
        <translation>동시 접속 수 제한</translation>
    </message>
    <message>
        <source>passive mode</source>
        <translation>패시브 모드</translation>
    </message>
    <message>
        <source>active mode</source>
        <translation>액티브 모드</translation>
    </message>
    <message>
        <source>automatic (tries both)</source>
        <translation>자동(두 가지 모두 시도)</translation>
    </message>
    <message>
        <source>unknown (cannot be read)</source>
        <translation>알 수 없음(설정을 읽을 수 없음)</translation>
    </message>
    <message>
        <source>program default</source>
        <translation>프로그램 기본값</translation>
    </message>
    <message>
        <source>one setting for all servers</source>
        <translation>모든 서버 공통</translation>
    </message>
    <message>
        <source>set separately for each site</source>
        <translation>사이트마다 따로</translation>
    </message>
    <message>
        <source>no setting</source>
        <translation>설정 없음</translation>
    </message>
    <message>
        <source>FTP programs found on this computer:</source>
        <translation>내 PC에서 찾은 FTP 프로그램:</translation>
    </message>
    <message>
        <source>No known FTP program was found. Web browsers (Chrome, Edge, Firefox) no longer open ftp:// addresses; use FileZilla or WinSCP.</source>
        <translation>알려진 FTP 프로그램을 찾지 못했습니다. 웹 브라우저(크롬, 엣지, 파이어폭스)는 이제 ftp:// 주소를 열지 못하니 FileZilla나 WinSCP를 사용하세요.</translation>
    </message>
    <message>
        <source>current setting: {mode} ({scope})</source>
        <translation>현재 설정: {mode}({scope})</translation>
    </message>
    <message>
        <source>current setting: {mode}, the program's default ({scope})</source>
        <translation>현재 설정: {mode}(프로그램 기본값, {scope})</translation>
    </message>
    <message>
        <source>site '{name}' ({host}): {mode}</source>
        <translation>사이트 '{name}'({host}): {mode}</translation>
    </message>
    <message>
        <source>settings: {path}</source>
        <translation>설정 위치: {path}</translation>
    </message>
    <message>
        <source>ftpwizard can change this setting for you.</source>
        <translation>ftpwizard가 이 설정을 대신 바꿔 드릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Change this setting by hand (see the picture guide).</source>
        <translation>이 설정은 직접 바꿔야 합니다. 그림 안내를 참고하세요.</translation>
    </message>
    <message>
        <source>Site '{name}' ({host}) has its own setting, {mode}, which wins over the program-wide one. It was left as it is.</source>
        <translation>사이트 '{name}'({host})에는 따로 {mode} 설정이 지정되어 있어 프로그램 전체 설정보다 우선합니다. 이 사이트 설정은 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>To change it too: ftpwizard clients apply {id} --mode {target} --site {host}</source>
        <translation>이 사이트도 바꾸려면: ftpwizard clients apply {id} --mode {target} --site {host}</translation>
    </message>
    <message>
        <source>backup: {path}</source>
        <translation>백업: {path}</translation>
    </message>
    <message>
        <source>This is the program-wide setting: it applies to every server.</source>
        <translation>프로그램 전체 설정이라 모든 서버에 적용됩니다.</translation>
    </message>
    <message>
        <source>For one server only: ftpwizard clients apply {id} --mode {target} --site HOST</source>
        <translation>한 서버에만 적용하려면: ftpwizard clients apply {id} --mode {target} --site 서버</translation>
    </message>
    <message>
        <source>For one server only: ftpwizard clients apply {id} --fix {fix} --site HOST</source>
        <translation>한 서버에만 적용하려면: ftpwizard clients apply {id} --fix {fix} --site 서버</translation>
    </message>
    <message>
        <source>changed: {what}</source>
        <translation>바꾼 내용: {what}</translation>
    </message>
    <message>
        <source>problem: {message}</source>
        <translation>문제: {message}</translation>
    </message>
    <message>
        <source>usage: ftpwizard clients [--json] [--host HOST] [--result PROBE.json] [--lang {languages}]
       ftpwizard clients apply NAME --mode passive|active [--site HOST]
       ftpwizard clients apply NAME --fix SETTING=VALUE [--site HOST]
         (--site HOST: that server only; without it: every server)
       ftpwizard clients undo NAME</source>
        <translation>사용법: ftpwizard clients [--json] [--host 서버] [--result 검사결과.json] [--lang {languages}]
        ftpwizard clients apply 이름 --mode passive|active [--site 서버]
        ftpwizard clients apply 이름 --fix 설정=값 [--site 서버]
          --site 서버: 그 서버에만 적용합니다. 없으면 모든 서버에 적용합니다.
        ftpwizard clients undo 이름</translation>
    </message>
    <message>
        <source>{option} needs a value</source>
        <translation>{option} 옵션에 값이 필요합니다</translation>
    </message>
    <message>
        <source>unknown option {option}</source>
        <translation>알 수 없는 옵션: {option}</translation>
    </message>
    <message>
        <source>--lang must be one of: {languages}</source>
        <translation>--lang 값은 다음 중 하나여야 합니다: {languages}</translation>
    </message>
    <message>
        <source>unexpected argument {argument}</source>
        <translation>예상하지 못한 인수: {argument}</translation>
    </message>
    <message>
        <source>{command} needs exactly one program name, e.g. filezilla</source>
        <translation>{command} 명령에는 프로그램 이름을 하나만 적으세요. 예: filezilla</translation>
    </message>
    <message>
        <source>apply needs --mode passive or --mode active</source>
        <translation>apply 명령에는 --mode passive 또는 --mode active가 필요합니다</translation>
    </message>
    <message>
        <source>undo takes no --mode or --site</source>
        <translation>undo 명령에는 --mode나 --site를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>unknown command {command} (expected apply or undo)</source>
        <translation>알 수 없는 명령: {command}. apply 또는 undo를 쓰세요</translation>
    </message>
    <message>
        <source>--mode and --site belong to 'apply'</source>
        <translation>--mode와 --site는 apply 명령에서만 씁니다</translation>
    </message>
    <message>
        <source>--fix needs SETTING=VALUE, e.g. --fix disable-epsv=on</source>
        <translation>--fix 옵션에는 설정=값을 적으세요. 예: --fix disable-epsv=on</translation>
    </message>
    <message>
        <source>apply takes --mode or --fix, not both</source>
        <translation>apply 명령에는 --mode와 --fix 중 하나만 쓰세요</translation>
    </message>
</context>
<context>
    <name>GuideStrip</name>
    <message>
        <source>Command to type</source>
        <translation>입력할 명령</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the command: {command}</source>
        <translation>명령 복사: {command}</translation>
    </message>
    <message>
        <source>Copied: {command}</source>
        <translation>복사했습니다: {command}</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>This program's setting cannot be read automatically. Follow the pictures to check it.</source>
        <translation>이 프로그램의 설정은 자동으로 읽을 수 없습니다. 그림을 보며 직접 확인해 주세요.</translation>
    </message>
    <message>
        <source>Current setting: {mode} (the program's default, {scope}).</source>
        <translation>현재 설정: {mode}(프로그램 기본값, {scope})</translation>
    </message>
    <message>
        <source>Current setting: {mode} ({scope}).</source>
        <translation>현재 설정: {mode}({scope})</translation>
    </message>
    <message>
        <source>Site '{site}' ({host}): {mode}</source>
        <translation>사이트 '{site}'({host}): {mode}</translation>
    </message>
    <message>
        <source>(set for this site only)</source>
        <translation>(이 사이트에만 따로 지정)</translation>
    </message>
    <message>
        <source>Already set the way the test recommends.</source>
        <translation>검사 결과에 맞게 이미 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>Needs a change: choose {mode}.</source>
        <translation>바꿔야 합니다. 이렇게 설정하세요: {mode}</translation>
    </message>
    <message>
        <source>{program} has no {mode} setting. Connect to this server with another FTP program.</source>
        <translation>{program} 프로그램에는 {mode} 설정이 없습니다. 이 서버에는 다른 FTP 프로그램으로 접속하세요.</translation>
    </message>
    <message>
        <source>The test found no mode that works, so changing this program will not help.</source>
        <translation>검사에서 제대로 되는 모드를 찾지 못했기 때문에, 이 프로그램 설정을 바꿔도 해결되지 않습니다.</translation>
    </message>
    <message>
        <source>This program keeps the setting for each site separately; check the site you use for this server.</source>
        <translation>이 프로그램은 사이트마다 따로 설정합니다. 이 서버에 접속할 때 쓰는 사이트의 설정을 확인하세요.</translation>
    </message>
</context>
</TS>