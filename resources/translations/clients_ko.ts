<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>ClientsGuide</name>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="322" />
        <source>Click the [%1] menu.</source>
        <translation>[%1] 메뉴를 누릅니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="487" />
        <source>Click [%1].</source>
        <translation>[%1] 버튼을 누릅니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="420" />
        <source>Click [%1] on the toolbar.</source>
        <translation>도구 모음에서 [%1] 버튼을 누릅니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="330" />
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="336" />
        <source>Click [%1] in the menu.</source>
        <translation>메뉴에서 [%1] 항목을 누릅니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="438" />
        <source>Select [%1] in the list on the left.</source>
        <translation>왼쪽 목록에서 [%1] 항목을 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="457" />
        <source>Open the [%1] tab.</source>
        <translation>[%1] 탭을 누릅니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="562" />
        <source>Type %1 in [%2].</source>
        <translation>[%2] 칸에 다음을 입력합니다: %1</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="573" />
        <source>Select [%1].</source>
        <translation>[%1] 항목을 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="593" />
        <source>Tick [%1].</source>
        <translation>[%1] 상자에 체크합니다(✔ 표시).</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="593" />
        <source>Untick [%1] (clear the tick).</source>
        <translation>[%1] 상자의 체크를 해제합니다(빈 상자로).</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="594" />
        <source>tick</source>
        <translation>체크</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="594" />
        <source>untick</source>
        <translation>체크 해제</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="596" />
        <source>This box switches the mode: ticked means passive.</source>
        <translation>이 상자로 모드를 정합니다. 체크하면 패시브 모드입니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="597" />
        <source>This box switches the mode: ticked means active.</source>
        <translation>이 상자로 모드를 정합니다. 체크하면 액티브 모드입니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="621" />
        <source>Choose [%1].</source>
        <translation>[%1] 항목을 선택합니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="621" />
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="645" />
        <source>choose</source>
        <translation>선택</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="623" />
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="647" />
        <source>The mode is chosen here.</source>
        <translation>여기에서 모드를 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="644" />
        <source>Set [%1] to [%2].</source>
        <translation>[%1] 목록에서 [%2] 항목을 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="720" />
        <source>Type this command and press Enter: %1</source>
        <translation>이 명령을 입력하고 Enter 키를 누릅니다: %1</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="723" />
        <source>This is what you should see: %1</source>
        <translation>이렇게 나오면 됩니다: %1</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="777" />
        <source>not supported any more</source>
        <translation>더 이상 지원 안 함</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="829" />
        <source>This step is needed %1.</source>
        <translation>이 단계는 %1 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="833" />
        <source>The wording may differ in your version of the program: this picture is drawn from documentation, not copied from your screen.</source>
        <translation>프로그램 버전에 따라 메뉴 이름이나 위치가 다를 수 있습니다. 이 그림은 설명서를 바탕으로 그린 것이며, 실제 화면을 찍은 것이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/guide_renderer.py" line="838" />
        <source>%1 — step %2 of %3</source>
        <translation>%1 — %3단계 중 %2단계</translation>
    </message>
</context>
<context>
    <name>ClientsPanel</name>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="128" />
        <source>Web browsers (Chrome, Edge, Firefox)</source>
        <translation>웹 브라우저(크롬, 엣지, 파이어폭스)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="129" />
        <source>Another FTP program</source>
        <translation>다른 FTP 프로그램</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="165" />
        <source>already set right</source>
        <translation>이미 맞게 설정됨</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="166" />
        <source>needs a change</source>
        <translation>바꿔야 함</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="167" />
        <source>check by hand</source>
        <translation>직접 확인 필요</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="184" />
        <source>No FTP program was found on this computer. Web browsers cannot open ftp:// addresses any more; see below, or install FileZilla.</source>
        <translation>이 컴퓨터에서 FTP 프로그램을 찾지 못했습니다. 웹 브라우저는 이제 ftp:// 주소를 열 수 없으니 아래 안내를 보시거나 FileZilla를 설치해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="187" />
        <source>Web browsers have no passive/active setting.</source>
        <translation>웹 브라우저에는 패시브/액티브 모드 설정이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="189" />
        <source>Look for a setting with one of these names in your program.</source>
        <translation>사용하시는 프로그램에서 아래와 같은 이름의 설정을 찾아보세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="208" />
        <source>This program's setting cannot be read automatically. Follow the pictures to check it.</source>
        <translation>이 프로그램의 설정은 자동으로 읽을 수 없습니다. 그림을 보며 직접 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="212" />
        <source>Current setting: %1 (%2).</source>
        <translation>현재 설정: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="214" />
        <source>(the program's default)</source>
        <translation>(프로그램 기본값)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="217" />
        <source>Site '%1' (%2): %3</source>
        <translation>사이트 '%1' (%2): %3</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="219" />
        <source>(set for this site only)</source>
        <translation>(이 사이트에만 따로 지정)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="222" />
        <source>Already set the way the test recommends.</source>
        <translation>검사 결과에 맞게 이미 설정되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="226" />
        <source>Needs a change: choose %1.</source>
        <translation>바꿔야 합니다. %1로 설정해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="229" />
        <source>The test found no mode that works, so changing this program will not help.</source>
        <translation>검사에서 제대로 되는 모드를 찾지 못했기 때문에, 이 프로그램 설정을 바꿔도 해결되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="231" />
        <source>This program keeps the setting for each site separately; check the site you use for this server.</source>
        <translation>이 프로그램은 사이트마다 따로 설정합니다. 이 서버에 접속할 때 쓰는 사이트의 설정을 확인해 주세요.</translation>
    </message>
    <message>
        <source>Change %1 to %2?</source>
        <translation>%1 프로그램의 설정을 바꿀까요? 새 설정: %2</translation>
    </message>
    <message>
        <source>The settings file is backed up first, and Undo puts it back exactly as it was.</source>
        <translation>바꾸기 전에 설정 파일을 백업해 두며, [되돌리기]를 누르면 원래 상태 그대로 돌아갑니다.</translation>
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
        <source>Only for %1: just this server changes; other servers keep their setting. This is the safe choice.</source>
        <translation>%1 서버에만: 이 서버의 설정만 바뀌고 다른 서버의 설정은 그대로입니다. 안전한 방법입니다.</translation>
    </message>
    <message>
        <source>%1: WinSCP's Default Settings change, which new sites start from; saved sites keep their own setting.</source>
        <translation>%1: WinSCP의 기본 설정이 바뀝니다. 새로 만드는 사이트가 이 설정으로 시작하며, 저장된 사이트는 각자의 설정을 그대로 씁니다.</translation>
    </message>
    <message>
        <source>%1: the program-wide setting changes, so every server you connect to with %2 uses %3.</source>
        <translation>%1: 프로그램 전체 설정이 바뀌어, %2 프로그램으로 접속하는 모든 서버가 %3 설정을 씁니다.</translation>
    </message>
    <message>
        <source>Only for %1</source>
        <translation>%1 서버에만</translation>
    </message>
    <message>
        <source>WinSCP has no saved site for %1, so this changes WinSCP's Default Settings, which new sites start from.</source>
        <translation>WinSCP에 저장된 %1 서버 사이트가 없어서, 새로 만드는 사이트가 따르는 WinSCP 기본 설정을 바꿉니다.</translation>
    </message>
    <message>
        <source>%1 has no saved site for %2, so this changes the program-wide setting: every server you connect to with %1 will use %3.</source>
        <translation>%1 프로그램에 저장된 %2 서버 사이트가 없어서 프로그램 전체 설정을 바꿉니다. %1 프로그램으로 접속하는 모든 서버가 %3 설정을 쓰게 됩니다.</translation>
    </message>
    <message>
        <source>%1 keeps one setting for all servers: this changes it for every server you connect to with %1, not only this one.</source>
        <translation>%1 프로그램은 모든 서버에 설정 하나를 씁니다. 이 서버만이 아니라 %1 프로그램으로 접속하는 모든 서버의 설정이 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="254" />
        <location filename="../../ftpwizard/ui/clients/panel.py" line="261" />
        <location filename="../../ftpwizard/ui/clients/panel.py" line="305" />
        <source>Change it for me</source>
        <translation>대신 바꿔 주기</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="259" />
        <source>The site %1 has its own setting for this server, which wins over the program-wide one. Change that site too?</source>
        <translation>사이트 %1에는 이 서버용 설정이 따로 지정되어 있어 프로그램 전체 설정보다 우선합니다. 이 사이트도 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="275" />
        <location filename="../../ftpwizard/ui/clients/panel.py" line="306" />
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="275" />
        <source>Put %1's settings back as they were?</source>
        <translation>%1 설정을 바꾸기 전으로 되돌릴까요?</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="282" />
        <source>Still set differently for this server: %1.</source>
        <translation>이 서버에 대해 아직 다르게 설정된 사이트: %1</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="304" />
        <source>Search again</source>
        <translation>다시 찾기</translation>
    </message>
    <message>
        <source>Command to type</source>
        <translation>입력할 명령</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the command: %1</source>
        <translation>명령 복사: %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>복사했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="311" />
        <source>FTP programs on this computer:</source>
        <translation>이 컴퓨터의 FTP 프로그램:</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/ui/clients/panel.py" line="313" />
        <source>No FTP program found on this computer.</source>
        <translation>이 컴퓨터에서 FTP 프로그램을 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ClientsText</name>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="21" />
        <source>{client} is now set to {mode}. Restart it if it is open.</source>
        <translation>{client} 설정을 {mode}로 바꿨습니다. 프로그램이 열려 있으면 다시 실행해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="22" />
        <source>{client} is already set to {mode}. Nothing was changed.</source>
        <translation>{client}은(는) 이미 {mode}로 설정되어 있습니다. 바꾼 것은 없습니다.</translation>
    </message>
    <message>
        <source>{client} now uses {mode} for {host} only; other servers keep their setting. Restart it if it is open.</source>
        <translation>{client} 프로그램에서 {host} 서버만 {mode} 설정으로 바꿨습니다. 다른 서버의 설정은 그대로입니다. 프로그램이 열려 있으면 다시 시작하세요.</translation>
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
        <location filename="../../ftpwizard/clients/messages.py" line="23" />
        <source>{client} is running ({process}). Close it first: it saves its settings when it exits and would overwrite the change. Nothing was changed.</source>
        <translation>{client} 프로그램이 실행 중입니다({process}). 먼저 프로그램을 닫아 주세요. 실행 중에 바꾸면 프로그램이 끝날 때 설정을 다시 저장하면서 바꾼 내용을 덮어씁니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="28" />
        <source>{client} was not found on this computer.</source>
        <translation>이 컴퓨터에서 {client}을(를) 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="29" />
        <source>{client} cannot be changed automatically. Please follow the pictures instead.</source>
        <translation>{client}은(는) 자동으로 바꿀 수 없습니다. 그림 안내를 따라 직접 바꿔 주세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="32" />
        <source>Unknown program '{client}'. Known names: {known}.</source>
        <translation>'{client}'은(는) 알 수 없는 프로그램 이름입니다. 사용할 수 있는 이름: {known}.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="35" />
        <source>The mode must be passive or active, not '{mode}'.</source>
        <translation>모드는 passive 또는 active여야 합니다('{mode}'은(는) 사용할 수 없습니다).</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="36" />
        <source>The settings file {path} is not in the format {client} writes ({detail}). It was left untouched.</source>
        <translation>설정 파일 {path}의 내용이 {client}이(가) 쓰는 형식과 다릅니다({detail}). 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="40" />
        <source>The settings file {path} could not be read ({detail}). It was left untouched.</source>
        <translation>설정 파일 {path}을(를) 읽지 못했습니다({detail}). 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="43" />
        <source>{path} is read-only or locked by another program, so it was not changed. Close programs that may use it, or change the setting by hand.</source>
        <translation>{path}은(는) 읽기 전용이거나 다른 프로그램이 사용 중이라 바꾸지 못했습니다. 이 파일을 쓰는 프로그램을 닫거나, 그림 안내를 따라 직접 바꿔 주세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="48" />
        <source>Writing {path} failed ({detail}). The original was kept unchanged.</source>
        <translation>{path}에 쓰지 못했습니다({detail}). 원래 파일은 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="51" />
        <source>{client} did not read back the new setting, so the original was put back.</source>
        <translation>바꾼 설정이 {client}에 제대로 읽히지 않아 원래대로 되돌려 놓았습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="54" />
        <source>{path} changed while we were working on it. Nothing was changed; please try again.</source>
        <translation>작업하는 동안 {path}이(가) 바뀌었습니다. 아무것도 바꾸지 않았으니 다시 시도해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="57" />
        <source>{path} was changed after ftpwizard's change, so Undo would throw those changes away. Nothing was restored. The original is kept in {backup}.</source>
        <translation>ftpwizard가 바꾼 뒤에 {path}이(가) 다시 바뀌어서, 되돌리면 그 변경 내용이 사라집니다. 그래서 되돌리지 않았습니다. 원래 파일은 {backup}에 보관되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="62" />
        <source>There is no change of {client} to undo.</source>
        <translation>되돌릴 {client} 변경 내역이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="63" />
        <source>{client} is back to its previous settings.</source>
        <translation>{client} 설정을 바꾸기 전으로 되돌렸습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="64" />
        <source>There is no folder to keep the undo information in, so nothing was changed.</source>
        <translation>되돌리기 정보를 저장할 폴더가 없어 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="70" />
        <source>passive mode</source>
        <translation>패시브 모드</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="71" />
        <source>active mode</source>
        <translation>액티브 모드</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="72" />
        <source>automatic (tries both)</source>
        <translation>자동(두 가지 모두 시도)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="73" />
        <source>unknown (cannot be read)</source>
        <translation>알 수 없음(설정을 읽을 수 없음)</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="74" />
        <source>program default</source>
        <translation>프로그램 기본값</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="77" />
        <source>one setting for all servers</source>
        <translation>모든 서버에 한 가지 설정</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="78" />
        <source>set separately for each site</source>
        <translation>사이트마다 따로 설정</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="79" />
        <source>no setting</source>
        <translation>설정 없음</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="82" />
        <source>FTP programs found on this computer:</source>
        <translation>이 컴퓨터에서 찾은 FTP 프로그램:</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="83" />
        <source>No known FTP program was found. Web browsers (Chrome, Edge, Firefox) no longer open ftp:// addresses; use FileZilla or WinSCP.</source>
        <translation>알려진 FTP 프로그램을 찾지 못했습니다. 웹 브라우저(크롬, 엣지, 파이어폭스)는 이제 ftp:// 주소를 열지 못하니 FileZilla나 WinSCP를 사용해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="88" />
        <source>current setting: {mode} ({scope})</source>
        <translation>현재 설정: {mode} ({scope})</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="89" />
        <source>current setting: {mode}, the program's default ({scope})</source>
        <translation>현재 설정: {mode}, 프로그램 기본값 ({scope})</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="90" />
        <source>site '{name}' ({host}): {mode}</source>
        <translation>사이트 '{name}' ({host}): {mode}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="91" />
        <source>settings: {path}</source>
        <translation>설정 위치: {path}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="92" />
        <source>ftpwizard can change this setting for you.</source>
        <translation>ftpwizard가 이 설정을 대신 바꿔 드릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="93" />
        <source>Change this setting by hand (see the picture guide).</source>
        <translation>이 설정은 직접 바꿔야 합니다(그림 안내 참고).</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="94" />
        <source>Site '{name}' ({host}) has its own setting, {mode}, which wins over the program-wide one. It was left as it is.</source>
        <translation>사이트 '{name}' ({host})에는 따로 {mode}가 지정되어 있어 프로그램 전체 설정보다 우선합니다. 이 사이트 설정은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="99" />
        <source>To change it too: ftpwizard clients apply {id} --mode {target} --site {host}</source>
        <translation>이 사이트도 바꾸려면: ftpwizard clients apply {id} --mode {target} --site {host}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="102" />
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
        <location filename="../../ftpwizard/clients/messages.py" line="103" />
        <source>changed: {what}</source>
        <translation>바꾼 내용: {what}</translation>
    </message>
    <message>
        <location filename="../../ftpwizard/clients/messages.py" line="104" />
        <source>problem: {message}</source>
        <translation>문제: {message}</translation>
    </message>
    <message>
        <source>usage: ftpwizard clients [--json] [--host HOST] [--lang ko|en]
       ftpwizard clients apply NAME --mode passive|active [--site HOST]
         (--site HOST: that server only; without it: every server)
       ftpwizard clients undo NAME</source>
        <translation>사용법: ftpwizard clients [--json] [--host 서버] [--lang ko|en]
        ftpwizard clients apply 이름 --mode passive|active [--site 서버]
          --site 서버: 그 서버에만 적용합니다. 없으면 모든 서버에 적용합니다.
        ftpwizard clients undo 이름</translation>
    </message>
</context>
</TS>